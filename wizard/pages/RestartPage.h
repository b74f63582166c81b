#pragma once

#include "StepPage.h"

namespace spuw {

class RestartPage final : public StepPage
{
    Q_OBJECT

public:
    explicit RestartPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
};

} // namespace spuw
