// SPDX-License-Identifier: EUPL-1.2
#include "ui/state/messages.h"

#include <algorithm>
#include <climits>

#include "core/io/loaded.h"

namespace pps {

void Messages::Add(std::string_view text, int times) { Put(text, times, true); }

void Messages::Note(std::string_view text) { Put(text, 1, false); }

void Messages::Put(std::string_view text, int times, bool problem) {
  std::string cut = Cut(text, kMaxErrorBytes);
  const auto same =
      std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.text == cut; });
  Entry entry{std::move(cut), times, problem};
  if (same != entries_.end()) {
    entry.count = same->count > INT_MAX - times ? INT_MAX : same->count + times;
    entries_.erase(same);
  }
  // News before problems: the view heads the problems with "went wrong", and no news may stand
  // under that heading.
  const auto first_problem =
      std::find_if(entries_.begin(), entries_.end(), [](const Entry& e) { return e.problem; });
  const auto at = entries_.insert(problem ? entries_.end() : first_problem, std::move(entry));
  if (entries_.size() <= kMaxKept) return;
  // The oldest of its own kind goes, or the oldest of the other when it is alone: a flood of
  // problems never pushes out where the report went.
  auto oldest = std::find_if(entries_.begin(), entries_.end(),
                             [&](const Entry& e) { return e.problem == problem; });
  if (oldest == at) oldest = problem ? entries_.begin() : at + 1;
  entries_.erase(oldest);
}

bool Messages::AnyProblem() const {
  return std::any_of(entries_.begin(), entries_.end(), [](const Entry& e) { return e.problem; });
}

}  // namespace pps
