#!/usr/bin/env python3
"""Derives concord's compact WordNet tables (data/wordnet/) from WordNet 3.0.

    cd /tmp && apt-get download wordnet-base && dpkg -x wordnet-base_*.deb wn
    python3 scripts/wordnet_table.py /tmp/wn/usr/share/wordnet data/wordnet

Writes two tables, read by src/lex/wordnet.rs with include_str!:

- verbs.txt: one verb lemma a line (multiword verbs with a space: "lay off",
  "go up"), "lemma<TAB>senses<TAB>hypernyms<TAB>antonyms": the synsets of its
  frequent senses (WordNet lists senses by frequency; cntlist.rev counts
  how often SemCor tags each. The first sense is kept; the next ones, up to
  VERB_SENSES, only when tagged at least SENSE_SHARE as often as the first:
  "kill" keeps "cause to die" and drops "thwart a bill" and "drink down";
  "fire" keeps "open fire" and "discharge a gun", drops "dismiss"; a verb
  whose first sense is tagged fewer than RARE times has no counts to judge
  by and keeps its first VERB_SENSES: "scorch" as "burn the surface"), their
  direct hypernyms of at most MAX_TROPONYMS troponyms (a wider one is a hub,
  "travel, go, move": "fell 20 metres" is no "drove 20 yards", or a class
  of acts whose kinds count parts of it: "destroy" over "burn", "kill"
  over "slaughter"), and the
  lemmas WordNet calls its antonyms. Synsets are renumbered densely (base
  36). Two verbs are related when a sense synset of one is a sense synset
  or a direct hypernym of the other's (src/lex/wordnet.rs). Only lemmas
  related to some other lemma are kept.
- people.txt: "noun<TAB>head" for nouns of people (first sense under
  person.n.01 or people.n.01, no proper name) that name one group with a
  head noun: the same first-sense synset ("pupil", "student"; "kid",
  "child"), or the head's synset the direct hypernym of the noun's where
  that hypernym has at most MAX_HYPONYMS direct hyponyms ("lawmaker",
  "legislator" under "lawgiver"; a wider class, "unfortunate" over
  "victim", "prisoner" and "survivor", groups different people). Groups
  grow from the shallowest, then most frequent noun, and a noun joins a
  group only when it is related to every member: they never chain.
  WordNet's first sense of "inmate" is a resident of a dwelling and
  "worker" has over forty kinds: the hand kinds (src/lex/kinds.rs) keep
  those.
"""
import os
import re
import sys
from collections import defaultdict

VERB_SENSES = 3
SENSE_SHARE = 0.25
MAX_TROPONYMS = 10
RARE = 3
MAX_HYPONYMS = 3
ROOTS_PEOPLE = ["person%1:03:00::"]


def read_data(path):
    """offset -> (lemmas, pointers[(symbol, offset, pos, src_tgt)])"""
    syn = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        off = f[0]
        n = int(f[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).replace("_", " ") for i in range(n)]
        k = 4 + 2 * n
        p = int(f[k])
        ptrs = []
        for i in range(p):
            s, o, pos, st = f[k + 1 + 4 * i : k + 5 + 4 * i]
            ptrs.append((s, o, pos, st))
        syn[off] = (lemmas, ptrs)
    return syn


def read_index(path):
    """lemma -> (synset offsets in sense order, tagged sense count)"""
    idx = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        lemma = f[0].replace("_", " ")
        p = int(f[3])
        tagged = int(f[5 + p])
        offs = f[6 + p :]
        idx[lemma] = (offs, tagged)
    return idx


def b36(n):
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = d[n % 36] + s
        n //= 36
        if n == 0:
            return s


def sense_counts(wn, pos):
    """lemma -> {sense number: tagged count} from cntlist.rev"""
    counts = defaultdict(dict)
    for line in open(os.path.join(wn, "cntlist.rev"), encoding="latin-1"):
        key, num, cnt = line.split()
        lemma, rest = key.split("%", 1)
        if rest.startswith(pos + ":"):
            counts[lemma.replace("_", " ")][int(num)] = int(cnt)
    return counts


def verb_table(wn):
    data = read_data(os.path.join(wn, "data.verb"))
    idx = read_index(os.path.join(wn, "index.verb"))
    counts = sense_counts(wn, "2")
    troponyms = defaultdict(int)
    for _, ptrs in data.values():
        for sym, o, pos, _ in ptrs:
            if sym == "@" and pos == "v":
                troponyms[o] += 1
    senses, hypers, antos = {}, {}, {}
    for lemma, (offs, tagged) in idx.items():
        c = counts.get(lemma, {})
        first = c.get(1, 0)
        keep = [
            o
            for i, o in enumerate(offs[:VERB_SENSES])
            if i == 0
            or first < RARE
            or (c.get(i + 1, 0) >= 2 and c.get(i + 1, 0) >= SENSE_SHARE * first)
        ]
        senses[lemma] = keep
        hypers[lemma] = sorted(
            {
                o
                for s in keep
                for (sym, o, pos, _) in data[s][1]
                if sym == "@" and pos == "v" and troponyms[o] <= MAX_TROPONYMS
            }
        )
        ant = set()
        for s in offs:
            for sym, o, pos, st in data[s][1]:
                if sym == "!" and pos == "v":
                    t = int(st[2:], 16)
                    if t and o in data:
                        ant.add(data[o][0][t - 1])
        antos[lemma] = sorted(ant)
    # keep only lemmas related to another
    by_sense = defaultdict(set)
    for lemma, ss in senses.items():
        for s in ss:
            by_sense[s].add(lemma)
    keep = set()
    for lemma in senses:
        others = set()
        for s in senses[lemma]:
            others |= by_sense[s]
        for h in hypers[lemma]:
            others |= by_sense[h]
        others.discard(lemma)
        if others:
            keep.add(lemma)
            keep |= others
    ids = {}
    def num(o):
        if o not in ids:
            ids[o] = b36(len(ids))
        return ids[o]
    lines = []
    for lemma in sorted(keep):
        ss = " ".join(num(s) for s in senses[lemma])
        hs = " ".join(num(h) for h in hypers[lemma] if h in by_sense)
        an = ",".join(a for a in antos[lemma])
        lines.append(f"{lemma}\t{ss}\t{hs}\t{an}")
    return lines


def people_table(wn):
    data = read_data(os.path.join(wn, "data.noun"))
    idx = read_index(os.path.join(wn, "index.noun"))
    hyper = defaultdict(list)
    hypo = defaultdict(list)
    for o, (_, ptrs) in data.items():
        for sym, t, pos, _ in ptrs:
            if pos == "n" and sym == "@":
                hyper[o].append(t)
                hypo[t].append(o)
    person = idx["person"][0][0]
    groups = [idx["people"][0][0]]  # people.n.01: (plural) any group of human beings
    people = set()
    stack = [person] + groups
    while stack:
        o = stack.pop()
        if o in people:
            continue
        people.add(o)
        stack.extend(hypo[o])
    # frequency of a lemma: tagged senses count, then fewer senses
    nouns = []
    for lemma, (offs, tagged) in idx.items():
        if " " in lemma or not lemma.isalpha():
            continue
        first = offs[0]
        proper = any(w[:1].isupper() for w in data[first][0]) or any(
            sym == "@i" for sym, _, _, _ in data[first][1]
        )
        if first in people and first not in (person,) + tuple(groups) and not proper:
            nouns.append((lemma, first, tagged))
    def related(a, b):
        (_, sa, _), (_, sb, _) = a, b
        if sa == sb:
            return True
        for x, y in ((sa, sb), (sb, sa)):
            if y in hyper[x] and len(hypo[y]) <= MAX_HYPONYMS and y != person:
                return True
        return False
    # shallow nouns first (a group's head is the wider word), then frequent
    depth = {}
    def depth_of(o, seen=()):
        if o in depth:
            return depth[o]
        if o == person or o in groups or o in seen:
            return 0
        ups = [h for h in hyper[o] if h in people]
        d = 1 + min((depth_of(h, seen + (o,)) for h in ups), default=0)
        depth[o] = d
        return d
    nouns.sort(key=lambda n: (depth_of(n[1]), -n[2], n[0]))
    groups_of = []
    out = []
    for n in nouns:
        for g in groups_of:
            if all(related(n, m) for m in g):
                g.append(n)
                out.append(f"{n[0]}\t{g[0][0]}")
                break
        else:
            groups_of.append([n])
    return sorted(out)


def main():
    wn, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    head = "# Derived from WordNet 3.0 by scripts/wordnet_table.py; see LICENSE.\n"
    with open(os.path.join(out, "verbs.txt"), "w") as f:
        f.write(head + "\n".join(verb_table(wn)) + "\n")
    with open(os.path.join(out, "people.txt"), "w") as f:
        f.write(head + "\n".join(people_table(wn)) + "\n")


if __name__ == "__main__":
    main()
