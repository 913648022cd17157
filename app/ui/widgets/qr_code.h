// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A QR code on screen (libqrencode), for a phone's camera: dark modules on white with the quiet
// zone of four modules the standard asks for, as large as the room given.

#include <string>

namespace pps {

// Draws `text` as a QR code at the cursor, `size` px square, and moves the cursor below it.
// Returns false, drawing nothing, when the text does not fit a QR code, or in a build without QR
// codes (PPS_NO_QR: the browser's).
bool QrCode(const std::string& text, float size);

}  // namespace pps
