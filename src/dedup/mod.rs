//! Near-duplicate clusters: exact verification of candidate pairs and
//! clustering without chaining.
//!
//! Consumes the documents' [`DocShingles`] and the LSH candidate pairs;
//! produces [`Clusters`]: for every document, its cluster, the cluster's kept
//! document and its exact Jaccard similarity to it.
//!
//! Similarity is [`DocShingles::similarity`]: exact Jaccard, taken both with
//! and without boilerplate (the smaller of the two).
//!
//! Guarantees:
//! - every candidate pair is verified exactly, and only verified pairs
//!   (similarity ≥ `threshold`) merge clusters: each member of a cluster of
//!   two or more has a verified near-duplicate in it;
//! - every pair of members has similarity ≥ `threshold − PAIR_SLACK`
//!   (checked against the first [`MAX_PAIR_CHECKS`] members of a cluster;
//!   larger clusters are floods of near-identical copies), so a chain of
//!   near-duplicates can never merge unrelated documents, as union-find over
//!   raw edges does; in particular every member is within that floor of the
//!   kept document;
//! - the result depends only on the input order and the settings.
//!
//! The clustering is complete linkage with a floor, triggered by verified
//! pairs: pairs are taken from the most similar down (ties by document
//! index), and the clusters of a pair merge when every cross pair of members
//! is at or above `threshold − PAIR_SLACK`. The closest copies come together
//! first, so a looser copy cannot claim a document before its closest
//! near-duplicate does. The kept document of each cluster is then chosen by
//! [`KeepPolicy`], and each member's similarity to it is computed exactly.
//!
//! Cost: a merge decision computes the exact similarity of every cross
//! pair it checks, whether LSH proposed the pair or not (the shingle sets
//! are at hand), and checks at most [`MAX_PAIR_CHECKS`] members on each
//! side: at most 64 × 64 = 4,096 set comparisons per merge, each linear in
//! the two sets' sizes, and at most one merge attempt per verified pair.

pub mod sets;

use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::text::DocShingles;
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub use sets::{ShingleBatch, ShingleStore};

/// Every pair of members of a cluster has exact Jaccard at least
/// `threshold - PAIR_SLACK`.
pub const PAIR_SLACK: f64 = 0.1;

/// A joining document is checked against at most this many members besides
/// the leader (large clusters are floods of near-identical copies).
pub const MAX_PAIR_CHECKS: usize = 64;

/// Which document of a cluster is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeepPolicy {
    /// The first in input order (the default: stable under appending input).
    #[default]
    First,
    /// The longest text (in bytes); ties go to the first in input order.
    Longest,
}

/// A verified pair of near-duplicates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerifiedPair {
    /// Smaller document index.
    pub a: DocIndex,
    /// Larger document index.
    pub b: DocIndex,
    /// Exact Jaccard similarity of their shingle sets.
    pub jaccard: f64,
}

/// Exact similarities of the documents being deduplicated, by index.
pub trait Similarity: Sync {
    /// The similarity of `a` and `b` (0 for an index out of range).
    fn similarity(&self, a: DocIndex, b: DocIndex) -> f64;

    /// The similarity of `a` and `b` when it is at least `bound`, else
    /// `None`: an implementation may stop comparing as soon as the bound is
    /// out of reach.
    fn similarity_at_least(&self, a: DocIndex, b: DocIndex, bound: f64) -> Option<f64> {
        let s = self.similarity(a, b);
        (s >= bound).then_some(s)
    }
}

impl Similarity for [DocShingles] {
    fn similarity(&self, a: DocIndex, b: DocIndex) -> f64 {
        match (self.get(a as usize), self.get(b as usize)) {
            (Some(x), Some(y)) => x.similarity(y),
            _ => 0.0,
        }
    }
}

/// Verifies candidate pairs by exact Jaccard, in parallel, keeping those at
/// or above `threshold`, in the order of `candidates`.
pub fn verify(
    sets: &[DocShingles],
    candidates: &[(DocIndex, DocIndex)],
    threshold: f64,
) -> Vec<VerifiedPair> {
    verify_with(sets, candidates, threshold)
}

/// [`verify`] with any [`Similarity`] (such as a [`ShingleStore`]).
pub fn verify_with<S: Similarity + ?Sized>(
    sets: &S,
    candidates: &[(DocIndex, DocIndex)],
    threshold: f64,
) -> Vec<VerifiedPair> {
    candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let j = sets.similarity_at_least(a, b, threshold)?;
            Some(VerifiedPair { a, b, jaccard: j })
        })
        .collect()
}

/// Pair similarities already computed (or known to be below the floor),
/// by unordered pair.
#[derive(Default)]
struct Known(HashMap<u64, Option<f64>, BuildHasherDefault<PairHasher>>);

impl Known {
    fn key(a: DocIndex, b: DocIndex) -> u64 {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        (u64::from(lo) << 32) | u64::from(hi)
    }

    fn insert(&mut self, a: DocIndex, b: DocIndex, s: f64) {
        self.0.insert(Self::key(a, b), Some(s));
    }

    fn peek(&self, a: DocIndex, b: DocIndex) -> Option<f64> {
        self.0.get(&Self::key(a, b)).copied().flatten()
    }

    /// Whether `a` and `b` are at least `floor` alike, compared at most
    /// once (the same floor every time).
    fn at_least<S: Similarity + ?Sized>(
        &mut self,
        a: DocIndex,
        b: DocIndex,
        floor: f64,
        sets: &S,
    ) -> bool {
        self.0
            .entry(Self::key(a, b))
            .or_insert_with(|| sets.similarity_at_least(a, b, floor))
            .is_some()
    }
}

/// Hashes a packed pair of document indices (a multiplicative hash: the
/// keys are not chosen by anyone).
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        let x = (n ^ (n >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 = x ^ (x >> 32);
    }
}

/// A document's place in the clustering.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Membership {
    /// Cluster number, 0-based, numbered by the cluster's first document in
    /// input order.
    pub cluster: u32,
    /// The cluster's kept document.
    pub kept: DocIndex,
    /// Exact Jaccard similarity to the kept document (1.0 for the kept one).
    pub similarity: f64,
}

/// The clustering of a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    /// One entry per document, in input order.
    pub members: Vec<Membership>,
    /// Number of clusters (singletons included).
    pub num_clusters: usize,
    /// Size of the largest cluster.
    pub largest: usize,
}

impl Clusters {
    /// Number of documents that are not kept.
    pub fn removed(&self) -> usize {
        self.members
            .iter()
            .enumerate()
            .filter(|(i, m)| m.kept as usize != *i)
            .count()
    }
}

/// Clusters `sets.len()` documents from their verified pairs.
///
/// `lengths` are the documents' text lengths in bytes (for
/// [`KeepPolicy::Longest`]).
///
/// # Errors
/// [`Error::Config`] when the threshold is not in (0, 1] or `lengths` and
/// `sets` differ in length.
pub fn cluster(
    sets: &[DocShingles],
    lengths: &[usize],
    pairs: &[VerifiedPair],
    threshold: f64,
    keep: KeepPolicy,
) -> Result<Clusters> {
    if lengths.len() != sets.len() {
        return Err(Error::Config("one length per document is needed".into()));
    }
    cluster_with(sets, lengths, pairs, threshold, keep)
}

/// [`cluster`] with any [`Similarity`] (such as a [`ShingleStore`]), for
/// `lengths.len()` documents.
///
/// Merges happen only along verified pairs, so each connected component of
/// the verified pairs is clustered on its own, the components in parallel;
/// the result is the one a single pass over all pairs gives.
///
/// # Errors
/// [`Error::Config`] when the threshold is not in (0, 1] or a pair names a
/// document beyond `lengths`.
pub fn cluster_with<S: Similarity + ?Sized>(
    sets: &S,
    lengths: &[usize],
    pairs: &[VerifiedPair],
    threshold: f64,
    keep: KeepPolicy,
) -> Result<Clusters> {
    if !(threshold > 0.0 && threshold <= 1.0) {
        return Err(Error::Config(format!(
            "threshold must be in (0, 1], got {threshold}"
        )));
    }
    let n = lengths.len();
    if pairs.iter().any(|p| p.a as usize >= n || p.b as usize >= n) {
        return Err(Error::Config(
            "a verified pair names a document beyond the lengths given".into(),
        ));
    }
    // Connected components of the verified pairs (union-find).
    let mut parent: Vec<DocIndex> = (0..n as DocIndex).collect();
    fn root(parent: &mut [DocIndex], mut x: DocIndex) -> DocIndex {
        while parent[x as usize] != x {
            let up = parent[parent[x as usize] as usize];
            parent[x as usize] = up;
            x = up;
        }
        x
    }
    for p in pairs {
        let (ra, rb) = (root(&mut parent, p.a), root(&mut parent, p.b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            parent[hi as usize] = lo;
        }
    }
    // Each component's pairs, components by their smallest root.
    let mut by_root: HashMap<DocIndex, Vec<VerifiedPair>, BuildHasherDefault<PairHasher>> =
        HashMap::default();
    for p in pairs {
        let r = root(&mut parent, p.a);
        by_root.entry(r).or_default().push(*p);
    }
    let mut components: Vec<(DocIndex, Vec<VerifiedPair>)> = by_root.into_iter().collect();
    components.sort_unstable_by_key(|c| c.0);
    drop(parent);
    let floor = threshold - PAIR_SLACK;
    let assigned: Vec<Vec<(DocIndex, DocIndex, f64)>> = components
        .par_iter()
        .map(|(_, pairs)| cluster_component(sets, lengths, pairs, floor, keep))
        .collect();
    Ok(number_clusters(n, assigned.into_iter().flatten()))
}

/// The clustering of `n` documents from (member, kept, similarity to kept)
/// of every member of a cluster of two or more (other documents are their
/// own clusters): clusters numbered by their first document in input
/// order.
pub fn number_clusters(
    n: usize,
    assigned: impl IntoIterator<Item = (DocIndex, DocIndex, f64)>,
) -> Clusters {
    let mut kept_of: Vec<DocIndex> = (0..n as DocIndex).collect();
    let mut similarity = vec![1f64; n];
    for (m, kept, s) in assigned {
        kept_of[m as usize] = kept;
        similarity[m as usize] = s;
    }
    // Number clusters by their first document in input order.
    let mut number = vec![u32::MAX; n];
    let mut count = vec![0usize; n];
    let mut next_number = 0u32;
    let mut memberships = Vec::with_capacity(n);
    for i in 0..n {
        let k = kept_of[i] as usize;
        if number[k] == u32::MAX {
            number[k] = next_number;
            next_number += 1;
        }
        count[k] += 1;
        memberships.push(Membership {
            cluster: number[k],
            kept: k as DocIndex,
            similarity: similarity[i],
        });
    }
    Clusters {
        members: memberships,
        num_clusters: next_number as usize,
        largest: count.into_iter().max().unwrap_or(0),
    }
}

/// No document (end of a member list).
const NONE: u32 = u32::MAX;

/// Complete linkage with a floor over the verified pairs of one connected
/// component: pairs from the most similar down (ties by document index),
/// and the clusters of a pair merge when every cross pair of members (the
/// first [`MAX_PAIR_CHECKS`] of each) is at or above `floor`. Returns
/// (member, kept, similarity to kept) for every member of a cluster of two
/// or more.
pub fn cluster_component<S: Similarity + ?Sized>(
    sets: &S,
    lengths: &[usize],
    pairs: &[VerifiedPair],
    floor: f64,
    keep: KeepPolicy,
) -> Vec<(DocIndex, DocIndex, f64)> {
    // Local indices: the component's documents in ascending order.
    let mut docs: Vec<DocIndex> = pairs.iter().flat_map(|p| [p.a, p.b]).collect();
    docs.sort_unstable();
    docs.dedup();
    let local = |d: DocIndex| docs.binary_search(&d).unwrap_or(0) as u32;
    let n = docs.len();
    // Similarities computed once: a failed merge may be tried again by a
    // later pair, and a member's similarity to its kept document was
    // usually computed by a merge.
    let mut known = Known::default();
    for p in pairs {
        known.insert(p.a, p.b, p.jaccard);
    }
    let mut order: Vec<&VerifiedPair> = pairs.iter().collect();
    order.sort_by(|x, y| {
        y.jaccard
            .total_cmp(&x.jaccard)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    // Clusters as linked lists of members (by local index): `cluster_of`
    // names each document's cluster by its head member.
    let mut cluster_of: Vec<u32> = (0..n as u32).collect();
    let mut next: Vec<u32> = vec![NONE; n];
    let mut tail: Vec<u32> = (0..n as u32).collect();
    let mut size: Vec<u32> = vec![1; n];
    fn members(next: &[u32], head: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(Some(head), move |&m| {
            let x = next[m as usize];
            (x != NONE).then_some(x)
        })
    }
    for p in order {
        let (ca, cb) = (
            cluster_of[local(p.a) as usize],
            cluster_of[local(p.b) as usize],
        );
        if ca == cb {
            continue;
        }
        let (big, small) = if size[ca as usize] >= size[cb as usize] {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let fits = members(&next, small).take(MAX_PAIR_CHECKS).all(|x| {
            members(&next, big)
                .take(MAX_PAIR_CHECKS)
                .all(|y| known.at_least(docs[x as usize], docs[y as usize], floor, sets))
        });
        if !fits {
            continue;
        }
        let mut m = small;
        loop {
            cluster_of[m as usize] = big;
            let x = next[m as usize];
            if x == NONE {
                break;
            }
            m = x;
        }
        next[tail[big as usize] as usize] = small;
        tail[big as usize] = tail[small as usize];
        size[big as usize] += size[small as usize];
    }
    // The kept document of each cluster, by policy, and each member's
    // similarity to it.
    let mut out = Vec::with_capacity(n);
    for head in 0..n as u32 {
        if cluster_of[head as usize] != head || size[head as usize] < 2 {
            continue;
        }
        let group: Vec<DocIndex> = members(&next, head).map(|m| docs[m as usize]).collect();
        let kept = match keep {
            KeepPolicy::First => group.iter().copied().min(),
            KeepPolicy::Longest => group.iter().copied().min_by(|&a, &b| {
                lengths[b as usize]
                    .cmp(&lengths[a as usize])
                    .then(a.cmp(&b))
            }),
        }
        .unwrap_or(head);
        for &m in &group {
            let s = if m == kept {
                1.0
            } else {
                known
                    .peek(m, kept)
                    .unwrap_or_else(|| sets.similarity(m, kept))
            };
            out.push((m, kept, s));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ShingleSet;

    fn set(v: std::ops::Range<u64>) -> DocShingles {
        ShingleSet::from_hashes(v.collect()).into()
    }

    #[test]
    fn verify_keeps_pairs_above_threshold() {
        let sets = vec![set(0..100), set(5..105), set(50..150)];
        let pairs = verify(&sets, &[(0, 1), (0, 2), (1, 2)], 0.8);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].a, pairs[0].b), (0, 1));
        assert!((pairs[0].jaccard - 95.0 / 105.0).abs() < 1e-12);
    }

    #[test]
    fn no_chaining_through_a_bridge() {
        // 0 ~ 1 ~ 2 with J ≥ 0.8 each step, but J(0, 2) = 0.67 < 0.8 − 0.1:
        // the bridge 1 must not put 0 and 2 together.
        let sets = vec![set(0..100), set(10..110), set(20..120)];
        let all = [(0, 1), (0, 2), (1, 2)];
        let pairs = verify(&sets, &all, 0.8);
        assert_eq!(pairs.len(), 2);
        let c = cluster(&sets, &[100, 100, 100], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert_ne!(c.members[0].cluster, c.members[2].cluster);
        assert_eq!(c.num_clusters, 2);
        assert_eq!(c.removed(), 1);
        for (i, m) in c.members.iter().enumerate() {
            assert!(sets[i].similarity(&sets[m.kept as usize]) >= 0.7);
            for (j, n) in c.members.iter().enumerate() {
                if m.cluster == n.cluster {
                    assert!(sets[i].similarity(&sets[j]) >= 0.7);
                }
            }
        }
    }

    #[test]
    fn a_chain_of_copies_is_cut() {
        // 30 documents, each a small shift of the previous: a union-find
        // over verified edges would make one cluster of all of them.
        let sets: Vec<DocShingles> = (0..30).map(|i| set(i * 4..i * 4 + 100)).collect();
        let all: Vec<(u32, u32)> = (0..30)
            .flat_map(|a| (a + 1..30).map(move |b| (a, b)))
            .collect();
        let pairs = verify(&sets, &all, 0.8);
        let c = cluster(&sets, &[1; 30], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert!(c.num_clusters >= 5, "{}", c.num_clusters);
        for (i, m) in c.members.iter().enumerate() {
            for (j, n) in c.members.iter().enumerate() {
                if m.cluster == n.cluster {
                    assert!(sets[i].similarity(&sets[j]) >= 0.7 - 1e-12);
                }
            }
        }
    }

    #[test]
    fn member_of_member_joins_when_close_to_kept() {
        // 1 is close to 0 and 2; 2 is not a neighbour of 0 in the candidate
        // list, but its exact J with 0 is above threshold: it joins 0.
        let sets = vec![set(0..100), set(3..103), set(6..106)];
        let pairs = verify(&sets, &[(0, 1), (1, 2)], 0.85);
        let c = cluster(&sets, &[1, 1, 1], &pairs, 0.85, KeepPolicy::First).unwrap();
        assert_eq!(c.num_clusters, 1);
        assert_eq!(c.members[2].kept, 0);
        assert!((c.members[2].similarity - sets[2].similarity(&sets[0])).abs() < 1e-12);
    }

    #[test]
    fn keep_longest() {
        let sets = vec![set(0..100), set(2..102)];
        let pairs = verify(&sets, &[(0, 1)], 0.8);
        let c = cluster(&sets, &[10, 20], &pairs, 0.8, KeepPolicy::Longest).unwrap();
        assert_eq!(c.members[0].kept, 1);
        assert_eq!(c.members[1].similarity, 1.0);
        let c = cluster(&sets, &[10, 20], &pairs, 0.8, KeepPolicy::First).unwrap();
        assert_eq!(c.members[1].kept, 0);
    }
}
