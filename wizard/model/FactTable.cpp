#include "FactTable.h"

namespace spuw {

namespace {

// Where a fact came from, for a person (the JSON keeps factOriginName()'s words).
QString originText(FactOrigin origin)
{
    switch (origin) {
    case FactOrigin::Probe: return FactTable::tr("probe");
    case FactOrigin::File: return FactTable::tr("file");
    case FactOrigin::Operator: return FactTable::tr("operator");
    case FactOrigin::Scenario: return FactTable::tr("scenario");
    case FactOrigin::Unknown: break;
    }
    return FactTable::tr("unknown");
}

template<typename T> QString sourceOf(const Fact<T> &f)
{
    if (!f.known())
        return FactTable::tr("not known: asked, never guessed");
    const QString origin = originText(f.origin);
    return f.source.isEmpty() ? origin : FactTable::tr("%1: %2").arg(origin, f.source);
}

QString listOr(const QStringList &items, const QString &empty)
{
    return items.isEmpty() ? empty : items.join(QStringLiteral(", "));
}

} // namespace

QList<FactRow> FactTable::rows(const SystemFacts &f)
{
    const QString unknown = tr("unknown");
    QList<FactRow> out;
    auto add = [&](const char *key, const QString &label, const QString &value, const QString &source, bool known) {
        out << FactRow{QLatin1String(key), label, known ? value : unknown, source, known};
    };
    add("computer_name", tr("Computer"), f.computerName.valueOr({}), sourceOf(f.computerName), f.computerName.known());

    QStringList windows;
    if (f.productName.known())
        windows << f.productName.get();
    if (f.servicePack.known() && !f.servicePack.get().isEmpty())
        windows << f.servicePack.get();
    QString version = windows.join(QLatin1Char(' '));
    if (f.osVersion.known() || f.osBuild.known())
        version += (version.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("(version %1, build %2)")
                  .arg(f.osVersion.valueOr(unknown), f.osBuild.known() ? QString::number(f.osBuild.get()) : unknown);
    add("os.build", tr("Windows"), version, sourceOf(f.osVersion.known() ? f.osVersion : Fact<QString>{}),
        f.osVersion.known() || f.productName.known());
    add("os.product_type", tr("Product type"), f.productType.valueOr({}), sourceOf(f.productType),
        f.productType.known());
    add("system_root", tr("System root"), f.systemRoot.valueOr({}), sourceOf(f.systemRoot), f.systemRoot.known());

    const auto dc = f.isDomainController();
    add("active_directory.ntds_parameters", tr("Domain controller"),
        dc && *dc ? tr("yes: Active Directory database %1, logs %2")
                        .arg(f.adDatabasePath.valueOr(unknown), f.adLogPath.valueOr(unknown))
                  : tr("no"),
        sourceOf(f.ntdsParameters.known() ? f.ntdsParameters : Fact<bool>{}), dc.has_value());
    add("cluster_member", tr("Cluster"),
        f.clusterMember.valueOr(false)
            ? tr("%1: nodes %2").arg(f.clusterName.valueOr(unknown), listOr(f.clusterNodes.valueOr({}), unknown))
            : tr("no"),
        sourceOf(f.clusterMember), f.clusterMember.known());

    QStringList pages;
    for (const PagingFile &pf : f.pagingFiles.valueOr({}))
        pages << pf.toRegistryString();
    add("paging_files", tr("Page files"), listOr(pages, tr("none")), sourceOf(f.pagingFiles), f.pagingFiles.known());

    QString driver;
    if (f.securePath.known())
        driver = !f.securePath.get().present
            ? tr("not installed")
            : tr("%1, version %2")
                  .arg(f.securePath.get().path,
                      f.securePath.get().fileVersion.isEmpty() ? unknown : f.securePath.get().fileVersion);
    add("securepath", tr("Raidisk.sys"), driver, sourceOf(f.securePath), f.securePath.known());

    QStringList dumps;
    for (const CrashDumpFact &d : f.crashDumps.valueOr({}))
        dumps << tr("%1: bugcheck 0x%2, build %3")
                     .arg(d.path, QString::number(d.bugCheckCode, 16).toUpper())
                     .arg(d.build);
    add("crash_dumps", tr("Crash dumps"), dumps.isEmpty() ? tr("none") : dumps.join(QStringLiteral("; ")),
        sourceOf(f.crashDumps), f.crashDumps.known());
    add("san_volumes", tr("SAN volumes"), listOr(f.sanVolumes.valueOr({}), tr("none")), sourceOf(f.sanVolumes),
        f.sanVolumes.known());
    add("visible_san_volumes", tr("SAN volumes visible now"), listOr(f.visibleSanVolumes.valueOr({}), tr("none")),
        sourceOf(f.visibleSanVolumes), f.visibleSanVolumes.known());
    if (f.operatorReportsBugcheck.known())
        add("operator_reports_bugcheck", tr("Bugcheck reported by the operator"),
            f.operatorReportsBugcheck.get() ? tr("yes") : tr("no"), sourceOf(f.operatorReportsBugcheck), true);
    return out;
}

QList<FactRow> FactTable::rows(const QJsonObject &factsJson)
{
    if (factsJson.isEmpty())
        return {};
    QString error;
    const auto facts = SystemFacts::fromJson(factsJson, FactOrigin::Probe, &error);
    return facts ? rows(*facts) : QList<FactRow>{};
}

} // namespace spuw
