#pragma once
// The type shifts of a session, in order, so a trainer can point back to them.

#include <array>
#include <optional>

#include "core/pps_type.h"

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

  // Forget the baseline, e.g. when another sketch is opened; the recorded shifts stay.
  void Restart() { has_baseline_ = false; }

  int Count() const { return count_; }
  // Shift `i`, 0 the oldest kept.
  const TypeShift& At(int i) const { return shifts_[(first_ + i) % kCapacity]; }
  // The newest shift, or nullptr.
  const TypeShift* Latest() const { return count_ ? &At(count_ - 1) : nullptr; }

 private:
  std::array<TypeShift, kCapacity> shifts_{};
  int first_ = 0, count_ = 0;
  bool has_baseline_ = false;
  std::optional<PpsType> current_;
};

}  // namespace pps
