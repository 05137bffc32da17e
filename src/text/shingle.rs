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

/// Reusable per-thread buffers for [`Analyzer::analyze`] and
/// [`Analyzer::analyze_in_place`].
#[derive(Debug, Default)]
pub struct Scratch {
    bufs: Buffers,
    analysis: Analysis,
}

#[derive(Debug, Default)]
struct Buffers {
    normalized: String,
    tokens: Tokens,
    token_hashes: Vec<u64>,
    joined: String,
}

/// Multiplier of the polynomial over token hashes (odd, so powers of it
/// never vanish modulo 2⁶⁴).
const RUN_KEY: u64 = 0x9fb2_1c65_1e98_df25;

/// A bijective 64-bit finaliser (splitmix64's), keyed by `seed`.
#[inline]
fn finish(x: u64, seed: u64) -> u64 {
    let mut z = x ^ seed.wrapping_mul(0xd6e8_feb8_6659_fd93);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The hash of the token `padded[s..e]` (`padded` has eight zero bytes
/// past the text). A token of at most 8 bytes (no zero byte in it) is one
/// little-endian word, finalised: distinct short tokens never collide.
/// Longer tokens: XXH3-64. Seeded either way.
#[inline]
fn token_hash(padded: &[u8], s: usize, e: usize, seed: u64) -> u64 {
    let len = e - s;
    if len <= 8 {
        let word = padded
            .get(s..s + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .map_or(0, u64::from_le_bytes);
        let mask = if len == 0 {
            0
        } else {
            u64::MAX >> (64 - 8 * len)
        };
        return finish(word & mask, seed);
    }
    xxh3_64_with_seed(&padded[s..e], seed)
}

/// The hash of a run of token hashes: the polynomial Σ hⱼ·K^(len−1−j)
/// modulo 2⁶⁴, plus the run's length, finalised and seeded. Token
/// boundaries are part of it (a token's hash is one coefficient).
fn run_hash(run: &[u64], seed: u64) -> u64 {
    let p = run
        .iter()
        .fold(0u64, |p, &h| p.wrapping_mul(RUN_KEY).wrapping_add(h));
    finish(
        p.wrapping_add((run.len() as u64).wrapping_mul(RUN_KEY << 1)),
        seed,
    )
}

/// [`run_hash`] of every window of `k` consecutive token hashes (`k ≤
/// len`), in one pass: the polynomial rolls, dropping the oldest term and
/// adding the newest.
fn rolling_run_hashes(th: &[u64], k: usize, seed: u64, out: &mut Vec<u64>) {
    let top = (1..k).fold(1u64, |x, _| x.wrapping_mul(RUN_KEY));
    let len_term = (k as u64).wrapping_mul(RUN_KEY << 1);
    let mut p = th[..k]
        .iter()
        .fold(0u64, |p, &h| p.wrapping_mul(RUN_KEY).wrapping_add(h));
    out.push(finish(p.wrapping_add(len_term), seed));
    for i in k..th.len() {
        p = p
            .wrapping_sub(th[i - k].wrapping_mul(top))
            .wrapping_mul(RUN_KEY)
            .wrapping_add(th[i]);
        out.push(finish(p.wrapping_add(len_term), seed));
    }
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
    /// Word shingles: each token is hashed (seeded; a token of up to 8
    /// bytes is read as one word and finalised with splitmix64's mixer,
    /// longer ones go through XXH3-64), and shingle `i` hashes the run of
    /// the hashes of tokens `i..i + k` (a polynomial in a fixed odd key
    /// modulo 2⁶⁴, plus the run's length, finalised and seeded), so token
    /// boundaries are part of what is hashed (`ab c` is not `a bc`) and the
    /// shingles of a document take one multiply-add each as the window
    /// rolls. Character shingles hash k characters of the tokens joined by
    /// one `\u{1f}` separator (XXH3-64). Block hashes hash the run of their
    /// tokens' hashes.
    pub fn analyze(&self, text: &str, scratch: &mut Scratch) -> Analysis {
        let mut analysis = Analysis::default();
        self.fill(text, &mut scratch.bufs, &mut analysis);
        analysis
    }

    /// [`analyze`](Self::analyze) into the scratch space: the analysis is
    /// valid until the next call, and a thread that analyses many
    /// documents allocates nothing once its buffers have grown.
    pub fn analyze_in_place<'s>(&self, text: &str, scratch: &'s mut Scratch) -> &'s Analysis {
        self.fill(text, &mut scratch.bufs, &mut scratch.analysis);
        &scratch.analysis
    }

    fn fill(&self, text: &str, scratch: &mut Buffers, analysis: &mut Analysis) {
        normalize_into(text, &mut scratch.normalized);
        tokenize_into(&scratch.normalized, &mut scratch.tokens);
        // Eight zero bytes after the text let a short token be read as one
        // little-endian word (no token holds a zero byte).
        scratch.normalized.push_str("\0\0\0\0\0\0\0\0");
        let padded = scratch.normalized.as_bytes();
        let tokens = &scratch.tokens;
        let k = self.config.shingle_len;
        let seed = self.config.seed;
        let n = tokens.len();
        analysis.shingles.clear();
        analysis.shingle_starts.clear();
        analysis.blocks.clear();
        analysis.num_tokens = n as u32;
        analysis.shingle_len = k as u32;
        if n == 0 {
            return;
        }
        let th = &mut scratch.token_hashes;
        th.clear();
        th.reserve(n);
        for &(s, e) in &tokens.bounds {
            th.push(token_hash(padded, s as usize, e as usize, seed));
        }
        // Blocks.
        let starts = &tokens.block_starts;
        analysis.blocks.reserve(starts.len());
        for (bi, &first) in starts.iter().enumerate() {
            let end = starts.get(bi + 1).copied().unwrap_or(n as u32);
            analysis.blocks.push(Block {
                hash: run_hash(&th[first as usize..end as usize], seed ^ BLOCK_SEED),
                first,
                end,
            });
        }
        match self.config.kind {
            ShingleKind::Word => {
                if n < k {
                    analysis.shingles.push(run_hash(th, seed));
                } else {
                    analysis.shingles.reserve(n - k + 1);
                    rolling_run_hashes(th, k, seed, &mut analysis.shingles);
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
    fn rolling_hashes_are_the_hashes_of_each_window() {
        let th: Vec<u64> = (0..40u64)
            .map(|i| i.wrapping_mul(0x1234_5678_9abc_def1))
            .collect();
        for k in [1, 2, 5, 17, 40] {
            let mut rolled = Vec::new();
            rolling_run_hashes(&th, k, 99, &mut rolled);
            let direct: Vec<u64> = th.windows(k).map(|w| run_hash(w, 99)).collect();
            assert_eq!(rolled, direct, "k = {k}");
        }
        // The length is part of a run's hash.
        assert_ne!(run_hash(&[0, 5], 1), run_hash(&[5], 1));
    }

    #[test]
    fn short_tokens_never_collide() {
        let words = [
            "a", "b", "ab", "ba", "abcdefgh", "abcdefg", "bcdefgh", "Київ", "x_1",
        ];
        let mut seen = std::collections::HashSet::new();
        for w in words {
            let mut padded = w.as_bytes().to_vec();
            padded.extend_from_slice(&[0; 8]);
            assert!(seen.insert(token_hash(&padded, 0, w.len(), 3)), "{w}");
            // Only the token's own bytes count, not what follows it.
            let mut longer = w.as_bytes().to_vec();
            longer.extend_from_slice(b"zzzzzzzz\0\0\0\0\0\0\0\0");
            assert_eq!(
                token_hash(&longer, 0, w.len(), 3),
                token_hash(&padded, 0, w.len(), 3)
            );
        }
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
