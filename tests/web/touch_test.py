# SPDX-License-Identifier: EUPL-1.2
"""The browser build, first visit and fingers: a fresh browser opens on CIV Water; a link
#sketch=DATA (zlib, as a QR code carries it) opens its sketch (ten tokens); then two, five and
ten fingers at once each drag their own token through the browser's touch pipeline (DevTools
Input.dispatchTouchEvent), each token ends under its finger, and the type follows: all of them
in the Ondernemer quadrant make the sketch an Ondernemer.

Usage: touch_test.py SITE_DIR DATA_DIR"""

import base64
import json
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, Site  # noqa: E402


def sketch_link(data_dir):
    """CIV Water with two tokens more, as a #sketch= link."""
    with open(os.path.join(data_dir, 'cases', '03-civ-water.json'), encoding='utf-8') as f:
        sketch = json.load(f)
    sketch['id'] = sketch['name'] = 'tien-vingers'
    sketch.pop('i18n', None)
    for n, (formal, outside) in enumerate([(-0.6, 0.6), (0.6, -0.75)]):
        extra = dict(sketch['tokens'][0])
        extra.update({'id': 'extra-%d' % n, 'formal': formal, 'outside': outside})
        extra.pop('i18n', None)
        extra['label'] = 'Extra %d' % n
        sketch['tokens'].append(extra)
    # Short labels: small chips, which a grid of ten in one quadrant keeps apart (a finger lands
    # on the chip on top, as a person's does).
    for n, token in enumerate(sketch['tokens']):
        token['label'] = 'T%d' % n
        token.pop('i18n', None)
    # Compressed with zlib and unpadded, as a report's QR code carries a sketch (the page unpacks
    # it; tests/web/bench.py sends one as plain JSON).
    packed = zlib.compress(json.dumps(sketch).encode('utf-8'), 9)
    data = base64.urlsafe_b64encode(packed).decode('ascii').rstrip('=')
    return '#sketch=' + data, len(sketch['tokens'])


def targets(layout, count):
    """`count` places on a grid in the Ondernemer quadrant (formal, outside: right, bottom)."""
    x0, y0, x1, y1 = (float(v) for v in layout.text.split('\nboard ')[1].split('\n')[0].split())
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    columns = 4
    return [(cx + (x1 - cx) * (0.2 + 0.2 * (n % columns)),
             cy + (y1 - cy) * (0.2 + 0.25 * (n // columns))) for n in range(count)]


def drag_fingers(browser, count, places):
    """`count` fingers, each on its own token, dragged at once to `places`; checks each token."""
    layout = browser.layout()
    ids = sorted(layout.tokens)[:count]
    starts = {n: layout.tokens[i] for n, i in enumerate(ids)}
    # The places in reverse, so that no finger lands where it is to end (a finger held still on
    # a token is a long press: its card opens).
    ends = {n: places[count - 1 - n] for n in range(count)}
    browser.drag(starts, ends)
    after = browser.layout()
    for n, token in enumerate(ids):
        x, y = after.tokens[token]
        tx, ty = ends[n]
        assert abs(x - tx) <= 3 and abs(y - ty) <= 3, \
            '%d fingers: token %s at (%.1f, %.1f), its finger lifted at (%.1f, %.1f)\n%s' % (
                count, token, x, y, tx, ty, after.text)
    return after


def main():
    site_dir, data_dir = sys.argv[1], sys.argv[2]
    site = Site(site_dir)
    browser = Browser()
    try:
        browser.open(site.url)
        first = browser.layout()
        assert 'maatwerkcursussen' in first.tokens and first.type == 'opleider', \
            'a first visit should open on CIV Water (an Opleider):\n' + first.text
        print('first visit: CIV Water, %d tokens, %s' % (len(first.tokens), first.type))

        link, count = sketch_link(data_dir)
        browser.js('location.hash = arguments[0]', link)
        browser.wait(lambda: len(browser.layout().tokens) == count, 30, 'the linked sketch')
        browser.wait_settled()
        print('link #sketch=: %d tokens' % count)

        places = targets(browser.layout(), count)
        for fingers in (2, 5, 10):
            after = drag_fingers(browser, fingers, places)
            print('%d fingers: every token under its finger; type %s' % (fingers, after.type))
        assert after.type == 'ondernemer', 'all tokens formal and outside:\n' + after.text
    finally:
        browser.quit()
        site.stop()


if __name__ == '__main__':
    main()
