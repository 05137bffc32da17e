//! Unicode normalisation for comparison: NFKC, then lower case.
//!
//! Most news text is ASCII; for it normalisation is a byte-wise lower-casing
//! copy (GB/s). Non-ASCII text that is already NFKC (checked with the quick
//! check of UAX #15) skips the composition pass. Only the rest goes through
//! the full NFKC char iterator.
//!
//! Guarantees: the result is NFKC and has no upper-case letters, and
//! `normalize(normalize(x)) == normalize(x)`.

/// Version of the text normalisation and tokenisation rules. Bump it when
/// a change gives any text different tokens (and so different shingles):
/// intermediate files of the staged dedup carry it in their `params_hash`
/// and are refused by a build with another version.
pub const VERSION: u32 = 1;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Normalises `text` into `out` (cleared first): NFKC, lower case.
/// `out` is caller-owned so that one buffer serves many documents.
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
        return;
    }
    let mut lowered = String::with_capacity(text.len());
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        lowered.extend(text.chars().flat_map(char::to_lowercase));
    } else {
        lowered.extend(text.nfkc().flat_map(char::to_lowercase));
    }
    // Lower-casing can, rarely, produce text that is not NFKC (or whose NFKC
    // has upper-case letters); iterate to the fixed point so the function is
    // idempotent. Two rounds are always enough in practice; the loop is
    // bounded anyway.
    for _ in 0..4 {
        if is_nfkc_quick(lowered.chars()) == IsNormalized::Yes
            && !lowered
                .chars()
                .any(|c| c.to_lowercase().ne(std::iter::once(c)))
        {
            break;
        }
        lowered = lowered.nfkc().flat_map(char::to_lowercase).collect();
    }
    out.push_str(&lowered);
}

/// Normalises `text` into a new string. See [`normalize_into`].
pub fn normalize(text: &str) -> String {
    let mut out = String::new();
    normalize_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_and_unicode() {
        assert_eq!(normalize("Hello, WORLD"), "hello, world");
        // NFKC folds compatibility forms: ligature, full-width, superscript.
        assert_eq!(normalize("ﬁne ＡＢＣ x²"), "fine abc x2");
        // Composed and decomposed é normalise alike.
        assert_eq!(normalize("Caf\u{e9}"), normalize("Cafe\u{301}"));
        assert_eq!(normalize("KYIV Київ"), "kyiv київ");
    }

    proptest! {
        #[test]
        fn idempotent(s in "\\PC{0,64}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn ascii_fast_path_matches_general_path(s in "[ -~]{0,64}") {
            let fast = normalize(&s);
            let slow: String = s.nfkc().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(fast, slow);
        }
    }
}
