# SPDX-License-Identifier: EUPL-1.2
"""The browser build in a real browser, for tests/web: the site served on loopback, Debian's
Chromium headless with WebGL 2 (SwiftShader) driven by Selenium and Debian's chromedriver, real
touch through the DevTools protocol's Input.dispatchTouchEvent, and what the app shows read from
its layout (pps_layout(), as --dump-layout writes it natively)."""

import functools
import math
import http.server
import os
import shutil
import socketserver
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = '/usr/bin/chromium'
CHROMEDRIVER = '/usr/bin/chromedriver'


class Site:
    """The site folder served on a free loopback port, until stop()."""

    def __init__(self, folder):
        handler = functools.partial(_QuietHandler, directory=folder)
        self.server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler)
        self.server.daemon_threads = True
        self.url = 'http://127.0.0.1:%d/' % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript',
                      '.webmanifest': 'application/manifest+json'}

    def log_message(self, *args):
        pass


class Browser:
    """Headless Chromium with a profile of its own (storage, service worker, downloads)."""

    def __init__(self, width=1280, height=800, profile=None):
        self.profile = profile or tempfile.mkdtemp(prefix='pps-web-')
        self.downloads = os.path.join(self.profile, 'downloads')
        os.makedirs(self.downloads, exist_ok=True)
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ['--headless=new', '--no-sandbox', '--use-gl=angle',
                         '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
                         '--disable-background-networking', '--disable-component-update',
                         '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
                         '--user-data-dir=' + os.path.join(self.profile, 'chromium'),
                         '--window-size=%d,%d' % (width, height)]:
            options.add_argument(argument)
        options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.said = []
        self.size(width, height)
        self.cdp('Emulation.setTouchEmulationEnabled', {'enabled': True, 'maxTouchPoints': 10})
        self.cdp('Browser.setDownloadBehavior', {'behavior': 'allow',
                                                 'downloadPath': self.downloads})

    def cdp(self, command, params=None):
        return self.driver.execute_cdp_cmd(command, params or {})

    def size(self, width, height, pixel_ratio=1, mobile=False):
        """The page's viewport: `width` x `height` CSS px at `pixel_ratio` device px each."""
        self.cdp('Emulation.setDeviceMetricsOverride',
                 {'width': width, 'height': height, 'deviceScaleFactor': pixel_ratio,
                  'mobile': mobile})

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def open(self, url, timeout=60, wait=True):
        """Loads `url` and waits until the app has drawn and settled (unless not `wait`)."""
        self.driver.get(url)
        if wait:
            self.wait_started(timeout)

    def reload(self, timeout=60):
        self.driver.refresh()
        self.wait_started(timeout)

    def wait_started(self, timeout=60):
        self.wait(lambda: self.js("return typeof Module !== 'undefined' && !!Module.calledRun"
                                  " && document.getElementById('status').hidden"),
                  timeout, 'the app to start')
        self.wait_settled(timeout)

    def wait(self, condition, timeout, what):
        end = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError('timed out after %g s waiting for %s; the page said:\n%s'
                                     % (timeout, what, self.console()))
            time.sleep(0.05)

    def wait_settled(self, timeout=30):
        self.wait(lambda: self.js("return Module._pps_settled() === 1"), timeout,
                  'the screen to settle')

    def wait_persisted(self, timeout=30):
        """Waits until the screen has settled and the page has written its files to IndexedDB:
        the app asks for a write in the frame that settles, so none is asked for or under way."""
        self.wait_settled(timeout)
        self.wait(lambda: self.js('return Module.ppsIdle()'), timeout, 'the storage write')

    def console(self):
        """All the page has said on its console since the browser started."""
        self.said.extend(entry['message'] for entry in self.driver.get_log('browser'))
        return '\n'.join(self.said)

    def layout(self):
        return Layout(self.js("return Module.ccall('pps_layout', 'string', [], [])"))

    def pixel_ratio(self):
        return self.js('return devicePixelRatio')

    def touch(self, kind, points, at=None):
        """One touch event: `kind` touchStart, touchMove or touchEnd; `points` {id: (x, y)} in
        the app's px (the canvas's device px), which the page gets in CSS px; `at` when the
        finger did it (s since the epoch, as time.time()), else now."""
        ratio = self.pixel_ratio()
        self.cdp('Input.dispatchTouchEvent', {
            'type': kind,
            'timestamp': at if at is not None else time.time(),
            'touchPoints': [{'x': x / ratio, 'y': y / ratio, 'id': i, 'radiusX': 4,
                             'radiusY': 4, 'force': 1}
                            for i, (x, y) in points.items()]})

    def drag(self, starts, ends, steps=12, stagger=0.35):
        """Fingers landing at `starts` {id: (x, y)} one after another, `stagger` s apart, each
        moving toward its place in `ends` from the moment it lands, then all moving at once the
        rest of the way, and up: several people's fingers (the app takes contacts that land
        together for a palm, and a finger held still on a token for a long press)."""
        at, down = {}, {}
        tick_px = 6.0  # how far a finger goes each tick while the others land, at most half way

        def advance():
            for i in down:
                dx, dy = ends[i][0] - starts[i][0], ends[i][1] - starts[i][1]
                length = math.hypot(dx, dy)
                gone = math.hypot(at[i][0] - starts[i][0], at[i][1] - starts[i][1])
                step = min(tick_px, max(0.0, length / 2 - gone))
                if length > 0:
                    at[i] = (at[i][0] + dx / length * step, at[i][1] + dy / length * step)

        ticks = 5
        for i in starts:
            if down:
                for _ in range(ticks):
                    time.sleep(stagger / ticks)
                    advance()
                    self.touch('touchMove', at)
            at[i] = starts[i]
            down[i] = True
            self.touch('touchStart', at)
        rest = {i: (ends[i][0] - x, ends[i][1] - y) for i, (x, y) in at.items()}
        origin = dict(at)
        for step in range(1, steps + 1):
            t = step / steps
            at = {i: (origin[i][0] + rest[i][0] * t, origin[i][1] + rest[i][1] * t) for i in at}
            self.touch('touchMove', at)
        self.touch('touchEnd', {})
        self.wait_settled()

    def tap(self, point):
        """A finger's tap: down and up where it is."""
        # 60 ms down, as the finger does it: each DevTools call waits for the page, which a loaded
        # machine makes late, and the app times a tap by the events' own times.
        down = time.time()
        self.touch('touchStart', {0: point}, down)
        self.touch('touchEnd', {}, down + 0.06)

    def tap_button(self, button_id):
        x0, y0, x1, y1 = self.layout().button(button_id)
        self.tap(((x0 + x1) / 2, (y0 + y1) / 2))
        self.wait_settled()

    def screenshot(self, path):
        self.driver.save_screenshot(path)

    def quit(self, keep_profile=False):
        self.driver.quit()
        if not keep_profile:
            shutil.rmtree(self.profile, ignore_errors=True)


class Layout:
    """The app's --dump-layout text: tokens and buttons by id, the zwaartepunt's type."""

    def __init__(self, text):
        self.text = text
        self.tokens, self.buttons = {}, {}
        self.type = None
        self.window = None
        for line in text.splitlines():
            f = line.split(' ')
            if f[0] == 'token':
                self.tokens[f[1]] = (float(f[2]), float(f[3]))
            elif f[0] == 'button':
                self.buttons[f[1]] = tuple(float(v) for v in f[2:6])
            elif f[0] == 'zwaartepunt':
                self.type = f[3]
            elif f[0] == 'window':
                self.window = (int(f[1]), int(f[2]), float(f[4]))

    def button(self, button_id):
        assert button_id in self.buttons, 'no button %s on screen:\n%s' % (button_id, self.text)
        return self.buttons[button_id]
