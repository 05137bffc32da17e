//! Wires the stages together: the one place where threads run.
//!
//! `dedup`: corpus → (parallel parse, analysis) → block document
//! frequencies (boilerplate) → band keys of the signatures → LSH candidates
//! (star edges to each bucket's first document, all pairs of buckets of at
//! most `small_bucket`) → sorted sets of the candidates → exact
//! verification → clusters per connected component. The staged run
//! ([`crate::stages`]) computes the same edges, components and clusters
//! with files between the steps.
//!
//! Reading overlaps with analysis: each worker of the pool takes the next
//! chunk of about a megabyte from a shared reader (decompression and line
//! splitting, under a lock) and parses and shingles it while the others
//! read or work, and the calling thread checks ids and stores the results
//! in input order. Memory
//! holds a few chunks of text plus what the stages keep per document (see
//! [`ShingleStore`]: 4 bytes per shingle position, band keys instead of
//! signatures). Every parallel step collects in input order, so the outcome
//! is the same for any number of threads.

mod cluster;
mod dedup_run;
mod prepare;
mod report;

pub use cluster::{
    cluster, ClusterDoc, ClusterOutcome, ClusterSettings, ClusterStats, COPY_THRESHOLD,
};
pub use dedup_run::dedup;
pub(crate) use dedup_run::dedup_engines;
pub use prepare::{facts, locale_of, publication, publication_date, Publication, PublishedFrom};
pub use report::{report, report_events, report_timed, ReportSettings, ReportStats};

// The runs share their private helpers (the stopwatch, the near-copy
// pass, the document preparation) through this module.
use {cluster::*, dedup_run::*, prepare::*};

use crate::corpus::{Corpus, IdRegistry, Item, RawChunk, SkippedRecord};
use crate::dedup::{self, Clusters, KeepPolicy, ShingleBatch, ShingleStore};
use crate::document::{DocId, DocIndex, Document, Origin};
use crate::error::{Error, Result};
use crate::events::cluster::Assignment;
use crate::events::features as event_features;
use crate::events::{self, EventConfig, EventStats, Level};
use crate::facts::{self, date, CivilDate, ExtractContext};
use crate::lsh::{self, LshConfig, LshParams, LshStats};
use crate::minhash::{MinHashConfig, MinHasher};
use crate::text::shingle::Scratch;
use crate::text::{Analyzer, BoilerplateConfig, ShingleConfig};
use rayon::prelude::*;
use std::io::Write;
use std::sync::{mpsc, Mutex, PoisonError};

/// Weights of datasketch's (bands, rows) optimisation used by default.
/// Candidates are verified exactly, so a false positive costs one set
/// comparison while a false negative is a duplicate lost: false negatives
/// weigh 19 times more (at threshold 0.8 with 128 permutations this gives
/// 16 bands of 8 rows, catching a pair at J = 0.85 with probability 0.994).
pub const LSH_WEIGHTS: (f64, f64) = (0.05, 0.95);

/// Settings of a `dedup` run.
#[derive(Debug, Clone)]
pub struct DedupSettings {
    /// Shingling.
    pub shingle: ShingleConfig,
    /// Signatures.
    pub minhash: MinHashConfig,
    /// Jaccard threshold for near-duplicates, in (0, 1).
    pub threshold: f64,
    /// Explicit banding; `None` chooses it from the threshold.
    pub bands: Option<LshParams>,
    /// Boilerplate detection.
    pub boilerplate: BoilerplateConfig,
    /// Which document of a cluster is kept.
    pub keep: KeepPolicy,
    /// LSH buckets of at most this many documents give all their pairs as
    /// candidates besides the star edges to the bucket minimum (0: star
    /// edges only; see [`crate::lsh`]). Default 16: the star edges alone
    /// lose recall when a bucket's first document is a loose copy.
    pub small_bucket: usize,
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Records per batch handed from the reader to the workers.
    pub batch_size: usize,
}

impl Default for DedupSettings {
    fn default() -> Self {
        DedupSettings {
            shingle: ShingleConfig::default(),
            minhash: MinHashConfig::default(),
            threshold: 0.8,
            bands: None,
            boilerplate: BoilerplateConfig::default(),
            keep: KeepPolicy::First,
            small_bucket: 16,
            threads: 0,
            batch_size: 4096,
        }
    }
}

/// One document as the outcome keeps it.
#[derive(Debug, Clone)]
pub struct DocEntry {
    /// Its id.
    pub id: DocId,
    /// Where it came from (to write it back).
    pub origin: Origin,
    /// Length of its text in bytes.
    pub text_len: usize,
}

/// Counters of a `dedup` run.
#[derive(Debug, Clone, Default)]
pub struct DedupStats {
    /// Documents read.
    pub documents: usize,
    /// Bytes of text read.
    pub text_bytes: u64,
    /// Records skipped.
    pub skipped: usize,
    /// Documents with no word at all (never duplicates of anything).
    pub empty: usize,
    /// Banding used.
    pub lsh: Option<LshParams>,
    /// Candidate search statistics.
    pub candidates: LshStats,
    /// Candidate pairs verified at or above the threshold.
    pub verified_pairs: usize,
    /// Distinct blocks frequent enough to be boilerplate candidates.
    pub frequent_blocks: usize,
    /// Documents that had boilerplate removed.
    pub docs_with_boilerplate: usize,
    /// Wall-clock seconds per stage, in order.
    pub stage_seconds: Vec<(&'static str, f64)>,
}

/// What `dedup` found.
#[derive(Debug, Clone)]
pub struct DedupOutcome {
    /// Documents in input order.
    pub docs: Vec<DocEntry>,
    /// Skipped records in input order.
    pub skipped: Vec<SkippedRecord>,
    /// The clusters (one membership per document).
    pub clusters: Clusters,
    /// Counters.
    pub stats: DedupStats,
}

/// Progress callback: called after each batch with (documents, text bytes) so far.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// Builds the rayon pool for `threads` (0: all cores).
///
/// When the pool has one thread for each of the (two or more) cores the
/// process may run on, thread `i` is pinned to the `i`-th of those cores.
/// Unpinned, a worker woken for a parallel section is often placed on its
/// waker's busy core and waits there for a scheduler slice, so short
/// parallel stages run on one core (measured on a 2-core VM: the second
/// task of a `join` started 1.6-2.0 ms late in the median unpinned, 57 µs
/// pinned). A pool with fewer threads than cores is left to the scheduler:
/// two such runs pinned to the same first cores would share them while the
/// others idle. Returns once every thread of the pool has started.
///
/// # Errors
/// [`Error::Config`] when the pool cannot be built.
pub fn thread_pool(threads: usize) -> Result<rayon::ThreadPool> {
    let cores = core_affinity::get_core_ids().unwrap_or_default();
    let wanted = if threads == 0 { cores.len() } else { threads };
    let mut builder = rayon::ThreadPoolBuilder::new().num_threads(threads);
    if wanted >= 2 && wanted == cores.len() {
        builder = builder.num_threads(wanted).start_handler(move |i| {
            if let Some(&core) = cores.get(i) {
                // Best effort: an unpinned thread still works.
                core_affinity::set_for_current(core);
            }
        });
    }
    let pool = builder
        .build()
        .map_err(|e| Error::Config(format!("cannot start {threads} threads: {e}")))?;
    // Wait until every thread runs (and has pinned itself): a new thread is
    // often queued behind the thread that started it, which would otherwise
    // go on alone into the first stage for a scheduler slice.
    pool.broadcast(|_| ());
    Ok(pool)
}

/// Bytes of input per chunk handed from the reader to the workers: large
/// enough that a chunk is worth a hand-off (a hundred articles and more),
/// small enough that two threads share a small corpus evenly and that the
/// last chunk, which one thread finishes while the others have nothing left
/// to read, is short (a couple of milliseconds of work).
const CHUNK_BYTES: usize = 1 << 19;

/// Records per chunk at most (a chunk of many tiny records).
const CHUNK_RECORDS: usize = 8192;

/// Runs `work` on every chunk of the corpus, and `apply` on the results
/// in input order on the calling thread. The calling thread is one of the
/// workers: with `--threads 1` everything runs on it, one thread, and with
/// more, `threads - 1` pool threads work alongside it. Each worker takes
/// the next chunk from the shared reader (the sequential I/O: decompression
/// and line splitting, about `chunk_bytes` at a time, under a lock), then
/// parses and analyses it with its own scratch space (`init`) while the
/// other workers read or work. Between chunks the calling thread applies
/// every result that is next in input order, so no thread sits idle waiting
/// for an in-order hand-off and `apply` never competes with the workers for
/// a core. A worker holds one chunk at a time, and results wait for their
/// turn only while an earlier chunk is being worked on, so memory holds a
/// few megabytes of text whatever the corpus size. `work` must not use the
/// pool itself (its threads are all busy running workers).
///
/// # Errors
/// An I/O failure reading the input (after the chunks read before it were
/// applied), or the first error `apply` returns.
fn in_order<W, T: Send>(
    corpus: &Corpus,
    pool: &rayon::ThreadPool,
    chunk_bytes: usize,
    init: impl Fn() -> W + Sync,
    work: impl Fn(&RawChunk, &mut W) -> T + Sync,
    mut apply: impl FnMut(T) -> Result<()>,
) -> Result<()> {
    /// The shared reader: the chunks, the next sequence number, and whether
    /// reading is over (end of input, an error, or nobody wants more).
    struct Source<'a> {
        chunks: crate::corpus::RawChunks<'a>,
        next: usize,
        done: bool,
    }
    /// What taking the next chunk gives.
    enum Next {
        Chunk(usize, RawChunk),
        Failed(usize, Error),
        End,
    }
    let helpers = pool.current_num_threads().max(1) - 1;
    let source = Mutex::new(Source {
        chunks: corpus.raw_chunks(chunk_bytes, CHUNK_RECORDS),
        next: 0,
        done: false,
    });
    let lock = || source.lock().unwrap_or_else(PoisonError::into_inner);
    let take = || -> Next {
        let mut src = lock();
        if src.done {
            return Next::End;
        }
        let seq = src.next;
        src.next += 1;
        match src.chunks.next() {
            Some(Ok(chunk)) => Next::Chunk(seq, chunk),
            Some(Err(e)) => {
                src.done = true;
                Next::Failed(seq, e)
            }
            None => {
                src.done = true;
                Next::End
            }
        }
    };
    let (done_tx, done_rx) = mpsc::channel::<(usize, Result<T>)>();
    // The helpers go straight to the pool's (pinned) threads; this thread
    // goes on at once as the first worker (no thread is started here: a new
    // thread is often queued behind the one that started it for a
    // scheduler slice, milliseconds of the stage).
    pool.in_place_scope(|scope| -> Result<()> {
        let (init, work, take, lock) = (&init, &work, &take, &lock);
        for _ in 0..helpers {
            let done_tx = done_tx.clone();
            scope.spawn(move |_| {
                let mut scratch = init();
                loop {
                    let (seq, out) = match take() {
                        Next::Chunk(seq, chunk) => (seq, Ok(work(&chunk, &mut scratch))),
                        Next::Failed(seq, e) => (seq, Err(e)),
                        Next::End => break,
                    };
                    let failed = out.is_err();
                    if done_tx.send((seq, out)).is_err() || failed {
                        lock().done = true;
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut scratch = init();
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0usize;
        let mut result = Ok(());
        let mut reading = true;
        loop {
            // Results the helpers finished, without waiting.
            while let Ok((seq, out)) = done_rx.try_recv() {
                pending.insert(seq, out);
            }
            while let Some(out) = pending.remove(&next) {
                next += 1;
                if result.is_ok() {
                    result = out.and_then(&mut apply);
                    if result.is_err() {
                        // Stop reading; what is under way is dropped.
                        lock().done = true;
                        reading = false;
                    }
                }
            }
            if reading {
                match take() {
                    Next::Chunk(seq, chunk) => {
                        let out = work(&chunk, &mut scratch);
                        drop(chunk);
                        pending.insert(seq, Ok(out));
                    }
                    Next::Failed(seq, e) => {
                        pending.insert(seq, Err(e));
                        reading = false;
                    }
                    Next::End => reading = false,
                }
                continue;
            }
            // Reading is over: wait for what the helpers still hold.
            match done_rx.recv() {
                Ok((seq, out)) => {
                    pending.insert(seq, out);
                }
                Err(_) => {
                    // Every helper stopped; apply what is left in order
                    // (the sequence may have a gap only after an error).
                    while let Some(out) = pending.remove(&next) {
                        next += 1;
                        if result.is_ok() {
                            result = out.and_then(&mut apply);
                        }
                    }
                    break;
                }
            }
        }
        result
    })
}

/// Streams a corpus in batches of up to `batch_size` records: a reader
/// thread does the sequential I/O (decompression, line splitting) in
/// chunks while the pool parses the previous chunk; duplicate ids are then
/// checked in input order. Each batch of fresh documents goes to `each`, in
/// input order; skipped records go to `on_skip` as they are found and are
/// returned.
///
/// # Errors
/// An I/O failure reading the input, or the first error `each` returns.
fn read_batches(
    corpus: &Corpus,
    pool: &rayon::ThreadPool,
    batch_size: usize,
    on_skip: &mut dyn FnMut(&SkippedRecord),
    mut each: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<Vec<SkippedRecord>> {
    let batch_size = batch_size.max(1);
    let mut skipped = Vec::new();
    let mut registry = IdRegistry::new();
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = mpsc::sync_channel::<Result<RawChunk>>(2);
        scope.spawn(move || {
            for chunk in corpus.raw_chunks(16 * CHUNK_BYTES, batch_size) {
                let failed = chunk.is_err();
                if tx.send(chunk).is_err() || failed {
                    return;
                }
            }
        });
        for chunk in rx {
            let chunk = chunk?;
            let items: Vec<Item> = pool.install(|| {
                chunk
                    .records
                    .par_iter()
                    .map(|r| corpus.parse_in(&chunk, r))
                    .collect()
            });
            drop(chunk);
            let mut fresh = Vec::with_capacity(items.len());
            for item in items {
                let item = match item {
                    Item::Doc(d) => registry.check(d, corpus),
                    other => other,
                };
                match item {
                    Item::Doc(d) => fresh.push(d),
                    Item::Skipped(s) => {
                        on_skip(&s);
                        skipped.push(s);
                    }
                }
            }
            each(fresh)?;
        }
        Ok(())
    })?;
    Ok(skipped)
}

/// What a worker makes of one record of a chunk.
enum Analysed {
    /// A document, its shingles in the chunk's batch at `slot`.
    Doc {
        id: DocId,
        origin: Origin,
        text_len: usize,
        slot: u32,
    },
    /// A record that was skipped.
    Skipped(SkippedRecord),
}

/// Parses and shingles every record of a chunk.
fn analyse_chunk(
    corpus: &Corpus,
    analyzer: &Analyzer,
    chunk: &RawChunk,
    scratch: &mut Scratch,
) -> (Vec<Analysed>, ShingleBatch) {
    let mut batch = ShingleBatch::new();
    let items = chunk
        .records
        .iter()
        .map(|r| match corpus.parse_in(chunk, r) {
            Item::Doc(d) => {
                let slot = batch.push(analyzer.analyze_in_place(&d.text, scratch));
                Analysed::Doc {
                    id: d.id,
                    origin: d.origin,
                    text_len: d.text.len(),
                    slot,
                }
            }
            Item::Skipped(s) => Analysed::Skipped(s),
        })
        .collect();
    batch.shrink_to_fit();
    (items, batch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tally;

    /// A document with no locale field and no telling domain is read day
    /// first when its own head stamp shows it: a first number that cannot be
    /// a month, or the metadata's date read day first; else the default.
    #[test]
    fn stamps_tell_a_day_first_article() {
        let doc = |text: &str, published: Option<&str>| Document {
            id: DocId::from("d"),
            text: text.to_string(),
            meta: crate::document::DocMeta {
                published: published.map(str::to_string),
                ..Default::default()
            },
            origin: crate::document::Origin {
                file: 0,
                line: 1,
                offset: 0,
                len: 0,
            },
        };
        let us = crate::lex::Locale::US;
        let body = "\nThe inquiry into the quarry collapse opens on 11/04/2025 in Harwick.";
        let cases = [
            ("Harwick | 10/03/2025 | 4:15 PM", Some("2025-03-10"), true),
            ("Harwick | 10/03/2025 | 4:15 PM", Some("2025-10-03"), false),
            ("Harwick | 15/03/2025 | 4:15 PM", None, true),
            ("Harwick | 03/10/2025 | 4:15 PM", None, false),
        ];
        for (head, published, day_first) in cases {
            let d = doc(&format!("{head}{body}"), published);
            let p = publication(&d);
            assert_eq!(
                p.locale(&d, us).day_first(),
                day_first,
                "{head} {published:?}"
            );
        }
        // a locale the record tells wins
        let mut d = doc("Harwick | 15/03/2025 | 4:15 PM", None);
        d.meta.locale = Some("en-US".into());
        assert!(!publication(&d).locale(&d, us).day_first());
    }

    /// `report` reads each document's facts once, and each headline's once:
    /// the clustering and the comparison share them.
    #[test]
    fn report_extracts_each_document_once() {
        let texts: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    "{} {i}: The council approved $4.5 million for the bridge on \
                     Monday, March 3, 2025, after 12 residents spoke. \"It is \
                     overdue,\" said Mayor Ana Ruiz.",
                    tally::MARK
                )
            })
            .collect();
        let lines: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                serde_json::json!({
                    "id": format!("d{i}"),
                    "text": t,
                    "title": format!("{} headline {i}: bridge money approved", tally::MARK),
                    "published": "2025-03-04",
                })
                .to_string()
            })
            .collect();
        let input = lines.join("\n").into_bytes();
        let corpus = Corpus::open_reader(std::io::Cursor::new(input), Default::default())
            .expect("in-memory corpus");
        let settings = ReportSettings {
            threads: 2,
            ..Default::default()
        };
        let report = report(&corpus, &settings, &mut |_| {}).expect("report");
        let json = serde_json::to_value(&report).expect("serialise");
        assert!(
            json.to_string().contains("4.5"),
            "the facts reached the report"
        );
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(tally::count(t), 1, "document {i}");
            let title = format!("{} headline {i}: bridge money approved", tally::MARK);
            assert_eq!(tally::count(&title), 1, "headline {i}");
        }
    }
}
