#pragma once

#include "StepPage.h"

namespace spuw {

class DeferPage final : public StepPage
{
    Q_OBJECT

public:
    explicit DeferPage(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    // After the boot volume, page file or Active Directory files were moved off the SAN.
    void reassessRequested();

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    QLabel *m_why = nullptr;
};

} // namespace spuw
