// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The commands that run without a window: --list-cases, --classify and --classify with --aim.

#include <iosfwd>
#include <string>

#include "core/cli/options.h"
#include "core/io/loaded.h"
#include "core/model/classify.h"
#include "core/model/content.h"

namespace pps {

// The case with that id, else the sketch file at that path; the error names what failed.
Loaded<Sketch> ResolveSketch(const Content& content, const std::string& file_or_case);

// Runs --list-cases, --classify or --aim; prints to `out`, errors to `err`; returns the exit code.
int RunHeadless(const Options& options, const Content& content, std::ostream& out,
                std::ostream& err);

}  // namespace pps
