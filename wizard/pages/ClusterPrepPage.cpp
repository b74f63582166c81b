#include "ClusterPrepPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

ClusterPrepPage::ClusterPrepPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::ClusterPrep), parent)
{
    setObjectName(QStringLiteral("ClusterPrepPage"));
    setTitle(tr("Prepare the cluster node"));
    setSubTitle(tr("KB 817409, clustered servers, steps 1 and 2."));
}

void ClusterPrepPage::buildBody()
{
    body()->addWidget(
        makeLabel(tr("1. In Cluster Administrator, move all groups with shared storage to another node.")));
    body()->addWidget(addStepButton(StepId::ClusterMoveStorage, tr("Check the &storage owner"),
        tr("I have &moved all shared storage to another node")));
    body()->addWidget(makeLabel(tr("2. In Cluster Administrator, pause this node.")));
    body()->addWidget(
        addStepButton(StepId::ClusterPauseNode, tr("Check that this node is &paused"), tr("I have &paused this node")));
    body()->addStretch(1);
}

} // namespace spuw
