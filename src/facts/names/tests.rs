//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;

fn names(text: &str) -> Vec<(FactKind, String, String)> {
    extract(text)
        .into_iter()
        .map(|f| {
            let FactValue::Text(v) = &f.value else {
                panic!("not text")
            };
            (
                f.kind,
                text[f.span.start..f.span.end].to_string(),
                v.clone(),
            )
        })
        .collect()
}

#[test]
fn seed_sentences() {
    let text = "Secretary of Defense Lloyd J. Austin III met Ukrainian Defense Minister Rustem Umerov at the Pentagon. Austin said Kiev's resilience will help.";
    let got = names(text);
    let want = [
        (FactKind::Person, "Lloyd J. Austin III", "Lloyd Austin"),
        (FactKind::Person, "Rustem Umerov", "Rustem Umerov"),
        (FactKind::Org, "Pentagon", "Pentagon"),
        (FactKind::Person, "Austin", "Lloyd Austin"),
        (FactKind::Place, "Kiev", "Kyiv"),
    ];
    let got: Vec<(FactKind, &str, &str)> = got
        .iter()
        .map(|(k, a, b)| (*k, a.as_str(), b.as_str()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn initials_and_headings() {
    let got = names("LaCalamita was asked by Judge Michael A. Martone if he understood.");
    assert!(got.iter().any(|n| n.2 == "Michael Martone"), "{got:?}");
    let got =
        names("Honor Cordon\nTank Fire\nThe fire in the small community of Palmer Alaska spread.");
    assert!(got.iter().all(|n| n.0 != FactKind::Person), "{got:?}");
    assert!(got.iter().any(|n| n.2 == "Alaska"), "{got:?}");
}

#[test]
fn hyphenated_places() {
    let got = names("The US-led coalition and the Russia-Ukraine war.");
    let places: Vec<&str> = got.iter().map(|n| n.1.as_str()).collect();
    assert_eq!(places, ["US", "Russia", "Ukraine"]);
}

/// The place readings among the names of `text`.
fn places(text: &str) -> Vec<String> {
    names(text)
        .into_iter()
        .filter(|n| n.0 == FactKind::Place)
        .map(|n| n.2)
        .collect()
}

#[test]
fn city_that_begins_a_person_or_team_name_is_no_place() {
    // a person whose first name is a city
    for text in [
        "The tight end Dallas Whitcombe caught two passes in the second half.",
        "Reporters followed Paris Delacroix-Hume into the gala on Friday.",
        "Houston Marchetti, 41, was charged with arson.",
        // a team or a company named for its city
        "The Denver Nuggets beat the visitors by nine points.",
        "Fans of the Houston Rockets lined the street.",
        "Shares of Boston Scientific rose after the ruling.",
        "The San Francisco Gulls signed a new kicker.",
    ] {
        assert!(places(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn city_before_institution_time_or_title_stays_a_place() {
    for (text, want) in [
        (
            "Dallas Police Chief Ana Ruiz said the road was closed.",
            "Dallas",
        ),
        (
            "Denver Fire Capt. Lee Oduya said the blaze was out.",
            "Denver",
        ),
        (
            "The storm reached Houston Monday and flooded roads.",
            "Houston",
        ),
        ("Boston Mayor Ellen Farrow spoke to reporters.", "Boston"),
        (
            "Runners gathered for the Boston Marathon again this spring.",
            "Boston",
        ),
        (
            "The Paris Talks ended without a deal; the talks resume later.",
            "Paris",
        ),
    ] {
        assert!(
            places(text).iter().any(|p| p == want),
            "{text}: {:?}",
            names(text)
        );
    }
}

#[test]
fn codes_are_no_towns_and_abbreviations_lose_their_stop() {
    let text = "Orders slowed in Q3 and picked up in Q4, the retailer said.";
    assert!(places(text).is_empty(), "{:?}", names(text));
    let got = places("A truck overturned on Marlow Blvd. near the depot.");
    assert_eq!(got, ["Marlow Blvd"]);
    let got = places("The crash closed Quarry Rd. for an hour. Quarry Rd reopened at noon.");
    assert_eq!(got, ["Quarry Rd", "Quarry Rd"]);
}

#[test]
fn unknown_town_before_its_local_force_is_a_place() {
    let text = "The van was found by Kessling police after a short chase.";
    assert_eq!(places(text), ["Kessling"], "{:?}", names(text));
    let text = "Smoke was seen for miles, and Orrinford firefighters worked through the night.";
    assert_eq!(places(text), ["Orrinford"], "{:?}", names(text));
    // not the officials of a company, nor a force at the head of a sentence
    let text = "Talks stalled, Velmora officials said. Riverside police declined to comment.";
    assert!(places(text).is_empty(), "{:?}", names(text));
}

#[test]
fn team_named_for_its_city_is_an_organisation() {
    let got = names("The Denver Nuggets beat the Los Angeles Comets by nine.");
    let orgs: Vec<&str> = got
        .iter()
        .filter(|n| n.0 == FactKind::Org)
        .map(|n| n.2.as_str())
        .collect();
    assert_eq!(orgs, ["Denver Nuggets", "Los Angeles Comets"], "{got:?}");
}

/// A surname that is an ordinary word is restored at the head of a
/// sentence only when the person acts: "Marsh birds" and "Read more"
/// stay words.
#[test]
fn lone_surname_needs_an_act() {
    let got = names(
        "Grace Marsh grew up near a marsh. Marsh birds nest there. \
         Nadia Read chairs the board and read the report. Read more about the board here.",
    );
    let lone: Vec<&str> = got
        .iter()
        .filter(|n| n.0 == FactKind::Person && !n.1.contains(' '))
        .map(|n| n.1.as_str())
        .collect();
    assert!(lone.is_empty(), "{got:?}");
}

#[test]
fn towns_by_their_affix_words_and_their_state() {
    // a town's first word
    assert_eq!(
        places("A trawler sank off Porth Wen on Monday."),
        ["Porth Wen"]
    );
    assert_eq!(
        places("The convoy reached Fort Calder at noon."),
        ["Fort Calder"]
    );
    // a town's last word where the text says a place is meant
    assert_eq!(
        places("Police in Harper Woods said two died."),
        ["Harper Woods"]
    );
    assert_eq!(
        places("Cedar Falls police closed the road."),
        ["Cedar Falls"]
    );
    assert!(places("Interest in Tiger Woods grew.").is_empty());
    assert!(places("Tiger Woods won the playoff.").is_empty());
    // a state's abbreviation after a comma
    assert_eq!(places("A tornado hit Ocala, Fla., late Monday."), ["Ocala"]);
    assert_eq!(
        places("Crews reached Bowling Green, Ky. at dawn."),
        ["Bowling Green"]
    );
    // a person's full name is never written with a state after a comma
    assert!(places("Actor Nolan Whitby, Calif., said no.").is_empty());
}
