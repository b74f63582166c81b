#pragma once

#include "StepPage.h"

namespace spuw {

class DeferPage final : public StepPage
{
    Q_OBJECT

public:
    explicit DeferPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_why = nullptr;
};

} // namespace spuw
