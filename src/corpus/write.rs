//! Writing records back out (`dedup -o`).
//!
//! Consumes a [`Corpus`] and the ids and [`Origin`]s of the records to keep;
//! produces their original bytes. Guarantees: a JSONL record is copied byte
//! for byte from the (decompressed) input, then `\n`; a one-article file
//! becomes a `{"id","text"}` line. Memory is bounded by the buffers and the
//! largest one-article file, whatever the corpus size. A record that is no
//! longer where it was read (the input changed) is an error, never garbage.

use std::io::{self, BufRead, BufReader, Read, Seek, Write};
use std::sync::Arc;

use serde::Serialize;

use super::input::Format;
use super::stream::{self, Counted, RawSource, ReadStats};
use super::Corpus;
use crate::document::{DocId, Origin};
use crate::error::{Error, Result};

/// The name given to the output in errors.
const OUTPUT: &str = "<output>";

/// An input open for copying, with the decoded position of its reader.
struct OpenInput<'a> {
    index: usize,
    pos: u64,
    reader: Reader<'a>,
}

enum Reader<'a> {
    /// Uncompressed bytes that can seek.
    Seekable(BufReader<Counted<RawSource<'a>>>),
    /// A decoder: moving forward means reading.
    Stream(Box<dyn BufRead + Send + 'a>),
}

impl Reader<'_> {
    fn buf_read(&mut self) -> &mut dyn BufRead {
        match self {
            Reader::Seekable(r) => r,
            Reader::Stream(r) => r,
        }
    }
}

fn changed(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("input changed since it was read ({what})"),
    )
}

impl<'a> OpenInput<'a> {
    fn open(corpus: &'a Corpus, index: usize, stats: &Arc<ReadStats>) -> io::Result<Self> {
        let raw = corpus.open_raw(index, stats)?;
        let format = corpus.files[index].format;
        let reader = match format {
            Format::Jsonl | Format::Text => {
                Reader::Seekable(BufReader::with_capacity(stream::LINE_BUF, raw))
            }
            Format::JsonlGz | Format::JsonlZst => {
                Reader::Stream(stream::decoded(raw, format.codec())?)
            }
        };
        Ok(OpenInput {
            index,
            pos: 0,
            reader,
        })
    }

    /// Moves forward to decoded offset `to` (>= `self.pos`).
    fn skip_to(&mut self, to: u64) -> io::Result<()> {
        let delta = to.saturating_sub(self.pos);
        match &mut self.reader {
            Reader::Seekable(r) => match i64::try_from(delta) {
                Ok(d) => r.seek_relative(d)?,
                Err(_) => {
                    r.seek(io::SeekFrom::Start(to))?;
                }
            },
            Reader::Stream(r) => {
                let skipped = io::copy(&mut r.take(delta), &mut io::sink())?;
                if skipped < delta {
                    return Err(changed("it ends earlier"));
                }
            }
        }
        self.pos = to;
        Ok(())
    }
}

/// Copies exactly `len` bytes from `r` to `out`, telling input errors
/// (`Err(Ok(e))`) from output errors (`Err(Err(e))`).
fn copy_exact(
    r: &mut dyn BufRead,
    len: u64,
    out: &mut impl Write,
) -> std::result::Result<(), std::result::Result<io::Error, io::Error>> {
    let mut left = len;
    while left > 0 {
        let chunk = r.fill_buf().map_err(Ok)?;
        if chunk.is_empty() {
            return Err(Ok(changed("it ends earlier")));
        }
        let n = chunk.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        out.write_all(&chunk[..n]).map_err(Err)?;
        r.consume(n);
        left -= n as u64;
    }
    Ok(())
}

#[derive(Serialize)]
struct ArticleLine<'a> {
    id: &'a DocId,
    text: &'a str,
}

pub(super) fn write_records(
    corpus: &Corpus,
    records: &[(&DocId, Origin)],
    out: &mut dyn Write,
) -> Result<()> {
    let out_err = |e| Error::io(OUTPUT, e);
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    let stats = Arc::new(ReadStats::default());
    let mut current: Option<OpenInput<'_>> = None;
    for &(id, origin) in records {
        let index = usize::try_from(origin.file).unwrap_or(usize::MAX);
        let Some(file) = corpus.files.get(index) else {
            return Err(Error::Config(format!(
                "record \"{id}\" refers to input file #{} of {}",
                origin.file,
                corpus.files.len()
            )));
        };
        let in_err = |e| Error::io(&file.path, e);
        let reusable = matches!(&current, Some(c) if c.index == index && c.pos <= origin.offset);
        if !reusable {
            current = None;
        }
        let input = match current.as_mut() {
            Some(c) => c,
            None => current.insert(OpenInput::open(corpus, index, &stats).map_err(in_err)?),
        };
        input.skip_to(origin.offset).map_err(in_err)?;
        if file.format == Format::Text {
            let mut bytes = Vec::new();
            let r = input.reader.buf_read();
            r.take(origin.len.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(in_err)?;
            if bytes.len() as u64 != origin.len {
                return Err(in_err(changed("its length differs")));
            }
            let text = std::str::from_utf8(&bytes).map_err(|_| in_err(changed("not UTF-8")))?;
            let mut line = serde_json::to_vec(&ArticleLine { id, text })
                .map_err(|e| in_err(io::Error::from(e)))?;
            line.push(b'\n');
            out.write_all(&line).map_err(out_err)?;
            // The reader is at the end of the file: never reused for an
            // earlier offset, reopened if needed.
            input.pos = origin.offset.saturating_add(bytes.len() as u64);
            continue;
        }
        let r = input.reader.buf_read();
        copy_exact(r, origin.len, &mut out).map_err(|e| match e {
            Ok(e) => in_err(e),
            Err(e) => out_err(e),
        })?;
        // The record must end where it ended when read.
        let next = r.fill_buf().map_err(in_err)?;
        if !matches!(next.first(), None | Some(b'\n') | Some(b'\r')) {
            return Err(in_err(changed("a record no longer ends where it did")));
        }
        input.pos = origin.offset.saturating_add(origin.len);
        out.write_all(b"\n").map_err(out_err)?;
    }
    out.flush().map_err(out_err)?;
    Ok(())
}
