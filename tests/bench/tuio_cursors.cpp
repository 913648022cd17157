// SPDX-License-Identifier: EUPL-1.2
#include "tuio_cursors.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <oscpack/ip/UdpSocket.h>
#include <oscpack/osc/OscOutboundPacketStream.h>
#include <sys/socket.h>
#include <unistd.h>

#include <exception>

namespace pps::bench {

TuioCursors::TuioCursors(int port) {
  try {
    socket_ = std::make_unique<UdpTransmitSocket>(IpEndpointName("127.0.0.1", port));
  } catch (const std::exception& e) {
    error_ = "TUIO: cannot send to 127.0.0.1:" + std::to_string(port) + ": " + e.what();
  }
}

TuioCursors::~TuioCursors() = default;

void TuioCursors::Send(const std::vector<TuioCursor>& cursors) {
  if (!socket_) return;
  char buffer[4096];
  osc::OutboundPacketStream p(buffer, sizeof buffer);
  p << osc::BeginBundleImmediate;
  p << osc::BeginMessage("/tuio/2Dcur") << "source"
    << "pps-bench" << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dcur") << "alive";
  for (const TuioCursor& c : cursors) p << static_cast<osc::int32>(c.session);
  p << osc::EndMessage;
  for (const TuioCursor& c : cursors)
    p << osc::BeginMessage("/tuio/2Dcur") << "set" << static_cast<osc::int32>(c.session) << c.x
      << c.y << 0.0f << 0.0f << 0.0f << osc::EndMessage;
  p << osc::BeginMessage("/tuio/2Dcur") << "fseq" << static_cast<osc::int32>(++fseq_)
    << osc::EndMessage;
  p << osc::EndBundle;
  socket_->Send(p.Data(), p.Size());
}

int FreeUdpPort() {
  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) return 0;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof a;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0)
    port = ntohs(a.sin_port);
  close(fd);
  return port;
}

}  // namespace pps::bench
