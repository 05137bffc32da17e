//! The Markdown view, for terminals and diffs: a summary line, then every
//! event with two or more sources (conflicts with their sentences first,
//! then approximate values, agreed facts, shared quotes, and counts of what
//! only one source states), then one line per single-source event.
//!
//! Article text is written as it is, with whitespace collapsed and
//! Markdown emphasis characters left alone: the output is for reading,
//! the JSON view is for machines.

use super::show::{self, short_ids};
use super::{EventReport, FactReport, Report};
use crate::compare::{QuoteStatus, Status};
use std::io::{self, Write};

/// Agreed facts listed per event before the rest is summarised.
const MAX_AGREED: usize = 40;

/// Writes `report` as Markdown.
///
/// # Errors
/// Any error of `out`.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let multi: Vec<&EventReport> = report
        .events
        .iter()
        .filter(|e| e.sources.len() > 1 || e.summary.conflict > 0)
        .collect();
    let total = |f: fn(&EventReport) -> usize| report.events.iter().map(f).sum::<usize>();
    writeln!(out, "# Source consistency report\n")?;
    writeln!(
        out,
        "{} in {}; {} with two or more sources or a conflict. \
         Facts: {}, {} approximate, {} agreed. Quotes shared: {} verbatim, {} paraphrased.",
        super::count(report.documents.len(), "document"),
        super::count(report.events.len(), "event"),
        multi.len(),
        super::count(total(|e| e.summary.conflict), "conflict"),
        total(|e| e.summary.approximate),
        total(|e| e.summary.agree),
        total(|e| e.summary.verbatim_quotes),
        total(|e| e.summary.paraphrased_quotes),
    )?;
    if !report.skipped.is_empty() {
        writeln!(out, "\nSkipped records: {}", report.skipped.len())?;
        for s in &report.skipped {
            writeln!(out, "- {s}")?;
        }
    }
    for ev in &multi {
        event(report, ev, out)?;
    }
    let single: Vec<&EventReport> = report
        .events
        .iter()
        .filter(|e| !(e.sources.len() > 1 || e.summary.conflict > 0))
        .collect();
    if !single.is_empty() {
        writeln!(out, "\n## Events with a single source\n")?;
        for ev in single {
            writeln!(
                out,
                "- {}: {} ({}{}): {}, {}, nothing to compare",
                ev.id,
                ev.sources.join(", "),
                super::count(ev.documents.len(), "document"),
                if ev.not_compared.is_empty() {
                    String::new()
                } else {
                    format!(", {} not compared", ev.not_compared.len())
                },
                super::count(ev.facts.len(), "fact"),
                super::count(ev.quotes.len(), "quote"),
            )?;
        }
    }
    Ok(())
}

fn doc_labels(ev: &EventReport) -> Vec<(String, String)> {
    ev.documents
        .iter()
        .cloned()
        .zip(short_ids(&ev.documents))
        .collect()
}

fn label(labels: &[(String, String)], id: &str) -> String {
    labels
        .iter()
        .find(|(full, _)| full == id)
        .map_or_else(|| id.to_string(), |(_, s)| s.clone())
}

fn event(report: &Report, ev: &EventReport, out: &mut dyn Write) -> io::Result<()> {
    let labels = doc_labels(ev);
    writeln!(
        out,
        "\n## {}: {}, {}\n",
        ev.id,
        super::count(ev.documents.len(), "document"),
        super::count(ev.sources.len(), "source")
    )?;
    for (id, short) in &labels {
        let info = report.documents.iter().find(|d| &d.id == id);
        let mut parts = vec![format!("`{short}`")];
        if short != id {
            parts.push(id.clone());
        }
        if let Some(s) = info.and_then(|d| d.source.as_deref()) {
            parts.push(s.to_string());
        }
        if let Some(p) = info.and_then(|d| d.published.as_deref()) {
            parts.push(format!("published {p}"));
        }
        if let Some(t) = info.and_then(|d| d.title.as_deref()) {
            parts.push(format!("\"{}\"", show::clip(t, 80)));
        }
        writeln!(out, "- {}", parts.join(" · "))?;
    }
    let s = &ev.summary;
    writeln!(
        out,
        "\n{} · {} approximate · {} agree · {} single source · {} shared word for word · {} paraphrased{}",
        super::count(s.conflict, "conflict"),
        s.approximate,
        s.agree,
        s.single_source,
        super::count(s.verbatim_quotes, "quote"),
        s.paraphrased_quotes,
        if s.misattributed_quotes > 0 {
            format!(" · {} attributed to different people", s.misattributed_quotes)
        } else {
            String::new()
        }
    )?;
    let of = |st: Status| ev.facts.iter().filter(move |f| f.status == st);
    if s.conflict > 0 {
        writeln!(out, "\n### Conflicts\n")?;
        for f in of(Status::Conflict) {
            discrepancy(f, &labels, " ≠ ", out)?;
        }
    }
    if s.approximate > 0 {
        writeln!(out, "\n### Approximate\n")?;
        for f in of(Status::Approximate) {
            discrepancy(f, &labels, " ≈ ", out)?;
        }
    }
    if s.agree > 0 {
        writeln!(out, "\n### Agreed\n")?;
        let (figures, names): (Vec<&FactReport>, Vec<&FactReport>) =
            of(Status::Agree).partition(|f| !show::is_name(f.kind));
        for f in figures.iter().take(MAX_AGREED) {
            let v = f.values.first();
            writeln!(
                out,
                "- {} · {}: {} — {}",
                show::kind(f.kind),
                key(f),
                v.map(show::value).unwrap_or_default(),
                docs_of(f, &labels)
            )?;
        }
        if figures.len() > MAX_AGREED {
            writeln!(out, "- … and {} more", figures.len() - MAX_AGREED)?;
        }
        if !names.is_empty() {
            let list: Vec<String> = names.iter().map(|f| f.key.clone()).collect();
            writeln!(out, "- names in two or more sources: {}", list.join(", "))?;
        }
    }
    let shared: Vec<_> = ev
        .quotes
        .iter()
        .filter(|q| q.status != QuoteStatus::SingleSource)
        .collect();
    if !shared.is_empty() {
        writeln!(out, "\n### Shared quotes\n")?;
        for q in shared {
            let docs: Vec<String> = q.documents.iter().map(|d| label(&labels, d)).collect();
            writeln!(
                out,
                "- {}{}: \"{}\" — {}",
                if q.status == QuoteStatus::Verbatim {
                    "verbatim"
                } else {
                    "paraphrased"
                },
                q.speaker
                    .as_deref()
                    .filter(|_| !q.misattributed)
                    .map(|s| format!(", {s}"))
                    .unwrap_or_default(),
                show::clip(&q.text, 160),
                docs.join(", ")
            )?;
            if q.misattributed {
                writeln!(
                    out,
                    "  - **attributed to different people:** {}",
                    show::attribution(q, |d| label(&labels, d))
                )?;
            }
        }
    }
    if s.single_source > 0 {
        let mut per_doc: Vec<(String, usize)> =
            labels.iter().map(|(_, s)| (s.clone(), 0)).collect();
        for f in of(Status::SingleSource) {
            for d in f.values.iter().flat_map(|v| v.documents.iter()) {
                let l = label(&labels, d);
                if let Some(e) = per_doc.iter_mut().find(|(s, _)| *s == l) {
                    e.1 += 1;
                }
            }
        }
        let parts: Vec<String> = per_doc.iter().map(|(d, n)| format!("{d}: {n}")).collect();
        writeln!(
            out,
            "\nStated by one source only: {} ({}); {}.",
            super::count(s.single_source, "fact"),
            parts.join(", "),
            super::count(
                ev.quotes
                    .iter()
                    .filter(|q| q.status == QuoteStatus::SingleSource)
                    .count(),
                "quote"
            )
        )?;
    }
    if !ev.not_compared.is_empty() {
        writeln!(
            out,
            "\nNot compared: {} beyond the first {} of this event (`--max-event-docs`).",
            super::count(ev.not_compared.len(), "document"),
            ev.documents.len() - ev.not_compared.len()
        )?;
    }
    if !ev.unresolved.is_empty() {
        let list: Vec<String> = ev
            .unresolved
            .iter()
            .map(|m| {
                format!(
                    "\"{}\" ({})",
                    show::collapse(&m.text),
                    label(&labels, &m.doc)
                )
            })
            .collect();
        writeln!(
            out,
            "\nRelative dates not compared (no publication date): {}",
            list.join(", ")
        )?;
    }
    Ok(())
}

fn key(f: &FactReport) -> String {
    if f.key.is_empty() {
        "(no context)".to_string()
    } else {
        f.key.clone()
    }
}

fn docs_of(f: &FactReport, labels: &[(String, String)]) -> String {
    let mut ids: Vec<String> = f
        .values
        .iter()
        .flat_map(|v| v.documents.iter())
        .map(|d| label(labels, d))
        .collect();
    ids.dedup();
    ids.join(", ")
}

fn discrepancy(
    f: &FactReport,
    labels: &[(String, String)],
    sep: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let values: Vec<String> = f
        .values
        .iter()
        .map(|v| {
            let docs: Vec<String> = v.documents.iter().map(|d| label(labels, d)).collect();
            format!("**{}** ({})", show::value(v), docs.join(", "))
        })
        .collect();
    writeln!(
        out,
        "- {} · {}: {}",
        show::kind(f.kind),
        key(f),
        values.join(sep)
    )?;
    for v in &f.values {
        // One sentence per document is enough.
        let mut seen: Vec<&str> = Vec::new();
        for m in &v.mentions {
            if seen.contains(&m.doc.as_str()) {
                continue;
            }
            seen.push(&m.doc);
            if let Some(s) = &m.sentence {
                writeln!(
                    out,
                    "  - {}: {}**{}**{}",
                    label(labels, &m.doc),
                    show::squeeze(&s.before).trim_start(),
                    show::collapse(&s.mention),
                    show::squeeze(&s.after).trim_end()
                )?;
            }
        }
    }
    Ok(())
}
