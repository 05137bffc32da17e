//! `concord facts`: one fact per line.

use crate::args::FactsArgs;
use crate::common::{exit_code, open_corpus, report_skip};
use crate::output::Output;
use anyhow::Result;
use std::process::ExitCode;

/// Runs `concord facts`.
pub fn run(args: FactsArgs) -> Result<ExitCode> {
    let corpus = open_corpus(&args.common)?;
    let mut out = Output::create(args.output.as_deref())?;
    let skipped = concord::pipeline::facts(
        &corpus,
        args.common.threads,
        args.common.locale,
        &mut out,
        &mut report_skip(args.common.quiet),
    )?;
    out.finish()?;
    Ok(exit_code(skipped))
}
