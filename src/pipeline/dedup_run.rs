//! The `dedup` run: parallel reading and analysis, boilerplate, LSH
//! candidates, exact verification and clusters; and the near-copies
//! that `cluster` and `report` join whatever their words.

use super::*;

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
pub(super) fn dedup_with_furniture(
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
pub(super) struct NearCopies {
    /// Near-duplicate clusters.
    pub(super) clusters: Clusters,
    /// Candidate search statistics.
    pub(super) lsh: LshStats,
    /// Candidate pairs verified at or above the threshold.
    pub(super) verified_pairs: usize,
    /// Distinct blocks frequent enough to be boilerplate candidates.
    pub(super) frequent_blocks: usize,
    /// Documents that had boilerplate removed.
    pub(super) with_boilerplate: usize,
    /// Documents without any shingle.
    pub(super) empty: usize,
    /// Per document, its boilerplate blocks (when asked for; else empty).
    pub(super) furniture: Vec<Furniture>,
}

/// A document's boilerplate blocks as near-duplicate detection found them:
/// its number of tokens and the token ranges `[first, end)` of the blocks
/// (empty for most documents); see [`event_features::furniture_spans`].
pub(super) type Furniture = dedup::sets::BoilerplateRanges;

/// The stages of near-duplicate detection after the analysis, on the
/// documents' shingles: boilerplate (block document frequencies), band keys
/// of the signatures, LSH candidates, sorted sets of the candidates, exact
/// verification and clusters. `lap` is called after each stage with its
/// name.
pub(super) fn near_copies(
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
