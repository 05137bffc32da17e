//! Byte sources under the record reader.
//!
//! Consumes input files (regular files, pipes, standard input) and produces
//! `BufRead` streams of their *decompressed* bytes. Guarantees:
//!
//! - A non-seekable input (standard input, a FIFO such as `<(zcat x.gz)`) is
//!   copied into an anonymous temporary file (a [`Spool`]) as it is first
//!   read, so it can be read again from the start any number of times, in
//!   bounded memory.
//! - Every byte read from an input is counted ([`ReadStats`]) and an error
//!   of the underlying input is told apart from an error of the decompressor
//!   wrapped around it (a corrupt stream is data; a failing disk is not).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// Buffer size of the line splitter over a (decompressed) stream.
pub(crate) const LINE_BUF: usize = 256 * 1024;
/// Buffer size between a compressed file and its decoder.
const RAW_BUF: usize = 64 * 1024;

/// Magic bytes of a gzip member.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
/// Magic bytes of a zstd frame.
pub(crate) const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// A non-seekable input, copied to an anonymous temporary file while it is
/// first read.
///
/// Readers ([`SpoolReader`]) each keep their own position: bytes below the
/// spooled length come from the temporary file; reading past it pulls more
/// from the live input and appends it to the file. The live input is thus
/// read exactly once, whatever the number and order of readers.
pub(crate) struct Spool {
    state: Mutex<SpoolState>,
}

struct SpoolState {
    file: File,
    /// Bytes copied into `file` so far.
    len: u64,
    /// The live input, until it reported end of file.
    live: Option<Box<dyn Read + Send>>,
}

impl Spool {
    /// A spool in a new anonymous temporary file (deleted by the OS when
    /// closed) over `live`.
    pub(crate) fn new(live: Box<dyn Read + Send>) -> io::Result<Spool> {
        let file = tempfile::tempfile()?;
        Ok(Spool {
            state: Mutex::new(SpoolState {
                file,
                len: 0,
                live: Some(live),
            }),
        })
    }

    /// A reader positioned at the start of the input.
    pub(crate) fn reader(&self) -> SpoolReader<'_> {
        SpoolReader {
            spool: self,
            pos: 0,
        }
    }
}

impl SpoolState {
    /// Copies one chunk of the live input into the file; returns the number
    /// of bytes copied (0 at end of input). `scratch` receives the chunk.
    fn pull(&mut self, scratch: &mut [u8]) -> io::Result<usize> {
        let Some(live) = self.live.as_mut() else {
            return Ok(0);
        };
        let n = loop {
            match live.read(scratch) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        if n == 0 {
            self.live = None;
            return Ok(0);
        }
        self.file.seek(SeekFrom::Start(self.len))?;
        self.file.write_all(&scratch[..n])?;
        self.len += n as u64;
        Ok(n)
    }
}

/// A reader over a [`Spool`] with its own position.
pub(crate) struct SpoolReader<'a> {
    spool: &'a Spool,
    pos: u64,
}

impl Read for SpoolReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        // A poisoned lock only means another reader panicked mid-call; the
        // state (file + length) is still consistent, as `len` is updated
        // after the bytes are written.
        let mut st = self
            .spool
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if self.pos == st.len {
            // At the live edge: read straight into the caller's buffer.
            let n = st.pull(buf)?;
            self.pos += n as u64;
            return Ok(n);
        }
        let mut scratch = Vec::new();
        while self.pos > st.len && st.live.is_some() {
            if scratch.is_empty() {
                scratch = vec![0u8; RAW_BUF];
            }
            st.pull(&mut scratch)?;
        }
        if self.pos >= st.len {
            return Ok(0);
        }
        let avail = st.len - self.pos;
        let want = buf.len().min(usize::try_from(avail).unwrap_or(usize::MAX));
        let pos = self.pos;
        st.file.seek(SeekFrom::Start(pos))?;
        let n = st.file.read(&mut buf[..want])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SpoolReader<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(_) => {
                return Err(io::Error::new(
                    io::ErrorKind::Unsupported,
                    "cannot seek from the end of a stream",
                ))
            }
        };
        match target {
            Some(p) => {
                self.pos = p;
                Ok(p)
            }
            None => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek to a negative position",
            )),
        }
    }
}

/// Byte count and failure flag of the inputs under one reader.
#[derive(Debug, Default)]
pub(crate) struct ReadStats {
    /// Bytes read from the inputs (compressed bytes for compressed files).
    pub(crate) bytes: AtomicU64,
    /// Set when the input itself (not a decoder above it) failed.
    pub(crate) failed: AtomicBool,
}

/// Counts bytes read from `inner` and flags its errors in [`ReadStats`].
pub(crate) struct Counted<R> {
    inner: R,
    stats: Arc<ReadStats>,
}

impl<R> Counted<R> {
    pub(crate) fn new(inner: R, stats: Arc<ReadStats>) -> Self {
        Counted { inner, stats }
    }

    /// The wrapped reader.
    pub(crate) fn get_ref(&self) -> &R {
        &self.inner
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.stats.bytes.fetch_add(n as u64, Ordering::Relaxed);
                Ok(n)
            }
            Err(e) => {
                if e.kind() != io::ErrorKind::Interrupted {
                    self.stats.failed.store(true, Ordering::Relaxed);
                }
                Err(e)
            }
        }
    }
}

impl<R: Seek> Seek for Counted<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.inner.seek(to).inspect_err(|_| {
            self.stats.failed.store(true, Ordering::Relaxed);
        })
    }
}

/// The raw (possibly compressed) bytes of one input, seekable.
pub(crate) enum RawSource<'a> {
    /// A regular file.
    File(File),
    /// A spooled stream.
    Spool(SpoolReader<'a>),
}

impl Read for RawSource<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            RawSource::File(f) => f.read(buf),
            RawSource::Spool(s) => s.read(buf),
        }
    }
}

impl Seek for RawSource<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        match self {
            RawSource::File(f) => f.seek(to),
            RawSource::Spool(s) => s.seek(to),
        }
    }
}

/// How the bytes of an input are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    /// As is.
    Plain,
    /// gzip, possibly several concatenated members.
    Gzip,
    /// zstd, possibly several concatenated frames.
    Zstd,
}

/// A buffered reader of the decoded bytes of `raw`.
pub(crate) fn decoded<'a>(
    raw: Counted<RawSource<'a>>,
    codec: Codec,
) -> io::Result<Box<dyn BufRead + Send + 'a>> {
    Ok(match codec {
        Codec::Plain => Box::new(BufReader::with_capacity(LINE_BUF, raw)),
        Codec::Gzip => {
            let dec = flate2::bufread::MultiGzDecoder::new(BufReader::with_capacity(RAW_BUF, raw));
            Box::new(BufReader::with_capacity(LINE_BUF, dec))
        }
        Codec::Zstd => {
            let dec =
                zstd::stream::read::Decoder::with_buffer(BufReader::with_capacity(RAW_BUF, raw))?;
            Box::new(BufReader::with_capacity(LINE_BUF, dec))
        }
    })
}

/// The codec announced by the first bytes of a stream, if any.
pub(crate) fn sniff_codec(head: &[u8]) -> Codec {
    if head.starts_with(&GZIP_MAGIC) {
        Codec::Gzip
    } else if head.starts_with(&ZSTD_MAGIC) {
        Codec::Zstd
    } else {
        Codec::Plain
    }
}

/// Reads up to `max` bytes from the start of `r` (fewer only at end of
/// input).
pub(crate) fn read_head(r: &mut impl Read, max: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(max.min(64 * 1024));
    r.take(max as u64).read_to_end(&mut head)?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out its data a few bytes at a time.
    struct Trickle(Vec<u8>, usize);
    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(3).min(self.0.len() - self.1);
            buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
            self.1 += n;
            Ok(n)
        }
    }

    #[test]
    fn spool_reads_live_once_and_replays() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let spool = Spool::new(Box::new(Trickle(data.clone(), 0))).unwrap();
        // A partial first read, then a second reader from the start, then
        // the first reader goes on: every reader sees the whole stream.
        let mut a = spool.reader();
        let mut first = vec![0u8; 100];
        a.read_exact(&mut first).unwrap();
        assert_eq!(first, data[..100]);
        let mut b = spool.reader();
        let mut all_b = Vec::new();
        b.read_to_end(&mut all_b).unwrap();
        assert_eq!(all_b, data);
        let mut rest_a = Vec::new();
        a.read_to_end(&mut rest_a).unwrap();
        assert_eq!(rest_a, data[100..]);
        // Seek past the spooled part of a fresh spool pulls the gap.
        let spool = Spool::new(Box::new(Trickle(data.clone(), 0))).unwrap();
        let mut c = spool.reader();
        c.seek(SeekFrom::Start(5000)).unwrap();
        let mut tail = Vec::new();
        c.read_to_end(&mut tail).unwrap();
        assert_eq!(tail, data[5000..]);
        let mut d = spool.reader();
        let mut all_d = Vec::new();
        d.read_to_end(&mut all_d).unwrap();
        assert_eq!(all_d, data);
    }

    #[test]
    fn codec_sniffing() {
        assert_eq!(sniff_codec(&[0x1f, 0x8b, 8, 0]), Codec::Gzip);
        assert_eq!(sniff_codec(&ZSTD_MAGIC), Codec::Zstd);
        assert_eq!(sniff_codec(b"{\"a\":1}"), Codec::Plain);
        assert_eq!(sniff_codec(&[0x1f]), Codec::Plain);
        assert_eq!(sniff_codec(b""), Codec::Plain);
    }
}
