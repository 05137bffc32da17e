//! Kinds of counted people and things that news writers name in more
//! than one word: "six inmates" and "five prisoners", "two firemen" and
//! "three firefighters", "forty police officers" and "about 60
//! policemen", "45 homes" and "some 60 houses". Lexical data for the
//! comparison of counts (`compare::align`, `compare::sole`,
//! `compare::counted`): two counts whose head nouns name one kind here
//! count one group.
//!
//! A kind holds only words that name the same people or things in a news
//! report of one event, never a wider or a narrower group: "staff" and
//! "patients" of a hospital, "guards" and "inmates" of a jail,
//! "passengers" and "crew" of a ship, "homes" and "buildings" stay apart.
//! Words are base forms as the claim reader gives them
//! (`claim::lemma::noun`: "firemen" is "fireman"). A noun of no kind is its
//! own kind; a noun of no kind here takes its group of people in WordNet
//! ([`super::wordnet::people_group`]).

/// The kinds, each named by its first word.
const KINDS: &[&[&str]] = &[
    &["inmate", "prisoner", "detainee", "convict", "escapee"],
    &["passenger", "traveller", "traveler", "commuter"],
    &["worker", "employee", "staff", "staffer"],
    &["pupil", "student", "schoolchild", "schoolchildren"],
    &["resident", "householder", "inhabitant", "local", "villager"],
    &["firefighter", "fireman"],
    &["policeman", "policewoman", "officer", "constable"],
    &["miner", "mineworker", "collier", "pitman"],
    &["soldier", "troop", "serviceman", "servicemember"],
    &["crewman", "crewmember", "sailor", "seaman", "seafarer"],
    &["climber", "mountaineer", "alpinist"],
    &["fisherman", "fisher"],
    &["protester", "demonstrator"],
    &["gunman", "attacker", "assailant"],
    &["hostage", "captive"],
    &["home", "house", "dwelling"],
    // the counts a defendant faces: "47 counts of fraud", "47 fraud
    // charges", "charged with 47 offences"
    &["charge", "count", "offence", "offense"],
    // the objects taken from a museum or a home, or put on show: "four
    // works of art" (see [`of_kind`]), "five pieces", "six items"
    &["item", "piece", "object", "artwork", "artefact", "artifact"],
    &["ship", "vessel"],
];

/// Nouns that name a kind with their of-complement: "works of art" are
/// items, as "pieces" are.
const OF_KINDS: &[(&str, &str, &str)] = &[("work", "art", "item")];

/// The kind a head noun (base form) names with its of-complement's words
/// (`OF_KINDS`: "works of Chinese art"); `None` for others.
pub fn of_kind(head: &str, of: &[String]) -> Option<&'static str> {
    OF_KINDS
        .iter()
        .find(|(h, o, _)| *h == head && of.iter().any(|w| w == o))
        .map(|(_, _, k)| *k)
}

/// Two-word names of a kind (a compound noun before the head, the head,
/// the kind's word): "police officers", "crew members".
const TWO_WORDS: &[(&str, &str, &str)] = &[
    ("police", "officer", "policeman"),
    ("crew", "member", "crewman"),
    ("service", "member", "soldier"),
    ("fire", "fighter", "firefighter"),
    ("prison", "inmate", "inmate"),
    ("jail", "inmate", "inmate"),
];

/// The kind of people a head noun (base form) with its compound nouns
/// (base forms, as the claim reader sorts them) names, and the compound
/// nouns left once a two-word name has taken its first word ("police
/// officer": `("policeman", [])`). `None` for a noun of no kind.
pub fn kind_of(compound: &[String], head: &str) -> Option<(&'static str, Vec<String>)> {
    for (first, second, word) in TWO_WORDS {
        if head == *second && compound.iter().any(|c| c == first) {
            let rest = compound.iter().filter(|c| c != first).cloned().collect();
            return Some((first_of(word).unwrap_or(word), rest));
        }
    }
    first_of(head)
        .or_else(|| wordnet_kind(head))
        .map(|k| (k, compound.to_vec()))
}

/// The kind WordNet gives a noun of no kind here: its group of people
/// ([`super::wordnet::people_group`]: "kid" with "child", "legislator"
/// with "lawmaker"), named by the kind here that holds the group's head,
/// else by the head.
fn wordnet_kind(head: &str) -> Option<&'static str> {
    let group = super::wordnet::people_group(head)?;
    Some(first_of(group).unwrap_or(group))
}

/// The first word of the kind that holds `word`.
fn first_of(word: &str) -> Option<&'static str> {
    KINDS
        .iter()
        .find(|kind| kind.contains(&word))
        .and_then(|kind| kind.first().copied())
}

/// Collective nouns whose figure counts the people the group is made of,
/// with the noun of one of them: "a workforce of 380" is 380 workers, "an
/// enrolment of 8,100" 8,100 students, "a population of 41,000" 41,000
/// residents, "a membership of 12,400" 12,400 members. Only groups whose
/// every member is one of the people named: a crowd or an attendance
/// (whoever came) and a staff's patients stay out.
const GROUPS: &[(&str, &str)] = &[
    ("workforce", "worker"),
    ("payroll", "worker"),
    ("headcount", "worker"),
    ("enrolment", "student"),
    ("enrollment", "student"),
    ("population", "resident"),
    ("membership", "member"),
    ("staff", "worker"),
    ("crew", "crewman"),
];

/// Nouns of a place people live in: "a town of 41,000", "this suburb of
/// 156,000 people" counts its residents (only across "of": "the town's
/// 41,000" is no size).
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "suburb",
    "district",
    "county",
    "island",
    "country",
    "nation",
    "community",
    "region",
    "province",
    "borough",
    "municipality",
];

/// Whether a noun (base form) names a place people live in
/// (`SETTLEMENTS`): its size "of N" is its residents.
pub fn settlement(noun: &str) -> bool {
    SETTLEMENTS.contains(&noun)
}

/// The noun of one member of a collective noun (base form) of
/// `GROUPS`: "workforce" gives "worker".
pub fn member_of_group(group: &str) -> Option<&'static str> {
    GROUPS.iter().find(|(g, _)| *g == group).map(|(_, m)| *m)
}

/// Verbs (base forms) that say who the people they are said of are: the
/// people who work somewhere or whom a firm employs are its workers, the
/// people who live somewhere its residents ("the mill, where 640 people
/// work", "which employs 1,150 people", "where 2,900 people live").
const ROLE_VERBS: &[(&str, &str)] = &[
    ("work", "worker"),
    ("employ", "worker"),
    ("live", "resident"),
    ("reside", "resident"),
];

/// The noun of the people a verb (base form) of `ROLE_VERBS` says they
/// are: "employ" gives "worker".
pub fn people_of_verb(verb: &str) -> Option<&'static str> {
    ROLE_VERBS.iter().find(|(v, _)| *v == verb).map(|(_, n)| *n)
}

/// Whether two head nouns (base forms) name one kind of people, or are one
/// noun.
pub fn one_kind(x: &str, y: &str) -> bool {
    let kind = |w: &str| kind_of(&[], w).map_or_else(|| w.to_string(), |(k, _)| k.to_string());
    x == y || kind(x) == kind(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_hold_one_group_of_people() {
        assert!(one_kind("inmate", "prisoner"));
        assert!(one_kind("fireman", "firefighter"));
        assert!(one_kind("glorb", "glorb"));
        assert!(!one_kind("staff", "patient"));
        assert!(!one_kind("inmate", "guard"));
        assert!(!one_kind("passenger", "crewman"));
        assert!(one_kind("home", "house") && !one_kind("home", "building"));
        assert!(one_kind("count", "charge") && one_kind("offence", "charge"));
        assert!(one_kind("piece", "item") && one_kind("vessel", "ship"));
        let art = vec!["art".to_string()];
        assert_eq!(of_kind("work", &art), Some("item"));
        assert_eq!(of_kind("work", &[]), None);
        let police = vec!["police".to_string()];
        assert_eq!(kind_of(&police, "officer"), Some(("policeman", vec![])));
        assert_eq!(kind_of(&[], "policeman"), Some(("policeman", vec![])));
        let county = vec!["county".to_string()];
        assert_eq!(
            kind_of(&county, "prisoner"),
            Some(("inmate", vec!["county".to_string()]))
        );
        assert_eq!(kind_of(&[], "patient"), None);
        // WordNet's groups of people, for nouns of no kind here
        assert!(one_kind("kid", "child") && one_kind("legislator", "lawmaker"));
        assert!(!one_kind("patient", "nurse") && !one_kind("victim", "survivor"));
    }

    #[test]
    fn groups_and_verbs_name_their_people() {
        assert_eq!(member_of_group("workforce"), Some("worker"));
        assert_eq!(member_of_group("population"), Some("resident"));
        assert_eq!(member_of_group("crowd"), None);
        assert!(settlement("suburb") && !settlement("stadium"));
        assert_eq!(people_of_verb("employ"), Some("worker"));
        assert_eq!(people_of_verb("live"), Some("resident"));
        assert_eq!(people_of_verb("treat"), None);
    }
}
