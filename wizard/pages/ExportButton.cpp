#include "ExportButton.h"

#include <QFileDialog>
#include <QtConcurrent>

namespace spuw {

ExportButton::ExportButton(const QString &text, QString fileFilter, JobFactory factory, QWidget *parent)
    : QPushButton(text, parent)
    , m_filter(std::move(fileFilter))
    , m_factory(std::move(factory))
    , m_watcher(new QFutureWatcher<QPair<bool, QString>>(this))
{
    setAccessibleName(text);
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
