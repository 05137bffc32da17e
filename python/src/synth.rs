//! The library's planted-duplicate corpus generator ([`concord::synth`]),
//! for the equivalence tests and the crossover measurements.

use concord::synth::{generate, to_jsonl, SynthConfig};
use pyo3::prelude::*;

/// A synthetic JSONL corpus (`{"id","text","cluster"}` lines) with planted
/// near-duplicate clusters and shared boilerplate footers.
#[pyfunction]
#[allow(clippy::too_many_arguments)]
#[pyo3(signature = (docs, seed = 1, words = 500, dup_frac = 0.4, max_cluster = 8, edit_rate = 0.005, boilerplate_frac = 0.15))]
pub fn synth_jsonl(
    py: Python<'_>,
    docs: usize,
    seed: u64,
    words: usize,
    dup_frac: f64,
    max_cluster: usize,
    edit_rate: f64,
    boilerplate_frac: f64,
) -> String {
    py.allow_threads(|| {
        to_jsonl(&generate(&SynthConfig {
            docs,
            seed,
            words,
            dup_frac,
            max_cluster,
            edit_rate,
            boilerplate_frac,
            ..SynthConfig::default()
        }))
    })
}
