//! `concord report`: the source-consistency report.

use crate::args::{ReportArgs, ReportFormat};
use crate::common::{exit_code, open_corpus, report_skip};
use crate::output::Output;
use anyhow::Result;
use concord::compare::CompareConfig;
use concord::pipeline::{self, ReportSettings};
use concord::report::{html, json, markdown};
use std::process::ExitCode;

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
    };
    let corpus = open_corpus(&args.common)?;
    let mut out = Output::create(args.output.as_deref())?;
    let report = pipeline::report(&corpus, &settings, &mut report_skip(args.common.quiet))?;
    match args.format {
        ReportFormat::Json => json::write(&report, &mut out)?,
        ReportFormat::Markdown => markdown::write(&report, &mut out)?,
        ReportFormat::Html => html::write(&report, &mut out)?,
    }
    out.finish()?;
    Ok(exit_code(report.skipped.len()))
}
