//! Parquet datasets between the stages (feature `parquet`).
//!
//! Consumes and produces datasets: a folder `DIR/NAME/` of
//! `part-*.parquet` files, read in name order, each a flat table of
//! non-null columns of signed integers (`INT32`, `INT64`), `DOUBLE` and
//! UTF-8 strings (`BYTE_ARRAY (STRING)`), Snappy-compressed, with
//! key/value metadata `schema_version` and `params_hash` (a decimal `i64`).
//!
//! Guarantees: a file is written to a temporary name in its folder and
//! renamed when complete, so a reader never sees half a file; a file whose
//! `params_hash` or `schema_version` differs from the reader's, or whose
//! columns are not the expected ones, is refused with a message naming the
//! file and both values.

use super::kernels::SCHEMA_VERSION;
use crate::error::{Error, Result};
use parquet::basic::Compression;
use parquet::column::reader::ColumnReader;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One column's values.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// `INT64`.
    I64(Vec<i64>),
    /// `INT32`.
    I32(Vec<i32>),
    /// `DOUBLE`.
    F64(Vec<f64>),
    /// `BYTE_ARRAY (STRING)`.
    Str(Vec<String>),
}

impl Column {
    fn len(&self) -> usize {
        match self {
            Column::I64(v) => v.len(),
            Column::I32(v) => v.len(),
            Column::F64(v) => v.len(),
            Column::Str(v) => v.len(),
        }
    }

    fn parquet_type(&self) -> &'static str {
        match self {
            Column::I64(_) => "INT64",
            Column::I32(_) => "INT32",
            Column::F64(_) => "DOUBLE",
            Column::Str(_) => "BYTE_ARRAY",
        }
    }

    fn empty_like(&self) -> Column {
        match self {
            Column::I64(_) => Column::I64(Vec::new()),
            Column::I32(_) => Column::I32(Vec::new()),
            Column::F64(_) => Column::F64(Vec::new()),
            Column::Str(_) => Column::Str(Vec::new()),
        }
    }

    /// The `INT64` values (empty for another type).
    pub fn i64s(&self) -> &[i64] {
        match self {
            Column::I64(v) => v,
            _ => &[],
        }
    }

    /// The `INT32` values (empty for another type).
    pub fn i32s(&self) -> &[i32] {
        match self {
            Column::I32(v) => v,
            _ => &[],
        }
    }

    /// The `DOUBLE` values (empty for another type).
    pub fn f64s(&self) -> &[f64] {
        match self {
            Column::F64(v) => v,
            _ => &[],
        }
    }

    /// The string values (empty for another type).
    pub fn strs(&self) -> &[String] {
        match self {
            Column::Str(v) => v,
            _ => &[],
        }
    }
}

fn pq(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Config(format!("{}: {e}", path.display()))
}

/// Writes `columns` (all of one length) as `DIR/dataset/part`.parquet,
/// with the metadata `schema_version` and `params_hash`.
///
/// # Errors
/// [`Error::Io`] creating or writing the file; [`Error::Config`] for
/// columns of different lengths or a Parquet encoding failure.
pub fn write(
    dir: &Path,
    dataset: &str,
    part: &str,
    params_hash: i64,
    columns: &[(&str, Column)],
) -> Result<PathBuf> {
    let folder = dir.join(dataset);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    let path = folder.join(format!("{part}.parquet"));
    let rows = columns.first().map_or(0, |c| c.1.len());
    if columns.iter().any(|c| c.1.len() != rows) {
        return Err(pq(&path, "columns of different lengths"));
    }
    let fields: Vec<String> = columns
        .iter()
        .map(|(name, c)| match c {
            Column::Str(_) => format!("required BYTE_ARRAY {name} (STRING);"),
            _ => format!("required {} {name};", c.parquet_type()),
        })
        .collect();
    let schema = parse_message_type(&format!("message {dataset} {{ {} }}", fields.join(" ")))
        .map_err(|e| pq(&path, e))?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_key_value_metadata(Some(vec![
            KeyValue::new("schema_version".into(), SCHEMA_VERSION.to_string()),
            KeyValue::new("params_hash".into(), params_hash.to_string()),
        ]))
        .build();
    let tmp = tempfile::Builder::new()
        .prefix(".part-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| Error::io(&folder, e))?;
    let file = tmp.reopen().map_err(|e| Error::io(tmp.path(), e))?;
    let mut writer = SerializedFileWriter::new(file, Arc::new(schema), Arc::new(props))
        .map_err(|e| pq(&path, e))?;
    // One row group per million rows.
    const GROUP: usize = 1 << 20;
    let mut start = 0;
    loop {
        let end = (start + GROUP).min(rows);
        let mut group = writer.next_row_group().map_err(|e| pq(&path, e))?;
        for (_, c) in columns {
            let mut col = group
                .next_column()
                .map_err(|e| pq(&path, e))?
                .ok_or_else(|| pq(&path, "schema has fewer columns than given"))?;
            let written = match c {
                Column::I64(v) => col
                    .typed::<Int64Type>()
                    .write_batch(&v[start..end], None, None),
                Column::I32(v) => col
                    .typed::<Int32Type>()
                    .write_batch(&v[start..end], None, None),
                Column::F64(v) => col
                    .typed::<DoubleType>()
                    .write_batch(&v[start..end], None, None),
                Column::Str(v) => {
                    let bytes: Vec<ByteArray> = v[start..end]
                        .iter()
                        .map(|s| ByteArray::from(s.as_str()))
                        .collect();
                    col.typed::<ByteArrayType>().write_batch(&bytes, None, None)
                }
            };
            written.map_err(|e| pq(&path, e))?;
            col.close().map_err(|e| pq(&path, e))?;
        }
        group.close().map_err(|e| pq(&path, e))?;
        start = end;
        if start >= rows {
            break;
        }
    }
    writer.close().map_err(|e| pq(&path, e))?;
    tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
    Ok(path)
}

/// The part files of `DIR/dataset`, in name order.
///
/// # Errors
/// [`Error::Io`] when the folder cannot be listed (absent: the stage that
/// makes it has not run).
pub fn parts(dir: &Path, dataset: &str) -> Result<Vec<PathBuf>> {
    let folder = dir.join(dataset);
    let entries = std::fs::read_dir(&folder).map_err(|e| Error::io(&folder, e))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("part-") && n.ends_with(".parquet"))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Reads every part of `DIR/dataset`, concatenated in name order, checking
/// each file's metadata against `params_hash` and its columns against
/// `expected` (names and types; the values of `expected` are ignored).
///
/// # Errors
/// [`Error::Io`] opening a file; [`Error::Config`] for a file made with
/// other parameters or another schema version, other columns, a null value
/// or a corrupt file.
pub fn read(
    dir: &Path,
    dataset: &str,
    params_hash: i64,
    expected: &[(&str, Column)],
) -> Result<Vec<Column>> {
    let mut out: Vec<Column> = expected.iter().map(|c| c.1.empty_like()).collect();
    for path in parts(dir, dataset)? {
        let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
        let reader = SerializedFileReader::new(file).map_err(|e| pq(&path, e))?;
        let meta = reader.metadata().file_metadata();
        let kv = |key: &str| -> Option<String> {
            meta.key_value_metadata()?
                .iter()
                .find(|k| k.key == key)
                .and_then(|k| k.value.clone())
        };
        let version = kv("schema_version").unwrap_or_default();
        if version != SCHEMA_VERSION.to_string() {
            return Err(pq(
                &path,
                format!("schema_version {version:?}, this build reads {SCHEMA_VERSION}"),
            ));
        }
        let theirs = kv("params_hash").unwrap_or_default();
        if theirs != params_hash.to_string() {
            return Err(pq(
                &path,
                format!(
                    "made with other settings (params_hash {theirs}, these settings give {params_hash}); \
                     run every stage with the same dedup options"
                ),
            ));
        }
        let schema = meta.schema_descr();
        let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
        let want: Vec<&str> = expected.iter().map(|c| c.0).collect();
        if names != want {
            return Err(pq(&path, format!("columns {names:?}, expected {want:?}")));
        }
        for g in 0..reader.num_row_groups() {
            let group = reader.get_row_group(g).map_err(|e| pq(&path, e))?;
            let rows = usize::try_from(group.metadata().num_rows()).unwrap_or(0);
            for (i, col) in out.iter_mut().enumerate() {
                let reader = group.get_column_reader(i).map_err(|e| pq(&path, e))?;
                let mut defs = Vec::new();
                let got = match (reader, col) {
                    (ColumnReader::Int64ColumnReader(mut r), Column::I64(v)) => {
                        r.read_records(rows, Some(&mut defs), None, v)
                    }
                    (ColumnReader::Int32ColumnReader(mut r), Column::I32(v)) => {
                        r.read_records(rows, Some(&mut defs), None, v)
                    }
                    (ColumnReader::DoubleColumnReader(mut r), Column::F64(v)) => {
                        r.read_records(rows, Some(&mut defs), None, v)
                    }
                    (ColumnReader::ByteArrayColumnReader(mut r), Column::Str(v)) => {
                        let mut bytes: Vec<ByteArray> = Vec::new();
                        let got = r.read_records(rows, Some(&mut defs), None, &mut bytes);
                        for b in bytes {
                            let s = String::from_utf8(b.data().to_vec()).map_err(|_| {
                                pq(&path, format!("column {:?} is not UTF-8", want[i]))
                            })?;
                            v.push(s);
                        }
                        got
                    }
                    _ => return Err(pq(&path, format!("column {:?} has another type", want[i]))),
                };
                let (records, values, _) = got.map_err(|e| pq(&path, e))?;
                if records != rows || values != rows {
                    return Err(pq(&path, format!("column {:?} has a null value", want[i])));
                }
            }
        }
    }
    Ok(out)
}
