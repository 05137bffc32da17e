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

use super::show::{self, Labels};
use super::{EventReport, FactReport, MentionReport, Report};
use crate::compare::{QuoteStatus, Status};
use crate::document::Span;
use std::collections::BTreeMap;
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

const STYLE: &str = r#"
:root { --agree:#d9f2df; --agree-b:#2e7d32; --approx:#fff4cc; --approx-b:#a67c00;
  --conflict:#fde0e0; --conflict-b:#c62828; --single:#eef1f5; --single-b:#6b7280; --line:#e3e7ec; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  margin: 0; color: #1f2933; background: #fafbfc; }
header, main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
header { border-bottom: 1px solid var(--line); background: #fff; max-width: none; }
h1 { font-size: 22px; margin: 4px 0; } h2 { font-size: 19px; margin: 10px 0 4px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
a { color: #1d4ed8; text-decoration: none; } a:hover { text-decoration: underline; }
.muted { color: #6b7280; } .small { font-size: 13px; }
:target { scroll-margin-top: 7em; } .mx :target { scroll-margin-top: 10em; }
nav.toc, section.event, section.single { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 20px 16px; margin: 18px 0; }
table.toc { border-collapse: collapse; width: 100%; font-size: 14px; }
table.toc th, table.toc td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.toc td.n { text-align: right; }
.legend span, .pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; margin: 1px 6px 1px 0; border: 1px solid; white-space: nowrap; }
.s-agree { background: var(--agree); border-color: var(--agree-b); }
.s-approximate { background: var(--approx); border-color: var(--approx-b); }
.s-conflict { background: var(--conflict); border-color: var(--conflict-b); }
.s-single { background: var(--single); border-color: var(--single-b); }
.meta { color: #4b5563; font-size: 14px; margin-bottom: 4px; }
.eid { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.mx { overflow: auto; max-height: 72vh; border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: 13px; min-width: 100%; }
table.matrix th, table.matrix td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
table.matrix thead th { background: #f3f5f8; position: sticky; top: 0; z-index: 2; min-width: 84px; max-width: 170px; font-weight: 600; }
table.matrix th.k { position: sticky; left: 0; z-index: 1; background: #fff; min-width: 190px; max-width: 260px; font-weight: 600; }
table.matrix thead th.k { z-index: 3; background: #f3f5f8; }
table.matrix tr.rc th.k { box-shadow: inset 4px 0 var(--conflict-b); }
table.matrix tr.ra th.k { box-shadow: inset 4px 0 var(--approx-b); }
table.matrix td { min-width: 84px; max-width: 170px; }
table.matrix td a { color: inherit; display: block; }
table.matrix td:empty::after { content: "·"; color: #c0c6ce; display: block; text-align: center; }
tr.rg td:not(:empty) { background: var(--agree); }
tr.ra td:not(:empty) { background: var(--approx); }
tr.rc td:not(:empty) { background: var(--conflict); }
.kd { display: block; font-weight: 400; color: #6b7280; font-size: 12px; }
tr.why { display: none; }
tr.why:target, tr.why:has(:target) { display: table-row; }
tr:has(+ tr.why:target) th.k, tr:has(+ tr.why li:target) th.k { background: #fff3c4; }
tr.why > td { background: #f8f9fb; padding: 0; }
.in { position: sticky; left: 0; width: min(1100px, calc(100vw - 110px)); padding: 8px 12px 10px; font-size: 13px; }
.in p { margin: 2px 0 6px; }
ul.sents { margin: 4px 0; padding-left: 18px; }
ul.sents li { margin: 3px 0; padding: 1px 4px; border-radius: 4px; }
ul.sents li:target { background: #fff3c4; outline: 2px solid #e0b000; }
.ev ul { margin: 2px 0; padding-left: 18px; } .ev li { margin: 2px 0; }
a.x { float: right; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(520px, 100%), 1fr)); gap: 12px; }
.card { border: 1px solid var(--conflict-b); border-left-width: 5px; border-radius: 6px; padding: 8px 12px; background: #fff; }
.card.approximate { border-color: var(--approx-b); }
.card h4 { margin: 0 0 6px; font-size: 14px; }
.card .value { margin: 6px 0; }
.card blockquote { margin: 2px 0 6px; padding: 4px 10px; background: #f8f9fb; border-left: 3px solid #d5dae1; font-size: 13px; }
mark { background: #ffe08a; padding: 0 2px; border-radius: 2px; }
.card.conflict mark { background: #ffb4b4; }
ul.quotes li { margin: 4px 0; } code { font-size: 12px; }
details { margin: 6px 0; } summary { cursor: pointer; }
details.one { border-top: 1px solid var(--line); padding-top: 4px; }
details.one ul.sents { font-size: 13px; } details.one summary { font-size: 14px; }
table.docs { border-collapse: collapse; font-size: 13px; } table.docs td { padding: 2px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
ul.cols { columns: 2 340px; font-size: 14px; }
@media (max-width: 640px) {
  header, main { padding: 10px 8px; }
  nav.toc, section.event, section.single { padding: 6px 10px 12px; }
  table.matrix th.k { min-width: 112px; max-width: 140px; }
  table.matrix thead th, table.matrix td { min-width: 72px; }
  .in { width: calc(100vw - 48px); }
  table.toc th:nth-child(3), table.toc td:nth-child(3),
  table.toc th:nth-child(4), table.toc td:nth-child(4) { display: none; }
  table.toc th, table.toc td { padding: 4px 4px; }
}
"#;

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

fn matrix(
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
        super::count(rows.len(), "claim"),
        cols.len(),
        super::count(ev.documents.len(), "document"),
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
            super::count(rows.len() - MAX_ROWS, "claim")
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
fn why(ev: &EventReport, labels: &Labels, f: &FactReport, rid: &str, span: usize, h: &mut String) {
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
fn evidence(f: &FactReport, labels: &Labels, h: &mut String) {
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
fn copies(c: &crate::compare::CopyEvidence) -> String {
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
fn sentences(mentions: &[&MentionReport]) -> String {
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

fn cards(ev: &EventReport, labels: &Labels, rows: &[&FactReport], h: &mut String) {
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

fn quotes(ev: &EventReport, labels: &Labels, h: &mut String) {
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
fn single_source(report: &Report, ev: &EventReport, labels: &Labels, h: &mut String) {
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
        super::count(ev.summary.single_source, "fact")
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
            counts.push(super::count(names.len(), "name"));
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
                    super::count(groups.len() - MAX_SENTENCES, "sentence")
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
