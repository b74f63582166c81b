// WrappedLabel must give exactly the answers of a QLabel set up the same way, and lay its text out
// again only when something those answers depend on has changed.
#include "WrappedLabel.h"

#include <QApplication>
#include <QtTest>

using spuw::WrappedLabel;

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabel_data();
    void answersAsQLabel();
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
