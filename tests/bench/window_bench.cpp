// SPDX-License-Identifier: EUPL-1.2
#include "window_bench.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

#include "bench_sketch.h"
#include "core/model/board_geometry.h"
#include "core/model/content.h"
#include "core/model/sketch_file.h"
#include "frame_figures.h"
#include "process_bench.h"
#include "tuio_cursors.h"
#include "ui/frame/frame_log.h"
#include "ui/frame/layout.h"
#include "ui/widgets/ui_scale.h"
#include "x_input.h"

namespace pps::bench {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kInputHz = 60.0;        // events a second: a touch table's rate, a slow mouse's
constexpr double kSecondsPerTurn = 2.0;  // a dragged token goes round in 2 s
constexpr int kFingers = 10;

// Seconds on CLOCK_MONOTONIC, the clock the frame log's monotonic_at_zero is on.
double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void SleepUntil(double t) {
  const double left = t - Now();
  if (left > 0) std::this_thread::sleep_for(std::chrono::duration<double>(left));
}

// Where the app puts the board in a window of this size (ComputeLayout, as DrawApp places it).
struct Geometry {
  float scale = 1.0f;
  BoardRect board;
  ScreenLayout layout;

  // px of the point at (`fx`, `fy`) half-sizes from the board's centre.
  ScreenPoint At(float fx, float fy) const {
    const ScreenPoint c = board.Center();
    return {c.x + fx * board.HalfSize(), c.y + fy * board.HalfSize()};
  }
};

Geometry AppGeometry(const Content& content, int width, int height) {
  Geometry g;
  g.scale = ChooseScale(0.0f, 1.0f, width, height, 0.0f);
  g.board =
      ComputeLayout({static_cast<float>(width), static_cast<float>(height)}, g.scale).board;
  g.layout = content.model.layout;
  return g;
}

// One finger's (or the mouse's) gesture: pressed at `home`, round a circle that starts there,
// `turns` times, then to `end` and up.
struct Path {
  ScreenPoint home, centre, end;  // px in the window
  float radius = 0.0f;            // px
  double angle = 0.0;             // of home, seen from the centre
  std::string token;              // the id of the token it drags

  ScreenPoint At(double u, int turns) const {
    const double a = angle + 2.0 * kPi * turns * u;
    return {centre.x + radius * static_cast<float>(std::cos(a)),
            centre.y + radius * static_cast<float>(std::sin(a))};
  }
};

Path CirclePath(ScreenPoint centre, ScreenPoint home, ScreenPoint end, std::string token) {
  Path p{home, centre, end, 0.0f, 0.0, std::move(token)};
  p.radius = std::hypot(home.x - centre.x, home.y - centre.y);
  p.angle = std::atan2(home.y - centre.y, home.x - centre.x);
  return p;
}

// Whole pixels, as the X server's pointer moves.
ScreenPoint Rounded(ScreenPoint p) {
  return {std::round(p.x), std::round(p.y)};
}

// The gestures of a run, all placed on the board so that none presses on another's token.
struct Gestures {
  Path mouse, finger;
  std::vector<Path> ten;
};

Gestures PlanGestures(const Geometry& g) {
  Gestures plan;
  const float step = 0.08f * g.board.HalfSize();  // where each drag ends: beyond the tap slop
  // The mouse and the one finger go round the board's centre, across both axes.
  const ScreenPoint mouse_home = Rounded(g.At(0.45f, 0.0f));
  plan.mouse = CirclePath(g.At(0, 0), mouse_home, Rounded({mouse_home.x, mouse_home.y + step}),
                          "drag-mouse");
  const ScreenPoint finger_home = g.At(-0.45f, 0.0f);
  plan.finger =
      CirclePath(g.At(0, 0), finger_home, {finger_home.x, finger_home.y + step}, "drag-finger");
  // Ten fingers in two rows of five, 0.4 half-sizes apart (wider than a chip's half), each on
  // a small circle above its token.
  const float small = 0.12f * g.board.HalfSize();
  for (int i = 0; i < kFingers; ++i) {
    const ScreenPoint home = g.At(-0.8f + 0.4f * static_cast<float>(i % 5), i < 5 ? -0.55f : 0.55f);
    plan.ten.push_back(CirclePath({home.x, home.y - small}, home,
                                  {home.x + step * 0.6f, home.y + step * 0.6f},
                                  "drag-" + std::to_string(i)));
  }
  return plan;
}

// `tokens` activities: the generated ones, then on top of them the ones the gestures drag.
Sketch BenchSketch(const Content& content, const Geometry& g, const Gestures& plan, int tokens) {
  std::vector<const Path*> paths = {&plan.mouse, &plan.finger};
  for (const Path& p : plan.ten) paths.push_back(&p);
  Sketch sketch = GeneratedSketch(content, std::max(0, tokens - static_cast<int>(paths.size())));
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Token t = content.library[i % content.library.size()].token;
    t.id = paths[i]->token;
    t.position = ScreenToBoard(g.layout, g.board, paths[i]->home);
    sketch.tokens.push_back(std::move(t));
  }
  return sketch;
}

int Steps(double seconds) {
  return std::max(2, static_cast<int>(std::lround(seconds * kInputHz)));
}
int Turns(double seconds) {
  return std::max(1, static_cast<int>(std::lround(seconds / kSecondsPerTurn)));
}

// The X server's mouse: to the token, press, round the path at kInputHz, to its end, release.
Phase MouseGesture(XInput& x, const XWindowAt& window, const Path& path, double seconds) {
  const auto move = [&](ScreenPoint p) {
    x.MoveTo(window.x + static_cast<int>(std::lround(p.x)),
             window.y + static_cast<int>(std::lround(p.y)));
  };
  Phase phase;
  const int steps = Steps(seconds), turns = Turns(seconds);
  phase.begin = Now();  // the hand moves onto the token, then presses
  move(path.home);
  phase.sent.push_back(Now());
  SleepUntil(phase.begin + 0.1);
  const double pressed = Now();
  x.Button(true);
  phase.sent.push_back(Now());
  for (int k = 1; k <= steps + 2; ++k) {
    SleepUntil(pressed + k / kInputHz);
    if (k <= steps) move(path.At(static_cast<double>(k) / steps, turns));
    else if (k == steps + 1) move(path.end);
    else x.Button(false);
    phase.sent.push_back(Now());
  }
  phase.end = Now();
  return phase;
}

// TUIO fingers, one per path: down on the tokens, round their paths at kInputHz, to their
// ends, up. Positions normalised by the window's size, as a tracker covering the screen sends.
Phase TuioGesture(TuioCursors& tuio, int width, int height, const std::vector<const Path*>& paths,
                  int first_session, double seconds) {
  std::vector<TuioCursor> cursors;
  cursors.reserve(paths.size());
  Phase phase;
  const int steps = Steps(seconds), turns = Turns(seconds);
  phase.begin = Now();
  for (int k = 0; k <= steps + 2; ++k) {
    SleepUntil(phase.begin + k / kInputHz);
    cursors.clear();
    for (std::size_t i = 0; i < paths.size() && k <= steps + 1; ++i) {
      const ScreenPoint p =
          k <= steps ? paths[i]->At(static_cast<double>(k) / steps, turns) : paths[i]->end;
      cursors.push_back({first_session + static_cast<int>(i), p.x / static_cast<float>(width),
                         p.y / static_cast<float>(height)});
    }
    tuio.Send(cursors);  // the last, empty, lifts them all
    phase.sent.push_back(Now());
  }
  phase.end = Now();
  return phase;
}

// Whether each path's token ended where its gesture let go of it; names the first that did not.
std::string CheckMoved(const std::string& saved_path, const Geometry& g,
                       const std::vector<const Path*>& paths) {
  const Loaded<Sketch> saved = LoadSketch(saved_path);
  if (!saved) return "the app's saved sketch: " + saved.error;
  for (const Path* p : paths) {
    const auto t = std::find_if(saved.value->tokens.begin(), saved.value->tokens.end(),
                                [&](const Token& token) { return token.id == p->token; });
    if (t == saved.value->tokens.end()) return "token " + p->token + " is gone from the board";
    const BoardPoint want = ScreenToBoard(g.layout, g.board, p->end);
    const double off =
        std::hypot(t->position.formal - want.formal, t->position.outside - want.outside);
    if (off > 0.02)
      return "token " + p->token + " was not dragged where its gesture ended (" +
             std::to_string(off) + " board units off): the input did not reach it";
  }
  return "";
}

// Points XDG_STATE_HOME (inherited by the processes started) at `dir` while it lives.
class StateFolder {
 public:
  explicit StateFolder(const std::string& dir) {
    const char* old = std::getenv("XDG_STATE_HOME");
    had_ = old != nullptr;
    if (had_) old_ = old;
    std::filesystem::create_directories(dir);
    setenv("XDG_STATE_HOME", dir.c_str(), 1);
  }
  ~StateFolder() {
    if (had_) setenv("XDG_STATE_HOME", old_.c_str(), 1);
    else unsetenv("XDG_STATE_HOME");
  }
  StateFolder(const StateFolder&) = delete;
  StateFolder& operator=(const StateFolder&) = delete;

 private:
  bool had_ = false;
  std::string old_;
};

// Seconds a gesture lasts, and the pause after it: long enough for the frame under way (seconds
// at 10000 tokens on a loaded machine before the drawing was made fast) to take its last events.
double GestureSeconds(const WindowSettings& s, int tokens) {
  if (s.quick) return 1.0;
  return tokens >= 10000 ? 8.0 : 4.0;
}
double PauseSeconds(int tokens) {
  return 0.8 + 3.0 * tokens / 10000.0;
}

}  // namespace

WindowResult MeasureAppWindow(const WindowSettings& settings, int tokens, bool tuio_too) {
  WindowResult result;
  result.tokens = tokens;
  const Content content = LoadContent(settings.data);
  if (!content.errors.empty() || content.library.empty()) {
    result.error = "cannot load the data in " + settings.data;
    return result;
  }
  const Geometry g = AppGeometry(content, settings.width, settings.height);
  const Gestures plan = PlanGestures(g);
  const std::string dir = std::getenv("XDG_STATE_HOME") ? std::getenv("XDG_STATE_HOME") : "/tmp";
  const std::string base = dir + "/window-" + std::to_string(tokens);
  // The app autosaves into a folder of this run's own: the boards of thousands of tokens it
  // leaves there must not come back in the bench's later runs (start-up, idle memory).
  const StateFolder state_folder(base + "-state");
  const std::string sketch = base + "-sketch.json", log_path = base + "-frames.txt",
                    saved = base + "-saved.json";
  if (const Error saved_sketch = SaveSketch(BenchSketch(content, g, plan, tokens), sketch)) {
    result.error = saved_sketch.what();
    return result;
  }
  std::string e;
  XInput x;
  const int port = FreeUdpPort();
  if (!x.Error().empty() || port == 0) {
    result.error = port == 0 ? "no free UDP port for TUIO" : x.Error();
    return result;
  }
  char scale[16];
  std::snprintf(scale, sizeof scale, "%g", g.scale);
  const double spawned = Now();
  const pid_t pid =
      SpawnProcess({settings.app, "--size",
                    std::to_string(settings.width) + "x" + std::to_string(settings.height),
                    "--scale", scale, "--open", sketch, "--frame-log", log_path, "--save-on-exit",
                    saved, "--tuio", std::to_string(port)},
                   e);
  XWindowAt window;
  if (pid < 0 || !x.FindWindow(pid, 30.0, window)) {
    result.error = pid < 0 ? e : "the app's window did not appear within 30 s";
    if (pid > 0) kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
    return result;
  }
  const double seconds = GestureSeconds(settings, tokens), pause = PauseSeconds(tokens);
  // The app has opened the sketch once its autosave holds it (a slow build, ASan, may take
  // seconds at 10000 tokens): the gestures start on an app that is ready for them.
  const std::string autosaved = base + "-state/pps-canvas/board.json";
  for (int i = 0; i < 600 && !std::filesystem::exists(autosaved); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5 + tokens / 10000.0));

  std::vector<const Path*> dragged = {&plan.mouse};
  const Phase mouse = MouseGesture(x, window, plan.mouse, seconds);
  std::this_thread::sleep_for(std::chrono::duration<double>(pause));
  Phase finger, ten;
  if (tuio_too) {
    TuioCursors tuio(port);
    if (!tuio.Error().empty()) result.error = tuio.Error();
    finger = TuioGesture(tuio, settings.width, settings.height, {&plan.finger}, 1, seconds);
    std::this_thread::sleep_for(std::chrono::duration<double>(pause));
    std::vector<const Path*> ten_paths;
    for (const Path& p : plan.ten) ten_paths.push_back(&p);
    ten = TuioGesture(tuio, settings.width, settings.height, ten_paths, 11, seconds);
    std::this_thread::sleep_for(std::chrono::duration<double>(pause));
    dragged.push_back(&plan.finger);
    dragged.insert(dragged.end(), ten_paths.begin(), ten_paths.end());
  }
  const double closed = Now();
  x.Close(window.id);
  if (!WaitForExit(pid, "the app", 60.0, e)) {
    result.error = e;
    return result;
  }
  const double exited = Now();

  const FrameLogFile log = ReadFrameLog(log_path);
  if (!log.error.empty()) {
    result.error = log.error;
    return result;
  }
  const double after_mouse = tuio_too ? finger.begin : closed;
  result.mouse_frame = WholeFrames(log, mouse);
  result.mouse_moved = WholeFrames(log, mouse, true);
  result.mouse_drawn = MedianDrawn(log, mouse);
  result.mouse_input = FromArrival(log, mouse, after_mouse);
  result.mouse_sent = FromSent(log, mouse, after_mouse);
  if (tuio_too) {
    result.tuio_frame = WholeFrames(log, finger);
    result.tuio_input = FromArrival(log, finger, ten.begin);
    result.tuio_sent = FromSent(log, finger, ten.begin);
    result.ten_frame = WholeFrames(log, ten);
    result.ten_input = FromArrival(log, ten, closed);
  }
  std::vector<std::pair<const Phase*, double>> gestures = {{&mouse, after_mouse}};
  if (tuio_too) gestures.insert(gestures.end(), {{&finger, ten.begin}, {&ten, closed}});
  if (result.error.empty()) result.error = CheckLog(log, spawned, exited, gestures);
  if (result.error.empty()) result.error = CheckMoved(saved, g, dragged);
  for (const Figures* f : {&result.mouse_frame, &result.mouse_input, &result.mouse_sent})
    if (f->count == 0 && result.error.empty())
      result.error = "no frame was logged during the mouse drag";
  if (tuio_too)
    for (const Figures* f : {&result.tuio_frame, &result.tuio_input, &result.tuio_sent,
                             &result.ten_frame, &result.ten_input})
      if (f->count == 0 && result.error.empty())
        result.error = "no frame was logged during a TUIO drag";
  if (result.error.empty()) {
    for (const std::string& f : {sketch, log_path, saved}) std::filesystem::remove(f);
  }
  return result;
}

WindowResult MeasureBareWindow(const WindowSettings& settings) {
  WindowResult result;
  const Content content = LoadContent(settings.data);
  const Geometry g = AppGeometry(content, settings.width, settings.height);
  const Gestures plan = PlanGestures(g);
  const std::string dir = std::getenv("XDG_STATE_HOME") ? std::getenv("XDG_STATE_HOME") : "/tmp";
  const std::string log_path = dir + "/window-bare-frames.txt";
  XInput x;
  if (!x.Error().empty()) {
    result.error = x.Error();
    return result;
  }
  std::string e;
  const double spawned = Now();
  const pid_t pid =
      SpawnProcess({settings.bare, "--size",
                    std::to_string(settings.width) + "x" + std::to_string(settings.height),
                    "--frames", "0", "--poll", "--frame-log", log_path},
                   e);
  XWindowAt window;
  if (pid < 0 || !x.FindWindow(pid, 30.0, window)) {
    result.error = pid < 0 ? e : "the bare window did not appear within 30 s";
    if (pid > 0) kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
    return result;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const Phase mouse = MouseGesture(x, window, plan.mouse, GestureSeconds(settings, 60));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const double closed = Now();
  x.Close(window.id);
  if (!WaitForExit(pid, "the bare window", 30.0, e)) {
    result.error = e;
    return result;
  }
  const double exited = Now();
  const FrameLogFile log = ReadFrameLog(log_path);
  if (!log.error.empty()) {
    result.error = log.error;
    return result;
  }
  result.error = CheckLog(log, spawned, exited, {{&mouse, closed}});
  result.mouse_frame = WholeFrames(log, mouse);
  result.mouse_moved = WholeFrames(log, mouse, true);
  result.mouse_drawn = MedianDrawn(log, mouse);
  result.mouse_input = FromArrival(log, mouse, closed);
  result.mouse_sent = FromSent(log, mouse, closed);
  for (const Figures* f : {&result.mouse_frame, &result.mouse_input, &result.mouse_sent})
    if (f->count == 0 && result.error.empty())
      result.error = "no frame of the bare window was logged during the mouse drag";
  if (result.error.empty()) std::filesystem::remove(log_path);
  return result;
}

}  // namespace pps::bench
