#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class RecoveryPage final : public StepPage
{
    Q_OBJECT

public:
    explicit RecoveryPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_evidence = nullptr;
};

} // namespace spuw
