//! Claims, not bags of facts: two outlets' sentences, in our own words, for
//! each construction that made earlier reports flag false conflicts, and
//! for real disagreements that must still be flagged
//! (`tests/data/claims.tsv`, one case a line, its header says the format;
//! `tests/data/dimensions.tsv` in the same format, for one measure per
//! dimension per report; `tests/data/tallies.tsv`, for counts of people of
//! one fate; `tests/data/buckets.tsv`, for one fact put in two buckets).

use crate::util::data;
use concord::compare::{AlignedFact, Comparator, CompareConfig, EventDoc, Status};
use concord::facts::{self, CivilDate, ExtractContext, Fact};

struct Case {
    line: usize,
    pattern: String,
    verdict: String,
    texts: [String; 2],
    figures: [String; 2],
}

fn cases(file: &str) -> Vec<Case> {
    let raw = std::fs::read_to_string(data(file)).unwrap();
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 6, "{file}:{}: six fields", i + 1);
            let unescape = |s: &str| s.replace("\\n", "\n");
            Case {
                line: i + 1,
                pattern: f[0].to_string(),
                verdict: f[1].to_string(),
                texts: [unescape(f[2]), unescape(f[3])],
                figures: [f[4].to_string(), f[5].to_string()],
            }
        })
        .collect()
}

/// Whether `fact` holds a mention of document `doc` whose text is `needle`.
pub(crate) fn holds(fact: &AlignedFact, texts: &[String], doc: usize, needle: &str) -> bool {
    fact.values.iter().any(|v| {
        v.mentions.iter().any(|m| {
            m.doc as usize == doc && texts[doc].get(m.span.start..m.span.end) == Some(needle)
        })
    })
}

/// The publication date of a table's text: a stamp or dateline at its
/// head dates it, as in the pipeline; else the tables' common day.
pub(crate) fn published_of(t: &str) -> CivilDate {
    facts::date::published_from_text(t)
        .map(|(d, _)| d)
        .unwrap_or(CivilDate {
            year: 2024,
            month: 3,
            day: 14,
        })
}

#[test]
fn claims_table() {
    let failures = failures("claims.tsv");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Two reports telling one act or one group of people in other words
/// (WordNet's words of one meaning), each with a trap twin. Probes of a
/// pattern starting with "open-" are listed, not asserted.
#[test]
fn wordnet_pairs_table() {
    assert_asserted("wordnet_pairs.tsv");
}

/// One count told with two verbs no table relates, each with a trap twin
/// where the two verbs are two claims (`tests/data/predicates.tsv`).
/// Probes of a pattern starting with "open-" are listed, not asserted.
#[test]
fn predicates_table() {
    assert_asserted("predicates.tsv");
}

/// A figure governed by the noun of an act ("ordered a recall of 22
/// lots") or valued by a verb of no act ("results showed her with 18,204
/// votes"), against the act's verb in the other report, each with a trap
/// twin (`tests/data/act_nouns.tsv`). Probes of a pattern starting with
/// "open-" are listed, not asserted.
#[test]
fn act_nouns_table() {
    assert_asserted("act_nouns.tsv");
}

/// A place inside another is not a different place, and a dateline's
/// town is not the lead's subject; two places of one grain, or one the
/// gazetteer puts elsewhere, stay apart (`tests/data/places.tsv`, the
/// format of `claims.tsv`).
#[test]
fn places_table() {
    let failures = failures("places.tsv");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One measure per dimension per report is one claim
/// (`tests/data/dimensions.tsv`, the format of `claims.tsv`).
#[test]
fn dimensions_table() {
    let failures = failures("dimensions.tsv");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Counts of people of one fate (rescued, missing, trapped, hostages,
/// evacuated, displaced, arrested; updated tolls), whatever noun or verb
/// tells them, each with a trap twin (`tests/data/tallies.tsv`, the format
/// of `claims.tsv`).
#[test]
fn tallies_table() {
    let failures = failures("tallies.tsv");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One fact two reports put in two buckets: a count left without its
/// noun, a toll with the class it counts, an age written two ways; each
/// with a trap twin (`tests/data/buckets.tsv`, the format of
/// `claims.tsv`). Probes of a pattern starting with "open-" are listed,
/// not asserted.
#[test]
fn buckets_table() {
    assert_asserted("buckets.tsv");
}

/// Figures the claim reader once misread (a noun read as a verb, a
/// hyphenated counted noun, a poll's tally, a percentage change told two
/// ways, a measure before the noun of an act, those carried aboard), each
/// with a trap twin (`tests/data/frames.tsv`). Probes of a pattern
/// starting with "open-" are listed, not asserted.
#[test]
fn frames_table() {
    assert_asserted("frames.tsv");
}

/// One fact told with other words for one act: an arrest told as custody
/// ("taken into police custody", "rounded up"), lives a disaster took
/// ("claimed 25 lives"), two verbs of one family ("founded",
/// "established"), charges a defendant faces, a sum ordered paid against
/// a fine; each with a trap twin (`tests/data/retold.tsv`). Probes of a
/// pattern starting with "open-" are listed, not asserted.
#[test]
fn retold_table() {
    assert_asserted("retold.tsv");
}

/// Asserts the cases of a table of `tests/data/` whose pattern does not
/// start with "open-"; the open probes' failures are listed, not asserted.
fn assert_asserted(file: &str) {
    let (open, failures): (Vec<String>, Vec<String>) = failures(file)
        .into_iter()
        .partition(|f| f.contains("(open-"));
    if !open.is_empty() {
        eprintln!("open probes:\n{}", open.join("\n"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The failures of the cases of a table of `tests/data/`.
/// The facts of a table's text, dated as [`published_of`] dates it.
pub(crate) fn facts_of(t: &str) -> Vec<Fact> {
    facts::extract(
        t,
        &ExtractContext {
            published: Some(published_of(t)),
            ..Default::default()
        },
    )
}

fn failures(file: &str) -> Vec<String> {
    let comparator = Comparator::new(CompareConfig::default()).unwrap();
    let mut failures = Vec::new();
    let all = cases(file);
    assert!(all.len() >= 20, "{file} has its cases");
    for case in &all {
        let facts: Vec<Vec<Fact>> = case.texts.iter().map(|t| facts_of(t)).collect();
        // Each figure must be read as a fact at all.
        for (d, fig) in case.figures.iter().enumerate() {
            let found = facts[d]
                .iter()
                .any(|f| case.texts[d].get(f.span.start..f.span.end) == Some(fig.as_str()));
            if !found {
                failures.push(format!(
                    "{file}:{} ({}): {fig:?} is not extracted from {:?}",
                    case.line, case.pattern, case.texts[d]
                ));
            }
        }
        let docs: Vec<EventDoc<'_>> = (0..2)
            .map(|d| EventDoc {
                index: d as u32,
                text: &case.texts[d],
                source: Some(if d == 0 { "a.example" } else { "b.example" }),
                facts: &facts[d],
                published: Some(published_of(&case.texts[d])),
                from_metadata: false,
            })
            .collect();
        let ev = comparator.compare(&docs);
        let both = ev.facts.iter().find(|f| {
            holds(f, &case.texts, 0, &case.figures[0]) && holds(f, &case.texts, 1, &case.figures[1])
        });
        let got = both.map(|f| f.status);
        let ok = match case.verdict.as_str() {
            "conflict" => got == Some(Status::Conflict),
            "approximate" => got == Some(Status::Approximate),
            "agree" => got == Some(Status::Agree),
            "apart" => !matches!(got, Some(Status::Conflict | Status::Approximate)),
            "separate" => got.is_none(),
            v => panic!("{file}:{}: unknown verdict {v}", case.line),
        };
        if !ok {
            failures.push(format!(
                "{file}:{} ({}): want {}, got {:?} for {:?} / {:?}{}",
                case.line,
                case.pattern,
                case.verdict,
                got,
                case.figures[0],
                case.figures[1],
                both.map(|f| format!(" (key {:?})", f.key))
                    .unwrap_or_default()
            ));
        }
    }
    failures
}

/// Two reports' one figure of one specific thing (rule `one_thing`: its
/// noun, its of-complement, its fate), each with a trap twin
/// (`tests/data/things.tsv`, the format of `claims.tsv`).
#[test]
fn things_table() {
    let failures = failures("things.tsv");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Precision bugs a reader of a report would see: a number spelled out
/// after "the", a percentage before a time, one measure told with verbs of
/// two acts; each with a trap twin (`tests/data/precision36.tsv`, the
/// format of `claims.tsv`). Probes of a pattern starting with "open-" are
/// listed, not asserted.
#[test]
fn precision36_table() {
    assert_asserted("precision36.tsv");
}
