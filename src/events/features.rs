//! Event features of one document, and their corpus-weighted vectors.
//!
//! Consumes a document's original text, its title, its publication date, its
//! facts (the pipeline's, never extracted again) and its page furniture;
//! produces [`RawFeatures`]: counted, typed feature hashes plus the
//! document's time anchor and the person names it mentions. After a
//! corpus-wide document-frequency pass ([`DocFreq`]), [`DocFreq::vector`]
//! turns them into a [`DocVector`]: TF-IDF weights of the features that occur
//! in at least two documents, keeping the strongest `max_terms`, with the
//! norm of the *whole* weighted vector (so that a document full of material
//! no other document has stays dissimilar to everything).
//!
//! The features say what an event report is about rather than how it is
//! worded:
//!
//! | feature | example | from |
//! | --- | --- | --- |
//! | content word | `w:umerov`, `w:rehab` | normalised tokens, stop words out, plural `-s` folded; headline words count twice |
//! | person | `per:l austin` | person facts (`crate::facts::names`): first initial and surname of the canonical name, so "Lloyd J. Austin III", "Lloyd Austin" and "L. Austin" agree |
//! | place, organisation | `plc:kyiv`, `org:pentagon` | canonical keys ([`canonical_key`]): "Kiev" is "kyiv" |
//! | proper name the name finder missed | `org:copper kettle` | runs of capitalised words inside a sentence of prose that no fact covers ([`name_phrases`]): a venue, a business, a ship |
//! | date | `day:2023-12-06`, `mon:2023-12`, `year:2023`, `md:12-06` | date facts (`crate::facts::date`), relative dates resolved against the publication date |
//! | figure | `money:USD:1.75e8`, `count:49:allie`, `ord:52` | numeric facts (`crate::facts::numeric`), amounts to three significant digits |
//!
//! Besides the weighted features, a document keeps its *identifying
//! figures* ([`Identifier`], [`identifier_of`]): earthquake magnitudes and
//! ordinals of a noun ("the 52nd drawdown"), which two reports of one
//! event state alike and two events of one kind rarely do; the pair score
//! counts two documents that state different ones as two events.
//!
//! Guarantees: linear time in the text (every extractor is), no panic, the
//! same output for the same input (hashes are seeded XXH3, never a random
//! state).

use super::frame::Frame;
use crate::facts::names::canonical_key;
use crate::facts::{CivilDate, DateValue, Fact, FactKind, FactValue, Grain, Money, Vague};
use crate::text::{normalize_into, tokenize_into, Tokens};
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Seed of the feature hash.
const FEATURE_SEED: u64 = 0x6576_656e_7473_0001;

/// Most person names kept per document for variant matching.
pub const MAX_PERSONS: usize = 12;

/// Where a document's time anchor comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AnchorSource {
    /// The publication date (metadata, or the article's dateline).
    Published,
    /// The latest full date the article states (no publication date known):
    /// news reports recent events, so it is an estimate of when it was
    /// written, less sure than a publication date.
    Mentioned,
}

/// When a document was (probably) written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Days since 1970-01-01.
    pub day: i64,
    /// How sure it is.
    pub source: AnchorSource,
}

/// A person or an organisation mentioned in a document (its actors), for
/// matching spelling variants across documents and finding its principal
/// actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonKey {
    /// The hash of the document's `per:` (or `org:`) feature for this
    /// actor.
    pub feature: u64,
    /// First initial, `' '` when only the surname is known, [`ORG`] for an
    /// organisation.
    pub initial: char,
    /// Folded surname ("zelenskyy"), or an organisation's canonical key.
    pub surname: Box<str>,
    /// Folded given name as the document first writes it in full
    /// ("brostourwe"), empty when it gives only an initial or the surname
    /// ([`same_person`](super::score::same_person) tells "Brian Keller"
    /// from "Bruce Keller" by it).
    pub given: Box<str>,
    /// How often the document names this person (a surname-only mention
    /// counts for the one full name with that surname, when there is one).
    pub mentions: u32,
    /// Where the document names this actor first: in its headline or
    /// opening words, its lead, or only further down ([`Prominence`]).
    pub prominence: Prominence,
    /// The document names this person with an official's title ("Sgt.
    /// Nadine Okoro", "Coroner Vic Santangelo", "police spokesman ..."):
    /// the source a report quotes, the same for every incident of a town,
    /// not who the event is about ([`official_title_before`]). Never set
    /// for a person named in the headline or opening words (an officer
    /// who is the victim).
    pub official: bool,
}

/// How prominently a document names an actor: what a reader meets first
/// is who the report is about. Ordered: an actor of the headline is also
/// one of the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Prominence {
    /// Named only below the lead (a side character, an earlier case).
    #[default]
    Body,
    /// Named in the lead ([`frame::lead_end`](super::frame::lead_end)).
    Lead,
    /// Named in the headline or the opening words
    /// ([`frame::opening_end`](super::frame::opening_end)).
    Headline,
}

/// The `initial` of an organisation's [`PersonKey`]: organisations are
/// actors too (two teams' offers for one player), matched by their
/// canonical key only.
pub const ORG: char = '#';

/// The features of one document before corpus weighting.
#[derive(Debug, Clone, Default)]
pub struct RawFeatures {
    /// (feature hash, count), sorted by hash, distinct.
    pub terms: Vec<(u64, u32)>,
    /// The people it names (at most [`MAX_PERSONS`], most mentioned first).
    pub persons: Vec<PersonKey>,
    /// When it was written, if known or estimable.
    pub anchor: Option<Anchor>,
    /// Days and months the text states (resolved), as day ranges, at most
    /// [`MAX_MENTIONS`].
    pub mentions: Vec<(i64, i64)>,
    /// Identifying figures ([`Identifier`]), sorted, distinct, at most
    /// [`MAX_IDENTIFIERS`].
    pub identifiers: Vec<Identifier>,
    /// Where and to whom ([`super::frame`]).
    pub frame: Frame,
}

/// Most identifying figures kept per document.
pub const MAX_IDENTIFIERS: usize = 16;

/// A figure that identifies one event: what it measures (`key`, the hash
/// of its kind and counted noun) and its exact value (`value`, in the
/// kind's own unit: tenths of a magnitude, the ordinal itself). Two
/// reports of one event that state the same thing state the same value;
/// see [`identifier_of`] for which figures qualify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Identifier {
    /// What is measured: `mag` (an earthquake magnitude) or `ord:NOUN` (an
    /// ordinal of a noun, "52nd drawdown"), hashed.
    pub key: u64,
    /// The value: a magnitude in tenths, an ordinal as itself.
    pub value: u64,
    /// How far apart two values of this key may be and still agree.
    pub slack: u64,
}

/// Most stated dates kept per document.
pub const MAX_MENTIONS: usize = 16;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), or `None`
/// for an invalid date.
pub fn day_number(year: i32, month: u32, day: u32) -> Option<i64> {
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| crate::lex::calendar::days_from_civil(year, month, day))
}

/// Days since 1970-01-01 of a [`CivilDate`].
pub fn civil_day(d: CivilDate) -> Option<i64> {
    day_number(d.year, u32::from(d.month), u32::from(d.day))
}

/// English function words and reporting verbs that say nothing about an
/// event.
const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "added",
    "after",
    "again",
    "against",
    "all",
    "already",
    "also",
    "although",
    "among",
    "and",
    "another",
    "any",
    "are",
    "around",
    "back",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "came",
    "can",
    "com",
    "come",
    "could",
    "day",
    "days",
    "did",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "friday",
    "from",
    "further",
    "get",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "html",
    "http",
    "https",
    "including",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "might",
    "monday",
    "more",
    "most",
    "much",
    "must",
    "near",
    "new",
    "news",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "once",
    "one",
    "only",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "report",
    "reported",
    "reports",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "second",
    "she",
    "should",
    "since",
    "some",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "through",
    "thursday",
    "thus",
    "time",
    "today",
    "told",
    "tomorrow",
    "too",
    "tuesday",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "via",
    "was",
    "way",
    "wednesday",
    "week",
    "weeks",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "www",
    "year",
    "years",
    "yesterday",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
];

fn is_stopword(w: &str) -> bool {
    STOPWORDS.binary_search(&w).is_ok()
}

/// A light plural folding in the spirit of Harman's "S" stemmer, cutting
/// to a common stem: "meetings" and "meeting" → "meeting", "allies" and
/// "ally" → "all", "cities" and "city" → "cit". Words ending in "ss", "us"
/// or "is" ("glass", "bus", "crisis"), short words and non-ASCII words are
/// kept as they are. Only ever used to compare words, never shown.
pub fn stem_plural(w: &str) -> &str {
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return w;
    }
    let b = w.as_bytes();
    if w.ends_with("ies") && !w.ends_with("eies") && !w.ends_with("aies") {
        return &w[..n - 3];
    }
    if b[n - 1] == b'y' && !matches!(b[n - 2], b'a' | b'e' | b'o' | b'u') {
        return &w[..n - 1];
    }
    if w.ends_with("es") && !w.ends_with("aes") && !w.ends_with("ees") && !w.ends_with("oes") {
        return &w[..n - 1];
    }
    if b[n - 1] == b's' && !w.ends_with("us") && !w.ends_with("ss") && !w.ends_with("is") {
        return &w[..n - 1];
    }
    w
}

/// The class of a feature, kept in the top three bits of its hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeatureClass {
    /// A content word.
    Word = 0,
    /// A person.
    Person = 1,
    /// A place.
    Place = 2,
    /// An organisation.
    Org = 3,
    /// A date.
    Date = 4,
    /// A figure.
    Figure = 5,
    /// A year or a month (`year:2025`, `mon:2025-03`): a date coarser than
    /// a day, which the reports of every incident of its time state
    /// ([`PERIOD_SHARE`](super::prior::PERIOD_SHARE)).
    Period = 6,
}

impl FeatureClass {
    /// The class of a feature kind prefix (`w`, `per`, `plc`, `org`,
    /// `day`/`md`, `mon`/`year`, anything else is a figure).
    pub fn of_kind(kind: &str) -> Self {
        match kind {
            "w" => FeatureClass::Word,
            "per" => FeatureClass::Person,
            "plc" => FeatureClass::Place,
            "org" => FeatureClass::Org,
            "day" | "md" => FeatureClass::Date,
            "mon" | "year" => FeatureClass::Period,
            _ => FeatureClass::Figure,
        }
    }

    /// The class of a feature hash made by [`feature_hash`].
    pub fn of_hash(h: u64) -> Self {
        match h >> 61 {
            0 => FeatureClass::Word,
            1 => FeatureClass::Person,
            2 => FeatureClass::Place,
            3 => FeatureClass::Org,
            4 => FeatureClass::Date,
            6 => FeatureClass::Period,
            _ => FeatureClass::Figure,
        }
    }

    /// Whether the class names a participant or a place of the event.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            FeatureClass::Person | FeatureClass::Place | FeatureClass::Org
        )
    }
}

/// Hash of a typed feature: the kind and the value, separated by a unit
/// separator byte (so `ab|c` and `a|bc` differ), with the feature's
/// [`FeatureClass`] in the top three bits.
pub fn feature_hash(kind: &str, value: &str) -> u64 {
    let mut buf = Vec::with_capacity(kind.len() + value.len() + 1);
    buf.extend_from_slice(kind.as_bytes());
    buf.push(0x1f);
    buf.extend_from_slice(value.as_bytes());
    let h = xxh3_64_with_seed(&buf, FEATURE_SEED);
    (h & (u64::MAX >> 3)) | ((FeatureClass::of_kind(kind) as u64) << 61)
}

/// A number to three significant digits, in scientific form, so "$2.3
/// billion" and "$2,300 million" agree and "$2.31 billion" does too.
fn sig3(x: f64) -> String {
    if !x.is_finite() {
        return String::from("nan");
    }
    format!("{x:.2e}")
}

/// Reusable buffers of [`extract`].
#[derive(Debug, Default)]
pub struct Scratch {
    word: String,
    tokens: Tokens,
    counts: HashMap<u64, u32>,
}

/// What a document offers to feature extraction: its text and what the
/// pipeline already knows about it. Nothing here is extracted again.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    /// The original text.
    pub text: &'a str,
    /// The headline, if any (read for its words only).
    pub title: Option<&'a str>,
    /// The publication date, if known (metadata or dateline).
    pub published: Option<CivilDate>,
    /// The document's facts ([`crate::facts::extract`] of `text`, with the
    /// same publication date), sorted by span.
    pub facts: &'a [Fact],
    /// The headline's facts (spans into `title`), sorted by span.
    pub title_facts: &'a [Fact],
    /// Byte ranges of `text` that are page furniture (lines many documents
    /// share: "Advertisement", a site's copyright line), sorted and
    /// disjoint; their words and facts are no evidence of an event.
    pub furniture: &'a [(usize, usize)],
}

/// Whether the byte range `[start, end)` lies inside one of the sorted,
/// disjoint `ranges`.
pub fn inside(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|r| r.1 <= start);
    ranges.get(i).is_some_and(|r| r.0 <= start && end <= r.1)
}

/// Byte spans of a document's page furniture, from the token ranges
/// `[first, end)` of its boilerplate blocks as the near-duplicate stage
/// found them ([`crate::text::BoilerplateDetector::boilerplate_blocks`] on
/// the document's [`crate::text::Analysis`], which counts `num_tokens`
/// tokens of the normalised text). When the original text has as many
/// tokens (always for ASCII text, where normalising only lower-cases),
/// they are the same tokens, and a block spans from its first token's
/// start to its last token's end; otherwise (normalisation merged or split
/// a token) nothing is mapped and the document is read whole. Sorted and
/// disjoint.
pub fn furniture_spans(
    text: &str,
    num_tokens: u32,
    blocks: &[(u32, u32)],
    scratch: &mut Scratch,
) -> Vec<(usize, usize)> {
    if blocks.is_empty() {
        return Vec::new();
    }
    let tokens = &mut scratch.tokens;
    tokenize_into(text, tokens);
    if tokens.len() != num_tokens as usize {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(blocks.len());
    for &(first, end) in blocks {
        if first >= end {
            continue;
        }
        let (Some(a), Some(b)) = (
            tokens.bounds.get(first as usize),
            tokens.bounds.get(end as usize - 1),
        ) else {
            continue;
        };
        let (s, e) = (a.0 as usize, b.1 as usize);
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out.sort_unstable();
    out
}

/// Adds the content words of `text` (stop words out, plural folded) with
/// `weight` each, skipping the words inside `furniture`.
fn add_words(
    text: &str,
    weight: u32,
    furniture: &[(usize, usize)],
    scratch_word: &mut String,
    tokens: &mut Tokens,
    add: &mut dyn FnMut(u64, u32),
) {
    // Tokens of the original text (their offsets are the text's own), each
    // normalised alone: the words are those of the normalised text.
    tokenize_into(text, tokens);
    for &(s, e) in &tokens.bounds {
        let (s, e) = (s as usize, e as usize);
        if !furniture.is_empty() && inside(furniture, s, e) {
            continue;
        }
        let Some(raw) = text.get(s..e) else {
            continue;
        };
        normalize_into(raw, scratch_word);
        let w = scratch_word.as_str();
        if w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        if is_stopword(w) {
            continue;
        }
        add(feature_hash("w", stem_plural(w)), weight);
    }
}

/// Most words in a [`name_phrases`] run: longer runs of capitals are
/// titles and headlines, not names.
pub const MAX_NAME_WORDS: usize = 4;

/// The proper names a text states that its facts do not cover: runs of two
/// to [`MAX_NAME_WORDS`] capitalised words inside a sentence, right after a
/// lowercase word (not the sentence's first word, which is capitalised
/// anyway, nor a copyright line's company after its year), in lines of prose
/// ([`in_prose`](super::frame::in_prose)) outside page furniture, that
/// overlap no fact. The name finder reads people, places and the
/// organisations it knows; a venue ("the Copper Kettle"), a business, a
/// ship or a named operation is the rarest detail two reports of one
/// incident share, and without this it counts only as common words
/// ("copper", "kettle"). Canonical keys, in text order; linear in the text.
pub fn name_phrases(text: &str, furniture: &[(usize, usize)], facts: &[&Fact]) -> Vec<String> {
    let mut out = Vec::new();
    // The facts' spans by start, and how far the facts starting before a
    // point reach: runs come in text order, so one pass over both tells
    // whether a fact covers a run (linear, whatever the facts' order).
    let mut spans: Vec<(usize, usize)> = facts.iter().map(|f| (f.span.start, f.span.end)).collect();
    spans.sort_unstable();
    let (mut next, mut reach) = (0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty()
            || !super::frame::in_prose(text, start, start)
            || (!furniture.is_empty() && inside(furniture, start, offset))
        {
            continue;
        }
        let mut run: Vec<(usize, usize)> = Vec::new();
        // The word before was a lowercase word ("at the", "arrested"): a
        // name starts only after one, not after a figure or a date
        // ("Copyright 2017 Valley Times Media").
        let mut after_lower = false;
        let mut flush = |run: &mut Vec<(usize, usize)>| {
            if (2..=MAX_NAME_WORDS).contains(&run.len()) {
                if let (Some(first), Some(last)) = (run.first(), run.last()) {
                    let (s, e) = (start + first.0, start + last.1);
                    while let Some(&(_, fe)) = spans.get(next).filter(|f| f.0 < e) {
                        reach = reach.max(fe);
                        next += 1;
                    }
                    let covered = reach > s;
                    let key = text.get(s..e).map(canonical_key).unwrap_or_default();
                    if !covered && !key.is_empty() {
                        out.push(key);
                    }
                }
            }
            run.clear();
        };
        let mut at = 0;
        for raw in line.split(' ') {
            let (ws, we) = (at, at + raw.len());
            at = we + 1;
            let lead = raw.len()
                - raw
                    .trim_start_matches(['"', '\'', '(', '\u{201c}', '\u{2018}'])
                    .len();
            let core = raw.get(lead..).unwrap_or("").trim_end();
            let word = core.trim_end_matches(|c: char| !c.is_alphanumeric());
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .unwrap_or(word);
            let capitalised = word.chars().count() >= 2
                && word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(char::is_alphabetic)
                && !word.chars().all(char::is_uppercase);
            let breaks = lead > 0 || word.len() < core.len();
            // "St.", "Capt.", "Mr.": a title's abbreviation ends no
            // sentence and starts no name.
            let abbreviation = core.ends_with('.')
                && word.len() + 1 == core.len()
                && word.len() <= 4
                && word.chars().next().is_some_and(char::is_uppercase);
            if capitalised && (after_lower || !run.is_empty()) && lead == 0 && !abbreviation {
                run.push((ws, ws + word.len()));
            } else if !abbreviation {
                flush(&mut run);
            }
            if breaks && !abbreviation {
                flush(&mut run);
            }
            if !core.is_empty() && !abbreviation {
                after_lower = !breaks
                    && lead == 0
                    && word.chars().next().is_some_and(char::is_lowercase)
                    && word.chars().all(char::is_alphabetic);
            }
        }
        flush(&mut run);
    }
    out
}

/// Whether a date of the headline or the lead (`in_lead`) is one the
/// report tells as its own news: "early today", "Sunday night" in
/// Monday's paper, or the day written out ("on June 18, 2022", "on
/// Tuesday, March 3"); an explicit date fixes the day at least as well as
/// a relative one. A publication stamp dates the article, not its news:
/// a dateline, or a date after a stamp label
/// ([`crate::lex::words::stamp_label`]: "PUBLISHED: 02:31 GMT, 12 March
/// 2013", "[downloaded on 2 October 2013]", when the page was made or
/// read). Which days count is the caller's check.
fn names_own_day(text: &str, f: &Fact, in_lead: bool) -> bool {
    in_lead
        && f.role != Some(crate::facts::Role::Dateline)
        && (f.relative.is_some() || !after_stamp_label(text, f.span.start))
}

/// How far back on its line a date's stamp label may stand (a clock time
/// and a time zone between: "Posted 11:45 AM EDT, May 3, 2013").
const STAMP_LABEL_WINDOW_BYTES: usize = 40;

/// Whether a stamp label ([`crate::lex::words::stamp_label`]) stands on the line before byte
/// `start` of `text`, within [`STAMP_LABEL_WINDOW_BYTES`].
fn after_stamp_label(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(STAMP_LABEL_WINDOW_BYTES);
    while from < start && !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("").to_lowercase();
    line.split(|c: char| !c.is_alphabetic())
        .any(|w| crate::lex::words::stamp_label(w).is_some())
}

/// Extracts the features of one document from its text and its facts.
pub fn extract(doc: DocInput<'_>, scratch: &mut Scratch) -> RawFeatures {
    let Scratch {
        word,
        tokens,
        counts,
    } = scratch;
    counts.clear();
    let mut add = |h: u64, n: u32| {
        let c = counts.entry(h).or_insert(0);
        *c = c.saturating_add(n);
    };

    // Content words; the headline counts twice (it states the event).
    if let Some(t) = doc.title {
        add_words(t, 2, &[], word, tokens, &mut add);
    }
    add_words(doc.text, 1, doc.furniture, word, tokens, &mut add);

    let text = doc.text;
    let facts: Vec<&Fact> = doc
        .facts
        .iter()
        .filter(|f| !inside(doc.furniture, f.span.start, f.span.end))
        .collect();
    // The headline's facts (spans into the headline) count with the
    // text's: a headline names the event's people, day and figures.
    let title = doc.title.unwrap_or("");
    let all: Vec<(&str, &Fact)> = doc
        .title_facts
        .iter()
        .map(|f| (title, f))
        .chain(facts.iter().map(|f| (text, *f)))
        .collect();

    for key in name_phrases(text, doc.furniture, &facts) {
        add(feature_hash("org", &key), 1);
    }

    let lead = super::frame::lead_end(text, doc.furniture);
    let opening = super::frame::opening_end(text, doc.furniture);
    let headline_facts = doc.title_facts.len();
    let prominence = |k: usize, f: &Fact| {
        if k < headline_facts || f.span.start < opening {
            Prominence::Headline
        } else if f.span.start < lead {
            Prominence::Lead
        } else {
            Prominence::Body
        }
    };
    let mut person_counts: HashMap<ActorKey, ActorCount> = HashMap::new();
    let mut org_counts: HashMap<String, ActorCount> = HashMap::new();
    let mut officials: Vec<String> = Vec::new();
    // The first full given name written for each (initial, surname).
    let mut given_of: HashMap<ActorKey, String> = HashMap::new();
    for (k, &(source, f)) in all.iter().enumerate() {
        let FactValue::Text(name) = &f.value else {
            continue;
        };
        if !matches!(f.kind, FactKind::Person | FactKind::Place | FactKind::Org) {
            continue;
        }
        let key = canonical_key(name);
        if key.is_empty() {
            continue;
        }
        match f.kind {
            FactKind::Person => {
                let parts: Vec<&str> = key.split(' ').collect();
                let Some(&surname) = parts.last() else {
                    continue;
                };
                let initial = if parts.len() > 1 {
                    parts[0].chars().next().unwrap_or(' ')
                } else {
                    ' '
                };
                let value = format!("{initial} {surname}");
                add(feature_hash("per", &value), 1);
                if let Some(given) = parts
                    .first()
                    .filter(|g| parts.len() > 1 && g.chars().count() > 1)
                {
                    given_of
                        .entry((initial, surname.to_string()))
                        .or_insert_with(|| given.to_string());
                }
                if official_title_before(source, f.span.start)
                    && !officials.iter().any(|o| o == surname)
                {
                    officials.push(surname.to_string());
                }
                let c = person_counts
                    .entry((initial, surname.to_string()))
                    .or_insert((0, Prominence::Body));
                *c = (c.0 + 1, c.1.max(prominence(k, f)));
            }
            FactKind::Place => add(feature_hash("plc", &key), 1),
            FactKind::Org => {
                add(feature_hash("org", &key), 1);
                let c = org_counts.entry(key).or_insert((0, Prominence::Body));
                *c = (c.0 + 1, c.1.max(prominence(k, f)));
            }
            _ => {}
        }
    }
    let mut persons: Vec<(ActorKey, ActorCount)> = person_counts.into_iter().collect();
    persons.sort_by(|a, b| a.0.cmp(&b.0));
    fold_surname_mentions(&mut persons);
    count_surname_words(title, text, doc.furniture, (opening, lead), &mut persons);
    persons.extend(org_counts.into_iter().map(|(k, n)| ((ORG, k), n)));
    persons.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    // The most named actors, and every actor of the headline and lead
    // (a lead names a handful): whether a document names another's
    // principal in its lead is read from this list.
    let persons: Vec<PersonKey> = persons
        .into_iter()
        .enumerate()
        .filter(|(i, p)| *i < MAX_PERSONS || p.1 .1 >= Prominence::Lead)
        .map(
            |(_, ((initial, surname), (mentions, prominence)))| PersonKey {
                given: given_of
                    .get(&(initial, surname.clone()))
                    .map(|g| g.as_str().into())
                    .unwrap_or_default(),
                feature: if initial == ORG {
                    feature_hash("org", &surname)
                } else {
                    feature_hash("per", &format!("{initial} {surname}"))
                },
                official: initial != ORG
                    && prominence != Prominence::Headline
                    && officials.contains(&surname),
                initial,
                surname: surname.into_boxed_str(),
                mentions,
                prominence,
            },
        )
        .collect();

    let mut latest_mentioned: Option<i64> = None;
    let mut mentions: Vec<(i64, i64)> = Vec::new();
    let published_day = doc.published.and_then(civil_day);
    let mut own_day = false;
    let mut earlier_day = false;
    let mut dated_incident = false;
    let mut counts_from_incident = false;
    for (k, &(text, f)) in all.iter().enumerate() {
        if f.kind != FactKind::Date {
            continue;
        }
        counts_from_incident |= super::followup::counts_from_incident(text, f);
        let FactValue::Date(v) = &f.value else {
            continue;
        };
        if v.is_unresolved() {
            continue;
        }
        for (kind, value) in date_features(v) {
            add(feature_hash(kind, &value), 1);
        }
        if let Some(range) = day_range(v) {
            own_day |= names_own_day(text, f, k < headline_facts || f.span.start < lead)
                && range.0 == range.1
                && published_day
                    .is_some_and(|p| (p - super::frame::OWN_DAYS..=p).contains(&range.0));
            let earlier = published_day.is_some_and(|p| range.1 < p - super::frame::OWN_DAYS);
            earlier_day |= earlier;
            dated_incident |= earlier && super::frame::names_incident(text, f.span.end);
            let past = past_reading(text, f, v, range, published_day);
            for r in std::iter::once(range).chain(past) {
                if mentions.len() < MAX_MENTIONS && !mentions.contains(&r) {
                    mentions.push(r);
                }
            }
        }
        // An explicit full date (not relative, not an interval) is a
        // candidate anchor.
        if f.relative.is_none() {
            if let DateValue::Unit(p) = v {
                if p.grain() == Grain::Day {
                    let d = p.first();
                    latest_mentioned = Some(latest_mentioned.map_or(d, |m| m.max(d)));
                }
            }
        }
    }
    let mut identifiers: Vec<Identifier> = Vec::new();
    for &(text, f) in &all {
        if let Some((kind, value)) = figure_feature(f.kind, &f.value, f.unit.as_deref()) {
            add(feature_hash(kind, &value), 1);
        }
        if let Some(id) = identifier_of(text, f) {
            if identifiers.len() < MAX_IDENTIFIERS && !identifiers.contains(&id) {
                identifiers.push(id);
            }
        }
    }
    identifiers.sort_unstable();
    // The one word layer of the headline and the text, made once and read
    // by the frame and the acts.
    let title_tokens = crate::lex::Tokens::new(title);
    let text_tokens = crate::lex::Tokens::new(text);
    let title_refs: Vec<&Fact> = doc.title_facts.iter().collect();
    let title_words = super::frame::TextWords {
        text: title,
        tokens: &title_tokens,
        facts: &title_refs,
    };
    let body_words = super::frame::TextWords {
        text,
        tokens: &text_tokens,
        facts: &facts,
    };
    let mut frame = super::frame::frame(body_words, lead, title_words);
    frame.own_day = own_day;
    frame.earlier_day = earlier_day;
    frame.dated_incident = dated_incident;
    frame.names_dead = super::followup::names_dead(body_words, lead);
    frame.counts_from_incident = counts_from_incident;
    frame.acts = super::acts::acts(title_words, body_words, lead);
    frame.incident = super::kinds::incident(title_words, body_words, lead, doc.furniture);

    let anchor = match doc.published.and_then(civil_day) {
        Some(day) => Some(Anchor {
            day,
            source: AnchorSource::Published,
        }),
        None => latest_mentioned.map(|day| Anchor {
            day,
            source: AnchorSource::Mentioned,
        }),
    };
    let mut terms: Vec<(u64, u32)> = counts.drain().collect();
    terms.sort_unstable();
    RawFeatures {
        terms,
        persons,
        anchor,
        mentions,
        identifiers,
        frame,
    }
}

/// Words that may stand between an ordinal and the noun it numbers ("the
/// 81st annual Academy Awards").
const ORDINAL_FILLERS: &[&str] = &["annual", "consecutive", "straight"];

/// Nouns whose ordinals number a part of one event or the progress of a
/// developing story, not an event: the 23rd minute and the 67th minute of
/// one match, the 17th and 18th holes of one round, the 12th day of a
/// strike (the next report says the 13th), the 21st century; and the
/// ordinals of addresses and districts ("East 52nd Street", "the 67th
/// Precinct"), which are places (several per report), not figures.
const ORDINAL_PART_NOUNS: &[&str] = &[
    "ave",
    "avenue",
    "century",
    "day",
    "district",
    "floor",
    "hole",
    "hour",
    "inning",
    "lap",
    "minute",
    "month",
    "overall",
    "parallel",
    "percentile",
    "pick",
    "place",
    "precinct",
    "round",
    "second",
    "st",
    "street",
    "ward",
    "week",
    "year",
];

/// Nouns that name an earthquake, whose magnitude is written before them
/// ("a 4.6 quake", "a 5.6-magnitude earthquake").
const QUAKE_NOUNS: &[&str] = &["earthquake", "magnitude", "quake", "temblor", "tremor"];

/// How far apart (in tenths) two magnitudes of one earthquake may be: a
/// preliminary magnitude is routinely revised by a tenth or two ("rated
/// 4.4 at first, 4.2 since"), so only values further apart cannot both
/// hold.
pub const MAGNITUDE_SLACK: u64 = 2;

/// Smallest ordinal that identifies an event. Smaller ones number the
/// parts of one event (the third quarter, the second round, the first
/// time, the fourth floor), which two reports of it pick differently.
pub const MIN_IDENTIFYING_ORDINAL: u64 = 10;

/// The lower-case alphabetic words of `s`, in order.
fn alpha_words(s: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The lower-case words of the clause that ends `before`: the text after
/// the last of the `stops` characters (all of it when none occurs).
pub(super) fn clause_words_before(before: &str, stops: &[char]) -> Vec<String> {
    let from = before.rfind(stops).map_or(0, |i| i + 1);
    before
        .get(from..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `text[..at]`, shortened to its last `max` bytes (on a char boundary).
pub(super) fn tail(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// `text[at..]`, shortened to its first `max` bytes (on a char boundary).
pub(super) fn head(text: &str, at: usize, max: usize) -> &str {
    let mut to = at.saturating_add(max).min(text.len());
    while to > at && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or("")
}

/// The identifying figure a numeric fact states, if any: a precise,
/// stable value that two reports of one event share and two events of the
/// same kind rarely do.
///
/// - An earthquake magnitude: a number from 1 to 10 written in digits
///   right after "magnitude" ("magnitude 4.4", "a preliminary magnitude of
///   4.4") or right before a quake noun ("a 4.2 magnitude earthquake",
///   "5.6-magnitude", "a 4.6 quake").
/// - An ordinal of a noun, at least [`MIN_IDENTIFYING_ORDINAL`]: "the 52nd
///   drawdown", "the 81st annual Academy Awards", "the 12th Doctor"; the
///   noun is the next word (plural folded), past "annual", "consecutive";
///   not a noun that numbers the parts of one event or the days of a
///   developing story ("the 67th minute", "the 12th day of the strike").
///
/// Hedged figures ("about 7") are not precise and never qualify; neither
/// do counts, money or quantities, which change as a story develops
/// (death tolls rise, totals are revised) or depend on the reference
/// point (distances).
pub fn identifier_of(text: &str, f: &crate::facts::Fact) -> Option<Identifier> {
    if f.qualifier.is_some() {
        return None;
    }
    let FactValue::Number(n) = &f.value else {
        return None;
    };
    let x = n.to_f64();
    let span = text.get(f.span.start..f.span.end)?;
    match f.kind {
        FactKind::Number | FactKind::Count => {
            if !(1.0..10.0).contains(&x) {
                return None;
            }
            // The number's own digits: a count's span goes on to its noun.
            let first = span.find(|c: char| c.is_ascii_digit())?;
            let len = span[first..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(span.len() - first);
            let start = f.span.start + first;
            let end = start + len;
            let mut before = alpha_words(tail(text, start, 32)).rev();
            let previous = before.next();
            let by_name = previous.as_deref() == Some("magnitude")
                || (previous.as_deref() == Some("of")
                    && before.next().as_deref() == Some("magnitude"));
            let after = head(text, end, 24);
            let touching = after.starts_with([' ', '-']) || after.is_empty();
            let by_noun = touching
                && alpha_words(after)
                    .next()
                    .is_some_and(|w| QUAKE_NOUNS.binary_search(&w.as_str()).is_ok());
            (by_name || by_noun).then(|| Identifier {
                key: feature_hash("ident", "mag"),
                value: (x * 10.0).round() as u64,
                slack: MAGNITUDE_SLACK,
            })
        }
        FactKind::Ordinal => {
            if !(x >= MIN_IDENTIFYING_ORDINAL as f64 && x < 1e9) {
                return None;
            }
            // The noun follows in the same phrase ("52nd drawdown", not
            // "the 52nd. Then").
            let after = head(text, f.span.end, 48);
            if !(after.starts_with([' ', '-'])) {
                return None;
            }
            let phrase = after
                .split(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-' || c == '\''))
                .next()
                .unwrap_or("");
            let noun = alpha_words(phrase)
                .find(|w| ORDINAL_FILLERS.binary_search(&w.as_str()).is_err())?;
            // A function word is no counted noun ("the 13th and 14th").
            if noun.chars().count() < 3 || is_stopword(&noun) {
                return None;
            }
            let noun = stem_plural(&noun);
            if ORDINAL_PART_NOUNS.iter().any(|p| stem_plural(p) == noun) {
                return None;
            }
            Some(Identifier {
                key: feature_hash("ident", &format!("ord:{noun}")),
                value: x as u64,
                slack: 0,
            })
        }
        _ => None,
    }
}

/// An actor while a document is read: first initial (or [`ORG`]) and
/// folded surname (or canonical key).
type ActorKey = (char, String);

/// How often a document names an actor, and where first.
type ActorCount = (u32, Prominence);

/// Adds the mentions of a bare surname ("Bush") to the one full name with
/// that surname in the same document ("r bush"), when there is exactly one:
/// news style names a person in full once, then by surname. The bare entry
/// keeps its own count too (it is its own feature), and the full name
/// takes the bare surname's prominence when it is higher (a headline names
/// "Bush", the lead "Reggie Bush"). `persons` is sorted by key.
fn fold_surname_mentions(persons: &mut [(ActorKey, ActorCount)]) {
    for i in 0..persons.len() {
        if persons[i].0 .0 != ' ' {
            continue;
        }
        let (bare, seen) = persons[i].1;
        let mut full = persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.0 .0 != ' ' && p.0 .1 == persons[i].0 .1)
            .map(|(j, _)| j);
        if let (Some(j), None) = (full.next(), full.next()) {
            let (n, p) = persons[j].1;
            persons[j].1 = (n.saturating_add(bare), p.max(seen));
        }
    }
}

/// Counts each person named in full by the capitalised words of their
/// surname in the headline and the text (outside page furniture), when no
/// other person of the document has that surname: news style names a
/// person in full once, then by surname ("The 23-year-old Bush will miss
/// ..."), and the name finder reads a bare surname as a name only in some
/// sentences. A person's count becomes the larger of the two; where the
/// surname first appears raises the prominence (the headline names
/// "Bush", the text "Reggie Bush"). `persons` is sorted by key. Linear in
/// the text.
fn count_surname_words(
    title: &str,
    text: &str,
    furniture: &[(usize, usize)],
    (opening, lead): (usize, usize),
    persons: &mut [(ActorKey, ActorCount)],
) {
    let mut index: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, ((initial, surname), _)) in persons.iter().enumerate() {
        if *initial == ' ' || *initial == ORG || surname.chars().count() < 3 {
            continue;
        }
        index
            .entry(surname.as_str())
            .and_modify(|e| *e = None)
            .or_insert(Some(i));
    }
    if index.values().all(Option::is_none) {
        return;
    }
    let mut found: Vec<(u32, Prominence)> = vec![(0, Prominence::Body); persons.len()];
    let mut scan = |s: &str, in_title: bool| {
        let mut at = 0;
        for w in s.split(|c: char| !c.is_alphanumeric()) {
            let start = at;
            at += w.len() + 1;
            if !w.chars().next().is_some_and(char::is_uppercase)
                || (!in_title && inside(furniture, start, start + w.len()))
            {
                continue;
            }
            let key = canonical_key(w);
            let Some(Some(i)) = index.get(key.as_str()) else {
                continue;
            };
            let prominence = if in_title || start < opening {
                Prominence::Headline
            } else if start < lead {
                Prominence::Lead
            } else {
                Prominence::Body
            };
            if let Some(f) = found.get_mut(*i) {
                *f = (f.0.saturating_add(1), f.1.max(prominence));
            }
        }
    };
    scan(title, true);
    scan(text, false);
    for (p, (n, prominence)) in persons.iter_mut().zip(found) {
        if n > p.1 .0 {
            p.1 = (n, p.1 .1.max(prominence));
        }
    }
}

/// Titles of the officials news reports quote on an incident (police,
/// sheriff's office, fire service, coroner, spokespeople), in lower case,
/// abbreviations without their point, sorted for binary search.
const OFFICIAL_TITLES: &[&str] = &[
    "capt",
    "captain",
    "chief",
    "commander",
    "commissioner",
    "constable",
    "coroner",
    "cpl",
    "deputy",
    "det",
    "detective",
    "examiner",
    "inspector",
    "investigator",
    "lieutenant",
    "lt",
    "marshal",
    "officer",
    "sergeant",
    "sgt",
    "sheriff",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "trooper",
];

/// Whether the word right before byte `start` of `text` is an official's
/// title (`OFFICIAL_TITLES`): "Sgt. Nadine Okoro", "Police Chief Ron
/// Tolliver", "Coroner Vic Santangelo".
pub fn official_title_before(text: &str, start: usize) -> bool {
    let before = tail(text, start, 32);
    let trimmed = before.trim_end_matches([' ', '.']);
    if trimmed.len() == before.len() || !trimmed.ends_with(char::is_alphabetic) {
        return false;
    }
    alpha_words(trimmed)
        .next_back()
        .is_some_and(|w| OFFICIAL_TITLES.binary_search(&w.as_str()).is_ok())
}

/// Weekday names, for [`past_reading`].
const WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// The past reading of a date when the words leave the week or the year
/// open: a bare weekday resolved after the publication day `published`
/// ("charged in the crash Tuesday": the Tuesday before, a week earlier
/// than the one after), or a day and month without a year ("the shooting
/// on March 17": the March before, whether the date falls before or after
/// publication: a trial report in September recalls "the shooting on April
/// 9" of the year before without its year). News mostly reports what
/// happened; both readings are kept as days the report may be about.
fn past_reading(
    text: &str,
    f: &Fact,
    v: &DateValue,
    range: (i64, i64),
    published: Option<i64>,
) -> Option<(i64, i64)> {
    let p = published?;
    let span = text.get(f.span.start..f.span.end)?.to_ascii_lowercase();
    if f.relative.is_some() {
        if range.0 <= p {
            return None;
        }
        let bare = span
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                WEEKDAYS.binary_search(&w).is_ok()
                    || matches!(w, "on" | "night" | "morning" | "afternoon" | "evening")
            });
        let weekday = span
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| WEEKDAYS.binary_search(&w).is_ok());
        return (bare && weekday).then_some((range.0 - 7, range.1 - 7));
    }
    if span.bytes().filter(u8::is_ascii_digit).count() >= 4 {
        return None;
    }
    // the same day or month a year before
    let DateValue::Unit(p) = v else {
        return None;
    };
    let c = CivilDate::from_day(p.first());
    let earlier = match p.grain() {
        Grain::Day => crate::facts::Period::day(
            CivilDate {
                year: c.year - 1,
                ..c
            }
            .day()?,
        ),
        Grain::Month => crate::facts::Period::month(c.year - 1, u32::from(c.month)),
        _ => return None,
    };
    day_range(&DateValue::Unit(earlier))
}

/// The days a date value covers, when both its ends are days, weeks or
/// months and it spans at most 31 days (longer spans say nothing about one
/// event's date). A week counts as a month does: a follow-up names its
/// incident as "last week" as often as by its day ("died in a house fire
/// on Elm Street last week").
fn day_range(v: &DateValue) -> Option<(i64, i64)> {
    let fine = |p: &crate::facts::Period| {
        matches!(
            p.grain(),
            Grain::Day | Grain::Week | Grain::Month | Grain::Half
        )
    };
    let (a, b) = (v.start()?, v.end()?);
    if !fine(&a) || !fine(&b) {
        return None;
    }
    let (s, e) = v.days()?;
    (e >= s && e - s <= 31).then_some((s, e))
}

/// Date features of a date value's first unit: its year, month, day and
/// month-day as far as it states them ("md" alone for a month-day of
/// unknown year).
fn date_features(v: &DateValue) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(((m, d), _)) = v.month_days() {
        if matches!(v, DateValue::MonthDay(..) | DateValue::MonthDays(..)) {
            out.push(("md", format!("{m:02}-{d:02}")));
        }
        return out;
    }
    let Some(p) = v.start() else {
        return out;
    };
    let c = CivilDate::from_day(p.first());
    let year = match p.grain() {
        Grain::Week => crate::lex::calendar::iso_week(p.first()).0,
        _ => c.year,
    };
    out.push(("year", format!("{year:04}")));
    if matches!(p.grain(), Grain::Day | Grain::Month | Grain::Half) {
        out.push(("mon", format!("{:04}-{:02}", c.year, c.month)));
        if p.grain() == Grain::Day {
            out.push(("day", format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)));
            out.push(("md", format!("{:02}-{:02}", c.month, c.day)));
        }
    }
    out
}

/// The feature of one figure, if it is specific enough to tell events
/// apart.
fn figure_feature(
    kind: FactKind,
    value: &FactValue,
    unit: Option<&str>,
) -> Option<(&'static str, String)> {
    match (kind, value) {
        (FactKind::Money, FactValue::Money(Money::Amount { amount, currency })) => Some((
            "money",
            format!(
                "{}:{}",
                currency.as_deref().unwrap_or("?"),
                sig3(amount.to_f64())
            ),
        )),
        (FactKind::Money, FactValue::Money(Money::Range { min, max, currency })) => Some((
            "money",
            format!(
                "{}:{}-{}",
                currency.as_deref().unwrap_or("?"),
                sig3(min.to_f64()),
                sig3(max.to_f64())
            ),
        )),
        (FactKind::Count, FactValue::Number(n) | FactValue::Vague(Vague { least: n, .. })) => {
            let unit = unit.map(|u| stem_plural(u.trim()).to_string());
            Some((
                "count",
                format!("{}:{}", sig3(n.to_f64()), unit.unwrap_or_default()),
            ))
        }
        (FactKind::Number, FactValue::Number(n)) => {
            let x = n.to_f64();
            // Small numbers (and 1900–2100, years) say nothing specific.
            (x.abs() >= 10.0 && !(1900.0..=2100.0).contains(&x)).then(|| ("num", sig3(x)))
        }
        (FactKind::Percent, FactValue::Number(n)) => Some(("pct", sig3(n.to_f64()))),
        // A final score or a vote is as specific as a figure gets.
        (FactKind::Score, FactValue::Score(s)) => Some(("score", s.to_string())),
        (FactKind::Ordinal, FactValue::Number(n)) => {
            let x = n.to_f64();
            (x >= 4.0).then(|| ("ord", sig3(x)))
        }
        _ => None,
    }
}

/// How much a feature of a class weighs against a content word of the same
/// rarity: a name, a date or a figure identifies an event (who, where,
/// when, how much), where a word mostly says what *kind* of event it is.
/// Twice a word, a round number rather than a fit; in a cosine it makes
/// such features four times as influential as words.
pub const TYPED_FEATURE_WEIGHT: f64 = 2.0;

fn class_weight(h: u64) -> f64 {
    if FeatureClass::of_hash(h) == FeatureClass::Word {
        1.0
    } else {
        TYPED_FEATURE_WEIGHT
    }
}

/// Document frequencies of features over a corpus.
#[derive(Debug, Clone, Default)]
pub struct DocFreq {
    df: HashMap<u64, u32>,
    docs: u64,
}

/// Settings of [`DocFreq::vector`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VectorConfig {
    /// Strongest features kept per document (the norm counts all).
    pub max_terms: usize,
    /// Candidate keys per document.
    pub key_terms: usize,
    /// A feature in more documents than this is never a candidate key: it
    /// would pair too many documents (a common year, a country).
    pub key_max_df: u32,
    /// Pseudo-documents of the background prior ([`DocFreq::idf`]); 0
    /// weighs by the corpus alone.
    pub background_docs: f64,
}

impl Default for VectorConfig {
    fn default() -> Self {
        VectorConfig {
            max_terms: 64,
            key_terms: 32,
            key_max_df: 128,
            background_docs: super::prior::BACKGROUND_DOCS,
        }
    }
}

/// A document's weighted, unit-norm feature vector (truncated).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocVector {
    /// (feature hash, weight / norm), sorted by hash. Only features found
    /// in two or more documents, at most `max_terms` of them.
    pub terms: Box<[(u64, f32)]>,
    /// The people named, for variant matching.
    pub persons: Box<[PersonKey]>,
    /// When the document was written, if known or estimable.
    pub anchor: Option<Anchor>,
    /// Days and months the text states, as day ranges.
    pub mentions: Box<[(i64, i64)]>,
    /// Identifying figures, sorted (see [`Identifier`]).
    pub identifiers: Box<[Identifier]>,
    /// Where and to whom ([`super::frame`]).
    pub frame: Frame,
    /// Candidate keys: the strongest `key_terms` features found in at most
    /// `key_max_df` documents, sorted (see [`super::candidates`]).
    pub keys: Box<[u64]>,
}

impl DocVector {
    /// When the document is from and which days it states
    /// ([`day_conflict`](super::frame::day_conflict)).
    pub fn when(&self) -> super::frame::When<'_> {
        super::frame::When {
            anchor: self.anchor,
            mentions: &self.mentions,
            own_day: self.frame.own_day,
            earlier_day: self.frame.earlier_day,
            follow_up: false,
        }
    }
}

impl DocFreq {
    /// An empty table.
    pub fn new() -> Self {
        DocFreq::default()
    }

    /// Counts one document's features.
    pub fn add(&mut self, f: &RawFeatures) {
        self.docs += 1;
        for &(h, _) in &f.terms {
            let c = self.df.entry(h).or_insert(0);
            *c = c.saturating_add(1);
        }
    }

    /// Adds another table (documents counted in either).
    pub fn merge(&mut self, other: DocFreq) {
        self.docs += other.docs;
        for (h, n) in other.df {
            let c = self.df.entry(h).or_insert(0);
            *c = c.saturating_add(n);
        }
    }

    /// Number of distinct features.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// Whether no feature was counted.
    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }

    /// Number of documents counted.
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// Number of documents a feature occurs in.
    pub fn df(&self, h: u64) -> u32 {
        self.df.get(&h).copied().unwrap_or(0)
    }

    /// Inverse document frequency: the information a feature carries.
    ///
    /// `background` pseudo-documents of English news are added to the
    /// corpus counts at every corpus size
    /// ([`prior::background_share`](super::prior::background_share)):
    /// `ln((N + B + 1) / (df + B · share + 1))`, so that a corpus of a few
    /// documents takes the rarity of its words from the background and a
    /// corpus of many times `B` from its own counts. In a corpus of more
    /// than [`FEW_DOCUMENTS`](super::prior::FEW_DOCUMENTS), that is then
    /// multiplied by `√((N − df) / N)`: a feature that most of the corpus's
    /// documents share cannot tell them apart, however rare it is in news
    /// at large (five reports of one minister's meetings all name him), and
    /// one that every document has weighs nothing. See [`prior`](super::prior).
    /// With `background` 0: `ln((N + 1) / (df + 1))`.
    pub fn idf(&self, h: u64, background: f64) -> f64 {
        let n = self.docs as f64;
        let df = f64::from(self.df(h));
        let background = background.max(0.0);
        let prior = if background > 0.0 {
            background * super::prior::background_share_in(h, self.docs)
        } else {
            0.0
        };
        let spread = if background > 0.0 && self.docs > super::prior::FEW_DOCUMENTS {
            ((n - df).max(0.0) / n).sqrt()
        } else {
            1.0
        };
        spread * ((n + background + 1.0) / (df + prior + 1.0)).ln().max(0.0)
    }

    /// The weighted vector of a document: `(1 + ln tf) · idf` per feature
    /// (times [`TYPED_FEATURE_WEIGHT`] for names, dates and figures),
    /// divided by the norm of all of them; features in fewer than two
    /// documents are left out (they can match nothing) and only the
    /// `max_terms` strongest others are kept (ties by hash).
    pub fn vector(&self, f: RawFeatures, config: &VectorConfig) -> DocVector {
        let mut norm2 = 0.0f64;
        let mut kept: Vec<(u64, f64)> = Vec::with_capacity(f.terms.len());
        for &(h, tf) in &f.terms {
            let w = (1.0 + f64::from(tf.max(1)).ln())
                * self.idf(h, config.background_docs)
                * class_weight(h);
            norm2 += w * w;
            if self.df(h) >= 2 {
                kept.push((h, w));
            }
        }
        let norm = norm2.sqrt();
        kept.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        kept.truncate(config.max_terms.max(1));
        let mut keys: Vec<u64> = kept
            .iter()
            .filter(|(h, _)| self.df(*h) <= config.key_max_df)
            .take(config.key_terms)
            .map(|(h, _)| *h)
            .collect();
        keys.sort_unstable();
        let mut terms: Vec<(u64, f32)> = kept
            .into_iter()
            .map(|(h, w)| (h, if norm > 0.0 { (w / norm) as f32 } else { 0.0 }))
            .collect();
        terms.sort_unstable_by_key(|t| t.0);
        let kept_hashes: Vec<u64> = terms.iter().map(|t| t.0).collect();
        // People kept: those the vector can match (variants), and those
        // named at least half as often as the most-named one (the
        // principal-actor test reads their mention counts).
        let top = f.persons.first().map_or(0, |p| p.mentions);
        let persons: Vec<PersonKey> = f
            .persons
            .into_iter()
            .filter(|p| {
                kept_hashes.binary_search(&p.feature).is_ok()
                    || self.df(p.feature) < 2
                    || p.mentions.saturating_mul(2) >= top
                    || p.prominence >= Prominence::Lead
            })
            .collect();
        DocVector {
            terms: terms.into_boxed_slice(),
            persons: persons.into_boxed_slice(),
            anchor: f.anchor,
            mentions: f.mentions.into_boxed_slice(),
            identifiers: f.identifiers.into_boxed_slice(),
            frame: f.frame,
            keys: keys.into_boxed_slice(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_name_finder_missed_are_read_from_capitals() {
        let text = "Gunfire broke out at the Harbor Light Lounge on Tuesday. \
                    Witnesses said the Harbor Light Lounge, a bar near St. Agnes Memorial Hospital, was full.\n\
                    More From Our Newsroom\n\
                    Copyright 2017 Lakeside Media Group. All rights reserved.\n\
                    Police Said Nothing More About The Case Of The Night.";
        // Inside sentences, in prose, a title's abbreviation skipped; the
        // first word of a sentence, a menu line, a company after a year and
        // a run of five capitals (a title-case headline) are none.
        assert_eq!(
            name_phrases(text, &[], &[]),
            [
                "harbor light lounge",
                "harbor light lounge",
                "agnes memorial hospital"
            ]
        );
        // A run a fact covers is the fact's.
        let facts = crate::facts::extract(text, &crate::facts::ExtractContext::default());
        let refs: Vec<&Fact> = facts.iter().collect();
        let covered = name_phrases(text, &[], &refs);
        assert!(covered.len() <= 3, "{covered:?}");
        // Inside page furniture, nothing.
        assert!(name_phrases(text, &[(0, text.len())], &[]).is_empty());
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut s = STOPWORDS.to_vec();
        s.sort_unstable();
        s.dedup();
        assert_eq!(s, STOPWORDS);
    }

    #[test]
    fn plural_folding() {
        assert_eq!(stem_plural("meetings"), "meeting");
        assert_eq!(stem_plural("allies"), stem_plural("ally"));
        assert_eq!(stem_plural("news"), "new");
        assert_eq!(stem_plural("bus"), "bus");
        assert_eq!(stem_plural("glass"), "glass");
        assert_eq!(stem_plural("crisis"), "crisis");
        assert_eq!(stem_plural("київ"), "київ");
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(1970, 1, 1), Some(0));
        assert_eq!(day_number(2000, 3, 1), Some(11_017));
        assert_eq!(
            day_number(2024, 8, 31).zip(day_number(2024, 7, 2)),
            Some((19_966, 19_906))
        );
        assert_eq!(day_number(2024, 13, 1), None);
    }

    /// A corpus of `n` documents where the word `w` is in the first `df`.
    fn corpus_with(w: &str, df: usize, n: usize) -> (DocFreq, u64) {
        let h = feature_hash("w", stem_plural(w));
        let other = feature_hash("w", "zzunrelatedword");
        let mut t = DocFreq::new();
        for i in 0..n {
            let terms = if i < df {
                vec![(h, 1)]
            } else {
                vec![(other, 1)]
            };
            t.add(&RawFeatures {
                terms,
                ..Default::default()
            });
        }
        (t, h)
    }

    #[test]
    fn a_word_weighs_about_the_same_at_any_corpus_size() {
        let b = super::super::prior::BACKGROUND_DOCS;
        // "aftershock" in two of twenty reports of one topic, and in two
        // of four hundred reports of many topics: about the same weight
        // with the background prior, very different from the counts alone.
        let (small, h) = corpus_with("aftershock", 2, 20);
        let (large, _) = corpus_with("aftershock", 2, 400);
        let (ws, wl) = (small.idf(h, b), large.idf(h, b));
        assert!(ws > 0.8 * wl && ws <= wl, "{ws} {wl}");
        let (cs, cl) = (small.idf(h, 0.0), large.idf(h, 0.0));
        assert!(cs < 0.6 * cl, "{cs} {cl}");
        // A word common in news at large weighs less than a rare one.
        let (t, common) = corpus_with("police", 2, 20);
        assert!(t.idf(common, b) < ws);
    }

    #[test]
    fn what_every_document_shares_tells_none_apart() {
        let b = super::super::prior::BACKGROUND_DOCS;
        // Five reports that all name the minister: the name weighs nothing
        // there, however rare in news at large; in four of five, little.
        let (all, h) = corpus_with("umerov", 5, 5);
        assert_eq!(all.idf(h, b), 0.0);
        let (most, _) = corpus_with("umerov", 4, 5);
        let (two, _) = corpus_with("umerov", 2, 5);
        assert!(most.idf(h, b) > 0.0 && most.idf(h, b) < 0.6 * two.idf(h, b));
        // Two or three documents: every shared word is in all of them, and
        // the background alone says how rare it is.
        let (pair, _) = corpus_with("umerov", 2, 2);
        assert!(pair.idf(h, b) > 5.0, "{}", pair.idf(h, b));
    }

    fn features(text: &str, published: Option<CivilDate>) -> RawFeatures {
        let facts = crate::facts::extract(
            text,
            &crate::facts::ExtractContext {
                published,
                ..Default::default()
            },
        );
        extract(
            DocInput {
                text,
                title: None,
                published,
                facts: &facts,
                furniture: &[],
                title_facts: &[],
            },
            &mut Scratch::default(),
        )
    }

    fn titled(title: &str, text: &str) -> RawFeatures {
        let ctx = crate::facts::ExtractContext::default();
        let facts = crate::facts::extract(text, &ctx);
        let title_facts = crate::facts::extract(title, &ctx);
        extract(
            DocInput {
                text,
                title: Some(title),
                published: None,
                facts: &facts,
                furniture: &[],
                title_facts: &title_facts,
            },
            &mut Scratch::default(),
        )
    }

    #[test]
    fn actors_are_as_prominent_as_where_they_are_first_named() {
        let filler = "The club said more would be known after the weekend. ".repeat(12);
        let f = titled(
            "Rovers release striker Daniel Mensah",
            &format!(
                "The Rovers released Daniel Mensah on Monday, manager Helen Carter said.\n\
                 Carter thanked the striker.\n{filler}\n\
                 Mensah joined from the reserves, where coach Peter Lindqvist had \
                 picked him three years ago."
            ),
        );
        let prominence = |surname: &str| {
            f.persons
                .iter()
                .find(|p| &*p.surname == surname && p.initial != ' ')
                .map(|p| (p.prominence, p.mentions))
        };
        // Named in the headline (in full) and by surname below: one actor.
        assert_eq!(prominence("mensah"), Some((Prominence::Headline, 3)));
        // In the opening words, below the headline.
        assert_eq!(
            prominence("carter").map(|p| p.0),
            Some(Prominence::Headline)
        );
        // Only below the lead.
        assert_eq!(prominence("lindqvist").map(|p| p.0), Some(Prominence::Body));
    }

    #[test]
    fn officials_are_told_by_their_title() {
        let mut t = OFFICIAL_TITLES.to_vec();
        t.sort_unstable();
        assert_eq!(t, OFFICIAL_TITLES);
        let text = "Sgt. Ana Ruiz said. Fire Chief Tom Berg came. Coroner Lee Moss \
                    and Mayor Dana Cole spoke; the chief, Ray Hill, did not.";
        let at = |name: &str| text.find(name).unwrap_or(0);
        assert!(official_title_before(text, at("Ana Ruiz")));
        assert!(official_title_before(text, at("Tom Berg")));
        assert!(official_title_before(text, at("Lee Moss")));
        assert!(!official_title_before(text, at("Dana Cole")));
        assert!(!official_title_before(text, at("Ray Hill")));
        assert!(!official_title_before(text, 0));
    }

    #[test]
    fn a_person_named_in_full_once_counts_every_later_surname() {
        // The headline names the keeper in full, the text only by surname,
        // in sentences where a bare capitalised word is not read as a name.
        let f = titled(
            "Harbour City put goalkeeper Tomas Okafor on the injured list",
            "The 29-year-old Okafor will sit out the last three matches. \
             Okafor hurt his wrist in training on Tuesday, the club said, and \
             the team signed a reserve to take his place. Okafor had started \
             every match since March. Coach Ruth Hale called it a blow.",
        );
        let okafor = f
            .persons
            .iter()
            .find(|p| &*p.surname == "okafor" && p.initial == 't')
            .map(|p| (p.mentions, p.prominence));
        assert_eq!(okafor, Some((4, Prominence::Headline)));
        // Two people of one surname: a bare surname is neither's.
        let g = titled(
            "Brothers Karl Weiss and Otto Weiss open a bakery",
            "Weiss said the oven came from Bavaria. Weiss baked the first loaf.",
        );
        for p in g.persons.iter().filter(|p| &*p.surname == "weiss") {
            assert!(p.mentions <= 2, "{p:?}");
        }
    }

    fn has(f: &RawFeatures, kind: &str, value: &str) -> bool {
        let h = feature_hash(kind, value);
        f.terms.binary_search_by_key(&h, |t| t.0).is_ok()
    }

    #[test]
    fn typed_features_and_variants() {
        let a = features(
            "Secretary of Defense Lloyd J. Austin III met Volodymyr Zelensky in Kiev on \
             December 6, 2023. The package is worth $175 million, the 52nd drawdown.",
            None,
        );
        let b = features(
            "Lloyd Austin and President Zelenskyy met in Kyiv. The $175m package.",
            None,
        );
        for f in [&a, &b] {
            assert!(has(f, "per", "l austin"));
            assert!(has(f, "per", "v zelenskyy"));
            assert!(has(f, "plc", "kyiv"));
            assert!(has(f, "money", "USD:1.75e8"));
        }
        assert!(has(&a, "day", "2023-12-06"));
        assert!(has(&a, "mon", "2023-12"));
        assert!(has(&a, "ord", "5.20e1"));
        assert!(has(&a, "w", "package"));
        assert!(!has(&a, "w", "the"));
        assert_eq!(
            a.anchor,
            Some(Anchor {
                day: day_number(2023, 12, 6).unwrap(),
                source: AnchorSource::Mentioned
            })
        );
        assert_eq!(b.anchor, None);
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        let published = CivilDate {
            year: 2024,
            month: 8,
            day: 31,
        };
        let f = features(
            "The ministers met yesterday at the Pentagon.",
            Some(published),
        );
        assert!(has(&f, "day", "2024-08-30"));
        assert_eq!(f.anchor.map(|a| a.source), Some(AnchorSource::Published));
    }

    #[test]
    fn vector_is_unit_norm_over_all_features() {
        let docs = [
            features("Tara Reid entered rehab in Malibu.", None),
            features("Tara Reid is in rehab, her publicist said.", None),
            features("Lindsay Lohan entered rehab.", None),
        ];
        let mut df = DocFreq::new();
        for d in &docs {
            df.add(d);
        }
        let v: Vec<DocVector> = docs
            .iter()
            .map(|d| df.vector(d.clone(), &VectorConfig::default()))
            .collect();
        for x in &v {
            let n: f32 = x.terms.iter().map(|t| t.1 * t.1).sum();
            assert!(n <= 1.0 + 1e-5 && n > 0.0, "{n}");
            assert!(x.terms.windows(2).all(|w| w[0].0 < w[1].0));
        }
        // "malibu" is in one document only: left out of the vector.
        assert!(!v[0]
            .terms
            .iter()
            .any(|t| t.0 == feature_hash("w", "malibu")));
        assert!(v[0].terms.iter().any(|t| t.0 == feature_hash("w", "rehab")));
    }

    fn idents(text: &str) -> Vec<(u64, u64)> {
        features(text, None)
            .identifiers
            .iter()
            .map(|i| (i.key, i.value))
            .collect()
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [QUAKE_NOUNS, ORDINAL_FILLERS, ORDINAL_PART_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn identifying_figures() {
        let mag = feature_hash("ident", "mag");
        for (text, value) in [
            ("A magnitude 6.1 earthquake struck.", 61),
            ("It had a preliminary magnitude of 4.4, the USGS said.", 44),
            ("A 4.2 magnitude earthquake shook the county.", 42),
            ("The 5.6-magnitude quake was felt widely.", 56),
            ("A 4.6 quake rattles Sonoma County.", 46),
            ("A 7.0 temblor hit the coast.", 70),
        ] {
            assert_eq!(idents(text), vec![(mag, value)], "{text}");
        }
        let drawdown = feature_hash("ident", "ord:drawdown");
        assert_eq!(
            idents("It is the 52nd drawdown of equipment."),
            vec![(drawdown, 52)]
        );
        let academy = feature_hash("ident", &format!("ord:{}", stem_plural("academy")));
        assert_eq!(
            idents("He will host the 81st annual Academy Awards."),
            vec![(academy, 81)]
        );
        // Not identifiers: hedged figures, small ordinals (parts of one
        // event), a number with no magnitude word, an ordinal whose noun is
        // in the next sentence, counts and quantities.
        for text in [
            "A roughly 6.1 quake and one of around 5.5 magnitude.",
            "They scored in the fourth quarter and the third round.",
            "The index fell 4.2 points to 6.1 today.",
            "He finished 52nd. Then he left.",
            "He scored in the 67th minute on the 12th day of the 21st century.",
            "They marched from E. 52nd St. to the 67th Precinct on 223rd Street.",
            "It cuts the 13th and the 14th.",
            "At least 52 people died, 13 miles from the 4 towns.",
        ] {
            assert_eq!(idents(text), vec![], "{text}");
        }
        // Values are kept once, sorted.
        let both = idents("A magnitude 4.4 quake, then a magnitude 2.0 and a 4.4 quake.");
        assert_eq!(both, vec![(mag, 20), (mag, 44)]);
    }

    #[test]
    fn page_furniture_is_no_evidence() {
        let text = "Gunfire on Oak Lane killed a man.\nPlease enable Javascript to watch this video\nCopyright 2016 Acme Broadcasting.";
        let line = text.find("Please").unwrap();
        let end = text.len();
        let facts = crate::facts::extract(text, &crate::facts::ExtractContext::default());
        let mut scratch = Scratch::default();
        let doc = |furniture: &[(usize, usize)], scratch: &mut Scratch| {
            extract(
                DocInput {
                    text,
                    title: None,
                    published: None,
                    facts: &facts,
                    furniture,
                    title_facts: &[],
                },
                scratch,
            )
        };
        let whole = doc(&[], &mut scratch);
        let clean = doc(&[(line, end)], &mut scratch);
        let has = |f: &RawFeatures, w: &str| {
            f.terms
                .binary_search_by_key(&feature_hash("w", w), |t| t.0)
                .is_ok()
        };
        assert!(has(&whole, "javascript") && has(&whole, "acme"));
        assert!(!has(&clean, "javascript") && !has(&clean, "acme"));
        assert!(has(&clean, "gunfire"));
        // Block token ranges map to byte spans of the original text.
        let spans = furniture_spans(text, 18, &[(7, 14), (14, 18)], &mut scratch);
        let copy = text.find("Copyright").unwrap();
        assert_eq!(spans, vec![(line, copy - 1), (copy, end - 1)]);
        // A token count that does not match maps nothing.
        assert!(furniture_spans(text, 19, &[(7, 14)], &mut scratch).is_empty());
    }

    #[test]
    fn empty_and_odd_text_never_panics() {
        for t in [
            "",
            " ",
            "$",
            "2023",
            "\u{0}\u{feff}",
            "Ⅻ 12-",
            "--12-06",
            "magnitude 4.",
            "the 52nd",
            "52nd é",
            "é4.4-magnitudeé",
        ] {
            let f = features(t, None);
            assert!(f.terms.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn dates_of_a_follow_up() {
        let published = Some(CivilDate {
            year: 2013,
            month: 9,
            day: 26,
        });
        let day = |y, m, d| day_number(y, m, d).unwrap_or(0);
        // A day and month without a year before publication: this year's,
        // or last year's (a trial report recalling the shooting).
        let f = features(
            "Flynn was found shot near Spiro on April 9, police said.",
            published,
        );
        assert!(f.mentions.contains(&(day(2013, 4, 9), day(2013, 4, 9))));
        assert!(f.mentions.contains(&(day(2012, 4, 9), day(2012, 4, 9))));
        assert!(f.frame.earlier_day);
        // With its year, one reading.
        let f = features(
            "Flynn was found shot on April 9, 2012, police said.",
            published,
        );
        assert!(!f.mentions.contains(&(day(2011, 4, 9), day(2011, 4, 9))));
        // A sentencing day ahead fixes no earlier day, and "today" deep in
        // the text is not the report's own news.
        let body = "The jury deliberated for hours before it reached a verdict. ".repeat(9);
        let f = features(
            &format!("A jury convicted him. {body}\nSentencing is set for Nov. 8. Today the family spoke."),
            published,
        );
        assert!(!f.frame.earlier_day);
        assert!(!f.frame.own_day);
        let f = features(
            "A man was shot early today on Elm Street, police said.",
            published,
        );
        assert!(f.frame.own_day);
        // The day written out is the report's own; a stamp's day is not.
        let f = features(
            "A man was shot on Elm Street on September 26, 2013, police said.",
            published,
        );
        assert!(f.frame.own_day);
        let f = features(
            "Storm damage\nLast updated 10:02 EDT, September 26, 2013 | Crews cleared fallen trees on Elm Street.",
            published,
        );
        assert!(!f.frame.own_day);
        // "Last week" is the week before publication's (Thursday 26
        // September 2013: Monday 16 to Sunday 22), an earlier day range.
        let f = features(
            "Mourners gathered for the man who died in a fire on Elm Street last week.",
            published,
        );
        assert!(f.mentions.contains(&(day(2013, 9, 16), day(2013, 9, 22))));
        assert!(f.frame.earlier_day);
    }
}
