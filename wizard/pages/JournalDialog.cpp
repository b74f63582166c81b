#include "JournalDialog.h"

#include "Session.h"
#include "WrapDelegate.h"
#include "WrappedLabel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spuw {

JournalDialog::JournalDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("JournalDialog"));
    setWindowTitle(tr("Journal of this run"));
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal records"));
    m_table->setAccessibleDescription(tr("Every record of this run: when, which step, what kind, by whom, and what "
                                         "was recorded with it."));
    // Three columns, so that the detail has room on a small screen: when, what and who in the second.
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Record"), tr("Detail")});
    // Every record whole: the detail wraps in the width left, each row as tall as it needs.
    m_table->setItemDelegate(new WrapDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this view of the journal."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *path = new WrappedLabel(WrapDelegate::breakable(tr("Journal: %1").arg(session->journalPath())), this);
    path->setObjectName(QStringLiteral("journalPath"));
    layout->addWidget(path);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    // Wide enough for the records, never larger than the screen.
    QSize size(900, 480);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 64));
    resize(size);
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
            const QString value = it.value().toString();
            if (!it.value().isString() || value.isEmpty())
                continue;
            // A file kept with the record (the scenario a training run began with) is named, not shown:
            // the exported record and --show-run hold it whole.
            if (value.count(QLatin1Char('\n')) > 2)
                parts << tr("%1: %n line(s), kept in the journal", nullptr, int(value.count(QLatin1Char('\n')) + 1))
                             .arg(it.key());
            else
                parts << tr("%1: %2").arg(it.key(), value);
        }
        const QString who = r.operatorName.isEmpty() ? r.osAccount : r.operatorName;
        const QStringList cells{QString::number(r.seq),
            tr("%1 UTC\n%2 (%3)\n%4").arg(r.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.stepId, r.kind, who),
            parts.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace spuw
