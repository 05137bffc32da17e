#!/usr/bin/env python3
"""Run tests/data/date_probes.tsv through `concord facts` and count failures per family.

    scripts/date_probes.py [--concord target/release/concord] [--show FAMILY|all]

Each row is one short sentence, its publication date, its locale (blank: en-US),
the expression and the expected value. Expected forms, alternatives split by "|":
  an ISO value or interval (CONTRACT.md)  the fact's day range must equal it;
  in:VALUE:start|mid|end|any             the fact lies strictly inside VALUE, at that part;
  ~A/B                                    both ends within 25 days of A and B (seasons);
  none                                    no date fact may overlap the expression.
The fact compared is the date fact overlapping the expression most. A right value
whose span does not cover the whole expression is counted as a span failure.
"""
import argparse
import collections
import datetime as dt
import json
import subprocess
import sys

D = dt.date


def month_end(y, m):
    return (D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))


def unit_range(s):
    """Day range [first, last] of one ISO unit, or None for an open end."""
    if s == "..":
        return None
    if "-W" in s:
        y, w = s.split("-W")
        first = dt.date.fromisocalendar(int(y), int(w), 1)
        return first, first + dt.timedelta(days=6)
    if "-Q" in s:
        y, q = s.split("-Q")
        m = 3 * (int(q) - 1) + 1
        return D(int(y), m, 1), month_end(int(y), m + 2)
    if "-H" in s:
        y, h = s.split("-H")
        m = 6 * (int(h) - 1) + 1
        return D(int(y), m, 1), month_end(int(y), m + 5)
    parts = s.split("-")
    if len(parts) == 1:
        return D(int(s), 1, 1), D(int(s), 12, 31)
    y, m = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        return D(y, m, 1), month_end(y, m)
    d = D(y, m, int(parts[2]))
    return d, d


def value_range(v):
    """(first, last) of a value; None for an open end."""
    if "/" in v:
        a, b = v.split("/", 1)
        ra, rb = unit_range(a), unit_range(b)
        return (ra[0] if ra else None, rb[1] if rb else None)
    return unit_range(v)


def matches(expected, got):
    try:
        g = value_range(got) if got else None
    except (ValueError, IndexError):
        return False
    for alt in expected.split("|"):
        if alt == "none":
            if got is None:
                return True
            continue
        if g is None:
            continue
        if alt.startswith("in:"):
            _, val, part = alt.split(":")
            lo, hi = value_range(val)
            if g[0] is None or g[1] is None or g[0] < lo or g[1] > hi or (g[0], g[1]) == (lo, hi):
                continue
            if part == "start" and g[0] != lo:
                continue
            if part == "end" and g[1] != hi:
                continue
            if part == "mid" and (g[0] == lo or g[1] == hi):
                continue
            return True
        elif alt.startswith("~"):
            lo, hi = value_range(alt[1:])
            if g[0] and g[1] and abs((g[0] - lo).days) <= 25 and abs((g[1] - hi).days) <= 25:
                return True
        elif value_range(alt) == g:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--concord", default="target/release/concord")
    ap.add_argument("--probes", default="tests/data/date_probes.tsv")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    rows = []
    with open(args.probes, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip() and not line.startswith("#"):
                rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    docs = []
    for i, r in enumerate(rows):
        doc = {"id": str(i), "text": r["sentence"], "published": r["published"]}
        if r["locale"]:
            doc["locale"] = r["locale"]
        docs.append(json.dumps(doc))
    out = subprocess.run([args.concord, "facts", "-", "--quiet"], input="\n".join(docs) + "\n",
                         capture_output=True, text=True, check=False).stdout
    facts = collections.defaultdict(list)
    for line in out.splitlines():
        f = json.loads(line)
        if f.get("kind") == "date":
            facts[f["doc"]].append(f)
    per = collections.OrderedDict()
    total_fail = 0
    for i, r in enumerate(rows):
        text = r["sentence"].encode()
        c = text.find(r["expression"].encode())
        s, e = c, c + len(r["expression"].encode())
        best, ov = None, 0
        for f in facts[str(i)]:
            o = min(e, f["end"]) - max(s, f["start"])
            if o > ov:
                best, ov = f, o
        got = best["value"] if best else None
        ok = matches(r["expected"], got if isinstance(got, str) else None)
        span_ok = best is None or (best["start"] <= s and best["end"] >= e)
        verdict = "ok" if ok and span_ok else ("span" if ok else ("miss" if best is None else "wrong"))
        fam = per.setdefault(r["family"], collections.Counter())
        fam["rows"] += 1
        fam[verdict] += 1
        if verdict != "ok":
            total_fail += 1
            if args.show in ("all", r["family"]):
                shown = f'{best["text"]!r}={got}' if best else "-"
                print(f'{verdict:5} {r["family"]:8} {r["expression"]!r:35} want {r["expected"]:28} got {shown}  | {r["sentence"]}')
    print(f'{"family":9} rows  ok  miss wrong span')
    for fam, c in per.items():
        print(f'{fam:9} {c["rows"]:4} {c["ok"]:3} {c["miss"]:5} {c["wrong"]:5} {c["span"]:4}')
    print(f'total     {len(rows):4} {len(rows) - total_fail:3}  failures {total_fail}')


if __name__ == "__main__":
    sys.exit(main())
