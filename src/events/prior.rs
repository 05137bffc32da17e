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
//! At every corpus size, [`DocFreq::idf`](super::features::DocFreq::idf)
//! adds [`BACKGROUND_DOCS`] pseudo-documents drawn from this background to
//! the corpus counts (a shrinkage of the corpus's document frequencies
//! towards the background's): in a corpus of two, a word that both
//! articles use and that one document in three uses in general carries
//! little information, a word in one document in 10,000 carries much; in
//! a corpus of one or two topics (twenty reports of two earthquakes), the
//! topic's words keep some of the rarity they have in news at large
//! instead of falling to nothing because most reports use them; in a
//! corpus of many times [`BACKGROUND_DOCS`] the corpus's own counts decide.
//! From four documents on, the weight is also scaled by the square root of
//! the share of documents *without* the feature: what nearly every
//! document of the corpus says cannot tell its documents apart (five
//! reports of three meetings of one minister all name him).
//!
//! A word's weight, and so a pair's cosine and the linkage threshold, then
//! mean about the same at any corpus size. Clustering the ECB+ look topics
//! in groups of 1, 2, 5, 10 and all 18 topics gives B-cubed F1
//! 0.880 / 0.962 / 0.956 / 0.964 / 0.952 (corpus counts alone:
//! 0.629 / 0.791 / 0.902 / 0.930 / 0.961; recall 0.46 for one topic
//! alone).
//!
//! Guarantees: the table is parsed once per process (a few milliseconds),
//! read-only after; a word absent from it counts as rare.

use super::features::{feature_hash, stem_plural, FeatureClass};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped table: `word zipf×100` per line, `#` comments.
const TABLE: &str = include_str!("background_en.txt");

/// Pseudo-documents of the background added to every corpus: the prior's
/// strength. A corpus weighs its words half by its own counts and half by
/// the background at this size: below it (a few topics, hundreds of
/// reports) the background keeps a topic's words from losing their
/// weight to the topic's own reports; well above it (a stream of
/// thousands of reports) the corpus's counts say which words every report
/// uses. A round number (the value the prior had for two or three
/// documents); 3,000 scored the same on the odd-numbered ECB+ look topics
/// the threshold was fitted on.
pub const BACKGROUND_DOCS: f64 = 1000.0;

/// Largest corpus where different casts count against one event
/// ([`score_in`](super::score::score_in)) and where a feature's weight is
/// not scaled by the share of documents without it
/// ([`DocFreq::idf`](super::features::DocFreq::idf)): with two or three documents,
/// every shared feature is in every document and the corpus cannot tell a
/// topic word from a rare one; from four on, the corpus's own counts say
/// which words every report of the topic uses (five reports of one
/// minister's meetings share his name, and then it says nothing about
/// which meeting).
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

/// Share of background documents holding a given year or month
/// ([`FeatureClass::Period`]) in a corpus of [`FEW_DOCUMENTS`]: not a
/// rare particular like a day or a name there, because two or three
/// reports compared are written close together (the time rules of
/// [`score`](super::score) keep others apart) and nearly every report
/// dates its news in its own month and year. Two shootings a day apart in
/// two towns share "March 2025" as surely as they share "police", and
/// two documents cannot tell that from their own counts. From four
/// documents on, the share of documents without the feature does (a
/// month every report of a stream states weighs nothing), and a year or
/// a month keeps [`TYPED_SHARE`]: in a corpus of many years, one report's
/// year is what tells its event from the same kind of event years apart.
/// About the share of a common news word ("police", "killed").
pub const PERIOD_SHARE: f64 = 0.05;

/// The share of background news documents that hold the feature `h` (a
/// [`feature_hash`]) in a corpus of `docs` documents: from the table for
/// content words, [`RARE_SHARE`] for a word not in it, [`PERIOD_SHARE`]
/// for a year or a month among [`FEW_DOCUMENTS`], [`TYPED_SHARE`] for
/// names, days, figures (and years and months in larger corpora).
pub fn background_share_in(h: u64, docs: u64) -> f64 {
    if FeatureClass::of_hash(h) == FeatureClass::Period && docs <= FEW_DOCUMENTS {
        return PERIOD_SHARE;
    }
    background_share(h)
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

    #[test]
    fn years_and_months_are_common_only_among_few_documents() {
        for (kind, value) in [("year", "2025"), ("mon", "2025-03")] {
            let h = feature_hash(kind, value);
            assert_eq!(background_share_in(h, 2), PERIOD_SHARE);
            assert_eq!(background_share_in(h, FEW_DOCUMENTS + 1), TYPED_SHARE);
        }
        // A day is a particular at any corpus size.
        let day = feature_hash("day", "2025-03-08");
        assert_eq!(background_share_in(day, 2), TYPED_SHARE);
        let word = feature_hash("w", "police");
        assert_eq!(background_share_in(word, 2), background_share(word));
    }
}
