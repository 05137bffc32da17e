//! The document model shared by every stage.
//!
//! A [`Document`] is one article as read from the corpus: its id, its
//! *original* text (never normalised: fact spans point into it), its
//! metadata and where it came from. Later stages refer to documents by their
//! index in input order ([`DocIndex`]), which makes every output ordering
//! deterministic.

use serde::Serialize;
use std::fmt;

/// Position of a document in input order (0-based). Stages hand documents to
/// each other by this index; it is also the deterministic tie-breaker.
pub type DocIndex = u32;

/// A document identifier, unique within one run.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for DocId {
    fn from(s: &str) -> Self {
        DocId(s.to_string())
    }
}

/// A byte range `[start, end)` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Optional metadata of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocMeta {
    /// Headline, when the input has one.
    pub title: Option<String>,
    /// Outlet name or domain.
    pub source: Option<String>,
    /// Publication date or date-time as given in the input (ISO 8601).
    pub published: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
    /// The conventions the article is written in, as given (a BCP 47 tag
    /// such as "en-GB"); see [`crate::lex::Locale`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// Where a record came from, precisely enough to report it and to copy its
/// original bytes back out (`dedup -o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Index of the input file in the reader's file list
    /// ([`Corpus::files`](crate::corpus::Corpus::files)).
    pub file: u32,
    /// 1-based line number for JSONL records; 0 for one-article files.
    pub line: u64,
    /// Byte offset of the record in the (decompressed) file.
    pub offset: u64,
    /// Length in bytes of the record, without its line terminator.
    pub len: u64,
}

/// One article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Unique id (from the input, or derived from path and line).
    pub id: DocId,
    /// The original text, exactly as read (after UTF-8 validation).
    pub text: String,
    /// Optional metadata.
    pub meta: DocMeta,
    /// Where the record came from.
    pub origin: Origin,
}
