//! The corpus reading stage.
//!
//! Consumes INPUT paths (files, directories, `-` for standard input) and a
//! [`CorpusConfig`]; produces, in input order, [`Item`]s: a
//! [`Document`] for every usable record, a [`SkippedRecord`] (path, line,
//! reason) for every other. Guarantees:
//!
//! - **Bad data is data.** A line that is not UTF-8, not JSON, not an object,
//!   has no string text field or is longer than
//!   [`CorpusConfig::max_record_bytes`]; a text file with binary junk; a
//!   duplicate id; a corrupt or truncated `.gz`/`.zst` stream (the records
//!   before the damage are kept, the rest of that file is reported as one
//!   skipped record at the line where it broke): each becomes a
//!   [`SkippedRecord`] and reading goes on. Only an input that cannot be
//!   opened or read (a failing disk, not a failing decoder) is an
//!   [`Error`].
//! - **Streaming, bounded memory.** Files are read sequentially through
//!   buffered readers, one line at a time into a reused buffer; an over-long
//!   line is measured and discarded, never held. Standard input (and any
//!   other non-seekable input such as a FIFO) is copied to an anonymous
//!   temporary file as it is read, so [`Corpus::write_records`] can read it
//!   again.
//! - **Positions.** Every record carries an [`Origin`]: file index, 1-based
//!   line (0 for one-article files), byte offset and length in the
//!   decompressed stream, excluding the line terminator (`\n` or `\r\n`)
//!   and a UTF-8 byte order mark at the start of the stream.
//! - **Parallel parsing.** [`Corpus::raw_records`] does only I/O;
//!   [`Corpus::parse`] is pure and `Corpus` is `Send + Sync`, so records can
//!   be parsed on many threads and re-sequenced; [`IdRegistry`] then checks
//!   ids in input order. [`Corpus::documents`] does all three sequentially.
//!   [`Corpus::raw_chunks`] reads the same records into large buffers
//!   (one allocation per chunk, not per record) for a reader thread to hand
//!   to parallel workers, which parse them in place ([`Corpus::parse_in`]).
//!
//! [`Corpus::open`] and [`Format`] tell how inputs are expanded and
//! recognised; [`Corpus::parse`] tells how records are read.
//!
//! ```no_run
//! use concord::corpus::{Corpus, CorpusConfig, Item};
//! # fn main() -> concord::Result<()> {
//! let corpus = Corpus::open(&["articles/".into()], CorpusConfig::default())?;
//! for item in corpus.documents() {
//!     match item? {
//!         Item::Doc(doc) => println!("{}: {} bytes", doc.id, doc.text.len()),
//!         Item::Skipped(s) => eprintln!("{s}"),
//!     }
//! }
//! # Ok(())
//! # }
//! ```

mod ids;
mod input;
mod json;
mod lines;
mod records;
mod stream;
mod write;

use std::fmt;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

pub use ids::IdRegistry;
pub use input::{Format, SourceFile};
pub use records::{ChunkRecord, RawChunk, RawChunks, RawRecords};

use crate::document::{DocId, DocMeta, Document, Origin};
use crate::error::{Error, Result};
use stream::{Counted, RawSource, ReadStats, Spool};

/// Names of the JSON fields read from each record. The CLI's
/// `--text-field`, `--id-field`, `--source-field`, `--published-field`,
/// `--title-field` and `--locale-field` rename them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldNames {
    /// The article text (required, a string). Default `text`.
    pub text: String,
    /// The document id (a string or a number). Default `id`.
    pub id: String,
    /// Outlet name or domain. Default `source`.
    pub source: String,
    /// Publication date or date-time. Default `published`.
    pub published: String,
    /// Headline. Default `title`.
    pub title: String,
    /// Address of the article. Default `url`.
    pub url: String,
    /// The article's locale (BCP 47). Default `locale`.
    pub locale: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            text: "text".into(),
            id: "id".into(),
            source: "source".into(),
            published: "published".into(),
            title: "title".into(),
            url: "url".into(),
            locale: "locale".into(),
        }
    }
}

/// Settings of the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorpusConfig {
    /// Names of the JSON fields.
    pub fields: FieldNames,
    /// Longest record accepted, in bytes (a JSONL line without its
    /// terminator, or a whole text file). Longer ones are skipped without
    /// being held in memory. Default 64 MiB; at least 1.
    pub max_record_bytes: usize,
}

impl Default for CorpusConfig {
    fn default() -> Self {
        CorpusConfig {
            fields: FieldNames::default(),
            max_record_bytes: 64 * 1024 * 1024,
        }
    }
}

/// A record's bytes as read, before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord {
    /// The record's bytes (a JSONL line without terminator, or a text
    /// file's content without BOM). Empty when `problem` is set.
    pub bytes: Vec<u8>,
    /// Where it came from.
    pub origin: Origin,
    /// Why the reader could not deliver the record's bytes, if it could
    /// not; [`Corpus::parse`] turns it into a [`SkippedRecord`].
    pub problem: Option<RawProblem>,
}

/// What went wrong while reading a record's bytes (not an I/O error: data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawProblem {
    /// The record is longer than [`CorpusConfig::max_record_bytes`].
    TooLong {
        /// Its length in bytes, terminator excluded.
        len: u64,
        /// The limit.
        limit: u64,
    },
    /// The compressed stream is corrupt or truncated here; the rest of the
    /// file cannot be read.
    Corrupt(String),
}

impl fmt::Display for RawProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawProblem::TooLong { len, limit } => {
                write!(
                    f,
                    "record of {len} bytes exceeds the limit of {limit} bytes"
                )
            }
            RawProblem::Corrupt(msg) => f.write_str(msg),
        }
    }
}

/// What reading one record gave.
#[derive(Debug, Clone)]
pub enum Item {
    /// A usable document.
    Doc(Document),
    /// A record that was skipped, and why.
    Skipped(SkippedRecord),
}

/// A record that could not be used, named for the user.
///
/// Displays as `path:line: reason`, or `path: reason` for a one-article
/// file (line 0). Serializes as `{"path", "line", "reason"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedRecord {
    /// The file's display path ([`SourceFile::display`]).
    pub path: String,
    /// 1-based line; 0 for a one-article file.
    pub line: u64,
    /// Why it was skipped.
    pub reason: String,
}

impl fmt::Display for SkippedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.path, self.line, self.reason)
        }
    }
}

/// The input files of one run, ready to be read (any number of times).
///
/// `Corpus` is `Send + Sync`. It holds no open file except the spools of
/// non-seekable inputs.
pub struct Corpus {
    files: Vec<SourceFile>,
    ignored: Vec<PathBuf>,
    spools: Vec<Spool>,
    config: CorpusConfig,
}

impl fmt::Debug for Corpus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Corpus")
            .field("files", &self.files)
            .field("ignored", &self.ignored)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Corpus {
    /// Expands the INPUTs into the files to read.
    ///
    /// Files are taken as named; directories are walked recursively in
    /// sorted path order, skipping hidden entries and `README*`/`LICENSE*`
    /// files, and listing files of other extensions in
    /// [`ignored`](Corpus::ignored); `-`, or an empty list, is standard
    /// input (JSONL, gzip/zstd recognised by magic bytes). See [`Format`]
    /// for the extensions and the sniffing rule for other files.
    ///
    /// Opening sniffs standard input's first bytes, so it waits for them.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when an INPUT does not exist or cannot be read (or a
    /// directory inside a walk); [`Error::Config`] when `-` is named twice
    /// or `max_record_bytes` is 0.
    pub fn open(inputs: &[PathBuf], config: CorpusConfig) -> Result<Corpus> {
        Self::open_with(inputs, config, Some(Box::new(io::stdin())))
    }

    /// A corpus of one JSONL stream read from `reader` (standing for
    /// standard input: named `<stdin>`), spooled like standard input.
    ///
    /// # Errors
    ///
    /// As [`Corpus::open`].
    pub fn open_reader(reader: impl Read + Send + 'static, config: CorpusConfig) -> Result<Corpus> {
        Self::open_with(&[PathBuf::from("-")], config, Some(Box::new(reader)))
    }

    fn open_with(
        inputs: &[PathBuf],
        config: CorpusConfig,
        stdin: Option<Box<dyn Read + Send>>,
    ) -> Result<Corpus> {
        if config.max_record_bytes == 0 {
            return Err(Error::Config("max_record_bytes must be at least 1".into()));
        }
        let expanded = input::expand(inputs, stdin)?;
        Ok(Corpus {
            files: expanded.files,
            ignored: expanded.ignored,
            spools: expanded.spools,
            config,
        })
    }

    /// The files to read, in reading order. [`Origin::file`] indexes it.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// Files a directory walk passed over (unknown extension, special file,
    /// link to a directory), in walk order.
    pub fn ignored(&self) -> &[PathBuf] {
        &self.ignored
    }

    /// The settings the corpus was opened with.
    pub fn config(&self) -> &CorpusConfig {
        &self.config
    }

    /// `path:line` of a record (`path` for a one-article file).
    pub fn location(&self, origin: &Origin) -> String {
        let path = self.display_of(origin);
        if origin.line == 0 {
            path.to_string()
        } else {
            format!("{path}:{}", origin.line)
        }
    }

    /// A [`SkippedRecord`] for the record at `origin`.
    pub fn skip(&self, origin: &Origin, reason: impl Into<String>) -> SkippedRecord {
        SkippedRecord {
            path: self.display_of(origin).to_string(),
            line: origin.line,
            reason: reason.into(),
        }
    }

    fn display_of(&self, origin: &Origin) -> &str {
        self.file(origin.file).map_or("?", |f| f.display.as_str())
    }

    fn file(&self, index: u32) -> Option<&SourceFile> {
        self.files.get(usize::try_from(index).ok()?)
    }

    /// The raw bytes of input `index`, from the start.
    fn open_raw(&self, index: usize, stats: &Arc<ReadStats>) -> io::Result<Counted<RawSource<'_>>> {
        let file = &self.files[index];
        let src = match file.spool.and_then(|s| self.spools.get(s)) {
            Some(spool) => RawSource::Spool(spool.reader()),
            None => RawSource::File(std::fs::File::open(&file.path)?),
        };
        Ok(Counted::new(src, Arc::clone(stats)))
    }

    /// Reads the records of every file in order: decompression and line
    /// splitting only (see the module docs). Blank lines are not records.
    ///
    /// Yields `Err` when a file cannot be opened or its bytes cannot be
    /// read (not for a corrupt compressed stream: that is a record with a
    /// [`RawProblem`]); the iterator then goes on with the next file.
    pub fn raw_records(&self) -> RawRecords<'_> {
        RawRecords::new(self)
    }

    /// The records of [`raw_records`](Corpus::raw_records), read into
    /// chunks of about `target_bytes` (at most `max_records` records each),
    /// the way a parallel reader wants them: one buffer per chunk instead
    /// of one allocation per record, lines split as they are read. A chunk
    /// may span files. An error is yielded after the chunk of the records
    /// read before it; reading then goes on with the next file.
    pub fn raw_chunks(&self, target_bytes: usize, max_records: usize) -> RawChunks<'_> {
        RawChunks::new(self.raw_records(), target_bytes, max_records)
    }

    /// Turns raw bytes into a document, or the reason to skip them. Pure:
    /// safe to call from many threads.
    ///
    /// JSONL records: UTF-8 (else "invalid UTF-8 at byte N", N counted from
    /// the start of the line); one JSON object (else "invalid JSON at
    /// column C: …" or "not a JSON object (found …)"); a string text field
    /// (else `missing string field "text"` or `field "text" is not a string
    /// (found …)`, with the configured name). Duplicate keys: the last one
    /// wins. `id` may be a string or a number (its decimal text); absent,
    /// `null`, `""` or of another type, it defaults to `FILE:LINE` (the
    /// file's display path). `title`, `source`, `published`, `url` are kept
    /// when non-empty strings, otherwise ignored without skipping the
    /// record. Other fields are ignored.
    ///
    /// Text files: the whole content is the text (an empty file gives an
    /// empty text); a NUL byte ("binary data (NUL byte at byte N)") or
    /// invalid UTF-8 ("invalid UTF-8 at byte N"), N counted from the start
    /// of the file, skips it.
    pub fn parse(&self, raw: RawRecord) -> Item {
        self.parse_from(raw.bytes, raw.origin, raw.problem.as_ref())
    }

    /// [`parse`](Corpus::parse) for one record of a [`RawChunk`] (its bytes
    /// are copied only for a one-article file).
    pub fn parse_in(&self, chunk: &RawChunk, record: &ChunkRecord) -> Item {
        self.parse_from(
            chunk.record_bytes(record),
            record.origin,
            record.problem.as_ref(),
        )
    }

    fn parse_from<B>(&self, bytes: B, origin: Origin, problem: Option<&RawProblem>) -> Item
    where
        B: AsRef<[u8]> + Into<Vec<u8>>,
    {
        let Some(file) = self.file(origin.file) else {
            return Item::Skipped(SkippedRecord {
                path: "?".into(),
                line: origin.line,
                reason: format!("record of unknown input file #{}", origin.file),
            });
        };
        if let Some(problem) = problem {
            return Item::Skipped(self.skip(&origin, problem.to_string()));
        }
        match file.format {
            Format::Text => self.parse_article(file, bytes.into(), origin),
            _ => match json::parse_record(bytes.as_ref(), &self.config.fields) {
                Ok(p) => Item::Doc(Document {
                    id: DocId(p.id.unwrap_or_else(|| format!("{}:{}", file.display, origin.line))),
                    text: p.text,
                    meta: p.meta,
                    origin,
                }),
                Err(reason) => Item::Skipped(self.skip(&origin, reason)),
            },
        }
    }

    fn parse_article(&self, file: &SourceFile, bytes: Vec<u8>, origin: Origin) -> Item {
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            let at = origin.offset.saturating_add(at as u64);
            return Item::Skipped(
                self.skip(&origin, format!("binary data (NUL byte at byte {at})")),
            );
        }
        match String::from_utf8(bytes) {
            Ok(text) => Item::Doc(Document {
                id: DocId(file.article_id.clone()),
                text,
                meta: DocMeta::default(),
                origin,
            }),
            Err(e) => {
                let at = origin
                    .offset
                    .saturating_add(e.utf8_error().valid_up_to() as u64);
                Item::Skipped(self.skip(&origin, format!("invalid UTF-8 at byte {at}")))
            }
        }
    }

    /// [`raw_records`](Corpus::raw_records), [`parse`](Corpus::parse) and
    /// an [`IdRegistry`] check, sequentially, in input order.
    pub fn documents(&self) -> impl Iterator<Item = Result<Item>> + '_ {
        let mut ids = IdRegistry::new();
        self.raw_records().map(move |raw| {
            raw.map(|raw| match self.parse(raw) {
                Item::Doc(doc) => ids.check(doc, self),
                skipped => skipped,
            })
        })
    }

    /// Writes the original bytes of the given records to `out`, in the
    /// order given: a JSONL record as its line, byte for byte, without its
    /// original terminator, followed by `\n`; a one-article file as a
    /// `{"id": …, "text": …}` line with the given id. Inputs are read
    /// again (decompressed as needed; non-seekable inputs from their
    /// spool), in memory bounded by the largest record. Records in input
    /// order make this one sequential pass over each file.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] naming the input when it cannot be read again or no
    /// longer holds the record where it was (it changed since it was read),
    /// or naming `<output>` when `out` fails (a closed pipe included:
    /// check for [`io::ErrorKind::BrokenPipe`]).
    pub fn write_records(
        &self,
        records: &[(&DocId, Origin)],
        out: &mut dyn io::Write,
    ) -> Result<()> {
        write::write_records(self, records, out)
    }
}

#[cfg(test)]
mod tests;
