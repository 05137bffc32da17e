//! What `cluster` and `report` read of each document before comparing:
//! its publication date (metadata or dateline), its locale and its facts;
//! and the stopwatch of the stage times.

use super::*;

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// The input's `published` field.
    Metadata,
    /// The article's own dateline or leading date line.
    Text,
    /// Not known.
    Unknown,
}

/// A document's publication date: from metadata when it parses, else from
/// the article's dateline, else unknown.
pub fn publication_date(doc: &Document) -> (Option<CivilDate>, PublishedFrom) {
    let p = publication(doc);
    (p.date, p.from)
}

/// What the head of one document tells of its publication, found once and
/// handed to [`facts::extract_stamped`] with the date.
#[derive(Debug, Clone)]
pub struct Publication {
    /// The publication date ([`publication_date`]).
    pub date: Option<CivilDate>,
    /// Where it came from.
    pub from: PublishedFrom,
    /// The publication stamps of the document's text.
    pub stamps: date::Stamps,
}

impl Publication {
    /// The facts of `doc` (whose publication this is) read in `locale`.
    pub(super) fn facts(&self, doc: &Document, locale: crate::lex::Locale) -> Vec<facts::Fact> {
        let ctx = ExtractContext {
            published: self.date,
            locale,
        };
        facts::extract_stamped(&doc.text, &ctx, &self.stamps)
    }
}

/// The publication of a document: its date from metadata when it parses,
/// else from the stamps of its text, else unknown; and those stamps, which
/// the fact extractor needs in any case.
pub fn publication(doc: &Document) -> Publication {
    let stamps = date::Stamps::of(&doc.text);
    let (date, from) = match doc
        .meta
        .published
        .as_deref()
        .and_then(date::parse_published)
    {
        Some(d) => (Some(d), PublishedFrom::Metadata),
        None => match stamps.published() {
            Some((d, _)) => (Some(d), PublishedFrom::Text),
            None => (None, PublishedFrom::Unknown),
        },
    };
    Publication { date, from, stamps }
}

/// Wall-clock time per stage, for `-v`: each [`Stopwatch::lap`] adds the
/// time since the previous one (never part of any output file).
pub(super) struct Stopwatch(std::time::Instant);

impl Stopwatch {
    pub(super) fn start() -> Stopwatch {
        Stopwatch(std::time::Instant::now())
    }

    /// Adds `stage` with the seconds since the last lap to `laps`.
    pub(super) fn lap(&mut self, laps: &mut Vec<(&'static str, f64)>, stage: &'static str) {
        let now = std::time::Instant::now();
        laps.push((stage, (now - self.0).as_secs_f64()));
        self.0 = now;
    }
}

/// The conventions a document is written in: its `locale` field when it
/// names one ("en-GB"), else what the domain of its source or address
/// tells (".co.uk", ".com.au", ".ca"), else `default`.
pub fn locale_of(doc: &Document, default: crate::lex::Locale) -> crate::lex::Locale {
    use crate::lex::Locale;
    doc.meta
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .or_else(|| doc.meta.source.as_deref().and_then(Locale::from_domain))
        .or_else(|| doc.meta.url.as_deref().and_then(Locale::from_domain))
        .unwrap_or(default)
}

/// Runs `facts` over a corpus: writes one JSON line per fact, documents in
/// input order and facts in span order, each document read in its locale
/// ([`locale_of`], `locale` where nothing tells). Returns the number of
/// skipped records (each passed to `on_skip`).
///
/// # Errors
/// [`Error::Io`] reading the input or writing `out`; [`Error::Config`] when
/// the thread pool cannot start.
pub fn facts(
    corpus: &Corpus,
    threads: usize,
    locale: crate::lex::Locale,
    out: &mut dyn Write,
    on_skip: &mut dyn FnMut(&SkippedRecord),
) -> Result<usize> {
    let pool = thread_pool(threads)?;
    let mut skipped = 0usize;
    let mut batch: Vec<Document> = Vec::new();
    let flush = |batch: &mut Vec<Document>, out: &mut dyn Write| -> Result<()> {
        let lines: Vec<Vec<u8>> = pool.install(|| {
            batch
                .par_iter()
                .map(|doc| {
                    let facts = publication(doc).facts(doc, locale_of(doc, locale));
                    let mut buf = Vec::new();
                    for f in facts {
                        // Serialising plain data to memory cannot fail.
                        if serde_json::to_writer(&mut buf, &f.record(&doc.id.0, &doc.text)).is_ok()
                        {
                            buf.push(b'\n');
                        }
                    }
                    buf
                })
                .collect()
        });
        for l in lines {
            out.write_all(&l).map_err(|e| Error::io("-", e))?;
        }
        batch.clear();
        Ok(())
    };
    // `documents()` already rejects duplicate ids.
    for item in corpus.documents() {
        match item? {
            Item::Doc(d) => {
                batch.push(d);
                if batch.len() >= 512 {
                    flush(&mut batch, out)?;
                }
            }
            Item::Skipped(s) => {
                skipped += 1;
                on_skip(&s);
            }
        }
    }
    flush(&mut batch, out)?;
    Ok(skipped)
}
