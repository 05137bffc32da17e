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
fn smoke() {
    let text = "Secretary of Defense Lloyd J. Austin III met Ukrainian Defense Minister Rustem Umerov at the Pentagon. Austin said Kiev's resilience will help.";
    for n in names(text) {
        eprintln!("{n:?}");
    }
}

#[test]
fn debug_cases() {
    for text in [
        "LaCalamita was asked by Judge Michael A. Martone if he understood the charges.",
        "It was a fire in the small community of Palmer Alaska.\nThis time",
    ] {
        eprintln!(
            "{:?}",
            tokens::tokenize(text)
                .0
                .iter()
                .map(|t| (t.text(text), t.gap, t.sent_start))
                .collect::<Vec<_>>()
        );
        for n in names(text) {
            eprintln!("{n:?}");
        }
    }
}
