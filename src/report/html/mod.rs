//! The HTML view: one self-contained page (inline CSS, no script, no font
//! or image from the network).
//!
//! The page opens with a table of contents of the events (disputes first,
//! then by number of sources, `show::order`), each titled by its central
//! headline with its date and place. Each event then shows:
//!
//! - a fact-by-source matrix of the claims two or more sources state (one
//!   row per aligned figure or date, one column per document stating any),
//!   scrolling inside its card with the row labels and the header row
//!   sticky; every cell links to its sentence, and every row label to all
//!   the row's sentences and the evidence that made them one claim (a
//!   hidden row shown by `:target`, so no script is needed);
//! - the names two or more sources give;
//! - a card per conflict and approximation, with every side's wording in
//!   its sentence (and the date a relative wording was read as);
//! - the shared quotes;
//! - what only one source states, per document, collapsed: each sentence
//!   once with its figures and dates marked, then the names.
//!
//! Every piece of text that comes from the input (article text, ids,
//! titles, sources, names, keys) reaches the page through one function,
//! [`escape`].

mod cards;
mod matrix;

use cards::{cards, quotes, single_source};
use matrix::matrix;

use super::show::{self, Labels};
use super::{EventReport, MentionReport, Report};
use crate::compare::Status;
use crate::document::Span;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Rows of a matrix before the rest is left to the JSON report.
const MAX_ROWS: usize = 200;

/// Sentences listed per document among its single-source facts before the
/// rest is left to the JSON report.
const MAX_SENTENCES: usize = 150;

/// Escapes text for HTML element content and quoted attribute values:
/// `&`, `<`, `>`, `"` and `'` become character references. The only way
/// input text enters the page.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = include_str!("style.css");

/// Writes `report` as one self-contained HTML page.
///
/// # Errors
/// Any error of `out`.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(render(report).as_bytes())
}

/// The page as a string.
pub fn render(report: &Report) -> String {
    let mut h = String::new();
    let (full, single) = show::order(report);
    let sum = |f: fn(&EventReport) -> usize| report.events.iter().map(f).sum::<usize>();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>concord: source consistency report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>Source consistency report</h1>\n<div class=\"muted\">{} in {}, \
         {} compared across sources · <b>{}</b> · {} approximate · {} agreed · {} stated by one source · {} shared word for word</div>\n\
         <div class=\"legend small\" style=\"margin-top:6px\"><span class=\"s-agree\">agree</span>\
         <span class=\"s-approximate\">approximate</span><span class=\"s-conflict\">conflict</span>\
         <span class=\"s-single\">single source</span></div></header>\n<main>\n",
        super::count(report.documents.len(), "document"),
        super::count(report.events.len(), "event"),
        full.len(),
        super::count(sum(|e| e.summary.conflict), "conflict"),
        sum(|e| e.summary.approximate),
        sum(|e| e.summary.agree),
        sum(|e| e.summary.single_source),
        super::count(sum(|e| e.summary.verbatim_quotes), "quote"),
    );
    if !report.skipped.is_empty() {
        let _ = write!(
            h,
            "<details><summary>{} skipped records</summary><ul>",
            report.skipped.len()
        );
        for s in &report.skipped {
            let _ = write!(h, "<li><code>{}</code></li>", escape(&s.to_string()));
        }
        h.push_str("</ul></details>\n");
    }
    toc(&full, &single, &mut h);
    for ev in &full {
        event(report, ev, &mut h);
    }
    if !single.is_empty() {
        h.push_str(
            "<section class=\"single\" id=\"single\">\n<h2>Events with a single source</h2>\n\
             <ul class=\"small\">\n",
        );
        for ev in single {
            let _ = writeln!(
                h,
                "<li id=\"{}\"><b>{}</b> <span class=\"eid muted\">{}</span> — {}{}, {}, {}, {}</li>",
                escape(&ev.id),
                escape(&show::title(ev)),
                escape(&ev.id),
                show::event_date(ev)
                    .map(|d| format!("{} · ", escape(&d)))
                    .unwrap_or_default(),
                escape(&ev.sources.join(", ")),
                super::count(ev.documents.len(), "document"),
                super::count(ev.facts.len(), "fact"),
                super::count(ev.quotes.len(), "quote")
            );
        }
        h.push_str("</ul>\n</section>\n");
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn class(s: Status) -> &'static str {
    match s {
        Status::Agree => "s-agree",
        Status::Approximate => "s-approximate",
        Status::Conflict => "s-conflict",
        Status::SingleSource => "s-single",
    }
}

/// The verdict counts of an event as pills (zero counts left out, but
/// always the agreed count).
fn pills(ev: &EventReport) -> String {
    let s = &ev.summary;
    let mut p = String::new();
    if s.conflict > 0 {
        let _ = write!(
            p,
            "<span class=\"pill s-conflict\">{}</span>",
            super::count(s.conflict, "conflict")
        );
    }
    if s.misattributed_quotes > 0 {
        let _ = write!(
            p,
            "<span class=\"pill s-conflict\">{} attributed to different people</span>",
            super::count(s.misattributed_quotes, "quote")
        );
    }
    if s.approximate > 0 {
        let _ = write!(
            p,
            "<span class=\"pill s-approximate\">{} approximate</span>",
            s.approximate
        );
    }
    let _ = write!(p, "<span class=\"pill s-agree\">{} agreed</span>", s.agree);
    if s.single_source > 0 {
        let _ = write!(
            p,
            "<span class=\"pill s-single\">{} single source</span>",
            s.single_source
        );
    }
    p
}

fn toc(full: &[&EventReport], single: &[&EventReport], h: &mut String) {
    if full.is_empty() && single.is_empty() {
        return;
    }
    h.push_str(
        "<nav class=\"toc\" id=\"contents\">\n<h2>Events</h2>\n\
         <div class=\"small muted\">With a conflict first, then by number of sources.</div>\n",
    );
    if !full.is_empty() {
        h.push_str(
            "<table class=\"toc\"><thead><tr><th>event</th><th>date</th><th>place</th>\
             <th>sources</th><th>facts</th></tr></thead>\n<tbody>\n",
        );
        for ev in full {
            let _ = writeln!(
                h,
                "<tr><td><a href=\"#{}\">{}</a> <span class=\"eid muted\">{}</span></td>\
                 <td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                escape(&ev.id),
                escape(&show::clip(&show::title(ev), 140)),
                escape(&ev.id),
                escape(&show::event_date(ev).unwrap_or_default()),
                escape(ev.place.as_deref().unwrap_or("")),
                ev.sources.len(),
                pills(ev)
            );
        }
        h.push_str("</tbody></table>\n");
    }
    if !single.is_empty() {
        let _ = writeln!(
            h,
            "<details><summary>{} with a single source</summary><ul class=\"cols\">",
            super::count(single.len(), "event")
        );
        for ev in single {
            let _ = writeln!(
                h,
                "<li><a href=\"#{}\">{}</a> <span class=\"eid muted\">{}</span></li>",
                escape(&ev.id),
                escape(&show::clip(&show::title(ev), 90)),
                escape(&ev.id)
            );
        }
        h.push_str("</ul></details>\n");
    }
    h.push_str("</nav>\n");
}

/// The sentence of `m` with `marks` (document byte spans, in order)
/// marked, escaped; the mention alone when it has no sentence.
fn marked(m: &MentionReport, marks: &[Span]) -> String {
    let Some(s) = &m.sentence else {
        return format!("<mark>{}</mark>", escape(&show::collapse(&m.text)));
    };
    let mut out = String::new();
    for (text, mark) in show::sentence(s, marks) {
        if mark.is_some() {
            let _ = write!(out, "<mark>{}</mark>", escape(&text));
        } else {
            out.push_str(&escape(&text));
        }
    }
    out
}

fn event(report: &Report, ev: &EventReport, h: &mut String) {
    let labels = Labels::of(ev);
    let id = escape(&ev.id);
    let mut meta: Vec<String> = vec![format!("<span class=\"eid\">{id}</span>")];
    meta.extend(show::event_date(ev).map(|d| escape(&d)));
    meta.extend(ev.place.as_deref().map(escape));
    meta.push(super::count(ev.documents.len(), "document"));
    meta.push(super::count(ev.sources.len(), "source"));
    meta.push("<a href=\"#contents\">contents ↑</a>".to_string());
    let s = &ev.summary;
    let shared = if s.verbatim_quotes + s.paraphrased_quotes > 0 {
        format!(
            " {} shared word for word, {} paraphrased",
            super::count(s.verbatim_quotes, "quote"),
            s.paraphrased_quotes
        )
    } else {
        String::new()
    };
    let _ = write!(
        h,
        "<section class=\"event\" id=\"{id}\">\n<h2>{}</h2>\n<div class=\"meta\">{}</div>\n\
         <div class=\"small\">{}{shared}</div>\n",
        escape(&show::title(ev)),
        meta.join(" · "),
        pills(ev),
    );
    // The documents.
    let _ = write!(
        h,
        "<details><summary class=\"small\">The {}</summary><table class=\"docs\">",
        super::count(ev.documents.len(), "document")
    );
    for d in &ev.documents {
        let info = report.documents.iter().find(|x| &x.id == d);
        let _ = write!(
            h,
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&labels.get(d)),
            escape(d),
            escape(info.and_then(|x| x.source.as_deref()).unwrap_or("")),
            escape(info.and_then(|x| x.published.as_deref()).unwrap_or("")),
            escape(info.and_then(|x| x.title.as_deref()).unwrap_or(""))
        );
    }
    h.push_str("</table></details>\n");
    let rows = show::matrix_rows(ev);
    matrix(report, ev, &labels, &rows, h);
    let names: Vec<String> = ev
        .facts
        .iter()
        .filter(|f| show::is_name(f.kind) && f.status == Status::Agree)
        .map(|f| format!("{} ({})", escape(&f.key), show::documents(f).len()))
        .collect();
    if !names.is_empty() {
        let _ = writeln!(
            h,
            "<div class=\"small\"><b>Named by two or more sources</b> (documents): {}</div>",
            names.join(", ")
        );
    }
    cards(ev, &labels, &rows, h);
    quotes(ev, &labels, h);
    single_source(report, ev, &labels, h);
    if !ev.not_compared.is_empty() {
        let _ = writeln!(
            h,
            "<div class=\"small muted\">Not compared: {} beyond the first {} of this event (--max-event-docs).</div>",
            escape(&super::count(ev.not_compared.len(), "document")),
            ev.documents.len() - ev.not_compared.len()
        );
    }
    if !ev.unresolved.is_empty() {
        let list: Vec<String> = ev
            .unresolved
            .iter()
            .map(|m| format!("“{}” ({})", show::collapse(&m.text), labels.get(&m.doc)))
            .collect();
        let _ = writeln!(
            h,
            "<details class=\"small muted\"><summary>{} not compared (no publication date to resolve them)</summary>{}</details>",
            super::count(list.len(), "relative date"),
            escape(&list.join(", "))
        );
    }
    h.push_str("</section>\n");
}

/// The id of row `r` of event `ev` (its hidden sentences and evidence).
fn row_id(ev: &EventReport, r: usize) -> String {
    format!("{}-r{r}", escape(&ev.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("Kyiv — 175 €"), "Kyiv — 175 €");
    }
}
