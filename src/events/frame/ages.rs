//! Ages: whose age a report gives, and when two reports give different ones.
//!
//! Decides which person an age fact belongs to ([`named_age`]: an age set
//! off after a name, "Tobias Reyes, 27,", read from the name finder or
//! from the capitalised words just before; an age after a person noun or a
//! place names nobody, since one report of an incident gives the age of a
//! victim another does not name at all), and whether two frames give one
//! named person ages that cannot both hold ([`age_conflict`]: further apart
//! than [`AGE_SLACK`] plus the whole years begun between the reports).

use super::streets::CLAUSE_WINDOW_BYTES;
use super::{initial_and_surname, Age, Frame};
use crate::facts::names::canonical_key;
use crate::facts::{Fact, FactKind, FactValue};

/// Nouns for a person that an age may follow ("a woman, 19,").
pub(super) const PERSON_NOUNS: &[&str] = &[
    "boy", "brother", "daughter", "father", "girl", "husband", "man", "mother", "sister", "son",
    "suspect", "teen", "teenager", "victim", "wife", "woman",
];

/// The age a figure gives for a named person, if it is one: a whole
/// number from 1 to 110 set off by commas or brackets right after a
/// person's name ("Jane Roe, 31,", "John Doe (45)"), the way crime and
/// accident reports give the ages of victims and suspects. The person is
/// the name the name finder read just before (`person`: where it ends and
/// its canonical key), or else the run of capitalised words just before
/// ("Tobias Reyes, 27,"), unless a preposition leads into it ("of
/// Braymoor, 27" is no one). An age after a noun ("a woman, 19,") or
/// before one ("a 24-year-old man") is not read: it ties to no one, and
/// one report of an incident gives the age of a victim or a suspect that
/// another does not name at all.
pub fn named_age(text: &str, f: &Fact, person: Option<(usize, &str)>) -> Option<Age> {
    if f.qualifier.is_some() {
        return None;
    }
    let (FactKind::Number, FactValue::Number(n)) = (&f.kind, &f.value) else {
        return None;
    };
    let value = n.to_f64();
    if value.fract() != 0.0 || !(1.0..=110.0).contains(&value) {
        return None;
    }
    let after = text.get(f.span.end..)?;
    let before = text.get(..f.span.start)?;
    let set_off = (before.ends_with(", ") && after.starts_with([',', ';', ')', '.']))
        || (before.ends_with(" (") && after.starts_with(')'));
    if !set_off {
        return None;
    }
    let head = before.trim_end_matches([',', '(', ' ']);
    let name = match person {
        Some((end, key)) if end == head.len() => key.to_owned(),
        _ => capitalised_name_before(crate::events::features::tail(
            head,
            head.len(),
            CLAUSE_WINDOW_BYTES,
        ))?,
    };
    let (initial, surname) = initial_and_surname(&name);
    (!surname.is_empty()).then(|| Age {
        surname: surname.into(),
        initial,
        years: value as u8,
    })
}

/// Most words of a name [`capitalised_name_before`] reads.
const MAX_NAME_BEFORE: usize = 3;

/// Words that lead into a place, not a person: "of Braymoor, 27" gives
/// no one's age.
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["at", "from", "in", "near", "of", "to"];

/// The run of one to [`MAX_NAME_BEFORE`] capitalised words that `head`
/// ends with, as a canonical key ("Tobias Reyes"), when it is a name: not
/// a word for a person ([`PERSON_NOUNS`]), not after a preposition of
/// place ([`PLACE_PREPOSITIONS`]), and not the first words of a sentence
/// that holds nothing else.
fn capitalised_name_before(head: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut rest = head;
    let mut lead_in = None;
    while let Some((front, word)) = rest.rsplit_once(char::is_whitespace).or(Some(("", rest))) {
        let capitalised = word.chars().count() >= 2
            && word.chars().next().is_some_and(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            && !word.chars().all(char::is_uppercase);
        if !capitalised || words.len() == MAX_NAME_BEFORE {
            lead_in = Some(word);
            break;
        }
        words.push(word);
        if front.is_empty() {
            break;
        }
        rest = front;
    }
    let last = words.first()?.to_ascii_lowercase();
    if PERSON_NOUNS.binary_search(&last.as_str()).is_ok() {
        return None;
    }
    let lead_in = lead_in?.to_ascii_lowercase();
    if PLACE_PREPOSITIONS.binary_search(&lead_in.as_str()).is_ok() {
        return None;
    }
    words.reverse();
    let key = canonical_key(&words.join(" "));
    (!key.is_empty()).then_some(key)
}

/// How far apart two ages of one person may be and still agree when the
/// reports are written within a year of each other (a birthday between
/// them, or one outlet's error by a year).
pub const AGE_SLACK: u8 = 1;

/// How far apart two ages of one person named in full (given name and
/// surname, the same in both reports) may be and still agree: outlets
/// that report one event disagree on a victim's age by a year or two, and
/// two people of one full name in two similar incidents are rare; beyond
/// this, the ages are two people's.
pub const FULL_NAME_AGE_SLACK: u8 = 3;

/// Whether two reports give different ages for one named person
/// ([`Age::same_person`]) and agree on no one's age: two people of one
/// surname ("Marcus Hill, 19" and "Hill, 52"), so two incidents. Ages
/// agree within [`AGE_SLACK`] plus the whole years begun between the two
/// reports (`days_apart`: a trial two years after the arrest gives the
/// defendant's age two years on). Ages of people only one report names
/// say nothing: one report names the victim, another only the suspect, a
/// third some of the victims.
pub fn age_conflict(a: &Frame, b: &Frame, days_apart: u64) -> bool {
    let years = u8::try_from(days_apart.div_ceil(365)).unwrap_or(u8::MAX);
    let slack = AGE_SLACK.saturating_add(years);
    let mut differ = false;
    for x in &a.ages {
        for y in b.ages.iter().filter(|y| x.same_person(y)) {
            let full = x.initial != ' ' && x.initial == y.initial;
            let slack = if full {
                FULL_NAME_AGE_SLACK.saturating_add(years)
            } else {
                slack
            };
            if x.years.abs_diff(y.years) <= slack {
                return false;
            }
            differ = true;
        }
    }
    differ
}
