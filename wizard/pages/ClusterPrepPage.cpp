#include "ClusterPrepPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

ClusterPrepPage::ClusterPrepPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, {QStringLiteral("cluster-move-storage"), QStringLiteral("cluster-pause-node")}, parent)
{
    setObjectName(QStringLiteral("ClusterPrepPage"));
    setTitle(tr("Prepare the cluster node"));
    setSubTitle(tr("KB 817409, clustered servers, steps 1 and 2."));
}

void ClusterPrepPage::buildBody()
{
    body()->addWidget(
        makeLabel(tr("1. In Cluster Administrator, move all groups with shared storage to another node.")));
    body()->addWidget(session()->canVerify(QStringLiteral("cluster-move-storage"))
            ? addCheckButton(QStringLiteral("cluster-move-storage"), tr("Check the &storage owner"))
            : addAttestButton(
                QStringLiteral("cluster-move-storage"), tr("I have &moved all shared storage to another node")));
    body()->addWidget(makeLabel(tr("2. In Cluster Administrator, pause this node.")));
    body()->addWidget(session()->canVerify(QStringLiteral("cluster-pause-node"))
            ? addCheckButton(QStringLiteral("cluster-pause-node"), tr("Check that this node is &paused"))
            : addAttestButton(QStringLiteral("cluster-pause-node"), tr("I have &paused this node")));
    body()->addStretch(1);
}

} // namespace spuw
