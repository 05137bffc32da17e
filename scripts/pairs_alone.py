#!/usr/bin/env python3
"""Two-document runs of a labelled fixture (developer harness, not part of `cargo test`).

Clusters every pair of documents of FILE alone, the way a user runs `concord cluster a b`
on two articles (no corpus rarity to lean on), and counts the pairs of different gold
events joined (wrong joins) and the pairs of one gold event kept apart (missed).

    cargo build --release && scripts/pairs_alone.py tests/data/outlets/outlets.jsonl [BIN]

FILE: JSONL with an `event` field (the gold incident). BIN defaults to target/release/concord.
"""
import itertools, json, os, subprocess, sys, tempfile


def main():
    path = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/concord"
    lines = [l if l.endswith("\n") else l + "\n" for l in open(path, encoding="utf-8") if l.strip()]
    events = [json.loads(l).get("event") for l in lines]
    wrong = different = missed = same = 0
    with tempfile.TemporaryDirectory(prefix="concord-pairs-") as tmp:
        pair = os.path.join(tmp, "pair.jsonl")
        for i, j in itertools.combinations(range(len(lines)), 2):
            with open(pair, "w", encoding="utf-8") as f:
                f.write(lines[i] + lines[j])
            out = subprocess.run([binary, "cluster", pair, "--quiet"], capture_output=True,
                                 text=True, check=True).stdout
            clusters = [json.loads(l)["cluster"] for l in out.splitlines() if l.strip()]
            together = len(clusters) == 2 and clusters[0] == clusters[1]
            if events[i] == events[j]:
                same += 1
                missed += not together
            else:
                different += 1
                wrong += together
    print(f"{path}: wrong joins {wrong}/{different}, missed {missed}/{same}")


if __name__ == "__main__":
    main()
