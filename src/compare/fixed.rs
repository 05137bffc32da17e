//! Figures that are part of a name or a fixed phrase, and facts of a
//! roundup's notes: what the comparison leaves out of alignment.
//!
//! Consumes one figure fact with its document text and tokens; produces the
//! name of the rule that makes it no claim to compare, if one does. The
//! facts themselves keep the value (`concord facts` still lists it); only
//! the report's alignment and matrix leave it out. Named rules:
//!
//! - **ordinal compound** ("first-degree murder", "second-hand"): an
//!   ordinal joined by a hyphen to a word names a kind, not a rank; a
//!   superlative after it ("fourth-highest") keeps the rank;
//! - **period of play** ("the fourth quarter", "second half", "a third
//!   down"): the name of a part of a game;
//! - **first time** ("for the first time"): a superlative, not a count;
//! - **repetition misread** ("for a second time" read as a duration of
//!   one second);
//! - **clock time** ("about 9:40 p.m." read as 9, "around 10 a.m."): the
//!   hour of a time of day, which the date rules tell;
//! - **rank label** ("the No. 2 official"): a number after "No.";
//! - **title word** ("The Three Musketeers", "X-Men: First Class"): a
//!   number written in a capitalised word inside a capitalised name, in a
//!   line that is not itself a title-case headline;
//! - **article and fraction** ("a third upper management official"): "a
//!   third" not followed by "of" is an ordinal ("another"), not a fraction;
//! - **pronoun one** ("one used by the ministry"): "one" followed by a verb
//!   stands for a noun said before;
//! - **a couple** ("a couple of bowls of chips"): a loose "a few", no count.
//!
//! A roundup's notes ([`in_notes`]): wire game stories end with a block of
//! notes on other teams and players ("NOTES: The Rams lost ..."); its
//! facts are background, compared with no other report's.
//!
//! Guarantees: reads only the text around the span, never panics.

use crate::claim::tokens::Tokens;
use crate::facts::{Fact, FactKind};

/// Nouns that name a part of a game after an ordinal ("the fourth
/// quarter", "the second half", "third down").
const PERIODS_OF_PLAY: &[&str] = &[
    "quarter", "quarters", "half", "halves", "period", "inning", "innings", "down",
];

/// Number words that can open a title ("The Three Musketeers", "First
/// Class", "Ocean's Eleven").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
];

/// Fraction words that "a" turns into an ordinal when no "of" follows ("a
/// third official", "a fourth suspect").
const FRACTIONS: &[&str] = &["third", "quarter", "fourth", "fifth", "sixth", "tenth"];

/// Words that open a roundup's notes block on a line of their own
/// ("NOTES: ...", "Notes — ...").
const NOTES_HEADS: &[&str] = &[
    "notes",
    "note",
    "injuries",
    "injury report",
    "around the league",
];

/// The rule that makes `f` (in `text`, tokenised as `tokens`) part of a
/// name or a fixed phrase, if one does.
pub(crate) fn fixed_phrase(text: &str, tokens: &Tokens, f: &Fact) -> Option<&'static str> {
    if !matches!(
        f.kind,
        FactKind::Count
            | FactKind::Number
            | FactKind::Ordinal
            | FactKind::Duration
            | FactKind::Percent
    ) {
        return None;
    }
    let surface = text.get(f.span.start..f.span.end)?;
    let lower = surface.to_lowercase();
    let after = text.get(f.span.end..).unwrap_or("");
    let before = text.get(..f.span.start).unwrap_or("");
    let next = next_word(after);
    if lower.contains("couple") {
        return Some("a couple");
    }
    if f.kind == FactKind::Ordinal || is_ordinal_word(&lower) {
        if let Some(word) = after.strip_prefix('-') {
            let joined = next_word(word);
            if !joined.is_empty() && !joined.ends_with("est") {
                return Some("ordinal compound");
            }
        }
        if PERIODS_OF_PLAY.contains(&next.as_str()) {
            return Some("period of play");
        }
        if next == "time" && matches!(lower.as_str(), "first" | "1st") {
            return Some("first time");
        }
    }
    if f.kind == FactKind::Duration && next == "time" && lower.starts_with('a') {
        return Some("repetition misread");
    }
    if f.kind != FactKind::Ordinal && clock_follows(after) {
        return Some("clock time");
    }
    if before.trim_end().to_lowercase().ends_with("no.") {
        return Some("rank label");
    }
    if let Some(frac) = lower.strip_prefix("a ") {
        if FRACTIONS.contains(&frac) && next != "of" {
            return if PERIODS_OF_PLAY.contains(&next.as_str()) {
                Some("period of play")
            } else {
                Some("article and fraction")
            };
        }
    }
    if title_word(text, tokens, f, surface) {
        return Some("title word");
    }
    if (lower == "one" || lower.starts_with("one ")) && verb_after_one(tokens, f) {
        return Some("pronoun one");
    }
    None
}

/// Whether a lower-cased surface is an ordinal word or numeral.
fn is_ordinal_word(lower: &str) -> bool {
    NUMBER_WORDS.iter().skip(12).any(|w| *w == lower)
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            lower
                .strip_suffix(s)
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The first word of `s` after spaces, lower-cased ("" when none).
fn next_word(s: &str) -> String {
    s.trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

/// Whether the text after a number makes it the hour of a clock time
/// (":40", " p.m.", "am", " o'clock").
fn clock_follows(after: &str) -> bool {
    let b = after.as_bytes();
    if b.first() == Some(&b':') && b.get(1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let rest = after.trim_start_matches(' ').to_lowercase();
    [
        "a.m.",
        "p.m.",
        "am ",
        "pm ",
        "am,",
        "pm,",
        "am.",
        "pm.",
        "o'clock",
        "o\u{2019}clock",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// Whether a number written in a capitalised word stands inside a
/// capitalised name ("The Three Musketeers"): not the first word of its
/// sentence or line, the next word capitalised too, and its line not a
/// title-case headline (which capitalises every word).
fn title_word(text: &str, tokens: &Tokens, f: &Fact, surface: &str) -> bool {
    let first_word = surface.split(' ').next_back().unwrap_or("");
    let capital = first_word.chars().next().is_some_and(char::is_uppercase);
    if !capital || !NUMBER_WORDS.contains(&first_word.to_lowercase().as_str()) {
        return false;
    }
    let (a, b) = tokens.range_of(f.span);
    let (s, _) = tokens.sentence_range(a);
    let Some(next) = tokens.toks.get(b) else {
        return false;
    };
    let opens_sentence = a <= s;
    let line_start = text
        .get(..f.span.start)
        .and_then(|t| t.rsplit('\n').next())
        .unwrap_or("");
    let opens_line = line_start.trim().is_empty()
        || line_start.trim_end().ends_with([':', '"', '\u{201c}']) && a <= s + 1;
    if opens_sentence || opens_line || !next.capitalized {
        return false;
    }
    let line_end = text
        .get(f.span.end..)
        .and_then(|t| t.split('\n').next())
        .unwrap_or("");
    let line = format!("{line_start} {line_end}");
    !crate::lex::words::title_case(&line)
}

/// Whether the word after the "one" that opens a figure's span is a verb
/// ("one used by the ministry"), not a noun it counts ("one truck").
fn verb_after_one(tokens: &Tokens, f: &Fact) -> bool {
    let (a, _) = tokens.range_of(f.span);
    tokens
        .toks
        .get(a + 1)
        .is_some_and(|t| t.is_word() && matches!(t.tag.name(), "VBD" | "VBN" | "VBG"))
}

/// Whether `span_start` lies in a roundup's notes block: after a line that
/// opens with a notes head and a colon or dash ("NOTES: The Rams ...").
pub(crate) fn in_notes(text: &str, span_start: usize) -> bool {
    let before = text.get(..span_start).unwrap_or("");
    let mut offset = 0;
    for line in before.split('\n') {
        let l = line.trim_start().to_lowercase();
        let head = NOTES_HEADS.iter().any(|h| {
            l.strip_prefix(h).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with([':', '-', '\u{2014}', '\u{2013}'])
            })
        });
        if head && offset > 0 {
            return true;
        }
        offset += line.len() + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{fixed_phrase, in_notes};
    use crate::claim::Tokens;
    use crate::document::Span;
    use crate::facts::{Decimal, Fact, FactKind, FactValue};

    /// The rule that leaves out the figure `needle` (first occurrence) of
    /// `text`, read as a fact of `kind` with value `n`.
    fn rule(text: &str, needle: &str, kind: FactKind, n: i64) -> Option<&'static str> {
        let start = text.find(needle).unwrap();
        let f = Fact::new(
            kind,
            Span::new(start, start + needle.len()),
            FactValue::Number(Decimal::from_int(n)),
        );
        fixed_phrase(text, &Tokens::new(text), &f)
    }

    #[test]
    fn names_and_fixed_phrases_are_left_out() {
        let cases = [
            (
                "He faces a first-degree murder charge.",
                "first",
                FactKind::Ordinal,
                1,
                "ordinal compound",
            ),
            (
                "They led early in the second half.",
                "second",
                FactKind::Ordinal,
                2,
                "period of play",
            ),
            (
                "Neighbours called at about 8:25 p.m. on Friday.",
                "about 8",
                FactKind::Number,
                8,
                "clock time",
            ),
            (
                "Crews arrived around 11 a.m. on Monday.",
                "11",
                FactKind::Number,
                11,
                "clock time",
            ),
            (
                "Ruiz, the No. 4 official at the agency, quit.",
                "4",
                FactKind::Number,
                4,
                "rank label",
            ),
            (
                "She is filming The Four Feathers in Spain this month.",
                "Four",
                FactKind::Number,
                4,
                "title word",
            ),
            (
                "A third suspect was still at large, police said.",
                "third",
                FactKind::Ordinal,
                3,
                "title word",
            ),
            (
                "Police said a third suspect was still at large.",
                "a third",
                FactKind::Number,
                0,
                "article and fraction",
            ),
            (
                "Two shops burned, one used as a bakery.",
                "one used",
                FactKind::Count,
                1,
                "pronoun one",
            ),
            (
                "They ate a couple of plates of cookies.",
                "a couple of plates",
                FactKind::Count,
                2,
                "a couple",
            ),
        ];
        for (text, needle, kind, n, want) in cases {
            let got = rule(text, needle, kind, n);
            if want == "title word" && needle == "third" {
                // the first word of a sentence is no title
                assert_eq!(got, None, "{text}");
            } else {
                assert_eq!(got, Some(want), "{text}");
            }
        }
    }

    #[test]
    fn claims_stay_claims() {
        let cases = [
            (
                "The team has the fourth-highest payroll in the league.",
                "fourth",
                FactKind::Ordinal,
                4,
            ),
            (
                "Garcia was the fifth coach fired this season.",
                "fifth",
                FactKind::Ordinal,
                5,
            ),
            (
                "She hosted the show for the second time.",
                "second",
                FactKind::Ordinal,
                2,
            ),
            (
                "About a third of the homes were damaged.",
                "a third",
                FactKind::Number,
                0,
            ),
            (
                "Fire Kills Three People In Oakland Warehouse",
                "Three",
                FactKind::Count,
                3,
            ),
            (
                "Officials said Three people were hurt.",
                "Three",
                FactKind::Count,
                3,
            ),
            (
                "The crash killed 9 people on the highway.",
                "9",
                FactKind::Count,
                9,
            ),
        ];
        for (text, needle, kind, n) in cases {
            assert_eq!(rule(text, needle, kind, n), None, "{text}");
        }
    }

    #[test]
    fn notes_block_after_the_story() {
        let text = "The Hawks won 3-1.\nNOTES: The Bears fined a player $5,000.";
        assert!(!in_notes(text, 14));
        assert!(in_notes(text, text.find("$5,000").unwrap()));
        // a story that opens with the word is no notes block
        assert!(!in_notes("Notes: the council met.\nIt voted 5-2.", 30));
    }
}
