//! # concord
//!
//! Reads a corpus of news articles, finds near-duplicates and the reports
//! that describe the same event, and tells where sources agree or differ on
//! the facts.
//!
//! ## The library face
//!
//! The items re-exported at the crate root are the API: open a [`Corpus`]
//! (files, directories, JSONL plain or compressed, or any reader), then run
//! a whole stage on it with the stage's settings:
//!
//! - [`dedup()`] with [`DedupSettings`] gives a [`DedupOutcome`]: the
//!   near-duplicate [`Clusters`] and one [`DedupRecord`] per document
//!   ([`DedupOutcome::records`]), as `concord dedup --clusters` writes them;
//! - [`cluster()`] with [`ClusterSettings`] gives a [`ClusterOutcome`]:
//!   reports of the same event, one [`ClusterRecord`] per document;
//! - [`facts()`] writes every date, figure, name and quote as JSONL;
//! - [`report()`] with [`ReportSettings`] gives the source-consistency
//!   [`Report`], written by [`write_json`], [`write_markdown`] or
//!   [`write_html`].
//!
//! Every run names each record it skips ([`SkippedRecord`]: path, line and
//! reason) to a callback and in its outcome, and gives byte-identical
//! results for any thread count. The stage modules below the crate root
//! are public for the `concord` binary and the benches but hidden from
//! these docs: their items may change without notice.
//!
//! ## Near-duplicates
//!
//! ```
//! use concord::{Corpus, CorpusConfig, DedupSettings};
//!
//! let story = "The city council approved a budget of 4.2 million euros for the new \
//!              tram line on Tuesday, after a debate that lasted more than six hours \
//!              and ended with a narrow vote of 23 to 20.";
//! let copy = story.replace("Tuesday", "Tuesday evening");
//! let other = "Heavy rain flooded the lower town overnight; firefighters pumped \
//!              water out of forty cellars and two schools stayed closed on Monday.";
//! let jsonl: String = [("a", story), ("b", copy.as_str()), ("c", other)]
//!     .iter()
//!     .map(|(id, text)| serde_json::json!({ "id": id, "text": text }).to_string() + "\n")
//!     .collect();
//!
//! let corpus = Corpus::open_reader(std::io::Cursor::new(jsonl), CorpusConfig::default())?;
//! let settings = DedupSettings { threshold: 0.7, ..DedupSettings::default() };
//! let outcome = concord::dedup(&corpus, &settings, &|_, _| {}, &mut |skipped| {
//!     eprintln!("{skipped}");
//! })?;
//!
//! let records: Vec<_> = outcome.records().collect();
//! assert_eq!(records.len(), 3);
//! assert_eq!((records[0].cluster.as_str(), records[0].kept), ("c0", true));
//! assert_eq!((records[1].cluster.as_str(), records[1].kept), ("c0", false));
//! assert!(records[1].similarity >= 0.7);
//! assert_eq!((records[2].cluster.as_str(), records[2].kept), ("c1", true));
//! assert_eq!(outcome.clusters.removed(), 1);
//! assert_eq!(
//!     serde_json::to_string(&records[1])?,
//!     format!(r#"{{"id":"b","cluster":"c0","kept":false,"similarity":{}}}"#, records[1].similarity)
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A source-consistency report
//!
//! ```
//! use concord::{Corpus, CorpusConfig, ReportSettings};
//!
//! let a = "Police said 12 people were injured when a bus left the road near \
//!          Linz on Friday. The driver, 54, was taken to hospital.";
//! let b = "Police said 14 people were injured when a bus left the road near \
//!          Linz on Friday. The driver, 54, was taken to hospital.";
//! let jsonl = format!(
//!     "{}\n{}\n",
//!     serde_json::json!({ "id": "first", "text": a, "source": "daily.example" }),
//!     serde_json::json!({ "id": "second", "text": b, "source": "herald.example" }),
//! );
//! let corpus = Corpus::open_reader(std::io::Cursor::new(jsonl), CorpusConfig::default())?;
//! // Two articles gathered about one event: no clustering needed.
//! let settings = ReportSettings { single_event: true, ..ReportSettings::default() };
//! let report = concord::report(&corpus, &settings, &mut |_| {})?;
//!
//! assert_eq!(report.documents.len(), 2);
//! assert_eq!(report.events.len(), 1);
//! assert!(report.skipped.is_empty());
//! // 12 injured against 14: the sources differ on the figure.
//! assert_eq!(report.events[0].summary.conflict, 1);
//! let mut markdown = Vec::new();
//! concord::write_markdown(&report, &mut markdown)?;
//! assert!(String::from_utf8(markdown)?.starts_with("# "));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## The stages
//!
//! In data-flow order (each module's docs say what it consumes, produces
//! and guarantees):
//!
//! 1. `corpus`: reads `.txt`/`.md` files, JSONL (plain, gzip, zstd) and
//!    standard input into [`Document`]s; bad records become
//!    [`SkippedRecord`]s.
//! 2. `text`: NFKC normalisation and case folding, word tokens, seeded
//!    word or character shingles, boilerplate detection.
//! 3. `minhash`: MinHash signatures (one-permutation hashing with optimal
//!    densification).
//! 4. `lsh`: banding parameters from a threshold and candidate pairs.
//! 5. `dedup`: exact verification of candidates and near-duplicate
//!    clusters without chaining.
//! 6. `events`: reports of the same event: typed features (content
//!    words, canonical names, dates, figures) weighted by rarity, MinHash +
//!    LSH candidates, verification with name variants and date conflicts,
//!    average linkage without chaining.
//! 7. `facts`: dates, figures, names and quotes with byte spans into the
//!    original text, built over `lex` (one token type, the word tables,
//!    the calendar).
//! 8. `claim`: the frame of each figure and date (head noun, modifiers,
//!    predicate, clause names and dates; publication metadata told apart),
//!    from part-of-speech tagged words.
//! 9. `compare`: alignment of facts and quotes across the documents of
//!    one event, with verdicts (agree, approximate, conflict, single source).
//! 10. `report`: the source-consistency report (JSON, Markdown, HTML).
//!
//! `pipeline` wires the stages together and is the one place rayon runs;
//! `records` holds the per-document output records.
#![deny(missing_docs)]

#[doc(hidden)]
pub mod claim;
#[doc(hidden)]
pub mod compare;
#[doc(hidden)]
pub mod corpus;
#[doc(hidden)]
pub mod dedup;
#[doc(hidden)]
pub mod document;
#[doc(hidden)]
pub mod error;
#[doc(hidden)]
pub mod events;
#[doc(hidden)]
pub mod facts;
#[doc(hidden)]
pub mod lex;
#[doc(hidden)]
pub mod lsh;
#[doc(hidden)]
pub mod minhash;
#[doc(hidden)]
pub mod pipeline;
#[doc(hidden)]
pub mod records;
#[doc(hidden)]
pub mod report;
#[doc(hidden)]
pub mod stages;
#[doc(hidden)]
pub mod synth;
#[doc(hidden)]
pub mod text;

pub use compare::CompareConfig;
pub use corpus::{Corpus, CorpusConfig, FieldNames, SkippedRecord};
pub use dedup::{Clusters, KeepPolicy, Membership};
pub use document::{DocId, DocMeta, Document, Origin};
pub use error::{Error, Result};
pub use events::candidates::CandidateConfig;
pub use events::cluster::Assignment;
pub use events::features::VectorConfig;
pub use events::score::TimeWindow;
pub use events::{EventConfig, EventStats, Level};
pub use lex::Locale;
pub use lsh::{LshParams, LshStats};
pub use minhash::MinHashConfig;
pub use pipeline::{
    cluster, dedup, facts, report, ClusterDoc, ClusterOutcome, ClusterSettings, ClusterStats,
    DedupOutcome, DedupSettings, DedupStats, DocEntry, PublishedFrom, ReportSettings,
};
pub use records::{ClusterRecord, DedupRecord};
pub use report::html::write as write_html;
pub use report::json::write as write_json;
pub use report::markdown::write as write_markdown;
pub use report::Report;
pub use text::{BoilerplateConfig, ShingleConfig, ShingleKind};
