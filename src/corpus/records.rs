//! Raw records: the I/O half of reading ([`RawRecords`], one record at a
//! time; [`RawChunks`], many records per buffer for parallel parsing).
//! Nothing here parses JSON: [`Corpus::parse`] and [`Corpus::parse_in`] do.

use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::lines::{LineReader, BOM};
use super::stream::{self, Counted, RawSource, ReadStats};
use super::{Corpus, Format, RawProblem, RawRecord};
use crate::document::Origin;
use crate::error::{Error, Result};

/// Iterator over the raw records of a [`Corpus`]; see
/// [`Corpus::raw_records`].
pub struct RawRecords<'a> {
    corpus: &'a Corpus,
    next_file: usize,
    current: Option<Current<'a>>,
    buf: Vec<u8>,
    stats: Arc<ReadStats>,
}

struct Current<'a> {
    file: u32,
    lines: LineReader<Box<dyn BufRead + Send + 'a>>,
}

impl<'a> RawRecords<'a> {
    /// Reads `corpus` from its first file.
    pub(super) fn new(corpus: &'a Corpus) -> Self {
        RawRecords {
            corpus,
            next_file: 0,
            current: None,
            buf: Vec::new(),
            stats: Arc::new(ReadStats::default()),
        }
    }
}

impl RawRecords<'_> {
    /// Bytes read from the inputs so far (compressed bytes for compressed
    /// files): for a progress bar against the sum of [`SourceFile::size`].
    pub fn input_bytes_read(&self) -> u64 {
        self.stats.bytes.load(Ordering::Relaxed)
    }

    /// Capacity of the reused line buffer (tests check it stays bounded).
    #[cfg(test)]
    pub(super) fn buf_capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// Index of the file being read (or next to be read).
    pub fn current_file(&self) -> usize {
        self.current
            .as_ref()
            .map_or(self.next_file, |c| c.file as usize)
    }
}

/// `u32` index of a file; the file list is built in memory, so more than
/// 4 billion files cannot happen before memory runs out, but saturate
/// rather than wrap.
fn file_index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl<'a> RawRecords<'a> {
    fn read_article(&mut self, index: usize) -> Result<RawRecord> {
        let corpus = self.corpus;
        let file = &corpus.files[index];
        let io_err = |e| Error::io(&file.path, e);
        let mut src = corpus.open_raw(index, &self.stats).map_err(io_err)?;
        let limit = corpus.config.max_record_bytes as u64;
        let mut bytes = Vec::new();
        (&mut src)
            .take(limit.saturating_add(BOM.len() as u64 + 1))
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
        let bom = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
        let mut origin = Origin {
            file: file_index(index),
            line: 0,
            offset: bom as u64,
            len: (bytes.len() - bom) as u64,
        };
        if origin.len > limit {
            let rest = remaining_len(&mut src).map_err(io_err)?;
            origin.len = origin.len.saturating_add(rest);
            return Ok(RawRecord {
                bytes: Vec::new(),
                origin,
                problem: Some(RawProblem::TooLong {
                    len: origin.len,
                    limit,
                }),
            });
        }
        bytes.drain(..bom);
        Ok(RawRecord {
            bytes,
            origin,
            problem: None,
        })
    }
}

/// Bytes left in `src` (measured by seeking for a file, by reading for a
/// stream).
fn remaining_len(src: &mut Counted<RawSource<'_>>) -> io::Result<u64> {
    if let RawSource::File(_) = src.get_ref() {
        let here = src.stream_position()?;
        let end = src.seek(SeekFrom::End(0))?;
        Ok(end.saturating_sub(here))
    } else {
        io::copy(src, &mut io::sink())
    }
}

/// Where a record read by [`RawRecords::next_into`] came from, and what
/// kept its bytes from being read (its bytes, when there is no problem, are
/// what was appended to the buffer).
struct RecordHead {
    origin: Origin,
    problem: Option<RawProblem>,
}

impl RawRecords<'_> {
    /// Reads the next record, appending its bytes to `buf` (nothing is
    /// appended for a record with a problem). See [`Corpus::raw_records`].
    fn next_into(&mut self, buf: &mut Vec<u8>) -> Option<Result<RecordHead>> {
        let limit = self.corpus.config.max_record_bytes;
        loop {
            if let Some(cur) = self.current.as_mut() {
                let base = buf.len();
                match cur.lines.append_line(buf, limit) {
                    Ok(Some(info)) => {
                        let origin = Origin {
                            file: cur.file,
                            line: info.line,
                            offset: info.offset,
                            len: info.len,
                        };
                        if info.blank {
                            buf.truncate(base);
                            continue;
                        }
                        if info.too_long {
                            return Some(Ok(RecordHead {
                                origin,
                                problem: Some(RawProblem::TooLong {
                                    len: info.len,
                                    limit: limit as u64,
                                }),
                            }));
                        }
                        return Some(Ok(RecordHead {
                            origin,
                            problem: None,
                        }));
                    }
                    Ok(None) => {
                        self.current = None;
                    }
                    Err(e) => {
                        let file = &self.corpus.files[cur.file as usize];
                        let origin = Origin {
                            file: cur.file,
                            line: cur.lines.line().saturating_add(1),
                            offset: cur.lines.pos(),
                            len: 0,
                        };
                        self.current = None;
                        if self.stats.failed.load(Ordering::Relaxed) {
                            return Some(Err(Error::io(&file.path, e)));
                        }
                        let what = match file.format {
                            Format::JsonlGz => "gzip",
                            Format::JsonlZst => "zstd",
                            _ => "input",
                        };
                        return Some(Ok(RecordHead {
                            origin,
                            problem: Some(RawProblem::Corrupt(format!(
                                "corrupt or truncated {what} stream ({e}); rest of the file not read"
                            ))),
                        }));
                    }
                }
                continue;
            }
            let index = self.next_file;
            let file = self.corpus.files.get(index)?;
            self.next_file += 1;
            self.stats.failed.store(false, Ordering::Relaxed);
            if file.format == Format::Text {
                return Some(self.read_article(index).map(|r| {
                    if buf.is_empty() {
                        *buf = r.bytes;
                    } else {
                        buf.extend_from_slice(&r.bytes);
                    }
                    RecordHead {
                        origin: r.origin,
                        problem: r.problem,
                    }
                }));
            }
            let opened = self
                .corpus
                .open_raw(index, &self.stats)
                .and_then(|raw| stream::decoded(raw, file.format.codec()));
            match opened {
                Ok(reader) => {
                    self.current = Some(Current {
                        file: file_index(index),
                        lines: LineReader::new(reader),
                    });
                }
                Err(e) => return Some(Err(Error::io(&file.path, e))),
            }
        }
    }
}

impl Iterator for RawRecords<'_> {
    type Item = Result<RawRecord>;

    fn next(&mut self) -> Option<Result<RawRecord>> {
        // One reused buffer, and each record's bytes copied out at their
        // exact size.
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let head = self.next_into(&mut buf);
        let bytes = buf.as_slice().to_vec();
        self.buf = buf;
        Some(head?.map(|h| RawRecord {
            bytes,
            origin: h.origin,
            problem: h.problem,
        }))
    }
}

/// Consecutive records read in one piece: their bytes back to back in one
/// buffer, and where each one came from. See [`Corpus::raw_chunks`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawChunk {
    /// The records' bytes, back to back (terminators removed).
    pub bytes: Vec<u8>,
    /// The records, in input order.
    pub records: Vec<ChunkRecord>,
}

/// One record of a [`RawChunk`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkRecord {
    /// Its bytes: `start..end` in [`RawChunk::bytes`] (empty when `problem`
    /// is set).
    pub start: usize,
    /// End of its bytes in [`RawChunk::bytes`].
    pub end: usize,
    /// Where it came from.
    pub origin: Origin,
    /// Why the reader could not deliver its bytes, if it could not.
    pub problem: Option<RawProblem>,
}

impl RawChunk {
    /// The bytes of one of this chunk's records.
    pub fn record_bytes(&self, record: &ChunkRecord) -> &[u8] {
        self.bytes.get(record.start..record.end).unwrap_or(&[])
    }
}

/// Iterator over the chunks of a [`Corpus`]; see [`Corpus::raw_chunks`].
pub struct RawChunks<'a> {
    records: RawRecords<'a>,
    target_bytes: usize,
    max_records: usize,
    /// An error to yield after the chunk read before it.
    pending: Option<Error>,
    done: bool,
}

impl<'a> RawChunks<'a> {
    /// Chunks of about `target_bytes` (at most `max_records` records) of
    /// `records`.
    pub(super) fn new(records: RawRecords<'a>, target_bytes: usize, max_records: usize) -> Self {
        RawChunks {
            records,
            target_bytes: target_bytes.max(1),
            max_records: max_records.max(1),
            pending: None,
            done: false,
        }
    }
}

impl Iterator for RawChunks<'_> {
    type Item = Result<RawChunk>;

    fn next(&mut self) -> Option<Result<RawChunk>> {
        if let Some(e) = self.pending.take() {
            return Some(Err(e));
        }
        if self.done {
            return None;
        }
        let mut chunk = RawChunk {
            // Room for the last record to overshoot the target a little
            // (a huge target is a record count limit: grow as needed).
            bytes: Vec::with_capacity(self.target_bytes.min(64 << 20).saturating_mul(9) / 8),
            records: Vec::new(),
        };
        while chunk.bytes.len() < self.target_bytes && chunk.records.len() < self.max_records {
            let start = chunk.bytes.len();
            match self.records.next_into(&mut chunk.bytes) {
                Some(Ok(head)) => chunk.records.push(ChunkRecord {
                    start,
                    end: chunk.bytes.len(),
                    origin: head.origin,
                    problem: head.problem,
                }),
                Some(Err(e)) => {
                    if chunk.records.is_empty() {
                        return Some(Err(e));
                    }
                    self.pending = Some(e);
                    break;
                }
                None => {
                    self.done = true;
                    break;
                }
            }
        }
        if chunk.records.is_empty() {
            return None;
        }
        Some(Ok(chunk))
    }
}
