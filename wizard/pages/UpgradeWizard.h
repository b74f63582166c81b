#pragma once

#include <QWizard>

namespace spuw {

class Session;

class UpgradeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId = 0 };

    explicit UpgradeWizard(Session *session, QWidget *parent = nullptr);

private:
    Session *m_session;
};

} // namespace spuw
