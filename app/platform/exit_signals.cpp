// SPDX-License-Identifier: EUPL-1.2
#include "platform/exit_signals.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <initializer_list>
#include <thread>

namespace pps {

namespace {

std::atomic<bool> g_signalled{false};

sigset_t ExitSignals() {
  sigset_t set;
  sigemptyset(&set);
  for (const int s : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, s);
  return set;
}

}  // namespace

void BlockExitSignals() {
  const sigset_t set = ExitSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void StartExitSignalThread() {
  // Detached: it waits for as long as the process lives; a signal after the loop ended (during
  // the final save) changes nothing.
  std::thread([] {
    const sigset_t set = ExitSignals();
    for (;;) {
      int signal = 0;
      if (sigwait(&set, &signal) != 0) return;
      std::fprintf(stderr, "pps-canvas: signal %d: saving and quitting\n", signal);
      g_signalled = true;
      glfwPostEmptyEvent();
    }
  }).detach();
}

bool ExitSignalled() {
  return g_signalled;
}

}  // namespace pps
