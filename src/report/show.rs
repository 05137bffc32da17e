//! Display helpers shared by the Markdown and HTML views: the order of
//! events, short document labels, the rows of the fact-by-source matrix,
//! wordings, dates and text clean-up. Nothing here escapes: each view
//! escapes what it writes.

use super::{EventReport, FactReport, QuoteReport, Report, Sentence, ValueReport};
use crate::compare::Status;
use crate::document::Span;
use crate::facts::FactKind;
use std::collections::BTreeMap;

/// Who a misattributed quote is attributed to, by which documents:
/// "Lloyd Austin (a) vs Rustem Umerov (b)", documents shown by `label`.
pub(crate) fn attribution(q: &QuoteReport, label: impl Fn(&str) -> String) -> String {
    let who: Vec<String> = q
        .speakers
        .iter()
        .map(|sp| {
            let d: Vec<String> = sp.documents.iter().map(|d| label(d)).collect();
            format!("{} ({})", sp.name, d.join(", "))
        })
        .collect();
    who.join(" vs ")
}

/// A kind as a word ("money").
pub fn kind(k: FactKind) -> &'static str {
    match k {
        FactKind::Date => "date",
        FactKind::Money => "money",
        FactKind::Count => "count",
        FactKind::Number => "number",
        FactKind::Percent => "percent",
        FactKind::Ordinal => "ordinal",
        FactKind::Quantity => "quantity",
        FactKind::Duration => "duration",
        FactKind::Score => "score",
        FactKind::Person => "person",
        FactKind::Place => "place",
        FactKind::Org => "org",
        FactKind::Quote => "quote",
    }
}

/// A kind as a plural noun ("dates", "money figures").
pub fn kinds(k: FactKind, n: usize) -> String {
    let noun = match k {
        FactKind::Money => "money figure",
        FactKind::Percent => "percentage",
        FactKind::Org => "organisation",
        k => kind(k),
    };
    super::count(n, noun)
}

/// A verdict as words.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Agree => "agree",
        Status::Approximate => "approximate",
        Status::Conflict => "conflict",
        Status::SingleSource => "single source",
    }
}

/// Every wording of a value ("nearly 50", "almost 50") with the documents
/// writing it, in order of first mention.
pub fn wordings(v: &ValueReport) -> Vec<(String, Vec<&str>)> {
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    for m in &v.mentions {
        let w = collapse(&m.text);
        match out.iter_mut().find(|(x, _)| *x == w) {
            Some((_, docs)) => {
                if !docs.contains(&m.doc.as_str()) {
                    docs.push(&m.doc);
                }
            }
            None => out.push((w, vec![&m.doc])),
        }
    }
    out
}

/// Whitespace runs as one space.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whitespace runs as one space, keeping a leading or trailing one.
pub fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// A sentence with `marks` (document byte spans, in order) marked, as
/// pieces ([`Sentence::pieces`]) with whitespace squeezed, trimmed at both
/// ends, and an ellipsis where it was cut.
pub fn sentence(s: &Sentence, marks: &[Span]) -> Vec<(String, Option<usize>)> {
    let mut out: Vec<(String, Option<usize>)> = s
        .pieces(marks)
        .into_iter()
        .map(|(t, m)| (squeeze(t), m))
        .collect();
    if let Some(first) = out.first_mut() {
        first.0 = first.0.trim_start().to_string();
    }
    if let Some(last) = out.last_mut() {
        last.0 = last.0.trim_end().to_string();
    }
    if s.cut_before {
        out.insert(0, ("…".to_string(), None));
    }
    if s.cut_after {
        out.push(("…".to_string(), None));
    }
    out
}

/// Short labels of an event's documents: the id without the prefix all of
/// them share (cut at a separator: `ecbplus:13_4ecb` → `4ecb`), then up to
/// its first `_` when that stays unique (`003_1c90…` → `003`); the full id
/// whenever a shorter label would be ambiguous or shorter than two
/// characters.
pub fn short_ids(ids: &[String]) -> Vec<String> {
    let unique = |v: &[String]| {
        let mut s: Vec<&String> = v.iter().collect();
        s.sort();
        s.dedup();
        s.len() == v.len() && v.iter().all(|x| x.chars().count() >= 2)
    };
    let mut common = ids.first().map_or(0, String::len);
    for id in ids.iter().skip(1) {
        common = common.min(
            ids[0]
                .bytes()
                .zip(id.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    // Back to just after a separator.
    let first = ids.first().map_or("", String::as_str);
    let cut = first
        .get(..common)
        .and_then(|p| p.rfind([':', '_', '/', '-', '.', ' ']))
        .map_or(0, |i| i + 1);
    let stripped: Vec<String> = if ids.len() > 1 {
        ids.iter().map(|id| id[cut..].to_string()).collect()
    } else {
        ids.to_vec()
    };
    let stripped = if unique(&stripped) {
        stripped
    } else {
        ids.to_vec()
    };
    let short: Vec<String> = stripped
        .iter()
        .map(|id| id.split('_').next().unwrap_or(id).to_string())
        .collect();
    if unique(&short) {
        short
    } else {
        stripped
    }
}

/// Labels of one event's documents, by id.
pub struct Labels(BTreeMap<String, String>);

impl Labels {
    /// The labels of `ev`'s documents ([`short_ids`]).
    pub fn of(ev: &EventReport) -> Labels {
        Labels(
            ev.documents
                .iter()
                .cloned()
                .zip(short_ids(&ev.documents))
                .collect(),
        )
    }

    /// The label of a document (its id when it is not in the event).
    pub fn get(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    /// The labels of several documents, comma separated.
    pub fn list<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> String {
        ids.into_iter()
            .map(|d| self.get(d))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether a fact is a name (person, place, organisation).
pub fn is_name(k: FactKind) -> bool {
    matches!(k, FactKind::Person | FactKind::Place | FactKind::Org)
}

/// The first `n` characters of `s`, with an ellipsis when cut.
pub fn clip(s: &str, n: usize) -> String {
    let s = collapse(s);
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

/// Conflicts and misattributed quotes: the disagreements of an event.
pub fn disputes(ev: &EventReport) -> usize {
    ev.summary.conflict + ev.summary.misattributed_quotes
}

/// Whether an event is shown in full: two or more sources, or a dispute
/// (between copies of one text).
pub fn compared(ev: &EventReport) -> bool {
    ev.sources.len() > 1 || disputes(ev) > 0
}

/// The events in the order the views show them: those shown in full
/// ([`compared`]) with disputes first, then by number of sources, then
/// in input order; then the events with one source, in input order.
pub fn order(report: &Report) -> (Vec<&EventReport>, Vec<&EventReport>) {
    let (mut full, single): (Vec<&EventReport>, Vec<&EventReport>) =
        report.events.iter().partition(|e| compared(e));
    // A stable sort keeps input order among equals.
    full.sort_by_key(|e| (disputes(e) == 0, std::cmp::Reverse(e.sources.len())));
    (full, single)
}

/// The event's title, or its id when it has none.
pub fn title(ev: &EventReport) -> String {
    ev.title
        .clone()
        .unwrap_or_else(|| format!("Event {}", ev.id))
}

/// An ISO day or month as words ("9 December 2008", "December 2008"),
/// an interval as its two ends ("21 May 2005 to 22 May 2005"); other
/// forms as they are.
pub fn date(iso: &str) -> String {
    use crate::lex::words::MONTH_NAMES as MONTHS;
    if let Some((from, to)) = iso.split_once('/') {
        return format!("{} to {}", date(from), date(to));
    }
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(m @ 1..=12), Ok(d @ 1..=31)) => format!("{d} {} {y}", MONTHS[m - 1]),
                _ => iso.to_string(),
            }
        }
        [y, m] if y.len() == 4 && m.len() == 2 && y.bytes().all(|c| c.is_ascii_digit()) => {
            match m.parse::<usize>() {
                Ok(m @ 1..=12) => format!("{} {y}", MONTHS[m - 1]),
                _ => iso.to_string(),
            }
        }
        ["", "", m, d] if m.len() == 2 && d.len() == 2 => {
            match (m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(m @ 1..=12), Ok(d @ 1..=31)) => format!("{d} {}", MONTHS[m - 1]),
                _ => iso.to_string(),
            }
        }
        _ => iso.to_string(),
    }
}

/// The date a value was resolved to, in words, when a wording of it does
/// not carry it: a relative date ("last month", "on Wednesday") or one
/// without its year ("January") is read against its article's
/// publication day, and two such wordings can look alike ("last month"
/// and "last month") while they name different months. `None` for other
/// kinds, unresolved dates, and values whose every wording names the
/// year.
pub fn resolved(v: &ValueReport) -> Option<String> {
    let crate::facts::FactValue::Date(d) = &v.value else {
        return None;
    };
    let iso = d.iso()?;
    let year = iso
        .get(..4)
        .filter(|y| y.bytes().all(|c| c.is_ascii_digit()))?;
    v.mentions
        .iter()
        .any(|m| !m.text.contains(year))
        .then(|| date(&iso))
}

/// The event's date as words, marked "(published)" when it is the
/// publication day; `None` without a date.
pub fn event_date(ev: &EventReport) -> Option<String> {
    let d = date(ev.date.as_deref()?);
    Some(match ev.date_from {
        Some(super::DateFrom::Published) => format!("{d} (published)"),
        _ => d,
    })
}

/// The rows of the fact-by-source matrix: the figures and dates two or
/// more sources state (names and single-source facts are listed apart),
/// conflicts first, then approximations, then agreed facts by the number
/// of documents stating them; ties in the facts' order. An agreed figure
/// with no key is left out: it was aligned only because its sentences
/// run parallel ("a record of 9-14", "through 2012"), with no noun, verb
/// or subject read to say what it is, and a row "(no context)" tells a
/// reader nothing to check.
pub fn matrix_rows(ev: &EventReport) -> Vec<&FactReport> {
    let mut rows: Vec<&FactReport> = ev
        .facts
        .iter()
        .filter(|f| f.status != Status::SingleSource && !is_name(f.kind))
        .filter(|f| !(f.status == Status::Agree && f.key.is_empty()))
        .collect();
    rows.sort_by_key(|f| (f.status, std::cmp::Reverse(documents(f).len())));
    rows
}

/// The documents stating a fact, in order of first value.
pub fn documents(f: &FactReport) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for d in f.values.iter().flat_map(|v| v.documents.iter()) {
        if !out.contains(&d.as_str()) {
            out.push(d);
        }
    }
    out
}

/// How many sources state a fact whose documents include copies of one
/// text: "3 documents, 2 sources (1 = 2: one wire copy)", with each
/// document written by `label`; `None` without copies.
pub fn copies_note(f: &FactReport, label: impl Fn(&str) -> String) -> Option<String> {
    if f.copies.is_empty() {
        return None;
    }
    let docs = documents(f).len();
    let merged: usize = f.copies.iter().map(|g| g.len().saturating_sub(1)).sum();
    let groups: Vec<String> = f
        .copies
        .iter()
        .map(|g| {
            let ids: Vec<String> = g.iter().map(|d| label(d)).collect();
            format!("{}: one text", ids.join(" = "))
        })
        .collect();
    Some(format!(
        "{}, {} ({})",
        super::count(docs, "document"),
        super::count(docs.saturating_sub(merged), "source"),
        groups.join("; ")
    ))
}

/// The key of a fact, or "(no context)" when it has none.
pub fn key(f: &FactReport) -> String {
    if f.key.is_empty() {
        "(no context)".to_string()
    } else {
        f.key.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn kinds_in_plural() {
        assert_eq!(kinds(FactKind::Quantity, 2), "2 quantities");
        assert_eq!(kinds(FactKind::Quantity, 1), "1 quantity");
        assert_eq!(kinds(FactKind::Money, 3), "3 money figures");
        assert_eq!(kinds(FactKind::Date, 2), "2 dates");
        assert_eq!(super::super::count(2, "day"), "2 days");
    }

    #[test]
    fn short_labels() {
        assert_eq!(
            short_ids(&s(&["ecbplus:13_1ecb", "ecbplus:13_22ecb"])),
            s(&["1ecb", "22ecb"])
        );
        assert_eq!(
            short_ids(&s(&["003_1c90c308b9d89818", "004_2bb1ca82a2d8d4f3"])),
            s(&["003", "004"])
        );
        // One-letter labels say too little.
        assert_eq!(
            short_ids(&s(&["wire-a", "wire-b"])),
            s(&["wire-a", "wire-b"])
        );
        assert_eq!(short_ids(&s(&["a_1", "a_2"])), s(&["a_1", "a_2"]));
        assert_eq!(
            short_ids(&s(&["x_1", "x_1b", "y"])),
            s(&["x_1", "x_1b", "y"])
        );
        assert_eq!(short_ids(&s(&["ecbplus:1_1ecb"])), s(&["ecbplus:1"]));
        assert_eq!(short_ids(&s(&["same", "same"])), s(&["same", "same"]));
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(date("2008-12-09"), "9 December 2008");
        assert_eq!(date("2008-12"), "December 2008");
        assert_eq!(date("2008-W50"), "2008-W50");
        assert_eq!(date("2005-05-21/2005-05-22"), "21 May 2005 to 22 May 2005");
        assert_eq!(date("--08-29"), "29 August");
        assert_eq!(date("2008-13-01"), "2008-13-01");
    }

    #[test]
    fn a_relative_date_says_what_it_was_read_as() {
        let value = |iso: Option<&str>, words: &[&str]| ValueReport {
            value: crate::facts::FactValue::Date(
                iso.map_or(crate::facts::DateValue::Unresolved, |i| {
                    crate::facts::DateValue::from_iso(i).unwrap()
                }),
            ),
            qualifier: None,
            documents: vec!["a".into()],
            mentions: words
                .iter()
                .map(|w| super::super::MentionReport {
                    doc: "a".into(),
                    start: 0,
                    end: w.len(),
                    text: w.to_string(),
                    qualifier: None,
                    sentence: None,
                })
                .collect(),
        };
        // "last month" in articles of March and of April: two months.
        assert_eq!(
            resolved(&value(Some("2024-02"), &["last month"])).as_deref(),
            Some("February 2024")
        );
        assert_eq!(
            resolved(&value(Some("2024-05-03"), &["Friday", "May 3, 2024"])).as_deref(),
            Some("3 May 2024")
        );
        // Every wording names the year: nothing to add.
        assert_eq!(resolved(&value(Some("2024-05-03"), &["May 3, 2024"])), None);
        assert_eq!(resolved(&value(None, &["last month"])), None);
        assert_eq!(resolved(&value(Some("--08-29"), &["Aug. 29"])), None);
    }

    #[test]
    fn sentence_pieces_mark_each_span_once() {
        let sent = Sentence {
            span: Span::new(0, 40),
            start: 10,
            text: "Some  300 people, or 15 stations.".into(),
            cut_before: true,
            cut_after: false,
        };
        let p = sentence(
            &sent,
            &[Span::new(10, 19), Span::new(12, 14), Span::new(31, 33)],
        );
        assert_eq!(
            p,
            vec![
                ("…".to_string(), None),
                ("Some 300".to_string(), Some(0)),
                (" people, or ".to_string(), None),
                ("15".to_string(), Some(2)),
                (" stations.".to_string(), None),
            ]
        );
    }
}
