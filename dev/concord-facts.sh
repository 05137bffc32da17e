#!/bin/sh
# Stand-in for `concord facts -` until the command lands: use with
#   python3 ../shared/eval/score_facts.py ../shared/data/facts-dev.jsonl --concord dev/concord-facts.sh
exec "$(dirname "$0")/../target/release/examples/facts_dev"
