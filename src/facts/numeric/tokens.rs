//! Tokenizer for the numeric extractor.
//!
//! Consumes the original text; produces [`Tok`]s with byte spans into it:
//! words (runs of letters, with inner apostrophes), numbers (runs of digits
//! with inner `,`/`.` separators, or a leading `.` before digits) and single
//! symbols (any other non-space character). Every span lies on character
//! boundaries; tokenizing is one linear pass.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters ("million", "km", "US").
    Word,
    /// A run of digits with inner separators ("1,234.5", ".75").
    Num,
    /// Any other single character ("$", "%", "-", "°").
    Sym,
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub kind: TokKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Whether whitespace separates this token from the previous one (true
    /// for the first token).
    pub ws_before: bool,
    /// Lower-cased text for words; the text itself otherwise.
    pub low: String,
    /// The text as written.
    pub raw: String,
    /// For a symbol, its character.
    pub ch: char,
}

impl Tok {
    /// Whether this is a word equal (lower-cased) to `w`.
    pub fn is(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.low == w
    }
    /// Whether this is the symbol `c`.
    pub fn sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym && self.ch == c
    }
    /// Whether this is a dash-like symbol (hyphen, en or em dash, minus).
    pub fn is_dash(&self) -> bool {
        self.kind == TokKind::Sym && matches!(self.ch, '-' | '–' | '—' | '‑' | '−')
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    let mut ws = true;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            ws = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            i += 1;
            while i < n {
                let d = chars[i].1;
                if is_word_char(d) {
                    i += 1;
                } else if matches!(d, '\'' | '’') && i + 1 < n && is_word_char(chars[i + 1].1) {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokKind::Word;
        } else if c.is_ascii_digit()
            || (c == '.'
                && i + 1 < n
                && chars[i + 1].1.is_ascii_digit()
                && (i == 0 || !chars[i - 1].1.is_alphanumeric()))
        {
            i += 1;
            while i < n {
                let d = chars[i].1;
                if d.is_ascii_digit() {
                    i += 1;
                } else if matches!(d, ',' | '.') && i + 1 < n && chars[i + 1].1.is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokKind::Num;
        } else {
            i += 1;
            kind = TokKind::Sym;
        }
        let (s, e) = (byte_at(start), byte_at(i));
        let raw = &text[s..e];
        out.push(Tok {
            kind,
            start: s,
            end: e,
            ws_before: ws,
            low: if kind == TokKind::Word {
                raw.to_lowercase()
            } else {
                raw.to_string()
            },
            raw: raw.to_string(),
            ch: c,
        });
        ws = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_symbols() {
        let t = tokenize("US$3.5bn, 1,234.56 km² .75 cups Sam's");
        let raws: Vec<&str> = t.iter().map(|t| t.raw.as_str()).collect();
        assert_eq!(
            raws,
            ["US", "$", "3.5", "bn", ",", "1,234.56", "km", "²", ".75", "cups", "Sam's"]
        );
        assert!(!t[1].ws_before && t[5].ws_before);
        assert_eq!(t[0].kind, TokKind::Word);
        assert_eq!(t[2].kind, TokKind::Num);
    }

    #[test]
    fn trailing_separators_are_not_numbers() {
        let t = tokenize("in 2023. Then 5,");
        assert_eq!(t[1].raw, "2023");
        assert_eq!(t[2].raw, ".");
        assert_eq!(t[5].raw, ",");
    }
}
