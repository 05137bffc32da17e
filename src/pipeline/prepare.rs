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
    /// The conventions `doc` (whose publication this is) is written in:
    /// what its record or its domain tells ([`locale_of`]); else, where
    /// `default` writes numeric dates month first, day first when the
    /// article's own head stamps show it ([`Publication::stamps_day_first`]),
    /// read as [`Region::Other`](crate::lex::Region::Other) (day first, "$"
    /// the US dollar); else `default`.
    pub fn locale(&self, doc: &Document, default: crate::lex::Locale) -> crate::lex::Locale {
        told_locale(doc).unwrap_or_else(|| {
            if !default.day_first() && self.stamps_day_first(doc) {
                crate::lex::Locale {
                    region: crate::lex::Region::Other,
                }
            } else {
                default
            }
        })
    }

    /// Whether a numeric date stamped at the head of `doc` is written day
    /// first: its first number cannot be a month ("15/03/2025"), or the
    /// record's own publication date is that stamp read day first and not
    /// month first ("10/03/2025" in an article its metadata dates 10 March).
    pub fn stamps_day_first(&self, doc: &Document) -> bool {
        let meta = (self.from == PublishedFrom::Metadata)
            .then_some(self.date)
            .flatten();
        self.stamps.all().iter().filter(|s| s.head).any(|s| {
            let Some(text) = doc.text.get(s.start..s.end) else {
                return false;
            };
            let parts: Vec<&str> = text.split(['/', '.', '-']).map(str::trim).collect();
            let [a, b, y] = parts.as_slice() else {
                return false;
            };
            if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
                return false;
            }
            let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
                return false;
            };
            let day_first = (1..=31).contains(&a) && (1..=12).contains(&b);
            let month_first = (1..=12).contains(&a) && (1..=31).contains(&b);
            let said = |month: u32, day: u32| {
                meta.is_some_and(|m| u32::from(m.month) == month && u32::from(m.day) == day)
            };
            day_first && (!month_first || (said(b, a) && !said(a, b)))
        })
    }

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
    told_locale(doc).unwrap_or(default)
}

/// The conventions a document's record tells: its `locale` field, else the
/// domain of its source or address; `None` when neither does.
fn told_locale(doc: &Document) -> Option<crate::lex::Locale> {
    use crate::lex::Locale;
    doc.meta
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .or_else(|| doc.meta.source.as_deref().and_then(Locale::from_domain))
        .or_else(|| doc.meta.url.as_deref().and_then(Locale::from_domain))
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
                    let publication = publication(doc);
                    let facts = publication.facts(doc, publication.locale(doc, locale));
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
