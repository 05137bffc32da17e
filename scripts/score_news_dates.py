#!/usr/bin/env python3
"""Score concord's dates on real news: the gold time expressions of ECB+.

    scripts/score_news_dates.py PART [--out DIR] [--concord BIN] [--show N]

PART is look, held or all: the split ECB+ file DIR/ecbplus-dev.PART.jsonl
written by scripts/dev_eval.sh (DIR defaults to $OUT, else /tmp/concord-eval).
Gold markables come from ../shared/data/ecbplus-dev-time.jsonl, sentences from
ecbplus-dev-time-sentences.jsonl; only sentences the corpus annotated count.

Figures (all on annotated sentences; spans are UTF-8 byte offsets):
  recall     gold TIME_DATE markables overlapped by a concord date or duration
  exact      of those, the share whose concord span equals the gold span, or
             the gold span less a leading preposition ("on Tuesday")
  precision  concord date facts (datelines aside) that overlap a gold time
             markable of any type (TIME_DATE, TIME_OF_THE_DAY, ...)
  also: TIME_DURATION recall by concord duration or date facts, and TIME_DATE
  recall in the sentences not annotated (their markables are incomplete, so
  no precision there).

On held only the aggregates are printed (never read held errors). On look and
all, --show N lists up to N misses and N spurious dates (default 40), each
with its sentence, grouped by first word so constructions stand out.
"""
import argparse, collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "shared"))
PREPOSITIONS = {"on", "in", "at", "during", "by", "since", "until", "till", "from",
                "for", "of", "over", "before", "after", "through", "throughout",
                "within", "around", "early", "late"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def less_preposition(text, start, end):
    """The gold span without one leading preposition, if it has one."""
    word = text[start:end].split(b" ", 1)
    if len(word) == 2 and word[0].decode("utf-8", "replace").lower() in PREPOSITIONS:
        return (start + len(word[0]) + 1, end)
    return (start, end)


def run_concord(binary, part_file):
    out = subprocess.run([binary, "facts", part_file, "--quiet"], capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"concord facts failed: {out.stderr.decode()}")
    facts = collections.defaultdict(list)
    for line in out.stdout.decode("utf-8").splitlines():
        f = json.loads(line)
        if f["kind"] in ("date", "duration"):
            facts[f["doc"]].append(f)
    return facts


def sentence_of(sentences, doc, pos):
    for _, s, e, annotated in sentences.get(doc, []):
        if s <= pos < e:
            return (s, e, annotated)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=["look", "held", "all"])
    ap.add_argument("--out", default=os.environ.get("OUT", "/tmp/concord-eval"))
    ap.add_argument("--concord", default=os.path.join(HERE, "..", "target", "release", "concord"))
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()

    part_file = os.path.join(args.out, f"ecbplus-dev.{args.part}.jsonl")
    docs = {d["id"]: d["text"].encode("utf-8") for d in load(part_file)}
    every = [g for g in load(os.path.join(SHARED, "data", "ecbplus-dev-time.jsonl")) if g["doc"] in docs]
    gold = [g for g in every if g["annotated"]]
    sentences = {s["doc"]: s["sentences"] for s in load(os.path.join(SHARED, "data", "ecbplus-dev-time-sentences.jsonl"))
                 if s["doc"] in docs}
    facts = run_concord(args.concord, part_file)
    gold_by_doc = collections.defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc"]].append(g)

    stats = collections.Counter()
    misses, spurious, inexact = [], [], []
    for g in gold:
        if g["type"] not in ("TIME_DATE", "TIME_DURATION"):
            continue
        span = (g["start"], g["end"])
        hit = [f for f in facts[g["doc"]] if overlaps(span, (f["start"], f["end"]))]
        stats[g["type"] + " gold"] += 1
        if not hit:
            misses.append((g, None))
            continue
        stats[g["type"] + " found"] += 1
        text = docs[g["doc"]]
        exact = {span, less_preposition(text, *span)}
        if any((f["start"], f["end"]) in exact for f in hit):
            stats[g["type"] + " exact"] += 1
        else:
            inexact.append((g, hit))
    # recall over every sentence too (markables outside the annotated
    # sentences exist, though not all of them): more misses to learn from
    for g in every:
        if g["type"] == "TIME_DATE" and not g["annotated"]:
            stats["other gold"] += 1
            if any(overlaps((g["start"], g["end"]), (f["start"], f["end"])) for f in facts[g["doc"]]):
                stats["other found"] += 1
            else:
                misses.append((g, None))
    for doc, fs in sorted(facts.items()):
        for f in fs:
            if f["kind"] != "date" or f.get("role") == "dateline":
                continue
            sent = sentence_of(sentences, doc, f["start"])
            if not sent or not sent[2]:
                continue
            stats["dates"] += 1
            if any(overlaps((f["start"], f["end"]), (g["start"], g["end"])) for g in gold_by_doc[doc]):
                stats["dates ok"] += 1
            else:
                spurious.append((doc, f, sent))

    def rate(a, b):
        return stats[a] / stats[b] if stats[b] else 0.0
    print(f"news dates {args.part}: {len(docs)} docs, {stats['TIME_DATE gold']} TIME_DATE markables in annotated sentences")
    print(f"  date recall     {rate('TIME_DATE found', 'TIME_DATE gold'):.3f}  ({stats['TIME_DATE found']}/{stats['TIME_DATE gold']})")
    print(f"  date exact      {rate('TIME_DATE exact', 'TIME_DATE found'):.3f}  ({stats['TIME_DATE exact']}/{stats['TIME_DATE found']})")
    print(f"  date precision  {rate('dates ok', 'dates'):.3f}  ({stats['dates ok']}/{stats['dates']})")
    print(f"  date recall, other sentences {rate('other found', 'other gold'):.3f}  ({stats['other found']}/{stats['other gold']})")
    print(f"  duration recall {rate('TIME_DURATION found', 'TIME_DURATION gold'):.3f}  ({stats['TIME_DURATION found']}/{stats['TIME_DURATION gold']})")
    if args.part == "held":
        return

    def context(doc, start):
        sent = sentence_of(sentences, doc, start)
        if not sent:
            return ""
        return docs[doc][sent[0]:sent[1]].decode("utf-8", "replace").replace("\n", " ")

    def grouped(title, rows):
        print(f"\n{title}: {len(rows)}")
        by_word = collections.defaultdict(list)
        for key, line in rows:
            by_word[key].append(line)
        shown = 0
        for key, lines in sorted(by_word.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            for line in lines:
                if shown >= args.show:
                    return
                print(f"  [{key}] {line}")
                shown += 1

    grouped("misses (gold TIME_DATE/TIME_DURATION, no concord date; other sentences marked *)",
            [(g["type"] + ("" if g["annotated"] else "*") + ":" + g["text"].split()[-1].lower(),
              f"{g['doc']} {g['text']!r}  | {context(g['doc'], g['start'])[:200]}") for g, _ in misses])
    grouped("spurious (concord date, no gold markable)",
            [(f["text"].split()[-1].lower(),
              f"{doc} {f['text']!r} -> {f.get('value') or f.get('relative')}  | {context(doc, f['start'])[:200]}")
             for doc, f, _ in spurious])
    grouped("inexact spans (gold vs concord)",
            [(g["type"], f"{g['doc']} gold {g['text']!r} concord {[f['text'] for f in hit]}") for g, hit in inexact])


if __name__ == "__main__":
    main()
