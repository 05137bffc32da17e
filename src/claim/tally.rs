//! What a count of people says happened to them, however the reporter
//! words it, and counts told of another happening in passing.
//!
//! Consumes the tagged tokens of a figure's sentence; produces
//! - [`tally`]: the class of people a bare or people-counting figure
//!   counts ([`Tally`]): the dead ("24 were killed", "24 died", "killing
//!   24", "left 24 dead", "24 dead", "the dead numbered 24"), the injured
//!   ("30 were hurt", "30 suffered injuries", "injuring 30", "left 30
//!   injured") or the hospitalised ("30 were taken to hospital": not the
//!   injured, a count of its own). A graded count ("were seriously
//!   injured", "suffered minor injuries") or one of two classes ("killed
//!   or injured") is none of them: it counts a part, or a sum.
//! - [`date_before_when`]: the date a "when" clause hangs from ("the
//!   deadliest crash since 2019, when 31 died"): the clause tells of that
//!   time, so the date is one of its anchors.
//! - [`other_happening`]: a clause whose subject is an earlier happening
//!   ("the previous crash on the road killed nine", "an earlier fire"):
//!   background to the article's event.
//!
//! Never panics; reads a bounded window of words around the figure.

use super::lemma;
use super::tokens::Token;

/// The class of people a count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tally {
    /// Killed, dead, died.
    Dead,
    /// Injured, hurt, wounded.
    Injured,
    /// Taken, rushed or admitted to hospital.
    Hospitalised,
}

/// Words between a figure and its verb that say nothing of the class
/// ("24 *were* killed", "24 *have been* killed", "30 *were also* hurt").
const LINKS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "reportedly",
    "also",
    "all",
    "later",
    "now",
];

/// Participles of an official verdict on a state ("seven miners
/// *confirmed* dead", "two *declared* dead", "one *pronounced* dead at the
/// scene"): the state after them is what a count of people tells. A guess
/// ("feared dead", "presumed dead", "believed dead") is no verdict, and
/// stays apart from the settled toll.
const VERDICTS: &[&str] = &["confirmed", "declared", "pronounced"];

/// The token of the state a verdict participle at `k` gives people
/// ("confirmed *dead*"), within the clause ending at `cl_b`.
pub fn verdict_state(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    let verdict = toks
        .get(k)
        .is_some_and(|t| VERDICTS.contains(&t.norm.as_str()));
    let state = k + 1;
    (verdict && state < cl_b && toks.get(state).is_some_and(|t| t.norm == "dead")).then_some(state)
}

/// How many [`LINKS`] words may stand between a figure and its verb.
const MAX_LINKS: usize = 3;

/// Words after a figure that count the dead ("24 died", "24 dead").
const DEAD_AFTER: &[&str] = &["killed", "slain", "died", "perished", "dead", "drowned"];

/// Words after a figure that count the injured ("30 hurt").
const INJURED_AFTER: &[&str] = &["injured", "hurt", "wounded"];

/// Words after a figure that count the hospitalised ("30 hospitalised").
const HOSPITALISED_AFTER: &[&str] = &["hospitalised", "hospitalized"];

/// Verbs that carry people to hospital ("30 were *taken* to hospital").
const CARRIED: &[&str] = &[
    "taken",
    "rushed",
    "sent",
    "airlifted",
    "transported",
    "flown",
    "brought",
    "admitted",
];

/// Verbs before a figure whose object it is, with the class they count
/// ("killing 24", "injuring 30").
const BEFORE: &[(&str, Tally)] = &[
    ("killing", Tally::Dead),
    ("killed", Tally::Dead),
    ("kills", Tally::Dead),
    ("injuring", Tally::Injured),
    ("injured", Tally::Injured),
    ("wounded", Tally::Injured),
    ("hurt", Tally::Injured),
    ("wounding", Tally::Injured),
    ("hurting", Tally::Injured),
];

/// Verbs that give a class's number ("the dead *numbered* 24").
const NUMBERING: &[&str] = &[
    "numbered", "number", "numbers", "totalled", "totaled", "totals",
];

/// Words that grade an injury: a graded count counts a part of the
/// injured ("two were critically injured", "suffered minor injuries").
const GRADES: &[&str] = &[
    "seriously",
    "critically",
    "severely",
    "slightly",
    "badly",
    "gravely",
    "lightly",
    "moderately",
    "fatally",
    "mortally",
    "minor",
    "serious",
    "critical",
    "severe",
    "life-threatening",
    "non-life-threatening",
    "superficial",
];

/// The class of people the figure at tokens `[a, b)` counts, within its
/// sentence `[s, e)` (see the module docs); `None` when the words around
/// it do not say.
pub fn tally(toks: &[Token], (s, e): (usize, usize), (a, b): (usize, usize)) -> Option<Tally> {
    let word = |k: usize| {
        if (s..e).contains(&k) {
            toks.get(k).map_or("", |t| t.norm.as_str())
        } else {
            ""
        }
    };
    // "24 of the dead", "24 of them": a part of a group
    if word(b) == "of" {
        return None;
    }
    // "Thirty suffered injuries" read whole as a count of injuries
    let within = (a..b).any(|k| {
        matches!(word(k), "suffered" | "sustained")
            && matches!(word(k + 1), "injuries" | "wounds")
            && k + 2 == b
    });
    if within {
        return Some(Tally::Injured);
    }
    let after = after_figure(&word, b);
    let before = a
        .checked_sub(1)
        .and_then(|k| BEFORE.iter().find(|(w, _)| *w == word(k)))
        .map(|&(_, t)| t)
        .or_else(|| numbered(&word, a));
    after.or(before)
}

/// The class a verb after a figure gives it ("24 were killed", "30
/// suffered injuries", "12 were taken to hospital"), with the verb's end.
fn after_figure<'w>(word: &impl Fn(usize) -> &'w str, b: usize) -> Option<Tally> {
    let mut k = b;
    while k < b + MAX_LINKS && LINKS.contains(&word(k)) {
        k += 1;
    }
    let graded = |k: usize| GRADES.contains(&word(k));
    if graded(k) {
        return None;
    }
    // "seven confirmed dead", "two were declared dead"
    if VERDICTS.contains(&word(k)) && word(k + 1) == "dead" {
        k += 1;
    }
    let verb = word(k);
    let (class, end) = if DEAD_AFTER.contains(&verb) {
        (Tally::Dead, k + 1)
    } else if INJURED_AFTER.contains(&verb) {
        (Tally::Injured, k + 1)
    } else if HOSPITALISED_AFTER.contains(&verb) {
        (Tally::Hospitalised, k + 1)
    } else if verb == "lost" && word(k + 1) == "their" && word(k + 2) == "lives" {
        (Tally::Dead, k + 3)
    } else if matches!(verb, "suffered" | "sustained") {
        // "suffered injuries", not "suffered minor injuries"
        if !matches!(word(k + 1), "injuries" | "wounds") {
            return None;
        }
        (Tally::Injured, k + 2)
    } else if CARRIED.contains(&verb) {
        let to = (k + 1..k + 5).find(|&j| matches!(word(j), "hospital" | "hospitals"))?;
        let path = (k + 1..to).all(|j| matches!(word(j), "to" | "a" | "the" | "local" | "area"));
        if !path {
            return None;
        }
        (Tally::Hospitalised, to + 1)
    } else {
        return None;
    };
    // "killed or injured", "dead and missing", "injured seriously": a sum,
    // or a part
    let joined = matches!(word(end), "or" | "and" | "/")
        && (DEAD_AFTER.contains(&word(end + 1))
            || INJURED_AFTER.contains(&word(end + 1))
            || matches!(word(end + 1), "missing" | "injuries"));
    (!joined && !graded(end)).then_some(class)
}

/// "The dead numbered 24", "the injured totalled 30": the class named
/// before a verb of numbering.
fn numbered<'w>(word: &impl Fn(usize) -> &'w str, a: usize) -> Option<Tally> {
    let verb = a.checked_sub(1)?;
    if !NUMBERING.contains(&word(verb)) || verb < 2 || word(verb - 2) != "the" {
        return None;
    }
    match word(verb - 1) {
        "dead" => Some(Tally::Dead),
        "injured" | "wounded" => Some(Tally::Injured),
        _ => None,
    }
}

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
    "report",
    "reports",
    "estimate",
    "estimates",
    "toll",
    "figure",
    "count",
];

/// Whether the clause `[cl_a, a)` before a figure at `a` is said of an
/// earlier happening: "the previous crash on the road killed nine", "an
/// earlier fire at the plant left two dead": `EARLIER` before a noun
/// that is no time of the day and no earlier statement of this event's
/// figures ("an earlier toll", "previous reports"); or "last year's"
/// before it ("last year's sinking on the lake killed three").
pub fn other_happening(toks: &[Token], s: usize, cl_a: usize, a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if relative_of_dated(toks, s, cl_a) {
        return true;
    }
    let last_years = (cl_a..a).any(|k| {
        word(k) == "last" && EARLIER_STRETCHES.contains(&word(k + 1)) && word(k + 2) == "'s"
    });
    last_years
        || (cl_a..a).any(|k| {
            EARLIER.contains(&toks[k].norm.as_str())
                && toks
                    .get(k + 1)
                    .filter(|_| k + 1 < a)
                    .is_some_and(|n| n.tag.is_noun() && !OWN_TIME.contains(&n.norm.as_str()))
        })
}

/// Tokens before a relative clause searched for the year of its
/// antecedent.
const ANTECEDENT_REACH: usize = 5;

/// Whether the clause at `cl_a` is a relative clause ("…, which burned
/// 9,000 acres") set off from an antecedent dated by a year after a
/// determiner ("the 2017 Ridge Fire, which …", "the 1998 floods, which
/// …"): a happening of its own year, not the article's (sentence from
/// `s`).
fn relative_of_dated(toks: &[Token], s: usize, cl_a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let (rel, comma) = match (word(cl_a), word(cl_a.wrapping_sub(1))) {
        ("which" | "who", ",") => (cl_a, cl_a - 1),
        (",", _) if matches!(word(cl_a + 1), "which" | "who") => (cl_a + 1, cl_a),
        _ => return false,
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

/// Whether a verb token is a form of "be" (for passives read elsewhere).
pub(crate) fn is_be(t: &Token) -> bool {
    lemma::verb(&t.norm) == "be" || matches!(t.norm.as_str(), "was" | "were" | "is" | "are")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Tokens;

    /// The tally of the first figure-like word `fig` of `text`.
    fn of(text: &str, fig: &str) -> Option<Tally> {
        let t = Tokens::new(text);
        let a = t.toks.iter().position(|x| x.norm == fig.to_lowercase())?;
        let (s, e) = t.sentence_range(a);
        tally(&t.toks, (s, e), (a, a + 1))
    }

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
    fn the_dead_however_told() {
        for text in [
            "Eleven were killed when the roof fell.",
            "Officials said eleven have been killed.",
            "Eleven died in the blaze.",
            "The roof fell, killing eleven.",
            "The collapse left eleven dead.",
            "Eleven dead as roof falls on market",
            "By evening the dead numbered eleven.",
            "Eleven lost their lives in the flood.",
            "Eleven were confirmed dead by nightfall.",
            "Rescuers said eleven were declared dead at the scene.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Dead), "{text}");
        }
    }

    #[test]
    fn the_injured_and_the_hospitalised_are_two_classes() {
        for text in [
            "Eleven were hurt in the crush.",
            "Eleven suffered injuries, police said.",
            "The blast went off, injuring eleven.",
            "The crash left eleven injured.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Injured), "{text}");
        }
        for text in [
            "Eleven were taken to hospital.",
            "Eleven were rushed to a local hospital.",
            "Eleven were hospitalized overnight.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Hospitalised), "{text}");
        }
    }

    #[test]
    fn parts_sums_and_other_words_count_nothing() {
        for text in [
            "Eleven were seriously injured.",
            "Eleven suffered minor injuries.",
            "Eleven were killed or injured.",
            "Eleven of the dead were children.",
            "Eleven were feared dead after the slide.",
            "Eleven were confirmed missing.",
            "Eleven were injured seriously.",
            "Eleven were taken to the station.",
            "Eleven attended the vigil.",
        ] {
            assert_eq!(of(text, "eleven"), None, "{text}");
        }
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
        assert!(!clause("The crash killed 9 people."));
        assert!(clause("Last year's sinking of a barge killed 3 crew."));
        assert!(!clause("Last week's sinking of the barge killed 3 crew."));
    }
}
