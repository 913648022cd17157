# SPDX-License-Identifier: EUPL-1.2
"""The browser build keeps what a user made: taps on the app's own buttons and keyboard add an
activity and keep the sketch under a name in the gallery, whose Exporteer downloads it; a finger drags a token; after a reload
the board, the named sketch and the undo history are all there (the home folder in IndexedDB),
and ↶ takes the drag back. Verslag leaves the browser as downloads.

Usage: reload_test.py SITE_DIR"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, Site  # noqa: E402


def type_on_keyboard(browser, text):
    """Taps the app's on-screen keyboard, key by key, then Klaar."""
    for char in text:
        layout = browser.layout()
        key = next((i for i, line in _button_labels(layout) if line == char), None)
        assert key, 'no key %r on the keyboard:\n%s' % (char, layout.text)
        browser.tap_button(key)
    browser.tap_button('key_ok')


def _button_labels(layout):
    for line in layout.text.splitlines():
        f = line.split(' ', 6)
        if f[0] == 'button' and len(f) == 7:
            yield f[1], f[6]


def token_labelled(layout, label):
    for line in layout.text.splitlines():
        f = line.split(' ', 8)
        if f[0] == 'token' and len(f) == 9 and f[8] == label:
            return f[1]
    return None


def pick_file(browser, path):
    """Chooses `path` in the page's file picker, as Ctrl+O opens it."""
    picker = browser.driver.find_element('id', 'picker')
    browser.js("arguments[0].style.display = 'block'", picker)
    handed = browser.js('return Module.ppsFilesIn')
    picker.send_keys(path)
    browser.js("arguments[0].style.display = ''", picker)
    # Read by the page (asynchronously), handed to the app, and taken by a frame.
    browser.wait(lambda: browser.js('return Module.ppsFilesIn > arguments[0] && '
                                    'Module.ppsOpened.length === 0', handed), 30,
                 'the app to take the file')
    browser.wait_settled()


def kept_sketches(browser):
    """The files in the gallery's folder, in the page's file system."""
    return browser.js("try { return FS.readdir(arguments[0]); } catch (e) { return []; }",
                      '/pps-canvas/.local/share/pps-canvas/sketches')


def main():
    site = Site(sys.argv[1])
    browser = Browser()
    try:
        browser.open(site.url)
        start = browser.layout()
        assert 'modules' in start.tokens, 'a first visit opens on CIV Water:\n' + start.text

        # An activity of one's own, typed on the app's keyboard.
        browser.tap_button('add_activity')
        browser.tap_button('own_activity')
        type_on_keyboard(browser, 'Stage')  # its capital by itself
        added = token_labelled(browser.layout(), 'Stage')
        assert added, 'the typed activity is not on the board:\n' + browser.layout().text
        print('keyboard: "Stage" is on the board as %s' % added)

        # Kept under a name in the gallery.
        browser.tap_button('sketches')
        browser.tap_button('save_as')
        type_on_keyboard(browser, 'Tafel')
        # The keyboard opens on the sketch's name, selected: "Tafel" replaces it.
        browser.wait(lambda: 'tafel.json' in kept_sketches(browser), 10,
                     'the kept sketch in the gallery\'s folder')
        # Its card's Exporteer, under the fold: a finger scrolls the sidebar up to it.
        browser.drag({0: (1076, 700)}, {0: (1076, 150)})
        browser.tap_button('gexport0')
        browser.wait(lambda: 'tafel.json' in os.listdir(browser.downloads), 30,
                     'the kept sketch as a download')
        print('gallery: Exporteer downloads tafel.json')
        browser.tap_button('sketches')  # closed again

        # A drag, written to the browser's storage once it has settled.
        before = browser.layout().tokens['modules']
        to = (before[0] - 150, before[1] + 120)
        browser.drag({0: before}, {0: to})
        browser.wait_persisted()
        moved = browser.layout().tokens['modules']
        assert abs(moved[0] - to[0]) <= 3 and abs(moved[1] - to[1]) <= 3, browser.layout().text

        browser.reload()
        after = browser.layout()
        assert after.tokens.get('modules') == moved, \
            'after a reload modules is at %s, not %s:\n%s' % (after.tokens.get('modules'), moved,
                                                             after.text)
        assert token_labelled(after, 'Stage'), 'the typed activity is gone:\n' + after.text
        print('reload: the board as it was (modules at %.1f, %.1f; "Stage" there)' % moved)
        assert 'tafel.json' in kept_sketches(browser), \
            'the kept sketch is gone after a reload: %s' % kept_sketches(browser)
        print('reload: the kept sketch "CIV Watertafel" is in the gallery\'s folder')

        browser.tap_button('undo')
        undone = browser.layout().tokens['modules']
        assert abs(undone[0] - before[0]) <= 1 and abs(undone[1] - before[1]) <= 1, \
            'after a reload, undo should take the drag back to %s; modules is at %s' % (before,
                                                                                     undone)
        print('reload: undo takes the drag back')

        browser.tap_button('report')
        browser.wait(lambda: any(name.endswith('.html') for name in os.listdir(browser.downloads)),
                     30, 'the report as a download')
        print('report: downloaded %s' % ', '.join(sorted(os.listdir(browser.downloads))))
        # The exported file comes back in by the page's file picker (Ctrl+O), through the app's
        # loader: the board as exported, modules where it stood then.
        elsewhere = (before[0] - 200, before[1] + 200)
        browser.drag({0: undone}, {0: elsewhere})
        pick_file(browser, os.path.join(browser.downloads, 'tafel.json'))
        browser.wait(lambda: browser.layout().tokens.get('modules') == undone, 30,
                     'the picked sketch on the board')
        print('file picker: the exported sketch opens again')
        broken = os.path.join(browser.profile, 'kapot.json')
        with open(broken, 'w', encoding='utf-8') as f:
            f.write('{"format": "pps-canvas/sketch", "tokens": [')
        pick_file(browser, broken)
        browser.wait(lambda: 'kapot.json' in browser.console(), 30, 'the error about kapot.json')
        assert browser.layout().tokens.get('modules') == undone, 'a bad file changed the board'
        print('file picker: a broken file is refused with an error, the board kept')

        console = browser.console()
        assert 'changed outside' not in console, 'a file read back was taken for another\'s:\n' + \
            console
    finally:
        browser.quit()
        site.stop()


if __name__ == '__main__':
    main()
