#pragma once

#include "WrapButton.h"
#include <QFutureWatcher>

#include <functional>

namespace spuw {

class Session;

// "Export...": asks where, then writes off the GUI thread and says how it went.
class ExportButton final : public WrapButton
{
    Q_OBJECT

public:
    // Runs on a worker thread; must not touch widgets or the session.
    using Job = std::function<bool(const QString &path, QString *error)>;
    // Runs on the GUI thread when the export starts: takes what the job needs, by value.
    using JobFactory = std::function<Job()>;

    ExportButton(const QString &text, QString fileFilter, JobFactory factory, QWidget *parent = nullptr);
    ~ExportButton() override;
    void exportTo(const QString &path);
    // "Export the record": the upgrade record of the session's journal, as .html, .pdf or .json.
    static ExportButton *forRecord(Session *session, QWidget *parent);
    bool isBusy() const { return m_watcher->isRunning(); }

Q_SIGNALS:
    void exported(bool ok, const QString &message);

private:
    QString m_filter;
    JobFactory m_factory;
    QFutureWatcher<QPair<bool, QString>> *m_watcher;
};

} // namespace spuw
