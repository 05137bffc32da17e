//! Which pairs of a bucket's mentions alignment examines.
//!
//! Consumes the mentions of one alignment bucket (one kind and class of
//! figure or date); produces, for each mention, the other mentions of the
//! bucket it is compared with ([`Partners`]).
//!
//! A bucket of up to [`ALL_PAIRS_MAX`] mentions compares every pair: real
//! reports stay far below it (the largest bucket of a 944-document single
//! event holds 331 mentions), so their alignment is exhaustive. A bigger
//! bucket (the date list of a scraped page's sidebar in every copy, a
//! results table, thousands of reports of one event) would cost a
//! quadratic number of comparisons: 60 scraped pages of 7 KB, each with a
//! list of 120 dated headlines, took 55 s. Such a bucket is blocked, as
//! record linkage does: two mentions are compared when they share a block,
//! that is the same value, the same counted noun and predicate, or a
//! content word of their sentences, since every tie of
//! [`super::align`] needs one of these (equal or compatible values tie
//! through a shared noun, predicate or wording; different values through
//! their noun and predicate or near-identical sentences). A content word
//! more than [`BLOCK_MAX`] mentions share is no evidence of anything and
//! proposes nothing (as a stop word). A value or noun block bigger than
//! that (one date every report repeats) is not dropped: its members are
//! ordered so that likely partners stand side by side (same noun and
//! predicate, then document) and each is compared with its next
//! [`WINDOW`] members, the sorted-neighbourhood method of Hernández and
//! Stolfo (1995); union-find joins the chain. Work is then linear in the
//! bucket for bounded blocks, and the result depends only on the input
//! order.

use super::align::M;
use crate::document::DocIndex;

/// Buckets of at most this many mentions compare every pair.
pub(crate) const ALL_PAIRS_MAX: usize = 1000;
/// A block of at most this many mentions compares all its pairs; a content
/// word shared by more proposes none.
pub(crate) const BLOCK_MAX: usize = 64;
/// In a value or noun block bigger than [`BLOCK_MAX`], how many following
/// members (in the block's order) each member is compared with.
pub(crate) const WINDOW: usize = 16;

/// The pairs of one bucket that are examined, by position in the bucket.
pub(crate) struct Partners {
    /// Bucket size.
    n: usize,
    /// Per position, the sorted positions it is compared with; `None` when
    /// every pair is.
    lists: Option<Vec<Vec<u32>>>,
}

impl Partners {
    /// The positions `x` is compared with, in increasing order (all of
    /// them, `x` included, for an exhaustive bucket; never `x` itself
    /// otherwise).
    pub(crate) fn of(&self, x: usize) -> Box<dyn Iterator<Item = usize> + '_> {
        match &self.lists {
            None => Box::new(0..self.n),
            Some(lists) => Box::new(lists[x].iter().map(|&y| y as usize)),
        }
    }
}

/// The pairs to examine among the mentions `members` (indices into `ms`).
pub(crate) fn partners(ms: &[M<'_>], members: &[usize]) -> Partners {
    let n = members.len();
    if n <= ALL_PAIRS_MAX {
        return Partners { n, lists: None };
    }
    let word = |w: &Option<crate::claim::FrameWord>| w.as_ref().map(|w| w.base.clone());
    let value: Vec<String> = members
        .iter()
        .map(|&i| format!("{:?}", ms[i].fact.value))
        .collect();
    let noun: Vec<(Option<String>, Option<String>)> = members
        .iter()
        .map(|&i| (word(&ms[i].frame.head), word(&ms[i].frame.predicate)))
        .collect();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut add_block =
        |block: &mut Vec<u32>, order: &dyn Fn(u32) -> (String, String, DocIndex)| {
            if block.len() <= BLOCK_MAX {
                all_pairs(block, &mut pairs);
            } else {
                block.sort_by_cached_key(|&x| (order(x), x));
                for (a, &x) in block.iter().enumerate() {
                    for &y in block.iter().skip(a + 1).take(WINDOW) {
                        pairs.push((x.min(y), x.max(y)));
                    }
                }
            }
        };
    let doc = |x: u32| ms[members[x as usize]].doc;
    // Blocks by value, ordered by noun and predicate, then document.
    for mut block in group_by(n, |x| value[x].clone()) {
        add_block(&mut block, &|x| {
            let (h, p) = &noun[x as usize];
            (
                h.clone().unwrap_or_default(),
                p.clone().unwrap_or_default(),
                doc(x),
            )
        });
    }
    // Blocks by counted noun and predicate (mentions with either), ordered
    // by value, then document.
    let keyed: Vec<usize> = (0..n)
        .filter(|&x| noun[x].0.is_some() || noun[x].1.is_some())
        .collect();
    for mut block in group_by_subset(&keyed, |x| noun[x].clone()) {
        add_block(&mut block, &|x| {
            (value[x as usize].clone(), String::new(), doc(x))
        });
    }
    // Blocks by content word of the sentence; common words propose nothing.
    let mut by_word: std::collections::BTreeMap<&str, Vec<u32>> = Default::default();
    for (x, &i) in members.iter().enumerate() {
        for (w, _) in &ms[i].frame.words {
            by_word.entry(w.as_str()).or_default().push(x as u32);
        }
    }
    for block in by_word.values().filter(|b| b.len() <= BLOCK_MAX) {
        all_pairs(block, &mut pairs);
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut lists: Vec<Vec<u32>> = vec![Vec::new(); n];
    for &(x, y) in &pairs {
        if x != y {
            lists[x as usize].push(y);
            lists[y as usize].push(x);
        }
    }
    for l in &mut lists {
        l.sort_unstable();
    }
    Partners {
        n,
        lists: Some(lists),
    }
}

/// Every pair of `block`, smaller position first.
fn all_pairs(block: &[u32], pairs: &mut Vec<(u32, u32)>) {
    for (a, &x) in block.iter().enumerate() {
        for &y in &block[a + 1..] {
            pairs.push((x.min(y), x.max(y)));
        }
    }
}

/// Positions `0..n` grouped by `key`, each group in increasing order,
/// groups in key order.
fn group_by<K: Ord>(n: usize, key: impl Fn(usize) -> K) -> Vec<Vec<u32>> {
    let all: Vec<usize> = (0..n).collect();
    group_by_subset(&all, key)
}

/// The positions `xs` grouped by `key`, each group in increasing order,
/// groups in key order.
fn group_by_subset<K: Ord>(xs: &[usize], key: impl Fn(usize) -> K) -> Vec<Vec<u32>> {
    let mut groups: std::collections::BTreeMap<K, Vec<u32>> = Default::default();
    for &x in xs {
        groups.entry(key(x)).or_default().push(x as u32);
    }
    groups.into_values().collect()
}
