//! One stage of the staged dedup over a work folder (feature `parquet`):
//! what `concord dedup --stage NAME [--shard i/n] --work DIR` runs.
//!
//! Consumes the input corpus (re-read by the stages that need texts) and
//! the datasets of the earlier stages in DIR; produces its own datasets
//! (see [`Stage`]), and, for the last stage, the [`DedupOutcome`] the
//! embedded run would give.
//!
//! Shards: the input's files in reading order, concatenated; a plain file
//! is cut by bytes (a record belongs to the shard holding its first byte),
//! a compressed file goes whole to the shard holding its first byte. Doc
//! ids are `(shard << 40) | row`, `row` counting the shard's documents in
//! input order, so doc-id order is input order. A sharded stage reads the
//! whole input but parses only its shard's records; skip messages keep
//! their exact file and line.
//!
//! Guarantees: every stage refuses datasets made with other settings
//! (`params_hash`); the chain gives the embedded run's clusters, kept
//! documents and skipped records for any sharding (tests/stages.rs).

// the readers of the earlier stages' datasets, split out of this file
use super::datasets::*;
use super::files::{self, Column};
use super::kernels::{block_counts, components, star_edges, DocKey, Kernels};
use crate::corpus::{Corpus, IdRegistry, Item, SkippedRecord};
use crate::dedup::{self, Clusters};
use crate::document::{DocId, DocIndex, Document, Origin};
use crate::error::{Error, Result};
use crate::pipeline::{DedupOutcome, DedupStats, DocEntry};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The stages, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Sharded: parse, `docs/`, `blocks/` and `skipped/` of the shard.
    Shingle,
    /// Global: duplicate ids across all shards → `duplicates/` (later doc
    /// id skipped, with the embedded run's message).
    Docs,
    /// Global: block document frequencies → `frequent_blocks/`.
    Boilerplate,
    /// Sharded: band hashes of the shard's documents → `bands/`.
    Signatures,
    /// Global: star edges to each bucket's minimum (and small buckets'
    /// pairs) → `edges/`.
    Candidates,
    /// Global: exact similarity of each edge → `verified/`.
    Verify,
    /// Global: connected components of the verified edges → `components/`.
    Components,
    /// Global: the no-chaining clusters of each component → `clusters/`.
    Clusters,
    /// Global: the kept records and the `--clusters` lines.
    Kept,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 9] = [
        Stage::Shingle,
        Stage::Docs,
        Stage::Boilerplate,
        Stage::Signatures,
        Stage::Candidates,
        Stage::Verify,
        Stage::Components,
        Stage::Clusters,
        Stage::Kept,
    ];

    /// The stage's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Shingle => "shingle",
            Stage::Docs => "docs",
            Stage::Boilerplate => "boilerplate",
            Stage::Signatures => "signatures",
            Stage::Candidates => "candidates",
            Stage::Verify => "verify",
            Stage::Components => "components",
            Stage::Clusters => "clusters",
            Stage::Kept => "kept",
        }
    }

    /// The stage named `name`.
    ///
    /// # Errors
    /// [`Error::Config`] naming the stages when there is none by that name.
    pub fn from_name(name: &str) -> Result<Stage> {
        Stage::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Stage::ALL.iter().map(|s| s.name()).collect();
                Error::Config(format!(
                    "no stage {name:?}; the stages are {}",
                    names.join(", ")
                ))
            })
    }

    /// Whether the stage runs per shard.
    pub fn sharded(self) -> bool {
        matches!(self, Stage::Shingle | Stage::Signatures)
    }
}

/// Shard `index` of `count` (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which shard.
    pub index: usize,
    /// How many.
    pub count: usize,
}

impl Shard {
    /// The whole input.
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    /// Parses `i/n`.
    ///
    /// # Errors
    /// [`Error::Config`] unless `0 ≤ i < n ≤ 2^23`.
    pub fn parse(text: &str) -> Result<Shard> {
        let bad = || Error::Config(format!("--shard takes i/n with 0 <= i < n, got {text:?}"));
        let (i, n) = text.split_once('/').ok_or_else(bad)?;
        let (index, count): (usize, usize) = (
            i.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if index >= count || count > 1 << 23 {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// Where each input file starts in the concatenated input, and its total.
fn file_starts(corpus: &Corpus) -> Result<(Vec<u64>, u64)> {
    let mut starts = Vec::with_capacity(corpus.files().len());
    let mut total = 0u64;
    for f in corpus.files() {
        let size = f.size.ok_or_else(|| {
            Error::Config(format!(
                "{}: a staged run needs files it can read again (not standard input)",
                f.display
            ))
        })?;
        starts.push(total);
        total += size;
    }
    Ok((starts, total.max(1)))
}

/// The shard a record belongs to.
fn shard_of(corpus: &Corpus, starts: &[u64], total: u64, count: usize, origin: &Origin) -> usize {
    let file = origin.file as usize;
    let plain = corpus.files().get(file).is_some_and(|f| {
        matches!(
            f.format,
            crate::corpus::Format::Text | crate::corpus::Format::Jsonl
        )
    });
    let start = starts.get(file).copied().unwrap_or(0);
    let pos = if plain { start + origin.offset } else { start };
    ((u128::from(pos.min(total - 1)) * count as u128) / u128::from(total)) as usize
}

/// Runs `each` on every record of `shard` in input order: the document
/// with its doc id, or the skipped record.
fn for_each_in_shard(
    corpus: &Corpus,
    shard: Shard,
    mut each: impl FnMut(std::result::Result<(DocKey, Document), SkippedRecord>) -> Result<()>,
) -> Result<()> {
    let (starts, total) = file_starts(corpus)?;
    let mut row: i64 = 0;
    for raw in corpus.raw_records() {
        let raw = raw?;
        if shard.count > 1
            && shard_of(corpus, &starts, total, shard.count, &raw.origin) != shard.index
        {
            continue;
        }
        match corpus.parse(raw) {
            Item::Doc(d) => {
                let key = ((shard.index as i64) << 40) | row;
                row += 1;
                each(Ok((key, d)))?;
            }
            Item::Skipped(s) => each(Err(s))?,
        }
    }
    Ok(())
}

/// A parsed document as the `shingle` stage lists it: doc id, id, display
/// path, origin, text length.
type DocRow = (i64, String, String, Origin, usize);

/// Documents per parallel batch in the sharded stages.
const BATCH: usize = 1024;

/// Runs `stage` over `shard` of the input with the datasets in `work`;
/// skipped records go to `on_skip` as they are found. Returns the outcome
/// for [`Stage::Kept`], else `None`.
///
/// # Errors
/// [`Error::Config`] for a shard given to a global stage, datasets made
/// with other settings or missing; [`Error::Io`] reading the input or
/// writing the datasets.
pub fn run_stage(
    stage: Stage,
    corpus: &Corpus,
    k: &Kernels,
    shard: Shard,
    work: &Path,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<Option<DedupOutcome>> {
    if !stage.sharded() && shard.count > 1 {
        return Err(Error::Config(format!(
            "stage {} runs over all shards at once: leave out --shard",
            stage.name()
        )));
    }
    let hash = k.params().params_hash();
    let part = format!("part-{:05}", shard.index);
    match stage {
        Stage::Shingle => {
            let (mut docs, mut texts): (Vec<DocRow>, Vec<String>) = (Vec::new(), Vec::new());
            let mut skipped = Vec::new();
            for_each_in_shard(corpus, shard, |item| {
                match item {
                    Ok((key, d)) => {
                        docs.push((
                            key,
                            d.id.0,
                            corpus.skip(&d.origin, "").path,
                            d.origin,
                            d.text.len(),
                        ));
                        texts.push(d.text);
                    }
                    Err(s) => {
                        on_skip(&s);
                        skipped.push(s);
                    }
                }
                Ok(())
            })?;
            let blocks: Vec<Vec<i64>> = texts.par_iter().map(|t| k.block_hashes(t)).collect();
            let i64s = |f: &dyn Fn(&DocRow) -> i64| Column::I64(docs.iter().map(f).collect());
            files::write(
                work,
                "docs",
                &part,
                hash,
                &[
                    ("doc_id", i64s(&|d| d.0)),
                    (
                        "id",
                        Column::Str(docs.iter().map(|d| d.1.clone()).collect()),
                    ),
                    (
                        "path",
                        Column::Str(docs.iter().map(|d| d.2.clone()).collect()),
                    ),
                    ("line", i64s(&|d| d.3.line as i64)),
                    ("text_len", i64s(&|d| d.4 as i64)),
                    ("file", i64s(&|d| i64::from(d.3.file))),
                    ("offset", i64s(&|d| d.3.offset as i64)),
                    ("length", i64s(&|d| d.3.len as i64)),
                ],
            )?;
            let (mut bd, mut bh) = (Vec::new(), Vec::new());
            for (d, hs) in docs.iter().zip(&blocks) {
                bd.extend(std::iter::repeat_n(d.0, hs.len()));
                bh.extend_from_slice(hs);
            }
            files::write(
                work,
                "blocks",
                &part,
                hash,
                &[("doc_id", Column::I64(bd)), ("block_hash", Column::I64(bh))],
            )?;
            write_skipped(work, "skipped", &part, hash, None, &skipped)?;
        }
        Stage::Docs => {
            let docs = read_docs(work, hash)?;
            let mut registry = IdRegistry::new();
            let mut dups = Vec::new();
            let mut ids = Vec::new();
            for i in 0..docs.doc_id.len() {
                let id = DocId(docs.id[i].clone());
                if let Some(s) = registry.check_id(&id, docs.origin[i], corpus) {
                    on_skip(&s);
                    ids.push(docs.doc_id[i]);
                    dups.push(s);
                }
            }
            write_skipped(work, "duplicates", "part-00000", hash, Some(&ids), &dups)?;
        }
        Stage::Boilerplate => {
            let dups = duplicates(work, hash)?;
            let c = files::read(
                work,
                "blocks",
                hash,
                &schema(&[("doc_id", Ty::I64), ("block_hash", Ty::I64)]),
            )?;
            let live = c[0]
                .i64s()
                .iter()
                .zip(c[1].i64s())
                .filter(|(d, _)| !dups.contains(d))
                .map(|(_, &h)| h);
            let counts = block_counts(live);
            files::write(
                work,
                "frequent_blocks",
                "part-00000",
                hash,
                &[
                    (
                        "block_hash",
                        Column::I64(counts.iter().map(|c| c.0).collect()),
                    ),
                    ("docs", Column::I64(counts.iter().map(|c| c.1).collect())),
                ],
            )?;
        }
        Stage::Signatures => {
            let dups = duplicates(work, hash)?;
            let det = detector(work, k)?;
            let mut docs: Vec<(i64, String)> = Vec::new();
            for_each_in_shard(corpus, shard, |item| {
                if let Ok((key, d)) = item {
                    if !dups.contains(&key) {
                        docs.push((key, d.text));
                    }
                }
                Ok(())
            })?;
            let bands: Vec<Vec<(i32, i64)>> = docs
                .par_chunks(BATCH)
                .flat_map_iter(|chunk| {
                    let texts: Vec<&str> = chunk.iter().map(|d| d.1.as_str()).collect();
                    k.band_hashes(&texts, &det)
                })
                .collect();
            let (mut id, mut band, mut bh) = (Vec::new(), Vec::new(), Vec::new());
            for (d, bs) in docs.iter().zip(bands) {
                for (b, h) in bs {
                    id.push(d.0);
                    band.push(b);
                    bh.push(h);
                }
            }
            files::write(
                work,
                "bands",
                &part,
                hash,
                &[
                    ("doc_id", Column::I64(id)),
                    ("band", Column::I32(band)),
                    ("band_hash", Column::I64(bh)),
                ],
            )?;
        }
        Stage::Candidates => {
            let c = files::read(
                work,
                "bands",
                hash,
                &schema(&[
                    ("doc_id", Ty::I64),
                    ("band", Ty::I32),
                    ("band_hash", Ty::I64),
                ]),
            )?;
            let mut rows: Vec<(i32, i64, i64)> = (0..c[0].i64s().len())
                .map(|i| (c[1].i32s()[i], c[2].i64s()[i], c[0].i64s()[i]))
                .collect();
            let edges = star_edges(&mut rows, k.params().small_bucket);
            write_edges(work, "edges", hash, &edges, None)?;
        }
        Stage::Verify => {
            let c = files::read(
                work,
                "edges",
                hash,
                &schema(&[("a", Ty::I64), ("b", Ty::I64)]),
            )?;
            let edges: Vec<(i64, i64)> = c[0]
                .i64s()
                .iter()
                .copied()
                .zip(c[1].i64s().iter().copied())
                .collect();
            let wanted: HashSet<i64> = edges.iter().flat_map(|&(a, b)| [a, b]).collect();
            let texts = texts_of(corpus, &read_docs(work, hash)?, &wanted)?;
            let texts: Vec<(i64, &str)> = texts.iter().map(|(&d, t)| (d, t.as_str())).collect();
            let v = k.verify(&texts, &edges, &detector(work, k)?)?;
            let pairs: Vec<(i64, i64)> = v.iter().map(|x| (x.0, x.1)).collect();
            let sims: Vec<f64> = v.iter().map(|x| x.2).collect();
            write_edges(work, "verified", hash, &pairs, Some(sims))?;
        }
        Stage::Components => {
            let v = verified(work, hash)?;
            let pairs: Vec<(i64, i64)> = v.iter().map(|x| (x.0, x.1)).collect();
            let comps = components(&pairs);
            files::write(
                work,
                "components",
                "part-00000",
                hash,
                &[
                    ("doc_id", Column::I64(comps.iter().map(|c| c.0).collect())),
                    (
                        "component",
                        Column::I64(comps.iter().map(|c| c.1).collect()),
                    ),
                ],
            )?;
        }
        Stage::Clusters => {
            let c = files::read(
                work,
                "components",
                hash,
                &schema(&[("doc_id", Ty::I64), ("component", Ty::I64)]),
            )?;
            let component: HashMap<i64, i64> = c[0]
                .i64s()
                .iter()
                .copied()
                .zip(c[1].i64s().iter().copied())
                .collect();
            let mut members: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
            for (&d, &comp) in &component {
                members.entry(comp).or_default().push(d);
            }
            let mut edges: HashMap<i64, Vec<(i64, i64, f64)>> = HashMap::new();
            for e in verified(work, hash)? {
                edges
                    .entry(component.get(&e.0).copied().unwrap_or(e.0))
                    .or_default()
                    .push(e);
            }
            let docs = read_docs(work, hash)?;
            let len: HashMap<i64, i64> = docs
                .doc_id
                .iter()
                .copied()
                .zip(docs.text_len.iter().copied())
                .collect();
            let wanted: HashSet<i64> = component.keys().copied().collect();
            let texts = texts_of(corpus, &docs, &wanted)?;
            let det = detector(work, k)?;
            let groups: Vec<(&i64, &Vec<i64>)> = members.iter().collect();
            let out: Vec<Vec<(i64, i64, f64)>> = groups
                .par_iter()
                .map(|(comp, ms)| {
                    let docs: Vec<(i64, &str, i64)> = ms
                        .iter()
                        .map(|d| {
                            (
                                *d,
                                texts.get(d).map_or("", String::as_str),
                                len.get(d).copied().unwrap_or(0),
                            )
                        })
                        .collect();
                    let own = edges.get(comp).map_or(&[][..], Vec::as_slice);
                    k.cluster_component(&docs, own, &det)
                })
                .collect::<Result<_>>()?;
            let mut out: Vec<(i64, i64, f64)> = out.into_iter().flatten().collect();
            out.sort_unstable_by_key(|x| x.0);
            files::write(
                work,
                "clusters",
                "part-00000",
                hash,
                &[
                    ("doc_id", Column::I64(out.iter().map(|x| x.0).collect())),
                    ("kept", Column::I64(out.iter().map(|x| x.1).collect())),
                    ("similarity", Column::F64(out.iter().map(|x| x.2).collect())),
                ],
            )?;
        }
        Stage::Kept => return kept(work, k).map(Some),
    }
    Ok(None)
}

/// The outcome from `docs/`, `duplicates/`, `skipped/` and `clusters/`.
fn kept(work: &Path, k: &Kernels) -> Result<DedupOutcome> {
    let hash = k.params().params_hash();
    let docs = read_docs(work, hash)?;
    let dup_rows = read_skipped(work, "duplicates", hash, true)?;
    let dups: HashSet<i64> = dup_rows.iter().map(|d| d.0).collect();
    let mut entries = Vec::new();
    let mut index: HashMap<i64, DocIndex> = HashMap::new();
    let mut text_bytes = 0u64;
    for i in 0..docs.doc_id.len() {
        if dups.contains(&docs.doc_id[i]) {
            continue;
        }
        index.insert(docs.doc_id[i], entries.len() as DocIndex);
        text_bytes += docs.text_len[i] as u64;
        entries.push(DocEntry {
            id: DocId(docs.id[i].clone()),
            origin: docs.origin[i],
            text_len: docs.text_len[i] as usize,
        });
    }
    let c = files::read(
        work,
        "clusters",
        hash,
        &schema(&[
            ("doc_id", Ty::I64),
            ("kept", Ty::I64),
            ("similarity", Ty::F64),
        ]),
    )?;
    let assigned = (0..c[0].i64s().len())
        .map(|i| {
            let at = |d: i64| {
                index.get(&d).copied().ok_or_else(|| {
                    Error::Config(format!(
                        "clusters/ names doc id {d}, which docs/ does not hold"
                    ))
                })
            };
            Ok((at(c[0].i64s()[i])?, at(c[1].i64s()[i])?, c[2].f64s()[i]))
        })
        .collect::<Result<Vec<_>>>()?;
    let clusters: Clusters = dedup::number_clusters(entries.len(), assigned);
    // Skipped records in input order: by file, then line.
    let mut skipped: Vec<(u32, u64, SkippedRecord)> = Vec::new();
    let file_of: HashMap<&str, u32> = docs
        .path
        .iter()
        .zip(&docs.origin)
        .map(|(p, o)| (p.as_str(), o.file))
        .collect();
    for (_, s) in read_skipped(work, "skipped", hash, false)?
        .into_iter()
        .chain(dup_rows)
    {
        skipped.push((
            file_of.get(s.path.as_str()).copied().unwrap_or(u32::MAX),
            s.line,
            s,
        ));
    }
    skipped.sort_by_key(|s| (s.0, s.1));
    let edges = files::read(
        work,
        "edges",
        hash,
        &schema(&[("a", Ty::I64), ("b", Ty::I64)]),
    )?;
    let mut stats = DedupStats {
        documents: entries.len(),
        text_bytes,
        skipped: skipped.len(),
        lsh: Some(k.params().lsh),
        verified_pairs: verified(work, hash)?.len(),
        ..DedupStats::default()
    };
    stats.candidates.candidates = edges[0].i64s().len();
    Ok(DedupOutcome {
        docs: entries,
        skipped: skipped.into_iter().map(|s| s.2).collect(),
        clusters,
        stats,
    })
}

fn write_skipped(
    work: &Path,
    dataset: &str,
    part: &str,
    hash: i64,
    doc_ids: Option<&[i64]>,
    skipped: &[SkippedRecord],
) -> Result<()> {
    let mut cols: Vec<(&str, Column)> = Vec::new();
    if let Some(ids) = doc_ids {
        cols.push(("doc_id", Column::I64(ids.to_vec())));
    }
    cols.push((
        "path",
        Column::Str(skipped.iter().map(|s| s.path.clone()).collect()),
    ));
    cols.push((
        "line",
        Column::I64(skipped.iter().map(|s| s.line as i64).collect()),
    ));
    cols.push((
        "reason",
        Column::Str(skipped.iter().map(|s| s.reason.clone()).collect()),
    ));
    files::write(work, dataset, part, hash, &cols).map(|_| ())
}

fn write_edges(
    work: &Path,
    dataset: &str,
    hash: i64,
    edges: &[(i64, i64)],
    sims: Option<Vec<f64>>,
) -> Result<()> {
    let mut cols = vec![
        ("a", Column::I64(edges.iter().map(|e| e.0).collect())),
        ("b", Column::I64(edges.iter().map(|e| e.1).collect())),
    ];
    if let Some(s) = sims {
        cols.push(("similarity", Column::F64(s)));
    }
    files::write(work, dataset, "part-00000", hash, &cols).map(|_| ())
}

/// Runs every stage in order over the whole input in `work` (what
/// `--keep-intermediates` does), returning the last stage's outcome.
///
/// # Errors
/// As [`run_stage`].
pub fn run_all(
    corpus: &Corpus,
    k: &Kernels,
    work: &Path,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<DedupOutcome> {
    let mut outcome = None;
    for stage in Stage::ALL {
        outcome = run_stage(stage, corpus, k, Shard::ALL, work, on_skip)?;
    }
    outcome.ok_or_else(|| Error::Config("the last stage gave no outcome".into()))
}
