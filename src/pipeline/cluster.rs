//! The `cluster` run: documents to event clusters (copies first, then
//! the event stage over their features).

use super::*;

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
                    let facts = publication.facts(d, publication.locale(d, settings.locale));
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
pub(super) fn missing_id<'a>(docs: &[DocEntry], ids: &'a [String]) -> Option<&'a str> {
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
pub(super) fn copy_settings(settings: &ClusterSettings) -> DedupSettings {
    DedupSettings {
        threads: settings.threads,
        threshold: COPY_THRESHOLD,
        ..settings.dedup.clone()
    }
}

/// The event features of one document from its facts and the furniture
/// the near-duplicate stage found in it; its headline is read in its
/// locale (`locale` where nothing tells).
pub(super) fn document_features(
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
pub(super) fn event_clusters(
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
