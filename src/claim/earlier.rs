//! Counts told of another time than the article's event: the date a
//! "when" clause hangs from, an earlier happening, an earlier statement.
//!
//! Consumes the tagged tokens of a figure's sentence; produces
//! - [`date_before_when`]: the date a "when" clause hangs from ("the
//!   deadliest crash since 2019, when 31 died"): the clause tells of that
//!   time, so the date is one of its anchors.
//! - [`other_happening`]: a clause whose subject is an earlier happening
//!   ("the previous crash on the road killed nine", "an earlier fire"):
//!   background to the article's event.
//! - [`earlier_statement`]: a figure given as an earlier statement of the
//!   article's own ("an earlier tally of 198 survivors"): replaced, not
//!   background.
//!
//! Never panics; reads a bounded window of words around the figure.

use super::tokens::Token;

/// The token of a date a "when" clause opening at `cl_a` hangs from ("since
/// 2019, *when* 31 died", "in March 2011, when …"): the last token before
/// the comma, if `in_date` says it is inside a date. The clause tells of
/// that date's time.
pub fn date_before_when(
    toks: &[Token],
    cl_a: usize,
    in_date: impl Fn(usize) -> bool,
) -> Option<usize> {
    let when = toks.get(cl_a)?;
    if when.norm != "when" || cl_a < 2 || toks[cl_a - 1].norm != "," {
        return None;
    }
    let k = cl_a - 2;
    in_date(k).then_some(k)
}

/// Words that make a happening an earlier one ("the *previous* crash").
const EARLIER: &[&str] = &["previous", "earlier", "prior"];

/// Stretches whose "last" one, in the possessive, names an earlier
/// happening ("*last year's* sinking"); a week is too near (a follow-up
/// tells "last week's crash" of the event itself).
const EARLIER_STRETCHES: &[&str] = &["year", "decade"];

/// Nouns after [`EARLIER`] that name a time of the article's own story
/// ("the previous day", "earlier Monday"), not an earlier happening.
const OWN_TIME: &[&str] = &[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "hour",
    "hours",
    "minute",
    "minutes",
];

/// Nouns after [`EARLIER`] that name an earlier statement of the
/// article's own figures ("an earlier tally", "previous reports", "an
/// earlier estimate"), not an earlier happening: the figure is one the
/// report has since replaced ([`earlier_statement`]).
const STATEMENT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "estimate",
    "estimates",
    "toll",
    "tolls",
    "figure",
    "figures",
    "count",
    "counts",
    "tally",
    "tallies",
];

/// Whether the clause `[cl_a, a)` before a figure at `a` gives it as an
/// earlier statement of the article's own figure ("*an earlier tally of*
/// 198 survivors included two counted twice", "*previous reports* put the
/// toll at 12"): the report tells it as replaced by its own later figure.
pub fn earlier_statement(toks: &[Token], cl_a: usize, a: usize) -> bool {
    (cl_a..a).any(|k| {
        EARLIER.contains(&toks[k].norm.as_str())
            && toks
                .get(k + 1)
                .filter(|_| k + 1 < a)
                .is_some_and(|n| n.tag.is_noun() && STATEMENT_NOUNS.contains(&n.norm.as_str()))
    })
}

/// Whether the clause `[cl_a, a)` before a figure at `a` is said of an
/// earlier happening: "the previous crash on the road killed nine", "an
/// earlier fire at the plant left two dead": `EARLIER` before a noun
/// that is no time of the day and no earlier statement of this event's
/// figures ("an earlier toll", "previous reports"); or "last year's"
/// before it ("last year's sinking on the lake killed three").
pub fn other_happening(toks: &[Token], s: usize, cl_a: usize, a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if relative_of_dated(toks, s, cl_a, a) {
        return true;
    }
    let last_years = (cl_a..a).any(|k| {
        word(k) == "last" && EARLIER_STRETCHES.contains(&word(k + 1)) && word(k + 2) == "'s"
    });
    last_years
        || (cl_a..a).any(|k| {
            EARLIER.contains(&toks[k].norm.as_str())
                && toks.get(k + 1).filter(|_| k + 1 < a).is_some_and(|n| {
                    n.tag.is_noun()
                        && !OWN_TIME.contains(&n.norm.as_str())
                        && !STATEMENT_NOUNS.contains(&n.norm.as_str())
                })
        })
}

/// Tokens before a relative clause searched for the year of its
/// antecedent.
const ANTECEDENT_REACH: usize = 5;

/// Whether the clause at `cl_a` is a relative clause ("…, which burned
/// 9,000 acres"; before the figure at `a`, "… in which four died") set
/// off from an antecedent dated by a year after a determiner ("the 2017
/// Ridge Fire, which …", "the 1998 floods, which …", "the 2007 stampede
/// in which …"): a happening of its own year, not the article's (sentence
/// from `s`).
fn relative_of_dated(toks: &[Token], s: usize, cl_a: usize, a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "the 2007 stampede in which four people died": the preposition
    // before "which" ends the antecedent
    // last before the figure at `a`
    let preposed = (cl_a.saturating_sub(1).max(s + 1)..a)
        .rev()
        .find(|&k| matches!(word(k), "in" | "during") && word(k + 1) == "which");
    let (rel, comma) = match (word(cl_a), word(cl_a.wrapping_sub(1))) {
        ("which" | "who", ",") => (cl_a, cl_a - 1),
        (",", _) if matches!(word(cl_a + 1), "which" | "who") => (cl_a + 1, cl_a),
        _ => match preposed {
            Some(k) => (k + 1, k),
            None => return false,
        },
    };
    let year = |k: usize| {
        let w = word(k);
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    };
    rel > s
        && (comma.saturating_sub(ANTECEDENT_REACH).max(s)..comma)
            .any(|k| year(k) && k > s && matches!(word(k - 1), "the" | "'s" | "a"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Tokens;

    #[test]
    fn a_relative_clause_of_a_dated_happening_is_another_one() {
        let at = |text: &str, fig: &str| {
            let t = Tokens::new(text);
            let a = t.toks.iter().position(|x| x.norm == fig).unwrap_or(0);
            let which = t.toks.iter().position(|x| x.norm == "which").unwrap_or(a);
            other_happening(&t.toks, 0, which, a)
        };
        assert!(at(
            "Locals recalled the 2009 Creek Fire, which killed nine.",
            "nine"
        ));
        assert!(!at(
            "The Creek Fire, which killed nine, is still burning.",
            "nine"
        ));
        assert!(!at("In 2009 the fire, which killed nine, began.", "nine"));
    }

    #[test]
    fn a_relative_clause_after_a_preposition_tells_of_its_dated_antecedent() {
        let at = |text: &str| {
            let t = Tokens::new(text);
            let a = t.toks.iter().position(|x| x.norm == "four").unwrap_or(0);
            other_happening(&t.toks, 0, 0, a)
        };
        assert!(at(
            "It was the worst since the 1996 ferry fire in which four died."
        ));
        assert!(!at("The ferry fire in which four died began at dawn."));
    }

    #[test]
    fn a_when_clause_hangs_from_its_date() {
        let t = Tokens::new("It was the worst crash since 2019, when 31 died.");
        let when = t.toks.iter().position(|x| x.norm == "when").unwrap_or(0);
        let year = t.toks.iter().position(|x| x.norm == "2019");
        assert_eq!(date_before_when(&t.toks, when, |k| Some(k) == year), year);
        assert_eq!(date_before_when(&t.toks, when, |_| false), None);
    }

    #[test]
    fn an_earlier_happening_is_not_the_event() {
        let clause = |text: &str| {
            let t = Tokens::new(text);
            let a = t.toks.iter().position(|x| x.has_digit).unwrap_or(0);
            other_happening(&t.toks, 0, 0, a)
        };
        assert!(clause("The previous crash on the road killed 9 people."));
        assert!(clause("An earlier fire at the mill killed 3 workers."));
        assert!(!clause("The previous day 9 people were hurt."));
        assert!(!clause("An earlier report said 9 people died."));
        // an earlier statement of the event's own figures
        assert!(!clause("An earlier tally of 61 evacuees was raised."));
        assert!(!clause(
            "Previous counts put 14 villagers among the missing."
        ));
        assert!(!clause("Earlier figures gave 7 miners as trapped."));
        let earlier = |text: &str| {
            let t = Tokens::new(text);
            let a = t.toks.iter().position(|x| x.has_digit).unwrap_or(0);
            earlier_statement(&t.toks, 0, a)
        };
        assert!(earlier("An earlier tally of 61 evacuees was raised."));
        assert!(earlier("Previous reports put the toll at 12 dead."));
        assert!(!earlier("An earlier fire at the mill killed 3 workers."));
        assert!(!earlier("The tally of 61 evacuees was raised."));
        assert!(!clause("The crash killed 9 people."));
        assert!(clause("Last year's sinking of a barge killed 3 crew."));
        assert!(!clause("Last week's sinking of the barge killed 3 crew."));
    }
}
