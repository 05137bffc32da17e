//! Tests of `locality`.

use super::lists::{
    FROM_WORDS, NOT_TOWN_LAST, NOT_TOWN_MODIFIERS, PERSON_NOUNS, QUARTER_WORDS, REGIONS, TIME_WORDS,
};
use super::scene_names;
use super::*;
use crate::events::test_util::{assert_sorted, word};

/// Asserts the names of the scenes a headline and a lead (no facts)
/// set their incident in, in order.
fn assert_scenes(title: &str, lead: &str, want: &[&str]) {
    let got: Vec<Vec<u64>> = scene_names(title, &[], lead, &[])
        .iter()
        .map(|n| n.to_vec())
        .collect();
    let want: Vec<Vec<u64>> = want
        .iter()
        .map(|s| s.split(' ').map(word).collect())
        .collect();
    assert_eq!(got, want, "{title} / {lead}");
}

#[test]
fn the_lists_are_sorted() {
    assert_sorted(&[
        INCIDENT_WORDS,
        NOT_TOWN_LAST,
        TIME_WORDS,
        REGIONS,
        FROM_WORDS,
        QUARTER_WORDS,
        PERSON_NOUNS,
        NOT_TOWN_MODIFIERS,
    ]);
}

#[test]
fn a_suburb_after_a_preposition_is_the_scene() {
    assert_scenes(
        "Teenager hurt in Brackley Vale attack",
        "A 17-year-old was stabbed at Ormsby Heath on Friday night.",
        &["brackley vale", "ormsby heath"],
    );
}

#[test]
fn the_wider_place_a_suburb_is_told_from_is_the_reports_too() {
    assert_scenes(
        "Car hits shopfront",
        "Two people were injured when a car crashed at Tamworth Flats, north of Dunmore, on Sunday.",
        &["tamworth flats", "dunmore"],
    );
}

#[test]
fn the_city_whose_police_speak_is_the_scene() {
    assert_scenes(
        "Man shot outside bar",
        "A man was shot late Friday on the Canal Walk, Fairhaven police said.",
        &["fairhaven"],
    );
}

#[test]
fn streets_sites_days_and_wide_regions_are_no_town() {
    assert_scenes(
        "Three hurt in crash on Easter Saturday",
        "Three people were injured in a crash in Sorrel Road at Easter Monday near Kelby Motorway. \
         They were taken to St Ann Hospital. It happened in Queensland at Larkspur Station in March. \
         Gwent Police said the road was closed.",
        &[],
    );
}

#[test]
fn a_home_is_no_quarter_and_another_incidents_town_no_scene() {
    assert_scenes(
        "Woman hurt in fall",
        "A woman was injured at Harper's home in Wellsby, a day after a stabbing elsewhere in Dunmore.",
        &["wellsby"],
    );
}

#[test]
fn water_and_the_fire_departments_city_are_scenes() {
    assert_scenes(
        "Swimmer missing at Larkspur Lake",
        "Fairhaven Fire Department divers searched for a man who went under on Sunday.",
        &["larkspur lake", "fairhaven"],
    );
    assert_scenes(
        "Man killed",
        "A man was shot on the east side of Port Hollis.",
        &["port hollis"],
    );
}

#[test]
fn a_victims_town_is_the_scene_but_not_a_nationality() {
    assert_scenes(
        "Marlowe teenager stabbed",
        "A Marlowe teenager was stabbed on Friday.",
        &["marlowe"],
    );
    assert_scenes(
        "Tourist drowns",
        "An Italian man and a Welsh woman were rescued.",
        &[],
    );
}

#[test]
fn reports_of_no_incident_give_no_scene() {
    assert_scenes(
        "Library opens",
        "The library in Pellworth opened on Monday.",
        &[],
    );
}

#[test]
fn a_possessive_names_the_town_of_a_quarter() {
    assert_scenes(
        "",
        "A woman died in a fire in Brayford's Old Quarter early on Tuesday.",
        &["brayford"],
    );
}
