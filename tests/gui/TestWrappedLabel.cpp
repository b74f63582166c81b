// WrappedLabel must give exactly the answers of a QLabel set up the same way, and lay its text out
// again only when something those answers depend on has changed.
#include "WrappedLabel.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QtTest>

using spuw::WrappedLabel;

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabel_data();
    void answersAsQLabel();
    void answersAsQLabelWhenShown();
    void asksOnceAndAgainAfterChanges();
    void lastWidthsAreKept();

private:
    static void configure(QLabel &label, const QString &setup);
};

namespace {

const QString kLong = QStringLiteral(
    "A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops with bugcheck 0xC2 "
    "BAD_POOL_CALLER. This wizard checks the server, chooses the safe procedure from Microsoft's article 817409 and "
    "records every step in a journal.");

} // namespace

void TestWrappedLabel::configure(QLabel &label, const QString &setup)
{
    label.setWordWrap(true);
    if (setup.contains(QLatin1String("banner"))) {
        // As the training banner: a frame, a margin and a bold font.
        label.setFrameStyle(QFrame::Box | QFrame::Plain);
        label.setLineWidth(2);
        label.setMargin(6);
        QFont bold = label.font();
        bold.setBold(true);
        label.setFont(bold);
    }
    if (setup.contains(QLatin1String("indent")))
        label.setIndent(9);
    if (setup.contains(QLatin1String("narrow")))
        label.setMaximumWidth(180);
    if (setup.contains(QLatin1String("right")))
        label.setAlignment(Qt::AlignRight | Qt::AlignTop);
    if (setup.contains(QLatin1String("bottom")))
        label.setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    if (setup.contains(QLatin1String("big"))) {
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2.37);
        label.setFont(big);
    }
    if (setup.contains(QLatin1String("minimum")))
        label.setMinimumWidth(150);
}

void TestWrappedLabel::answersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("setup");
    QTest::newRow("long") << kLong << "";
    QTest::newRow("long banner") << kLong << "banner";
    QTest::newRow("short") << QStringLiteral("Procedure: not chosen yet") << "";
    QTest::newRow("short banner") << QStringLiteral("TRAINING") << "banner";
    QTest::newRow("empty") << QString() << "";
    QTest::newRow("lines") << QStringLiteral("first line\nsecond, somewhat longer line\nthird") << "indent";
    QTest::newRow("path") << QStringLiteral("C:\\WINNT\\system32\\drivers\\Raidisk.sys is 3.6.2.670") << "narrow";
    QTest::newRow("right aligned") << kLong << "right";
    QTest::newRow("centred at the bottom") << kLong << "bottom";
    QTest::newRow("big font") << kLong << "big";
    QTest::newRow("big banner") << kLong << "big banner";
    QTest::newRow("minimum width") << kLong << "minimum";
    QTest::newRow("ampersands") << QStringLiteral("Backup & restore && more & so on, again & again") << "";
    QTest::newRow("tabs") << QStringLiteral("Raidisk.sys\t3.6.2.670\tSecure Path 4.0A\tinstalled") << "";
    QTest::newRow("trailing blanks") << QStringLiteral("words and blanks     ") << "";
    QTest::newRow("German") << QStringLiteral("Die Sicherung der vollst\u00e4ndigen Systemkonfiguration ist "
                                              "abgeschlossen: Datentr\u00e4gerverwaltungsprotokolleintr\u00e4ge.")
                            << "";
    QTest::newRow("right to left") << QStringLiteral(
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd "
        "\u05d6\u05d4 \u05e9\u05d5\u05e8\u05d4 \u05d0\u05e8\u05d5\u05db\u05d4 "
        "\u05de\u05d0\u05d5\u05d3 \u05e9\u05dc \u05de\u05d9\u05dc\u05d9\u05dd")
                                   << "";
}

void TestWrappedLabel::answersAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(QString, setup);
    QLabel plain(text);
    WrappedLabel wrapped(text);
    configure(plain, setup);
    configure(wrapped, setup);
    for (int round = 0; round < 2; ++round) { // the second round is answered from what was kept
        QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
        QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
        for (int w : {0, 30, 121, 230, 475, 608, 2000})
            QCOMPARE(wrapped.heightForWidth(w), plain.heightForWidth(w));
    }
}

void TestWrappedLabel::answersAsQLabelWhenShown()
{
    // Polished by the style, in a window with its own font, laid out and painted.
    QWidget window;
    QFont f = window.font();
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(f.pointSizeF() + 1.5);
    window.setFont(f);
    auto *layout = new QVBoxLayout(&window);
    auto *plain = new QLabel(kLong);
    auto *wrapped = new WrappedLabel(kLong);
    configure(*plain, QStringLiteral("banner"));
    configure(*wrapped, QStringLiteral("banner"));
    layout->addWidget(plain);
    layout->addWidget(wrapped);
    window.resize(420, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(wrapped->sizeHint(), plain->sizeHint());
    QCOMPARE(wrapped->minimumSizeHint(), plain->minimumSizeHint());
    QCOMPARE(wrapped->height(), plain->height());
    for (int w : {50, 200, 333, 777})
        QCOMPARE(wrapped->heightForWidth(w), plain->heightForWidth(w));
}

void TestWrappedLabel::asksOnceAndAgainAfterChanges()
{
    WrappedLabel label(kLong);
    QLabel plain(kLong);
    plain.setWordWrap(true);
    const int h = label.heightForWidth(300);
    label.sizeHint();
    label.minimumSizeHint();
    const int afterFirst = label.layouts();
    QCOMPARE(afterFirst, 3);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(label.heightForWidth(300), h);
        label.sizeHint();
        label.minimumSizeHint();
    }
    QCOMPARE(label.layouts(), afterFirst);

    // Each change that moves the text is seen, and the new answer is QLabel's.
    label.setText(kLong + kLong);
    plain.setText(kLong + kLong);
    QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
    QVERIFY(label.heightForWidth(300) > h);
    QFont big = label.font();
    big.setPointSize(big.pointSize() * 2);
    label.setFont(big);
    plain.setFont(big);
    QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
    QCOMPARE(label.sizeHint(), plain.sizeHint());
    label.setMargin(11);
    plain.setMargin(11);
    QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
    label.setContentsMargins(5, 7, 5, 7);
    plain.setContentsMargins(5, 7, 5, 7);
    QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
    QCOMPARE(label.minimumSizeHint(), plain.minimumSizeHint());
    label.setWordWrap(false);
    plain.setWordWrap(false);
    QCOMPARE(label.sizeHint(), plain.sizeHint());
}

void TestWrappedLabel::lastWidthsAreKept()
{
    WrappedLabel label(kLong);
    for (int w = 100; w < 100 + 8 * 10; w += 10)
        label.heightForWidth(w);
    const int filled = label.layouts();
    label.heightForWidth(100); // still kept: eight widths are remembered
    QCOMPARE(label.layouts(), filled);
    label.heightForWidth(500); // a ninth pushes out the oldest
    label.heightForWidth(100);
    QCOMPARE(label.layouts(), filled + 2);
}

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
