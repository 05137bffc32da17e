//! Shingles: seeded 64-bit hashes of word or character k-grams.
//!
//! Consumes original text; produces an [`Analysis`] (positional shingle
//! hashes plus the blocks they came from) and, once boilerplate is decided,
//! a [`ShingleSet`] (sorted, distinct hashes).
//!
//! The hash is XXH3-64 with the configured seed (see [`Analyzer::analyze`]
//! for exactly what is hashed), so shingles are stable across platforms,
//! releases and thread counts.
//!
//! A document with at least one token but fewer than `shingle_len` tokens
//! (characters, for character shingles) has exactly one shingle: all of its
//! tokens. A document with no token at all has an empty set; it is never a
//! near-duplicate of anything (an empty set never gets a signature, so the
//! all-zero signature trap of some MinHash libraries cannot happen).

use super::normalize::normalize_into;
use super::tokenize::{tokenize_into, Tokens};
use crate::error::{Error, Result};
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Word or character shingles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShingleKind {
    /// k consecutive word tokens.
    Word,
    /// k consecutive characters of the tokens joined by one separator.
    Char,
}

/// Shingling settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShingleConfig {
    /// Word or character shingles.
    pub kind: ShingleKind,
    /// Tokens (or characters) per shingle, k ≥ 1.
    pub shingle_len: usize,
    /// Seed of the shingle hash.
    pub seed: u64,
}

impl Default for ShingleConfig {
    fn default() -> Self {
        ShingleConfig {
            kind: ShingleKind::Word,
            shingle_len: 5,
            seed: 0,
        }
    }
}

/// A sentence or line of a document, as a range of its tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Hash of the block's normalised tokens (independent of position).
    pub hash: u64,
    /// First token of the block.
    pub first: u32,
    /// One past the last token of the block.
    pub end: u32,
}

/// The shingles of one document before boilerplate removal.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Shingle hashes in text order (may repeat).
    pub shingles: Vec<u64>,
    /// For character shingles: the token each shingle starts in. Empty for
    /// word shingles, where shingle `i` covers tokens `i..i + k` (or all
    /// tokens when there are fewer than k).
    pub shingle_starts: Vec<u32>,
    /// The document's blocks, in order.
    pub blocks: Vec<Block>,
    /// Number of tokens.
    pub num_tokens: u32,
    /// Shingle length the analysis was made with.
    pub shingle_len: u32,
}

impl Analysis {
    /// Token range `[first, end)` covered by shingle `i`.
    pub fn shingle_tokens(&self, i: usize) -> (u32, u32) {
        if let Some(&start) = self.shingle_starts.get(i) {
            return (start, start + 1);
        }
        if self.num_tokens < self.shingle_len {
            return (0, self.num_tokens);
        }
        (i as u32, i as u32 + self.shingle_len)
    }

    /// All shingles as a set (no boilerplate removed).
    pub fn into_shingle_set(self) -> ShingleSet {
        ShingleSet::from_hashes(self.shingles)
    }
}

/// Distinct shingle hashes of a document, sorted ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShingleSet(Vec<u64>);

impl ShingleSet {
    /// A set from any hashes (sorted and de-duplicated here).
    pub fn from_hashes(mut hashes: Vec<u64>) -> Self {
        hashes.sort_unstable();
        hashes.dedup();
        hashes.shrink_to_fit();
        ShingleSet(hashes)
    }

    /// The sorted, distinct hashes.
    pub fn hashes(&self) -> &[u64] {
        &self.0
    }

    /// Number of distinct shingles.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Size of the intersection with `other` (linear merge).
    pub fn intersection_len(&self, other: &ShingleSet) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// Exact Jaccard similarity |A∩B| / |A∪B| in [0, 1]; 0 when either set
    /// is empty (an empty document resembles nothing).
    pub fn jaccard(&self, other: &ShingleSet) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let inter = self.intersection_len(other);
        inter as f64 / (self.len() + other.len() - inter) as f64
    }
}

/// A document's shingles as near-duplicate detection compares them: the full
/// set, and the set without boilerplate when boilerplate was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocShingles {
    /// All shingles.
    pub full: ShingleSet,
    /// The shingles that do not touch a boilerplate block, when any did.
    pub clean: Option<ShingleSet>,
}

impl From<ShingleSet> for DocShingles {
    fn from(full: ShingleSet) -> Self {
        DocShingles { full, clean: None }
    }
}

impl DocShingles {
    /// The set signatures are made from: without boilerplate.
    pub fn clean(&self) -> &ShingleSet {
        self.clean.as_ref().unwrap_or(&self.full)
    }

    /// The similarity near-duplicate detection uses: the smaller of the
    /// exact Jaccard of the full sets and that of the sets without
    /// boilerplate. Two documents must be alike both as written (different
    /// footers or banners are real differences in what is published) and
    /// without their shared templates (a common banner alone never makes two
    /// articles alike). Symmetric, in [0, 1]; equal to the plain Jaccard when
    /// neither document has boilerplate.
    pub fn similarity(&self, other: &DocShingles) -> f64 {
        let full = self.full.jaccard(&other.full);
        if self.clean.is_none() && other.clean.is_none() {
            return full;
        }
        full.min(self.clean().jaccard(other.clean()))
    }
}

/// Reusable per-thread buffers for [`Analyzer::analyze`].
#[derive(Debug, Default)]
pub struct Scratch {
    normalized: String,
    tokens: Tokens,
    token_hashes: Vec<u8>,
    joined: String,
}

/// Seed offset so block hashes never coincide with shingle hashes by design.
const BLOCK_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// The shingling engine, built once from a validated [`ShingleConfig`].
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: ShingleConfig,
}

impl Analyzer {
    /// Builds an analyzer.
    ///
    /// # Errors
    /// [`Error::Config`] when `shingle_len` is 0 or above 64.
    pub fn new(config: ShingleConfig) -> Result<Self> {
        if config.shingle_len == 0 || config.shingle_len > 64 {
            return Err(Error::Config(format!(
                "shingle length must be between 1 and 64, got {}",
                config.shingle_len
            )));
        }
        Ok(Analyzer { config })
    }

    /// The configuration.
    pub fn config(&self) -> &ShingleConfig {
        &self.config
    }

    /// Normalises, tokenises and shingles `text`.
    ///
    /// Word shingles: each token is hashed (XXH3-64, seeded), and shingle
    /// `i` is the XXH3-64 of the little-endian bytes of the hashes of tokens
    /// `i..i + k`, so token boundaries are part of what is hashed (`ab c` is
    /// not `a bc`). Character shingles hash k characters of the tokens joined
    /// by one `\u{1f}` separator. Block hashes hash their tokens' hashes.
    pub fn analyze(&self, text: &str, scratch: &mut Scratch) -> Analysis {
        normalize_into(text, &mut scratch.normalized);
        tokenize_into(&scratch.normalized, &mut scratch.tokens);
        let normalized = scratch.normalized.as_bytes();
        let tokens = &scratch.tokens;
        let k = self.config.shingle_len;
        let seed = self.config.seed;
        let n = tokens.len();
        let mut analysis = Analysis {
            num_tokens: n as u32,
            shingle_len: k as u32,
            ..Analysis::default()
        };
        if n == 0 {
            return analysis;
        }
        // Token hashes, as little-endian bytes, 8 per token.
        let th = &mut scratch.token_hashes;
        th.clear();
        th.reserve(8 * n);
        for &(s, e) in &tokens.bounds {
            let h = xxh3_64_with_seed(&normalized[s as usize..e as usize], seed);
            th.extend_from_slice(&h.to_le_bytes());
        }
        let window = |first: usize, end: usize| &th[8 * first..8 * end];
        // Blocks.
        let starts = &tokens.block_starts;
        analysis.blocks.reserve(starts.len());
        for (bi, &first) in starts.iter().enumerate() {
            let end = starts.get(bi + 1).copied().unwrap_or(n as u32);
            analysis.blocks.push(Block {
                hash: xxh3_64_with_seed(window(first as usize, end as usize), seed ^ BLOCK_SEED),
                first,
                end,
            });
        }
        match self.config.kind {
            ShingleKind::Word => {
                if n < k {
                    analysis
                        .shingles
                        .push(xxh3_64_with_seed(window(0, n), seed));
                } else {
                    analysis.shingles.reserve(n - k + 1);
                    for i in 0..=n - k {
                        analysis
                            .shingles
                            .push(xxh3_64_with_seed(window(i, i + k), seed));
                    }
                }
            }
            ShingleKind::Char => {
                // Characters of the tokens joined by one separator.
                let joined = &mut scratch.joined;
                joined.clear();
                let mut token_of_char: Vec<u32> = Vec::new();
                let mut starts_b: Vec<u32> = Vec::new();
                for (t, &(s, e)) in tokens.bounds.iter().enumerate() {
                    if t > 0 {
                        starts_b.push(joined.len() as u32);
                        token_of_char.push(t as u32);
                        joined.push('\u{1f}');
                    }
                    let tok = &scratch.normalized[s as usize..e as usize];
                    for (off, _) in tok.char_indices() {
                        starts_b.push((joined.len() + off) as u32);
                        token_of_char.push(t as u32);
                    }
                    joined.push_str(tok);
                }
                starts_b.push(joined.len() as u32);
                let nchars = starts_b.len() - 1;
                let w = k.min(nchars);
                let bytes = joined.as_bytes();
                for i in 0..=nchars - w {
                    let (s, e) = (starts_b[i] as usize, starts_b[i + w] as usize);
                    analysis
                        .shingles
                        .push(xxh3_64_with_seed(&bytes[s..e], seed));
                    analysis.shingle_starts.push(token_of_char[i]);
                }
            }
        }
        analysis
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn set(text: &str, kind: ShingleKind, k: usize) -> ShingleSet {
        let a = Analyzer::new(ShingleConfig {
            kind,
            shingle_len: k,
            seed: 7,
        })
        .unwrap();
        a.analyze(text, &mut Scratch::default()).into_shingle_set()
    }

    #[test]
    fn word_shingles_count_and_case() {
        let s = set("One two three four five six", ShingleKind::Word, 5);
        assert_eq!(s.len(), 2);
        assert_eq!(
            s,
            set("ONE, two; three four five. six", ShingleKind::Word, 5)
        );
        assert_eq!(set("one two", ShingleKind::Word, 5).len(), 1);
        assert!(set(" ... ", ShingleKind::Word, 5).is_empty());
    }

    #[test]
    fn separator_matters() {
        assert_ne!(
            set("ab c", ShingleKind::Word, 2),
            set("a bc", ShingleKind::Word, 2)
        );
        assert_ne!(
            set("ab c", ShingleKind::Word, 5),
            set("a bc", ShingleKind::Word, 5)
        );
    }

    #[test]
    fn short_documents_do_not_match_each_other() {
        let a = set("hello world", ShingleKind::Word, 5);
        let b = set("goodbye moon", ShingleKind::Word, 5);
        assert_eq!(a.jaccard(&b), 0.0);
        assert_eq!(a.jaccard(&a), 1.0);
        let empty = set("", ShingleKind::Word, 5);
        assert_eq!(empty.jaccard(&empty), 0.0);
    }

    #[test]
    fn char_shingles() {
        let s = set("abcd", ShingleKind::Char, 3);
        assert_eq!(s.len(), 2);
        assert_eq!(set("ab", ShingleKind::Char, 3).len(), 1);
        // "a b" joined with the separator: 3 characters, one window.
        assert_eq!(set("a b", ShingleKind::Char, 3).len(), 1);
    }

    #[test]
    fn seed_changes_hashes() {
        let a = Analyzer::new(ShingleConfig {
            seed: 1,
            ..Default::default()
        })
        .unwrap();
        let b = Analyzer::new(ShingleConfig {
            seed: 2,
            ..Default::default()
        })
        .unwrap();
        let mut s = Scratch::default();
        let t = "a b c d e f g";
        assert_ne!(a.analyze(t, &mut s).shingles, b.analyze(t, &mut s).shingles);
    }

    #[test]
    fn rejects_bad_length() {
        assert!(Analyzer::new(ShingleConfig {
            shingle_len: 0,
            ..Default::default()
        })
        .is_err());
    }

    proptest! {
        #[test]
        fn word_shingle_count(words in proptest::collection::vec("[a-z]{1,6}", 0..40), k in 1usize..8) {
            let text = words.join(" ");
            let a = Analyzer::new(ShingleConfig { kind: ShingleKind::Word, shingle_len: k, seed: 3 }).unwrap();
            let an = a.analyze(&text, &mut Scratch::default());
            let n = words.len();
            let want = if n == 0 { 0 } else if n < k { 1 } else { n - k + 1 };
            prop_assert_eq!(an.shingles.len(), want);
            let set = an.into_shingle_set();
            prop_assert!(set.len() <= want);
            prop_assert!(set.hashes().windows(2).all(|w| w[0] < w[1]));
        }

        #[test]
        fn jaccard_symmetric_in_unit_interval(a in "[a-c ]{0,60}", b in "[a-c ]{0,60}") {
            let (x, y) = (set(&a, ShingleKind::Word, 2), set(&b, ShingleKind::Word, 2));
            let (j1, j2) = (x.jaccard(&y), y.jaccard(&x));
            prop_assert_eq!(j1, j2);
            prop_assert!((0.0..=1.0).contains(&j1));
            if !x.is_empty() { prop_assert_eq!(x.jaccard(&x), 1.0); }
        }

        #[test]
        fn char_shingles_never_panic(s in "\\PC{0,80}", k in 1usize..10) {
            let _ = set(&s, ShingleKind::Char, k);
        }
    }
}
