//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;

fn names(text: &str) -> Vec<(FactKind, String, String)> {
    extract(text)
        .into_iter()
        .map(|f| {
            let FactValue::Text(v) = &f.value else {
                panic!("not text")
            };
            (
                f.kind,
                text[f.span.start..f.span.end].to_string(),
                v.clone(),
            )
        })
        .collect()
}

#[test]
fn seed_sentences() {
    let text = "Secretary of Defense Lloyd J. Austin III met Ukrainian Defense Minister Rustem Umerov at the Pentagon. Austin said Kiev's resilience will help.";
    let got = names(text);
    let want = [
        (FactKind::Person, "Lloyd J. Austin III", "Lloyd Austin"),
        (FactKind::Person, "Rustem Umerov", "Rustem Umerov"),
        (FactKind::Org, "Pentagon", "Pentagon"),
        (FactKind::Person, "Austin", "Lloyd Austin"),
        (FactKind::Place, "Kiev", "Kyiv"),
    ];
    let got: Vec<(FactKind, &str, &str)> = got
        .iter()
        .map(|(k, a, b)| (*k, a.as_str(), b.as_str()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn initials_and_headings() {
    let got = names("LaCalamita was asked by Judge Michael A. Martone if he understood.");
    assert!(got.iter().any(|n| n.2 == "Michael Martone"), "{got:?}");
    let got =
        names("Honor Cordon\nTank Fire\nThe fire in the small community of Palmer Alaska spread.");
    assert!(got.iter().all(|n| n.0 != FactKind::Person), "{got:?}");
    assert!(got.iter().any(|n| n.2 == "Alaska"), "{got:?}");
}

#[test]
fn hyphenated_places() {
    let got = names("The US-led coalition and the Russia-Ukraine war.");
    let places: Vec<&str> = got.iter().map(|n| n.1.as_str()).collect();
    assert_eq!(places, ["US", "Russia", "Ukraine"]);
}
