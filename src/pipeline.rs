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

/// Runs near-duplicate detection over a corpus.
///
/// Skipped records are passed to `on_skip` as soon as they are found (in
/// input order) and also returned in the outcome.
///
/// Memory: per document, its shingle positions (4 bytes each) and blocks
/// until the band keys are made, then its band keys until the candidates
/// are found; the sets of documents in a candidate pair stay for
/// verification and clustering (see [`ShingleStore`]).
///
/// # Errors
/// Invalid settings ([`Error::Config`]) or an I/O failure reading the
/// input ([`Error::Io`]).
pub fn dedup(
    corpus: &Corpus,
    settings: &DedupSettings,
    progress: Progress<'_>,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<DedupOutcome> {
    dedup_with_furniture(corpus, settings, progress, on_skip, false).map(|x| x.0)
}

/// Checks dedup settings; the analyzer and the banding they give.
pub(crate) fn dedup_engines(settings: &DedupSettings) -> Result<(Analyzer, LshParams)> {
    let analyzer = Analyzer::new(settings.shingle)?;
    MinHasher::new(settings.minhash)?;
    settings.boilerplate.validate()?;
    if !(settings.threshold > 0.0 && settings.threshold < 1.0) {
        return Err(Error::Config(format!(
            "threshold must be strictly between 0 and 1, got {}",
            settings.threshold
        )));
    }
    let params = match settings.bands {
        Some(p) => {
            p.validate(settings.minhash.num_perm)?;
            p
        }
        None => LshParams::for_threshold(
            settings.threshold,
            settings.minhash.num_perm,
            LSH_WEIGHTS.0,
            LSH_WEIGHTS.1,
        )?,
    };
    Ok((analyzer, params))
}

/// [`dedup()`], and, when `furniture` is set, per document the boilerplate
/// token ranges found (see [`NearCopies::furniture`]).
fn dedup_with_furniture(
    corpus: &Corpus,
    settings: &DedupSettings,
    progress: Progress<'_>,
    on_skip: &mut dyn FnMut(&SkippedRecord),
    furniture: bool,
) -> Result<(DedupOutcome, Vec<Furniture>)> {
    let (analyzer, params) = dedup_engines(settings)?;
    let pool = thread_pool(settings.threads)?;
    let mut watch = Stopwatch::start();

    let mut docs: Vec<DocEntry> = Vec::new();
    let mut store = ShingleStore::new();
    let mut registry = IdRegistry::new();
    let mut skipped = Vec::new();
    let mut stats = DedupStats::default();
    in_order(
        corpus,
        &pool,
        CHUNK_BYTES,
        Scratch::default,
        |chunk, scratch| analyse_chunk(corpus, &analyzer, chunk, scratch),
        |(items, batch)| {
            let mut live = Vec::with_capacity(items.len());
            for item in items {
                let skip = match item {
                    Analysed::Doc {
                        id,
                        origin,
                        text_len,
                        slot,
                    } => match registry.check_id(&id, origin, corpus) {
                        None => {
                            live.push(slot);
                            stats.text_bytes += text_len as u64;
                            docs.push(DocEntry {
                                id,
                                origin,
                                text_len,
                            });
                            continue;
                        }
                        Some(s) => s,
                    },
                    Analysed::Skipped(s) => s,
                };
                on_skip(&skip);
                skipped.push(skip);
            }
            store.push(batch, live);
            progress(docs.len() as u64, stats.text_bytes);
            Ok(())
        },
    )?;
    drop(registry);
    if docs.len() > u32::MAX as usize - 1 {
        return Err(Error::Config(format!(
            "{} documents exceed the limit of {} per run",
            docs.len(),
            u32::MAX - 1
        )));
    }
    watch.lap(&mut stats.stage_seconds, "read+shingle");
    let lengths: Vec<usize> = docs.iter().map(|d| d.text_len).collect();
    let copies = near_copies(
        store,
        &lengths,
        settings,
        params,
        &pool,
        furniture,
        &mut |stage| watch.lap(&mut stats.stage_seconds, stage),
    )?;
    stats.documents = docs.len();
    stats.skipped = skipped.len();
    stats.empty = copies.empty;
    stats.frequent_blocks = copies.frequent_blocks;
    stats.docs_with_boilerplate = copies.with_boilerplate;
    stats.lsh = Some(params);
    stats.candidates = copies.lsh;
    stats.verified_pairs = copies.verified_pairs;
    Ok((
        DedupOutcome {
            docs,
            skipped,
            clusters: copies.clusters,
            stats,
        },
        copies.furniture,
    ))
}

/// What [`near_copies`] finds.
struct NearCopies {
    /// Near-duplicate clusters.
    clusters: Clusters,
    /// Candidate search statistics.
    lsh: LshStats,
    /// Candidate pairs verified at or above the threshold.
    verified_pairs: usize,
    /// Distinct blocks frequent enough to be boilerplate candidates.
    frequent_blocks: usize,
    /// Documents that had boilerplate removed.
    with_boilerplate: usize,
    /// Documents without any shingle.
    empty: usize,
    /// Per document, its boilerplate blocks (when asked for; else empty).
    furniture: Vec<Furniture>,
}

/// A document's boilerplate blocks as near-duplicate detection found them:
/// its number of tokens and the token ranges `[first, end)` of the blocks
/// (empty for most documents); see [`event_features::furniture_spans`].
type Furniture = dedup::sets::BoilerplateRanges;

/// The stages of near-duplicate detection after the analysis, on the
/// documents' shingles: boilerplate (block document frequencies), band keys
/// of the signatures, LSH candidates, sorted sets of the candidates, exact
/// verification and clusters. `lap` is called after each stage with its
/// name.
fn near_copies(
    mut store: ShingleStore,
    lengths: &[usize],
    settings: &DedupSettings,
    params: LshParams,
    pool: &rayon::ThreadPool,
    furniture: bool,
    lap: &mut dyn FnMut(&'static str),
) -> Result<NearCopies> {
    let hasher = MinHasher::new(settings.minhash)?;
    let detector = pool.install(|| store.detector(settings.boilerplate));
    let frequent_blocks = detector.num_frequent_blocks();
    lap("boilerplate");
    let (keys, with_boilerplate, furniture) =
        pool.install(|| store.band_keys_and_boilerplate(&detector, &hasher, params, furniture));
    drop(detector);
    lap("signatures");
    let lsh_config = LshConfig {
        params,
        small_bucket: settings.small_bucket,
    };
    let (candidates, lsh_stats) =
        pool.install(|| lsh::candidate_pairs_from_keys(&keys, &lsh_config));
    drop(keys);
    lap("lsh");
    let mut needed = vec![false; store.len()];
    for &(a, b) in &candidates {
        needed[a as usize] = true;
        needed[b as usize] = true;
    }
    pool.install(|| store.prepare(&needed));
    drop(needed);
    lap("sets");
    let verified = pool.install(|| dedup::verify_with(&store, &candidates, settings.threshold));
    drop(candidates);
    lap("verify");
    let clusters = pool.install(|| {
        dedup::cluster_with(
            &store,
            lengths,
            &verified,
            settings.threshold,
            settings.keep,
        )
    })?;
    lap("cluster");
    Ok(NearCopies {
        clusters,
        lsh: lsh_stats,
        verified_pairs: verified.len(),
        frequent_blocks,
        with_boilerplate,
        empty: store.num_empty(),
        furniture,
    })
}

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// The input's `published` field.
    Metadata,
    /// The article's own dateline or leading date line.
    Text,
    /// Not known.
    Unknown,
}

/// A document's publication date: from metadata when it parses, else from
/// the article's dateline, else unknown.
pub fn publication_date(doc: &Document) -> (Option<CivilDate>, PublishedFrom) {
    let p = publication(doc);
    (p.date, p.from)
}

/// What the head of one document tells of its publication, found once and
/// handed to [`facts::extract_stamped`] with the date.
#[derive(Debug, Clone)]
pub struct Publication {
    /// The publication date ([`publication_date`]).
    pub date: Option<CivilDate>,
    /// Where it came from.
    pub from: PublishedFrom,
    /// The publication stamps of the document's text.
    pub stamps: date::Stamps,
}

impl Publication {
    /// The facts of `doc` (whose publication this is) read in `locale`.
    fn facts(&self, doc: &Document, locale: crate::lex::Locale) -> Vec<facts::Fact> {
        let ctx = ExtractContext {
            published: self.date,
            locale,
        };
        facts::extract_stamped(&doc.text, &ctx, &self.stamps)
    }
}

/// The publication of a document: its date from metadata when it parses,
/// else from the stamps of its text, else unknown; and those stamps, which
/// the fact extractor needs in any case.
pub fn publication(doc: &Document) -> Publication {
    let stamps = date::Stamps::of(&doc.text);
    let (date, from) = match doc
        .meta
        .published
        .as_deref()
        .and_then(date::parse_published)
    {
        Some(d) => (Some(d), PublishedFrom::Metadata),
        None => match stamps.published() {
            Some((d, _)) => (Some(d), PublishedFrom::Text),
            None => (None, PublishedFrom::Unknown),
        },
    };
    Publication { date, from, stamps }
}

/// Wall-clock time per stage, for `-v`: each [`Stopwatch::lap`] adds the
/// time since the previous one (never part of any output file).
struct Stopwatch(std::time::Instant);

impl Stopwatch {
    fn start() -> Stopwatch {
        Stopwatch(std::time::Instant::now())
    }

    /// Adds `stage` with the seconds since the last lap to `laps`.
    fn lap(&mut self, laps: &mut Vec<(&'static str, f64)>, stage: &'static str) {
        let now = std::time::Instant::now();
        laps.push((stage, (now - self.0).as_secs_f64()));
        self.0 = now;
    }
}

/// The conventions a document is written in: its `locale` field when it
/// names one ("en-GB"), else what the domain of its source or address
/// tells (".co.uk", ".com.au", ".ca"), else `default`.
pub fn locale_of(doc: &Document, default: crate::lex::Locale) -> crate::lex::Locale {
    use crate::lex::Locale;
    doc.meta
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .or_else(|| doc.meta.source.as_deref().and_then(Locale::from_domain))
        .or_else(|| doc.meta.url.as_deref().and_then(Locale::from_domain))
        .unwrap_or(default)
}

/// Runs `facts` over a corpus: writes one JSON line per fact, documents in
/// input order and facts in span order, each document read in its locale
/// ([`locale_of`], `locale` where nothing tells). Returns the number of
/// skipped records (each passed to `on_skip`).
///
/// # Errors
/// [`Error::Io`] reading the input or writing `out`; [`Error::Config`] when
/// the thread pool cannot start.
pub fn facts(
    corpus: &Corpus,
    threads: usize,
    locale: crate::lex::Locale,
    out: &mut dyn Write,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<usize> {
    let pool = thread_pool(threads)?;
    let mut skipped = 0usize;
    let mut batch: Vec<Document> = Vec::new();
    let flush = |batch: &mut Vec<Document>, out: &mut dyn Write| -> Result<()> {
        let lines: Vec<Vec<u8>> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    let facts = publication(doc).facts(doc, locale_of(doc, locale));
                    let mut buf = Vec::new();
                    for f in facts {
                        // Serialising plain data to memory cannot fail.
                        if serde_json::to_writer(&mut buf, &f.record(&doc.id.0, &doc.text)).is_ok()
                        {
                            buf.push(b'\n');
                        }
                    }
                    buf
                })
                .collect()
        });
        for l in lines {
            out.write_all(&l).map_err(|e| Error::io("-", e))?;
        }
        batch.clear();
        Ok(())
    };
    // `documents()` already rejects duplicate ids.
    for item in corpus.documents() {
        match item? {
            Item::Doc(d) => {
                batch.push(d);
                if batch.len() >= 512 {
                    flush(&mut batch, out)?;
                }
            }
            Item::Skipped(s) => {
                skipped += 1;
                on_skip(&s);
            }
        }
    }
    flush(&mut batch, out)?;
    Ok(skipped)
}

/// Word 5-shingle Jaccard at which two texts are versions of one text (a
/// wire story and its edited copy) and so report the same event: half of
/// all 5-word sequences shared is far beyond what independent reports of
/// one event share (well under 0.1 in ECB+).
pub const COPY_THRESHOLD: f64 = 0.5;

/// Settings of a `cluster` run.
#[derive(Debug, Clone)]
pub struct ClusterSettings {
    /// The event stage (level, threshold, windows, candidates).
    pub events: EventConfig,
    /// Near-duplicate settings, used at [`Level::Duplicate`].
    pub dedup: DedupSettings,
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Records per batch handed from the reader to the workers.
    pub batch_size: usize,
    /// The locale of documents that name none and whose source tells none
    /// (`--locale`): how their dates and amounts are read for the event
    /// features.
    pub locale: crate::lex::Locale,
    /// Keep what the event stage decided from ([`events::explain::Trace`],
    /// in [`ClusterOutcome::trace`]) for `cluster --explain`; ignored at
    /// the duplicate level.
    pub explain: bool,
    /// Ids that must name documents of the input (those `cluster
    /// --explain` asks about): checked as soon as the first read has seen
    /// every id, before facts are extracted and events clustered, so a
    /// mistyped id costs no run.
    pub required_ids: Vec<String>,
}

impl Default for ClusterSettings {
    fn default() -> Self {
        ClusterSettings {
            events: EventConfig::default(),
            dedup: DedupSettings::default(),
            threads: 0,
            batch_size: 2048,
            locale: crate::lex::Locale::US,
            explain: false,
            required_ids: Vec::new(),
        }
    }
}

/// One document as `cluster` reports it.
#[derive(Debug, Clone)]
pub struct ClusterDoc {
    /// Its id.
    pub id: DocId,
    /// Its publication date, if known.
    pub published: Option<CivilDate>,
    /// Where the publication date came from (`None` at duplicate level,
    /// which does not look).
    pub published_from: Option<PublishedFrom>,
}

/// Counters of a `cluster` run.
#[derive(Debug, Clone, Default)]
pub struct ClusterStats {
    /// Documents read.
    pub documents: usize,
    /// Bytes of text read.
    pub text_bytes: u64,
    /// Records skipped.
    pub skipped: usize,
    /// Distinct features in the corpus.
    pub features: usize,
    /// The event stage's counters (candidates, verified pairs, conflicts).
    pub events: EventStats,
    /// Wall-clock seconds per stage, in order.
    pub stage_seconds: Vec<(&'static str, f64)>,
}

/// What `cluster` found.
#[derive(Debug, Clone)]
pub struct ClusterOutcome {
    /// Documents in input order.
    pub docs: Vec<ClusterDoc>,
    /// Skipped records in input order.
    pub skipped: Vec<SkippedRecord>,
    /// One cluster per document, numbered by first document.
    pub assignment: Assignment,
    /// Counters.
    pub stats: ClusterStats,
    /// What the event stage decided from, when
    /// [`ClusterSettings::explain`] asked for it.
    pub trace: Option<events::explain::Trace>,
}

/// Groups the documents of a corpus that report the same event (or story,
/// or near-duplicate text, by `settings.events.level`).
///
/// Reading overlaps feature extraction as in [`dedup()`]; features are
/// extracted in parallel and collected in input order, document
/// frequencies are counted (sums, so independent of the thread count), then
/// the event stage runs on the pool. Skipped records are passed to
/// `on_skip` as soon as they are found and also returned.
///
/// # Errors
/// Invalid settings ([`Error::Config`]) or an I/O failure reading the
/// input ([`Error::Io`]).
pub fn cluster(
    corpus: &Corpus,
    settings: &ClusterSettings,
    progress: Progress<'_>,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<ClusterOutcome> {
    if settings.events.level == Level::Duplicate {
        let dedup_settings = DedupSettings {
            threads: settings.threads,
            ..settings.dedup.clone()
        };
        let out = dedup(corpus, &dedup_settings, progress, on_skip)?;
        let cluster: Vec<u32> = out.clusters.members.iter().map(|m| m.cluster).collect();
        let mut sizes = vec![0u32; out.clusters.num_clusters];
        for &c in &cluster {
            if let Some(s) = sizes.get_mut(c as usize) {
                *s += 1;
            }
        }
        let stats = ClusterStats {
            documents: out.stats.documents,
            text_bytes: out.stats.text_bytes,
            skipped: out.stats.skipped,
            events: EventStats {
                lsh: out.stats.lsh,
                candidates: out.stats.candidates,
                verified_pairs: out.stats.verified_pairs,
                conflicts: 0,
                hard_conflicts: 0,
                scored_pairs: 0,
                threshold: None,
            },
            stage_seconds: out.stats.stage_seconds.clone(),
            ..ClusterStats::default()
        };
        return Ok(ClusterOutcome {
            docs: out
                .docs
                .into_iter()
                .map(|d| ClusterDoc {
                    id: d.id,
                    published: None,
                    published_from: None,
                })
                .collect(),
            skipped: out.skipped,
            assignment: Assignment { cluster, sizes },
            stats,
            trace: None,
        });
    }
    settings.events.validate()?;
    let pool = thread_pool(settings.threads)?;
    let batch_size = settings.batch_size.max(1);
    let mut watch = Stopwatch::start();
    let mut stats = ClusterStats::default();
    // First read: near-duplicate texts (copies of one text report one
    // event, however few features they have) and page furniture (blocks
    // that many documents share), from the text alone.
    let copies_settings = copy_settings(settings);
    let (copies, furniture) =
        dedup_with_furniture(corpus, &copies_settings, &|_, _| {}, &mut |_| {}, true)?;
    watch.lap(&mut stats.stage_seconds, "near-duplicates+furniture");
    if let Some(id) = missing_id(&copies.docs, &settings.required_ids) {
        return Err(Error::UnknownId(id.to_owned()));
    }

    // Second read: each document's facts, extracted once, and its event
    // features from them.
    let mut docs: Vec<ClusterDoc> = Vec::new();
    let mut raw: Vec<event_features::RawFeatures> = Vec::new();
    let skipped = read_batches(corpus, &pool, batch_size, on_skip, |fresh| {
        let base = docs.len();
        let extracted: Vec<_> = pool.install(|| {
            fresh
                .par_iter()
                .enumerate()
                .map_init(event_features::Scratch::default, |scratch, (k, d)| {
                    let publication = publication(d);
                    let (published, from) = (publication.date, publication.from);
                    let facts = publication.facts(d, locale_of(d, settings.locale));
                    let f = document_features(
                        d,
                        published,
                        &facts,
                        furniture.get(base + k),
                        settings.locale,
                        scratch,
                    );
                    (published, from, f)
                })
                .collect()
        });
        for (d, (published, from, f)) in fresh.into_iter().zip(extracted) {
            stats.text_bytes += d.text.len() as u64;
            docs.push(ClusterDoc {
                id: d.id,
                published,
                published_from: Some(from),
            });
            raw.push(f);
        }
        progress(docs.len() as u64, stats.text_bytes);
        Ok(())
    })?;
    if docs.len() > u32::MAX as usize - 1 {
        return Err(Error::Config(format!(
            "{} documents exceed the limit of {} per run",
            docs.len(),
            u32::MAX - 1
        )));
    }
    watch.lap(&mut stats.stage_seconds, "read+facts+features");
    // Both reads see the same documents in the same order (the corpus is
    // read the same way twice); if not, the copies are left out.
    let kept: Option<Vec<DocIndex>> = (copies.docs.len() == raw.len())
        .then(|| copies.clusters.members.iter().map(|m| m.kept).collect());
    drop(copies);
    let (assignment, event_stats, features, trace) = event_clusters(
        raw,
        kept.as_deref(),
        &settings.events,
        &pool,
        settings.explain,
    )?;
    watch.lap(
        &mut stats.stage_seconds,
        "weights+candidates+verify+cluster",
    );
    stats.documents = docs.len();
    stats.skipped = skipped.len();
    stats.features = features;
    stats.events = event_stats;
    Ok(ClusterOutcome {
        docs,
        skipped,
        assignment,
        stats,
        trace,
    })
}

/// The first of `ids` that names none of `docs`, if any.
fn missing_id<'a>(docs: &[DocEntry], ids: &'a [String]) -> Option<&'a str> {
    if ids.is_empty() {
        return None;
    }
    let known: std::collections::HashSet<&str> = docs.iter().map(|d| d.id.0.as_str()).collect();
    ids.iter()
        .map(String::as_str)
        .find(|id| !known.contains(id))
}

/// The near-duplicate settings of the copies check: the cluster's dedup
/// settings at [`COPY_THRESHOLD`].
fn copy_settings(settings: &ClusterSettings) -> DedupSettings {
    DedupSettings {
        threads: settings.threads,
        threshold: COPY_THRESHOLD,
        ..settings.dedup.clone()
    }
}

/// The event features of one document from its facts and the furniture
/// the near-duplicate stage found in it; its headline is read in its
/// locale (`locale` where nothing tells).
fn document_features(
    d: &Document,
    published: Option<CivilDate>,
    facts: &[facts::Fact],
    furniture: Option<&Furniture>,
    locale: crate::lex::Locale,
    scratch: &mut event_features::Scratch,
) -> event_features::RawFeatures {
    let spans = furniture
        .map(|(n, blocks)| event_features::furniture_spans(&d.text, *n, blocks, scratch))
        .unwrap_or_default();
    // The headline is not part of the text the facts were read from: its
    // facts are read here, once (a line of text).
    let title_facts = d
        .meta
        .title
        .as_deref()
        .map(|t| {
            let locale = locale_of(d, locale);
            facts::extract(t, &ExtractContext { published, locale })
        })
        .unwrap_or_default();
    event_features::extract(
        event_features::DocInput {
            text: &d.text,
            title: d.meta.title.as_deref(),
            published,
            facts,
            furniture: &spans,
            title_facts: &title_facts,
        },
        scratch,
    )
}

/// The event stage from every document's features: document
/// frequencies, vectors, candidates, verification, linkage, then the
/// clusters of copies of one text (`kept[i]`: the document `i` is a copy
/// of) joined. Returns the clusters, the counters, the number of
/// distinct features and, when `explain`, what the stage decided from.
fn event_clusters(
    raw: Vec<event_features::RawFeatures>,
    kept: Option<&[DocIndex]>,
    config: &EventConfig,
    pool: &rayon::ThreadPool,
    explain: bool,
) -> Result<(
    Assignment,
    EventStats,
    usize,
    Option<events::explain::Trace>,
)> {
    let df = pool.install(|| {
        raw.par_iter()
            .fold(event_features::DocFreq::new, |mut df, f| {
                df.add(f);
                df
            })
            .reduce(event_features::DocFreq::new, |mut a, b| {
                a.merge(b);
                a
            })
    });
    let vector_config = config.vector;
    let vectors: Vec<event_features::DocVector> = pool.install(|| {
        raw.into_par_iter()
            .map(|f| df.vector(f, &vector_config))
            .collect()
    });
    let features = df.len();
    drop(df);
    let run = pool.install(|| events::link_vectors(&vectors, config))?;
    let (mut assignment, stats) = (run.assignment, run.stats);
    let kept = kept.filter(|k| k.len() == assignment.cluster.len());
    if let Some(kept) = kept {
        assignment = events::join_copies(&assignment, kept, &vectors, config);
    }
    let trace = explain.then(|| {
        let mut candidates = run.candidates;
        candidates.sort_unstable();
        events::explain::Trace {
            config: *config,
            threshold: stats.threshold.unwrap_or(config.threshold),
            vectors,
            candidates,
            edges: run.edges,
            copies: kept.map(<[DocIndex]>::to_vec),
        }
    });
    Ok((assignment, stats, features, trace))
}

/// The event clusters of documents already read, with their facts
/// (extracted once, by the caller) and publication dates: the same stages
/// as [`cluster`] at the event level with default settings, on the
/// documents in memory. Groups of document indices in input order (each
/// group sorted, groups ordered by their first document).
///
/// # Errors
/// [`Error::Config`] when `facts` or `published` do not hold one entry per
/// document, or the thread pool cannot start.
pub fn report_events(
    docs: &[Document],
    facts: &[&[facts::Fact]],
    published: &[Option<CivilDate>],
    threads: usize,
    locale: crate::lex::Locale,
) -> Result<Vec<Vec<DocIndex>>> {
    if facts.len() != docs.len() || published.len() != docs.len() {
        return Err(Error::Config(
            "event clustering needs the facts and the publication date of every document".into(),
        ));
    }
    let settings = ClusterSettings {
        threads,
        locale,
        ..ClusterSettings::default()
    };
    let pool = thread_pool(threads)?;
    let copies_settings = copy_settings(&settings);
    let (analyzer, params) = dedup_engines(&copies_settings)?;
    // The documents' shingles, a batch per thousand documents.
    let batches: Vec<ShingleBatch> = pool.install(|| {
        docs.par_chunks(1024)
            .map_init(Scratch::default, |scratch, chunk| {
                let mut batch = ShingleBatch::new();
                for d in chunk {
                    batch.push(analyzer.analyze_in_place(&d.text, scratch));
                }
                batch.shrink_to_fit();
                batch
            })
            .collect()
    });
    let mut store = ShingleStore::new();
    for batch in batches {
        let live = (0..batch.len() as u32).collect();
        store.push(batch, live);
    }
    let lengths: Vec<usize> = docs.iter().map(|d| d.text.len()).collect();
    let copies = near_copies(
        store,
        &lengths,
        &copies_settings,
        params,
        &pool,
        true,
        &mut |_| {},
    )?;
    let raw: Vec<event_features::RawFeatures> = pool.install(|| {
        docs.par_iter()
            .enumerate()
            .map_init(event_features::Scratch::default, |scratch, (i, d)| {
                document_features(
                    d,
                    published[i],
                    facts[i],
                    copies.furniture.get(i),
                    settings.locale,
                    scratch,
                )
            })
            .collect()
    });
    let kept: Vec<DocIndex> = copies.clusters.members.iter().map(|m| m.kept).collect();
    drop(copies);
    let (assignment, _, _, _) = event_clusters(raw, Some(&kept), &settings.events, &pool, false)?;
    let mut groups: Vec<Vec<DocIndex>> = vec![Vec::new(); assignment.sizes.len()];
    for (i, &c) in assignment.cluster.iter().enumerate() {
        if let Some(g) = groups.get_mut(c as usize) {
            g.push(i as DocIndex);
        }
    }
    groups.retain(|g| !g.is_empty());
    groups.sort_by_key(|g| g.first().copied());
    Ok(groups)
}

/// Settings of a `report` run.
#[derive(Debug, Clone, Default)]
pub struct ReportSettings {
    /// Fact alignment and verdicts.
    pub compare: crate::compare::CompareConfig,
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Take every document as a report of one event and skip event
    /// clustering: for a set of articles the user gathered about one event
    /// (two or three articles carry too little corpus statistics to weigh
    /// shared words by their rarity).
    pub single_event: bool,
    /// The locale of documents that name none and whose source tells
    /// none (`--locale`).
    pub locale: crate::lex::Locale,
}

/// Runs `report` over a corpus: reads every document, extracts facts (in
/// parallel), groups documents into events ([`report_events`]), compares
/// each event (in parallel) and builds the report. Documents that no group
/// names become events of their own, so every document is in exactly one
/// event. Skipped records are passed to `on_skip` and listed in the report.
///
/// # Errors
/// [`Error::Io`] reading the input; [`Error::Config`] for invalid settings
/// or when the thread pool cannot start.
pub fn report(
    corpus: &Corpus,
    settings: &ReportSettings,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<crate::report::Report> {
    report_timed(corpus, settings, on_skip).map(|(r, _)| r)
}

/// Wall-clock seconds of [`report`]'s stages, in order, for `-v`. Never
/// part of the report itself, which stays byte-identical from run to run.
#[derive(Debug, Clone, Default)]
pub struct ReportStats {
    /// Stage name and seconds: reading, facts, events, comparison, build.
    pub stage_seconds: Vec<(&'static str, f64)>,
}

/// [`report`], with the time each stage took.
///
/// # Errors
/// As [`report`].
pub fn report_timed(
    corpus: &Corpus,
    settings: &ReportSettings,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<(crate::report::Report, ReportStats)> {
    use crate::compare::{Comparator, EventDoc};
    let mut stats = ReportStats::default();
    let mut watch = Stopwatch::start();
    use crate::document::DocIndex;
    let comparator = Comparator::new(settings.compare)?;
    let pool = thread_pool(settings.threads)?;
    let mut docs: Vec<Document> = Vec::new();
    let mut skipped = Vec::new();
    for item in corpus.documents() {
        match item? {
            Item::Doc(d) => docs.push(d),
            Item::Skipped(s) => {
                on_skip(&s);
                skipped.push(s);
            }
        }
    }
    if docs.len() > u32::MAX as usize - 1 {
        return Err(Error::Config(format!(
            "{} documents exceed the limit of {} per run",
            docs.len(),
            u32::MAX - 1
        )));
    }
    watch.lap(&mut stats.stage_seconds, "read");
    type Dated = (
        Option<String>,
        PublishedFrom,
        Vec<facts::Fact>,
        Option<CivilDate>,
    );
    let dated: Vec<Dated> = pool.install(|| {
        docs.par_iter()
            .map(|doc| {
                let publication = publication(doc);
                let (published, from) = (publication.date, publication.from);
                let iso = published.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
                let shown = match from {
                    PublishedFrom::Metadata => doc.meta.published.clone(),
                    _ => iso,
                };
                (
                    shown,
                    from,
                    publication.facts(doc, locale_of(doc, settings.locale)),
                    published,
                )
            })
            .collect()
    });
    watch.lap(&mut stats.stage_seconds, "facts");
    // Events: the groups, then every document no group holds, alone.
    let mut events = if settings.single_event {
        vec![(0..docs.len() as DocIndex).collect()]
    } else {
        // The same facts serve the clustering and the comparison.
        let doc_facts: Vec<&[facts::Fact]> = dated.iter().map(|d| d.2.as_slice()).collect();
        let published: Vec<Option<CivilDate>> = dated.iter().map(|d| d.3).collect();
        report_events(
            &docs,
            &doc_facts,
            &published,
            settings.threads,
            settings.locale,
        )?
    };
    events
        .iter_mut()
        .for_each(|g| g.retain(|&d| (d as usize) < docs.len()));
    events.retain(|g| !g.is_empty());
    let mut seen = vec![false; docs.len()];
    let mut unique: Vec<Vec<DocIndex>> = Vec::new();
    for g in events {
        let g: Vec<DocIndex> = g
            .into_iter()
            .filter(|&d| !std::mem::replace(&mut seen[d as usize], true))
            .collect();
        if !g.is_empty() {
            unique.push(g);
        }
    }
    for (i, s) in seen.iter().enumerate() {
        if !s {
            unique.push(vec![i as DocIndex]);
        }
    }
    unique.iter_mut().for_each(|g| g.sort_unstable());
    unique.sort_by_key(|g| g.first().copied());
    watch.lap(&mut stats.stage_seconds, "events");
    let agreements: Vec<_> = pool.install(|| {
        unique
            .par_iter()
            .map(|g| {
                let event_docs: Vec<EventDoc<'_>> = g
                    .iter()
                    .map(|&d| EventDoc {
                        index: d,
                        text: &docs[d as usize].text,
                        source: docs[d as usize].meta.source.as_deref(),
                        facts: &dated[d as usize].2,
                        published: dated[d as usize].3,
                        from_metadata: dated[d as usize].1 == PublishedFrom::Metadata,
                    })
                    .collect();
                comparator.compare(&event_docs)
            })
            .collect()
    });
    watch.lap(&mut stats.stage_seconds, "compare");
    let inputs: Vec<crate::report::DocInput<'_>> = docs
        .iter()
        .zip(&dated)
        .map(|(doc, (published, from, _, _))| crate::report::DocInput {
            doc,
            published: published.as_deref(),
            published_from: match from {
                PublishedFrom::Metadata => "metadata",
                PublishedFrom::Text => "text",
                PublishedFrom::Unknown => "unknown",
            },
        })
        .collect();
    let config = serde_json::json!({
        "events": if settings.single_event {
            serde_json::json!({"method": "single event (--single-event)"})
        } else {
            serde_json::json!({
                "method": "event clustering (concord cluster, level event)",
                "threshold": EventConfig::default().threshold,
            })
        },
        "compare": settings.compare,
    });
    let report = crate::report::build(&inputs, &agreements, skipped, config);
    watch.lap(&mut stats.stage_seconds, "build");
    Ok((report, stats))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tally;

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
