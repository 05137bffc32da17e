import json, collections, sys
reps = {}
for line in open('/work/blind32/reports.jsonl', encoding='utf-8'):
    r = json.loads(line); assert r['id'] not in reps; reps[r['id']] = r
gold = [json.loads(l) for l in open('/work/blind32/gold.jsonl', encoding='utf-8')]
bad = 0
for i, g in enumerate(gold):
    assert g['kind'] in ('disagree', 'agree', 'trap')
    for side in ('a', 'b'):
        rid = g[side]['id']
        if rid not in reps: print(i, 'missing id', rid); bad += 1; continue
        if reps[rid]['event'] != g['event']: print(i, 'event mismatch', rid); bad += 1
        if g[side]['text'] not in reps[rid]['text']: print(i, 'not substring', rid, g[side]['text']); bad += 1
    if g['a']['id'] == g['b']['id']: print(i, 'same report'); bad += 1
wc = [len(r['text'].split()) for r in reps.values()]
print('reports', len(reps), 'events', len({r['event'] for r in reps.values()}), 'words min/max', min(wc), max(wc))
print('gold', len(gold), dict(collections.Counter(g['kind'] for g in gold)), 'errors', bad)
sys.exit(1 if bad else 0)
