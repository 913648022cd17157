# SPDX-License-Identifier: EUPL-1.2
"""The browser build at a laptop's, a table's and a tablet's size: the canvas holds the device's
pixels, the app's scale follows the screen as it does natively, a finger's drag lands the token under it, the board and every button lie
across the screen (the sidebars scroll), and a screenshot of each is kept to look at (OUT_DIR/web-WxH.png). Presenting
takes the browser's full screen and gives it back.

Usage: screens_test.py SITE_DIR OUT_DIR"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, Site  # noqa: E402

# CSS px, device px per CSS px, and the scale the app should choose (ui/widgets/ui_scale.h).
SCREENS = [(1280, 800, 1, False, 1.0), (1920, 1080, 1, False, 1.2), (1180, 820, 2, True, 2.0)]


def main():
    site_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    site = Site(site_dir)
    browser = Browser()
    try:
        browser.open(site.url)
        # Presenting fills the screen (the browser's full screen, asked for after the tap), and
        # gives it back when it stops.
        browser.tap_button('present')
        browser.wait(lambda: browser.js('return !!document.fullscreenElement'), 10,
                     'full screen for presenting')
        browser.tap_button('stop_presenting')
        browser.wait(lambda: not browser.js('return !!document.fullscreenElement'), 10,
                     'the window back after presenting')
        print('presenting: full screen, and back after')
        for width, height, ratio, mobile, scale in SCREENS:
            browser.size(width, height, ratio, mobile)
            browser.reload()
            layout = browser.layout()
            w, h, s = layout.window
            assert (w, h) == (width * ratio, height * ratio), \
                'the canvas is %dx%d px for %dx%d CSS px at %g' % (w, h, width, height, ratio)
            assert abs(s - scale) < 0.01, 'scale %g at %dx%d (%g), not %g' % (s, width, height,
                                                                              ratio, scale)
            # The sidebars scroll: a button may lie below the fold, never beside the screen.
            off = [b for b, (x0, y0, x1, _) in layout.buttons.items()
                   if x0 < 0 or y0 < 0 or x1 > w + 1]
            assert not off, 'buttons off the screen at %dx%d: %s' % (width, height, off)
            # A finger's drag lands where it lifted, in the canvas's px (CSS px x ratio).
            start = layout.tokens['modules']
            end = (start[0] - 120 * ratio, start[1] + 90 * ratio)
            browser.drag({0: start}, {0: end})
            moved = browser.layout().tokens['modules']
            assert abs(moved[0] - end[0]) <= 2 * ratio and abs(moved[1] - end[1]) <= 2 * ratio, \
                'at %g px per CSS px, modules went to %s, not under the finger at %s' % (
                    ratio, moved, end)
            browser.tap_button('undo')
            path = os.path.join(out_dir, 'web-%dx%d.png' % (width, height))
            browser.screenshot(path)
            print('%dx%d CSS px at %g: canvas %dx%d, scale %g, %d buttons on screen; %s'
                  % (width, height, ratio, w, h, s, len(layout.buttons), path))
    finally:
        browser.quit()
        site.stop()


if __name__ == '__main__':
    main()
