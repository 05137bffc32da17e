//! Content words and the hashed feature classes they and every other feature
//! belong to.
//!
//! Decides which words of a text count as content ([`stem_plural`], the
//! stop-word list: function words and reporting verbs say nothing about an
//! event), which bytes are page furniture and stay out ([`furniture_spans`],
//! [`inside`]), and how a typed feature becomes a seeded XXH3 hash whose top
//! bits carry its [`FeatureClass`] ([`feature_hash`]), so that vectors are
//! compared by class weight without keeping the strings.

use super::Scratch;
use crate::text::{normalize_into, tokenize_into, Tokens};
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Seed of the feature hash.
const FEATURE_SEED: u64 = 0x6576_656e_7473_0001;

/// English function words and reporting verbs that say nothing about an
/// event.
pub(super) const STOPWORDS: &[&str] = &[
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

pub(super) fn is_stopword(w: &str) -> bool {
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
    /// ([`PERIOD_SHARE`](crate::events::prior::PERIOD_SHARE)).
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
pub(super) fn add_words(
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
