// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>

#include <oscpack/osc/OscOutboundPacketStream.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/input/tuio.h"

using namespace pps;

namespace {

using Bytes = std::vector<char>;

struct Set {
  int session;
  float x, y;
};

// One TUIO frame as a tracker sends it: a bundle of source, alive, set..., fseq.
Bytes Frame(const std::vector<int>& alive, const std::vector<Set>& sets, int fseq,
            const char* source = nullptr) {
  char buffer[4096];
  osc::OutboundPacketStream p(buffer, sizeof buffer);
  p << osc::BeginBundleImmediate;
  if (source) p << osc::BeginMessage("/tuio/2Dcur") << "source" << source << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dcur") << "alive";
  for (int s : alive) p << static_cast<osc::int32>(s);
  p << osc::EndMessage;
  for (const Set& s : sets)
    p << osc::BeginMessage("/tuio/2Dcur") << "set" << static_cast<osc::int32>(s.session) << s.x
      << s.y << 0.0f << 0.0f << 0.0f << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dcur") << "fseq" << static_cast<osc::int32>(fseq)
    << osc::EndMessage;
  p << osc::EndBundle;
  return Bytes(p.Data(), p.Data() + p.Size());
}

struct Blob {
  int session;
  float x, y, angle, width, height;
};

// One frame of blobs: source, alive, `set s x y a w h f X Y A m r` per blob, fseq.
Bytes BlobFrame(const std::vector<int>& alive, const std::vector<Blob>& sets, int fseq,
                const char* source = nullptr) {
  char buffer[4096];
  osc::OutboundPacketStream p(buffer, sizeof buffer);
  p << osc::BeginBundleImmediate;
  if (source) p << osc::BeginMessage("/tuio/2Dblb") << "source" << source << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dblb") << "alive";
  for (int s : alive) p << static_cast<osc::int32>(s);
  p << osc::EndMessage;
  for (const Blob& b : sets)
    p << osc::BeginMessage("/tuio/2Dblb") << "set" << static_cast<osc::int32>(b.session) << b.x
      << b.y << b.angle << b.width << b.height << b.width * b.height << 0.0f << 0.0f << 0.0f << 0.0f
      << 0.0f << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dblb") << "fseq" << static_cast<osc::int32>(fseq)
    << osc::EndMessage;
  p << osc::EndBundle;
  return Bytes(p.Data(), p.Data() + p.Size());
}

// A single message (no bundle), built by `fill` after the address.
template <typename Fill>
Bytes Message(const char* address, Fill fill) {
  char buffer[1024];
  osc::OutboundPacketStream p(buffer, sizeof buffer);
  p << osc::BeginMessage(address);
  fill(p);
  p << osc::EndMessage;
  return Bytes(p.Data(), p.Data() + p.Size());
}

// Wraps packets in one bundle.
Bytes Bundle(const std::vector<Bytes>& elements) {
  Bytes out = {'#', 'b', 'u', 'n', 'd', 'l', 'e', '\0', 0, 0, 0, 0, 0, 0, 0, 1};
  for (const Bytes& e : elements) {
    const auto n = static_cast<std::uint32_t>(e.size());
    for (int shift : {24, 16, 8, 0}) out.push_back(static_cast<char>((n >> shift) & 0xff));
    out.insert(out.end(), e.begin(), e.end());
  }
  return out;
}

// `bundle` with one more element whose size is 0xfffffffc, and nothing after it.
Bytes BadElementSize(Bytes bundle) {
  for (char c : {'\xff', '\xff', '\xff', '\xfc'}) bundle.push_back(c);
  return bundle;
}

// The bytes of a string literal, NULs inside included, the final one not.
template <std::size_t N>
Bytes Raw(const char (&text)[N]) {
  return Bytes(text, text + N - 1);
}

struct Decoded {
  bool ok = false;
  std::vector<TuioEvent> events;
};

Decoded Feed(TuioDecoder& d, const Bytes& bytes, const char* sender = "127.0.0.1:40000",
             double now = 1.0) {
  Decoded r;
  r.ok = d.Decode(bytes.data(), bytes.size(), sender, now, r.events);
  return r;
}

// The phases of `events`, in order, as letters: D(own), M(ove), U(p), C(ancel).
std::string Phases(const std::vector<TuioEvent>& events) {
  std::string s;
  for (const TuioEvent& e : events) s += "DMUC"[static_cast<int>(e.phase)];
  return s;
}

// A bundle written out byte by byte, as a tracker would put it on the wire: cursor 7 at
// (0.5, 0.25) alive in frame 1. Integers and floats are big-endian.
const char kHandWritten[] =
    "#bundle\0"
    "\0\0\0\0\0\0\0\1"  // time tag: immediately
    "\0\0\0\x1c"        // 28 bytes: /tuio/2Dcur ,si alive 7
    "/tuio/2Dcur\0"
    ",si\0"
    "alive\0\0\0"
    "\0\0\0\7"
    "\0\0\0\x34"  // 52 bytes: /tuio/2Dcur ,sifffff set 7 0.5 0.25 0 0 0
    "/tuio/2Dcur\0"
    ",sifffff\0\0\0\0"
    "set\0"
    "\0\0\0\7"
    "\x3f\0\0\0"    // 0.5
    "\x3e\x80\0\0"  // 0.25
    "\0\0\0\0\0\0\0\0\0\0\0\0"
    "\0\0\0\x1c"  // 28 bytes: /tuio/2Dcur ,si fseq 1
    "/tuio/2Dcur\0"
    ",si\0"
    "fseq\0\0\0\0"
    "\0\0\0\1";

}  // namespace

TEST_CASE("TUIO: a hand-written bundle puts cursor 7 down at (0.5, 0.25)", "[tuio]") {
  TuioDecoder d;
  const Bytes bytes(kHandWritten, kHandWritten + sizeof kHandWritten - 1);
  REQUIRE(bytes.size() == 136);
  const Decoded r = Feed(d, bytes);
  REQUIRE(r.ok);
  REQUIRE(Phases(r.events) == "D");
  CHECK(r.events[0].pointer.source == PointerSource::Tuio);
  CHECK(r.events[0].session == 7);
  CHECK(r.events[0].x == 0.5f);
  CHECK(r.events[0].y == 0.25f);
  CHECK(d.LiveCursors() == 1);
}

TEST_CASE("TUIO: a cursor goes down, moves only when it moved, and lifts when it leaves alive",
          "[tuio]") {
  TuioDecoder d;
  Decoded r = Feed(d, Frame({3}, {{3, 0.1f, 0.2f}}, 1));
  REQUIRE(Phases(r.events) == "D");
  const PointerId id = r.events[0].pointer;

  r = Feed(d, Frame({3}, {{3, 0.3f, 0.2f}}, 2));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].pointer == id);
  CHECK(r.events[0].x == 0.3f);

  r = Feed(d, Frame({3}, {{3, 0.3f, 0.2f}}, 3));  // the same place again
  CHECK(r.events.empty());
  r = Feed(d, Frame({3}, {}, 4));  // alive, no set: held still
  CHECK(r.events.empty());

  r = Feed(d, Frame({}, {}, 5));
  REQUIRE(Phases(r.events) == "U");
  CHECK(r.events[0].pointer == id);
  CHECK(r.events[0].x == 0.3f);  // lifted where it last was
  CHECK(d.LiveCursors() == 0);
}

TEST_CASE("TUIO: several cursors in one bundle, and one of them leaving", "[tuio]") {
  TuioDecoder d;
  Decoded r = Feed(d, Frame({1, 2, 3}, {{1, 0.1f, 0.1f}, {2, 0.5f, 0.5f}, {3, 0.9f, 0.9f}}, 10));
  REQUIRE(Phases(r.events) == "DDD");
  CHECK(r.events[0].pointer != r.events[1].pointer);
  CHECK(r.events[1].pointer != r.events[2].pointer);
  const PointerId second = r.events[1].pointer;

  // 2 leaves, 1 moves, 4 arrives: the Up comes first.
  r = Feed(d, Frame({1, 3, 4}, {{1, 0.2f, 0.1f}, {3, 0.9f, 0.9f}, {4, 0.4f, 0.6f}}, 11));
  REQUIRE(Phases(r.events) == "UMD");
  CHECK(r.events[0].pointer == second);
  CHECK(r.events[2].session == 4);
  CHECK(d.LiveCursors() == 3);

  // A set of a cursor missing from alive is ignored; so is a frame's alive without its sets.
  r = Feed(d, Frame({1, 3, 4}, {{9, 0.5f, 0.5f}}, 12));
  CHECK(r.events.empty());
}

TEST_CASE("TUIO: stale and repeated frames are ignored; -1 and a restart apply", "[tuio]") {
  TuioDecoder d;
  REQUIRE(Phases(Feed(d, Frame({1}, {{1, 0.1f, 0.1f}}, 500)).events) == "D");
  CHECK(Feed(d, Frame({1}, {{1, 0.2f, 0.1f}}, 500)).events.empty());  // repeated
  CHECK(Feed(d, Frame({1}, {{1, 0.3f, 0.1f}}, 499)).events.empty());  // late
  CHECK(Feed(d, Frame({}, {}, 450)).events.empty());                  // late: no Up
  CHECK(d.Counts().stale_frames == 3);
  CHECK(d.LiveCursors() == 1);

  Decoded r = Feed(d, Frame({1}, {{1, 0.4f, 0.1f}}, 501));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].x == 0.4f);

  // -1 always applies, and does not move the last frame number.
  REQUIRE(Phases(Feed(d, Frame({1}, {{1, 0.5f, 0.1f}}, -1)).events) == "M");
  CHECK(Feed(d, Frame({1}, {{1, 0.6f, 0.1f}}, 501)).events.empty());

  // More than 100 frames back: the tracker restarted and counts from 1 again.
  r = Feed(d, Frame({1}, {{1, 0.7f, 0.1f}}, 1));
  REQUIRE(Phases(r.events) == "M");
  CHECK(Feed(d, Frame({1}, {{1, 0.8f, 0.1f}}, 1)).events.empty());
  REQUIRE(Phases(Feed(d, Frame({1}, {{1, 0.8f, 0.1f}}, 2)).events) == "M");
}

TEST_CASE("TUIO: after kSilentSeconds of silence any frame number applies", "[tuio]") {
  TuioDecoder d;
  Feed(d, Frame({1}, {{1, 0.1f, 0.1f}}, 50), "127.0.0.1:40000", 10.0);
  CHECK(Feed(d, Frame({1}, {{1, 0.2f, 0.1f}}, 40), "127.0.0.1:40000", 11.0).events.empty());
  const double later = 11.0 + TuioDecoder::kSilentSeconds + 0.5;
  CHECK(Phases(Feed(d, Frame({1}, {{1, 0.2f, 0.1f}}, 40), "127.0.0.1:40000", later).events) == "M");
}

TEST_CASE("TUIO: a source gone silent has its cursors cancelled", "[tuio]") {
  TuioDecoder d;
  Feed(d, Frame({1, 2}, {{1, 0.1f, 0.1f}, {2, 0.2f, 0.2f}}, 1), "10.0.0.1:3333", 5.0);
  Feed(d, Frame({8}, {{8, 0.5f, 0.5f}}, 1), "10.0.0.2:3333", 7.0);
  std::vector<TuioEvent> out;
  d.Expire(5.0 + TuioDecoder::kSilentSeconds - 0.1, out);
  CHECK(out.empty());
  d.Expire(5.0 + TuioDecoder::kSilentSeconds + 0.1, out);
  CHECK(Phases(out) == "CC");
  CHECK(d.LiveCursors() == 1);  // the other tracker's cursor stays
}

TEST_CASE("TUIO: the same session ids from two trackers are different pointers", "[tuio]") {
  TuioDecoder d;
  const Decoded a = Feed(d, Frame({1}, {{1, 0.1f, 0.1f}}, 1), "127.0.0.1:40000");
  const Decoded b = Feed(d, Frame({1}, {{1, 0.9f, 0.9f}}, 1), "127.0.0.1:40001");
  const Decoded c = Feed(d, Frame({1}, {{1, 0.5f, 0.5f}}, 1, "wall:1@host"), "127.0.0.1:40000");
  REQUIRE(Phases(a.events) == "D");
  REQUIRE(Phases(b.events) == "D");
  REQUIRE(Phases(c.events) == "D");
  CHECK(a.events[0].pointer != b.events[0].pointer);
  CHECK(a.events[0].pointer != c.events[0].pointer);
  CHECK(b.events[0].pointer != c.events[0].pointer);
  // One tracker's empty alive lifts only its own cursor.
  const Decoded up = Feed(d, Frame({}, {}, 2), "127.0.0.1:40001");
  REQUIRE(Phases(up.events) == "U");
  CHECK(up.events[0].pointer == b.events[0].pointer);
}

TEST_CASE("TUIO: nested bundles, several frames in one packet, other profiles", "[tuio]") {
  TuioDecoder d;
  const Bytes obj = Message("/tuio/2Dobj", [](osc::OutboundPacketStream& p) {
    p << "alive" << static_cast<osc::int32>(1);
  });
  const Bytes packet = Bundle({Bundle({Frame({5}, {{5, 0.1f, 0.1f}}, 1), obj}),
                               Bundle({Bundle({Frame({5}, {{5, 0.2f, 0.1f}}, 2)})})});
  const Decoded r = Feed(d, packet);
  REQUIRE(r.ok);
  CHECK(Phases(r.events) == "DM");

  // A frame without its fseq is not finished: dropped, counted, nothing happens.
  const Bytes alive_only =
      Message("/tuio/2Dcur", [](osc::OutboundPacketStream& p) { p << "alive"; });
  const Decoded u = Feed(d, Bundle({alive_only}));
  CHECK(u.ok);
  CHECK(u.events.empty());
  CHECK(d.Counts().unfinished == 1);
  CHECK(d.LiveCursors() == 1);

  // Deeper than kMaxDepth: malformed.
  Bytes deep = Frame({}, {}, 3);
  for (int i = 0; i < TuioDecoder::kMaxDepth + 1; ++i) deep = Bundle({deep});
  CHECK_FALSE(Feed(d, deep).ok);
  CHECK(d.LiveCursors() == 1);
}

TEST_CASE("TUIO: past kMaxCursors new cursors wait for a free place", "[tuio]") {
  TuioDecoder d;
  std::vector<int> alive;
  std::vector<Set> sets;
  for (int s = 1; s <= TuioDecoder::kMaxCursors + 8; ++s) {
    alive.push_back(s);
    sets.push_back({s, 0.01f * static_cast<float>(s), 0.5f});
  }
  Decoded r = Feed(d, Frame(alive, sets, 1));
  CHECK(r.events.size() == TuioDecoder::kMaxCursors);
  CHECK(d.Counts().over_limit == 8);
  CHECK(d.LiveCursors() == TuioDecoder::kMaxCursors);

  alive.erase(alive.begin());  // cursor 1 lifts: cursor 33 takes its place
  sets.erase(sets.begin());
  r = Feed(d, Frame(alive, sets, 2));
  REQUIRE(Phases(r.events) == "UD");
  CHECK(r.events[1].session == TuioDecoder::kMaxCursors + 1);
  CHECK(d.LiveCursors() == TuioDecoder::kMaxCursors);
}

TEST_CASE("TUIO: every truncation of a frame is dropped without events", "[tuio]") {
  TuioDecoder d;
  const Bytes whole = Frame({1, 2}, {{1, 0.1f, 0.2f}, {2, 0.3f, 0.4f}}, 1, "tracker");
  // Cut right after an element, a bundle is whole again, only shorter (16 bytes: header and time
  // tag, empty): valid OSC, and a frame without its fseq, so harmless all the same.
  std::vector<std::size_t> whole_bundles = {16};
  for (std::size_t at = 16; at + 4 <= whole.size();) {
    std::size_t n = 0;
    for (int i = 0; i < 4; ++i) n = n << 8 | static_cast<unsigned char>(whole[at + i]);
    at += 4 + n;
    whole_bundles.push_back(at);
  }
  std::uint64_t expected_malformed = 0;
  for (std::size_t n = 0; n < whole.size(); ++n) {
    const Bytes cut(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(n));
    const Decoded r = Feed(d, cut);
    INFO("first " << n << " bytes");
    CHECK(r.events.empty());
    const bool valid = std::count(whole_bundles.begin(), whole_bundles.end(), n) > 0;
    CHECK(r.ok == valid);
    if (!valid) ++expected_malformed;
  }
  CHECK(d.Counts().malformed == expected_malformed);
  CHECK(d.LiveCursors() == 0);
  CHECK(Phases(Feed(d, whole).events) == "DD");  // the whole one still works afterwards
}

TEST_CASE("TUIO: malformed packets are counted, change nothing and never throw", "[tuio]") {
  TuioDecoder d;
  REQUIRE(Phases(Feed(d, Frame({1}, {{1, 0.1f, 0.1f}}, 1)).events) == "D");
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  using P = osc::OutboundPacketStream;
  const std::vector<std::pair<const char*, Bytes>> bad = {
      {"set with an int x",
       Bundle({Message("/tuio/2Dcur",
                       [](P& p) { p << "set" << osc::int32(1) << osc::int32(1) << 0.5f; }),
               Frame({}, {}, 2)})},
      {"set without y",
       Bundle({Message("/tuio/2Dcur", [](P& p) { p << "set" << osc::int32(1) << 0.5f; })})},
      {"set with a float session",
       Bundle({Message("/tuio/2Dcur", [](P& p) { p << "set" << 1.0f << 0.5f << 0.5f; })})},
      {"alive with a float",
       Bundle({Message("/tuio/2Dcur", [](P& p) { p << "alive" << osc::int32(1) << 2.0f; }),
               Frame({}, {}, 2)})},
      {"fseq as a string", Bundle({Message("/tuio/2Dcur",
                                           [](P& p) {
                                             p << "fseq"
                                               << "two";
                                           })})},
      {"source not a string",
       Bundle({Message("/tuio/2Dcur", [](P& p) { p << "source" << osc::int32(3); })})},
      {"no command", Bundle({Message("/tuio/2Dcur", [](P&) {})})},
      {"command not a string", Bundle({Message("/tuio/2Dcur", [](P& p) { p << 1.0f; })})},
      {"x is NaN", Frame({1}, {{1, nan, 0.5f}}, 2)},
      {"y is infinite", Frame({1}, {{1, 0.5f, inf}}, 2)},
      {"size not a multiple of 4", Bytes(13, 'x')},
      {"empty", Bytes()},
      {"garbage", Bytes(64, '\xff')},
      {"bad bundle header", Bytes{'#', 'b', 'u', 'n', 'd', 'l', 'e', 'X', 0, 0, 0, 0, 0, 0, 0, 1}},
      {"element longer than the bundle",
       Bytes{'#', 'b', 'u', 'n', 'd', 'l', 'e', 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 0, 0, 0}},
      {"larger than a datagram", Bytes(TuioDecoder::kMaxPacket + 4, '\0')},
      // oscpack 1.1.0 computes 4 + size in 32 bits: 0 for this one, and it never gets past it.
      {"element size 0xfffffffc", BadElementSize(Bundle({}))},
      {"element size 0xfffffffc, nested", Bundle({Frame({}, {}, 2), BadElementSize(Bundle({}))})},
  };
  std::uint64_t count = 0;
  for (const auto& [what, bytes] : bad) {
    INFO(what);
    Decoded r;
    CHECK_NOTHROW(r = Feed(d, bytes));
    CHECK_FALSE(r.ok);
    CHECK(r.events.empty());
    CHECK(d.Counts().malformed == ++count);
    CHECK_FALSE(d.LastError().empty());
  }
  // The cursor that was down is still down, and the next good frame moves it.
  CHECK(d.LiveCursors() == 1);
  CHECK(Phases(Feed(d, Frame({1}, {{1, 0.2f, 0.1f}}, 3)).events) == "M");
}

TEST_CASE("TUIO: a blob size past the datagram is refused, not followed", "[tuio]") {
  // oscpack 1.1.0 never throws for these and runs its argument pointer gigabytes past the buffer.
  const std::vector<std::pair<const char*, Bytes>> bad = {
      {"12 bytes, size 0x7ffffff0", Raw("/x\0\0,bb\0\x7f\xff\xff\xf0")},
      {"20 bytes, size 0xfffffff0", Raw("/tuio/2Dcur\0,bb\0\xff\xff\xff\xf0")},
      {"a string without its NUL end", Raw("/tuio/2Dcur\0,s\0\0aliv")},
  };
  for (const auto& [what, bytes] : bad) {
    INFO(what);
    TuioDecoder d;
    const Decoded r = Feed(d, bytes);
    CHECK_FALSE(r.ok);
    CHECK(r.events.empty());
    CHECK(d.Counts().malformed == 1);
    CHECK_FALSE(d.LastError().empty());
  }
}

TEST_CASE("TUIO: a message with an OSC blob argument, then a frame, still decodes", "[tuio]") {
  TuioDecoder d;
  const Bytes blob =
      Message("/tuio/2Dobj", [](osc::OutboundPacketStream& p) { p << osc::Blob("hello", 5); });
  REQUIRE(blob.size() == 12 + 4 + 4 + 8);  // the 5 bytes padded to 8
  const Decoded r = Feed(d, Bundle({blob, Frame({1}, {{1, 0.5f, 0.25f}}, 1)}));
  CHECK(r.ok);
  CHECK(Phases(r.events) == "D");
  CHECK(d.Counts().malformed == 0);
}

TEST_CASE("TUIO: normalised positions to window px, clamped onto the window", "[tuio]") {
  auto at = [](float x, float y) { return TuioToWindow(x, y, 1280.0f, 800.0f); };
  CHECK(at(0.0f, 0.0f).x == 0.0f);
  CHECK(at(1.0f, 1.0f).x == 1280.0f);
  CHECK(at(1.0f, 1.0f).y == 800.0f);
  CHECK(at(0.5f, 0.25f).x == 640.0f);
  CHECK(at(0.5f, 0.25f).y == 200.0f);
  CHECK(at(-0.2f, 1.3f).x == 0.0f);
  CHECK(at(-0.2f, 1.3f).y == 800.0f);
  CHECK(at(std::nanf(""), 0.5f).x == 0.0f);
  CHECK(TuioToWindow(0.5f, 0.5f, 0.0f, 0.0f).x == 0.0f);  // a minimised window
}

TEST_CASE("TUIO: a blob is a contact that carries its size", "[tuio][blob]") {
  TuioDecoder d;
  Decoded r = Feed(d, BlobFrame({4}, {{4, 0.5f, 0.25f, 0.0f, 0.1f, 0.05f}}, 1));
  REQUIRE(r.ok);
  REQUIRE(Phases(r.events) == "D");
  CHECK(r.events[0].pointer.source == PointerSource::Tuio);
  CHECK(r.events[0].session == 4);
  CHECK(r.events[0].x == 0.5f);
  CHECK(r.events[0].y == 0.25f);
  CHECK(r.events[0].width == 0.1f);
  CHECK(r.events[0].height == 0.05f);
  CHECK(d.LiveCursors() == 1);
  const PointerId id = r.events[0].pointer;

  // It grows where it is (the hand flattens): a Move that says so.
  r = Feed(d, BlobFrame({4}, {{4, 0.5f, 0.25f, 0.5f, 0.3f, 0.2f}}, 2));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].pointer == id);
  CHECK(r.events[0].width == 0.3f);
  CHECK(r.events[0].angle == 0.5f);
  CHECK(Feed(d, BlobFrame({4}, {{4, 0.5f, 0.25f, 0.5f, 0.3f, 0.2f}}, 3)).events.empty());

  r = Feed(d, BlobFrame({}, {}, 4));
  REQUIRE(Phases(r.events) == "U");
  CHECK(r.events[0].pointer == id);
  CHECK(r.events[0].width == 0.3f);  // lifted as it last was
  CHECK(d.LiveCursors() == 0);
}

TEST_CASE("TUIO: a cursor never carries a size", "[tuio][blob]") {
  TuioDecoder d;
  const Decoded r = Feed(d, Frame({1}, {{1, 0.5f, 0.5f}}, 1));
  REQUIRE(Phases(r.events) == "D");
  CHECK(r.events[0].width == 0.0f);
  CHECK(r.events[0].height == 0.0f);
  CHECK(TuioSizeToWindow(r.events[0], 1280.0f, 800.0f) == 0.0f);
}

TEST_CASE("TUIO: a cursor and a blob of one session are one pointer", "[tuio][blob]") {
  TuioDecoder d;
  // A tracker that sends both profiles, each with its own frame and the same frame number.
  Decoded r = Feed(d, Frame({6}, {{6, 0.4f, 0.4f}}, 10, "table"));
  REQUIRE(Phases(r.events) == "D");
  const PointerId id = r.events[0].pointer;
  r = Feed(d, BlobFrame({6}, {{6, 0.41f, 0.42f, 0.0f, 0.2f, 0.1f}}, 10, "table"));
  REQUIRE(Phases(r.events) == "M");  // no second Down: the blob tells the cursor's size
  CHECK(r.events[0].pointer == id);
  CHECK(r.events[0].x == 0.4f);  // where the cursor is: its point wins over the centroid
  CHECK(r.events[0].width == 0.2f);
  CHECK(d.LiveCursors() == 1);

  // Both in one bundle: the cursor moves, the blob keeps its size. One Move.
  r = Feed(d, Bundle({Frame({6}, {{6, 0.5f, 0.4f}}, 11, "table"),
                      BlobFrame({6}, {{6, 0.52f, 0.42f, 0.0f, 0.2f, 0.1f}}, 11, "table")}));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].x == 0.5f);

  // The cursor profile lets it go while the blob still holds it: still down, then the blob
  // moves it; when the blob lets go too, it lifts, once.
  CHECK(Feed(d, Frame({}, {}, 12, "table")).events.empty());
  r = Feed(d, BlobFrame({6}, {{6, 0.6f, 0.42f, 0.0f, 0.2f, 0.1f}}, 12, "table"));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].x == 0.6f);
  r = Feed(d, BlobFrame({}, {}, 13, "table"));
  REQUIRE(Phases(r.events) == "U");
  CHECK(r.events[0].pointer == id);
  CHECK(d.LiveCursors() == 0);

  // Another tracker's blob with the same session is another contact.
  Feed(d, Frame({6}, {{6, 0.4f, 0.4f}}, 14, "table"));
  r = Feed(d, BlobFrame({6}, {{6, 0.4f, 0.4f, 0.0f, 0.2f, 0.1f}}, 1, "wall"));
  REQUIRE(Phases(r.events) == "D");
  CHECK(d.LiveCursors() == 2);
}

TEST_CASE("TUIO: each profile has its own frame numbers", "[tuio][blob]") {
  TuioDecoder d;
  REQUIRE(Phases(Feed(d, Frame({1}, {{1, 0.1f, 0.1f}}, 500)).events) == "D");
  // A blob frame numbered lower than the cursors' is not late: its own series starts here.
  REQUIRE(Phases(Feed(d, BlobFrame({2}, {{2, 0.9f, 0.9f, 0.0f, 0.1f, 0.1f}}, 7)).events) == "D");
  CHECK(
      Feed(d, BlobFrame({2}, {{2, 0.8f, 0.9f, 0.0f, 0.1f, 0.1f}}, 7)).events.empty());  // repeated
  CHECK(d.Counts().stale_frames == 1);
  // A blob frame without its fseq is unfinished, even when the cursors' frame in the same packet
  // ended.
  const Bytes blob_alive =
      Message("/tuio/2Dblb", [](osc::OutboundPacketStream& p) { p << "alive"; });
  const Decoded u = Feed(d, Bundle({Frame({1}, {{1, 0.2f, 0.1f}}, 501), blob_alive}));
  CHECK(Phases(u.events) == "M");
  CHECK(d.Counts().unfinished == 1);
  CHECK(d.LiveCursors() == 2);
}

TEST_CASE("TUIO: cursors and blobs share kMaxCursors", "[tuio][blob]") {
  TuioDecoder d;
  std::vector<int> alive;
  std::vector<Set> sets;
  for (int s = 1; s <= TuioDecoder::kMaxCursors; ++s) {
    alive.push_back(s);
    sets.push_back({s, 0.01f * static_cast<float>(s), 0.5f});
  }
  REQUIRE(Feed(d, Frame(alive, sets, 1)).events.size() == TuioDecoder::kMaxCursors);
  // A blob of a new session waits; a blob of a cursor's session joins it.
  const Decoded r = Feed(
      d, BlobFrame({1, 99},
                   {{1, 0.01f, 0.5f, 0.0f, 0.1f, 0.1f}, {99, 0.5f, 0.9f, 0.0f, 0.1f, 0.1f}}, 1));
  CHECK(Phases(r.events) == "M");
  CHECK(d.Counts().over_limit == 1);
  CHECK(d.LiveCursors() == TuioDecoder::kMaxCursors);
}

TEST_CASE("TUIO: a blob with arguments of the wrong type drops the packet", "[tuio][blob]") {
  TuioDecoder d;
  REQUIRE(Phases(Feed(d, BlobFrame({1}, {{1, 0.1f, 0.1f, 0.0f, 0.05f, 0.05f}}, 1)).events) == "D");
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  using P = osc::OutboundPacketStream;
  // A set with all that precedes `bad` right, then `bad`, in a finished frame.
  const auto set = [](auto fill) {
    return Bundle({Message("/tuio/2Dblb", [&](P& p) { p << "alive" << osc::int32(1); }),
                   Message("/tuio/2Dblb", fill),
                   Message("/tuio/2Dblb", [](P& p) { p << "fseq" << osc::int32(2); })});
  };
  const std::vector<std::pair<const char*, Bytes>> bad = {
      {"width an int", set([](P& p) {
         p << "set" << osc::int32(1) << 0.2f << 0.1f << 0.0f << osc::int32(1) << 0.05f << 0.0f;
       })},
      {"height missing",
       set([](P& p) { p << "set" << osc::int32(1) << 0.2f << 0.1f << 0.0f << 0.05f; })},
      {"angle a string", set([](P& p) { p << "set" << osc::int32(1) << 0.2f << 0.1f << "a"; })},
      {"session a float",
       set([](P& p) { p << "set" << 1.0f << 0.2f << 0.1f << 0.0f << 0.05f << 0.05f; })},
      {"only s x y, as a cursor", set([](P& p) { p << "set" << osc::int32(1) << 0.2f << 0.1f; })},
      {"angle NaN", BlobFrame({1}, {{1, 0.2f, 0.1f, nan, 0.05f, 0.05f}}, 2)},
      {"width infinite", BlobFrame({1}, {{1, 0.2f, 0.1f, 0.0f, inf, 0.05f}}, 2)},
      {"height NaN", BlobFrame({1}, {{1, 0.2f, 0.1f, 0.0f, 0.05f, nan}}, 2)},
      {"x NaN", BlobFrame({1}, {{1, nan, 0.1f, 0.0f, 0.05f, 0.05f}}, 2)},
      {"no command", Bundle({Message("/tuio/2Dblb", [](P&) {})})},
      {"fseq a float", Bundle({Message("/tuio/2Dblb", [](P& p) { p << "fseq" << 2.0f; })})},
  };
  std::uint64_t count = 0;
  for (const auto& [what, bytes] : bad) {
    INFO(what);
    Decoded r;
    CHECK_NOTHROW(r = Feed(d, bytes));
    CHECK_FALSE(r.ok);
    CHECK(r.events.empty());
    CHECK(d.Counts().malformed == ++count);
    CHECK(d.LastError().rfind("/tuio/2Dblb", 0) == 0);
  }
  // An alive list with a float in it: not even the frame's lifts happen.
  const Decoded alive =
      Feed(d, Bundle({Message("/tuio/2Dblb", [](P& p) { p << "alive" << osc::int32(1) << 2.0f; }),
                      BlobFrame({}, {}, 2)}));
  CHECK_FALSE(alive.ok);
  CHECK(alive.events.empty());
  // The blob that was down is still down, as it was, and the next good frame moves it.
  CHECK(d.LiveCursors() == 1);
  const Decoded r = Feed(d, BlobFrame({1}, {{1, 0.3f, 0.1f, 0.0f, 0.05f, 0.05f}}, 3));
  REQUIRE(Phases(r.events) == "M");
  CHECK(r.events[0].x == 0.3f);
}

TEST_CASE("TUIO: a blob's size in window px: its longest side, turned", "[tuio][blob]") {
  TuioEvent e;
  e.width = 0.1f, e.height = 0.05f;
  CHECK(TuioSizeToWindow(e, 1280.0f, 800.0f) == Approx(128.0f));  // 0.1 of 1280 across
  e.angle = 1.5707964f;  // a quarter turn: its width lies along the window's height
  CHECK(TuioSizeToWindow(e, 1280.0f, 800.0f) == Approx(80.0f));  // 0.1 of 800 beats 0.05 of 1280
  e.width = 0.02f;
  CHECK(TuioSizeToWindow(e, 1280.0f, 800.0f) == Approx(64.0f));  // now 0.05 of 1280
  e.width = 3.0f, e.angle = 0.0f;  // clamped to the window, as positions are
  CHECK(TuioSizeToWindow(e, 1280.0f, 800.0f) == Approx(1280.0f));
  e.width = -1.0f, e.height = -1.0f;
  CHECK(TuioSizeToWindow(e, 1280.0f, 800.0f) == 0.0f);
}
