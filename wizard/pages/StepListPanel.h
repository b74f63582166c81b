#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QVBoxLayout;

namespace spuw {

class Session;

// The plan's steps with their state (done, current, blocked, pending), beside every page.
class StepListPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StepListPanel(Session *session, QWidget *parent = nullptr);
    void refresh();
    // Null until a procedure is chosen.
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    // Where the current step is, in `list`'s coordinates, once laid out (the side panel scrolls to it).
    void currentStepPlaced(QWidget *list, const QRect &rect);

private:
    Session *m_session;
    QLabel *m_heading;
    QVBoxLayout *m_layout;
    QListWidget *m_list = nullptr;
};

} // namespace spuw
