//! The `report` run: one read, one extraction per document, events,
//! alignment and the report.

use super::*;

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
                    publication.facts(doc, publication.locale(doc, settings.locale)),
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
