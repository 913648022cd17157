// SPDX-License-Identifier: EUPL-1.2
#pragma once
// TUIO 1.1 cursors for the benchmark, sent over UDP as a tracker sends them: one bundle per
// frame with the alive list, a set message per cursor and an increasing fseq (as
// app/tools/tuio_send.cpp does).

#include <memory>
#include <string>
#include <vector>

class UdpTransmitSocket;

namespace pps::bench {

struct TuioCursor {
  int session = 1;           // the cursor's session id
  float x = 0.0f, y = 0.0f;  // normalised 0..1 of the window
};

class TuioCursors {
 public:
  // Sends to 127.0.0.1:`port`; Error() says when the socket could not be made.
  explicit TuioCursors(int port);
  ~TuioCursors();

  const std::string& Error() const { return error_; }

  // One TUIO frame: exactly `cursors` are down (an empty list lifts them all).
  void Send(const std::vector<TuioCursor>& cursors);

 private:
  std::unique_ptr<UdpTransmitSocket> socket_;
  int fseq_ = 0;  // one count for the whole run: a count that went back would be ignored
  std::string error_;
};

// A UDP port on 127.0.0.1 that nothing uses right now; 0 when none could be found.
int FreeUdpPort();

}  // namespace pps::bench
