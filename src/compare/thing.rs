//! Rule `one_thing`: the one figure each report gives of one specific
//! thing is one claim, however little else the two sentences share.
//!
//! Independent writers tell one figure of the event in sentences that
//! share nothing but what the figure is *of*: "we will offer affected
//! customers 12 months of free credit monitoring" and "the company will
//! give them two years of free credit monitoring"; "at least 17 people
//! died" and "the death toll rose to 19". The ordinary ties of
//! [`super::align`] need a shared predicate with a shared head, names or a
//! parallel sentence; `sole_figure` ([`super::sole`]) needs unhedged
//! figures of one noun phrase and verbs of one class; `counted_figure`
//! ([`super::counted`]) verbs of one family. This rule ties two different
//! figures of two documents, in one bucket of alignment (one kind, one
//! counted noun or unit), when no apart check holds them apart and:
//!
//! - both are **of one specific thing** ([`things`]): the same class of
//!   people of one fate (the dead, the injured, the rescued, …: see
//!   [`super::sole::people_class`]), the same head noun, or the same
//!   of-complement ("of free credit monitoring", "of heavy fuel oil"; the
//!   words of one hold all those of the other), or the head noun of one
//!   within the other's of-complement. A noun that says nothing of what
//!   is counted or measured ([`GENERIC`]: "people", "times", "years",
//!   "items") is no thing;
//! - **each is its report's only value of that thing**: no other figure
//!   of the document in its bucket, of the article's own time and of one
//!   of its things, excludes it ("18 months of free monitoring" for some
//!   clients, "12 months of free monitoring" for others: the report does
//!   not say which one another report's figure answers); a figure the
//!   rule could not tie to the other (beyond the ratio below: "at least
//!   1,200 have died in such accidents this decade" against "17 died")
//!   counts something else and does not compete;
//! - both are **figures of the article's own time** as
//!   [`super::counted::own_figure`] reads them (hedges allowed: the
//!   verdict then weighs them; not proposed, scoped or negated, no word
//!   or date of another time, no stretch of its own such as "this
//!   season": a tally of a stretch is another claim than a figure of the
//!   event), in articles published at most a day apart
//!   (a later count of anything but a class of people is an update; a
//!   toll and a later toll are two reports of one count, as for
//!   `sole_figure`); a length of time only in articles both dated and of
//!   one day, since an elapsed time grows with the day a report is
//!   written ("four days of riots", "five days of riots" a day later);
//! - **nothing tells them apart**: what tells two figures of one claim
//!   class apart for `sole_figure` (two verbs of two known classes, a
//!   count whose verbs differ or only one side has one, unless one class
//!   of people counts both; two kinds of people; different people or
//!   places) or for `counted_figure` (different proper modifiers,
//!   complements, organisations, a total against a part, two opposed
//!   estimators);
//! - the figures lie within [`super::align::HEDGE_RATIO`] of each other:
//!   sources that disagree on one figure are close to each other (on the
//!   blind corpora the wider bound of [`super::align::MAX_RATIO`], for
//!   the tie and for what competes, tied a trap and lost more
//!   disagreements in grouping than it gained).
//!
//! Equal values are left to the ordinary ties: the rule only decides
//! whether two different values (a conflict, or an approximation within
//! their hedges) are one claim.

use super::align::{magnitude, HEDGE_RATIO, M};
use super::Relation;
use crate::document::DocIndex;
use crate::facts::FactKind;

/// The rule, as the evidence names it.
pub(crate) const ONE_THING: &str = "one_thing";

/// Words that say nothing of what a figure counts or measures: people of
/// no stated fate, units of time and of counting, words for any thing
/// ("items", "pieces", "cases") and adjectives of any thing ("free",
/// "new", "extra").
pub(super) const GENERIC: &[&str] = &[
    "people",
    "person",
    "man",
    "woman",
    "other",
    "one",
    "time",
    "thing",
    "figure",
    "part",
    "way",
    "kind",
    "lot",
    "number",
    "total",
    "more",
    "percent",
    "per",
    "cent",
    "point",
    "year",
    "day",
    "week",
    "month",
    "hour",
    "minute",
    "second",
    "item",
    "piece",
    "case",
    "unit",
    "amount",
    "sum",
    "dollar",
    "free",
    "new",
    "further",
    "additional",
    "extra",
];

/// Days between two reports past which a figure of a thing other than a
/// class of people is an update, not a disagreement (as for
/// `counted_figure`).
const MAX_DAYS_APART: i64 = 1;

/// What a figure is of (see [`things`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Thing {
    /// A class of people of one fate ([`super::sole::people_class`]).
    Fate(&'static str),
    /// A head noun (base form).
    Noun(String),
    /// The content words of an of-complement, sorted, generic words left
    /// out.
    Of(Vec<String>),
}

/// What a figure is of: its class of people, its specific head noun, its
/// of-complement (see the module docs). Empty for a figure of nothing
/// specific.
pub(crate) fn things(m: &M<'_>) -> Vec<Thing> {
    if let Some(class) = super::sole::people_class(m) {
        return vec![Thing::Fate(class)];
    }
    let f = m.frame;
    let mut out = Vec::new();
    if let Some(h) = f
        .head
        .as_ref()
        .filter(|h| !GENERIC.contains(&h.base.as_str()))
    {
        out.push(Thing::Noun(h.base.clone()));
    }
    let of: Vec<String> =
        f.of.iter()
            .filter(|w| !GENERIC.contains(&w.as_str()))
            .cloned()
            .collect();
    if !of.is_empty() {
        out.push(Thing::Of(of));
    }
    out
}

/// Whether two things are one (see the module docs).
fn one(x: &Thing, y: &Thing) -> bool {
    let holds = |big: &[String], small: &[String]| small.iter().all(|w| big.contains(w));
    match (x, y) {
        (Thing::Fate(a), Thing::Fate(b)) => a == b,
        (Thing::Noun(a), Thing::Noun(b)) => a == b,
        (Thing::Of(a), Thing::Of(b)) => holds(a, b) || holds(b, a),
        (Thing::Noun(n), Thing::Of(o)) | (Thing::Of(o), Thing::Noun(n)) => o.contains(n),
        _ => false,
    }
}

/// Whether two lists of things share one.
fn share(a: &[Thing], b: &[Thing]) -> bool {
    a.iter().any(|x| b.iter().any(|y| one(x, y)))
}

/// The rule's view of an event's mentions: what each is of, and whether
/// it is its document's only value of that.
pub(crate) struct OneThing {
    things: Vec<Vec<Thing>>,
    alone: Vec<bool>,
}

impl OneThing {
    /// Reads the mentions of one event; `bucket_of[i]` is the bucket of
    /// alignment of `ms[i]` (`None` for one never aligned).
    pub(crate) fn new(ms: &[M<'_>], bucket_of: &[Option<usize>]) -> OneThing {
        let things: Vec<Vec<Thing>> = ms.iter().map(things).collect();
        let mut by: std::collections::BTreeMap<(DocIndex, usize), Vec<usize>> =
            std::collections::BTreeMap::new();
        for (i, m) in ms.iter().enumerate() {
            if let Some(Some(b)) = bucket_of.get(i) {
                if super::counted::competes(m) && things.get(i).is_some_and(|t| !t.is_empty()) {
                    by.entry((m.doc, *b)).or_default().push(i);
                }
            }
        }
        let mut alone = vec![true; ms.len()];
        for members in by.values() {
            for (x, &i) in members.iter().enumerate() {
                for &k in &members[x + 1..] {
                    let (Some(a), Some(b)) = (ms.get(i), ms.get(k)) else {
                        continue;
                    };
                    let clash = super::values::relation(&a.fact.value, None, &b.fact.value, None)
                        == Relation::Incompatible;
                    let same =
                        matches!((things.get(i), things.get(k)), (Some(x), Some(y)) if share(x, y));
                    // a figure the rule could not tie to the other
                    // counts something else ("at least 1,200 have died in
                    // such accidents" against "17 died"): it does not
                    // compete
                    if clash && same && within(a, b, HEDGE_RATIO) {
                        for n in [i, k] {
                            if let Some(v) = alone.get_mut(n) {
                                *v = false;
                            }
                        }
                    }
                }
            }
        }
        OneThing { things, alone }
    }

    /// Whether the rule makes mentions `i` and `j` of `ms` (the mentions
    /// [`OneThing::new`] read, of one bucket), of relation `rel`, one
    /// claim.
    pub(crate) fn one_claim(&self, ms: &[M<'_>], i: usize, j: usize, rel: Relation) -> bool {
        let (Some(a), Some(b)) = (ms.get(i), ms.get(j)) else {
            return false;
        };
        let (Some(ta), Some(tb)) = (self.things.get(i), self.things.get(j)) else {
            return false;
        };
        let alone = |k: usize| self.alone.get(k).copied().unwrap_or(false);
        // a toll and its update are one count however far apart the
        // reports (as for `sole_figure`)
        let fate = matches!(ta.first(), Some(Thing::Fate(_)));
        let figure = matches!(
            a.fact.kind,
            FactKind::Count
                | FactKind::Money
                | FactKind::Quantity
                | FactKind::Duration
                | FactKind::Percent
        ) || super::sole::people_class(a).is_some();
        rel != Relation::Same
            && a.doc != b.doc
            && figure
            && share(ta, tb)
            && alone(i)
            && alone(j)
            && a.frame.per_unit.is_none()
            && b.frame.per_unit.is_none()
            && super::counted::own_figure(a)
            && super::counted::own_figure(b)
            && a.frame.time_frame.is_none()
            && b.frame.time_frame.is_none()
            && (fate || super::counted::days_apart(a, b).is_none_or(|d| d <= MAX_DAYS_APART))
            && (a.fact.kind != FactKind::Duration || super::counted::days_apart(a, b) == Some(0))
            && within(a, b, HEDGE_RATIO)
            && !super::sole::told_apart(a, b)
            && !super::counted::told_apart(a, b)
    }
}

/// Reasons of [`super::align`]'s apart checks that this rule answers: the
/// other figures each sentence happens to give.
pub(crate) fn answers(why: &str) -> bool {
    why == "none of the sentences' other figures match"
}

/// Whether two figures lie within `ratio` of each other (a figure of no
/// size is within no ratio).
fn within(a: &M<'_>, b: &M<'_>, ratio: f64) -> bool {
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= ratio,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{one, Thing};

    fn of(words: &[&str]) -> Thing {
        Thing::Of(words.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn one_thing_by_noun_complement_or_fate() {
        let noun = |w: &str| Thing::Noun(w.to_string());
        assert!(one(&noun("damage"), &noun("damage")));
        assert!(!one(&noun("damage"), &noun("repair")));
        assert!(one(
            &of(&["credit", "monitoring"]),
            &of(&["credit", "fraud", "monitoring"])
        ));
        assert!(!one(
            &of(&["credit", "monitoring"]),
            &of(&["legal", "advice"])
        ));
        assert!(one(&noun("oil"), &of(&["fuel", "oil"])));
        assert!(one(&Thing::Fate("the dead"), &Thing::Fate("the dead")));
        assert!(!one(&Thing::Fate("the dead"), &Thing::Fate("the injured")));
        assert!(!one(&Thing::Fate("the dead"), &noun("dead")));
    }
}
