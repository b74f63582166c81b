#include "ClusterResumePage.h"

#include "Session.h"
#include "WrapButton.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

ClusterResumePage::ClusterResumePage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::ClusterResume), parent)
{
    setObjectName(QStringLiteral("ClusterResumePage"));
    setTitle(tr("Unpause the node, then the next one"));
    setSubTitle(tr("KB 817409, clustered servers, steps 4 and 5."));
}

void ClusterResumePage::buildBody()
{
    m_next = makeLabel();
    m_next->setObjectName(QStringLiteral("nextNode"));
    body()->addWidget(
        makeLabel(tr("In Cluster Administrator, unpause (resume) this node. It is not done until it is.")));
    body()->addWidget(addStepButton(
        StepId::ClusterResumeNode, tr("&Check that this node is active"), tr("I have &unpaused this node")));
    body()->addWidget(m_next);
    auto *next = new WrapButton(tr("This node is &done: go to the next node"), this);
    next->setObjectName(QStringLiteral("nextNodeButton"));
    next->setAccessibleDescription(
        tr("Records that this node is done and goes on with the next node of the cluster, one at a time."));
    connect(next, &QPushButton::clicked, this, [this] {
        if (!session()->nextClusterNode())
            showStatus(session()->lastRefusal(), true);
        else
            Q_EMIT nodeDone();
    });
    body()->addWidget(next);
    body()->addStretch(1);
}

void ClusterResumePage::onFactsRefreshed()
{
    const QStringList remaining = session()->runPlan().remainingNodes;
    m_next->setText(remaining.isEmpty() ? tr("No other node is listed.")
                                        : tr("Then the other nodes, one at a time: %1. Run this wizard on each.")
                                              .arg(remaining.join(QStringLiteral(", "))));
}

} // namespace spuw
