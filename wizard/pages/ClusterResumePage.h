#pragma once

#include "StepPage.h"

namespace spuw {

class ClusterResumePage final : public StepPage
{
    Q_OBJECT

public:
    explicit ClusterResumePage(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void nodeDone();

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_next = nullptr;
};

} // namespace spuw
