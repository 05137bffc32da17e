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
];

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
}
