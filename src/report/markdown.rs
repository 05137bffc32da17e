//! The Markdown view, for terminals and diffs: a summary line, a table of
//! contents, then every event with two or more sources (or a dispute),
//! disputes first, then by number of sources (`show::order`), each titled
//! by its central headline with its date and place: conflicts and
//! approximations with every side's wording in its sentence, agreed facts
//! one line each, shared quotes, and what only one source states
//! summarised per source. One line per single-source event closes it.
//!
//! Article text is written as it is, with whitespace collapsed and
//! Markdown emphasis characters left alone: the output is for reading,
//! the JSON view is for machines. Each event heading is preceded by an
//! `<a id>` anchor the table of contents links to.

use super::describe::TITLE_CHARS;
use super::show::{self, Labels};
use super::{EventReport, FactReport, Report};
use crate::compare::{QuoteStatus, Status};
use crate::facts::FactKind;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Agreed facts listed per event before the rest is summarised.
const MAX_AGREED: usize = 40;

/// Writes `report` as Markdown.
///
/// # Errors
/// Any error of `out`.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let (full, single) = show::order(report);
    let total = |f: fn(&EventReport) -> usize| report.events.iter().map(f).sum::<usize>();
    writeln!(out, "# Source consistency report\n")?;
    writeln!(
        out,
        "{} in {}; {} with two or more sources or a conflict. \
         Facts stated by two or more sources: {}, {} approximate, {} agreed; by one source: {}. \
         Quotes shared: {} verbatim, {} paraphrased.",
        super::count(report.documents.len(), "document"),
        super::count(report.events.len(), "event"),
        full.len(),
        super::count(total(|e| e.summary.conflict), "conflict"),
        total(|e| e.summary.approximate),
        total(|e| e.summary.agree),
        total(|e| e.summary.single_source),
        total(|e| e.summary.verbatim_quotes),
        total(|e| e.summary.paraphrased_quotes),
    )?;
    if !report.skipped.is_empty() {
        writeln!(out, "\nSkipped records: {}", report.skipped.len())?;
        for s in &report.skipped {
            writeln!(out, "- {s}")?;
        }
    }
    if !full.is_empty() {
        writeln!(
            out,
            "\n## Contents\n\nEvents with a conflict first, then by number of sources.\n"
        )?;
        for (n, ev) in full.iter().enumerate() {
            writeln!(
                out,
                "{}. [{}](#{}) {}{}",
                n + 1,
                ev.id,
                ev.id,
                show::clip(&show::title(ev), TITLE_CHARS),
                toc_tail(ev)
            )?;
        }
        if !single.is_empty() {
            let list: Vec<String> = single
                .iter()
                .map(|e| format!("[{}](#{})", e.id, e.id))
                .collect();
            writeln!(
                out,
                "\nWith a single source ({}): {}",
                single.len(),
                list.join(", ")
            )?;
        }
    }
    for ev in &full {
        event(report, ev, out)?;
    }
    if !single.is_empty() {
        writeln!(out, "\n## Events with a single source\n")?;
        for ev in single {
            writeln!(
                out,
                "- <a id=\"{}\"></a>{} · {}{} — {} ({}{}): {}, {}, nothing to compare",
                ev.id,
                ev.id,
                show::clip(&show::title(ev), TITLE_CHARS),
                show::event_date(ev)
                    .map(|d| format!(" · {d}"))
                    .unwrap_or_default(),
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

/// " — 9 December 2008 · Malibu · 13 sources · **1 conflict**".
fn toc_tail(ev: &EventReport) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(show::event_date(ev));
    parts.extend(ev.place.clone());
    parts.push(super::count(ev.sources.len(), "source"));
    let s = &ev.summary;
    if s.conflict > 0 {
        parts.push(format!("**{}**", super::count(s.conflict, "conflict")));
    }
    if s.misattributed_quotes > 0 {
        parts.push(format!(
            "**{} attributed to different people**",
            super::count(s.misattributed_quotes, "quote")
        ));
    }
    if s.approximate > 0 {
        parts.push(format!("{} approximate", s.approximate));
    }
    parts.push(format!("{} agreed", s.agree));
    format!(" — {}", parts.join(" · "))
}

fn event(report: &Report, ev: &EventReport, out: &mut dyn Write) -> io::Result<()> {
    let labels = Labels::of(ev);
    writeln!(
        out,
        "\n<a id=\"{}\"></a>\n\n## {} · {}\n",
        ev.id,
        ev.id,
        show::clip(&show::title(ev), TITLE_CHARS)
    )?;
    let mut line: Vec<String> = Vec::new();
    line.extend(show::event_date(ev));
    line.extend(ev.place.clone());
    line.push(super::count(ev.documents.len(), "document"));
    line.push(super::count(ev.sources.len(), "source"));
    writeln!(out, "{}\n", line.join(" · "))?;
    for id in &ev.documents {
        let short = labels.get(id);
        let info = report.documents.iter().find(|d| &d.id == id);
        let mut parts = vec![format!("`{short}`")];
        if &short != id {
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
    let agreed: Vec<&FactReport> = show::matrix_rows(ev)
        .into_iter()
        .filter(|f| f.status == Status::Agree)
        .collect();
    let names: Vec<&FactReport> = of(Status::Agree)
        .filter(|f| show::is_name(f.kind))
        .collect();
    if !agreed.is_empty() || !names.is_empty() {
        writeln!(out, "\n### Agreed\n")?;
        for f in agreed.iter().take(MAX_AGREED) {
            let wordings: Vec<String> = f
                .values
                .iter()
                .flat_map(show::wordings)
                .map(|(w, docs)| format!("{w} ({})", labels.list(docs)))
                .collect();
            let note = show::copies_note(f, |d| labels.get(d))
                .map(|n| format!(" — {n}"))
                .unwrap_or_default();
            writeln!(
                out,
                "- {} · {}: {}{note}",
                show::kind(f.kind),
                show::key(f),
                wordings.join("; ")
            )?;
        }
        if agreed.len() > MAX_AGREED {
            writeln!(out, "- … and {} more", agreed.len() - MAX_AGREED)?;
        }
        if !names.is_empty() {
            let list: Vec<String> = names
                .iter()
                .map(|f| format!("{} ({})", f.key, show::documents(f).len()))
                .collect();
            writeln!(
                out,
                "- named by two or more sources (documents): {}",
                list.join(", ")
            )?;
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
                labels.list(q.documents.iter().map(String::as_str))
            )?;
            if q.misattributed {
                writeln!(
                    out,
                    "  - **attributed to different people:** {}",
                    show::attribution(q, |d| labels.get(d))
                )?;
            }
        }
    }
    single_source(ev, &labels, out)?;
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
            .map(|m| format!("\"{}\" ({})", show::collapse(&m.text), labels.get(&m.doc)))
            .collect();
        writeln!(
            out,
            "\nRelative dates not compared (no publication date): {}",
            list.join(", ")
        )?;
    }
    Ok(())
}

/// What only one source states, one line per document: counts by kind
/// (the JSON view and the HTML page list them with their sentences).
fn single_source(ev: &EventReport, labels: &Labels, out: &mut dyn Write) -> io::Result<()> {
    let mut per_doc: BTreeMap<&str, BTreeMap<FactKind, usize>> = BTreeMap::new();
    for f in ev.facts.iter().filter(|f| f.status == Status::SingleSource) {
        for d in show::documents(f) {
            *per_doc.entry(d).or_default().entry(f.kind).or_default() += 1;
        }
    }
    let quotes = ev
        .quotes
        .iter()
        .filter(|q| q.status == QuoteStatus::SingleSource)
        .count();
    if per_doc.is_empty() && quotes == 0 {
        return Ok(());
    }
    writeln!(
        out,
        "\n### Stated by one source only\n\n{}, {}:\n",
        super::count(ev.summary.single_source, "fact"),
        super::count(quotes, "quote")
    )?;
    for id in &ev.documents {
        let Some(kinds) = per_doc.get(id.as_str()) else {
            continue;
        };
        let parts: Vec<String> = kinds.iter().map(|(&k, &n)| show::kinds(k, n)).collect();
        writeln!(out, "- `{}`: {}", labels.get(id), parts.join(", "))?;
    }
    copied_only(ev, labels, out)
}

/// Facts only copies of one text state (counted once, so single-source),
/// one line per group of copies: how many, and which documents.
fn copied_only(ev: &EventReport, labels: &Labels, out: &mut dyn Write) -> io::Result<()> {
    let mut per_group: BTreeMap<&[String], usize> = BTreeMap::new();
    for f in ev.facts.iter().filter(|f| f.status == Status::SingleSource) {
        if let [group] = f.copies.as_slice() {
            *per_group.entry(group.as_slice()).or_default() += 1;
        }
    }
    for (group, n) in per_group {
        let ids: Vec<String> = group
            .iter()
            .map(|d| format!("`{}`", labels.get(d)))
            .collect();
        writeln!(
            out,
            "- {} stated only by copies of one text ({}), counted once",
            super::count(n, "fact"),
            ids.join(" = ")
        )?;
    }
    Ok(())
}

/// A conflict or approximation: every value with every wording and the
/// documents writing it (and the date it was read as, [`show::resolved`]),
/// then each document's sentence.
fn discrepancy(f: &FactReport, labels: &Labels, sep: &str, out: &mut dyn Write) -> io::Result<()> {
    let values: Vec<String> = f
        .values
        .iter()
        .map(|v| {
            let w: Vec<String> = show::wordings(v)
                .into_iter()
                .map(|(w, docs)| format!("**{w}** ({})", labels.list(docs)))
                .collect();
            match show::resolved(v) {
                Some(d) => format!("{} = {d}", w.join(", ")),
                None => w.join(", "),
            }
        })
        .collect();
    writeln!(
        out,
        "- {} · {}: {}",
        show::kind(f.kind),
        show::key(f),
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
                let text: String = show::sentence(s, &[crate::document::Span::new(m.start, m.end)])
                    .into_iter()
                    .map(|(t, mark)| {
                        if mark.is_some() {
                            format!("**{t}**")
                        } else {
                            t
                        }
                    })
                    .collect();
                writeln!(out, "  - {}: {text}", labels.get(&m.doc))?;
            }
        }
    }
    Ok(())
}
