#!/usr/bin/env bash
# Scores the release binary on a blind test corpus (default data/blind28, written by
# someone who read no code; see its README): reports (score_blind.py) and the
# incident stream (score_clusters.py), split by whole events (blind_split.py) into
# look and held parts. Held parts print aggregates only: never read their errors.
#   scripts/blind_eval.sh [look|held]   (OUT=/tmp/blind-eval, BLIND=corpus dir)
set -euo pipefail
cd "$(dirname "$0")/.."
BLIND=${BLIND:-data/blind28}
OUT=${OUT:-/tmp/blind-eval}
BIN=${BIN:-target/release/concord}
B="$OUT/split"
mkdir -p "$OUT"
python3 scripts/blind_split.py "$BLIND" "$B"
for p in ${1:-look held}; do
  for f in reports stream; do
    [ -f "$B/$f.$p.jsonl" ] || continue
    python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l); r.pop("event",None); print(json.dumps(r))' "$B/$f.$p.jsonl" > "$OUT/$f.$p.nolabel.jsonl"
  done
  "$BIN" report "$OUT/reports.$p.nolabel.jsonl" --format json -o "$OUT/reports.$p.json" --quiet
  echo "blind reports $p"
  python3 scripts/score_blind.py "$B/reports.$p.jsonl" "$B/reports_gold.$p.jsonl" "$OUT/reports.$p.json" | sed 's/^/  /'
  [ -s "$B/stream.$p.jsonl" ] || continue  # a corpus of reports only
  "$BIN" cluster "$OUT/stream.$p.nolabel.jsonl" -o "$OUT/stream.$p.cl.jsonl" --quiet
  printf 'blind stream %s ' "$p"
  python3 ../shared/eval/score_clusters.py "$B/stream.$p.jsonl" "$OUT/stream.$p.cl.jsonl" --json |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print("B3 P %.3f R %.3f F1 %.3f  (%d docs, %d gold, %d clusters)" % (r["bcubed_precision"], r["bcubed_recall"], r["bcubed_f1"], r["documents"], r["gold_events"], r["clusters"]))'
done
