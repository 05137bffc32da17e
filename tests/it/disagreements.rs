//! Real disagreements between independently written reports
//! (`tests/data/disagreements/`, README there): five events in our own
//! words, three reports each, each with one disagreement between the
//! sources and traps around it. `report` must flag each disagreement as a
//! conflict and flag nothing else.

use crate::util::{data, run};
use std::collections::BTreeMap;

/// The reports of each event, as JSONL lines, in file order.
fn events() -> BTreeMap<String, Vec<serde_json::Value>> {
    let raw = std::fs::read_to_string(data("disagreements/disagreements.jsonl")).unwrap();
    let mut out: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        out.entry(r["event"].as_str().unwrap().to_string())
            .or_default()
            .push(r);
    }
    out
}

/// The texts of a fact's mentions.
fn mention_texts(fact: &serde_json::Value) -> Vec<String> {
    fact["values"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|v| v["mentions"].as_array().unwrap().iter())
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn each_disagreement_is_flagged_and_no_trap() {
    let all = events();
    assert_eq!(all.len(), 5, "five events");
    for (event, reports) in &all {
        assert_eq!(reports.len(), 3, "{event}: three reports");
        let want: Vec<String> = reports
            .iter()
            .find_map(|r| r["disagreement"].as_array())
            .unwrap_or_else(|| panic!("{event}: no disagreement marked"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let input: String = reports.iter().map(|r| format!("{r}\n")).collect();
        let out = run(
            &["report", "--single-event", "--format", "json", "--quiet"],
            Some(input.as_bytes()),
        );
        assert!(out.status.success(), "{event}: {out:?}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let flagged: Vec<&serde_json::Value> = report["events"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|e| e["facts"].as_array().unwrap().iter())
            .filter(|f| matches!(f["status"].as_str(), Some("conflict" | "approximate")))
            .collect();
        let shown: Vec<(String, Vec<String>)> = flagged
            .iter()
            .map(|f| (f["key"].to_string(), mention_texts(f)))
            .collect();
        assert_eq!(flagged.len(), 1, "{event}: one flagged fact, got {shown:?}");
        let fact = flagged[0];
        assert_eq!(fact["status"], "conflict", "{event}: {shown:?}");
        let texts = mention_texts(fact);
        for w in &want {
            assert!(texts.contains(w), "{event}: {w:?} not in {shown:?}");
        }
    }
}

/// The whole file, clustered as any input is: the five events come apart
/// and each keeps its one conflict.
#[test]
fn the_events_cluster_apart_and_keep_their_conflicts() {
    let out = run(
        &[
            "report",
            data("disagreements/disagreements.jsonl").to_str().unwrap(),
            "--format",
            "json",
            "--quiet",
        ],
        None,
    );
    assert!(out.status.success(), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = report["events"].as_array().unwrap();
    assert_eq!(events.len(), 5);
    for e in events {
        let conflicts = e["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| matches!(f["status"].as_str(), Some("conflict" | "approximate")))
            .count();
        assert_eq!(conflicts, 1, "{}", e["documents"]);
    }
}
