#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class RestartPage final : public StepPage
{
    Q_OBJECT

public:
    explicit RestartPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
private:
};

} // namespace spuw
