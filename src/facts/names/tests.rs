use super::*;

fn names(text: &str) -> Vec<(FactKind, String, String)> {
    extract(text)
        .into_iter()
        .map(|f| {
            let FactValue::Text(v) = &f.value else {
                panic!("not text")
            };
            (f.kind, text[f.span.start..f.span.end].to_string(), v.clone())
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
