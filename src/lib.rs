//! # concord
//!
//! Reads a corpus of news articles, finds near-duplicates and the reports
//! that describe the same event, and tells where sources agree or differ on
//! the facts.
//!
//! The stages, in data-flow order (each module's docs say what it consumes,
//! produces and guarantees):
//!
//! 1. [`corpus`]: reads `.txt`/`.md` files, JSONL (plain, gzip, zstd) and
//!    standard input into [`document::Document`]s; bad records become
//!    [`corpus::SkippedRecord`]s.
//! 2. [`text`]: NFKC normalisation and case folding, word tokens, seeded
//!    word or character shingles, boilerplate detection.
//! 3. [`minhash`]: MinHash signatures (one-permutation hashing with optimal
//!    densification).
//! 4. [`lsh`]: banding parameters from a threshold and candidate pairs.
//! 5. [`dedup`]: exact verification of candidates and near-duplicate
//!    clusters without chaining.
//! 6. [`events`]: reports of the same event: typed features (content
//!    words, canonical names, dates, figures) weighted by rarity, MinHash +
//!    LSH candidates, verification with name variants and date conflicts,
//!    average linkage without chaining.
//! 7. [`facts`]: dates, figures, names and quotes with byte spans into the
//!    original text, built over [`lex`] (one token type, the word tables,
//!    the calendar).
//! 8. [`claim`]: the frame of each figure and date (head noun, modifiers,
//!    predicate, clause names and dates; publication metadata told apart),
//!    from part-of-speech tagged words.
//! 9. [`compare`]: alignment of facts and quotes across the documents of
//!    one event, with verdicts (agree, approximate, conflict, single source).
//! 10. [`report`]: the source-consistency report (JSON, Markdown, HTML).
//!
//! [`pipeline`] wires the stages together and is the one place rayon runs.
#![deny(missing_docs)]

pub mod claim;
pub mod compare;
pub mod corpus;
pub mod dedup;
pub mod document;
pub mod error;
pub mod events;
pub mod facts;
pub mod lex;
pub mod lsh;
pub mod minhash;
pub mod pipeline;
pub mod report;
pub mod synth;
pub mod text;

pub use error::{Error, Result};
