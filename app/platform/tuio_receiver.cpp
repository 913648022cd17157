// SPDX-License-Identifier: EUPL-1.2
#include "platform/tuio_receiver.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <iostream>
#include <vector>

#include "core/input/tuio.h"
#include "platform/input.h"

namespace pps {

namespace {

constexpr double kDropWakeSeconds = 0.25;

constexpr const char* kMalformedMessage =
    "TUIO: malformed packets were dropped (the count says how many; details on stderr)";

// "address:port" of a datagram's sender: tells trackers apart, and names them on stderr.
std::string SenderName(const sockaddr_storage& from, socklen_t length) {
  char host[NI_MAXHOST], port[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&from), length, host, sizeof host, port,
                  sizeof port, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return "?";
  return std::string(host) + ":" + port;
}

// Whether `n` is 1, 10, 100, ...: when stderr hears about malformed packets, so a flood of them
// costs a few lines, not one per packet.
bool PowerOfTen(std::uint64_t n) {
  while (n >= 10 && n % 10 == 0) n /= 10;
  return n == 1;
}

}  // namespace

bool TuioReceiver::Start(GLFWwindow* window, const std::string& host, int port,
                         Messages& messages) {
  Stop();
  const std::string where = host + ":" + std::to_string(port);
  const auto fail = [&](const std::string& why) {
    const std::string text =
        "TUIO: cannot listen on " + where + ": " + why + "; the app runs without TUIO input";
    std::cerr << "pps-canvas: " << text << "\n";
    messages.Add(text);
    return false;
  };
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  const int gai =
      getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &found);
  if (gai != 0) return fail(gai_strerror(gai));
  int error = 0;
  for (const addrinfo* a = found; a && fd_ < 0; a = a->ai_next) {
    const int fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd >= 0 && bind(fd, a->ai_addr, a->ai_addrlen) == 0) {
      fd_ = fd;
    } else {
      error = errno;
      if (fd >= 0) close(fd);
    }
  }
  freeaddrinfo(found);
  if (fd_ < 0) return fail(std::strerror(error));

  int width = 0, height = 0;
  glfwGetWindowSize(window, &width, &height);
  window_size_ = static_cast<std::uint64_t>(width) << 32 | static_cast<std::uint32_t>(height);
  stop_ = false;
  thread_ = std::thread(&TuioReceiver::Run, this);
  std::cerr << "pps-canvas: TUIO: listening on " << where << " (UDP)\n";
  return true;
}

void TuioReceiver::Update(GLFWwindow* window, Messages& messages) {
  int width = 0, height = 0;
  glfwGetWindowSize(window, &width, &height);
  window_size_ = static_cast<std::uint64_t>(width) << 32 | static_cast<std::uint32_t>(height);
  const std::uint64_t total = malformed_.load();
  if (total > reported_)
    messages.Add(kMalformedMessage,
                 static_cast<int>(std::min<std::uint64_t>(total - reported_, INT_MAX)));
  reported_ = total;
}

void TuioReceiver::Stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

void TuioReceiver::Run() {
  TuioDecoder decoder;
  std::vector<TuioEvent> events;
  events.reserve(4 * TuioDecoder::kMaxCursors);
  std::vector<char> datagram(TuioDecoder::kMaxPacket);
  double last_drop_wake = -kDropWakeSeconds;
  while (!stop_) {
    pollfd p{fd_, POLLIN, 0};
    const int ready = poll(&p, 1, kPollMs);
    if (ready > 0 && (p.revents & POLLERR)) {  // a pending socket error: read it to clear it
      int error = 0;
      socklen_t length = sizeof error;
      getsockopt(fd_, SOL_SOCKET, SO_ERROR, &error, &length);
    }
    events.clear();
    bool dropped = false;
    // Everything waiting now, then one wake for all of it.
    while (ready > 0 && !stop_) {
      sockaddr_storage from{};
      socklen_t length = sizeof from;
      const ssize_t n = recvfrom(fd_, datagram.data(), datagram.size(), MSG_DONTWAIT,
                                 reinterpret_cast<sockaddr*>(&from), &length);
      if (n < 0) break;  // EAGAIN: nothing more for now (or an error that the next poll sees)
      const std::string sender = SenderName(from, length);
      if (decoder.Decode(datagram.data(), static_cast<std::size_t>(n), sender, glfwGetTime(),
                         events))
        continue;
      dropped = true;
      const std::uint64_t count = malformed_.fetch_add(1) + 1;
      if (PowerOfTen(count))
        std::cerr << "pps-canvas: TUIO: a malformed packet from " << sender << " was dropped ("
                  << decoder.LastError() << "); " << count << " so far\n";
    }
    const double now = glfwGetTime();
    decoder.Expire(now, events);
    // Drops wake the frame loop (to show the message) at most every kDropWakeSeconds: a flood
    // of garbage must not keep the app drawing.
    const bool tell_drops = dropped && now - last_drop_wake >= kDropWakeSeconds;
    if (events.empty() && !tell_drops) continue;
    if (tell_drops) last_drop_wake = now;
    const std::uint64_t size = window_size_.load();
    const auto width = static_cast<float>(size >> 32);
    const auto height = static_cast<float>(size & 0xffffffffu);
    for (const TuioEvent& e : events) {
      InputEvent pointer =
          PointerEvent(e.pointer, e.phase, TuioToWindow(e.x, e.y, width, height), now);
      pointer.size = TuioSizeToWindow(e, width, height);
      queue_.Push(pointer);
    }
    WakeFrameLoop();
  }
}

}  // namespace pps
