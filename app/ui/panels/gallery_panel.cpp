// SPDX-License-Identifier: EUPL-1.2
#include "ui/panels/gallery_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "core/input/text_edit.h"
#include "core/model/board_geometry.h"
#include "core/model/classify.h"
#include "ui/panels/story_panel.h"
#include "ui/panels/text_entry.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace pps {

namespace {

// Reads the folder and the bin again, and classifies each sketch once for its card.
void Refresh(GalleryState& g, const Model& model) {
  g.stale = false;
  g.listing = ListSketches(g.folder);
  g.bin = g.folder.empty() ? SketchListing{} : ListSketches(BinFolder(g.folder));
  g.types.clear();
  for (const SavedSketch& s : g.listing.sketches)
    g.types.push_back(Classify(model, s.tokens).type);
  ArrangeSlots(g.cards, g.listing.sketches, g.copied_from);
  ArrangeSlots(g.binned, g.bin.sketches, {});
}

// Where a card or a row that went stood: as high as it was, with what became of it, and
// nothing to tap.
void Gap(const Ui& ui, const GallerySlot& slot, const char* what) {
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddRect(a, ImVec2(a.x + width, a.y + slot.height), kAxisInk,
                                      6.0f * ui.scale, 0, 1.0f * ui.scale);
  ImGui::SetCursorScreenPos(
      ImVec2(a.x + 8.0f * ui.scale, a.y + (slot.height - ImGui::GetTextLineHeight()) * 0.5f));
  ImGui::TextDisabled("%s  \xC2\xB7  %s", slot.name.c_str(), what);
  ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + slot.height));
  ImGui::Dummy(ImVec2(width, 0.0f));
}

// The board in small: the four quadrants in their colours and a dot per token, sized by weight.
void BoardPicture(ImDrawList* draw, const Ui& ui, const std::vector<Token>& tokens, ImVec2 a,
                  float size) {
  const Model& m = ui.content.model;
  BoardRect rect;
  rect.min = {a.x, a.y};
  rect.max = {a.x + size, a.y + size};
  const ScreenPoint centre = rect.Center();
  for (PpsType type : kAllTypes) {
    const TypeInfo& info = m.Of(type);
    const ScreenPoint corner = BoardToScreen(
        m.layout, rect,
        {static_cast<double>(info.formal_sign), static_cast<double>(info.outside_sign)});
    draw->AddRectFilled(ImVec2(std::min(corner.x, centre.x), std::min(corner.y, centre.y)),
                        ImVec2(std::max(corner.x, centre.x), std::max(corner.y, centre.y)),
                        Rgb(info.color));
  }
  draw->AddLine(ImVec2(centre.x, a.y), ImVec2(centre.x, a.y + size), kAxisInk);
  draw->AddLine(ImVec2(a.x, centre.y), ImVec2(a.x + size, centre.y), kAxisInk);
  const float s = ui.scale;
  for (const Token& t : tokens) {
    const ScreenPoint p = BoardToScreen(m.layout, rect, t.position);
    const float r = std::min(7.0f * s, 2.5f * s * std::sqrt(static_cast<float>(t.weight)));
    draw->AddCircleFilled(ImVec2(p.x, p.y), r, kInk);
  }
  draw->AddRect(a, ImVec2(a.x + size, a.y + size), kAxisInk);
}

// When the file was last changed, in local time.
void ModifiedText(std::int64_t modified_ns) {
  const std::time_t seconds = static_cast<std::time_t>(modified_ns / 1000000000);
  std::tm local{};
  char text[32] = "";
  if (localtime_r(&seconds, &local)) std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  ImGui::TextDisabled("%s", text);
}

// One kept sketch: its picture, name, type and when it changed, then its six buttons. `i` is
// its place, which names its buttons.
void Card(const Ui& ui, const GalleryState& g, const Sketch& board, TextEntry& entry, std::size_t i,
          GallerySlot& slot) {
  const SavedSketch& sketch = g.listing.sketches[static_cast<std::size_t>(slot.index)];
  const std::size_t listed = static_cast<std::size_t>(slot.index);
  const float s = ui.scale;
  const float pad = 8.0f * s, picture = 88.0f * s, button_h = 44.0f * s;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The card's background goes under its content, whose height is known only once laid out.
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  BoardPicture(draw, ui, sketch.tokens, ImVec2(a.x + pad, a.y + pad), picture);

  ImGui::SetCursorScreenPos(ImVec2(a.x + pad + picture + 2 * pad, a.y + pad));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(a.x + width - pad - ImGui::GetWindowPos().x + ImGui::GetScrollX());
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(sketch.name.c_str());
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  const std::optional<PpsType> type = listed < g.types.size() ? g.types[listed] : std::nullopt;
  if (type) {
    const TypeInfo& info = ui.content.model.Of(*type);
    ImGui::PushStyleColor(ImGuiCol_Text, Rgb(info.accent));
    ImGui::TextUnformatted(info.name.In(ui.language).c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("%s", S(ui, Str::EmptyBoardTitle));
  }
  ModifiedText(sketch.modified_ns);
  ImGui::EndGroup();

  const float row_y = std::max(a.y + pad + picture, ImGui::GetItemRectMax().y) + gap;
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad, row_y));
  const float w = (width - 2 * pad - 3 * gap) / 4.0f;
  char label[96];
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
  std::snprintf(label, sizeof label, "%s##gopen%zu", S(ui, Str::GalleryOpen), i);
  if (TouchButton(ui, label, ImVec2(w, button_h)))
    ui.Ask(Command::OnFile(CommandKind::OpenSaved, sketch.path));
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##gdup%zu", S(ui, Str::GalleryDuplicate), i);
  if (TouchButton(ui, label, ImVec2(w, button_h)))
    ui.Ask(Command::OnFile(CommandKind::DuplicateSaved, sketch.path));
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##gren%zu", S(ui, Str::GalleryRename), i);
  if (TouchButton(ui, label, ImVec2(w, button_h)))
    BeginTextEntry(entry, CommandKind::RenameSaved, sketch.path, sketch.name,
                   Str::RenameSketchTitle, kMaxSketchNameChars);
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##grem%zu", S(ui, Str::GalleryRemove), i);
  if (TouchButton(ui, label, ImVec2(w, button_h)))
    ui.Ask(Command::OnFile(CommandKind::RemoveSaved, sketch.path));
  // Its chips and zwaartepunt faintly under the board (ui/board/board_view.h), again: off; and a
  // copy to take elsewhere, as a story's Exporteer.
  const float row2_y = row_y + button_h + gap;
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad, row2_y));
  const ImVec2 half((width - 2 * pad - gap) / 2.0f, button_h);
  std::snprintf(label, sizeof label, "%s##gcompare%zu", S(ui, Str::CompareSketch), i);
  const bool compared = g.compare_file == sketch.path;
  if (TouchButton(ui, label, half, compared ? 0x3A4A5C : 0, compared))
    ui.Ask(Command::OnFile(CommandKind::CompareSaved, sketch.path));
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##gexport%zu", S(ui, Str::ExportStory), i);
  if (TouchButton(ui, label, half)) ui.Ask(Command::OnFile(CommandKind::ExportSaved, sketch.path));
  ImGui::PopStyleVar();
  const ImVec2 b(a.x + width, row2_y + button_h + pad);
  draw->ChannelsSetCurrent(0);
  const bool on_board = !sketch.path.empty() && sketch.path == board.file;
  draw->AddRectFilled(a, b, IM_COL32(0, 0, 0, on_board ? 22 : 10), 6.0f * s);
  if (on_board) draw->AddRect(a, b, kAxisInk, 6.0f * s, 0, 2.0f * s);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(a.x, b.y));
  ImGui::Dummy(ImVec2(width, 0.0f));
  slot.height = b.y - a.y;
}

// `path` with the home folder written as "~", as people know it.
std::string Short(const std::string& path) {
  const char* home = std::getenv("HOME");
  const std::size_t n = home ? std::strlen(home) : 0;
  if (n > 1 && path.compare(0, n, home) == 0 && path.size() > n && path[n] == '/')
    return "~" + path.substr(n);
  return path;
}

// The removed sketches, the most lately removed first, each with Restore.
void Bin(const Ui& ui, GalleryState& g) {
  if (g.binned.empty()) return;
  ImGui::Spacing();
  ImGui::Separator();
  PushFont(ui.fonts.bold);
  ImGui::Text("%s (%zu)", S(ui, Str::GalleryBin), g.bin.sketches.size());
  ImGui::PopFont();
  const float s = ui.scale;
  const float button_w = 150.0f * s;
  char label[96];
  for (std::size_t i = 0; i < g.binned.size(); ++i) {
    GallerySlot& slot = g.binned[i];
    slot.height = 44.0f * s;
    if (slot.index < 0) {
      Gap(ui, slot, S(ui, Str::GalleryRestored));
      continue;
    }
    const SavedSketch& binned = g.bin.sketches[static_cast<std::size_t>(slot.index)];
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(a, ImVec2(a.x + width - button_w - 8.0f * s, a.y + 44.0f * s), true);
    ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + (44.0f * s - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(binned.name.c_str());
    ImGui::PopClipRect();
    ImGui::SetCursorScreenPos(ImVec2(a.x + width - button_w, a.y));
    std::snprintf(label, sizeof label, "%s##grest%zu", S(ui, Str::GalleryRestore), i);
    if (TouchButton(ui, label, ImVec2(button_w, 44.0f * s)))
      ui.Ask(Command::OnFile(CommandKind::RestoreSaved, binned.path));
  }
}

}  // namespace

void DrawGallery(const Ui& ui, GalleryState& g, const Sketch& board, TextEntry& entry,
                 bool recording) {
  // Not while a button is held: its card must still be where it was when it is let go, or the
  // release would act on whichever sketch moved into its place.
  if (g.stale && !ImGui::IsAnyItemActive()) Refresh(g, ui.content.model);
  const float s = ui.scale;
  // Keep the board as a sketch, record a story line from it, or leave: right under the type's
  // name, where the sidebar without the gallery has no button, so that Klaar puts none under
  // the finger.
  const float third =
      (ImGui::GetContentRegionAvail().x - 2.0f * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  ImGui::BeginDisabled(g.folder.empty());
  if (TouchButton(ui, S(ui, Str::SaveAs), ImVec2(third, 44.0f * s))) {
    BeginTextEntry(entry, CommandKind::SaveSketchAs, {}, board.name.In(ui.language),
                   Str::SaveAsTitle, kMaxSketchNameChars);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  RecordButton(ui, g, recording, ImVec2(third, 44.0f * s));
  ImGui::SameLine();
  char done[96];
  std::snprintf(done, sizeof done, "%s##close_gallery", S(ui, Str::Done));
  if (TouchButton(ui, done, ImVec2(third, 44.0f * s))) ui.Ask({CommandKind::CloseGallery});
  ImGui::Separator();
  PushFont(ui.fonts.heading);
  ImGui::TextUnformatted(S(ui, Str::GalleryTitle));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", S(ui, Str::GalleryHint));
  ImGui::PopTextWrapPos();
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;

  // The board's own name and description, typed like everything else; each one undo step.
  ImGui::PushTextWrapPos(0.0f);
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(board.name.In(ui.language).c_str());
  ImGui::PopFont();
  if (!board.description.In(ui.language).empty())
    ImGui::TextUnformatted(board.description.In(ui.language).c_str());
  ImGui::PopTextWrapPos();
  char label[96];
  std::snprintf(label, sizeof label, "%s##sketch_name", S(ui, Str::EditSketchName));
  if (TouchButton(ui, label, ImVec2(half, 44.0f * s)))
    BeginTextEntry(entry, CommandKind::SetSketchName, {}, board.name.In(ui.language),
                   Str::SketchNameTitle, kMaxSketchNameChars);
  ImGui::SameLine();
  std::snprintf(label, sizeof label, "%s##sketch_description",
                S(ui, Str::EditSketchDescription));
  if (TouchButton(ui, label, ImVec2(half, 44.0f * s)))
    BeginTextEntry(entry, CommandKind::SetSketchDescription, {},
                   board.description.In(ui.language), Str::SketchDescriptionTitle,
                   kMaxDescriptionChars);

  // Always a line, linked or not: binning the open sketch must not move the cards below.
  ImGui::PushTextWrapPos(0.0f);
  if (!board.file.empty())
    ImGui::TextDisabled("%s %s", S(ui, Str::SavedIn), Short(board.file).c_str());
  else ImGui::TextDisabled("%s", S(ui, Str::NotASketch));
  if (g.folder.empty()) ImGui::TextUnformatted(S(ui, Str::GalleryNoFolder));
  else if (g.cards.empty()) ImGui::TextDisabled("%s", S(ui, Str::GalleryEmpty));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 30, 30, 255));
  for (const std::string& e : g.listing.errors) ImGui::TextUnformatted(e.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  for (std::size_t i = 0; i < g.cards.size(); ++i) {
    if (g.cards[i].index >= 0) Card(ui, g, board, entry, i, g.cards[i]);
    else Gap(ui, g.cards[i], S(ui, Str::CardGone));
  }
  Bin(ui, g);
  DrawStoryLines(ui, g, entry);
}

void DrawFileConflict(const Ui& ui, const GalleryState& g, const Sketch& board) {
  if (g.conflict.empty() || g.conflict != board.file) return;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 30, 30, 255));
  PushFont(ui.fonts.bold);
  ImGui::TextUnformatted(S(ui, Str::FileChanged));
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(S(ui, Str::FileChangedHint));
  ImGui::TextDisabled("%s", g.conflict.c_str());
  ImGui::PopTextWrapPos();
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (TouchButton(ui, S(ui, Str::KeepBoth), ImVec2(half, 44.0f * ui.scale)))
    ui.Ask({CommandKind::KeepBothFiles});
  ImGui::SameLine();
  if (TouchButton(ui, S(ui, Str::LoadTheirs), ImVec2(half, 44.0f * ui.scale)))
    ui.Ask({CommandKind::LoadTheirs});
  ImGui::Separator();
}

}  // namespace pps
