// SPDX-License-Identifier: EUPL-1.2
#pragma once
// An exit that would lose a change waits for it: the last save is made before the app ends, and
// when it fails (a full disk, a folder gone) the app stays open, says why, and tries again every
// second; it ends as soon as the save succeeds, or at once when the exit is asked for again.

#include <string>

#include "ui/session/board_autosave.h"
#include "ui/state/app_state.h"

namespace pps {

class ExitSave {
 public:
  static constexpr double kRetrySeconds = 1.0;
  // A signal (a shutdown, `kill`) cannot be asked again: after this long it ends unsaved.
  static constexpr double kSignalGraceSeconds = 3.0;

  // Ends any held gesture and saves the board's own file and the autosave, waiting for the
  // autosave's writer to finish; true when the app may end now (all saved, or the user asked again, or the signal's grace is over). Call at
  // every frame from the exit's first request on: between retries it does nothing. `kiosk`: a
  // change that only the board's own file lacks is in the autosave, and does not hold a kiosk.
  bool Ready(AppState& state, BoardAutosave& autosave, double now, bool asked_again, bool signal,
             bool kiosk);

  // An exit was asked for and waits for a save.
  bool Waiting() const { return waiting_; }

  // Why the last exit ended unsaved, for stderr; empty when all was saved.
  const std::string& Lost() const { return lost_; }

 private:
  bool waiting_ = false;
  double first_try_ = 0.0, last_try_ = 0.0;
  std::string lost_;
};

}  // namespace pps
