#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class ClusterResumePage final : public StepPage
{
    Q_OBJECT

public:
    explicit ClusterResumePage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
Q_SIGNALS:
    void nodeDone();

protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_next = nullptr;
};

} // namespace spuw
