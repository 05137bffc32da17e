//! Rule `per_unit`: the one sum each report says is paid per victim, per
//! household or per person is one claim, however each reporter words the
//! payment.
//!
//! Reports of a disaster tell the relief paid to each family in their own
//! words: "the state will pay Rs 3 lakh to the family of each victim" and
//! "an ex gratia of Rs 6 lakh for the next of kin of each of the dead";
//! "each household will receive $500" and "a grant of $750 per home".
//! The claim reader gives such a sum the class of its unit
//! ([`crate::claim::per_unit`]); [`apart`] holds a per-unit sum apart from
//! a different sum told without a unit (a total: "Rs 2 crore in all") and
//! from any sum per another unit ("Rs 50,000 for each of the injured"), so
//! those are never a conflict. Within one class, this rule ties two
//! different sums of two documents when:
//!
//! - both are **money given per one of a class of people or homes**
//!   ([`CLASSES`]), never per hour, per share or "each" with no noun (a
//!   price or a wage differs by place and seller);
//! - **each document states one value** of that class (a report that gives
//!   two, the state's Rs 3 lakh and a fund's Rs 2 lakh, is left to the
//!   ordinary ties);
//! - both are settled figures of the article's own time, not proposed or
//!   sought ("the families demanded Rs 10 lakh each"), unhedged, not
//!   negated;
//! - the sums lie within [`super::align::HEDGE_RATIO`] of each other;
//! - nothing else tells them apart: only the reasons [`ANSWERED`] names
//!   (two nouns for the payment, two verbs, two of-complements, the other
//!   figures of each sentence) are answered; different payers named in
//!   both clauses, owners, times or roles still hold them apart.

use super::align::M;
use super::Relation;
use crate::claim::lemma;
use crate::document::DocIndex;
use crate::facts::{FactKind, FactValue};
use std::collections::BTreeMap;

/// Why two sums cannot be one claim for what they are given per: sums
/// per two different classes of unit ("Rs 1 lakh to the family of each
/// victim", "Rs 1 lakh for each of the injured"), or a sum per unit and a
/// different sum told without one, a total or a sum of another reckoning
/// ("£400 to each household", "£450 to the residents"). The same value
/// with and without its unit ("$11,480 a year", "$11,480") may agree.
pub(crate) fn apart(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    if a.fact.kind != FactKind::Money || b.fact.kind != FactKind::Money {
        return None;
    }
    match (&a.frame.per_unit, &b.frame.per_unit) {
        // "each" names no unit: it may be any of them
        (Some(x), Some(y)) if x != y && x != "each" && y != "each" => {
            Some("sums per different units")
        }
        (Some(_), None) | (None, Some(_)) if rel != Relation::Same => {
            Some("a sum per unit and a total")
        }
        _ => None,
    }
}

/// The rule, as the evidence names it.
pub(crate) const PER_UNIT: &str = "per_unit";

/// Unit classes of people and homes a payment is made per.
const CLASSES: &[&str] = &[
    "victim",
    "household",
    "person",
    "injured",
    "passenger",
    "worker",
    "employee",
    "student",
    "resident",
    "survivor",
    "child",
    "farmer",
    "pensioner",
    "recipient",
];

/// Reasons of [`super::align`]'s apart checks that this rule answers.
const ANSWERED: &[&str] = &[
    "different head nouns",
    "different compound nouns",
    "different modifiers",
    "different predicates",
    "different of-complements",
    "none of the sentences' other figures match",
];

/// Whether the rule answers an apart reason of two figures.
pub(crate) fn answers(why: &str) -> bool {
    ANSWERED.contains(&why)
}

/// The unit class of a money figure given per one of a class of people
/// or homes ([`CLASSES`]).
fn class<'a>(m: &'a M<'_>) -> Option<&'a str> {
    if m.fact.kind != FactKind::Money {
        return None;
    }
    m.frame.per_unit.as_deref().filter(|c| CLASSES.contains(c))
}

/// The per-unit classes of which a document states two different sums.
pub(crate) struct PerUnit {
    twice: Vec<(DocIndex, String)>,
}

impl PerUnit {
    /// Reads which documents state two sums of one class.
    pub(crate) fn new(ms: &[M<'_>]) -> PerUnit {
        let mut values: BTreeMap<(DocIndex, &str), Vec<&FactValue>> = BTreeMap::new();
        for m in ms {
            if let Some(c) = class(m) {
                values.entry((m.doc, c)).or_default().push(&m.fact.value);
            }
        }
        let twice = values
            .into_iter()
            .filter(|(_, vs)| {
                vs.iter().enumerate().any(|(k, x)| {
                    vs[k + 1..]
                        .iter()
                        .any(|y| super::values::relation(x, None, y, None) != Relation::Same)
                })
            })
            .map(|((d, c), _)| (d, c.to_string()))
            .collect();
        PerUnit { twice }
    }

    /// Whether the rule ties mentions `i` and `j` (see the module docs).
    pub(crate) fn one_claim(&self, ms: &[M<'_>], i: usize, j: usize, rel: Relation) -> bool {
        let (Some(a), Some(b)) = (ms.get(i), ms.get(j)) else {
            return false;
        };
        let (Some(ca), Some(cb)) = (class(a), class(b)) else {
            return false;
        };
        let once = |m: &M<'_>, c: &str| !self.twice.iter().any(|(d, x)| *d == m.doc && x == c);
        rel == Relation::Incompatible
            && a.doc != b.doc
            && ca == cb
            && once(a, ca)
            && once(b, cb)
            && settled(a)
            && settled(b)
            && a.frame.negated == b.frame.negated
            && close(a, b)
    }
}

/// A plain sum of the article's own time, not proposed or sought.
fn settled(m: &M<'_>) -> bool {
    super::sole::own_plain_figure(m) && !proposed_before(m)
}

/// Whether a verb of proposing or seeking stands in the clause before the
/// sum, whatever the claim reader took as its predicate ("at a protest,
/// relatives demanded Rs 10 lakh for each family").
fn proposed_before(m: &M<'_>) -> bool {
    let cut = m.fact.span.start.saturating_sub(m.frame.clause.start);
    let before = m.clause_text.get(..cut).unwrap_or("");
    before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let v = lemma::verb(&w.to_lowercase());
            super::sole::PROPOSING.contains(&v.as_str())
        })
}

/// Whether two sums lie within the hedge ratio of each other.
fn close(a: &M<'_>, b: &M<'_>) -> bool {
    use super::align::magnitude;
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => {
            x.max(y) / x.min(y) <= super::align::HEDGE_RATIO
        }
        _ => false,
    }
}
