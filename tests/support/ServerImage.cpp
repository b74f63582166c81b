#include "ServerImage.h"

#include "HiveBuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace spuw::test {

namespace {

void put32(QByteArray &b, int offset, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[offset + i] = char((v >> (8 * i)) & 0xFF);
}

void put64(QByteArray &b, int offset, quint64 v)
{
    put32(b, offset, quint32(v & 0xFFFFFFFFu));
    put32(b, offset + 4, quint32(v >> 32));
}

QString oddCase(const QString &s, bool on)
{
    if (!on)
        return s;
    QString out = s;
    for (int i = 0; i < out.size(); ++i)
        out[i] = i % 2 ? out[i].toLower() : out[i].toUpper();
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

QByteArray DumpSpec::bytes() const
{
    const int header = bits == 32 ? 0x1000 : 0x2000;
    QByteArray b;
    b.reserve(header);
    while (b.size() < header)
        b += "PAGE";
    b.replace(0, 8, bits == 32 ? "PAGEDUMP" : "PAGEDU64");
    put32(b, 0x08, 0xF);
    put32(b, 0x0C, build);
    if (bits == 32) {
        put32(b, 0x20, machine);
        put32(b, 0x24, processors);
        put32(b, 0x28, bugCheckCode);
        for (int i = 0; i < 4; ++i)
            put32(b, 0x2C + 4 * i, quint32(parameters[size_t(i)]));
        put32(b, 0xF88, dumpType);
        put32(b, 0xF94, productType);
        put32(b, 0xF98, 0x110);
    } else {
        put32(b, 0x30, machine);
        put32(b, 0x34, processors);
        put32(b, 0x38, bugCheckCode);
        for (int i = 0; i < 4; ++i)
            put64(b, 0x40 + 8 * i, parameters[size_t(i)]);
        put32(b, 0xF98, dumpType);
        put32(b, 0x1040, productType);
        put32(b, 0x1044, 0x110);
    }
    if (totalSize > b.size())
        b.append(QByteArray(int(totalSize - b.size()), '\0'));
    return b;
}

QString ServerImage::peFixture(const QString &version)
{
    return QStringLiteral(SPUW_TEST_DATA "/pe/raidisk-%1.sys").arg(version);
}

bool ServerImage::unpackXz(const QString &xzPath, const QString &to)
{
    QProcess xz;
    xz.setStandardOutputFile(to);
    xz.start(QStringLiteral("xz"), {QStringLiteral("-dc"), xzPath});
    return xz.waitForFinished(60000) && xz.exitStatus() == QProcess::NormalExit && xz.exitCode() == 0;
}

bool ServerImage::write(const QString &root, QString *error) const
{
    const QString sys = root + QLatin1Char('/') + oddCase(systemDir, mixedCase);
    const QString system32 = sys + QLatin1Char('/') + oddCase(QStringLiteral("system32"), mixedCase);
    const QString config = system32 + QLatin1Char('/') + oddCase(QStringLiteral("config"), mixedCase);
    const QString drivers = system32 + QLatin1Char('/') + oddCase(QStringLiteral("Drivers"), mixedCase);
    if (!QDir().mkpath(config) || !QDir().mkpath(drivers)) {
        *error = QStringLiteral("cannot create %1").arg(config);
        return false;
    }

    HiveBuilder software;
    const QString cv = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");
    software.setString(cv, QStringLiteral("ProductName"), productName);
    software.setString(cv, QStringLiteral("CurrentVersion"), version);
    software.setString(cv, QStringLiteral("CurrentBuildNumber"), build);
    if (!servicePack.isEmpty())
        software.setString(cv, QStringLiteral("CSDVersion"), servicePack);
    if (writeSystemRootValue)
        software.setString(cv, QStringLiteral("SystemRoot"), systemRoot);
    if (!software.write(config + QLatin1Char('/') + oddCase(QStringLiteral("SOFTWARE"), mixedCase), error))
        return false;

    HiveBuilder system;
    system.setDword(QStringLiteral("Select"), QStringLiteral("Current"), quint32(currentControlSet));
    system.setDword(QStringLiteral("Select"), QStringLiteral("Default"), quint32(currentControlSet));
    system.setDword(QStringLiteral("Select"), QStringLiteral("LastKnownGood"), quint32(currentControlSet == 1 ? 2 : 1));
    auto fillControlSet = [&](const QString &cs, bool decoy) {
        system.setString(cs + QStringLiteral("\\Control\\ComputerName\\ComputerName"), QStringLiteral("ComputerName"),
            decoy ? QStringLiteral("DECOY") : computerName);
        system.setString(cs + QStringLiteral("\\Control\\ProductOptions"), QStringLiteral("ProductType"),
            decoy ? QStringLiteral("WinNT") : productType);
        if (!decoy && !suites.isEmpty())
            system.setMultiString(
                cs + QStringLiteral("\\Control\\ProductOptions"), QStringLiteral("ProductSuite"), suites);
        system.setMultiString(cs + QStringLiteral("\\Control\\Session Manager\\Memory Management"),
            QStringLiteral("PagingFiles"), decoy ? QStringList{QStringLiteral("Q:\\decoy.sys 1 2")} : pagingFiles);
        const QString services = cs + QStringLiteral("\\Services");
        system.setExpandString(services + QStringLiteral("\\Raidisk"), QStringLiteral("ImagePath"),
            QStringLiteral("System32\\DRIVERS\\Raidisk.sys"));
        if (decoy)
            return;
        if (ntdsKey || ntdsParameters)
            system.addKey(services + QStringLiteral("\\NTDS\\RID Values"));
        if (ntdsParameters) {
            system.setString(
                services + QStringLiteral("\\NTDS\\Parameters"), QStringLiteral("DSA Database file"), adDatabase);
            system.setString(
                services + QStringLiteral("\\NTDS\\Parameters"), QStringLiteral("Database log files path"), adLogs);
        }
        if (clusterService) {
            system.setDword(services + QStringLiteral("\\ClusSvc"), QStringLiteral("Type"), 0x10);
            system.setExpandString(services + QStringLiteral("\\ClusSvc"), QStringLiteral("ImagePath"),
                QStringLiteral("%SystemRoot%\\Cluster\\clussvc.exe"));
        }
        if (!dumpFileValue.isEmpty())
            system.setExpandString(
                cs + QStringLiteral("\\Control\\CrashControl"), QStringLiteral("DumpFile"), dumpFileValue);
        system.setDword(cs + QStringLiteral("\\Control\\CrashControl"), QStringLiteral("CrashDumpEnabled"), 3);
    };
    const QString current = QStringLiteral("ControlSet%1").arg(currentControlSet, 3, 10, QLatin1Char('0'));
    fillControlSet(current, false);
    if (decoyControlSet)
        fillControlSet(
            QStringLiteral("ControlSet%1").arg(currentControlSet == 1 ? 2 : 1, 3, 10, QLatin1Char('0')), true);
    if (!system.write(config + QLatin1Char('/') + oddCase(QStringLiteral("SYSTEM"), mixedCase), error))
        return false;

    if (clusterDatabase) {
        const QString clusterDir = sys + QLatin1Char('/') + oddCase(QStringLiteral("Cluster"), mixedCase);
        QDir().mkpath(clusterDir);
        HiveBuilder clusdb;
        clusdb.setString(QString(), QStringLiteral("ClusterName"), clusterName);
        for (int i = 0; i < clusterNodes.size(); ++i)
            clusdb.setString(QStringLiteral("Nodes\\%1").arg(i + 1), QStringLiteral("NodeName"), clusterNodes.at(i));
        if (!clusdb.write(clusterDir + QLatin1Char('/') + oddCase(QStringLiteral("CLUSDB"), mixedCase), error))
            return false;
    }

    const QString raidiskSource = !raidiskFile.isEmpty() ? raidiskFile
        : raidiskVersion.isEmpty()                       ? QString()
                                                         : peFixture(raidiskVersion);
    if (!raidiskSource.isEmpty()) {
        const QString target
            = drivers + QLatin1Char('/') + (mixedCase ? QStringLiteral("RAIDISK.SYS") : QStringLiteral("Raidisk.sys"));
        if (!QFile::copy(raidiskSource, target)) {
            *error = QStringLiteral("cannot copy %1").arg(raidiskSource);
            return false;
        }
    }

    if (!minidumps.isEmpty()) {
        const QString dir = sys + QLatin1Char('/') + oddCase(QStringLiteral("Minidump"), mixedCase);
        QDir().mkpath(dir);
        for (const auto &d : minidumps) {
            if (!writeFile(dir + QLatin1Char('/') + d.first, d.second.bytes(), error))
                return false;
        }
    }
    if (memoryDmp
        && !writeFile(
            sys + QLatin1Char('/') + oddCase(QStringLiteral("MEMORY.DMP"), mixedCase), memoryDmpSpec.bytes(), error))
        return false;
    return true;
}

} // namespace spuw::test
