#!/usr/bin/env bash
# Where the blind corpora's real disagreements are lost: for each gold
# "disagree" pair, the furthest stage of `report` it reached (split events, no
# fact, class, a veto "apart:<why>", no tie, lost in grouping, joined as one
# value, flagged). Sums over the held parts (blind28 and blind30 held, all of
# blind29, blind31, blind32 and blind33) and the dev looks (blind28 and blind30 look).
#   scripts/loss_eval.sh            (BIN=target/release/concord, OUT=/tmp/loss-eval)
#   SHOW=1 scripts/loss_eval.sh     also lists each lost pair of the dev looks
# Held parts print counts only: never read their pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/concord}
OUT=${OUT:-/tmp/loss-eval}
mkdir -p "$OUT"
: > "$OUT/counts.txt"
for b in 28 29 30 31 32 33; do
  [ -d "data/blind$b" ] || continue
  python3 scripts/blind_split.py "data/blind$b" "$OUT/split$b" > /dev/null
  for p in look held; do
    part=held
    { [ "$b" = 28 ] || [ "$b" = 30 ]; } && [ "$p" = look ] && part=look
    python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l); r.pop("event",None); print(json.dumps(r))' "$OUT/split$b/reports.$p.jsonl" > "$OUT/in$b.$p.jsonl"
    CONCORD_TRACE=1 "$BIN" report "$OUT/in$b.$p.jsonl" --format json -o "$OUT/rep$b.$p.json" --quiet 2> "$OUT/trace$b.$p.txt"
    show=()
    [ "${SHOW:-}" = 1 ] && [ "$part" = look ] && show=(--show)
    python3 scripts/loss_blind.py "$OUT/split$b/reports.$p.jsonl" "$OUT/split$b/reports_gold.$p.jsonl" \
      "$OUT/rep$b.$p.json" "$OUT/trace$b.$p.txt" "${show[@]}" |
      while IFS= read -r line; do
        if [[ "$line" =~ ^\ *[0-9]+\  ]]; then echo "$part $line" >> "$OUT/counts.txt"; else echo "blind$b: $line"; fi
      done
  done
done
for part in held look; do
  echo "== $part"
  awk -v p="$part" '$1==p { k=$0; sub(/^[a-z]+ +[0-9]+ /, "", k); n[k]+=$2; t+=$2 } END { for (k in n) printf "%4d %s\n", n[k], k; printf "%4d total\n", t }' "$OUT/counts.txt" | sort -k1,1nr -k2
done
