//! Publication stamps at the head of an article: datelines ("WASHINGTON,
//! Dec. 6, 2023 —"), "Published / Updated / Posted …" lines and bare date
//! lines ("May 5, 2010", "05/02/2013", "Fri., May. 3, 2013 11:45 AM PDT").
//!
//! Consumes an article's text; produces the date expressions of its head
//! that say when the article was published or updated, with their byte
//! spans, the date when it is a full day, and whether the line holds
//! nothing but the stamp (its clock times are then no figures either).
//! Looks at the first six non-empty lines within 600 bytes, and further
//! down at the lines a stamp label opens ("[downloaded on 2 October
//! 2013]", "Posted on March 3, 2014 by staff" under a long head): linear
//! in the text, never panics.

use super::value::{DateValue, Grain};
use super::{civil, scan_tokens_at, CivilDate, Found};
use crate::lex::calendar::{days_from_civil, valid};
use crate::lex::words::{stamp_label, StampLabel};
use crate::lex::{Kind, Token, Tokens};

/// One stamp.
#[derive(Debug, Clone)]
pub(crate) struct Stamp {
    /// First byte of the date expression.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The day it names, when it names one with its year.
    pub date: Option<CivilDate>,
    /// What its label says the date is: the publication, an update
    /// ("Updated", "Edited", "Modified") or when a saved copy was read
    /// ("downloaded on"); a stamp without a label is a publication.
    pub label: StampLabel,
    /// In the head of the article (the first six non-empty lines within
    /// 600 bytes), where the publication date is read from.
    pub head: bool,
    /// The bytes of the whole line when it holds nothing but stamps, times
    /// and their labels.
    pub line: Option<(usize, usize)>,
}

/// Labels of a stamp, lower case, as they end the text before the date on
/// its line; `true` for an update. Besides these, a one-word stamp label of
/// the lex table ([`stamp_label`]) that opens the line or a bracket
/// ("[downloaded on 2 October 2013]") is one.
const LABELS: &[(&str, bool)] = &[
    ("last updated at", true),
    ("last updated", true),
    ("updated", true),
    ("edited time", true),
    ("edited", true),
    ("modified", true),
    ("published on", false),
    ("published time", false),
    ("published", false),
    ("first published", false),
    ("first posted", false),
    ("posted on", false),
    ("posted at", false),
    ("posted", false),
    ("story created", false),
    ("created", false),
    ("released", false),
    ("for immediate release", false),
    ("dated", false),
    ("date", false),
    ("on", false),
    ("filed", false),
];

/// Words that may stand on a stamp line besides dates: clock times, time
/// zones, labels.
fn stamp_word(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "a"
            | "m"
            | "p"
            | "at"
            | "on"
            | "by"
            | "last"
            | "updated"
            | "edited"
            | "modified"
            | "time"
            | "published"
            | "posted"
            | "first"
            | "created"
            | "released"
            | "story"
            | "date"
            | "dated"
            | "h"
    ) || stamp_label(w).is_some()
        || crate::lex::words::is_time_zone(w)
        || crate::lex::words::weekday(w).is_some()
}

/// The label that ends `before` (the text of the line before the date),
/// when there is one.
fn label(before: &str) -> Option<StampLabel> {
    let low = before
        .trim()
        .trim_end_matches([':', '-', '|', '\u{2014}', '\u{2013}'])
        .trim()
        .to_lowercase();
    let listed = LABELS.iter().find_map(|&(l, upd)| {
        let rest = low.strip_suffix(l)?;
        // a whole word, and for "on" the only word ("on Dec 23 2012")
        let whole = rest.is_empty() || rest.ends_with([' ', ':', '|', '-', '(', '[']);
        let kind = if upd {
            StampLabel::Update
        } else {
            StampLabel::Publication
        };
        (whole && (l != "on" || rest.trim().is_empty())).then_some(kind)
    });
    listed.or_else(|| opening_label(&low))
}

/// A one-word stamp label ([`stamp_label`]) that ends `low` (maybe before
/// "on" or "at") and opens its line or a bracket: "[downloaded on",
/// "| Revised". Inside a sentence ("the plan, revised") it is none.
fn opening_label(low: &str) -> Option<StampLabel> {
    let low = low
        .strip_suffix(" on")
        .or_else(|| low.strip_suffix(" at"))
        .unwrap_or(low)
        .trim_end();
    let word_start = low.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| k + 1);
    let kind = stamp_label(low.get(word_start..)?)?;
    let rest = low.get(..word_start)?.trim_end();
    (rest.is_empty() || rest.ends_with(['[', '(', '|'])).then_some(kind)
}

/// The last stamp label ([`stamp_label`]) written before a date on its
/// line, after an earlier stamp ("PUBLISHED: 02:31 GMT, 12 March 2013 |
/// UPDATED: 22:19 GMT, 12 March 2013": the second is the update).
fn last_label(before: &str) -> Option<StampLabel> {
    before
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .find_map(stamp_label)
}

/// The head of `text` the stamps are looked for in: the first six
/// non-empty lines within 600 bytes.
fn head(text: &str) -> &str {
    let mut cut = text.len().min(600);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let mut lines = 0;
    let mut in_line = false;
    for (i, c) in head.char_indices() {
        if c == '\n' {
            if in_line {
                lines += 1;
                if lines == 6 {
                    return &head[..i];
                }
            }
            in_line = false;
        } else if !c.is_whitespace() {
            in_line = true;
        }
    }
    head
}

/// The publication stamps of `text`, in text order: those of its head,
/// then those of the lines a stamp label opens further down.
pub(crate) fn stamps(text: &str) -> Vec<Stamp> {
    let head = head(text);
    let mut out = stamps_in(head, 0, true);
    for (a, b) in label_lines(text, head.len()) {
        if let Some(line) = text.get(a..b) {
            out.extend(stamps_in(line, a, false));
        }
    }
    out
}

/// The lines of `text` from byte `from` on whose first word is a stamp
/// label ([`stamp_label`]: "Posted on …", "[Downloaded …", "UPDATED: …"),
/// as byte ranges.
fn label_lines(text: &str, from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let rest = text.get(from..).unwrap_or("");
    for line in rest.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        let first = line
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if first.len() <= 12 && stamp_label(&first.to_lowercase()).is_some() {
            out.push((start, end));
        }
        start += line.len();
    }
    out
}

/// The stamps of one part of an article: its head (`head`), or one line a
/// stamp label opens, which begins at byte `offset` of the article. Below
/// the head a date is a stamp only when nothing but stamp words stand
/// before it on its line and it closes the line (or a byline follows:
/// "Posted on March 3, 2014 by staff").
fn stamps_in(part: &str, offset: usize, head: bool) -> Vec<Stamp> {
    let toks = Tokens::new(part);
    let found = scan_tokens_at(part, &toks, None);
    let mut out = Vec::new();
    for f in &found {
        let line_start = part[..f.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = part[f.end..].find('\n').map_or(part.len(), |k| f.end + k);
        let before = &part[line_start..f.start];
        let lab = label(before);
        // the whole line is stamps: every token is in a date of the line,
        // a clock time, a zone or a label
        let in_date = |t: &Token| {
            found
                .iter()
                .any(|g| g.start <= t.start && t.end <= g.end && g.start >= line_start)
        };
        // the date opens its line, maybe after a clock time and zone
        // ("12:52 p. m. EDT May 2, 2013", "UPDATED 3:09 AM EST Dec 19") or
        // an earlier stamp of the line ("PUBLISHED: 02:31 GMT, 12 March
        // 2013 | UPDATED: 22:19 GMT, 12 March 2013")
        let opens = toks
            .all()
            .iter()
            .filter(|t| t.start >= line_start && t.end <= f.start)
            .all(|t| {
                t.kind == Kind::Num
                    || t.kind == Kind::Sym
                    || stamp_word(toks.low_of(t))
                    || in_date(t)
            });
        // "WASHINGTON, Dec. 6, 2023 —": a short place name and a comma;
        // press releases put a dash before the date ("SUNNYVALE, Calif.
        // —2/29/2012", "AUSTIN, Texas -- March 3, 2014")
        let wire = {
            let b = before.trim_end();
            b.ends_with([',', '|', '-', '\u{2014}', '\u{2013}'])
                && b.split_whitespace().count() <= 6
        };
        let line_toks: Vec<&Token> = toks
            .all()
            .iter()
            .filter(|t| t.start >= line_start && t.end <= line_end)
            .collect();
        let after = toks.all().iter().find(|t| t.start >= f.end);
        let closed = match after {
            None => true,
            Some(t) => {
                part[f.end..t.start].contains('\n')
                    || matches!(
                        toks.low_of(t),
                        "-" | ":" | "|" | "(" | "/" | "[" | ")" | "]"
                    )
            }
        };
        let only_stamp = line_toks.iter().all(|t| {
            in_date(t)
                || t.kind == Kind::Sym
                || t.kind == Kind::Num
                || (t.kind == Kind::Word && stamp_word(toks.low_of(t)))
        });
        // a label names a stamp, except a leading "on" that may open a
        // sentence ("On February 29, 2012, AMD announced …")
        let named = lab.is_some() && before.trim().to_lowercase() != "on";
        let byline = after.is_some_and(|t| toks.low_of(t) == "by");
        let stamp = if head {
            named || (lab.is_some() || opens || wire) && (closed || only_stamp)
        } else {
            opens && (closed || only_stamp || byline)
        };
        if !stamp {
            continue;
        }
        out.push(Stamp {
            start: offset + f.start,
            end: offset + f.end,
            date: day_of(&toks, f, line_start, line_end),
            label: lab
                .or_else(|| last_label(before))
                .unwrap_or(StampLabel::Publication),
            head,
            line: only_stamp.then_some((offset + line_start, offset + line_end)),
        });
    }
    out
}

/// The day a stamp names: a full date, or a month-day with a year written
/// elsewhere on its line.
fn day_of(toks: &Tokens, f: &Found, line_start: usize, line_end: usize) -> Option<CivilDate> {
    match f.val {
        DateValue::Unit(p) if p.g == Grain::Day && !f.rel => Some(civil(p.d)),
        DateValue::MonthDay(m, d) => {
            let year = toks
                .all()
                .iter()
                .filter(|t| t.start >= line_start && t.end <= line_end)
                .find(|t| t.ndig == 4 && (1900..=2199).contains(&t.num))
                .map(|t| t.num as i32)?;
            valid(year, m, d).then(|| civil(days_from_civil(year, m, d)))
        }
        _ => None,
    }
}
