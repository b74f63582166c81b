#pragma once

#include "Fact.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace spuw {

struct PagingFile
{
    QString path;
    std::optional<int> initialMb;
    std::optional<int> maximumMb;

    // Parses one PagingFiles entry: "C:\pagefile.sys 1536 3072" (sizes may be absent).
    static PagingFile parse(const QString &entry);
    QString toRegistryString() const;
    bool systemManaged() const { return path.startsWith(QLatin1String("?:")); }
    friend bool operator==(const PagingFile &a, const PagingFile &b)
    {
        return a.path == b.path && a.initialMb == b.initialMb && a.maximumMb == b.maximumMb;
    }
};

struct CrashDumpFact
{
    QString path;
    int bits = 0;
    int build = 0;
    quint32 bugCheckCode = 0;
    std::array<quint64, 4> parameters{};
    int dumpType = 0;
    int productType = 0;

    // 0xC2 with the 0x10000000 "extended parameters" flag cleared.
    quint32 stopCode() const { return bugCheckCode & ~0x10000000u; }
    friend bool operator==(const CrashDumpFact &a, const CrashDumpFact &b)
    {
        return a.path == b.path && a.bits == b.bits && a.build == b.build && a.bugCheckCode == b.bugCheckCode
            && a.parameters == b.parameters && a.dumpType == b.dumpType && a.productType == b.productType;
    }
};

struct SecurePathDriver
{
    bool present = false;
    QString path;
    QString fileVersion; // empty when the file has no readable version resource
    friend bool operator==(const SecurePathDriver &a, const SecurePathDriver &b)
    {
        return a.present == b.present && a.path == b.path && a.fileVersion == b.fileVersion;
    }
};

// Everything the KB 817409 procedures depend on. Each fact says where it came from and may be
// Unknown. The JSON form is shared by the preflight output, the journal's evidence and the
// training scenarios.
struct SystemFacts
{
    bool training = false;

    Fact<QString> computerName;
    Fact<QString> productName;
    Fact<QString> osVersion; // "5.0" Windows 2000, "5.2" Server 2003
    Fact<int> osBuild;
    Fact<QString> servicePack;
    Fact<QString> productType; // WinNT, ServerNT, LanmanNT
    Fact<QStringList> productSuites;
    Fact<QString> systemRoot;

    Fact<bool> ntdsParameters; // Services\NTDS\Parameters exists
    Fact<QString> adDatabasePath;
    Fact<QString> adLogPath;

    Fact<bool> clusterMember;
    Fact<QString> clusterName;
    Fact<QStringList> clusterNodes;

    Fact<QList<PagingFile>> pagingFiles;
    Fact<SecurePathDriver> securePath;
    Fact<QList<CrashDumpFact>> crashDumps;
    Fact<QStringList> sanVolumes; // drive letters "E:", upper case: which volumes are SAN volumes
    Fact<QStringList> visibleSanVolumes; // of those, the ones the server sees right now
    Fact<bool> operatorReportsBugcheck;

    // A domain controller is ProductType LanmanNT with NTDS\Parameters present; the NTDS key alone
    // is left behind on machines that are not.
    std::optional<bool> isDomainController() const;
    // Volume ("C:") of a Windows path; empty for anything without a drive letter.
    static QString volumeOf(const QString &path);
    static QString normaliseVolume(const QString &text, bool *ok = nullptr);
    std::optional<bool> isOnSan(const QString &path) const;

    QJsonObject toJson() const;
    // Strict: unknown keys and wrong types are errors, described in *error as "field: expected ...".
    static std::optional<SystemFacts> fromJson(const QJsonObject &json, FactOrigin defaultOrigin, QString *error);
};

} // namespace spuw
