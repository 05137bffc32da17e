//! The parts of an event's card below its matrix: one card per conflict
//! and approximation with every side's wording, the shared quotes, and what
//! only one source states (per document, collapsed).

use super::matrix::sentences;
use super::{class, escape, marked, row_id, MAX_ROWS, MAX_SENTENCES};
use crate::compare::{QuoteStatus, Status};
use crate::document::Span;
use crate::report::show::{self, Labels};
use crate::report::{EventReport, FactReport, MentionReport, Report};
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub(super) fn cards(ev: &EventReport, labels: &Labels, rows: &[&FactReport], h: &mut String) {
    let cards: Vec<&FactReport> = ev
        .facts
        .iter()
        .filter(|f| matches!(f.status, Status::Conflict | Status::Approximate))
        .collect();
    if cards.is_empty() {
        return;
    }
    h.push_str("<h3>Discrepancies</h3>\n<div class=\"cards\">\n");
    for f in cards {
        let kind = if f.status == Status::Conflict {
            "conflict"
        } else {
            "approximate"
        };
        let row = rows
            .iter()
            .take(MAX_ROWS)
            .position(|r| std::ptr::eq(*r, f))
            .map(|r| {
                format!(
                    " <a class=\"small\" href=\"#{}\">why one claim</a>",
                    row_id(ev, r)
                )
            })
            .unwrap_or_default();
        let _ = write!(
            h,
            "<div class=\"card {kind}\"><h4><span class=\"pill {}\">{}</span>{} · {}{row}</h4>",
            class(f.status),
            show::status(f.status),
            show::kind(f.kind),
            escape(&show::key(f))
        );
        for v in &f.values {
            let words: Vec<String> = show::wordings(v)
                .into_iter()
                .map(|(w, docs)| {
                    format!(
                        "<b>{}</b> <span class=\"muted small\">in {}</span>",
                        escape(&w),
                        escape(&labels.list(docs))
                    )
                })
                .collect();
            let read = show::resolved(v)
                .map(|d| format!(" <span class=\"small\">read as {}</span>", escape(&d)))
                .unwrap_or_default();
            let _ = write!(h, "<div class=\"value\">{}{read}</div>", words.join(" · "));
            let mut seen: Vec<&str> = Vec::new();
            for m in &v.mentions {
                if seen.contains(&m.doc.as_str()) || m.sentence.is_none() {
                    continue;
                }
                seen.push(&m.doc);
                let _ = write!(
                    h,
                    "<blockquote><span class=\"muted\">{}:</span> {}</blockquote>",
                    escape(&labels.get(&m.doc)),
                    marked(m, &[Span::new(m.start, m.end)])
                );
            }
        }
        h.push_str("</div>\n");
    }
    h.push_str("</div>\n");
}

pub(super) fn quotes(ev: &EventReport, labels: &Labels, h: &mut String) {
    let shared: Vec<_> = ev
        .quotes
        .iter()
        .filter(|q| q.status != QuoteStatus::SingleSource)
        .collect();
    if shared.is_empty() {
        return;
    }
    h.push_str("<h3>Shared quotes</h3>\n<ul class=\"quotes\">\n");
    for q in shared {
        let verbatim = q.status == QuoteStatus::Verbatim;
        let _ = writeln!(
            h,
            "<li><span class=\"pill {}\">{}</span>{}“{}” <span class=\"muted small\">{}</span></li>",
            if verbatim { "s-agree" } else { "s-approximate" },
            if verbatim { "verbatim" } else { "paraphrased" },
            q.speaker
                .as_deref()
                .filter(|_| !q.misattributed)
                .map(|s| format!("<b>{}</b>: ", escape(s)))
                .unwrap_or_default(),
            escape(&show::clip(&q.text, 300)),
            escape(&labels.list(q.documents.iter().map(String::as_str)))
        );
        if q.misattributed {
            let _ = writeln!(
                h,
                "<li class=\"small\"><span class=\"pill s-conflict\">attribution</span>attributed to different people: {}</li>",
                escape(&show::attribution(q, |d| labels.get(d)))
            );
        }
    }
    h.push_str("</ul>\n");
}

/// What only one source states, per document, collapsed: each sentence
/// once with its single-source figures and dates marked (titled by what
/// they are), then the names only that document gives.
pub(super) fn single_source(report: &Report, ev: &EventReport, labels: &Labels, h: &mut String) {
    // Per document: its mentions, names, and number of figures and dates.
    type One<'a> = (Vec<&'a MentionReport>, Vec<&'a str>, usize);
    let mut per_doc: BTreeMap<&str, One<'_>> = BTreeMap::new();
    for f in ev.facts.iter().filter(|f| f.status == Status::SingleSource) {
        if !show::is_name(f.kind) {
            for d in show::documents(f) {
                per_doc.entry(d).or_default().2 += 1;
            }
        }
        for v in &f.values {
            for m in &v.mentions {
                let e = per_doc.entry(m.doc.as_str()).or_default();
                if show::is_name(f.kind) {
                    if !e.1.contains(&f.key.as_str()) {
                        e.1.push(&f.key);
                    }
                } else {
                    e.0.push(m);
                }
            }
        }
    }
    if per_doc.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<h3>Stated by one source only</h3>\n<div class=\"small muted\">{}: per document, each \
         sentence once with its figures and dates marked, then the names.</div>",
        crate::report::count(ev.summary.single_source, "fact")
    );
    for d in &ev.documents {
        let Some((mentions, names, figures)) = per_doc.get(d.as_str()) else {
            continue;
        };
        let info = report.documents.iter().find(|x| &x.id == d);
        let about: Vec<String> = [
            info.and_then(|x| x.source.as_deref()),
            info.and_then(|x| x.title.as_deref()),
        ]
        .into_iter()
        .flatten()
        .map(|t| show::clip(t, 80))
        .collect();
        let mut counts: Vec<String> = Vec::new();
        match figures {
            0 => {}
            1 => counts.push("1 figure or date".to_string()),
            n => counts.push(format!("{n} figures and dates")),
        }
        if !names.is_empty() {
            counts.push(crate::report::count(names.len(), "name"));
        }
        let _ = write!(
            h,
            "<details class=\"one\"><summary><b>{}</b> {} <span class=\"muted\">{}</span></summary>",
            escape(&labels.get(d)),
            counts.join(", "),
            escape(&about.join(" · ")),
        );
        if !mentions.is_empty() {
            // One entry per sentence.
            let mut groups: Vec<Vec<&MentionReport>> = Vec::new();
            let mut sorted = mentions.clone();
            sorted.sort_by_key(|m| (m.start, m.end));
            for m in sorted {
                let span = m.sentence.as_ref().map(|s| s.span);
                match groups
                    .last_mut()
                    .filter(|g| g[0].sentence.as_ref().map(|s| s.span) == span && span.is_some())
                {
                    Some(g) => g.push(m),
                    None => groups.push(vec![m]),
                }
            }
            h.push_str("<ul class=\"sents\">");
            for g in groups.iter().take(MAX_SENTENCES) {
                let _ = write!(h, "<li>{}</li>", sentences(g));
            }
            h.push_str("</ul>");
            if groups.len() > MAX_SENTENCES {
                let _ = write!(
                    h,
                    "<div class=\"small muted\">… and {} more (see the JSON report)</div>",
                    crate::report::count(groups.len() - MAX_SENTENCES, "sentence")
                );
            }
        }
        if !names.is_empty() {
            let _ = write!(
                h,
                "<div class=\"small\"><b>Names only here</b>: {}</div>",
                escape(&names.join(", "))
            );
        }
        h.push_str("</details>\n");
    }
}
