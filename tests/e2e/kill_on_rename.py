#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Kills process PID with SIGKILL the moment a file named NAME is renamed into folder DIR
(inotify IN_MOVED_TO): the app dies between one atomic save and the next. Touches READY once
it watches. Exits 0 when it killed, 1 when nothing was renamed within 30 s.
Usage: kill_on_rename.py DIR NAME PID READY"""
import ctypes
import os
import select
import signal
import struct
import sys

IN_MOVED_TO = 0x80

folder, name, pid, ready = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3]), sys.argv[4]
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.inotify_init1(0)
if fd < 0 or libc.inotify_add_watch(fd, folder.encode(), IN_MOVED_TO) < 0:
    sys.exit("inotify: " + os.strerror(ctypes.get_errno()))
open(ready, "w").close()
while select.select([fd], [], [], 30)[0]:
    events = os.read(fd, 65536)
    at = 0
    while at < len(events):
        _, _, _, length = struct.unpack_from("iIII", events, at)
        renamed = events[at + 16:at + 16 + length].rstrip(b"\0")
        at += 16 + length
        if renamed == name:
            os.kill(pid, signal.SIGKILL)
            sys.exit(0)
sys.exit(1)
