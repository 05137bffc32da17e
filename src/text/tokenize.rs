//! Word tokens of normalised text, and the blocks (lines, sentences) they
//! belong to.
//!
//! A token is a maximal run of alphanumeric characters or `_` (the `\w` of
//! Unicode regular expressions); [`Tokens`] holds their byte ranges in the
//! normalised text, which later stages hash without copying.
//!
//! A block boundary falls at a line break and after a sentence end (`.`,
//! `!` or `?` followed by white space). Blocks are the unit of boilerplate
//! detection.

/// The tokens of one document, in a reusable buffer.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    /// Byte range `[start, end)` of each token in the normalised text.
    pub bounds: Vec<(u32, u32)>,
    /// Index of the first token of each block, ascending; the first entry is
    /// 0 when there is at least one token.
    pub block_starts: Vec<u32>,
}

impl Tokens {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    /// Whether there is no token.
    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    /// The text of token `i` in `normalized` (the text the tokens were made
    /// from).
    pub fn token<'a>(&self, normalized: &'a str, i: usize) -> &'a str {
        let (s, e) = self.bounds[i];
        &normalized[s as usize..e as usize]
    }

    fn clear(&mut self) {
        self.bounds.clear();
        self.block_starts.clear();
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric()
    }
}

/// Longest text tokenised; offsets are `u32`. Longer text is cut there (the
/// corpus reader refuses records that large long before).
const MAX_LEN: usize = u32::MAX as usize / 2;

/// Splits already-normalised text into tokens and blocks, into `out`
/// (cleared first).
pub fn tokenize_into(normalized: &str, out: &mut Tokens) {
    out.clear();
    let mut text = normalized;
    if text.len() > MAX_LEN {
        let mut cut = MAX_LEN;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text = &text[..cut];
    }
    if text.is_ascii() {
        tokenize_ascii(text.as_bytes(), out);
        return;
    }
    let mut token_start: Option<u32> = None;
    // A boundary seen since the last token: the next token opens a block.
    let mut pending_break = true;
    let mut sentence_end = false;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if token_start.is_none() {
                if pending_break {
                    out.block_starts.push(out.bounds.len() as u32);
                    pending_break = false;
                }
                token_start = Some(i as u32);
            }
            sentence_end = false;
            continue;
        }
        if let Some(s) = token_start.take() {
            out.bounds.push((s, i as u32));
        }
        match c {
            '\n' | '\r' | '\u{2029}' | '\u{2028}' => pending_break = true,
            '.' | '!' | '?' => sentence_end = true,
            c if c.is_whitespace() => {
                if sentence_end {
                    pending_break = true;
                }
                sentence_end = false;
            }
            _ => {}
        }
    }
    if let Some(s) = token_start {
        out.bounds.push((s, text.len() as u32));
    }
}

/// Byte classes for the ASCII fast path.
const WORD: u8 = 1;
const LINE: u8 = 2;
const STOP: u8 = 3;
const SPACE: u8 = 4;

const fn ascii_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            WORD
        } else if c == b'\n' || c == b'\r' {
            LINE
        } else if c == b'.' || c == b'!' || c == b'?' {
            STOP
        } else if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
}

static CLASS: [u8; 256] = ascii_classes();

/// Whether an ASCII byte is a word byte, as 0 or 1.
static IS_WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (CLASS[b] == WORD) as u8;
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bit `i` set when byte `i` of `bytes` (ASCII, at most 64) is a word byte.
#[inline]
fn word_mask(bytes: &[u8]) -> u64 {
    let mut mask = 0u64;
    let mut groups = bytes.chunks_exact(8);
    for (g, group) in groups.by_ref().enumerate() {
        let x = <[u8; 8]>::try_from(group).map_or(0, u64::from_le_bytes);
        mask |= u64::from(word_bits(x)) << (8 * g);
    }
    let done = bytes.len() / 8 * 8;
    for (k, &b) in groups.remainder().iter().enumerate() {
        mask |= u64::from(IS_WORD[b as usize]) << (done + k);
    }
    mask
}

/// The word bytes among eight ASCII bytes (bit `i` for byte `i`, little
/// endian), by comparing all eight at once: digits, letters of either case
/// (`| 0x20` folds upper onto lower case), and `_`. Exact for bytes below
/// 0x80: no sum carries from one byte into the next.
#[inline]
fn word_bits(x: u64) -> u8 {
    // High bit of each byte: byte ≥ lo, byte ≤ hi.
    let at_least = |x: u64, lo: u64| (x + (128 - lo) * ONES) & HIGH;
    let at_most = |x: u64, hi: u64| !(x + (127 - hi) * ONES) & HIGH;
    let digit = at_least(x, b'0' as u64) & at_most(x, b'9' as u64);
    let folded = x | (0x20 * ONES);
    let letter = at_least(folded, b'a' as u64) & at_most(folded, b'z' as u64);
    let z = x ^ (b'_' as u64 * ONES);
    let underscore = !(((z & !HIGH) + !HIGH) | z) & HIGH;
    let high = digit | letter | underscore;
    // Gather the eight high bits into one byte.
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// [`tokenize_into`] for ASCII text: the same tokens and blocks, 64 bytes
/// at a time. The word bytes of a stretch become a bit mask, token starts
/// and ends are its rising and falling edges, found with `trailing_zeros`
/// (no branch per byte, whose outcome at each word's end the processor
/// cannot predict); only the few bytes between tokens go through the
/// line and sentence rules.
fn tokenize_ascii(text: &[u8], out: &mut Tokens) {
    let n = text.len();
    let mut pending_break = true;
    // Start of the token being read, and of the gap after the last token.
    let mut token_start = 0usize;
    let mut gap_start = 0usize;
    // Whether the byte before the current stretch is a word byte.
    let mut carry = 0u64;
    let mut base = 0usize;
    // The line and sentence rules over the bytes between two tokens (the
    // gap's state starts fresh: a token ends any sentence end). A line
    // break, or a sentence end followed by white space, opens a block.
    let gap = |from: usize, to: usize, pending: &mut bool| {
        let bytes = &text[from..to];
        if bytes == b" " {
            return;
        }
        let mut sentence_end = false;
        for &b in bytes {
            match CLASS[b as usize] {
                LINE => *pending = true,
                STOP => sentence_end = true,
                SPACE => {
                    if sentence_end {
                        *pending = true;
                    }
                    sentence_end = false;
                }
                _ => {}
            }
        }
    };
    while base < n {
        let len = (n - base).min(64);
        let word = word_mask(&text[base..base + len]);
        let before = (word << 1) | carry;
        let valid = if len == 64 {
            u64::MAX
        } else {
            (1u64 << len) - 1
        };
        // Starts and ends alternate; an end closes the token opened by the
        // start before it (or in an earlier stretch, when `carry` is set).
        let mut starts = word & !before;
        let mut ends = !word & before & valid;
        if carry == 1 && ends != 0 {
            let at = base + ends.trailing_zeros() as usize;
            ends &= ends - 1;
            out.bounds.push((token_start as u32, at as u32));
            gap_start = at;
        }
        while starts != 0 {
            let at = base + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            gap(gap_start, at, &mut pending_break);
            if pending_break {
                out.block_starts.push(out.bounds.len() as u32);
                pending_break = false;
            }
            token_start = at;
            if ends != 0 {
                let end = base + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                out.bounds.push((token_start as u32, end as u32));
                gap_start = end;
            }
        }
        carry = (word >> (len - 1)) & 1;
        base += len;
    }
    if carry == 1 {
        out.bounds.push((token_start as u32, n as u32));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> (Vec<String>, Vec<u32>) {
        let mut t = Tokens::default();
        tokenize_into(s, &mut t);
        (
            (0..t.len()).map(|i| t.token(s, i).to_string()).collect(),
            t.block_starts.clone(),
        )
    }

    #[test]
    fn words_and_blocks() {
        let (w, b) = toks("the u.s. said: 3.5 bn! next line\nnew_block київ");
        assert_eq!(
            w,
            [
                "the",
                "u",
                "s",
                "said",
                "3",
                "5",
                "bn",
                "next",
                "line",
                "new_block",
                "київ"
            ]
        );
        // "u.s. said" breaks (sentence end then space), "3.5" does not,
        // "bn! next" breaks, the newline breaks.
        assert_eq!(b, [0, 3, 7, 9]);
    }

    proptest::proptest! {
        #[test]
        fn ascii_fast_path_matches_general_path(s in "[ -~\n]{0,300}") {
            let mut fast = Tokens::default();
            tokenize_into(&s, &mut fast);
            // The general path, forced by a trailing non-ASCII character
            // that is neither a word character nor a break.
            let mut slow = Tokens::default();
            tokenize_into(&format!("{s}\u{a0}"), &mut slow);
            proptest::prop_assert_eq!(fast.bounds, slow.bounds);
            proptest::prop_assert_eq!(fast.block_starts, slow.block_starts);
        }

        #[test]
        fn ascii_fast_path_matches_general_path_on_prose(s in "([A-Za-z0-9_]{1,12}[ .,!?\"\n]{1,3}){0,80}") {
            let mut fast = Tokens::default();
            tokenize_into(&s, &mut fast);
            // The general path, forced by a trailing non-ASCII character
            // that is neither a word character nor a break.
            let mut slow = Tokens::default();
            tokenize_into(&format!("{s}\u{a0}"), &mut slow);
            proptest::prop_assert_eq!(fast.bounds, slow.bounds);
            proptest::prop_assert_eq!(fast.block_starts, slow.block_starts);
        }
    }

    #[test]
    fn eight_bytes_at_once_match_the_table() {
        // Every ASCII byte in every position, with neighbours of every class.
        let probes: Vec<u8> = (0u8..128).collect();
        for &b in &probes {
            for pos in 0..8 {
                for &fill in b"a_ 9.Z\n~" {
                    let mut bytes = [fill; 8];
                    bytes[pos] = b;
                    let want = bytes
                        .iter()
                        .enumerate()
                        .fold(0u8, |m, (i, &c)| m | (IS_WORD[c as usize] << i));
                    assert_eq!(word_bits(u64::from_le_bytes(bytes)), want, "{bytes:?}");
                }
            }
        }
        let text = b"Hello, world_42! 9lives\nx";
        let want = text
            .iter()
            .enumerate()
            .fold(0u64, |m, (i, &c)| m | (u64::from(IS_WORD[c as usize]) << i));
        assert_eq!(word_mask(text), want);
    }

    #[test]
    fn empty_and_punctuation_only() {
        assert_eq!(toks(""), (vec![], vec![]));
        assert_eq!(toks(" ,.;!? \n"), (vec![], vec![]));
    }
}
