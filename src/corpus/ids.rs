//! Unique document ids, checked in input order.

use std::collections::HashMap;

use super::{Corpus, Item, SkippedRecord};
use crate::document::{DocId, Document, Origin};

/// Checks that document ids are unique, in input order: the first record
/// with an id keeps it; a later one is skipped with a reason naming both
/// places.
#[derive(Debug, Default)]
pub struct IdRegistry {
    seen: HashMap<String, Origin>,
}

impl IdRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of distinct ids seen.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether no id was seen yet.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    /// Registers `doc`'s id: the document back when the id is new, else a
    /// skipped record `duplicate id "x" (first seen at a.jsonl:3)` located
    /// at `doc`'s own place.
    pub fn check(&mut self, doc: Document, corpus: &Corpus) -> Item {
        match self.check_id(&doc.id, doc.origin, corpus) {
            Some(skipped) => Item::Skipped(skipped),
            None => Item::Doc(doc),
        }
    }

    /// [`check`](Self::check) by id and place: `None` when the id is new
    /// (it is registered), else the skipped record.
    pub fn check_id(
        &mut self,
        id: &DocId,
        origin: Origin,
        corpus: &Corpus,
    ) -> Option<SkippedRecord> {
        if let Some(first) = self.seen.get(id.0.as_str()) {
            return Some(corpus.skip(
                &origin,
                format!(
                    "duplicate id {:?} (first seen at {})",
                    id.0,
                    corpus.location(first)
                ),
            ));
        }
        self.seen.insert(id.0.clone(), origin);
        None
    }
}
