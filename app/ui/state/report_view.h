// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The report last made with Verslag, shown in the sidebar beside the board at full size: where it
// was kept, a QR code that carries the sketch to a phone, a USB stick to copy it to, and what it
// says. Taken when the report was written: it shows that report, not the board as it changes.

#include <future>
#include <string>

#include "core/io/loaded.h"

namespace pps {

struct ReportView {
  bool open = false;         // the sidebar shows it
  std::string files;         // the report's files without their extension; "": none written
  std::string sketch_file;   // the sketch as a file beside them, for the USB stick
  std::string folder_words;  // where they were kept, as people say it: "Documents › PPS Canvas"
  std::string markdown;      // what the report says
  std::string link;          // the board as a link (core/model/share_link.h); "": no QR code
  std::string share_url;     // --share-url: the browser build's address the link opens at
  // A copy onto a USB stick under way, off the frame (a stick may take seconds): its outcome,
  // and the stick it goes to. Invalid: none.
  std::future<Error> copying;
  std::string copying_to;
};

}  // namespace pps
