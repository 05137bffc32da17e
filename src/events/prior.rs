//! A background prior on document frequencies: how common a word is in
//! English text at large, so that a corpus of two or three articles still
//! tells a rare shared word ("umerov", "rehab") from a common one
//! ("government", "police").
//!
//! Consumes nothing at run time but the shipped table
//! (`background_en.txt`: the 30,000 most frequent English words of three
//! letters or more, with their Zipf frequencies, from wordfreq 3.1.1, data
//! under CC BY-SA 4.0; see the file's header). Produces, per feature hash,
//! the probability that a news document of typical length contains the
//! feature ([`background_share`]).
//!
//! In a corpus of at most [`FEW_DOCUMENTS`],
//! [`DocFreq::idf`](super::features::DocFreq::idf) adds
//! [`BACKGROUND_DOCS`] pseudo-documents drawn from this background to the
//! corpus counts: in a corpus of two, a word that both articles use and
//! that one document in three uses in general carries little information,
//! a word in one document in 10,000 carries much. Larger corpora weigh by
//! their own counts.
//!
//! Guarantees: the table is parsed once per process (a few milliseconds),
//! read-only after; a word absent from it counts as rare.

use super::features::{feature_hash, stem_plural, FeatureClass};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped table: `word zipf×100` per line, `#` comments.
const TABLE: &str = include_str!("background_en.txt");

/// Pseudo-documents of the background added to every corpus. Large enough
/// that two or three articles get the rarity of their words from it, small
/// against the corpora where the counts speak for themselves (thousands of
/// documents). A round number, not a fit.
pub const BACKGROUND_DOCS: f64 = 1000.0;

/// Largest corpus that takes its document frequencies from the background:
/// with two or three documents, every shared feature is in every document
/// and the corpus cannot tell a topic word from a rare one; from four on,
/// the corpus's own counts say which words every report of the topic uses
/// (five reports of one minister's meetings share his name, and then it
/// says nothing about which meeting).
pub const FEW_DOCUMENTS: u64 = 3;

/// Content words of a typical news document: a word of frequency `f` (per
/// word of running text) is in a document with probability about
/// `1 - exp(-f · DOC_WORDS)`.
const DOC_WORDS: f64 = 400.0;

/// Share of background documents holding a word not in the table (rarer
/// than the 30,000th word: under about one in a million words).
pub const RARE_SHARE: f64 = 1e-4;

/// Share of background documents holding a given name, date or figure: a
/// particular person, place, day or amount is rare in news at large.
pub const TYPED_SHARE: f64 = 1e-4;

fn table() -> &'static HashMap<u64, f64> {
    static MAP: OnceLock<HashMap<u64, f64>> = OnceLock::new();
    MAP.get_or_init(|| {
        // Word frequencies summed per folded stem ("meetings" and
        // "meeting" are one feature).
        let mut freq: HashMap<u64, f64> = HashMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((word, zipf)) = line.split_once(' ') else {
                continue;
            };
            let Ok(z) = zipf.trim().parse::<f64>() else {
                continue;
            };
            let f = 10f64.powf(z / 100.0 - 9.0);
            *freq
                .entry(feature_hash("w", stem_plural(word)))
                .or_insert(0.0) += f;
        }
        freq.into_iter()
            .map(|(h, f)| (h, (1.0 - (-f * DOC_WORDS).exp()).max(RARE_SHARE)))
            .collect()
    })
}

/// The share of background news documents that hold the feature `h` (a
/// [`feature_hash`]): from the table for content words, [`RARE_SHARE`]
/// for a word not in it, [`TYPED_SHARE`] for names, dates and figures.
pub fn background_share(h: u64) -> f64 {
    match FeatureClass::of_hash(h) {
        FeatureClass::Word => table().get(&h).copied().unwrap_or(RARE_SHARE),
        _ => TYPED_SHARE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(w: &str) -> f64 {
        background_share(feature_hash("w", stem_plural(w)))
    }

    #[test]
    fn common_words_are_common_and_rare_ones_rare() {
        assert!(share("government") > 0.05, "{}", share("government"));
        assert!(share("police") > share("shooting"));
        assert!(share("shooting") > share("umerov"));
        assert_eq!(share("umerov"), RARE_SHARE);
        // Plural forms share their stem's frequency.
        assert_eq!(share("meetings"), share("meeting"));
        for w in ["the", "government", "police", "umerov"] {
            let p = share(w);
            assert!(p > 0.0 && p < 1.0, "{w} {p}");
        }
        assert_eq!(
            background_share(feature_hash("per", "l austin")),
            TYPED_SHARE
        );
    }
}
