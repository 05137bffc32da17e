//! The words and punctuation of one document, with byte spans into the
//! original text, sentence and line numbers, and part-of-speech tags.
//!
//! Consumes a document's original text; produces [`Tokens`]: every word,
//! number and punctuation mark as a [`Token`] whose span slices the text
//! exactly, in text order. Words keep inner hyphens ("40-year-old",
//! "Mar-a-Lago"), apostrophes ("O'Brien") and abbreviation periods ("U.S.",
//! "Sept."); numbers keep inner separators ("1,600", "3.5"); a possessive
//! "'s", a negation "n't" and the verb of a contraction ("'ll", "'re",
//! "'ve", "'d", "'m" after a pronoun) are tokens of their own, as in the
//! Penn Treebank. A sentence ends at a line break, or at `.`, `!`, `?` before a
//! capitalised word, a digit or a quotation mark. Linear in the text,
//! never panics.

use super::pos::{Tag, Tagger};
use crate::document::Span;

/// One token.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// Lower case, curly apostrophes made straight.
    pub norm: String,
    /// Part of speech.
    pub tag: Tag,
    /// Sentence number (0-based, in text order).
    pub sentence: u32,
    /// Line number (0-based).
    pub line: u32,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Holds a digit.
    pub has_digit: bool,
}

impl Token {
    /// Whether the token is a word or number (not punctuation).
    pub fn is_word(&self) -> bool {
        self.norm.chars().next().is_some_and(char::is_alphanumeric)
    }
}

/// The most tokens one sentence holds. Text that runs on longer without a
/// sentence end or a line break is not prose (a flattened table, a list of
/// links, words without punctuation) and is cut into pieces of this length,
/// so that the work done per sentence (a figure's frame reads its
/// sentence's other figures and names) stays bounded. Written sentences of
/// news stay well under it: 100 tokens is a very long one.
pub const MAX_SENTENCE: usize = 250;

/// The tokens of one document.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// All tokens, in text order.
    pub toks: Vec<Token>,
    /// Token index range of each sentence.
    pub sentences: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Space,
    Newline,
    Word,
    Other,
}

fn class(c: char) -> Class {
    if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
        Class::Newline
    } else if c.is_whitespace() {
        Class::Space
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

impl Tokens {
    /// Tokenises and tags `text`.
    pub fn new(text: &str) -> Tokens {
        let raw = split(text);
        let mut toks: Vec<Token> = Vec::with_capacity(raw.len());
        let mut sentences = Vec::new();
        let mut sentence = 0u32;
        let mut start = 0usize;
        let mut prev_line = 0u32;
        for (k, &(s, e, line)) in raw.iter().enumerate() {
            let word = &text[s..e];
            if k > start
                && (ends_sentence(text, &raw, k, line, prev_line) || k - start >= MAX_SENTENCE)
            {
                sentences.push((start, k));
                sentence += 1;
                start = k;
            }
            prev_line = line;
            toks.push(Token {
                span: Span::new(s, e),
                norm: word.to_lowercase().replace('\u{2019}', "'"),
                tag: Tag::NN,
                sentence,
                line,
                capitalized: word.chars().next().is_some_and(char::is_uppercase),
                has_digit: word.chars().any(|c| c.is_ascii_digit()),
            });
        }
        if start < toks.len() {
            sentences.push((start, toks.len()));
        }
        let tagger = Tagger::english();
        for &(a, b) in &sentences {
            let words: Vec<&str> = toks[a..b]
                .iter()
                .map(|t| &text[t.span.start..t.span.end])
                .collect();
            for (t, tag) in toks[a..b].iter_mut().zip(tagger.tag(&words)) {
                t.tag = tag;
            }
        }
        Tokens { toks, sentences }
    }

    /// Index range of the tokens that overlap `span` (empty, at the next
    /// token, when none does).
    pub fn range_of(&self, span: Span) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.span.end <= span.start);
        let b = self
            .toks
            .partition_point(|t| t.span.start < span.end)
            .max(a);
        (a, b)
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        let Some(t) = self.toks.get(i) else {
            return (self.toks.len(), self.toks.len());
        };
        self.sentences
            .get(t.sentence as usize)
            .copied()
            .unwrap_or((i, i + 1))
    }

    /// Byte span of the sentence holding `span` (the span itself when there
    /// is no token), extended to cover `span`.
    pub fn sentence_span(&self, span: Span) -> Span {
        let (a, _) = self.range_of(span);
        let i = a.min(self.toks.len().saturating_sub(1));
        let (s, e) = self.sentence_range(i);
        if s >= e {
            return span;
        }
        Span::new(
            self.toks[s].span.start.min(span.start),
            self.toks[e - 1].span.end.max(span.end),
        )
    }
}

/// Splits `text` into raw tokens: (start, end, line).
fn split(text: &str) -> Vec<(usize, usize, u32)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut out = Vec::with_capacity(n / 4);
    let mut line = 0u32;
    let mut i = 0usize;
    while i < n {
        let c = chars[i].1;
        match class(c) {
            Class::Newline => {
                line += 1;
                i += 1;
            }
            Class::Space => i += 1,
            Class::Word => {
                let s = i;
                let mut j = i + 1;
                loop {
                    match at(j) {
                        Some(d) if d.is_alphanumeric() => j += 1,
                        // Inner joiners: a hyphen or apostrophe between
                        // letters or digits; a separator between digits.
                        Some('-' | '\'' | '\u{2019}')
                            if at(j + 1).is_some_and(char::is_alphanumeric)
                                && !possessive_or_negation(&chars, j) =>
                        {
                            j += 2
                        }
                        Some(',' | '.')
                            if at(j - 1).is_some_and(|p| p.is_ascii_digit())
                                && at(j + 1).is_some_and(|p| p.is_ascii_digit()) =>
                        {
                            j += 2
                        }
                        // "U.S", "a.m": a period between single letters.
                        Some('.')
                            if at(j + 1).is_some_and(char::is_alphabetic)
                                && at(j + 2).is_none_or(|p| !p.is_alphanumeric())
                                && j - s == 1 =>
                        {
                            j += 2
                        }
                        _ => break,
                    }
                }
                // "n't" split off "didn't".
                let word = &text[pos(s)..pos(j)];
                let lower = word.to_lowercase();
                if (lower.ends_with("n't") || lower.ends_with("n\u{2019}t")) && j - s > 3 {
                    let cut = pos(j - 3);
                    out.push((pos(s), cut, line));
                    out.push((cut, pos(j), line));
                    i = j;
                    continue;
                }
                // "'ll", "'re", "'ve", "'d", "'m" split off a pronoun
                // ("He'll", "they’re"), as the treebank splits them: the
                // pronoun is the clause's subject.
                if let Some(cut) = contracted_verb(word) {
                    let cut = pos(s) + cut;
                    out.push((pos(s), cut, line));
                    out.push((cut, pos(j), line));
                    i = j;
                    continue;
                }
                // The period of an abbreviation or initialism belongs to it.
                let mut end = j;
                if at(j) == Some('.') {
                    let w = lower.trim_end_matches('.');
                    let initialism = w.contains('.')
                        || (w.chars().count() == 1 && word.chars().all(char::is_uppercase));
                    // "p." (page) besides the shared list; "a.m." is an
                    // initialism.
                    if crate::lex::words::is_abbreviation(w) || w == "p" || initialism {
                        end = j + 1;
                    }
                }
                out.push((pos(s), pos(end), line));
                i = end;
            }
            Class::Other => {
                // "'s" and "n't" after a word; otherwise runs of one mark.
                if possessive_or_negation(&chars, i) {
                    let len = if at(i + 1).is_some_and(|d| d == 's' || d == 'S') {
                        2
                    } else {
                        1
                    };
                    out.push((pos(i), pos(i + len), line));
                    i += len;
                    continue;
                }
                let mut j = i + 1;
                while at(j) == Some(c) && matches!(c, '-' | '.' | '!' | '?' | '*' | '=' | '_') {
                    j += 1;
                }
                out.push((pos(i), pos(j), line));
                i = j;
            }
        }
    }
    out
}

/// The byte offset in `word` of the apostrophe before the verb of a
/// contraction of a pronoun and a verb other than "'s" (which splits as a
/// possessive does): "He'll" → 2, "they’re" → 4; `None` for any other word
/// ("O'Neill", "rock'n'roll").
fn contracted_verb(word: &str) -> Option<usize> {
    crate::lex::contraction::contraction(word)?;
    let cut = word.find(['\'', '\u{2019}'])?;
    let verb = word.get(cut..)?.chars().skip(1).collect::<String>();
    (!verb.eq_ignore_ascii_case("s")).then_some(cut)
}

/// Whether the apostrophe at `i` starts a possessive "'s" (or a bare
/// plural possessive "'") after a word.
fn possessive_or_negation(chars: &[(usize, char)], i: usize) -> bool {
    let c = chars.get(i).map(|&(_, c)| c);
    if !matches!(c, Some('\'' | '\u{2019}')) || i == 0 {
        return false;
    }
    let prev = chars[i - 1].1;
    if !prev.is_alphanumeric() {
        return false;
    }
    let next = chars.get(i + 1).map(|&(_, c)| c);
    let after = chars.get(i + 2).map(|&(_, c)| c);
    matches!(next, Some('s' | 'S')) && after.is_none_or(|a| !a.is_alphanumeric())
}

/// Whether raw token `k` starts a new sentence.
fn ends_sentence(
    text: &str,
    raw: &[(usize, usize, u32)],
    k: usize,
    line: u32,
    prev_line: u32,
) -> bool {
    if line != prev_line {
        return true;
    }
    let (ps, pe, _) = raw[k - 1];
    let prev = &text[ps..pe];
    let (s, e, _) = raw[k];
    let cur = &text[s..e];
    let starts_upper = cur.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "\"\u{201C}'\u{2018}(".contains(c)
    });
    if matches!(prev, "!" | "?" | "." | "..." | "!!" | "?!") {
        return starts_upper && !spaced_meridiem(text, raw, k - 1);
    }
    // A word with its own period ("Sept.", "U.S.") ends no sentence.
    false
}

/// Whether the full stop at raw token `k` closes "a. m." or "p. m."
/// written with a space (as some wires and transcripts do): like "a.m.",
/// it ends no sentence ("at 3:33 a. m. Tuesday").
fn spaced_meridiem(text: &str, raw: &[(usize, usize, u32)], k: usize) -> bool {
    let word = |i: usize| raw.get(i).map(|&(s, e, _)| &text[s..e]);
    k >= 3
        && word(k - 1).is_some_and(|w| w.eq_ignore_ascii_case("m"))
        && word(k - 2) == Some(".")
        && word(k - 3).is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        Tokens::new(t)
            .toks
            .iter()
            .map(|x| t[x.span.start..x.span.end].to_string())
            .collect()
    }

    #[test]
    fn splits_like_the_treebank() {
        assert_eq!(
            words("The U.S. didn't pay $1,600 to Mar-a-Lago's 40-year-old owner."),
            [
                "The",
                "U.S.",
                "did",
                "n't",
                "pay",
                "$",
                "1,600",
                "to",
                "Mar-a-Lago",
                "'s",
                "40-year-old",
                "owner",
                "."
            ]
        );
        assert_eq!(
            words("Sept. 11 hijackers -- O'Brien said"),
            ["Sept.", "11", "hijackers", "--", "O'Brien", "said"]
        );
    }

    #[test]
    fn contractions_split_off_their_pronoun() {
        assert_eq!(
            words("He'll serve nine years."),
            ["He", "'ll", "serve", "nine", "years", "."]
        );
        assert_eq!(words("they\u{2019}re here"), ["they", "\u{2019}re", "here"]);
        assert_eq!(
            words("We've, I'm, she'd"),
            ["We", "'ve", ",", "I", "'m", ",", "she", "'d"]
        );
        assert_eq!(
            words("O'Neill's rock'n'roll"),
            ["O'Neill", "'s", "rock'n'roll"]
        );
        let toks = Tokens::new("They'll pay.");
        assert_eq!(toks.toks[0].norm, "they");
        assert_eq!(toks.toks[1].norm, "'ll");
        assert!(toks.toks[1].tag.is_verb() || toks.toks[1].tag.name() == "MD");
    }

    #[test]
    fn sentences() {
        let t = "Mr. Smith arrived. Then 50 allies met in Kyiv.\nNew line here";
        let toks = Tokens::new(t);
        assert_eq!(toks.sentences.len(), 3);
        let sp = toks.sentence_span(Span::new(24, 26));
        assert_eq!(&t[sp.start..sp.end], "Then 50 allies met in Kyiv.");
        // "a. m." with a space is the time of day, not two sentences.
        let t = "The blast came at 3:33 a. m. Tuesday near the depot. Crews arrived.";
        assert_eq!(Tokens::new(t).sentences.len(), 2);
    }

    #[test]
    fn spans_slice_the_text() {
        for t in [
            "",
            "“Quoted,” he said…",
            "a\u{0}b",
            "ﬁ 日本語 ١٢٣",
            "x'",
            "'s",
            "n't",
        ] {
            let toks = Tokens::new(t);
            for x in &toks.toks {
                assert!(t.get(x.span.start..x.span.end).is_some(), "{t:?}");
                assert!(x.span.start < x.span.end);
            }
        }
    }
}
