//! `concord cluster`: one line per document naming its event cluster.

use crate::args::{ClusterArgs, LevelArg};
use crate::common::{
    exit_code, open_corpus, print_stages, report_skip, report_skipped_count, Progress,
};
use crate::output::Output;
use anyhow::Result;
use concord::events::{explain, EventConfig, Level};
use concord::pipeline::{self, ClusterSettings, DedupSettings, PublishedFrom};
use std::process::ExitCode;

/// The largest cluster (the first of the largest, in input order) with its
/// size and the span of its members' publication dates.
fn largest_cluster(outcome: &pipeline::ClusterOutcome) -> Option<String> {
    let a = &outcome.assignment;
    let size = a.sizes.iter().copied().max()?;
    let c = a.sizes.iter().position(|&s| s == size)? as u32;
    let dates: Vec<_> = outcome
        .docs
        .iter()
        .zip(&a.cluster)
        .filter(|(_, &k)| k == c)
        .filter_map(|(d, _)| d.published)
        .collect();
    let fmt = |p: &concord::facts::CivilDate| format!("{:04}-{:02}-{:02}", p.year, p.month, p.day);
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(lo), Some(hi)) => format!(
            "published {} to {} ({} of {} dated)",
            fmt(lo),
            fmt(hi),
            dates.len(),
            size
        ),
        _ => "no publication dates".to_string(),
    };
    Some(format!("e{c}, {size} documents, {span}"))
}

/// Writes the explanations `--explain` asked for to standard error, one
/// block of lines per pair (see [`concord::events::explain`]), in the
/// order asked.
///
/// # Errors
/// An id that names no document of the corpus.
fn explain(outcome: &pipeline::ClusterOutcome, asked: &[Vec<String>]) -> Result<()> {
    let Some(trace) = &outcome.trace else {
        return Ok(());
    };
    let index = |id: &str| -> Result<u32> {
        outcome
            .docs
            .iter()
            .position(|d| d.id.0 == id)
            .map(|i| i as u32)
            .ok_or_else(|| anyhow::anyhow!("--explain: no document with id {id:?}"))
    };
    let name = |i: u32| {
        outcome
            .docs
            .get(i as usize)
            .map_or_else(|| format!("#{i}"), |d| d.id.0.clone())
    };
    let a = &outcome.assignment;
    for ids in asked {
        let found: Vec<explain::PairExplanation> = match ids.as_slice() {
            [x] => explain::explain_document(trace, a, index(x)?),
            [x, y] => explain::explain_pair(trace, a, index(x)?, index(y)?)
                .into_iter()
                .collect(),
            _ => Vec::new(),
        };
        for e in found {
            eprint!("{}", e.render(&name));
        }
    }
    Ok(())
}

/// Runs `concord cluster`.
pub fn run(args: ClusterArgs) -> Result<ExitCode> {
    let level = match args.level {
        LevelArg::Duplicate => Level::Duplicate,
        LevelArg::Event => Level::Event,
        LevelArg::Story => Level::Story,
    };
    let mut events = EventConfig::for_level(level);
    let mut dedup = DedupSettings::default();
    if let Some(t) = args.threshold {
        events.threshold = t;
        dedup.threshold = t;
    }
    let configured = events.threshold;
    events.window.published_days = args.window_days;
    events.window.estimated_days = args.window_days.saturating_mul(2);
    events.candidates.top_k = args.top_features;
    events.candidates.max_bucket = args.max_bucket;
    events.candidates.jaccard = args.key_jaccard;
    let settings = ClusterSettings {
        events,
        dedup,
        threads: args.common.threads,
        locale: args.common.locale,
        explain: !args.explain.is_empty(),
        required_ids: args.explain.concat(),
        ..ClusterSettings::default()
    };
    if !args.explain.is_empty() && level == Level::Duplicate {
        anyhow::bail!("--explain works at the event and story levels, not duplicate");
    }
    let quiet = args.common.quiet;
    let corpus = open_corpus(&args.common)?;
    let out = Output::create(args.output.as_deref())?;
    let progress = Progress::new(quiet);
    let update = |d, b| progress.update(d, b);
    let outcome = pipeline::cluster(&corpus, &settings, &update, &mut report_skip()).map_err(
        |e| match e {
            concord::Error::UnknownId(_) => anyhow::anyhow!("--explain: {e}"),
            e => e.into(),
        },
    )?;
    progress.finish();

    let a = &outcome.assignment;
    out.write_json_lines(outcome.records())?;
    explain(&outcome, &args.explain)?;

    let s = &outcome.stats;
    if args.common.verbose && !quiet {
        print_stages("cluster", &s.stage_seconds);
        let from = |w: PublishedFrom| {
            outcome
                .docs
                .iter()
                .filter(|d| d.published_from == Some(w))
                .count()
        };
        eprintln!(
            "concord cluster: publication dates: {} from metadata, {} from the text, {} unknown",
            from(PublishedFrom::Metadata),
            from(PublishedFrom::Text),
            from(PublishedFrom::Unknown),
        );
        eprintln!(
            "concord cluster: {} verified pairs with hard evidence of two incidents (place, day, street, ages)",
            s.events.hard_conflicts
        );
        if let Some(t) = s.events.threshold {
            eprintln!(
                "concord cluster: linkage threshold {t:.3} ({configured:.3} calibrated on this corpus's similarities)"
            );
        }
        if let Some(line) = largest_cluster(&outcome) {
            eprintln!("concord cluster: largest cluster: {line}");
        }
    }
    if quiet {
        report_skipped_count("cluster", s.skipped);
    } else {
        let secs = progress.seconds();
        let largest = a.sizes.iter().copied().max().unwrap_or(0);
        eprintln!(
            "concord cluster: read {} documents ({:.1} MB), skipped {}; {} clusters (largest {}); \
             {} candidate pairs (LSH {}{} raw), {} verified, {} date conflicts; {:.2} s ({:.0} docs/s)",
            s.documents,
            s.text_bytes as f64 / 1e6,
            s.skipped,
            a.sizes.len(),
            largest,
            s.events.candidates.candidates,
            s.events
                .lsh
                .map_or_else(|| "-".to_string(), |p| format!("{}x{}", p.bands, p.rows)),
            if s.events.scored_pairs > 0 {
                format!(", {}", s.events.scored_pairs)
            } else {
                String::new()
            },
            s.events.verified_pairs,
            s.events.conflicts,
            secs,
            s.documents as f64 / secs.max(1e-9),
        );
    }
    Ok(exit_code(s.skipped))
}
