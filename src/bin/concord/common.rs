//! Helpers shared by the subcommands: opening the corpus, progress,
//! skipped-record reporting, exit codes.

use crate::args::CommonArgs;
use anyhow::Result;
use concord::corpus::{Corpus, CorpusConfig, FieldNames, SkippedRecord};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Opens the corpus named by the shared arguments (stdin when none).
pub fn open_corpus(args: &CommonArgs) -> Result<Corpus> {
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    let config = CorpusConfig {
        fields: FieldNames {
            text: args.text_field.clone(),
            id: args.id_field.clone(),
            source: args.source_field.clone(),
            published: args.published_field.clone(),
            title: args.title_field.clone(),
            locale: args.locale_field.clone(),
            ..FieldNames::default()
        },
        max_record_bytes: args.max_record_bytes,
    };
    let corpus = Corpus::open(&inputs, config)?;
    if !args.quiet {
        for p in corpus.ignored() {
            eprintln!(
                "concord: note: {}: not an article file, ignored",
                p.display()
            );
        }
    }
    Ok(corpus)
}

/// Prints a skipped record on standard error (`path:line: reason`), with
/// `--quiet` too: a dropped record is a loss the user must hear of
/// (CONTRACT.md: `--quiet` silences everything but errors).
pub fn report_skip() -> impl FnMut(&SkippedRecord) {
    |s| eprintln!("concord: skipped {s}")
}

/// Prints how many records were skipped, when any were (with `--quiet`
/// too), for commands whose summary line does not already say it.
pub fn report_skipped_count(command: &str, skipped: usize) {
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        eprintln!("concord {command}: skipped {skipped} record{s} (named above)");
    }
}

/// A progress display on standard error, shown only on a terminal, not with
/// --quiet, and only once a run has lasted a second.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    enabled: bool,
}

impl Progress {
    /// A hidden progress bar that shows itself for long runs on a terminal.
    pub fn new(quiet: bool) -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Progress {
            bar,
            start: Instant::now(),
            enabled: !quiet && std::io::stderr().is_terminal(),
        }
    }

    /// Updates the display with documents and bytes read so far.
    pub fn update(&self, docs: u64, bytes: u64) {
        if !self.enabled {
            return;
        }
        if self.bar.is_hidden() && self.start.elapsed() > Duration::from_secs(1) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        self.bar.set_message(format!(
            "{docs} documents, {:.1} MB ({:.1} MB/s)",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        ));
        self.bar.tick();
    }

    /// Removes the display.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// Seconds since the start.
    pub fn seconds(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

/// Exit code 1 when records were skipped, else 0.
pub fn exit_code(skipped: usize) -> ExitCode {
    if skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Whether an error is a closed pipe on output (a quiet exit, as `head` expects).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// `-v`: one stderr line with the time of each stage, in order
/// ("concord cluster: stages: read 0.21s, …").
pub fn print_stages(command: &str, stage_seconds: &[(&'static str, f64)]) {
    let stages: Vec<String> = stage_seconds
        .iter()
        .map(|(name, secs)| format!("{name} {secs:.2}s"))
        .collect();
    eprintln!("concord {command}: stages: {}", stages.join(", "));
}
