//! What a rate is of, when the sentence names it as the subject of a
//! copula or the object of a verb of valuing: "overall inflation *was*
//! 4.1%", "turnout *stood at* 61 percent", "the statistics office *put*
//! May inflation *at* 4.4 percent", "analysts *estimate* the jobless rate
//! *at* 5.2%". The figure has no noun of its own; the noun before the verb
//! (or between the verb and "at") is what it measures, and is its head.
//!
//! Consumes the tagged tokens of a sentence and the figure's position;
//! produces the head noun with its compound nouns and modifiers, and the
//! valuing verb when there is one (that verb says who gave the figure, not
//! what happened: it is no predicate of the claim). Words of the default
//! measure ("overall", "headline", "annual") are no modifiers: "overall
//! inflation" is "inflation". Dates inside the phrase ("January
//! inflation") say when, not what. Never panics.

use super::lemma;
use super::tokens::Token;

/// Verbs that link a measure to its value ("inflation *was* 4.1%").
const COPULAS: &[&str] = &["was", "is", "were", "are"];

/// Verbs that hold a measure at its value with "at" ("turnout *stood at*
/// 61%", "the rate *remained at* 3%").
const HOLDING: &[&str] = &[
    "stood", "stands", "remained", "remains", "held", "holds", "sat", "sits",
];

/// Verbs that bring a measure to its value with no "at" ("turnout
/// *reached* 41 percent", "inflation *hit* 9%", "unemployment *topped*
/// 10%"): they link the measure to its level, as a copula does, and say
/// nothing else of it, so they are no predicate of the claim.
const REACHING: &[&str] = &[
    "reached", "reaches", "hit", "hits", "topped", "tops", "touched", "touches", "totalled",
    "totaled", "totals",
];

/// Verbs of valuing a measure, with "at" before the value ("*put*
/// inflation *at* 4.4 percent", "*estimated* turnout *at* 58%").
const VALUING: &[&str] = &[
    "put",
    "puts",
    "putting",
    "estimated",
    "estimates",
    "estimate",
    "pegged",
    "pegs",
    "peg",
    "placed",
    "places",
];

/// Words between the verb and the value that do not change what is
/// measured ("was *about* 4%", "stood at *nearly* 60%").
const HEDGE_WORDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "just",
    "approximately",
    "only",
];

/// Modifiers that name the default measure, not another one: "overall
/// inflation" is the inflation rate, as "core inflation" is not.
const DEFAULT_MEASURE: &[&str] = &["overall", "headline", "annual", "official"];

/// Longest noun phrase read before the verb, in words.
const MAX_PHRASE: usize = 4;

/// The measure a rate is of (see the module docs).
#[derive(Debug, Default, PartialEq)]
pub struct Measured {
    /// The head noun's token.
    pub head: usize,
    /// The phrase's first token.
    pub from: usize,
    /// Nouns before the head (base forms).
    pub compound: Vec<String>,
    /// Adjectives before the head, but those of the default measure.
    pub modifiers: Vec<String>,
    /// The valuing verb's token ("put ... at"), or the verb that brings the
    /// measure to its value ("reached"), if the rate is told so.
    pub valued_by: Option<usize>,
}

/// The measure of the rate at tokens `[a, _)` in the clause starting at
/// `cl_a`; `in_date(k)` says whether token `k` lies in a date.
pub fn subject(
    toks: &[Token],
    cl_a: usize,
    a: usize,
    in_date: impl Fn(usize) -> bool,
) -> Option<Measured> {
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // past the hedge before the value
    let mut k = a.checked_sub(1)?;
    while k > cl_a && HEDGE_WORDS.contains(&norm(k)) {
        k -= 1;
    }
    if k <= cl_a {
        return None;
    }
    let (end, valued_by) = if COPULAS.contains(&norm(k)) {
        (k, None)
    } else if REACHING.contains(&norm(k)) {
        (k, Some(k))
    } else if norm(k) == "at" && HOLDING.contains(&norm(k - 1)) {
        (k - 1, None)
    } else if norm(k) == "at" {
        // "put May inflation at 4.4 percent": the phrase lies between the
        // valuing verb and "at"
        let from = (cl_a..k)
            .rev()
            .take(MAX_PHRASE + 2)
            .find(|&j| VALUING.contains(&norm(j)))?;
        let phrase = phrase(toks, from + 1, k, &in_date)?;
        return (phrase.from == from + 1 || skips_determiner(toks, from + 1, phrase.from))
            .then_some(Measured {
                valued_by: Some(from),
                ..phrase
            });
    } else {
        return None;
    };
    // "overall inflation was": the phrase ends at the verb
    let start = (cl_a..end)
        .rev()
        .take(MAX_PHRASE)
        .take_while(|&j| {
            // a capital opening the clause is no name when the tagger
            // reads a common word ("Overall inflation was")
            in_date(j)
                || np_word(toks, j) && (j == cl_a || toks.get(j).is_some_and(|t| !t.capitalized))
        })
        .last()?;
    // a capitalised word right before ("Rent inflation was", "Acme's
    // margin"): part of the phrase the tagger read as a name; the measure
    // is not known
    if start
        .checked_sub(1)
        .filter(|&p| p >= cl_a)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.capitalized && t.is_word() && !in_date(start - 1))
    {
        return None;
    }
    let phrase = phrase(toks, start, end, &in_date)?;
    Some(Measured {
        valued_by,
        ..phrase
    })
}

/// Whether tokens `[from, to)` are only a determiner ("the", "its").
fn skips_determiner(toks: &[Token], from: usize, to: usize) -> bool {
    to == from + 1
        && toks
            .get(from)
            .is_some_and(|t| matches!(t.tag.name(), "DT" | "PRP$"))
}

/// Whether token `j` may stand in the measure's noun phrase: a common noun
/// or an adjective.
fn np_word(toks: &[Token], j: usize) -> bool {
    toks.get(j).is_some_and(|t| {
        t.is_word()
            && !t.has_digit
            && !t.tag.is_proper()
            && (t.tag.is_noun() || t.tag.is_adjective())
    })
}

/// The noun phrase of tokens `[from, to)` past a determiner: its last word
/// a common noun, the others nouns, adjectives or dates.
fn phrase(
    toks: &[Token],
    from: usize,
    to: usize,
    in_date: &impl Fn(usize) -> bool,
) -> Option<Measured> {
    let from = if toks
        .get(from)
        .is_some_and(|t| matches!(t.tag.name(), "DT" | "PRP$"))
    {
        from + 1
    } else {
        from
    };
    let head = to.checked_sub(1)?;
    let t = toks.get(head)?;
    if head < from
        || to - from > MAX_PHRASE
        || in_date(head)
        || !t.tag.is_noun()
        || t.tag.is_proper()
        || t.has_digit
    {
        return None;
    }
    let mut out = Measured {
        head,
        from,
        ..Measured::default()
    };
    for j in from..head {
        if in_date(j) {
            continue;
        }
        if !np_word(toks, j) {
            return None;
        }
        let w = toks.get(j)?;
        if DEFAULT_MEASURE.contains(&w.norm.as_str()) {
            continue;
        }
        if w.tag.is_noun() {
            out.compound.push(lemma::noun(&w.norm));
        } else {
            out.modifiers.push(w.norm.clone());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Tokens;

    /// The head, compound and modifiers of the rate whose number is `fig`
    /// in `text` (dates: the month names), and whether a verb values it.
    fn of(text: &str, fig: &str) -> Option<(String, Vec<String>, Vec<String>, bool)> {
        let t = Tokens::new(text);
        let a = t.toks.iter().position(|x| x.norm == fig)?;
        let (s, _) = t.sentence_range(a);
        let months = ["march", "april"];
        let m = subject(&t.toks, s, a, |k| {
            t.toks
                .get(k)
                .is_some_and(|x| months.contains(&x.norm.as_str()))
        })?;
        let head = t.toks.get(m.head)?.norm.clone();
        Some((head, m.compound, m.modifiers, m.valued_by.is_some()))
    }

    #[test]
    fn the_measure_of_a_rate() {
        let inflation = |valued| Some(("inflation".to_string(), vec![], vec![], valued));
        assert_eq!(
            of("Overall inflation was 5.2% in March.", "5.2"),
            inflation(false)
        );
        assert_eq!(
            of("Inflation stood at about 5.2% in March.", "5.2"),
            inflation(false)
        );
        assert_eq!(
            of("The office put March inflation at 5.2 percent.", "5.2"),
            inflation(true)
        );
        assert_eq!(
            of("Analysts estimated the headline inflation at 5.2%.", "5.2"),
            inflation(true)
        );
        // a verb that brings the measure to its level, no "at"
        let turnout = |valued| Some(("turnout".to_string(), vec![], vec![], valued));
        assert_eq!(of("Turnout reached 58 percent.", "58"), turnout(true));
        assert_eq!(of("Overall turnout hit 63%.", "63"), turnout(true));
        assert_eq!(
            of("By then the rent inflation was 7.5% in April.", "7.5"),
            Some((
                "inflation".to_string(),
                vec!["rent".to_string()],
                vec![],
                false
            ))
        );
        assert_eq!(
            of("In March, core inflation was 2.1%.", "2.1"),
            Some((
                "inflation".to_string(),
                vec!["core".to_string()],
                vec![],
                false
            ))
        );
    }

    #[test]
    fn no_measure_where_the_sentence_names_none() {
        // a verb of another kind, a proper name, no noun before the verb
        assert_eq!(of("Turnout fell 61 percent.", "61"), None);
        assert_eq!(of("Halvorsen was 61 percent ahead.", "61"), None);
        assert_eq!(of("It was 61 percent.", "61"), None);
        // a name before the measure: whose it is, not known
        assert_eq!(
            of("Then Halvorsen inflation was 7.5% in April.", "7.5"),
            None
        );
        assert_eq!(of("The office put it at 61 percent.", "61"), None);
    }
}
