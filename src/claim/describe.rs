//! Figures that describe a person instead of telling what happened: "a
//! father of two was killed", "the mother-of-three", "a grandmother of
//! seven young grandchildren". The figure counts the person's children,
//! not the dead, the hurt or anything the clause's verb did: it makes no
//! claim of the event, and the comparison ([`crate::compare`]) never
//! aligns it with a count of the report ("two people died").
//!
//! Consumes the tagged tokens of a document and the token range of a
//! figure; produces a yes or no. Never panics.

use super::tokens::Token;

/// Nouns of a parent (and grandparent) that "of N" after them describes
/// by the number of their children.
const PARENT_NOUNS: &[&str] = &[
    "dad",
    "father",
    "fathers",
    "grandad",
    "granddad",
    "grandfather",
    "grandfathers",
    "grandma",
    "grandmother",
    "grandmothers",
    "grandpa",
    "grandparent",
    "grandparents",
    "mom",
    "mother",
    "mothers",
    "mum",
    "parent",
    "parents",
];

/// Whether a parent noun (a word of [`PARENT_NOUNS`], or one with a
/// "great-" or "step" before it: "great-grandmother", "stepfather").
fn parent_noun(w: &str) -> bool {
    let w = w.strip_prefix("great-").unwrap_or(w);
    let w = w.strip_prefix("great").unwrap_or(w);
    let w = w.strip_prefix("step-").unwrap_or(w);
    let w = w.strip_prefix("step").unwrap_or(w);
    PARENT_NOUNS.contains(&w)
}

/// Rule kin_description: whether the figure over tokens `[a, b)` counts a
/// parent's children: right after "of" after a parent noun ("a father of
/// two", "the mother of three young children"), or inside one hyphenated
/// word that writes it so ("a father-of-two").
pub fn kin_description(toks: &[Token], (a, b): (usize, usize)) -> bool {
    // one hyphenated token: "father-of-two", "mother-of-three"
    if b == a + 1 {
        if let Some((kin, _)) = toks.get(a).and_then(|t| t.norm.split_once("-of-")) {
            if parent_noun(kin) {
                return true;
            }
        }
    }
    let Some(of) = a.checked_sub(1) else {
        return false;
    };
    let Some(kin) = of.checked_sub(1) else {
        return false;
    };
    toks.get(of).is_some_and(|t| t.norm == "of")
        && toks.get(kin).is_some_and(|t| parent_noun(&t.norm))
}

#[cfg(test)]
mod tests {
    use crate::claim::ClaimDoc;
    use crate::facts::{extract, ExtractContext};

    /// The figures of `text` that have a frame (are claims), as written.
    fn claimed(text: &str) -> Vec<String> {
        let facts = extract(text, &ExtractContext::default());
        let doc = ClaimDoc::new(text, &facts);
        facts
            .iter()
            .zip(&doc.frames)
            .filter(|(_, fr)| fr.is_some())
            .map(|(f, _)| text[f.span.start..f.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_parent_of_n_is_no_claim() {
        for text in [
            "A father of two drowned off Pellow Point on Saturday.",
            "The victim, a mother-of-three from Danby, died in hospital.",
            "A grandmother of five young grandchildren was hurt in the blaze.",
            "The stepfather of four was arrested at a farm near Oxwich.",
            "Police named the great-grandmother of nine who died in the crash.",
        ] {
            let got = claimed(text);
            assert!(
                got.iter().all(|f| !matches!(
                    f.as_str(),
                    "two" | "three" | "five young grandchildren" | "five" | "four" | "nine"
                )),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn counts_beside_a_parent_stay_claims() {
        let got = claimed("A father of two said three people were hurt in the blast.");
        assert!(got.iter().any(|f| f == "three people"), "{got:?}");
        // "of" after a noun that is no parent: a count of its own
        let got = claimed("The deaths of two climbers were confirmed on Sunday.");
        assert!(got.iter().any(|f| f.starts_with("two")), "{got:?}");
    }
}
