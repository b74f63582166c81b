#pragma once

#include "StepPage.h"

namespace spuw {

class InstallSecurePathFirstPage final : public StepPage
{
    Q_OBJECT

public:
    explicit InstallSecurePathFirstPage(Session *session, QWidget *parent = nullptr);
    bool validatePage() override;

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_version = nullptr;
};

} // namespace spuw
