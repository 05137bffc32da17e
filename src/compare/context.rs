//! Words around a fact: sentence-bounded context windows, their weighted
//! similarity, and the readable phrase a fact is about ("security
//! assistance package" for "$175 million").
//!
//! Consumes a document's original text and fact spans; produces lower-case
//! word tokens with byte offsets and sentence numbers. Numbers never enter a
//! context (two reports of one fact differ exactly there), so similarity of
//! contexts never depends on the figures being compared.

use crate::document::Span;

/// Words counted on each side of a fact.
pub(crate) const WINDOW: usize = 8;

/// Weight of a function word relative to a content word.
const FUNCTION_WEIGHT: f64 = 0.3;

/// One word of the original text.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub lower: String,
    pub sentence: u32,
    pub has_digit: bool,
}

/// The words of one document.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocTokens {
    pub toks: Vec<Tok>,
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "lt", "col", "capt", "sgt", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "inc", "corp", "co", "jr", "sr", "prof", "rev", "ft", "mt",
];

/// Closed-class words: never the head of a phrase, lightly weighted in
/// contexts.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "also",
    "among",
    "an",
    "and",
    "another",
    "any",
    "approximately",
    "are",
    "around",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "else",
    "estimated",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "least",
    "less",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "roughly",
    "said",
    "same",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "worth",
    "valued",
    "totaling",
    "totalling",
    "amounting",
    "costing",
    "nearly",
    "almost",
    "some",
    "another",
    "new",
    "s",
    "m",
    "bn",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "percent",
    "per",
    "cent",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `w` (lower case) is a closed-class word.
pub(crate) fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
}

impl DocTokens {
    /// Splits `text` into words (runs of letters and digits, with inner
    /// apostrophes), numbering sentences: a line break, or `.`, `!`, `?`
    /// followed by a capitalised word (not after an abbreviation or a
    /// single letter such as the "S" of "U.S."), starts a new sentence.
    pub fn new(text: &str) -> DocTokens {
        let mut toks: Vec<Tok> = Vec::new();
        let mut sentence = 0u32;
        let mut cur: Option<usize> = None;
        let mut gap_break = false;
        let mut gap_stop = false;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let inner_apostrophe = (c == '\'' || c == '\u{2019}')
                && cur.is_some()
                && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner_apostrophe {
                if cur.is_none() {
                    // A new word: decide whether the gap before it ends a sentence.
                    if let Some(prev) = toks.last() {
                        let abbrev = prev.lower.chars().count() == 1
                            || ABBREVIATIONS.contains(&prev.lower.as_str());
                        if gap_break || (gap_stop && c.is_uppercase() && !abbrev) {
                            sentence = sentence.saturating_add(1);
                        }
                    }
                    cur = Some(i);
                }
                continue;
            }
            if let Some(s) = cur.take() {
                push(&mut toks, text, s, i, sentence);
                gap_break = false;
                gap_stop = false;
            }
            match c {
                '\n' => gap_break = true,
                '.' | '!' | '?' | ';' => gap_stop = true,
                _ => {}
            }
        }
        if let Some(s) = cur {
            push(&mut toks, text, s, text.len(), sentence);
        }
        DocTokens { toks }
    }

    /// Index of the first token that ends after `pos`.
    fn first_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.end <= pos)
    }

    /// The sentence of a span: that of its first word (or of the next word).
    fn sentence_of(&self, span: Span) -> Option<u32> {
        let i = self.first_after(span.start);
        self.toks
            .get(i)
            .or_else(|| self.toks.last())
            .map(|t| t.sentence)
    }

    /// Words left of the span in its sentence, nearest first, numbers skipped.
    pub fn left(&self, span: Span) -> impl Iterator<Item = &Tok> + '_ {
        let sent = self.sentence_of(span);
        let i = self.toks.partition_point(|t| t.end <= span.start);
        self.toks[..i]
            .iter()
            .rev()
            .take_while(move |t| Some(t.sentence) == sent)
            .filter(|t| !t.has_digit)
    }

    /// Words right of the span in its sentence, nearest first, numbers skipped.
    pub fn right(&self, span: Span) -> impl Iterator<Item = &Tok> + '_ {
        let sent = self.sentence_of(span);
        let i = self.toks.partition_point(|t| t.start < span.end);
        self.toks[i..]
            .iter()
            .take_while(move |t| Some(t.sentence) == sent)
            .filter(|t| !t.has_digit)
    }

    /// Byte range of the sentence holding `span` (for display).
    pub fn sentence_span(&self, span: Span, text_len: usize) -> Span {
        let Some(sent) = self.sentence_of(span) else {
            return Span::new(0, text_len);
        };
        let first = self.toks.partition_point(|t| t.sentence < sent);
        let last = self.toks.partition_point(|t| t.sentence <= sent);
        let start = self.toks.get(first).map_or(0, |t| t.start).min(span.start);
        let end = last
            .checked_sub(1)
            .and_then(|l| self.toks.get(l))
            .map_or(text_len, |t| t.end)
            .max(span.end)
            .min(text_len);
        Span::new(start, end.max(start))
    }
}

fn push(toks: &mut Vec<Tok>, text: &str, s: usize, e: usize, sentence: u32) {
    let word = text.get(s..e).unwrap_or("");
    toks.push(Tok {
        start: s,
        end: e,
        lower: word.to_lowercase().replace('\u{2019}', "'"),
        sentence,
        has_digit: word.chars().any(|c| c.is_ascii_digit()),
    });
}

/// A weighted bag of side-tagged context words, sorted by key.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Context {
    items: Vec<(String, f64)>,
}

impl Context {
    /// The context of a fact: up to [`WINDOW`] words on each side in its
    /// sentence, the word at distance `d` weighted `1/d` (function words
    /// less), tagged with the side it is on. A side with fewer than
    /// [`WINDOW`]` / 2` words in the sentence (a dateline, a short
    /// sentence) continues into the neighbouring sentence at half weight.
    pub fn of(tokens: &DocTokens, span: Span) -> Context {
        let mut items: Vec<(String, f64)> = Vec::new();
        let sent = tokens.sentence_of(span);
        let mut add = |side: char, words: &mut dyn Iterator<Item = &Tok>| {
            let mut inside = 0usize;
            for (d, t) in words.take(WINDOW).enumerate() {
                let crossed = Some(t.sentence) != sent;
                if crossed && inside >= WINDOW / 2 {
                    break;
                }
                if !crossed {
                    inside += 1;
                }
                let base = 1.0 / (d as f64 + 1.0) * if crossed { 0.5 } else { 1.0 };
                let w = if is_function_word(&t.lower) {
                    base * FUNCTION_WEIGHT
                } else {
                    base
                };
                let mut key = String::with_capacity(t.lower.len() + 2);
                key.push(side);
                key.push(':');
                key.push_str(&t.lower);
                items.push((key, w));
            }
        };
        let i = tokens.toks.partition_point(|t| t.end <= span.start);
        add(
            'L',
            &mut tokens.toks[..i].iter().rev().filter(|t| !t.has_digit),
        );
        let j = tokens.toks.partition_point(|t| t.start < span.end).max(i);
        add('R', &mut tokens.toks[j..].iter().filter(|t| !t.has_digit));
        items.sort_by(|a, b| a.0.cmp(&b.0));
        let mut merged: Vec<(String, f64)> = Vec::with_capacity(items.len());
        for (k, w) in items {
            match merged.last_mut() {
                Some(last) if last.0 == k => last.1 += w,
                _ => merged.push((k, w)),
            }
        }
        Context { items: merged }
    }

    /// Total weight of the words (0 for a fact with no words around it).
    pub fn weight(&self) -> f64 {
        self.items.iter().map(|(_, w)| w).sum()
    }

    /// Weighted Jaccard similarity in [0, 1]: Σ min / Σ max over words.
    /// Two empty contexts have similarity 0 (nothing says they match).
    pub fn similarity(&self, other: &Context) -> f64 {
        let (mut i, mut j) = (0, 0);
        let (mut num, mut den) = (0.0, 0.0);
        let (a, b) = (&self.items, &other.items);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x.0 == y.0 => {
                    num += x.1.min(y.1);
                    den += x.1.max(y.1);
                    i += 1;
                    j += 1;
                }
                (Some(x), Some(y)) if x.0 < y.0 => {
                    den += x.1;
                    i += 1;
                }
                (Some(_), Some(y)) => {
                    den += y.1;
                    j += 1;
                }
                (Some(x), None) => {
                    den += x.1;
                    i += 1;
                }
                (None, Some(y)) => {
                    den += y.1;
                    j += 1;
                }
                (None, None) => break,
            }
        }
        if den > 0.0 {
            num / den
        } else {
            0.0
        }
    }
}

/// A crude singular of an English noun, for matching counted nouns
/// ("allies" and "ally", "people" stays).
pub(crate) fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.chars().count() >= 2 {
            return format!("{stem}y");
        }
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.chars().count() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// Verbs that often stand right before a noun phrase of a figure ("it
/// includes weapons worth $N"): a phrase never reaches past them.
const VERBS: &[&str] = &[
    "includes",
    "include",
    "included",
    "contains",
    "contain",
    "sent",
    "send",
    "sends",
    "announced",
    "announce",
    "announces",
    "approved",
    "approve",
    "approves",
    "provide",
    "provides",
    "provided",
    "gave",
    "give",
    "gives",
    "received",
    "receive",
    "receives",
    "got",
    "get",
    "gets",
    "pledged",
    "pledge",
    "pledges",
    "offered",
    "offer",
    "offers",
    "paid",
    "pay",
    "pays",
    "raised",
    "raise",
    "raises",
    "spent",
    "spend",
    "spends",
    "lost",
    "won",
    "sold",
    "bought",
    "seized",
    "stole",
    "owed",
    "owes",
    "signed",
    "said",
    "says",
    "unveiled",
    "committed",
    "allocated",
    "earmarked",
    "requested",
    "delivered",
];

fn content(t: &Tok) -> bool {
    !t.has_digit
        && !is_function_word(&t.lower)
        && !VERBS.contains(&t.lower.as_str())
        && t.lower.chars().count() > 1
}

/// The hedge word a fact's span starts with ("nearly" of "nearly 50
/// allies"), lower case, when the fact has a qualifier.
pub(crate) fn hedge_word(tokens: &DocTokens, span: Span) -> Option<String> {
    let i = tokens.first_after(span.start);
    tokens
        .toks
        .get(i)
        .filter(|t| t.start < span.end && !t.has_digit)
        .map(|t| t.lower.clone())
}

/// Up to three consecutive content words ending at the start of `words`
/// (given nearest first), in reading order.
fn phrase_from_left<'a>(words: impl Iterator<Item = &'a Tok>) -> Vec<&'a Tok> {
    let mut out: Vec<&Tok> = words.take_while(|t| content(t)).take(3).collect();
    out.reverse();
    out
}

/// The phrase a figure is about, and its head word (singular, lower case)
/// for matching: "package worth $175 million" and "the $175 million
/// package" give ("… package", "package"); "$175 million in military aid"
/// gives ("military aid", "aid"). Looks only inside the figure's sentence.
pub(crate) fn money_phrase(tokens: &DocTokens, span: Span) -> Option<(String, String)> {
    let left: Vec<&Tok> = tokens.left(span).take(6).collect();
    let right: Vec<&Tok> = tokens.right(span).take(6).collect();
    // "X worth $N", "X of $N", "X valued at $N", "X totaling $N".
    let linkers: &[&[&str]] = &[
        &["worth"],
        &["of"],
        &["at", "valued"],
        &["totaling"],
        &["totalling"],
        &["to", "amounting"],
        &["costing"],
    ];
    for l in linkers {
        if left.len() > l.len() && left.iter().zip(l.iter()).all(|(t, w)| t.lower == *w) {
            let p = phrase_from_left(left[l.len()..].iter().copied());
            if !p.is_empty() {
                return Some(finish(&p));
            }
        }
    }
    // "$N in X aid", "$N for X".
    if let Some(first) = right.first() {
        if matches!(first.lower.as_str(), "in" | "for") {
            let p: Vec<&Tok> = right[1..]
                .iter()
                .copied()
                .skip_while(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "new"))
                .take_while(|t| content(t))
                .take(3)
                .collect();
            if !p.is_empty() && first.lower == "in" {
                return Some(finish(&p));
            }
        } else if content(first) {
            // "$N package": a noun right after the figure.
            let p: Vec<&Tok> = right
                .iter()
                .copied()
                .take_while(|t| content(t))
                .take(2)
                .collect();
            return Some(finish(&p));
        }
    }
    None
}

fn finish(p: &[&Tok]) -> (String, String) {
    let phrase = p
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let head = p.last().map(|t| singular(&t.lower)).unwrap_or_default();
    (phrase, head)
}

/// The nearest content words of a fact's sentence, in reading order, as a
/// readable key when no better phrase is known: up to two words on the
/// left ("invasion began" for "in February 2022"), else on the right.
pub(crate) fn nearby_phrase(tokens: &DocTokens, span: Span) -> String {
    let left: Vec<&Tok> = tokens
        .left(span)
        .take(4)
        .filter(|t| content(t))
        .take(2)
        .collect();
    let words: Vec<&Tok> = if left.is_empty() {
        tokens
            .right(span)
            .take(4)
            .filter(|t| content(t))
            .take(2)
            .collect()
    } else {
        left.into_iter().rev().collect()
    };
    words
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, needle: &str) -> Span {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    #[test]
    fn sentences_and_windows() {
        let t = "The U.S. sent aid. Then 50 allies met in Kyiv.\nNew line here";
        let toks = DocTokens::new(t);
        let sp = span_of(t, "50 allies");
        let left: Vec<_> = toks.left(sp).map(|t| t.lower.clone()).collect();
        assert_eq!(left, vec!["then"]);
        let right: Vec<_> = toks.right(sp).map(|t| t.lower.clone()).collect();
        assert_eq!(right, vec!["met", "in", "kyiv"]);
        let sent = toks.sentence_span(sp, t.len());
        assert_eq!(&t[sent.start..sent.end], "Then 50 allies met in Kyiv");
        // "U.S. sent" stays one sentence.
        let sp = span_of(t, "sent");
        let left: Vec<_> = toks.left(sp).map(|t| t.lower.clone()).collect();
        assert_eq!(left, vec!["s", "u", "the"]);
    }

    #[test]
    fn context_similarity() {
        let a = "The package, worth $175 million, includes missiles.";
        let b = "The package, worth $350 million, includes missiles.";
        let c = "Officials said the fund grew by $175 million last year.";
        let (ta, tb, tc) = (DocTokens::new(a), DocTokens::new(b), DocTokens::new(c));
        let ca = Context::of(&ta, span_of(a, "$175 million"));
        let cb = Context::of(&tb, span_of(b, "$350 million"));
        let cc = Context::of(&tc, span_of(c, "$175 million"));
        assert!((ca.similarity(&cb) - 1.0).abs() < 1e-9);
        assert!(ca.similarity(&cc) < 0.2);
        assert_eq!(Context::default().similarity(&Context::default()), 0.0);
    }

    #[test]
    fn money_phrases() {
        let cases = [
            (
                "This most recent security assistance package, worth $175 million, includes",
                "$175 million",
                Some(("security assistance package", "package")),
            ),
            (
                "It includes weapons worth $175 million.",
                "$175 million",
                Some(("weapons", "weapon")),
            ),
            (
                "Congress approved $2 billion in military aid.",
                "$2 billion",
                Some(("military aid", "aid")),
            ),
            (
                "A $5 million fine was imposed.",
                "$5 million",
                Some(("fine", "fine")),
            ),
            ("He paid $5.", "$5", None),
        ];
        for (text, fig, want) in cases {
            let toks = DocTokens::new(text);
            let got = money_phrase(&toks, span_of(text, fig));
            assert_eq!(
                got,
                want.map(|(p, h)| (p.to_string(), h.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn singulars() {
        for (p, s) in [
            ("allies", "ally"),
            ("people", "people"),
            ("soldiers", "soldier"),
            ("churches", "church"),
            ("bus", "bus"),
            ("glass", "glass"),
        ] {
            assert_eq!(singular(p), s);
        }
    }
}
