//! Word tokens of normalised text, and the blocks (lines, sentences) they
//! belong to.
//!
//! A token is a maximal run of alphanumeric characters or `_` (the `\w` of
//! Unicode regular expressions). Tokens are written into one caller-owned
//! buffer, separated by the unit separator `\u{1f}`, so that a k-shingle is
//! one contiguous slice of that buffer and two shingles are equal exactly
//! when their token sequences are equal (`ab|c` is not `a|bc`).
//!
//! A block boundary falls at a line break and after a sentence end (`.`,
//! `!` or `?` followed by white space). Blocks are the unit of boilerplate
//! detection.

/// Separator written between tokens in [`Tokens::joined`].
pub const SEP: char = '\u{1f}';

/// The tokens of one document, in a reusable buffer.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    /// All tokens, each followed by [`SEP`].
    pub joined: String,
    /// Byte range of each token in `joined` (without its separator).
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

    /// The text of token `i`.
    pub fn token(&self, i: usize) -> &str {
        let (s, e) = self.bounds[i];
        &self.joined[s as usize..e as usize]
    }

    /// The joined text of tokens `first..last` (exclusive), separators
    /// included between them; empty when the range is empty.
    pub fn slice(&self, first: usize, last: usize) -> &str {
        if first >= last {
            return "";
        }
        let s = self.bounds[first].0 as usize;
        let e = self.bounds[last - 1].1 as usize;
        &self.joined[s..e]
    }

    fn clear(&mut self) {
        self.joined.clear();
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

/// Splits already-normalised text into tokens and blocks, into `out`
/// (cleared first).
///
/// Token offsets are `u32`: text longer than 4 GiB is cut at that length
/// (the corpus reader refuses records that large long before).
pub fn tokenize_into(normalized: &str, out: &mut Tokens) {
    out.clear();
    let text = if normalized.len() > u32::MAX as usize / 2 {
        let mut cut = u32::MAX as usize / 2;
        while !normalized.is_char_boundary(cut) {
            cut -= 1;
        }
        &normalized[..cut]
    } else {
        normalized
    };
    out.joined.reserve(text.len() + text.len() / 4);
    if text.is_ascii() {
        tokenize_ascii(text.as_bytes(), out);
        return;
    }
    let mut in_token = false;
    let mut token_start = 0u32;
    // A boundary seen since the last token: the next token opens a block.
    let mut pending_break = true;
    let mut sentence_end = false;
    for c in text.chars() {
        if is_word_char(c) {
            if !in_token {
                if pending_break {
                    out.block_starts.push(out.bounds.len() as u32);
                    pending_break = false;
                }
                token_start = out.joined.len() as u32;
                in_token = true;
            }
            out.joined.push(c);
            sentence_end = false;
            continue;
        }
        if in_token {
            out.bounds.push((token_start, out.joined.len() as u32));
            out.joined.push(SEP);
            in_token = false;
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
    if in_token {
        out.bounds.push((token_start, out.joined.len() as u32));
        out.joined.push(SEP);
    }
}

/// Byte classes for the ASCII fast path.
const WORD: u8 = 1;
const LINE: u8 = 2;
const STOP: u8 = 3;
const SPACE: u8 = 4;

const fn ascii_classes() -> [u8; 128] {
    let mut t = [0u8; 128];
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

static CLASS: [u8; 128] = ascii_classes();

/// [`tokenize_into`] for ASCII text: the same tokens and blocks, a word run
/// at a time.
fn tokenize_ascii(text: &[u8], out: &mut Tokens) {
    let mut pending_break = true;
    let mut sentence_end = false;
    let mut i = 0;
    let n = text.len();
    while i < n {
        let class = CLASS[(text[i] & 0x7f) as usize];
        if class == WORD {
            let start = i;
            while i < n && CLASS[(text[i] & 0x7f) as usize] == WORD {
                i += 1;
            }
            if pending_break {
                out.block_starts.push(out.bounds.len() as u32);
                pending_break = false;
            }
            let s = out.joined.len() as u32;
            // The slice is ASCII, hence valid UTF-8 on its own.
            out.joined
                .push_str(std::str::from_utf8(&text[start..i]).unwrap_or(""));
            out.bounds.push((s, out.joined.len() as u32));
            out.joined.push(SEP);
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
            (0..t.len()).map(|i| t.token(i).to_string()).collect(),
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

    #[test]
    fn separator_keeps_token_boundaries() {
        let mut a = Tokens::default();
        let mut b = Tokens::default();
        tokenize_into("ab c", &mut a);
        tokenize_into("a bc", &mut b);
        assert_ne!(a.slice(0, 2), b.slice(0, 2));
    }

    proptest::proptest! {
        #[test]
        fn ascii_fast_path_matches_general_path(s in "[ -~\n]{0,80}") {
            let mut fast = Tokens::default();
            tokenize_into(&s, &mut fast);
            // The general path, forced by a non-ASCII character at the end
            // that is neither a word character nor a break.
            let mut slow = Tokens::default();
            tokenize_into(&format!("{s}\u{a0}"), &mut slow);
            proptest::prop_assert_eq!(fast.joined, slow.joined);
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
