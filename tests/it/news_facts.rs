//! News-style fact fixtures (`tests/data/news_facts.tsv`): sentences as
//! wire services and newspapers write them, each with one expected fact of
//! `concord::facts::extract`. Every row is checked and all mismatches are
//! reported at once.

use concord::facts::{date, extract, ExtractContext, Fact, FactKind};
use concord::lex::locale::Locale;

fn kind_name(k: FactKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

fn is_figure_or_date(k: FactKind) -> bool {
    matches!(
        k,
        FactKind::Date
            | FactKind::Money
            | FactKind::Count
            | FactKind::Number
            | FactKind::Percent
            | FactKind::Ordinal
            | FactKind::Quantity
            | FactKind::Duration
            | FactKind::Score
    )
}

fn describe(text: &str, f: &Fact) -> String {
    format!(
        "{} {:?} {} {:?} {:?}",
        kind_name(f.kind),
        text.get(f.span.start..f.span.end).unwrap_or(""),
        serde_json::to_string(&f.value).unwrap_or_default(),
        f.qualifier,
        f.unit
    )
}

/// Checks one fixture row; `None` when it passes, else what went wrong.
/// An eighth column, where there is one, is the article's locale ("-" for
/// US English).
fn check(cols: &[&str]) -> Option<String> {
    let (published, text, expr, kind, value, qual, unit) = (
        cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6],
    );
    let locale = match cols.get(7).copied() {
        None | Some("-") => Locale::US,
        Some(tag) => match Locale::parse(tag) {
            Some(l) => l,
            None => return Some(format!("bad locale {tag:?}")),
        },
    };
    let ctx = ExtractContext {
        published: date::parse_published(published),
        locale,
    };
    if ctx.published.is_none() {
        return Some(format!("bad publication date {published:?}"));
    }
    let Some(start) = text.find(expr) else {
        return Some(format!("{expr:?} is not in the text"));
    };
    let end = start + expr.len();
    let facts: Vec<Fact> = extract(text, &ctx)
        .into_iter()
        .filter(|f| is_figure_or_date(f.kind))
        .collect();
    let overlapping: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.span.start < end && start < f.span.end)
        .collect();
    let got = || {
        let all: Vec<String> = facts.iter().map(|f| describe(text, f)).collect();
        all.join("; ")
    };
    if kind == "none" {
        return (!overlapping.is_empty())
            .then(|| format!("{text:?}: expected nothing at {expr:?}, got [{}]", got()));
    }
    if let Some(banned) = kind.strip_prefix('!') {
        return overlapping
            .iter()
            .any(|f| kind_name(f.kind) == banned)
            .then(|| {
                format!(
                    "{text:?}: expected no {banned} at {expr:?}, got [{}]",
                    got()
                )
            });
    }
    let want: serde_json::Value = match serde_json::from_str(value) {
        Ok(v) => v,
        Err(e) => return Some(format!("bad value {value}: {e}")),
    };
    let ok = facts.iter().any(|f| {
        f.span.start == start
            && f.span.end == end
            && kind_name(f.kind) == kind
            && serde_json::to_value(&f.value).ok().as_ref() == Some(&want)
            && (if qual == "-" {
                f.qualifier.is_none()
            } else {
                f.qualifier
                    .and_then(|q| serde_json::to_value(q).ok())
                    .is_some_and(|v| v.as_str() == Some(qual))
            })
            && (unit == "*" || (unit == "-" && f.unit.is_none()) || f.unit.as_deref() == Some(unit))
    });
    (!ok).then(|| {
        format!(
            "{text:?}: expected {kind} {expr:?} {value} {qual} {unit}, got [{}]",
            got()
        )
    })
}

/// Runs every row of a fixture file of `columns` columns; panics with all
/// mismatches, or if the file has fewer than `min_rows` rows.
fn run_fixtures(data: &str, columns: usize, min_rows: usize) {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split(" | ").map(str::trim).collect();
        rows += 1;
        let problem = if cols.len() == columns {
            check(&cols)
        } else {
            Some(format!("{} fields, expected {columns}", cols.len()))
        };
        if let Some(p) = problem {
            failures.push(format!("line {}: {p}", lineno + 1));
        }
    }
    assert!(rows >= min_rows, "fixture file too small: {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} news fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn news_fixtures() {
    run_fixtures(include_str!("../data/news_facts.tsv"), 7, 100);
}

/// Dates resolved by the article's locale and the clause's tense
/// (`tests/data/locale_dates.tsv`): seasons and fiscal years by locale,
/// days fixed ahead, a day of the month its sentence named.
#[test]
fn locale_date_fixtures() {
    run_fixtures(include_str!("../data/locale_dates.tsv"), 8, 25);
}

/// Dates resolved from the story (`tests/data/story_dates.tsv`): a
/// league's season by its calendar, the weekend of the holiday the story
/// names, days counted from the last day it told.
#[test]
fn story_date_fixtures() {
    run_fixtures(include_str!("../data/story_dates.tsv"), 8, 5);
}

/// Money in the world's currencies, coins, slang and minor units, each row
/// with its locale (`tests/data/world_money.tsv`).
#[test]
fn world_money_fixtures() {
    run_fixtures(include_str!("../data/world_money.tsv"), 8, 60);
}

/// Probes of money, quantities and durations as news and business copy
/// around the world writes them, with the traps that must give none
/// (`tests/data/money_probes.tsv`).
#[test]
fn money_probe_fixtures() {
    run_fixtures(include_str!("../data/money_probes.tsv"), 8, 150);
}

/// Money expressions family by family, as the Duckling and
/// Recognizers-Text suites group them, with traps
/// (`tests/data/money_families.tsv`).
#[test]
fn money_family_fixtures() {
    run_fixtures(include_str!("../data/money_families.tsv"), 8, 150);
}

/// Probes of ordinals, percentages, fractions, dozens and scaled counts
/// as news copy writes them (`tests/data/number_probes.tsv`).
#[test]
fn number_probe_fixtures() {
    run_fixtures(include_str!("../data/number_probes.tsv"), 8, 30);
}
