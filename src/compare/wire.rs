//! Wire copies counted once.
//!
//! Consumes the aligned facts of one event and the documents' texts;
//! marks, per fact, the documents that state it as copies of one text, and
//! takes back an agreement only copies make. Two outlets that print one
//! wire story are one source for what the story says, even when each cut
//! or added paragraphs (so that the whole texts are too far apart to be one
//! source, [`super::CompareConfig::copy_threshold`]): "×3 sources" would
//! read as three confirmations of what is one.
//!
//! Named rules:
//! - **Copies of one text**, for one fact: two documents that are one
//!   source as whole copies, or that share a wire text (word 5-shingle
//!   containment of the shorter in the longer at least
//!   [`WIRE_CONTAINMENT`]) and state the fact in near-identical sentences
//!   (Jaccard of their adjacent word pairs at least [`COPIED_SENTENCE`],
//!   sentences of [`MIN_SENTENCE_WORDS`] words or more).
//! - **Counted once**: an agreement whose documents are all copies of one
//!   text is stated by one source (`single_source`, its copies shown).
//!   Conflicts and approximations keep their verdict: values that differ
//!   between copies were changed by someone.

use super::{AlignedFact, Status, UnionFind};
use crate::document::DocIndex;
use std::collections::{BTreeMap, BTreeSet};

/// Share of the shorter document's word 5-shingles found in the longer at
/// which two documents carry one wire text.
pub(crate) const WIRE_CONTAINMENT: f64 = 0.5;
/// Jaccard of two sentences' sets of adjacent word pairs at which one is a
/// copy of the other (a copy word for word; one word changed in a
/// sentence of fifteen leaves 0.75, below: two reporters can write a short
/// sentence of one fact alike).
const COPIED_SENTENCE: f64 = 0.8;
/// Sentences shorter than this ("Police said 12 people were hurt.") can be
/// written alike by two reporters; only longer ones count as copied.
const MIN_SENTENCE_WORDS: usize = 8;

/// What the wire pass knows of an event's documents.
pub(crate) struct Texts<'a> {
    /// Each document's text.
    pub text: BTreeMap<DocIndex, &'a str>,
    /// Pairs of documents (lower index first) that carry one wire text.
    pub wire: BTreeSet<(DocIndex, DocIndex)>,
    /// Pairs of documents (lower index first) that are whole copies.
    pub whole: BTreeSet<(DocIndex, DocIndex)>,
}

/// A sentence as copy detection reads it: its number of words and its
/// pairs of adjacent lower-case words (order matters: a rewrite keeps the
/// words and moves them).
struct Read {
    words: usize,
    pairs: BTreeSet<(String, String)>,
}

/// Reads a sentence for copy detection.
fn read(s: &str) -> Read {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    Read {
        words: words.len(),
        pairs: words
            .windows(2)
            .map(|w| (w[0].clone(), w[1].clone()))
            .collect(),
    }
}

/// Whether two sentences are one sentence copied.
fn copied(a: &Read, b: &Read) -> bool {
    if a.words.min(b.words) < MIN_SENTENCE_WORDS {
        return false;
    }
    let shared = a.pairs.intersection(&b.pairs).count();
    let union = a.pairs.len() + b.pairs.len() - shared;
    union > 0 && shared as f64 / union as f64 >= COPIED_SENTENCE
}

/// Marks each fact's copies and counts them once (see the module rules);
/// `unit_of` gives each document's source.
pub(crate) fn count_once(
    facts: &mut [AlignedFact],
    texts: &Texts<'_>,
    unit_of: &dyn Fn(DocIndex) -> usize,
) {
    for f in facts.iter_mut() {
        let (copies, sources) = copies_of(f, texts, unit_of);
        f.copies = copies;
        if f.status == Status::Agree && sources < 2 {
            f.status = Status::SingleSource;
        }
    }
}

/// The groups of two or more documents that state `f` as copies of one
/// text, in input order, and the number of sources stating it once copies
/// count once.
fn copies_of(
    f: &AlignedFact,
    texts: &Texts<'_>,
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> (Vec<Vec<DocIndex>>, usize) {
    // each document's sentences stating the fact, as word sets
    let mut said: BTreeMap<DocIndex, Vec<Read>> = BTreeMap::new();
    for m in f.values.iter().flat_map(|v| &v.mentions) {
        let sentence = texts
            .text
            .get(&m.doc)
            .and_then(|t| t.get(m.sentence.start..m.sentence.end))
            .unwrap_or("");
        said.entry(m.doc).or_default().push(read(sentence));
    }
    let docs: Vec<DocIndex> = said.keys().copied().collect();
    let mut uf = UnionFind::new(docs.len());
    let mut copy_links = Vec::new();
    for (x, a) in docs.iter().enumerate() {
        for (y, b) in docs.iter().enumerate().skip(x + 1) {
            let pair = (*a.min(b), *a.max(b));
            let sentence_copied = texts.wire.contains(&pair)
                && said[a].iter().any(|s| said[b].iter().any(|t| copied(s, t)));
            if texts.whole.contains(&pair) || sentence_copied {
                copy_links.push(x);
                uf.union(x, y);
            } else if unit_of(*a) == unit_of(*b) {
                uf.union(x, y);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<DocIndex>> = BTreeMap::new();
    for (x, &d) in docs.iter().enumerate() {
        groups.entry(uf.find(x)).or_default().push(d);
    }
    let sources = groups.len();
    let copied_roots: BTreeSet<usize> = copy_links.into_iter().map(|x| uf.find(x)).collect();
    let copies = groups
        .into_iter()
        .filter(|(root, g)| g.len() > 1 && copied_roots.contains(root))
        .map(|(_, g)| g)
        .collect();
    (copies, sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_sentence_is_never_a_copy() {
        let a = read("Police said 12 people were hurt.");
        assert!(!copied(&a, &a));
        let b = read("The bank was set alight by protesters who threw petrol bombs at its doors.");
        let c = read(
            "The bank was set alight by protesters who threw petrol bombs at its doors on Wednesday.",
        );
        assert!(copied(&b, &c));
        // one word changed in a short sentence: two reporters' alike
        let d = read("The roof of the old mill caved in late Tuesday night as the blaze spread.");
        let e = read("The roof of the old mill caved in on Tuesday night as the blaze spread.");
        assert!(!copied(&d, &e));
    }
}
