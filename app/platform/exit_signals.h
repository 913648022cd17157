// SPDX-License-Identifier: EUPL-1.2
#pragma once
// SIGTERM, SIGINT and SIGHUP (`kill`, Ctrl+C in a terminal, a closed terminal or session) end
// the app as Ctrl+Q does: the frame loop finishes its frame and the exit path saves the board
// and writes --save-on-exit. A signal is taken by a thread of its own (sigwait), never by a
// handler inside whatever the frame was doing.

namespace pps {

// Blocks the three signals in the calling thread and in every thread it starts from now on.
// Call before any thread is started (the GL driver starts some when the window opens).
void BlockExitSignals();

// Starts the thread that waits for them; each one asks the loop to end and wakes it (GLFW must
// be initialised).
void StartExitSignalThread();

// A signal asked the app to end.
bool ExitSignalled();

}  // namespace pps
