// SPDX-License-Identifier: EUPL-1.2
#include "core/files/save_writer.h"

#include <exception>
#include <utility>

namespace pps {

SaveWriter::~SaveWriter() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  posted_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void SaveWriter::Post(Save save) {
  Save replaced;  // let go of after the lock: it may hold a large board
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    replaced = std::exchange(waiting_, std::move(save));
    if (!thread_.joinable()) thread_ = std::thread(&SaveWriter::Run, this);
  }
  posted_.notify_one();
}

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
    SaveOutcome outcome;
    // An exception would end the app from this thread: it becomes the save's error instead.
    try {
      outcome = save();
    } catch (const std::exception& e) {
      outcome.error = e.what();
    }
    save = nullptr;  // what it held goes here, not under the lock
    lock.lock();
    done_.push_back(std::move(outcome));
    running_ = false;
    idle_.notify_all();
  }
}

}  // namespace pps
