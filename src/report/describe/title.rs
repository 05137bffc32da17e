//! An event's title: the most central headline of its documents, or of
//! their first sentences (see the parent module).

use super::*;

/// Longest title kept from a first sentence, in characters.
pub(super) const MAX_SENTENCE_TITLE: usize = 200;

/// Bytes of a text's start read for its first sentence.
pub(super) const FIRST_SENTENCE_BYTES: usize = 1200;

/// Document frequencies of words over a set of lines (headlines, or first
/// sentences).
pub(crate) struct WordStats {
    df: HashMap<String, u32>,
    lines: u32,
}

impl WordStats {
    pub(crate) fn new<'a>(lines: impl Iterator<Item = &'a str>) -> WordStats {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut n = 0u32;
        for l in lines {
            n = n.saturating_add(1);
            for w in words(l) {
                *df.entry(w).or_default() += 1;
            }
        }
        WordStats { df, lines: n }
    }

    /// Smoothed inverse document frequency (never below 1).
    fn idf(&self, w: &str) -> f64 {
        let df = f64::from(self.df.get(w).copied().unwrap_or(0));
        ((1.0 + f64::from(self.lines)) / (1.0 + df)).ln() + 1.0
    }
}

/// The words of a line compared for centrality: lower case, split at
/// anything not a letter or digit, plurals folded, one-letter words left
/// out.
pub(super) fn words(line: &str) -> BTreeSet<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(|w| {
            let w = w.to_lowercase();
            crate::events::features::stem_plural(&w).to_string()
        })
        .collect()
}

/// Fewest words of a headline that says what happened: shorter ones are
/// labels ("Deputy Sheriff", "FIRED IN PHILLY!!", "Death for Orozco")
/// that name a topic, not an event.
pub(super) const MIN_HEADLINE_WORDS: usize = 4;

/// Most words of a headline: longer ones are a lead sentence standing in
/// for one.
pub(super) const MAX_HEADLINE_WORDS: usize = 20;

/// Words of a line as a reader counts them (runs of non-space holding a
/// letter or digit).
pub(super) fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a headline has the length of one that says what happened
/// ([`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words).
pub(super) fn tells_the_event(line: &str) -> bool {
    (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&word_count(line))
}

/// Characters of a title shown whole in the table of contents and
/// headings; a longer one is cut with "…".
pub(crate) const TITLE_CHARS: usize = 100;

/// Whether a headline asks a question ("Onion headline or actual
/// news?", "A Palin \"Pattern\"?"): an opinion piece's or a blog's, not a
/// report of what happened.
pub(super) fn asks(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '\'', '’', ' '])
        .ends_with('?')
}

/// Whether a headline is written as one: it says what happened
/// ([`tells_the_event`]), asks nothing ([`asks`]), is shown whole
/// ([`TITLE_CHARS`]) and does not end as a sentence does (a lead sentence
/// standing in for a headline ends with a full stop).
pub(super) fn written_as_headline(line: &str) -> bool {
    fits(line) && !line.trim_end().ends_with('.')
}

/// Whether a headline that says what happened asks nothing and is shown
/// whole.
pub(super) fn fits(line: &str) -> bool {
    tells_the_event(line) && !asks(line) && line.chars().count() <= TITLE_CHARS
}

/// Whether a headline says what happened and asks nothing.
pub(super) fn plain(line: &str) -> bool {
    tells_the_event(line) && !asks(line)
}

/// The headlines an event's title is chosen among, in order of
/// preference: the first tier with a headline gives the title (rule
/// `headline_tiers`).
pub(super) const HEADLINE_TIERS: &[fn(&str) -> bool] =
    &[written_as_headline, fits, plain, tells_the_event];

/// The index (into `lines`) of the line closest to the others: the highest
/// sum of TF-IDF cosines with every other line; ties go to the first.
pub(crate) fn central(lines: &[&str], stats: &WordStats) -> Option<usize> {
    central_among(lines, stats, |_| true)
}

/// [`central`] among the lines `eligible` accepts (closeness is still
/// measured to every line); `None` when it accepts none.
pub(super) fn central_among(
    lines: &[&str],
    stats: &WordStats,
    eligible: impl Fn(&str) -> bool,
) -> Option<usize> {
    let vecs: Vec<BTreeMap<String, f64>> = lines
        .iter()
        .map(|l| {
            words(l)
                .into_iter()
                .map(|w| {
                    let x = stats.idf(&w);
                    (w, x)
                })
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vecs
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let cos = |i: usize, j: usize| {
        if norms[i] == 0.0 || norms[j] == 0.0 {
            return 0.0;
        }
        let dot: f64 = vecs[i]
            .iter()
            .filter_map(|(w, x)| vecs[j].get(w).map(|y| x * y))
            .sum();
        dot / (norms[i] * norms[j])
    };
    let mut best: Option<(usize, f64)> = None;
    for i in (0..lines.len()).filter(|&i| eligible(lines[i])) {
        let score: f64 = (0..lines.len())
            .filter(|&j| j != i)
            .map(|j| cos(i, j))
            .sum();
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The first sentence of a text, whitespace collapsed, at most
/// [`MAX_SENTENCE_TITLE`] characters; `None` when the text has no word.
pub(crate) fn first_sentence(text: &str) -> Option<String> {
    let mut end = text.len().min(FIRST_SENTENCE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    let start = prefix.find(char::is_alphanumeric)?;
    let len = prefix[start..].chars().next()?.len_utf8();
    let s = crate::compare::sentence_around(prefix, Span::new(start, start + len));
    let whole = prefix.get(s.start..s.end)?;
    let sentence = show::clip(without_dateline(whole), MAX_SENTENCE_TITLE);
    (!sentence.is_empty()).then_some(sentence)
}

/// Separators that end a dateline before the lead ("LONDON, May 3 — ",
/// "Washington DC [US], August 31 : ", "Kyiv, 3 May (Reuters) - ").
const DATELINE_SEPARATORS: &[&str] = &[" — ", " – ", " -- ", " - ", " : "];

/// Most words of a dateline before its separator.
const DATELINE_WORDS: usize = 12;

/// A first sentence without the dateline that opens it: the text before
/// a separator ([`DATELINE_SEPARATORS`]) of at most [`DATELINE_WORDS`]
/// words that holds a date (a month's name or a number) and no lower-case
/// word of four letters or more but a stamp's label (a lead's own words),
/// when a lead of
/// [`super::LEAD_MIN_WORDS`] words follows it.
fn without_dateline(sentence: &str) -> &str {
    let Some((at, sep)) = DATELINE_SEPARATORS
        .iter()
        .filter_map(|sep| sentence.find(sep).map(|i| (i, sep.len())))
        .min()
    else {
        return sentence;
    };
    let (head, rest) = (&sentence[..at], sentence[at + sep..].trim_start());
    let head_words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let dated = head_words.iter().any(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            || crate::lex::words::month(&w.to_lowercase()).is_some_and(|(_, ambiguous)| !ambiguous)
    });
    // a stamp's label ("posted", "updated", "date") is no lead word
    let lead_words = head_words.iter().any(|w| {
        w.len() >= 4
            && w.chars().all(char::is_alphabetic)
            && w.chars().next().is_some_and(char::is_lowercase)
            && !matches!(*w, "date" | "dated")
            && crate::lex::words::stamp_label(w).is_none()
    });
    if dated
        && !lead_words
        && head_words.len() <= DATELINE_WORDS
        && word_count(rest) >= super::LEAD_MIN_WORDS
    {
        rest
    } else {
        sentence
    }
}

/// Bytes of a text's head searched for a headline standing on its own line.
const HEAD_BYTES: usize = 2000;

/// Non-empty lines of a text's head searched for a headline line.
const HEAD_LINES: usize = 12;

/// Bytes after a headline line where its words must recur: a headline
/// names what its lead then tells.
const RECUR_BYTES: usize = 1500;

/// Fewest of a headline line's content words that recur after it.
const MIN_RECURRING: usize = 2;

/// The content words of a line as [`words`] folds them: four letters or
/// more, not a function word.
fn content_words(line: &str) -> BTreeSet<String> {
    words(line)
        .into_iter()
        .filter(|w| w.chars().count() >= 4 && !crate::lex::words::is_function_word(w))
        .collect()
}

/// Whether a line is a headline in title case: three words of four
/// letters or more at least, each capitalised
/// ([`crate::lex::words::title_case`]).
pub(super) fn title_case(line: &str) -> bool {
    let long = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 3)
        .count();
    long >= 3 && crate::lex::words::title_case(line)
}

/// The headline of a text that carries it as its own line at the head
/// (a plain-text file saved from a web page, with no `title` field): a
/// line of the first [`HEAD_LINES`] that is written as a headline
/// ([`written_as_headline`]), is followed by more text, and whose content
/// words recur, [`MIN_RECURRING`] of them, in the [`RECUR_BYTES`] after
/// it. A line in title case is taken first, so a site's banner in
/// sentence case ("An official website of the ...") gives way to the
/// article's own headline below it; else the first line that qualifies.
/// Rule `headline_line`.
pub(crate) fn headline_line(text: &str) -> Option<String> {
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for raw in text[..end].split_inclusive('\n') {
        let line_end = at + raw.len();
        // A line cut by the head's end is not whole.
        if !raw.ends_with('\n') && line_end < text.len() {
            break;
        }
        let line = raw.trim();
        if !line.is_empty() {
            lines.push((line_end, line));
        }
        at = line_end;
        if lines.len() >= HEAD_LINES {
            break;
        }
    }
    let qualifies = |&(line_end, line): &(usize, &str)| -> bool {
        let mut rest_end = text.len().min(line_end + RECUR_BYTES);
        while !text.is_char_boundary(rest_end) {
            rest_end -= 1;
        }
        let rest = text.get(line_end..rest_end).unwrap_or("");
        if !written_as_headline(line) || rest.trim().is_empty() {
            return false;
        }
        let after = content_words(rest);
        content_words(line)
            .iter()
            .filter(|w| after.contains(*w))
            .count()
            >= MIN_RECURRING
    };
    let pick = lines
        .iter()
        .find(|l| title_case(l.1) && qualifies(l))
        .or_else(|| lines.iter().find(|l| qualifies(l)))?;
    Some(show::collapse(pick.1))
}
