//! Reading back the datasets the earlier stages wrote to the work folder
//! (`docs/`, `skipped/`, duplicates, the boilerplate detector, verified
//! pairs) and the texts of chosen documents from the input.

use super::files::{self, Column};
use super::kernels::Kernels;
use crate::corpus::{Corpus, Item, SkippedRecord};
use crate::document::Origin;
use crate::error::Result;
use crate::text::BoilerplateDetector;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The `docs/` dataset: every parsed document of every shard.
pub(super) struct Docs {
    pub(super) doc_id: Vec<i64>,
    pub(super) id: Vec<String>,
    pub(super) path: Vec<String>,
    pub(super) origin: Vec<Origin>,
    pub(super) text_len: Vec<i64>,
}

/// The type of a dataset column, in the schemas [`files::read`] checks.
#[derive(Debug, Clone, Copy)]
pub(super) enum Ty {
    I64,
    I32,
    F64,
    Str,
}

/// A dataset's schema: each column's name with an empty column of its type.
pub(super) fn schema(cols: &[(&'static str, Ty)]) -> Vec<(&'static str, Column)> {
    cols.iter()
        .map(|&(name, ty)| {
            let empty = match ty {
                Ty::I64 => Column::I64(Vec::new()),
                Ty::I32 => Column::I32(Vec::new()),
                Ty::F64 => Column::F64(Vec::new()),
                Ty::Str => Column::Str(Vec::new()),
            };
            (name, empty)
        })
        .collect()
}

pub(super) const DOCS: [&str; 8] = [
    "doc_id", "id", "path", "line", "text_len", "file", "offset", "length",
];

pub(super) fn docs_schema() -> Vec<(&'static str, Column)> {
    let ty = |n: &str| {
        if n == "id" || n == "path" {
            Ty::Str
        } else {
            Ty::I64
        }
    };
    schema(&DOCS.map(|n| (n, ty(n))))
}

pub(super) fn read_docs(work: &Path, hash: i64) -> Result<Docs> {
    let c = files::read(work, "docs", hash, &docs_schema())?;
    let origin = (0..c[0].i64s().len())
        .map(|i| Origin {
            file: c[5].i64s()[i] as u32,
            line: c[3].i64s()[i] as u64,
            offset: c[6].i64s()[i] as u64,
            len: c[7].i64s()[i] as u64,
        })
        .collect();
    let mut cols = c.into_iter();
    let mut next = || cols.next().unwrap_or(Column::I64(Vec::new()));
    let (doc_id, id, path) = (next(), next(), next());
    let _line = next();
    let text_len = next();
    let into_i64 = |c: Column| match c {
        Column::I64(v) => v,
        _ => Vec::new(),
    };
    let into_str = |c: Column| match c {
        Column::Str(v) => v,
        _ => Vec::new(),
    };
    Ok(Docs {
        doc_id: into_i64(doc_id),
        id: into_str(id),
        path: into_str(path),
        origin,
        text_len: into_i64(text_len),
    })
}

pub(super) const SKIPPED: [(&str, bool); 3] = [("path", true), ("line", false), ("reason", true)];

pub(super) fn skipped_schema(with_doc: bool) -> Vec<(&'static str, Column)> {
    let mut v: Vec<(&'static str, Ty)> = Vec::new();
    if with_doc {
        v.push(("doc_id", Ty::I64));
    }
    v.extend(SKIPPED.map(|(n, text)| (n, if text { Ty::Str } else { Ty::I64 })));
    schema(&v)
}

pub(super) fn read_skipped(
    work: &Path,
    dataset: &str,
    hash: i64,
    with_doc: bool,
) -> Result<Vec<(i64, SkippedRecord)>> {
    let c = files::read(work, dataset, hash, &skipped_schema(with_doc))?;
    let o = usize::from(with_doc);
    Ok((0..c[o].strs().len())
        .map(|i| {
            let doc = if with_doc { c[0].i64s()[i] } else { -1 };
            (
                doc,
                SkippedRecord {
                    path: c[o].strs()[i].clone(),
                    line: c[o + 1].i64s()[i] as u64,
                    reason: c[o + 2].strs()[i].clone(),
                },
            )
        })
        .collect())
}

pub(super) fn duplicates(work: &Path, hash: i64) -> Result<HashSet<i64>> {
    Ok(read_skipped(work, "duplicates", hash, true)?
        .into_iter()
        .map(|d| d.0)
        .collect())
}

pub(super) fn detector(work: &Path, k: &Kernels) -> Result<BoilerplateDetector> {
    let hash = k.params().params_hash();
    let c = files::read(
        work,
        "frequent_blocks",
        hash,
        &schema(&[("block_hash", Ty::I64), ("docs", Ty::I64)]),
    )?;
    Ok(k.detector(c[0].i64s().iter().copied().zip(c[1].i64s().iter().copied())))
}

pub(super) fn verified(work: &Path, hash: i64) -> Result<Vec<(i64, i64, f64)>> {
    let c = files::read(
        work,
        "verified",
        hash,
        &schema(&[("a", Ty::I64), ("b", Ty::I64), ("similarity", Ty::F64)]),
    )?;
    Ok((0..c[0].i64s().len())
        .map(|i| (c[0].i64s()[i], c[1].i64s()[i], c[2].f64s()[i]))
        .collect())
}

/// The texts of the documents `wanted`, found by their place in the input.
pub(super) fn texts_of(
    corpus: &Corpus,
    docs: &Docs,
    wanted: &HashSet<i64>,
) -> Result<HashMap<i64, String>> {
    let by_place: HashMap<(u32, u64), i64> = docs
        .doc_id
        .iter()
        .zip(&docs.origin)
        .filter(|(d, _)| wanted.contains(d))
        .map(|(&d, o)| ((o.file, o.offset), d))
        .collect();
    let mut out = HashMap::with_capacity(by_place.len());
    for raw in corpus.raw_records() {
        let raw = raw?;
        let Some(&d) = by_place.get(&(raw.origin.file, raw.origin.offset)) else {
            continue;
        };
        if let Item::Doc(doc) = corpus.parse(raw) {
            out.insert(d, doc.text);
        }
    }
    Ok(out)
}
