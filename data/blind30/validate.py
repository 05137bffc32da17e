"""Validate gold.jsonl against reports.jsonl (substring, ids, same event)."""
import json, sys
from collections import Counter
D = "/work/blind30"
reps = {}
for line in open(f"{D}/reports.jsonl", encoding="utf-8"):
    r = json.loads(line)
    assert r["id"] not in reps, r["id"]
    assert r["id"] == f"q-{r['event']}-{r['id'].rsplit('-',1)[1]}"
    reps[r["id"]] = r
bad = 0
kinds = Counter()
for n, line in enumerate(open(f"{D}/gold.jsonl", encoding="utf-8"), 1):
    g = json.loads(line)
    kinds[g["kind"]] += 1
    if g["kind"] not in ("agree", "disagree", "trap"):
        print(n, "bad kind", g["kind"]); bad += 1
    ids = [g["a"]["id"], g["b"]["id"]]
    if ids[0] == ids[1]:
        print(n, "same report on both sides"); bad += 1
    for side in ("a", "b"):
        rid, t = g[side]["id"], g[side]["text"]
        if rid not in reps:
            print(n, "unknown id", rid); bad += 1; continue
        if reps[rid]["event"] != g["event"]:
            print(n, "event mismatch", rid, g["event"]); bad += 1
        if t not in reps[rid]["text"]:
            print(n, "text not found", rid, repr(t)); bad += 1
        elif reps[rid]["text"].count(t) > 1:
            print(n, "warning: text occurs more than once", rid, repr(t))
print(len(reps), "reports;", sum(kinds.values()), "gold pairs", dict(kinds), "; problems:", bad)
sys.exit(1 if bad else 0)
