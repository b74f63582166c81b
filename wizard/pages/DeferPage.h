#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class DeferPage final : public StepPage
{
    Q_OBJECT

public:
    explicit DeferPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_why = nullptr;
};

} // namespace spuw
