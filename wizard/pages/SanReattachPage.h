#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class SanReattachPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SanReattachPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_volumes = nullptr;
};

} // namespace spuw
