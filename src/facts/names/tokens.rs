//! Words with byte offsets, possessive marks and what separates each word
//! from the previous one: the shared front end of the name tagger and the
//! quote attributor, built from `lex` tokens.
//!
//! Consumes a text and its [`Tokens`]; produces [`Word`]s in text order
//! whose byte offsets lie on character boundaries. Linear time; never
//! panics.

use super::lexicon::{fold, fold_into};
use crate::lex::hash::WordHash;
use crate::lex::{Kind, Tokens};
use std::hash::BuildHasher;

/// What lies between a token and the previous one (the strongest break
/// wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// Only spaces, tabs and square brackets (editorial insertions).
    Space,
    /// A comma.
    Comma,
    /// Other punctuation: quote marks, dashes, parentheses, slashes.
    Other,
    /// A colon or semicolon.
    Colon,
    /// Sentence-final punctuation (`.`, `!`, `?`, `…`).
    Stop,
    /// One line break.
    Newline,
    /// A blank line, or the start of the text.
    Para,
}

/// One word: a run of `lex` tokens joined without spaces.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// First byte.
    pub start: usize,
    /// End of the word proper (before a possessive `'s` or `'`).
    pub end: usize,
    /// End including the possessive mark.
    pub full_end: usize,
    /// The separator before this token.
    pub gap: Gap,
    /// Whether the separator holds a quote mark.
    pub gap_quote: bool,
    /// Whether the word carries a possessive mark.
    pub possessive: bool,
    /// Whether the word begins a sentence, a line or a quotation.
    pub sent_start: bool,
    /// Whether the word is on a title-case heading or caption line.
    pub heading: bool,
}

impl Word {
    /// The word (without possessive mark).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.' | '&'
    )
}

pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' | '\u{201f}'
    )
}

/// The [`fold`]ed form of each word of a text, kept in one buffer (no
/// string per word).
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    buf: String,
    /// Where each word's folded form ends in `buf`.
    ends: Vec<usize>,
}

impl Folded {
    /// The folded form of word `i`; empty past the last word.
    pub fn get(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        self.buf.get(start..end).unwrap_or("")
    }

    /// Appends the folded form of the next word, `w`; `low` is its lex
    /// lower case when that is its folded form already (one ASCII token
    /// holds no period, diacritic or curly apostrophe to fold), copied
    /// then instead of folded again.
    fn push(&mut self, w: &str, low: Option<&str>) {
        match low {
            Some(low) => self.buf.push_str(low),
            None => fold_into(w, &mut self.buf),
        }
        self.ends.push(self.buf.len());
    }
}

/// The folded words a text writes in lower case somewhere, each once: one
/// buffer of their bytes and an open-addressing table over it (no string
/// per word). Never iterated, so no output depends on the hash.
#[derive(Debug, Clone, Default)]
pub(crate) struct LowerWords {
    buf: String,
    /// Each distinct word's bytes in `buf`.
    spans: Vec<(usize, usize)>,
    /// Slot `h` holds an index into `spans` plus one (0: empty); probed
    /// linearly from the word's hash. Its length is a power of two, at
    /// least twice the number of words.
    slots: Vec<u32>,
}

impl LowerWords {
    /// The distinct forms among words `ids` of `folded`.
    fn of(folded: &Folded, ids: &[usize]) -> LowerWords {
        let mut out = LowerWords {
            buf: String::new(),
            spans: Vec::new(),
            slots: vec![0; (ids.len() * 2).next_power_of_two().max(8)],
        };
        for &i in ids {
            let f = folded.get(i);
            if let Err(slot) = out.find(f) {
                let start = out.buf.len();
                out.buf.push_str(f);
                out.spans.push((start, out.buf.len()));
                if let Some(s) = out.slots.get_mut(slot) {
                    *s = u32::try_from(out.spans.len()).unwrap_or(u32::MAX);
                }
            }
        }
        out
    }

    /// `Ok` if `f` is held; else `Err` with the empty slot it would take.
    fn find(&self, f: &str) -> Result<(), usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut h = WordHash::default().hash_one(f) as usize & mask;
        // the table is never full (at least twice the words), so an empty
        // slot ends every probe; the bound only guards that
        for _ in 0..self.slots.len() {
            let Some(&s) = self.slots.get(h) else { break };
            let Some(&(a, b)) = (s as usize).checked_sub(1).and_then(|k| self.spans.get(k)) else {
                return Err(h);
            };
            if self.buf.get(a..b) == Some(f) {
                return Ok(());
            }
            h = (h + 1) & mask;
        }
        Err(usize::MAX)
    }

    /// Whether the text writes the folded word `f` in lower case.
    pub fn contains(&self, f: &str) -> bool {
        !self.slots.is_empty() && self.find(f).is_ok()
    }
}

/// Whether `word` followed by a period is an abbreviation that keeps it:
/// a single letter, dotted initials ("U.S"), or a listed abbreviation.
fn takes_period(word: &str) -> bool {
    let mut letters = 0usize;
    let mut dotted = true;
    for part in word.split('.') {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => dotted = false,
        }
    }
    if dotted && letters > 0 {
        return true;
    }
    crate::lex::words::is_abbreviation(&fold(word))
}

/// Whether a title-case token: first letter upper case.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// Whether every letter of the word is upper case (and it has two or more).
pub(crate) fn is_all_caps(word: &str) -> bool {
    let mut n = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            n += 1;
        }
    }
    n >= 2
}

/// The words of `text` (made into `lex` tokens `toks`): runs of letters
/// and digits with their inner joiners ("U.S", "Kyiv's", "al-Assad",
/// "AT&T"), a period kept after an abbreviation, the possessive split off,
/// and the gap before each word from the tokens between. Also returns the
/// folded forms of words that occur in lower case (evidence that a
/// capitalised occurrence at the start of a sentence is an ordinary word),
/// and each word folded.
pub(crate) fn words(text: &str, toks: &Tokens) -> (Vec<Word>, Folded, LowerWords) {
    let all = toks.all();
    let n = all.len();
    let alnum = |k: usize| all.get(k).is_some_and(|t| t.kind != Kind::Sym);
    let mut out: Vec<Word> = Vec::with_capacity(n);
    // the words written in lower case, by index
    let mut lower = Vec::new();
    let mut folded = Folded {
        buf: String::with_capacity(text.len()),
        ends: Vec::with_capacity(n),
    };
    let mut gap = Gap::Para;
    let mut gap_quote = false;
    let mut newlines = 0usize;
    let mut k = 0usize;
    while k < n {
        let t = &all[k];
        if k > 0 || !out.is_empty() {
            if t.blank_before() {
                newlines += 2;
            } else if t.line_before() {
                newlines += 1;
            }
        }
        if newlines > 0 {
            gap = gap.max(if newlines >= 2 {
                Gap::Para
            } else {
                Gap::Newline
            });
        }
        if t.kind == Kind::Sym {
            match t.ch {
                '[' | ']' => {}
                '.' | '!' | '?' | '\u{2026}' => gap = gap.max(Gap::Stop),
                ':' | ';' => gap = gap.max(Gap::Colon),
                ',' => gap = gap.max(Gap::Comma),
                c => {
                    if is_quote_char(c) {
                        gap_quote = true;
                    }
                    gap = gap.max(Gap::Other);
                }
            }
            k += 1;
            continue;
        }
        let start_k = k;
        let mut j = k + 1;
        loop {
            if j < n && alnum(j) && all[j].glued() {
                j += 1;
            } else if j + 1 < n
                && all[j].glued()
                && all[j].kind == Kind::Sym
                && is_joiner(all[j].ch)
                && alnum(j + 1)
                && all[j + 1].glued()
            {
                j += 2;
            } else {
                break;
            }
        }
        let start = t.start;
        let mut end = all[j - 1].end;
        let mut full_end = end;
        let mut possessive = false;
        let word = &text[start..end];
        let next_sym = |c: &[char]| {
            all.get(j)
                .is_some_and(|x| x.glued() && x.kind == Kind::Sym && c.contains(&x.ch))
        };
        if next_sym(&['.']) && takes_period(word) {
            end = all[j].end;
            full_end = end;
            j += 1;
        } else if word.ends_with("'s") || word.ends_with("\u{2019}s") {
            let cut = if word.ends_with("'s") { 2 } else { 4 };
            if word.len() > cut {
                end -= cut;
                possessive = true;
            }
        } else if next_sym(&['\'', '\u{2019}'])
            && word.ends_with('s')
            && !(j + 1 < n && alnum(j + 1) && all[j + 1].glued())
        {
            // Plural possessive ("States'"), unless it closes a single quote
            // opened just before the word.
            let opened = start_k > 0
                && all[start_k - 1].glued()
                && matches!(all[start_k - 1].ch, '\'' | '\u{2018}')
                && all[start_k - 1].kind == Kind::Sym;
            if !opened {
                full_end = all[j].end;
                j += 1;
                possessive = true;
            }
        }
        let w = &text[start..end];
        // a word of one lex token (letters or digits), whole: its lower case
        // is its fold
        let one = (j == start_k + 1 && t.kind != Kind::Sym && t.end == end && w.is_ascii())
            .then(|| toks.low_of(t));
        folded.push(w, one);
        if w.chars().next().is_some_and(char::is_lowercase) {
            lower.push(out.len());
        }
        out.push(Word {
            start,
            end,
            full_end,
            gap,
            gap_quote,
            possessive,
            sent_start: false,
            heading: false,
        });
        gap = Gap::Space;
        gap_quote = false;
        newlines = 0;
        k = j;
    }
    mark_sentences(text, &mut out);
    mark_headings(text, &mut out, &folded);
    let lower = LowerWords::of(&folded, &lower);
    (out, folded, lower)
}

/// Whether `before` ends with an opening quote mark (and spaces): a curly
/// opener, or a straight mark that follows a space or the start.
fn opens_quote(before: &str) -> bool {
    let prev = before.trim_end_matches([' ', '\t', '[']);
    let mut cs = prev.chars().rev();
    match cs.next() {
        Some('\u{201c}' | '\u{201e}' | '\u{00ab}') => true,
        Some('"') => cs
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '-' | '\u{2014}')),
        _ => false,
    }
}

fn mark_sentences(text: &str, tokens: &mut [Word]) {
    for (i, t) in tokens.iter_mut().enumerate() {
        t.sent_start = i == 0
            || matches!(t.gap, Gap::Para | Gap::Newline | Gap::Stop | Gap::Colon)
            || (t.gap_quote && opens_quote(&text[..t.start]));
    }
}

/// Marks tokens of heading and caption lines: lines whose content words are
/// (nearly) all capitalised and that do not end like a sentence.
fn mark_headings(text: &str, tokens: &mut [Word], folded: &Folded) {
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i + 1;
        while j < tokens.len() && !matches!(tokens[j].gap, Gap::Newline | Gap::Para) {
            j += 1;
        }
        let line = &tokens[i..j];
        // A heading's content words are all capitalised: the first that
        // is not settles the line (most lines are sentences, settled by
        // their first few words).
        let mut content = 0usize;
        let mut all_caps = true;
        for (k, t) in line.iter().enumerate() {
            let w = t.text(text);
            if !w.chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let f = folded.get(i + k);
            if super::lexicon::is_function_word(f) && !is_all_caps(w) {
                continue;
            }
            content += 1;
            if !is_capitalised(w) {
                all_caps = false;
                break;
            }
        }
        let is_heading = all_caps && content >= 2 && {
            let line_end = line.last().map_or(0, |t| t.full_end);
            let tail = text
                .get(line_end..)
                .unwrap_or("")
                .split('\n')
                .next()
                .unwrap_or("")
                .trim();
            !tail.starts_with(['.', '!', '?', ':', '"', '\u{201d}'])
        };
        if is_heading {
            for t in &mut tokens[i..j] {
                t.heading = true;
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str) -> (Vec<Word>, LowerWords) {
        let (words, _, lower) = words(text, &Tokens::new(text));
        (words, lower)
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).0.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn abbreviations_possessives_and_initials() {
        assert_eq!(
            texts("Lloyd J. Austin III met U.S. officials in Kyiv's centre."),
            [
                "Lloyd",
                "J.",
                "Austin",
                "III",
                "met",
                "U.S.",
                "officials",
                "in",
                "Kyiv",
                "centre"
            ]
        );
        let (t, _) = tokenize("the United States' support");
        assert!(t[2].possessive);
        assert_eq!(t[2].full_end, "the United States'".len());
        assert_eq!(texts("Putin’s war"), ["Putin", "war"]);
    }

    #[test]
    fn gaps_and_sentences() {
        let text = "He said. \"Make no mistake,\" Austin said.\nNew line";
        let (t, lower) = tokenize(text);
        assert_eq!(t[2].gap, Gap::Stop);
        assert!(t[2].sent_start);
        assert_eq!(t[5].gap, Gap::Other);
        assert!(!t[5].sent_start);
        assert_eq!(t[7].gap, Gap::Newline);
        assert!(lower.contains("said"));
        assert!(lower.contains("line") && lower.contains("mistake"));
        assert!(!lower.contains("austin") && !lower.contains("he") && !lower.contains(""));
    }

    #[test]
    fn each_word_is_folded_whether_copied_from_lex_or_folded_again() {
        // one ASCII token (copied from the lex lower case), and words that
        // are folded again: joined, dotted, possessive, accented, curly
        let text = "Mayor Brandt of Old-Harwick met U.S. envoys at Kyiv\u{2019}s gate; \
                    Zo\u{eb} O\u{2019}Dowd and 42 \u{c9}LAN staff";
        let (words, folded, _) = words(text, &Tokens::new(text));
        assert!(words.len() > 10);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(folded.get(i), fold(w.text(text)), "{}", w.text(text));
        }
    }

    #[test]
    fn headings() {
        let text = "Austin Underscores Commitment to Ukraine\nAustin said it was fine.";
        let (t, _) = tokenize(text);
        assert!(t[0].heading && t[4].heading);
        assert!(!t[5].heading);
    }
}
