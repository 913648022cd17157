// SPDX-License-Identifier: EUPL-1.2
#include "core/report/report_writer.h"

#include <cstdio>
#include <cstring>

#include "core/io/base64.h"

namespace pps {

namespace {

std::string Hex(std::uint32_t rgb) {
  char text[8];
  std::snprintf(text, sizeof text, "#%06X", static_cast<unsigned>(rgb & 0xFFFFFFu));
  return text;
}

std::string Percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", 100.0 * share);
  return text;
}

// A table cell or list item is one line in Markdown: a line break there would end it.
std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& ch : line)
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  return line;
}

// Text inside a line of Markdown: one line, escaped.
std::string Inline(std::string_view text) {
  return EscapeMarkdown(OneLine(text), MarkdownPlace::Inline);
}

class Markdown final : public ReportWriter {
 public:
  void Title(std::string_view title, std::string_view subtitle) override {
    out_ += "# " + Inline(title) + "\n\n";
    Aside(subtitle);
  }
  void Heading(int level, std::string_view text, std::uint32_t) override {
    out_ += std::string(static_cast<std::size_t>(level), '#') + " " + Inline(text) + "\n\n";
  }
  void Paragraph(std::string_view text) override { out_ += EscapeMarkdown(text) + "\n\n"; }
  void Aside(std::string_view text) override {
    if (!text.empty()) out_ += "*" + Inline(text) + "*\n\n";
  }
  void Field(std::string_view label, std::string_view value) override {
    out_ += "**" + Inline(label) + ":** " + Inline(value) + "\n\n";
  }
  void Bullets(const std::vector<std::string>& items) override {
    for (const std::string& item : items) out_ += "- " + EscapeMarkdown(OneLine(item)) + "\n";
    out_ += "\n";
  }
  void Shares(std::string_view caption, const std::vector<ShareRow>& rows) override {
    out_ += "| " + Inline(caption) + " | % |\n|---|---:|\n";
    for (const ShareRow& row : rows)
      out_ += "| " + Inline(row.name) + " | " + Percent(row.share) + " |\n";
    out_ += "\n";
  }
  void Table(const std::vector<std::string>& header, const std::vector<TableRow>& rows) override {
    const auto line = [&](const std::vector<std::string>& cells) {
      out_ += "|";
      for (const std::string& cell : cells) out_ += " " + Inline(cell) + " |";
      out_ += "\n";
    };
    line(header);
    out_ += "|";
    for (std::size_t i = 0; i < header.size(); ++i) out_ += "---|";
    out_ += "\n";
    for (const TableRow& row : rows) line(row.cells);
    out_ += "\n";
  }
  // Markdown readers differ on data: URIs; the picture goes to the PNG and HTML exports.
  void Picture(std::string_view, std::string_view) override {}
  void BeginPart() override { out_ += "---\n\n"; }
  std::string Finish() override { return std::move(out_); }

 private:
  std::string out_;
};

// Prints on A4: page size and margins, nothing wider than the page, headings kept with what
// follows, rows and list items never split, each type's guidance from a new page, colours kept.
constexpr const char* kCss = R"(
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #1f2328; background: #fff; }
body { max-width: 180mm; margin: 0 auto; padding: 10mm 6mm; }
h1 { font-size: 21pt; line-height: 1.15; margin: 0 0 1mm; }
h2 { font-size: 15pt; margin: 7mm 0 2mm; padding-left: 3mm; border-left: 2.5mm solid currentColor; }
h3 { font-size: 12pt; margin: 5mm 0 1.5mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; white-space: pre-line; orphans: 3; widows: 3; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
li { margin: 0 0 1mm; }
li, tr, figure, .field { break-inside: avoid; page-break-inside: avoid; }
.subtitle, .aside { color: #57606a; font-style: italic; }
.field { margin: 0 0 1.5mm; }
.field b { display: inline-block; min-width: 42mm; }
figure { margin: 3mm 0 4mm; text-align: center; }
figure img { display: block; width: 100%; max-width: 118mm; height: auto; margin: 0 auto;
             border: 0.3mm solid #d0d7de; }
figcaption { color: #57606a; font-size: 9pt; margin-top: 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.3mm solid #d0d7de;
         overflow-wrap: break-word; }
th { border-bottom-width: 0.6mm; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
table.shares { width: auto; break-inside: avoid; page-break-inside: avoid; }
.bar { width: 60mm; height: 3.2mm; background: #eaeef2; border-radius: 1mm; }
.bar span { display: block; height: 100%; border-radius: 1mm; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; border-radius: 0.6mm;
          border: 0.2mm solid rgba(0, 0, 0, 0.3); vertical-align: -0.3mm; }
.part { break-before: page; page-break-before: always; }
@media print { body { max-width: none; padding: 0; } }
)";

class Html final : public ReportWriter {
 public:
  Html(Language language, std::string_view title)
      : language_(language), title_(EscapeHtml(title)) {}

  void Title(std::string_view title, std::string_view subtitle) override {
    out_ += "<h1>" + EscapeHtml(title) + "</h1>\n";
    if (!subtitle.empty()) out_ += "<p class=\"subtitle\">" + EscapeHtml(subtitle) + "</p>\n";
  }
  void Heading(int level, std::string_view text, std::uint32_t accent) override {
    const std::string tag = "h" + std::to_string(level);
    const std::string style = accent != 0 ? " style=\"color:" + Hex(accent) + "\"" : "";
    out_ += "<" + tag + style + ">" + EscapeHtml(text) + "</" + tag + ">\n";
  }
  void Paragraph(std::string_view text) override { out_ += "<p>" + EscapeHtml(text) + "</p>\n"; }
  void Aside(std::string_view text) override {
    if (!text.empty()) out_ += "<p class=\"aside\">" + EscapeHtml(text) + "</p>\n";
  }
  void Field(std::string_view label, std::string_view value) override {
    out_ += "<p class=\"field\"><b>" + EscapeHtml(label) + "</b> " + EscapeHtml(value) + "</p>\n";
  }
  void Bullets(const std::vector<std::string>& items) override {
    out_ += "<ul>\n";
    for (const std::string& item : items) out_ += "<li>" + EscapeHtml(item) + "</li>\n";
    out_ += "</ul>\n";
  }
  void Shares(std::string_view caption, const std::vector<ShareRow>& rows) override {
    out_ += "<table class=\"shares\">\n<thead><tr><th colspan=\"3\">" + EscapeHtml(caption) +
            "</th></tr></thead>\n<tbody>\n";
    for (const ShareRow& row : rows)
      out_ += "<tr><td>" + EscapeHtml(row.name) +
              "</td><td><div class=\"bar\"><span style=\"width:" + Percent(row.share) +
              ";background:" + Hex(row.color) + "\"></span></div></td><td class=\"num\">" +
              Percent(row.share) + "</td></tr>\n";
    out_ += "</tbody>\n</table>\n";
  }
  void Table(const std::vector<std::string>& header, const std::vector<TableRow>& rows) override {
    out_ += "<table>\n<thead><tr>";
    for (const std::string& cell : header) out_ += "<th>" + EscapeHtml(cell) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
    for (const TableRow& row : rows) {
      out_ += "<tr>";
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        out_ += "<td>";
        if (static_cast<int>(i) == row.swatch_cell)
          out_ += "<span class=\"swatch\" style=\"background:" + Hex(row.swatch) + "\"></span>";
        out_ += EscapeHtml(row.cells[i]) + "</td>";
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
  }
  void Picture(std::string_view png, std::string_view alt) override {
    if (png.empty()) return;
    out_ += "<figure><img src=\"data:image/png;base64," + Base64(png) + "\" alt=\"" +
            EscapeHtml(alt) + "\"><figcaption>" + EscapeHtml(alt) + "</figcaption></figure>\n";
  }
  void BeginPart() override {
    if (in_part_) out_ += "</section>\n";
    out_ += "<section class=\"part\">\n";
    in_part_ = true;
  }
  std::string Finish() override {
    if (in_part_) out_ += "</section>\n";
    in_part_ = false;
    return "<!DOCTYPE html>\n<html lang=\"" +
           std::string(language_ == Language::English ? "en" : "nl") +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           title_ + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n" + out_ +
           "</body>\n</html>\n";
  }

 private:
  Language language_;
  std::string title_;  // escaped
  std::string out_;    // the body
  bool in_part_ = false;
};

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string EscapeMarkdown(std::string_view text, MarkdownPlace place) {
  const auto is_digit = [](char ch) { return ch >= '0' && ch <= '9'; };
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const bool block = place == MarkdownPlace::Block;
  bool line_start = block;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '\r') continue;
    if (ch == '\n') {
      out += '\n';
      line_start = block;
      continue;
    }
    if (line_start) {
      if (ch == ' ' || ch == '\t') continue;  // four spaces would make a code block
      line_start = false;
      if (std::strchr("#+-=", ch)) {  // a heading, a list item, a rule or a setext underline
        out += '\\';
        out += ch;
        continue;
      }
      std::size_t end = i;
      while (end < text.size() && is_digit(text[end])) ++end;
      if (end > i && end < text.size() && (text[end] == '.' || text[end] == ')')) {
        out.append(text.substr(i, end - i)) += '\\';  // "1." would start a numbered list
        out += text[end];
        i = end;
        continue;
      }
    }
    if ((ch != '\0' && std::strchr("\\`*_[]<>|~&", ch)) || (!block && ch == '#')) out += '\\';
    out += ch;
  }
  return out;
}

std::unique_ptr<ReportWriter> MarkdownWriter() {
  return std::make_unique<Markdown>();
}

std::unique_ptr<ReportWriter> HtmlWriter(Language language, std::string_view title) {
  return std::make_unique<Html>(language, title);
}

}  // namespace pps
