//! The stamp lines of copies of one text: two copies whose "Published"
//! lines (or bare date lines, or datelines) give different days.
//!
//! Consumes the documents of an event, their claim frames and the pairs of
//! documents that are copies of one text (word 5-shingle Jaccard at least
//! [`super::CompareConfig::copy_threshold`]); produces one conflict per
//! stamp line whose copies disagree on the day.
//!
//! Publication stamps are never compared as facts of the event: two
//! different articles were published or updated at different times, and
//! that is no disagreement ([`super::align`] keeps them apart). Two copies
//! of one text are another matter: they are one article, so when their
//! stamp lines give two days one of them was changed or is wrong, which a
//! fact-checker wants told. Named rules:
//!
//! - **Copies only.** Only documents joined by the copy test are compared,
//!   never two articles of one event or one outlet.
//! - **One kind of stamp.** A publication stamp ("Published", "Posted",
//!   "Filed", a bare date line, a dateline) is compared with the
//!   publication stamp of the other copy, an update stamp ("Updated",
//!   "Last modified") with the update stamp: an updated copy legitimately
//!   carries a later time than the original's publication. The n-th stamp
//!   of a kind is compared with the n-th of the other copy.
//! - **Days, not times.** Two times of one day (another time zone, a late
//!   edition) agree; only a stamp of one calendar day is compared.
//! - **Metadata may explain.** When every copy's record has its own
//!   `published` metadata and each stamp gives its own record's day, the
//!   copies were published on two days (a repost): no conflict.
//!
//! Guarantees: deterministic (input order), never panics.

use super::{
    AlignedFact, ClaimInfo, CopyEvidence, EventDoc, Evidence, Mention, StatedValue, Status,
    UnionFind,
};
use crate::claim::{ClaimDoc, Role};
use crate::facts::{CivilDate, FactKind, FactValue};
use crate::lex::words::{stamp_label, StampLabel};
use std::collections::BTreeMap;

/// Two documents that are copies of one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Copies {
    /// Their positions in the event's documents, the lower first.
    pub docs: [usize; 2],
    /// Word 5-shingle Jaccard of their texts.
    pub jaccard: f64,
}

/// The kind of a stamp line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stamp {
    /// "Published", "Posted", "Filed", a bare date line, a dateline.
    Published,
    /// "Updated", "Last modified".
    Updated,
}

impl Stamp {
    /// The name shown in the evidence.
    fn name(self) -> &'static str {
        match self {
            Stamp::Published => "published",
            Stamp::Updated => "updated",
        }
    }

    /// The key of the aligned fact.
    fn key(self) -> &'static str {
        match self {
            Stamp::Published => "publication date · stamp line",
            Stamp::Updated => "update date · stamp line",
        }
    }
}

/// The kind of the stamp whose date starts at byte `start` of `text`: the
/// last stamp label ([`stamp_label`]) before it on its line decides ("Published: May 2 |
/// Updated: May 3" has one of each); none is a publication stamp.
fn kind_at(text: &str, start: usize) -> Stamp {
    let before = text.get(..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("").to_lowercase();
    line.split(|c: char| !c.is_alphanumeric())
        .rev()
        .find_map(|w| match stamp_label(w)? {
            StampLabel::Update => Some(Stamp::Updated),
            StampLabel::Publication => Some(Stamp::Published),
            StampLabel::Retrieval => None,
        })
        .unwrap_or(Stamp::Published)
}

/// One stamp date of one document.
struct Stamped {
    /// Position of the document in the event.
    pos: usize,
    /// The fact (its index in the document's facts).
    fact: usize,
    /// The day (days from 1970-01-01).
    day: i64,
}

/// The stamp dates of one document that give one calendar day, keyed by
/// kind and rank within the kind.
fn stamps_of(
    pos: usize,
    doc: &EventDoc<'_>,
    claim: &ClaimDoc,
) -> BTreeMap<(Stamp, usize), Stamped> {
    let mut out = BTreeMap::new();
    let mut rank: BTreeMap<Stamp, usize> = BTreeMap::new();
    for (i, f) in doc.facts.iter().enumerate() {
        let Some(frame) = claim.frames.get(i).and_then(Option::as_ref) else {
            continue;
        };
        if f.kind != FactKind::Date || frame.role != Role::Metadata {
            continue;
        }
        let FactValue::Date(v) = &f.value else {
            continue;
        };
        let Some((lo, hi)) = super::values::day_range(v) else {
            continue;
        };
        let kind = kind_at(doc.text, f.span.start);
        let n = rank.entry(kind).or_insert(0);
        if lo == hi {
            out.insert(
                (kind, *n),
                Stamped {
                    pos,
                    fact: i,
                    day: lo,
                },
            );
        }
        *n += 1;
    }
    out
}

/// An ISO day.
fn iso(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The record's own metadata day of a document, if it has one.
fn metadata_day(doc: &EventDoc<'_>) -> Option<CivilDate> {
    doc.published.filter(|_| doc.from_metadata)
}

/// Whether every copy's stamp gives its own record's metadata day: copies
/// published on different days, not a changed date line.
fn explained_by_metadata(docs: &[EventDoc<'_>], stamped: &[&Stamped]) -> bool {
    stamped.iter().all(|s| {
        docs.get(s.pos)
            .and_then(metadata_day)
            .is_some_and(|d| super::values::day_number(d) == s.day)
    })
}

/// The conflicts between the stamp lines of copies of one text (see the
/// module docs), in order of first mention.
pub(crate) fn align(
    docs: &[EventDoc<'_>],
    claims: &[ClaimDoc],
    copies: &[Copies],
) -> Vec<AlignedFact> {
    if copies.is_empty() {
        return Vec::new();
    }
    let stamps: Vec<_> = docs
        .iter()
        .zip(claims)
        .enumerate()
        .map(|(pos, (d, c))| stamps_of(pos, d, c))
        .collect();
    let mut uf = UnionFind::new(docs.len());
    for c in copies {
        uf.union(c.docs[0], c.docs[1]);
    }
    // Copies of one text, each group in input order.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for pos in 0..docs.len() {
        groups.entry(uf.find(pos)).or_default().push(pos);
    }
    let mut out = Vec::new();
    for group in groups.values().filter(|g| g.len() >= 2) {
        let mut by_stamp: BTreeMap<(Stamp, usize), Vec<&Stamped>> = BTreeMap::new();
        for &pos in group {
            for (k, s) in stamps.get(pos).into_iter().flatten() {
                by_stamp.entry(*k).or_default().push(s);
            }
        }
        for ((kind, _), stamped) in by_stamp {
            let first = stamped.first().map(|s| s.day);
            let differ = stamped.iter().any(|s| Some(s.day) != first);
            if !differ || explained_by_metadata(docs, &stamped) {
                continue;
            }
            out.push(conflict(docs, claims, copies, kind, &stamped));
        }
    }
    out
}

/// The conflict of one stamp line across copies that give different days.
fn conflict(
    docs: &[EventDoc<'_>],
    claims: &[ClaimDoc],
    copies: &[Copies],
    kind: Stamp,
    stamped: &[&Stamped],
) -> AlignedFact {
    let mut values: Vec<StatedValue> = Vec::new();
    let mut day_of: BTreeMap<usize, i64> = BTreeMap::new();
    for s in stamped {
        let (Some(doc), Some(claim)) = (docs.get(s.pos), claims.get(s.pos)) else {
            continue;
        };
        let Some(f) = doc.facts.get(s.fact) else {
            continue;
        };
        day_of.insert(s.pos, s.day);
        let mention = Mention {
            doc: doc.index,
            span: f.span,
            sentence: claim.tokens.sentence_span(f.span),
            qualifier: None,
        };
        let same_day = |v: &StatedValue| match &v.value {
            FactValue::Date(d) => super::values::day_range(d) == Some((s.day, s.day)),
            _ => false,
        };
        match values.iter_mut().find(|v| same_day(v)) {
            Some(v) => {
                v.docs.push(doc.index);
                v.mentions.push(mention);
            }
            None => values.push(StatedValue {
                value: f.value.clone(),
                qualifier: None,
                docs: vec![doc.index],
                mentions: vec![mention],
            }),
        }
    }
    // Most stated first; a stable sort keeps the first stated first.
    values.sort_by_key(|v| std::cmp::Reverse(v.docs.len()));
    let evidence = copies
        .iter()
        .filter(|c| match (day_of.get(&c.docs[0]), day_of.get(&c.docs[1])) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        })
        .filter_map(|c| {
            let (a, b) = (docs.get(c.docs[0])?, docs.get(c.docs[1])?);
            let jaccard = (c.jaccard * 1000.0).round() / 1000.0;
            Some(Evidence {
                docs: [a.index, b.index],
                head: None,
                predicate: None,
                names: Vec::new(),
                of: false,
                shared_words: Vec::new(),
                similarity: jaccard,
                rule: None,
                predicates: Vec::new(),
                copies: Some(CopyEvidence {
                    jaccard,
                    stamp: kind.name(),
                    metadata: [metadata_day(a).map(iso), metadata_day(b).map(iso)],
                }),
            })
        })
        .collect();
    AlignedFact {
        kind: FactKind::Date,
        key: kind.key().to_string(),
        status: Status::Conflict,
        values,
        claim: ClaimInfo {
            phrase: Some(
                match kind {
                    Stamp::Published => "publication date",
                    Stamp::Updated => "update date",
                }
                .to_string(),
            ),
            ..ClaimInfo::default()
        },
        evidence,
        copies: Vec::new(),
    }
}
