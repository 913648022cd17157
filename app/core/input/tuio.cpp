// SPDX-License-Identifier: EUPL-1.2
#include "core/input/tuio.h"

#include <oscpack/osc/OscReceivedElements.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>

namespace pps {

namespace {

// Zero bytes after the payload's copy: oscpack 1.1.0 reads a blob's size word before checking
// that it lies inside the message, so a blob at the very end would read past the payload.
constexpr std::size_t kPadding = 16;

// The big-endian 32-bit word at `p`, widened so that adding to it cannot wrap.
std::uint64_t BigEndian32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return std::uint64_t{b[0]} << 24 | std::uint64_t{b[1]} << 16 | std::uint64_t{b[2]} << 8 | b[3];
}

// Whether every element of the bundle `data` (header and time tag checked by oscpack) lies inside
// it. oscpack 1.1.0 adds an element's size to 4 in 32 bits, so a size of 0xfffffffc wraps to 0
// and ReceivedBundle's constructor loops for ever (found by fuzz_tuio): sizes are checked here
// first, in 64 bits.
bool ElementsFit(const char* data, std::size_t size) {
  for (std::size_t at = 16; at < size;) {
    if (size - at < 4) return false;
    const std::uint64_t n = BigEndian32(data + at);
    if (n > size - at - 4) return false;
    at += 4 + n;
  }
  return true;
}

// Whether the message's address, type tags and arguments all lie inside it: oscpack 1.1.0 builds
// "arguments exceed message size" for a blob but never throws it, and runs gigabytes past the end.
bool ArgumentsFit(const char* data, std::size_t size) {
  // The end of the string at `at` and its padding to 4, or 0. The padding must be zeros, as OSC
  // says, so that oscpack (which looks only at every fourth byte) finds the same end.
  const auto string_end = [&](std::size_t at) -> std::size_t {
    const auto* nul = static_cast<const char*>(std::memchr(data + at, '\0', size - at));
    if (!nul) return 0;
    const std::size_t end = at + (static_cast<std::size_t>(nul - data) - at) / 4 * 4 + 4;
    if (end > size) return 0;
    return std::all_of(nul, data + end, [](char c) { return c == '\0'; }) ? end : 0;
  };
  const std::size_t tags = string_end(0);
  if (tags == 0) return false;
  if (tags == size) return true;  // no type tags and no arguments, which OSC 1.0 allows
  if (data[tags] != ',') return false;
  std::size_t at = string_end(tags);
  if (at == 0) return false;
  for (const char* tag = data + tags + 1; *tag != '\0'; ++tag) {
    std::uint64_t n = 0;  // the argument's bytes
    if (std::strchr("ifcrm", *tag)) {
      n = 4;
    } else if (std::strchr("htd", *tag)) {
      n = 8;
    } else if (*tag == 's' || *tag == 'S') {
      const std::size_t end = string_end(at);
      if (end == 0) return false;
      n = end - at;
    } else if (*tag == 'b') {
      if (size - at < 4) return false;
      n = 4 + (BigEndian32(data + at) + 3) / 4 * 4;
    } else if (!std::strchr("TFNI[]", *tag)) {
      return false;  // a type tag oscpack does not know
    }
    if (n > size - at) return false;
    at += n;
  }
  return true;
}

}  // namespace

bool TuioDecoder::Fail(const char* why) {
  last_error_ = why;
  return false;
}

bool TuioDecoder::Fail(const char* address, const char* why) {
  last_error_ = address;
  last_error_ += ' ';
  last_error_ += why;
  return false;
}

bool TuioDecoder::Decode(const void* data, std::size_t size, std::string_view sender, double now,
                         std::vector<TuioEvent>& out) {
  ++counts_.packets;
  messages_.clear();
  alive_ids_.clear();
  names_.clear();
  bool ok = false;
  if (size > kMaxPacket) {
    ok = Fail("longer than 65536 bytes");
  } else {
    buffer_.assign(size + kPadding, '\0');
    if (size > 0) std::memcpy(buffer_.data(), data, size);
    try {
      ok = Parse(buffer_.data(), size, 0);
    } catch (const std::exception& e) {  // osc::Exception for every malformed OSC structure
      ok = Fail(e.what());
    }
  }
  if (!ok) {
    ++counts_.malformed;
    return false;
  }
  ApplyFrames(sender, now, out);
  return true;
}

bool TuioDecoder::Parse(const char* data, std::size_t size, int depth) {
  if (depth > kMaxDepth) return Fail("bundles nested more than 8 deep");
  const osc::ReceivedPacket packet(data, size);  // throws on a size of 0 or not a multiple of 4
  if (!packet.IsBundle()) return ParseMessage(data, size);
  if (size >= 16 && !ElementsFit(data, size))
    return Fail("a bundle element larger than its bundle");
  const osc::ReceivedBundle bundle(packet);  // checks every element's size against the bundle's
  for (auto e = bundle.ElementsBegin(); e != bundle.ElementsEnd(); ++e)
    if (!Parse(e->Contents(), static_cast<std::size_t>(e->Size()), depth + 1)) return false;
  return true;
}

bool TuioDecoder::ParseMessage(const char* data, std::size_t size) {
  if (!ArgumentsFit(data, size))
    return Fail("an OSC message with an unended string, unknown type tag or argument past its end");
  // oscpack still checks what is left: [ and ] balanced.
  const osc::ReceivedMessage m(osc::ReceivedPacket(data, size));
  const char* address = m.AddressPattern();
  Message msg;
  if (std::strcmp(address, "/tuio/2Dcur") == 0) msg.profile = kCur;
  else if (std::strcmp(address, "/tuio/2Dblb") == 0) msg.profile = kBlb;
  else return true;  // another profile
  auto arg = m.ArgumentsBegin();
  const auto end = m.ArgumentsEnd();
  if (arg == end || !arg->IsString()) return Fail(address, "without a command string");
  const char* command = arg->AsStringUnchecked();
  ++arg;
  // The next argument as a float32, or false.
  const auto next_float = [&](float& v) {
    if (arg == end || !arg->IsFloat()) return false;
    v = (arg++)->AsFloatUnchecked();
    return true;
  };
  if (std::strcmp(command, "alive") == 0) {
    msg.kind = Message::Kind::Alive;
    msg.first = alive_ids_.size();
    for (; arg != end; ++arg) {
      if (!arg->IsInt32()) return Fail(address, "alive: a session id that is not an int32");
      alive_ids_.push_back(arg->AsInt32Unchecked());
    }
    msg.count = alive_ids_.size() - msg.first;
  } else if (std::strcmp(command, "set") == 0) {
    // A cursor: s x y, then X Y m (velocity and acceleration), which the board has no use for.
    // A blob: s x y a w h, then f X Y A m r (area, velocities, accelerations): the same.
    msg.kind = Message::Kind::Set;
    if (arg == end || !arg->IsInt32()) return Fail(address, "set: session id not an int32");
    msg.value = (arg++)->AsInt32Unchecked();
    if (!next_float(msg.x)) return Fail(address, "set: x not a float32");
    if (!next_float(msg.y)) return Fail(address, "set: y not a float32");
    if (!std::isfinite(msg.x) || !std::isfinite(msg.y))
      return Fail(address, "set: x or y not a finite number");
    if (msg.profile == kBlb) {
      if (!next_float(msg.angle)) return Fail(address, "set: angle not a float32");
      if (!next_float(msg.width)) return Fail(address, "set: width not a float32");
      if (!next_float(msg.height)) return Fail(address, "set: height not a float32");
      if (!std::isfinite(msg.angle) || !std::isfinite(msg.width) || !std::isfinite(msg.height))
        return Fail(address, "set: angle, width or height not a finite number");
    }
  } else if (std::strcmp(command, "fseq") == 0) {
    msg.kind = Message::Kind::Fseq;
    if (arg == end || !arg->IsInt32()) return Fail(address, "fseq: frame not an int32");
    msg.value = arg->AsInt32Unchecked();
  } else if (std::strcmp(command, "source") == 0) {
    msg.kind = Message::Kind::Source;
    if (arg == end || !arg->IsString()) return Fail(address, "source: name not a string");
    const std::string_view name = arg->AsStringUnchecked();
    msg.first = names_.size();
    msg.count = name.size();
    names_ += name;
  } else {
    return true;  // a command of a later TUIO version: not ours to judge
  }
  messages_.push_back(msg);
  return true;
}

void TuioDecoder::ApplyFrames(std::string_view sender, double now, std::vector<TuioEvent>& out) {
  // Each profile's frame ends at its own fseq; frames apply in the order their fseqs came.
  std::array<std::size_t, kProfiles> begin{};
  for (std::size_t i = 0; i < messages_.size(); ++i) {
    const Message& m = messages_[i];
    if (m.kind != Message::Kind::Fseq) continue;
    ApplyFrame(m.profile, begin[m.profile], i + 1, sender, now, out);
    begin[m.profile] = i + 1;
  }
  for (std::size_t i = 0; i < messages_.size(); ++i) {
    if (i < begin[messages_[i].profile]) continue;
    ++counts_.unfinished;  // a message after its profile's last fseq: one unfinished frame
    break;
  }
}

bool TuioDecoder::Alive(std::size_t alive, std::int32_t session) const {
  const Message& m = messages_[alive];
  const auto first = alive_ids_.begin() + static_cast<std::ptrdiff_t>(m.first);
  return std::binary_search(first, first + static_cast<std::ptrdiff_t>(m.count), session);
}

TuioEvent TuioDecoder::EventOf(const Cursor& c, PointerPhase phase) {
  TuioEvent e;
  e.pointer = {PointerSource::Tuio, c.pointer};
  e.phase = phase;
  e.x = c.x, e.y = c.y;
  e.session = c.session;
  e.width = c.width, e.height = c.height, e.angle = c.angle;
  return e;
}

void TuioDecoder::ApplyFrame(Profile profile, std::size_t begin, std::size_t end,
                             std::string_view sender, double now, std::vector<TuioEvent>& out) {
  // Which tracker: the source's name (when it sends one) and the sender's address, so that two
  // trackers' contacts never share an id.
  key_.clear();
  std::size_t alive = end;  // the frame's alive message (the last one, if several), or none
  for (std::size_t i = begin; i < end; ++i) {
    const Message& m = messages_[i];
    if (m.profile != profile) continue;
    if (m.kind == Message::Kind::Source) key_.assign(names_, m.first, m.count);
    if (m.kind == Message::Kind::Alive) alive = i;
  }
  key_ += '@';
  key_ += sender;
  const int s = FindOrAddSource(key_, now);
  if (s < 0) {
    ++counts_.refused_frames;
    return;
  }
  Source& source = sources_[static_cast<std::size_t>(s)];

  // Order: a frame not newer than the last of its profile is late or repeated. -1 always applies
  // (TUIO's reference client treats it so). A jump back by more than kRestartJump frames, or any
  // frame after kSilentSeconds of silence, means the tracker restarted and counts from the start.
  const std::int64_t fseq = messages_[end - 1].value;
  const bool silent = now - source.last_heard > kSilentSeconds;
  source.last_heard = now;
  if (fseq != -1) {
    const std::int64_t back = source.last_fseq[profile] - fseq;
    if (source.has_fseq[profile] && !silent && back >= 0 && back <= kRestartJump) {
      ++counts_.stale_frames;
      return;
    }
    source.has_fseq[profile] = true;
    source.last_fseq[profile] = fseq;
  }

  // Contacts that left the alive list are let go by this profile first; those that no profile
  // holds any more lift, so that their places are free.
  if (alive != end) {
    Message& a = messages_[alive];
    const auto first = alive_ids_.begin() + static_cast<std::ptrdiff_t>(a.first);
    std::sort(first, first + static_cast<std::ptrdiff_t>(a.count));
    for (Cursor& c : cursors_) {
      if (!c.used || c.source != s || !c.held[profile] || Alive(alive, c.session)) continue;
      c.held[profile] = false;
      if (std::any_of(c.held.begin(), c.held.end(), [](bool h) { return h; })) continue;
      out.push_back(EventOf(c, PointerPhase::Up));
      c.used = false;
    }
  }
  for (std::size_t i = begin; i < end; ++i) {
    const Message& m = messages_[i];
    if (m.profile != profile || m.kind != Message::Kind::Set) continue;
    // A set of a contact that is not alive is ignored (TUIO: alive decides who exists); without
    // an alive message in the frame, only contacts this profile already holds move.
    if (alive != end && !Alive(alive, m.value)) continue;
    const auto known = std::find_if(cursors_.begin(), cursors_.end(), [&](const Cursor& c) {
      return c.used && c.source == s && c.session == m.value;
    });
    if (known != cursors_.end()) {
      if (!known->held[profile] && alive == end) continue;
      known->held[profile] = true;
      Cursor before = *known;
      // The cursor's point wins over the blob's centroid; the blob alone says the size.
      if (profile == kCur || !known->held[kCur]) known->x = m.x, known->y = m.y;
      if (profile == kBlb) known->width = m.width, known->height = m.height, known->angle = m.angle;
      if (before.x == known->x && before.y == known->y && before.width == known->width &&
          before.height == known->height && before.angle == known->angle)
        continue;
      out.push_back(EventOf(*known, PointerPhase::Move));
      continue;
    }
    if (alive == end) continue;
    // Past kMaxCursors a new contact is ignored (counted) until a place frees up; its next set
    // then puts it down where it is by then, as a finger touching there would.
    const auto free =
        std::find_if(cursors_.begin(), cursors_.end(), [](const Cursor& c) { return !c.used; });
    if (free == cursors_.end()) {
      ++counts_.over_limit;
      continue;
    }
    Cursor c;
    c.used = true, c.source = s, c.session = m.value, c.pointer = next_pointer_++;
    c.x = m.x, c.y = m.y;
    if (profile == kBlb) c.width = m.width, c.height = m.height, c.angle = m.angle;
    c.held[profile] = true;
    *free = c;
    out.push_back(EventOf(c, PointerPhase::Down));
  }
}

int TuioDecoder::FindOrAddSource(const std::string& key, double now) {
  for (std::size_t i = 0; i < sources_.size(); ++i)
    if (sources_[i].used && sources_[i].key == key) return static_cast<int>(i);
  // A free place, or else the longest quiet source that holds no cursor.
  int pick = -1;
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    const Source& src = sources_[i];
    if (!src.used) {
      pick = static_cast<int>(i);
      break;
    }
    const bool holds = std::any_of(cursors_.begin(), cursors_.end(), [&](const Cursor& c) {
      return c.used && c.source == static_cast<int>(i);
    });
    if (!holds &&
        (pick < 0 || src.last_heard < sources_[static_cast<std::size_t>(pick)].last_heard))
      pick = static_cast<int>(i);
  }
  if (pick < 0) return -1;
  Source& src = sources_[static_cast<std::size_t>(pick)];
  src = Source{};
  src.used = true;
  src.key = key;
  src.last_heard = now;
  return pick;
}

void TuioDecoder::Expire(double now, std::vector<TuioEvent>& out) {
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    Source& src = sources_[i];
    if (!src.used || now - src.last_heard <= kSilentSeconds) continue;
    for (Cursor& c : cursors_) {
      if (!c.used || c.source != static_cast<int>(i)) continue;
      out.push_back(EventOf(c, PointerPhase::Cancel));
      c.used = false;
    }
    src.used = false;
  }
}

int TuioDecoder::LiveCursors() const {
  return static_cast<int>(
      std::count_if(cursors_.begin(), cursors_.end(), [](const Cursor& c) { return c.used; }));
}

ScreenPoint TuioToWindow(float x, float y, float width, float height) {
  // Written so that NaN lands on 0 too, though the decoder lets no NaN through.
  const auto unit = [](float v) { return v > 0.0f ? (v < 1.0f ? v : 1.0f) : 0.0f; };
  return {unit(x) * std::max(width, 0.0f), unit(y) * std::max(height, 0.0f)};
}

float TuioSizeToWindow(const TuioEvent& e, float width, float height) {
  const auto unit = [](float v) { return v > 0.0f ? (v < 1.0f ? v : 1.0f) : 0.0f; };
  const float w = std::max(width, 0.0f), h = std::max(height, 0.0f);
  const float c = std::cos(e.angle), s = std::sin(e.angle);
  // Normalised x and y are different px on a window that is not square: each side of the turned
  // rectangle is measured in px along its own direction.
  const float along = unit(e.width) * std::hypot(c * w, s * h);
  const float across = unit(e.height) * std::hypot(s * w, c * h);
  const float size = std::max(along, across);
  return std::isfinite(size) ? size : 0.0f;
}

}  // namespace pps
