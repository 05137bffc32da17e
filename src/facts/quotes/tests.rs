//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;

fn quotes(text: &str) -> Vec<(String, String, Option<String>)> {
    let names = crate::facts::names::extract(text);
    extract(text, &names)
        .into_iter()
        .map(|f| {
            let FactValue::Text(v) = &f.value else {
                panic!("not text")
            };
            (
                text[f.span.start..f.span.end].to_string(),
                v.clone(),
                f.speaker.clone(),
            )
        })
        .collect()
}

#[test]
fn scanner_pairs_marks_and_continues_paragraphs() {
    let text =
        "\"One two three four,\" he said.\n\"Para one\n\"para two.\" x «trois quatre» „fünf sechs“";
    let raw = scan(text);
    let words: Vec<String> = raw.iter().map(|q| quoted_words(text, q)).collect();
    assert_eq!(
        words,
        [
            "One two three four,",
            "Para one para two.",
            "trois quatre",
            "fünf sechs"
        ]
    );
}

#[test]
fn pronoun_and_title_attribution() {
    let text = "U.S. Secretary of Defense Lloyd Austin met Ukrainian President Volodymyr Zelensky.\nThe American politician wrote that it was a chance to \"reaffirm our unwavering support.\"\n\"We will stand with you,\" he said.";
    let got = quotes(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|q| q.2.as_deref() == Some("Lloyd Austin")),
        "{got:?}"
    );
}
