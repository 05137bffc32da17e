//! An aligned fact from a group of tied mentions: its verdict, key,
//! claim and evidence.

use super::*;

/// The verdict, values, claim and evidence of one aligned group (`group`
/// sorted).
pub(super) fn build_fact(
    ms: &[M<'_>],
    group: &[usize],
    ties: &[(usize, usize, Tie)],
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> AlignedFact {
    let first = &ms[group[0]];
    let kind = first.fact.kind;
    // Two mentions that state one value in one wording ("nearly 50" and
    // "some 50" are one qualifier, two hedges).
    let one_wording = |a: &M<'_>, b: &M<'_>| {
        relation(a, b) == Relation::Same
            && (a.fact.qualifier != Some(crate::facts::Qualifier::Approx)
                || hedge_class(a.hedge.as_deref()) == hedge_class(b.hedge.as_deref()))
    };
    // Whether the source of `source` states `m`'s value in `m`'s wording.
    let states = |source: DocIndex, m: &M<'_>| {
        group
            .iter()
            .any(|&k| unit_of(ms[k].doc) == unit_of(source) && one_wording(&ms[k], m))
    };
    let mut conflict = false;
    let mut exact = true;
    for (x, &i) in group.iter().enumerate() {
        for &j in &group[x + 1..] {
            let (a, b) = (&ms[i], &ms[j]);
            match relation(a, b) {
                Relation::Same | Relation::Compatible => {
                    // One source's two wordings ("last month", "less than a
                    // month ago") are not a difference between sources, nor
                    // is another source's agreeing with one of them.
                    exact &=
                        one_wording(a, b) || a.doc == b.doc || states(a.doc, b) || states(b.doc, a)
                }
                Relation::Incompatible | Relation::Unrelated => {
                    if a.doc != b.doc {
                        conflict = true;
                    }
                }
            }
        }
    }
    let units: BTreeSet<usize> = group.iter().map(|&i| unit_of(ms[i].doc)).collect();
    let status = if conflict {
        Status::Conflict
    } else if units.len() < 2 {
        Status::SingleSource
    } else if exact {
        Status::Agree
    } else {
        Status::Approximate
    };
    let mut values: Vec<StatedValue> = Vec::new();
    for &i in group {
        let m = &ms[i];
        let mention = Mention {
            doc: m.doc,
            span: m.fact.span,
            sentence: m.sentence,
            qualifier: m.fact.qualifier,
        };
        // In a conflict, one value in hedges that hold each other ("about
        // 4.3 million", "4.3 million", "more than 4.3 million") is one
        // value group beside the other value, each mention keeping its own
        // hedge; in an approximation the hedges are the difference shown.
        match values.iter_mut().find(|v| {
            v.value == m.fact.value
                && if status == Status::Conflict {
                    v.mentions
                        .iter()
                        .all(|x| hedges_hold(x.qualifier, m.fact.qualifier))
                } else {
                    v.qualifier == m.fact.qualifier
                }
        }) {
            Some(v) => {
                if !v.docs.contains(&m.doc) {
                    v.docs.push(m.doc);
                }
                v.mentions.push(mention);
            }
            None => values.push(StatedValue {
                value: m.fact.value.clone(),
                qualifier: m.fact.qualifier,
                docs: vec![m.doc],
                mentions: vec![mention],
            }),
        }
    }
    values.sort_by_key(|v| std::cmp::Reverse(v.docs.len()));
    let claim = claim_info(ms, group, ties);
    let evidence = ties
        .iter()
        .filter(|(i, j, _)| ms[*i].doc != ms[*j].doc)
        .map(|(i, j, t)| Evidence {
            docs: [ms[*i].doc, ms[*j].doc],
            head: t
                .head
                .then(|| ms[*i].frame.head.as_ref().map(|h| h.base.clone()))
                .flatten(),
            predicate: t
                .predicate
                .then(|| ms[*i].frame.predicate.as_ref().map(|p| p.base.clone()))
                .flatten(),
            names: t.names.clone(),
            of: t.of,
            shared_words: shared_words(ms[*i].frame, ms[*j].frame),
            similarity: (t.similarity * 1000.0).round() / 1000.0,
            copies: None,
            rule: t.rule,
            predicates: t.predicates.clone(),
        })
        .collect();
    AlignedFact::of_claim(kind, status, values, claim, evidence)
}

/// Whether two hedges of one stated value hold each other: a value told
/// plainly or about ("4.3 million", "about 4.3 million") with any hedge,
/// and two bounds on one side ("more than", "at least"; "less than", "at
/// most", "up to"); never a floor with a ceiling ("more than 40", "fewer
/// than 40").
pub(super) fn hedges_hold(
    a: Option<crate::facts::Qualifier>,
    b: Option<crate::facts::Qualifier>,
) -> bool {
    use crate::facts::Qualifier;
    let side = |q: Option<Qualifier>| match q {
        None | Some(Qualifier::Approx) => 0,
        Some(Qualifier::MoreThan | Qualifier::AtLeast) => 1,
        Some(Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo) => -1,
    };
    let (x, y) = (side(a), side(b));
    x == 0 || y == 0 || x == y
}

/// The heaviest words two frames share (at most five, heaviest first).
pub(super) fn shared_words(a: &Frame, b: &Frame) -> Vec<String> {
    let mut shared: Vec<(f64, &str)> = a
        .words
        .iter()
        .filter_map(|(w, x)| {
            b.words
                .binary_search_by(|(v, _)| v.as_str().cmp(w))
                .ok()
                .map(|k| (x.min(b.words[k].1), w.as_str()))
        })
        .collect();
    shared.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(q.1)));
    shared
        .into_iter()
        .take(5)
        .map(|(_, w)| w.to_string())
        .collect()
}

/// The most frequent non-empty string (ties: the first in order).
pub(super) fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for s in items.filter(|s| !s.is_empty()) {
        match counts.iter_mut().find(|(x, _)| *x == s) {
            Some(c) => c.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts
        .into_iter()
        .find(|c| c.1 == best)
        .map(|(s, _)| s.to_string())
}

/// What the group's mentions are said of: the predicate and noun phrase
/// most of them share, and the names the links share.
pub(super) fn claim_info(ms: &[M<'_>], group: &[usize], ties: &[(usize, usize, Tie)]) -> ClaimInfo {
    let frames: Vec<&Frame> = group.iter().map(|&i| ms[i].frame).collect();
    let predicate = most_common(
        frames
            .iter()
            .filter_map(|f| f.predicate.as_ref().map(|p| p.text.as_str())),
    );
    let phrase = most_common(frames.iter().map(|f| f.phrase.as_str()));
    let head = most_common(
        frames
            .iter()
            .filter_map(|f| f.head.as_ref().map(|h| h.base.as_str())),
    );
    let mut names: Vec<String> = ties.iter().flat_map(|(_, _, t)| t.names.clone()).collect();
    if names.is_empty() && group.len() == 1 {
        names = frames[0].names.clone();
    }
    let mut seen = BTreeSet::new();
    names.retain(|n| seen.insert(n.clone()));
    names.truncate(3);
    // Ages: "Jane Doe, 34," is the age of Jane Doe, whatever the verb.
    if let Some(person) = frames
        .iter()
        .map(|f| f.age_of.as_deref())
        .collect::<Option<Vec<&str>>>()
        .and_then(|ages| most_common(ages.into_iter()))
    {
        return ClaimInfo {
            predicate: None,
            head,
            phrase: Some("age".to_string()),
            names,
            subject: vec![person],
        };
    }
    ClaimInfo {
        predicate: predicate.map(|p| p.to_lowercase()),
        head,
        phrase,
        names,
        subject: shared_subject(&frames),
    }
    .or_one_person(&frames)
}

impl ClaimInfo {
    /// With no subject: the one person the linked clauses name, if they
    /// name exactly one ("first proposed in 2021 by engineer Tom Reyes"):
    /// a clause with one person in it is about that person; places and
    /// organisations beside a figure often are not ("the IMF").
    fn or_one_person(mut self, frames: &[&Frame]) -> ClaimInfo {
        if !self.subject.is_empty() {
            return self;
        }
        let person = |n: &String| {
            frames.iter().any(|f| {
                f.typed_names
                    .iter()
                    .any(|(k, t)| *k == FactKind::Person && t == n)
            })
        };
        let people: Vec<&String> = self.names.iter().filter(|n| person(n)).collect();
        let longest = people.iter().max_by_key(|n| n.len());
        if let Some(full) = longest {
            let one = people
                .iter()
                .all(|n| n.split(' ').all(|w| full.split(' ').any(|v| v == w)));
            if one {
                self.subject = vec![full.to_string()];
            }
        }
        self
    }
}

/// The names most of the frames' sentences are about (their
/// [`Frame::sentence_subject`] or [`Frame::subject_names`]), at most three,
/// in order of first mention: for a group of several mentions, only names
/// at least two of them share. A name and its shorter form ("dana
/// whitfield", "whitfield") are one name, shown in full. A town only the
/// dateline gives ([`Frame::dateline_names`]) is where the report was
/// filed, never what a claim is said of.
pub(super) fn shared_subject(frames: &[&Frame]) -> Vec<String> {
    let subjects: Vec<Vec<&str>> = frames
        .iter()
        .map(|f| {
            f.sentence_subject
                .iter()
                .chain(&f.subject_names)
                .filter(|n| !f.dateline_names.contains(n))
                .map(String::as_str)
                .collect()
        })
        .collect();
    let words_within =
        |short: &str, long: &str| short.split(' ').all(|w| long.split(' ').any(|v| v == w));
    let one_name = |x: &str, y: &str| words_within(x, y) || words_within(y, x);
    let mut candidates: Vec<(&str, usize)> = Vec::new();
    for n in subjects.iter().flatten() {
        if candidates.iter().any(|(c, _)| c == n) {
            continue;
        }
        let frames_naming = subjects
            .iter()
            .filter(|own| own.iter().any(|m| one_name(n, m)))
            .count();
        candidates.push((n, frames_naming));
    }
    let best = candidates.iter().map(|c| c.1).max().unwrap_or(0);
    if best == 0 || (frames.len() > 1 && best < 2) {
        return Vec::new();
    }
    let top: Vec<&str> = candidates
        .iter()
        .filter(|c| c.1 == best)
        .map(|c| c.0)
        .collect();
    // The full form of each name: none of the others holds its words.
    top.iter()
        .filter(|n| !top.iter().any(|m| m.len() > n.len() && words_within(n, m)))
        .take(3)
        .map(|n| n.to_string())
        .collect()
}
