//! Follow-up reports told around a step after the incident: the naming
//! of the dead ("the couple who died in the house fire have been named as
//! ..."), read from the words of the lead, and a count of time from the
//! incident ("two weeks after a fire on Quill Street"), read from the
//! date facts.
//!
//! Consumes the text of a document with its tokens, the end of its lead
//! ([`lead_end`](super::frame::lead_end)) and its date facts; produces
//! flags of the [`Frame`](super::frame::Frame) ([`Frame::names_dead`],
//! [`Frame::counts_from_incident`]) that [`naming_follow_up`] and
//! [`counted_follow_up`] weigh beside the days a report states. A report
//! that names its dead days after the incident and states no day has
//! publication days that are the naming's, not the incident's: the
//! report of the fire on Sunday and the naming of its victims on
//! Wednesday are one event. A report that counts weeks from its incident
//! states the days of its own news (a vigil, a campaign), none of the
//! incident's.
//!
//! Guarantees: linear in the text, no panic, deterministic.
//!
//! [`Frame::names_dead`]: super::frame::Frame::names_dead
//! [`Frame::counts_from_incident`]: super::frame::Frame::counts_from_incident

use super::features::{AnchorSource, DocVector};
use super::frame::{TextWords, FOLLOW_UP_DAYS, INCIDENT_NOUNS};
use crate::facts::{Direction, Fact, FactValue};

/// Words that tell the naming of a person ("have been named as", "was
/// identified as"), lower case, sorted.
const NAMING_WORDS: &[&str] = &["identified", "named"];

/// Words of a death or of its victim that make a naming the naming of
/// the dead ("the man who died", "the victim"), lower case, sorted.
const DEAD_WORDS: &[&str] = &[
    "body", "dead", "deceased", "died", "killed", "victim", "victims",
];

/// Words that deny the naming ("has not been named", "not yet
/// identified"): such a report is often the first one.
const DENIAL_WORDS: &[&str] = &["no", "not", "yet"];

/// Whether a sentence of the lead of `body` (the text before byte
/// `lead`) tells the naming of the dead: a word of naming ("named",
/// "identified") and a word of a death or its victim ("killed", "died",
/// "victim", "body") in one sentence, and no denial ("not", "no", "yet",
/// "n't"). "The couple who died in Sunday's fire have been named",
/// "Police identified the victim as ...".
pub fn names_dead(body: TextWords<'_>, lead: usize) -> bool {
    let toks = body.tokens;
    let mut naming = false;
    let mut dead = false;
    let mut denied = false;
    for t in toks.all() {
        if t.start >= lead {
            break;
        }
        if t.sym('.') || t.sym('!') || t.sym('?') || t.line_before() {
            if naming && dead && !denied {
                return true;
            }
            naming = false;
            dead = false;
            denied = false;
        }
        let low = toks.low_of(t);
        naming |= NAMING_WORDS.binary_search(&low).is_ok();
        dead |= DEAD_WORDS.binary_search(&low).is_ok();
        denied |= DENIAL_WORDS.binary_search(&low).is_ok() || low.ends_with("n't");
    }
    naming && dead && !denied
}

/// Whether `v`, beside `other`, is a follow-up told around the naming of
/// the dead ([`Frame::names_dead`](super::frame::Frame::names_dead)) that
/// states no day at all, published on or after `other`: its publication
/// days are the naming's, and say nothing of the incident's day
/// ([`When::follow_up`](super::frame::When::follow_up)). A naming
/// published before `other` cannot be of an incident `other` dates after
/// it, and one that states a day is dated by it.
pub fn naming_follow_up(v: &DocVector, other: &DocVector) -> bool {
    let published_after = match (v.anchor, other.anchor) {
        (Some(x), Some(y)) => {
            x.source == AnchorSource::Published
                && y.source == AnchorSource::Published
                && x.day >= y.day
        }
        _ => false,
    };
    published_after && v.frame.names_dead && v.mentions.is_empty()
}

/// Whether date fact `f` of `text` counts time after an incident: an
/// offset ("two weeks after", [`Direction::After`]) whose happening names
/// an incident by one of [`INCIDENT_NOUNS`] ("a fire on Quill Street",
/// "the crash"). A count after a vote or a holiday is no incident's.
pub fn counts_from_incident(text: &str, f: &Fact) -> bool {
    let FactValue::Offset(o) = &f.value else {
        return false;
    };
    o.direction == Direction::After
        && text
            .get(o.anchor.start..o.anchor.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                INCIDENT_NOUNS
                    .binary_search(&w.to_lowercase().as_str())
                    .is_ok()
            })
}

/// Whether `v`, beside `other`, is a later report that counts time from
/// its incident ([`Frame::counts_from_incident`](super::frame::Frame::counts_from_incident)),
/// published more than [`FOLLOW_UP_DAYS`] after `other`, and names no day
/// of its own publication as an incident's
/// ([`Frame::own_day`](super::frame::Frame::own_day)): the days it states
/// are its own news's (a memorial garden planted "on Saturday, two weeks
/// after a fire on Quill Street"), and say nothing of the incident's day.
/// A report of a fresh incident "a week after" another names its own day
/// and stays dated by it.
pub fn counted_follow_up(v: &DocVector, other: &DocVector) -> bool {
    let later = match (v.anchor, other.anchor) {
        (Some(x), Some(y)) => {
            x.source == AnchorSource::Published
                && y.source == AnchorSource::Published
                && x.day - y.day > FOLLOW_UP_DAYS
        }
        _ => false,
    };
    later && v.frame.counts_from_incident && !v.frame.own_day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::test_util::{assert_sorted, text_words};
    use crate::lex::Tokens;

    fn names(text: &str) -> bool {
        names_dead(
            text_words(text, &Tokens::new(text)),
            super::super::frame::lead_end(text, &[]),
        )
    }

    #[test]
    fn a_count_after_an_incident_is_told() {
        use crate::facts::{extract, ExtractContext};
        let counts = |text: &str| {
            extract(text, &ExtractContext::default())
                .iter()
                .any(|f| counts_from_incident(text, f))
        };
        assert!(counts(
            "Volunteers planted a memorial garden on Saturday, three weeks after a fire on Quill Street."
        ));
        assert!(counts("A month after the crash, the bridge reopened."));
        assert!(!counts("Two days after the vote, the mayor resigned."));
        assert!(!counts("Two days before the crash, the lights failed."));
    }

    #[test]
    fn word_lists_are_sorted() {
        assert_sorted(&[NAMING_WORDS, DEAD_WORDS, DENIAL_WORDS]);
    }

    #[test]
    fn the_naming_of_the_dead_is_told() {
        assert!(names(
            "The pensioner who died after a blaze at a flat in Corvey has been named as Edna Lusk, 82."
        ));
        assert!(names(
            "Detectives have identified the victim as Rolan Petit, a baker from Wexby."
        ));
        // Denied, or a naming of no one dead.
        assert!(!names(
            "A man died in a fire in Corvey. He has not yet been identified."
        ));
        assert!(!names(
            "Marta Quell was named as the new head of the Wexby library."
        ));
        // Told only after the lead.
        let far = format!(
            "{} The man who died was named as Ivo Brant.",
            "Crews fought a fire at a warehouse in Corvey for hours on end.".repeat(20)
        );
        assert!(!names(&far));
    }
}
