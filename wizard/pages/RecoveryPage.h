#pragma once

#include "StepPage.h"

namespace spuw {

class RecoveryPage final : public StepPage
{
    Q_OBJECT

public:
    explicit RecoveryPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_evidence = nullptr;
};

} // namespace spuw
