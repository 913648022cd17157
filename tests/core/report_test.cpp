// SPDX-License-Identifier: EUPL-1.2
// The report to take home (--export): what the Markdown and HTML summaries say, in both
// languages, for a clear type, a grensgeval and an empty board; escaping; the file it writes.

#include <catch2/catch.hpp>

#include <ctime>

#include <filesystem>

#include <fstream>
#include <sstream>

#include "core/cli/export_command.h"
#include "core/io/app_version.h"
#include "core/io/base64.h"
#include "core/model/because.h"
#include "core/model/classify.h"
#include "core/model/content.h"
#include "core/report/report.h"
#include "core/report/report_writer.h"
#include "test_support.h"

using namespace pps;
using pps::test::TempDir;

namespace {

const Content& Shipped() {
  static const Content content = LoadContent(PPS_DATA_DIR);
  REQUIRE(content.errors.empty());
  return content;
}

const Sketch& Case(const std::string& id) {
  const Sketch* c = FindCase(Shipped(), id);
  REQUIRE(c);
  return *c;
}

std::string S(Str s, Language language) {
  return Shipped().strings.Get(s, language);
}

std::string TypeName(PpsType type, Language language) {
  return Shipped().model.Of(type).name.In(language);
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Everything the sidebar says of `type`'s guidance shows in `report`, under its headings:
// paragraphs and list items escaped by `block`, headings by `in_line`.
template <typename Block, typename InLine>
void RequireGuidance(const std::string& report, PpsType type, Language language, Block block,
                     InLine in_line) {
  const GuidanceText& g = Shipped().guidance.Of(type).In(language);
  INFO("guidance of " << TypeId(type));
  CHECK(Count(report, block(g.summary)) >= 1);
  for (const std::string& item : g.propositions) CHECK(Count(report, block(item)) >= 1);
  REQUIRE_FALSE(g.preconditions.empty());
  int number = 0;
  for (const PreconditionGroup& group : g.preconditions) {
    CHECK(Count(report, in_line(std::to_string(++number) + ". " + group.heading)) >= 1);
    for (const std::string& item : group.items) CHECK(Count(report, block(item)) >= 1);
  }
  // The pitfalls under the publication's numbered "valkuilen" headings, numbered afresh.
  REQUIRE_FALSE(g.pitfalls.empty());
  number = 0;
  for (const PitfallGroup& group : g.pitfalls) {
    CHECK(Count(report, in_line(std::to_string(++number) + ". " + group.heading)) >= 1);
    for (const std::string& item : group.items) CHECK(Count(report, block(item)) >= 1);
  }
}

// How the Markdown report escapes text inside a line: a heading, a table cell.
std::string MdInline(const std::string& text) {
  return EscapeMarkdown(text, MarkdownPlace::Inline);
}

// The Markdown report's paragraphs and list items.
std::string MdBlock(const std::string& text) {
  return EscapeMarkdown(text);
}

// A sketch whose zwaartepunt lies just on the formal side of the formal axis, deep inside:
// an Opleider, and a grensgeval with the Ontwikkelaar.
Sketch Borderline() {
  Sketch s;
  s.name.nl = "Grens";
  for (double formal : {0.45, -0.35}) {
    Token t = pps::test::At(formal, -0.6);
    t.label.nl = formal > 0 ? "Formele kant" : "Non-formele kant";
    s.tokens.push_back(t);
  }
  return s;
}

}  // namespace

TEST_CASE("the Markdown report of a case says its type, reading, activities and guidance") {
  for (Language language : {Language::Dutch, Language::English}) {
    INFO((language == Language::Dutch ? "nl" : "en"));
    const Sketch& civ = Case("civ-water");
    const std::string md = ReportMarkdown(Shipped(), civ, language);
    CHECK(md.rfind("# " + MdInline(civ.name.In(language)) + "\n", 0) == 0);
    CHECK(Count(md, MdBlock(civ.description.In(language))) == 1);
    CHECK(Count(md, "## " + S(Str::TypeNumber, language) +
                        " 2: " + TypeName(PpsType::Opleider, language)) == 1);
    CHECK(Count(md, S(Str::Grensgeval, language)) == 0);
    for (Str label : {Str::Reading, Str::Stability, Str::Spread, Str::NearestCase, Str::Shares,
                      Str::Activity, Str::Place, Str::Quadrant, Str::Weight, Str::Note,
                      Str::Propositions, Str::Preconditions, Str::Pitfalls, Str::Guidance})
      CHECK(Count(md, S(label, language)) >= 1);
    // The model's reading, in the sidebar's words: CIV Water is fairly stable and spread wide.
    CHECK(Count(md, S(Str::StabilityModerate, language)) == 1);
    CHECK(Count(md, S(Str::SpreadWide, language)) == 1);
    CHECK(Count(md, "**" + S(Str::NearestCase, language) + ":** " +
                        Case("topcentrum-autoschadeherstel").name.In(language) + "\n") == 1);
    for (PpsType t : kAllTypes) CHECK(Count(md, "| " + TypeName(t, language) + " | ") == 1);
    CHECK(Count(md, "| " + TypeName(PpsType::Opleider, language) + " | 50% |") == 1);
    // Every activity, with its place and quadrant.
    for (const Token& t : civ.tokens)
      CHECK(Count(md, "| " + MdInline(t.label.In(language)) + " | ") == 1);
    CHECK(Count(md, "| Co-creatie sessies | ") + Count(md, "| Co-creation sessions | ") == 1);
    // Co-creatie sessies stands at formal -0.35: in words, then the number with the language's
    // decimal sign.
    CHECK(Count(md, language == Language::Dutch ? "duidelijk non-formeel leren"
                                                : "clearly non-formal learning") >= 1);
    CHECK(Count(md, language == Language::Dutch ? "(-0,35 \xC2\xB7 " : "(-0.35 \xC2\xB7 ") >= 1);
    // Under the activities: the weights are the app's estimate, not the publication's.
    CHECK(Count(md, MdBlock(S(Str::WeightNote, language))) == 1);
    RequireGuidance(md, PpsType::Opleider, language, MdBlock, MdInline);
    CHECK(Count(md, S(Str::AlsoType, language)) == 0);
  }
}

TEST_CASE("the report's words change with the language") {
  const std::string nl = ReportMarkdown(Shipped(), Case("civil"), Language::Dutch);
  const std::string en = ReportMarkdown(Shipped(), Case("civil"), Language::English);
  CHECK(Count(nl, "Randvoorwaarden en succesfactoren") == 1);
  CHECK(Count(nl, "Preconditions and success factors") == 0);
  CHECK(Count(en, "Preconditions and success factors") == 1);
  CHECK(Count(en, "Randvoorwaarden en succesfactoren") == 0);
  // Which app made it, with its version (a reader can tell which model read the board).
  // And when: the day, as people write it.
  CHECK(Count(nl, std::string("*Verslag uit PPS Canvas ") + AppVersion() + ", gemaakt op ") == 1);
  CHECK(Count(en, std::string("*Report from PPS Canvas ") + AppVersion() + ", made on ") == 1);
  CHECK(Count(ReportHtml(Shipped(), Case("civil"), Language::English, {}),
              std::string("Report from PPS Canvas ") + AppVersion() + ", made on ") == 1);
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  REQUIRE(localtime_r(&now, &local));
  CHECK(Count(nl, " " + std::to_string(1900 + local.tm_year) + "*\n") == 1);
  // The day it is made on, as given: noon on 5 March 2031, local time.
  std::tm march{};
  march.tm_year = 131, march.tm_mon = 2, march.tm_mday = 5, march.tm_hour = 12, march.tm_isdst = -1;
  const std::time_t made = std::mktime(&march);
  CHECK(Count(ReportMarkdown(Shipped(), Case("civil"), Language::Dutch, nullptr, made),
              "gemaakt op 5 maart 2031*") == 1);
  CHECK(Count(ReportHtml(Shipped(), Case("civil"), Language::English, {}, nullptr, made),
              "made on 5 March 2031") == 1);
  CHECK(ReportHtml(Shipped(), Case("civil"), Language::English, {}).find("<html lang=\"en\">") !=
        std::string::npos);
}

TEST_CASE("a grensgeval's report shows it, its neighbour, and the guidance of both types") {
  const Sketch s = Borderline();
  const Classification c = Classify(Shipped().model, s.tokens);
  REQUIRE(c.type == PpsType::Opleider);
  REQUIRE(c.grensgeval);
  REQUIRE(c.neighbour_count == 1);
  REQUIRE(c.neighbours[0] == PpsType::Ontwikkelaar);
  for (Language language : {Language::Dutch, Language::English}) {
    const std::string md = ReportMarkdown(Shipped(), s, language);
    CHECK(Count(md, "### " + S(Str::Grensgeval, language)) == 1);
    CHECK(Count(md, S(Str::GrensgevalBetween, language)) == 1);
    CHECK(Count(md, "- " + TypeName(PpsType::Ontwikkelaar, language) + "\n") == 1);
    CHECK(Count(md, "## " + S(Str::Guidance, language) + ": " +
                        TypeName(PpsType::Opleider, language)) == 1);
    CHECK(Count(md, "## " + S(Str::AlsoType, language) + ": " +
                        TypeName(PpsType::Ontwikkelaar, language)) == 1);
    CHECK(Count(md, "### " + S(Str::Preconditions, language)) == 2);
    RequireGuidance(md, PpsType::Opleider, language, MdBlock, MdInline);
    RequireGuidance(md, PpsType::Ontwikkelaar, language, MdBlock, MdInline);
    const std::string html = ReportHtml(Shipped(), s, language, {});
    CHECK(Count(html, "<h3>" + EscapeHtml(S(Str::Preconditions, language)) + "</h3>") == 2);
    CHECK(Count(html, "<section class=\"part\">") == 2);
    RequireGuidance(html, PpsType::Ontwikkelaar, language, EscapeHtml, EscapeHtml);
  }
}

TEST_CASE("a token on an axis lies in both quadrants it touches") {
  Sketch s;
  Token t = pps::test::At(0.0, -0.5);
  t.label.nl = "Op de as";
  s.tokens.push_back(t);
  const std::string md = ReportMarkdown(Shipped(), s, Language::Dutch);
  CHECK(Count(md,
              "| Op de as | op de as, duidelijk binnen (+0,00 \xC2\xB7 -0,50) | Opleider / "
              "Ontwikkelaar (Binnen) | 1 |") == 1);
}

TEST_CASE("an empty board's report says there is no type yet and gives no guidance") {
  Sketch empty;
  for (Language language : {Language::Dutch, Language::English}) {
    const std::string md = ReportMarkdown(Shipped(), empty, language);
    CHECK(md.rfind("# " + S(Str::NewSketch, language) + "\n", 0) == 0);
    CHECK(Count(md, S(Str::EmptyBoardTitle, language)) == 1);
    CHECK(Count(md, S(Str::Preconditions, language)) == 0);
    CHECK(Count(md, S(Str::Reading, language)) == 0);
    CHECK(Count(md, "(0)") == 1);
  }
}

TEST_CASE("the HTML report is one page that needs nothing else and prints on A4") {
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "not really the rest";
  const Sketch& civ = Case("civ-water");
  const std::string html = ReportHtml(Shipped(), civ, Language::Dutch, png);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(Count(html, "<meta charset=\"utf-8\">") == 1);
  CHECK(Count(html, "<title>CIV Water</title>") == 1);
  CHECK(Count(html, "@page { size: A4;") == 1);
  CHECK(Count(html, "break-inside: avoid") >= 1);
  CHECK(Count(html, "<img src=\"data:image/png;base64," + Base64(png) + "\" alt=\"Het bord\">") ==
        1);
  CHECK(Count(html, "http://") == 0);
  CHECK(Count(html, "https://") == 0);
  CHECK(Count(html, "<script") == 0);
  CHECK(Count(html, "<link") == 0);
  CHECK(Count(html, "src=") == 1);
  CHECK(Count(html, "url(") == 0);
  CHECK(html.substr(html.size() - 8) == "</html>\n");
  for (const Token& t : civ.tokens)
    CHECK(Count(html, "<td>" + EscapeHtml(t.label.nl) + "</td>") == 1);
  CHECK(Count(html, "<h2 style=\"color:#") == 2);  // the type, and its guidance
  RequireGuidance(html, PpsType::Opleider, Language::Dutch, EscapeHtml, EscapeHtml);
  // Without a picture there is no image at all.
  CHECK(Count(ReportHtml(Shipped(), civ, Language::Dutch, {}), "<img") == 0);
}

TEST_CASE("names, labels and descriptions are escaped for HTML and Markdown") {
  Sketch s;
  s.name.nl = "<b>\"Tom\" & 'Jerry'</b>";
  s.description.nl = "# Geen kop\n1. geen lijst\n    geen code";
  Token t = pps::test::At(0.5, 0.5);
  t.label.nl = "*vet* _schuin_ [link](x) `code` | pipe ~ <i>&amp;";
  s.tokens.push_back(t);
  const std::string html = ReportHtml(Shipped(), s, Language::Dutch, {});
  CHECK(Count(html, "<b>\"Tom\"") == 0);
  CHECK(Count(html, "<h1>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</h1>") == 1);
  CHECK(Count(html, "<title>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</title>") ==
        1);
  CHECK(Count(html, "<td>*vet* _schuin_ [link](x) `code` | pipe ~ &lt;i&gt;&amp;amp;</td>") == 1);
  CHECK(Count(html, "<i>") == 0);
  const std::string md = ReportMarkdown(Shipped(), s, Language::Dutch);
  CHECK(md.rfind("# \\<b\\>\"Tom\" \\& 'Jerry'\\</b\\>\n", 0) == 0);
  CHECK(Count(md,
              "| \\*vet\\* \\_schuin\\_ \\[link\\](x) \\`code\\` \\| pipe \\~ \\<i\\>\\&amp; |") ==
        1);
  CHECK(Count(md, "\n\\# Geen kop\n1\\. geen lijst\ngeen code\n") == 1);
}

TEST_CASE("a token's note is in its row of the report, escaped; no note shows a dash") {
  Sketch s;
  Token noted = pps::test::At(0.5, 0.5);
  noted.id = "a";
  noted.label.nl = "Gastles";
  noted.note = "vraag <Jan> | ook";
  Token plain = pps::test::At(-0.5, 0.5);
  plain.id = "b";
  plain.label.nl = "Stage";
  s.tokens = {noted, plain};
  const std::string md = ReportMarkdown(Shipped(), s, Language::Dutch);
  CHECK(Count(md, "| vraag \\<Jan\\> \\| ook |") == 1);
  CHECK(Count(md, "| \xE2\x80\x94 |") == 1);
  const std::string html = ReportHtml(Shipped(), s, Language::Dutch, {});
  CHECK(Count(html, "<td>vraag &lt;Jan&gt; | ook</td>") == 1);
}

TEST_CASE("Markdown escaping: inline specials everywhere, block starts at a line's start") {
  CHECK(EscapeMarkdown("plain text, 1.5 (ok)") == "plain text, 1.5 (ok)");
  CHECK(EscapeMarkdown("a*b_c`d[e]f<g>h|i~j&k\\l") ==
        "a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k\\\\l");
  CHECK(EscapeMarkdown("# x") == "\\# x");
  CHECK(EscapeMarkdown("- x\n+ y\n= z") == "\\- x\n\\+ y\n\\= z");
  CHECK(EscapeMarkdown("12. x\n3) y") == "12\\. x\n3\\) y");
  CHECK(EscapeMarkdown("co-creatie #1 - 2. x") == "co-creatie #1 - 2. x");
  CHECK(EscapeMarkdown("    code?") == "code?");
  CHECK(EscapeMarkdown("> quote") == "\\> quote");
  CHECK(EscapeMarkdown("\xC3\xA9\xC3\xAB \xE2\x80\x99") == "\xC3\xA9\xC3\xAB \xE2\x80\x99");
  CHECK(EscapeMarkdown("1. x # y #", MarkdownPlace::Inline) == "1. x \\# y \\#");
  CHECK(EscapeMarkdown("- a\n*b*", MarkdownPlace::Inline) == "- a\n\\*b\\*");
  CHECK(EscapeHtml("<&>\"'x") == "&lt;&amp;&gt;&quot;&#39;x");
}

TEST_CASE("the report's format follows the output's extension") {
  CHECK(ReportFormatOf("out.png") == ReportFormat::Png);
  CHECK(ReportFormatOf("dir/OUT.PNG") == ReportFormat::Png);
  CHECK(ReportFormatOf("out.md") == ReportFormat::Markdown);
  CHECK(ReportFormatOf("out.Markdown") == ReportFormat::Markdown);
  CHECK(ReportFormatOf("out.html") == ReportFormat::Html);
  CHECK(ReportFormatOf("out.htm") == ReportFormat::Html);
  CHECK_FALSE(ReportFormatOf("out.txt"));
  CHECK_FALSE(ReportFormatOf("out"));
  CHECK_FALSE(ReportFormatOf("report.md/out"));
  CHECK_FALSE(ReportFormatOf("out.png.bak"));
  CHECK(NeedsBoardPicture(ReportFormat::Png));
  CHECK(NeedsBoardPicture(ReportFormat::Html));
  CHECK_FALSE(NeedsBoardPicture(ReportFormat::Markdown));
}

TEST_CASE("WriteReport writes the format the name asks for, or says what is wrong") {
  const Sketch& civ = Case("civ-water");
  const std::string dir = (TempDir() / "report").string();
  std::filesystem::create_directories(dir);
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";

  CHECK(WriteReport(dir + "/r.md", Shipped(), civ, Language::English, {}).empty());
  CHECK(ReadFile(dir + "/r.md") == ReportMarkdown(Shipped(), civ, Language::English));
  CHECK(WriteReport(dir + "/r.html", Shipped(), civ, Language::Dutch, png).empty());
  CHECK(ReadFile(dir + "/r.html") == ReportHtml(Shipped(), civ, Language::Dutch, png));
  CHECK(WriteReport(dir + "/r.png", Shipped(), civ, Language::Dutch, png).empty());
  CHECK(ReadFile(dir + "/r.png") == png);

  const Error unknown = WriteReport(dir + "/r.txt", Shipped(), civ, Language::Dutch, png);
  CHECK(unknown.what().rfind(dir + "/r.txt: ", 0) == 0);
  CHECK(unknown.what().find(".png, .md or .html") != std::string::npos);
  const Error no_picture = WriteReport(dir + "/p.png", Shipped(), civ, Language::Dutch, {});
  CHECK(no_picture.what().rfind(dir + "/p.png: ", 0) == 0);
  CHECK_FALSE(std::filesystem::exists(dir + "/p.png"));
  const std::string missing = dir + "/no-such-folder/r.md";
  const Error unwritable = WriteReport(missing, Shipped(), civ, Language::Dutch, {});
  CHECK(unwritable.what().rfind(missing + ": ", 0) == 0);
}

TEST_CASE("the export option's arguments are checked before anything is drawn") {
  const auto options = [](std::vector<std::string> args) {
    const ParsedOptions parsed = ParseOptions(args);
    REQUIRE(parsed.error.empty());
    return parsed.options;
  };
  CHECK(CheckExportArguments(options({"--export", "a.html", "--open", "civ-water"})).empty());
  const std::string txt = CheckExportArguments(options({"--export", "a.txt", "--open", "civil"}));
  CHECK(txt.rfind("--export a.txt: ", 0) == 0);
  CHECK(CheckExportArguments(options({"--export", "a.md"})).find("--open") != std::string::npos);
  CHECK(ExportNeedsWindow(options({"--export", "a.png", "--open", "civil"})));
  CHECK(ExportNeedsWindow(options({"--export", "a.html", "--open", "civil"})));
  CHECK_FALSE(ExportNeedsWindow(options({"--export", "a.md", "--open", "civil"})));
  CHECK(ParseOptions({"--export"}).error == "--export needs a value");

  std::filesystem::create_directories(TempDir());  // run alone, no test before made it
  const std::string out = (TempDir() / "export.md").string();
  std::ostringstream err;
  CHECK(ExportWithoutWindow(options({"--export", out, "--open", "civil", "--lang", "en"}),
                            Shipped(), err) == 0);
  CHECK(err.str().empty());
  CHECK(ReadFile(out) == ReportMarkdown(Shipped(), Case("civil"), Language::English));
  CHECK(ExportWithoutWindow(options({"--export", out, "--open", "no-such.json"}), Shipped(), err) ==
        1);
  CHECK(err.str().find("--open: no-such.json") != std::string::npos);
}

TEST_CASE("report: a story line's steps, each with its caption, the type after it and why",
          "[report][story]") {
  for (const Story& story : Shipped().stories) {
    for (const Language language : {Language::Dutch, Language::English}) {
      INFO(story.id << " " << (language == Language::Dutch ? "nl" : "en"));
      const Sketch end = StoryBoard(story, story.steps.size());
      const std::string md = ReportMarkdown(Shipped(), end, language, &story);
      CHECK(md.find("## " + S(Str::StoryLine, language) + ": " + story.name.In(language)) !=
            std::string::npos);
      std::size_t at = md.find("### " + S(Str::StoryStart, language));
      REQUIRE(at != std::string::npos);
      Classification before = Classify(Shipped().model, story.start.tokens);
      for (std::size_t k = 1; k <= story.steps.size(); ++k) {
        // In order: the step's heading with its caption, the type after it, then why.
        const Classification after = Classify(Shipped().model, StoryBoard(story, k).tokens);
        const std::string heading =
            "### " + S(Str::StoryStepOf, language) + " " + std::to_string(k) + ": " +
            EscapeMarkdown(story.steps[k - 1].caption.In(language), MarkdownPlace::Inline);
        at = md.find(heading, at);
        REQUIRE(at != std::string::npos);
        REQUIRE(after.type);
        const std::string type = Shipped().model.Of(*after.type).name.In(language);
        const std::size_t typed = md.find(type, at + heading.size());
        CHECK(typed < md.find("###", at + heading.size()));
        const std::string why = Because(Shipped(), before, after, language);
        CHECK(md.find(EscapeMarkdown(why), at) < md.find("###", at + heading.size()));
        before = after;
      }
    }
  }
  // A board that is no story line's says nothing of one.
  CHECK(ReportMarkdown(Shipped(), Case("civil"), Language::Dutch)
            .find(S(Str::StoryLine, Language::Dutch)) == std::string::npos);
}

TEST_CASE("report: --export of a story line's id writes its end and its steps", "[report][story]") {
  const Story& story = Shipped().stories.front();
  std::filesystem::create_directories(TempDir());
  const std::string path = (TempDir() / "story-report.md").string();
  std::ostringstream err;
  REQUIRE(ExportWithoutWindow(ParseOptions({"--export", path, "--open", story.id}).options,
                              Shipped(), err) == 0);
  CHECK(err.str().empty());
  const std::string text = ReadFile(path);
  CHECK(text.find(EscapeMarkdown(story.name.nl, MarkdownPlace::Inline)) != std::string::npos);
  CHECK(text.find(S(Str::StoryLine, Language::Dutch)) != std::string::npos);
  const Classification end =
      Classify(Shipped().model, StoryBoard(story, story.steps.size()).tokens);
  REQUIRE(end.type);
  CHECK(text.find(Shipped().model.Of(*end.type).name.nl) != std::string::npos);
}
