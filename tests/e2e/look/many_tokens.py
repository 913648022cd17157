#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes a sketch of N activities from the library at reproducible pseudo-random places, as
the benchmark generates them (the same LCG and seed). Usage: many_tokens.py LIBRARY.json N OUT"""
import json
import sys

library, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
activities = json.load(open(library, encoding="utf-8"))["activities"]
seed = 20261128


def nxt():
    global seed
    seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
    return (seed >> 8) / float(1 << 24) * 1.9 - 0.95


tokens = []
for i in range(count):
    a = activities[i % len(activities)]
    t = {"id": "t%d" % i, "label": a["label"], "formal": nxt(), "outside": nxt()}
    en = a.get("i18n", {}).get("en", {}).get("label")
    if en:
        t["i18n"] = {"en": {"label": en}}
    tokens.append(t)
sketch = {"format": "pps-canvas/sketch", "version": 1, "name": "Benchmark", "tokens": tokens}
json.dump(sketch, open(out, "w", encoding="utf-8"), ensure_ascii=False)
