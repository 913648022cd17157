// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A sketch carried in a link, for a QR code that a phone takes away from the table:
// BASE#sketch=DATA, where DATA is the sketch file's JSON compressed with zlib, in base64url. The
// link opens the sketch in the browser build at BASE, and the app's own --open takes the link or
// its text. What the board's people made travels: names, places, weights, notes; a case's long
// descriptions stay behind, since the publication's texts are in every copy of the app already.

#include <string>
#include <string_view>

#include "core/io/loaded.h"
#include "core/model/sketch.h"

namespace pps {

// The link to `sketch` at `base` (the browser build's address; may be empty: the fragment alone).
std::string ShareLink(const Sketch& sketch, std::string_view base);

// Whether `text` holds a sketch's link ("#sketch=" in it).
bool IsShareLink(std::string_view text);

// What --open was given as a link: `arg` itself when it holds one, or the text of the file `arg`
// when that is small and holds one (a scanner's output kept in a file). Empty: neither.
std::string ShareLinkIn(const std::string& arg);

// The sketch in the link `text` (a whole link, or its fragment), or why it holds none: not
// base64url, not zlib or more than a sketch file may hold once unpacked, not a sketch.
Loaded<Sketch> SketchFromLink(std::string_view text);

}  // namespace pps
