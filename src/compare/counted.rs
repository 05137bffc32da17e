//! Rule `counted_figure`: the one figure each report gives of one counted
//! or paid thing is one claim, whatever verb of one act each reporter
//! chose.
//!
//! Reports written independently count the event's own things once each,
//! in sentences that share little but the noun: "the trust may have to
//! close 25 clinics" and "a plan that would see 31 clinics shut"; "told the
//! firm to recall 9 pallets" and "the notice covers 11 pallets"; "the
//! storm has wrecked 19 barns" and "has now wrecked 23 barns". The
//! ordinary ties of [`super::align`] need one predicate and a shared
//! subject or a parallel sentence, and the rule `sole_figure`
//! ([`super::sole`]) unhedged figures of one predicate class; both miss
//! these. This rule ties two figures of two documents when:
//!
//! - both **count one head noun** with the same compound nouns and
//!   modifiers (a count; "state senators" are not "senators"; one kind of
//!   people in two words, "inmates" and "prisoners", is one noun:
//!   [`crate::lex::kinds`]), are sums of money, or measure one dimension
//!   ("plunged 150 metres", "fell 650 feet"), or are an earthquake's
//!   magnitude, told of its main shock ("magnitude 5.7", "the
//!   magnitude-5.4 quake"); never a crowd ([`super::sole::CROWD_NOUNS`]:
//!   police and organisers each estimate it) but for the people taken from
//!   it one by one ([`PEOPLE_ACTS`]: "arrested 31 protesters"), nor a noun
//!   that counts nothing on its own ([`EMPTY_HEADS`]); or are the tallies
//!   of a vote ("voted 7-2", "by a 6-3 vote"), or lengths of time
//!   ("stranded for six hours", "stuck for eight hours");
//! - their **acts are of one family** of [`crate::lex::verb_families`]
//!   ("close", "shut", "axe"; "recall", "the notice covers"): the clause's
//!   verb, or for a verb of no family and no known class ("supported by",
//!   "belonging to") the family verbs of its clause; a candidate's votes
//!   are of one act whether a verb gets them or only values them
//!   ([`verb_families::contest_tally`]: "received 18,990 votes", "results
//!   showed her with 18,204 votes");
//! - **each document states one value** of that thing and act: a document
//!   that gives two ("19 barns" on Monday, "23 barns" by Wednesday; "25
//!   clinics" and "about 31 clinics") is left to the ordinary ties. A figure
//!   several times the other ([`super::align::MAX_RATIO`]: "19 barns" this
//!   week, "over 4,000 barns" in a storm years ago) counts something else
//!   and does not compete;
//! - both are **figures of the article's own time**, in articles published
//!   at most a day apart (a count two days later is an update, not a
//!   disagreement): no scope word ("another", "the first"), no stretch
//!   such as "last year", no far date, no word of another time
//!   ([`OTHER_TIME`]: "previously", "ago"), not proposed or sought;
//! - **nothing tells them apart**: different proper modifiers,
//!   of- or on-complements, people, places or organisations named in both
//!   clauses with none shared, a total against a part ([`TOTAL_WORDS`]:
//!   "across the group", "nationwide"), or the figures of two opposed
//!   estimators ([`AUTHORITY`] and [`CHALLENGER`]: "police said",
//!   "organisers said");
//! - the figures lie within [`super::align::HEDGE_RATIO`] of each other.
//!
//! Equal values are left to the ordinary ties; the rule only decides
//! whether two different values (beyond their hedges: a conflict; within
//! them: an approximation) are one claim.

use super::align::M;
use super::Relation;
use crate::claim::{lemma, Frame};
use crate::document::DocIndex;
use crate::facts::FactKind;
use crate::lex::verb_families;
use std::collections::BTreeSet;

/// The rule, as the evidence names it.
pub(crate) const COUNTED_FIGURE: &str = "counted_figure";

/// Head nouns that say nothing of what is counted on their own ("27
/// others", "a number of", "two times").
pub(super) const EMPTY_HEADS: &[&str] = &[
    "other", "one", "time", "thing", "figure", "part", "way", "kind", "lot", "number", "total",
    "more", "percent", "per", "cent", "point", "year", "day", "week", "month", "hour", "minute",
];

/// Words of a clause that put its figure in another time than the
/// article's own ("previously", "two years ago", "the original 40
/// beds", a clause of "since" or "when": "the worst since 2017, when a
/// fire burned 40 homes"): a past figure, not a second report of the
/// present one. Read off the clause as written (adverbs and conjunctions
/// are not among a frame's content words).
const OTHER_TIME: &[&str] = &[
    "previously",
    "previous",
    "formerly",
    "former",
    "ago",
    "once",
    "prior",
    "originally",
    "original",
    "initially",
    "initial",
    "last",
    "since",
    "when",
];

/// Words of a clause that make its figure a total over a wider whole
/// ("1,200 jobs across the group", "homes destroyed statewide"): against a
/// figure without them it may be the part.
const TOTAL_WORDS: &[&str] = &[
    "total",
    "overall",
    "altogether",
    "combined",
    "cumulative",
    "nationwide",
    "nationally",
    "countrywide",
    "statewide",
    "worldwide",
    "globally",
    "global",
    "group",
    "entire",
    "whole",
    "company-wide",
];

/// Who states a figure on the side of authority ("police said",
/// "officials estimated").
const AUTHORITY: &[&str] = &[
    "police",
    "authority",
    "official",
    "government",
    "ministry",
    "council",
    "management",
    "employer",
];

/// Who states a figure against authority ("organisers said", "the union
/// put the figure at").
const CHALLENGER: &[&str] = &[
    "organiser",
    "organizer",
    "campaigner",
    "union",
    "protester",
    "activist",
    "opposition",
    "resident",
];

/// Weight of the words of a figure's own clause in [`Frame::words`] (the
/// rest of the sentence weighs at most 0.3).
const CLAUSE_WEIGHT: f64 = 0.3;

/// Longest gap, in days, between the publication of two articles whose
/// counts of one thing are one claim: later, a count is an update.
const MAX_DAYS_APART: i64 = 1;

/// What a figure counts, for the rule: its class key and the families of
/// its act.
#[derive(Debug, Clone)]
struct Class {
    key: String,
    acts: Vec<&'static str>,
}

/// The rule's view of an event's mentions: each one's class, and which
/// documents state two values of one class and act.
pub(crate) struct Counted {
    classes: Vec<Option<Class>>,
    twice: BTreeSet<(DocIndex, String, &'static str)>,
}

impl Counted {
    /// Reads the mentions of one event.
    pub(crate) fn new(ms: &[M<'_>]) -> Counted {
        let classes: Vec<Option<Class>> = ms.iter().map(class).collect();
        let mut twice = BTreeSet::new();
        for (i, (a, ca)) in ms.iter().zip(&classes).enumerate() {
            let Some(ca) = ca else { continue };
            if !competes(a) {
                continue;
            }
            for (b, cb) in ms.iter().zip(&classes).skip(i + 1) {
                let Some(cb) = cb else { continue };
                if b.doc != a.doc || cb.key != ca.key || !competes(b) {
                    continue;
                }
                let clash = super::values::relation(&a.fact.value, None, &b.fact.value, None)
                    == Relation::Incompatible
                    && within(a, b, super::align::MAX_RATIO);
                if !clash {
                    continue;
                }
                for act in ca.acts.iter().filter(|x| cb.acts.contains(x)) {
                    twice.insert((a.doc, ca.key.clone(), *act));
                }
            }
        }
        Counted { classes, twice }
    }

    /// Whether the rule makes mentions `i` and `j` of `ms` (the mentions
    /// [`Counted::new`] read), of relation `rel`, one claim.
    pub(crate) fn one_claim(&self, ms: &[M<'_>], i: usize, j: usize, rel: Relation) -> bool {
        let (Some(a), Some(b)) = (ms.get(i), ms.get(j)) else {
            return false;
        };
        let (Some(Some(ca)), Some(Some(cb))) = (self.classes.get(i), self.classes.get(j)) else {
            return false;
        };
        let shared: Vec<&'static str> = ca
            .acts
            .iter()
            .filter(|x| cb.acts.contains(x))
            .copied()
            .collect();
        // a measure is compared only where the values exclude each other:
        // two hedged sizes that overlap ("more than 18,000 acres", "about
        // 18,400 acres") tell one size
        let measure = a.fact.kind == FactKind::Quantity || ca.key == "magnitude";
        (rel == Relation::Incompatible || (rel == Relation::Compatible && !measure))
            && a.doc != b.doc
            && ca.key == cb.key
            && !shared.is_empty()
            && !shared.iter().any(|act| {
                self.twice.contains(&(a.doc, ca.key.clone(), act))
                    || self.twice.contains(&(b.doc, cb.key.clone(), act))
            })
            && own_figure(a)
            && own_figure(b)
            && days_apart(a, b).is_none_or(|d| d <= MAX_DAYS_APART)
            && close(a, b)
            && !told_apart(a, b)
    }
}

/// Reasons of [`super::align`]'s apart checks that this rule answers: two
/// verbs of one family, a date of the article's own time on one side only
/// ("this winter"), and the other figures each sentence happens to give.
pub(crate) fn answers(why: &str, a: &M<'_>, b: &M<'_>) -> bool {
    match why {
        "different predicates" | "none of the sentences' other figures match" => true,
        "different time" => a.anchors.is_empty() || b.anchors.is_empty(),
        _ => false,
    }
}

/// The class of a figure, if the rule reads it: a count of a head noun or
/// a sum of money, with the families of its act.
fn class(m: &M<'_>) -> Option<Class> {
    let f = m.frame;
    let key = match m.fact.kind {
        FactKind::Count => {
            let head = f.head.as_ref()?.base.as_str();
            // a crowd's size is each side's estimate; the people taken
            // from it (arrested, rescued, evacuated) are counted
            let crowd = super::sole::CROWD_NOUNS.contains(&head)
                && !acts(f).iter().all(|a| PEOPLE_ACTS.contains(a));
            if EMPTY_HEADS.contains(&head) || crowd {
                return None;
            }
            // one kind of people in two words ("inmates", "prisoners")
            let (noun, compound) = super::sole::noun_key(f)?;
            format!(
                "count {noun}; {}; {}",
                compound.join(" "),
                f.modifiers.join(" ")
            )
        }
        FactKind::Money => "money".to_string(),
        // a measure of one dimension ("plunged 150 metres", "fell 650
        // feet"; "burned 4,000 hectares", "scorched 9,900 acres")
        FactKind::Quantity => {
            let crate::facts::FactValue::Quantity(q) = &m.fact.value else {
                return None;
            };
            let (crate::facts::Quantity::Amount { unit, .. }
            | crate::facts::Quantity::Range { unit, .. }) = q;
            let (dimension, _) = crate::lex::units::dimension(unit)?;
            format!("quantity {dimension}")
        }
        // an earthquake's magnitude, the one measure of the main quake
        // whatever its verb ("a magnitude 5.7 earthquake struck", "the
        // magnitude-5.4 quake", "5.4 on the Richter scale")
        FactKind::Number => {
            return (is_magnitude(m) && main_quake(f)).then(|| Class {
                key: "magnitude".to_string(),
                acts: vec!["quake"],
            });
        }
        // how long people were held up ("stranded for six hours", "stuck
        // for eight hours"): one length under one family of acts
        FactKind::Duration => {
            let held_up = acts(f).contains(&"strand");
            return held_up.then(|| Class {
                key: "duration".to_string(),
                acts: vec!["strand"],
            });
        }
        // the tally of a vote ("voted 7-2", "by a 6-3 vote"), whatever
        // verb tells the outcome; never a game's result
        FactKind::Score => {
            let vote = |w: &Option<crate::claim::FrameWord>| {
                w.as_ref()
                    .is_some_and(|w| lemma::predicate_class(&w.base) == "vote")
            };
            return (vote(&f.predicate) || vote(&f.head)).then(|| Class {
                key: "score vote".to_string(),
                acts: vec!["vote"],
            });
        }
        _ => return None,
    };
    let acts = acts(f);
    (!acts.is_empty()).then_some(Class { key, acts })
}

/// Families of acts done to people one by one ("arrested 31 protesters",
/// "2,000 people were evacuated"): a count of a crowd's noun under them
/// counts those people, not the crowd.
const PEOPLE_ACTS: &[&str] = &["arrest", "escape", "rescue", "evacuate"];

/// Nouns of the main shock of an earthquake.
const MAIN_QUAKE: &[&str] = &["earthquake", "quake", "tremor", "temblor"];

/// Nouns of another shock than the main one.
const OTHER_SHOCKS: &[&str] = &["aftershock", "foreshock"];

/// Whether a plain number is an earthquake's magnitude, by the words
/// written against it: "magnitude 5.7", "magnitude-5.4", "a magnitude of
/// 5.4", "M5.4", "5.4-magnitude", "5.4 magnitude", "5.4 on the Richter
/// scale", "measuring 5.4" (in a sentence of a quake: [`main_quake`]).
pub(super) fn is_magnitude(m: &M<'_>) -> bool {
    let x = super::align::magnitude(&m.fact.value).unwrap_or(0.0);
    if !(x > 0.0 && x < 10.0) {
        return false;
    }
    let text = m.clause_text;
    let start = m.fact.span.start.saturating_sub(m.frame.clause.start);
    let end = m.fact.span.end.saturating_sub(m.frame.clause.start);
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let before = before.to_lowercase();
    let after = after.to_lowercase();
    ["magnitude ", "magnitude-", "magnitude of ", "measuring "]
        .iter()
        .any(|w| before.ends_with(w))
        || text.get(..start).is_some_and(|b| b.ends_with('M'))
        || ["-magnitude", " magnitude", " on the richter scale"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether a magnitude is told of an earthquake's main shock: its head
/// names the main shock ("a magnitude 5.7 earthquake"; "a 4.1 aftershock"
/// is another), or for a figure without a head of a shock its sentence
/// names the quake and no other shock ("the quake, measuring 5.4, …").
fn main_quake(f: &Frame) -> bool {
    let shocks = |w: &str| MAIN_QUAKE.contains(&w) || OTHER_SHOCKS.contains(&w);
    match f.head.as_ref().map(|h| h.base.as_str()) {
        Some(h) if shocks(h) => MAIN_QUAKE.contains(&h),
        _ => sentence_has(f, MAIN_QUAKE) && !sentence_has(f, OTHER_SHOCKS),
    }
}

/// The families of a figure's act: a poll's tally's
/// ([`verb_families::contest_tally`]), else its predicate's; for a predicate of no
/// family and no known class ("supported by 11 helicopters", "information
/// belonging to"), or none, those of its clause's words.
fn acts(f: &Frame) -> Vec<&'static str> {
    // a poll's tally: "received 18,990 votes", "showed her with 18,204
    // votes"
    if let (Some(h), Some(p)) = (&f.head, &f.predicate) {
        if let Some(act) = verb_families::contest_tally(&h.base, &lemma::verb(&p.base)) {
            return vec![act];
        }
    }
    if let Some(p) = &f.predicate {
        // a noun of the act is its verb ("the seizure of 40kg")
        let mut own = verb_families::families(&p.base);
        if own.is_empty() {
            own = lemma::nominal_verb(&p.base)
                .map(|v| verb_families::families(&v))
                .unwrap_or_default();
        }
        if !own.is_empty() || lemma::is_class_word(&p.base) {
            return own;
        }
    }
    let mut out: Vec<&'static str> = Vec::new();
    for (w, weight) in &f.words {
        if *weight >= CLAUSE_WEIGHT {
            // a participle the tagger read as an adjective ("has
            // scorched 12,000 acres") is its verb
            let mut fams = verb_families::families(w);
            if fams.is_empty() && (w.ends_with("ed") || w.ends_with("ing")) {
                fams = verb_families::families(&lemma::verb(w));
            }
            for fam in fams {
                if !out.contains(&fam) {
                    out.push(fam);
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether a figure of a class competes with another of its document for
/// the one value the rule needs: any figure of the article's own time
/// (hedged, scoped or negated ones too), not one of roundup notes,
/// publication metadata or background.
pub(super) fn competes(m: &M<'_>) -> bool {
    let f = m.frame;
    f.role == crate::claim::Role::Statement
        && !m.notes
        && !m.background()
        && f.time_frame.is_none_or(|t| t.back == 0)
}

/// Whether a figure may stand for its report's count: a figure of the
/// article's own time, stated, not proposed or sought, with no scope
/// word, no word of another time and no far date in its clause.
pub(super) fn own_figure(m: &M<'_>) -> bool {
    let f = m.frame;
    let proposed = f.predicate.as_ref().is_some_and(|p| {
        super::sole::PROPOSING.contains(&p.base.as_str())
            || super::sole::PROPOSING.contains(&lemma::predicate_class(&p.base))
    });
    competes(m)
        && !proposed
        && !f.negated
        && f.scope.is_empty()
        && !f.of_indefinite
        && f.as_role.is_empty()
        && !of_other_time(m.clause_text)
}

/// Whether a clause holds a word of [`OTHER_TIME`].
pub(super) fn of_other_time(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| OTHER_TIME.contains(&w.to_lowercase().as_str()))
}

/// Whether a clause holds one of `words` (base forms, at clause weight).
fn clause_has(f: &Frame, words: &[&str]) -> bool {
    f.words
        .iter()
        .any(|(w, weight)| *weight >= CLAUSE_WEIGHT && words.contains(&w.as_str()))
}

/// Whether a sentence holds one of `words` (base forms, any weight).
fn sentence_has(f: &Frame, words: &[&str]) -> bool {
    f.words.iter().any(|(w, _)| words.contains(&w.as_str()))
}

/// Days between the two documents' publication, when both are dated.
pub(super) fn days_apart(a: &M<'_>, b: &M<'_>) -> Option<i64> {
    match (
        a.published.filter(|_| a.dated),
        b.published.filter(|_| b.dated),
    ) {
        (Some(x), Some(y)) => Some((x - y).abs()),
        _ => None,
    }
}

/// Whether two figures lie within the hedge ratio of each other.
fn close(a: &M<'_>, b: &M<'_>) -> bool {
    within(a, b, super::align::HEDGE_RATIO)
}

/// Whether two figures lie within `ratio` of each other (a figure of no
/// size is within no ratio).
fn within(a: &M<'_>, b: &M<'_>, ratio: f64) -> bool {
    use super::align::magnitude;
    // two tallies of a vote are of one size, whatever they say
    if a.fact.kind == FactKind::Score && b.fact.kind == FactKind::Score {
        return true;
    }
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= ratio,
        _ => false,
    }
}

/// Whether two lists both say something and share nothing.
fn both_disjoint(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// Organisations named in a clause (its own names, else its sentence's
/// subject's).
pub(super) fn orgs(f: &Frame) -> Vec<String> {
    let own = if f.names.is_empty() {
        &f.subject_typed
    } else {
        &f.typed_names
    };
    own.iter()
        .filter(|(k, _)| *k == FactKind::Org)
        .map(|(_, n)| n.clone())
        .collect()
}

/// Whether one of two clauses counts over a wider whole ([`TOTAL_WORDS`]:
/// "1,100 jobs across the group") and the other does not ("800 jobs at
/// the plant"): a total and, maybe, its part.
pub(super) fn total_vs_part(fa: &Frame, fb: &Frame) -> bool {
    clause_has(fa, TOTAL_WORDS) != clause_has(fb, TOTAL_WORDS)
}

/// What tells two figures of one class and act apart (see the module
/// docs).
pub(super) fn told_apart(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    let side = |f: &Frame| (sentence_has(f, AUTHORITY), sentence_has(f, CHALLENGER));
    let opposed = matches!(
        (side(fa), side(fb)),
        ((true, false), (false, true)) | ((false, true), (true, false))
    );
    both_disjoint(&fa.proper, &fb.proper)
        || both_disjoint(&fa.of, &fb.of)
        || both_disjoint(&fa.on, &fb.on)
        || total_vs_part(fa, fb)
        || opposed
        || super::sole::other_people(fa, fb)
        || super::sole::other_places(fa, fb)
        || {
            let (x, y) = (orgs(fa), orgs(fb));
            !x.is_empty() && !y.is_empty() && super::align::shared_names(&x, &y).is_empty()
        }
}
