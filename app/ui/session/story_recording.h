// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Story lines recorded by doing, and one's own story lines kept beside the sketches: "Opnemen"
// records from the board as it is, every settled change a step (a caption may follow each);
// "Stop en bewaar" names it and keeps it as a file in the stories folder, listed in Schetsen with
// the shipped ones and played like them. One's own are edited there (a step's caption, a step
// taken out), exported to the documents folder, or removed to the folder's bin. Nothing recorded
// is lost: another board opened mid-recording keeps it under a name of its own.

#include <string>

#include "ui/state/app_state.h"

namespace pps {

// The folder of one's own story lines beside `sketches_folder` (…/pps-canvas/stories); empty
// when that is.
std::string StoriesFolder(const std::string& sketches_folder);

// Reads one's own story lines (state.gallery.stories_folder, *.json) into state.content.stories,
// after the shipped ones; a file that cannot be read is said, by name and place, and left.
void LoadOwnStories(AppState& state);

// After the frame's commands: a settled change of the board recorded as the next step; another
// board opened ends the recording, kept.
void FollowRecording(AppState& state);

// Applies a story line's command that records or edits; false for another kind of command.
bool ApplyStoryCommand(AppState& state, const Command& command);

}  // namespace pps
