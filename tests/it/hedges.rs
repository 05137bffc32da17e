//! One value told in hedges that hold each other ("about 12,400 homes",
//! "12,400 homes"; "more than 80", "80") is one value group of its fact,
//! each mention keeping its own hedge; a floor and a ceiling ("more than
//! 80", "fewer than 80") stay two (`tests/data/report/hedges.jsonl`, its
//! golden JSON beside it).

use crate::report::{golden, with_status};
use crate::util::{code, data, run, stderr};

/// The texts and the mentions' own qualifiers (`"-"`: none written) of
/// each value group of a fact.
fn groups(f: &serde_json::Value) -> Vec<Vec<(String, String)>> {
    f["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            v["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    let q = match m.get("qualifier") {
                        None => "-".to_string(),
                        Some(q) => q.as_str().unwrap_or("null").to_string(),
                    };
                    (m["text"].as_str().unwrap().to_string(), q)
                })
                .collect()
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn report_golden_hedges() {
    let input = data("report").join("hedges.jsonl");
    let args = |format: &'static str| {
        [
            "report",
            input.to_str().unwrap(),
            "--format",
            format,
            "--threads",
            "1",
        ]
        .map(str::to_string)
    };
    let json = args("json");
    let out = run(&json.iter().map(String::as_str).collect::<Vec<_>>(), None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    golden("hedges.golden.json", &out.stdout);
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ev = &r["events"][0];
    let conflicts = with_status(ev, "conflict");
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    let all: Vec<Vec<Vec<(String, String)>>> = conflicts.iter().map(|f| groups(f)).collect();
    // "about 12,400" and "12,400" are one value against 21,400: two
    // groups, not three; the mentions of the first say their own hedge.
    assert!(
        all.contains(&vec![
            pairs(&[("about 12,400 homes", "approx"), ("12,400 homes", "null")]),
            pairs(&[("21,400 homes", "-")]),
        ]),
        "{all:#?}"
    );
    // "More than 80" and "80" hold each other; "Fewer than 80" holds
    // neither "more than 80" nor, beside it, that group.
    assert!(
        all.contains(&vec![
            pairs(&[
                ("More than 80 line workers", "more_than"),
                ("80 line workers", "null")
            ]),
            pairs(&[("60 line workers", "-")]),
            pairs(&[("Fewer than 80 line workers", "-")]),
        ]),
        "{all:#?}"
    );
    // Markdown shows every side's wording, one group at a time.
    let md = args("markdown");
    let out = run(&md.iter().map(String::as_str).collect::<Vec<_>>(), None);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains(
            "**about 12,400 homes** (north), **12,400 homes** (east) ≠ **21,400 homes** (west)"
        ),
        "{md}"
    );
}
