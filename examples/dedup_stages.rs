//! Where the second thread's time goes: runs `pipeline::dedup` on the
//! `end_to_end` bench corpus (10,000 synthetic documents) with 1 and 2
//! threads in turn, and prints each stage's median time, the 2-thread /
//! 1-thread ratio, and the stage's "loss" (2-thread time minus half the
//! 1-thread time: what keeps the ratio above 0.5).
//!
//! `cargo run --release --example dedup_stages [REPETITIONS]` (default 20);
//! run it on a quiet machine.
use concord::corpus::{Corpus, CorpusConfig};
use concord::pipeline::{self, DedupSettings};
use concord::synth::{self, SynthConfig};
use std::collections::BTreeMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let docs = synth::generate(&SynthConfig {
        docs: 10_000,
        seed: 7,
        boilerplate_frac: 0.3,
        ..Default::default()
    });
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("synth.jsonl");
    std::fs::write(&path, synth::to_jsonl(&docs))?;
    let corpus = Corpus::open(&[path], CorpusConfig::default())?;
    let reps: usize = match std::env::args().nth(1) {
        Some(a) => a.parse()?,
        None => 20,
    };
    // Per thread count, per stage, the times in milliseconds.
    let mut times: [BTreeMap<String, Vec<f64>>; 2] = Default::default();
    for rep in 0..2 * reps {
        let threads = 1 + rep % 2;
        let settings = DedupSettings {
            threads,
            ..DedupSettings::default()
        };
        let start = std::time::Instant::now();
        let out = pipeline::dedup(&corpus, &settings, &|_, _| {}, &mut |_| {})?;
        let total = start.elapsed().as_secs_f64() * 1e3;
        let by_stage = &mut times[threads - 1];
        let mut staged = 0.0;
        for (stage, seconds) in &out.stats.stage_seconds {
            by_stage
                .entry(stage.to_string())
                .or_default()
                .push(seconds * 1e3);
            staged += seconds * 1e3;
        }
        by_stage
            .entry("(setup)".into())
            .or_default()
            .push(total - staged);
        by_stage.entry("(total)".into()).or_default().push(total);
    }
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (stage, one) in &times[0] {
        let (a, b) = (median(one), median(&times[1][stage]));
        println!(
            "{stage:14} 1 thread {a:7.2} ms  2 threads {b:7.2} ms  ratio {:.3}  loss {:+.2} ms",
            b / a,
            b - a / 2.0
        );
    }
    Ok(())
}
