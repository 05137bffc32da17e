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
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            eprintln!("concord: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
