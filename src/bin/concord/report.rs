//! `concord report`: the source-consistency report.

use crate::args::{ReportArgs, ReportFormat};
use crate::common::{exit_code, open_corpus, report_skip};
use crate::output::Output;
use anyhow::Result;
use concord::compare::CompareConfig;
use concord::pipeline::{self, ReportSettings};
use concord::report::{html, json, markdown};
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
    let report = pipeline::report(&corpus, &settings, &mut report_skip(args.common.quiet))?;
    // `-o report.html` without `--format` writes HTML, not Markdown in a
    // file a browser would open.
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(ReportFormat::of_path))
        .unwrap_or(ReportFormat::Markdown);
    match format {
        ReportFormat::Json => json::write(&report, &mut out)?,
        ReportFormat::Markdown => markdown::write(&report, &mut out)?,
        ReportFormat::Html => html::write(&report, &mut out)?,
    }
    out.finish()?;
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
