#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class ClusterPrepPage final : public StepPage
{
    Q_OBJECT

public:
    explicit ClusterPrepPage(Session *session, QWidget *parent = nullptr);

protected:
    void buildBody() override;

public:
private:
};

} // namespace spuw
