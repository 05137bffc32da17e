//! Rule `sole_figure`: the one figure each report gives for the event's
//! own headline fact is one claim, however differently the two reporters
//! word their sentences.
//!
//! Reports written independently state the event's own figures (a
//! sentence, a fee, a contract's length, a premium, the homes flooded) once
//! each, in sentences that share little but the figure's noun: "has been
//! jailed for nine years" and "handed down an eight-year jail term"; "for
//! a fee of £34m" and "a £38m deal"; "Natural Resources Wales said 340
//! homes had been flooded" and "council officials said 430 homes had been
//! flooded". The ordinary ties of [`super::align`] need a shared predicate
//! and subject or a parallel sentence, and miss them. This rule ties two
//! different figures of two documents when:
//!
//! - both are plain figures of one **claim class** ([`claim_class`]): the
//!   same noun phrase (head, compound, modifiers, scope) or nouns of one
//!   family ("deal", "contract", "agreement"; a "jail term", a "sentence",
//!   "jailed for"), of one kind of value; never the size of a crowd
//!   ([`CROWD_NOUNS`]: police and organisers each estimate it);
//! - **each document states exactly one value** of that class (a document
//!   that gives two, "nine years" and "the maximum of 10 years" under one
//!   noun, or another case's sentence, is left to the ordinary ties);
//! - both are **settled figures of the article's own time**: unhedged
//!   ("about", "more than": estimates are compared by the hedge rules),
//!   not proposed, sought or risked ([`PROPOSING`]: "offered", "asked
//!   for", "faces up to"), no other stretch or date in their clauses, not
//!   background;
//! - nothing tells them apart: predicates of two different known classes
//!   ("killed", "injured"; a count needs one class), people or places
//!   named as their subjects with none shared, different of- or
//!   on-complements, roles or proper modifiers; the figures within
//!   [`super::align`]'s hedge ratio (1.5) of each other.
//!
//! Who is quoted as the source (an agency, "council officials") is not what
//! the figure is said of: organisations' names never hold the two apart
//! here.
//!
//! The same holds of a count of people of one fate ([`fate_class`]: the
//! rescued, the missing, the trapped, hostages, the evacuated, the
//! displaced, the arrested), whatever noun or verb tells them ("198
//! survivors", "196 have been rescued", "196 people survived"), equal
//! counts included; two kinds of people ("passengers", "crew") stay
//! apart, and so do fewer of those carried aboard than of everyone of the
//! fate ("12 passengers were rescued", "14 were rescued": the crew may
//! make up the rest; [`carried_part`]). A report that gives two counts of one class (a toll and its
//! update) disputes neither with another report's ([`OwnCounts`]).
//!
//! The same holds of one measured dimension, whatever noun each report
//! uses ([`dimension`]): the one area, mass, length, speed, volume,
//! temperature, length of the event, percentage of one thing or sum of one
//! role each report gives ("3,200 hectares had burned", "scorched some
//! 5,000 ha of bush").

mod dimension;

use super::align::M;
use crate::claim::lemma;
use crate::claim::tally::Tally;
use crate::claim::Frame;
use crate::document::DocIndex;
use crate::facts::{FactKind, FactValue};
use std::collections::{BTreeMap, BTreeSet};

/// The rule, as the evidence names it.
pub(crate) const SOLE_FIGURE: &str = "sole_figure";

/// Nouns of one family that reporters use for one agreed deal: its value
/// ("a fee of £34m", "a £38m deal") or its length ("a five-year contract",
/// "a four-year deal").
const DEAL_NOUNS: &[&str] = &["deal", "contract", "agreement", "fee"];

/// Nouns that name a custodial sentence on their own ("a sentence of nine
/// years").
const SENTENCE_NOUNS: &[&str] = &["sentence", "imprisonment"];

/// Nouns that name a custodial sentence after "jail" or "prison" ("an
/// eight-year jail term", "a prison sentence").
const TERM_NOUNS: &[&str] = &["term", "sentence", "stretch"];

/// Words before [`TERM_NOUNS`] that make them a custodial sentence.
const CUSTODY_WORDS: &[&str] = &["jail", "prison"];

/// Verbs that tell a figure proposed, sought or risked rather than settled
/// ("offered an eight-year deal", "hoping to attract a 10-year deal",
/// "prosecutors asked for 12 years", "faces up to 10 years"): not the
/// event's figure, whatever another report settles on.
pub(super) const PROPOSING: &[&str] = &[
    "offer", "ask", "seek", "demand", "want", "hope", "attract", "request", "counter", "urge",
    "face", "carry", "expect", "plan", "consider", "target",
];

/// Nouns of a crowd: its size is an estimate each side makes (police,
/// organisers), two of them are two estimates, not one fact told twice.
pub(crate) const CROWD_NOUNS: &[&str] = &[
    "people",
    "person",
    "protester",
    "demonstrator",
    "marcher",
    "participant",
    "supporter",
    "spectator",
    "fan",
    "visitor",
    "attendee",
    "mourner",
];

/// Reasons of [`super::align`]'s apart checks that this rule answers: two
/// nouns of one family, two reporters' verbs, the speakers they quote, and
/// the other figures each sentence happens to give.
const ANSWERED: &[&str] = &[
    "different head nouns",
    "different compound nouns",
    "different predicates",
    "different names",
    "none of the sentences' other figures match",
];

/// Whether the rule answers an apart reason of two figures (see
/// [`ANSWERED`]). Two counts of the dead of one event told on two days
/// ("killed two workers on Tuesday", "the toll rose to three on
/// Thursday") are one toll and its update: their days do not hold them
/// apart.
pub(crate) fn answers(why: &str, a: &M<'_>, b: &M<'_>) -> bool {
    (ANSWERED.contains(&why)
        && !(why == "different predicates" && (other_acts(a, b) || two_act_verbs(a, b))))
        || (why == "different time" && counts_the_dead(a) && counts_the_dead(b))
        || dimension::answers(why, a, b)
}

/// Whether two mentions are told of two different known acts, one of
/// them named by its noun ([`lemma::other_acts`]: "charged over the
/// *destruction* of 640kg", "seized 700kg"): a figure a noun of an act
/// governs is a figure of that act, not one the clause happens to give.
/// The rule answers the verbs two reporters chose for one act, never two
/// acts. Two verbs are left to the rule: a verb of a class may only value
/// a measure ("temperatures hit 44C", "climbed to 47C"; "confirmed 11
/// fatalities", "nine were killed").
pub(crate) fn other_acts(a: &M<'_>, b: &M<'_>) -> bool {
    match (&a.frame.predicate, &b.frame.predicate) {
        (Some(x), Some(y)) => {
            // a noun of an act: made from its verb ("seizure",
            // "destruction") or a noun of a class ("sale", "death")
            let noun = |w: &str| {
                lemma::nominal_verb(w).is_some()
                    || (lemma::is_class_word(w) && !lemma::is_verb_form(w))
            };
            (noun(&x.base) || noun(&y.base)) && lemma::other_acts(&x.base, &y.base)
        }
        _ => false,
    }
}

/// Rule `two_act_verbs`: whether two mentions are told as what an agent
/// did to things, with verbs of two different acts
/// ([`crate::lex::verb_families`]: "crews removed 46 tonnes", "fly-tippers
/// dumped 52 tonnes"; "inspectors seized 300 kilograms", "traders sold
/// 340 kilograms"): each verb is of a family, no family holds both, and
/// in both clauses the figure stands after its verb, as its object. One
/// measure of one stuff under two such verbs is two facts; two verbs of
/// one family ("removed", "cleared"), of no family, or told of what befell
/// the stuff ("floodwater covered 640 square kilometres", "900 km2 lay
/// under water") are the reporters' words.
pub(crate) fn two_act_verbs(a: &M<'_>, b: &M<'_>) -> bool {
    use crate::lex::verb_families::{families, one_family};
    match (&a.frame.predicate, &b.frame.predicate) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.base.as_str(), y.base.as_str());
            !families(x).is_empty()
                && !families(y).is_empty()
                && !one_family(x, y)
                && !lemma::same_predicate(x, y)
                && object_of_verb(a)
                && object_of_verb(b)
        }
        _ => false,
    }
}

/// Whether a figure stands after its verb in its clause, and the verb not
/// after it ("crews removed 46 tonnes", not "46 tonnes were removed").
fn object_of_verb(m: &M<'_>) -> bool {
    let Some(p) = &m.frame.predicate else {
        return false;
    };
    let word = p.text.to_lowercase();
    let at = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| w == word)
    };
    let start = m.fact.span.start.saturating_sub(m.frame.clause.start);
    let end = m.fact.span.end.saturating_sub(m.frame.clause.start);
    match (m.clause_text.get(..start), m.clause_text.get(end..)) {
        (Some(ahead), Some(after)) => at(ahead) && !at(after),
        _ => false,
    }
}

/// Nouns that count the dead without saying who they were: a toll in
/// "people" is the toll in "workers" of another report.
/// "Others" leave the noun out ("two died and three others were hurt"):
/// the people of the fate its verb gives.
const ANYONE: &[&str] = &["person", "people", "life", "other"];

/// The head noun of a count and its compound nouns as compared: for a
/// noun of a kind of people ([`crate::lex::kinds`]) the kind's word, with
/// the compound a two-word name took ("police officers": "policeman", no
/// compound); otherwise the head's base form and its compound nouns.
pub(crate) fn noun_key(f: &Frame) -> Option<(String, Vec<String>)> {
    let h = f.head.as_ref()?;
    // "four works of art": items
    if let Some(kind) = crate::lex::kinds::of_kind(&h.base, &f.of) {
        return Some((kind.to_string(), f.compound.clone()));
    }
    Some(match crate::lex::kinds::kind_of(&f.compound, &h.base) {
        Some((kind, rest)) => (kind.to_string(), rest),
        None => (h.base.clone(), f.compound.clone()),
    })
}

/// Whether two counts of the dead are of two kinds of people ("three
/// firefighters", "two soldiers"): both name who died, differently.
fn other_dead(fa: &Frame, fb: &Frame) -> bool {
    match (&fa.head, &fb.head, noun_key(fa), noun_key(fb)) {
        (Some(x), Some(y), Some(kx), Some(ky)) => {
            kx.0 != ky.0 && !ANYONE.contains(&x.base.as_str()) && !ANYONE.contains(&y.base.as_str())
        }
        _ => false,
    }
}

/// The claim class of a figure: its kind with its noun phrase, the family
/// of its head noun standing for the head. `None` for values of other
/// kinds, and for figures without a noun (but a duration told with a verb
/// of sentencing: "jailed for nine years").
pub(crate) fn claim_class(m: &M<'_>) -> Option<String> {
    let f = m.frame;
    let kind = m.fact.kind;
    if let Some(class) = people_class(m) {
        return Some(format!("Count: {class}; {}", f.scope.join(" ")));
    }
    if !matches!(
        kind,
        FactKind::Count | FactKind::Money | FactKind::Percent | FactKind::Duration
    ) {
        return None;
    }
    let custody = f
        .compound
        .iter()
        .any(|w| CUSTODY_WORDS.contains(&w.as_str()));
    let sentenced = f
        .predicate
        .as_ref()
        .is_some_and(|p| lemma::predicate_class(&p.base) == "sentence");
    let head = f.head.as_ref().map(|h| h.base.as_str());
    let family = match head {
        Some(h) if SENTENCE_NOUNS.contains(&h) || (custody && TERM_NOUNS.contains(&h)) => {
            "custodial sentence".to_string()
        }
        None if kind == FactKind::Duration && sentenced => "custodial sentence".to_string(),
        Some(h) if kind == FactKind::Count && CROWD_NOUNS.contains(&h) => return None,
        Some(h) if kind != FactKind::Count && DEAL_NOUNS.contains(&h) => {
            format!("deal {}", f.compound.join(" "))
        }
        Some(h) => match noun_key(f).filter(|_| kind == FactKind::Count) {
            Some((noun, compound)) => format!("{noun} {}", compound.join(" ")),
            None => format!("{h} {}", f.compound.join(" ")),
        },
        None => return None,
    };
    if kind == FactKind::Duration && family == "custodial sentence" {
        return Some(format!("{kind:?}: {family}; {}", f.scope.join(" ")));
    }
    Some(format!(
        "{kind:?}: {family}; {}; {}",
        f.modifiers.join(" "),
        f.scope.join(" ")
    ))
}

/// The class of a count of the dead, however it is told: "killing two
/// workers", "two people died", "the death toll has risen to three".
pub(crate) const THE_DEAD: &str = "the dead";

/// Predicates the claim reader gives a toll's figure ("the death *toll*
/// rose to three", "the number of *dead* climbed to 26").
const TOLL_NOUNS: &[&str] = &[
    "toll", "death", "dead", "killed", "deaths", "fatality", "victim", "body", "bodies",
];

/// Nouns of a death counted: "four deaths" and "four fatalities" are four
/// dead ("road deaths", "overdose deaths": a compound makes another count).
const DEATH_NOUNS: &[&str] = &["death", "fatality"];

/// Whether a head noun only restates the class of people its count is of
/// ([`people_class`]): "others" leaves the noun out, "deaths" and
/// "fatalities" are the dead; such a count meets "people" of its class.
pub(crate) fn restates_class(head: &str, class: &str) -> bool {
    head == "other" || (class == THE_DEAD && (DEATH_NOUNS.contains(&head) || head == "life"))
}

/// Whether a figure counts the dead of a happening: a count (or a toll's
/// number with no noun) whose predicate is of the class of "killed" ("killing two
/// workers", "24 were killed", "the toll stood at 24"), not the size of a
/// group some of whom died ("two of the three climbers").
pub(crate) fn counts_the_dead(m: &M<'_>) -> bool {
    let f = m.frame;
    // "lost their lives" is a death, "lost their jobs" none
    let killed = f.predicate.as_ref().is_some_and(|p| {
        lemma::predicate_class(&p.base) == "kill" && (p.base != "lose" || lost_lives(m))
    });
    // A bare number counts the dead only as a toll's figure (the claim
    // reader makes the toll's noun its predicate).
    let toll = f
        .predicate
        .as_ref()
        .is_some_and(|p| TOLL_NOUNS.contains(&p.base.as_str()));
    let bare = m.fact.kind == FactKind::Number && f.head.is_none() && toll;
    // "the number of bodies recovered rose to 19": the bodies are the dead
    let bodies = bare
        && f.predicate
            .as_ref()
            .is_some_and(|p| matches!(p.base.as_str(), "body" | "bodies"));
    // "24 were killed", "killing 24", "the dead numbered 24": the words
    // around the figure say it counts the dead, whatever its predicate
    let told = f.tally == Some(Tally::Dead) && anyone(f);
    // "caused four deaths", "12 fatalities were reported": a count of
    // deaths is the toll
    let deaths = m.fact.kind == FactKind::Count
        && f.head
            .as_ref()
            .is_some_and(|h| DEATH_NOUNS.contains(&h.base.as_str()))
        && f.compound.is_empty();
    (told || bodies || deaths || killed && (m.fact.kind == FactKind::Count || bare))
        && !f.scope.iter().any(|s| s == "of-total")
        && f.of.is_empty()
}

/// Whether the clause of a figure whose verb is "lose" says lives were
/// lost ("lost their lives", "the lives lost"), not jobs, homes or a game.
fn lost_lives(m: &M<'_>) -> bool {
    m.clause_text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("lives") || w.eq_ignore_ascii_case("life"))
}

/// Whether a figure counts people without saying who they are: a bare
/// number ("24 were killed") or people ("24 people died").
fn anyone(f: &Frame) -> bool {
    f.head
        .as_ref()
        .is_none_or(|h| ANYONE.contains(&h.base.as_str()))
}

/// The class of the injured: "30 were hurt", "30 people suffered
/// injuries", "injuring 30" (ungraded: "seriously injured" counts a part).
pub(crate) const THE_INJURED: &str = "the injured";

/// The class of the hospitalised: "30 were taken to hospital" (not the
/// injured: some are treated at the scene, some taken in for checks).
pub(crate) const THE_HOSPITALISED: &str = "the hospitalised";

/// The class of people a figure counts, when its words say it: the dead
/// (see [`counts_the_dead`]), the injured, the hospitalised, and the other
/// fates of [`Tally`] ([`fate_class`]). A count that names who they were
/// ("30 firefighters were hurt") is of that noun's class for the injured
/// and the hospitalised.
pub(crate) fn people_class(m: &M<'_>) -> Option<&'static str> {
    if counts_the_dead(m) {
        return Some(THE_DEAD);
    }
    let f = m.frame;
    if !f.of.is_empty() || f.scope.iter().any(|s| s == "of-total") {
        return None;
    }
    if let Some(class) = fate_class(m) {
        return Some(class);
    }
    // "the number of arrests rose to 31": the arrested
    if let Some(class) = super::groups::number_of_fate(m) {
        return Some(class);
    }
    // "Thirty suffered injuries" is read as a count of injuries
    let injuries = f.head.as_ref().is_some_and(|h| h.base == "injury");
    if !(anyone(f) || injuries) {
        return None;
    }
    match f.tally {
        Some(Tally::Injured) => Some(THE_INJURED),
        Some(Tally::Hospitalised) => Some(THE_HOSPITALISED),
        _ => None,
    }
}

/// The class of a count of people of one of the other fates ([`Tally`]:
/// rescued, missing, trapped, hostages, evacuated, displaced, arrested),
/// whatever noun tells them: a noun of the fate itself ("198 survivors",
/// "six hostages"), or a noun of people ([`crate::lex::people`]: "31
/// miners were trapped", "196 people survived", "196 have been rescued")
/// in a clause that gives the fate. A noun of a part of any crowd ("five
/// children were rescued": by age or sex) keeps its own class: it counts
/// some of them.
pub(crate) fn fate_class(m: &M<'_>) -> Option<&'static str> {
    let f = m.frame;
    if !matches!(m.fact.kind, FactKind::Count | FactKind::Number) {
        return None;
    }
    let noun = f.head.as_ref().map(|h| h.base.as_str());
    let of_noun = noun.and_then(crate::claim::tally::of_noun);
    let tally = match (of_noun, f.tally) {
        (Some(x), Some(y)) if x != y => return None,
        (Some(x), _) if !fate_verb(f, x) => return None,
        (Some(x), _) => x,
        (None, Some(y)) if noun.is_none_or(crate::lex::people::joins_fate) => y,
        _ => return None,
    };
    fate_name(tally)
}

/// Verbs that count people of any fate ("the Red Cross *counted* 1,200
/// evacuees", "the survivors *numbered* 40", "the toll of hostages *rose*
/// to 11"), as base forms.
const COUNTING: &[&str] = &[
    "be", "count", "number", "total", "include", "reach", "rise", "climb", "stand", "put",
    "report", "confirm", "say",
];

/// Whether the clause of a noun of a fate ("198 survivors", "six
/// hostages") tells that fate, or only counts them: "pulled 198 survivors
/// from the water", "all eleven hostages were freed", "the Red Cross
/// counted 1,200 evacuees"; not "a school housed 230 evacuees", "40
/// survivors were taken to hospital" (what befell some of them).
fn fate_verb(f: &Frame, t: Tally) -> bool {
    let Some(p) = f.predicate.as_ref() else {
        return true;
    };
    let verb = lemma::verb(&p.base);
    let family: &[&str] = match t {
        Tally::Rescued => &[
            "rescue", "save", "pull", "survive", "free", "airlift", "winch",
        ],
        Tally::Hostages => &["hold", "take", "seize", "free", "release", "keep"],
        Tally::Evacuated => &["evacuate", "flee", "move", "relocate"],
        Tally::Arrested => &["arrest", "detain", "make"],
        _ => &[],
    };
    COUNTING.contains(&verb.as_str()) || family.contains(&verb.as_str())
}

/// The class name of a fate of [`fate_class`]; `None` for the dead, the
/// injured and the hospitalised (read by [`people_class`] itself).
pub(crate) fn fate_name(t: Tally) -> Option<&'static str> {
    match t {
        Tally::Dead | Tally::Injured | Tally::Hospitalised | Tally::Remaining => None,
        Tally::Rescued => Some("the rescued"),
        Tally::Missing => Some("the missing"),
        Tally::Trapped => Some("the trapped"),
        Tally::Hostages => Some("hostages"),
        Tally::Evacuated => Some("the evacuated"),
        Tally::Displaced => Some("the displaced"),
        Tally::Arrested => Some("the arrested"),
    }
}

/// Whether two counts of one fate ([`fate_class`]) name two kinds of
/// people ("40 passengers were rescued", "12 crew members were rescued"):
/// both name who they were, differently, and neither is a word for
/// anyone there ([`crate::lex::people::general`]: "people", "workers",
/// the fate's own noun).
fn other_fated(fa: &Frame, fb: &Frame) -> bool {
    let named = |f: &Frame| {
        let h = f.head.as_ref()?;
        if crate::lex::people::general(&h.base) || crate::claim::tally::of_noun(&h.base).is_some() {
            return None;
        }
        noun_key(f).map(|k| k.0)
    };
    matches!((named(fa), named(fb)), (Some(x), Some(y)) if x != y)
}

/// Whether one of two counts of one fate counts those carried aboard
/// ([`crate::lex::people::carried`]: "12 passengers were rescued") and
/// the other everyone of the fate ("14 were rescued", "14 people were
/// rescued", "14 survivors"), with fewer carried than the whole: the crew
/// make up the rest, so both may hold. More carried than the whole ("40
/// passengers", "35 people") cannot both hold, and equal counts agree.
pub(crate) fn carried_part(a: &M<'_>, b: &M<'_>) -> bool {
    let carried = |m: &M<'_>| {
        m.frame
            .head
            .as_ref()
            .is_some_and(|h| crate::lex::people::carried(&h.base))
    };
    let whole = |m: &M<'_>| {
        m.frame.head.as_ref().is_none_or(|h| {
            crate::lex::people::general(&h.base) || crate::claim::tally::of_noun(&h.base).is_some()
        })
    };
    let size = |m: &M<'_>| super::align::magnitude(&m.fact.value);
    [(a, b), (b, a)].iter().any(|(p, w)| {
        carried(p) && whole(w) && matches!((size(p), size(w)), (Some(x), Some(y)) if x < y)
    })
}

/// The kind a figure is bucketed under for alignment: a count of the dead
/// told as a bare number ("the toll rose to three") or one a collective
/// noun counts ("a workforce of 380") is a count, an age told as a bare
/// number a quantity of years.
pub(crate) fn bucket_kind(m: &M<'_>) -> FactKind {
    // an age told as a bare number is one of years ("the agent, 49")
    if m.age().is_some() {
        FactKind::Quantity
    } else if people_class(m).is_some() || super::groups::counted_noun(m).is_some() {
        // "a workforce of 380" counts workers
        FactKind::Count
    } else {
        m.fact.kind
    }
}

/// The claim classes of which a document states two values that cannot
/// both hold, both of the article's own time: there the rule does not say
/// which one a figure of another report answers ("nine years" and "the
/// maximum of 10 years"). A figure of another time ("jailed for 11 years
/// last year", "around 100 homes in 1987"), an earlier tally the report
/// has replaced ("an earlier tally of 198 survivors") or a vague count
/// that holds the other ("hundreds of homes", "340 homes") does not
/// compete.
/// `classes[i]` is the class of `ms[i]`.
pub(crate) fn stated_twice(
    ms: &[M<'_>],
    classes: &[Option<String>],
) -> BTreeSet<(DocIndex, String)> {
    let mut values: BTreeMap<(DocIndex, &str), Vec<&FactValue>> = BTreeMap::new();
    for (m, class) in ms.iter().zip(classes) {
        if let Some(c) = class {
            // an earlier tally the report has since replaced does not
            // compete with its own figure
            if !m.background() && m.frame.time_frame.is_none() && !m.frame.earlier_statement {
                values
                    .entry((m.doc, c.as_str()))
                    .or_default()
                    .push(&m.fact.value);
            }
        }
    }
    let clash = |x: &FactValue, y: &FactValue| {
        super::values::relation(x, None, y, None) == super::Relation::Incompatible
    };
    let mut twice: BTreeSet<(DocIndex, String)> = values
        .into_iter()
        .filter(|(_, vs)| {
            vs.iter()
                .enumerate()
                .any(|(k, x)| vs[k + 1..].iter().any(|y| clash(x, y)))
        })
        .map(|((d, c), _)| (d, c.to_string()))
        .collect();
    twice.extend(dimension::stated_twice(ms));
    twice
}

/// The counts of people each document gives of each class
/// ([`people_class`]) of the article's own time, by mention. A report that
/// gives two tolls of one class ("four were killed on Monday", "by Tuesday
/// the toll had risen to six") states both: it does not dispute another
/// report's six with its four (see [`OwnCounts::states`]). An earlier
/// tally it says it has replaced ("an earlier tally of 198 survivors") is
/// not one of its counts.
pub(crate) struct OwnCounts(BTreeMap<(DocIndex, &'static str), Vec<usize>>);

impl OwnCounts {
    /// The counts of people of `ms`, by document and class.
    pub(crate) fn new(ms: &[M<'_>]) -> OwnCounts {
        let mut by: BTreeMap<(DocIndex, &'static str), Vec<usize>> = BTreeMap::new();
        for (i, m) in ms.iter().enumerate() {
            if let Some(c) = people_class(m) {
                if !m.background() && !m.frame.earlier_statement {
                    by.entry((m.doc, c)).or_default().push(i);
                }
            }
        }
        OwnCounts(by)
    }

    /// Whether the document of `ms[own]`, whose value cannot be
    /// `ms[other]`'s, also gives `ms[other]`'s value as a count of their one
    /// class of people, in another mention.
    pub(crate) fn states(&self, ms: &[M<'_>], own: usize, other: usize) -> bool {
        let (Some(a), Some(b)) = (ms.get(own), ms.get(other)) else {
            return false;
        };
        let clash = super::values::relation(&a.fact.value, None, &b.fact.value, None)
            == super::Relation::Incompatible;
        let Some(c) = people_class(a).filter(|&c| clash && people_class(b) == Some(c)) else {
            return false;
        };
        self.0.get(&(a.doc, c)).is_some_and(|ks| {
            ks.iter().any(|&k| {
                k != own
                    && ms.get(k).is_some_and(|x| {
                        super::values::relation(&x.fact.value, None, &b.fact.value, None)
                            == super::Relation::Same
                    })
            })
        })
    }
}

/// Whether a figure may stand for its report's headline fact: a plain
/// figure of the article's own time (no hedge, not proposed or sought,
/// no note, not background, no time frame of its own, not negated, not an
/// earlier tally the report has replaced, a statement, near the event).
/// `per_unit` asks the same of a sum.
pub(super) fn own_plain_figure(m: &M<'_>) -> bool {
    let f = m.frame;
    let proposed = f.predicate.as_ref().is_some_and(|p| {
        PROPOSING.contains(&p.base.as_str()) || PROPOSING.contains(&lemma::predicate_class(&p.base))
    });
    m.hedge.is_none()
        && !proposed
        && !m.notes
        && !m.background()
        && f.time_frame.is_none()
        && !f.negated
        && !f.earlier_statement
        && f.role == crate::claim::Role::Statement
        && super::align::near(m)
}

/// Whether two lists both say something and share nothing.
fn both_disjoint(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// Whether the rule ties two different figures of two documents (see the
/// module docs). `classes` are the claim classes of all mentions, `twice`
/// what [`stated_twice`] found; `i` and `j` index both.
pub(crate) fn one_claim(
    ms: &[M<'_>],
    classes: &[Option<String>],
    twice: &BTreeSet<(DocIndex, String)>,
    i: usize,
    j: usize,
    rel: super::Relation,
) -> bool {
    let (Some(a), Some(b)) = (ms.get(i), ms.get(j)) else {
        return false;
    };
    if dimension::one_claim(a, b, twice, rel) {
        return true;
    }
    let (Some(Some(ca)), Some(Some(cb))) = (classes.get(i), classes.get(j)) else {
        return false;
    };
    // Two reports' equal counts of one fate, told with two verbs ("196
    // have been rescued", "196 people survived"), are one claim as well.
    let one_fate = fate_class(a).is_some() && fate_class(a) == fate_class(b);
    (rel == super::Relation::Incompatible || (rel == super::Relation::Same && one_fate))
        && a.doc != b.doc
        && ca == cb
        && !twice.contains(&(a.doc, ca.clone()))
        && !twice.contains(&(b.doc, cb.clone()))
        && own_plain_figure(a)
        && own_plain_figure(b)
        && close(a, b)
        && !told_apart(a, b)
}

/// Whether two figures lie within the hedge ratio of each other: sources
/// that disagree on one headline figure are close to each other.
fn close(a: &M<'_>, b: &M<'_>) -> bool {
    use super::align::magnitude;
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= super::align::HEDGE_RATIO,
        _ => false,
    }
}

/// What tells two figures of one claim class apart: two verbs of two known
/// classes (for a count, any two classes), people or places named as
/// subjects with none shared, different complements, roles or proper
/// modifiers.
pub(super) fn told_apart(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    let predicates = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => {
            let two_classes = lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && !lemma::same_predicate(&x.base, &y.base);
            let count_differs =
                a.fact.kind == FactKind::Count && !lemma::same_predicate(&x.base, &y.base);
            two_classes || count_differs
        }
        // A count is of what its verb says ("killed", "injured"): both
        // must say it.
        _ => a.fact.kind == FactKind::Count,
    };
    // Two counts of one class of people: the class says what both count,
    // whichever verb each reporter chose ("24 died", "killing 21 people").
    let one_class = people_class(a).is_some() && people_class(a) == people_class(b);
    (predicates && !one_class)
        || (counts_the_dead(a) && counts_the_dead(b) && other_dead(fa, fb))
        || (one_class && fate_class(a).is_some() && other_fated(fa, fb))
        || (one_class && fate_class(a).is_some() && carried_part(a, b))
        || other_people(fa, fb)
        || other_places(fa, fb)
        || both_disjoint(&fa.of, &fb.of)
        || both_disjoint(&fa.on, &fb.on)
        || both_disjoint(&fa.proper, &fb.proper)
        || super::counted::total_vs_part(fa, fb)
        || fa.as_role != fb.as_role
        || fa.of_indefinite != fb.of_indefinite
}

/// The names of one kind a clause is said of (its own, else its
/// sentence's subject's).
fn typed(f: &Frame, kind: FactKind) -> Vec<String> {
    let own = if f.names.is_empty() {
        &f.subject_typed
    } else {
        &f.typed_names
    };
    own.iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, n)| n.clone())
        .collect()
}

/// Whether two clauses are said of different people: both name someone
/// (a pronoun standing for the protagonist counts), and no one is shared.
pub(super) fn other_people(fa: &Frame, fb: &Frame) -> bool {
    let who = |f: &Frame| {
        let mut p = typed(f, FactKind::Person);
        p.extend(f.pronoun_person.iter().cloned());
        p
    };
    let (x, y) = (who(fa), who(fb));
    !x.is_empty() && !y.is_empty() && super::align::shared_names(&x, &y).is_empty()
}

/// Whether two clauses are said of different places: both name places and
/// neither sentence names a place of the other ("flooded across Ceredigion
/// and Carmarthenshire" against "flooded in Ceredigion", whatever else
/// each clause names).
pub(super) fn other_places(fa: &Frame, fb: &Frame) -> bool {
    // with the places of a "when" clause: where the counted happening was
    let places = |f: &Frame| {
        let mut v = typed(f, FactKind::Place);
        v.extend(
            f.when_places
                .iter()
                .filter(|p| !v.contains(p))
                .cloned()
                .collect::<Vec<_>>(),
        );
        v
    };
    let (x, y) = (places(fa), places(fb));
    !x.is_empty()
        && !y.is_empty()
        && !x.iter().any(|p| names_place(fb, p))
        && !y.iter().any(|p| names_place(fa, p))
}

/// Whether a sentence's words hold every word of a place name.
fn names_place(f: &Frame, place: &str) -> bool {
    let has = |w: &str| {
        f.words.binary_search_by(|(x, _)| x.as_str().cmp(w)).is_ok()
            || f.words.iter().any(|(x, _)| *x == lemma::noun(w))
    };
    place.split(' ').all(has)
}
