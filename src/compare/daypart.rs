//! The time within its day that a date mention is told at.
//!
//! Consumes a document's tagged tokens and the byte span of a date fact;
//! produces the [`DayPart`] written in or right next to it, if any: a clock
//! time ("shortly after 3:30 Tuesday", "Friday at 8 p.m."), or a part of
//! the day ("Tuesday night", "early Monday", "the morning of June 5",
//! "this afternoon", "before dawn on Sunday").
//!
//! Why: a time within a day is a finer claim than its day. TimeML (which
//! ECB+ follows) gives "Tuesday morning" its own value (2008-12-09TMO, as
//! 2008-12-09T03:30 for a clock time): "Tuesday morning" and "Tuesday
//! night" are two times of one day. The comparison never makes one fact of
//! a clock time and a day told without one, nor of two named parts of one
//! day (see `align::values_within_day` for what it does join).
//!
//! Guarantees: looks only at the mention's own sentence; deterministic;
//! never panics.

use crate::claim::Tokens;
use crate::document::Span;

/// A time within a day, as news writers tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DayPart {
    /// A clock time ("3:30", "8 p.m.", "9am").
    Clock,
    /// "early Tuesday", "in the early hours of Sunday".
    Early,
    /// Morning, dawn, daybreak, sunrise (TimeML MO).
    Morning,
    /// Noon, midday (TimeML MI).
    Midday,
    /// Afternoon (TimeML AF).
    Afternoon,
    /// Evening, dusk, sunset, nightfall (TimeML EV).
    Evening,
    /// "late Tuesday".
    Late,
    /// Night, tonight, overnight, midnight (TimeML NI).
    Night,
}

impl DayPart {
    /// Whether this is a named part of the day (morning, midday, afternoon,
    /// evening, night), not a clock time nor only "early" or "late".
    pub fn named(self) -> bool {
        !matches!(self, DayPart::Clock | DayPart::Early | DayPart::Late)
    }
}

/// The part of the day a word names, if it names one.
fn part_word(w: &str) -> Option<DayPart> {
    Some(match w {
        "morning" | "mornings" | "dawn" | "daybreak" | "sunrise" => DayPart::Morning,
        "noon" | "midday" | "lunchtime" => DayPart::Midday,
        "afternoon" | "afternoons" => DayPart::Afternoon,
        "evening" | "evenings" | "dusk" | "sunset" | "nightfall" => DayPart::Evening,
        "night" | "nights" | "tonight" | "overnight" | "midnight" | "nighttime" => DayPart::Night,
        _ => return None,
    })
}

/// "early" or "late" right before a day ("early Tuesday", "late Friday").
fn edge_word(w: &str) -> Option<DayPart> {
    match w {
        "early" => Some(DayPart::Early),
        "late" => Some(DayPart::Late),
        _ => None,
    }
}

/// Tokens either side of a date within which a clock time belongs to it
/// ("shortly after 3:30 Tuesday morning", "Friday at 8 p.m.").
const CLOCK_WINDOW: usize = 3;

/// Prepositions that join a part of the day to its day ("Tuesday at dawn",
/// "the night of June 5", "late on Friday").
const JOINERS: &[&str] = &["at", "around", "before", "after", "by", "on", "of", "in"];

/// The time within its day that the date at `span` is told at, if any: a
/// clock time first, then a part of the day named in the mention or right
/// next to it, then "early" or "late" before it. Only meaningful for a
/// mention of one day (the caller checks: "late 2009" is no part of a day).
pub fn at(tokens: &Tokens, span: Span) -> Option<DayPart> {
    if clock_time_at(tokens, span) {
        return Some(DayPart::Clock);
    }
    let toks = &tokens.toks;
    let (a, b) = tokens.range_of(span);
    let sentence = toks.get(a.min(toks.len().saturating_sub(1)))?.sentence;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.sentence == sentence)
            .map(|t| t.norm.as_str())
    };
    // In the mention ("this morning", "Wednesday afternoon", "tonight").
    if let Some(p) = (a..b).find_map(|k| word(k).and_then(part_word)) {
        return Some(p);
    }
    // Right after it: "Tuesday night", "Tuesday at dawn".
    if let Some(w) = word(b) {
        if let Some(p) = part_word(w) {
            return Some(p);
        }
        if JOINERS.contains(&w) {
            if let Some(p) = word(b + 1).and_then(part_word) {
                return Some(p);
            }
        }
    }
    // Right before it: "overnight Tuesday", "the morning of June 5",
    // "before dawn on Sunday", "in the early hours of Monday", "early
    // Tuesday", "late on Friday".
    let before = |k: usize| a.checked_sub(k).and_then(word);
    if let Some(w) = before(1) {
        if let Some(p) = part_word(w).or_else(|| edge_word(w)) {
            return Some(p);
        }
        if JOINERS.contains(&w) {
            if let Some(p) = before(2).and_then(part_word) {
                return Some(p);
            }
            if before(2) == Some("hours") && matches!(before(3), Some("early" | "small" | "wee")) {
                return Some(DayPart::Night);
            }
            if let Some(p) = before(2).and_then(edge_word) {
                return Some(p);
            }
        }
    }
    None
}

/// Whether a clock time is written in or right next to the date at `span`,
/// in its sentence: "3:30", "10:15", "8 p.m.", "9am".
fn clock_time_at(tokens: &Tokens, span: Span) -> bool {
    let toks = &tokens.toks;
    let (a, b) = tokens.range_of(span);
    let Some(first) = toks.get(a.min(toks.len().saturating_sub(1))) else {
        return false;
    };
    let lo = a.saturating_sub(CLOCK_WINDOW);
    let hi = (b + CLOCK_WINDOW).min(toks.len());
    let meridiem = |n: &str| {
        let n = n.trim_end_matches('.');
        matches!(n, "a.m" | "p.m" | "am" | "pm")
            || (n.len() > 2
                && n.ends_with(['m', 'M'])
                && (n.ends_with("am") || n.ends_with("pm"))
                && n[..n.len() - 2].bytes().all(|c| c.is_ascii_digit()))
    };
    (lo..hi).any(|k| {
        let t = &toks[k];
        if t.sentence != first.sentence {
            return false;
        }
        // "3:30" is three tokens: hours, colon, minutes.
        let digits = |j: usize, len: std::ops::RangeInclusive<usize>| {
            toks.get(j).is_some_and(|t| {
                len.contains(&t.norm.len()) && t.norm.bytes().all(|c| c.is_ascii_digit())
            })
        };
        let hh_mm = digits(k, 1..=2)
            && toks.get(k + 1).is_some_and(|t| t.norm == ":")
            && digits(k + 2, 2..=2);
        let after_number = k > 0 && toks[k - 1].has_digit && meridiem(&t.norm);
        hh_mm || after_number || (t.has_digit && meridiem(&t.norm))
    })
}

#[cfg(test)]
mod tests {
    use super::{at, DayPart};
    use crate::claim::Tokens;
    use crate::document::Span;

    /// The part of the day of the first occurrence of `mention` in `text`.
    fn part(text: &str, mention: &str) -> Option<DayPart> {
        let start = text.find(mention).expect("mention in text");
        at(&Tokens::new(text), Span::new(start, start + mention.len()))
    }

    #[test]
    fn parts_of_a_day_as_news_writers_tell_them() {
        use DayPart::*;
        let cases: &[(&str, &str, Option<DayPart>)] = &[
            (
                "The fire broke out Tuesday night in the old mill.",
                "Tuesday",
                Some(Night),
            ),
            (
                "Crews arrived this morning at the mill.",
                "this morning",
                Some(Morning),
            ),
            (
                "On Wednesday afternoon the firm announced the deal.",
                "Wednesday afternoon",
                Some(Afternoon),
            ),
            (
                "Rebels attacked the town early Sunday, officials said.",
                "Sunday",
                Some(Early),
            ),
            (
                "The vote ended late on Friday after a long debate.",
                "Friday",
                Some(Late),
            ),
            (
                "Troops moved in before dawn on Monday.",
                "Monday",
                Some(Morning),
            ),
            (
                "The quake struck in the early hours of Saturday.",
                "Saturday",
                Some(Night),
            ),
            (
                "He was last seen on the evening of June 5 near the pier.",
                "June 5",
                Some(Evening),
            ),
            (
                "The storm hit overnight Thursday, cutting power.",
                "Thursday",
                Some(Night),
            ),
            (
                "The rally is set for Friday at noon downtown.",
                "Friday",
                Some(Midday),
            ),
            (
                "Shots were fired shortly after 3:30 Tuesday.",
                "Tuesday",
                Some(Clock),
            ),
            (
                "The polls close Sunday at 8 p.m. local time.",
                "Sunday",
                Some(Clock),
            ),
            // A bare day, and a part of the day in another sentence.
            (
                "The mayor resigned on Monday. In the morning, crowds gathered.",
                "Monday",
                None,
            ),
            (
                "The council met Tuesday to vote on the budget.",
                "Tuesday",
                None,
            ),
            // A part of the day that is not the mention's own.
            (
                "Talks resumed Friday and lasted into the afternoon.",
                "Friday",
                None,
            ),
        ];
        for (text, mention, want) in cases {
            assert_eq!(part(text, mention), *want, "{mention:?} in {text:?}");
        }
    }
}
