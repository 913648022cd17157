// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What went wrong, for the user to read: a file that could not be loaded, a save that failed.
// Each message is kept once, with how often it came; only the newest few are kept, each cut
// short, so that nothing repeated or long can push the board's type off the screen. News (where
// a report went) is kept apart from problems, so that it is never shown as something that failed.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pps {

class Messages {
 public:
  static constexpr std::size_t kMaxKept = 6;

  struct Entry {
    std::string text;
    int count = 1;         // how often it came
    bool problem = true;   // something went wrong; false: news, such as where a report went
  };

  // Adds the problem `text` `times` times, cut to kMaxErrorBytes. The same text again counts up
  // and becomes the newest; past kMaxKept the oldest problem goes (the oldest news, when this
  // is the only problem).
  void Add(std::string_view text, int times = 1);

  // Adds `text` as news rather than a problem (shown before, and without, the "went wrong"
  // heading). Counts up and goes as Add does, among the news.
  void Note(std::string_view text);

  // Whether any kept message says that something went wrong.
  bool AnyProblem() const;

  // Forgets them all (the user dismissed them).
  void Clear() { entries_.clear(); }

  bool Empty() const { return entries_.empty(); }
  // The news, then the problems; each oldest first.
  const std::vector<Entry>& Entries() const { return entries_; }

 private:
  void Put(std::string_view text, int times, bool problem);

  std::vector<Entry> entries_;
};

}  // namespace pps
