//! `concord dedup`: near-duplicate removal.

use crate::args::{DedupArgs, KeepArg, ShingleKindArg};
use crate::common::{
    exit_code, open_corpus, print_stages, report_skip, report_skipped_count, Progress,
};
use crate::output::{own_stream, Output, Stream};
use anyhow::{bail, Result};
use concord::dedup::KeepPolicy;
use concord::lsh::LshParams;
use concord::minhash::MinHashConfig;
use concord::pipeline::{self, DedupSettings};
use concord::text::{BoilerplateConfig, ShingleConfig, ShingleKind};
use std::path::PathBuf;
use std::process::ExitCode;

/// Runs `concord dedup`.
pub fn run(args: DedupArgs) -> Result<ExitCode> {
    let stream = |p: &Option<PathBuf>| match p.as_deref() {
        None => Some(Stream::Stdout),
        Some(p) if p.as_os_str() == "-" => Some(Stream::Stdout),
        Some(p) => own_stream(p),
    };
    if let Some(clusters) = &args.clusters {
        let same_stream = matches!(
            (stream(&args.output), stream(&args.clusters)),
            (Some(a), Some(b)) if a == b
        );
        if same_stream || args.output.as_ref() == Some(clusters) {
            bail!("--clusters and the kept records (-o) cannot go to the same place");
        }
    }
    let settings = DedupSettings {
        shingle: ShingleConfig {
            kind: match args.shingle_kind {
                ShingleKindArg::Word => ShingleKind::Word,
                ShingleKindArg::Char => ShingleKind::Char,
            },
            shingle_len: args.shingle_size,
            seed: args.seed,
        },
        minhash: MinHashConfig {
            num_perm: args.num_perm,
            seed: args.seed,
        },
        threshold: args.threshold,
        bands: match (args.bands, args.rows) {
            (Some(bands), Some(rows)) => Some(LshParams { bands, rows }),
            _ => None,
        },
        boilerplate: BoilerplateConfig {
            enabled: !args.no_boilerplate,
            min_docs: args.boilerplate_min_docs,
            ratio: args.boilerplate_ratio,
        },
        keep: match args.keep {
            KeepArg::First => KeepPolicy::First,
            KeepArg::Longest => KeepPolicy::Longest,
        },
        small_bucket: args.small_bucket,
        threads: args.common.threads,
        ..DedupSettings::default()
    };
    let quiet = args.common.quiet;
    if args.max_bucket.is_some() && !quiet {
        eprintln!(
            "concord: warning: --max-bucket is no longer used (every bucket gives star \
             edges, linear in its size); see --small-bucket"
        );
    }
    if (args.stage.is_some() || args.keep_intermediates.is_some()) && !cfg!(feature = "parquet") {
        bail!(
            "--stage and --keep-intermediates: built without the `parquet` feature; \
             build with `cargo build --release --features parquet`"
        );
    }
    let corpus = open_corpus(&args.common)?;
    #[cfg(feature = "parquet")]
    if let Some(name) = &args.stage {
        if name != "kept" {
            return staged::run_one(&args, &settings, &corpus, name);
        }
    }
    // Open outputs before the work, so a bad path fails fast.
    let mut kept_out = Output::create(args.output.as_deref())?;
    let mut clusters_out = match &args.clusters {
        Some(p) => Some(Output::create(Some(p))?),
        None => None,
    };
    let progress = Progress::new(quiet);
    let update = |d, b| progress.update(d, b);
    #[cfg(feature = "parquet")]
    let outcome = match staged::outcome(&args, &settings, &corpus)? {
        Some(o) => o,
        None => pipeline::dedup(&corpus, &settings, &update, &mut report_skip())?,
    };
    #[cfg(not(feature = "parquet"))]
    let outcome = pipeline::dedup(&corpus, &settings, &update, &mut report_skip())?;
    progress.finish();

    let members = &outcome.clusters.members;
    let kept: Vec<_> = outcome
        .docs
        .iter()
        .enumerate()
        .filter(|(i, _)| members[*i].kept as usize == *i)
        .map(|(_, d)| (&d.id, d.origin))
        .collect();
    corpus
        .write_records(&kept, &mut kept_out)
        .map_err(|e| kept_out.explain(e.into()))?;
    kept_out.finish()?;
    if let Some(out) = clusters_out.take() {
        out.write_json_lines(outcome.records())?;
    }

    let s = &outcome.stats;
    if outcome.clusters.largest >= args.warn_cluster_size.max(2) && !quiet {
        eprintln!(
            "concord: warning: a cluster of {} near-duplicates; check for a shared template or raise --threshold",
            outcome.clusters.largest
        );
    }
    if args.common.verbose && !quiet {
        print_stages("dedup", &s.stage_seconds);
    }
    if quiet {
        report_skipped_count("dedup", s.skipped);
    } else if args.stage.is_some() || args.keep_intermediates.is_some() {
        // The staged run's datasets do not count empty documents or those
        // with boilerplate: say only what they hold.
        eprintln!(
            "concord dedup (staged): {} documents ({:.1} MB), skipped {}; {} clusters, removed {}; \
             {} candidate pairs, {} verified",
            s.documents,
            s.text_bytes as f64 / 1e6,
            s.skipped,
            outcome.clusters.num_clusters,
            outcome.clusters.removed(),
            s.candidates.candidates,
            s.verified_pairs,
        );
    } else {
        let secs = progress.seconds();
        let lsh = s
            .lsh
            .map(|p| format!("{}x{}", p.bands, p.rows))
            .unwrap_or_default();
        eprintln!(
            "concord dedup: read {} documents ({:.1} MB), skipped {}, empty {}; {} clusters, removed {}; \
             {} candidate pairs, {} verified (LSH {lsh}); boilerplate removed from {} documents; \
             {:.2} s ({:.1} MB/s)",
            s.documents,
            s.text_bytes as f64 / 1e6,
            s.skipped,
            s.empty,
            outcome.clusters.num_clusters,
            outcome.clusters.removed(),
            s.candidates.candidates,
            s.verified_pairs,
            s.docs_with_boilerplate,
            secs,
            s.text_bytes as f64 / 1e6 / secs.max(1e-9),
        );
    }
    Ok(exit_code(s.skipped))
}

/// The staged dedup (`--stage`, `--keep-intermediates`).
#[cfg(feature = "parquet")]
mod staged {
    use super::*;
    use concord::corpus::Corpus;
    use concord::pipeline::DedupOutcome;
    use concord::stages::run::{run_all, run_stage, Shard, Stage};
    use concord::stages::{Kernels, Params};

    fn kernels(settings: &DedupSettings) -> Result<Kernels> {
        Ok(Kernels::new(Params::from_settings(settings)?)?)
    }

    fn shard(args: &DedupArgs) -> Result<Shard> {
        Ok(match &args.shard {
            Some(s) => Shard::parse(s)?,
            None => Shard::ALL,
        })
    }

    /// Runs a stage other than `kept`: its datasets only. Exit code 0:
    /// skipped records are written to the datasets and counted by `kept`.
    pub fn run_one(
        args: &DedupArgs,
        settings: &DedupSettings,
        corpus: &Corpus,
        name: &str,
    ) -> Result<ExitCode> {
        let stage = Stage::from_name(name)?;
        let work = args.work.as_deref().unwrap_or(std::path::Path::new("."));
        let shard = shard(args)?;
        run_stage(
            stage,
            corpus,
            &kernels(settings)?,
            shard,
            work,
            &mut report_skip(),
        )?;
        if args.common.verbose && !args.common.quiet {
            eprintln!(
                "concord dedup: stage {} (shard {}/{}) done in {}",
                stage.name(),
                shard.index,
                shard.count,
                work.display()
            );
        }
        Ok(ExitCode::SUCCESS)
    }

    /// The outcome of the `kept` stage or of a run with
    /// `--keep-intermediates`; `None` for the embedded run.
    pub fn outcome(
        args: &DedupArgs,
        settings: &DedupSettings,
        corpus: &Corpus,
    ) -> Result<Option<DedupOutcome>> {
        let k = kernels(settings)?;
        if let Some(dir) = &args.keep_intermediates {
            return Ok(Some(run_all(corpus, &k, dir, &mut report_skip())?));
        }
        if args.stage.is_some() {
            let work = args.work.as_deref().unwrap_or(std::path::Path::new("."));
            return Ok(run_stage(
                Stage::Kept,
                corpus,
                &k,
                shard(args)?,
                work,
                &mut |_| {},
            )?);
        }
        Ok(None)
    }
}
