//! The library's dedup kernels ([`concord::stages::Kernels`]) over Arrow
//! record batches: block hashes, band hashes, edge verification and the
//! per-component clustering, plus the `--clusters` output records. Each
//! function takes and returns typed columns; the work is the library's.

use crate::arrow::{batch, column, import, Batch};
use arrow_array::builder::{Float64Builder, Int32Builder, Int64Builder};
use arrow_array::{BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use concord::dedup::KeepPolicy;
use concord::lsh::LshParams;
use concord::minhash::MinHashConfig;
use concord::pipeline::DedupSettings;
use concord::records::DedupRecord;
use concord::stages;
use concord::text::{BoilerplateConfig, BoilerplateDetector, ShingleConfig, ShingleKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::sync::Arc;

fn err(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// The kernels for one set of dedup settings (the binary's options and
/// defaults), validated as the binary validates them.
#[pyclass(module = "concord_spark._concord", frozen)]
pub struct Kernels(stages::Kernels);

/// The boilerplate detector built from the corpus' block document
/// frequencies.
#[pyclass(module = "concord_spark._concord", frozen)]
pub struct Detector(BoilerplateDetector);

fn texts<'a>(
    b: &'a RecordBatch,
    ids: &str,
    texts: &str,
) -> PyResult<(&'a Int64Array, &'a StringArray)> {
    Ok((
        column::<Int64Array>(b, ids)?,
        column::<StringArray>(b, texts)?,
    ))
}

#[pymethods]
impl Kernels {
    #[new]
    #[pyo3(signature = (threshold = 0.8, num_perm = 128, seed = 1, shingle_size = 5,
        shingle_kind = "word", bands = None, rows = None, keep = "first", boilerplate = true,
        boilerplate_min_docs = 10, boilerplate_ratio = 4.0, small_bucket = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        threshold: f64,
        num_perm: usize,
        seed: u64,
        shingle_size: usize,
        shingle_kind: &str,
        bands: Option<usize>,
        rows: Option<usize>,
        keep: &str,
        boilerplate: bool,
        boilerplate_min_docs: u32,
        boilerplate_ratio: f64,
        small_bucket: Option<usize>,
    ) -> PyResult<Self> {
        let settings = DedupSettings {
            shingle: ShingleConfig {
                kind: match shingle_kind {
                    "word" => ShingleKind::Word,
                    "char" => ShingleKind::Char,
                    k => return Err(err(format!("shingle kind is word or char, not {k:?}"))),
                },
                shingle_len: shingle_size,
                seed,
            },
            minhash: MinHashConfig { num_perm, seed },
            threshold,
            bands: match (bands, rows) {
                (Some(bands), Some(rows)) => Some(LshParams { bands, rows }),
                (None, None) => None,
                _ => return Err(err("bands and rows go together")),
            },
            boilerplate: BoilerplateConfig {
                enabled: boilerplate,
                min_docs: boilerplate_min_docs,
                ratio: boilerplate_ratio,
            },
            keep: match keep {
                "first" => KeepPolicy::First,
                "longest" => KeepPolicy::Longest,
                k => return Err(err(format!("keep is first or longest, not {k:?}"))),
            },
            small_bucket: small_bucket.unwrap_or(DedupSettings::default().small_bucket),
            ..DedupSettings::default()
        };
        let params = stages::Params::from_settings(&settings).map_err(err)?;
        stages::Kernels::new(params).map(Kernels).map_err(err)
    }

    /// XXH3 of the canonical parameters: the `params_hash` of the Parquet
    /// contract (equal to the binary's for the same settings).
    fn params_hash(&self) -> i64 {
        self.0.params().params_hash()
    }

    /// The canonical text of the parameters.
    fn canonical(&self) -> String {
        self.0.params().canonical()
    }

    /// The Jaccard threshold.
    #[getter]
    fn threshold(&self) -> f64 {
        self.0.params().threshold
    }

    /// Buckets of at most this many documents give all their pairs.
    #[getter]
    fn small_bucket(&self) -> usize {
        self.0.params().small_bucket
    }

    /// `(bands, rows)` of the banding.
    #[getter]
    fn banding(&self) -> (usize, usize) {
        let l = self.0.params().lsh;
        (l.bands, l.rows)
    }

    /// `doc_id, text` → `doc_id, block_hash` (each document's distinct
    /// boilerplate blocks).
    fn block_hashes(&self, py: Python<'_>, docs: &Bound<'_, PyAny>) -> PyResult<Batch> {
        let docs = import(docs)?;
        let (ids, text) = texts(&docs, "doc_id", "text")?;
        py.allow_threads(|| {
            let mut out_id = Int64Builder::new();
            let mut out_hash = Int64Builder::new();
            for i in 0..docs.num_rows() {
                for h in self.0.block_hashes(text.value(i)) {
                    out_id.append_value(ids.value(i));
                    out_hash.append_value(h);
                }
            }
            batch(vec![
                ("doc_id", Arc::new(out_id.finish())),
                ("block_hash", Arc::new(out_hash.finish())),
            ])
        })
    }

    /// The detector from `block_hash, docs` rows (every block in two or
    /// more documents, with its document count).
    fn detector(&self, counts: &Bound<'_, PyAny>) -> PyResult<Detector> {
        let counts = import(counts)?;
        let hash = column::<Int64Array>(&counts, "block_hash")?;
        let docs = column::<Int64Array>(&counts, "docs")?;
        Ok(Detector(
            self.0.detector(
                hash.values()
                    .iter()
                    .copied()
                    .zip(docs.values().iter().copied()),
            ),
        ))
    }

    /// `doc_id, text` → `doc_id, band, band_hash` (none for a document
    /// without shingles).
    fn band_hashes(
        &self,
        py: Python<'_>,
        docs: &Bound<'_, PyAny>,
        detector: &Detector,
    ) -> PyResult<Batch> {
        let docs = import(docs)?;
        let (ids, text) = texts(&docs, "doc_id", "text")?;
        py.allow_threads(|| {
            let bodies: Vec<&str> = (0..docs.num_rows()).map(|i| text.value(i)).collect();
            let hashes = self.0.band_hashes(&bodies, &detector.0);
            let mut out_id = Int64Builder::new();
            let mut out_band = Int32Builder::new();
            let mut out_hash = Int64Builder::new();
            for (i, bands) in hashes.into_iter().enumerate() {
                for (band, h) in bands {
                    out_id.append_value(ids.value(i));
                    out_band.append_value(band);
                    out_hash.append_value(h);
                }
            }
            batch(vec![
                ("doc_id", Arc::new(out_id.finish())),
                ("band", Arc::new(out_band.finish())),
                ("band_hash", Arc::new(out_hash.finish())),
            ])
        })
    }

    /// `a, b, text_a, text_b` → `a, b, similarity` for the edges whose
    /// texts are near-duplicates (exact Jaccard at or above the threshold,
    /// as the embedded verification decides).
    fn verify(
        &self,
        py: Python<'_>,
        edges: &Bound<'_, PyAny>,
        detector: &Detector,
    ) -> PyResult<Batch> {
        let edges = import(edges)?;
        let (a, ta) = texts(&edges, "a", "text_a")?;
        let (b, tb) = texts(&edges, "b", "text_b")?;
        py.allow_threads(|| {
            let n = edges.num_rows();
            let mut docs = Vec::with_capacity(2 * n);
            let mut pairs = Vec::with_capacity(n);
            for i in 0..n {
                docs.push((a.value(i), ta.value(i)));
                docs.push((b.value(i), tb.value(i)));
                pairs.push((a.value(i), b.value(i)));
            }
            let verified = self.0.verify(&docs, &pairs, &detector.0).map_err(err)?;
            edge_batch(&verified, ("a", "b", "similarity"))
        })
    }

    /// One component: docs `doc_id, text, text_len` and verified edges
    /// `a, b, similarity` → `doc_id, kept, similarity` for the members of
    /// its clusters of two or more (the embedded no-chaining rule).
    fn cluster_component(
        &self,
        py: Python<'_>,
        docs: &Bound<'_, PyAny>,
        edges: &Bound<'_, PyAny>,
        detector: &Detector,
    ) -> PyResult<Batch> {
        let docs = import(docs)?;
        let edges = import(edges)?;
        let (ids, text) = texts(&docs, "doc_id", "text")?;
        let len = column::<Int64Array>(&docs, "text_len")?;
        let a = column::<Int64Array>(&edges, "a")?;
        let b = column::<Int64Array>(&edges, "b")?;
        let sim = column::<Float64Array>(&edges, "similarity")?;
        py.allow_threads(|| {
            let d: Vec<(i64, &str, i64)> = (0..docs.num_rows())
                .map(|i| (ids.value(i), text.value(i), len.value(i)))
                .collect();
            let e: Vec<(i64, i64, f64)> = (0..edges.num_rows())
                .map(|i| (a.value(i), b.value(i), sim.value(i)))
                .collect();
            let out = self.0.cluster_component(&d, &e, &detector.0).map_err(err)?;
            edge_batch(&out, ("doc_id", "kept", "similarity"))
        })
    }
}

fn edge_batch(rows: &[(i64, i64, f64)], names: (&str, &str, &str)) -> PyResult<Batch> {
    let mut x = Int64Builder::with_capacity(rows.len());
    let mut y = Int64Builder::with_capacity(rows.len());
    let mut s = Float64Builder::with_capacity(rows.len());
    for &(a, b, v) in rows {
        x.append_value(a);
        y.append_value(b);
        s.append_value(v);
    }
    batch(vec![
        (names.0, Arc::new(x.finish())),
        (names.1, Arc::new(y.finish())),
        (names.2, Arc::new(s.finish())),
    ])
}

/// `id, cluster (number), kept, similarity` → the lines of `concord dedup
/// --clusters` (serialised by the library's own record type).
#[pyfunction]
pub fn dedup_records(records: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let r = import(records)?;
    let id = column::<StringArray>(&r, "id")?;
    let cluster = column::<Int64Array>(&r, "cluster")?;
    let kept = column::<BooleanArray>(&r, "kept")?;
    let sim = column::<Float64Array>(&r, "similarity")?;
    (0..r.num_rows())
        .map(|i| {
            let rec = DedupRecord {
                id: id.value(i),
                cluster: format!("c{}", cluster.value(i)),
                kept: kept.value(i),
                similarity: (sim.value(i) * 1e6).round() / 1e6,
            };
            serde_json::to_string(&rec).map_err(err)
        })
        .collect()
}

/// `a, b` edges → `doc_id, component` (the library's union-find, labels
/// the components' minimum doc ids): what the embedded run computes, for
/// checking a distributed result against it.
#[pyfunction]
pub fn components(py: Python<'_>, edges: &Bound<'_, PyAny>) -> PyResult<Batch> {
    let edges = import(edges)?;
    let a = column::<Int64Array>(&edges, "a")?;
    let b = column::<Int64Array>(&edges, "b")?;
    let pairs: Vec<(i64, i64)> = (0..edges.num_rows())
        .map(|i| (a.value(i), b.value(i)))
        .collect();
    py.allow_threads(|| {
        let comp = stages::components(&pairs);
        let mut d = Int64Builder::with_capacity(comp.len());
        let mut c = Int64Builder::with_capacity(comp.len());
        for (doc, component) in comp {
            d.append_value(doc);
            c.append_value(component);
        }
        batch(vec![
            ("doc_id", Arc::new(d.finish())),
            ("component", Arc::new(c.finish())),
        ])
    })
}
