// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The report last made, in the sidebar beside the board (ui/state/report_view.h): Klaar and a
// USB stick's button at the top, where it was kept in words, a QR code a phone takes the sketch
// away with, and the report itself to scroll through.

#include <string>
#include <vector>

#include "ui/state/report_view.h"
#include "ui/state/ui.h"

namespace pps {

// Draws `view` into the current window; `sticks` are the USB sticks mounted now.
void DrawReportPanel(const Ui& ui, const ReportView& view, const std::vector<std::string>& sticks);

}  // namespace pps
