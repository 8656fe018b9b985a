#!/usr/bin/env python3
"""Check docs/*.md and gold.jsonl of the third desk-draft held-out set (desk_heldout3).

Checks: front matter (source, published ISO date, title); body length 80-250 words;
one gold line per document and vice versa; clean/type consistency; counts by type;
every gold substring `a`/`b` occurs exactly once in the document body (after the front
matter). Exception, documented in README: for type headline_body_mismatch, `a` is the
headline figure and must occur exactly once in the front-matter title and not in the body.
"""
import collections
import datetime
import json
import os
import re
import sys

H = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(H, 'docs')
TYPES = {'part_exceeds_whole', 'arithmetic_sum', 'percent_over_100', 'percentage_mismatch',
         'headline_body_mismatch', 'cumulative_decreased_in_text', 'rounding_incompatible',
         'unit_mismatch', 'change_mismatch'}
problems = []

def bad(msg):
    problems.append(msg)
    print('BAD', msg)

def parse(path):
    t = open(path, encoding='utf-8').read()
    m = re.match(r'---\n(.*?)\n---\n(.*)\Z', t, re.S)
    if not m:
        bad(f'{os.path.basename(path)}: no front matter')
        return {}, ''
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(':')
        v = v.strip()
        if v.startswith('"'):
            v = json.loads(v)
        fm[k.strip()] = v
    return fm, m.group(2)

docs = {}
for name in sorted(os.listdir(DOCS)):
    if not name.endswith('.md'):
        continue
    if not re.fullmatch(r'\d\d-[a-z0-9-]+\.md', name):
        bad(f'{name}: file name not NN-slug.md')
    fm, body = parse(os.path.join(DOCS, name))
    for k in ('source', 'published', 'title'):
        if not fm.get(k):
            bad(f'{name}: front matter lacks {k}')
    try:
        datetime.date.fromisoformat(fm.get('published', ''))
    except ValueError:
        bad(f'{name}: published not an ISO date: {fm.get("published")!r}')
    n = len(body.split())
    if not 80 <= n <= 250:
        bad(f'{name}: body has {n} words (want 80-250)')
    docs[name] = (fm, body)

gold = [json.loads(line) for line in open(os.path.join(H, 'gold.jsonl'), encoding='utf-8') if line.strip()]
seen = collections.Counter(g['doc'] for g in gold)
for d, c in seen.items():
    if c != 1:
        bad(f'{d}: {c} gold lines')
for d in docs:
    if d not in seen:
        bad(f'{d}: no gold line')

types = collections.Counter()
for g in gold:
    d = g['doc']
    if set(g) != {'doc', 'clean', 'type', 'a', 'b', 'explain'}:
        bad(f'{d}: fields {sorted(g)}')
    if d not in docs:
        bad(f'{d}: gold line for a missing document')
        continue
    fm, body = docs[d]
    if g['clean']:
        if g['type'] is not None:
            bad(f'{d}: clean but type {g["type"]}')
        types['clean'] += 1
    else:
        if g['type'] not in TYPES:
            bad(f'{d}: unknown type {g["type"]}')
        types[g['type']] += 1
    if not g.get('explain'):
        bad(f'{d}: no explain')
    if not g.get('a'):
        bad(f'{d}: no a')
    if g['b'] is None and (g['clean'] or g['type'] != 'percent_over_100'):
        bad(f'{d}: b is null but type is {g["type"]}')
    for key in ('a', 'b'):
        s = g.get(key)
        if s is None:
            continue
        words = r'million|thousand|hundred|dozen|one|two|three|four|five|quarter|third|half'
        if not re.search(r'\d', s) and not re.search(words, s, re.I):
            bad(f'{d}: {key} contains no number: {s!r}')
        if key == 'a' and g['type'] == 'headline_body_mismatch':
            ct, cb = fm.get('title', '').count(s), body.count(s)
            if ct != 1 or cb != 0:
                bad(f'{d}: headline a {s!r} occurs {ct}x in title, {cb}x in body (want 1, 0)')
        else:
            c = body.count(s)
            if c != 1:
                bad(f'{d}: {key} {s!r} occurs {c}x in body (want 1)')

print('documents:', len(docs), ' gold lines:', len(gold))
for t in sorted(types):
    print(f'  {t}: {types[t]}')
if len(docs) != 26:
    bad(f'{len(docs)} documents, want 26')
if types['clean'] != 8 or sum(types.values()) - types['clean'] != 18:
    bad(f'want 8 clean and 18 planted, got {types["clean"]} and {sum(types.values()) - types["clean"]}')
for t in TYPES:
    if types[t] != 2:
        bad(f'type {t}: {types[t]} documents, want 2')
print(f'{len(problems)} problems')
sys.exit(1 if problems else 0)
