//! The `concord` command line: a thin client of the library.
//!
//! Exit status (CONTRACT.md): 0 every record was read; 1 the run finished
//! but some records were skipped; 2 nothing useful could be done.

mod args;
mod cluster;
mod common;
mod dedup;
mod facts;
mod output;
mod report;

use args::{Cli, Command};
use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let (Command::Cluster(a), Some(("cluster", m))) = (&mut cli.command, matches.subcommand()) {
        a.explain = args::explain_groups(m);
    }
    output::remove_temporaries_on_signals();
    let result = match cli.command {
        Command::Dedup(a) => dedup::run(a),
        Command::Facts(a) => facts::run(a),
        Command::Report(a) => report::run(a),
        Command::Cluster(a) => cluster::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if common::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("concord: error: {}", message(&e));
            ExitCode::from(2)
        }
    }
}

/// An error and its causes on one line, each cause once: a library error
/// that already shows its cause ("a.jsonl: No such file or directory") is
/// not followed by that cause again.
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.ends_with(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}
