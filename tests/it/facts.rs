//! `concord facts` end to end, and the fuzz regressions.

use crate::util::{code, data, jsonl, root, run, stderr};
use concord::facts::{self, CivilDate, ExtractContext};

#[test]
fn facts_of_the_seed_corpus() {
    let corpus = root().join("corpus");
    let out = run(&["facts", corpus.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let facts = jsonl(&out.stdout);
    assert!(facts.len() > 100);
    // Every span slices the original text exactly.
    for f in &facts {
        let doc = f["doc"].as_str().unwrap();
        let text = std::fs::read(corpus.join(format!("{doc}.txt"))).unwrap();
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], f["text"].as_str().unwrap().as_bytes(), "{f}");
    }
    let has = |doc: &str, kind: &str, text: &str| {
        facts.iter().any(|f| {
            f["doc"].as_str().unwrap().starts_with(doc) && f["kind"] == kind && f["text"] == text
        })
    };
    for doc in ["003", "004"] {
        assert!(has(doc, "money", "$175 million"), "{doc}");
    }
    let money = facts
        .iter()
        .find(|f| f["doc"].as_str().unwrap().starts_with("003") && f["text"] == "$175 million")
        .unwrap();
    assert_eq!(
        money["value"],
        serde_json::json!({"amount": 175000000, "currency": "USD"})
    );
    assert!(has("003", "ordinal", "52nd"));
    assert!(has("000", "count", "Nearly 50 allies"));
    // 000's leading "date 2024-08-31" line is its publication date, so its
    // "today" resolves.
    let today = facts
        .iter()
        .find(|f| {
            f["doc"].as_str().unwrap().starts_with("000")
                && f["kind"] == "date"
                && f["text"] == "today"
        })
        .expect("000 says today");
    assert_eq!(today["value"], "2024-08-31");
    // 003 has no date: its "today" is unresolved, never guessed.
    let today = facts
        .iter()
        .find(|f| {
            f["doc"].as_str().unwrap().starts_with("003")
                && f["kind"] == "date"
                && f["text"] == "today"
        })
        .expect("003 says today");
    assert!(today["value"].is_null());
    assert_eq!(today["relative"], "today");
    assert!(facts
        .iter()
        .any(|f| f["kind"] == "person" && f["value"] == "Lloyd Austin"));
}

#[test]
fn facts_from_jsonl_use_the_published_field() {
    let input = r#"{"id":"a","text":"The talks took place yesterday in Kyiv.","published":"2023-12-07T10:00:00Z"}"#;
    let out = run(&["facts", "-"], Some(input.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let facts = jsonl(&out.stdout);
    let date = facts.iter().find(|f| f["kind"] == "date").expect("a date");
    assert_eq!(date["value"], "2023-12-06");
    assert_eq!(date["relative"], "yesterday");
    let out = run(&["facts", data("malformed.jsonl").to_str().unwrap()], None);
    assert_eq!(code(&out), 1);
}

/// Inputs the fuzzer once crashed on, kept as regressions: each must
/// extract without panicking, with valid spans.
#[test]
fn fuzz_regressions() {
    let dir = data("fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        for published in [
            None,
            Some(CivilDate {
                year: 2023,
                month: 12,
                day: 7,
            }),
        ] {
            for f in facts::extract(text, &ExtractContext { published }) {
                assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            }
        }
        n += 1;
    }
    assert!(n >= 1, "the regression corpus is not empty");
}
