//! Bounded line splitting.
//!
//! Consumes a `BufRead` of decoded bytes and produces lines one at a time in
//! a caller-owned, reused buffer, with their 1-based line number, byte
//! offset and length. Guarantees:
//!
//! - The buffer never holds more than `limit + 2` bytes: the rest of an
//!   over-long line is read and discarded in small chunks, and only its
//!   length is reported. A 10 GB line costs time, not memory.
//! - A line's bytes exclude its terminator (`\n`, or `\r\n`); a UTF-8 byte
//!   order mark at the very start of the stream is not part of line 1.
//! - Offsets are positions in the decoded stream, so `offset..offset + len`
//!   are exactly the record's bytes when the stream is read again.

use std::io::{self, BufRead, Read};

/// The UTF-8 byte order mark.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Size of the chunks in which an over-long line is discarded.
const DISCARD_CHUNK: u64 = 64 * 1024;

/// One line as located by [`LineReader::next_line`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineInfo {
    /// 1-based line number.
    pub(crate) line: u64,
    /// Offset of the line's first byte in the decoded stream.
    pub(crate) offset: u64,
    /// Length in bytes without the terminator.
    pub(crate) len: u64,
    /// Whether the line is longer than the limit (its bytes were then
    /// discarded and the buffer is empty).
    pub(crate) too_long: bool,
    /// Whether the line holds only ASCII whitespace (checked for over-long
    /// lines too, as they stream by).
    pub(crate) blank: bool,
}

/// Splits a stream into lines, bounded by a byte limit.
pub(crate) struct LineReader<R> {
    inner: R,
    /// Lines read so far.
    line: u64,
    /// Bytes consumed so far.
    pos: u64,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R) -> Self {
        LineReader {
            inner,
            line: 0,
            pos: 0,
        }
    }

    /// Number of the line the reader is on (the last one returned, or 0).
    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// Decoded bytes consumed so far.
    pub(crate) fn pos(&self) -> u64 {
        self.pos
    }

    /// Reads the next line into `buf` (cleared first). Returns `None` at end
    /// of input. When the line is longer than `limit` bytes, `buf` is left
    /// empty and `too_long` is set.
    ///
    /// # Errors
    ///
    /// The error of the underlying reader. The reader's position is then
    /// unspecified; stop reading this stream.
    #[cfg(test)]
    pub(crate) fn next_line(
        &mut self,
        buf: &mut Vec<u8>,
        limit: usize,
    ) -> io::Result<Option<LineInfo>> {
        buf.clear();
        self.append_line(buf, limit)
    }

    /// Reads the next line and appends its bytes to `buf` (what `buf` held
    /// stays). Returns `None` at end of input. When the line is longer than
    /// `limit` bytes, nothing is appended and `too_long` is set; a blank
    /// line's bytes (only ASCII whitespace) are appended like any other.
    ///
    /// # Errors
    ///
    /// The error of the underlying reader. `buf` is then cut back to its
    /// length before the call, and the reader's position is unspecified;
    /// stop reading this stream.
    pub(crate) fn append_line(
        &mut self,
        buf: &mut Vec<u8>,
        limit: usize,
    ) -> io::Result<Option<LineInfo>> {
        let base = buf.len();
        let result = self.append_line_at(buf, base, limit);
        if result.is_err() {
            buf.truncate(base);
        }
        result
    }

    fn append_line_at(
        &mut self,
        buf: &mut Vec<u8>,
        base: usize,
        limit: usize,
    ) -> io::Result<Option<LineInfo>> {
        let first = self.pos == 0;
        // `limit` content bytes + "\r\n" fit; a line that fills the window
        // without a '\n' is longer than the limit.
        let bom_room = if first { BOM.len() as u64 } else { 0 };
        let window = (limit as u64).saturating_add(2 + bom_room);
        let n = (&mut self.inner).take(window).read_until(b'\n', buf)?;
        if n == 0 {
            return Ok(None);
        }
        let start = self.pos;
        self.pos += n as u64;
        self.line += 1;
        let mut offset = start;
        let terminated = buf.last() == Some(&b'\n');
        if !terminated && n as u64 == window {
            // Over-long: discard the rest of the line in bounded chunks.
            let mut total = n as u64;
            let mut blank = buf[base..].iter().all(u8::is_ascii_whitespace);
            let mut last = buf.last().copied().unwrap_or(0);
            let mut before_last = if n >= 2 { buf[buf.len() - 2] } else { 0 };
            loop {
                buf.truncate(base);
                let m = (&mut self.inner)
                    .take(DISCARD_CHUNK)
                    .read_until(b'\n', buf)?;
                if m == 0 {
                    break;
                }
                total += m as u64;
                self.pos += m as u64;
                let piece = &buf[base..];
                blank = blank && piece.iter().all(u8::is_ascii_whitespace);
                if m >= 2 {
                    before_last = piece[m - 2];
                } else {
                    before_last = last;
                }
                last = piece[m - 1];
                if last == b'\n' {
                    break;
                }
            }
            buf.truncate(base);
            let mut len = total;
            if last == b'\n' {
                len -= 1;
                if before_last == b'\r' {
                    len -= 1;
                }
            } else if last == b'\r' {
                len -= 1;
            }
            return Ok(Some(LineInfo {
                line: self.line,
                offset,
                len,
                too_long: true,
                blank,
            }));
        }
        if terminated {
            buf.pop();
        }
        if buf.len() > base && buf.last() == Some(&b'\r') {
            buf.pop();
        }
        if first && buf[base..].starts_with(BOM) {
            buf.drain(base..base + BOM.len());
            offset += BOM.len() as u64;
        }
        let len = (buf.len() - base) as u64;
        let too_long = len > limit as u64;
        let blank = buf[base..].iter().all(u8::is_ascii_whitespace);
        if too_long {
            buf.truncate(base);
        }
        Ok(Some(LineInfo {
            line: self.line,
            offset,
            len,
            too_long,
            blank,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn lines(data: &[u8], limit: usize) -> Vec<(LineInfo, Vec<u8>)> {
        let mut r = LineReader::new(Cursor::new(data));
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(info) = r.next_line(&mut buf, limit).unwrap() {
            out.push((info, buf.clone()));
        }
        out
    }

    fn info(line: u64, offset: u64, len: u64, too_long: bool) -> LineInfo {
        LineInfo {
            line,
            offset,
            len,
            too_long,
            blank: false,
        }
    }

    #[test]
    fn splits_lf_crlf_and_unterminated() {
        let got = lines(b"ab\r\n\ncd\nef", 100);
        assert_eq!(
            got,
            vec![
                (info(1, 0, 2, false), b"ab".to_vec()),
                (
                    LineInfo {
                        blank: true,
                        ..info(2, 4, 0, false)
                    },
                    b"".to_vec()
                ),
                (info(3, 5, 2, false), b"cd".to_vec()),
                (info(4, 8, 2, false), b"ef".to_vec()),
            ]
        );
        // A lone '\r' inside a line stays; a final "\r" is a terminator.
        let got = lines(b"a\rb\nc\r", 100);
        assert_eq!(got[0].1, b"a\rb");
        assert_eq!(got[1], (info(2, 4, 1, false), b"c".to_vec()));
    }

    #[test]
    fn append_keeps_what_the_buffer_held() {
        let mut r = LineReader::new(Cursor::new(&b"\xEF\xBB\xBFab\r\n\ntoo long line\ncd"[..]));
        let mut buf = b"xy".to_vec();
        assert_eq!(
            r.append_line(&mut buf, 5).unwrap(),
            Some(info(1, 3, 2, false))
        );
        assert_eq!(buf, b"xyab");
        let blank = r.append_line(&mut buf, 5).unwrap().unwrap();
        assert!(blank.blank && blank.len == 0);
        assert_eq!(buf, b"xyab");
        assert!(r.append_line(&mut buf, 5).unwrap().unwrap().too_long);
        assert_eq!(buf, b"xyab");
        assert_eq!(
            r.append_line(&mut buf, 5).unwrap(),
            Some(info(4, 22, 2, false))
        );
        assert_eq!(buf, b"xyabcd");
        assert_eq!(r.append_line(&mut buf, 5).unwrap(), None);
    }

    #[test]
    fn strips_bom_only_at_stream_start() {
        let got = lines(b"\xEF\xBB\xBF{}\n\xEF\xBB\xBF{}\n", 100);
        assert_eq!(got[0], (info(1, 3, 2, false), b"{}".to_vec()));
        assert_eq!(got[1].0, info(2, 6, 5, false));
    }

    #[test]
    fn limit_is_on_content_without_terminator() {
        // Exactly at the limit, with either terminator: fine.
        let got = lines(b"abcd\r\nabcd\nabcd", 4);
        assert!(got.iter().all(|(i, b)| !i.too_long && b == b"abcd"));
        // One over: too long, and the next line is intact.
        for data in [&b"abcde\nxy\n"[..], b"abcde\r\nxy\n"] {
            let got = lines(data, 4);
            assert_eq!(got[0].0.len, 5);
            assert!(got[0].0.too_long && got[0].1.is_empty());
            assert_eq!(got[1].1, b"xy");
            assert_eq!(got[1].0.line, 2);
        }
    }

    #[test]
    fn over_long_line_is_measured_not_buffered() {
        let mut data = vec![b'x'; 5 * 1024 * 1024];
        data.extend_from_slice(b"\r\n{\"id\":1}\n");
        let mut r = LineReader::new(Cursor::new(&data[..]));
        let mut buf = Vec::new();
        let i = r.next_line(&mut buf, 1024 * 1024).unwrap().unwrap();
        assert_eq!(i, info(1, 0, 5 * 1024 * 1024, true));
        assert!(buf.capacity() <= 2 * 1024 * 1024, "{}", buf.capacity());
        let j = r.next_line(&mut buf, 1024 * 1024).unwrap().unwrap();
        assert_eq!(j, info(2, 5 * 1024 * 1024 + 2, 8, false));
        assert_eq!(buf, b"{\"id\":1}");
        assert!(r.next_line(&mut buf, 1024 * 1024).unwrap().is_none());
        // Unterminated over-long final line.
        let got = lines(&[b'y'; 100], 10);
        assert_eq!(got, vec![(info(1, 0, 100, true), Vec::new())]);
        // A long blank line is known to be blank.
        let mut spaces = vec![b' '; 200_000];
        spaces.extend_from_slice(b"\t\r\n");
        let got = lines(&spaces, 10);
        assert!(got[0].0.too_long && got[0].0.blank);
        spaces[150_000] = b'x';
        assert!(!lines(&spaces, 10)[0].0.blank);
    }
}
