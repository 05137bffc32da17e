//! Reading INPUT for the Spark driver with the library's own reader
//! ([`Corpus`]): the file list as `concord dedup` expands it, then one file
//! per call, so each Spark task reads one file with exactly the binary's
//! line splitting, decompression, parse rules and skip messages; and the
//! kept records written back as `concord dedup -o` writes them.
//!
//! Doc ids: `(file index << 40) | record ordinal in the file` (blank lines
//! are not records), so doc-id order is input order (design §2).

use crate::arrow::{batch, column, import, Batch};
use arrow_array::builder::{Int64Builder, Int8Builder, StringBuilder};
use arrow_array::{Int64Array, StringArray};
use concord::corpus::{Corpus, CorpusConfig, FieldNames, Format, Item};
use concord::document::{DocId, Origin};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// Bits of a doc id below the file index.
pub const FILE_SHIFT: u32 = 40;

fn config(text_field: &str, id_field: &str, max_record_bytes: usize) -> CorpusConfig {
    CorpusConfig {
        fields: FieldNames {
            text: text_field.to_string(),
            id: id_field.to_string(),
            ..FieldNames::default()
        },
        max_record_bytes,
    }
}

fn open(paths: &[PathBuf], config: CorpusConfig) -> PyResult<Corpus> {
    if paths.is_empty() || paths.iter().any(|p| p.as_os_str() == "-") {
        return Err(PyValueError::new_err(
            "the Spark driver reads files and folders, not standard input",
        ));
    }
    Corpus::open(paths, config).map_err(|e| PyOSError::new_err(e.to_string()))
}

/// The files `concord dedup INPUT...` reads, in its order:
/// `[(path, display, is_text_file, article_id)]`, and the ignored paths.
#[pyfunction]
pub fn list_inputs(
    paths: Vec<PathBuf>,
) -> PyResult<(Vec<(String, String, bool, String)>, Vec<String>)> {
    let corpus = open(&paths, CorpusConfig::default())?;
    if corpus.files().len() as u64 >= 1 << (63 - FILE_SHIFT) {
        return Err(PyValueError::new_err("too many input files"));
    }
    let files = corpus
        .files()
        .iter()
        .map(|f| {
            (
                f.path.to_string_lossy().into_owned(),
                f.display.clone(),
                f.format == Format::Text,
                f.article_id().unwrap_or("").to_string(),
            )
        })
        .collect();
    let ignored = corpus
        .ignored()
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    Ok((files, ignored))
}

/// Reads and parses one input file (`file` its index in [`list_inputs`]).
/// One row per record: `kind` 0 for a document (`doc_id, id, line, offset,
/// len, text, text_len`), 1 for a skipped record (`doc_id, line, reason`).
/// `article_id` is the id of a one-article text file as the walk named it.
#[pyfunction]
#[pyo3(signature = (path, file, article_id, text_field = "text", id_field = "id", max_record_bytes = 64 << 20))]
pub fn read_file(
    py: Python<'_>,
    path: PathBuf,
    file: i64,
    article_id: &str,
    text_field: &str,
    id_field: &str,
    max_record_bytes: usize,
) -> PyResult<Batch> {
    if !(0..1 << (63 - FILE_SHIFT)).contains(&file) {
        return Err(PyValueError::new_err(format!("bad file index {file}")));
    }
    py.allow_threads(|| {
        let corpus = open(
            std::slice::from_ref(&path),
            config(text_field, id_field, max_record_bytes),
        )?;
        let mut kind = Int8Builder::new();
        let mut doc_id = Int64Builder::new();
        let mut id = StringBuilder::new();
        let mut line = Int64Builder::new();
        let mut offset = Int64Builder::new();
        let mut len = Int64Builder::new();
        let mut text = StringBuilder::new();
        let mut text_len = Int64Builder::new();
        let mut reason = StringBuilder::new();
        for (ordinal, raw) in corpus.raw_records().enumerate() {
            let raw = raw.map_err(|e| PyOSError::new_err(e.to_string()))?;
            let origin = raw.origin;
            doc_id.append_value((file << FILE_SHIFT) | ordinal as i64);
            line.append_value(origin.line as i64);
            offset.append_value(origin.offset as i64);
            len.append_value(origin.len as i64);
            match corpus.parse(raw) {
                Item::Doc(doc) => {
                    kind.append_value(0);
                    if corpus.files()[0].format == Format::Text {
                        id.append_value(article_id);
                    } else {
                        id.append_value(&doc.id.0);
                    }
                    text_len.append_value(doc.text.len() as i64);
                    text.append_value(&doc.text);
                    reason.append_null();
                }
                Item::Skipped(s) => {
                    kind.append_value(1);
                    id.append_null();
                    text.append_null();
                    text_len.append_null();
                    reason.append_value(&s.reason);
                }
            }
        }
        batch(vec![
            ("kind", Arc::new(kind.finish())),
            ("doc_id", Arc::new(doc_id.finish())),
            ("id", Arc::new(id.finish())),
            ("line", Arc::new(line.finish())),
            ("offset", Arc::new(offset.finish())),
            ("len", Arc::new(len.finish())),
            ("text", Arc::new(text.finish())),
            ("text_len", Arc::new(text_len.finish())),
            ("reason", Arc::new(reason.finish())),
        ])
    })
}

/// The skip reason of a duplicate id, worded as the binary words it.
#[pyfunction]
pub fn duplicate_reason(id: &str, first_path: &str, first_line: i64) -> String {
    let at = if first_line == 0 {
        first_path.to_string()
    } else {
        format!("{first_path}:{first_line}")
    };
    format!("duplicate id {id:?} (first seen at {at})")
}

/// The kept records of one input file as `concord dedup -o` writes them
/// (JSONL lines byte for byte; a text file as `{"id", "text"}`), from a
/// batch `id, line, offset, len` of its kept documents in input order.
/// Returns one string per record, without the newline.
#[pyfunction]
#[pyo3(signature = (path, kept, text_field = "text", id_field = "id", max_record_bytes = 64 << 20))]
pub fn kept_records(
    py: Python<'_>,
    path: PathBuf,
    kept: &Bound<'_, PyAny>,
    text_field: &str,
    id_field: &str,
    max_record_bytes: usize,
) -> PyResult<Vec<String>> {
    let kept = import(kept)?;
    let ids = column::<StringArray>(&kept, "id")?;
    let line = column::<Int64Array>(&kept, "line")?;
    let offset = column::<Int64Array>(&kept, "offset")?;
    let len = column::<Int64Array>(&kept, "len")?;
    let docs: Vec<(DocId, Origin)> = (0..kept.num_rows())
        .map(|i| {
            (
                DocId(ids.value(i).to_string()),
                Origin {
                    file: 0,
                    line: line.value(i) as u64,
                    offset: offset.value(i) as u64,
                    len: len.value(i) as u64,
                },
            )
        })
        .collect();
    py.allow_threads(|| {
        let corpus = open(
            std::slice::from_ref(&path),
            config(text_field, id_field, max_record_bytes),
        )?;
        let refs: Vec<(&DocId, Origin)> = docs.iter().map(|(id, o)| (id, *o)).collect();
        let mut out = Vec::new();
        corpus
            .write_records(&refs, &mut out)
            .map_err(|e| PyOSError::new_err(e.to_string()))?;
        let out = String::from_utf8(out)
            .map_err(|_| PyValueError::new_err("a kept record is not UTF-8"))?;
        Ok(out.split_terminator('\n').map(str::to_string).collect())
    })
}
