// SPDX-License-Identifier: EUPL-1.2
// Commands: one made without a kind asks for nothing, and the gallery's carry a file, not a token.

#include <catch2/catch.hpp>

#include "harness.h"
#include "ui/session/commands.h"

using namespace pps;
using pps::test::Harness;

TEST_CASE("commands: a command made without a kind changes nothing") {
  Harness h;
  h.OpenCase("civ-water");
  const std::uint64_t revision = h.state.board.Revision();
  h.state.commands.push_back(Command{});
  h.Settle();
  CHECK(h.sketch().id == "civ-water");
  CHECK(h.state.board.Revision() == revision);
}

TEST_CASE("commands: the gallery's commands name the file, their token stays empty") {
  const Command c = Command::OnFile(CommandKind::OpenSaved, "/tmp/x.json");
  CHECK(c.file == "/tmp/x.json");
  CHECK(c.token.empty());
  CHECK(Command::OnFile(CommandKind::RenameSaved));
  CHECK_FALSE(Command::OnFile(CommandKind::RenameToken));
}

TEST_CASE("commands: Nieuw on a board already new and empty is no undo step") {
  pps::test::Harness h;
  h.ClickTwice(h.Text(Str::New));  // from CIV Water or whatever was open: one step
  REQUIRE(h.sketch().tokens.empty());
  while (h.state.board.CanUndo()) h.state.board.Undo();
  h.ClickTwice(h.Text(Str::New));
  CHECK(h.sketch().tokens.empty());
  CHECK_FALSE(h.state.board.CanUndo());  // ↶ stays off: there is nothing to undo
  h.OpenCase("civ-water");
  h.ClickTwice(h.Text(Str::New));
  CHECK(h.state.board.CanUndo());  // over a case, Nieuw is a step back to it
}
