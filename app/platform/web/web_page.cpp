// SPDX-License-Identifier: EUPL-1.2
#include "platform/web/web_page.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace pps {

namespace {

// The page's side (page/pre.js), called from here.
EM_JS(void, pps_persist, (), { Module.ppsPersist(); });
EM_JS(void, pps_download, (const char* path), { Module.ppsDownload(UTF8ToString(path)); });
EM_JS(int, pps_page_news, (), { return Module.ppsOpened.length + Module.ppsNotes.length; });
// The first of the page's queue `name` (ppsOpened, ppsNotes) in memory the caller frees, or null.
EM_JS(char*, pps_take_first, (const char* name), {
  const queue = Module[UTF8ToString(name)];
  return queue && queue.length ? allocateUTF8(queue.shift()) : 0;
});

void TakeQueue(const char* name, std::vector<std::string>& out) {
  while (char* item = pps_take_first(name)) {
    out.emplace_back(item);
    std::free(item);
  }
}

}  // namespace

void PersistFiles() {
  pps_persist();
}

void OfferDownloads() {
  std::error_code ec;
  std::filesystem::recursive_directory_iterator it(kWebDownloads, ec);  // reports: a folder
  if (ec) return;
  std::vector<std::filesystem::path> ready;
  for (const auto& entry : it)
    if (entry.is_regular_file(ec)) ready.push_back(entry.path());
  for (const std::filesystem::path& path : ready) {
    pps_download(path.c_str());
    std::filesystem::remove(path, ec);
  }
}

bool PageHasNews() {
  return pps_page_news() > 0;
}

void TakePageNews(std::vector<std::string>& opened, std::vector<std::string>& notes) {
  TakeQueue("ppsOpened", opened);
  TakeQueue("ppsNotes", notes);
}

}  // namespace pps
