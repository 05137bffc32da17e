//! Table-driven tests of the numeric extractor (`tests/data/numeric_facts.txt`)
//! and property tests: it never panics and every span slices the text on
//! character boundaries.

use concord::facts::numeric::extract;
use concord::facts::FactKind;
use proptest::prelude::*;

fn kind_name(k: FactKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

#[test]
fn fixtures() {
    let data = include_str!("../data/numeric_facts.txt");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert_eq!(f.len(), 6, "line {}: {line}", lineno + 1);
        let (text, expr, kind, value, qual, unit) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        cases += 1;
        let start = text
            .find(expr)
            .unwrap_or_else(|| panic!("line {}: {expr:?} not in text", lineno + 1));
        let end = start + expr.len();
        let facts = extract(text);
        let described: Vec<String> = facts
            .iter()
            .map(|x| {
                format!(
                    "{} {:?} {} {:?} {:?}",
                    kind_name(x.kind),
                    &text[x.span.start..x.span.end],
                    serde_json::to_string(&x.value).unwrap_or_default(),
                    x.qualifier,
                    x.unit
                )
            })
            .collect();
        if kind == "none" {
            if facts
                .iter()
                .any(|x| x.span.start < end && start < x.span.end)
            {
                failures.push(format!(
                    "line {}: {text:?}: expected nothing at {expr:?}, got {described:?}",
                    lineno + 1
                ));
            }
            continue;
        }
        let want_value: serde_json::Value = serde_json::from_str(value)
            .unwrap_or_else(|e| panic!("line {}: bad value {value}: {e}", lineno + 1));
        let ok = facts.iter().any(|x| {
            x.span.start == start
                && x.span.end == end
                && kind_name(x.kind) == kind
                && serde_json::to_value(&x.value).ok() == Some(want_value.clone())
                && (qual == "-" && x.qualifier.is_none()
                    || x.qualifier
                        .and_then(|q| serde_json::to_value(q).ok())
                        .and_then(|v| v.as_str().map(|s| s == qual))
                        .unwrap_or(false))
                && (unit == "-" && x.unit.is_none() || x.unit.as_deref() == Some(unit))
        });
        if !ok {
            failures.push(format!(
                "line {}: {text:?}: expected {kind} {expr:?} {value} {qual} {unit}, got {described:?}",
                lineno + 1
            ));
        }
    }
    assert!(cases > 50);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_spans_are_char_boundaries(s in "\\PC{0,80}") {
        let facts = extract(&s);
        for f in facts {
            prop_assert!(f.span.start < f.span.end && f.span.end <= s.len());
            prop_assert!(s.get(f.span.start..f.span.end).is_some());
        }
    }

    #[test]
    fn numeric_soup_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("$"), Just("€"), Just("-"), Just("–"), Just(" "), Just("."), Just(","),
                Just("1"), Just("23"), Just("999999999999999999999"), Just("0.5"), Just("million"),
                Just("billion"), Just("and"), Just("a"), Just("half"), Just("to"), Just("between"),
                Just("km"), Just("%"), Just("per"), Just("cent"), Just("years"), Just("old"),
                Just("twenty"), Just("one"), Just("hundred"), Just("e"), Just("/"), Just("°"),
                Just("½"), Just("more than"), Just("dollars"), Just("US"), Just("th"), Just("é"),
                Just("MUSD"), Just("L.E."), Just("k.g"), Just("mao"), Just("kuai"), Just("or"),
                Just("business"), Just("days"), Just("ago"), Just("quarter"), Just("Swiss franc"),
                Just("thousand"), Just("degrees"), Just("mg"), Just("−"), Just("\n"),
            ],
            0..40,
        )
    ) {
        let s: String = parts.concat();
        for f in extract(&s) {
            prop_assert!(s.get(f.span.start..f.span.end).is_some());
        }
    }
}
