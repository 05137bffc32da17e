//! Claims: what each figure and date of a document is said *of*.
//!
//! Consumes a document's original text and its extracted [`Fact`]s;
//! produces a [`ClaimDoc`]: the document's tagged tokens ([`Tokens`], Penn
//! Treebank parts of speech from Brill's tagger, [`pos`]) and, for every
//! figure and date fact, its [`Frame`]: the head noun with its compound,
//! modifiers, scope and of-complement, the predicate of its clause, the
//! names, other dates and content words around it, and its [`Role`] (a
//! statement of the text, or publication metadata: datelines,
//! "Published / Updated / Posted" lines, time stamps). The comparison
//! ([`crate::compare`]) aligns two facts of two documents only when their
//! frames say they make the same claim.
//!
//! Guarantees: deterministic; never panics; a fact's frame reads at most a
//! bounded window of words around it (its sentence, cut at
//! `SENTENCE_REACH` words on each side), with what it asks of the whole
//! document computed once ([`frame::DocContext`]), and finds the names,
//! dates and figures of that window by binary search (`spans`), so a
//! document of F facts costs O(F log F) and not O(F²).

use crate::facts::Fact;

mod describe;
pub mod earlier;
pub mod frame;
pub mod lemma;
mod measured;
mod participle;
pub mod per_unit;
pub mod pos;
pub mod role;
mod spans;
pub mod tally;
pub mod tokens;

pub use frame::{Frame, FrameWord, PeriodUnit, Role, TimeFrame};
pub use tokens::{Token, Tokens};

/// A document read for claims: its tokens and the frame of each fact.
#[derive(Debug, Clone)]
pub struct ClaimDoc {
    /// Tagged tokens of the original text.
    pub tokens: Tokens,
    /// One entry per fact, in the order of the facts given: the frame of a
    /// figure or date, `None` for names, quotes and figures that describe
    /// a person ("a father of two", `describe`).
    pub frames: Vec<Option<Frame>>,
}

impl ClaimDoc {
    /// Reads `text` (the original text the `facts` spans point into).
    pub fn new(text: &str, facts: &[Fact]) -> ClaimDoc {
        let tokens = Tokens::new(text);
        let doc = frame::DocContext::new(&tokens, facts);
        let meta = metadata_facts(&tokens, facts, &doc);
        let frames = (0..facts.len())
            .map(|i| frame::build(text, &tokens, facts, &doc, i, meta[i]))
            .collect();
        ClaimDoc { tokens, frames }
    }
}

/// Words besides the stamp labels ([`crate::lex::words::stamp_label`])
/// that mark a line as a publication stamp.
const STAMP_WORDS: &[&str] = &["dateline", "copyright", "©"];

/// Words of a time stamp besides its dates, numbers, weekdays and time
/// zones (those come from the lex tables: [`is_stamp_filler`]).
const STAMP_FILLER: &[&str] = &[
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "at",
    "on",
    "by",
    "|",
    "-",
    "--",
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "h",
    "hrs",
    "local",
    "time",
];

/// Whether a word (normalised) may stand in a time stamp besides its
/// dates and numbers: [`STAMP_FILLER`], a weekday or a time zone.
fn is_stamp_filler(norm: &str) -> bool {
    STAMP_FILLER.contains(&norm)
        || crate::lex::words::weekday(norm).is_some()
        || crate::lex::words::is_time_zone(norm)
}

/// Which facts are publication metadata: every fact on a line that is a
/// stamp ("Published: April 10, 2007", "Wed May 5, 2010 7:12pm BST",
/// "Posted Dec 23, 2012") or a byline with a date, and a dateline's date at
/// the head of a line ("WASHINGTON, April 10 (Reuters) —").
fn metadata_facts(tokens: &Tokens, facts: &[Fact], doc: &frame::DocContext) -> Vec<bool> {
    let toks = &tokens.toks;
    let mut out = vec![false; facts.len()];
    // Line extents in token indices.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let line = toks[k].line;
        let start = k;
        while k < toks.len() && toks[k].line == line {
            k += 1;
        }
        lines.push((start, k));
    }
    for &(a, b) in &lines {
        if a >= b {
            continue;
        }
        let line_span = (toks[a].span.start, toks[b - 1].span.end);
        // The dates within the line.
        let dates: Vec<&Fact> = doc
            .dates
            .overlapping(facts, line_span.0, line_span.1)
            .into_iter()
            .map(|i| &facts[i])
            .filter(|d| d.span.start >= line_span.0 && d.span.end <= line_span.1)
            .collect();
        if dates.is_empty() {
            continue;
        }
        let in_date = |k: usize| doc.in_date(k);
        let words: Vec<(usize, &tokens::Token)> = toks[a..b]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_word())
            .map(|(k, t)| (a + k, t))
            .collect();
        let stamp_word = words.iter().take(3).any(|(_, t)| {
            crate::lex::words::stamp_label(&t.norm).is_some()
                || STAMP_WORDS.contains(&t.norm.as_str())
        }) && words.len() <= 12;
        let rest = words
            .iter()
            .filter(|&&(k, t)| !t.has_digit && !in_date(k) && !is_stamp_filler(&t.norm))
            .count();
        let byline = words.first().is_some_and(|(_, t)| t.norm == "by")
            && words.len() <= 14
            && !words.iter().any(|(_, t)| t.tag.is_finite());
        let is_stamp = stamp_word || rest == 0 || byline;
        let mut meta_until = if is_stamp { line_span.1 } else { 0 };
        if !is_stamp {
            // A dateline: a date among the first words of a line, before a
            // dash or an agency in brackets, after capitalised words only.
            for d in &dates {
                if d.span.start < line_span.0 || d.span.end > line_span.1 {
                    continue;
                }
                let (da, db) = tokens.range_of(d.span);
                let lead_ok = da.saturating_sub(a) <= 6
                    && toks[a..da.max(a)]
                        .iter()
                        .all(|t| !t.is_word() || t.capitalized || t.has_digit);
                let follows = toks[db..b.min(db + 4)]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "-" | "--" | "\u{2014}" | "\u{2013}" | "("));
                if lead_ok && follows {
                    meta_until = meta_until.max(d.span.end);
                }
            }
        }
        if meta_until > 0 {
            let until = meta_until.max(line_span.0);
            for i in doc.all.overlapping(facts, line_span.0, until) {
                let f = &facts[i];
                if f.span.start >= line_span.0 && f.span.end <= until {
                    out[i] = true;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
