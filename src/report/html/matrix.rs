//! The fact-by-source matrix of an event and the evidence behind each row:
//! one row per claim two or more sources state, one column per document
//! stating any, every cell linked to its sentence and every row label to a
//! hidden row (shown by `:target`) with all the row's sentences and the
//! evidence that made them one claim.

use super::{escape, marked, row_id, MAX_ROWS};
use crate::compare::Status;
use crate::document::Span;
use crate::report::show::{self, Labels};
use crate::report::{EventReport, FactReport, MentionReport, Report};
use std::fmt::Write as _;

pub(super) fn matrix(
    report: &Report,
    ev: &EventReport,
    labels: &Labels,
    rows: &[&FactReport],
    h: &mut String,
) {
    if rows.is_empty() {
        h.push_str(
            "<p class=\"small muted\">No figure or date is stated by two or more sources.</p>\n",
        );
        return;
    }
    let shown = &rows[..rows.len().min(MAX_ROWS)];
    // Columns: the documents stating any shown claim, in event order.
    let cols: Vec<(usize, &String)> = ev
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            shown
                .iter()
                .any(|f| show::documents(f).contains(&d.as_str()))
        })
        .collect();
    let _ = write!(
        h,
        "<h3>Stated by two or more sources</h3>\n<div class=\"small muted\">{} in {} of the {}. \
         A value opens its sentence; a claim opens every sentence and why they were taken as one claim.</div>\n\
         <div class=\"mx\"><table class=\"matrix\">\n<thead><tr><th class=\"k\">claim</th>",
        crate::report::count(rows.len(), "claim"),
        cols.len(),
        crate::report::count(ev.documents.len(), "document"),
    );
    for (_, d) in &cols {
        let info = report.documents.iter().find(|x| &x.id == *d);
        let src = info.and_then(|x| x.source.as_deref()).unwrap_or("");
        let title = info.and_then(|x| x.title.as_deref()).unwrap_or("");
        let _ = write!(
            h,
            "<th title=\"{}\">{}{}</th>",
            escape(&format!("{d} {title}")),
            escape(&labels.get(d)),
            if src.is_empty() {
                String::new()
            } else {
                format!("<br><span class=\"muted\">{}</span>", escape(src))
            }
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (r, f) in shown.iter().enumerate() {
        let rid = row_id(ev, r);
        let _ = write!(
            h,
            "<tr class=\"{}\"><th class=\"k\" scope=\"row\"><a href=\"#{rid}\">{}</a>\
             <span class=\"kd\">{} · {}{}</span></th>",
            match f.status {
                Status::Conflict => "rc",
                Status::Approximate => "ra",
                _ => "rg",
            },
            escape(&show::key(f)),
            show::kind(f.kind),
            show::status(f.status),
            show::copies_note(f, |d| labels.get(d))
                .map(|n| format!(" · {}", escape(&n)))
                .unwrap_or_default()
        );
        for (c, d) in &cols {
            let words: Vec<String> = {
                let mut w: Vec<String> = Vec::new();
                for m in f.values.iter().flat_map(|v| v.mentions.iter()) {
                    let t = show::collapse(&m.text);
                    if &m.doc == *d && !w.contains(&t) {
                        w.push(t);
                    }
                }
                w
            };
            if words.is_empty() {
                h.push_str("<td></td>");
            } else {
                let _ = write!(
                    h,
                    "<td><a href=\"#{rid}-{c}\">{}</a></td>",
                    escape(&words.join(" / "))
                );
            }
        }
        h.push_str("</tr>\n");
        why(ev, labels, f, &rid, cols.len() + 1, h);
    }
    h.push_str("</tbody></table></div>\n");
    if rows.len() > MAX_ROWS {
        let _ = writeln!(
            h,
            "<div class=\"small muted\">… and {} more (see the JSON report)</div>",
            crate::report::count(rows.len() - MAX_ROWS, "claim")
        );
    }
    let silent: Vec<String> = ev
        .documents
        .iter()
        .filter(|d| !cols.iter().any(|(_, c)| c == d))
        .map(|d| labels.get(d))
        .collect();
    if !silent.is_empty() {
        let _ = writeln!(
            h,
            "<div class=\"small muted\">No column for {}: no claim another source states.</div>",
            escape(&silent.join(", "))
        );
    }
}

/// The hidden row under a matrix row: each document's sentence (target of
/// its cell), what the claim is, and the evidence that aligned it.
pub(super) fn why(
    ev: &EventReport,
    labels: &Labels,
    f: &FactReport,
    rid: &str,
    span: usize,
    h: &mut String,
) {
    let _ = write!(
        h,
        "<tr class=\"why\" id=\"{rid}\"><td colspan=\"{span}\"><div class=\"in\">\
         <a class=\"x\" href=\"#_\">close</a><p><b>{}</b> · {} · {}",
        escape(&show::key(f)),
        show::kind(f.kind),
        show::status(f.status)
    );
    // The key holds the predicate and the phrase; the names it leaves out
    // are said here.
    if let Some(c) = f
        .claim
        .as_ref()
        .filter(|c| c.phrase.is_some() && !c.names.is_empty())
    {
        let _ = write!(h, " · said of {}", escape(&c.names.join(", ")));
    }
    h.push_str("</p><ul class=\"sents\">");
    for (c, d) in ev.documents.iter().enumerate() {
        let mentions: Vec<&MentionReport> = f
            .values
            .iter()
            .flat_map(|v| v.mentions.iter())
            .filter(|m| &m.doc == d)
            .collect();
        if mentions.is_empty() {
            continue;
        }
        let _ = write!(
            h,
            "<li id=\"{rid}-{c}\"><b>{}</b>: {}</li>",
            escape(&labels.get(d)),
            sentences(&mentions)
        );
    }
    h.push_str("</ul>");
    if !f.evidence.is_empty() {
        evidence(f, labels, h);
    }
    h.push_str("</div></td></tr>\n");
}

/// Why the mentions were taken as one claim: what every link shares said
/// once, then each link's documents, names, shared words and similarity.
pub(super) fn evidence(f: &FactReport, labels: &Labels, h: &mut String) {
    let all = |get: fn(&crate::compare::Evidence) -> Option<&String>| {
        let first = f.evidence.first().and_then(|e| get(&e.evidence));
        first.filter(|x| f.evidence.iter().all(|e| get(&e.evidence) == Some(*x)))
    };
    let head = all(|e| e.head.as_ref());
    let predicate = all(|e| e.predicate.as_ref());
    let mut common: Vec<String> = Vec::new();
    if let Some(x) = head {
        common.push(format!("the head noun “{}”", escape(x)));
    }
    if let Some(x) = predicate {
        common.push(format!("the predicate “{}”", escape(x)));
    }
    let _ = write!(
        h,
        "<div class=\"ev\"><b>Why one claim</b>: {}{} that joined two documents’ mentions:<ul>",
        if common.is_empty() {
            String::new()
        } else {
            format!("every link shares {}; ", common.join(" and "))
        },
        if f.evidence.len() == 1 {
            "the link"
        } else {
            "each link"
        }
    );
    for e in &f.evidence {
        let ev = &e.evidence;
        let mut parts: Vec<String> = Vec::new();
        if head.is_none() {
            if let Some(x) = &ev.head {
                parts.push(format!("head “{}”", escape(x)));
            }
        }
        if predicate.is_none() {
            if let Some(x) = &ev.predicate {
                parts.push(format!("predicate “{}”", escape(x)));
            }
        }
        if !ev.names.is_empty() {
            parts.push(format!("names {}", escape(&ev.names.join(", "))));
        }
        if ev.of {
            parts.push("of-phrases sharing a word".to_string());
        }
        if !ev.shared_words.is_empty() {
            parts.push(format!("words {}", escape(&ev.shared_words.join(", "))));
        }
        match &ev.copies {
            Some(c) => parts.push(copies(c)),
            None => parts.push(format!("similarity {:.2}", ev.similarity)),
        }
        let _ = write!(
            h,
            "<li><b>{}–{}</b> {}</li>",
            escape(&labels.get(&e.documents[0])),
            escape(&labels.get(&e.documents[1])),
            parts.join(" · ")
        );
    }
    h.push_str("</ul></div>");
}

/// Why two documents' stamp lines were compared: copies of one text, the
/// kind of stamp, and each record's own publication metadata.
pub(super) fn copies(c: &crate::compare::CopyEvidence) -> String {
    let meta = |m: &Option<String>| m.as_deref().map(escape).unwrap_or_else(|| "none".into());
    format!(
        "copies of one text (word Jaccard {:.2}) · both “{}” stamp lines · metadata {} and {}",
        c.jaccard,
        c.stamp,
        meta(&c.metadata[0]),
        meta(&c.metadata[1])
    )
}

/// The sentences of some mentions of one document, each sentence once with
/// all its mentions marked, joined by a dot.
pub(super) fn sentences(mentions: &[&MentionReport]) -> String {
    let mut groups: Vec<(&MentionReport, Vec<Span>)> = Vec::new();
    let mut sorted: Vec<&MentionReport> = mentions.to_vec();
    sorted.sort_by_key(|m| (m.start, m.end));
    for m in sorted {
        let inside = |g: &MentionReport| {
            g.sentence
                .as_ref()
                .zip(m.sentence.as_ref())
                .is_some_and(|(a, b)| {
                    a.span == b.span && m.start >= a.start && m.end <= a.start + a.text.len()
                })
        };
        let mark = Span::new(m.start, m.end);
        match groups.iter_mut().find(|(g, _)| inside(g)) {
            Some((_, marks)) => marks.push(mark),
            None => groups.push((m, vec![mark])),
        }
    }
    groups
        .iter()
        .map(|(m, marks)| marked(m, marks))
        .collect::<Vec<_>>()
        .join(" <span class=\"muted\">·</span> ")
}
