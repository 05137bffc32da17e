//! The HTML view: one self-contained page (inline CSS, no script, no
//! font or image from the network) that opens with a fact-by-source matrix
//! per event (agree, approximate, conflict and single source at a glance),
//! followed by discrepancy cards that show each value in its sentence, and
//! the shared quotes.
//!
//! Every piece of text that comes from the input (article text, ids,
//! titles, sources, names, keys) reaches the page through one function,
//! [`escape`].

use super::show::{self, short_ids};
use super::{EventReport, FactReport, Report};
use crate::compare::{QuoteStatus, Status};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Rows of a matrix before the rest is summarised.
const MAX_ROWS: usize = 60;

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
  --conflict:#fde0e0; --conflict-b:#c62828; --single:#eef1f5; --single-b:#6b7280; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  margin: 0; color: #1f2933; background: #fafbfc; }
header, main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
header { border-bottom: 1px solid #e3e7ec; background: #fff; max-width: none; }
h1 { font-size: 22px; margin: 4px 0; } h2 { font-size: 19px; margin: 28px 0 6px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.muted { color: #6b7280; } .small { font-size: 13px; }
section.event { background: #fff; border: 1px solid #e3e7ec; border-radius: 8px; padding: 8px 20px 16px; margin: 18px 0; }
.legend span, .pill { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; margin-right: 6px; border: 1px solid; }
.s-agree { background: var(--agree); border-color: var(--agree-b); }
.s-approximate { background: var(--approx); border-color: var(--approx-b); }
.s-conflict { background: var(--conflict); border-color: var(--conflict-b); }
.s-single { background: var(--single); border-color: var(--single-b); }
table.matrix { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
table.matrix th, table.matrix td { border: 1px solid #e3e7ec; padding: 4px 6px; vertical-align: top; text-align: left; }
table.matrix thead th { background: #f3f5f8; position: sticky; top: 0; }
table.matrix td.cell.s-agree, table.matrix td.cell.s-approximate, table.matrix td.cell.s-conflict, table.matrix td.cell.s-single { border-width: 1px; }
table.matrix td.empty { color: #c0c6ce; text-align: center; }
td.key { font-weight: 600; } td.kind { color: #6b7280; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--conflict-b); border-left-width: 5px; border-radius: 6px; padding: 8px 12px; background: #fff; }
.card.approximate { border-color: var(--approx-b); }
.card h4 { margin: 0 0 6px; font-size: 14px; }
.card .value { margin: 6px 0; }
.card blockquote { margin: 2px 0 6px; padding: 4px 10px; background: #f8f9fb; border-left: 3px solid #d5dae1; font-size: 13px; }
mark { background: #ffe08a; padding: 0 2px; border-radius: 2px; }
.card.conflict mark { background: #ffb4b4; }
ul.quotes li { margin: 4px 0; } code { font-size: 12px; }
details { margin: 8px 0; }
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
    let multi: Vec<&EventReport> = report
        .events
        .iter()
        .filter(|e| e.sources.len() > 1 || e.summary.conflict > 0)
        .collect();
    let sum = |f: fn(&EventReport) -> usize| report.events.iter().map(f).sum::<usize>();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>concord: source consistency report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>Source consistency report</h1>\n<div class=\"muted\">{} in {}, \
         {} compared across sources · <b>{}</b> · {} approximate · {} agreed · {} shared word for word</div>\n\
         <div class=\"legend small\" style=\"margin-top:6px\"><span class=\"s-agree\">agree</span>\
         <span class=\"s-approximate\">approximate</span><span class=\"s-conflict\">conflict</span>\
         <span class=\"s-single\">single source</span></div></header>\n<main>\n",
        super::count(report.documents.len(), "document"),
        super::count(report.events.len(), "event"),
        multi.len(),
        super::count(sum(|e| e.summary.conflict), "conflict"),
        sum(|e| e.summary.approximate),
        sum(|e| e.summary.agree),
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
    for ev in &multi {
        event(report, ev, &mut h);
    }
    let single: Vec<&EventReport> = report
        .events
        .iter()
        .filter(|e| !(e.sources.len() > 1 || e.summary.conflict > 0))
        .collect();
    if !single.is_empty() {
        let _ = write!(
            h,
            "<h2>Events with a single source</h2>\n<ul class=\"small\">"
        );
        for ev in single {
            let _ = write!(
                h,
                "<li><b>{}</b>: {} — {}, {}, {}</li>",
                escape(&ev.id),
                escape(&ev.sources.join(", ")),
                super::count(ev.documents.len(), "document"),
                super::count(ev.facts.len(), "fact"),
                super::count(ev.quotes.len(), "quote")
            );
        }
        h.push_str("</ul>\n");
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

fn event(report: &Report, ev: &EventReport, h: &mut String) {
    let short = short_ids(&ev.documents);
    let label = |id: &str| {
        ev.documents
            .iter()
            .position(|d| d == id)
            .and_then(|i| short.get(i))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let s = &ev.summary;
    let _ = write!(
        h,
        "<section class=\"event\" id=\"{}\">\n<h2>{} · {} · {}</h2>\n\
         <div class=\"small\"><span class=\"pill s-conflict\">{}</span>\
         <span class=\"pill s-approximate\">{} approximate</span><span class=\"pill s-agree\">{} agree</span>\
         <span class=\"pill s-single\">{} single source</span> {} shared word for word, {} paraphrased{}</div>\n",
        escape(&ev.id),
        escape(&ev.id),
        super::count(ev.documents.len(), "document"),
        super::count(ev.sources.len(), "source"),
        super::count(s.conflict, "conflict"),
        s.approximate,
        s.agree,
        s.single_source,
        super::count(s.verbatim_quotes, "quote"),
        s.paraphrased_quotes,
        if s.misattributed_quotes > 0 {
            format!(
                ", <b>{} attributed to different people</b>",
                s.misattributed_quotes
            )
        } else {
            String::new()
        }
    );
    // The matrix: facts × documents.
    h.push_str("<table class=\"matrix\">\n<thead><tr><th>kind</th><th>about</th>");
    for (id, sh) in ev.documents.iter().zip(&short) {
        let info = report.documents.iter().find(|d| &d.id == id);
        let src = info.and_then(|d| d.source.as_deref()).unwrap_or("");
        let title = info.and_then(|d| d.title.as_deref()).unwrap_or("");
        let _ = write!(
            h,
            "<th title=\"{}\">{}<br><span class=\"muted\">{}</span></th>",
            escape(&format!("{id} {title}")),
            escape(sh),
            escape(src)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    let rows: Vec<&FactReport> = ev
        .facts
        .iter()
        .filter(|f| !(show::is_name(f.kind) && f.status == Status::SingleSource))
        .collect();
    for f in rows.iter().take(MAX_ROWS) {
        let _ = write!(
            h,
            "<tr><td class=\"kind\">{}</td><td class=\"key\">{}</td>",
            show::kind(f.kind),
            escape(&f.key)
        );
        for id in &ev.documents {
            let v = f.values.iter().find(|v| v.documents.contains(id));
            match v {
                Some(v) => {
                    let text = v
                        .mentions
                        .iter()
                        .find(|m| &m.doc == id)
                        .map(|m| show::collapse(&m.text))
                        .unwrap_or_default();
                    let _ = write!(
                        h,
                        "<td class=\"cell {}\" title=\"{}\">{}</td>",
                        class(f.status),
                        show::status(f.status),
                        escape(&text)
                    );
                }
                None => h.push_str("<td class=\"empty\">·</td>"),
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    if rows.len() > MAX_ROWS {
        let _ = writeln!(
            h,
            "<div class=\"small muted\">… and {} more facts (see the JSON report)</div>",
            rows.len() - MAX_ROWS
        );
    }
    // Discrepancy cards.
    let cards: Vec<&FactReport> = ev
        .facts
        .iter()
        .filter(|f| matches!(f.status, Status::Conflict | Status::Approximate))
        .collect();
    if !cards.is_empty() {
        h.push_str("<h3>Discrepancies</h3>\n<div class=\"cards\">\n");
        for f in cards {
            let kind = if f.status == Status::Conflict {
                "conflict"
            } else {
                "approximate"
            };
            let _ = write!(
                h,
                "<div class=\"card {kind}\"><h4><span class=\"pill {}\">{}</span>{} · {}</h4>",
                class(f.status),
                show::status(f.status),
                show::kind(f.kind),
                escape(&f.key)
            );
            for v in &f.values {
                let docs: Vec<String> = v.documents.iter().map(|d| label(d)).collect();
                let _ = write!(
                    h,
                    "<div class=\"value\"><b>{}</b> <span class=\"muted small\">in {}</span></div>",
                    escape(&show::value(v)),
                    escape(&docs.join(", "))
                );
                let mut seen: Vec<&str> = Vec::new();
                for m in &v.mentions {
                    if seen.contains(&m.doc.as_str()) {
                        continue;
                    }
                    seen.push(&m.doc);
                    if let Some(s) = &m.sentence {
                        let _ = write!(
                            h,
                            "<blockquote><span class=\"muted\">{}:</span> {}<mark>{}</mark>{}</blockquote>",
                            escape(&label(&m.doc)),
                            escape(show::squeeze(&s.before).trim_start()),
                            escape(&show::collapse(&s.mention)),
                            escape(show::squeeze(&s.after).trim_end())
                        );
                    }
                }
            }
            h.push_str("</div>\n");
        }
        h.push_str("</div>\n");
    }
    let shared: Vec<_> = ev
        .quotes
        .iter()
        .filter(|q| q.status != QuoteStatus::SingleSource)
        .collect();
    if !shared.is_empty() {
        h.push_str("<h3>Shared quotes</h3>\n<ul class=\"quotes\">\n");
        for q in shared {
            let docs: Vec<String> = q.documents.iter().map(|d| label(d)).collect();
            let _ = writeln!(
                h,
                "<li><span class=\"pill {}\">{}</span>{}“{}” <span class=\"muted small\">{}</span></li>",
                if q.status == QuoteStatus::Verbatim {
                    "s-agree"
                } else {
                    "s-approximate"
                },
                if q.status == QuoteStatus::Verbatim {
                    "verbatim"
                } else {
                    "paraphrased"
                },
                q.speaker
                    .as_deref()
                    .filter(|_| !q.misattributed)
                    .map(|s| format!("<b>{}</b>: ", escape(s)))
                    .unwrap_or_default(),
                escape(&show::clip(&q.text, 300)),
                escape(&docs.join(", "))
            );
            if q.misattributed {
                let _ = writeln!(
                    h,
                    "<li class=\"small\"><span class=\"pill s-conflict\">attribution</span>attributed to different people: {}</li>",
                    escape(&show::attribution(q, |d| label(d)))
                );
            }
        }
        h.push_str("</ul>\n");
    }
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
            .map(|m| format!("“{}” ({})", show::collapse(&m.text), label(&m.doc)))
            .collect();
        let _ = writeln!(
            h,
            "<div class=\"small muted\">Relative dates not compared (no publication date): {}</div>",
            escape(&list.join(", "))
        );
    }
    h.push_str("</section>\n");
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
