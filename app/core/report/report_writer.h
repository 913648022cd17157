// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The shapes a report is made of (a heading, a paragraph, a list, a table, the board picture),
// each written as Markdown or as HTML. The report's content is walked once (core/report/report.cpp);
// a writer turns it into one format and escapes every text it is given.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/text.h"

namespace pps {

// `text` safe inside HTML text and attribute values: & < > " ' as character references.
std::string EscapeHtml(std::string_view text);

// Where Markdown text stands: where a line may start a block (a paragraph, a list item), or
// inside a line that already has its block (a heading, a table cell, after a bold label).
enum class MarkdownPlace { Block, Inline };

// `text` read by a Markdown renderer as the same characters: the inline specials (\ ` * _ [ ] <
// > | ~ &) backslash-escaped everywhere. In a block, what would start one at the start of a line
// (# + - = > and "1." or "1)") is escaped there and leading spaces go, so nothing becomes a
// heading, a list or code; inline, every # is escaped (a heading would drop a trailing one).
std::string EscapeMarkdown(std::string_view text, MarkdownPlace place = MarkdownPlace::Block);

// One row of the share-per-type table.
struct ShareRow {
  std::string name;
  double share = 0.0;       // 0..1
  std::uint32_t color = 0;  // 0xRRGGBB, the type's accent
};

// One table row; where the format can, a swatch of colour (a quadrant's fill) leads one cell.
struct TableRow {
  std::vector<std::string> cells;
  int swatch_cell = -1;      // the cell the swatch leads; -1 for none
  std::uint32_t swatch = 0;  // 0xRRGGBB
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  // The page title and the line under it.
  virtual void Title(std::string_view title, std::string_view subtitle) = 0;
  // A heading of level 2 to 4; `accent` (0xRRGGBB) colours it where the format can.
  virtual void Heading(int level, std::string_view text, std::uint32_t accent = 0) = 0;
  virtual void Paragraph(std::string_view text) = 0;
  // A short line of lesser weight, such as a type's tagline.
  virtual void Aside(std::string_view text) = 0;
  // "Label: value", one per line.
  virtual void Field(std::string_view label, std::string_view value) = 0;
  virtual void Bullets(const std::vector<std::string>& items) = 0;
  virtual void Shares(std::string_view caption, const std::vector<ShareRow>& rows) = 0;
  virtual void Table(const std::vector<std::string>& header, const std::vector<TableRow>& rows) = 0;
  // The board as a PNG (bytes); nothing when `png` is empty.
  virtual void Picture(std::string_view png, std::string_view alt) = 0;
  // Starts a block that prints best on a page of its own (one type's guidance).
  virtual void BeginPart() = 0;
  // The whole document.
  virtual std::string Finish() = 0;
};

// A writer of CommonMark (with GitHub's tables).
std::unique_ptr<ReportWriter> MarkdownWriter();

// A writer of one self-contained HTML page in `language`, titled `title`: CSS inline, made to
// print on A4, pictures as data: URIs, no scripts and no reference to anything outside it.
std::unique_ptr<ReportWriter> HtmlWriter(Language language, std::string_view title);

}  // namespace pps
