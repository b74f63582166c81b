#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace spuw {

class Session;

// The plan's steps with their state (done, current, blocked, pending), beside every page.
class StepListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StepListPanel(Session *session, QWidget *parent = nullptr);
    void refresh();
    QListWidget *list() const { return m_list; }

private:
    Session *m_session;
    QLabel *m_heading;
    QListWidget *m_list;
};

} // namespace spuw
