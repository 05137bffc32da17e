//! Contractions of a pronoun and a verb ("He'll", "they're", "I'm",
//! "Who's", "That'll"), with a straight or curly apostrophe.
//!
//! Consumes one word as written; tells whether it is such a contraction and
//! which pronoun opens it. A contraction is a pronoun and a verb, never a
//! name: the name tagger reads it as a closed-class word and the
//! part-of-speech lexicon ([`super::lexicon::entries`]) tags it as its
//! pronoun, so that a clause opened by "He'll" has a pronoun for subject.
//! Never panics.

/// Pronouns that take a contracted verb, with the verbs each takes ("m",
/// "re", "ve", "ll", "d", "s") and the part-of-speech tag of the pronoun.
const PRONOUNS: &[(&str, &[&str], &str)] = &[
    ("i", &["m", "ve", "ll", "d"], "PRP"),
    ("you", &["re", "ve", "ll", "d"], "PRP"),
    ("he", &["ll", "d", "s"], "PRP"),
    ("she", &["ll", "d", "s"], "PRP"),
    ("it", &["ll", "d", "s"], "PRP"),
    ("we", &["re", "ve", "ll", "d"], "PRP"),
    ("they", &["re", "ve", "ll", "d"], "PRP"),
    ("who", &["re", "ve", "ll", "d", "s"], "WP"),
    ("what", &["re", "ve", "ll", "d", "s"], "WP"),
    ("that", &["ll", "d", "s"], "DT"),
    ("there", &["re", "ve", "ll", "d", "s"], "EX"),
];

/// The pronoun a contraction opens with and that pronoun's part-of-speech
/// tag ("He'll" → ("he", "PRP"), "that’s" → ("that", "DT")); `None` for
/// any other word ("Hell", "O'Neill", "Kyiv's").
pub fn contraction(word: &str) -> Option<(&'static str, &'static str)> {
    // most words hold no apostrophe: one byte scan ('\u{2019}' opens with
    // 0xE2) before the search for either mark
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return None;
    }
    let (head, tail) = word.split_once(['\'', '\u{2019}'])?;
    PRONOUNS
        .iter()
        .find(|(p, verbs, _)| {
            head.eq_ignore_ascii_case(p) && verbs.iter().any(|v| tail.eq_ignore_ascii_case(v))
        })
        .map(|&(p, _, tag)| (p, tag))
}

/// Every contraction as it may be written (lower case, capitalised and in
/// capitals; straight and curly apostrophe), each with its pronoun's tag.
pub fn spellings() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (p, verbs, tag) in PRONOUNS {
        for v in verbs.iter() {
            for apostrophe in ['\'', '\u{2019}'] {
                let low = format!("{p}{apostrophe}{v}");
                let mut cap: String = low.chars().take(1).flat_map(char::to_uppercase).collect();
                cap.extend(low.chars().skip(1));
                out.push((low.to_uppercase(), *tag));
                out.push((cap, *tag));
                out.push((low, *tag));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronoun_and_verb() {
        for (w, p) in [
            ("He'll", "he"),
            ("she’d", "she"),
            ("THEY'RE", "they"),
            ("We've", "we"),
            ("I'm", "i"),
            ("It's", "it"),
            ("Who's", "who"),
            ("That'll", "that"),
        ] {
            assert_eq!(contraction(w).map(|c| c.0), Some(p), "{w}");
        }
    }

    #[test]
    fn names_and_possessives_are_no_contraction() {
        for w in [
            "Hell", "O'Neill", "Kyiv's", "D'Angelo", "He'x", "I're", "Shell",
        ] {
            assert_eq!(contraction(w), None, "{w}");
        }
    }

    #[test]
    fn the_lexicon_tags_them_as_pronouns() {
        let tag = |w: &str| {
            crate::lex::lexicon::entries()
                .find(|(s, _)| *s == w)
                .map(|(_, t)| t)
        };
        assert_eq!(tag("He'll"), Some("PRP"));
        assert_eq!(tag("they\u{2019}re"), Some("PRP"));
        assert_eq!(tag("It's"), Some("PRP"));
        let sets = crate::lex::lexicon::tag_sets();
        assert_eq!(sets.get("We've").map(|s| s.has("NN")), Some(false));
    }

    #[test]
    fn every_spelling_reads_back() {
        let all = spellings();
        assert!(all.iter().any(|(w, _)| w == "He\u{2019}ll"));
        assert!(all.iter().all(|(w, _)| contraction(w).is_some()));
    }
}
