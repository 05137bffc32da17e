//! Fact extraction: dates, money, numbers, names and quotes, with byte spans
//! into the *original* text.
//!
//! Consumes a document's original text and an [`ExtractContext`] (its
//! publication date, if known); produces [`Fact`]s sorted by span. Never
//! reads the dedup normalisation. Every extractor runs in time linear in the
//! length of the text and never panics, whatever the input.
//!
//! The value forms follow the project's CONTRACT.md (`concord facts`).

use crate::document::Span;
use serde::Serialize;
use std::fmt;

pub mod decimal;
pub mod offset;

pub use date::{DateValue, Grain, Period};
pub use decimal::Decimal;
pub use offset::{Direction, Offset};

/// What kind of fact a [`Fact`] is. Serialises in lower case (`"money"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A calendar date, partial date, interval or relative date.
    Date,
    /// An amount of money.
    Money,
    /// A number with the noun it counts ("nearly 50 allies").
    Count,
    /// A number with no counted noun.
    Number,
    /// A percentage (12.5 means 12.5 %).
    Percent,
    /// An ordinal ("52nd" is 52).
    Ordinal,
    /// A measured quantity with a unit ("155 mm").
    Quantity,
    /// A duration ("10-year", "two-day").
    Duration,
    /// A score or a vote written high to low ("won 3-1", "voted 51-49").
    Score,
    /// A person's name (canonical form).
    Person,
    /// A place name (canonical form).
    Place,
    /// An organisation name (canonical form).
    Org,
    /// Quoted words, with their speaker when the text attributes them.
    Quote,
}

/// A hedge on a figure; the hedge word is inside the fact's span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// nearly, about, some, roughly, around, almost, approximately, ~
    Approx,
    /// more than, over, above, in excess of
    MoreThan,
    /// less than, under, below, fewer than
    LessThan,
    /// at least, no less than, a minimum of
    AtLeast,
    /// at most, no more than, a maximum of
    AtMost,
    /// up to, as many as, as much as
    UpTo,
}

/// What a fact is to the article, where it is not a statement about the
/// events reported. Serialises in lower case (`"dateline"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Publication metadata: a dateline ("WASHINGTON, Dec. 6, 2023 —"), a
    /// "Published / Updated / Posted" stamp or a bare date line at the head
    /// of the article, a line a stamp label opens further down ("[downloaded
    /// on 2 October 2013]": when a saved copy was read). It dates the
    /// article, not the event; comparing two
    /// articles' stamps compares when they were written. On a `place`: the
    /// town of the dateline ("MARLOW, Ohio (AP) —"), where the report was
    /// filed.
    Dateline,
}

/// An amount of money: a single amount or a range, with an ISO 4217
/// currency code when it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Money {
    /// One amount.
    Amount {
        /// The exact amount ("$2.3 billion" is 2300000000).
        amount: Decimal,
        /// ISO 4217 code ("USD"), or null when unknown.
        currency: Option<String>,
    },
    /// A range of amounts.
    Range {
        /// Lower end.
        min: Decimal,
        /// Upper end.
        max: Decimal,
        /// ISO 4217 code, or null when unknown.
        currency: Option<String>,
    },
}

/// A measured quantity, or a range of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Quantity {
    /// One amount.
    Amount {
        /// The number.
        amount: Decimal,
        /// Normalised unit symbol ("mm", "km", "kg", "t", "mph").
        unit: String,
    },
    /// A range.
    Range {
        /// Lower end.
        min: Decimal,
        /// Upper end.
        max: Decimal,
        /// Normalised unit symbol.
        unit: String,
    },
}

/// The values a vague plural allows: from two of its unit up to below
/// two of the next vague word ("dozens" 24 to 199, below "hundreds";
/// "hundreds" 200 to 1,999; "thousands" 2,000 to 19,999, below "tens of
/// thousands"); or the ends of a range of a count the text states ("35 to
/// 40 firefighters", "as many as 35 to 40 firefighters").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vague {
    /// The least value ("dozens": 24).
    pub least: Decimal,
    /// The greatest value ("dozens": 199).
    pub most: Decimal,
    /// Both ends are written ("35 to 40"): serialises as `{"min", "max"}`,
    /// as a money or quantity range does; a vague plural (false)
    /// serialises as its least value.
    pub stated: bool,
}

impl Serialize for Vague {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if !self.stated {
            return self.least.serialize(s);
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("min", &self.least)?;
        m.serialize_entry("max", &self.most)?;
        m.end()
    }
}

/// A duration: one unit, or an ISO 8601 duration for several units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Duration {
    /// An amount of one unit ("10-year" is 10 year).
    Amount {
        /// The number of units.
        amount: Decimal,
        /// Singular unit: second, minute, hour, day, week, month, year, decade, century.
        unit: String,
    },
    /// Several units, as ISO 8601 ("P1Y1M21D").
    Iso {
        /// The ISO 8601 duration.
        iso: String,
    },
    /// A range of one unit, written with a suspended hyphen ("two- to
    /// three-year terms", "a 10- to 15-minute walk"): `{"min", "max",
    /// "unit"}`, as a quantity range.
    Range {
        /// Lower end.
        min: Decimal,
        /// Upper end.
        max: Decimal,
        /// Singular unit, as for [`Duration::Amount`].
        unit: String,
    },
}

/// The normalised value of a fact. Serialises as the bare value form of
/// CONTRACT.md (a string, number or object), without a tag: the fact's kind
/// says which form it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    /// A date: a day interval with its grain (see [`DateValue`]); it
    /// serialises as the ISO 8601 forms of CONTRACT.md, or null for an
    /// unresolved relative expression.
    Date(DateValue),
    /// Money.
    Money(Money),
    /// A number: count, number, percent or ordinal.
    Number(Decimal),
    /// A vague amount ("dozens of protesters", "hundreds of homes"): the
    /// values the word allows. Serialises as its least value, the number
    /// CONTRACT.md gives a count (the fact is hedged `at_least`).
    Vague(Vague),
    /// A quantity with unit.
    Quantity(Quantity),
    /// A duration.
    Duration(Duration),
    /// A score or vote tally.
    Score(Score),
    /// A canonical name (person, place, org) or the quoted words (quote).
    Text(String),
    /// A `date` told as a count from a happening no date names ("two days
    /// after the crash"): its calendar day is unknown, so it serialises as
    /// null, as an unresolved date does; the record's `offset` field
    /// carries the [`Offset`].
    #[serde(serialize_with = "offset::no_day")]
    Offset(Offset),
}

/// A score or a vote tally as written, high side first ("3-1", "51-49",
/// "50-50"). Which team or side has which number is the sentence's to say;
/// the tally itself is the fact. Serialises as the string `"3-1"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Score {
    /// The larger number (the winner's, the ayes').
    pub high: u32,
    /// The smaller number (equal in a tie).
    pub low: u32,
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.high, self.low)
    }
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One extracted fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// The kind.
    pub kind: FactKind,
    /// Byte range into the original text; the hedge word, if any, is inside.
    pub span: Span,
    /// The normalised value.
    pub value: FactValue,
    /// The hedge on a figure, if any.
    pub qualifier: Option<Qualifier>,
    /// For `count`: the counted noun ("allies"). For `date`: none.
    pub unit: Option<String>,
    /// For a `date` that is relative ("yesterday", "on Monday"): the
    /// expression, lower-cased. Set whether or not it could be resolved.
    pub relative: Option<String>,
    /// For a `quote`: the canonical name of the speaker, when attributed.
    pub speaker: Option<String>,
    /// What the fact is to the article when it is not about the events
    /// reported (a dateline), else `None`.
    pub role: Option<Role>,
}

impl Fact {
    /// A fact with no qualifier, unit, relative expression or speaker.
    pub fn new(kind: FactKind, span: Span, value: FactValue) -> Self {
        Fact {
            kind,
            span,
            value,
            qualifier: None,
            unit: None,
            relative: None,
            speaker: None,
            role: None,
        }
    }
}

pub use crate::lex::{CivilDate, Locale};

/// What the extractors know about the document besides its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtractContext {
    /// The publication date, from metadata or the article's dateline.
    pub published: Option<CivilDate>,
    /// The conventions the article is written in (numeric dates, "$",
    /// holidays); US English by default.
    pub locale: Locale,
}

pub mod date;
pub mod names;
pub(crate) mod numeral;
pub mod numeric;
pub mod quotes;
#[doc(hidden)]
pub mod selfcheck;

/// A fact as one line of `concord facts` output (CONTRACT.md): the fact
/// with its document id and the text of its span.
#[derive(Debug, Serialize)]
pub struct FactRecord<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Kind of fact.
    pub kind: FactKind,
    /// First byte of the span in the original text.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
    /// Exactly `text[start..end]`.
    pub text: &'a str,
    /// The normalised value.
    pub value: &'a FactValue,
    /// The hedge, if any.
    pub qualifier: Option<Qualifier>,
    /// Counted noun of a `count`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
    /// The relative expression of a relative `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<&'a str>,
    /// Speaker of a `quote` (always present for quotes, null when unknown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Option<&'a str>>,
    /// `"dateline"` for a publication stamp; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// The count, direction and anchor of a `date` told from a happening
    /// ("two days after the crash"); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<&'a Offset>,
}

impl Fact {
    /// The output record of this fact in document `doc` whose original text
    /// is `text`. The span must lie on character boundaries of `text`
    /// (every extractor guarantees it); otherwise the record's text is empty.
    pub fn record<'a>(&'a self, doc: &'a str, text: &'a str) -> FactRecord<'a> {
        FactRecord {
            doc,
            kind: self.kind,
            start: self.span.start,
            end: self.span.end,
            text: text.get(self.span.start..self.span.end).unwrap_or(""),
            value: &self.value,
            qualifier: self.qualifier,
            unit: self.unit.as_deref(),
            relative: self.relative.as_deref(),
            speaker: (self.kind == FactKind::Quote).then_some(self.speaker.as_deref()),
            role: self.role,
            offset: match &self.value {
                FactValue::Offset(o) => Some(o),
                _ => None,
            },
        }
    }
}

/// A duration of one whole unit said with "all" ("all week", "all
/// year"): both when and how long, so it stays beside the date of the
/// same words.
fn whole_unit_duration(text: &str, f: &Fact) -> bool {
    f.kind == FactKind::Duration
        && text
            .get(f.span.start..f.span.end)
            .and_then(|w| w.get(..4))
            .is_some_and(|w| w.eq_ignore_ascii_case("all "))
}

/// Extracts every fact of `text`, sorted by span start, then end, then kind.
///
/// Where a date and a plain figure cover the same words ("December 6": the
/// date, not the number 6; "two days ago": the date, not the duration;
/// "the Sept. 11 hijackers": the date, not 11 hijackers), the date wins: a
/// `number`, `count`, `ordinal` or `duration` fact that starts inside a
/// date's span is dropped, except a whole unit said with "all" ("all
/// week": a date and a duration) and the count of an [`Offset`] ("two
/// days" of "two days after the crash": the date says when, the duration
/// is what compare sets against another count from the same happening).
/// Names and quotes may overlap anything.
///
/// Publication stamps (datelines and "Published / Updated / Posted" lines
/// at the head of the article, and lines a stamp label opens further down,
/// the reading `events` and `claim` give such lines: "PUBLISHED: 02:31
/// GMT, 12 March 2013 | UPDATED: …", "[downloaded on 2 October 2013]") are
/// dates with [`Role::Dateline`]; the figures
/// of a line that holds nothing but stamps (clock times, "1052 GMT") are
/// dropped.
pub fn extract(text: &str, ctx: &ExtractContext) -> Vec<Fact> {
    extract_stamped(text, ctx, &date::Stamps::of(text))
}

/// [`extract`] with the publication stamps of `text` already found (by
/// [`date::Stamps::of`] on the same text, as the pipeline does once per
/// document to read its publication date): the same facts, without
/// scanning the head of the article again.
pub fn extract_stamped(text: &str, ctx: &ExtractContext, stamps: &date::Stamps) -> Vec<Fact> {
    #[cfg(test)]
    tally::note(text);
    let toks = crate::lex::Tokens::new(text);
    let mut dates = date::extract_tokens(text, &toks, ctx);
    let stamps = stamps.all();
    for d in &mut dates {
        if stamps
            .iter()
            .any(|s| s.start == d.span.start && s.end == d.span.end)
        {
            d.role = Some(Role::Dateline);
        }
    }
    let on_stamp_line = |f: &Fact| {
        stamps.iter().any(|s| {
            s.line
                .is_some_and(|(a, b)| a <= f.span.start && f.span.end <= b)
        })
    };
    let figures = numeric::extract_tokens(text, &toks, ctx.locale);
    dates.retain(|d| !in_glued_mixed_number(text, &figures, d));
    let in_date = inside_any(dates.iter().map(|d| (d.span.start, d.span.end)).collect());
    let mut out: Vec<Fact> = figures
        .into_iter()
        .filter(|f| !on_stamp_line(f))
        .filter(|f| {
            !matches!(
                f.kind,
                FactKind::Number | FactKind::Count | FactKind::Ordinal
            ) || !in_date(f.span.start)
        })
        .collect();
    offset::attach(&toks, &mut dates, &out);
    out.retain(|f| {
        f.kind != FactKind::Duration
            || !in_date(f.span.start)
            || whole_unit_duration(text, f)
            || offset::counts_an_offset(&dates, f)
    });
    out.extend(dates);
    let words = names::NameWords::new(text, &toks);
    let names = names::extract_words(text, &words);
    out.extend(quotes::extract_words(text, &words, &names));
    out.extend(names);
    out.sort_by_key(|a| (a.span.start, a.span.end, a.kind));
    out
}

/// Rule glued_mixed_number: a half or a quarter whose space was lost in
/// typesetting before a unit ("a 21/2-hour delay", "31/2 years before
/// parole") is a mixed number the numeric layer reads (2½ hours, 3½
/// years); a date that starts inside its digits ("21/2" as 21 February,
/// "2 years before") is no date.
fn in_glued_mixed_number(text: &str, figures: &[Fact], date: &Fact) -> bool {
    figures.iter().any(|f| {
        if !matches!(f.kind, FactKind::Duration | FactKind::Quantity) {
            return false;
        }
        let Some(s) = text.get(f.span.start..f.span.end) else {
            return false;
        };
        let Some(first) = s.find(|c: char| c.is_ascii_digit()) else {
            return false;
        };
        let rest = &s[first..];
        let whole = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let glued_half = whole >= 2
            && matches!(rest.get(whole - 1..whole + 2), Some("1/2" | "1/4" | "3/4"))
            && !rest
                .get(whole + 2..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let start = f.span.start + first;
        glued_half && (start..start + whole + 2).contains(&date.span.start)
    })
}

/// Whether a byte offset falls inside any of the spans `[start, end)`:
/// sorted by start, each with the furthest end among it and those before
/// it, so that each question is a binary search (a document of many dates
/// and figures asks it once per figure).
fn inside_any(mut spans: Vec<(usize, usize)>) -> impl Fn(usize) -> bool {
    spans.sort_unstable();
    let mut furthest = 0;
    for s in &mut spans {
        furthest = furthest.max(s.1);
        s.1 = furthest;
    }
    move |at| {
        let i = spans.partition_point(|s| s.0 <= at);
        i > 0 && spans[i - 1].1 > at
    }
}

/// In tests, the texts [`extract`] read that carry [`tally::MARK`]: lets a
/// test of a whole pipeline count how often each text was read.
#[cfg(test)]
pub(crate) mod tally {
    use std::sync::Mutex;

    /// Texts holding this are recorded.
    pub(crate) const MARK: &str = "tally-mark";

    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

    /// Records `text` when it holds [`MARK`].
    pub(crate) fn note(text: &str) {
        if text.contains(MARK) {
            if let Ok(mut seen) = SEEN.lock() {
                seen.push(text.to_string());
            }
        }
    }

    /// How many times `text` was read so far.
    pub(crate) fn count(text: &str) -> usize {
        SEEN.lock()
            .map_or(0, |s| s.iter().filter(|t| *t == text).count())
    }
}

/// In tests, the texts the per-token gates of the extractors are checked
/// over (each extractor run with and without its gate must give the same
/// facts): every file of `tests/data` and `corpus/`, whole and line by
/// line (a JSON line's escaped text as it stands: the gates see the same
/// tokens either way), and each rule example of the date families.
#[cfg(test)]
pub(crate) fn gate_texts() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("tests/data"), &mut files);
    walk(&root.join("corpus"), &mut files);
    let mut out = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        out.extend(text.lines().map(str::to_string));
        out.push(text);
    }
    out.extend(date::example_texts());
    out
}

#[cfg(test)]
mod span_tests {
    use super::inside_any;

    #[test]
    fn inside_any_span_nested_overlapping_or_none() {
        // Unsorted, one span inside another, two overlapping.
        let inside = inside_any(vec![(40, 45), (10, 30), (12, 14), (28, 35)]);
        for at in [10, 13, 29, 34, 40, 44] {
            assert!(inside(at), "{at} is inside a span");
        }
        for at in [0, 9, 35, 39, 45, 100] {
            assert!(!inside(at), "{at} is outside every span");
        }
        assert!(!inside_any(Vec::new())(0));
    }

    #[test]
    fn a_figure_inside_a_date_is_not_also_a_number() {
        let ctx = super::ExtractContext::default();
        let text = "The talks ended on March 3, 2009, with 12 deals.";
        let numbers: Vec<&str> = super::extract(text, &ctx)
            .iter()
            .filter(|f| f.kind == super::FactKind::Number || f.kind == super::FactKind::Count)
            .map(|f| &text[f.span.start..f.span.end])
            .collect();
        assert_eq!(numbers, ["12 deals"]);
    }
}
