#pragma once

#include "StepPage.h"

namespace spuw {

class SanDisconnectPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SanDisconnectPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_volumes = nullptr;
};

} // namespace spuw
