# SPDX-License-Identifier: EUPL-1.2
"""The browser build's numbers, measured in headless Chromium on this machine (SwiftShader: WebGL
2 on the CPU): what a first visit transfers (gzip, as a static host serves it), the time to the
first frame, and during a one-finger drag at 60 and 1000 tokens the intervals between frames and
the time from each touch event to the end of the frame that drew it, against a bare page that
draws one rectangle under the finger in the same browser.

Usage: bench.py SITE_DIR   (cmake --build --preset web --target bench)"""

import base64
import gzip
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, Site  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MOVES = 120  # touch moves per drag, one every 16 ms

# Records each touch event's time (its timeStamp: when the browser made it) before the page's
# own listeners see it, and each frame drawn (Module.ppsFrames / window.ppsFrames).
RECORD = """
if (!window.ppsInputs)
  window.addEventListener('touchmove', function (e) { ppsInputs.push(e.timeStamp); }, true);
window.ppsInputs = [];
if (window.Module) Module.ppsFrames = []; else window.ppsFrames = [];
"""
COLLECT = """
const frames = window.Module ? Module.ppsFrames : window.ppsFrames;
return [ppsInputs, frames];
"""


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float('nan')


def sizes(site_dir):
    total, parts = 0, []
    for name in sorted(os.listdir(site_dir)):
        with open(os.path.join(site_dir, name), 'rb') as f:
            packed = len(gzip.compress(f.read(), 9))
        total += packed
        parts.append('%s %.0f KB' % (name, packed / 1024))
    print('web: a first visit transfers %.2f MB (gzip -9, as a static host serves it): %s'
          % (total / 1e6, ', '.join(parts)))


def sketch_link(count):
    """A sketch of `count` tokens spread over the board, as a #sketch= link."""
    tokens = [{'id': 't%d' % n, 'label': 'Activiteit %d' % n, 'weight': 1,
               'formal': round(-0.9 + 1.8 * ((n * 37) % 101) / 100, 3),
               'outside': round(-0.9 + 1.8 * ((n * 61) % 103) / 102, 3)} for n in range(count)]
    sketch = {'format': 'pps-canvas/sketch', 'version': 1, 'id': 'bench-%d' % count,
              'name': 'Bench %d' % count, 'tokens': tokens}
    return '#sketch=' + base64.urlsafe_b64encode(json.dumps(sketch).encode()).decode()


def drag(browser, start, step):
    """A finger's drag of MOVES moves; the frame intervals and the input-to-drawn times during
    it, and its length in s (each move is a DevTools round trip, which waits for the page)."""
    browser.js(RECORD)
    began = time.monotonic()
    browser.touch('touchStart', {0: start})
    x, y = start
    for n in range(MOVES):
        x, y = x + step[0] * (1 if n % 80 < 40 else -1), y + step[1] * (1 if n % 80 < 40 else -1)
        browser.touch('touchMove', {0: (x, y)})
        time.sleep(0.016)
    browser.touch('touchEnd', {})
    seconds = time.monotonic() - began
    time.sleep(0.3)
    inputs, frames = browser.js(COLLECT)
    # The frames of the drag: from its first move to the frame that drew its last.
    frames = [f for f in frames if inputs[0] <= f]
    last = next((n for n, f in enumerate(frames) if f >= inputs[-1]), len(frames) - 1)
    frames = frames[:last + 1]
    intervals = [b - a for a, b in zip(frames, frames[1:])]
    latency = []
    for t in inputs:
        drawn = next((f for f in frames if f >= t), None)
        if drawn is not None:
            latency.append(drawn - t)
    return intervals, latency, seconds


def report(what, intervals, latency, seconds):
    print('web: %s: frame interval median %.1f ms, p95 %.1f ms; touch event to frame drawn '
          'median %.1f ms, p95 %.1f ms (%d frames and %d touch events in %.1f s)'
          % (what, statistics.median(intervals), percentile(intervals, 0.95),
             statistics.median(latency), percentile(latency, 0.95), len(intervals) + 1,
             len(latency), seconds))


def main():
    site_dir = sys.argv[1]
    sizes(site_dir)
    site, bare = Site(site_dir), Site(HERE)
    browser = Browser()
    try:
        browser.open(site.url)  # a first visit: the service worker installs
        browser.quit()
        browser = Browser()
        start = time.monotonic()
        browser.open(site.url)
        first = browser.js("return performance.getEntriesByType('navigation')[0].startTime")
        drawn = browser.js('return Module.ppsFirstFrameAt')
        print('web: first frame %.0f ms after the page was asked for (first visit, empty cache; '
              '%.1f s until the test saw it settled)' % (drawn - first, time.monotonic() - start))
        for count in (60, 1000):
            browser.js('location.hash = arguments[0]', sketch_link(count))
            browser.wait(lambda: len(browser.layout().tokens) == count, 60, 'the sketch')
            browser.wait_settled(60)
            layout = browser.layout()
            token = min(layout.tokens.values(), key=lambda p: abs(p[0] - 500) + abs(p[1] - 400))
            report('%d tokens, a finger dragging one' % count, *drag(browser, token, (3, 2)))
        browser.open(bare.url + 'bare.html', wait=False)
        report('bare page, one rectangle under the finger', *drag(browser, (400, 300), (3, 2)))
    finally:
        browser.quit()
        site.stop()
        bare.stop()


if __name__ == '__main__':
    main()
