//! Table-driven date fixtures (`tests/data/dates.tsv`) and property tests
//! of the date extractor: spans lie on character boundaries and nothing
//! panics on arbitrary input.

use concord::facts::{date, CivilDate, ExtractContext, FactKind, FactValue};
use proptest::prelude::*;

fn civil(s: &str) -> Option<CivilDate> {
    date::parse_published(s)
}

#[test]
fn fixtures() {
    run_table(include_str!("../data/dates.tsv"), 40);
}

/// Newswire dates (`tests/data/news_dates.tsv`): earnings periods, tense
/// inside reported speech, vague spans, a league's season.
#[test]
fn news_fixtures() {
    run_table(include_str!("../data/news_dates.tsv"), 60);
}

/// Runs a fixture table of rows `published | text | expression | value |
/// relative` (see `tests/data/dates.tsv`; relative `*` is not checked); at
/// least `min` rows.
fn run_table(data: &str, min: usize) {
    let mut failures = Vec::new();
    let mut n = 0;
    for (lineno, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert_eq!(cols.len(), 5, "line {}: {line}", lineno + 1);
        let (published, text, expr, value, rel) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
        let ctx = ExtractContext {
            published: if published == "-" {
                None
            } else {
                civil(published)
            },
            ..Default::default()
        };
        n += 1;
        let facts = date::extract(text, &ctx);
        for f in &facts {
            assert_eq!(f.kind, FactKind::Date);
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        }
        if expr == "-" {
            if !facts.is_empty() {
                failures.push(format!(
                    "line {}: expected no date in {text:?}, got {facts:?}",
                    lineno + 1
                ));
            }
            continue;
        }
        let Some(f) = facts
            .iter()
            .find(|f| &text[f.span.start..f.span.end] == expr)
        else {
            let got: Vec<&str> = facts
                .iter()
                .map(|f| &text[f.span.start..f.span.end])
                .collect();
            failures.push(format!(
                "line {}: no fact spanning {expr:?} in {text:?}; got {got:?}",
                lineno + 1
            ));
            continue;
        };
        let want = if value == "null" {
            None
        } else {
            Some(value.to_string())
        };
        let got = match &f.value {
            FactValue::Date(v) => v.iso(),
            _ => Some("(not a date)".to_string()),
        };
        if got != want {
            failures.push(format!(
                "line {}: {expr:?}: value {:?}, expected {want:?}",
                lineno + 1,
                f.value
            ));
        }
        if rel == "*" {
            continue;
        }
        let want_rel = if rel == "-" {
            None
        } else {
            Some(rel.to_string())
        };
        if f.relative != want_rel {
            failures.push(format!(
                "line {}: {expr:?}: relative {:?}, expected {want_rel:?}",
                lineno + 1,
                f.relative
            ));
        }
    }
    assert!(n >= min, "fixture file too small");
    assert!(
        failures.is_empty(),
        "{} of {n} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn published_from_seed_dateline() {
    let text = " date 2024-08-31 Washington DC [US], August 31 : US Secretary of Defense said.";
    let (d, span) = date::published_from_text(text).expect("dateline");
    assert_eq!((d.year, d.month, d.day), (2024, 8, 31));
    assert_eq!(&text[span.start..span.end], "2024-08-31");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_on_char_boundaries(s in "\\PC{0,200}", y in 1i32..9999, m in 1u8..=12, d in 1u8..=28) {
        for published in [None, Some(CivilDate { year: y, month: m, day: d })] {
            let ctx = ExtractContext { published, ..Default::default() };
            for f in date::extract(&s, &ctx) {
                prop_assert!(f.span.start < f.span.end && f.span.end <= s.len());
                prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
            }
        }
        let _ = date::published_from_text(&s);
        let _ = date::parse_published(&s);
    }

    #[test]
    fn date_like_soup_never_panics(words in proptest::collection::vec(prop::sample::select(vec![
        "the", "of", "last", "next", "this", "week", "weeks", "2023", "12", "31", "/", "-", ".", ",",
        "December", "Dec", "May", "Monday", "first", "twenty", "third", "quarter", "Q3", "mid",
        "end", "between", "and", "from", "to", "since", "before", "ago", "in", "1990s", "century",
        "Christmas", "weekend", "day", "after", "tomorrow", "0", "99999999999999999999", "'",
        "s", "h2", "w/c", "9999", "0001", "29", "February", "nineteen", "ninety", "two", "thousand",
    ]), 0..40), y in 1i32..9999) {
        let s = words.join(" ");
        let ctx = ExtractContext { published: Some(CivilDate { year: y, month: 2, day: 29.min(if y % 4 == 0 { 29 } else { 28 }) }), ..Default::default() };
        for f in date::extract(&s, &ctx) {
            prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
        }
        let glued = words.concat();
        let _ = date::extract(&glued, &ExtractContext::default());
    }
}
