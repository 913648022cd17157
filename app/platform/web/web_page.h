// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The page around the app (page/pre.js): its files kept in the browser's storage, files leaving
// as downloads, files coming in by a drop or the file picker, and what the page has to tell.
//
// The app's folders (the autosave, the undo history, the gallery, the stories, the settings)
// live under the home folder, which the page keeps in IndexedDB (emscripten's IDBFS): read back
// before main() starts, written back after each change has settled and when the tab is hidden.
// What the app writes to the documents folder (reports, exported stories) leaves as a download.

#include <string>
#include <vector>

namespace pps {

// The documents folder in the browser: what lands here is downloaded, then removed.
inline constexpr const char* kWebDownloads = "/Downloads";

// Writes the home folder back to the browser's storage (at once, or after the write under way).
void PersistFiles();

// Offers every file in kWebDownloads (and its folders) as a download, and removes it.
void OfferDownloads();

// Whether the page has something for the app (TakePageNews()).
bool PageHasNews();

// What the page has for the app since the last call: `opened`, files dropped on the page or
// picked (paths in the page's file system) and a link's sketch (#sketch=); `notes`, what the user
// should hear (storage that is full or refused, a file that could not be read).
void TakePageNews(std::vector<std::string>& opened, std::vector<std::string>& notes);

}  // namespace pps
