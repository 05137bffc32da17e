#!/usr/bin/env python3
"""Split a blind test corpus into look and held parts, by whole events.

    blind_split.py CORPUS_DIR OUT_DIR

CORPUS_DIR holds reports.jsonl (records with "event"), gold.jsonl (fact pairs,
see score_blind.py) and stream.jsonl (records with "event"). An event is held
when sha256("concord-blind-held:" + event) % 3 == 0, so a third of the events of
each file, fixed before anyone reads an error. Writes reports.{look,held}.jsonl,
reports_gold.{look,held}.jsonl and stream.{look,held}.jsonl into OUT_DIR.
Read the errors of the look part only; of the held part, aggregates only.
"""
import hashlib
import json
import os
import sys


def held(event):
    h = hashlib.sha256(("concord-blind-held:" + event).encode()).hexdigest()
    return int(h[:8], 16) % 3 == 0


def split(src, out, name):
    if not os.path.exists(src):
        return
    parts = {"look": [], "held": []}
    for line in open(src, encoding="utf-8"):
        if line.strip():
            ev = json.loads(line)["event"]
            parts["held" if held(ev) else "look"].append(line if line.endswith("\n") else line + "\n")
    for p, lines in parts.items():
        with open(os.path.join(out, f"{name}.{p}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines)


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    split(os.path.join(src, "reports.jsonl"), out, "reports")
    split(os.path.join(src, "gold.jsonl"), out, "reports_gold")
    split(os.path.join(src, "stream.jsonl"), out, "stream")


if __name__ == "__main__":
    main()
