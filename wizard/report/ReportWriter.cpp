#include "ReportWriter.h"

#include "PdfLayout.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace spuw {

std::optional<ReportWriter::Format> ReportWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

namespace {

// The umask without changing it (a report may be written off the GUI thread, where setting it
// even for a moment would race with other files being created).
uint currentUmask()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mask;
            }
        }
    }
#endif
    return 022;
}

} // namespace

QFileDevice::Permissions ReportWriter::exportPermissions()
{
    // 0644, or 0600 when the umask keeps others from reading: never writable by others, whatever
    // the umask says.
    QFileDevice::Permissions p = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    const uint mask = currentUmask();
    if (!(mask & 040))
        p |= QFile::ReadGroup;
    if (!(mask & 004))
        p |= QFile::ReadOther;
    return p;
}

bool ReportWriter::checkTarget(const QString &path, bool overwrite, QString *error)
{
    const QFileInfo info(path);
    // lstat: a link is refused whether or not its target exists, even with --force. In a shared
    // folder (/tmp) another user could otherwise aim this program's writes, often done as root,
    // at any file.
    if (info.isSymLink()) {
        *error = tr("%1 is a symbolic link (to %2); nothing was written. Reports are never written through a "
                    "link: give the path of the file itself.")
                     .arg(path, info.symLinkTarget());
        return false;
    }
    if (info.exists() && !overwrite) {
        *error = tr("%1 exists already; nothing was written (use --force to replace it).").arg(path);
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = tr("%1 is not a regular file; nothing was written.").arg(path);
        return false;
    }
    return true;
}

bool ReportWriter::writeWith(
    const QString &path, bool overwrite, QString *error, const std::function<bool(QIODevice *)> &fill)
{
    if (!checkTarget(path, overwrite, error))
        return false;
    QSaveFile file(path);
    // The permissions go on the temporary file, so the report never exists with others' write bits.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(exportPermissions()) || !fill(&file)
        || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::writeText(const QByteArray &bytes, const QString &path, bool overwrite, QString *error)
{
    return writeWith(
        path, overwrite, error, [&bytes](QIODevice *device) { return device->write(bytes) == bytes.size(); });
}

bool ReportWriter::write(const UpgradeReport &report, const QString &path, bool overwrite, QString *error)
{
    const auto format = formatFor(path);
    if (!format) {
        *error = tr("%1: the report's name must end in .html, .pdf or .json.").arg(path);
        return false;
    }
    if (*format == Format::Html)
        return writeText(report.toHtml().toUtf8(), path, overwrite, error);
    if (*format == Format::Json)
        return writeText(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented), path, overwrite, error);
    return writeWith(path, overwrite, error, [&report](QIODevice *device) { return writePdf(report, device); });
}

namespace {

QString factOf(const QJsonObject &facts, const QString &path)
{
    QJsonValue v = facts;
    for (const QString &part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    if (v.isDouble())
        return QString::number(v.toInt());
    if (path == QLatin1String("securepath.file_version") && facts.value(QStringLiteral("securepath")).isNull())
        return ReportWriter::tr("not installed");
    return v.toString();
}

// Every part of the record, in order, on a PdfLayout: run once to count the pages, once to draw.
void layOut(const UpgradeReport &report, PdfLayout &pages)
{
    const QColor deviation(0xff, 0xcd, 0xd2);
    const QColor damaged(0xe5, 0x73, 0x73);
    pages.title(report.isClusterRollUp() ? ReportWriter::tr("Cluster upgrade record (KB 817409)")
                                         : ReportWriter::tr("Upgrade record (KB 817409)"));
    pages.paragraph(ReportWriter::tr("Journals and their verification"), {}, true);
    for (const auto &s : report.sources()) {
        pages.paragraph(ReportWriter::tr("%1: %2").arg(s.journal, s.verification), s.intact ? QColor() : deviation);
        for (const QString &note : s.notes)
            pages.paragraph(note);
        if (!s.verifyCommand().isEmpty())
            pages.paragraph(ReportWriter::tr("To check later that this journal was not rewritten since this report: %1")
                                .arg(s.verifyCommand()));
    }
    if (report.isClusterRollUp()) {
        pages.space();
        pages.paragraph(ReportWriter::tr("Nodes"), {}, true);
        pages.beginTable({0.16, 0.14, 0.15, 0.2, 0.14, 0.14, 0.07},
            {ReportWriter::tr("Node"), ReportWriter::tr("State"), ReportWriter::tr("Build before/after"),
                ReportWriter::tr("Raidisk.sys before/after"), ReportWriter::tr("Start (UTC)"),
                ReportWriter::tr("End (UTC)"), ReportWriter::tr("Dev.")});
        for (const auto &r : report.runs())
            pages.row(
                {r.computer, UpgradeReport::stateText(r),
                    ReportWriter::tr("%1 / %2").arg(factOf(r.factsBefore, QStringLiteral("os.build")),
                        factOf(r.factsAfter, QStringLiteral("os.build"))),
                    ReportWriter::tr("%1 / %2").arg(factOf(r.factsBefore, QStringLiteral("securepath.file_version")),
                        factOf(r.factsAfter, QStringLiteral("securepath.file_version"))),
                    r.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    r.end.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(r.deviations)},
                r.deviations ? deviation : QColor());
        pages.endTable();
    }
    for (const auto &r : report.runs()) {
        pages.space();
        pages.title(ReportWriter::tr("%1: run %2").arg(r.computer, r.runId), 11);
        if (r.training)
            pages.paragraph(ReportWriter::tr("TRAINING RUN"), QColor(0xff, 0xd5, 0x4f), true);
        pages.paragraph(
            ReportWriter::tr("Procedure: %1. Why: %2").arg(UpgradeReport::procedureText(r.procedure), r.reason));
        pages.paragraph(ReportWriter::tr("Operators: %1. From %2 to %3 UTC: %4.")
                            .arg(r.operators.join(QStringLiteral(", ")), r.start.toString(Qt::ISODate),
                                r.end.toString(Qt::ISODate), UpgradeReport::stateText(r)),
            r.finished && r.complete ? QColor() : deviation);
        // The facts before and after, each with where it came from; what changed in bold.
        pages.space(0.3);
        pages.paragraph(ReportWriter::tr("Facts before and after"), {}, true);
        pages.beginTable({0.2, 0.27, 0.27, 0.26},
            {ReportWriter::tr("Fact"), ReportWriter::tr("Before"), ReportWriter::tr("After"),
                ReportWriter::tr("Source")});
        for (const auto &f : UpgradeReport::factLines(r))
            pages.row({f.label, f.before, f.after, f.source}, {}, f.changed);
        pages.endTable();
        // Every step with how it was done, its evidence in full, and the KB sentence it carries out.
        if (!r.steps.isEmpty()) {
            pages.space(0.3);
            pages.paragraph(ReportWriter::tr("Steps"), {}, true);
            pages.beginTable({0.2, 0.1, 0.4, 0.3},
                {ReportWriter::tr("Step"), ReportWriter::tr("State"), ReportWriter::tr("How, and the evidence"),
                    ReportWriter::tr("KB 817409")});
            for (const auto &step : r.steps)
                pages.row(
                    {step.title, UpgradeReport::stepStateText(step.state),
                        step.how.isEmpty() ? step.evidence : ReportWriter::tr("%1: %2").arg(step.how, step.evidence),
                        ReportWriter::tr("\"%1\"").arg(step.kb)},
                    step.state == QLatin1String("done") ? QColor() : deviation);
            pages.endTable();
        }
        if (r.training) {
            pages.space(0.3);
            pages.paragraph(ReportWriter::tr("Debrief"), {}, true);
            if (r.mistakes.isEmpty())
                pages.paragraph(ReportWriter::tr("No mistakes against KB 817409."));
            else
                pages.paragraph(ReportWriter::tr("Mistakes:"));
            for (const DebriefItem &m : r.mistakes)
                pages.paragraph(ReportWriter::tr("%1 KB 817409: \"%2\"").arg(m.text, m.kb), deviation);
            if (!r.doneRight.isEmpty())
                pages.paragraph(ReportWriter::tr("Done right:"));
            for (const DebriefItem &m : r.doneRight)
                pages.paragraph(ReportWriter::tr("- %1").arg(m.text));
        }
        pages.space(0.3);
        pages.paragraph(ReportWriter::tr("Timeline"), {}, true);
        pages.beginTable({0.05, 0.2, 0.15, 0.1, 0.14, 0.36},
            {ReportWriter::tr("#"), ReportWriter::tr("Time (UTC)"), ReportWriter::tr("Step"), ReportWriter::tr("Kind"),
                ReportWriter::tr("By"), ReportWriter::tr("Evidence")});
        for (const auto &e : r.timeline)
            pages.row({e.afterDamage ? QStringLiteral("!%1").arg(e.seq) : QString::number(e.seq),
                          e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.step,
                          UpgradeReport::kindText(e.kind), UpgradeReport::byText(e), e.detail},
                e.afterDamage     ? damaged
                    : e.deviation ? deviation
                                  : QColor());
        pages.endTable();
        if (r.deviations)
            pages.paragraph(ReportWriter::tr("%n deviation(s) or failure(s) highlighted above.", nullptr, r.deviations),
                deviation, true);
    }
}

} // namespace

bool ReportWriter::writePdf(const UpgradeReport &report, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("Secure Path upgrade record"));
    writer.setCreator(QStringLiteral("sp-upgrade-wizard"));
    QList<PdfLayout::Banner> banners;
    if (!report.allIntact())
        banners.append({report.damagedBanner(), QColor(0xb7, 0x1c, 0x1c)});
    if (report.isTraining())
        banners.append(
            {tr("TRAINING RUN: simulated server, not a record of a real upgrade."), QColor(0xff, 0xd5, 0x4f)});
    else if (report.hasTraining())
        banners.append({tr("This journal holds training runs as well as real upgrades: every training run is "
                           "marked TRAINING RUN."),
            QColor(0xff, 0xd5, 0x4f)});
    // Laid out once to count the pages ("Page 3 of 7"), then drawn with the same layouts.
    PdfLayout measure(writer, nullptr, banners, report.headHashes(), 0);
    layOut(report, measure);
    const int total = measure.finish();
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    PdfLayout pages(writer, &painter, banners, report.headHashes(), total);
    pages.reuse(measure);
    layOut(report, pages);
    pages.finish();
    return painter.end();
}

} // namespace spuw
