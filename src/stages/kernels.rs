//! The dedup kernels: one document's or one edge's or one component's
//! work, as any driver (the `concord dedup --stage` runner, a Spark or Ray
//! job through the Python wheel) calls it.
//!
//! Consumes texts, doc ids (`i64`, compared only by order) and [`Params`];
//! produces block hashes, band hashes, candidate edges, exact similarities,
//! components and clusters, as plain signed integers and `f64`.
//!
//! Guarantees: pure (no I/O, no global state), deterministic, and the same
//! computation as the embedded `pipeline::dedup`: the texts go through the
//! same [`Analyzer`], [`ShingleStore`] (32-bit shingle values, sets without
//! boilerplate), [`MinHasher`] and band keys, and clusters through
//! [`dedup::cluster_component`], so the kernels chained over a corpus give
//! the embedded run's clusters (a test checks it on a planted corpus).
//!
//! The chain, for a corpus whose documents have ids in input order:
//! 1. [`Kernels::block_hashes`] per document; count the documents of each
//!    block hash (a group-by) → [`Kernels::detector`];
//! 2. [`Kernels::band_hashes`] per document → rows `(band, band_hash,
//!    doc_id)` → [`star_edges`] (or, in SQL, `min(doc_id)` per
//!    `(band, band_hash)` joined back to the rows);
//! 3. [`Kernels::similarities`] per edge, keeping those at or above the
//!    threshold ([`Kernels::verify`]);
//! 4. [`components`] of the verified edges, labelled by their minimum id;
//! 5. [`Kernels::cluster_component`] per component → `(doc_id, kept,
//!    similarity)`; a document in no verified edge is its own cluster.

use crate::dedup::{self, KeepPolicy, ShingleBatch, ShingleStore, Similarity, VerifiedPair};
use crate::document::DocIndex;
use crate::error::{Error, Result};
use crate::lsh::LshParams;
use crate::minhash::{MinHashConfig, MinHasher};
use crate::pipeline::DedupSettings;
use crate::text::{
    normalize, Analyzer, BoilerplateConfig, BoilerplateDetector, ShingleConfig, ShingleKind,
};
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// Version of the intermediate datasets' layout (the `schema_version`
/// metadata of every file).
pub const SCHEMA_VERSION: i32 = 1;

/// A document's id in the kernels and the intermediate datasets: its index
/// in input order (embedded), or `(shard << 40) | row` (staged), so that
/// id order is input order either way.
pub type DocKey = i64;

/// Every setting that changes what a stage computes.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Shingling (kind, size, seed).
    pub shingle: ShingleConfig,
    /// Signatures (permutations, seed).
    pub minhash: MinHashConfig,
    /// Banding (bands × rows), resolved from the threshold when not given.
    pub lsh: LshParams,
    /// Boilerplate detection.
    pub boilerplate: BoilerplateConfig,
    /// Jaccard threshold of a verified edge.
    pub threshold: f64,
    /// Buckets of at most this many documents give all their pairs.
    pub small_bucket: usize,
    /// Which document of a cluster is kept.
    pub keep: KeepPolicy,
}

impl Params {
    /// The parameters of a dedup run with `settings` (the banding chosen
    /// as the embedded run chooses it).
    ///
    /// # Errors
    /// [`Error::Config`] for settings the embedded run refuses.
    pub fn from_settings(settings: &DedupSettings) -> Result<Params> {
        let (_, lsh) = crate::pipeline::dedup_engines(settings)?;
        Ok(Params {
            shingle: settings.shingle,
            minhash: settings.minhash,
            lsh,
            boilerplate: settings.boilerplate,
            threshold: settings.threshold,
            small_bucket: settings.small_bucket,
            keep: settings.keep,
        })
    }

    /// The canonical text of the parameters: `key=value` pairs joined by
    /// `;`, in a fixed order, with the normaliser version, the hash
    /// (`xxh3`) and the schema version; floats in Rust's shortest
    /// round-trip form. Two runs whose canonical texts differ may compute
    /// different datasets.
    pub fn canonical(&self) -> String {
        format!(
            "schema={SCHEMA_VERSION};normalizer={};hash=xxh3;shingle_kind={};shingle_size={};\
             shingle_seed={};num_perm={};minhash_seed={};bands={};rows={};boilerplate={};\
             boilerplate_min_docs={};boilerplate_ratio={:?};threshold={:?};small_bucket={};keep={}",
            normalize::VERSION,
            match self.shingle.kind {
                ShingleKind::Word => "word",
                ShingleKind::Char => "char",
            },
            self.shingle.shingle_len,
            self.shingle.seed,
            self.minhash.num_perm,
            self.minhash.seed,
            self.lsh.bands,
            self.lsh.rows,
            self.boilerplate.enabled,
            self.boilerplate.min_docs,
            self.boilerplate.ratio,
            self.threshold,
            self.small_bucket,
            match self.keep {
                KeepPolicy::First => "first",
                KeepPolicy::Longest => "longest",
            },
        )
    }

    /// XXH3 (64-bit, seed 0) of [`canonical`](Self::canonical), as a signed
    /// integer: the `params_hash` every intermediate file carries.
    pub fn params_hash(&self) -> i64 {
        xxh3_64(self.canonical().as_bytes()) as i64
    }
}

/// The engines the kernels share (analyser, MinHash), built once from
/// [`Params`].
#[derive(Debug, Clone)]
pub struct Kernels {
    params: Params,
    analyzer: Analyzer,
    hasher: MinHasher,
}

impl Kernels {
    /// The kernels for `params`.
    ///
    /// # Errors
    /// [`Error::Config`] for invalid shingle, MinHash, banding, boilerplate
    /// or threshold settings.
    pub fn new(params: Params) -> Result<Kernels> {
        let analyzer = Analyzer::new(params.shingle)?;
        let hasher = MinHasher::new(params.minhash)?;
        params.lsh.validate(params.minhash.num_perm)?;
        params.boilerplate.validate()?;
        if !(params.threshold > 0.0 && params.threshold < 1.0) {
            return Err(Error::Config(format!(
                "threshold must be strictly between 0 and 1, got {}",
                params.threshold
            )));
        }
        Ok(Kernels {
            params,
            analyzer,
            hasher,
        })
    }

    /// The parameters.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// A document's distinct boilerplate block hashes (its paragraphs and
    /// sentences as the boilerplate detector counts them), ascending.
    pub fn block_hashes(&self, text: &str) -> Vec<i64> {
        let analysis = self.analyzer.analyze(text, &mut Default::default());
        let mut v: Vec<i64> = BoilerplateDetector::distinct_blocks(&analysis)
            .into_iter()
            .map(|h| h as i64)
            .collect();
        v.sort_unstable();
        v
    }

    /// The boilerplate detector from the corpus' block document
    /// frequencies: `(block_hash, documents containing it)`, each hash
    /// once; blocks in one document may be left out. Equals the detector
    /// the embedded run builds from the same documents.
    pub fn detector(&self, counts: impl IntoIterator<Item = (i64, i64)>) -> BoilerplateDetector {
        BoilerplateDetector::from_counts(
            self.params.boilerplate,
            counts
                .into_iter()
                .map(|(h, n)| (h as u64, u32::try_from(n.max(0)).unwrap_or(u32::MAX))),
        )
    }

    /// The shingle sets of `texts` as the embedded run keeps them
    /// (boilerplate marked by `detector`, sorted for comparison), with
    /// their band keys.
    fn store(
        &self,
        texts: &[&str],
        detector: &BoilerplateDetector,
    ) -> (ShingleStore, crate::lsh::BandKeys) {
        let mut batch = ShingleBatch::new();
        let mut scratch = Default::default();
        for text in texts {
            batch.push(self.analyzer.analyze_in_place(text, &mut scratch));
        }
        let mut store = ShingleStore::new();
        let live = (0..batch.len() as u32).collect();
        store.push(batch, live);
        let (keys, _) = store.band_keys(detector, &self.hasher, self.params.lsh);
        store.prepare(&vec![true; texts.len()]);
        (store, keys)
    }

    /// Each text's LSH band hashes `(band, band_hash)`, one per band, from
    /// its MinHash signature without boilerplate; empty for a text without
    /// any shingle (such a document is never a duplicate).
    pub fn band_hashes(
        &self,
        texts: &[&str],
        detector: &BoilerplateDetector,
    ) -> Vec<Vec<(i32, i64)>> {
        let mut batch = ShingleBatch::new();
        let mut scratch = Default::default();
        for text in texts {
            batch.push(self.analyzer.analyze_in_place(text, &mut scratch));
        }
        let mut store = ShingleStore::new();
        store.push(batch, (0..texts.len() as u32).collect());
        let (keys, _) = store.band_keys(detector, &self.hasher, self.params.lsh);
        (0..texts.len())
            .map(|i| match keys.doc_keys(i) {
                Some(k) => k
                    .iter()
                    .enumerate()
                    .map(|(band, &key)| (band as i32, key as i64))
                    .collect(),
                None => Vec::new(),
            })
            .collect()
    }

    /// The exact similarity of each pair of texts: Jaccard of the shingle
    /// sets, the smaller of with and without boilerplate (as the embedded
    /// verification computes it).
    pub fn similarities(&self, pairs: &[(&str, &str)], detector: &BoilerplateDetector) -> Vec<f64> {
        let texts: Vec<&str> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        let (store, _) = self.store(&texts, detector);
        (0..pairs.len())
            .map(|i| store.similarity(2 * i as DocIndex, 2 * i as DocIndex + 1))
            .collect()
    }

    /// The edges among `edges` whose texts are near-duplicates (similarity
    /// at least the threshold), with their similarity, in the order given.
    /// `texts` gives the text of every doc id an edge names.
    ///
    /// # Errors
    /// [`Error::Config`] when an edge names a doc id without a text.
    pub fn verify(
        &self,
        texts: &[(DocKey, &str)],
        edges: &[(DocKey, DocKey)],
        detector: &BoilerplateDetector,
    ) -> Result<Vec<(DocKey, DocKey, f64)>> {
        let (ids, store) = self.keyed_store(texts, detector);
        let local = |d: DocKey| -> Result<DocIndex> { local_index(&ids, d) };
        let pairs: Vec<(DocIndex, DocIndex)> = edges
            .iter()
            .map(|&(a, b)| Ok((local(a)?, local(b)?)))
            .collect::<Result<_>>()?;
        Ok(dedup::verify_with(&store, &pairs, self.params.threshold)
            .into_iter()
            .map(|p| (ids[p.a as usize], ids[p.b as usize], p.jaccard))
            .collect())
    }

    /// The store of `texts` ordered by doc id, and the ids in that order.
    fn keyed_store(
        &self,
        texts: &[(DocKey, &str)],
        detector: &BoilerplateDetector,
    ) -> (Vec<DocKey>, ShingleStore) {
        let mut sorted: Vec<(DocKey, &str)> = texts.to_vec();
        sorted.sort_unstable_by_key(|t| t.0);
        sorted.dedup_by_key(|t| t.0);
        let ids: Vec<DocKey> = sorted.iter().map(|t| t.0).collect();
        let bodies: Vec<&str> = sorted.iter().map(|t| t.1).collect();
        (ids, self.store(&bodies, detector).0)
    }

    /// Clusters one component of the verified edges with the embedded
    /// no-chaining rule (complete linkage with a floor, see
    /// [`dedup::cluster_component`]). `docs` are the component's documents
    /// `(doc_id, text, text_len)`; `verified` its verified edges `(a, b,
    /// similarity)`. Returns `(doc_id, kept_doc_id, similarity to kept)`
    /// for every member of a cluster of two or more, by doc id; a document
    /// not returned is a cluster of its own.
    ///
    /// # Errors
    /// [`Error::Config`] when an edge names a doc id not in `docs`.
    pub fn cluster_component(
        &self,
        docs: &[(DocKey, &str, i64)],
        verified: &[(DocKey, DocKey, f64)],
        detector: &BoilerplateDetector,
    ) -> Result<Vec<(DocKey, DocKey, f64)>> {
        let mut sorted: Vec<(DocKey, &str, i64)> = docs.to_vec();
        sorted.sort_unstable_by_key(|t| t.0);
        sorted.dedup_by_key(|t| t.0);
        let ids: Vec<DocKey> = sorted.iter().map(|t| t.0).collect();
        let bodies: Vec<&str> = sorted.iter().map(|t| t.1).collect();
        let lengths: Vec<usize> = sorted
            .iter()
            .map(|t| usize::try_from(t.2).unwrap_or(0))
            .collect();
        let (store, _) = self.store(&bodies, detector);
        let pairs: Vec<VerifiedPair> = verified
            .iter()
            .map(|&(a, b, jaccard)| {
                let (a, b) = (local_index(&ids, a)?, local_index(&ids, b)?);
                Ok(VerifiedPair {
                    a: a.min(b),
                    b: a.max(b),
                    jaccard,
                })
            })
            .collect::<Result<_>>()?;
        let floor = self.params.threshold - dedup::PAIR_SLACK;
        let mut out: Vec<(DocKey, DocKey, f64)> =
            dedup::cluster_component(&store, &lengths, &pairs, floor, self.params.keep)
                .into_iter()
                .map(|(m, kept, s)| (ids[m as usize], ids[kept as usize], s))
                .collect();
        out.sort_unstable_by_key(|t| t.0);
        Ok(out)
    }
}

/// The position of `id` in the sorted `ids`.
fn local_index(ids: &[DocKey], id: DocKey) -> Result<DocIndex> {
    ids.binary_search(&id)
        .map(|i| i as DocIndex)
        .map_err(|_| Error::Config(format!("an edge names doc id {id}, which has no text")))
}

/// Candidate edges from band rows `(band, band_hash, doc_id)`: for every
/// `(band, band_hash)` shared by two or more documents, an edge from its
/// smallest doc id to each other member (star edges to the bucket
/// minimum); buckets of at most `small_bucket` documents also give all
/// their pairs. Edges `(a, b)` with `a < b`, distinct, sorted. Sorts
/// `rows`. The same rule as [`crate::lsh::candidate_pairs_from_keys`].
pub fn star_edges(rows: &mut [(i32, i64, DocKey)], small_bucket: usize) -> Vec<(DocKey, DocKey)> {
    rows.sort_unstable();
    let mut edges = Vec::new();
    for bucket in rows.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        let min = bucket[0].2;
        edges.extend(
            bucket[1..]
                .iter()
                .filter(|r| r.2 != min)
                .map(|r| (min, r.2)),
        );
        if bucket.len() <= small_bucket {
            for (i, x) in bucket.iter().enumerate().skip(1) {
                edges.extend(
                    bucket[i + 1..]
                        .iter()
                        .filter(|y| y.2 != x.2)
                        .map(|y| (x.2, y.2)),
                );
            }
        }
    }
    edges.sort_unstable();
    edges.dedup();
    edges
}

/// Connected components of `edges`: `(doc_id, component)` for every doc id
/// an edge names, the component being its smallest doc id; by doc id.
pub fn components(edges: &[(DocKey, DocKey)]) -> Vec<(DocKey, DocKey)> {
    let mut ids: Vec<DocKey> = edges.iter().flat_map(|&(a, b)| [a, b]).collect();
    ids.sort_unstable();
    ids.dedup();
    let at = |d: DocKey| ids.binary_search(&d).unwrap_or(0);
    // Union-find with the smaller index as root: a root is its
    // component's minimum.
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b) in edges {
        let (ra, rb) = (root(&mut parent, at(a)), root(&mut parent, at(b)));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    (0..ids.len())
        .map(|i| (ids[i], ids[root(&mut parent, i)]))
        .collect()
}

/// Document frequencies of block hashes from each document's distinct
/// block hashes (the `blocks` rows `(doc_id, block_hash)`, each pair
/// once): `(block_hash, documents)` for blocks in two or more documents,
/// by hash (the `frequent_blocks` dataset).
pub fn block_counts(blocks: impl IntoIterator<Item = i64>) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, i64> = HashMap::new();
    for h in blocks {
        *counts.entry(h).or_default() += 1;
    }
    let mut v: Vec<(i64, i64)> = counts.into_iter().filter(|&(_, n)| n >= 2).collect();
    v.sort_unstable();
    v
}
