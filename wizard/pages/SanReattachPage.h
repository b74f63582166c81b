#pragma once

#include "StepPage.h"

namespace spuw {

class SanReattachPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SanReattachPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_volumes = nullptr;
};

} // namespace spuw
