"""Validate blind31 corpus: gold texts are substrings of their report, ids exist, pairs within one event."""
import json, collections, re, sys, os
d = os.path.dirname(os.path.abspath(__file__))
R = {}
for l in open(os.path.join(d, 'reports.jsonl'), encoding='utf-8'):
    r = json.loads(l); assert r['id'] not in R, r['id']; R[r['id']] = r
errs, warns = [], []
for rid, r in R.items():
    n = len(r['text'].split())
    if not 350 <= n <= 700: errs.append(f'{rid}: {n} words')
    if r['event'] != rid.split('-')[1]: errs.append(f'{rid}: event field mismatch')
kinds = collections.Counter(); seen = set()
for i, l in enumerate(open(os.path.join(d, 'gold.jsonl'), encoding='utf-8'), 1):
    g = json.loads(l); kinds[g['kind']] += 1
    if g['kind'] not in ('agree', 'disagree', 'trap'): errs.append(f'line {i}: bad kind')
    ids = []
    for side in ('a', 'b'):
        s = g[side]; rid = s['id']
        if rid not in R: errs.append(f'line {i}: unknown id {rid}'); continue
        ids.append(rid)
        if R[rid]['event'] != g['event']: errs.append(f'line {i}: {rid} not in event {g["event"]}')
        t = R[rid]['text']; c = t.count(s['text'])
        if c == 0: errs.append(f'line {i}: not found in {rid}: {s["text"]!r}')
        elif c > 1: warns.append(f'line {i}: {c} occurrences in {rid}: {s["text"]!r}')
        if not re.search(r'\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|quarter|third|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|yesterday|January|February|March|April|May|June|July|August|September|October|November|December|decade|month|week|year|mile|next|last', s['text'], re.I):
            warns.append(f'line {i}: no obvious value in {s["text"]!r}')
    if len(ids) == 2 and ids[0] == ids[1]: errs.append(f'line {i}: both sides same report')
    key = (g['a']['id'], g['a']['text'], g['b']['id'], g['b']['text'])
    if key in seen: warns.append(f'line {i}: duplicate pair')
    seen.add(key)
print(dict(kinds), 'total', sum(kinds.values()), 'reports', len(R))
for w in warns: print('WARN', w)
for e in errs: print('ERR', e)
sys.exit(1 if errs else 0)
