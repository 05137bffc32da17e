//! Builders and checks the tests of the event stage share (test builds
//! only).
//!
//! Each test module of `events/` used to build the same values by hand: a
//! report's [`When`] with every flag spelled out, a publication anchor, a
//! [`TextWords`] with no facts, the feature of a content word, and the
//! check that a word list is sorted for binary search. One builder each,
//! here, keeps the tests about what they test.

use super::features::{feature_hash, stem_plural, Anchor, AnchorSource};
use super::frame::{TextWords, When};
use crate::lex::token::Tokens;

/// The time anchor of a report published on `day` (days since
/// 1970-01-01).
pub fn published(day: i64) -> Option<Anchor> {
    Some(Anchor {
        day,
        source: AnchorSource::Published,
    })
}

/// A report's [`When`]: its anchor and the days it states, with no flag
/// set (no relative day of its own, no earlier day, no follow-up). Set a
/// flag with struct update: `When { own_day: true, ..when(a, m) }`.
pub fn when(anchor: Option<Anchor>, mentions: &[(i64, i64)]) -> When<'_> {
    When {
        anchor,
        mentions,
        own_day: false,
        earlier_day: false,
        follow_up: false,
    }
}

/// `text` with its tokens as the [`TextWords`] the frame readers take, with
/// no facts.
pub fn text_words<'a>(text: &'a str, tokens: &'a Tokens) -> TextWords<'a> {
    TextWords {
        text,
        tokens,
        facts: &[],
    }
}

/// The feature of a content word, plural folded, as the vectors hold it.
pub fn word(w: &str) -> u64 {
    feature_hash("w", stem_plural(w))
}

/// Asserts that each word list is strictly sorted, as binary search needs.
pub fn assert_sorted(lists: &[&[&str]]) {
    for list in lists {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}
