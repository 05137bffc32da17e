#!/bin/bash
# Lead tooling: make a helper worktree (/work/wt-BRANCH, branch BRANCH off main, target/ copied)
# and its prompt /work/notes/prompt_BRANCH.md from scripts/helper_preamble.md + /work/notes/a_BRANCH.md.
# usage: mkprompt.sh BRANCH  (needs /work/notes/a_BRANCH.md)
set -e
b=$1; wt=/work/wt-$b
cd /work/main && git worktree add -q $wt -b $b main && cp -a target $wt/
sed "s|WT|$wt|g; s|BRANCH|$b|g" /work/main/scripts/helper_preamble.md > /work/notes/prompt_$b.md
sed "s|WT|$wt|g; s|BRANCH|$b|g" /work/notes/a_$b.md >> /work/notes/prompt_$b.md
echo ok $wt
