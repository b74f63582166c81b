#pragma once

#include <QDialog>

class QTableWidget;

namespace spuw {

class Session;

// The records of the current run, as the journal holds them.
class JournalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalDialog(Session *session, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    Session *m_session;
    QTableWidget *m_table;
};

} // namespace spuw
