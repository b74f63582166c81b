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
        // The English is the id's sentence with the parts the wizard translates it with.
        QCOMPARE(englishText(e), e.reason);
        if (e.text == SanEvidence::Text::SanBus || e.text == SanEvidence::Text::LocalBus
            || e.text == SanEvidence::Text::SecurePathArray || e.text == SanEvidence::Text::BusSaysNothing) {
            QVERIFY(!e.bus.empty());
            const QString device = vendor + QLatin1String(vendor.isEmpty() || product.isEmpty() ? "" : " ") + product;
            QCOMPARE(e.device, device.toStdString());
        }
    }

    // Every sentence has its own id: the wizard translates by the id, never by the English text.
    void everySentenceHasAnId_data()
    {
        QTest::addColumn<int>("driveType");
        QTest::addColumn<bool>("queried");
        QTest::addColumn<int>("bus");
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("text");
        using T = SanEvidence::Text;
        QTest::newRow("network") << 4 << false << -1 << "" << int(T::NetworkDrive);
        QTest::newRow("cd") << 5 << false << -1 << "" << int(T::OpticalDrive);
        QTest::newRow("ram") << 6 << false << -1 << "" << int(T::RamDisk);
        QTest::newRow("removable") << 2 << false << -1 << "" << int(T::RemovableDrive);
        QTest::newRow("drive type") << 0 << false << -1 << "" << int(T::DriveType);
        QTest::newRow("no bus") << 3 << false << -1 << "" << int(T::NoBus);
        QTest::newRow("fibre channel") << 3 << true << 6 << "HSV110" << int(T::SanBus);
        QTest::newRow("ata") << 3 << true << 3 << "WD800" << int(T::LocalBus);
        QTest::newRow("eva on scsi") << 3 << true << 1 << "HSV200" << int(T::SecurePathArray);
        QTest::newRow("plain scsi") << 3 << true << 1 << "ST336753LC" << int(T::BusSaysNothing);
    }
    void everySentenceHasAnId()
    {
        QFETCH(int, driveType);
        QFETCH(bool, queried);
        QFETCH(int, bus);
        QFETCH(QString, product);
        QFETCH(int, text);
        Volume v;
        v.root = "E:";
        v.driveType = std::uint32_t(driveType);
        v.queried = queried;
        v.busType = bus;
        v.vendor = "HP";
        v.product = product.toStdString();
        QCOMPARE(int(assessSanEvidence(v).text), text);
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
