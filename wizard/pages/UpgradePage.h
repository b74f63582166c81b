#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class UpgradePage final : public StepPage
{
    Q_OBJECT

public:
    explicit UpgradePage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_state = nullptr;
};

} // namespace spuw
