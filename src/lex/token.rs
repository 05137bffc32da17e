//! The one token type: words, digit runs and single symbols with byte spans
//! into the original text.
//!
//! Consumes any `&str`; produces [`Tokens`]: every maximal run of alphabetic
//! characters is a [`Kind::Word`], every maximal run of ASCII digits a
//! [`Kind::Num`] (with its value, saturating, and its digit count), every
//! other non-space character a [`Kind::Sym`]. Each token knows whether
//! white space, a line break or a blank line separates it from the one
//! before, and whether it is capitalised or in capitals. The lower-cased
//! text of all tokens is kept in one buffer (dashes folded to `-`, curly
//! apostrophes to `'`), so tokenizing allocates two vectors per text, not
//! a string per token. Spans lie on character boundaries and are never
//! changed by later layers (tantivy's rule); one linear pass.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of alphabetic characters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other character (punctuation, a symbol).
    Sym,
}

use super::can::{Can, NEAR_REACH};
use super::words::WordClass;

const SPACE: u8 = 1;
const LINE: u8 = 2;
const BLANK: u8 = 4;
const CAP: u8 = 8;
const UPPER: u8 = 16;

/// One token. Its text is `text[start..end]`; its lower-cased text is kept
/// by the [`Tokens`] it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Value of a digit run (saturating at `u64::MAX`); 0 otherwise.
    pub num: u64,
    /// Number of digits of a digit run (saturating at 255); 0 otherwise.
    pub ndig: u8,
    /// The character of a symbol (as written); `'\0'` otherwise.
    pub ch: char,
    low: (u32, u32),
    flags: u8,
    class: WordClass,
    can: Can,
}

impl Token {
    /// White space (or the start of the text) comes right before it.
    pub fn space_before(&self) -> bool {
        self.flags & SPACE != 0
    }
    /// Nothing separates it from the token before.
    pub fn glued(&self) -> bool {
        self.flags & SPACE == 0
    }
    /// A line break (or the start of the text) comes before it.
    pub fn line_before(&self) -> bool {
        self.flags & LINE != 0
    }
    /// A blank line (or the start of the text) comes before it.
    pub fn blank_before(&self) -> bool {
        self.flags & BLANK != 0
    }
    /// What a word is to the date and number readers (month, weekday,
    /// number word, decade word); nothing for a digit run or a symbol.
    pub fn class(&self) -> WordClass {
        self.class
    }
    /// What the token can start ([`Can`]): its classes, and whether a
    /// digit run is among it and the [`NEAR_REACH`] tokens after it.
    pub fn can(&self) -> Can {
        self.can
    }
    /// A word whose first letter is upper case.
    pub fn cap(&self) -> bool {
        self.flags & CAP != 0
    }
    /// A word whose letters are all upper case.
    pub fn upper(&self) -> bool {
        self.flags & UPPER != 0
    }
    /// Whether it is the symbol `c` (dashes and apostrophes compare as
    /// written; see [`Token::dash`]).
    pub fn sym(&self, c: char) -> bool {
        self.kind == Kind::Sym && self.ch == c
    }
    /// A hyphen, dash or minus sign of any width.
    pub fn dash(&self) -> bool {
        self.kind == Kind::Sym && fold(self.ch) == '-'
    }
    /// Its text in `text`, the text it was made from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Dashes to `-`, apostrophes and acute or grave accents used as
/// apostrophes to `'`.
pub fn fold(c: char) -> char {
    match c {
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
        _ => c,
    }
}

/// The tokens of one text.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    toks: Vec<Token>,
    lower: String,
}

impl Tokens {
    /// Splits `text` into tokens.
    ///
    /// Walks the bytes: an ASCII byte is its own character (most news
    /// text), and only a byte above ASCII is decoded as a `char`.
    pub fn new(text: &str) -> Tokens {
        let mut out = Tokens {
            toks: Vec::with_capacity(text.len() / 4),
            lower: String::with_capacity(text.len()),
        };
        let bytes = text.as_bytes();
        let mut flags = SPACE | LINE | BLANK;
        let mut newlines = 0u32;
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            if c.is_whitespace() {
                flags |= SPACE;
                if matches!(c, '\n' | '\u{2028}' | '\u{2029}')
                    || c == '\r' && bytes.get(i + 1) != Some(&b'\n')
                {
                    flags |= LINE;
                    newlines += 1;
                    if newlines >= 2 {
                        flags |= BLANK;
                    }
                }
                i += c.len_utf8();
                continue;
            }
            let lo = out.lower.len() as u32;
            let mut tok = Token {
                kind: Kind::Sym,
                start: i,
                end: i + c.len_utf8(),
                num: 0,
                ndig: 0,
                ch: '\0',
                low: (lo, lo),
                flags,
                class: WordClass::default(),
                can: Can::SYMBOL,
            };
            if c.is_ascii_digit() {
                tok.kind = Kind::Num;
                tok.end = digit_run(bytes, i, &mut tok, &mut out.lower);
                tok.can = Can::DIGITS;
            } else if c.is_alphabetic() {
                tok.kind = Kind::Word;
                tok.end = word_run(text, i, &mut tok, &mut out.lower);
                tok.class = WordClass::of(out.lower.get(lo as usize..).unwrap_or(""));
                tok.can = Can::of_word(tok.class, tok.flags & CAP != 0);
            } else {
                tok.ch = c;
                out.lower.push(fold(c));
            }
            i = tok.end;
            tok.low.1 = out.lower.len() as u32;
            out.toks.push(tok);
            flags = 0;
            newlines = 0;
        }
        mark_near_digits(&mut out.toks);
        out
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether there is no token.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// All tokens, in text order.
    pub fn all(&self) -> &[Token] {
        &self.toks
    }

    /// Token `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The lower-cased text of `t` (a token of these tokens).
    pub fn low_of(&self, t: &Token) -> &str {
        self.lower
            .get(t.low.0 as usize..t.low.1 as usize)
            .unwrap_or("")
    }

    /// The lower-cased text of token `i`, or `""`.
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| self.low_of(t))
    }

    /// The lower-cased word at `i`, or `""` when token `i` is no word.
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.low_of(t),
            _ => "",
        }
    }

    /// Whether token `i` is the word `w` (lower case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == w
    }

    /// Whether token `i` is the symbol whose folded form is `c`.
    pub fn is_sym(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Sym && fold(t.ch) == c)
    }

    /// The digit run at `i`, if token `i` is one.
    pub fn num(&self, i: usize) -> Option<&Token> {
        self.toks.get(i).filter(|t| t.kind == Kind::Num)
    }

    /// Whether token `i` exists and nothing separates it from token `i - 1`.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::glued)
    }
}

impl std::ops::Index<usize> for Tokens {
    type Output = Token;
    /// Token `i`.
    ///
    /// # Panics
    /// When `i` is out of range (use [`Tokens::get`] where it may be).
    fn index(&self, i: usize) -> &Token {
        &self.toks[i]
    }
}

/// Marks each token that is a digit run or has one among the
/// [`NEAR_REACH`] tokens after it ([`Can::NEAR_DIGITS`]): one pass from
/// the end.
fn mark_near_digits(toks: &mut [Token]) {
    let mut since = usize::MAX; // tokens since the last digit run seen
    for t in toks.iter_mut().rev() {
        since = if t.kind == Kind::Num {
            0
        } else {
            since.saturating_add(1)
        };
        if since <= NEAR_REACH {
            t.can = t.can.or(Can::NEAR_DIGITS);
        }
    }
}

/// The character at byte `i` of `text` (a character boundary), if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Reads the digit run starting at byte `i` into `tok` (its value,
/// saturating, and its digit count) and `lower`; returns its end.
fn digit_run(bytes: &[u8], i: usize, tok: &mut Token, lower: &mut String) -> usize {
    let mut v = 0u64;
    let mut n = 0u32;
    let mut j = i;
    while let Some(&d) = bytes.get(j).filter(|d| d.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add(u64::from(d - b'0'));
        n += 1;
        lower.push(char::from(d));
        j += 1;
    }
    tok.num = v;
    tok.ndig = n.min(255) as u8;
    j
}

/// Reads the run of letters starting at byte `i` (a letter) into `tok`
/// (capitalised, all capitals) and `lower`; returns its end.
fn word_run(text: &str, i: usize, tok: &mut Token, lower: &mut String) -> usize {
    let mut j = i;
    let mut upper = true;
    while let Some(d) = char_at(text, j).filter(|d| d.is_alphabetic()) {
        let up = d.is_uppercase();
        if j == i && up {
            tok.flags |= CAP;
        }
        upper &= up;
        push_lower(lower, d);
        j += d.len_utf8();
    }
    if upper {
        tok.flags |= UPPER;
    }
    j
}

fn push_lower(s: &mut String, c: char) {
    if c.is_ascii() {
        s.push(c.to_ascii_lowercase());
    } else {
        s.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tokens_carry_their_class() {
        let t = Tokens::new("Sun., Third  MAY 12 seventies; the");
        let class: Vec<(bool, bool, bool, bool)> = t
            .all()
            .iter()
            .map(|t| {
                let c = t.class();
                (c.month(), c.weekday(), c.number_word(), c.decade())
            })
            .collect();
        let (no, month, weekday, number, decade) = (
            (false, false, false, false),
            (true, false, false, false),
            (false, true, false, false),
            (false, false, true, false),
            (false, false, false, true),
        );
        assert_eq!(class, [weekday, no, no, number, month, no, decade, no, no]);
    }

    #[test]
    fn words_numbers_symbols() {
        let text = "Dec. 6–7, 2023’s 14april\n\nUS$3.5bn";
        let t = Tokens::new(text);
        let lows: Vec<&str> = (0..t.len()).map(|i| t.low(i)).collect();
        assert_eq!(
            lows,
            [
                "dec", ".", "6", "-", "7", ",", "2023", "'", "s", "14", "april", "us", "$", "3",
                ".", "5", "bn"
            ]
        );
        let g = |i: usize| *t.get(i).unwrap();
        assert!(g(0).cap() && !g(0).upper() && g(0).space_before());
        assert!(g(1).glued() && g(3).dash() && g(3).ch == '–');
        assert_eq!((g(6).num, g(6).ndig), (2023, 4));
        assert!(g(9).space_before() && g(10).glued());
        assert!(g(11).upper() && g(11).line_before() && g(11).blank_before());
        assert!(!g(10).line_before());
        assert_eq!(g(16).text(text), "bn");
    }

    #[test]
    fn letters_beyond_ascii_and_line_breaks() {
        // accented words in one piece, their case read letter by letter
        let t = Tokens::new("ÉCOLE naïve Straße\r\nnext\rline\u{0B}tab\u{A0}nbsp");
        let lows: Vec<&str> = (0..t.len()).map(|i| t.low(i)).collect();
        assert_eq!(
            lows,
            ["école", "naïve", "straße", "next", "line", "tab", "nbsp"]
        );
        let g = |i: usize| *t.get(i).unwrap();
        assert!(g(0).cap() && g(0).upper());
        assert!(!g(1).cap() && !g(1).upper());
        assert!(g(2).cap() && !g(2).upper());
        // "\r\n" is one break, a lone "\r" another; a vertical tab and a
        // no-break space are spaces, not breaks
        assert!(g(3).line_before() && !g(3).blank_before());
        assert!(g(4).line_before() && !g(4).blank_before());
        assert!(g(5).space_before() && !g(5).line_before());
        assert!(g(6).space_before() && !g(6).line_before());
        // digits glued to letters, and a run too long for u64
        let t = Tokens::new("12abc 99999999999999999999999");
        assert_eq!((t.len(), t.low(0), t.low(1)), (3, "12", "abc"));
        assert_eq!(
            (t.get(2).unwrap().num, t.get(2).unwrap().ndig),
            (u64::MAX, 23)
        );
    }

    #[test]
    fn spans_lie_on_char_boundaries() {
        let text = "Zürich — 5 € «ok»";
        let t = Tokens::new(text);
        for tok in t.all() {
            assert!(text.is_char_boundary(tok.start) && text.is_char_boundary(tok.end));
        }
        assert_eq!(t.word(0), "zürich");
    }
}
