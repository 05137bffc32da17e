//! The part a report gives a named person in its incident: the killed or
//! hurt ([`Role::Victim`]) or the arrested, charged or accused
//! ([`Role::Suspect`]), read from the words the report puts next to the
//! name.
//!
//! Consumes a text and the span of a person's name in it; produces a
//! [`Role`] or nothing. The frame ([`Frame::roles`](super::frame::Frame::roles))
//! keeps one role per person; the protagonist rules of
//! [`score`](super::score) read them: reports of one incident are told
//! around different people (the dead in the first report, the man
//! arrested days later in the follow-up), and two reports told around
//! two different victims are of two incidents.
//!
//! A role is read only from the name's own clause: the few words before
//! it ("police arrested Tyrell Vance", "the suspect, Tyrell Vance", "the
//! killing of Rosa Kimmel") and the predicate after it, up to the end of
//! the sentence or a verb of speech ("Darnell Okafor, 27, died at the
//! scene", "Korvin Albescu, 37, was picked up at a motel and charged").
//! A name with words of both parts takes the nearest; a witness, an
//! official or a relative gets none.
//!
//! Guarantees: bounded work per name (a clause's bytes), no panic.

/// What a report says a named person was in its incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Killed, hurt, shot: "Darnell Okafor, 27, died at the scene".
    Victim,
    /// Arrested, charged, accused or sought: "police arrested Tyrell
    /// Vance, 24", "the suspect, Tyrell Vance,".
    Suspect,
}

/// The role a report gives a named person: who (first initial and folded
/// surname, as [`Age`](super::frame::Age)) and what part.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PersonRole {
    /// Folded surname ("vance").
    pub surname: Box<str>,
    /// First initial, `' '` when only the surname is given.
    pub initial: char,
    /// The part the report gives them.
    pub role: Role,
}

impl PersonRole {
    /// Whether this is the person of first initial `initial` (`' '` when
    /// unknown) and folded surname `surname`.
    pub fn is(&self, initial: char, surname: &str) -> bool {
        *self.surname == *surname
            && (self.initial == ' ' || initial == ' ' || self.initial == initial)
    }
}

/// The role `roles` gives the person of first initial `initial` and
/// surname `surname`, if any.
pub fn role_of(roles: &[PersonRole], initial: char, surname: &str) -> Option<Role> {
    roles
        .iter()
        .find(|r| r.is(initial, surname))
        .map(|r| r.role)
}

/// Whether `roles` names anyone as a suspect: a report that does has its
/// own suspect, and a suspect another report names later is not someone
/// it could not name yet.
pub fn names_suspect(roles: &[PersonRole]) -> bool {
    roles.iter().any(|r| r.role == Role::Suspect)
}

/// Words that make the person next to them a suspect: the verbs of an
/// arrest or a charge, read before the name ("police arrested Tyrell
/// Vance") or after it ("Derrick Moss, 31, was taken into custody").
const SUSPECT_WORDS: &[&str] = &[
    "accused",
    "apprehended",
    "arraigned",
    "arrested",
    "booked",
    "charged",
    "custody",
    "detained",
    "indicted",
    "jailed",
    "suspect",
];

/// Words that make the person next to them a victim: dying, being killed
/// or hurt, read before the name ("the victim, Rosa Kimmel") or after it
/// ("Darnell Okafor, 27, died at the scene").
const VICTIM_WORDS: &[&str] = &[
    "dead", "died", "dies", "hurt", "injured", "killed", "shot", "slain", "stabbed", "victim",
    "wounded",
];

/// Nouns of a harm that lead into its victim with "of": "the killing of
/// Rosa Kimmel", "the death of". After a name they are a charge's words
/// ("Vance faces a murder charge"), so they count only before it.
const HARM_NOUNS: &[&str] = &[
    "death", "killing", "murder", "shooting", "slaying", "stabbing",
];

/// Gerunds of a harm that take its victim as their object: "accused of
/// shooting Victor Moreno", "charged with killing", "convicted of
/// murdering". Before a name they make it the victim, whatever charge
/// word comes before them (the charge is the other person's).
const HARM_GERUNDS: &[&str] = &[
    "abducting",
    "assaulting",
    "attacking",
    "beating",
    "injuring",
    "kidnapping",
    "killing",
    "murdering",
    "robbing",
    "shooting",
    "slaying",
    "stabbing",
    "strangling",
    "wounding",
];

/// Words that open the object of an active verb of harm after a name
/// ("Vance shot a man", "shot his neighbour", "stabbed two people"): the
/// person named before the verb did the harm and is no victim.
const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "another", "her", "him", "his", "its", "one", "several", "the", "their", "them",
    "three", "two",
];

/// Words right before a verb of harm that make it passive ("was shot",
/// "got stabbed"): the person before them is the one harmed.
const PASSIVE_AUXILIARIES: &[&str] = &["are", "be", "been", "being", "got", "is", "was", "were"];

/// Verbs of speech that end the clause of the person before them: "Jane
/// Roe, 31, said the man was arrested" gives Jane Roe no part.
const SPEECH_WORDS: &[&str] = &["asked", "said", "says", "told"];

/// Words before a name read for its role: a verb and an article ("police
/// arrested the", "the suspect").
const WORDS_BEFORE: usize = 3;

/// Bytes of text around a name read for its role: a clause's worth.
const ROLE_WINDOW_BYTES: usize = 200;

/// The role of the person named at `start..end` of `src`, from the words
/// of its clause (see the module docs), or `None`.
pub fn role_at(src: &str, start: usize, end: usize) -> Option<Role> {
    role_before(src, start).or_else(|| role_after(src, end))
}

/// The role the words right before a name give it.
fn role_before(src: &str, start: usize) -> Option<Role> {
    let before = super::features::tail(src, start, ROLE_WINDOW_BYTES);
    let trimmed = before.trim_end();
    // An appositive after a noun of a part: "the suspect, Tyrell Vance".
    if let Some(head) = trimmed.strip_suffix(',') {
        let noun = head.rsplit(|c: char| !c.is_alphanumeric()).next();
        let noun = noun.map(str::to_lowercase).unwrap_or_default();
        return match noun.as_str() {
            "suspect" => Some(Role::Suspect),
            "victim" => Some(Role::Victim),
            _ => None,
        };
    }
    let words = super::features::clause_words_before(before, &['\n', '.', ';', ',', ':', '"']);
    if let [.., noun, of] = words.as_slice() {
        if of == "of" && HARM_NOUNS.binary_search(&noun.as_str()).is_ok() {
            return Some(Role::Victim);
        }
    }
    words
        .iter()
        .rev()
        .take(WORDS_BEFORE)
        .find_map(|w| harm_gerund(w).or_else(|| word_role(w)))
}

/// A harm's gerund before a name makes the name its victim
/// ([`HARM_GERUNDS`]).
fn harm_gerund(w: &str) -> Option<Role> {
    HARM_GERUNDS
        .binary_search(&w)
        .is_ok()
        .then_some(Role::Victim)
}

/// The role the predicate after a name gives it: the nearest word of a
/// part before the sentence ends or a verb of speech.
fn role_after(src: &str, end: usize) -> Option<Role> {
    let after = super::features::head(src, end, ROLE_WINDOW_BYTES);
    let stop = sentence_end(after);
    let clause = after.get(..stop).unwrap_or("");
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.to_lowercase();
        if SPEECH_WORDS.binary_search(&w.as_str()).is_ok() {
            return None;
        }
        let role = word_role(&w);
        if role == Some(Role::Victim) && does_harm(&words, i) {
            return None;
        }
        if role.is_some() {
            return role;
        }
    }
    None
}

/// Whether the verb of harm at `words[i]`, after a name, is active with an
/// object ("shot a man", "stabbed his neighbour", "shot and killed
/// Moreno"): the person named did the harm. A passive ("was shot"), an
/// intransitive ("died") or a reduced clause ("shot in the arm") is not.
fn does_harm(words: &[&str], i: usize) -> bool {
    let lower = |k: usize| words.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
    let passive = i > 0
        && PASSIVE_AUXILIARIES
            .binary_search(&lower(i - 1).as_str())
            .is_ok();
    if passive {
        return false;
    }
    let mut k = i + 1;
    // "shot and killed", "shot and wounded": the object follows the second
    while lower(k) == "and" && word_role(&lower(k + 1)) == Some(Role::Victim) {
        k += 2;
    }
    let Some(next) = words.get(k) else {
        return false;
    };
    OBJECT_OPENERS.binary_search(&lower(k).as_str()).is_ok()
        || (next.chars().next().is_some_and(char::is_uppercase) && !is_time_word(&lower(k)))
}

/// A capitalised word of time after a verb ("shot Tuesday", "killed in
/// May" reads "in" first): a weekday or a month, no object.
fn is_time_word(w: &str) -> bool {
    crate::lex::words::is_calendar_word(w)
}

/// The part a single word gives a person, if any.
fn word_role(w: &str) -> Option<Role> {
    if SUSPECT_WORDS.binary_search(&w).is_ok() {
        Some(Role::Suspect)
    } else if VICTIM_WORDS.binary_search(&w).is_ok() {
        Some(Role::Victim)
    } else {
        None
    }
}

/// Where the first sentence of `text` ends: a line break, a `;`, `!` or
/// `?`, or a full stop before a capital (not "1 a.m. and", not a title's
/// abbreviation before a lowercase word); the whole text if none.
fn sentence_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' | b';' | b'!' | b'?' => return i,
            b'.' => {
                let rest = text.get(i + 1..).unwrap_or("");
                let next = rest.trim_start_matches([' ', '"', '\'']);
                if rest.is_empty()
                    || (rest.starts_with(' ')
                        && next.chars().next().is_some_and(char::is_uppercase))
                {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::test_util::assert_sorted;

    /// The role of the first occurrence of `name` in `text`.
    fn role(text: &str, name: &str) -> Option<Role> {
        let start = text.find(name).unwrap();
        role_at(text, start, start + name.len())
    }

    #[test]
    fn word_lists_are_sorted() {
        assert_sorted(&[
            SUSPECT_WORDS,
            VICTIM_WORDS,
            HARM_NOUNS,
            HARM_GERUNDS,
            OBJECT_OPENERS,
            PASSIVE_AUXILIARIES,
            SPEECH_WORDS,
        ]);
    }

    #[test]
    fn suspects_are_arrested_charged_or_named_as_such() {
        use Role::Suspect;
        for (text, name) in [
            (
                "Deputies arrested Orlin Baptiste, 29, at a truck stop.",
                "Orlin Baptiste",
            ),
            (
                "The suspect, Orlin Baptiste, fled on foot.",
                "Orlin Baptiste",
            ),
            (
                "Orlin Baptiste, 29, of Keene, was picked up at 2 a.m. and charged with arson.",
                "Orlin Baptiste",
            ),
            (
                "Orlin Baptiste was taken into custody without a fight.",
                "Orlin Baptiste",
            ),
        ] {
            assert_eq!(role(text, name), Some(Suspect), "{text}");
        }
    }

    #[test]
    fn victims_die_or_are_hurt() {
        use Role::Victim;
        for (text, name) in [
            (
                "Ilse Varga, 58, a crossing guard, died at the scene.",
                "Ilse Varga",
            ),
            ("Ilse Varga, 58, was shot in the arm.", "Ilse Varga"),
            (
                "Crowds mourned the killing of Ilse Varga on Friday.",
                "Ilse Varga",
            ),
            ("The victim, Ilse Varga, worked nights.", "Ilse Varga"),
        ] {
            assert_eq!(role(text, name), Some(Victim), "{text}");
        }
    }

    #[test]
    fn the_nearest_words_decide_and_others_get_none() {
        // The arrested man and the dead woman of one sentence.
        let t = "Police arrested Orlin Baptiste, 29, in the killing of Ilse Varga, 58.";
        assert_eq!(role(t, "Orlin Baptiste"), Some(Role::Suspect));
        assert_eq!(role(t, "Ilse Varga"), Some(Role::Victim));
        // A witness who speaks of an arrest, a neighbour, an official.
        for (text, name) in [
            (
                "Tamsin Oakes, 40, said the gunman was arrested later.",
                "Tamsin Oakes",
            ),
            ("Neighbor Tamsin Oakes heard three bangs.", "Tamsin Oakes"),
            (
                "Sgt. Tamsin Oakes spoke to reporters. A man was arrested.",
                "Tamsin Oakes",
            ),
            // A charge's noun after the name is no victim, nor is a
            // speaker after a clause of harm.
            ("Orlin Baptiste faces a murder count.", "Orlin Baptiste"),
            ("Two men were shot, Tamsin Oakes told us.", "Tamsin Oakes"),
        ] {
            assert_eq!(role(text, name), None, "{text}");
        }
    }

    #[test]
    fn the_object_of_a_harm_is_its_victim_and_the_doer_is_none() {
        use Role::{Suspect, Victim};
        // a charge's verb, then the harm's gerund: the name is its object
        for (text, name) in [
            (
                "Halvard Ruiz, 23, is accused of shooting Petra Lindqvist outside a bar.",
                "Petra Lindqvist",
            ),
            (
                "Deputies charged a teenager with killing Petra Lindqvist.",
                "Petra Lindqvist",
            ),
            (
                "A jury convicted the man of murdering Petra Lindqvist.",
                "Petra Lindqvist",
            ),
            (
                "He was accused of fatally stabbing Petra Lindqvist.",
                "Petra Lindqvist",
            ),
            (
                "Two men were arrested in the death of Petra Lindqvist.",
                "Petra Lindqvist",
            ),
        ] {
            assert_eq!(role(text, name), Some(Victim), "{text}");
        }
        // the one accused before the charge keeps the suspect's part
        let t = "Halvard Ruiz, 23, accused of shooting Petra Lindqvist, was held.";
        assert_eq!(role(t, "Halvard Ruiz"), Some(Suspect));
        // the subject of an active harm is no victim
        for (text, name) in [
            (
                "Halvard Ruiz shot a clerk during the robbery.",
                "Halvard Ruiz",
            ),
            (
                "Halvard Ruiz shot and killed Petra Lindqvist.",
                "Halvard Ruiz",
            ),
            ("Halvard Ruiz stabbed his cousin twice.", "Halvard Ruiz"),
        ] {
            assert_eq!(role(text, name), None, "{text}");
        }
        // a passive, a reduced clause or a day after the verb still harms
        // the one named
        for (text, name) in [
            ("Petra Lindqvist was shot and killed.", "Petra Lindqvist"),
            (
                "Petra Lindqvist, 31, shot in the leg, survived.",
                "Petra Lindqvist",
            ),
            (
                "Petra Lindqvist was stabbed Tuesday night.",
                "Petra Lindqvist",
            ),
        ] {
            assert_eq!(role(text, name), Some(Victim), "{text}");
        }
    }

    #[test]
    fn roles_are_found_by_person() {
        let roles = vec![PersonRole {
            surname: "baptiste".into(),
            initial: 'o',
            role: Role::Suspect,
        }];
        assert_eq!(role_of(&roles, ' ', "baptiste"), Some(Role::Suspect));
        assert_eq!(role_of(&roles, 'o', "baptiste"), Some(Role::Suspect));
        assert_eq!(role_of(&roles, 'k', "baptiste"), None);
        assert!(names_suspect(&roles));
        assert!(!names_suspect(&[]));
    }
}
