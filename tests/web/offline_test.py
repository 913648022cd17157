# SPDX-License-Identifier: EUPL-1.2
"""The browser build works offline after a first visit: the service worker keeps the site's
files, and with the server gone (the network cut) a reload still starts the app with the board as
it was left. A second tab of the app meanwhile works in memory and says so.

Usage: offline_test.py SITE_DIR"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, Site  # noqa: E402


def main():
    site = Site(sys.argv[1])
    browser = Browser()
    try:
        browser.open(site.url)
        # The worker keeps the site's files at install, and takes the page over (clients.claim).
        browser.wait(lambda: browser.js('return !!navigator.serviceWorker.controller'), 30,
                     'the service worker to control the page')
        # A second tab of the app works in memory and says so; the first keeps the storage.
        first = browser.driver.current_window_handle
        browser.driver.switch_to.new_window('tab')
        browser.open(site.url)
        browser.wait(lambda: 'ander tabblad' in browser.console(), 30, 'the second tab\'s note')
        assert browser.js('return Module.ppsWrites') == 0
        browser.driver.close()
        browser.driver.switch_to.window(first)
        print('second tab: in memory, and said so')

        before = browser.layout().tokens['modules']
        browser.drag({0: before}, {0: (before[0] - 100, before[1] + 100)})
        moved = browser.layout().tokens['modules']
        browser.wait_persisted()

        site.stop()  # the network is gone: a request now is refused
        browser.reload()
        after = browser.layout()
        assert after.tokens.get('modules') == moved, \
            'offline, modules is at %s, not %s:\n%s' % (after.tokens.get('modules'), moved,
                                                        after.text)
        print('offline: the app started from the service worker\'s copy, the board as left')
    finally:
        browser.quit()


if __name__ == '__main__':
    main()
