//! What a figure counts when its noun does not say it, so that two
//! reports' figures of one group meet in one bucket ([`M::class`],
//! [`sole::bucket_kind`]) and count one head (the check of head nouns of
//! `align`):
//!
//! - a bare figure a collective noun counts: "the depot's workforce of
//!   380", "whose enrolment stands at 8,100", "a membership of 12,400"
//!   ([`crate::lex::kinds::member_of_group`]), "the 1,900-strong
//!   workforce"; a place people live in of a size, "a town of 41,000",
//!   "a suburb of 156,000 people": its residents;
//! - "people" whose verb says who they are: "the mill, where 640 people
//!   work", "which employs 1,150 people", "where 2,900 people live"
//!   ([`crate::lex::kinds::people_of_verb`]);
//! - "the number of X" before a bare figure: "the number of confirmed
//!   cases rose to 212" counts cases, "the number of arrests had risen to
//!   31" the arrested ([`number_of_fate`], read by
//!   [`sole::people_class`]).
//!
//! Consumes a figure mention ([`M`]); produces the noun the figure counts
//! as [`sole::noun_key`] gives it for a count that names it ("420
//! employees": "worker"). Such a figure's verb of size ("has", "numbers",
//! the collective noun itself) and the other report's verb of who they are
//! are one predicate ([`one_size`]); a verb of what befell them ("700
//! workers will lose their jobs") is not. A figure of no such group, verb
//! or "number of" keeps its own bucket, and a count that names its people
//! ("640 contractors work there") keeps its noun; a crowd or an
//! attendance (an estimate each side makes) is no group here.

use super::align::M;
use super::sole;
use crate::claim::lemma;
use crate::facts::FactKind;
use crate::lex::{Kind, Tokens};

/// Words between a collective noun and its figure: "of", a verb that
/// gives its size ("stands at", "numbers", "totals", "is"), and hedges
/// ("about", "some", "more than").
const BETWEEN: &[&str] = &[
    "of",
    "at",
    "is",
    "was",
    "stands",
    "stood",
    "numbers",
    "numbered",
    "totals",
    "totalled",
    "totaled",
    "now",
    "currently",
    "about",
    "around",
    "some",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "just",
    "over",
    "more",
    "than",
    "under",
    "fewer",
    "less",
];

/// Words of [`BETWEEN`] that tie a noun to a figure: without one of them,
/// a noun before a figure ("the workforce 380") is not its group.
const LINKS: &[&str] = &[
    "of", "at", "is", "was", "stands", "stood", "numbers", "numbered", "totals", "totalled",
    "totaled",
];

/// Nouns that count people without saying who they are.
const ANYONE: &[&str] = &["people", "person"];

/// The noun of the people or things a figure counts, when a collective
/// noun before it, the noun of its "number of", the noun after its
/// "-strong" or the verb of its "people" says what they are (see the
/// module docs); `None` otherwise.
pub(crate) fn counted_noun(m: &M<'_>) -> Option<String> {
    let f = m.frame;
    // "the mill's 4,200-strong workforce": the people the noun after it
    // is made of
    if m.fact.kind == FactKind::Number && f.glued_unit.as_deref() == Some("strong") {
        return strong_group(m);
    }
    let number = m.fact.kind == FactKind::Number && f.head.is_none();
    if number && f.glued_unit.is_none() {
        if let Some(noun) = number_of(m) {
            return Some(noun);
        }
    }
    let bare = number && f.glued_unit.is_none();
    let anyone = m.fact.kind == FactKind::Count
        && f.head
            .as_ref()
            .is_some_and(|h| ANYONE.contains(&h.base.as_str()));
    if !(bare || anyone) || !f.of.is_empty() {
        return None;
    }
    let noun = group_before(m).or_else(|| {
        // "where 640 people work": only "people" take their verb's noun
        anyone
            .then_some(f.predicate.as_ref())
            .flatten()
            .and_then(|p| crate::lex::kinds::people_of_verb(&lemma::verb(&p.base)))
    })?;
    // the noun as a count naming these people is compared
    Some(
        crate::lex::kinds::kind_of(&[], noun)
            .map_or_else(|| noun.to_string(), |(k, _)| k.to_string()),
    )
}

/// The member noun of the collective noun that counts a figure: the noun
/// before it across "of", a verb of size and hedges ("workforce of around
/// 380", "enrolment stands at about 8,100").
/// A place people live in "of" a figure ("a town of 41,000", "this
/// suburb of 156,000 people") counts its residents.
fn group_before(m: &M<'_>) -> Option<&'static str> {
    let start = m.fact.span.start.checked_sub(m.frame.clause.start)?;
    let before = m.clause_text.get(..start)?;
    let mut links: Vec<String> = Vec::new();
    for w in spaced_words(before, true).iter().rev() {
        let w = w.strip_suffix("'s").unwrap_or(w);
        if BETWEEN.contains(&w) {
            if LINKS.contains(&w) {
                links.push(w.to_string());
            }
            continue;
        }
        if links.is_empty() {
            return None;
        }
        let noun = lemma::noun(w);
        if links == ["of"] && crate::lex::kinds::settlement(&noun) {
            return Some("resident");
        }
        return crate::lex::kinds::member_of_group(&noun);
    }
    None
}

/// Whether two counts are of one noun of people once [`counted_noun`] has
/// read what each counts ("a workforce of 380", "420 employees"; "where
/// 640 people work", "700 workers").
pub(crate) fn one_noun(a: &M<'_>, b: &M<'_>) -> bool {
    let noun = |m: &M<'_>| {
        counted_noun(m)
            .or_else(|| sole::people_class(m).map(str::to_string))
            .or_else(|| sole::noun_key(m.frame).map(|k| k.0))
    };
    (counted_noun(a).is_some() || counted_noun(b).is_some())
        && noun(a).is_some()
        && noun(a) == noun(b)
}

/// Verbs (base forms) that give the size of a group of people, or have
/// them: "the union has 13,100 members", "the staff numbers 380".
const SIZE_VERBS: &[&str] = &[
    "have", "be", "number", "total", "count", "stand", "include", "employ",
];

/// Whether a figure's verb only gives the size of the people it counts:
/// a figure a collective noun counts, whatever the verb; else no verb, a
/// verb of size ([`SIZE_VERBS`]), the collective noun the claim
/// reader takes for its predicate ("population" of "a population of
/// 41,000"), a place people live in, or a verb that says who they are
/// ("work", "live").
fn size_predicate(m: &M<'_>) -> bool {
    let Some(p) = m.frame.predicate.as_ref() else {
        return true;
    };
    // "the union, with a membership of 12,400, called the strike": the
    // collective noun gives its size, whatever the clause's verb
    if group_before(m).is_some() || number_of_noun(m).is_some() {
        return true;
    }
    let verb = lemma::verb(&p.base);
    SIZE_VERBS.contains(&verb.as_str())
        || crate::lex::kinds::member_of_group(&p.base).is_some()
        || crate::lex::kinds::settlement(&p.base)
        || crate::lex::kinds::people_of_verb(&verb).is_some()
}

/// Whether two figures give the size of one group of people
/// ([`one_noun`]), each with a verb of its size or of who they are ("a
/// workforce of 380", "the depot has 420 employees"; "where 640 people
/// work", "which employs 700 workers"): one predicate, whatever the
/// words. A verb of what befell them ("700 workers will lose their
/// jobs") is not.
pub(crate) fn one_size(a: &M<'_>, b: &M<'_>) -> bool {
    one_noun(a, b)
        && ((size_predicate(a) && size_predicate(b))
            || told_in_phrase(a, b)
            || told_in_phrase(b, a))
}

/// Whether the verb of `b` is told in the noun phrase of `a`'s "number
/// of" ("the number of confirmed cases rose to 212", "236 cases had been
/// confirmed"; "the number of homes destroyed", "40 homes were
/// destroyed").
fn told_in_phrase(a: &M<'_>, b: &M<'_>) -> bool {
    let Some(p) = b.frame.predicate.as_ref() else {
        return false;
    };
    let verb = lemma::verb(&p.base);
    number_of_phrase(a).is_some_and(|ws| ws.iter().any(|w| lemma::verb(w) == verb))
}

/// Words between "the number of X" and its figure: verbs of its size or
/// of its change, "to", "at" and hedges ("the number of confirmed cases
/// rose to 212", "the total number of arrests stands at about 31").
const NUMBER_LINKS: &[&str] = &[
    "to",
    "at",
    "is",
    "was",
    "now",
    "has",
    "had",
    "have",
    "risen",
    "rose",
    "rise",
    "rises",
    "climbed",
    "climbs",
    "reached",
    "reaches",
    "stood",
    "stands",
    "stand",
    "hit",
    "jumped",
    "grew",
    "grown",
    "increased",
    "totalled",
    "totaled",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "more",
    "than",
    "over",
    "just",
    "brought",
    "bringing",
    "brings",
    "taking",
    "took",
    "takes",
    "put",
    "puts",
];

/// Words that end the noun phrase of "the number of X" ("the number of
/// cases *in* the city").
const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "from", "after", "since", "across", "by", "for", "with", "of", "among",
    "during", "over", "who", "that", "which",
];

/// The noun "the number of X" gives a bare figure: what X counts, as a
/// count in that noun is bucketed ("the number of arrests rose to 31":
/// the arrested, as "31 arrests"; "the total number of confirmed cases
/// to 212": cases). Only when nothing but verbs of its size and hedges
/// stands between the noun and the figure, and the noun is a plural.
fn number_of(m: &M<'_>) -> Option<String> {
    let noun = number_of_noun(m)?;
    // a noun of a fate is read by [`sole::people_class`]
    if crate::claim::tally::of_noun(&noun).is_some() {
        return None;
    }
    Some(
        crate::lex::kinds::kind_of(&[], &noun).map_or_else(|| noun.clone(), |(k, _)| k.to_string()),
    )
}

/// The class of people of one fate "the number of X" gives a bare
/// figure when X is a noun of the fate ("the number of arrests rose to
/// 31": the arrested, as "31 arrests"; "the number of survivors": the
/// rescued).
pub(crate) fn number_of_fate(m: &M<'_>) -> Option<&'static str> {
    let f = m.frame;
    if m.fact.kind != FactKind::Number || f.head.is_some() || f.glued_unit.is_some() {
        return None;
    }
    let noun = number_of_noun(m)?;
    crate::claim::tally::of_noun(&noun).and_then(sole::fate_name)
}

/// The noun (base form) of "the number of X" before a figure (see
/// [`number_of`]).
fn number_of_noun(m: &M<'_>) -> Option<String> {
    let phrase = number_of_phrase(m)?;
    let head = phrase
        .iter()
        .take_while(|w| !PREPOSITIONS.contains(&w.as_str()))
        .find(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))?;
    Some(lemma::noun(head))
}

/// The words of the noun phrase of "the number of X" before a figure, up
/// to the first word of its size ([`NUMBER_LINKS`]), when only such words
/// stand between it and the figure.
fn number_of_phrase(m: &M<'_>) -> Option<Vec<String>> {
    // the sentence's words: a clause may begin after the noun ("the
    // number of arrests | after the riot had risen to 31")
    let start = m.fact.span.start.checked_sub(m.sentence.start)?;
    let before = m.sentence_text.get(..start)?;
    let words = spaced_words(before, false);
    let at = words
        .windows(2)
        .rposition(|w| w[0] == "number" && w[1] == "of")?;
    let rest = words.get(at + 2..)?;
    // the noun phrase runs to the first word of size; its head is its
    // first plural ("confirmed cases in the city", "survivors pulled
    // from the river")
    let end = rest
        .iter()
        .position(|w| NUMBER_LINKS.contains(&w.as_str()))?;
    if !rest[end..]
        .iter()
        .all(|w| NUMBER_LINKS.contains(&w.as_str()))
    {
        return None;
    }
    Some(rest.get(..end)?.to_vec())
}

/// The member noun of a collective noun after "N-strong" ("a 4,200-strong
/// workforce": workers), or the kind of people a plural after it names
/// ("a 40-strong staff"); not a crowd (an estimate, see
/// [`sole::CROWD_NOUNS`]).
fn strong_group(m: &M<'_>) -> Option<String> {
    let noun = match m.frame.head.as_ref() {
        Some(h) => h.base.clone(),
        None => {
            let end = m.fact.span.end.checked_sub(m.frame.clause.start)?;
            let after = m.clause_text.get(end..)?;
            let word = spaced_words(after, false)
                .into_iter()
                .find(|w| !w.is_empty() && w != "strong")?;
            lemma::noun(&word)
        }
    };
    let member = crate::lex::kinds::member_of_group(&noun)?;
    Some(
        crate::lex::kinds::kind_of(&[], member)
            .map_or_else(|| member.to_string(), |(k, _)| k.to_string()),
    )
}

/// The words of `text` as written between spaces, read off the tokens of
/// [`crate::lex`]: each run of tokens no space parts, lower-cased (dashes
/// and curly apostrophes folded), from its first word or digit run to its
/// last ("workforce," is "workforce"; a run of punctuation alone is "");
/// with `apostrophe`, an apostrophe written at either end stays
/// ("workers'", "workforce's").
fn spaced_words(text: &str, apostrophe: bool) -> Vec<String> {
    let toks = Tokens::new(text);
    let all = toks.all();
    let kept = |t: &crate::lex::Token| t.kind != Kind::Sym || (apostrophe && t.ch == '\'');
    let mut out = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let end = (i + 1..all.len())
            .find(|&j| all.get(j).is_some_and(|t| t.space_before()))
            .unwrap_or(all.len());
        let first = (i..end).find(|&k| all.get(k).is_some_and(kept));
        let last = (i..end).rev().find(|&k| all.get(k).is_some_and(kept));
        out.push(match (first, last) {
            (Some(a), Some(b)) => (a..=b).map(|k| toks.low(k)).collect(),
            _ => String::new(),
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spaced_words;

    #[test]
    fn spaced_words_split_as_written() {
        assert_eq!(
            spaced_words("The mill's workforce, of 1,900-strong (staff)", false),
            vec!["the", "mill's", "workforce", "of", "1,900-strong", "staff"]
        );
        assert_eq!(
            spaced_words("workers' — pay", true),
            vec!["workers'", "", "pay"]
        );
        assert_eq!(
            spaced_words("workers' — pay", false),
            vec!["workers", "", "pay"]
        );
        assert!(spaced_words("", false).is_empty());
    }
}
