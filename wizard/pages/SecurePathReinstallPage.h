#pragma once

#include "StepPage.h"

namespace spuw {

class SecurePathReinstallPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SecurePathReinstallPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_version = nullptr;
};

} // namespace spuw
