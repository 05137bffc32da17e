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
