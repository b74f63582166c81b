#pragma once

#include <algorithm>
#include <vector>

#ifdef __linux__
#include <sched.h>
#endif

namespace spuw::bench {

// The median of a benchmark's samples: one slow run (another process, a cold cache) does not move it.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Keeps this process, and the children it starts meanwhile, on the CPU it runs on now, until
// release(). On a virtual machine the CPUs can differ in speed by half and change over minutes: runs
// that are compared with each other must see the same one. Measurements of threads working together
// (an event-loop stall while a worker thread probes) run after release().
class CpuPin
{
public:
    CpuPin()
    {
#ifdef __linux__
        CPU_ZERO(&m_allowed);
        if (sched_getaffinity(0, sizeof m_allowed, &m_allowed) != 0 || CPU_COUNT(&m_allowed) < 2)
            return;
        const int cpu = sched_getcpu();
        if (cpu < 0)
            return;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        if (sched_setaffinity(0, sizeof one, &one) == 0)
            m_cpu = cpu;
#endif
    }
    ~CpuPin()
    {
        release();
    }
    CpuPin(const CpuPin &) = delete;
    CpuPin &operator=(const CpuPin &) = delete;

    // The CPU, or -1 when the process was not pinned (already limited to one CPU, or not Linux).
    int cpu() const
    {
        return m_cpu;
    }
    void release()
    {
#ifdef __linux__
        if (m_cpu >= 0)
            sched_setaffinity(0, sizeof m_allowed, &m_allowed);
#endif
        m_cpu = -1;
    }

private:
    int m_cpu = -1;
#ifdef __linux__
    cpu_set_t m_allowed;
#endif
};

} // namespace spuw::bench
