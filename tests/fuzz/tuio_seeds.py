# SPDX-License-Identifier: EUPL-1.2
# Writes the seed packets of tests/fuzz/corpus/tuio (OSC 1.0 encoding, big-endian).
# Usage: python3 tuio_seeds.py tests/fuzz/corpus/tuio
import struct, sys, os
out = sys.argv[1]
def s(x):
    b = x.encode() + b'\0'
    return b + b'\0' * (-len(b) % 4)
def msg(addr, *args):
    tags = ','; data = b''
    for a in args:
        if isinstance(a, str): tags += 's'; data += s(a)
        elif isinstance(a, int): tags += 'i'; data += struct.pack('>i', a)
        else: tags += 'f'; data += struct.pack('>f', a)
    return s(addr) + s(tags) + data
def bundle(*els):
    return b'#bundle\0' + struct.pack('>Q', 1) + b''.join(struct.pack('>I', len(e)) + e for e in els)
def frame(alive, sets, fseq, source=None):
    els = []
    if source: els.append(msg('/tuio/2Dcur', 'source', source))
    els.append(msg('/tuio/2Dcur', 'alive', *alive))
    for sid, x, y in sets: els.append(msg('/tuio/2Dcur', 'set', sid, float(x), float(y), 0.0, 0.0, 0.0))
    els.append(msg('/tuio/2Dcur', 'fseq', fseq))
    return bundle(*els)
def blob_frame(alive, sets, fseq, source=None):  # sets: (session, x, y, angle, w, h)
    els = []
    if source: els.append(msg('/tuio/2Dblb', 'source', source))
    els.append(msg('/tuio/2Dblb', 'alive', *alive))
    for sid, x, y, a, w, h in sets:
        els.append(msg('/tuio/2Dblb', 'set', sid, float(x), float(y), float(a), float(w), float(h),
                       float(w * h), 0.0, 0.0, 0.0, 0.0, 0.0))
    els.append(msg('/tuio/2Dblb', 'fseq', fseq))
    return bundle(*els)
def stream(*packets):  # the fuzz target's second reading: two-byte length, payload, ...
    return b''.join(struct.pack('>H', len(p)) + p for p in packets)
seeds = {
  'frame-one-cursor.osc': frame([7], [(7, 0.5, 0.25)], 1),
  'frame-two-cursors-with-source.osc': frame([1, 2], [(1, 0.1, 0.2), (2, 0.8, 0.9)], 42, 'table:0@10.0.0.5'),
  'frame-empty-alive.osc': frame([], [], 3),
  'frame-fseq-minus-one.osc': frame([3], [(3, 0.3, 0.3)], -1),
  'nested-two-frames.osc': bundle(bundle(frame([5], [(5, 0.1, 0.1)], 1), msg('/tuio/2Dobj', 'alive', 1)),
                                  bundle(frame([5], [(5, 0.2, 0.1)], 2))),
  'edge-rejected-set-int-x.osc': bundle(msg('/tuio/2Dcur', 'set', 1, 1, 0.5), frame([], [], 2)),
  'edge-rejected-truncated.osc': frame([1], [(1, 0.5, 0.5)], 9)[:60],
  'edge-unfinished-frame.osc': bundle(msg('/tuio/2Dcur', 'alive', 1), msg('/tuio/2Dcur', 'set', 1, 0.5, 0.5, 0.0, 0.0, 0.0)),
  'stream-down-move-up.bin': stream(frame([1, 2], [(1, 0.1, 0.1), (2, 0.9, 0.9)], 1),
                                    frame([1, 2], [(1, 0.2, 0.1), (2, 0.8, 0.9)], 2),
                                    frame([1, 2], [(1, 0.3, 0.1)], 2),
                                    frame([2], [(2, 0.7, 0.9)], 3),
                                    frame([], [], 500), frame([4], [(4, 0.5, 0.5)], 1)),
  'blob-one-palm.osc': blob_frame([4], [(4, 0.5, 0.5, 0.3, 0.12, 0.08)], 1),
  'blob-and-cursor-one-session.osc': bundle(frame([6], [(6, 0.4, 0.4)], 10, 'table'),
                                            blob_frame([6], [(6, 0.41, 0.42, 0.0, 0.02, 0.02)], 10, 'table')),
  'edge-rejected-blob-int-width.osc': bundle(msg('/tuio/2Dblb', 'alive', 1),
                                             msg('/tuio/2Dblb', 'set', 1, 0.5, 0.5, 0.0, 1, 0.1),
                                             msg('/tuio/2Dblb', 'fseq', 2)),
  'stream-blob-grows-cursor-leaves.bin': stream(frame([1], [(1, 0.2, 0.2)], 1),
                                                blob_frame([1], [(1, 0.2, 0.2, 0.0, 0.01, 0.01)], 1),
                                                blob_frame([1, 2], [(1, 0.2, 0.2, 1.0, 0.2, 0.1),
                                                                    (2, 0.7, 0.7, 0.0, 0.02, 0.03)], 2),
                                                frame([], [], 2),
                                                blob_frame([2], [(2, 0.6, 0.7, 0.0, 0.02, 0.03)], 3),
                                                blob_frame([], [], 4)),
}
os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    open(os.path.join(out, name), 'wb').write(data)
