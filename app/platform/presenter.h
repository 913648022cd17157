// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Draws each frame into the back buffer and puts it on screen. Where the CPU draws (llvmpipe,
// softpipe) and the driver can copy part of the back buffer to the window
// (GLX_MESA_copy_sub_buffer), a frame draws and copies only the rects that changed since the
// last one (ui/frame/frame_damage): the back buffer is not swapped, so it keeps every pixel; a frame at
// a new window size is drawn whole and swapped. A GPU fills a screen in well under a
// millisecond: there, and with --whole-frames, every frame is drawn whole and swapped.

#include <imgui.h>

#include <cstdint>
#include <vector>

#include "ui/frame/frame_damage.h"

struct GLFWwindow;

namespace pps {

class Presenter {
 public:
  // Chooses how frames reach `window`, whose GL context is current.
  void Start(GLFWwindow* window, bool whole_frames);
  void Stop();

  // Frames draw only what changed.
  bool Partial() const { return copy_sub_buffer_ != nullptr; }

  // Draws `data` over `paper` into the back buffer: all of it, or, when `partial` (and Partial()),
  // only what changed since the frame drawn before. `fill` and `changed` (px) as for
  // FrameDamage::Update().
  void Draw(ImDrawData& data, ImU32 paper, bool partial, ImDrawCallback fill,
            const std::vector<PixelRect>& changed);

  // Shows what Draw() drew: a swap, or a copy of the rects that changed.
  void Show();

  // The share of the screen the last Draw() drew, 0 to 1 (for --frame-log).
  double Drawn() const;

  // How often the window has lost its pixels on screen (mapped, uncovered) so far; the frame
  // after each is drawn whole.
  long Exposures() const;

  // Waits until the X server has done what the frames shown so far asked of it: a screen grab
  // taken after this returns shows them (for a test that looks at the screen next).
  void WaitForServer() const;

 private:
  using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int width,
                                 int height);
  GLFWwindow* window_ = nullptr;
  void* display_ = nullptr;     // X's Display
  unsigned long drawable_ = 0;  // the GLX window
  CopySubBuffer copy_sub_buffer_ = nullptr;
  bool drew_partial_ = false;   // the last Draw() drew only rects_
  int width_ = 0, height_ = 0;  // px, the framebuffer's, at the last Draw()
  FrameDamage damage_;
  DamageClip clip_;
  std::vector<PixelRect> rects_;  // what the last partial Draw() drew
};

}  // namespace pps
