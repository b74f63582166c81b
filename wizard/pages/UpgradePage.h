#pragma once

#include "StepPage.h"

namespace spuw {

class UpgradePage final : public StepPage
{
    Q_OBJECT

public:
    explicit UpgradePage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_state = nullptr;
    QLabel *m_resume = nullptr;
};

} // namespace spuw
