import json, collections, sys
recs = {}
for l in open('/work/blind33/reports.jsonl', encoding='utf-8'):
    r = json.loads(l); assert r['id'] not in recs; recs[r['id']] = r
    assert set(r) == {'id','event','source','published','title','text'}
    assert r['id'].startswith(f"t-{r['event']}-")
bad = 0; kinds = collections.Counter()
for n, l in enumerate(open('/work/blind33/gold.jsonl', encoding='utf-8'), 1):
    g = json.loads(l); kinds[g['kind']] += 1
    if g['kind'] not in ('agree', 'disagree', 'trap'): print(n, 'bad kind'); bad += 1
    for s in 'ab':
        i, t = g[s]['id'], g[s]['text']
        if i not in recs: print(n, 'no id', i); bad += 1; continue
        if t not in recs[i]['text']: print(n, 'not substring', i, t); bad += 1
        if recs[i]['event'] != g['event']: print(n, 'event mismatch', i); bad += 1
    if g['a']['id'] == g['b']['id']: print(n, 'same report'); bad += 1
words = [len(r['text'].split()) for r in recs.values()]
print(len(recs), 'reports,', min(words), '-', max(words), 'words;', dict(kinds), 'errors:', bad)
sys.exit(1 if bad else 0)
