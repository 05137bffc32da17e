//! Tests of `score`.

use super::super::features::Anchor;
use super::*;
use super::{cosine, hard_conflict, hard_veto, score, HardRule, TimeWindow};
use crate::events::features::{AnchorSource, Identifier, PersonKey, Prominence, ORG};
use crate::events::roles::Role;
use crate::events::test_util::{published, word};

fn vec_of(terms: &[(u64, f32)]) -> DocVector {
    DocVector {
        terms: terms.to_vec().into_boxed_slice(),
        ..DocVector::default()
    }
}

/// A person named `mentions` times in the body of a report.
fn person(feature: u64, initial: char, surname: &str, mentions: u32) -> PersonKey {
    PersonKey {
        feature,
        initial,
        surname: surname.into(),
        given: "".into(),
        mentions,
        prominence: Prominence::Body,
        official: false,
    }
}

#[test]
fn two_given_names_in_full_are_two_people() {
    assert!(!given_names_differ("dave", "david"));
    assert!(!given_names_differ("tom", "thomas"));
    assert!(!given_names_differ("chris", "christopher"));
    assert!(!given_names_differ("", "brian"));
    assert!(given_names_differ("brian", "bruce"));
    assert!(given_names_differ("bainmogun", "bestainhond"));
    // Spellings and short forms are one name; names that only begin
    // alike are two.
    assert!(!given_names_differ("steven", "stephen"));
    assert!(!given_names_differ("katherine", "kathryn"));
    assert!(given_names_differ("christopher", "christina"));
    assert!(given_names_differ("trailfind", "traitlindgour"));
    // One initial, one surname: the given names decide.
    let named = |given: &str| PersonKey {
        given: given.into(),
        ..person(7, 'b', "keller", 3)
    };
    assert!(same_person(&named("brian"), &named("brian")));
    assert!(same_person(&named("brian"), &named("")));
    assert!(!same_person(&named("brian"), &named("bruce")));
}

#[test]
fn cosine_of_sparse_vectors() {
    let a = [(1, 0.6), (2, 0.8)];
    let b = [(2, 0.6), (3, 0.8)];
    assert!((cosine(&a, &b) - 0.48).abs() < 1e-6);
    assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
    assert_eq!(cosine(&a, &[]), 0.0);
}

#[test]
fn spelling_variants_of_people_count() {
    let person = |feature, initial, surname: &str| PersonKey {
        feature,
        initial,
        surname: surname.into(),
        given: "".into(),
        mentions: 1,
        prominence: Prominence::Body,
        official: false,
    };
    let mut a = vec_of(&[(10, 0.6), (20, 0.8)]);
    a.persons = vec![person(20, 'm', "gaddafi")].into_boxed_slice();
    let mut b = vec_of(&[(10, 0.6), (21, 0.8)]);
    b.persons = vec![person(21, 'm', "gadaffi")].into_boxed_slice();
    let s = score(&a, &b, None);
    assert!((s.similarity - 1.0).abs() < 1e-6, "{s:?}");
    // A different first initial is a different person.
    b.persons = vec![person(21, 'k', "gadaffi")].into_boxed_slice();
    assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
    // A different surname too.
    b.persons = vec![person(21, 'm', "austin")].into_boxed_slice();
    assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
}

#[test]
fn different_protagonists_conflict() {
    let mut a = vec_of(&[(10, 0.6), (20, 0.8)]);
    a.persons = vec![person(20, 'r', "bush", 9), person(21, 'p', "thomas", 3)].into();
    let mut b = vec_of(&[(10, 0.6), (21, 0.8)]);
    b.persons = vec![person(21, 'p', "thomas", 4)].into();
    assert!(actor_conflict(&a, &b));
    let w = TimeWindow::default();
    let s = score(&a, &b, Some(&w));
    assert!((s.affinity - 0.36).abs() < 1e-6, "{s:?}");
    assert!((s.similarity - (0.36 - ACTOR_CONFLICT_PENALTY)).abs() < 1e-6);
    // Without a window (story level) protagonists are not compared.
    assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
    // The other's principal as a main character: no conflict.
    b.persons = vec![person(21, 'p', "thomas", 4), person(22, ' ', "bush", 2)].into();
    assert!(!actor_conflict(&a, &b));
    // A principal named once is no principal.
    b.persons = vec![person(21, 'p', "thomas", 1)].into();
    assert!(!actor_conflict(&a, &b));
    // A tie has no principal.
    b.persons = vec![person(21, 'p', "thomas", 3), person(23, 'd', "brees", 3)].into();
    assert!(!actor_conflict(&a, &b));
}

#[test]
fn a_suspect_named_later_is_no_other_protagonist() {
    use super::super::roles::PersonRole;
    let role = |initial, surname: &str, role| PersonRole {
        surname: surname.into(),
        initial,
        role,
    };
    let told_around = |p: PersonKey, day| {
        let mut v = vec_of(&[(10, 1.0)]);
        v.persons = vec![PersonKey {
            prominence: Prominence::Headline,
            ..p
        }]
        .into();
        v.anchor = published(day);
        v
    };
    // The first report of a stabbing, told around the dead man, and
    // the arrest four days later, told around the suspect.
    let mut victim = told_around(person(20, 'n', "ostrander", 4), 100);
    let mut arrest = told_around(person(21, 'k', "albescu", 4), 104);
    let conflicts = |x: &DocVector, y: &DocVector| {
        [
            actor_conflict(x, y),
            principal_conflict(x, y),
            cast_conflict(x, y),
        ]
    };
    assert_eq!(conflicts(&victim, &arrest), [true; 3]);
    // The arrest report names him as arrested or charged: he may be
    // the gunman the first report could not name.
    arrest.frame.roles = vec![role('k', "albescu", Role::Suspect)];
    victim.frame.roles = vec![role('n', "ostrander", Role::Victim)];
    assert!(later_suspect(&victim, &arrest, &arrest.persons[0]));
    assert_eq!(conflicts(&victim, &arrest), [false; 3]);
    assert_eq!(conflicts(&arrest, &victim), [false; 3]);
    // Not when the first report names its own suspect, nor when the
    // "follow-up" is dated before the report it would follow.
    let mut own = victim.clone();
    own.frame.roles.push(role('d', "pruitt", Role::Suspect));
    assert_eq!(conflicts(&own, &arrest), [true; 3]);
    let mut earlier = arrest.clone();
    earlier.anchor = published(99);
    assert_eq!(conflicts(&victim, &earlier), [true; 3]);
    // An age alone makes no one a suspect.
    arrest.frame.roles.clear();
    assert_eq!(conflicts(&victim, &arrest), [true; 3]);
}

#[test]
fn an_arrest_report_is_a_follow_up_only_beside_later_reports_without_suspects() {
    use super::super::roles::PersonRole;
    let dated = |day| {
        let mut v = vec_of(&[(10, 1.0)]);
        v.anchor = published(day);
        v
    };
    let suspect = |surname: &str| PersonRole {
        surname: surname.into(),
        initial: ' ',
        role: Role::Suspect,
    };
    // "Police on Friday arrested Derrick Moss in the June 14
    // shooting", and a shooting reported the day after.
    let mut arrest = dated(107);
    arrest.frame.dated_incident = true;
    arrest.frame.roles = vec![suspect("moss")];
    let next = dated(108);
    assert!(arrest_follow_up(&arrest, &next));
    // Not beside an earlier report, nor one that names its own
    // suspect, nor when it names no incident by its day.
    assert!(!arrest_follow_up(&arrest, &dated(106)));
    let mut charged = dated(108);
    charged.frame.roles = vec![suspect("quill")];
    assert!(!arrest_follow_up(&arrest, &charged));
    arrest.frame.dated_incident = false;
    assert!(!arrest_follow_up(&arrest, &next));
}

#[test]
fn a_main_person_named_only_in_words_is_named() {
    let told_around = |p: PersonKey, words: &[(u64, f32)]| {
        let mut v = vec_of(words);
        v.persons = vec![p].into();
        v
    };
    let farrow = word("farrow");
    // The first report of a shooting, told around the woman killed;
    // the second around the wounded man who died later, naming her in
    // words the name finder did not read ("his neighbor Lucinda
    // Farrow").
    let first = told_around(person(20, 'l', "farrow", 2), &[(farrow, 0.5)]);
    let mut second = told_around(person(21, 't', "renner", 3), &[]);
    assert!(cast_conflict(&first, &second));
    second = DocVector {
        terms: vec![(farrow, 0.5)].into(),
        ..second
    };
    assert!(!cast_conflict(&first, &second));
}

#[test]
fn a_spokesperson_quoted_on_two_incidents_ties_neither() {
    let person = |feature, surname: &str, official| PersonKey {
        feature,
        initial: 'r',
        surname: surname.into(),
        given: "rhea".into(),
        mentions: 2,
        prominence: Prominence::Lead,
        official,
    };
    // Two shootings a chief speaks of: only the chief in common.
    let mut a = vec_of(&[(10, 1.0)]);
    a.persons = vec![person(30, "tolland", true)].into();
    let mut b = vec_of(&[(10, 1.0)]);
    b.persons = vec![person(30, "tolland", true), person(31, "marsh", false)].into();
    assert!(!share_main_person(&a, &b));
    // The same person named as who the report is about: shared.
    a.persons = vec![person(30, "tolland", false)].into();
    assert!(share_main_person(&a, &b));
    // A bare word neither names in full (a town the name finder read
    // as a surname) is no one.
    let bare = |feature| PersonKey {
        initial: ' ',
        given: "".into(),
        ..person(feature, "castlebury", false)
    };
    a.persons = vec![bare(40)].into();
    b.persons = vec![bare(40)].into();
    assert!(!share_main_person(&a, &b));
    // Named in full in one of them: one person.
    b.persons = vec![person(41, "castlebury", false)].into();
    assert!(share_main_person(&a, &b));
    // Unless the other names two people of that surname: the bare
    // surname may be either, or a third.
    let other = PersonKey {
        initial: 'n',
        given: "nell".into(),
        ..person(42, "castlebury", false)
    };
    b.persons = vec![person(41, "castlebury", false), other].into();
    assert!(!share_main_person(&a, &b));
    // Named by an initial only ("R. Marsh") on either side: one of
    // every namesake of that initial, so no one.
    let initial_only = |feature| PersonKey {
        given: "".into(),
        ..person(feature, "marsh", false)
    };
    a.persons = vec![initial_only(50)].into();
    b.persons = vec![person(31, "marsh", false)].into();
    assert!(!share_main_person(&a, &b));
    b.persons = vec![initial_only(51)].into();
    assert!(!share_main_person(&a, &b));
    a.persons = vec![person(31, "marsh", false)].into();
    b.persons = vec![person(31, "marsh", false)].into();
    assert!(share_main_person(&a, &b));
}

#[test]
fn a_principal_the_name_finder_missed_is_no_side_character() {
    use super::super::features::feature_hash;
    // A report on a nominee, and one told around the president who
    // nominated her, whose name finder did not read her name.
    let nominee = feature_hash("w", "okonjo");
    let mut a = vec_of(&[(10, 0.6), (20, 0.8)]);
    a.persons = vec![person(20, 'a', "okonjo", 5)].into();
    let mut b = vec_of(&[(10, 0.6), (21, 0.8)]);
    b.persons = vec![person(21, 'p', "lindgren", 4)].into();
    assert!(actor_conflict(&a, &b));
    let mut terms = vec![(10, 0.6), (21, 0.7), (nominee, 0.3)];
    terms.sort_by_key(|t| t.0);
    b.terms = terms.into();
    assert!(named_as_word(&b, &a.persons[0]));
    assert!(!actor_conflict(&a, &b));
    // An organisation is matched by its key only, never as a word.
    let org = person(22, ORG, "okonjo", 5);
    assert!(!named_as_word(&b, &org));
}

#[test]
fn different_headline_principals_conflict() {
    let person = |feature, surname: &str, mentions, prominence| PersonKey {
        feature,
        initial: 'x',
        surname: surname.into(),
        given: "".into(),
        mentions,
        prominence,
        official: false,
    };
    use Prominence::{Body, Headline, Lead};
    // Two players of one team put on injured reserve: each report is
    // about its player and names the other one below the lead.
    let mut a = vec_of(&[(10, 0.6), (20, 0.8)]);
    a.persons = vec![
        person(20, "ambrose", 5, Headline),
        person(21, "okafor", 1, Body),
    ]
    .into();
    let mut b = vec_of(&[(10, 0.6), (21, 0.8)]);
    b.persons = vec![
        person(21, "okafor", 4, Headline),
        person(20, "ambrose", 1, Body),
    ]
    .into();
    assert!(principal_conflict(&a, &b));
    let w = TimeWindow::default();
    let s = score(&a, &b, Some(&w));
    assert!((s.affinity - 0.36).abs() < 1e-6, "{s:?}");
    assert!(s.similarity <= PRINCIPAL_CONFLICT_SIMILARITY, "{s:?}");
    assert!((score(&a, &b, None).similarity - 0.36).abs() < 1e-6);
    // One event told from two sides (the suspect, the victim): each
    // names the other's principal in its lead.
    b.persons = vec![
        person(21, "okafor", 4, Headline),
        person(20, "ambrose", 1, Lead),
    ]
    .into();
    assert!(!principal_conflict(&a, &b));
    // A report that names several people about as often (a game, a
    // profile) has no headline principal.
    b.persons = vec![
        person(21, "okafor", 4, Headline),
        person(22, "lund", 3, Body),
    ]
    .into();
    assert!(headline_principal(&b).is_none());
    assert!(!principal_conflict(&a, &b));
    // A principal first named below the opening, or named twice only,
    // is none.
    b.persons = vec![person(21, "okafor", 4, Lead)].into();
    assert!(!principal_conflict(&a, &b));
    b.persons = vec![person(21, "okafor", 2, Headline)].into();
    assert!(!principal_conflict(&a, &b));
    // The same principal, spelled with one initial only: one person.
    b.persons = vec![PersonKey {
        initial: ' ',
        ..person(23, "ambrose", 4, Headline)
    }]
    .into();
    assert!(!principal_conflict(&a, &b));
}

fn ident(key: &str, value: u64, slack: u64) -> Identifier {
    Identifier {
        key: super::super::features::feature_hash("ident", key),
        value,
        slack,
    }
}

fn with_idents(mut ids: Vec<Identifier>) -> DocVector {
    ids.sort_unstable();
    let mut v = vec_of(&[(10, 0.6), (20, 0.8)]);
    v.identifiers = ids.into_boxed_slice();
    v
}

#[test]
fn figures_that_cannot_both_hold_conflict() {
    let m = |x| ident("mag", x, 2);
    let a = with_idents(vec![m(61)]);
    // 6.1 against 7.0: two earthquakes.
    assert!(figure_conflict(&a, &with_idents(vec![m(70)])));
    // A revision by two tenths agrees; one value shared agrees.
    assert!(!figure_conflict(&a, &with_idents(vec![m(63)])));
    assert!(!figure_conflict(&a, &with_idents(vec![m(44), m(61)])));
    // Another measured thing, or none: no conflict.
    assert!(!figure_conflict(
        &a,
        &with_idents(vec![ident("ord:drawdown", 53, 0)])
    ));
    assert!(!figure_conflict(&a, &with_idents(vec![])));
    // Ordinals agree only when equal.
    let d = |x| ident("ord:drawdown", x, 0);
    let b = with_idents(vec![m(61), d(52)]);
    assert!(figure_conflict(&b, &with_idents(vec![m(61), d(53)])));
    assert!(!figure_conflict(&b, &with_idents(vec![d(52), d(53)])));
    // The conflict caps the pair's evidence, at the event level only.
    let c = with_idents(vec![m(70)]);
    let w = TimeWindow::default();
    let s = score(&a, &c, Some(&w));
    assert!((s.affinity - 1.0).abs() < 1e-6, "{s:?}");
    assert!((s.similarity - FIGURE_CONFLICT_SIMILARITY).abs() < 1e-6);
    assert!((score(&a, &c, None).similarity - 1.0).abs() < 1e-6);
}

#[test]
fn a_town_named_in_passing_words_is_no_other_place() {
    use super::super::features::feature_hash;
    use super::super::frame::Frame;
    let town = |name: &str| Frame {
        places: vec![(feature_hash("plc", name), 1)],
        dateline: Some(feature_hash("plc", name)),
        principal_words: vec![feature_hash("w", name)].into(),
        ..Frame::default()
    };
    // The first report from Marlow; the arrest reported from the county
    // seat, naming Marlow only in words the place finder missed.
    let mut first = vec_of(&[(feature_hash("w", "tavern"), 1.0)]);
    first.frame = town("marlow");
    let mut terms = vec![
        (feature_hash("w", "marlow"), 0.5),
        (feature_hash("w", "tavern"), 0.8),
    ];
    terms.sort_by_key(|t| t.0);
    let mut arrest = vec_of(&terms);
    arrest.frame = town("halverson");
    assert!(names_place(&first, &arrest) && !names_place(&arrest, &first));
    assert!(!hard_conflict(&first, &arrest));
    // A report from another town that never names Marlow: two places.
    let mut other = vec_of(&[(feature_hash("w", "tavern"), 1.0)]);
    other.frame = town("kessling");
    assert!(hard_conflict(&first, &other));
}

#[test]
fn half_a_year_apart_with_nothing_shared_is_two_events() {
    let at = |day, mentions: &[(i64, i64)]| {
        let mut v = vec_of(&[(1, 1.0)]);
        v.anchor = published(day);
        v.mentions = mentions.to_vec().into_boxed_slice();
        v
    };
    // A warehouse fire in March, another in October: apart.
    let march = at(1000, &[(999, 999)]);
    assert!(seasons_apart(&march, &at(1000 + 200, &[])));
    assert!(hard_conflict(&march, &at(1000 + 200, &[])));
    // Three months on (a trial date set, a cleanup): not on this rule.
    assert!(!seasons_apart(&march, &at(1000 + 90, &[])));
    // A report in October that names the day of the March fire.
    assert!(!seasons_apart(&march, &at(1000 + 200, &[(999, 999)])));
    // An estimated date is not a publication date.
    let mut guess = at(1000 + 200, &[]);
    guess.anchor = Some(Anchor {
        day: 1200,
        source: AnchorSource::Mentioned,
    });
    assert!(!seasons_apart(&march, &guess));
}

/// A report published on `day` naming `people` (full names with an
/// initial, or a bare surname with `' '`), with `places` in its lead.
fn dated(day: i64, people: &[(u64, char, &str, u32)], places: &[u64]) -> DocVector {
    let mut v = vec_of(&[(1, 1.0)]);
    v.anchor = published(day);
    v.mentions = vec![(day - 1, day - 1)].into_boxed_slice();
    v.persons = people
        .iter()
        .map(|&(f, i, s, m)| {
            let mut p = person(f, i, s, m);
            if i != ' ' {
                p.given = "dale".into();
            }
            p
        })
        .collect();
    v.frame.lead_places = places.to_vec();
    v
}

#[test]
fn a_person_shared_years_apart_weighs_against_what_differs() {
    let harmon = (7, 'd', "harmon", 3);
    // One councillor at two budget votes two years apart, each told
    // with its own mayor: two events.
    let y1 = dated(1000, &[harmon, (8, 'l', "ostrow", 2)], &[]);
    let y3 = dated(1000 + 730, &[harmon, (9, 'c', "bale", 2)], &[]);
    assert_eq!(
        shared_person_evidence(&y1, &y3),
        Some(SharedPerson::PersonOnly)
    );
    assert_eq!(hard_veto(&y1, &y3), Some(HardRule::SeasonsApart));
    // Or set in two towns, with no one else named.
    let here = dated(1000, &[harmon], &[40]);
    let there = dated(1000 + 730, &[harmon], &[41]);
    assert!(hard_conflict(&here, &there));
    // The same two years on with nothing else differing, or the trial
    // eight months after a shooting naming its victim: one event.
    assert!(!hard_conflict(&dated(1000 + 730, &[harmon], &[40]), &here));
    let reese = (7, 'd', "reese", 3);
    let mut shot = dated(1000, &[reese, (8, 'v', "moreno", 2)], &[40]);
    shot.frame.roles = vec![super::super::roles::PersonRole {
        surname: "moreno".into(),
        initial: 'v',
        role: Role::Victim,
    }];
    let trial = dated(1000 + 245, &[reese, (8, 'v', "moreno", 2)], &[41]);
    assert_eq!(
        shared_person_evidence(&shot, &trial),
        Some(SharedPerson::Ties)
    );
    let retrial = dated(1000 + 400, &[reese, (8, 'v', "moreno", 2)], &[41]);
    assert_eq!(
        shared_person_evidence(&shot, &retrial),
        Some(SharedPerson::Corroborated)
    );
    assert!(!hard_conflict(&shot, &retrial));
    // A bare surname two months on, in another town: no one in
    // particular; in full, the same person.
    let bare = dated(1000 + 60, &[(7, ' ', "harmon", 3)], &[41]);
    assert_eq!(
        shared_person_evidence(&here, &bare),
        Some(SharedPerson::SurnameOnly)
    );
    assert!(!person_overrides(&here, &bare));
    let full = dated(1000 + 60, &[harmon], &[41]);
    assert_eq!(
        shared_person_evidence(&here, &full),
        Some(SharedPerson::Ties)
    );
}

#[test]
fn dates_far_apart_conflict() {
    let at = |day, source| {
        let mut v = vec_of(&[(1, 1.0)]);
        v.anchor = Some(Anchor { day, source });
        v
    };
    let w = TimeWindow::default();
    let p = AnchorSource::Published;
    let m = AnchorSource::Mentioned;
    assert!(!score(&at(100, p), &at(114, p), Some(&w)).conflict);
    assert!(score(&at(100, p), &at(115, p), Some(&w)).conflict);
    assert!(!score(&at(100, p), &at(120, m), Some(&w)).conflict);
    assert!(score(&at(100, m), &at(160, p), Some(&w)).conflict);
    assert!(!score(&at(100, m), &vec_of(&[(1, 1.0)]), Some(&w)).conflict);
    assert!(!score(&at(100, p), &at(1000, p), None).conflict);
}

#[test]
fn one_game_told_around_different_players() {
    // A report of a game told around its quarterback, one told around
    // a receiver, and one of the team's next game.
    let game = |p: PersonKey, lead: &[&str], all: &[&str]| {
        let mut v = vec_of(&[(10, 1.0)]);
        v.persons = vec![p].into();
        v.frame.game = true;
        v.frame.lead_scores = lead.iter().map(|&s| s.into()).collect();
        v.frame.scores = all.iter().map(|&s| s.into()).collect();
        v
    };
    let quarterback = game(person(20, 'm', "bell", 4), &["24-17"], &["14-3", "24-17"]);
    let receiver = game(person(21, 'k', "ortega", 3), &["24-17"], &["24-17"]);
    let next_week = game(person(20, 'm', "bell", 4), &["20-13"], &["20-13", "3-1"]);
    assert!(same_game(&quarterback, &receiver));
    assert!(!actor_conflict(&quarterback, &receiver));
    assert!(!cast_conflict(&quarterback, &receiver));
    assert!(!game_conflict(&quarterback, &receiver));
    assert!(game_conflict(&quarterback, &next_week));
    // Not game reports (a vote, a ruling): the people rules hold.
    let (mut a, mut b) = (quarterback.clone(), receiver.clone());
    a.frame.game = false;
    b.frame.game = false;
    assert!(actor_conflict(&a, &b));
    assert!(!game_conflict(&a, &next_week));
    // The next week's report that recalls the first result in its
    // lead is no other game.
    let recalls = game(
        person(20, 'm', "bell", 4),
        &["20-13", "24-17"],
        &["20-13", "24-17"],
    );
    assert!(!game_conflict(&quarterback, &recalls));
}

#[test]
fn a_players_part_in_a_game_is_that_game() {
    let report = |p: PersonKey, game: bool, lead: &[&str]| {
        let mut v = vec_of(&[(10, 1.0)]);
        v.persons = vec![p].into();
        v.frame.game = game;
        v.frame.lead_scores = lead.iter().map(|&s| s.into()).collect();
        v.frame.scores = v.frame.lead_scores.clone();
        v
    };
    // A game report told around its quarterback, and a report of a
    // linebacker who sat the game out (too few people for a game
    // report) that states its result in its lead.
    let game = report(person(20, 'm', "bell", 4), true, &["24-17"]);
    let sat_out = report(person(21, 'c', "ostrow", 3), false, &["24-17"]);
    assert!(same_game(&game, &sat_out) && same_game(&sat_out, &game));
    assert!(!actor_conflict(&game, &sat_out));
    // Another result in its lead (the next game), or neither a game
    // report (two votes of one tally): the people rules hold.
    let next = report(person(21, 'c', "ostrow", 3), false, &["20-13"]);
    assert!(!same_game(&game, &next) && actor_conflict(&game, &next));
    let vote = report(person(20, 'm', "bell", 4), false, &["24-17"]);
    assert!(!same_game(&vote, &sat_out) && actor_conflict(&vote, &sat_out));
}
