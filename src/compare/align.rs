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
//!   one meaning count as one: "killed", "died", "dead"), names in both
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

use super::counted;
use super::daypart::DayPart;
use super::followup;
use super::pairs::{self, Partners};
use super::per_unit;
use super::sole;
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

/// Where the count of an offset lies: the direction and the anchor's key
/// (its content words, lemmatised, sorted: "the strike ended" and "the end
/// of the strike" are both `end strike`). Two counts with equal keys count
/// from one happening ([`Anchored::same`]); an anchor of no content word
/// ("three years after that") is no happening another can share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Anchored {
    /// Before or after the anchor.
    pub direction: crate::facts::Direction,
    /// The anchor's content words.
    pub key: Vec<String>,
}

impl Anchored {
    /// The anchor of the offset `o`, read from the document text `text`.
    pub(crate) fn of(o: &crate::facts::Offset, text: &str) -> Anchored {
        let words = text.get(o.anchor.start..o.anchor.end).unwrap_or("");
        let mut key: Vec<String> = words
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && w != "s" && !crate::lex::words::is_function_word(w))
            .map(|w| lemma::verb(&w))
            .collect();
        key.sort();
        key.dedup();
        Anchored {
            direction: o.direction,
            key,
        }
    }

    /// Whether both count in one direction from one happening: the same
    /// content words.
    fn same(&self, other: &Anchored) -> bool {
        !self.key.is_empty() && self == other
    }

    /// Whether the two anchors share a content word.
    fn overlaps(&self, other: &Anchored) -> bool {
        self.key.iter().any(|w| other.key.binary_search(w).is_ok())
    }
}

/// A figure or date mention prepared for alignment.
pub(crate) struct M<'a> {
    pub doc: DocIndex,
    pub fact: &'a Fact,
    pub frame: &'a Frame,
    /// Publication day of the document (days from 1970-01-01), if known:
    /// its own, else the event's time.
    pub published: Option<i64>,
    /// Whether `published` is the document's own date (its metadata or
    /// dateline), not the event's time lent to an undated document.
    pub dated: bool,
    /// Day ranges of the other dates in the clause.
    pub anchors: Vec<(i64, i64)>,
    /// Byte span of the sentence (for display).
    pub sentence: crate::document::Span,
    /// The hedge word ("nearly", "some") of a qualified figure.
    pub hedge: Option<String>,
    /// The mention as written.
    pub surface: &'a str,
    /// The text of its clause ([`Frame::clause`]).
    pub clause_text: &'a str,
    /// The values of the other figures of its sentence.
    pub siblings: Vec<&'a FactValue>,
    /// For the count of an offset ("two days" of "two days after the
    /// crash"): which side of which happening it counts from.
    pub offset: Option<Anchored>,
    /// The time within its day a date of one day is told at ("3:30
    /// Tuesday", "Tuesday night", "early Monday").
    pub within_day: Option<DayPart>,
    /// Whether it stands in a roundup's notes block ("NOTES: The Rams
    /// lost ..."): background about other teams, compared with nothing.
    pub notes: bool,
}

impl M<'_> {
    /// What must match before anything is compared: the counted noun of a
    /// count, the unit of a quantity or duration.
    fn class(&self) -> String {
        if let Some(class) = sole::people_class(self) {
            return class.to_string();
        }
        // "magnitude 5.7" and "5.7-magnitude" (a glued unit): one measure
        if self.fact.kind == FactKind::Number && counted::is_magnitude(self) {
            return "magnitude".to_string();
        }
        match (&self.fact.kind, &self.fact.value) {
            // one kind of people in two words is one class ("inmates",
            // "prisoners")
            (FactKind::Count, _) => sole::noun_key(self.frame)
                .map(|(noun, _)| noun)
                .unwrap_or_else(|| {
                    lemma::noun(&self.fact.unit.clone().unwrap_or_default().to_lowercase())
                }),
            // units of one dimension are one class: compared converted
            (FactKind::Quantity, FactValue::Quantity(q)) => match q {
                crate::facts::Quantity::Amount { unit, .. }
                | crate::facts::Quantity::Range { unit, .. } => crate::lex::units::dimension(unit)
                    .map_or_else(|| unit.clone(), |(d, _)| d.to_string()),
            },
            // Units of the calendar are one class: compared in days.
            (FactKind::Duration, FactValue::Duration(d)) => match d {
                crate::facts::Duration::Amount { unit, .. }
                | crate::facts::Duration::Range { unit, .. } => {
                    if values::unit_days(unit).is_some() {
                        "calendar".to_string()
                    } else {
                        unit.clone()
                    }
                }
                crate::facts::Duration::Iso { .. } => "iso".to_string(),
            },
            _ => self.frame.glued_unit.clone().unwrap_or_default(),
        }
    }

    /// The day range of a date value.
    fn days(&self) -> Option<(i64, i64)> {
        match &self.fact.value {
            FactValue::Date(v) => values::day_range(v),
            _ => None,
        }
    }

    /// A date far from the time of the article, a figure anchored to
    /// such a date, or a figure told of an earlier happening: background
    /// to the event.
    pub(crate) fn background(&self) -> bool {
        // "the previous crash on the road killed nine"
        if self.frame.other_happening && self.fact.kind != FactKind::Date {
            return true;
        }
        let Some(p) = self.published else {
            return false;
        };
        let far = |(lo, hi): (i64, i64)| hi < p - BACKGROUND_DAYS || lo > p + 400;
        if self.fact.kind == FactKind::Date {
            return self.days().is_some_and(far);
        }
        self.anchors.iter().any(|&r| far(r))
    }
}

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

/// Why two mentions cannot be one claim, if they cannot.
fn apart(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    apart_in_sentence(a, b, rel).or_else(|| apart_in_frame(a, b, rel))
}

/// What the rest of two sentences says against one claim: a stat line with
/// none of its other figures shared, or figures several times apart. Soft
/// evidence: it keeps two mentions from being tied directly, but does not
/// split the members of two groups already tied.
fn apart_in_sentence(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    // Stat lines: sentences that list other figures, none of them shared,
    // tell of different occasions ("caught 29 passes for 201 yards", "caught
    // 39 passes for 302 yards").
    if rel != Relation::Same
        && !a.siblings.is_empty()
        && !b.siblings.is_empty()
        && !one_dated_rate(a, b)
    {
        let shared = a.siblings.iter().any(|x| {
            b.siblings
                .iter()
                .any(|y| values::relation(x, None, y, None) == Relation::Same)
        });
        if !shared {
            return Some("none of the sentences' other figures match");
        }
    }
    if rel != Relation::Same {
        if let (Some(x), Some(y)) = (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
            let ratio = x.max(y) / x.min(y);
            if ratio > MAX_RATIO && similarity(fa, fb) < SIMILAR_ALONE {
                return Some("figures too far apart to count one thing");
            }
            if ratio > MAX_COPY_RATIO {
                return Some("figures more than an order of magnitude apart");
            }
        }
    }
    None
}

/// Whether two rates are of one measure at one time ("overall inflation
/// was 4.1% in January", "put January inflation at 4.4 percent, with food
/// inflation at 6.8 percent"): one head noun with the same compound nouns
/// and modifiers, and dates in both clauses that overlap. The measure and
/// its time say which figure answers which, whatever other figures each
/// sentence lists.
fn one_dated_rate(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    a.fact.kind == FactKind::Percent
        && b.fact.kind == FactKind::Percent
        && fa.head.is_some()
        && same_head(a, b)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && a.anchors
            .iter()
            .any(|x| b.anchors.iter().any(|y| x.0 <= y.1 && y.0 <= x.1))
}

/// What the frames of two mentions say against one claim (see the module
/// docs): hard evidence.
fn apart_in_frame(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    if fa.role == Role::Metadata || fb.role == Role::Metadata {
        return Some("publication metadata");
    }
    if rel != Relation::Same && super::roles::other_roles(a, b) {
        return Some("ages of people of different roles");
    }
    if a.notes || b.notes {
        return Some("roundup notes");
    }
    if rel == Relation::Unrelated {
        return Some("values of different kinds");
    }
    if let Some(why) = per_unit::apart(a, b, rel) {
        return Some(why);
    }
    if other_periods(a, b, rel) {
        return Some("tallies of two periods");
    }
    if other_windows(a, b, rel) {
        return Some("tallies of two windows");
    }
    if a.fact.kind != FactKind::Date && different_owners(fa, fb) {
        return Some("figures of different owners");
    }
    // One amount of money stated by two reports of one event ("a package
    // worth $175 million", "weapons worth $175m") is one figure however
    // each names what it buys.
    let same_money = rel == Relation::Same && a.fact.kind == FactKind::Money && a.doc != b.doc;
    if fa.head.is_some() && fb.head.is_some() && !same_head(a, b) && !same_money {
        return Some("different head nouns");
    }
    if same_money {
        return (fa.negated != fb.negated).then_some("one is negated");
    }
    if fa.head.is_some() && fb.head.is_some() {
        // "police officers" and "policemen": the two-word name's compound
        // is part of the kind
        let counts = a.fact.kind == FactKind::Count && b.fact.kind == FactKind::Count;
        let compounds_differ = if counts {
            sole::noun_key(fa).map(|k| k.1) != sole::noun_key(fb).map(|k| k.1)
        } else {
            fa.compound != fb.compound
        };
        if compounds_differ {
            return Some("different compound nouns");
        }
        if fa.modifiers != fb.modifiers {
            return Some("different modifiers");
        }
        if !fa.proper.is_empty() && !fb.proper.is_empty() && disjoint(&fa.proper, &fb.proper) {
            return Some("different proper modifiers");
        }
    }
    if fa.scope != fb.scope && !(rel != Relation::Incompatible && increment_only(fa, fb)) {
        return Some("different scope");
    }
    // One date stated by two reporters in their own words ("the fire on
    // Tuesday", "lost part of its history on Tuesday"): the same day near
    // the event needs no shared predicate or names.
    if a.fact.kind == FactKind::Date {
        if let Some(why) = two_times_of_one_day(a, b) {
            return Some(why);
        }
    }
    if rel == Relation::Same && a.fact.kind == FactKind::Date && !a.background() {
        return None;
    }
    let dated_nouns = fa.dates_head && fb.dates_head;
    // The happening a date is of is said of someone by name in one report
    // and described in the other, or described in both ("the shooting
    // death of his girlfriend", "of a Fort Smith woman", "of Jane Roe"):
    // not two different ones; two different names are.
    let named_and_described = dated_nouns && !(of_names(fa) && of_names(fb));
    if !fa.of.is_empty()
        && !fb.of.is_empty()
        && !named_and_described
        && (disjoint(&fa.of, &fb.of) || fa.of_indefinite != fb.of_indefinite)
    {
        return Some("different of-complements");
    }
    if let (Some(x), Some(y)) = (&fa.predicate, &fb.predicate) {
        if !dated_nouns
            && !lemma::same_predicate(&x.base, &y.base)
            && !hedged_same_count(a, b, rel)
            && !followup::dates_one_happening(a, b)
        {
            return Some("different predicates");
        }
    }
    if !fa.on.is_empty() && !fb.on.is_empty() && disjoint(&fa.on, &fb.on) {
        return Some("different on-complements");
    }
    if fa.negated != fb.negated {
        return Some("one is negated");
    }
    if different_roles(a, b) {
        return Some("different roles");
    }
    // People, places or organisations named in both clauses, none shared:
    // the claims are about different ones ("hosted the Emmys", "hosted the
    // Oscars"; a strike in Zeitoun, one in Beach camp).
    for kind in [FactKind::Person, FactKind::Place, FactKind::Org] {
        // A clause without names of its own is said of its sentence's
        // subject ("Thomas was hurt and missed 10 games").
        let of = |f: &Frame| clause_typed(f, |k| k == kind);
        let (x, y) = (of(fa), of(fb));
        if !x.is_empty() && !y.is_empty() && shared_names(&x, &y).is_empty() {
            return Some("different names");
        }
    }
    // Other dates in the clauses: a figure of another time.
    if rel != Relation::Same || a.fact.kind == FactKind::Date {
        match (a.anchors.is_empty(), b.anchors.is_empty()) {
            (false, false) => {
                let overlap = a
                    .anchors
                    .iter()
                    .any(|x| b.anchors.iter().any(|y| x.0 <= y.1 && y.0 <= x.1));
                if !overlap {
                    return Some("different time");
                }
            }
            (false, true) if !near(a) => return Some("different time"),
            (true, false) if !near(b) => return Some("different time"),
            _ => {}
        }
    }
    None
}

/// What holds two members of two value groups apart when a direct tie
/// between the groups would join them: the hard evidence of
/// [`apart_in_frame`], except that a date and a date at the next grain
/// holding it ([`nested_dates`]: "in March", "March 9"; "this week",
/// "Tuesday"), near the article's time, are weighed as one day is: each
/// group is already one claim, tied to the other by a shared predicate and
/// subject, and a coarser report of its time is the same claim at another
/// grain, whatever verb a third report tells it with ("the hall was full on
/// March 9", "conducted the orchestra in March"). Disjoint dates, and
/// dates whose relation is not
/// "compatible" (a part of the day later than the other's), keep every
/// check.
fn apart_across(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    if rel == Relation::Compatible && nested_dates(a, b) {
        apart_in_frame(a, b, Relation::Same)
    } else if rel == Relation::Compatible && followup::nested(a, b) {
        // A later report's month or year of the day of a claim: weighed as
        // the day itself once tied to the claim (the day's side first, so
        // that its nearness to its article decides).
        if b.background() {
            apart_in_frame(a, b, Relation::Same)
        } else {
            apart_in_frame(b, a, Relation::Same)
        }
    } else {
        apart_in_frame(a, b, rel)
    }
}

/// Whether two date mentions near their articles' time (not background)
/// are one within the other (as far as each may reach) at two neighbouring
/// grains: a day within its week, month or year, a week within its month,
/// a month within its quarter, half or year. A day against a year is joined
/// too ("conducted the orchestra this year", "on March 9"), once a direct
/// tie joined the two groups; a vague time counted from the article ("next
/// year", "this week") is tied to a day only when both clauses date one
/// act ([`vague`]: "host the Oscars next year" and "the March 2 broadcast"
/// date the hosting and the broadcast, two chains in ECB+). Stretches
/// counted from now ("the past two weeks") and open spans are not grains
/// of one date.
fn nested_dates(a: &M<'_>, b: &M<'_>) -> bool {
    let grain = |m: &M<'_>| match &m.fact.value {
        FactValue::Date(DateValue::Unit(p)) if !m.background() && !is_period(m) => Some(p.grain()),
        _ => None,
    };
    let (Some(g), Some(h), Some(x), Some(y)) = (grain(a), grain(b), a.days(), b.days()) else {
        return false;
    };
    // The days each may stand for ("last week" reaches to the end of the
    // article's own week: [`super::loose::loose_days`]).
    let x = super::loose::loose_days(a.fact.relative.as_deref(), x);
    let y = super::loose::loose_days(b.fact.relative.as_deref(), y);
    let within = |p: (i64, i64), q: (i64, i64)| q.0 <= p.0 && p.1 <= q.1;
    neighbouring_grains(g, h) && (within(x, y) || within(y, x))
}

/// Whether two grains are next to each other for [`nested_dates`]: a day
/// and a week, month or year, a week and a month, a month and a quarter,
/// half or year.
fn neighbouring_grains(g: Grain, h: Grain) -> bool {
    use Grain::{Day, Half, Month, Quarter, Week, Year};
    let (fine, coarse) = if g <= h { (g, h) } else { (h, g) };
    matches!(
        (fine, coarse),
        (Day, Week | Month | Year) | (Week, Month) | (Month, Quarter | Half | Year)
    )
}

/// Whether two clauses tell their figures of different roles ("seven years
/// as mayor", "seven years"; "as mayor", "as governor"). A date is the time
/// of an act, not a figure of a role: a role that one report adds ("fired
/// last week", "fired last Thursday as a night manager") does not make the
/// act another; two different roles still do.
fn different_roles(a: &M<'_>, b: &M<'_>) -> bool {
    let (x, y) = (&a.frame.as_role, &b.frame.as_role);
    if x.is_empty() || y.is_empty() {
        x.is_empty() != y.is_empty() && a.fact.kind != FactKind::Date
    } else {
        disjoint(x, y)
    }
}

/// Why two dates, even of one day, are the times of two different things
/// (ECB+'s time chains are the times of particular happenings):
///
/// - **A statement and a happening**: a date of a verb of saying ("Owen
///   *said Tuesday* that …", "told reporters Friday night") is when someone
///   spoke about the event, not when a happening of a known kind took
///   place ("the fire *destroyed* the warehouse Tuesday", "the Tuesday
///   *fire*"). Announcing is not such a happening: an announcement is a
///   statement ("the academy announced Friday", "organizers said Friday").
/// - **A part of the day and two acts**: one report narrows the time to a
///   part of the day ("early Tuesday morning", "Tuesday night") and the
///   two clauses tell acts of two different known kinds ("was arrested
///   Tuesday night", "the fire broke out ... killed Tuesday"): the part of
///   the day is the time of its own act. A date said of a noun ("the
///   Tuesday night attack") tells no verb's act.
fn two_times_of_one_day(a: &M<'_>, b: &M<'_>) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    let happening = |f: &Frame| {
        f.dates_head
            || f.predicate.as_ref().is_some_and(|p| {
                lemma::is_class_word(&p.base) && !lemma::same_predicate(&p.base, "announce")
            })
    };
    if (fa.dates_saying && happening(fb)) || (fb.dates_saying && happening(fa)) {
        return Some("a statement's date and a happening's");
    }
    // A date said of a noun ("after the Monday morning attack") is the time
    // of that noun, not of the clause's verb ("was arrested after ..."):
    // the head nouns are weighed elsewhere, and a noun against a verb is no
    // sign of two acts.
    let act = |f: &'_ Frame| (!f.dates_head).then(|| f.predicate.clone()).flatten();
    if a.within_day.is_some() != b.within_day.is_some() {
        if let (Some(x), Some(y)) = (act(fa), act(fb)) {
            if lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && !lemma::same_predicate(&x.base, &y.base)
                && !(casualty(&x.base) && casualty(&y.base))
            {
                return Some("a part of the day of another act");
            }
        }
    }
    None
}

/// Whether a predicate counts the dead or the hurt ("killed", "died",
/// "injured", "wounded"): the toll of a happening, not an act of its own,
/// so "shot dead one man and wounded two Monday" and "died Monday morning"
/// tell one time.
fn casualty(base: &str) -> bool {
    matches!(lemma::predicate_class(base), "kill" | "injure")
}

/// Whether the heads of two mentions name one thing: one noun, for two
/// counts two words for one kind of people ("miners", "mineworkers";
/// "police officers", "policemen": [`sole::noun_key`]), or for two dates of happenings named by
/// their nouns ("Monday's shooting", "the Monday morning attack",
/// "Monday's violence"), or for two measures ("a magnitude 5.7
/// earthquake", "the magnitude-5.4 quake"), two nouns of one family of
/// happenings ([`lemma::same_happening`]): reporters name one event in
/// their own words.
fn same_head(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    match (&fa.head, &fb.head) {
        (Some(x), Some(y)) => {
            x.base == y.base
                || (a.fact.kind == FactKind::Count
                    && b.fact.kind == FactKind::Count
                    && sole::noun_key(fa).map(|k| k.0) == sole::noun_key(fb).map(|k| k.0))
                || (a.fact.kind == FactKind::Date
                    && fa.dates_head
                    && fb.dates_head
                    && lemma::same_happening(&x.base, &y.base))
                || (matches!(a.fact.kind, FactKind::Quantity | FactKind::Number)
                    && a.fact.kind == b.fact.kind
                    && lemma::same_happening(&x.base, &y.base))
                // "a 6.2-magnitude earthquake" (head "magnitude"), "a
                // magnitude 5.9 quake"
                || (counted::is_magnitude(a) && counted::is_magnitude(b))
        }
        _ => false,
    }
}

/// Whether two figures are tallies of two different stretches of time: one
/// sentence names a stretch counted from its article's date ("missed four
/// games *this season*", "*last year* the fund raised $2 million"), and the
/// two articles' dates put the stretches apart (this season of 2008 and
/// the season of an article of 2011: two seasons), or one article's date is
/// unknown, so that its stretch cannot be placed against the other's (then
/// only a copy of one sentence, near-identical, states the same claim). A
/// sentence without such words is about its own article's time. Dates are
/// placed by their own values.
fn other_periods(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (ta, tb) = (a.frame.time_frame, b.frame.time_frame);
    if a.fact.kind == FactKind::Date || a.doc == b.doc {
        return false;
    }
    let Some(unit) = ta.or(tb).map(|t| t.unit) else {
        return false;
    };
    let own_date = |m: &M<'_>| m.published.filter(|_| m.dated);
    match (own_date(a), own_date(b)) {
        (Some(p), Some(q)) => {
            let own = crate::claim::TimeFrame { unit, back: 0 };
            let (x, y) = (ta.unwrap_or(own).days(p), tb.unwrap_or(own).days(q));
            x.1 < y.0 || y.1 < x.0
        }
        _ => rel != Relation::Same && similarity(a.frame, b.frame) < SIMILAR_ALONE,
    }
}

/// Whether two different figures of two documents are tallies of two
/// windows ([`Frame::window`]): one sentence bounds its count by a window
/// ("arrested three times *since October*", "*in the past two years*") and
/// the other by none ("arrested four times") or by another ("since
/// 2010"). A lifetime count and a count since a date are two claims
/// whether or not the date resolves. A stretch counted from the article's
/// date ("this season", "last year") is left to [`other_periods`]: a
/// news report's unbounded tally is of its own season ("missed nine games
/// this season", "missed 10 games" disagree). Equal values are left alone.
fn other_windows(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    rel != Relation::Same
        && a.fact.kind != FactKind::Date
        && a.doc != b.doc
        && fa.window != fb.window
}

/// Scope words that mark a figure as an increment ("an *additional* $300
/// million in revenue", "*another* 20 people"): one report may say it of a
/// gain and another state the gain without the word ("each point of share
/// gained equates to about $300 million"). They tell the figure apart from
/// a total, never from the same figure.
const INCREMENT: &[&str] = &["additional", "extra", "another", "further", "more"];

/// Whether two frames' scopes differ only in increment words one of them
/// writes and the other leaves out (not both: "another 20" and "20 more"
/// agree in words). Only for values that are equal or within each other's
/// hedges: an increment against a different figure may be the total.
fn increment_only(fa: &Frame, fb: &Frame) -> bool {
    fn rest(f: &Frame) -> Vec<&String> {
        f.scope
            .iter()
            .filter(|w| !INCREMENT.contains(&w.as_str()))
            .collect()
    }
    let marks = |f: &Frame| f.scope.iter().any(|w| INCREMENT.contains(&w.as_str()));
    rest(fa) == rest(fb) && marks(fa) != marks(fb)
}

/// Whether the dates of `m`'s clause are all near its publication date.
pub(crate) fn near(m: &M<'_>) -> bool {
    match m.published {
        None => true,
        Some(p) => m
            .anchors
            .iter()
            .all(|&(lo, hi)| hi >= p - NEAR_DAYS && lo <= p + NEAR_DAYS),
    }
}

/// Whether a frame's of-complement names someone (all its words are words
/// of the clause's names: "of Ka'Loni Flynn") rather than describing them
/// ("of a Fort Smith woman": a name before a common noun still describes).
fn of_names(f: &Frame) -> bool {
    let bare = |w: &str| w.replace(['\'', '\u{2019}'], "");
    !f.of.is_empty()
        && f.of.iter().all(|w| {
            f.names
                .iter()
                .any(|n| n.split(' ').any(|p| bare(p) == bare(w)))
        })
}

/// Whether two figures are said of different people or organisations:
/// each names who it belongs to ([`Frame::owner`]: "re-signed Iguodala and
/// Williams for $80 million", "signed Brand to a five-year, $80 million
/// contract") and no word of those names is shared. Equal values of two
/// owners are two claims, not one corroborated; a figure whose owner is
/// unnamed on either side is left to the other checks. A name is matched
/// by any of its words, or written solid, singular ("Sea Micro",
/// "SeaMicro"; "the Colts", "a Colt stampede"), so that only names with
/// nothing in common part two figures.
fn different_owners(fa: &Frame, fb: &Frame) -> bool {
    let words = |f: &Frame| -> Vec<String> {
        let bare = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
        f.owner
            .iter()
            .flat_map(|n| {
                n.split(' ')
                    .filter(|w| w.chars().count() > 1)
                    .map(bare)
                    .chain(std::iter::once(bare(&n.replace(' ', ""))))
            })
            .collect()
    };
    let (x, y) = (words(fa), words(fb));
    !x.is_empty() && !y.is_empty() && disjoint(&x, &y)
}

fn disjoint(a: &[String], b: &[String]) -> bool {
    !a.iter().any(|x| b.contains(x))
}

/// Names of `a` that `b` shares: equal canonical keys, or one a surname of
/// the other ("goldberg", "whoopi goldberg").
pub(crate) fn shared_names(a: &[String], b: &[String]) -> Vec<String> {
    let last = |s: &str| s.rsplit(' ').next().unwrap_or(s).to_string();
    a.iter()
        .filter(|x| {
            b.iter()
                .any(|y| x == &y || ((x.contains(' ') != y.contains(' ')) && last(x) == last(y)))
        })
        .cloned()
        .collect()
}

/// Weighted Jaccard similarity of two frames' words.
fn similarity(a: &Frame, b: &Frame) -> f64 {
    let (x, y) = (&a.words, &b.words);
    let (mut i, mut j) = (0, 0);
    let (mut num, mut den) = (0.0, 0.0);
    while i < x.len() || j < y.len() {
        match (x.get(i), y.get(j)) {
            (Some(p), Some(q)) if p.0 == q.0 => {
                num += p.1.min(q.1);
                den += p.1.max(q.1);
                i += 1;
                j += 1;
            }
            (Some(p), Some(q)) if p.0 < q.0 => {
                den += p.1;
                i += 1;
            }
            (Some(_), Some(q)) => {
                den += q.1;
                j += 1;
            }
            (Some(p), None) => {
                den += p.1;
                i += 1;
            }
            (None, Some(q)) => {
                den += q.1;
                j += 1;
            }
            (None, None) => break,
        }
    }
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

/// The names two clauses share; a clause without names of its own borrows
/// its sentence's subject.
fn clause_names(fa: &Frame, fb: &Frame) -> Vec<String> {
    let names = shared_names(&fa.names, &fb.names);
    if !names.is_empty() || (!fa.names.is_empty() && !fb.names.is_empty()) {
        return names;
    }
    let x = if fa.names.is_empty() {
        &fa.subject_names
    } else {
        &fa.names
    };
    let y = if fb.names.is_empty() {
        &fb.subject_names
    } else {
        &fb.names
    };
    shared_names(x, y)
}

/// Days of the longest period that dates one act: a calendar year.
const ACT_DAYS: i64 = 366;

/// Whether two date mentions each name one stretch no longer than a year,
/// as written (not a decade, "1981-85", or "six months ago"): the time of
/// one act, not of a career or an era.
fn one_dated_act(a: &M<'_>, b: &M<'_>) -> bool {
    let short = |m: &M<'_>| {
        m.fact.qualifier.is_none() && m.days().is_some_and(|(lo, hi)| hi - lo < ACT_DAYS)
    };
    short(a) && short(b)
}

/// Whether two clauses tell one act of one person, in words that leave no
/// doubt what the act is: predicates of one known class ("stepped forward
/// to acknowledge", "admitting"; "killed", "died") and a person each
/// sentence is about, shared. Two years of it far from the article's time
/// are two reporters' years for one fact of a biography ("Felt revealed
/// himself in 2005", "in 2006"), where a weaker tie would join any two
/// years of one life.
fn one_act_of_one_person(fa: &Frame, fb: &Frame) -> bool {
    let classed = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => {
            lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && lemma::same_predicate(&x.base, &y.base)
        }
        _ => false,
    };
    let person = |f: &Frame| -> Vec<String> {
        f.typed_names
            .iter()
            .chain(&f.subject_typed)
            .filter(|(k, _)| *k == FactKind::Person)
            .map(|(_, n)| n.clone())
            .chain(f.pronoun_person.iter().cloned())
            .collect()
    };
    classed && !shared_names(&person(fa), &person(fb)).is_empty()
}

/// Whether two sentences are about one subject: a name of one clause or
/// sentence subject ([`Frame::sentence_subject`]) is a name of the other's.
fn same_subject(fa: &Frame, fb: &Frame) -> bool {
    let who =
        |f: &Frame| -> Vec<String> { f.names.iter().chain(&f.sentence_subject).cloned().collect() };
    !shared_names(&who(fa), &who(fb)).is_empty()
}

/// Largest ratio between two figures that a hedge or a rounding can tell
/// apart in one claim told with two verbs ("handed down 54 charges",
/// "faced more than 50 charges").
pub(crate) const HEDGE_RATIO: f64 = 1.5;

/// Whether two figures of one noun phrase, said of one subject, differ only
/// within a hedge or a rounding ("54 charges" and "more than 50 charges";
/// "about 40 volunteer firefighters" and "40 volunteer firefighters"): the
/// verdict can only be "approximate", and the noun phrase with its
/// modifiers and a shared subject show that the same thing is counted,
/// whatever verb each reporter tells it with.
fn hedged_same_count(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    let figure = matches!(
        a.fact.kind,
        FactKind::Count | FactKind::Money | FactKind::Quantity | FactKind::Duration
    );
    let same_phrase = same_noun_phrase(fa, fb);
    let close = within_hedge_ratio(a, b);
    // Two verbs of two known classes ("marched", "were arrested") count
    // two different things, however alike the rest.
    let two_classes = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => {
            lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && !lemma::same_predicate(&x.base, &y.base)
        }
        _ => false,
    };
    rel == Relation::Compatible
        && figure
        && !two_classes
        && same_phrase
        && close
        && !a.background()
        && !b.background()
        && !clause_names(fa, fb).is_empty()
}

/// Whether two frames count with one noun phrase: one head, with the same
/// compound, modifiers, scope and negation.
fn same_noun_phrase(fa: &Frame, fb: &Frame) -> bool {
    matches!((&fa.head, &fb.head), (Some(x), Some(y)) if x.base == y.base)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && fa.scope == fb.scope
        && fa.negated == fb.negated
}

/// Whether two figures lie within [`HEDGE_RATIO`] of each other.
fn within_hedge_ratio(a: &M<'_>, b: &M<'_>) -> bool {
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= HEDGE_RATIO,
        _ => false,
    }
}

/// Whether two counts, one of them hedged, estimate one gathering on one
/// day ("nearly 100 people marched on Monday night", "on Monday, about 130
/// people marched"): one predicate (`predicate`, from the tie), one noun
/// phrase, figures within [`HEDGE_RATIO`], and the clauses of both dated
/// to one shared day, each by single days only. Reporters' estimates of a
/// crowd differ; the day and the act show the crowd is one. A clause with
/// no day of its own, or a day the other does not name, is never joined.
fn one_gathering_one_day(a: &M<'_>, b: &M<'_>, predicate: bool) -> bool {
    let single_days =
        |m: &M<'_>| !m.anchors.is_empty() && m.anchors.iter().all(|&(lo, hi)| lo == hi);
    let shared_day = a.anchors.iter().any(|x| b.anchors.contains(x));
    a.fact.kind == FactKind::Count
        && predicate
        && (a.hedge.is_some() || b.hedge.is_some())
        && same_noun_phrase(a.frame, b.frame)
        && within_hedge_ratio(a, b)
        && single_days(a)
        && single_days(b)
        && shared_day
        && !a.background()
        && !b.background()
}

/// The rule [`one_claim_of_one_subject`], as the evidence names it.
const ONE_SUBJECT: &str = "one_subject";

/// Whether two different figures of two documents are one claim by what
/// their clauses say, however little else the sentences share ("his
/// autopsy showed Smith had been hit nine times", "Smith, 40, was hit 12
/// times"): one predicate (of one class), one noun phrase (head, compound,
/// modifiers, scope, negation; for money or a duration without a noun,
/// one unit) and one named subject, a person or a place each clause or
/// sentence names (a pronoun standing for the document's protagonist
/// counts as its name). Kept out: a subject that is a generic noun or
/// absent on either side, figures of another time (background, a stretch
/// such as "last season", a date of the clause far from the article's) and
/// numbers with no noun.
fn one_claim_of_one_subject(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    // A bare number counts something only with a noun ("shot seven times").
    let figure = match a.fact.kind {
        FactKind::Count | FactKind::Money | FactKind::Quantity | FactKind::Duration => true,
        FactKind::Number => fa.head.is_some(),
        _ => false,
    };
    let predicate = matches!((&fa.predicate, &fb.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base));
    let unit_only = fa.head.is_none()
        && fb.head.is_none()
        && matches!(a.fact.kind, FactKind::Money | FactKind::Duration)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && fa.scope == fb.scope
        && fa.negated == fb.negated;
    // A duration told in two units ("four and a half months", "136 days")
    // is one figure converted, not two reporters' counts of one unit.
    let one_unit =
        a.fact.kind != FactKind::Duration || written_unit(a.surface) == written_unit(b.surface);
    let own_time = |m: &M<'_>| m.frame.time_frame.is_none() && near(m) && !m.background();
    figure
        && a.doc != b.doc
        && predicate
        && one_unit
        && (same_noun_phrase(fa, fb) || unit_only)
        && own_time(a)
        && own_time(b)
        && !shared_names(&named_subject(fa), &named_subject(fb)).is_empty()
}

/// The unit word a figure is written with, without its plural ("months"
/// of "four and a half months", "day" of "136-day"): its last word.
fn written_unit(surface: &str) -> String {
    let word = surface
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    word.strip_suffix('s').map(str::to_string).unwrap_or(word)
}

/// The people and places a clause is said of, by name: those the clause
/// names ([`clause_typed`]), and the person a pronoun before the figure
/// stands for.
fn named_subject(f: &Frame) -> Vec<String> {
    let mut who = clause_typed(f, |k| matches!(k, FactKind::Person | FactKind::Place));
    who.extend(f.pronoun_person.iter().cloned());
    who
}

/// The typed names of a clause of the kinds `keep` accepts; a clause
/// without names of its own is said of its sentence's subject ("Thomas was
/// hurt and missed 10 games").
fn clause_typed(f: &Frame, keep: impl Fn(FactKind) -> bool) -> Vec<String> {
    let typed = if f.names.is_empty() {
        &f.subject_typed
    } else {
        &f.typed_names
    };
    typed
        .iter()
        .filter(|(k, _)| keep(*k))
        .map(|(_, n)| n.clone())
        .collect()
}

/// What ties `a` and `b`, and whether it is enough for their relation.
fn tie(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<(f64, Tie)> {
    let (fa, fb) = (a.frame, b.frame);
    let names = clause_names(fa, fb);
    let head = same_head(a, b);
    // A vague time ("next year", "this week") against one day: one claim
    // only when both clauses date one act ([`vague`]).
    if a.fact.kind == FactKind::Date && rel != Relation::Same && !vague::may_tie(a, b, head) {
        return None;
    }
    // Two dates of one noun ("the 2012 shooting death", "the April 2012
    // shooting death"): the noun is what they date, whatever each clause's
    // verb ("convicted in", "charged in").
    let dated_nouns = fa.dates_head && fb.dates_head;
    let mut t = Tie {
        head,
        predicate: if dated_nouns {
            head
        } else {
            matches!((&fa.predicate, &fb.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base))
        },
        names,
        of: !fa.of.is_empty() && !disjoint(&fa.of, &fb.of),
        similarity: similarity(fa, fb),
        rule: None,
        predicates: Vec::new(),
    };
    let kind = a.fact.kind;
    let bare = matches!(
        kind,
        FactKind::Date | FactKind::Number | FactKind::Ordinal | FactKind::Percent | FactKind::Score
    );
    // The subject: shared names of the clauses or of who the sentences
    // are about, or a shared of-complement.
    let subject = !t.names.is_empty() || t.of || same_subject(fa, fb);
    let background = a.background() || b.background();
    let no_predicates = fa.predicate.is_none() && fb.predicate.is_none();
    let enough = if rel == Relation::Same {
        if kind == FactKind::Money && !background {
            true
        } else if kind == FactKind::Score {
            // The same result twice in reports of one event: the game's
            // score or the vote, whatever each report calls it ("won",
            // "the victory", "a 20-13 defeat").
            true
        } else if kind == FactKind::Date && !background {
            // One calendar day near the event, in reports of the event: the
            // day of its happenings, whatever verb each report uses. A
            // coarser period (a week, a quarter, a year) needs a shared
            // predicate, subject or head, or some shared wording.
            // (Two mentions of one part of the day, or of the bare day: see
            // `relation`.)
            // "Monday" holds "Monday morning"; "early Monday" is not said to
            // be a morning or a night.
            let one_day = a.days().is_some_and(|(lo, hi)| lo == hi)
                && (a.within_day.is_none()
                    || b.within_day.is_none()
                    || a.within_day == b.within_day);
            // Names alone are the event's protagonists, in every sentence:
            // they tie a coarser period only with some shared wording.
            one_day
                || t.predicate
                || t.head
                || (subject && t.similarity >= SAME_DAY_SIMILAR / 2.0)
                || t.similarity >= SAME_DAY_SIMILAR
        } else if bare {
            t.predicate || t.head || t.similarity >= SIMILAR_EQUAL + 0.1
        } else {
            t.head || t.predicate || subject || t.similarity >= SIMILAR_EQUAL
        }
    } else if t.similarity >= SIMILAR_ALONE && (t.predicate || no_predicates) {
        // Near-identical sentences: one report's figure changed.
        true
    } else {
        // Two different values: one claim only with its predicate and its
        // subject (names, or a parallel sentence), and for a figure its
        // head. A figure with no noun of its own (a bare number, an
        // ordinal) or a date of another time needs near-identical
        // sentences.
        // Money and a result need no noun of their own ("paid $5 million",
        // "won 3-1").
        // A count of time from one happening ("nine days after the walkout
        // ended", "14 days after the end of the walkout") has that
        // happening for its noun ([`relation`] keeps two counts from two
        // happenings apart).
        let head_ok = t.head
            || (fa.head.is_none()
                && fb.head.is_none()
                && matches!(kind, FactKind::Money | FactKind::Score))
            || matches!((&a.offset, &b.offset), (Some(x), Some(y)) if x.same(y));
        // Money said of a noun ("a $175 million package") has that noun for
        // its predicate, and so has a rate told of what it measures
        // ("inflation was 4.1%", "put inflation at 4.4%").
        let predicate = t.predicate
            || (matches!(kind, FactKind::Money | FactKind::Percent) && t.head && no_predicates);
        match kind {
            FactKind::Number | FactKind::Ordinal => false,
            // A day and the month or week holding it: one predicate, one
            // subject. Two different days: a parallel sentence as well.
            FactKind::Date => {
                let need = if rel == Relation::Compatible {
                    0.0
                } else {
                    SIMILAR_WITH_FRAME - 0.05
                };
                let ordinary = if dated_nouns {
                    // One happening named by one noun, dated by two
                    // reports at two grains, however long ago: the noun
                    // and some shared wording. Two different dates of it
                    // need its subject too (another year's shooting is
                    // another shooting).
                    t.head
                        && if rel == Relation::Compatible {
                            subject || t.similarity >= SIMILAR_EQUAL
                        } else {
                            subject && t.similarity >= need
                        }
                } else {
                    (!background && t.predicate && (subject || t.head) && t.similarity >= need)
                        || (background && one_dated_act(a, b) && one_act_of_one_person(fa, fb))
                };
                // A later report's month or year of the happening the
                // other dates to the day ([`followup`]).
                ordinary
                    || (rel == Relation::Compatible
                        && followup::ties(a, b, subject || t.similarity > 0.0))
            }
            // Values within each other's hedges ("at least 70", "about
            // 100 people injured"): the head and predicate with a little
            // shared context.
            _ if rel == Relation::Compatible => {
                (predicate || hedged_same_count(a, b, rel))
                    && head_ok
                    && (subject
                        || t.similarity >= SIMILAR_WITH_FRAME - 0.15
                        || one_gathering_one_day(a, b, predicate))
                    && (!background || subject)
            }
            // Two figures that cannot both hold: the head and predicate with
            // the subject or a parallel sentence.
            // Sources that disagree on one figure are close to each other
            // (a toll of 12 or 15, nine games or ten); a figure twice another
            // with the same noun and verb needs more to be the same one.
            _ => {
                let ratio = match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
                    (Some(x), Some(y)) => x.max(y) / x.min(y),
                    _ => MAX_RATIO,
                };
                let need = if ratio <= 1.5 {
                    SIMILAR_WITH_FRAME - 0.1
                } else {
                    SIMILAR_WITH_FRAME
                };
                predicate
                    && head_ok
                    && (subject && t.similarity >= need
                        || t.similarity >= SIMILAR_CONFLICT
                        || one_gathering_one_day(a, b, predicate))
                    && (!background || subject)
            }
        }
    };
    // Two different values the ties above leave apart, said of one named
    // subject with one predicate and one noun phrase: one claim by rule.
    if !enough && rel != Relation::Same && one_claim_of_one_subject(a, b) {
        t.rule = Some(ONE_SUBJECT);
    }
    let enough = enough || t.rule.is_some();
    if !enough {
        return None;
    }
    let score = t.similarity
        + 0.3 * f64::from(u8::from(t.predicate))
        + 0.3 * f64::from(u8::from(t.head))
        + 0.2 * f64::from(u8::from(subject));
    Some((score, t))
}

/// The tie of two values a named rule makes one claim (`sole_figure`
/// [`sole`], `counted_figure` [`counted`], `per_unit` [`per_unit`]),
/// weaker than any ordinary tie of theirs. `counted_figure` shows both
/// clauses' predicates in its evidence (`said`); the others show none.
fn rule_tie(a: &M<'_>, b: &M<'_>, rule: &'static str, said: bool) -> (f64, Tie) {
    let verb = |m: &M<'_>| {
        m.frame
            .predicate
            .as_ref()
            .map(|p| p.text.to_lowercase())
            .unwrap_or_default()
    };
    let t = Tie {
        head: same_head(a, b),
        predicate: matches!((&a.frame.predicate, &b.frame.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base)),
        names: clause_names(a.frame, b.frame),
        of: false,
        similarity: similarity(a.frame, b.frame),
        rule: Some(rule),
        predicates: if said {
            vec![verb(a), verb(b)]
        } else {
            Vec::new()
        },
    };
    (t.similarity, t)
}

/// Whether a date mention writes its year ("April 9, 2013", "'08").
fn writes_year(surface: &str) -> bool {
    let b = surface.as_bytes();
    b.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
        || surface.contains('\'') && b.iter().filter(|c| c.is_ascii_digit()).count() >= 2
}

/// How the values of two mentions relate. Two dates of one month and day
/// whose year one of them leaves to the reader ("April 9" in articles of
/// two different years) are one statement: their years are the resolver's
/// guesses, not the sources' words.
fn relation(a: &M<'_>, b: &M<'_>) -> Relation {
    // Two counts of time are one figure only when both count from one
    // happening in one direction ("11 days after the strike ended", "22
    // days after the end of the strike"), or neither counts from one. A
    // happening named in more words by one report ("he was murdered",
    // "her husband was murdered in May") may be another: the same count
    // agrees, a different one is not set against it.
    match (&a.offset, &b.offset) {
        (None, None) => {}
        (Some(x), Some(y)) if x.same(y) => {}
        (Some(x), Some(y)) if x.direction == y.direction && x.overlaps(y) => {
            let r = values::relation(&a.fact.value, None, &b.fact.value, None);
            if r != Relation::Same || a.fact.qualifier != b.fact.qualifier {
                return Relation::Unrelated;
            }
        }
        _ => return Relation::Unrelated,
    }
    let r = values::relation(
        &a.fact.value,
        a.fact.qualifier,
        &b.fact.value,
        b.fact.qualifier,
    );
    // One sentence in two copies with two different bounds ("at least
    // $120,000", "at least $180,000"): the copies disagree on the figure.
    if r == Relation::Compatible
        && a.fact.qualifier.is_some()
        && a.fact.qualifier == b.fact.qualifier
        && a.fact.qualifier != Some(crate::facts::Qualifier::Approx)
        && a.fact.value != b.fact.value
        && similarity(a.frame, b.frame) >= SIMILAR_ALONE
    {
        return Relation::Incompatible;
    }
    if a.fact.kind != FactKind::Date {
        return r;
    }
    if !values_within_day(a.within_day, b.within_day) || later_in_the_day(a, b) {
        return Relation::Unrelated;
    }
    if r == Relation::Same {
        return r;
    }
    // "today" in two articles a day apart: the same words, resolved against
    // two publication stamps (a late edition, another time zone). Further
    // apart, "Monday" is another Monday: neither the same nor a
    // disagreement.
    if a.fact.relative.is_some()
        && b.fact.relative.is_some()
        && a.surface.trim().eq_ignore_ascii_case(b.surface.trim())
    {
        let near = match (a.days(), b.days()) {
            (Some(x), Some(y)) => (x.0 - y.0).abs() <= 1 && (x.1 - y.1).abs() <= 1,
            _ => false,
        };
        return if near {
            Relation::Same
        } else {
            Relation::Unrelated
        };
    }
    // "last month" in an article stamped in the first days of a month was
    // likely written before the stamp (a copy posted late, an update): one
    // reading of it is the month the other names, so they are not shown
    // to disagree.
    if r == Relation::Incompatible && (stale_reading(a, b) || stale_reading(b, a)) {
        return Relation::Unrelated;
    }
    // A stretch of time counted back or ahead ("over the last eight
    // years", "in the coming weeks") is a period, not when something
    // happened: it compares only with another such stretch.
    if is_period(a) != is_period(b) {
        return Relation::Unrelated;
    }
    // "six months ago" is said at the grain of a month: against a date
    // within half a month of the day it resolves to, it is the same claim
    // at the precision the writer gave, never a disagreement.
    if r == Relation::Incompatible && loosely_overlap(a, b) {
        return Relation::Compatible;
    }
    // A span of time against a time it overlaps says nothing against it.
    if r == Relation::Incompatible {
        if let (FactValue::Date(x), FactValue::Date(y)) = (&a.fact.value, &b.fact.value) {
            if x.is_interval() != y.is_interval() {
                if let (Some(p), Some(q)) = (values::day_range(x), values::day_range(y)) {
                    if p.0 <= q.1 && q.0 <= p.1 {
                        return Relation::Compatible;
                    }
                }
            }
        }
    }
    if writes_year(a.surface) && writes_year(b.surface) {
        return r;
    }
    // the month (and day) of a single day or month, of a known year or
    // not ("Dec. 6" in one article, "December 6, 2023" in another)
    let month_day = |v: &FactValue| match v {
        FactValue::Date(DateValue::Unit(p)) if matches!(p.grain(), Grain::Day | Grain::Month) => {
            let c = CivilDate::from_day(p.first());
            Some((
                u32::from(c.month),
                (p.grain() == Grain::Day).then_some(u32::from(c.day)),
            ))
        }
        FactValue::Date(DateValue::MonthDay(m, d)) => Some((*m, Some(*d))),
        _ => None,
    };
    match (month_day(&a.fact.value), month_day(&b.fact.value)) {
        (Some(x), Some(y)) if x == y && writes_month(a.surface) && writes_month(b.surface) => {
            Relation::Same
        }
        _ => r,
    }
}

/// Whether two dates told at these times within their days can be one
/// value. A clock time is a finer value than its day (TimeML's
/// 2012-08-07T03:30 against 2012-08-07): "shortly after 3:30 Tuesday" is
/// when one thing happened, "Tuesday" the day of the whole story; never one
/// fact with a day told without it. Two named parts of a day are two times
/// (TimeML's TMO and TNI: "Tuesday morning", "Tuesday night"). A part of the
/// day and the bare day can be one (ECB+'s time chains mostly hold both:
/// "the fire early Tuesday morning", "the fire on Tuesday"; but not "late
/// Friday": [`later_in_the_day`]), as can "early" or "late" and a named part
/// ("early Sunday", "Sunday morning").
fn values_within_day(x: Option<DayPart>, y: Option<DayPart>) -> bool {
    let clock = |p: Option<DayPart>| p == Some(DayPart::Clock);
    clock(x) == clock(y)
        && !matches!((x, y), (Some(p), Some(q)) if p != q && p.named() && q.named())
}

/// Whether one of two mentions of one day tells the end of that day ("late
/// Friday") and the other the bare day ("Friday"): two times, never one
/// value. A news lead names a day by its early hours for the night's
/// happening itself ("a fire early Sunday", "the fire on Sunday": one
/// time), but "late Friday" mostly tells a later turn of the day's story
/// (deputies "fanned out late Friday" after a shooting "on Friday"; a
/// singer "checked into a clinic late Thursday" after an arrest
/// "Thursday"): the time of its own act, which ECB+ chains apart from the
/// day of the event. Even one act told both ways ("was arrested late
/// Friday", "was arrested Friday") stays two facts of one source each:
/// a missed agreement, never a false one. "late Friday" and "Friday night"
/// can still be one time ([`values_within_day`]).
fn later_in_the_day(a: &M<'_>, b: &M<'_>) -> bool {
    let late = |m: &M<'_>| m.within_day == Some(DayPart::Late);
    (late(a) && b.within_day.is_none()) || (late(b) && a.within_day.is_none())
}

/// Days after the start of a month or year within which a date counted
/// from the publication stamp ("last month", "this year") may have been
/// written in the month or year before.
const STAMP_LAG_DAYS: i64 = 3;

/// Whether `rel`, a month or year counted from its publication date ("last
/// month", "this month", "last year"), stamped within [`STAMP_LAG_DAYS`] of
/// the start of a month or year, names the period right after `other`'s:
/// read from a few days before the stamp, it names `other`'s.
fn stale_reading(rel: &M<'_>, other: &M<'_>) -> bool {
    let (Some(p), Some(_)) = (rel.published, rel.fact.relative.as_ref()) else {
        return false;
    };
    let unit = |m: &M<'_>| match &m.fact.value {
        FactValue::Date(DateValue::Unit(u)) => Some(u.grain()),
        _ => None,
    };
    let (Some(g), Some(h)) = (unit(rel), unit(other)) else {
        return false;
    };
    let c = CivilDate::from_day(p);
    let into = match g {
        Grain::Month => i64::from(c.day) - 1,
        Grain::Year => {
            let jan1 = CivilDate {
                month: 1,
                day: 1,
                ..c
            };
            jan1.day().map_or(i64::MAX, |d| p - d)
        }
        _ => return false,
    };
    match (rel.days(), other.days()) {
        (Some((lo, _)), Some((_, hi))) => g == h && into < STAMP_LAG_DAYS && hi == lo - 1,
        _ => false,
    }
}

/// Whether a date mention writes its month ("Dec. 6", "12/6"), rather than
/// reaching a day by counting ("Sunday", "in one year").
fn writes_month(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::lex::words::month(&w.to_lowercase()).is_some())
        || surface.as_bytes().windows(3).any(|w| {
            w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
        })
}

/// Whether the days two date mentions may stand for overlap, one of them
/// (or both) counted in whole units ("six months ago") and so widened to
/// its unit's grain ([`super::loose::loose_days`]).
fn loosely_overlap(a: &M<'_>, b: &M<'_>) -> bool {
    let (Some(x), Some(y)) = (a.days(), b.days()) else {
        return false;
    };
    let p = super::loose::loose_days(a.fact.relative.as_deref(), x);
    let q = super::loose::loose_days(b.fact.relative.as_deref(), y);
    (p != x || q != y) && p.0 <= q.1 && q.0 <= p.1
}

/// Whether a date mention is a stretch counted from now ("the last eight
/// years", "the past two weeks", "the coming months").
fn is_period(m: &M<'_>) -> bool {
    let Some(r) = m.fact.relative.as_deref() else {
        return false;
    };
    let words: Vec<&str> = r.split_whitespace().collect();
    let anchor = words.iter().any(|w| {
        matches!(
            *w,
            "last" | "past" | "next" | "coming" | "previous" | "following"
        )
    });
    let plural_unit = words.iter().any(|w| {
        matches!(
            *w,
            "years" | "months" | "weeks" | "days" | "decades" | "hours" | "seasons" | "centuries"
        )
    });
    anchor && plural_unit
}

/// The class of a hedge word: "about", "around", "some" and "roughly" say
/// one thing; "nearly" and "almost" another.
fn hedge_class(w: Option<&str>) -> Option<&str> {
    w.map(|w| match w {
        "about" | "around" | "some" | "roughly" | "approximately" | "approx" | "circa"
        | "estimated" | "an" => "about",
        "nearly" | "almost" => "nearly",
        "over" | "more" | "above" => "over",
        "under" | "less" | "fewer" | "below" => "under",
        w => w,
    })
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
    let states = |own: usize, other: usize| {
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
    let mut links: Vec<(f64, usize, usize, Tie)> = Vec::new();
    for (members, p) in buckets.iter().zip(&partners) {
        for (x, &i) in members.iter().enumerate() {
            for j in p.of(x).filter(|&y| y > x).map(|y| members[y]) {
                let r = rel(i, j);
                if ms[i].doc == ms[j].doc && r != Relation::Same {
                    continue;
                }
                if r != Relation::Same && (states(i, j) || states(j, i)) {
                    continue;
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
                        }),
                };
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
                r != Relation::Same || apart(&ms[x], &ms[y], r).is_some() || partner_clash(x, y)
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
    for (_, i, j, _) in &differing {
        let (x, y) = (value_group[*i], value_group[*j]);
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
        let clash = !all_tied
            || left.iter().any(|&(x, x_copied)| {
                right.iter().any(|&(y, y_copied)| {
                    let r = rel(x, y);
                    let copied = x_copied || y_copied;
                    // A document that states both values of this claim (in
                    // two tied sentences) tells of two things, not a
                    // disagreement.
                    partner_clash(x, y)
                        || (ms[x].doc == ms[y].doc
                            && r != Relation::Same
                            && tie(&ms[x], &ms[y], r).is_some())
                        || (ms[x].doc != ms[y].doc
                            && !copied
                            && (apart_across(&ms[x], &ms[y], r).is_some_and(|why| {
                                !(sole::answers(why, &ms[x], &ms[y]) && sole_pair(x, y, r)
                                    || counted::answers(why, &ms[x], &ms[y])
                                        && counted_pair(x, y, r)
                                    || per_unit::answers(why) && per_unit_pair(x, y, r))
                            }) || r != Relation::Same && (states(x, y) || states(y, x))))
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

/// The verdict, values, claim and evidence of one aligned group (`group`
/// sorted).
fn build_fact(
    ms: &[M<'_>],
    group: &[usize],
    ties: &[(usize, usize, Tie)],
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> AlignedFact {
    let first = &ms[group[0]];
    let kind = first.fact.kind;
    let mut values: Vec<StatedValue> = Vec::new();
    for &i in group {
        let m = &ms[i];
        let mention = Mention {
            doc: m.doc,
            span: m.fact.span,
            sentence: m.sentence,
        };
        match values
            .iter_mut()
            .find(|v| v.value == m.fact.value && v.qualifier == m.fact.qualifier)
        {
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

/// The heaviest words two frames share (at most five, heaviest first).
fn shared_words(a: &Frame, b: &Frame) -> Vec<String> {
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
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
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
fn claim_info(ms: &[M<'_>], group: &[usize], ties: &[(usize, usize, Tie)]) -> ClaimInfo {
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
/// whitfield", "whitfield") are one name, shown in full.
fn shared_subject(frames: &[&Frame]) -> Vec<String> {
    let subjects: Vec<Vec<&str>> = frames
        .iter()
        .map(|f| {
            f.sentence_subject
                .iter()
                .chain(&f.subject_names)
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

/// A figure or date of one document, for [`explain`].
#[doc(hidden)]
pub struct Side<'a> {
    /// The document.
    pub doc: DocIndex,
    /// The fact.
    pub fact: &'a Fact,
    /// Its frame.
    pub frame: &'a Frame,
    /// Publication day (days from 1970-01-01).
    pub published: Option<i64>,
    /// Day ranges of the dates in its clause.
    pub anchors: Vec<(i64, i64)>,
    /// The mention as written.
    pub surface: &'a str,
}

/// Why two mentions are or are not one claim, in words (a development
/// aid: `examples/explain.rs`).
#[doc(hidden)]
pub fn explain<'a>(a: &Side<'a>, b: &Side<'a>) -> String {
    let m = |s: &Side<'a>| M {
        doc: s.doc,
        fact: s.fact,
        frame: s.frame,
        published: s.published,
        dated: s.published.is_some(),
        anchors: s.anchors.clone(),
        sentence: s.fact.span,
        hedge: None,
        surface: s.surface,
        clause_text: "",
        siblings: Vec::new(),
        within_day: None,
        offset: None,
        notes: false,
    };
    let (x, y) = (m(a), m(b));
    let r = relation(&x, &y);
    let class = (x.class(), y.class());
    if class.0 != class.1 || x.fact.kind != y.fact.kind {
        return format!("{r:?}; different class {class:?}");
    }
    if let Some(why) = apart(&x, &y, r) {
        return format!("{r:?}; apart: {why}");
    }
    match tie(&x, &y, r) {
        Some((score, t)) => format!("{r:?}; tied (score {score:.3}): {t:?}"),
        None => format!(
            "{r:?}; not enough to tie: similarity {:.3}, background {} {}",
            similarity(x.frame, y.frame),
            x.background(),
            y.background()
        ),
    }
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
