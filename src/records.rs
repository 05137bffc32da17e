//! The per-document output records of `concord dedup --clusters` and
//! `concord cluster` (CONTRACT.md), for library users and the binary alike.
//!
//! Consumes a [`DedupOutcome`] or a [`ClusterOutcome`]; produces one
//! serialisable record per input document, in input order, singletons
//! included. Serialised with `serde_json`, a record is the line the command
//! writes.
//!
//! Guarantees: one record per document of the outcome, in its order; the
//! cluster names are the outcome's cluster numbers with a prefix (`c` for
//! near-duplicate clusters, `e` for event clusters), so they are as
//! deterministic as the outcome.

use crate::pipeline::{ClusterOutcome, DedupOutcome, PublishedFrom};

/// One line of `concord dedup --clusters`:
/// `{"id", "cluster", "kept", "similarity"}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DedupRecord<'a> {
    /// The document's id.
    pub id: &'a str,
    /// Its near-duplicate cluster: `c` and the cluster number (0-based, by
    /// the cluster's first document in input order).
    pub cluster: String,
    /// Whether it is the cluster's kept document.
    pub kept: bool,
    /// Exact Jaccard similarity of its shingle set to the kept document's
    /// (1.0 for the kept one), rounded to six decimals.
    pub similarity: f64,
}

impl DedupOutcome {
    /// The `--clusters` record of every document, in input order.
    pub fn records(&self) -> impl Iterator<Item = DedupRecord<'_>> + '_ {
        self.docs
            .iter()
            .zip(&self.clusters.members)
            .enumerate()
            .map(|(i, (d, m))| DedupRecord {
                id: &d.id.0,
                cluster: format!("c{}", m.cluster),
                kept: m.kept as usize == i,
                similarity: (m.similarity * 1e6).round() / 1e6,
            })
    }
}

/// One line of `concord cluster`:
/// `{"id", "cluster", "size", "published", "published_from"}` (the last two
/// only when known).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ClusterRecord<'a> {
    /// The document's id.
    pub id: &'a str,
    /// Its event cluster: `e` and the cluster number (0-based, by the
    /// cluster's first document in input order).
    pub cluster: String,
    /// Number of documents in the cluster.
    pub size: u32,
    /// Publication date, `YYYY-MM-DD`, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where the publication date came from (absent at duplicate level,
    /// which does not look).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_from: Option<PublishedFrom>,
}

impl ClusterOutcome {
    /// The record of every document, in input order.
    pub fn records(&self) -> impl Iterator<Item = ClusterRecord<'_>> + '_ {
        let a = &self.assignment;
        self.docs
            .iter()
            .zip(&a.cluster)
            .map(|(d, &c)| ClusterRecord {
                id: &d.id.0,
                cluster: format!("e{c}"),
                size: a.sizes.get(c as usize).copied().unwrap_or(1),
                published: d
                    .published
                    .map(|p| format!("{:04}-{:02}-{:02}", p.year, p.month, p.day)),
                published_from: d.published_from,
            })
    }
}
