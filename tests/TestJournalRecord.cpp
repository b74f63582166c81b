#include "JournalRecord.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace spuw;

namespace {

JournalRecord sample()
{
    JournalRecord r;
    r.seq = 42;
    r.runId = QStringLiteral("8b0f6c1e-4bd1-4a43-9d0e-0c3c2a6f1f10");
    r.computer = QStringLiteral("SRV01");
    r.osAccount = QStringLiteral("CORP\\admin");
    r.operatorName = QStringLiteral("Ada Operator");
    r.utc = QDateTime(QDate(2026, 11, 25), QTime(21, 3, 4, 56), Qt::UTC);
    r.stepId = QStringLiteral("disconnect-san");
    r.kind = JournalKind::Verified;
    r.training = false;
    r.evidence = QStringLiteral("{\"facts\":{\"computer_name\":\"SRV01\",\"san_volumes\":[\"E:\"]}}");
    r.prevHash = QByteArray(64, 'a');
    return r;
}

// Any UTF-16 at all: control characters, quotes, backslashes, BMP text, pairs and lone surrogates.
QString randomText(QRandomGenerator &g, int length)
{
    QString s;
    for (int i = 0; i < length; ++i) {
        switch (g.bounded(8)) {
        case 0: s += QChar(char16_t(g.bounded(0x20))); break;
        case 1: s += QLatin1String(g.bounded(2) ? "\"" : "\\"); break;
        case 2: s += QChar(char16_t(0x80 + g.bounded(0x780))); break;
        case 3: s += QChar(char16_t(0x800 + g.bounded(0xD000))); break;
        case 4: s += QChar(char16_t(0xD800 + g.bounded(0x800))); break; // a surrogate, paired or not
        case 5: s += QString::fromUcs4(U"\U0001F5A5", 1); break;
        case 6: s += QChar(char16_t(0xE000 + g.bounded(0x2000))); break;
        default: s += QChar(char16_t(0x20 + g.bounded(0x60)));
        }
    }
    return s;
}

} // namespace

// The canonical form is what the hash chain covers: every journal ever written must still
// verify, so the hand-written form must be byte for byte the form QJsonDocument produced.
class TestJournalRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalIsTheOriginalForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("plain") << QStringLiteral("E:") << qint64(1);
        QTest::newRow("quotes and backslashes") << QStringLiteral("C:\\\"x\"\\") << qint64(12);
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc\rd\be\ff\x01g\x1f") << qint64(999);
        QTest::newRow("german") << QStringLiteral("Prüfung größer") << qint64(1000000);
        QTest::newRow("emoji pair") << QString::fromUcs4(U"server \U0001F5A5 ok", 12) << qint64(7);
        QTest::newRow("lone high surrogate") << QString(QChar(char16_t(0xD83D))) + QStringLiteral("x") << qint64(3);
        QTest::newRow("lone low surrogate at end") << QStringLiteral("x") + QChar(char16_t(0xDC00)) << qint64(4);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("large seq") << QStringLiteral("x") << qint64(9007199254740992);
        QTest::newRow("DEL and NBSP") << QStringLiteral("\x7f\u00a0") << qint64(5);
    }
    void canonicalIsTheOriginalForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seq);
        JournalRecord r = sample();
        r.seq = seq;
        r.operatorName = text;
        r.evidence = text;
        r.training = seq % 2;
        QCOMPARE(r.canonical(), r.canonicalThroughQJson());
    }

    void canonicalIsTheOriginalFormForRandomText()
    {
        QRandomGenerator g(817409);
        for (int i = 0; i < 2000; ++i) {
            JournalRecord r = sample();
            r.seq = g.bounded(1000000);
            r.computer = randomText(g, 8);
            r.operatorName = randomText(g, 12);
            r.osAccount = randomText(g, 6);
            r.stepId = randomText(g, 5);
            r.evidence = randomText(g, int(g.bounded(300)));
            const QByteArray ours = r.canonical();
            const QByteArray original = r.canonicalThroughQJson();
            if (ours != original)
                QFAIL(qPrintable(QStringLiteral("record %1 differs:\n%2\n%3")
                                     .arg(i)
                                     .arg(QString::fromLatin1(ours.toHex()), QString::fromLatin1(original.toHex()))));
        }
    }

    void hashChangesWithEveryField()
    {
        const JournalRecord base = sample();
        const QByteArray h = base.computeHash();
        QCOMPARE(h.size(), 64);
        JournalRecord r = base;
        r.training = true;
        QVERIFY(r.computeHash() != h);
        r = base;
        r.evidence += u' ';
        QVERIFY(r.computeHash() != h);
        r = base;
        r.utc = r.utc.addMSecs(1);
        QVERIFY(r.computeHash() != h);
        r = base;
        r.prevHash[0] = 'b';
        QVERIFY(r.computeHash() != h);
    }
};

QTEST_GUILESS_MAIN(TestJournalRecord)
#include "TestJournalRecord.moc"
