#pragma once

#include <QDialog>

namespace spuw {

struct CrashDumpFact;

// Training: what the trainee would see on the server's console after the bugcheck.
class BugcheckScreen final : public QDialog
{
    Q_OBJECT

public:
    BugcheckScreen(const CrashDumpFact &dump, QWidget *parent = nullptr);
};

} // namespace spuw
