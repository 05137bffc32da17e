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
use std::sync::{mpsc, Arc, Mutex};

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

/// One input file: `(path, display, is_text_file, article_id)`.
type InputFile = (String, String, bool, String);

/// The files `concord dedup INPUT...` reads, in its order:
/// `[(path, display, is_text_file, article_id)]`, and the ignored paths.
#[pyfunction]
pub fn list_inputs(paths: Vec<PathBuf>) -> PyResult<(Vec<InputFile>, Vec<String>)> {
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

/// Records per batch of [`read_file`], and the text bytes after which a
/// batch ends early (Arrow string offsets are 32-bit; Spark's batches stay
/// small).
const BATCH_ROWS: usize = 2048;
const BATCH_TEXT_BYTES: usize = 32 << 20;

/// The columns of [`read_file`]'s batches being filled.
#[derive(Default)]
struct RawColumns {
    kind: Int8Builder,
    doc_id: Int64Builder,
    id: StringBuilder,
    line: Int64Builder,
    offset: Int64Builder,
    len: Int64Builder,
    text: StringBuilder,
    text_len: Int64Builder,
    reason: StringBuilder,
    rows: usize,
    text_bytes: usize,
}

impl RawColumns {
    fn finish(&mut self) -> PyResult<Batch> {
        self.rows = 0;
        self.text_bytes = 0;
        batch(vec![
            ("kind", Arc::new(self.kind.finish())),
            ("doc_id", Arc::new(self.doc_id.finish())),
            ("id", Arc::new(self.id.finish())),
            ("line", Arc::new(self.line.finish())),
            ("offset", Arc::new(self.offset.finish())),
            ("len", Arc::new(self.len.finish())),
            ("text", Arc::new(self.text.finish())),
            ("text_len", Arc::new(self.text_len.finish())),
            ("reason", Arc::new(self.reason.finish())),
        ])
    }
}

/// Reads and parses one input file on a thread of its own; the batches
/// come out of the returned iterator (`file` is the file's index in
/// [`list_inputs`]). One row per record: `kind` 0 for a document
/// (`doc_id, id, line, offset, len, text, text_len`), 1 for a skipped
/// record (`doc_id, line, reason`). `article_id` is the id of a one-article
/// text file as the walk named it. Memory holds at most a few batches.
#[pyfunction]
#[pyo3(signature = (path, file, article_id, text_field = "text", id_field = "id", max_record_bytes = 64 << 20))]
pub fn read_file(
    path: PathBuf,
    file: i64,
    article_id: String,
    text_field: &str,
    id_field: &str,
    max_record_bytes: usize,
) -> PyResult<FileReader> {
    if !(0..1 << (63 - FILE_SHIFT)).contains(&file) {
        return Err(PyValueError::new_err(format!("bad file index {file}")));
    }
    let corpus = open(
        std::slice::from_ref(&path),
        config(text_field, id_field, max_record_bytes),
    )?;
    let (tx, rx) = mpsc::sync_channel::<PyResult<Batch>>(2);
    std::thread::spawn(move || {
        let text_file = corpus.files()[0].format == Format::Text;
        let mut c = RawColumns::default();
        for (ordinal, raw) in corpus.raw_records().enumerate() {
            let raw = match raw {
                Ok(raw) => raw,
                Err(e) => {
                    let _ = tx.send(Err(PyOSError::new_err(e.to_string())));
                    return;
                }
            };
            let origin = raw.origin;
            c.doc_id.append_value((file << FILE_SHIFT) | ordinal as i64);
            c.line.append_value(origin.line as i64);
            c.offset.append_value(origin.offset as i64);
            c.len.append_value(origin.len as i64);
            match corpus.parse(raw) {
                Item::Doc(doc) => {
                    c.kind.append_value(0);
                    c.id.append_value(if text_file { &article_id } else { &doc.id.0 });
                    c.text_len.append_value(doc.text.len() as i64);
                    c.text_bytes += doc.text.len();
                    c.text.append_value(&doc.text);
                    c.reason.append_null();
                }
                Item::Skipped(s) => {
                    c.kind.append_value(1);
                    c.id.append_null();
                    c.text.append_null();
                    c.text_len.append_null();
                    c.reason.append_value(&s.reason);
                }
            }
            c.rows += 1;
            if (c.rows >= BATCH_ROWS || c.text_bytes >= BATCH_TEXT_BYTES)
                && tx.send(c.finish()).is_err()
            {
                return; // the reader was dropped
            }
        }
        if c.rows > 0 {
            let _ = tx.send(c.finish());
        }
    });
    Ok(FileReader(Mutex::new(rx)))
}

/// The batches of one file being read ([`read_file`]); a Python iterator.
#[pyclass(module = "concord_spark._concord", frozen)]
pub struct FileReader(Mutex<mpsc::Receiver<PyResult<Batch>>>);

#[pymethods]
impl FileReader {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Batch>> {
        let next = py.allow_threads(|| self.0.lock().map(|rx| rx.recv()).map_err(|_| ()));
        match next.map_err(|_| PyValueError::new_err("reader poisoned"))? {
            Ok(b) => b.map(Some),
            Err(_) => Ok(None), // the file is read
        }
    }
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
