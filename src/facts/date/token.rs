//! A small tokenizer for the date grammar.
//!
//! Consumes any `&str`; produces words (runs of alphabetic characters,
//! lower-cased copy kept), numbers (runs of ASCII digits, value saturated)
//! and single punctuation characters, each with its byte range in the
//! original text (always on character boundaries). Dashes and typographic
//! apostrophes are folded (`–`, `—` → `-`; `’` → `'`). Linear time.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Alphabetic run.
    Word,
    /// ASCII digit run.
    Num,
    /// One punctuation or symbol character.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub struct Tok {
    /// What it is.
    pub kind: Kind,
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Lower-cased text (words); the digits (numbers); the folded character
    /// (punctuation).
    pub low: String,
    /// Value of a number (saturating); 0 otherwise.
    pub num: u64,
    /// Number of digits of a number; 0 otherwise.
    pub ndig: usize,
    /// First letter is upper case (words).
    pub cap: bool,
    /// Every letter is upper case (words).
    pub upper: bool,
    /// Whitespace separates it from the previous token.
    pub space_before: bool,
    /// A line break separates it from the previous token.
    pub nl_before: bool,
}

fn fold(c: char) -> char {
    match c {
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
        _ => c,
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut space = true;
    let mut nl = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                nl = true;
            }
            continue;
        }
        let mut tok = Tok {
            kind: Kind::Punct,
            start: i,
            end: i + c.len_utf8(),
            low: String::new(),
            num: 0,
            ndig: 0,
            cap: false,
            upper: false,
            space_before: space,
            nl_before: nl,
        };
        if c.is_ascii_digit() {
            tok.kind = Kind::Num;
            let mut v: u64 = u64::from(c as u8 - b'0');
            tok.low.push(c);
            tok.ndig = 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                v = v
                    .saturating_mul(10)
                    .saturating_add(u64::from(d as u8 - b'0'));
                tok.low.push(d);
                tok.ndig += 1;
                tok.end = j + 1;
                it.next();
            }
            tok.num = v;
        } else if c.is_alphabetic() {
            tok.kind = Kind::Word;
            tok.cap = c.is_uppercase();
            tok.upper = tok.cap;
            tok.low.extend(c.to_lowercase());
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                tok.low.extend(d.to_lowercase());
                tok.upper &= d.is_uppercase();
                tok.end = j + d.len_utf8();
                it.next();
            }
        } else {
            tok.low.push(fold(c));
        }
        out.push(tok);
        space = false;
        nl = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_punct() {
        let t = tokenize("Dec. 6–7, 2023’s 14april");
        let lows: Vec<&str> = t.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(
            lows,
            ["dec", ".", "6", "-", "7", ",", "2023", "'", "s", "14", "april"]
        );
        assert!(t[0].cap && t[1].kind == Kind::Punct && t[6].num == 2023);
        assert!(!t[10].space_before && t[9].space_before);
    }
}
