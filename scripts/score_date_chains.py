#!/usr/bin/env python3
"""Date resolution on real news, against ECB+'s cross-document time chains.

    scripts/score_date_chains.py ARTICLES TIME_GOLD CONCORD [SHOW]

ARTICLES: an ECB+ JSONL (e.g. the look or held part that scripts/dev_eval.sh
writes); TIME_GOLD: ../shared/data/ecbplus-dev-time.jsonl; CONCORD: the binary.
Gold chains link time expressions of different documents that name one time
("on Tuesday" in one report, "December 9, 2008" in another). Each linked
TIME_DATE markable is mapped to the concord date fact that overlaps it most;
for every cross-document pair of one chain the two resolved values should be
the same days or one inside the other. "disjoint" pairs are resolution errors
(a weekday resolved to the wrong week, a year-less day to the wrong year) or
gold chains looser than a value (a year "this year" linked to next year's
ceremony). SHOW lists that many disjoint pairs: never on the held part.
Values concord leaves unresolved (no publication date) are "unparsed".
"""
import json, subprocess, sys, datetime, itertools, collections
arts_path, gold_path, binp = sys.argv[1:4]
show = int(sys.argv[4]) if len(sys.argv) > 4 else 0
docs = {json.loads(l)["id"]: json.loads(l) for l in open(arts_path)}
out = subprocess.run([binp, "facts", arts_path, "--quiet"], capture_output=True, text=True).stdout
facts = collections.defaultdict(list)
for l in out.splitlines():
    f = json.loads(l)
    if f["kind"] == "date" and f.get("role") != "dateline":
        facts[f["doc"]].append(f)
def interval(v):
    if not isinstance(v, str): return None
    if "/" in v:
        a, b = v.split("/", 1); ia, ib = interval(a), interval(b)
        return (ia[0], ib[1]) if ia and ib else None
    try:
        if len(v) == 4 and v.isdigit():
            return (datetime.date(int(v),1,1), datetime.date(int(v),12,31))
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            y, m = int(v[:4]), int(v[5:]); s = datetime.date(y, m, 1)
            e = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
            return (s, e)
        if len(v) == 10:
            d = datetime.date.fromisoformat(v); return (d, d)
        if "-W" in v:
            y, w = v.split("-W"); s = datetime.date.fromisocalendar(int(y), int(w[:2]), 1)
            return (s, s + datetime.timedelta(days=6))
    except Exception:
        return None
    return None
gold = [json.loads(l) for l in open(gold_path)]
gold = [g for g in gold if g["doc"] in docs and g["type"] == "TIME_DATE" and g["linked"]]
def best(g):
    c = [f for f in facts[g["doc"]] if f["start"] < g["end"] and g["start"] < f["end"]]
    return max(c, key=lambda f: min(f["end"], g["end"]) - max(f["start"], g["start"])) if c else None
chains = collections.defaultdict(list)
for g in gold:
    f = best(g)
    if f: chains[g["chain"]].append((g, f))
res = collections.Counter(); bad = []
for ch, ms in chains.items():
    for (g1, f1), (g2, f2) in itertools.combinations(ms, 2):
        if g1["doc"] == g2["doc"]: continue
        a, b = interval(f1["value"]), interval(f2["value"])
        if a is None or b is None: res["unparsed"] += 1; continue
        if a == b: res["same"] += 1
        elif (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]): res["inside"] += 1
        elif a[1] < b[0] or b[1] < a[0]: res["disjoint"] += 1; bad.append((g1, f1, g2, f2))
        else: res["overlap"] += 1
n = sum(v for k, v in res.items() if k != "unparsed")
print(f"chain pairs {n}: same {res['same']/n:.3f} inside {res['inside']/n:.3f} overlap {res['overlap']/n:.3f} disjoint {res['disjoint']/n:.3f} (unparsed {res['unparsed']})")
seen = set()
for g1, f1, g2, f2 in bad[:show]:
    print(f"  {g1['doc']} {f1['text']!r}={f1['value']} (pub {docs[g1['doc']].get('published')})  vs  {g2['doc']} {f2['text']!r}={f2['value']} (pub {docs[g2['doc']].get('published')})")
