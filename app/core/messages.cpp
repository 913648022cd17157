#include "core/messages.h"

#include <algorithm>
#include <climits>

#include "core/json_read.h"

namespace pps {

void Messages::Add(std::string_view text, int times) {
  std::string cut = Cut(text, kMaxErrorBytes);
  const auto same =
      std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.text == cut; });
  Entry entry{std::move(cut), times};
  if (same != entries_.end()) {
    entry.count = same->count > INT_MAX - times ? INT_MAX : same->count + times;
    entries_.erase(same);
  }
  entries_.push_back(std::move(entry));
  if (entries_.size() > kMaxKept) entries_.erase(entries_.begin());
}

void Messages::Note(std::string_view text) {
  Add(text);
  entries_.back().problem = false;
}

bool Messages::AnyProblem() const {
  return std::any_of(entries_.begin(), entries_.end(), [](const Entry& e) { return e.problem; });
}

}  // namespace pps
