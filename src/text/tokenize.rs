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

/// [`tokenize_into`] for ASCII text: the same tokens and blocks, 64 bytes
/// at a time. The word bytes of a stretch become a bit mask, token starts
/// and ends are its rising and falling edges, found with `trailing_zeros`
/// (no branch per byte, whose outcome at each word's end the processor
/// cannot predict); only the few bytes between tokens go through the
/// line and sentence rules.
fn tokenize_ascii(text: &[u8], out: &mut Tokens) {
    let n = text.len();
    let mut pending_break = true;
    let mut sentence_end = false;
    // Start of the token being read, or of the gap after the last token.
    let mut token_start = 0usize;
    let mut gap_start = 0usize;
    // Whether the byte before the current stretch is a word byte.
    let mut carry = 0u64;
    let mut base = 0usize;
    while base < n {
        let len = (n - base).min(64);
        let mut word = 0u64;
        for (k, &b) in text[base..base + len].iter().enumerate() {
            word |= u64::from(IS_WORD[b as usize]) << k;
        }
        let before = (word << 1) | carry;
        let starts = word & !before;
        let valid = if len == 64 {
            u64::MAX
        } else {
            (1u64 << len) - 1
        };
        let ends = !word & before & valid;
        let mut edges = starts | ends;
        while edges != 0 {
            let k = edges.trailing_zeros() as usize;
            edges &= edges - 1;
            let at = base + k;
            if starts >> k & 1 == 1 {
                // The line and sentence rules over the gap's bytes.
                for &b in &text[gap_start..at] {
                    match CLASS[b as usize] {
                        LINE => pending_break = true,
                        STOP => sentence_end = true,
                        SPACE => {
                            if sentence_end {
                                pending_break = true;
                            }
                            sentence_end = false;
                        }
                        _ => {}
                    }
                }
                if pending_break {
                    out.block_starts.push(out.bounds.len() as u32);
                    pending_break = false;
                }
                sentence_end = false;
                token_start = at;
            } else {
                out.bounds.push((token_start as u32, at as u32));
                gap_start = at;
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
    }

    #[test]
    fn empty_and_punctuation_only() {
        assert_eq!(toks(""), (vec![], vec![]));
        assert_eq!(toks(" ,.;!? \n"), (vec![], vec![]));
    }
}
