// SPDX-License-Identifier: EUPL-1.2
#pragma once
// TUIO over UDP: a socket and a thread that turn datagrams into pointer events on the app's one
// queue, in px of the window, and wake the frame loop. The decoding is the core's TuioDecoder;
// this file only owns the socket, the thread and the clock.

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

#include "core/input/input_queue.h"
#include "ui/state/messages.h"

struct GLFWwindow;

namespace pps {

class TuioReceiver {
 public:
  explicit TuioReceiver(InputQueue& queue) : queue_(queue) {}
  ~TuioReceiver() { Stop(); }
  TuioReceiver(const TuioReceiver&) = delete;
  TuioReceiver& operator=(const TuioReceiver&) = delete;

  // Listens on host:port (UDP) and starts the thread; `window` is open (its size maps TUIO's
  // 0..1 to px). When it cannot (port in use, unknown host), says so in `messages` and on stderr
  // and returns false: the app runs on without TUIO.
  bool Start(GLFWwindow* window, const std::string& host, int port, Messages& messages);

  // Once a frame, on the frame loop's thread: takes the window's size now, and reports packets
  // dropped as malformed since the last frame to `messages` (the message's count says how many).
  void Update(GLFWwindow* window, Messages& messages);

  // Stops the thread and closes the socket; returns within about kPollMs. Call it before the
  // window and GLFW go: the thread wakes the frame loop through GLFW.
  void Stop();

  static constexpr int kPollMs = 100;

 private:
  void Run();

  InputQueue& queue_;
  int fd_ = -1;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<std::uint64_t> window_size_{0};  // px: width << 32 | height
  std::atomic<std::uint64_t> malformed_{0};    // payloads dropped, written by the thread
  std::uint64_t reported_ = 0;                 // of those, told to Messages (frame loop only)
};

}  // namespace pps
