#include "ReportWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStaticText>

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

// A small paginating text layout: fast for 10,000-row timelines, unlike a QTextDocument table.
class PdfPages
{
public:
    // Each banner (text, colour) heads every page: training runs and damaged journals.
    PdfPages(QPdfWriter &writer, QPainter &painter, QList<QPair<QString, QColor>> banners)
        : m_writer(writer), m_painter(painter), m_banners(std::move(banners))
    {
        m_width = writer.width();
        m_height = writer.height();
        m_body = QFont(QStringLiteral("DejaVu Sans"), 8);
        // Kerning and ligatures are not worth harfbuzz on every cell of a 10,000-row timeline;
        // Qt still shapes scripts that need it.
        m_body.setStyleStrategy(QFont::PreferNoShaping);
        m_bold = m_body;
        m_bold.setBold(true);
        m_title = m_body;
        m_title.setPointSize(14);
        m_title.setBold(true);
        m_bodyMetrics.emplace(m_body, &writer);
        m_boldMetrics.emplace(m_bold, &writer);
        startPage();
    }

    void finish() { footer(); }

    void title(const QString &text, int size = 14)
    {
        QFont f = m_title;
        f.setPointSize(size);
        line(text, f, {});
    }

    void text(const QString &text, const QColor &background = {}, bool bold = false)
    {
        const QFont &f = bold ? m_bold : m_body;
        const QFontMetricsF fm(f, &m_writer);
        // Wrap by words to the page width.
        QString current;
        for (const QString &word : text.split(QLatin1Char(' '))) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) > m_width && !current.isEmpty()) {
                line(current, f, background);
                current = word;
            } else {
                current = candidate;
            }
        }
        line(current, f, background);
    }

    // One table row: cells at fixed fractions of the width, each elided to its column.
    void row(const QStringList &cells, const QList<double> &columns, const QColor &background = {}, bool bold = false)
    {
        // Metrics are made once: constructing them per row was most of a 10,000-row report.
        const QFont &f = bold ? m_bold : m_body;
        const QFontMetricsF &fm = bold ? *m_boldMetrics : *m_bodyMetrics;
        ensure(fm.height() * 1.25);
        if (background.isValid())
            m_painter.fillRect(QRectF(0, m_y, m_width, fm.height() * 1.25), background);
        if (m_painter.font() != f)
            m_painter.setFont(f);
        double x = 0;
        for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
            const double w = columns.at(i) * m_width;
            m_painter.drawStaticText(QPointF(x + 4, m_y), cell(cells.at(i), f, bold, w - 8, fm));
            x += w;
        }
        m_y += fm.height() * 1.25;
    }

    void space(double lines = 0.6) { m_y += QFontMetricsF(m_body, &m_writer).height() * lines; }

private:
    // A timeline repeats the same steps, kinds and people thousands of times: each distinct cell
    // is elided and laid out once (shaping was most of a 10,000-row report), then only drawn.
    const QStaticText &cell(const QString &text, const QFont &f, bool bold, double width, const QFontMetricsF &fm)
    {
        const QString key = QString::number(int(width)) + (bold ? u'b' : u'r') + text;
        auto it = m_cells.find(key);
        if (it != m_cells.end())
            return *it;
        if (m_cells.size() > 20000)
            m_cells.clear(); // unique texts (times, numbers) must not grow it without bound
        QStaticText st(fm.elidedText(text, Qt::ElideRight, width));
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(m_painter.transform(), f);
        return *m_cells.insert(key, st);
    }

    void line(const QString &text, const QFont &f, const QColor &background)
    {
        const QFontMetricsF fm(f, &m_writer);
        ensure(fm.height() * 1.2);
        if (background.isValid())
            m_painter.fillRect(QRectF(0, m_y, m_width, fm.height() * 1.2), background);
        m_painter.setFont(f);
        m_painter.drawText(QPointF(0, m_y + fm.ascent()), text);
        m_y += fm.height() * 1.2;
    }

    void ensure(double needed)
    {
        if (m_y + needed <= m_bottom)
            return;
        footer();
        m_writer.newPage();
        ++m_page;
        startPage();
    }

    void startPage()
    {
        m_y = 0;
        m_bottom = m_height - QFontMetricsF(m_body, &m_writer).height() * 2;
        for (const auto &[text, colour] : std::as_const(m_banners)) {
            // Training runs and damaged journals are marked on every page.
            const QFontMetricsF fm(m_bold, &m_writer);
            m_painter.fillRect(QRectF(0, m_y, m_width, fm.height() * 1.6), colour);
            m_painter.setFont(m_bold);
            m_painter.setPen(colour.lightness() < 128 ? Qt::white : Qt::black);
            m_painter.drawText(
                QPointF(6, m_y + fm.ascent() + fm.height() * 0.3), fm.elidedText(text, Qt::ElideRight, m_width - 12));
            m_painter.setPen(Qt::black);
            m_y += fm.height() * 2;
        }
    }

    void footer()
    {
        const QFontMetricsF fm(m_body, &m_writer);
        m_painter.setFont(m_body);
        m_painter.drawText(QPointF(0, m_height - fm.descent()), ReportWriter::tr("Page %1").arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QList<QPair<QString, QColor>> m_banners;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    std::optional<QFontMetricsF> m_bodyMetrics;
    std::optional<QFontMetricsF> m_boldMetrics;
    QHash<QString, QStaticText> m_cells;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    double m_bottom = 0;
    int m_page = 1;
};

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

} // namespace

bool ReportWriter::writePdf(const UpgradeReport &report, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("Secure Path upgrade record"));
    writer.setCreator(QStringLiteral("sp-upgrade-wizard"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QList<QPair<QString, QColor>> banners;
    if (!report.allIntact())
        banners.append({report.damagedBanner(), QColor(0xb7, 0x1c, 0x1c)});
    if (report.isTraining())
        banners.append(
            {tr("TRAINING RUN: simulated server, not a record of a real upgrade."), QColor(0xff, 0xd5, 0x4f)});
    PdfPages pages(writer, painter, banners);
    const QColor deviation(0xff, 0xcd, 0xd2);
    const QColor damaged(0xe5, 0x73, 0x73);
    pages.title(report.isClusterRollUp() ? tr("Cluster upgrade record (KB 817409)") : tr("Upgrade record (KB 817409)"));
    pages.space();
    pages.text(tr("Journals and their verification"), {}, true);
    for (const auto &s : report.sources()) {
        pages.text(tr("%1: %2").arg(s.journal, s.verification), s.intact ? QColor() : deviation);
        for (const QString &note : s.notes)
            pages.text(note);
        if (!s.verifyCommand().isEmpty())
            pages.text(
                tr("To check later that this journal was not rewritten since this report: %1").arg(s.verifyCommand()));
    }
    const QList<double> nodeColumns{0.16, 0.12, 0.16, 0.2, 0.15, 0.15, 0.06};
    if (report.isClusterRollUp()) {
        pages.space();
        pages.text(tr("Nodes"), {}, true);
        pages.row({tr("Node"), tr("State"), tr("Build before/after"), tr("Raidisk.sys before/after"), tr("Start (UTC)"),
                      tr("End (UTC)"), tr("Dev.")},
            nodeColumns, QColor(0xee, 0xee, 0xee), true);
        for (const auto &r : report.runs())
            pages.row({r.computer, r.finished ? tr("done") : tr("unfinished"),
                          tr("%1 / %2").arg(factOf(r.factsBefore, QStringLiteral("os.build")),
                              factOf(r.factsAfter, QStringLiteral("os.build"))),
                          tr("%1 / %2").arg(factOf(r.factsBefore, QStringLiteral("securepath.file_version")),
                              factOf(r.factsAfter, QStringLiteral("securepath.file_version"))),
                          r.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          r.end.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(r.deviations)},
                nodeColumns, r.deviations ? deviation : QColor());
    }
    const QList<double> timelineColumns{0.05, 0.19, 0.15, 0.11, 0.14, 0.36}; // the time never elided
    for (const auto &r : report.runs()) {
        pages.space();
        pages.title(tr("%1: run %2").arg(r.computer, r.runId), 11);
        pages.text(tr("Procedure: %1. Why: %2").arg(r.procedure.isEmpty() ? tr("not decided") : r.procedure, r.reason));
        pages.text(tr("Operators: %1. From %2 to %3 UTC, %4.")
                       .arg(r.operators.join(QStringLiteral(", ")), r.start.toString(Qt::ISODate),
                           r.end.toString(Qt::ISODate), r.finished ? tr("finished") : tr("NOT finished")));
        for (const auto &[label, path] : {std::pair{tr("Windows build"), QStringLiteral("os.build")},
                 std::pair{tr("Product"), QStringLiteral("os.product_name")},
                 std::pair{tr("Raidisk.sys"), QStringLiteral("securepath.file_version")}})
            pages.text(
                tr("%1: before %2, after %3").arg(label, factOf(r.factsBefore, path), factOf(r.factsAfter, path)));
        pages.space(0.3);
        pages.row({tr("#"), tr("Time (UTC)"), tr("Step"), tr("Kind"), tr("By"), tr("Evidence")}, timelineColumns,
            QColor(0xee, 0xee, 0xee), true);
        for (const auto &e : r.timeline)
            pages.row(
                {e.afterDamage ? QStringLiteral("!%1").arg(e.seq) : QString::number(e.seq),
                    e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.step, e.kind, e.operatorName, e.detail},
                timelineColumns,
                e.afterDamage     ? damaged
                    : e.deviation ? deviation
                                  : QColor());
        if (r.deviations)
            pages.text(tr("%n deviation(s) or failure(s) highlighted above.", nullptr, r.deviations), deviation, true);
    }
    pages.finish();
    return painter.end();
}

} // namespace spuw
