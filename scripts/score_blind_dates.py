#!/usr/bin/env python3
"""Score concord's date values on a blind set of news articles annotated by hand.

    scripts/score_blind_dates.py DIR [--concord BIN] [--part look|held|all] [--show N]

DIR holds articles.jsonl (id, source, published, locale, title, text) and
gold.jsonl (one line per date expression: id, text, occurrence, value, also,
construction), written by a teammate who read no code (data/blind35).

The articles are split by number: odd ids (n-01, n-03, ...) are the look
part, even ids the held part. --show lists the errors of the look part only;
held and all print aggregates only (never read the held part's errors).

Figures, per part:
  found     gold expressions overlapped by a concord date fact
  value     gold expressions whose overlapping concord date (the one
            overlapping most) has the gold value or one of its `also`
            values, as a day interval: "2021-03" equals
            "2021-03-01/2021-03-31", "2021-W09" its Monday to Sunday. An
            open interval anchored at the gold date counts ("since 2010" as
            "2010/..", "before Christmas" as "../12-24", "after 2015" as
            "2016/.."): the gold marks the date, the tool the signal's
            reading of it, as score_facts.py accepts.
            A range the tool reads whole ("between July 1 and July 5" as
            one interval) counts for each end the gold marks apart.
  value~    also counts a fuzzy period read under another convention: the
            two day intervals share at least 60% of their union (a season
            by months or by solstices, "early 2015" as Jan-Apr or Jan-Jun,
            a century from 1900 or from 1901).
  precision concord date facts that overlap a gold expression
  and value accuracy per construction label.
"""
import argparse, calendar, collections, datetime, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def part_of(doc_id):
    m = re.search(r"(\d+)$", doc_id)
    return "look" if m and int(m.group(1)) % 2 == 1 else "held"


def end_of_month(y, m):
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def bounds(v):
    """(first day, last day) of one ISO 8601 point value, or None."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v):
            d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return datetime.date(y, mo, 1), end_of_month(y, mo)
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            d = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d, d + datetime.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return datetime.date(y, 3 * q - 2, 1), end_of_month(y, 3 * q)
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return datetime.date(y, 6 * h - 5, 1), end_of_month(y, 6 * h)
    except ValueError:
        return None
    return None


def interval(v):
    """(first day, last day) of a value or an inclusive interval A/B."""
    if not isinstance(v, str):
        return None
    if "/" in v:
        a, b = v.split("/", 1)
        if a == ".." or b == "..":
            return (a, b)  # open intervals compare as written
        x, y = bounds(a), bounds(b)
        return (x[0], y[1]) if x and y else None
    return bounds(v)


ONE_DAY = datetime.timedelta(days=1)


def anchored(open_value, want):
    """An open interval whose closed end is the gold date or next to it."""
    a, b = open_value.split("/", 1)
    if b == ".." and (x := bounds(a)):
        return x[0] in (want[0], want[1] + ONE_DAY)
    if a == ".." and (y := bounds(b)):
        return y[1] in (want[1], want[0] - ONE_DAY)
    return False


def jaccard(x, y):
    inter = (min(x[1], y[1]) - max(x[0], y[0])).days + 1
    union = (max(x[1], y[1]) - min(x[0], y[0])).days + 1
    return max(0, inter) / union


def range_end(concord_value, wants):
    """A closed range one of whose ends is the gold date."""
    if "/" not in concord_value or ".." in concord_value:
        return False
    a, b = concord_value.split("/", 1)
    return any(bounds(a) == w or bounds(b) == w for w in wants)


def same(concord_value, gold, fuzzy=False, wider=False):
    if not isinstance(concord_value, str):
        return False
    wants = [w for w in (interval(v) for v in [gold["value"], *gold.get("also", [])])
             if w and isinstance(w[0], datetime.date)]
    if wider and range_end(concord_value, wants):
        return True
    if ".." in concord_value:
        return any(anchored(concord_value, w) for w in wants)
    got = interval(concord_value)
    if got is None:
        return False
    if fuzzy:
        return any(jaccard(got, w) >= 0.6 for w in wants)
    return got in wants


def span_of(text, needle, occurrence):
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--concord", default=os.path.join(HERE, "..", "target", "release", "concord"))
    ap.add_argument("--part", choices=["look", "held", "all"], default="all")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.show and args.part != "look":
        sys.exit("--show lists errors of the look part only (--part look)")

    articles = [a for a in load(os.path.join(args.dir, "articles.jsonl"))
                if args.part == "all" or part_of(a["id"]) == args.part]
    keep = {a["id"] for a in articles}
    gold = [g for g in load(os.path.join(args.dir, "gold.jsonl")) if g["id"] in keep]
    texts = {a["id"]: a["text"].encode("utf-8") for a in articles}
    inp = "".join(json.dumps(a) + "\n" for a in articles).encode("utf-8")
    out = subprocess.run([args.concord, "facts", "-", "--quiet"], input=inp, capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"concord facts failed: {out.stderr.decode()}")
    dates = collections.defaultdict(list)
    for line in out.stdout.decode("utf-8").splitlines():
        f = json.loads(line)
        if f["kind"] == "date":
            dates[f["doc"]].append(f)

    stats = collections.Counter()
    by_construction = collections.defaultdict(collections.Counter)
    errors = []
    covered = collections.defaultdict(set)
    for g in gold:
        span = span_of(texts[g["id"]], g["text"].encode("utf-8"), g.get("occurrence", 1))
        if span is None:
            stats["gold text not found"] += 1
            continue
        stats["gold"] += 1
        c = by_construction[g.get("construction", "?")]
        c["gold"] += 1
        hit = [f for f in dates[g["id"]] if f["start"] < span[1] and span[0] < f["end"]]
        for f in hit:
            covered[g["id"]].add((f["start"], f["end"]))
        if not hit:
            errors.append(("missed", g, None))
            continue
        stats["found"] += 1
        c["found"] += 1
        best = max(hit, key=lambda f: min(f["end"], span[1]) - max(f["start"], span[0]))
        wider = best["start"] <= span[0] and span[1] <= best["end"] and best["end"] - best["start"] > span[1] - span[0]
        if same(best["value"], g, wider=wider):
            stats["value"] += 1
            c["value"] += 1
        if same(best["value"], g, fuzzy=True, wider=wider):
            stats["fuzzy"] += 1
            c["fuzzy"] += 1
        else:
            errors.append(("value", g, best))
    concord_dates = sum(len(v) for d, v in dates.items() if d in keep)
    spurious = [(d, f) for d, v in dates.items() if d in keep for f in v if (f["start"], f["end"]) not in covered[d]]
    n = max(1, stats["gold"])
    print(f"blind dates {args.part}: {len(articles)} articles, {stats['gold']} gold dates"
          + (f" ({stats['gold text not found']} gold texts not found)" if stats["gold text not found"] else ""))
    print(f"  found {stats['found'] / n:.3f}  value {stats['value'] / n:.3f}  "
          f"value~ {stats['fuzzy'] / n:.3f}  value|found {stats['value'] / max(1, stats['found']):.3f}  "
          f"precision {(concord_dates - len(spurious)) / max(1, concord_dates):.3f} ({concord_dates} concord dates)")
    for name, c in sorted(by_construction.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"  {name:<22} {c['value']:>3}/{c['gold']:<3} value  {c['fuzzy']:>3} value~  ({c['found']} found)")
    if args.show:
        for what, g, f in errors[: args.show]:
            t = texts[g["id"]].decode("utf-8")
            i = t.find(g["text"])
            ctx = t[max(0, i - 70): i + len(g["text"]) + 50].replace("\n", " ")
            got = f"{f['text']!r} -> {f['value']}" if f else "-"
            print(f"{what:<7} {g['id']} [{g.get('construction')}] {g['text']!r} gold {g['value']} got {got} | {ctx}")
        for d, f in spurious[: args.show]:
            print(f"spurious {d} {f['text']!r} -> {f['value']}")


if __name__ == "__main__":
    main()
