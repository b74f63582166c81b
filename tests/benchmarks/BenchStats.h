#pragma once

#include <algorithm>
#include <vector>

namespace spuw::bench {

// The median of a benchmark's samples: one slow run (another process, a cold cache) does not move it.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace spuw::bench
