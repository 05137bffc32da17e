//! Shingle sets kept compactly, for corpora of millions of documents.
//!
//! Consumes each document's [`Analysis`] (pushed into [`ShingleBatch`]es,
//! one per reader chunk, then into a [`ShingleStore`] in input order);
//! produces the corpus' block document frequencies
//! ([`ShingleStore::detector`]), each document's LSH band keys computed
//! from its set without boilerplate ([`ShingleStore::band_keys`]), and exact
//! similarities ([`ShingleStore::similarity`]) equal to
//! [`DocShingles::similarity`](crate::text::DocShingles::similarity) on
//! the same documents.
//!
//! Guarantees and costs:
//! - **Compact.** A document costs 4 bytes per shingle position (the high
//!   32 bits of the 64-bit shingle hash; two sets of 500 shingles share a
//!   spurious 32-bit value with probability about 6·10⁻⁵, a Jaccard error
//!   below 2·10⁻⁶), 12 bytes per block until the band keys are made, and
//!   about 32 bytes of bookkeeping, in flat arrays per batch: no allocation
//!   per document. Signatures are never stored: only their band keys.
//! - **Sorted only when needed.** Positions become a sorted, distinct set
//!   (in place) only for the documents [`ShingleStore::prepare`] is given:
//!   those in a candidate pair. Boilerplate is remembered as one bit per
//!   position, then one bit per distinct shingle (set: the shingle also
//!   occurs outside boilerplate).
//! - Deterministic: nothing depends on the thread count.

use super::Similarity;
use crate::document::DocIndex;
use crate::lsh::{BandKeys, LshParams};
use crate::minhash::MinHasher;
use crate::text::boilerplate::touched_shingles;
use crate::text::{Analysis, BoilerplateConfig, BoilerplateDetector};
use rayon::prelude::*;

/// A shingle hash as stored: the high half of the 64-bit hash.
fn short(h: u64) -> u32 {
    (h >> 32) as u32
}

/// No bit array.
const NO_BITS: u32 = u32::MAX;

/// A document's number of tokens and the token ranges `[first, end)` of its
/// boilerplate blocks.
pub type BoilerplateRanges = (u32, Box<[(u32, u32)]>);

/// Where one document's data sits in its batch, and in what state.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    /// First hash in `hashes`.
    start: u32,
    /// Shingle positions; once sorted, distinct shingles.
    len: u32,
    /// First block in `block_hashes`.
    blocks: u32,
    /// Number of blocks.
    num_blocks: u32,
    /// Number of tokens.
    tokens: u32,
    /// First word in `bits` (positions touching boilerplate; once sorted,
    /// distinct shingles found outside boilerplate), or [`NO_BITS`] when
    /// the document has no boilerplate.
    bits: u32,
    /// Distinct shingles outside boilerplate (once sorted).
    clean_len: u32,
    /// Whether `hashes` holds the sorted, distinct set.
    sorted: bool,
}

/// The shingles of consecutive documents, as the analysis stage hands them
/// on (built on a worker thread, one per reader chunk).
#[derive(Debug, Clone, Default)]
pub struct ShingleBatch {
    shingle_len: u32,
    shapes: Vec<Shape>,
    hashes: Vec<u32>,
    /// Character shingles: the token each shingle starts in.
    starts: Vec<u32>,
    block_hashes: Vec<u64>,
    block_firsts: Vec<u32>,
    bits: Vec<u64>,
}

impl ShingleBatch {
    /// An empty batch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a document's analysis; returns its slot in the batch.
    ///
    /// # Panics
    /// Never for real input: a batch holds at most 2³² − 1 shingles (a
    /// reader chunk is a few megabytes; one record is at most
    /// `max_record_bytes`).
    pub fn push(&mut self, a: &Analysis) -> u32 {
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.shingle_len = a.shingle_len;
        let shape = Shape {
            start: offset(self.hashes.len()),
            len: offset(a.shingles.len()),
            blocks: offset(self.block_hashes.len()),
            num_blocks: offset(a.blocks.len()),
            tokens: a.num_tokens,
            bits: NO_BITS,
            clean_len: 0,
            sorted: false,
        };
        self.hashes.extend(a.shingles.iter().map(|&h| short(h)));
        self.starts.extend_from_slice(&a.shingle_starts);
        self.block_hashes.extend(a.blocks.iter().map(|b| b.hash));
        self.block_firsts.extend(a.blocks.iter().map(|b| b.first));
        self.shapes.push(shape);
        offset(self.shapes.len() - 1)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    /// Whether the batch is empty.
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// Gives back unused capacity: a batch lives until the end of the run
    /// (call it where the batch is built, on a worker thread).
    pub fn shrink_to_fit(&mut self) {
        self.shapes.shrink_to_fit();
        self.hashes.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.block_hashes.shrink_to_fit();
        self.block_firsts.shrink_to_fit();
    }

    /// Token range `[first, end)` covered by shingle `i` (as
    /// [`Analysis::shingle_tokens`]).
    fn shingle_tokens(&self, s: &Shape, i: usize) -> (u32, u32) {
        if !self.starts.is_empty() {
            let t = self.starts[s.start as usize + i];
            return (t, t + 1);
        }
        if s.tokens < self.shingle_len {
            return (0, s.tokens);
        }
        (i as u32, i as u32 + self.shingle_len)
    }

    /// Token range of block `b` of document `s`.
    fn block_tokens(&self, s: &Shape, b: usize) -> (u32, u32) {
        let at = s.blocks as usize + b;
        let end = if b + 1 < s.num_blocks as usize {
            self.block_firsts[at + 1]
        } else {
            s.tokens
        };
        (self.block_firsts[at], end)
    }
}

/// Reusable buffers of one worker.
#[derive(Default)]
struct Scratch {
    flags: Vec<bool>,
    touched: Vec<bool>,
    mins: Vec<u64>,
    values: Vec<u32>,
    tagged: Vec<u64>,
}

/// The shingle sets of a corpus, in document-index order.
#[derive(Debug, Clone, Default)]
pub struct ShingleStore {
    batches: Vec<ShingleBatch>,
    /// Per batch: its slots that are documents, ascending (a slot can be
    /// dropped, e.g. a duplicate id found after analysis).
    live: Vec<Vec<u32>>,
    /// Per batch: the index of its first document.
    first: Vec<DocIndex>,
    /// Per document: (batch, slot).
    index: Vec<(u32, u32)>,
}

impl ShingleStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a batch; its documents are the slots `live` (ascending), and
    /// they get the next document indices in that order.
    pub fn push(&mut self, batch: ShingleBatch, live: Vec<u32>) {
        let b = u32::try_from(self.batches.len()).unwrap_or(u32::MAX);
        self.first
            .push(DocIndex::try_from(self.index.len()).unwrap_or(DocIndex::MAX));
        self.index.extend(live.iter().map(|&slot| (b, slot)));
        self.batches.push(batch);
        self.live.push(live);
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there is no document.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    fn shape(&self, doc: DocIndex) -> Option<(&ShingleBatch, &Shape)> {
        let &(b, slot) = self.index.get(doc as usize)?;
        let batch = self.batches.get(b as usize)?;
        Some((batch, batch.shapes.get(slot as usize)?))
    }

    fn live_shapes(&self) -> impl Iterator<Item = (&ShingleBatch, &Shape)> {
        self.batches
            .iter()
            .zip(&self.live)
            .flat_map(|(b, live)| live.iter().map(move |&s| (b, &b.shapes[s as usize])))
    }

    /// Number of documents without any shingle (no word at all).
    pub fn num_empty(&self) -> usize {
        self.live_shapes().filter(|(_, s)| s.len == 0).count()
    }

    /// Counts in how many documents each block occurs and builds the
    /// boilerplate detector. The hashes are split into partitions by
    /// value, and the partitions are counted in parallel, each by one task
    /// from start to end (gather, sort, count): no serial merge between
    /// parallel steps, and about `threads / PARTS` of the corpus' blocks
    /// in memory at once. Runs on the caller's rayon pool.
    pub fn detector(&self, config: BoilerplateConfig) -> BoilerplateDetector {
        const PARTS: u64 = 8;
        if !config.enabled {
            return BoilerplateDetector::from_counts(config, std::iter::empty());
        }
        // The blocks in two or more documents of one partition, with their
        // document counts.
        let part = |p: u64| -> Vec<(u64, u32)> {
            let mut hashes: Vec<u64> = Vec::new();
            let mut doc: Vec<u64> = Vec::new();
            for (b, live) in self.batches.iter().zip(&self.live) {
                for &slot in live {
                    let s = &b.shapes[slot as usize];
                    let range = s.blocks as usize..(s.blocks + s.num_blocks) as usize;
                    doc.clear();
                    doc.extend(
                        b.block_hashes[range]
                            .iter()
                            .copied()
                            .filter(|&h| h % PARTS == p),
                    );
                    doc.sort_unstable();
                    doc.dedup();
                    hashes.extend_from_slice(&doc);
                }
            }
            hashes.sort_unstable();
            let mut counts = Vec::new();
            for run in hashes.chunk_by(|a, b| a == b) {
                if run.len() >= 2 {
                    counts.push((run[0], u32::try_from(run.len()).unwrap_or(u32::MAX)));
                }
            }
            counts
        };
        let parts: Vec<Vec<(u64, u32)>> = (0..PARTS).into_par_iter().map(part).collect();
        BoilerplateDetector::from_counts(config, parts.into_iter().flatten())
    }

    /// The band keys of every document's signature, made from its set
    /// without boilerplate (`detector`), in document order; also how many
    /// documents had boilerplate removed. Remembers which positions touch
    /// boilerplate and frees the block data. Runs on the caller's pool.
    pub fn band_keys(
        &mut self,
        detector: &BoilerplateDetector,
        hasher: &MinHasher,
        params: LshParams,
    ) -> (BandKeys, usize) {
        let (keys, with_boilerplate, _) =
            self.band_keys_and_boilerplate(detector, hasher, params, false);
        (keys, with_boilerplate)
    }

    /// [`band_keys`](Self::band_keys), and, when `ranges` is set, each
    /// document's number of tokens and the token ranges `[first, end)` of
    /// its boilerplate blocks (empty for most documents), in document order.
    pub fn band_keys_and_boilerplate(
        &mut self,
        detector: &BoilerplateDetector,
        hasher: &MinHasher,
        params: LshParams,
        ranges: bool,
    ) -> (BandKeys, usize, Vec<BoilerplateRanges>) {
        let per_batch: Vec<(BandKeys, usize, Vec<BoilerplateRanges>)> = self
            .batches
            .par_iter_mut()
            .zip(&self.live)
            .map(|(b, live)| {
                let mut keys = BandKeys::new(params);
                let mut scratch = Scratch::default();
                let mut with_boilerplate = 0;
                let mut found = Vec::with_capacity(if ranges { live.len() } else { 0 });
                for &slot in live {
                    let slot = slot as usize;
                    let s = b.shapes[slot];
                    let any = detector.flag_blocks(
                        s.num_blocks as usize,
                        |i| b.block_hashes[s.blocks as usize + i],
                        |i| {
                            let (f, e) = b.block_tokens(&s, i);
                            e - f
                        },
                        &mut scratch.flags,
                    );
                    if ranges {
                        let blocks: Box<[(u32, u32)]> = (0..s.num_blocks as usize)
                            .filter(|&i| any && scratch.flags[i])
                            .map(|i| b.block_tokens(&s, i))
                            .collect();
                        found.push((s.tokens, blocks));
                    }
                    let mut clean = false;
                    if any {
                        let flagged = (0..s.num_blocks as usize)
                            .filter(|&i| scratch.flags[i])
                            .map(|i| b.block_tokens(&s, i));
                        touched_shingles(
                            s.tokens,
                            flagged,
                            s.len as usize,
                            |i| b.shingle_tokens(&s, i),
                            &mut scratch.touched,
                        );
                        clean = scratch.touched.iter().any(|&t| !t);
                    }
                    let positions = &b.hashes[s.start as usize..(s.start + s.len) as usize];
                    let signed = if clean {
                        with_boilerplate += 1;
                        let bits = u32::try_from(b.bits.len()).unwrap_or(NO_BITS);
                        b.bits.extend(scratch.touched.chunks(64).map(|c| {
                            c.iter()
                                .enumerate()
                                .fold(0u64, |w, (j, &t)| w | (u64::from(t) << j))
                        }));
                        b.shapes[slot].bits = bits;
                        let kept = positions
                            .iter()
                            .zip(&scratch.touched)
                            .filter(|(_, &t)| !t)
                            .map(|(&h, _)| u64::from(h));
                        hasher.signature_into(kept, &mut scratch.mins, &mut scratch.values)
                    } else {
                        let all = positions.iter().map(|&h| u64::from(h));
                        hasher.signature_into(all, &mut scratch.mins, &mut scratch.values)
                    };
                    keys.push(signed.then_some(&scratch.values[..]), params);
                }
                b.block_hashes = Vec::new();
                b.block_firsts = Vec::new();
                b.bits.shrink_to_fit();
                (keys, with_boilerplate, found)
            })
            .collect();
        let mut keys = BandKeys::new(params);
        let mut with_boilerplate = 0;
        let mut all_ranges = Vec::new();
        for (k, n, r) in per_batch {
            keys.append(k);
            with_boilerplate += n;
            all_ranges.extend(r);
        }
        (keys, with_boilerplate, all_ranges)
    }

    /// Turns the positions of the documents marked in `needed` (by
    /// document index) into sorted, distinct sets, in place: what
    /// [`similarity`](Self::similarity) compares fastest. The shingle
    /// starts of character shingles are freed. Runs on the caller's pool.
    pub fn prepare(&mut self, needed: &[bool]) {
        self.batches
            .par_iter_mut()
            .zip(&self.live)
            .zip(&self.first)
            .for_each(|((b, live), &first)| {
                let mut scratch = Scratch::default();
                for (k, &slot) in live.iter().enumerate() {
                    let doc = first as usize + k;
                    if !needed.get(doc).copied().unwrap_or(false) {
                        continue;
                    }
                    let s = b.shapes[slot as usize];
                    if s.sorted {
                        continue;
                    }
                    let range = s.start as usize..(s.start + s.len) as usize;
                    let shape = &mut b.shapes[slot as usize];
                    if s.bits == NO_BITS {
                        let set = &mut b.hashes[range];
                        set.sort_unstable();
                        let n = dedup_sorted(set);
                        shape.len = n as u32;
                        shape.clean_len = n as u32;
                    } else {
                        let words =
                            s.bits as usize..s.bits as usize + (s.len as usize).div_ceil(64);
                        let (n, clean) = sort_tagged(
                            &mut b.hashes[range],
                            &mut b.bits[words],
                            &mut scratch.tagged,
                        );
                        shape.len = n as u32;
                        shape.clean_len = clean as u32;
                    }
                    shape.sorted = true;
                }
                b.starts = Vec::new();
            });
    }

    fn view(&self, doc: DocIndex) -> Option<View<'_>> {
        let (b, s) = self.shape(doc)?;
        let hashes = &b.hashes[s.start as usize..(s.start + s.len) as usize];
        let words = |n: u32| s.bits as usize..s.bits as usize + (n as usize).div_ceil(64);
        if s.sorted {
            return Some(View {
                hashes: std::borrow::Cow::Borrowed(hashes),
                clean: (s.bits != NO_BITS)
                    .then(|| std::borrow::Cow::Borrowed(&b.bits[words(s.len)])),
                clean_len: s.clean_len as usize,
            });
        }
        // Not prepared: sort a copy.
        let mut set = hashes.to_vec();
        if s.bits == NO_BITS {
            set.sort_unstable();
            let n = dedup_sorted(&mut set);
            set.truncate(n);
            return Some(View {
                hashes: std::borrow::Cow::Owned(set),
                clean: None,
                clean_len: n,
            });
        }
        let mut bits = b.bits[words(s.len)].to_vec();
        let (n, clean) = sort_tagged(&mut set, &mut bits, &mut Vec::new());
        set.truncate(n);
        bits.truncate(n.div_ceil(64));
        Some(View {
            hashes: std::borrow::Cow::Owned(set),
            clean: Some(std::borrow::Cow::Owned(bits)),
            clean_len: clean,
        })
    }
}

/// The similarity near-duplicate detection uses (see
/// [`DocShingles::similarity`](crate::text::DocShingles::similarity)): the
/// smaller of the exact Jaccard of the full sets and that of the sets
/// without boilerplate; 0 when either document has no shingle or is not in
/// the store. Fastest for documents given to
/// [`prepare`](ShingleStore::prepare); others are sorted on the fly.
/// [`similarity_at_least`](Similarity::similarity_at_least) stops as soon
/// as the bound is out of reach (set sizes too different, or too many
/// shingles already unmatched).
impl Similarity for ShingleStore {
    fn similarity(&self, a: DocIndex, b: DocIndex) -> f64 {
        self.similarity_at_least(a, b, f64::NEG_INFINITY)
            .unwrap_or(0.0)
    }

    fn similarity_at_least(&self, a: DocIndex, b: DocIndex, bound: f64) -> Option<f64> {
        let (Some(x), Some(y)) = (self.view(a), self.view(b)) else {
            return (0.0 >= bound).then_some(0.0);
        };
        similarity(&x, &y, bound)
    }
}

/// Removes repeats from a sorted slice, moving the distinct values to its
/// front; returns how many there are.
fn dedup_sorted(v: &mut [u32]) -> usize {
    if v.is_empty() {
        return 0;
    }
    let mut n = 1;
    for i in 1..v.len() {
        if v[i] != v[n - 1] {
            v[n] = v[i];
            n += 1;
        }
    }
    n
}

/// Sorts the positions `hashes`, whose `bits` mark the ones touching
/// boilerplate, into a distinct set at the front of `hashes`, with `bits`
/// rewritten to mark the distinct shingles that occur at least once
/// outside boilerplate. Returns (distinct, distinct outside boilerplate).
fn sort_tagged(hashes: &mut [u32], bits: &mut [u64], tagged: &mut Vec<u64>) -> (usize, usize) {
    tagged.clear();
    tagged.extend(hashes.iter().enumerate().map(|(i, &h)| {
        let touched = (bits[i / 64] >> (i % 64)) & 1;
        (u64::from(h) << 1) | touched
    }));
    tagged.sort_unstable();
    bits.fill(0);
    let (mut n, mut clean) = (0usize, 0usize);
    let mut i = 0;
    while i < tagged.len() {
        let h = tagged[i] >> 1;
        // An untouched occurrence sorts first.
        let outside = tagged[i] & 1 == 0;
        hashes[n] = h as u32;
        if outside {
            bits[n / 64] |= 1 << (n % 64);
            clean += 1;
        }
        n += 1;
        while i < tagged.len() && tagged[i] >> 1 == h {
            i += 1;
        }
    }
    (n, clean)
}

/// A document's sorted set, and which of its shingles are outside
/// boilerplate (`None`: all).
struct View<'a> {
    hashes: std::borrow::Cow<'a, [u32]>,
    clean: Option<std::borrow::Cow<'a, [u64]>>,
    clean_len: usize,
}

/// Merge steps between checks of whether the bound is still reachable.
const CHECK_EVERY: usize = 64;

/// The similarity of two sets when it is at least `bound`.
fn similarity(a: &View<'_>, b: &View<'_>, bound: f64) -> Option<f64> {
    let (x, y) = (&a.hashes[..], &b.hashes[..]);
    if x.is_empty() || y.is_empty() {
        return (0.0 >= bound).then_some(0.0);
    }
    let ratio = |p: usize, q: usize| p.min(q) as f64 / p.max(q).max(1) as f64;
    if ratio(x.len(), y.len()) < bound || ratio(a.clean_len, b.clean_len) < bound {
        // Jaccard is at most the ratio of the sizes.
        return None;
    }
    let all = [u64::MAX];
    let bits_a: &[u64] = a.clean.as_deref().unwrap_or(&all);
    let bits_b: &[u64] = b.clean.as_deref().unwrap_or(&all);
    let with_bits = a.clean.is_some() || b.clean.is_some();
    // Without bits, every shingle is clean: word 0 of all ones.
    let mask_a = if a.clean.is_some() { usize::MAX } else { 0 };
    let mask_b = if b.clean.is_some() { usize::MAX } else { 0 };
    let (mut i, mut j, mut inter, mut inter_clean) = (0, 0, 0usize, 0usize);
    let total = x.len() + y.len();
    while i < x.len() && j < y.len() {
        // A stretch of merge steps without a branch on the values (their
        // order is unpredictable), then a check of the bound.
        let stop_i = (i + CHECK_EVERY).min(x.len());
        let stop_j = (j + CHECK_EVERY).min(y.len());
        if with_bits {
            while i < stop_i && j < stop_j {
                let (p, q) = (x[i], y[j]);
                let equal = usize::from(p == q);
                let ca = (bits_a[(i / 64) & mask_a] >> (i % 64)) & 1;
                let cb = (bits_b[(j / 64) & mask_b] >> (j % 64)) & 1;
                inter += equal;
                inter_clean += equal & (ca & cb) as usize;
                i += usize::from(p <= q);
                j += usize::from(q <= p);
            }
        } else {
            while i < stop_i && j < stop_j {
                let (p, q) = (x[i], y[j]);
                inter += usize::from(p == q);
                i += usize::from(p <= q);
                j += usize::from(q <= p);
            }
        }
        // At best every remaining shingle of the smaller rest matches.
        let best = inter + (x.len() - i).min(y.len() - j);
        if (best as f64) / ((total - best) as f64) < bound {
            return None;
        }
    }
    let full = inter as f64 / (total - inter) as f64;
    let s = if with_bits {
        let union = a.clean_len + b.clean_len - inter_clean;
        let clean = if union == 0 {
            0.0
        } else {
            inter_clean as f64 / union as f64
        };
        full.min(clean)
    } else {
        full
    };
    (s >= bound).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsh::{candidate_pairs_from_keys, LshConfig};
    use crate::minhash::MinHashConfig;
    use crate::synth::{self, SynthConfig};
    use crate::text::shingle::Scratch as TextScratch;
    use crate::text::{Analyzer, DocShingles, ShingleConfig, ShingleKind, ShingleSet};

    /// The same corpus as `DocShingles` (64-bit sets) and as a store: the
    /// similarities agree, and so do boilerplate counts and band keys.
    fn check(kind: ShingleKind, k: usize, prepare_all: bool) {
        let docs = synth::generate(&SynthConfig {
            docs: 400,
            seed: 3,
            words: 120,
            boilerplate_frac: 0.4,
            ..Default::default()
        });
        let analyzer = Analyzer::new(ShingleConfig {
            kind,
            shingle_len: k,
            seed: 9,
        })
        .unwrap();
        let mut scratch = TextScratch::default();
        let mut analyses: Vec<Analysis> = docs
            .iter()
            .map(|d| analyzer.analyze(&d.text, &mut scratch))
            .collect();
        for short_text in ["One two three.", "One two three.", "Four five."] {
            analyses.push(analyzer.analyze(short_text, &mut scratch));
        }
        analyses.push(analyzer.analyze("", &mut scratch));
        let config = BoilerplateConfig::default();
        // Batches of 37 documents; slot 5 of each dropped (a duplicate id).
        let mut store = ShingleStore::new();
        let mut kept = Vec::new();
        for (c, chunk) in analyses.chunks(37).enumerate() {
            let mut batch = ShingleBatch::new();
            let mut live = Vec::new();
            for (i, a) in chunk.iter().enumerate() {
                let slot = batch.push(a);
                if i != 5 {
                    live.push(slot);
                    kept.push(c * 37 + i);
                }
            }
            store.push(batch, live);
        }
        assert_eq!(store.len(), kept.len());
        let blocks = kept
            .iter()
            .flat_map(|&i| BoilerplateDetector::distinct_blocks(&analyses[i]))
            .collect();
        let reference = BoilerplateDetector::from_block_hashes(config, blocks);
        let detector = store.detector(config);
        assert_eq!(
            detector.num_frequent_blocks(),
            reference.num_frequent_blocks()
        );
        assert!(detector.num_frequent_blocks() > 0);
        let hasher = MinHasher::new(MinHashConfig {
            num_perm: 64,
            seed: 4,
        })
        .unwrap();
        let params = LshParams { bands: 16, rows: 4 };
        let (keys, with_boilerplate) = store.band_keys(&detector, &hasher, params);
        let sets: Vec<DocShingles> = kept
            .iter()
            .map(|&i| reference.doc_shingles(analyses[i].clone()))
            .collect();
        let bp = sets.iter().filter(|s| s.clean.is_some()).count();
        assert_eq!(with_boilerplate, bp);
        assert!(bp > 50, "{bp}");
        // Band keys: those of the 64-bit clean sets' signatures, with the
        // hashes cut to 32 bits.
        let mut want = BandKeys::new(params);
        for s in &sets {
            let short_set =
                ShingleSet::from_hashes(s.clean().hashes().iter().map(|&h| h >> 32).collect());
            let sig = hasher.signature(&short_set);
            want.push(sig.as_ref().map(|s| s.values()), params);
        }
        assert_eq!(keys, want);
        let config = LshConfig {
            params,
            small_bucket: 0,
        };
        assert!(!candidate_pairs_from_keys(&keys, &config).0.is_empty());
        let n = store.len();
        let needed: Vec<bool> = (0..n).map(|i| prepare_all || i % 3 == 0).collect();
        store.prepare(&needed);
        for a in 0..n {
            for b in (a..n).step_by(7) {
                let got = store.similarity(a as DocIndex, b as DocIndex);
                let want = sets[a].similarity(&sets[b]);
                assert!(
                    (got - want).abs() < 1e-9,
                    "{a},{b}: store {got} vs sets {want}"
                );
                // With a bound: the same value at or above it, else nothing.
                for bound in [0.0, 0.3, 0.7, 0.8, 0.95, 1.0] {
                    let at_least = store.similarity_at_least(a as DocIndex, b as DocIndex, bound);
                    assert_eq!(at_least, (got >= bound).then_some(got), "{a},{b} ≥ {bound}");
                }
            }
        }
        assert_eq!(store.num_empty(), 1);
        assert_eq!(store.similarity(0, n as DocIndex), 0.0);
    }

    #[test]
    fn store_agrees_with_doc_shingles() {
        check(ShingleKind::Word, 5, true);
        check(ShingleKind::Word, 5, false);
        check(ShingleKind::Word, 64, true);
        check(ShingleKind::Char, 6, false);
    }

    #[test]
    fn tagged_sort_keeps_a_shingle_seen_outside_boilerplate() {
        // Positions: 7 (touched), 3, 7 (clean), 5 (touched), 3 (touched).
        let mut hashes = vec![7, 3, 7, 5, 3];
        let mut bits = vec![0b11001u64];
        let (n, clean) = sort_tagged(&mut hashes, &mut bits, &mut Vec::new());
        assert_eq!((n, clean), (3, 2));
        assert_eq!(&hashes[..3], &[3, 5, 7]);
        assert_eq!(bits[0], 0b101);
    }
}
