#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class InstallSecurePathFirstPage final : public StepPage
{
    Q_OBJECT

public:
    explicit InstallSecurePathFirstPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
    bool validatePage() override;

protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_version = nullptr;
};

} // namespace spuw
