//! Pair verification: how strongly two documents look like reports of one
//! event, and whether their dates rule it out.
//!
//! Consumes two [`DocVector`]s; produces a [`PairScore`]: a similarity in
//! [0, 1] and a `conflict` flag.
//!
//! - **Similarity** is the cosine of the TF-IDF vectors (content words,
//!   names, dates, figures; see [`features`](super::features)), plus the
//!   products of weights of person names that differ only by spelling: the
//!   same surname with the first name known in one document only ("Austin"
//!   and "L. Austin"), or surnames with a Jaro–Winkler similarity of at
//!   least [`SURNAME_JARO_WINKLER`] and compatible initials ("Gaddafi",
//!   "Qaddafi" are caught by canonical keys; "Jackman"/"Jakman" by
//!   similarity). Each name is matched at most once, so the result stays a
//!   cosine of (virtually) aligned vectors, capped at 1.
//! - **Conflict**: reports of one event are written close together. When
//!   both documents have a time anchor, the anchors are further apart than
//!   the window ([`TimeWindow`]) and neither document states a date near
//!   the other's anchor, they are probably reports of two events, however
//!   alike their words, and the similarity is halved
//!   ([`DATE_CONFLICT_FACTOR`]) (the seeds `000` and `002`: two
//!   Austin–Umerov meetings at the Pentagon two months apart). The window is
//!   wider when either anchor is only an estimate (the latest date an
//!   article states, when it has no publication date).
//!
//! Shared figures and dates raise the cosine (they are features); figures
//! that differ are *not* counted against a pair, because reports of one
//! event disagree on figures often enough (that is what `concord report`
//! is for).

use super::features::{AnchorSource, DocVector};

/// Two surnames at least this similar (Jaro–Winkler) are spelling variants.
pub const SURNAME_JARO_WINKLER: f64 = 0.92;

/// How far apart two reports of one event may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    /// Days between two publication dates.
    pub published_days: i64,
    /// Days when either anchor is an estimate from the dates an article
    /// states.
    pub estimated_days: i64,
}

impl Default for TimeWindow {
    /// Two weeks between publication dates: the news cycle of one event
    /// (first reports, reactions, follow-ups) is days, and the same kind of
    /// event recurring (a monthly meeting, a yearly ceremony) is further
    /// apart. Twice that when either date is an estimate.
    fn default() -> Self {
        TimeWindow {
            published_days: 14,
            estimated_days: 28,
        }
    }
}

/// The verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScore {
    /// Similarity in [0, 1].
    pub similarity: f64,
    /// The documents' dates say they report different events.
    pub conflict: bool,
}

/// Cosine of two sorted sparse vectors (merge join).
pub fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f64 {
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0f64;
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += f64::from(a[i].1) * f64::from(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

fn weight(v: &[(u64, f32)], h: u64) -> Option<f32> {
    v.binary_search_by_key(&h, |t| t.0).ok().map(|i| v[i].1)
}

/// Extra dot product from person names that match only as spelling
/// variants (see the module docs).
fn person_variants(a: &DocVector, b: &DocVector) -> f64 {
    let mut used = [false; super::features::MAX_PERSONS];
    let mut extra = 0.0;
    for pa in a.persons.iter() {
        if weight(&b.terms, pa.feature).is_some() {
            continue;
        }
        let Some(wa) = weight(&a.terms, pa.feature) else {
            continue;
        };
        for (k, pb) in b.persons.iter().enumerate() {
            if k >= used.len() || used[k] || weight(&a.terms, pb.feature).is_some() {
                continue;
            }
            let Some(wb) = weight(&b.terms, pb.feature) else {
                continue;
            };
            let initials_ok = pa.initial == ' ' || pb.initial == ' ' || pa.initial == pb.initial;
            let surname_ok = pa.surname == pb.surname
                || (pa.surname.chars().count() >= 4
                    && pb.surname.chars().count() >= 4
                    && strsim::jaro_winkler(&pa.surname, &pb.surname) >= SURNAME_JARO_WINKLER);
            if initials_ok && surname_ok {
                used[k] = true;
                extra += f64::from(wa) * f64::from(wb);
                break;
            }
        }
    }
    extra
}

/// Whether two documents' time anchors rule out one event: both anchored,
/// further apart than the window, and neither states a date within the
/// window of the other's anchor (a follow-up that names the day of the
/// first report's event is still about it).
pub fn time_conflict(a: &DocVector, b: &DocVector, window: &TimeWindow) -> bool {
    let (Some(x), Some(y)) = (a.anchor, b.anchor) else {
        return false;
    };
    let limit = if x.source == AnchorSource::Published && y.source == AnchorSource::Published {
        window.published_days
    } else {
        window.estimated_days
    };
    if x.day.abs_diff(y.day) <= limit.unsigned_abs() {
        return false;
    }
    let near = |mentions: &[(i64, i64)], day: i64| {
        mentions
            .iter()
            .any(|&(s, e)| s.saturating_sub(limit) <= day && day <= e.saturating_add(limit))
    };
    !near(&a.mentions, y.day) && !near(&b.mentions, x.day)
}

/// What a date conflict leaves of a pair's similarity. Dates far apart
/// are strong evidence of two events, not proof: a trial months after a
/// crime, or a check-out weeks after a check-in, is often reported as the
/// same story (ECB+ groups them so). Halving is the neutral choice between
/// ignoring the evidence and a veto.
pub const DATE_CONFLICT_FACTOR: f64 = 0.5;

/// Scores a pair of documents. A date conflict (only checked with a
/// `window`) multiplies the similarity by [`DATE_CONFLICT_FACTOR`].
pub fn score(a: &DocVector, b: &DocVector, window: Option<&TimeWindow>) -> PairScore {
    let mut similarity = (cosine(&a.terms, &b.terms) + person_variants(a, b)).clamp(0.0, 1.0);
    let conflict = window.is_some_and(|w| time_conflict(a, b, w));
    if conflict {
        similarity *= DATE_CONFLICT_FACTOR;
    }
    PairScore {
        similarity,
        conflict,
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::{Anchor, PersonKey};
    use super::*;

    fn vec_of(terms: &[(u64, f32)]) -> DocVector {
        DocVector {
            terms: terms.to_vec().into_boxed_slice(),
            ..DocVector::default()
        }
    }

    #[test]
    fn cosine_of_sparse_vectors() {
        let a = [(1, 0.6), (2, 0.8)];
        let b = [(2, 0.6), (3, 0.8)];
        assert!((cosine(&a, &b) - 0.48).abs() < 1e-6);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &[]), 0.0);
    }

    #[test]
    fn spelling_variants_of_people_count() {
        let person = |feature, initial, surname: &str| PersonKey {
            feature,
            initial,
            surname: surname.into(),
        };
        let mut a = vec_of(&[(10, 0.6), (20, 0.8)]);
        a.persons = vec![person(20, 'm', "gaddafi")].into_boxed_slice();
        let mut b = vec_of(&[(10, 0.6), (21, 0.8)]);
        b.persons = vec![person(21, 'm', "gadaffi")].into_boxed_slice();
        let s = score(&a, &b, None);
        assert!((s.similarity - 1.0).abs() < 1e-6, "{s:?}");
        // A different first initial is a different person.
        b.persons = vec![person(21, 'k', "gadaffi")].into_boxed_slice();
        assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
        // A different surname too.
        b.persons = vec![person(21, 'm', "austin")].into_boxed_slice();
        assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
    }

    #[test]
    fn dates_far_apart_conflict() {
        let at = |day, source| {
            let mut v = vec_of(&[(1, 1.0)]);
            v.anchor = Some(Anchor { day, source });
            v
        };
        let w = TimeWindow::default();
        let p = AnchorSource::Published;
        let m = AnchorSource::Mentioned;
        assert!(!score(&at(100, p), &at(114, p), Some(&w)).conflict);
        assert!(score(&at(100, p), &at(115, p), Some(&w)).conflict);
        assert!(!score(&at(100, p), &at(120, m), Some(&w)).conflict);
        assert!(score(&at(100, m), &at(160, p), Some(&w)).conflict);
        assert!(!score(&at(100, m), &vec_of(&[(1, 1.0)]), Some(&w)).conflict);
        assert!(!score(&at(100, p), &at(1000, p), None).conflict);
    }
}
