//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;

fn show(text: &str) -> Vec<String> {
    extract(text)
        .iter()
        .map(|f| {
            format!(
                "{:?} {} {} {:?} {:?}",
                f.kind,
                &text[f.span.start..f.span.end],
                serde_json::to_string(&f.value).unwrap(),
                f.qualifier,
                f.unit
            )
        })
        .collect()
}

#[test]
fn seeds() {
    let s = show("Nearly 50 allies met. The package, worth $175 million, is the 52nd drawdown, more than $2.3 billion.");
    assert!(
        s.iter()
            .any(|x| x.starts_with("Count Nearly 50 allies 50 Some(Approx)")),
        "{s:?}"
    );
}

/// Quarters are coins only after a word of paying; elsewhere (a fiscal
/// period, a share) they are never money, whatever else they read as.
#[test]
fn quarters_without_a_word_of_paying_are_no_money() {
    for text in [
        "Earnings rose in each of the last four quarters.",
        "The chain paid dividends in two quarters this year.",
        "The economy spent a quarter in contraction.",
        "The vending machine takes four quarters.",
    ] {
        let s = show(text);
        assert!(!s.iter().any(|x| x.starts_with("Money")), "{text}: {s:?}");
    }
    let s = show("A carousel ride cost four quarters at the county fair.");
    assert!(
        s.iter().any(|x| x.starts_with("Money four quarters")),
        "{s:?}"
    );
}
