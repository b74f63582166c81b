#include "JournalDialog.h"

#include "Session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spuw {

JournalDialog::JournalDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("JournalDialog"));
    setWindowTitle(tr("Journal of this run"));
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal records"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Time (UTC)"), tr("Step"), tr("Kind"), tr("Operator"), tr("Detail")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(session->journalPath(), this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 420);
    connect(m_session, &Session::recorded, this, &JournalDialog::refresh);
    refresh();
}

void JournalDialog::refresh()
{
    const auto records
        = m_session->runId().isEmpty() ? QList<JournalRecord>() : m_session->journal().records(m_session->runId());
    m_table->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const JournalRecord &r = records.at(i);
        const QJsonObject detail = r.evidenceObject().value(QStringLiteral("detail")).toObject();
        QStringList parts;
        for (auto it = detail.begin(); it != detail.end(); ++it) {
            if (it.value().isString() && !it.value().toString().isEmpty())
                parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
        }
        const QStringList cells{QString::number(r.seq), r.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.stepId,
            r.kind, r.operatorName, parts.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace spuw
