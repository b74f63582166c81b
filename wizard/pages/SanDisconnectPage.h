#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class SanDisconnectPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SanDisconnectPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_volumes = nullptr;
};

} // namespace spuw
