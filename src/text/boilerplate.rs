//! Boilerplate: blocks (lines, sentences) that many documents share as a
//! template, such as agency footers, "Related Stories" lists or a site
//! banner.
//!
//! Consumes the [`Analysis`] of every document; produces, per document, the
//! [`ShingleSet`] without the shingles that touch a boilerplate block.
//!
//! A block is boilerplate in a document when
//! 1. at least `min_docs` documents contain it (document frequency), and
//! 2. its document frequency is at least `ratio` times the typical document
//!    frequency of that document's own text (the token-weighted median over
//!    its blocks, each block counted with its exact document frequency).
//!
//! The second rule tells templates from syndication: the sentences of a wire
//! story copied by 50 outlets all have a document frequency near 50, so none
//! of them stands out; a footer found in 2,000 documents stands out in each
//! of them. A document made only of frequent blocks keeps them all (its
//! median is high), and a document whose every shingle would be dropped keeps
//! its full set, so boilerplate removal never empties a document.
//!
//! The median uses every block's exact document frequency, rare ones
//! included: in a story copied a dozen times with light edits, the intact
//! sentences are in 10–12 documents and the edited ones in 2–9, and all of
//! them are the story's own text. (Counting everything under `min_docs` as
//! 1 made the intact sentences stand out fourfold and removed them as
//! boilerplate, which split such clusters.) Only blocks found in two or
//! more documents are stored, so memory follows the shared text, not the
//! corpus.

use super::shingle::{Analysis, DocShingles, ShingleSet};
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Block hashes are already uniform 64-bit XXH3 values: the map uses them
/// as they are instead of hashing them again.
#[derive(Debug, Clone, Copy, Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used (the keys are u64); fold anything else.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type BlockCounts = HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>;

/// Boilerplate detection settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoilerplateConfig {
    /// Whether to detect boilerplate at all.
    pub enabled: bool,
    /// Minimum number of documents a block must appear in (≥ 2).
    pub min_docs: u32,
    /// How many times more frequent than the document's own text a block
    /// must be (≥ 1).
    pub ratio: f64,
}

impl Default for BoilerplateConfig {
    fn default() -> Self {
        BoilerplateConfig {
            enabled: true,
            min_docs: 10,
            ratio: 4.0,
        }
    }
}

impl BoilerplateConfig {
    /// Checks the settings.
    ///
    /// # Errors
    /// [`Error::Config`] when `min_docs < 2` or `ratio < 1` (or not finite).
    pub fn validate(&self) -> Result<()> {
        if self.min_docs < 2 {
            return Err(Error::Config(format!(
                "boilerplate minimum document count must be at least 2, got {}",
                self.min_docs
            )));
        }
        if !self.ratio.is_finite() || self.ratio < 1.0 {
            return Err(Error::Config(format!(
                "boilerplate ratio must be at least 1, got {}",
                self.ratio
            )));
        }
        Ok(())
    }
}

/// Document frequencies of the shared blocks of a corpus.
#[derive(Debug, Clone, Default)]
pub struct BoilerplateDetector {
    config: BoilerplateConfig,
    /// Blocks found in at least two documents, with their counts (a block
    /// that is absent is in one document).
    counts: BlockCounts,
    /// How many of them reach `min_docs`.
    frequent: usize,
}

impl BoilerplateDetector {
    /// Counts, over all documents, how many documents contain each block,
    /// and keeps the counts of the blocks found in two or more.
    ///
    /// `block_hashes` holds each document's *distinct* block hashes, all
    /// documents concatenated; the order does not matter (it is sorted here).
    pub fn from_block_hashes(config: BoilerplateConfig, block_hashes: Vec<u64>) -> Self {
        Self::from_partitions(config, std::iter::once(block_hashes))
    }

    /// [`from_block_hashes`](Self::from_block_hashes) with the hashes
    /// given in partitions that share no hash (all occurrences of a hash in
    /// one partition), counted one partition at a time: a caller can hold
    /// one partition in memory instead of every block of the corpus.
    pub fn from_partitions(
        config: BoilerplateConfig,
        partitions: impl IntoIterator<Item = Vec<u64>>,
    ) -> Self {
        let mut counts = BlockCounts::default();
        let mut frequent = 0;
        if config.enabled {
            for mut block_hashes in partitions {
                sort_hashes(&mut block_hashes);
                let mut i = 0;
                while i < block_hashes.len() {
                    let mut j = i + 1;
                    while j < block_hashes.len() && block_hashes[j] == block_hashes[i] {
                        j += 1;
                    }
                    let count = u32::try_from(j - i).unwrap_or(u32::MAX);
                    if count >= 2 {
                        counts.insert(block_hashes[i], count);
                    }
                    if count >= config.min_docs {
                        frequent += 1;
                    }
                    i = j;
                }
            }
        }
        BoilerplateDetector {
            config,
            counts,
            frequent,
        }
    }

    /// The detector from block document frequencies counted elsewhere
    /// (such as the `frequent_blocks` dataset of a staged run): `counts`
    /// gives each block hash with the number of documents it occurs in,
    /// each hash once. Blocks in fewer than two documents may be left out
    /// (they count as one). Equals [`from_block_hashes`](Self::from_block_hashes)
    /// over the same documents.
    pub fn from_counts(
        config: BoilerplateConfig,
        counts: impl IntoIterator<Item = (u64, u32)>,
    ) -> Self {
        let mut kept = BlockCounts::default();
        let mut frequent = 0;
        if config.enabled {
            for (hash, count) in counts {
                if count >= 2 {
                    kept.insert(hash, count);
                }
                if count >= config.min_docs {
                    frequent += 1;
                }
            }
        }
        BoilerplateDetector {
            config,
            counts: kept,
            frequent,
        }
    }

    /// The document frequencies this detector uses: every block found in
    /// two or more documents with its count, by hash (what
    /// [`from_counts`](Self::from_counts) takes back).
    pub fn counts(&self) -> Vec<(u64, u32)> {
        let mut v: Vec<(u64, u32)> = self.counts.iter().map(|(&h, &c)| (h, c)).collect();
        v.sort_unstable();
        v
    }

    /// Whether detection is on.
    pub fn enabled(&self) -> bool {
        self.config.enabled
    }

    /// The distinct block hashes of one document (for
    /// [`from_block_hashes`](Self::from_block_hashes)).
    pub fn distinct_blocks(analysis: &Analysis) -> Vec<u64> {
        let mut v: Vec<u64> = analysis.blocks.iter().map(|b| b.hash).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Number of blocks that reach the document-frequency floor.
    pub fn num_frequent_blocks(&self) -> usize {
        self.frequent
    }

    /// Number of documents that contain a block (1 for a block never seen:
    /// it is at least in the document asking).
    pub fn document_frequency(&self, hash: u64) -> u32 {
        self.counts.get(&hash).copied().unwrap_or(1)
    }

    fn df(&self, hash: u64) -> u32 {
        self.document_frequency(hash)
    }

    /// Which of the document's blocks are boilerplate.
    pub fn boilerplate_blocks(&self, analysis: &Analysis) -> Vec<bool> {
        let blocks = &analysis.blocks;
        let mut flags = Vec::new();
        self.flag_blocks(
            blocks.len(),
            |i| blocks[i].hash,
            |i| blocks[i].end - blocks[i].first,
            &mut flags,
        );
        flags
    }

    /// Which of a document's `n` blocks are boilerplate, from each block's
    /// hash and length in tokens, into `flags` (cleared first). Returns
    /// whether any is. Allocates only for a document that has a frequent
    /// block.
    pub fn flag_blocks(
        &self,
        n: usize,
        hash: impl Fn(usize) -> u64,
        tokens: impl Fn(usize) -> u32,
        flags: &mut Vec<bool>,
    ) -> bool {
        flags.clear();
        flags.resize(n, false);
        let min_docs = self.config.min_docs;
        if self.frequent == 0 || !(0..n).any(|i| self.df(hash(i)) >= min_docs) {
            return false;
        }
        // Token-weighted median document frequency of this document's blocks.
        let mut weighted: Vec<(u32, u32)> = (0..n).map(|i| (self.df(hash(i)), tokens(i))).collect();
        weighted.sort_unstable();
        let total: u64 = weighted.iter().map(|&(_, w)| w as u64).sum();
        let mut acc = 0u64;
        let mut median = 1u32;
        for &(df, w) in &weighted {
            acc += w as u64;
            if acc * 2 >= total {
                median = df;
                break;
            }
        }
        let floor = self.config.ratio * median as f64;
        let mut any = false;
        for (i, f) in flags.iter_mut().enumerate() {
            let df = self.df(hash(i));
            *f = df >= min_docs && df as f64 >= floor;
            any |= *f;
        }
        any
    }

    /// The document's shingle set without the shingles that touch a
    /// boilerplate block. Falls back to the full set when that would leave
    /// nothing.
    pub fn shingle_set(&self, analysis: Analysis) -> ShingleSet {
        match self.clean_set(&analysis) {
            Some(clean) => clean,
            None => analysis.into_shingle_set(),
        }
    }

    /// The document's full set and, when boilerplate was found, its set
    /// without boilerplate.
    pub fn doc_shingles(&self, analysis: Analysis) -> DocShingles {
        let clean = self.clean_set(&analysis);
        DocShingles {
            full: analysis.into_shingle_set(),
            clean,
        }
    }

    /// The set without boilerplate, or `None` when nothing is boilerplate
    /// (or everything is).
    fn clean_set(&self, analysis: &Analysis) -> Option<ShingleSet> {
        let flags = self.boilerplate_blocks(analysis);
        if !flags.iter().any(|&f| f) {
            return None;
        }
        let flagged = analysis
            .blocks
            .iter()
            .zip(&flags)
            .filter(|(_, &f)| f)
            .map(|(b, _)| (b.first, b.end));
        let mut touched = Vec::new();
        touched_shingles(
            analysis.num_tokens,
            flagged,
            analysis.shingles.len(),
            |i| analysis.shingle_tokens(i),
            &mut touched,
        );
        let kept: Vec<u64> = analysis
            .shingles
            .iter()
            .zip(&touched)
            .filter(|(_, &t)| !t)
            .map(|(&h, _)| h)
            .collect();
        if kept.is_empty() {
            return None;
        }
        Some(ShingleSet::from_hashes(kept))
    }
}

/// Which of a document's `num_shingles` shingles touch a boilerplate block,
/// into `out` (cleared first): `flagged` gives the token ranges
/// `[first, end)` of its boilerplate blocks, `shingle_tokens(i)` the token
/// range shingle `i` covers ([`Analysis::shingle_tokens`]).
pub fn touched_shingles(
    num_tokens: u32,
    flagged: impl Iterator<Item = (u32, u32)>,
    num_shingles: usize,
    shingle_tokens: impl Fn(usize) -> (u32, u32),
    out: &mut Vec<bool>,
) {
    // Per token: inside a boilerplate block?
    let mut bad = vec![false; num_tokens as usize];
    for (first, end) in flagged {
        let end = (end as usize).min(bad.len());
        for t in bad.get_mut(first as usize..end).into_iter().flatten() {
            *t = true;
        }
    }
    // Prefix sums answer "does shingle i touch a bad token" in O(1).
    let mut prefix = Vec::with_capacity(bad.len() + 1);
    let mut sum = 0u32;
    prefix.push(0u32);
    for &x in &bad {
        sum += x as u32;
        prefix.push(sum);
    }
    out.clear();
    out.extend((0..num_shingles).map(|i| {
        let (s, e) = shingle_tokens(i);
        let at = |t: u32| prefix.get(t as usize).copied().unwrap_or(sum);
        at(e) != at(s)
    }));
}

fn sort_hashes(v: &mut [u64]) {
    use rayon::slice::ParallelSliceMut;
    // Runs on the caller's rayon pool (the pipeline's); sequential for small
    // inputs where spawning costs more than it saves.
    if v.len() > 1 << 12 {
        v.par_sort_unstable();
    } else {
        v.sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::shingle::{Analyzer, Scratch, ShingleConfig};

    fn analyze(texts: &[String]) -> Vec<Analysis> {
        let a = Analyzer::new(ShingleConfig::default()).unwrap();
        let mut s = Scratch::default();
        texts.iter().map(|t| a.analyze(t, &mut s)).collect()
    }

    fn detector(analyses: &[Analysis], config: BoilerplateConfig) -> BoilerplateDetector {
        let all = analyses
            .iter()
            .flat_map(BoilerplateDetector::distinct_blocks)
            .collect();
        BoilerplateDetector::from_block_hashes(config, all)
    }

    fn article(i: usize) -> String {
        // Distinct words per article so articles share nothing but the footer.
        (0..60)
            .map(|w| format!("w{i}x{w}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    const FOOTER: &str =
        "Related Stories: sign up for our newsletter and follow us on social media today";

    #[test]
    fn shared_footer_is_removed_and_articles_no_longer_match() {
        let texts: Vec<String> = (0..30)
            .map(|i| format!("{}.\n{FOOTER}", article(i)))
            .collect();
        let analyses = analyze(&texts);
        let det = detector(&analyses, BoilerplateConfig::default());
        assert_eq!(det.num_frequent_blocks(), 1);
        let sets: Vec<ShingleSet> = analyses.into_iter().map(|a| det.shingle_set(a)).collect();
        // Without the footer the articles share nothing.
        assert_eq!(sets[0].jaccard(&sets[1]), 0.0);
        // Footer and the four shingles that straddle it are gone.
        assert_eq!(sets[0].len(), 60 - 4);
    }

    #[test]
    fn syndicated_story_is_not_boilerplate() {
        // The same story in 30 outlets: every block has df 30, nothing stands out.
        let story = (0..5).map(article).collect::<Vec<_>>().join(". ");
        let texts: Vec<String> = (0..30).map(|_| story.clone()).collect();
        let analyses = analyze(&texts);
        let det = detector(&analyses, BoilerplateConfig::default());
        assert!(det.num_frequent_blocks() > 0);
        let sets: Vec<ShingleSet> = analyses.into_iter().map(|a| det.shingle_set(a)).collect();
        assert_eq!(sets[0].jaccard(&sets[29]), 1.0);
        assert_eq!(sets[0].len(), 5 * 60 - 4);
    }

    /// A story copied by twelve outlets, each editing a few sentences: the
    /// intact sentences are in 11 documents, the edited ones in 1 to 6. All
    /// of it is the story's own text, and a footer the twelve share with 30
    /// other articles is still a template. (Regression: with every block
    /// under `min_docs` counted as one document, the median fell to 1 and
    /// the intact sentences were removed as boilerplate, splitting large
    /// clusters of copies.)
    #[test]
    fn sentences_of_a_widely_copied_story_are_not_boilerplate() {
        let sentence = |s: usize, edit: Option<usize>| -> String {
            (0..15)
                .map(|w| match edit {
                    Some(c) if w == 7 => format!("edit{c}x{s}"),
                    _ => format!("s{s}w{w}"),
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let copy = |c: usize| -> String {
            (0..20)
                .map(|s| {
                    let edited = if s < 6 { c == s } else { (c + s) % 2 == 0 };
                    sentence(s, edited.then_some(c))
                })
                .collect::<Vec<_>>()
                .join(". ")
        };
        let mut texts: Vec<String> = (0..12).map(copy).collect();
        let analyses = analyze(&texts);
        let det = detector(&analyses, BoilerplateConfig::default());
        assert!(
            det.num_frequent_blocks() >= 6,
            "the intact sentences reach min_docs"
        );
        for (c, a) in analyses.iter().enumerate() {
            let flags = det.boilerplate_blocks(a);
            assert!(!flags.iter().any(|&f| f), "copy {c}: {flags:?}");
        }
        // The same twelve with a footer shared by 30 more articles.
        texts = (0..12).map(|c| format!("{}.\n{FOOTER}", copy(c))).collect();
        texts.extend((0..30).map(|i| format!("{}.\n{FOOTER}", article(i))));
        let analyses = analyze(&texts);
        let det = detector(&analyses, BoilerplateConfig::default());
        for (c, a) in analyses.iter().take(12).enumerate() {
            let flags = det.boilerplate_blocks(a);
            assert_eq!(flags.iter().filter(|&&f| f).count(), 1, "copy {c}");
            assert!(
                flags[flags.len() - 1],
                "copy {c}: the footer is the last block"
            );
        }
    }

    #[test]
    fn disabled_or_rare_keeps_everything() {
        let texts: Vec<String> = (0..5)
            .map(|i| format!("{}.\n{FOOTER}", article(i)))
            .collect();
        let analyses = analyze(&texts);
        let det = detector(&analyses, BoilerplateConfig::default());
        assert_eq!(det.num_frequent_blocks(), 0, "5 < min_docs");
        let off = BoilerplateConfig {
            enabled: false,
            ..Default::default()
        };
        let texts: Vec<String> = (0..30)
            .map(|i| format!("{}.\n{FOOTER}", article(i)))
            .collect();
        let analyses = analyze(&texts);
        assert_eq!(detector(&analyses, off).num_frequent_blocks(), 0);
    }

    #[test]
    fn validation() {
        assert!(BoilerplateConfig {
            min_docs: 1,
            ..Default::default()
        }
        .validate()
        .is_err());
        assert!(BoilerplateConfig {
            ratio: 0.5,
            ..Default::default()
        }
        .validate()
        .is_err());
        assert!(BoilerplateConfig::default().validate().is_ok());
    }
}
