#include "SanEvidence.h"

#include <QTest>

using namespace spuw::live;

Q_DECLARE_METATYPE(SanEvidence::Verdict)

class TestSanEvidence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<int>("driveType");
        QTest::addColumn<bool>("queried");
        QTest::addColumn<int>("bus");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("product");
        QTest::addColumn<SanEvidence::Verdict>("verdict");
        QTest::addColumn<QString>("reasonContains");
        using V = SanEvidence::Verdict;
        QTest::newRow("fibre channel") << 3 << true << 6 << "COMPAQ"
                                       << "HSV110" << V::PointsToSan << "Fibre Channel";
        QTest::newRow("iscsi") << 3 << true << 9 << ""
                               << "" << V::PointsToSan << "iSCSI";
        QTest::newRow("scsi eva") << 3 << true << 1 << "HP"
                                  << "HSV200" << V::PointsToSan << "StorageWorks";
        QTest::newRow("scsi hsg80") << 3 << true << 1 << "DEC"
                                    << "HSG80" << V::PointsToSan << "HSG80";
        QTest::newRow("scsi xp") << 3 << true << 1 << "HP"
                                 << "OPEN-V" << V::PointsToSan << "OPEN-V";
        QTest::newRow("scsi msa1000") << 3 << true << 1 << "COMPAQ"
                                      << "MSA1000 VOLUME" << V::PointsToSan << "MSA1000";
        QTest::newRow("scsi local disk") << 3 << true << 1 << "SEAGATE"
                                         << "ST336753LC" << V::Unclear << "bus does not say";
        QTest::newRow("scsi hp local") << 3 << true << 1 << "HP"
                                       << "BF03688284" << V::Unclear << "bus does not say";
        QTest::newRow("raid controller") << 3 << true << 8 << "COMPAQ"
                                         << "LOGICAL VOLUME" << V::Unclear << "RAID";
        QTest::newRow("ata") << 3 << true << 3 << ""
                             << "WDC WD800" << V::PointsAway << "local ATA";
        QTest::newRow("usb stick") << 2 << true << 7 << "SanDisk"
                                   << "Cruzer" << V::PointsAway << "USB";
        QTest::newRow("removable unqueried") << 2 << false << -1 << ""
                                             << "" << V::PointsAway << "removable";
        QTest::newRow("network share") << 4 << false << -1 << ""
                                       << "" << V::PointsAway << "network";
        QTest::newRow("cd") << 5 << false << -1 << ""
                            << "" << V::PointsAway << "CD";
        QTest::newRow("fixed, no answer") << 3 << false << -1 << ""
                                          << "" << V::Unclear << "did not say";
        QTest::newRow("odd drive type") << 0 << false << -1 << ""
                                        << "" << V::Unclear << "drive type 0";
    }
    void verdicts()
    {
        QFETCH(int, driveType);
        QFETCH(bool, queried);
        QFETCH(int, bus);
        QFETCH(QString, vendor);
        QFETCH(QString, product);
        QFETCH(SanEvidence::Verdict, verdict);
        QFETCH(QString, reasonContains);
        Volume v;
        v.root = "E:";
        v.driveType = std::uint32_t(driveType);
        v.queried = queried;
        v.busType = bus;
        v.vendor = vendor.toStdString();
        v.product = product.toStdString();
        const SanEvidence e = assessSanEvidence(v);
        QCOMPARE(e.verdict, verdict);
        QVERIFY2(QString::fromStdString(e.reason).contains(reasonContains), e.reason.c_str());
    }

    void arrayMatchIgnoresCaseButNeedsTheVendor()
    {
        QVERIFY(isSecurePathArray("compaq", "hsv110"));
        QVERIFY(!isSecurePathArray("ACME", "HSV110"));
        QVERIFY(!isSecurePathArray("HP", "LOGICAL VOLUME"));
    }
};

QTEST_GUILESS_MAIN(TestSanEvidence)
#include "TestSanEvidence.moc"
