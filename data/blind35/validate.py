import json, re, sys
from collections import Counter
arts = {a['id']: a for a in map(json.loads, open('/work/blind35/articles.jsonl'))}
gold = [json.loads(l) for l in open('/work/blind35/gold.jsonl')]
ONE = r'\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-[QH][1-4]'
def ok(v):
    if re.fullmatch(ONE, v): return True
    m = re.fullmatch(r'(\d{4}(?:-\d{2}(?:-\d{2})?)?)/(\d{4}(?:-\d{2}(?:-\d{2})?)?)', v)
    return bool(m) and len(m.group(1)) == len(m.group(2)) and m.group(1) < m.group(2)
errs = []; per = Counter(); lab = Counter()
LOC = {'en-US','en-GB','en-IE','en-CA','en-AU','en-NZ','en-IN','en-ZA','en-NG','en-KE','en-SG','en-PH'}
for a in arts.values():
    if a['locale'] not in LOC: errs.append(f"{a['id']} bad locale")
    if not re.fullmatch(r'20(1[5-9]|2[0-5])-\d\d-\d\d', a['published']): errs.append(f"{a['id']} bad published")
    n = len(a['text'].split())
    if not 150 <= n <= 450: errs.append(f"{a['id']} {n} words")
for g in gold:
    a = arts.get(g['id'])
    if not a: errs.append(f"unknown id {g['id']}"); continue
    if a['text'].count(g['text']) < g['occurrence']: errs.append(f"{g['id']} {g['text']!r} occurs < {g['occurrence']}")
    for v in [g['value']] + g['also']:
        if not ok(v): errs.append(f"{g['id']} bad value {v}")
    per[g['id']] += 1; lab[g['construction']] += 1
for i in arts:
    if per[i] < 5: errs.append(f"{i} has {per[i]} gold")
for l, c in lab.items():
    if c < 8: errs.append(f"label {l} used {c}")
print(len(arts), 'articles', len(gold), 'gold')
print('\n'.join(errs) or 'PASS')
