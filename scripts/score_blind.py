#!/usr/bin/env python3
"""Score a `concord report --format json` against a hand-written gold file of
fact pairs (a blind test corpus: written by someone who did not read the code).

    score_blind.py INPUT.jsonl GOLD.jsonl REPORT.json [--show]

GOLD: one JSON per line, {"kind": "disagree"|"agree"|"trap", "event", "fact",
"a": {"id", "text"}, "b": {"id", "text"}, "note"}; "text" is a substring of that
record's text holding the value (first occurrence is used).
A pair is *flagged* when one report fact holds a mention overlapping each side,
in different value groups, with status conflict or approximate; *joined* when
one fact holds both in the same value group (agree).
- disagree: want flagged (recall of real disagreements);
- trap: must not be flagged (false alarm), nor joined (false corroboration);
- agree: want joined, or approximate.
Also prints every conflict/approximate fact of the report that no gold pair
explains, for reading by hand, and the clustering of the report against the
records' "event" labels (documents of one gold event in one report event).
"""
import json
import sys
from collections import Counter, defaultdict


def load_jsonl(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def span(doc_text, sub):
    i = doc_text.find(sub)
    if i < 0:
        return None
    s = len(doc_text[:i].encode("utf-8"))
    return s, s + len(sub.encode("utf-8"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    docs = {r["id"]: r for r in load_jsonl(args[0])}
    gold = load_jsonl(args[1])
    rep = json.load(open(args[2], encoding="utf-8"))
    # mention index: doc -> list of (start, end, event, fact index, value index)
    idx = defaultdict(list)
    facts = []
    for ev in rep["events"]:
        for f in ev["facts"]:
            fi = len(facts)
            facts.append((ev["id"], f))
            for vi, v in enumerate(f["values"]):
                for m in v["mentions"]:
                    idx[m["doc"]].append((m["start"], m["end"], fi, vi))

    def where(side):
        d = docs.get(side["id"])
        if d is None:
            return None, set()
        sp = span(d["text"], side["text"])
        if sp is None:
            return None, set()
        hits = {(fi, vi) for (s, e, fi, vi) in idx[side["id"]] if s < sp[1] and sp[0] < e}
        return sp, hits

    tally = Counter()
    explained = set()
    lines = []
    for g in gold:
        sa, ha = where(g["a"])
        sb, hb = where(g["b"])
        if sa is None or sb is None:
            tally[g["kind"], "bad gold"] += 1
            continue
        verdict = "apart"
        for fa, va in ha:
            for fb, vb in hb:
                if fa != fb:
                    continue
                explained.add(fa)
                st = facts[fa][1]["status"]
                if va != vb and st in ("conflict", "approximate"):
                    verdict = st
                elif va == vb and verdict == "apart":
                    verdict = "joined"
        if not ha or not hb:
            verdict = "not extracted" if verdict == "apart" else verdict
        tally[g["kind"], verdict] += 1
        lines.append(f'{g["kind"]:9} {verdict:13} {g["event"]}: {g["fact"]}: '
                     f'{g["a"]["text"]!r} ({g["a"]["id"]}) vs {g["b"]["text"]!r} ({g["b"]["id"]})')
    kinds = sorted({k for k, _ in tally})
    for k in kinds:
        row = {v: n for (kk, v), n in tally.items() if kk == k}
        print(f"{k:9}", "  ".join(f"{v} {n}" for v, n in sorted(row.items())))
    flagged = [(e, f) for fi, (e, f) in enumerate(facts) if f["status"] in ("conflict", "approximate")]
    unexplained = [(e, f) for fi, (e, f) in enumerate(facts)
                   if f["status"] in ("conflict", "approximate") and fi not in explained]
    print(f"report: {sum(1 for _, f in flagged if f['status'] == 'conflict')} conflicts, "
          f"{sum(1 for _, f in flagged if f['status'] == 'approximate')} approximate; "
          f"{len(unexplained)} not explained by a gold pair (read them)")
    # clustering of the report against the gold labels
    gold_ev = {i: d.get("event") for i, d in docs.items()}
    members = {d: ev["id"] for ev in rep["events"] for d in ev["documents"]}
    by_gold = defaultdict(set)
    for d, g in gold_ev.items():
        by_gold[g].add(members.get(d))
    split = sum(1 for s in by_gold.values() if len(s) > 1)
    by_rep = defaultdict(set)
    for d, e in members.items():
        by_rep[e].add(gold_ev.get(d))
    mixed = sum(1 for s in by_rep.values() if len(s) > 1)
    print(f"events: {len(by_gold)} gold, {len(by_rep)} in the report; gold split {split}, report mixed {mixed}")
    if show:
        for l in lines:
            print(" ", l)
        for e, f in unexplained:
            vals = "; ".join(
                f'{v["value"]}: ' + ", ".join(f'{m["doc"]} {m["text"]!r}' for m in v["mentions"][:2])
                for v in f["values"])
            print(f"  UNEXPLAINED {f['status']} {e} {f['key']}: {vals}")


if __name__ == "__main__":
    main()
