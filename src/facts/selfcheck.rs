//! The invariants of the fact layers on any text, for the fuzz target
//! (`fuzz/fuzz_targets/extract.rs`) and the replay of its corpus
//! (`tests/data/fuzz/`, in `cargo test`).
//!
//! Consumes a text; produces the first broken invariant, if any. Runs the
//! word layer and [`extract`] under three locales and three publication
//! dates (none, an ordinary day, a leap day), so every layer (lex tokens,
//! numerals, dates, money, quantities, names, quotes) sees the text.

use super::{extract, ExtractContext, FactValue};
use crate::lex::{CivilDate, Locale, Tokens};

/// Checks, on `text`: tokens are in order, non-empty, disjoint and on
/// character boundaries; every fact's span slices the text on character
/// boundaries; facts come sorted by (start, end, kind); a date value
/// written as ISO reads back as the same value; extraction is
/// deterministic. Returns the first violation, described.
#[doc(hidden)]
pub fn check(text: &str) -> Result<(), String> {
    let toks = Tokens::new(text);
    let mut last = 0;
    for (i, t) in toks.all().iter().enumerate() {
        if t.start < last || t.end <= t.start || t.end > text.len() {
            return Err(format!(
                "token {i} at {}..{} (after {last})",
                t.start, t.end
            ));
        }
        if !text.is_char_boundary(t.start) || !text.is_char_boundary(t.end) {
            return Err(format!(
                "token {i} at {}..{} splits a character",
                t.start, t.end
            ));
        }
        last = t.end;
    }
    let days = [
        None,
        Some(CivilDate {
            year: 2023,
            month: 12,
            day: 7,
        }),
        Some(CivilDate {
            year: 2024,
            month: 2,
            day: 29,
        }),
    ];
    let locales = ["en-US", "en-GB", "en-AU"].map(|t| Locale::parse(t).unwrap_or(Locale::US));
    for published in days {
        for locale in locales {
            let ctx = ExtractContext { published, locale };
            let facts = extract(text, &ctx);
            for w in facts.windows(2) {
                let key = |f: &super::Fact| (f.span.start, f.span.end, f.kind);
                if key(&w[0]) > key(&w[1]) {
                    return Err(format!("facts out of order at {:?}", w[1].span));
                }
            }
            for f in &facts {
                let (s, e) = (f.span.start, f.span.end);
                if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e)
                {
                    return Err(format!("fact span {s}..{e} does not slice the text"));
                }
                if let FactValue::Date(v) = &f.value {
                    if let Some(iso) = v.iso() {
                        let back = super::DateValue::from_iso(&iso).and_then(|b| b.iso());
                        if back.as_deref() != Some(iso.as_str()) {
                            return Err(format!("date {iso} reads back as {back:?}"));
                        }
                    }
                }
            }
            if extract(text, &ctx) != facts {
                return Err("two runs on the same text differ".into());
            }
        }
    }
    Ok(())
}
