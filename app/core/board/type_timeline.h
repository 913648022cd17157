// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The type shifts on one board since it was opened, in order, so a trainer can point back to them.

#include <array>
#include <optional>

#include "core/model/pps_type.h"

namespace pps {

struct TypeShift {
  std::optional<PpsType> from;  // none: the board was empty
  std::optional<PpsType> to;
  double time = 0.0;            // seconds, the app's clock
};

class TypeTimeline {
 public:
  static constexpr int kCapacity = 12;  // the oldest shifts drop off

  // Records the type of this frame; returns true when it differs from the last one recorded
  // (a shift). The first observation after Restart() sets the baseline and is no shift.
  bool Observe(std::optional<PpsType> type, double time);

  // Starts afresh at `time`, when another board is opened: no shifts, no baseline.
  void Restart(double time) { *this = TypeTimeline{}, started_ = time; }

  // When the board was opened (the app's clock): shifts are shown as times since then.
  double Started() const { return started_; }

  int Count() const { return count_; }
  // Shift `i`, 0 the oldest kept.
  const TypeShift& At(int i) const { return shifts_[(first_ + i) % kCapacity]; }
  // The newest shift, or nullptr.
  const TypeShift* Latest() const { return count_ ? &At(count_ - 1) : nullptr; }

 private:
  std::array<TypeShift, kCapacity> shifts_{};
  int first_ = 0, count_ = 0;
  bool has_baseline_ = false;
  double started_ = 0.0;
  std::optional<PpsType> current_;
};

}  // namespace pps
