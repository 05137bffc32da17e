//! `concord report`: the source-consistency report.

use crate::args::{ReportArgs, ReportFormat};
use crate::common::{exit_code, open_corpus, print_stages, report_skip, report_skipped_count};
use crate::output::Output;
use anyhow::Result;
use concord::compare::CompareConfig;
use concord::pipeline::{self, ReportSettings, ReportStats};
use concord::report::{html, json, markdown, Report};
use std::collections::HashMap;
use std::process::ExitCode;

/// A corpus this small gets the `--single-event` hint when it splits.
const TINY_CORPUS: usize = 3;

/// Runs `concord report`.
pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let settings = ReportSettings {
        compare: CompareConfig {
            copy_threshold: args.copy_threshold,
            context_threshold: args.context_threshold,
            max_docs: args.max_event_docs,
            ..CompareConfig::default()
        },
        threads: args.common.threads,
        single_event: args.single_event,
        locale: args.common.locale,
    };
    let corpus = open_corpus(&args.common)?;
    let mut out = Output::create(args.output.as_deref())?;
    let (report, stats) = pipeline::report_timed(&corpus, &settings, &mut report_skip())?;
    // `-o report.html` without `--format` writes HTML, not Markdown in a
    // file a browser would open.
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(ReportFormat::of_path))
        .unwrap_or(ReportFormat::Markdown);
    let written = match format {
        ReportFormat::Json => json::write(&report, &mut out),
        ReportFormat::Markdown => markdown::write(&report, &mut out),
        ReportFormat::Html => html::write(&report, &mut out),
    };
    written.map_err(|e| out.explain(e.into()))?;
    out.finish()?;
    report_skipped_count("report", report.skipped.len());
    if args.common.verbose && !args.common.quiet {
        verbose(&report, &stats);
    }
    // Two or three articles give event clustering almost no corpus
    // statistics (every word they share looks common): say how to compare
    // them anyway.
    if !args.single_event
        && !args.common.quiet
        && (2..=TINY_CORPUS).contains(&report.documents.len())
        && report.events.len() > 1
    {
        eprintln!(
            "concord report: {} documents fell into {} events; with so few documents event \
             clustering has little to go on. If they report one event, add --single-event.",
            report.documents.len(),
            report.events.len()
        );
    }
    Ok(exit_code(report.skipped.len()))
}

/// `-v`: the time of each stage, where publication dates came from, and
/// the largest event with the span of its publication dates.
fn verbose(report: &Report, stats: &ReportStats) {
    print_stages("report", &stats.stage_seconds);
    let from = |w: &str| {
        report
            .documents
            .iter()
            .filter(|d| d.published_from == w)
            .count()
    };
    eprintln!(
        "concord report: publication dates: {} from metadata, {} from the text, {} unknown",
        from("metadata"),
        from("text"),
        from("unknown"),
    );
    let multi = report
        .events
        .iter()
        .filter(|e| e.documents.len() > 1)
        .count();
    eprintln!(
        "concord report: {} documents in {} events, {} with two or more documents",
        report.documents.len(),
        report.events.len(),
        multi
    );
    // The largest event, first in report order among equals.
    let Some(largest) = report.events.iter().rev().max_by_key(|e| e.documents.len()) else {
        return;
    };
    let published: HashMap<&str, &str> = report
        .documents
        .iter()
        .filter_map(|d| Some((d.id.as_str(), d.published.as_deref()?.get(..10)?)))
        .collect();
    let days: Vec<&str> = largest
        .documents
        .iter()
        .filter_map(|id| published.get(id.as_str()).copied())
        .collect();
    let span = match (days.iter().min(), days.iter().max()) {
        (Some(lo), Some(hi)) => format!(
            "published {lo} to {hi} ({} of {} dated)",
            days.len(),
            largest.documents.len()
        ),
        _ => "no publication dates".to_string(),
    };
    eprintln!(
        "concord report: largest event: {}, {} documents, {span}",
        largest.id,
        largest.documents.len()
    );
}
