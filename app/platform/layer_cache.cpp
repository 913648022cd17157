// SPDX-License-Identifier: EUPL-1.2
#include "platform/layer_cache.h"

#include <backends/imgui_impl_opengl3.h>

#include <cstdint>
#include "platform/gl.h"

#include "ui/frame/frame_damage.h"

namespace pps {

namespace {

// The layer's colours are premultiplied (drawn with ImGui's blending onto transparent black):
// composite them "over" what is below as such.
void BlendPremultiplied(const ImDrawList*, const ImDrawCmd*) {
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void DisableBlending(const ImDrawList*, const ImDrawCmd*) {
  glDisable(GL_BLEND);
}

// Clears the command's clip rect (display px, turned already when the view is) to the colour in
// its callback data: the pixels whose centres lie inside, as a filled rectangle covers them.
void FillClipRect(const ImDrawList*, const ImDrawCmd* cmd) {
  const ImDrawData* data = ImGui::GetDrawData();
  const ImVec2 scale = data->FramebufferScale, origin = data->DisplayPos;
  const int height = static_cast<int>(data->DisplaySize.y * scale.y);
  const ImVec4& clip = cmd->ClipRect;
  const PixelRect r =
      FillPixels(ImVec4((clip.x - origin.x) * scale.x, (clip.y - origin.y) * scale.y,
                        (clip.z - origin.x) * scale.x, (clip.w - origin.y) * scale.y));
  if (r.Empty()) return;
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(
      static_cast<ImU32>(reinterpret_cast<std::uintptr_t>(cmd->UserCallbackData)));
  glEnable(GL_SCISSOR_TEST);
  glScissor(r.x0, height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
  glClearColor(c.x, c.y, c.z, c.w);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace

bool GlLayerCache::Init() {
  Target probe;
  const bool works = Make(probe, 4, 4);
  Delete(probe);
  return works;
}

void GlLayerCache::Release() {
  for (Target& t : targets_) Delete(t);
}

bool GlLayerCache::Make(Target& t, int width, int height) {
  Delete(t);
  GLint texture = 0, framebuffer = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture);
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &framebuffer);
  glGenTextures(1, &t.texture);
  glBindTexture(GL_TEXTURE_2D, t.texture);
  // Nearest: each texel lands on one pixel of the screen, so filtering would only blur.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glGenFramebuffers(1, &t.framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, t.framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, t.texture, 0);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE &&
                        glGetError() == GL_NO_ERROR;
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(framebuffer));
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture));
  if (!complete) {
    Delete(t);
    return false;
  }
  t.width = width;
  t.height = height;
  return true;
}

void GlLayerCache::Delete(Target& t) {
  if (t.framebuffer) glDeleteFramebuffers(1, &t.framebuffer);
  if (t.texture) glDeleteTextures(1, &t.texture);
  t = Target{};
}

ImTextureID GlLayerCache::Render(int slot, const ImDrawList& list, ImVec2 origin, int width,
                                 int height) {
  if (slot < 0 || slot >= kSlots) return 0;
  Target& t = targets_[static_cast<std::size_t>(slot)];
  if ((t.width != width || t.height != height) && !Make(t, width, height)) return 0;
  ImDrawList* lists[] = {const_cast<ImDrawList*>(&list)};
  ImDrawData data;
  data.Valid = true;
  data.CmdLists = lists;
  data.CmdListsCount = 1;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.DisplayPos = origin;
  data.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  data.FramebufferScale = ImVec2(1.0f, 1.0f);
  // A press or a release changes a chip's worth of the layer: only that is drawn again (with
  // thousands of chips, drawing all of them costs a software renderer a tenth of a second).
  t.changed = t.damage.Update(data, nullptr);
  const auto texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(t.texture));
  if (t.changed.empty()) return texture;
  GLint framebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &framebuffer);
  GLfloat clear[4];
  glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
  const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
  glBindFramebuffer(GL_FRAMEBUFFER, t.framebuffer);
  glEnable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  for (const PixelRect& r : t.changed) {
    glScissor(r.x0, height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  t.clip.Apply(data, t.changed, nullptr);
  ImGui_ImplOpenGL3_RenderDrawData(&data);  // restores the viewport, blending and the rest
  t.clip.Restore(data);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(framebuffer));
  glClearColor(clear[0], clear[1], clear[2], clear[3]);
  if (!scissor) glDisable(GL_SCISSOR_TEST);
  return texture;
}

const std::vector<PixelRect>& GlLayerCache::Changed(int slot) const {
  static const std::vector<PixelRect> none;
  if (slot < 0 || slot >= kSlots) return none;
  return targets_[static_cast<std::size_t>(slot)].changed;
}

ImDrawCallback GlLayerCache::PremultipliedBlend() const {
  return BlendPremultiplied;
}

ImDrawCallback GlLayerCache::NoBlending() const {
  return DisableBlending;
}

ImDrawCallback GlLayerCache::SolidFill() const {
  return FillClipRect;
}

}  // namespace pps
