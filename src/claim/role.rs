//! The role of the person an age is told of, when the report does not
//! name them: "the 71-year-old was pronounced dead", "a 76-year-old man
//! died at the scene", "the driver, 19,", "a 23-year-old suspect", "police
//! arrested a 23-year-old".
//!
//! Consumes the tagged tokens of an age's clause; produces its [`Roles`]:
//! a role noun beside the age ("driver", "suspect", "victim") gives that
//! role alone (a gunman who died is still the gunman, never one of the
//! dead); otherwise the clause's verb gives it: the dead ("died",
//! "perished", "was killed", "killing a 71-year-old", "was pronounced
//! dead") or the suspect ("was arrested", "was charged", "police arrested
//! a 23-year-old"), never the one who acts ("a 19-year-old killed his
//! neighbour"). [`plural`] reads the whole document for the roles it gives
//! several people ("both drivers", "two suspects", "the victims", a
//! collision of two vehicles): an age of such a role says nothing of one
//! person. The comparison ([`crate::compare`]) treats the ages of the one
//! person of a role in each report as one claim. Never panics.

use super::tally::is_be;
use super::tokens::Token;

/// A set of roles (bit flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash)]
pub struct Roles(pub u8);

impl Roles {
    /// No role.
    pub const NONE: Roles = Roles(0);
    /// One who died.
    pub const DEAD: Roles = Roles(1);
    /// The driver of a vehicle.
    pub const DRIVER: Roles = Roles(2);
    /// A suspect, someone arrested or charged.
    pub const SUSPECT: Roles = Roles(4);
    /// Someone the report calls the victim.
    pub const VICTIM: Roles = Roles(8);
    /// Every role, each alone, with its name.
    pub const ALL: [(Roles, &'static str); 4] = [
        (Roles::DEAD, "the dead"),
        (Roles::DRIVER, "the driver"),
        (Roles::SUSPECT, "the suspect"),
        (Roles::VICTIM, "the victim"),
    ];

    /// Whether the set holds every role of `other`.
    pub fn has(self, other: Roles) -> bool {
        other.0 != 0 && self.0 & other.0 == other.0
    }

    /// The set without the roles of `other`.
    pub fn without(self, other: Roles) -> Roles {
        Roles(self.0 & !other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Nouns of a role, each with its role.
const ROLE_NOUNS: &[(&str, Roles)] = &[
    ("driver", Roles::DRIVER),
    ("motorist", Roles::DRIVER),
    ("suspect", Roles::SUSPECT),
    ("gunman", Roles::SUSPECT),
    ("shooter", Roles::SUSPECT),
    ("attacker", Roles::SUSPECT),
    ("assailant", Roles::SUSPECT),
    ("defendant", Roles::SUSPECT),
    ("victim", Roles::VICTIM),
];

/// The same nouns in the plural: a role of several people.
const ROLE_PLURALS: &[(&str, Roles)] = &[
    ("drivers", Roles::DRIVER),
    ("motorists", Roles::DRIVER),
    ("suspects", Roles::SUSPECT),
    ("gunmen", Roles::SUSPECT),
    ("shooters", Roles::SUSPECT),
    ("attackers", Roles::SUSPECT),
    ("assailants", Roles::SUSPECT),
    ("defendants", Roles::SUSPECT),
    ("victims", Roles::VICTIM),
];

/// Most words between an age and the verb it is the subject of.
const SUBJECT_GAP: usize = 6;

/// Most words between a verb and the age that is its object.
const OBJECT_GAP: usize = 5;

/// Words before a role noun that tell a second person of the role ("the
/// *other* driver", "a *second* suspect").
const ANOTHER: &[&str] = &[
    "other", "another", "second", "third", "both", "two", "three",
];

/// Words of a collision: two vehicles, two drivers.
const COLLISION: &[&str] = &[
    "collided",
    "collision",
    "head-on",
    "two-vehicle",
    "two-car",
    "multi-vehicle",
    "vehicles",
    "cars",
];

/// The role a role noun beside the figure at tokens `[a, b)` gives it
/// ("a 23-year-old *suspect*", "the *driver*, 19,", "the *victim*, a
/// 71-year-old man,", "the *driver* was 19"), within its clause ending at
/// `cl_b`.
pub fn of_noun(toks: &[Token], cl_b: usize, (a, b): (usize, usize)) -> Option<Roles> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let role_noun = |k: usize| {
        ROLE_NOUNS
            .iter()
            .find(|(w, _)| *w == word(k))
            .map(|&(_, r)| r)
    };
    let after = (b..(b + 3).min(cl_b.max(b)))
        .take_while(|&k| {
            toks.get(k)
                .is_some_and(|t| t.tag.is_noun() || t.tag.is_adjective())
        })
        .find_map(role_noun);
    let set_off = matches!(word(b), "," | "." | ";" | "");
    let appositive = match (word(a.wrapping_sub(1)), word(a.wrapping_sub(2))) {
        (",", _) if a >= 2 && set_off => role_noun(a - 2),
        ("a" | "an", ",") if a >= 3 => role_noun(a - 3),
        ("was" | "is", _) if a >= 2 && set_off => role_noun(a - 2),
        _ => None,
    };
    after.or(appositive)
}

/// The roles of the person an age at tokens `[a, b)` is told of, in its
/// clause `[cl_a, cl_b)` (see the module docs): a role noun's, else the
/// clause verb's.
pub fn of_age(toks: &[Token], (cl_a, cl_b): (usize, usize), (a, b): (usize, usize)) -> Roles {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "an unarmed 23-year-old woman, Shantel Rowe,": the age of a named
    // person the name reader did not tie it to; left to the names
    let np_end = (b..toks.len())
        .take_while(|&k| toks[k].tag.is_noun() && !toks[k].tag.is_proper())
        .last()
        .map_or(b, |k| k + 1);
    if word(np_end) == "," && toks.get(np_end + 1).is_some_and(|t| t.tag.is_proper()) {
        return Roles::NONE;
    }
    if let Some(r) = of_noun(toks, cl_b, (a, b)) {
        return r;
    }
    let passive =
        |v: usize| (v.saturating_sub(3).max(cl_a)..v).any(|k| toks.get(k).is_some_and(is_be));
    // The age's phrase is the verb's subject: only its noun phrase, an
    // apposition and auxiliaries stand between ("a 76-year-old man died",
    // "Walter Greaves, 71, was killed", "the 71-year-old was pronounced
    // dead").
    let link = |t: &Token| {
        t.tag.is_noun()
            || t.tag.is_adjective()
            || t.tag.is_adverb()
            || t.norm == ","
            || is_be(t)
            || matches!(
                t.norm.as_str(),
                "has" | "have" | "had" | "been" | "pronounced" | "found" | "declared"
            )
    };
    let subject_of = |k: usize| {
        k >= b && k - b <= SUBJECT_GAP && toks.get(b..k).is_some_and(|ts| ts.iter().all(link))
    };
    // The age's phrase is the verb's object: only determiners, adjectives
    // and a name stand between ("killing a 71-year-old", "arrested a
    // 23-year-old man", "killing Arthur Penhale, 71").
    let object_of = |k: usize| {
        k < a
            && a - k <= OBJECT_GAP
            && toks.get(k + 1..a).is_some_and(|ts| {
                ts.iter()
                    .all(|t| matches!(t.tag.name(), "DT" | "PRP$" | "JJ" | "NNP" | "NNPS" | ","))
            })
    };
    let mut roles = Roles::NONE;
    for k in cl_a..cl_b.min(toks.len()) {
        if (a..b).contains(&k) {
            continue;
        }
        let w = word(k);
        let dead = match w {
            // "a 71-year-old man died"
            "died" | "dies" | "perished" | "drowned" => subject_of(k),
            // "the 71-year-old was killed", "killing a 71-year-old"
            "killed" | "slain" => object_of(k) || (subject_of(k) && passive(k)),
            // "was pronounced dead", "left a 71-year-old man dead"; not
            // "shot a man dead"
            "dead" => {
                subject_of(k) && (passive(k) || (cl_a..a).rev().take(3).any(|j| word(j) == "left"))
            }
            // "was fatally struck", "fatally injuring a 71-year-old"
            "fatally" => object_of(k + 1) || (subject_of(k) && passive(k)),
            // "was stabbed to death"
            "death" if k >= 2 && word(k - 1) == "to" => subject_of(k - 2) && passive(k - 2),
            _ => false,
        };
        let held = match w {
            // "a 23-year-old was arrested", "police arrested a 23-year-old"
            "arrested" | "charged" | "detained" | "booked" | "indicted" | "jailed"
            | "sentenced" | "convicted" => object_of(k) || (subject_of(k) && passive(k)),
            _ => false,
        };
        if dead {
            roles = Roles(roles.0 | Roles::DEAD.0);
        }
        if held {
            roles = Roles(roles.0 | Roles::SUSPECT.0);
        }
    }
    // one who died and was arrested: no role is sure
    if roles.has(Roles::DEAD) && roles.has(Roles::SUSPECT) {
        return Roles::NONE;
    }
    roles
}

/// The roles a document gives several people: a role noun in the plural
/// or after "other", "second", "both" ("the other driver", "two
/// suspects"), or, for drivers, words of a collision of vehicles.
pub fn plural(toks: &[Token]) -> Roles {
    let mut roles = Roles::NONE;
    for (k, t) in toks.iter().enumerate() {
        let w = t.norm.as_str();
        if let Some(&(_, r)) = ROLE_PLURALS.iter().find(|(p, _)| *p == w) {
            roles = Roles(roles.0 | r.0);
        }
        if let Some(&(_, r)) = ROLE_NOUNS.iter().find(|(p, _)| *p == w) {
            let second = k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|p| ANOTHER.contains(&p.norm.as_str()));
            if second {
                roles = Roles(roles.0 | r.0);
            }
        }
        if COLLISION.contains(&w) {
            roles = Roles(roles.0 | Roles::DRIVER.0);
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Tokens;

    /// The roles of the age written `fig` in `text` (one clause).
    fn roles(text: &str, fig: &str) -> Roles {
        let t = Tokens::new(text);
        let a = t.toks.iter().position(|x| x.norm == fig).unwrap_or(0);
        of_age(&t.toks, (0, t.toks.len()), (a, a + 1))
    }

    #[test]
    fn a_role_noun_beside_the_age() {
        assert_eq!(roles("The driver, 19, was not hurt.", "19"), Roles::DRIVER);
        assert_eq!(
            roles("A 23-year-old suspect fled.", "23-year-old"),
            Roles::SUSPECT
        );
        assert_eq!(
            roles("The gunman, 19, was killed by police.", "19"),
            Roles::SUSPECT
        );
        assert_eq!(roles("The victim was 34.", "34"), Roles::VICTIM);
    }

    #[test]
    fn the_verb_gives_the_role_of_one_it_befalls() {
        assert_eq!(
            roles("A 76-year-old man died at the scene.", "76-year-old"),
            Roles::DEAD
        );
        assert_eq!(
            roles("The 71-year-old was pronounced dead.", "71-year-old"),
            Roles::DEAD
        );
        assert_eq!(
            roles("The crash killed a 71-year-old man.", "71-year-old"),
            Roles::DEAD
        );
        assert_eq!(
            roles("A 23-year-old was arrested.", "23-year-old"),
            Roles::SUSPECT
        );
        assert_eq!(
            roles("Police arrested a 23-year-old man.", "23-year-old"),
            Roles::SUSPECT
        );
        // the one who acts has no role here
        assert_eq!(
            roles("A 19-year-old man killed his neighbour.", "19-year-old"),
            Roles::NONE
        );
        assert_eq!(
            roles("A 40-year-old officer arrested him.", "40-year-old"),
            Roles::NONE
        );
        assert_eq!(
            roles("A 30-year-old woman said she heard shots.", "30-year-old"),
            Roles::NONE
        );
        assert_eq!(
            roles("A 19-year-old shot the clerk dead.", "19-year-old"),
            Roles::NONE
        );
        assert_eq!(
            roles("A 34-year-old man was stabbed to death.", "34-year-old"),
            Roles::DEAD
        );
        assert_eq!(roles("The crash killed Ann Rowe, 71.", "71"), Roles::DEAD);
        // a name set beside the phrase is the person's: left to the names
        assert_eq!(
            roles(
                "A detective killed an unarmed 23-year-old woman, Dana Rowe, last year.",
                "23-year-old"
            ),
            Roles::NONE
        );
        // an age in a phrase after the verb's object is not the object's
        assert_eq!(
            roles(
                "Police detained a man over the stabbing of Ann Rowe, 34.",
                "34"
            ),
            Roles::NONE
        );
    }

    #[test]
    fn roles_of_several_people() {
        let p = |t: &str| plural(&Tokens::new(t).toks);
        assert!(p("Both drivers were hurt.").has(Roles::DRIVER));
        assert!(p("The other driver fled.").has(Roles::DRIVER));
        assert!(p("A car and a truck collided.").has(Roles::DRIVER));
        assert!(p("Police are looking for two suspects.").has(Roles::SUSPECT));
        assert!(p("The victims were named.").has(Roles::VICTIM));
        assert!(p("The driver, 19, was hurt.").is_empty());
    }
}
