#include "ui/frame_input.h"

#include <imgui.h>

namespace pps {

void FeedImGui(const std::vector<InputEvent>& events) {
  ImGuiIO& io = ImGui::GetIO();
  for (const InputEvent& e : events) {
    switch (e.kind) {
      case InputKind::Pointer:
        if (e.pointer != kMousePointer) break;
        io.MousePos = ImVec2(e.at.x, e.at.y);
        if (e.phase == PointerPhase::Down) io.MouseDown[0] = true;
        if (e.phase == PointerPhase::Up) io.MouseDown[0] = false;
        if (e.phase == PointerPhase::Cancel)
          io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX), io.MouseDown[0] = false;
        break;
      case InputKind::Scroll:
        io.MouseWheel += e.scroll_y;
        io.MouseWheelH += e.scroll_x;
        break;
      case InputKind::Key:
        io.KeyCtrl = e.mods & kModCtrl;
        io.KeyShift = e.mods & kModShift;
        io.KeyAlt = e.mods & kModAlt;
        break;
    }
  }
}

}  // namespace pps
