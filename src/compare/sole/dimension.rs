//! Rule `sole_figure` by dimension: the one value each report gives of one
//! measured dimension of the event is one claim, whatever nouns and verbs
//! the two reporters chose.
//!
//! Two reports of one event state its measures once each, in sentences
//! that share nothing but the dimension: "fire crews said 3,200 hectares
//! had burned" and "the blaze has scorched some 5,000 ha of bush";
//! "customs officers seized 1.2 tonnes of cocaine" and "agents found 900 kg
//! of the drug"; "the siege ended after 14 hours" and "the 17-hour siege".
//! The noun classes of [`super::claim_class`] need one noun; this rule ties
//! two different values of two documents when:
//!
//! - both are of one **dimension** ([`class`]): an area, a mass, a length,
//!   a speed, a volume (units converted, [`crate::lex::units::dimension`]),
//!   a temperature in one unit; how long the event itself lasted ("lasted
//!   nine hours", "ended after 14 hours", "the 17-hour siege"); a
//!   percentage of one thing (a rise against a rise, a fall against a
//!   fall, the level of one measure against the level of the same measure:
//!   "turnout was 61 per cent", "turnout reached 58%"; "raised its key rate
//!   to 5.25%"); a sum of money of one role (a value, a price, a fine, a
//!   loss, damages: [`MONEY_ROLES`]);
//! - **each document states exactly one value** of that dimension, in any
//!   sentence, hedged or not, of any time: a report with two (an area
//!   burnt and an area of farmland) is left to the ordinary ties;
//! - both are **settled figures of the article's own time**: stated, not
//!   a conversion in brackets ("€110 billion ($143 billion)"), a sum or a
//!   percentage unhedged (a hedged one is an estimate), not
//!   proposed or sought, not negated, not under a modal of what may be
//!   ("would", "can"), no stretch, window or word of another time, no date
//!   before the event's days, not background, not per unit, not in a
//!   relative clause that describes a thing ("which spans 900 square
//!   kilometres"); a physical measure not told as a standing property in
//!   the present ("the wall is 12 metres high", "covers 6,000 acres");
//! - their values exclude each other (a hedge that holds the other value
//!   tells one size) and lie within [`MEASURE_RATIO`] (a physical measure)
//!   or [`super::super::align::HEDGE_RATIO`] of each other;
//! - for a percentage or a length of time, the two sentences share a
//!   content word (what rose, what lasted: "fees", "the siege");
//! - **nothing tells them apart**: people, places or organisations named
//!   in both clauses with none shared, different proper modifiers or
//!   on-complements, different of-complements (but for a definite one that
//!   refers back, "900 kg of the drug"), a total against a part.

use super::super::align::M;
use super::super::Relation;
use crate::claim::{lemma, Frame, Role};
use crate::document::DocIndex;
use crate::facts::{FactKind, FactValue, Quantity};
use std::collections::{BTreeMap, BTreeSet};

/// Largest ratio between two reports' values of one physical measure: an
/// area burnt or a mass seized is estimated, and independent estimates of
/// one size lie within a factor of two; a figure further off measures
/// something else.
const MEASURE_RATIO: f64 = 2.0;

/// Days before publication within which a date in a figure's clause is of
/// the event's own days.
const NEAR_DAYS: i64 = 7;

/// What a dimension class key starts with (kept apart from the noun classes
/// of [`super::claim_class`] in one set of classes stated twice).
const PREFIX: &str = "dimension:";

/// Roles of a sum of money, each with the words (base forms) that name it:
/// sums of two roles are two claims ("worth $12m" and "a $15m reward").
pub(super) const MONEY_ROLES: &[(&str, &[&str])] = &[
    ("value", &["worth", "value", "valuation"]),
    (
        "price",
        &[
            "price",
            "sell",
            "buy",
            "purchase",
            "sale",
            "acquire",
            "acquisition",
        ],
    ),
    ("fine", &["fine", "penalty"]),
    ("loss", &["loss", "lose"]),
    (
        "damages",
        &["damage", "compensation", "settlement", "settle"],
    ),
    ("profit", &["profit"]),
    ("revenue", &["revenue", "turnover"]),
    ("cost", &["cost"]),
    ("ransom", &["ransom"]),
    ("reward", &["reward"]),
    ("bail", &["bail"]),
    ("budget", &["budget"]),
    ("salary", &["salary", "wage"]),
    ("bonus", &["bonus"]),
    ("aid", &["aid", "funding", "grant"]),
    ("debt", &["debt"]),
    ("tax", &["tax"]),
];

/// Verbs (and their irregular forms as written) of a rise ("rose 8%",
/// "lifted rates to 5.5 per cent").
const RISE_WORDS: &[&str] = &[
    "rise", "rose", "risen", "increase", "climb", "jump", "grow", "grew", "grown", "gain", "raise",
    "lift", "soar", "surge", "hike", "boost", "spike",
];

/// Verbs (and their irregular forms as written) of a fall.
const FALL_WORDS: &[&str] = &[
    "fall", "fell", "fallen", "drop", "decline", "cut", "lower", "slide", "slid", "plunge", "sink",
    "sank", "sunk", "tumble", "slump", "shrink", "shrank", "reduce", "dip", "slip", "decrease",
    "lose", "lost",
];

/// Nouns of a rise told after the figure ("an 8% rise").
const RISE_NOUNS: &[&str] = &["rise", "increase", "hike", "jump", "gain", "surge"];

/// Nouns of a fall told after the figure ("a 14% drop").
const FALL_NOUNS: &[&str] = &[
    "fall",
    "drop",
    "decline",
    "cut",
    "reduction",
    "decrease",
    "slump",
];

/// Verbs of going that a particle makes a rise or a fall ("go up", "went
/// down").
const GO_WORDS: &[&str] = &["go", "goes", "went", "gone", "going"];

/// Nouns of a measure whose level a percentage gives ("turnout was 61 per
/// cent", "the key rate to 5.25%", "64% of the vote"), with the nouns that
/// stand for them ("voters backed it by 59 percent": the vote).
const LEVEL_NOUNS: &[(&str, &str)] = &[
    ("turnout", "turnout"),
    ("rate", "rate"),
    ("vote", "vote"),
    ("voter", "vote"),
    ("ballot", "vote"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("approval", "approval"),
    ("stake", "stake"),
    ("tariff", "tariff"),
];

/// Nouns of a happening whose length a figure glued to them gives ("the
/// 17-hour siege", "a nine-day walkout").
const EVENT_NOUNS: &[&str] = &[
    "siege",
    "standoff",
    "stand-off",
    "strike",
    "walkout",
    "blackout",
    "outage",
    "shutdown",
    "closure",
    "lockdown",
    "search",
    "manhunt",
    "hunt",
    "operation",
    "battle",
    "ordeal",
    "occupation",
    "blockade",
    "protest",
    "sit-in",
    "hearing",
    "session",
    "debate",
    "talks",
    "meeting",
    "delay",
    "disruption",
];

/// Verbs that tell how long a happening lasted ("lasted nine hours",
/// "ended after 14 hours").
const LASTING: &[&str] = &["last", "end", "finish", "conclude"];

/// Verbs of a stoppage whose length "for" gives ("power was cut for 12
/// hours", "the road was closed for six hours").
const STOPPING: &[&str] = &[
    "cut", "close", "shut", "block", "halt", "suspend", "disrupt", "ground", "stall",
];

/// Words before a figure that make it what may be, not what was ("would
/// cut bills by 59 percent", "can carry 3,000 cubic metres").
const MODALS: &[&str] = &["would", "could", "might", "may", "can", "should", "must"];

/// Verbs in the present that tell a standing property of a thing, not a
/// measure of the event ("the wall is 12 metres high", "the park covers
/// 6,000 acres", "the pit reaches 420 metres below the surface").
const STANDING: &[&str] = &[
    "is",
    "are",
    "covers",
    "cover",
    "spans",
    "span",
    "measures",
    "measure",
    "weighs",
    "runs",
    "reaches",
    "stands",
    "sits",
    "stretches",
    "extends",
];

/// Words that open a relative clause describing a thing ("which spans 900
/// square kilometres").
const RELATIVE: &[&str] = &["which", "that", "whose"];

/// The lower-case words of a figure's clause before and after the figure.
fn around(m: &M<'_>) -> (Vec<String>, Vec<String>) {
    let text = m.clause_text;
    let start = m.fact.span.start.saturating_sub(m.frame.clause.start);
    let end = m.fact.span.end.saturating_sub(m.frame.clause.start);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    (
        text.get(..start).map(words).unwrap_or_default(),
        text.get(end..).map(words).unwrap_or_default(),
    )
}

/// The dimension class of a figure (see the module docs), `None` where the
/// rule reads none.
pub(super) fn class(m: &M<'_>) -> Option<String> {
    let f = m.frame;
    if f.role != Role::Statement {
        return None;
    }
    let key = match (&m.fact.kind, &m.fact.value) {
        (FactKind::Quantity, FactValue::Quantity(q)) => {
            let (Quantity::Amount { unit, .. } | Quantity::Range { unit, .. }) = q;
            match crate::lex::units::dimension(unit) {
                Some((dimension, _)) => format!("measure {dimension}"),
                None if matches!(unit.as_str(), "°C" | "°F") => format!("measure {unit}"),
                None => return None,
            }
        }
        (FactKind::Percent, _) => percent_class(m)?,
        (FactKind::Money, _) => format!("money {}", money_role(m)?),
        (FactKind::Duration, _) => lasting(m).then(|| "duration of the event".to_string())?,
        _ => return None,
    };
    Some(format!("{PREFIX}{key}"))
}

/// What a percentage is of: a rise, a fall (by its noun, "an 8% rise";
/// its verb, "went up 8%"; or a comparative after it, "pay 8% more"), or
/// the level of a measure ([`LEVEL_NOUNS`]).
fn percent_class(m: &M<'_>) -> Option<String> {
    let f = m.frame;
    let head = f.head.as_ref().map(|h| h.base.as_str());
    match head {
        Some(h) if RISE_NOUNS.contains(&h) => return Some("percent rise".to_string()),
        Some(h) if FALL_NOUNS.contains(&h) => return Some("percent fall".to_string()),
        _ => {}
    }
    let (before, after) = around(m);
    // a comparative right after the figure: "will pay 7 per cent more",
    // "fares 4% lower from May"; not a comparison with something else
    // ("20% higher than in Tarn") nor a likelihood ("5% more likely")
    let compared = after
        .get(1)
        .is_some_and(|w| matches!(w.as_str(), "than" | "likely" | "unlikely" | "probable"));
    // the noun of a rise or a fall right after a figure its article opens
    // ("a 3% cut in fares", "an 8% rise"), read as a verb
    let opened = before
        .last()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
    match after.first().map(String::as_str) {
        Some(w) if opened && RISE_NOUNS.contains(&w) => return Some("percent rise".to_string()),
        Some(w) if opened && FALL_NOUNS.contains(&w) => return Some("percent fall".to_string()),
        Some("more" | "higher" | "extra") if !compared => return Some("percent rise".to_string()),
        Some("less" | "lower" | "cheaper") if !compared => return Some("percent fall".to_string()),
        _ => {}
    }
    // the word right before the figure, past a hedge ("up to" is one)
    let mut k = before.len();
    while k > 0 && crate::lex::words::is_hedge_word(before[k - 1].as_str()) {
        k -= 1;
    }
    if k >= 2 && before[k - 1] == "to" && before[k - 2] == "up" {
        k -= 2;
    }
    let last = k
        .checked_sub(1)
        .and_then(|i| before.get(i))
        .map(String::as_str);
    // the nearest verb of a rise or a fall before the figure
    let direction = before[..k].iter().enumerate().rev().find_map(|(i, w)| {
        let base = lemma::verb(w);
        let gone = i > 0 && GO_WORDS.contains(&before[i - 1].as_str());
        if RISE_WORDS.contains(&w.as_str()) || RISE_WORDS.contains(&base.as_str()) {
            Some("rise")
        } else if FALL_WORDS.contains(&w.as_str()) || FALL_WORDS.contains(&base.as_str()) {
            Some("fall")
        } else if gone && w == "up" {
            Some("rise")
        } else if gone && w == "down" {
            Some("fall")
        } else {
            None
        }
    });
    match (direction, last) {
        // "raised its key rate to 5.25%": the level it was taken to
        (Some(_), Some("to")) => level_noun(f, head).map(|n| format!("percent level {n}")),
        (Some(d), Some(w)) if w == "by" || w == "up" || w == "down" || is_verb_of(w, d) => {
            Some(format!("percent {d}"))
        }
        (Some(_), _) => None,
        (None, _) => level_noun(f, head).map(|n| format!("percent level {n}")),
    }
}

/// Whether a word as written is a verb of the direction `d`.
fn is_verb_of(w: &str, d: &str) -> bool {
    let base = lemma::verb(w);
    let words = if d == "rise" { RISE_WORDS } else { FALL_WORDS };
    words.contains(&w) || words.contains(&base.as_str())
}

/// The measure whose level a percentage gives: its head, its
/// of-complement, or the one noun of [`LEVEL_NOUNS`] its clause names.
fn level_noun(f: &Frame, head: Option<&str>) -> Option<&'static str> {
    let level = |w: &str| LEVEL_NOUNS.iter().find(|(n, _)| *n == w).map(|(_, l)| *l);
    if let Some(l) = head.and_then(level) {
        return Some(l);
    }
    if let Some(l) = f.of.iter().find_map(|w| level(w)) {
        return Some(l);
    }
    only_one(
        f.words
            .iter()
            .filter(|(_, weight)| *weight >= CLAUSE_WEIGHT)
            .filter_map(|(w, _)| level(w)),
    )
}

/// The one distinct item of `found`, if there is exactly one.
fn only_one(found: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    let mut found: Vec<&'static str> = found.collect();
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Weight of the words of a figure's own clause in [`Frame::words`].
const CLAUSE_WEIGHT: f64 = 0.3;

/// The role of a sum of money ([`MONEY_ROLES`]): its head noun's, else its
/// predicate's, else the one role its clause's words name (for a sum with
/// no verb, its words before the sum).
fn money_role(m: &M<'_>) -> Option<&'static str> {
    let f = m.frame;
    let role_of = |w: &str| {
        MONEY_ROLES
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|(r, _)| *r)
    };
    if let Some(r) = f.head.as_ref().and_then(|h| role_of(&h.base)) {
        return Some(r);
    }
    if let Some(r) = f.predicate.as_ref().and_then(|p| role_of(&p.base)) {
        return Some(r);
    }
    // a sum with neither noun nor verb (a bracketed conversion, a list):
    // only a word of its role before it says what it is ("are worth
    // $12m", "valued at $15 million"), not one that follows
    if f.predicate.is_none() {
        let (before, _) = around(m);
        return only_one(
            before
                .iter()
                .filter_map(|w| role_of(w).or_else(|| role_of(&lemma::verb(w)))),
        );
    }
    only_one(
        f.words
            .iter()
            .filter(|(_, weight)| *weight >= CLAUSE_WEIGHT)
            .filter_map(|(w, _)| role_of(w)),
    )
    .or_else(|| ordered_paid(m).then_some("fine"))
}

/// Words right after a sum ordered paid that say what else it is: whom it
/// goes to ("to residents"), what it is in or for ("in costs", "for the
/// clean-up"), a share ("each", "per").
const NOT_A_PENALTY: &[&str] = &["to", "in", "for", "towards", "each", "per", "a", "as"];

/// Words at most between "ordered" and the "to pay" it orders ("ordered
/// *the Orvin club* to pay").
const ORDER_REACH: usize = 5;

/// Whether a sum with no noun of its own is what an authority orders
/// someone to pay ("was ordered to pay £1.8 million over the spill",
/// "ordered the club to pay €50,000"): the penalty, which another report
/// calls a fine. Not a sum paid to someone or as something ("to
/// residents", "in costs": [`NOT_A_PENALTY`]).
fn ordered_paid(m: &M<'_>) -> bool {
    let f = m.frame;
    if f.head.is_some() || f.predicate.as_ref().is_none_or(|p| p.base != "pay") {
        return false;
    }
    let (before, after) = around(m);
    let Some(head) = before.len().checked_sub(2) else {
        return false;
    };
    let to_pay = before.get(head..).is_some_and(|w| w == ["to", "pay"]);
    let ordered = to_pay
        && before
            .get(head.saturating_sub(ORDER_REACH + 1)..head)
            .is_some_and(|ws| {
                ws.iter()
                    .any(|w| matches!(w.as_str(), "ordered" | "orders" | "order"))
            });
    ordered
        && !after
            .first()
            .is_some_and(|w| NOT_A_PENALTY.contains(&w.as_str()))
}

/// Whether a length of time is how long the event itself lasted: glued to
/// a noun of a happening ("the 17-hour siege"), told with a verb of lasting
/// ("lasted nine hours", "ended after 14 hours") or of a stoppage with
/// "for" ("power was cut for 12 hours").
fn lasting(m: &M<'_>) -> bool {
    let f = m.frame;
    if f.head
        .as_ref()
        .is_some_and(|h| EVENT_NOUNS.contains(&h.base.as_str()))
    {
        return true;
    }
    let (before, _) = around(m);
    let last = before.last().map(String::as_str);
    let pred = f.predicate.as_ref().map(|p| p.base.as_str());
    match pred {
        Some("last") => true,
        Some(p) if LASTING.contains(&p) => matches!(last, Some("after" | "for")),
        Some(p) if STOPPING.contains(&p) => last == Some("for"),
        _ => false,
    }
}

/// Whether a figure may stand for its report's measure (see the module
/// docs).
fn settled(m: &M<'_>, class: &str) -> bool {
    let f = m.frame;
    let proposed = f.predicate.as_ref().is_some_and(|p| {
        super::PROPOSING.contains(&p.base.as_str())
            || super::PROPOSING.contains(&lemma::predicate_class(&p.base))
    });
    let (before, after) = around(m);
    // a conversion of another figure set in brackets ("€110 billion
    // ($143 billion)"): an aside, not the report's statement
    let start = m.fact.span.start.saturating_sub(f.clause.start);
    let end = m.fact.span.end.saturating_sub(f.clause.start);
    let bracketed = m
        .clause_text
        .get(..start)
        .is_some_and(|t| t.trim_end().ends_with('('))
        || m.clause_text
            .get(end..)
            .is_some_and(|t| t.trim_start().starts_with(')'));
    // a sum or a rate is stated exactly when it is known: a hedged one is
    // an estimate, compared by the hedge rules only
    let estimate = m.hedge.is_some()
        && !class.starts_with("dimension:measure")
        && !class.starts_with("dimension:duration");
    let modal = before.iter().any(|w| MODALS.contains(&w.as_str()));
    let relative = before
        .first()
        .is_some_and(|w| RELATIVE.contains(&w.as_str()));
    let standing = class.starts_with("dimension:measure")
        && before.iter().any(|w| STANDING.contains(&w.as_str()));
    let per = after
        .first()
        .is_some_and(|w| matches!(w.as_str(), "per" | "each" | "apiece" | "a"));
    // a date in the clause: the event's days, a stretch holding them ("in
    // the quarter") or later ("next year"), never an earlier time
    let dated_before = m
        .published
        .is_some_and(|p| m.anchors.iter().any(|&(_, hi)| hi < p - NEAR_DAYS));
    !m.notes
        && !bracketed
        && !estimate
        && !m.background()
        && f.time_frame.is_none()
        && f.window.is_none()
        && f.when_date.is_none()
        && !f.negated
        && f.scope.is_empty()
        && f.as_role.is_empty()
        && f.per_unit.is_none()
        && !proposed
        && !modal
        && !relative
        && !standing
        && !per
        && !dated_before
        && !super::super::counted::of_other_time(m.clause_text)
}

/// The dimension classes of which a document states two different values
/// (any two of its statements, of any time): there the rule does not say
/// which one a value of another report answers.
pub(super) fn stated_twice(ms: &[M<'_>]) -> BTreeSet<(DocIndex, String)> {
    let mut values: BTreeMap<(DocIndex, String), Vec<&FactValue>> = BTreeMap::new();
    for m in ms {
        if let Some(c) = class(m) {
            values.entry((m.doc, c)).or_default().push(&m.fact.value);
        }
    }
    let differ = |x: &FactValue, y: &FactValue| {
        super::super::values::relation(x, None, y, None) != Relation::Same
    };
    values
        .into_iter()
        .filter(|(_, vs)| {
            vs.iter()
                .enumerate()
                .any(|(k, x)| vs.iter().skip(k + 1).any(|y| differ(x, y)))
        })
        .map(|(key, _)| key)
        .collect()
}

/// Whether the rule ties two different values of two documents (see the
/// module docs); `twice` is what [`stated_twice`] found.
pub(super) fn one_claim(
    a: &M<'_>,
    b: &M<'_>,
    twice: &BTreeSet<(DocIndex, String)>,
    rel: Relation,
) -> bool {
    if rel != Relation::Incompatible || a.doc == b.doc {
        return false;
    }
    let (Some(ca), Some(cb)) = (class(a), class(b)) else {
        return false;
    };
    let ratio = if ca.starts_with("dimension:measure") {
        MEASURE_RATIO
    } else {
        super::super::align::HEDGE_RATIO
    };
    let needs_word = ca.contains("percent") || ca.contains("duration");
    ca == cb
        && !twice.contains(&(a.doc, ca.clone()))
        && !twice.contains(&(b.doc, cb.clone()))
        && settled(a, &ca)
        && settled(b, &cb)
        && within(a, b, ratio)
        && (!needs_word || share_a_word(a.frame, b.frame))
        && !told_apart(a, b)
}

/// Reasons of [`super::super::align`]'s apart checks that the rule answers
/// for two values of one dimension class: the nouns and verbs the two
/// reporters chose, an of-complement that refers back, and a date of what
/// is to come on one side only ("will rise 8% next year").
pub(super) fn answers(why: &str, a: &M<'_>, b: &M<'_>) -> bool {
    let answered = match why {
        "different head nouns"
        | "different compound nouns"
        | "different modifiers"
        | "different names"
        | "different of-complements"
        | "none of the sentences' other figures match" => true,
        // two verbs the reporters chose, never two known acts ("seized
        // 700kg", "charged over the destruction of 640kg"; rule
        // `two_act_verbs`: "crews removed 46 tonnes", "fly-tippers dumped
        // 52 tonnes" are two acts on one kind of stuff, not one measure)
        "different predicates" => !super::other_acts(a, b) && !super::two_act_verbs(a, b),
        "different time" => a.anchors.is_empty() != b.anchors.is_empty(),
        _ => false,
    };
    answered && class(a).is_some_and(|c| class(b) == Some(c))
}

/// Whether two values lie within `ratio` of each other.
fn within(a: &M<'_>, b: &M<'_>, ratio: f64) -> bool {
    use super::super::align::magnitude;
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= ratio,
        _ => false,
    }
}

/// Whether two sentences share a content word that is not a word of rise
/// or fall or of the percentage itself.
fn share_a_word(fa: &Frame, fb: &Frame) -> bool {
    let plain = |w: &str| {
        !RISE_WORDS.contains(&w)
            && !FALL_WORDS.contains(&w)
            && !matches!(w, "percent" | "cent" | "per" | "hour" | "day" | "minute")
    };
    fa.words.iter().any(|(w, _)| {
        plain(w)
            && fb
                .words
                .binary_search_by(|(x, _)| x.as_str().cmp(w))
                .is_ok()
    })
}

/// Whether an of-complement refers back to what the article named before
/// ("900 kg *of the drug*"): "of the" right after the figure.
fn refers_back(m: &M<'_>) -> bool {
    let (_, after) = around(m);
    matches!(after.as_slice(), [of, the, ..] if of == "of" && matches!(the.as_str(), "the" | "this" | "that"))
        && m.frame.of.len() == 1
}

/// Whether two lists both say something and share nothing.
fn both_disjoint(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// What tells two values of one dimension apart (see the module docs).
fn told_apart(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    let of_differs = both_disjoint(&fa.of, &fb.of) && !refers_back(a) && !refers_back(b);
    of_differs
        || both_disjoint(&fa.proper, &fb.proper)
        || both_disjoint(&fa.on, &fb.on)
        || fa.of_indefinite != fb.of_indefinite
        || super::super::counted::total_vs_part(fa, fb)
        || super::other_people(fa, fb)
        || super::other_places(fa, fb)
        || {
            let (x, y) = (
                super::super::counted::orgs(fa),
                super::super::counted::orgs(fb),
            );
            !x.is_empty() && !y.is_empty() && super::super::align::shared_names(&x, &y).is_empty()
        }
}
