// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Measurements of the real binary as a process under the current X display: start-up time
// against a bare window, CPU while idle, peak memory.

#include <sys/types.h>

#include <string>
#include <vector>

namespace pps::bench {

// Starts `argv` with its stdout on /dev/null; -1 (and `error`) when it could not be started.
pid_t SpawnProcess(const std::vector<std::string>& argv, std::string& error);

// Waits up to `timeout_s` for process `pid` to exit with status 0; otherwise kills it and says
// why in `error`.
bool WaitForExit(pid_t pid, const std::string& name, double timeout_s, std::string& error);

// Wall-clock ms from spawning `argv` to its exit; the median of `runs` runs. -1 when it failed.
double MedianRunMs(const std::vector<std::string>& argv, int runs, std::string& error);

struct IdleResult {
  double cpu_percent = -1.0;  // CPU time over wall time while nothing happens, in % of one core
  double rss_mb = -1.0;       // peak resident memory (VmHWM)
  std::string error;
};

// Starts `argv`, lets it settle for `settle_s`, then measures its CPU use over `idle_s` seconds
// and its peak memory, and stops it.
IdleResult MeasureIdle(const std::vector<std::string>& argv, double settle_s, double idle_s);

}  // namespace pps::bench
