#include "ExportButton.h"

#include "ReportWriter.h"
#include "Session.h"
#include "UpgradeReport.h"

#include <QFileDialog>
#include <QtConcurrent>

namespace spuw {

ExportButton::ExportButton(const QString &text, QString fileFilter, JobFactory factory, QWidget *parent)
    : WrapButton(text, parent)
    , m_filter(std::move(fileFilter))
    , m_factory(std::move(factory))
    , m_watcher(new QFutureWatcher<QPair<bool, QString>>(this))
{
    setAccessibleName(QString(text).remove(QLatin1Char('&')));
    connect(this, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), m_filter);
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this] {
        setEnabled(true);
        const auto [ok, message] = m_watcher->result();
        Q_EMIT exported(ok, message);
    });
}

ExportButton::~ExportButton()
{
    m_watcher->waitForFinished();
}

ExportButton *ExportButton::forRecord(Session *session, QWidget *parent)
{
    auto *button = new ExportButton(
        tr("&Export the record..."), tr("Reports (*.html *.pdf *.json)"),
        [session]() -> Job {
            return [journal = session->journalPath()](const QString &path, QString *error) {
                const auto report = UpgradeReport::fromJournal(journal, error);
                return report && ReportWriter::write(*report, path, true, error);
            };
        },
        parent);
    button->setObjectName(QStringLiteral("exportReport"));
    button->setAccessibleDescription(tr("Writes the upgrade record of this journal as HTML, PDF or JSON: facts "
                                        "before and after, every step with its evidence, deviations marked."));
    return button;
}

void ExportButton::exportTo(const QString &path)
{
    if (m_watcher->isRunning())
        return;
    setEnabled(false);
    const Job job = m_factory();
    m_watcher->setFuture(QtConcurrent::run([job, path] {
        QString error;
        // The file dialog has asked before replacing a file.
        const bool ok = job(path, &error);
        return qMakePair(ok, ok ? tr("Written: %1").arg(path) : error);
    }));
}

} // namespace spuw
