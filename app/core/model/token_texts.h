// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A sketch that travelled without the publication's texts (a QR code's link leaves a case's
// descriptions and reasons behind, core/model/share_link.h) gets them back from this copy of the
// app: from its case study, by the sketch's id, or from the library, by each token's id.

#include "core/model/content.h"
#include "core/model/sketch.h"

namespace pps {

// Fills in each token's empty description and why from `content`, where it has them.
void RestoreTokenTexts(const Content& content, Sketch& sketch);

}  // namespace pps
