// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the TUIO decoder (app/core/tuio.h), the one parser that reads the network.
// The input is read twice: as one UDP payload, and as a stream of payloads (each after a
// two-byte big-endian length) from two senders over time, so that cursor state carries over.
// Anything escaping Decode, a sanitizer report, or a broken promise of the decoder is a crash:
// a Move, Up or Cancel of a pointer that is not down, a Down of one that is, a position that is
// not finite, a blob's size that is not finite or measures off the window, more than
// kMaxCursors down, or events from a payload it called malformed.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/input/tuio.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_tuio: %s\n", what);
  std::abort();
}

// The pointers down, as the events so far say.
void Check(const std::vector<pps::TuioEvent>& events, std::vector<std::uint32_t>& down,
           const pps::TuioDecoder& decoder) {
  for (const pps::TuioEvent& e : events) {
    if (e.pointer.source != pps::PointerSource::Tuio) Fail("a pointer not from TUIO");
    if (!std::isfinite(e.x) || !std::isfinite(e.y)) Fail("a position that is not finite");
    if (!std::isfinite(e.width) || !std::isfinite(e.height) || !std::isfinite(e.angle))
      Fail("a blob's size or angle that is not finite");
    const float size = pps::TuioSizeToWindow(e, 1920.0f, 1080.0f);
    if (!(size >= 0.0f && size <= 1920.0f * 1.5f)) Fail("a size in px off the window");
    const auto it = std::find(down.begin(), down.end(), e.pointer.id);
    if (e.phase == pps::PointerPhase::Down) {
      if (it != down.end()) Fail("a Down of a pointer already down");
      down.push_back(e.pointer.id);
    } else {
      if (it == down.end()) Fail("a Move, Up or Cancel of a pointer that is not down");
      if (e.phase != pps::PointerPhase::Move) down.erase(it);
    }
  }
  if (down.size() > static_cast<std::size_t>(pps::TuioDecoder::kMaxCursors))
    Fail("more cursors down than kMaxCursors");
  if (static_cast<int>(down.size()) != decoder.LiveCursors()) Fail("LiveCursors disagrees");
}

void Decode(pps::TuioDecoder& decoder, const std::uint8_t* data, std::size_t size,
            const char* sender, double now, std::vector<std::uint32_t>& down) {
  std::vector<pps::TuioEvent> events;
  if (!decoder.Decode(data, size, sender, now, events) && !events.empty())
    Fail("events from a malformed payload");
  Check(events, down, decoder);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    pps::TuioDecoder decoder;
    std::vector<std::uint32_t> down;
    Decode(decoder, data, size, "127.0.0.1:3333", 1.0, down);
  }
  pps::TuioDecoder decoder;
  std::vector<std::uint32_t> down;
  double now = 1.0;
  int n = 0;
  for (std::size_t at = 0; at + 2 <= size; ++n) {
    const std::size_t length = std::min<std::size_t>(size - at - 2, data[at] << 8 | data[at + 1]);
    Decode(decoder, data + at + 2, length, n % 3 == 2 ? "10.0.0.2:50000" : "127.0.0.1:3333", now,
           down);
    at += 2 + length;
    now += (n % 7 == 6) ? 5.0 : 0.016;  // now and then, a silence longer than kSilentSeconds
    std::vector<pps::TuioEvent> expired;
    decoder.Expire(now, expired);
    Check(expired, down, decoder);
  }
  return 0;
}
