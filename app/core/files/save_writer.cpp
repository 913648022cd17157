// SPDX-License-Identifier: EUPL-1.2
#include "core/files/save_writer.h"

#include <exception>
#include <utility>

namespace pps {

namespace {

// An exception would end the app from the writer's thread: it becomes the save's error instead.
SaveOutcome RunSave(const SaveWriter::Save& save) {
  SaveOutcome outcome;
  try {
    outcome = save();
  } catch (const std::exception& e) {
    outcome.error = e.what();
  }
  return outcome;
}

}  // namespace

SaveWriter::~SaveWriter() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  posted_.notify_one();
  if (thread_.joinable()) thread_.join();
}

#ifdef PPS_NO_THREADS
// Without threads (the browser build, whose page has none): the save runs now, in the frame.
void SaveWriter::Post(Save save) {
  SaveOutcome outcome = RunSave(save);
  const std::lock_guard<std::mutex> lock(mutex_);
  done_.push_back(std::move(outcome));
}
#else
void SaveWriter::Post(Save save) {
  Save replaced;  // let go of after the lock: it may hold a large board
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    replaced = std::exchange(waiting_, std::move(save));
    if (!thread_.joinable()) thread_ = std::thread(&SaveWriter::Run, this);
  }
  posted_.notify_one();
}
#endif

std::vector<SaveOutcome> SaveWriter::Take() {
  const std::lock_guard<std::mutex> lock(mutex_);
  return std::exchange(done_, {});
}

bool SaveWriter::Busy() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return waiting_ || running_ || !done_.empty();
}

void SaveWriter::Wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return !waiting_ && !running_; });
}

void SaveWriter::Run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    posted_.wait(lock, [this] { return waiting_ || stopping_; });
    if (!waiting_) return;  // stopping, and nothing left to save
    Save save = std::exchange(waiting_, nullptr);
    running_ = true;
    lock.unlock();
    SaveOutcome outcome = RunSave(save);
    save = nullptr;  // what it held goes here, not under the lock
    lock.lock();
    done_.push_back(std::move(outcome));
    running_ = false;
    idle_.notify_all();
  }
}

}  // namespace pps
