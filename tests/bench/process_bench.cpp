// SPDX-License-Identifier: EUPL-1.2
#include "process_bench.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace pps::bench {

namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

pid_t SpawnProcess(const std::vector<std::string>& argv, std::string& error) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int e = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (e != 0) error = "cannot start " + argv[0] + ": " + std::strerror(e);
  return e == 0 ? pid : -1;
}

bool WaitForExit(pid_t pid, const std::string& name, double timeout_s, std::string& error) {
  const Clock::time_point deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                        std::chrono::duration<double>(timeout_s));
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      error = name + " did not exit within " + std::to_string(int(timeout_s)) + " s of its close";
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  error = name + (WIFSIGNALED(status)
                      ? " was killed by signal " + std::to_string(WTERMSIG(status))
                      : " failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
  return false;
}

namespace {

// Clock ticks of CPU (user + system) the process has used, from /proc/PID/stat.
long CpuTicks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t end_of_name = stat.rfind(')');
  if (end_of_name == std::string::npos) return -1;
  std::istringstream fields(stat.substr(end_of_name + 2));
  std::string field;
  long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {  // fields 14 and 15 of proc(5)
    if (i == 14) utime = std::stol(field);
    if (i == 15) stime = std::stol(field);
  }
  return utime + stime;
}

// Peak resident memory in MB, from VmHWM in /proc/PID/status.
double PeakRssMb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key == "VmHWM:") {
      double kb = 0.0;
      in >> kb;
      return kb / 1024.0;
    }
    in.ignore(1 << 12, '\n');
  }
  return -1.0;
}

bool Running(pid_t pid) {
  int status = 0;
  return waitpid(pid, &status, WNOHANG) == 0;
}

}  // namespace

double MedianRunMs(const std::vector<std::string>& argv, int runs, std::string& error) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const Clock::time_point start = Clock::now();
    const pid_t pid = SpawnProcess(argv, error);
    if (pid < 0) return -1.0;
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      error = argv[0] + " was killed by signal " + std::to_string(WTERMSIG(status));
      return -1.0;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      error = argv[0] + " failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
      return -1.0;
    }
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

IdleResult MeasureIdle(const std::vector<std::string>& argv, double settle_s, double idle_s) {
  IdleResult result;
  const pid_t pid = SpawnProcess(argv, result.error);
  if (pid < 0) return result;
  std::this_thread::sleep_for(std::chrono::duration<double>(settle_s));
  const long ticks_before = CpuTicks(pid);
  const Clock::time_point start = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(idle_s));
  const long ticks_after = CpuTicks(pid);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  result.rss_mb = PeakRssMb(pid);
  if (!Running(pid)) {
    result.error = argv[0] + " exited while it should have been idle";
    return result;
  }
  const double cpu_s =
      static_cast<double>(ticks_after - ticks_before) / static_cast<double>(sysconf(_SC_CLK_TCK));
  result.cpu_percent = 100.0 * cpu_s / seconds;
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  return result;
}

}  // namespace pps::bench
