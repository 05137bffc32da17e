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

/// The fuzz corpus (inputs the fuzzer once crashed on, and seeds for each
/// layer's constructions): every file must pass the fuzz target's checks.
#[test]
fn fuzz_corpus_replays() {
    let dir = data("fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = concord::facts::selfcheck::check(&text) {
            panic!("{}: {e}", path.display());
        }
        let _ = concord::facts::date::published_from_text(&text);
        n += 1;
    }
    assert!(n >= 24, "the fuzz corpus holds {n} files");
}

/// Publication stamps are read as the publication date, and their facts
/// carry `role: "dateline"` so a comparison can leave them out (issue 8).
#[test]
fn publication_stamps_are_datelines() {
    let cases: &[(&str, &str, (i32, u8, u8))] = &[
        (
            "Police clashed with marchers.\nThe vigil turned violent.\nPUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM\nUPDATED: THURSDAY, MARCH 14, 2013, 8:00 AM\nCrowds gathered again.",
            "WEDNESDAY, MARCH 13, 2013",
            (2013, 3, 13),
        ),
        (
            "No injuries reported\nStory Created: Aug 7, 2012 at 9:56 AM AKDT\nA fire broke out early on Tuesday.",
            "Aug 7, 2012",
            (2012, 8, 7),
        ),
        (
            "on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM\nThe president named his choice.",
            "July 13, 2009",
            (2009, 7, 13),
        ),
        (
            "12:52 p. m. EDT May 2, 2013\nShe checked in today.",
            "May 2, 2013",
            (2013, 5, 2),
        ),
        (
            "Fri., May. 3, 2013 11:45 AM PDT\nShe checked in early on Friday.",
            "Fri., May. 3, 2013",
            (2013, 5, 3),
        ),
        (
            "ATHENS, May 5, 2010 (Reuters) - Three people died in a fire.",
            "May 5, 2010",
            (2010, 5, 5),
        ),
    ];
    for (text, stamp, (y, m, d)) in cases {
        let got = facts::date::published_from_text(text).map(|(c, s)| (c, &text[s.start..s.end]));
        assert_eq!(
            got,
            Some((
                CivilDate {
                    year: *y,
                    month: *m,
                    day: *d
                },
                *stamp
            )),
            "{text:?}"
        );
        let all = facts::extract(text, &ExtractContext::default());
        let f = all
            .iter()
            .find(|f| &text[f.span.start..f.span.end] == *stamp)
            .unwrap_or_else(|| panic!("no fact {stamp:?} in {text:?}"));
        assert_eq!(f.role, Some(facts::Role::Dateline), "{text:?}");
        let line: serde_json::Value = serde_json::to_value(f.record("d", text)).unwrap();
        assert_eq!(line["role"], "dateline");
    }
    // a date inside the first sentence is no stamp, and clock times on a
    // stamp line are no figures
    let text = "On February 29, 2012, AMD announced a deal.\nPOSTED: 1052 GMT (1852 HKT), April 10, 2007\nMore text.";
    let all = facts::extract(text, &ExtractContext::default());
    let first = all.iter().find(|f| f.span.start == 3).unwrap();
    assert_eq!(first.role, None);
    assert!(all
        .iter()
        .all(|f| !matches!(&text[f.span.start..f.span.end], "1052" | "1852")));
}

/// A stamp line reads as one wherever it stands: a second stamp after an
/// earlier one on its line, a line a stamp label opens below the head, a
/// bracketed note of when a saved copy was read (a stamp, but no
/// publication date); a label inside a sentence makes no stamp.
#[test]
fn stamp_lines_below_the_head_and_after_a_stamp() {
    let role = |text: &str, date: &str| {
        let all = facts::extract(text, &ExtractContext::default());
        all.iter()
            .find(|f| f.kind == facts::FactKind::Date && &text[f.span.start..f.span.end] == date)
            .unwrap_or_else(|| panic!("no date {date:?} in {text:?}"))
            .role
    };
    let dateline = Some(facts::Role::Dateline);
    let two = "Ferry runs aground\nBy Ines Vale\nPOSTED: 07:12 BST, 4 June 2019 | REVISED: 16:40 BST, 5 June 2019\nThe ferry ran aground on Monday.";
    assert_eq!(role(two, "4 June 2019"), dateline);
    assert_eq!(role(two, "5 June 2019"), dateline);
    // the publication, not the revision, dates the article
    let published =
        facts::date::published_from_text(two).map(|(c, s)| (c.day, &two[s.start..s.end]));
    assert_eq!(published, Some((4, "4 June 2019")));
    let saved = "Posted 3 years ago [retrieved on 9 August 2016]\nThe dam opened in spring.";
    assert_eq!(role(saved, "9 August 2016"), dateline);
    assert_eq!(facts::date::published_from_text(saved), None);
    let long_head = "Council approves budget\nShare\nTweet\nEmail\nPrint\nComments\nRelated stories\nUpdated on Thursday, 17 October 2019\nThe council approved the budget on Tuesday.";
    assert_eq!(role(long_head, "Thursday, 17 October 2019"), dateline);
    let sentence = "Council approves budget\nShare\nTweet\nEmail\nPrint\nComments\nRelated stories\nRevised figures released on 17 October 2019 show a deficit.\nPublished reports said on 3 May 2018 that it grew.";
    assert_eq!(role(sentence, "17 October 2019"), None);
    assert_eq!(role(sentence, "3 May 2018"), None);
}

/// The locale of a record (its `locale` field, else its source's domain,
/// else `--locale`) sets day-first dates, what "$" and "a grand" mean, and
/// local holidays.
#[test]
fn locale_from_record_domain_and_flag() {
    let input = [
        r#"{"id":"us","text":"Filed on 4/7/2020 for $5 million.","published":"2020-08-01"}"#,
        r#"{"id":"gb","text":"Filed on 4/7/2020 for 2 grand.","published":"2020-08-01","locale":"en-GB"}"#,
        r#"{"id":"au","text":"Filed on 4/7/2020 for $5 million.","published":"2020-08-01","source":"www.smh.com.au"}"#,
        r#"{"id":"ca","text":"Families gathered for Thanksgiving 2013.","published":"2013-02-12","locale":"en_CA"}"#,
        r#"{"id":"bad","text":"Filed on 4/7/2020.","published":"2020-08-01","locale":"xx-YY"}"#,
    ]
    .join("\n");
    let value = |facts: &[serde_json::Value], doc: &str, kind: &str| {
        facts
            .iter()
            .find(|f| f["doc"] == doc && f["kind"] == kind)
            .map(|f| f["value"].clone())
            .unwrap_or_else(|| panic!("no {kind} in {doc}"))
    };
    let out = run(&["facts", "-"], Some(input.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let facts = jsonl(&out.stdout);
    assert_eq!(value(&facts, "us", "date"), "2020-04-07");
    assert_eq!(value(&facts, "us", "money")["currency"], "USD");
    assert_eq!(value(&facts, "gb", "date"), "2020-07-04");
    assert_eq!(value(&facts, "gb", "money")["currency"], "GBP");
    assert_eq!(value(&facts, "au", "date"), "2020-07-04");
    assert_eq!(value(&facts, "au", "money")["currency"], "AUD");
    assert_eq!(value(&facts, "ca", "date"), "2013-10-14");
    // an unknown tag falls back to the default
    assert_eq!(value(&facts, "bad", "date"), "2020-04-07");
    // --locale sets the default
    let out = run(&["facts", "--locale", "en-NZ", "-"], Some(input.as_bytes()));
    let facts = jsonl(&out.stdout);
    assert_eq!(value(&facts, "us", "date"), "2020-07-04");
    assert_eq!(value(&facts, "us", "money")["currency"], "NZD");
    assert_eq!(value(&facts, "gb", "money")["currency"], "GBP");
    // and a bad --locale is a usage error
    let out = run(&["facts", "--locale", "fr", "-"], Some(input.as_bytes()));
    assert_eq!(code(&out), 2);
}
