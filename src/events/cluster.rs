//! Event clusters from verified pairs: sparse average linkage with
//! cannot-links.
//!
//! Consumes the number of documents and the verified pairs ([`Edge`]s:
//! similarity and date conflict); produces one cluster number per
//! document, numbered by each cluster's first document in input order.
//!
//! Agglomerative clustering, average linkage: the two clusters with the
//! highest *average* similarity over all their cross pairs merge, while
//! that average is at least `threshold`. Pairs that were never verified
//! (not candidates, or below the verification floor) count as similarity
//! 0, which is what makes it robust to chaining: a bridge article similar
//! to two events adds its own two similarities to the average between them,
//! which the other members' pairs (absent, so 0) pull down; two clusters of
//! five with one bridge between them average at most 2/25. A pair whose
//! dates conflict is a cannot-link: clusters with such a pair between them
//! never merge (complete linkage on conflicts).
//!
//! Guarantees: every document in exactly one cluster; a function of the
//! edges and `threshold` only (ties broken by cluster representative, the
//! smallest document index), so the same for any thread count; time
//! O(E · d · log E) for E edges and merged-neighbourhood size d, memory
//! O(E).

use crate::document::DocIndex;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// A verified pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// Smaller document index.
    pub a: DocIndex,
    /// Larger document index.
    pub b: DocIndex,
    /// Similarity in [0, 1].
    pub similarity: f64,
    /// The pair cannot be one event.
    pub conflict: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct Link {
    sum: f64,
    conflict: bool,
}

#[derive(Debug, PartialEq)]
struct Candidate {
    avg: f64,
    lo: u32,
    hi: u32,
    ver_lo: u32,
    ver_hi: u32,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        // Highest average first; ties by the smaller representatives.
        self.avg
            .total_cmp(&other.avg)
            .then_with(|| other.lo.cmp(&self.lo))
            .then_with(|| other.hi.cmp(&self.hi))
            .then_with(|| other.ver_lo.cmp(&self.ver_lo))
            .then_with(|| other.ver_hi.cmp(&self.ver_hi))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The outcome of clustering.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assignment {
    /// Cluster number per document (0-based, by first document).
    pub cluster: Vec<u32>,
    /// Size of each cluster, by cluster number.
    pub sizes: Vec<u32>,
}

/// Merges the clusters of `assignment` that hold copies of one text:
/// `kept[i]` is the document that `i` is a near-duplicate of (itself when
/// it has none), as in `dedup`'s clusters. Clusters are renumbered by their
/// first document. Entries of `kept` out of range are ignored.
pub fn union_with_copies(assignment: &Assignment, kept: &[u32]) -> Assignment {
    union_with_copies_where(assignment, kept, None)
}

/// [`union_with_copies`], where two clusters join only when every pair of
/// their members passes `plausible` (called with the smaller index first;
/// bounded as in [`average_linkage_with`]). Near-identical texts are not
/// always one event: a newsroom's template for a police brief ("A man with
/// a handgun robbed the … on …, … police said") gives texts that differ
/// only in the store, the street, the town and the amount, and those are
/// the details that tell the incidents apart.
pub fn union_with_copies_where(
    assignment: &Assignment,
    kept: &[u32],
    plausible: Option<&dyn Fn(u32, u32) -> bool>,
) -> Assignment {
    let n = assignment.cluster.len();
    let k = assignment.sizes.len();
    // Union-find over cluster numbers, with each root's members.
    let mut parent: Vec<u32> = (0..k as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); k];
    if plausible.is_some() {
        for (i, &c) in assignment.cluster.iter().enumerate() {
            if let Some(m) = members.get_mut(c as usize) {
                m.push(i as u32);
            }
        }
    }
    for (i, &c) in assignment.cluster.iter().enumerate() {
        let Some(&kc) = kept
            .get(i)
            .and_then(|&k| assignment.cluster.get(k as usize))
        else {
            continue;
        };
        let (a, b) = (find(&mut parent, c), find(&mut parent, kc));
        if a == b {
            continue;
        }
        let (lo, hi) = (a.min(b), a.max(b));
        if let Some(test) = plausible {
            if !all_plausible(&members[lo as usize], &members[hi as usize], test) {
                continue;
            }
            let moved = std::mem::take(&mut members[hi as usize]);
            members[lo as usize].extend(moved);
        }
        parent[hi as usize] = lo;
    }
    let mut number = vec![u32::MAX; k];
    let mut next = 0u32;
    let mut cluster = Vec::with_capacity(n);
    let mut sizes = Vec::new();
    for &c in &assignment.cluster {
        let root = find(&mut parent, c) as usize;
        if number[root] == u32::MAX {
            number[root] = next;
            next += 1;
            sizes.push(0);
        }
        let id = number[root];
        sizes[id as usize] += 1;
        cluster.push(id);
    }
    Assignment { cluster, sizes }
}

/// Clusters `n` documents by sparse average linkage over `edges` (see the
/// module docs). Edges naming documents outside `0..n`, or a document with
/// itself, are ignored; duplicate edges keep the first.
pub fn average_linkage(n: usize, edges: &[Edge], threshold: f64) -> Assignment {
    average_linkage_with(n, edges, threshold, None)
}

/// Cross pairs checked by the plausibility test before one merge, at most:
/// all of them for clusters of up to 64 × 64 members, else those between
/// the first 64 members of each (in merge order), so that a merge costs a
/// constant.
pub const MAX_MERGE_CHECKS: usize = 64;

/// Whether every cross pair of two member lists passes `plausible`
/// (bounded by [`MAX_MERGE_CHECKS`] members a side).
fn all_plausible(x: &[u32], y: &[u32], plausible: &dyn Fn(u32, u32) -> bool) -> bool {
    x.iter().take(MAX_MERGE_CHECKS).all(|&a| {
        y.iter()
            .take(MAX_MERGE_CHECKS)
            .all(|&b| plausible(a.min(b), a.max(b)))
    })
}

/// [`average_linkage`], where two clusters merge only when every pair of
/// their members passes `plausible` (called with the smaller index first;
/// see [`MAX_MERGE_CHECKS`]): a cluster's members are pairwise plausible as
/// one event, not only linked through a chain of similar neighbours. A
/// merge refused is never tried again (the clusters only grow).
pub fn average_linkage_with(
    n: usize,
    edges: &[Edge],
    threshold: f64,
    plausible: Option<&dyn Fn(u32, u32) -> bool>,
) -> Assignment {
    let mut adj: Vec<HashMap<u32, Link>> = vec![HashMap::new(); n];
    for e in edges {
        let (a, b) = (e.a as usize, e.b as usize);
        if a == b || a >= n || b >= n {
            continue;
        }
        if adj[a].contains_key(&e.b) {
            continue;
        }
        let link = Link {
            sum: e.similarity,
            conflict: e.conflict,
        };
        adj[a].insert(e.b, link);
        adj[b].insert(e.a, link);
    }
    // Representative (smallest member) → members; version bumps on merge.
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut heap = BinaryHeap::new();
    let push = |heap: &mut BinaryHeap<Candidate>,
                x: u32,
                y: u32,
                link: &Link,
                sizes: (usize, usize),
                version: &[u32]| {
        if link.conflict {
            return;
        }
        let avg = link.sum / (sizes.0 as f64 * sizes.1 as f64);
        if avg < threshold {
            return;
        }
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        heap.push(Candidate {
            avg,
            lo,
            hi,
            ver_lo: version[lo as usize],
            ver_hi: version[hi as usize],
        });
    };
    for (x, links) in adj.iter().enumerate() {
        for (&y, link) in links {
            if (x as u32) < y {
                push(&mut heap, x as u32, y, link, (1, 1), &version);
            }
        }
    }
    while let Some(c) = heap.pop() {
        let (lo, hi) = (c.lo as usize, c.hi as usize);
        if !alive[lo] || !alive[hi] || version[lo] != c.ver_lo || version[hi] != c.ver_hi {
            continue;
        }
        if let Some(test) = plausible {
            if !all_plausible(&members[lo], &members[hi], test) {
                // A cannot-link from now on (the clusters only grow).
                for (x, y) in [(lo, c.hi), (hi, c.lo)] {
                    if let Some(l) = adj[x].get_mut(&y) {
                        l.conflict = true;
                    }
                }
                continue;
            }
        }
        // Merge hi into lo (the representative stays the smallest index).
        alive[hi] = false;
        let moved = std::mem::take(&mut members[hi]);
        members[lo].extend(moved);
        version[lo] = version[lo].wrapping_add(1);
        let hi_links = std::mem::take(&mut adj[hi]);
        adj[lo].remove(&c.hi);
        for (nb, link) in hi_links {
            if nb == c.lo {
                continue;
            }
            adj[nb as usize].remove(&c.hi);
            let entry = adj[lo].entry(nb).or_default();
            entry.sum += link.sum;
            entry.conflict |= link.conflict;
            let merged = *entry;
            adj[nb as usize].insert(c.lo, merged);
        }
        let size_lo = members[lo].len();
        let mut nbs: Vec<(u32, Link)> = adj[lo].iter().map(|(&k, &l)| (k, l)).collect();
        nbs.sort_unstable_by_key(|x| x.0);
        for (nb, link) in nbs {
            let size_nb = members[nb as usize].len();
            push(&mut heap, c.lo, nb, &link, (size_lo, size_nb), &version);
        }
    }
    // Number clusters by first document in input order.
    let mut rep = vec![0u32; n];
    for (r, m) in members.iter().enumerate() {
        for &d in m {
            rep[d as usize] = r as u32;
        }
    }
    let mut number = vec![u32::MAX; n];
    let mut sizes = Vec::new();
    let mut cluster = Vec::with_capacity(n);
    for &r in &rep {
        let r = r as usize;
        if number[r] == u32::MAX {
            number[r] = sizes.len() as u32;
            sizes.push(0);
        }
        let k = number[r];
        sizes[k as usize] += 1;
        cluster.push(k);
    }
    Assignment { cluster, sizes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_join_their_events() {
        // Events {0,1} {2} {3}; 3 is a copy of 2, 1 a copy of itself.
        let a = Assignment {
            cluster: vec![0, 0, 1, 2],
            sizes: vec![2, 1, 1],
        };
        let u = union_with_copies(&a, &[0, 1, 2, 2]);
        assert_eq!(u.cluster, vec![0, 0, 1, 1]);
        assert_eq!(u.sizes, vec![2, 2]);
        // No copies: unchanged.
        assert_eq!(union_with_copies(&a, &[0, 1, 2, 3]), a);
        // A copy with evidence of another incident stays apart: 3 cannot
        // be with 0.
        let apart = |x: u32, y: u32| !(x == 0 && y == 3);
        let u = union_with_copies_where(&a, &[0, 0, 2, 0], Some(&apart));
        assert_eq!(u.cluster[0], u.cluster[1]);
        assert_ne!(u.cluster[0], u.cluster[3]);
    }

    fn e(a: u32, b: u32, s: f64) -> Edge {
        Edge {
            a,
            b,
            similarity: s,
            conflict: false,
        }
    }

    #[test]
    fn groups_and_singletons() {
        let edges = [e(0, 2, 0.9), e(2, 4, 0.8), e(0, 4, 0.7), e(1, 3, 0.2)];
        let a = average_linkage(6, &edges, 0.5);
        assert_eq!(a.cluster, vec![0, 1, 0, 2, 0, 3]);
        assert_eq!(a.sizes, vec![3, 1, 1, 1]);
    }

    #[test]
    fn a_bridge_does_not_chain_two_events() {
        // Two tight events {0,1,2} and {4,5,6}; document 3 is close to one
        // member of each.
        let mut edges = vec![];
        for (x, y) in [(0, 1), (0, 2), (1, 2), (4, 5), (4, 6), (5, 6)] {
            edges.push(e(x, y, 0.8));
        }
        edges.push(e(2, 3, 0.9));
        edges.push(e(3, 4, 0.9));
        let a = average_linkage(7, &edges, 0.4);
        assert_ne!(a.cluster[0], a.cluster[6]);
        assert_eq!(a.cluster[0], a.cluster[2]);
        assert_eq!(a.cluster[4], a.cluster[6]);
    }

    #[test]
    fn a_chain_is_cut() {
        let edges: Vec<Edge> = (0..20).map(|i| e(i, i + 1, 0.9)).collect();
        let a = average_linkage(21, &edges, 0.5);
        assert!(a.sizes.iter().all(|&s| s <= 3), "{:?}", a.sizes);
    }

    #[test]
    fn conflicts_are_cannot_links() {
        let mut edges = vec![e(0, 1, 0.9), e(1, 2, 0.9), e(0, 2, 0.9)];
        edges[2].conflict = true;
        let a = average_linkage(3, &edges, 0.5);
        assert_ne!(a.cluster[0], a.cluster[2]);
        assert_eq!(a.sizes.iter().sum::<u32>(), 3);
    }

    #[test]
    fn members_are_pairwise_plausible() {
        // A chain 0-1-2-3 of strong links where 0 and 3 cannot be one
        // event: no cluster holds both, though no edge joins them.
        let edges = [e(0, 1, 0.9), e(1, 2, 0.9), e(2, 3, 0.9)];
        let plausible = |a: u32, b: u32| !(a == 0 && b == 3);
        let a = average_linkage_with(4, &edges, 0.2, Some(&plausible));
        assert_ne!(a.cluster[0], a.cluster[3]);
        assert_eq!(a.sizes.iter().sum::<u32>(), 4);
        // Without the test, one cluster.
        let b = average_linkage(4, &edges, 0.2);
        assert_eq!(b.sizes, vec![4]);
    }

    #[test]
    fn edge_order_does_not_matter() {
        let edges = [e(0, 1, 0.7), e(1, 2, 0.7), e(0, 2, 0.6), e(2, 3, 0.65)];
        let mut rev = edges.to_vec();
        rev.reverse();
        assert_eq!(
            average_linkage(4, &edges, 0.5),
            average_linkage(4, &rev, 0.5)
        );
    }

    #[test]
    fn bad_edges_are_ignored() {
        let a = average_linkage(2, &[e(0, 5, 0.9), e(1, 1, 0.9)], 0.5);
        assert_eq!(a.cluster, vec![0, 1]);
    }
}
