#!/usr/bin/env bash
# Developer measurement harness (not part of `cargo test`): scores the release
# binary on the shared development data the way the issues measure it, on the
# look and held parts of ../shared/eval/dev_split.py and on the whole files.
# Held parts print aggregates only: never read their errors.
#
#   cargo build --release && scripts/dev_eval.sh [cluster|facts|report|all]
#
# OUT (default /tmp/concord-eval) keeps the split files and the reports.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=${OUT:-/tmp/concord-eval}
BIN=${BIN:-target/release/concord}
what=${1:-all}
mkdir -p "$OUT"
if [ ! -f "$OUT/ecbplus-dev.look.jsonl" ]; then
  for f in ecbplus-dev facts-dev ecbplus-dev-time; do
    python3 "$SHARED/eval/dev_split.py" "$SHARED/data/$f.jsonl" "$OUT" >/dev/null
  done
  # labels: split by the topic of their gold event, the way dev_split does
  python3 - "$SHARED/data/conflict-labels-ecbplus-dev.jsonl" "$OUT" <<'PY'
import hashlib, json, sys
src, out = sys.argv[1], sys.argv[2]
held = lambda t: int(hashlib.sha256(("concord-held:topic:" + t).encode()).hexdigest()[:8], 16) % 3 == 0
parts = {"look": [], "held": []}
for l in open(src):
    if l.strip():
        r = json.loads(l)
        parts["held" if held(r["gold_events"][0].split("_")[0]) else "look"].append(l)
for p, ls in parts.items():
    open(f"{out}/labels.{p}.jsonl", "w").writelines(ls)
PY
  cp "$SHARED/data/ecbplus-dev.jsonl" "$OUT/ecbplus-dev.all.jsonl"
  cp "$SHARED/data/ecbplus-dev-time.jsonl" "$OUT/ecbplus-dev-time.all.jsonl"
  cp "$SHARED/data/conflict-labels-ecbplus-dev.jsonl" "$OUT/labels.all.jsonl"
fi
if [ "$what" = cluster ] || [ "$what" = all ]; then
  for p in look held all; do
    "$BIN" cluster "$OUT/ecbplus-dev.$p.jsonl" -o "$OUT/clusters.$p.jsonl" --quiet
    printf 'cluster %-4s ' "$p"
    python3 "$SHARED/eval/score_clusters.py" "$OUT/ecbplus-dev.$p.jsonl" "$OUT/clusters.$p.jsonl" --json |
      python3 -c 'import json,sys; r=json.load(sys.stdin); print("B3 P %.3f R %.3f F1 %.3f  (%d docs, %d gold, %d clusters)" % (r["bcubed_precision"], r["bcubed_recall"], r["bcubed_f1"], r["documents"], r["gold_events"], r["clusters"]))'
  done
fi
if [ "$what" = facts ] || [ "$what" = all ]; then
  for p in look held; do
    echo "facts $p"
    python3 "$SHARED/eval/score_facts.py" "$OUT/facts-dev.$p.jsonl" --concord "$BIN" | sed 's/^/  /'
    # dates on real news: found (gold time expressions of ECB+) and resolved
    # (values of one cross-document time chain agree)
    SHARED="$SHARED" python3 scripts/score_news_dates.py "$p" --out "$OUT" --concord "$BIN" --show 0 |
      grep -E "date (recall|exact|precision)" | sed 's/^/  news /'
    printf '  news date chains: '
    python3 scripts/score_date_chains.py "$OUT/ecbplus-dev.$p.jsonl" \
      "$SHARED/data/ecbplus-dev-time.jsonl" "$BIN"
  done
fi
if [ "$what" = report ] || [ "$what" = all ]; then
  for p in look held all; do
    "$BIN" report "$OUT/ecbplus-dev.$p.jsonl" --format json -o "$OUT/report.$p.json" --quiet
    printf 'report %-4s ' "$p"
    python3 "$SHARED/eval/recheck_conflicts.py" "$OUT/labels.$p.jsonl" "$OUT/report.$p.json" --summary
    printf '  align %-4s ' "$p"
    python3 "$SHARED/eval/score_alignment.py" "$OUT/ecbplus-dev-time.$p.jsonl" "$OUT/report.$p.json" --json |
      python3 -c 'import json,sys; r=json.load(sys.stdin); print({k: v for k, v in r.items() if not isinstance(v, (dict, list))})'
    python3 - "$OUT/report.$p.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = a = multi = 0
for e in r["events"]:
    docs = e.get("documents") or []
    if len(docs) > 1: multi += 1
    for f in e["facts"]:
        c += f["status"] == "conflict"; a += f["status"] == "approximate"
print(f"  conflicts {c}, approximate {a}, multi-source events {multi}")
PY
  done
fi
