//! Quotes shared across the documents of one event: word for word after
//! normalising quote marks, case and whitespace, or paraphrased (high
//! normalised Levenshtein similarity or token overlap).
//!
//! Consumes quote facts; produces [`AlignedQuote`]s. Deterministic: groups
//! are numbered by their first mention in input order.

use super::{AlignedQuote, EventDoc, Mention, QuoteSpeaker, QuoteStatus, UnionFind};
use crate::document::DocIndex;
use crate::facts::names;
use crate::facts::{FactKind, FactValue};
use std::collections::BTreeSet;

/// A quote that short is too common to say two sources share it.
const MIN_WORDS: usize = 4;

/// A shared quote this short ("for the foreseeable future") is a common
/// phrase: two speakers of it are not a misattribution.
const MIN_ATTRIBUTED_WORDS: usize = 6;

/// The words of a quote for comparison: lower case, quote marks, dashes
/// and punctuation dropped, apostrophes unified.
pub(crate) fn quote_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '\u{2019}' | '\u{2018}') && !cur.is_empty() {
            cur.push('\'');
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur).trim_end_matches('\'').to_string());
        }
    }
    if !cur.is_empty() {
        words.push(cur.trim_end_matches('\'').to_string());
    }
    words
}

/// Whether `short` occurs as consecutive words of `long`.
fn contains_words(long: &[String], short: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// How two quotes relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuoteLink {
    /// The same words (or the one inside the other).
    Verbatim,
    /// Close in wording.
    Paraphrased,
}

/// Compares two quotes' words.
pub(crate) fn link(
    a: &[String],
    b: &[String],
    levenshtein_min: f64,
    jaccard_min: f64,
) -> Option<QuoteLink> {
    if a.len().min(b.len()) < MIN_WORDS {
        return (a == b && !a.is_empty() && a.len() >= 2).then_some(QuoteLink::Verbatim);
    }
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if contains_words(long, short) {
        return Some(QuoteLink::Verbatim);
    }
    let sa: BTreeSet<&str> = a.iter().map(String::as_str).collect();
    let sb: BTreeSet<&str> = b.iter().map(String::as_str).collect();
    let inter = sa.intersection(&sb).count();
    let union = sa.len() + sb.len() - inter;
    let jaccard = if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    };
    if jaccard >= jaccard_min {
        return Some(QuoteLink::Paraphrased);
    }
    // Levenshtein is quadratic: only for quotes that share words at all.
    if jaccard >= jaccard_min / 2.0 {
        let (ja, jb) = (a.join(" "), b.join(" "));
        if strsim::normalized_levenshtein(&ja, &jb) >= levenshtein_min {
            return Some(QuoteLink::Paraphrased);
        }
    }
    None
}

struct Q<'a> {
    doc: DocIndex,
    mention: Mention,
    text: &'a str,
    speaker: Option<&'a str>,
    /// The speaker is named right next to the quote (`"…," Austin said`),
    /// not resolved from a pronoun, a title or an earlier quote.
    named: bool,
    /// The text of its document.
    text_of_doc: &'a str,
    words: Vec<String>,
}

/// Groups the quotes of an event's documents.
pub(crate) fn align(
    docs: &[EventDoc<'_>],
    unit_of: &dyn Fn(DocIndex) -> usize,
    levenshtein_min: f64,
    jaccard_min: f64,
) -> Vec<AlignedQuote> {
    let mut qs: Vec<Q<'_>> = Vec::new();
    for d in docs {
        for f in d.facts.iter().filter(|f| f.kind == FactKind::Quote) {
            let FactValue::Text(t) = &f.value else {
                continue;
            };
            qs.push(Q {
                doc: d.index,
                mention: Mention {
                    doc: d.index,
                    span: f.span,
                    sentence: f.span,
                    qualifier: None,
                },
                text: t,
                speaker: f.speaker.as_deref(),
                named: f
                    .speaker
                    .as_deref()
                    .is_some_and(|n| named_next_to(d.text, f.span.start, f.span.end, n)),
                text_of_doc: d.text,
                words: quote_words(t),
            });
        }
    }
    let mut uf = UnionFind::new(qs.len());
    let mut paraphrase_link = vec![false; qs.len()];
    for i in 0..qs.len() {
        for j in (i + 1)..qs.len() {
            if qs[i].doc == qs[j].doc && qs[i].words != qs[j].words {
                continue;
            }
            match link(&qs[i].words, &qs[j].words, levenshtein_min, jaccard_min) {
                Some(QuoteLink::Verbatim) => uf.union(i, j),
                Some(QuoteLink::Paraphrased) => {
                    uf.union(i, j);
                    paraphrase_link[i] = true;
                    paraphrase_link[j] = true;
                }
                None => {}
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; qs.len()];
    for i in 0..qs.len() {
        let r = uf.find(i);
        match group_of[r] {
            Some(g) => groups[g].push(i),
            None => {
                group_of[r] = Some(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
        .into_iter()
        .map(|g| {
            let units: BTreeSet<usize> = g.iter().map(|&i| unit_of(qs[i].doc)).collect();
            let status = if units.len() < 2 {
                QuoteStatus::SingleSource
            } else if g.iter().any(|&i| paraphrase_link[i]) {
                QuoteStatus::Paraphrased
            } else {
                QuoteStatus::Verbatim
            };
            // The shared words: the shortest member of a verbatim group.
            let shown = g
                .iter()
                .copied()
                .min_by_key(|&i| {
                    if status == QuoteStatus::Verbatim {
                        (qs[i].words.len(), i)
                    } else {
                        (0, i)
                    }
                })
                .unwrap_or(g[0]);
            let mut speakers: Vec<&str> = g.iter().filter_map(|&i| qs[i].speaker).collect();
            speakers.sort_unstable();
            let speaker = most_common(&speakers).map(str::to_string);
            let docs_in: BTreeSet<DocIndex> = g.iter().map(|&i| qs[i].doc).collect();
            let attributed =
                attributions(g.iter().filter_map(|&i| Some((qs[i].speaker?, qs[i].doc))));
            // Different people named next to the quote in different sources,
            // neither naming the other there: a misattribution. (Two people
            // in one source are two speakers saying the same words; a speaker
            // resolved from "he said" is a guess, never evidence against
            // another source; "Zadan and Meron said" names both.)
            let named: Vec<usize> = g
                .iter()
                .copied()
                .filter(|&i| qs[i].named && qs[i].words.len() >= MIN_ATTRIBUTED_WORDS)
                .collect();
            let misattributed = status != QuoteStatus::SingleSource
                && named.iter().enumerate().any(|(a, &i)| {
                    named[a + 1..].iter().any(|&j| {
                        let (x, y) = (&qs[i], &qs[j]);
                        let (Some(sx), Some(sy)) = (x.speaker, y.speaker) else {
                            return false;
                        };
                        unit_of(x.doc) != unit_of(y.doc)
                            && !names::same_person(sx, sy)
                            && !named_next_to(
                                x.text_of_doc,
                                x.mention.span.start,
                                x.mention.span.end,
                                sy,
                            )
                            && !named_next_to(
                                y.text_of_doc,
                                y.mention.span.start,
                                y.mention.span.end,
                                sx,
                            )
                    })
                });
            AlignedQuote {
                text: trim_quote(qs[shown].text).to_string(),
                speaker,
                status,
                docs: docs_in.into_iter().collect(),
                mentions: g.iter().map(|&i| qs[i].mention).collect(),
                speakers: attributed,
                misattributed,
            }
        })
        .collect()
}

/// How far (bytes) from a quote its speaker's name counts as written next
/// to it: `"…," Defense Secretary Lloyd Austin said`.
const NAMED_WINDOW: usize = 64;

/// Whether the surname of `name` is written as a word within
/// [`NAMED_WINDOW`] bytes before `start` or after `end`, and not as a
/// possessive ("Reid's rep said" names the representative, not Reid).
fn named_next_to(text: &str, start: usize, end: usize, name: &str) -> bool {
    let Some(surname) = name.split_whitespace().last() else {
        return false;
    };
    let floor = |mut i: usize| {
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(start.saturating_sub(NAMED_WINDOW));
    let hi = floor(end.saturating_add(NAMED_WINDOW).min(text.len()));
    let windows = [
        text.get(lo..floor(start.min(text.len()))),
        text.get(floor(end.min(text.len()))..hi),
    ];
    windows.into_iter().flatten().any(|w| {
        w.match_indices(surname).any(|(i, m)| {
            let before = w[..i].chars().next_back();
            let rest = &w[i + m.len()..];
            let word_start = before.is_none_or(|c| !c.is_alphanumeric());
            let word_end = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
            let possessive = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
            word_start && word_end && !possessive
        })
    })
}

/// Groups (speaker, document) attributions by person, in order of first
/// mention: names [`names::same_person`] matches are one person, shown by
/// the longest form given.
fn attributions<'a>(items: impl Iterator<Item = (&'a str, DocIndex)>) -> Vec<QuoteSpeaker> {
    let mut out: Vec<QuoteSpeaker> = Vec::new();
    for (name, doc) in items {
        match out.iter_mut().find(|s| names::same_person(&s.name, name)) {
            Some(s) => {
                if name.len() > s.name.len() {
                    s.name = name.to_string();
                }
                if !s.docs.contains(&doc) {
                    s.docs.push(doc);
                }
            }
            None => out.push(QuoteSpeaker {
                name: name.to_string(),
                docs: vec![doc],
            }),
        }
    }
    for s in &mut out {
        s.docs.sort_unstable();
    }
    out
}

/// The most frequent item of a sorted slice (ties: the first).
fn most_common<'a>(sorted: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(&str, usize)> = None;
    let mut i = 0;
    while i < sorted.len() {
        let j = i + sorted[i..].iter().take_while(|s| **s == sorted[i]).count();
        if best.is_none_or(|(_, n)| j - i > n) {
            best = Some((sorted[i], j - i));
        }
        i = j;
    }
    best.map(|(s, _)| s)
}

/// A quote without its surrounding quote marks and trailing comma.
fn trim_quote(t: &str) -> &str {
    t.trim_matches(|c: char| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' | ',' | ' '
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_normalise_marks_case_and_space() {
        assert_eq!(
            quote_words("\u{201c}I’m  confident,\nthat\u{201d}"),
            vec!["i'm", "confident", "that"]
        );
    }

    #[test]
    fn links() {
        let w = |s: &str| quote_words(s);
        let a = w("\"Ukraine has taken back more than half the territory grabbed by Russia.\"");
        let b = w("\u{201c}Ukraine has taken back more than half the territory grabbed by Russia,\u{201d}");
        assert_eq!(link(&a, &b, 0.8, 0.6), Some(QuoteLink::Verbatim));
        let c = w("a free and sovereign Ukraine");
        let d = w("This underscores America's commitment to a free and sovereign Ukraine today");
        assert_eq!(link(&c, &d, 0.8, 0.6), Some(QuoteLink::Verbatim));
        let e = w("Ukraine has taken back more than half of the land seized by Russia.");
        assert_eq!(link(&a, &e, 0.8, 0.6), Some(QuoteLink::Paraphrased));
        let f = w("We will never negotiate with terrorists under any circumstances.");
        assert_eq!(link(&a, &f, 0.8, 0.6), None);
        assert_eq!(link(&w("yes"), &w("yes"), 0.8, 0.6), None);
    }

    #[test]
    fn most_common_ties_go_first() {
        assert_eq!(most_common(&["a", "b", "b"]), Some("b"));
        assert_eq!(most_common(&["a", "b"]), Some("a"));
        assert_eq!(most_common(&[]), None);
    }
}
