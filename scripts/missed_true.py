#!/usr/bin/env python3
"""List the judged real disagreements (class TRUE) a report no longer flags.

    scripts/missed_true.py LABELS REPORT CORPUS

LABELS is a labels file split by scripts/dev_eval.sh: use ONLY
$OUT/labels.look.jsonl (the held part's reasons are not to be read).
REPORT is the matching report ($OUT/report.look.json), CORPUS the matching
corpus ($OUT/ecbplus-dev.look.jsonl). For each judged real conflict or
approximation that the report does not flag, prints the judge's reason and
up to three mentions of each value with their sentences.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("SHARED_EVAL", os.path.join(HERE, "..", "..", "shared", "eval")))
import recheck_conflicts as rc  # noqa: E402

if len(sys.argv) != 4:
    sys.exit(__doc__)
labels, report, corpus = sys.argv[1:4]
if ".held." in labels or ".all." in labels:
    sys.exit("read only the look part's labels (labels.look.jsonl)")
pairs = rc.flagged_pairs(json.load(open(report, encoding="utf-8")))
docs = {}
for line in open(corpus, encoding="utf-8"):
    r = json.loads(line)
    docs[r["id"]] = r["text"].encode("utf-8")
for line in open(labels, encoding="utf-8"):
    it = json.loads(line)
    if it["status"] not in ("conflict", "approximate") or it["class"] != "TRUE":
        continue
    if rc.still_flagged(it, pairs):
        continue
    print("== MISSED", it.get("kind"), it.get("reason", "")[:200])
    for v in it["values"]:
        for m in v["mentions"][:3]:
            t = docs.get(m["doc"], b"")
            s = max(0, t.rfind(b".", 0, m["start"]) + 1)
            e = t.find(b".", m["end"])
            sent = t[s : e + 1].decode("utf-8", "replace").strip().replace("\n", " ")
            print("  ", v.get("value"), m["doc"], m["start"], "|", sent[:230])
