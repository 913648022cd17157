// SPDX-License-Identifier: EUPL-1.2
#include "core/report/report.h"

#include <ctime>

#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

#include "core/io/app_version.h"
#include "core/io/atomic_file.h"
#include "core/model/because.h"
#include "core/model/classify.h"
#include "core/model/content.h"
#include "core/report/report_writer.h"

namespace pps {

namespace {

// The report's words, in one language.
struct Words {
  const Content& content;
  Language language;

  std::string operator()(Str s) const { return content.strings.Get(s, language); }
  std::string operator()(const LocalText& text) const { return text.In(language); }
  std::string TypeName(PpsType type) const { return content.model.Of(type).name.In(language); }
  // A number in this language: a decimal comma in Dutch.
  std::string Number(const char* format, double value) const {
    return Decimal(format, value, language);
  }
};

// `text` with a small first letter: "Formeel leren" inside a phrase.
std::string Lowered(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

// "zwaartepunt" and "activiteiten" begin a sentence in the sidebar's words but head a line here.
std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// How far along one axis a point lies, in the model's words: "duidelijk formeel leren", "licht
// buiten", or "op de as".
std::string AxisPlace(const Words& words, Axis axis, double v) {
  const AxisInfo& info = words.content.model.AxisOf(axis);
  const double far = v < 0.0 ? -v : v;
  if (far < 0.1) return words(Str::PlaceOnAxis);
  const Str degree = far < 0.35  ? Str::PlaceSlightly
                     : far < 0.7 ? Str::PlaceClearly
                                 : Str::PlaceStrongly;
  return words(degree) + " " + Lowered(words(v > 0.0 ? info.positive_end : info.negative_end));
}

// Where a point is on the board: in words along both axes, then the board units in brackets.
std::string PlaceText(const Words& words, BoardPoint p) {
  return AxisPlace(words, Axis::Formal, p.formal) + ", " +
         AxisPlace(words, Axis::Outside, p.outside) + " (" + words.Number("%+.2f", p.formal) +
         " \xC2\xB7 " + words.Number("%+.2f", p.outside) + ")";
}

// The quadrants a point lies in (two or four when it sits on an axis, as Classify splits its
// weight), by type name, and the axis ends it leans to.
std::string QuadrantText(const Words& words, BoardPoint p) {
  const Model& m = words.content.model;
  std::string names, ends;
  for (int f : {1, -1})
    for (int o : {1, -1}) {
      if ((p.formal != 0.0 && f != SideOf(p.formal)) ||
          (p.outside != 0.0 && o != SideOf(p.outside)))
        continue;
      names += (names.empty() ? "" : " / ") + words.TypeName(TypeAt(m, f, o));
    }
  const auto end = [&](Axis axis, double v) {
    if (v == 0.0) return;
    const AxisInfo& info = m.AxisOf(axis);
    ends += (ends.empty() ? "" : ", ") + words(v > 0.0 ? info.positive_end : info.negative_end);
  };
  end(Axis::Formal, p.formal);
  end(Axis::Outside, p.outside);
  return ends.empty() ? names : names + " (" + ends + ")";
}

void TypeHeading(ReportWriter& w, const Words& words, const Classification& c) {
  const Model& m = words.content.model;
  if (!c.type) {
    w.Heading(2, words(Str::EmptyBoardTitle));
    w.Paragraph(words(Str::EmptyBoardHint));
    return;
  }
  const TypeInfo& info = m.Of(*c.type);
  w.Heading(
      2,
      words(Str::TypeNumber) + " " + std::to_string(info.number) + ": " + words.TypeName(*c.type),
      info.accent);
  w.Aside(words.content.guidance.Of(*c.type).In(words.language).tagline);
  if (c.grensgeval) {
    w.Heading(3, words(Str::Grensgeval));
    w.Paragraph(words(Str::GrensgevalBetween));
    std::vector<std::string> neighbours;
    for (int i = 0; i < c.neighbour_count; ++i)
      neighbours.push_back(words.TypeName(c.neighbours[i]));
    w.Bullets(neighbours);
  }
}

// The numbers under the type, each with the model's reading of it in the sidebar's words.
void Reading(ReportWriter& w, const Words& words, const Sketch& sketch, const Classification& c) {
  if (!c.type) return;
  const Model& m = words.content.model;
  w.Heading(3, words(Str::Reading));
  w.Field(Capitalized(words(Str::Zwaartepunt)), PlaceText(words, c.zwaartepunt));
  const Stability stability = StabilityOf(m, c);
  w.Field(words(Str::Stability), words(stability == Stability::Firm       ? Str::StabilityFirm
                                       : stability == Stability::Moderate ? Str::StabilityModerate
                                                                          : Str::StabilityFragile) +
                                     " (" + words.Number("%.2f", c.axis_distance) + ")");
  w.Field(words(Str::Spread), words(SpreadWide(m, c) ? Str::SpreadWide : Str::SpreadNarrow) + " (" +
                                  words.Number("%.2f", c.spread) + ")");
  if (const Sketch* nearest = NearestCase(words.content, sketch, c))
    w.Field(words(Str::NearestCase), words(nearest->name));
  std::vector<ShareRow> shares;
  for (PpsType type : kAllTypes)
    shares.push_back({words.TypeName(type), c.shares[Index(type)], m.Of(type).accent});
  w.Shares(words(Str::Shares), shares);
}

void Activities(ReportWriter& w, const Words& words, const Sketch& sketch) {
  const Model& m = words.content.model;
  w.Heading(2, Capitalized(words(Str::Tokens)) + " (" + std::to_string(sketch.tokens.size()) + ")");
  std::vector<TableRow> rows;
  for (const Token& t : sketch.tokens) {
    const std::string& note = t.note;
    const PpsType quadrant = TypeAt(m, SideOf(t.position.formal), SideOf(t.position.outside));
    rows.push_back({{words(t.label), PlaceText(words, t.position), QuadrantText(words, t.position),
                     words.Number("%.3g", t.weight), note.empty() ? "\xE2\x80\x94" : note},
                    2,
                    m.Of(quadrant).color});
  }
  w.Table({words(Str::Activity), words(Str::Place), words(Str::Quadrant), words(Str::Weight),
           words(Str::Note)},
          rows);
  w.Aside(words(Str::WeightNote));  // the publication plots activities without weights
}

// What a type asks of a partnership, as the sidebar shows it, on a page of its own.
void TypeGuidanceSection(ReportWriter& w, const Words& words, PpsType type, bool primary) {
  const TypeGuidance& guidance = words.content.guidance.Of(type);
  const GuidanceText& g = guidance.In(words.language);
  w.BeginPart();
  w.Heading(2, words(primary ? Str::Guidance : Str::AlsoType) + ": " + words.TypeName(type),
            words.content.model.Of(type).accent);
  w.Aside(g.tagline);
  if (!g.summary.empty()) w.Paragraph(g.summary);
  if (!g.propositions.empty()) {
    w.Heading(3, words(Str::Propositions));
    w.Bullets(g.propositions);
  }
  // Preconditions and pitfalls under the publication's numbered headings, as in the sidebar.
  for (const auto& [title, groups] : {std::pair{Str::Preconditions, &g.preconditions},
                                      std::pair{Str::Pitfalls, &g.pitfalls}}) {
    if (groups->empty()) continue;
    w.Heading(3, words(title));
    int number = 0;
    for (const HeadedGroup& group : *groups) {
      w.Heading(4, std::to_string(++number) + ". " + group.heading);
      w.Bullets(group.items);
    }
  }
  std::vector<std::string> examples;
  for (const std::string& id : guidance.examples)
    if (const Sketch* example = FindCase(words.content, id))
      examples.push_back(words(example->name));
  if (!examples.empty()) {
    w.Heading(3, words(Str::Examples));
    w.Bullets(examples);
  }
}

// A story line step by step: each step's caption, the type after it, and why it did what it did.
void StorySection(ReportWriter& w, const Words& words, const Story& story) {
  const Content& content = words.content;
  w.BeginPart();
  w.Heading(2, words(Str::StoryLine) + ": " + words(story.name));
  if (!story.description.In(words.language).empty()) w.Paragraph(words(story.description));
  Classification before;
  for (std::size_t k = 0; k <= story.steps.size(); ++k) {
    const Classification after = Classify(content.model, StoryBoard(story, k).tokens);
    const std::string caption = k == 0 ? words(Str::StoryStart)
                                       : words(Str::StoryStepOf) + " " + std::to_string(k) + ": " +
                                             words(story.steps[k - 1].caption);
    w.Heading(3, caption, after.type ? content.model.Of(*after.type).accent : 0);
    w.Field(words(Str::TypeNumber),
            after.type ? words.TypeName(*after.type) : words(Str::EmptyBoardTitle));
    if (k > 0) w.Paragraph(Because(content, before, after, words.language));
    before = after;
  }
}

std::string SketchTitle(const Content& content, const Sketch& sketch, Language language) {
  const std::string& name = sketch.name.In(language);
  return name.empty() ? content.strings.Get(Str::NewSketch, language) : name;
}

std::string Summary(ReportWriter& w, const Content& content, const Sketch& sketch,
                    Language language, std::string_view board_png, const Story* story,
                    std::time_t made) {
  const Words words{content, language};
  const Classification c = Classify(content.model, sketch.tokens);
  // "Report from PPS Canvas 0.1.0, made on 7 December 2026": which app, which version of it,
  // read the board this way, and when.
  w.Title(SketchTitle(content, sketch, language), words(Str::ReportFrom) + " " + AppVersion() +
                                                      ", " + words(Str::ReportMade) + " " +
                                                      DateText(made, language));
  if (!sketch.description.In(language).empty()) w.Paragraph(words(sketch.description));
  w.Picture(board_png, words(Str::BoardPicture));
  TypeHeading(w, words, c);
  Reading(w, words, sketch, c);
  Activities(w, words, sketch);
  if (story) StorySection(w, words, *story);
  if (c.type) TypeGuidanceSection(w, words, *c.type, true);
  for (int i = 0; i < c.neighbour_count; ++i) TypeGuidanceSection(w, words, c.neighbours[i], false);
  return w.Finish();
}

}  // namespace

std::string DateText(std::time_t when, Language language) {
  static constexpr const char* kNl[] = {"januari",   "februari", "maart",    "april",
                                        "mei",       "juni",     "juli",     "augustus",
                                        "september", "oktober",  "november", "december"};
  static constexpr const char* kEn[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  std::tm local{};
  if (!localtime_r(&when, &local)) return {};
  const char* month = (language == Language::Dutch ? kNl : kEn)[local.tm_mon];
  return std::to_string(local.tm_mday) + " " + month + " " + std::to_string(1900 + local.tm_year);
}

std::optional<ReportFormat> ReportFormatOf(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  std::string extension(path.substr(dot + 1));
  for (char& ch : extension)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
  if (extension == "png") return ReportFormat::Png;
  if (extension == "md" || extension == "markdown") return ReportFormat::Markdown;
  if (extension == "html" || extension == "htm") return ReportFormat::Html;
  return std::nullopt;
}

std::string ReportMarkdown(const Content& content, const Sketch& sketch, Language language,
                           const Story* story, std::time_t made) {
  return Summary(*MarkdownWriter(), content, sketch, language, {}, story, made);
}

std::string ReportHtml(const Content& content, const Sketch& sketch, Language language,
                       std::string_view board_png, const Story* story, std::time_t made) {
  return Summary(*HtmlWriter(language, SketchTitle(content, sketch, language)), content, sketch,
                 language, board_png, story, made);
}

Error WriteReport(const std::string& path, const Content& content, const Sketch& sketch,
                  Language language, std::string_view board_png, const Story* story,
                  std::time_t made) {
  const std::optional<ReportFormat> format = ReportFormatOf(path);
  if (!format)
    return path + ": cannot tell what to export from its name: end it in .png, .md or .html";
  if (*format == ReportFormat::Png && board_png.empty())
    return path + ": there is no picture of the board to write (it needs a window)";
  switch (*format) {
    case ReportFormat::Png:
      return WriteFileAtomically(path, board_png);
    case ReportFormat::Markdown:
      return WriteFileAtomically(path, ReportMarkdown(content, sketch, language, story, made));
    case ReportFormat::Html:
      return WriteFileAtomically(path,
                                 ReportHtml(content, sketch, language, board_png, story, made));
  }
  return path + ": unknown report format";
}

}  // namespace pps
