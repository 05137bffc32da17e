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

/// [`tokenize_into`] for ASCII text: the same tokens and blocks, a word run
/// at a time.
fn tokenize_ascii(text: &[u8], out: &mut Tokens) {
    let mut pending_break = true;
    let mut sentence_end = false;
    let mut i = 0;
    let n = text.len();
    while i < n {
        let class = CLASS[text[i] as usize];
        if class == WORD {
            let start = i;
            i += 1;
            while i < n && CLASS[text[i] as usize] == WORD {
                i += 1;
            }
            if pending_break {
                out.block_starts.push(out.bounds.len() as u32);
                pending_break = false;
            }
            out.bounds.push((start as u32, i as u32));
            sentence_end = false;
            continue;
        }
        match class {
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
        i += 1;
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
        fn ascii_fast_path_matches_general_path(s in "[ -~\n]{0,80}") {
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
