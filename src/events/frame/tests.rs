//! Tests of `frame`.

use super::ages::{PERSON_NOUNS, PLACE_PREPOSITIONS};
use super::lead::{GAME_WORDS, OTHER_INCIDENT_WORDS, RELATED_WORDS};
use super::places::{
    agency_town, is_court_of_law, is_town, AGENCY_TAILS, COURT_WORDS, NOT_TOWN_TAILS,
};
use super::*;
use super::{frame, Age, Frame, TextWords, When};
use crate::events::test_util::{assert_sorted, published, text_words, when, word};
use crate::facts::{extract, ExtractContext};

fn frame_of(text: &str) -> Frame {
    let facts = extract(text, &ExtractContext::default());
    let refs: Vec<&Fact> = facts.iter().collect();
    let body = TextWords {
        text,
        tokens: &Tokens::new(text),
        facts: &refs,
    };
    frame(body, lead_end(text, &[]), text_words("", &Tokens::new("")))
}

#[test]
fn word_lists_are_sorted() {
    assert_sorted(&[
        PERSON_NOUNS,
        COURT_WORDS,
        AGENCY_TAILS,
        SCENE_PREPOSITIONS,
        SCENE_STRETCHES,
        NOT_SCENE_WORDS,
        PLACE_PREPOSITIONS,
        INCIDENT_NOUNS,
        GAME_WORDS,
        NOT_TOWN_TAILS,
        RELATED_WORDS,
        OTHER_INCIDENT_WORDS,
    ]);
}

fn town_of(text: &str) -> Option<String> {
    let facts = extract(text, &ExtractContext::default());
    let refs: Vec<&Fact> = facts.iter().collect();
    dateline_town(&refs)
}

#[test]
fn datelines() {
    for (t, town) in [
        ("ROCKY MOUNT, N.C. (WNCT) — A man was shot.", "rocky mount"),
        ("WASHINGTON (AP) — The vote failed.", "washington"),
        ("date 2024-01-02\nMACON, Ga. — A fire broke out.", "macon"),
        ("QUARLBY \u{2014} Dana Whitcombe won.", "quarlby"),
        // the forms only the name finder's reader took before
        ("Tillbrook, Ohio (AP) — Two men were hurt.", "tillbrook"),
        ("Tillbrook, Ky. — Two men were hurt.", "tillbrook"),
    ] {
        assert_eq!(town_of(t).as_deref(), Some(town), "{t}");
    }
    for t in [
        "A man was shot.",
        "US forces",
        "FBI said",
        "",
        "NEW",
        "BREAKING \u{2014} A man was shot.",
    ] {
        assert_eq!(town_of(t), None, "{t}");
    }
    // the dateline is the frame's principal place
    let f = frame_of("Tillbrook, Ohio (AP) — Two men were hurt in Oakvale.");
    assert_eq!(f.dateline, Some(feature_hash("plc", "tillbrook")));
    assert_eq!(principal_place(&f).map(|p| p.0), f.dateline);
}

#[test]
fn towns_and_wider_places() {
    for k in ["tillbrook", "rocky mount", "ashgrove"] {
        assert!(is_town(k), "{k}");
    }
    for k in [
        "ohio",
        "los angeles",
        "hollywood",
        "nash county",
        "gulf coast",
        "ohio city",
        "",
    ] {
        assert!(!is_town(k), "{k}");
    }
}

#[test]
fn lead_towns() {
    let a = frame_of("The board in Tillbrook voted on Monday to close the pool.");
    let b = frame_of("The board in Oakvale voted on Monday to close the pool.");
    assert!(a.lead_town.is_some() && lead_town_conflict(&a, &b));
    // the other's town named in words the name finder leaves alone
    let c = frame_of("The board in Oakvale voted on Monday. Some Tillbrook parents came.");
    assert!(!lead_town_conflict(&a, &c));
    // two places in the lead: no lead town
    let d = frame_of("The board in Oakvale voted on Monday to close the pool in Harwick.");
    assert_eq!(d.lead_town, None);
    assert!(!lead_town_conflict(&a, &d));
    // a state is no town
    let e = frame_of("The board in Ohio voted on Monday to close the pool.");
    assert_eq!(e.lead_town, None);
}

#[test]
fn a_town_word_inside_a_persons_name_is_no_mention_of_the_town() {
    // Two boards, two towns, one evening; the chair of one is named
    // after the other's town.
    let a = frame_of(
        "The water board in Brenmoor voted on Tuesday to raise rates by a tenth. \
         Board chair Tolland Whitfield said the pipes were older than the town.",
    );
    let b = frame_of("The water board in Tolland voted on Tuesday to raise rates.");
    assert!(
        a.lead_town.is_some() && b.lead_town.is_some(),
        "{a:?} {b:?}"
    );
    assert!(lead_town_conflict(&a, &b), "{a:?} {b:?}");
    // The town's own word outside the name still names it.
    let c = frame_of(
        "The water board in Brenmoor voted on Tuesday to raise rates by a tenth. \
         Some Tolland families get their water from it.",
    );
    assert!(!lead_town_conflict(&c, &b));
}

#[test]
fn capitalised_words_are_a_set_not_a_filter() {
    // A long report of many capitalised words holds them all and no
    // other: a bit filter of a few hundred bits fills up and finds
    // words the report never wrote.
    let name = |i: usize| {
        let letters: String = format!("{i:04}")
            .bytes()
            .map(|d| char::from(b'a' + (d - b'0')))
            .collect();
        format!("Qu{letters}")
    };
    let words: Vec<String> = (0..400).map(name).collect();
    let text = format!("{}.", words.join(" met "));
    let f = frame_of(&text);
    let w = |x: &str| feature_hash("w", super::super::features::stem_plural(x));
    for i in 0..400 {
        assert!(in_capitals(&f, &[w(&name(i).to_lowercase())]), "{i}");
    }
    for i in 400..2400 {
        assert!(!in_capitals(&f, &[w(&name(i).to_lowercase())]), "{i}");
    }
}

#[test]
fn two_incidents_in_one_sentence() {
    for t in [
        "Detectives do not believe the two shootings are related.",
        "Police said the shooting was not connected to the one earlier that night.",
        "The chief said the crashes weren\u{2019}t linked.",
        "Officers called the two robberies unrelated.",
    ] {
        assert!(tells_two_incidents(&Tokens::new(t)), "{t}");
    }
    for t in [
        "Police said the man was not connected to the shooting.",
        "Detectives believe the two shootings are related.",
        "A man was shot. Police are not sure why. The cases are related.",
        "",
    ] {
        assert!(!tells_two_incidents(&Tokens::new(t)), "{t}");
    }
}

#[test]
fn the_principal_place_keeps_the_words_of_its_name() {
    let f = frame_of("ROCKY MOUNT, N.C. — A man was shot on Monday, police said.");
    assert_eq!(&*f.principal_words, &[word("rocky"), word("mount")]);
    // No principal place, no words.
    assert!(frame_of("A man was shot on Monday.")
        .principal_words
        .is_empty());
}

#[test]
fn ages_of_people() {
    let f = frame_of(
        "A 24-year-old man died. Police named him Darius Vance, 24, of Macon. \
         A woman, 19, was hurt. The 3 cars had 2, 5, and 7 dents. A 41-year-old.",
    );
    let vance = Age {
        surname: "vance".into(),
        initial: 'd',
        years: 24,
    };
    assert_eq!(f.ages, vec![vance]);
}

#[test]
fn an_age_is_tied_to_the_name_before_it() {
    let ages = |t: &str| -> Vec<(String, u8)> {
        frame_of(t)
            .ages
            .iter()
            .map(|a| (format!("{}{}", a.initial, a.surname), a.years))
            .collect()
    };
    // A name the name finder may miss is still the run of capitals
    // before the age.
    assert_eq!(
        ages("Officers found Tobias Quell, 27, near the car."),
        vec![("tquell".to_string(), 27)]
    );
    // A town before an age, or a noun, is no one.
    assert!(ages("Residents of Braymoor, 27, signed it.").is_empty());
    assert!(ages("The suspect, 45, fled. A teenager, 16, was hurt.").is_empty());
    // A bare surname that opens a new line is read across the line
    // break, as a surname after a full stop and a space is.
    for t in [
        "The trophy went to a newcomer.\nHalloran, 44, a first-time entrant, beat them.",
        "The trophy went to a newcomer. Halloran, 44, a first-time entrant, beat them.",
    ] {
        let got = ages(t);
        assert_eq!(got.len(), 1, "{t}");
        assert!(
            got[0].0.ends_with("halloran") && got[0].1 == 44,
            "{t}: {got:?}"
        );
    }
}

#[test]
fn parts_of_people() {
    use crate::events::roles::{role_of, Role};
    let f = frame_of(
        "Police arrested Orlin Baptiste, 29, on Friday. Ilse Varga, 58, died at \
         the scene. Baptiste was charged. Tamsin Oakes, 40, said she heard shots.",
    );
    assert_eq!(role_of(&f.roles, 'o', "baptiste"), Some(Role::Suspect));
    assert_eq!(role_of(&f.roles, ' ', "varga"), Some(Role::Victim));
    assert_eq!(role_of(&f.roles, 't', "oakes"), None);
    assert_eq!(f.roles.len(), 2);
}

#[test]
fn a_score_among_a_games_words_tells_a_game() {
    let game = frame_of(
        "Marcus Bell threw two touchdowns and the Falcons beat the Saints 24-17 on \
         Sunday. Coach Dana Reyes said the season turns on games like this one.",
    );
    assert_eq!(game.lead_scores, ["24-17".into()]);
    assert!(game.game, "{game:?}");
    // A vote tally is a score, not a game.
    let vote = frame_of(
        "The council voted 5-4 on Tuesday to close the library. Mayor Helen Brandt \
         and Councilman Victor Lutz voted against it.",
    );
    assert!(!vote.scores.is_empty() && !vote.game, "{vote:?}");
    // The words of a game without a score: a preview.
    let preview = frame_of(
        "Marcus Bell will miss Sunday's game against the Saints with a sprained \
         ankle, coach Dana Reyes said, his first absence of the season.",
    );
    assert!(!preview.game, "{preview:?}");
}

#[test]
fn conflicts_need_evidence_from_both() {
    let macon = frame_of("MACON, Ga. — Darius Vance, 24, was shot on Pine Ridge Road.");
    let albany = frame_of("ALBANY, Ga. — Nora Vance, 31, was shot on Cedar Point Road.");
    let bare = frame_of("A man was shot, police said.");
    assert!(place_conflict(&macon, &albany));
    assert!(street_conflict(&macon, &albany));
    for f in [&macon, &albany] {
        assert!(!place_conflict(f, &bare));
        assert!(!street_conflict(f, &bare));
        assert!(!age_conflict(f, &bare, 0));
        assert!(!place_conflict(f, f) && !street_conflict(f, f) && !age_conflict(f, f, 0));
    }
    // Two people of one surname with other first names: no evidence.
    assert!(!age_conflict(&macon, &albany, 0));
    // One person (by surname) with two ages: two people, two incidents.
    let other = frame_of("ALBANY, Ga. — Vance, 41, was shot on Cedar Point Road.");
    assert!(age_conflict(&macon, &other, 0));
    // An age a year apart agrees (a birthday, an outlet's error).
    let older = frame_of("MACON, Ga. — Darius Vance, 25, died on Pine Ridge Road.");
    assert!(!age_conflict(&macon, &older, 0));
    // Named in full in both, ages a few years apart are one person on
    // whose age two outlets differ; further apart, two people.
    let misreported = frame_of("Darius Vance, 27, was found guilty of the shooting.");
    assert!(!age_conflict(&macon, &misreported, 0));
    // Years on (a trial long after the arrest), as many years older agrees.
    let trial = frame_of("Darius Vance, 29, was found guilty of the shooting.");
    assert!(age_conflict(&macon, &trial, 0));
    assert!(!age_conflict(&macon, &trial, 700));
    // By surname alone, two years apart are two people.
    let surname = frame_of("MACON, Ga. — Vance, 26, was shot on Pine Ridge Road.");
    assert!(age_conflict(&macon, &surname, 0));
}

#[test]
fn ages_of_people_only_one_report_names_say_nothing() {
    // One report names the victims, another only the suspect, a third
    // one of the victims.
    let victims =
        frame_of("Marcus Hill, 23, died. His cousin, Angela Hill, 19, was treated for a wound.");
    let suspect = frame_of("Police arrested Derrick Moss, 31, in the killing.");
    let one = frame_of("Angela Hill, 19, is expected to recover.");
    for (a, b) in [(&victims, &suspect), (&victims, &one), (&one, &suspect)] {
        assert!(!age_conflict(a, b, 0) && !age_conflict(b, a, 0));
    }
}

#[test]
fn the_scene_street_is_where_the_incident_was() {
    let scene = |t: &str, street: &str| {
        let at = t.find(street).unwrap_or(0);
        scene_street(t, at, None)
    };
    assert!(scene("A man was shot on Larch Street.", "Larch"));
    assert!(scene("Gunfire at 1200 Main Street.", "Main"));
    assert!(scene("A crash in the 300 block of Elm Avenue.", "Elm"));
    assert!(scene("Shots near the intersection of Elm Avenue.", "Elm"));
    assert!(!scene("A Quimby Avenue man died.", "Quimby"));
    assert!(!scene("Hill, 23, of Harmon Road, died.", "Harmon"));
    assert!(!scene(
        "He died at Halden Memorial Hospital on Dunmore Boulevard.",
        "Dunmore"
    ));
    assert!(!scene(
        "A neighbor who lives on Quarry Lane heard it.",
        "Quarry"
    ));
    // A building at the scene is no home elsewhere.
    assert!(scene(
        "A woman was shot outside a home on Railroad Street.",
        "Railroad"
    ));
    assert!(scene(
        "Flames gutted a home in the 400 block of Vine Street.",
        "Vine"
    ));
    // The British form: "in" before the road.
    assert!(scene("A fire at a house in Dudley Road.", "Dudley"));
    assert!(!scene("A woman who lives in Dudley Road saw it.", "Dudley"));
    // The cross street of a corner is the scene too.
    let f = frame_of("Two men were shot at Larch Street and Quimby Avenue on Monday.");
    assert_eq!(f.streets.len(), 2, "{f:?}");
}

#[test]
fn the_town_after_a_street_and_a_comma() {
    let town = |t: &str, street: &str| {
        let end = t.find(street).map_or(0, |at| at + street.len());
        street_town(t, end, &[])
    };
    let road = "Cresswell Road";
    // Two towns of one name, told by the same words, are two places.
    let a = frame_of("A fire broke out at a house in Cresswell Road, Ashcombe, early on Saturday.");
    let b = frame_of(
        "A fire broke out at a flat in Cresswell Road, Brindley Heath, early on Saturday.",
    );
    assert!(lead_town_conflict(&a, &b), "{a:?} {b:?}");
    let brindley = Some("Brindley Heath".to_owned());
    assert_eq!(
        town("A fire in Cresswell Road, Ashcombe, on Saturday.", road),
        Some("Ashcombe".to_owned())
    );
    assert_eq!(
        town("A raid on Cresswell Road, Brindley Heath.", road),
        brindley
    );
    assert_eq!(
        town("A raid on Cresswell Road, Brindley Heath\nNext", road),
        brindley
    );
    assert_eq!(
        town(
            "A raid on Cresswell Road, Brindley Heath left two hurt.",
            road
        ),
        brindley
    );
    // Not a town: a clause of lower-case words, another street, too
    // many words, nothing after.
    assert_eq!(town("A fire in Cresswell Road, police said.", road), None);
    assert_eq!(
        town("Shots on Cresswell Road, Quimby Avenue and Elm.", road),
        None
    );
    assert_eq!(
        town("On Cresswell Road, Anna Maria Beth Ruiz was hurt.", road),
        None
    );
    assert_eq!(town("A fire in Cresswell Road", road), None);
    // A fact the name finder read there (a person) is no town.
    let t = "A man was shot on Cresswell Road, Dana Pike said.";
    let facts = extract(t, &ExtractContext::default());
    let refs: Vec<&Fact> = facts.iter().collect();
    let end = t.find(road).map_or(0, |at| at + road.len());
    assert_eq!(street_town(t, end, &refs), None);
}

#[test]
fn a_street_told_by_near_alone_is_a_near_scene() {
    let near = frame_of("Two teenagers died in Friday's crash near Hollin Road.");
    assert!(near.streets_near && near.streets.len() == 1, "{near:?}");
    let both = frame_of("A man was shot on Corliss Avenue near Keel Street.");
    assert!(!both.streets_near && both.streets.len() == 2, "{both:?}");
    // A compass point after the street is part of its name.
    let quadrant = frame_of("A man was shot on Corliss Avenue SE late on Friday.");
    assert_eq!(quadrant.streets, vec![Box::from("corliss avenue")]);
}

#[test]
fn streets_in_other_roles_are_no_other_scene() {
    let wire = frame_of("A man was killed late Saturday in a shooting on Larch Street.");
    // The victim's home street and the hospital's, not the scene.
    let home = frame_of(
        "A Quimby Avenue man died. He was pronounced dead at Halden Memorial Hospital \
         on Dunmore Boulevard.",
    );
    assert!(home.streets.is_empty() && home.named_streets.len() == 2);
    assert!(!street_conflict(&wire, &home));
    // The cross street as the scene, the corner named further on.
    let cross = frame_of(
        "A man was shot dead late Saturday near Quimby Avenue. He was outside a store \
         that stands where Larch Street meets it.",
    );
    assert!(!street_conflict(&wire, &cross));
    // Another scene street, and neither names the other's: two places.
    let other = frame_of("A boy was shot late Saturday on Orchard Road.");
    assert!(street_conflict(&wire, &other));
    assert!(street_conflict(&cross, &other));
}

#[test]
fn days_apart_conflict() {
    let w = |anchor: Option<Anchor>, mentions: &'static [(i64, i64)]| When {
        earlier_day: anchor.is_some_and(|a| mentions.iter().any(|m| m.1 < a.day - OWN_DAYS)),
        ..when(anchor, mentions)
    };
    // Published the same day or the next: one incident.
    assert!(!day_conflict(
        w(published(100), &[]),
        w(published(101), &[])
    ));
    // Three days apart, no day in common: two.
    assert!(day_conflict(w(published(100), &[]), w(published(103), &[])));
    // A later one naming its own day only may be a follow-up.
    assert!(!day_conflict(
        w(published(100), &[]),
        w(published(104), &[(103, 103)])
    ));
    // A follow-up weeks later naming the day agrees.
    assert!(!day_conflict(
        w(published(100), &[(99, 99)]),
        w(published(130), &[(99, 99)])
    ));
    // An undated report conflicts with nothing.
    assert!(!day_conflict(w(None, &[]), w(published(300), &[])));
    assert!(!day_conflict(w(None, &[(10, 10)]), w(published(300), &[])));
    // A later report that names no earlier day may be a follow-up.
    assert!(!day_conflict(
        w(published(100), &[]),
        w(published(130), &[(130, 130)])
    ));
    // One that names another earlier day is of another incident.
    assert!(day_conflict(
        w(published(100), &[]),
        w(published(130), &[(126, 126)])
    ));
    // A month mentioned covers its days.
    assert!(!day_conflict(
        w(published(100), &[]),
        w(published(102), &[(80, 110)])
    ));
}

#[test]
fn a_later_report_of_its_own_day_is_not_a_follow_up() {
    let first = when(published(100), &[]);
    // "A man was shot early today" in a paper of day 130: an incident
    // of day 130, not a follow-up of day 100's.
    let fresh = When {
        own_day: true,
        ..when(published(130), &[(130, 130)])
    };
    assert!(day_conflict(first, fresh));
    assert!(day_conflict(fresh, first));
    // Without the relative day it may be a follow-up.
    let plain = When {
        own_day: false,
        ..fresh
    };
    assert!(!day_conflict(first, plain));
    // One that also names the first report's day is a follow-up.
    let recalls = When {
        mentions: &[(130, 130), (100, 100)],
        earlier_day: true,
        ..fresh
    };
    assert!(!day_conflict(first, recalls));
}

#[test]
fn street_spellings_and_courts() {
    assert_eq!(&*street_key("main st"), "main street");
    assert!(same_street("oakland avenue", "south oakland avenue"));
    assert!(same_street("high street", "wellington high street"));
    assert!(!same_street("oak street", "elm street"));
    assert!(same_street("stadiou street", "stadiou avenue"));
    assert!(!same_street("street", "elm street"));
    assert!(is_court_of_law("taunton magistrates court"));
    assert!(!is_court_of_law("briar court"));
}

#[test]
fn agencies_name_their_town() {
    assert_eq!(
        agency_town("clarksville police department"),
        Some("clarksville")
    );
    assert_eq!(agency_town("macon police"), Some("macon"));
    assert_eq!(agency_town("bibb county fire department"), None);
    assert_eq!(agency_town("police"), None);
}

#[test]
fn only_lines_of_prose_count() {
    let text =
        "More local news\nTwo shot on Elm Street\nA man was hurt on Oak Street, police said.\n";
    let elm = text.find("Elm").unwrap_or(0);
    let oak = text.find("Oak").unwrap_or(0);
    assert!(!in_prose(text, elm, elm + 10));
    assert!(in_prose(text, oak, oak + 10));
}

#[test]
fn only_the_lead_places_an_incident() {
    // Eighty words of a lead that names no place.
    let filler =
        "Officers said the man was taken to a hospital and that nobody else was hurt. ".repeat(6);
    // The street of the lead is the incident's; one named further down
    // (a march's route, an earlier incident) is not.
    let a = frame_of(&format!(
        "A man was shot on Elm Street on Tuesday, police said. {filler}\n\
         Last year a woman was shot on Oak Street."
    ));
    assert_eq!(a.streets, vec![Box::from("elm street")]);
    let b = frame_of(&format!(
        "Two men were hurt. {filler}\nA crowd later marched down Oak Street."
    ));
    assert!(b.streets.is_empty());
    assert!(!street_conflict(&a, &b));
    // A place named three times but only below the lead does not set
    // the report.
    let c = frame_of(&format!(
        "The company agreed to buy its rival. {filler}\n\
         Offices in Toronto will stay open. Toronto staff were told. Toronto is home to both."
    ));
    assert_eq!(principal_place(&c), None);
    let d = frame_of(
        "A fire in Toronto destroyed a house. Toronto fire crews came. Nobody was hurt in Toronto.",
    );
    assert!(principal_place(&d).is_some());
}

#[test]
fn lead_ends_after_its_words_of_prose() {
    let words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
    let text = format!("Published: May 1\nNews of the day.\n{}.", words.join(" "));
    let lead = &text[..lead_end(&text, &[])];
    assert!(
        lead.ends_with(&format!(" {}", words[LEAD_WORDS - 5])),
        "{lead}"
    );
    // Page furniture does not count.
    let furniture = [(17, 33)];
    let lead = &text[..lead_end(&text, &furniture)];
    assert!(
        lead.ends_with(&format!(" {}", words[LEAD_WORDS - 1])),
        "{lead}"
    );
    // A short text is all lead.
    assert_eq!(lead_end("A man was shot.", &[]), 15);
}

#[test]
fn a_follow_up_is_dated_by_its_earlier_days_only() {
    let first = when(published(100), &[(99, 99)]);
    // A trial report weeks later that looks ahead to a sentencing day
    // and fixes no earlier day says nothing of the incident's day.
    let trial = when(published(160), &[(190, 190), (155, 155)]);
    assert!(!day_conflict(first, trial));
    // One that fixes another earlier day is of another incident.
    let other = When {
        mentions: &[(140, 140)],
        earlier_day: true,
        ..trial
    };
    assert!(day_conflict(first, other));
}

#[test]
fn a_week_that_began_before_a_follow_up_s_own_days_is_an_earlier_day() {
    let first = when(published(100), &[(100, 100)]);
    // A charge published on day 105 of a death "last week" (days 97
    // to 103, ending on the first of its own days), with a ban "in
    // January" long before.
    let charge = When {
        earlier_day: true,
        ..when(published(105), &[(97, 103), (10, 40)])
    };
    assert!(!day_conflict(first, charge) && !day_conflict(charge, first));
    // A later period ("later this month") is no earlier day.
    let ahead = When {
        mentions: &[(105, 120), (10, 40)],
        ..charge
    };
    assert!(day_conflict(first, ahead));
}

#[test]
fn an_arrest_report_is_dated_by_its_incident_day() {
    // An arrest reported on day 107 "in the shooting" of day 100,
    // beside a shooting reported on day 108 of that day.
    let arrest = When {
        earlier_day: true,
        ..when(published(107), &[(106, 106), (100, 100)])
    };
    let next = When {
        own_day: true,
        ..when(published(108), &[(108, 108)])
    };
    // Read as a report of its own days, the arrest's day is next to
    // the new shooting's.
    assert!(!day_conflict(arrest, next));
    // As a follow-up, its incident's day is day 100: another one.
    let follow_up = When {
        follow_up: true,
        ..arrest
    };
    assert!(day_conflict(follow_up, next) && day_conflict(next, follow_up));
    // The first report of its own incident agrees with it.
    let first = When {
        anchor: published(101),
        mentions: &[(100, 100)],
        ..next
    };
    assert!(!day_conflict(follow_up, first) && !day_conflict(first, follow_up));
}

#[test]
fn incidents_named_by_their_day() {
    let named = |t: &str, date: &str| {
        let end = t.find(date).unwrap() + date.len();
        names_incident(t, end)
    };
    assert!(named("arrested in the June 14 shooting on Elm", "June 14"));
    assert!(named("in last Thursday's fatal stabbing.", "last Thursday"));
    assert!(named("after the March 3 house fire", "March 3"));
    assert!(!named("was fired on June 14 by the firm", "June 14"));
    assert!(!named("On June 14, a shooting", "June 14"));
    assert!(!named("arrested on Friday after a chase", "Friday"));
}
