//! Alignment of figures and dates across the documents of one event, by
//! their claims.
//!
//! Consumes the figure and date facts of an event's documents with their
//! frames ([`crate::claim::Frame`]); produces aligned facts with a verdict
//! and the evidence that aligned them.
//!
//! Two mentions in two documents are one claim only when nothing in their
//! frames tells them apart and something ties them together:
//!
//! - **Apart** (a hard "cannot link"): different head nouns ("senators",
//!   "members"; for a date that premodifies the noun of a happening, nouns
//!   of one family are one: "Monday's shooting", "the Monday attack"),
//!   different compound nouns or adjectives before the head
//!   ("state senators" and "senators", "unanswered points" and "points"),
//!   different scope ("the last 10 games", "the next 23 games"), different
//!   of-complements, different predicates ("killed", "injured"; classes of
//!   one meaning count as one: "killed", "died", "dead"; so do two verbs
//!   of one family of acts, "founded" and "established", "seized" and
//!   "found": [`crate::claim::lemma::one_act`]), names in both
//!   clauses of which none is shared ("hosted the Emmys", "hosted the
//!   Oscars"), or other dates in their clauses that differ ("32 million in
//!   1998", "32 million last year"). Publication metadata is never a claim.
//! - **Together**: for equal values, any of a shared head, a shared
//!   predicate, shared names or similar sentences; for different values
//!   (a conflict or an approximation), a shared predicate with a shared
//!   head, shared names or similar sentences, or near-identical sentences.
//!   A date or figure far from the article's time (a biography's years,
//!   last season) needs the same subject as well.
//! - **One named subject** (rule `one_subject`, named in the evidence): two
//!   different figures with one predicate, one noun phrase and one person
//!   or place named as what they are said of ("Smith had been hit nine
//!   times", "Smith, 40, was hit 12 times") are one claim however little
//!   else their sentences share; never for a subject that is a generic
//!   noun or missing, nor for figures of another time.
//! - **Hedged or rounded figures** whose verdict can only be "approximate"
//!   ("54 charges" and "more than 50 charges"; "about 40 volunteer
//!   firefighters" and "40 volunteer firefighters"): the same noun phrase
//!   (head, compound, modifiers, scope), a shared subject and figures
//!   within a ratio of 1.5 stand for the shared predicate, since two
//!   reporters tell one count with two verbs ("handed down", "faced").
//!
//! Links are taken strongest first into groups; two groups merge only when
//! no pair across them is held apart and no document would state two
//! different values, so a group never chains unrelated mentions. A date
//! and a date at the next grain holding it ("March 9", "in March"; "on
//! Tuesday", "this week") are weighed across two groups as one day is, so
//! that a coarser report joins the day's claim as approximate
//! (`apart_across`); disjoint values keep every check. Two
//! values that cannot be shown to be one claim are never a conflict: they
//! stay facts of one source each.

mod apart;
mod build;
mod explain;
mod mention;
mod relation;
mod tie;
mod verbs;

// The parts of alignment share their helpers through this module.
use {apart::*, build::*, relation::*, tie::*};

pub(crate) use apart::near;
pub(crate) use explain::explain;
pub(crate) use mention::{Anchored, Sibling, M};
pub(crate) use tie::{shared_names, HEDGE_RATIO};

use super::counted;
use super::daypart::DayPart;
use super::followup;
use super::pairs::{self, Partners};
use super::per_unit;
use super::sole;
use super::thing;
use super::vague;
use super::values::{self, Relation};
use super::{AlignedFact, ClaimInfo, Evidence, Mention, StatedValue, Status, UnionFind};
use crate::claim::{lemma, Frame, Role};
use crate::document::DocIndex;
use crate::facts::{CivilDate, DateValue, Fact, FactKind, FactValue, Grain};
use std::collections::{BTreeMap, BTreeSet};

/// Sentence similarity that ties two different values to one claim with
/// nothing else shared (near-identical sentences: a copy with one figure
/// changed).
const SIMILAR_ALONE: f64 = 0.8;
/// Sentence similarity that, with a shared predicate or head, ties two
/// different values to one claim.
const SIMILAR_WITH_FRAME: f64 = 0.25;
/// Sentence similarity that, with the predicate and head, makes two
/// figures that cannot both hold one claim when no subject is shared.
const SIMILAR_CONFLICT: f64 = 0.4;
/// Sentence similarity that ties two equal values with nothing else shared.
const SIMILAR_EQUAL: f64 = 0.2;
/// Sentence similarity that ties one day stated by two reports with no
/// shared predicate, subject or head.
const SAME_DAY_SIMILAR: f64 = 0.12;
/// Days around the publication date within which a date anchors a claim
/// to the event's own time.
const NEAR_DAYS: i64 = 7;
/// A date this many days before publication is background.
const BACKGROUND_DAYS: i64 = 45;

/// What ties two mentions together (for the evidence shown to readers).
#[derive(Debug, Clone, Default)]
struct Tie {
    head: bool,
    predicate: bool,
    names: Vec<String>,
    of: bool,
    similarity: f64,
    /// The named rule that tied two different values, if an ordinary tie
    /// did not (shown in the evidence).
    rule: Option<&'static str>,
    /// The two clauses' predicates, for a rule that tied them by verbs of
    /// one family (shown in the evidence).
    predicates: Vec<String>,
}

/// Members of a group of one value that the agreement phase checks against
/// another group before joining them. A group gathers the mentions of one
/// claim, a few dozen in the largest real events; a page that repeats one
/// figure thousands of times would make the check quadratic in its size. Past
/// this many members a group is represented by the first ones it gathered
/// (its strongest links come first), which bounds a join to
/// `MAX_CLASH_MEMBERS²` checks; it only applies to groups no real report
/// comes near, and only ever makes an agreement broader, never a conflict.
const MAX_CLASH_MEMBERS: usize = 256;

/// The members of a group that a clash check reads (see [`MAX_CLASH_MEMBERS`]).
fn clash_sample(members: &[usize]) -> &[usize] {
    &members[..members.len().min(MAX_CLASH_MEMBERS)]
}

/// Largest ratio between two reporters' figures for one quantity in
/// sentences that are not near-identical: tolls and estimates are revised
/// and rounded, but a figure several times another ("19 seasons", "four
/// seasons"; "at least two people", "about 100 people") counts something
/// else.
pub(super) const MAX_RATIO: f64 = 2.5;

/// Largest ratio between two figures of one claim even in near-identical
/// sentences: past it one is a misreading ("served 41/2 months" printed
/// "served 412 months"), not a reporter's other figure.
const MAX_COPY_RATIO: f64 = 10.0;

/// A figure's size, for [`MAX_RATIO`] and the rule `sole_figure`: the
/// amount, or the middle of a range; durations in days.
pub(super) fn magnitude(v: &FactValue) -> Option<f64> {
    use crate::facts::{Duration, Money, Quantity};
    let x = match v {
        FactValue::Number(d) => d.to_f64(),
        FactValue::Money(Money::Amount { amount, .. }) => amount.to_f64(),
        FactValue::Money(Money::Range { min, max, .. }) => (min.to_f64() + max.to_f64()) / 2.0,
        // in the dimension's base unit where known, so that two units
        // compare ("4,000 hectares", "9,900 acres")
        FactValue::Quantity(Quantity::Amount { amount, unit }) => amount.to_f64() * in_base(unit),
        FactValue::Quantity(Quantity::Range { min, max, unit }) => {
            (min.to_f64() + max.to_f64()) / 2.0 * in_base(unit)
        }
        // in days for units of the calendar, so that two units compare
        FactValue::Duration(Duration::Amount { amount, unit }) => amount.to_f64() * mean_days(unit),
        FactValue::Duration(Duration::Range { min, max, unit }) => {
            (min.to_f64() + max.to_f64()) / 2.0 * mean_days(unit)
        }
        // a count range the text states ("35 to 40 firefighters")
        FactValue::Vague(v) if v.stated => (v.least.to_f64() + v.most.to_f64()) / 2.0,
        _ => return None,
    };
    (x.is_finite() && x > 0.0).then_some(x)
}

/// One unit of measure in its dimension's base unit
/// ([`crate::lex::units::dimension`]); 1 for other units (their figures
/// compare within their unit only).
fn in_base(unit: &str) -> f64 {
    crate::lex::units::dimension(unit).map_or(1.0, |(_, f)| f)
}

/// Mean days in a unit of the calendar ([`values::unit_days`]); 1 for
/// other units (their figures compare within their unit only).
fn mean_days(unit: &str) -> f64 {
    values::unit_days(unit).map_or(1.0, |(lo, hi)| (lo + hi) / 2.0)
}

/// The bucket a mention is weighed in (its kind and [`M::class`]), for
/// the trace ([`super::tracing`]).
pub(crate) fn trace_class(m: &M<'_>) -> String {
    format!("{:?}/{}", sole::bucket_kind(m), m.class())
}

/// Aligns the figures and dates of an event (see the module docs).
pub(crate) fn align(ms: &[M<'_>], unit_of: &dyn Fn(DocIndex) -> usize) -> Vec<AlignedFact> {
    let rel = |i: usize, j: usize| relation(&ms[i], &ms[j]);
    // Candidate links within buckets of one kind and class.
    let classes: Vec<String> = ms.iter().map(M::class).collect();
    let mut by_key: BTreeMap<(FactKind, &str), Vec<usize>> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        if m.frame.role == Role::Metadata {
            continue;
        }
        by_key
            .entry((sole::bucket_kind(m), classes[i].as_str()))
            .or_default()
            .push(i);
    }
    let buckets: Vec<Vec<usize>> = by_key.into_values().collect();
    // Each mention's bucket, and the pairs of each bucket to examine (all
    // of them but in a bucket too big for that: `pairs`).
    let mut bucket_of: Vec<Option<usize>> = vec![None; ms.len()];
    for (b, members) in buckets.iter().enumerate() {
        for &i in members {
            bucket_of[i] = Some(b);
        }
    }
    let partners: Vec<Partners> = buckets.iter().map(|m| pairs::partners(ms, m)).collect();
    // A document that states a value itself does not dispute it: two
    // documents that each state both figures ("$80 million and $25
    // million", "seven years" for one team and "eight years" for another)
    // are never made to disagree over them.
    // `own` (of document `doc`) and `other` differ; `doc` also states
    // `other`'s value in a mention `k` that is at least as close a parallel
    // of `other` as `own` is: then `k` is `other`'s claim and `own` another.
    //
    // Which mentions `k` of a document could be `other`'s claim does not
    // depend on `own`: per bucket, for each mention and each other
    // document, the two most parallel such mentions are found once (every
    // ordered pair of the bucket looked at once), so that the question is a
    // lookup and not a scan of the bucket for every pair (cubic in a
    // document of many figures of one kind: a results table).
    let stated_by = |members: &[usize], partners: &Partners| {
        let mut best: BTreeMap<(usize, DocIndex), [(f64, usize); 2]> = BTreeMap::new();
        for (x, &other) in members.iter().enumerate() {
            for k in partners.of(x).map(|y| members[y]) {
                let heads = (&ms[k].frame.head, &ms[other].frame.head);
                if ms[k].doc == ms[other].doc
                    || rel(k, other) != Relation::Same
                    || matches!(heads, (Some(x), Some(y)) if x.base != y.base)
                    || apart(&ms[k], &ms[other], Relation::Same).is_some()
                {
                    continue;
                }
                let sim = similarity(ms[k].frame, ms[other].frame);
                let top = best
                    .entry((other, ms[k].doc))
                    .or_insert([(f64::NEG_INFINITY, usize::MAX); 2]);
                if sim > top[0].0 {
                    top[1] = top[0];
                    top[0] = (sim, k);
                } else if sim > top[1].0 {
                    top[1] = (sim, k);
                }
            }
        }
        best
    };
    let stated: Vec<_> = buckets
        .iter()
        .zip(&partners)
        .map(|(members, p)| stated_by(members, p))
        .collect();
    let own_counts = sole::OwnCounts::new(ms);
    let states = |own: usize, other: usize| {
        if own_counts.states(ms, own, other) {
            return true;
        }
        let Some(top) = bucket_of[own].and_then(|b| stated[b].get(&(other, ms[own].doc))) else {
            return false;
        };
        let near = similarity(ms[own].frame, ms[other].frame);
        top.iter()
            .any(|&(sim, k)| k != own && k != usize::MAX && sim >= near)
    };
    // The rule `sole_figure` ([`sole`]): the one value each document
    // states of a claim class.
    let sole_classes: Vec<Option<String>> = ms.iter().map(sole::claim_class).collect();
    let twice = sole::stated_twice(ms, &sole_classes);
    let sole_pair =
        |i: usize, j: usize, r: Relation| sole::one_claim(ms, &sole_classes, &twice, i, j, r);
    // The rule `counted_figure` ([`counted`]): the one value each document
    // states of one counted or paid thing, told with verbs of one family.
    let counted_rule = counted::Counted::new(ms);
    let counted_pair = |i: usize, j: usize, r: Relation| counted_rule.one_claim(ms, i, j, r);
    // The rule `per_unit` ([`per_unit`]): the one sum each document says
    // is paid per one of a class of people or homes.
    let per_unit_rule = per_unit::PerUnit::new(ms);
    let per_unit_pair = |i: usize, j: usize, r: Relation| per_unit_rule.one_claim(ms, i, j, r);
    // The rule `two_verbs` ([`verbs`]): one count told with two verbs no
    // table relates.
    let verbs_rule = verbs::TwoVerbs::new(ms);
    let verbs_pair = |i: usize, j: usize, r: Relation| verbs_rule.one_claim(ms, i, j, r);
    // The rule `one_thing` ([`thing`]): the one value each document
    // states of one specific thing.
    let thing_rule = thing::OneThing::new(ms, &bucket_of);
    let thing_pair = |i: usize, j: usize, r: Relation| thing_rule.one_claim(ms, i, j, r);
    let mut links: Vec<(f64, usize, usize, Tie)> = Vec::new();
    let mut one_report: Vec<(usize, usize)> = Vec::new();
    for (members, p) in buckets.iter().zip(&partners) {
        for (x, &i) in members.iter().enumerate() {
            for j in p.of(x).filter(|&y| y > x).map(|y| members[y]) {
                let r = rel(i, j);
                if ms[i].doc == ms[j].doc && r != Relation::Same {
                    // One report's day and a time holding it, tied: the
                    // report's own tie of one time at two grains.
                    if two_grains(&ms[i], &ms[j], r) && tie(&ms[i], &ms[j], r).is_some() {
                        one_report.push((i, j));
                    }
                    continue;
                }
                let trace = super::tracing();
                let out = |what: &str| {
                    if trace {
                        eprintln!(
                            "P\t{}\t{}\t{}\t{}\t{:?}\t{}",
                            ms[i].doc,
                            ms[i].fact.span.start,
                            ms[j].doc,
                            ms[j].fact.span.start,
                            r,
                            what
                        );
                    }
                };
                if r != Relation::Same && (states(i, j) || states(j, i)) {
                    out("states");
                    continue;
                }
                if trace {
                    match apart(&ms[i], &ms[j], r) {
                        Some(why) => out(&format!("apart:{why}")),
                        None => out(if tie(&ms[i], &ms[j], r).is_some() {
                            "tie"
                        } else {
                            "notie"
                        }),
                    }
                }
                let linked = match apart(&ms[i], &ms[j], r) {
                    Some(why) if sole::answers(why, &ms[i], &ms[j]) && sole_pair(i, j, r) => {
                        Some(rule_tie(&ms[i], &ms[j], sole::SOLE_FIGURE, false))
                    }
                    Some(why) if counted::answers(why, &ms[i], &ms[j]) && counted_pair(i, j, r) => {
                        Some(rule_tie(&ms[i], &ms[j], counted::COUNTED_FIGURE, true))
                    }
                    Some(why) if per_unit::answers(why) && per_unit_pair(i, j, r) => {
                        Some(rule_tie(&ms[i], &ms[j], per_unit::PER_UNIT, false))
                    }
                    Some(why) if verbs::answers(why) && verbs_pair(i, j, r) => {
                        Some(rule_tie(&ms[i], &ms[j], verbs::TWO_VERBS, true))
                    }
                    Some(why) if thing::answers(why) && thing_pair(i, j, r) => {
                        Some(rule_tie(&ms[i], &ms[j], thing::ONE_THING, false))
                    }
                    Some(_) => None,
                    None => tie(&ms[i], &ms[j], r)
                        .or_else(|| {
                            sole_pair(i, j, r)
                                .then(|| rule_tie(&ms[i], &ms[j], sole::SOLE_FIGURE, false))
                        })
                        .or_else(|| {
                            counted_pair(i, j, r)
                                .then(|| rule_tie(&ms[i], &ms[j], counted::COUNTED_FIGURE, true))
                        })
                        .or_else(|| {
                            per_unit_pair(i, j, r)
                                .then(|| rule_tie(&ms[i], &ms[j], per_unit::PER_UNIT, false))
                        })
                        .or_else(|| {
                            thing_pair(i, j, r)
                                .then(|| rule_tie(&ms[i], &ms[j], thing::ONE_THING, false))
                        }),
                };
                if trace {
                    out(&format!(
                        "linked:{}",
                        linked
                            .as_ref()
                            .map(|(_, t)| t.rule.unwrap_or("tie"))
                            .unwrap_or("none")
                    ));
                }
                if let Some((score, t)) = linked {
                    links.push((score, i, j, t));
                }
            }
        }
    }
    links.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // Copy partners: a sentence another document repeats nearly word for
    // word (an outlet's copy of a wire story) is that document's statement
    // of the same claim. When the copy changed the figure, the mention is
    // never grouped with another mention of that document (which answers
    // another sentence), and it is a different claim from another mention
    // of its own document whose copy there is another sentence, even with
    // one value ("offered a $35,000 reward" and "if it takes a $35,000
    // reward", the first raised to $105,000 in the copy).
    let mut partner: BTreeMap<(usize, DocIndex), (f64, usize)> = BTreeMap::new();
    for (_, i, j, t) in &links {
        if t.similarity >= SIMILAR_ALONE && ms[*i].doc != ms[*j].doc {
            for (a, b) in [(*i, *j), (*j, *i)] {
                let e = partner.entry((a, ms[b].doc)).or_insert((t.similarity, b));
                if t.similarity > e.0 {
                    *e = (t.similarity, b);
                }
            }
        }
    }
    // The copy of `a` in document `d` when that copy states another value.
    let changed = |a: usize, d: DocIndex| {
        partner
            .get(&(a, d))
            .filter(|&&(_, p)| rel(a, p) != Relation::Same)
            .map(|&(_, p)| p)
    };
    let partner_clash = |x: usize, y: usize| -> bool {
        if ms[x].doc == ms[y].doc {
            partner
                .range((x, 0)..=(x, DocIndex::MAX))
                .any(|(&(_, d), &(_, p))| {
                    partner.get(&(y, d)).is_some_and(|&(_, q)| {
                        q != p && (changed(x, d).is_some() || changed(y, d).is_some())
                    })
                })
        } else {
            changed(x, ms[y].doc).is_some_and(|p| p != y)
                || changed(y, ms[x].doc).is_some_and(|p| p != x)
        }
    };

    // Phase 1: agreement. Mentions of one value join when tied and held
    // apart by nothing.
    let mut uf = UnionFind::new(ms.len());
    let mut members: Vec<Vec<usize>> = (0..ms.len()).map(|i| vec![i]).collect();
    let mut ties: Vec<Vec<(usize, usize, Tie)>> = vec![Vec::new(); ms.len()];
    let join = |uf: &mut UnionFind,
                members: &mut Vec<Vec<usize>>,
                ties: &mut Vec<Vec<(usize, usize, Tie)>>,
                ri: usize,
                rj: usize| {
        uf.union(ri, rj);
        let root = uf.find(ri);
        let other = if root == ri { rj } else { ri };
        let moved = std::mem::take(&mut members[other]);
        members[root].extend(moved);
        let moved_ties = std::mem::take(&mut ties[other]);
        ties[root].extend(moved_ties);
        root
    };
    // Whether two groups clash depends only on what they hold (and on their
    // order: the tests are not all symmetric), so an ordered pair of groups
    // found to clash is not examined again until some group grows (many
    // links between the same two groups: a value a page repeats).
    let mut clashing: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut differing: Vec<(f64, usize, usize, Tie)> = Vec::new();
    for (score, i, j, t) in links {
        if rel(i, j) != Relation::Same {
            differing.push((score, i, j, t));
            continue;
        }
        let (ri, rj) = (uf.find(i), uf.find(j));
        if ri == rj || clashing.contains(&(ri, rj)) {
            continue;
        }
        let clash = clash_sample(&members[ri]).iter().any(|&x| {
            clash_sample(&members[rj]).iter().any(|&y| {
                let r = rel(x, y);
                // equal counts of one fate told in two words ([`sole`])
                let held = apart(&ms[x], &ms[y], r).is_some_and(|why| {
                    !(sole::fate_class(&ms[x]).is_some()
                        && sole::answers(why, &ms[x], &ms[y])
                        && sole_pair(x, y, r))
                });
                r != Relation::Same || held || partner_clash(x, y)
            })
        });
        if clash {
            clashing.insert((ri, rj));
        } else {
            let root = join(&mut uf, &mut members, &mut ties, ri, rj);
            ties[root].push((i, j, t));
            clashing.clear();
        }
    }
    // Phase 2: disagreement between value groups. Two groups join only when
    // every pair of the value groups they hold is directly tied, nothing
    // holds any two mentions apart, and no document would state two values.
    let value_group: Vec<usize> = (0..ms.len()).map(|i| uf.find(i)).collect();
    let mut direct: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (i, j) in differing.iter().map(|l| (l.1, l.2)).chain(one_report) {
        let (x, y) = (value_group[i], value_group[j]);
        direct.insert((x.min(y), x.max(y)));
    }
    let mut groups_of: Vec<Vec<usize>> = (0..ms.len())
        .map(|i| {
            if value_group[i] == i {
                vec![i]
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut uf2 = UnionFind::new(ms.len());
    clashing.clear();
    for (_, i, j, t) in differing {
        let (gi, gj) = (uf2.find(value_group[i]), uf2.find(value_group[j]));
        if gi == gj || clashing.contains(&(gi, gj)) {
            continue;
        }
        let all_tied = groups_of[gi].iter().all(|&x| {
            groups_of[gj]
                .iter()
                .all(|&y| direct.contains(&(x.min(y), x.max(y))))
        });
        let side = |g: usize| {
            groups_of[g]
                .iter()
                .flat_map(|&v| members[v].iter().copied())
        };
        // A mention whose changed copy is in the other group states that
        // copy's claim: the copy answers for it there, whatever the other
        // members' wording ("a $48m scheme" agreeing with the original of
        // a copy that says "$84 million").
        let copy_in = |x: usize, g: usize| side(g).any(|p| changed(x, ms[p].doc) == Some(p));
        let left: Vec<(usize, bool)> = side(gi).map(|x| (x, copy_in(x, gj))).collect();
        let right: Vec<(usize, bool)> = side(gj).map(|y| (y, copy_in(y, gi))).collect();
        // A window one mention bounds its figure by ("at least 70 hurt over
        // the past eight days") is the claim's own when its value group
        // holds the same figure told without it ("at least 70 injured")
        // and held apart from the other mention by nothing: agreement made
        // the two one claim, so the window tells no other tally of the
        // other group's figure.
        let window_told = |x: usize, y: usize| {
            let stand_in = |x: usize, y: usize| {
                clash_sample(&members[value_group[x]]).iter().any(|&w| {
                    w != x
                        && ms[w].frame.window == ms[y].frame.window
                        && apart_across(&ms[w], &ms[y], rel(w, y)).is_none()
                })
            };
            stand_in(x, y) || stand_in(y, x)
        };
        let clash = !all_tied
            || left.iter().any(|&(x, x_copied)| {
                right.iter().any(|&(y, y_copied)| {
                    let r = rel(x, y);
                    let copied = x_copied || y_copied;
                    // A document that states both values of this claim (in
                    // two tied sentences) tells of two things, not a
                    // disagreement; but a day and the month or year holding
                    // it are one time at two grains ([`two_grains`]).
                    partner_clash(x, y)
                        || (ms[x].doc == ms[y].doc
                            && r != Relation::Same
                            && !two_grains(&ms[x], &ms[y], r)
                            && tie(&ms[x], &ms[y], r).is_some())
                        || (ms[x].doc != ms[y].doc
                            && !copied
                            && (apart_across(&ms[x], &ms[y], r).is_some_and(|why| {
                                !(why == TWO_WINDOWS && window_told(x, y)
                                    || sole::answers(why, &ms[x], &ms[y]) && sole_pair(x, y, r)
                                    || counted::answers(why, &ms[x], &ms[y])
                                        && counted_pair(x, y, r)
                                    || per_unit::answers(why) && per_unit_pair(x, y, r)
                                    || verbs::answers(why) && verbs_pair(x, y, r)
                                    || thing::answers(why) && thing_pair(x, y, r))
                            }) || r != Relation::Same
                                && !two_grains(&ms[x], &ms[y], r)
                                && (states(x, y) || states(y, x))))
                })
            });
        if clash {
            clashing.insert((gi, gj));
            continue;
        }
        clashing.clear();
        uf2.union(gi, gj);
        let root = uf2.find(gi);
        let other = if root == gi { gj } else { gi };
        let moved = std::mem::take(&mut groups_of[other]);
        groups_of[root].extend(moved);
        ties[value_group[i]].push((i, j, t));
    }
    // Each final group: the mentions of its value groups, with their ties.
    let roots: Vec<usize> = (0..ms.len()).filter(|&r| uf2.find(r) == r).collect();
    for root in roots {
        let vgs = std::mem::take(&mut groups_of[root]);
        if vgs.len() < 2 {
            continue;
        }
        let keep = vgs[0];
        for &v in &vgs[1..] {
            let moved = std::mem::take(&mut members[v]);
            members[keep].extend(moved);
            let moved_ties = std::mem::take(&mut ties[v]);
            ties[keep].extend(moved_ties);
        }
        if keep != root {
            members.swap(keep, root);
            ties.swap(keep, root);
        }
    }
    let mut out = Vec::new();
    for root in 0..ms.len() {
        if members[root].is_empty() {
            continue;
        }
        if ms[root].frame.role == Role::Metadata {
            continue;
        }
        let mut group = std::mem::take(&mut members[root]);
        group.sort_unstable();
        out.push(build_fact(ms, &group, &ties[root], unit_of));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{writes_month, writes_year, Anchored};
    use crate::document::Span;
    use crate::facts::{Decimal, Direction, Duration, Offset};

    fn anchor(text: &str, direction: Direction) -> Anchored {
        let o = Offset {
            duration: Duration::Amount {
                amount: Decimal::from_int(3),
                unit: "day".to_string(),
            },
            direction,
            anchor: Span::new(0, text.len()),
        };
        Anchored::of(&o, text)
    }

    #[test]
    fn one_happening_in_other_words_is_one_anchor() {
        let a = anchor("the lockout ended", Direction::After);
        assert!(a.same(&anchor("the end of the lockout", Direction::After)));
        assert!(!a.same(&anchor("the lockout ended", Direction::Before)));
        assert!(!a.same(&anchor("the lockout began", Direction::After)));
        let (x, y) = (
            anchor("the flood", Direction::After),
            anchor("the flood reached the square", Direction::After),
        );
        assert!(!x.same(&y) && x.overlaps(&y));
        let none = anchor("that", Direction::After);
        assert!(!none.same(&none) && !none.overlaps(&none));
    }

    #[test]
    fn what_a_date_mention_writes() {
        for s in [
            "Dec. 6",
            "December 6, 2023",
            "12/6",
            "2023-12-06",
            "in June",
        ] {
            assert!(writes_month(s), "{s}");
        }
        for s in [
            "Sunday",
            "in one year",
            "today",
            "last week",
            "three days ago",
        ] {
            assert!(!writes_month(s), "{s}");
        }
        assert!(writes_year("April 9, 2013") && writes_year("in '08"));
        assert!(!writes_year("April 9") && !writes_year("Monday"));
    }
}
