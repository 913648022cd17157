#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks the data against the publication, which the repository does not hold (issue 20).

Usage: tests/content_check.py PUBLICATION.txt [--loose]   (from the repository's root)

Quotes: every phrase in double quotes in the last two sections of data/README.md ("The 60 case
tokens ..." and "Changes checked against the publication") must occur in the publication, word
for word after the normalisation below. Copying:

Tokenises every string of data/*.json and data/cases/*.json (per language), each paragraph or list
item of data/README.md and the string literals of app/core/model/model.cpp: NFKC, lower case,
typographic apostrophes unified, words = runs of letters/digits. Reports
  RUN    any run of >= 8 words shared with the publication (8-word shingles, maximal runs),
  STRICT a sentence/clause of >= 5 words whose words match a publication span in order for >= 70%
         with at most 3 words different (difflib over words),
  LOOSE  the same at >= 50% and >= 6 matching words (listed with --loose).
"""
import difflib, glob, json, re, sys, unicodedata
from collections import defaultdict
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUB = sys.argv[1]; LOOSE = '--loose' in sys.argv
def words(t):
    t = unicodedata.normalize('NFKC', t).lower().replace('\u2019', "'").replace('\u2018', "'")
    return re.findall(r"[0-9a-zà-ÿ\ufffd]+", t)
pub = words(open(PUB, encoding='utf-8').read())
grams = defaultdict(list)
for i in range(len(pub) - 2): grams[tuple(pub[i:i+3])].append(i)
sh8 = set(tuple(pub[i:i+8]) for i in range(len(pub) - 7))
def strings(obj, where):
    if isinstance(obj, str): yield where, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k in ('id', 'format', 'color', 'accent', 'examples', 'published_type'): continue
            yield from strings(v, where + '/' + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj): yield from strings(v, f'{where}/{i}')
texts = []
for f in sorted(glob.glob(ROOT + '/data/*.json') + glob.glob(ROOT + '/data/cases/*.json')):
    for w, s in strings(json.load(open(f, encoding='utf-8')), ''): texts.append((f[len(ROOT)+1:] + w, s))
readme = open(ROOT + '/data/README.md', encoding='utf-8').read()
for i, para in enumerate(re.split(r'\n\s*\n|\n- |\n  - |\|', readme)): texts.append((f'data/README.md#{i}', para))
src = open(ROOT + '/app/core/model/model.cpp', encoding='utf-8').read()
lits = re.findall(r'"((?:[^"\\]|\\.)*)"', src)
texts.append(('app/core/model/model.cpp', ' '.join(lits)))
runs = strict = loose = 0
for where, s in texts:
    w = words(s)
    i = 0
    while i <= len(w) - 8:
        if tuple(w[i:i+8]) in sh8:
            j = i + 8
            while j < len(w) and tuple(w[j-7:j+1]) in sh8: j += 1
            print(f'RUN    {where}: {" ".join(w[i:j])}'); runs += 1; i = j
        else: i += 1
    for sent in re.split(r'(?<=[.;:!?])\s+|\s+[–—]\s+', s):
        sw = words(sent); n = len(sw)
        if n < 5: continue
        starts = set()
        for k in range(n - 2):
            for p in grams.get(tuple(sw[k:k+3]), []): starts.add(max(0, p - k))
        best = (0, None)
        for c in sorted(starts):
            win = pub[max(0, c - 3): c + int(1.6 * n) + 3]
            m = sum(b.size for b in difflib.SequenceMatcher(None, sw, win, autojunk=False).get_matching_blocks())
            if m > best[0]: best = (m, c)
        m = best[0]
        if m / n >= 0.7 and n - m <= 3:
            print(f'STRICT {where}: {sent!r} <- {" ".join(pub[best[1]:best[1]+n+2])}'); strict += 1
        elif LOOSE and m / n >= 0.5 and m >= 6:
            print(f'LOOSE  {where}: {sent!r} <- {" ".join(pub[best[1]:best[1]+n+2])}'); loose += 1
# Quotes in the README's last two sections.
tail = readme[readme.index('## The 60 case tokens'):]
pubtext = ' ' + ' '.join(pub) + ' '
quotes = re.findall(r'"([^"\n]+(?:\n[^"\n]+)?)"', tail)
missing = [q for q in quotes if ' ' + ' '.join(words(q)) + ' ' not in pubtext]
for q in missing: print(f'QUOTE  data/README.md: "{q}" is not in the publication')
print(f'# {len(quotes)} quotes in data/README.md checked, {len(missing)} not found')
print(f'# {len(texts)} texts: {runs} runs of 8+ words, {strict} strict near-verbatim' + (f', {loose} loose' if LOOSE else ''))
sys.exit(1 if missing or runs else 0)
