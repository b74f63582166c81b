#pragma once

#include "StepPage.h"

class QDateTimeEdit;
class QLineEdit;

namespace spuw {

class BackupPage final : public StepPage
{
    Q_OBJECT

public:
    explicit BackupPage(Session *session, QWidget *parent = nullptr);
    bool validatePage() override;

protected:
    void buildBody() override;
    bool stepInputComplete(const QString &stepId) const override;

private:
    QLineEdit *m_media = nullptr;
    QLineEdit *m_path = nullptr;
    QDateTimeEdit *m_when = nullptr;
};

} // namespace spuw
