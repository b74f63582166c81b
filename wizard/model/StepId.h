#pragma once

#include <QtGlobal>

namespace spuw {

// The steps of KB 817409's procedures. Each is defined once, in StepCatalogue.cpp: its key in the
// journal, title, the KB sentences it enforces, the page that shows it, what it takes to check it,
// its precondition (the interlock) and its postcondition (what the facts must show). Nothing else
// spells a step's key.
enum class StepId {
    Preflight,
    InstallSecurePath40A,
    ClusterMoveStorage,
    ClusterPauseNode,
    Backup,
    DisconnectSan,
    UpgradeWindows,
    RestartCompleteUpgrade,
    InstallSecurePath2003,
    ReconnectSan,
    ClusterResumeNode,
    ClusterNextNode,
    Defer,
};
inline constexpr int kStepCount = int(StepId::Defer) + 1;

// Which page shows a step: the model names it, the wizard (pages library) builds it.
enum class StepPageKind {
    Preflight,
    Recovery,
    InstallSecurePathFirst,
    ClusterPrep,
    Backup,
    SanDisconnect,
    Upgrade,
    Restart,
    SecurePathReinstall,
    SanReattach,
    ClusterResume,
    Defer,
    Summary,
};

// A small set of steps (a node's completed steps, say).
class StepSet
{
public:
    bool contains(StepId s) const { return m_bits & bit(s); }
    void insert(StepId s) { m_bits |= bit(s); }
    void remove(StepId s) { m_bits &= ~bit(s); }
    bool isEmpty() const { return m_bits == 0; }
    friend bool operator==(StepSet a, StepSet b) { return a.m_bits == b.m_bits; }

private:
    static quint32 bit(StepId s) { return 1u << unsigned(s); }
    quint32 m_bits = 0;
};

} // namespace spuw
