// SPDX-License-Identifier: EUPL-1.2
#pragma once
// TUIO 1.1 cursors (/tuio/2Dcur) and blobs (/tuio/2Dblb) from the bytes of one UDP payload to
// pointer events. Pure: no sockets, no clock; the platform's receiver
// (app/platform/tuio_receiver.h) feeds it datagrams and the time. OSC itself is decoded by
// oscpack; this file only knows what TUIO means.
//
// A frame is the `source` (optional), `alive`, `set`... messages of one profile up to and
// including that profile's `fseq`, in one packet (a bundle; nested bundles too, at most kMaxDepth
// deep); each profile has its own frames and its own frame numbers. Messages after a packet's
// last fseq of their profile are an unfinished frame and are dropped. A packet that oscpack
// cannot parse, a /tuio/2Dcur or /tuio/2Dblb message with arguments of the wrong type, or a
// position, angle or size that is not a finite number drops the whole packet (counted as
// malformed) and changes nothing. Other OSC addresses (/tuio/2Dobj, ...) are ignored.
//
// A blob is a contact that the tracker measured (`set s x y a w h f ...`: angle in radians,
// width and height normalised 0..1, area...): it is a pointer like a cursor, and carries its
// size. A tracker that sends both profiles (reacTIVision does, for fingers) sends the same
// session id for the same contact, as TUIO's session ids are one series for all of a tracker's
// profiles: so a cursor and a blob of one source with the same session are one contact and one
// pointer. It is down while either profile lists it alive, and lifts when both have let it go.
// Its position is the cursor's while the cursor profile holds it (the tracker's finger point;
// a blob's centroid would jitter against it), the blob's otherwise; its size is the blob's.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/input/input_event.h"
#include "core/model/board_geometry.h"

namespace pps {

// One contact's change, in TUIO's own space.
struct TuioEvent {
  PointerId pointer;                        // PointerSource::Tuio; unique across sources
  PointerPhase phase = PointerPhase::Move;  // Down, Move, Up, or Cancel (its source went silent)
  float x = 0.0f, y = 0.0f;                 // normalised 0..1, origin top left, y down
  std::int32_t session = 0;                 // the tracker's session id for the contact
  // The blob's size as its tracker measured it: width and height normalised 0..1 (width along
  // `angle`, radians); all 0 while no blob message has described the contact (a cursor).
  float width = 0.0f, height = 0.0f, angle = 0.0f;
};

// What the decoder dropped and why, since it was made.
struct TuioCounts {
  std::uint64_t packets = 0;         // payloads given to Decode
  std::uint64_t malformed = 0;       // payloads dropped whole
  std::uint64_t stale_frames = 0;    // frames whose fseq was not newer than the last one
  std::uint64_t unfinished = 0;      // frames without a closing fseq
  std::uint64_t over_limit = 0;      // set messages of new contacts past kMaxCursors
  std::uint64_t refused_frames = 0;  // frames of a new source while kMaxSources hold cursors
};

class TuioDecoder {
 public:
  static constexpr int kMaxCursors = 32;  // live contacts (cursors and blobs) of all sources
  static constexpr int kMaxSources = 8;   // trackers (source name and sender) known at once
  static constexpr int kMaxDepth = 8;     // bundles nested in bundles
  static constexpr std::size_t kMaxPacket = 65536;   // bytes; a UDP payload is at most 65507
  static constexpr std::int64_t kRestartJump = 100;  // fseq this far back: the tracker restarted
  static constexpr double kSilentSeconds = 3.0;      // a source this quiet has gone away

  // Decodes one UDP payload that came from `sender` (its address, to tell trackers apart) at
  // `now` (seconds) and appends the cursors' changes to `out`. Returns false when the payload
  // was malformed: then nothing changed and nothing was appended. Never throws.
  bool Decode(const void* data, std::size_t size, std::string_view sender, double now,
              std::vector<TuioEvent>& out);

  // Cancels the cursors of every source not heard from since `now - kSilentSeconds` (a tracker
  // that crashed or was unplugged must not hold tokens for ever) and forgets those sources.
  void Expire(double now, std::vector<TuioEvent>& out);

  // Why the last malformed payload was dropped (empty before the first one).
  const std::string& LastError() const { return last_error_; }
  const TuioCounts& Counts() const { return counts_; }
  // How many contacts (cursors and blobs) are down now.
  int LiveCursors() const;

 private:
  // The profiles read, as indices.
  enum Profile : std::uint8_t { kCur = 0, kBlb = 1, kProfiles = 2 };
  struct Cursor {
    bool used = false;
    int source = 0;                      // index into sources_
    std::int32_t session = 0;            // the tracker's id
    std::uint32_t pointer = 0;           // ours, unique across sources
    float x = 0.0f, y = 0.0f;            // normalised
    float width = 0.0f, height = 0.0f;   // normalised; 0 until a blob describes it
    float angle = 0.0f;                  // radians
    std::array<bool, kProfiles> held{};  // which profiles list it alive
  };
  struct Source {
    bool used = false;
    std::string key;  // source name (or "") and sender address
    std::array<bool, kProfiles> has_fseq{};
    std::array<std::int64_t, kProfiles> last_fseq{};
    double last_heard = 0.0;  // seconds
  };
  // One /tuio/2Dcur or /tuio/2Dblb message, parsed and checked, waiting for its frame's fseq.
  struct Message {
    enum class Kind : std::uint8_t { Source, Alive, Set, Fseq } kind = Kind::Fseq;
    Profile profile = kCur;
    std::int32_t value = 0;                           // Set: session; Fseq: frame
    float x = 0.0f, y = 0.0f;                         // Set
    float width = 0.0f, height = 0.0f, angle = 0.0f;  // Set of a blob
    std::size_t first = 0, count = 0;  // Alive: range of alive_ids_; Source: of names_
  };

  bool Parse(const char* data, std::size_t size, int depth);
  bool ParseMessage(const char* data, std::size_t size);
  bool Fail(const char* why);
  bool Fail(const char* address, const char* why);
  void ApplyFrames(std::string_view sender, double now, std::vector<TuioEvent>& out);
  void ApplyFrame(Profile profile, std::size_t begin, std::size_t end, std::string_view sender,
                  double now, std::vector<TuioEvent>& out);
  static TuioEvent EventOf(const Cursor& c, PointerPhase phase);
  int FindOrAddSource(const std::string& key, double now);
  bool Alive(std::size_t alive, std::int32_t session) const;

  std::array<Cursor, kMaxCursors> cursors_{};
  std::array<Source, kMaxSources> sources_{};
  std::uint32_t next_pointer_ = 0;
  TuioCounts counts_;
  std::string last_error_;
  // Scratch, kept between calls so that a steady stream allocates nothing.
  std::vector<char> buffer_;  // the payload, padded with zeros
  std::vector<Message> messages_;
  std::vector<std::int32_t> alive_ids_;
  std::string names_;
  std::string key_;
};

// Normalised TUIO coordinates -> px of a window `width` x `height` px. Positions outside 0..1
// (trackers overshoot at the edges) are clamped onto the window rather than ignored: an Up that
// was ignored would leave its token held.
ScreenPoint TuioToWindow(float x, float y, float width, float height);

// A contact's longest extent in px of a window `width` x `height` px: its blob's width or height
// (normalised, turned by its angle) measured in the window's px; 0 for a contact no blob
// described. Sizes outside 0..1 are clamped, as positions are.
float TuioSizeToWindow(const TuioEvent& e, float width, float height);

}  // namespace pps
