//! Offsets: a count of time told from a happening no date names ("two days
//! after the crash", "a year after he took office", "three weeks following
//! the vote").
//!
//! The date rules read such an expression as a date (its span through the
//! tie word, as news annotators mark it) whose calendar day is unknown; the
//! numeric layer reads its count as a duration ("two days"). This module
//! joins the two: the date fact's value becomes an [`Offset`], the count
//! and unit, the direction and the words of the happening it is counted
//! from, so that two reports saying "11 days after the strike ended" and
//! "22 days after the end of the strike" can be set against each other
//! (compare does it on the duration, gated by the anchor), while "two days
//! after the crash" is never compared as a calendar day.
//!
//! A count from a date the text states ("two days after Christmas", "a
//! week after March 3") is no offset: the date rules resolve it to a day.

use super::{DateValue, Duration, Fact, FactKind, FactValue};
use crate::document::Span;
use crate::lex::{Kind, Tokens};
use serde::Serialize;

/// Which side of its anchor an offset lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "two days before the vote"
    Before,
    /// "two days after the crash", "three weeks following the vote"
    After,
}

/// A count of time before or after a happening. Serialises (in the
/// `offset` field of a `date` fact, whose `value` stays null) as
/// `{"duration": {"amount": 2, "unit": "day"}, "direction": "after",
/// "anchor": {"start": 31, "end": 40}}`: the anchor's byte span covers the
/// words of the happening ("the crash").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offset {
    /// How long before or after: the duration the count states.
    pub duration: Duration,
    /// Before or after the anchor.
    pub direction: Direction,
    /// The words of the happening it is counted from.
    pub anchor: Span,
}

/// Serialises an offset's value as null: its calendar day is unknown (the
/// record's `offset` field carries the offset itself).
pub(crate) fn no_day<S: serde::Serializer>(_: &Offset, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_none()
}

/// Most words an anchor reaches: a happening is a short noun phrase or
/// clause ("the end of the strike", "he took office").
const ANCHOR_WORDS: usize = 6;

/// Words that close the anchor's clause: a conjunction, a relative word or
/// a reporting verb begins what is said of the anchor, not the anchor.
fn closes_anchor(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "where"
            | "as"
            | "because"
            | "so"
            | "said"
            | "says"
            | "according"
            | "if"
            | "until"
            | "since"
            | "than"
    )
}

/// The direction a tie word gives.
fn direction(tie: &str) -> Option<Direction> {
    match tie {
        "before" => Some(Direction::Before),
        "after" | "following" => Some(Direction::After),
        _ => None,
    }
}

/// The byte span of the anchor that starts at token `k`: words and digit
/// runs (hyphens and apostrophes inside) up to the end of the clause or
/// [`ANCHOR_WORDS`] words.
fn anchor_span(toks: &Tokens, k: usize) -> Option<Span> {
    let first = toks.get(k).filter(|t| t.kind == Kind::Word)?;
    let mut end = first.end;
    let mut words = 1;
    let mut j = k + 1;
    while let Some(t) = toks.get(j) {
        if t.kind == Kind::Sym {
            let inner = matches!(toks.low(j), "-" | "'" | "’")
                && toks.glued(j)
                && toks.glued(j + 1)
                && toks.get(j + 1).is_some_and(|n| n.kind != Kind::Sym);
            if !inner {
                break;
            }
        } else if t.kind == Kind::Word && !t.glued() {
            if words == ANCHOR_WORDS || closes_anchor(toks.low(j)) {
                break;
            }
            words += 1;
        }
        end = t.end;
        j += 1;
    }
    Some(Span::new(first.start, end))
}

/// The offset of a date of span `span` that ends with a tie word and
/// counts `duration`: the anchor is read from the words after the span.
fn offset_of(toks: &Tokens, span: Span, duration: Duration) -> Option<Offset> {
    let all = toks.all();
    let tie = all.partition_point(|t| t.end < span.end);
    let t = all.get(tie).filter(|t| t.end == span.end)?;
    let direction = direction(toks.low_of(t))?;
    let anchor = anchor_span(toks, tie + 1)?;
    Some(Offset {
        duration,
        direction,
        anchor,
    })
}

/// Gives each date of `dates` that is a count told from a happening (value
/// unresolved, its span ending with "after", "before" or "following" and
/// starting with a duration of `figures`, or with `a|an <unit>`, which the
/// numeric layer leaves alone) its [`Offset`] value.
pub(crate) fn attach(toks: &Tokens, dates: &mut [Fact], figures: &[Fact]) {
    for d in dates.iter_mut() {
        if !matches!(d.value, FactValue::Date(DateValue::Unresolved)) {
            continue;
        }
        let duration = figures
            .iter()
            .find(|f| f.kind == FactKind::Duration && f.span.start == d.span.start)
            .and_then(|f| match &f.value {
                FactValue::Duration(x) => Some(x.clone()),
                _ => None,
            })
            .or_else(|| one_unit(toks, d.span));
        if let Some(o) = duration.and_then(|x| offset_of(toks, d.span, x)) {
            d.value = FactValue::Offset(o);
        }
    }
}

/// "a year", "an hour" at the start of `span`: one of the unit.
fn one_unit(toks: &Tokens, span: Span) -> Option<Duration> {
    let all = toks.all();
    let k = all.partition_point(|t| t.start < span.start);
    if !matches!(toks.word(k), "a" | "an") {
        return None;
    }
    let unit = toks.word(k + 1);
    matches!(
        unit,
        "day" | "week" | "month" | "year" | "decade" | "century"
    )
    .then(|| Duration::Amount {
        amount: super::Decimal::from_int(1),
        unit: unit.to_string(),
    })
}

/// Whether `f` is a duration that an offset date of `dates` starts with
/// ("two days" of "two days after the crash"): both readings stay, the
/// date for when, the duration for what compare sets against another
/// count from the same happening.
pub(crate) fn counts_an_offset(dates: &[Fact], f: &Fact) -> bool {
    f.kind == FactKind::Duration
        && dates.iter().any(|d| {
            d.span.start == f.span.start
                && f.span.end <= d.span.end
                && matches!(d.value, FactValue::Offset(_))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{extract, ExtractContext};

    fn offsets(text: &str) -> Vec<(String, Direction, String)> {
        extract(text, &ExtractContext::default())
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Offset(o) => Some((
                    text[f.span.start..f.span.end].to_string(),
                    o.direction,
                    text[o.anchor.start..o.anchor.end].to_string(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_count_from_a_happening_is_an_offset_with_its_anchor() {
        assert_eq!(
            offsets("Crews reopened the road nine days after the landslide, officials said."),
            vec![(
                "nine days after".to_string(),
                Direction::After,
                "the landslide".to_string()
            )]
        );
        assert_eq!(
            offsets("Two weeks before the ballot was cast and counted, polls shifted."),
            vec![(
                "Two weeks before".to_string(),
                Direction::Before,
                "the ballot was cast".to_string()
            )]
        );
        assert_eq!(
            offsets("She left a year after the merger's collapse."),
            vec![(
                "a year after".to_string(),
                Direction::After,
                "the merger's collapse".to_string()
            )]
        );
    }

    #[test]
    fn a_count_from_a_stated_date_is_a_day_and_the_duration_stays() {
        assert!(offsets("Two days after Christmas, the shop closed.").is_empty());
        let facts = extract(
            "Talks resumed six days after the walkout ended.",
            &ExtractContext::default(),
        );
        assert!(facts.iter().any(|f| f.kind == FactKind::Duration));
        assert!(facts
            .iter()
            .any(|f| f.kind == FactKind::Date && matches!(f.value, FactValue::Offset(_))));
    }
}
