#pragma once

#include "StepPage.h"

namespace spuw {

class ClusterPrepPage final : public StepPage
{
    Q_OBJECT

public:
    explicit ClusterPrepPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;
};

} // namespace spuw
