//! Fixture-driven tests of the name tagger and the quote attributor
//! (tests/data/names.txt, tests/data/quotes.txt), the seed facts, and
//! property tests: never panic, spans slice the text.
use concord::facts::{names, quotes, FactKind, FactValue};
use proptest::prelude::*;

fn value(v: &FactValue) -> &str {
    match v {
        FactValue::Text(s) => s,
        _ => "",
    }
}

fn kind(s: &str) -> FactKind {
    match s {
        "person" => FactKind::Person,
        "place" => FactKind::Place,
        "org" => FactKind::Org,
        other => panic!("unknown kind {other}"),
    }
}

/// Cases of a fixture file: (text, expectation lines).
fn cases(src: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in src.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(t) = line.strip_prefix("text: ") {
            out.push((t.replace("\\n", "\n"), Vec::new()));
        } else if let Some(case) = out.last_mut() {
            case.1.push(line.to_string());
        }
    }
    assert!(!out.is_empty());
    out
}

#[test]
fn name_fixtures() {
    let mut failures = Vec::new();
    for (text, expect) in cases(include_str!("../data/names.txt")) {
        let facts = names::extract(&text);
        let found: Vec<(FactKind, &str, &str)> = facts
            .iter()
            .map(|f| (f.kind, &text[f.span.start..f.span.end], value(&f.value)))
            .collect();
        for e in &expect {
            if let Some(a) = e.strip_prefix("absent: ") {
                let p: Vec<&str> = a.split(" | ").collect();
                if found.iter().any(|f| f.0 == kind(p[0]) && f.2 == p[1]) {
                    failures.push(format!("{text:?}: unexpected {a}; got {found:?}"));
                }
            } else {
                let p: Vec<&str> = e.split(" | ").collect();
                let want = (kind(p[0]), p[1], p[2]);
                if !found.contains(&want) {
                    failures.push(format!("{text:?}: missing {e}; got {found:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quote_fixtures() {
    let mut failures = Vec::new();
    for (text, expect) in cases(include_str!("../data/quotes.txt")) {
        let facts = quotes::extract(&text, &names::extract(&text));
        let found: Vec<(&str, Option<&str>)> = facts
            .iter()
            .map(|f| (value(&f.value), f.speaker.as_deref()))
            .collect();
        for f in &facts {
            let s = &text[f.span.start..f.span.end];
            assert!(
                s.chars().next().is_some_and(|c| !c.is_alphanumeric()),
                "{s}"
            );
        }
        for e in &expect {
            if let Some(n) = e.strip_prefix("count: ") {
                if found.len() != n.parse::<usize>().unwrap() {
                    failures.push(format!("{text:?}: want {n} quotes; got {found:?}"));
                }
            } else {
                let p: Vec<&str> = e.split(" | ").collect();
                let speaker = (p[2] != "-").then_some(p[2]);
                if !found.contains(&(p[1], speaker)) {
                    failures.push(format!("{text:?}: missing {e}; got {found:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The seed facts: two sources quote Austin verbatim; a speaker-less
/// "the Pentagon chief says" resolves to him.
#[test]
fn seed_shared_quote() {
    let a = "Secretary of Defense Lloyd J. Austin III today hosted bilateral discussions at the Pentagon with Ukrainian Defense Minister Rustem Umerov.\n\"As I said in Kyiv, the United States stands with Ukraine,\" Austin said. \"Ukraine has taken back more than half the territory grabbed by Russia since its unprovoked invasion began in February 2022. So we will stand with Ukraine for the long haul. I'm confident that our allies and partners will be there as well.\"";
    let b = "U.S. Secretary of Defense Lloyd Austin held bilateral closed-door talks with his Ukrainian counterpart Rustem Umerov at the Pentagon.\n\n\"Ukraine has taken back more than half the territory grabbed by Russia since its unprovoked invasion began in February 2022. So we will stand with Ukraine for the long haul. I'm confident that our allies and partners will be there as well,\" the Pentagon chief says.";
    let qa = quotes::extract(a, &names::extract(a));
    let qb = quotes::extract(b, &names::extract(b));
    let start = "Ukraine has taken back more than half the territory";
    let fa = qa
        .iter()
        .find(|f| value(&f.value).starts_with(start))
        .unwrap();
    let fb = qb
        .iter()
        .find(|f| value(&f.value).starts_with(start))
        .unwrap();
    assert_eq!(fa.speaker.as_deref(), Some("Lloyd Austin"));
    assert_eq!(fb.speaker.as_deref(), Some("Lloyd Austin"));
    assert!(names::same_person(
        fa.speaker.as_deref().unwrap(),
        "Lloyd J. Austin III"
    ));
}

#[test]
fn unbalanced_marks_do_not_swallow_the_document() {
    let mut text = String::from("He said \"this opens and never closes. ");
    for _ in 0..500 {
        text.push_str("Plain words follow here without any marks at all. ");
    }
    text.push_str("\"A closed quotation of several words,\" she said.");
    let qs = quotes::extract(&text, &[]);
    for q in &qs {
        assert!(q.span.end - q.span.start <= 2100, "{:?}", q.span);
    }
}

fn check_spans(text: &str) {
    let ns = names::extract(text);
    let qs = quotes::extract(text, &ns);
    for f in ns.iter().chain(&qs) {
        assert!(f.span.start < f.span.end && f.span.end <= text.len());
        assert!(text.get(f.span.start..f.span.end).is_some());
    }
    for w in ns.windows(2) {
        assert!(w[0].span.start <= w[1].span.start);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,300}") {
        check_spans(&text);
    }

    #[test]
    fn never_panics_on_name_like_text(
        words in proptest::collection::vec(prop_oneof![
            Just("Lloyd"), Just("J."), Just("Austin"), Just("III"), Just("Secretary"), Just("of"),
            Just("Defense"), Just("the"), Just("Pentagon"), Just("\""), Just("“"), Just("”"),
            Just("„"), Just("«"), Just("»"), Just("said"), Just("he"), Just(","), Just("."),
            Just("\n"), Just("Kiev's"), Just("U.S."), Just("US-led"), Just("Ä"), Just("é"),
            Just("[the]"), Just("Jr."), Just("'"), Just("’s"), Just("according"), Just("to"),
        ], 0..60)
    ) {
        check_spans(&words.join(" "));
        check_spans(&words.concat());
    }
}
