//! Frames of news sentences, in our own words.

use super::*;
use crate::facts::{extract, CivilDate, ExtractContext};

fn show(text: &str) -> String {
    let ctx = ExtractContext {
        published: Some(CivilDate {
            year: 2010,
            month: 5,
            day: 5,
        }),
        ..Default::default()
    };
    let facts = extract(text, &ctx);
    let doc = ClaimDoc::new(text, &facts);
    let mut out = String::new();
    for (f, fr) in facts.iter().zip(&doc.frames) {
        if let Some(fr) = fr {
            out.push_str(&format!(
                "{:?} {:?}: head={:?} comp={:?} mods={:?} proper={:?} scope={:?} of={:?} pred={:?} names={:?} role={:?} phrase={:?} anchors={:?}\n",
                f.kind,
                &text[f.span.start..f.span.end],
                fr.head.as_ref().map(|h| &h.base),
                fr.compound,
                fr.modifiers,
                fr.proper,
                fr.scope,
                fr.of,
                fr.predicate.as_ref().map(|p| &p.base),
                fr.names,
                fr.role,
                fr.phrase,
                fr.anchors,
            ));
        }
    }
    out
}

#[test]
fn scratch() {
    for t in [
        "Two Republican state senators voted against it, while three Republican senators abstained.",
        "An Israeli airstrike killed at least 12 members of the Daya family on Tuesday.",
        "About 32 million people tuned in last year, compared with 55.3 million in 1998.",
        "Four Israeli civilians were killed and 12 were wounded.",
        "This most recent security assistance package, worth $175 million, includes arms.",
        "A 50-year-old tipster told police that the 48-year-old victim ran.",
        "The Sixers have lost eight of their last 10 games and went 18 of its next 23 games.",
        "She hosted the Emmys in 2005, and Whoopi Goldberg hosted the Oscars in 1994.",
        "PUBLISHED: MONDAY, MARCH 11, 2013\nPolice said the vigil drew more than 100 people on Monday.",
        "Wed May 5, 2010 7:12pm BST\nThree people were killed when protesters threw petrol bombs at a bank in Athens on Wednesday.",
        "The team made its offer, reportedly worth about US $160 million, during the winter meetings.",
        "The blast left three people dead and injured 20 others.",
        "Felt revealed his identity in 2005 in Vanity Fair.",
        "WASHINGTON, April 10 (Reuters) - The Senate voted 52-48 on Tuesday to confirm him.",
    ] {
        println!("{t}\n{}", show(t));
    }
}

/// The frame of the figure written `figure` in `text`.
fn frame_of(text: &str, figure: &str) -> Frame {
    let facts = extract(text, &ExtractContext::default());
    let doc = ClaimDoc::new(text, &facts);
    facts
        .iter()
        .zip(&doc.frames)
        .find(|(f, _)| &text[f.span.start..f.span.end] == figure)
        .and_then(|(_, fr)| fr.clone())
        .unwrap_or_else(|| panic!("no frame for {figure:?} in {text:?}"))
}

#[test]
fn time_frames_of_a_sentence_and_their_days() {
    let frame_of = |text: &str, figure: &str| frame_of(text, figure).time_frame;
    let season = |back| {
        Some(TimeFrame {
            unit: PeriodUnit::Season,
            back,
        })
    };
    // In the clause, or in the clause an adjunct belongs to.
    assert_eq!(
        frame_of("Garcia has missed four games this season.", "four games"),
        season(0)
    );
    assert_eq!(
        frame_of(
            "Garcia led the club in scoring this season, despite missing four games.",
            "four games"
        ),
        season(0)
    );
    assert_eq!(
        frame_of("Garcia missed four games last season.", "four games"),
        season(1)
    );
    // A coordinated clause has its own time; the season before the story's
    // time and a possessive ("this season's opener") are not the article's.
    assert_eq!(
        frame_of("It was the worst fire the town has seen this year, and the chief said 40 firefighters fought it.", "40 firefighters"),
        None
    );
    assert_eq!(
        frame_of(
            "They won 10 games after losing 14 the previous season.",
            "10 games"
        ),
        None
    );
    assert_eq!(
        frame_of(
            "Garcia scored 12 points in this season's opener.",
            "12 points"
        ),
        None
    );
    // The days of each stretch, for an article of 15 March 2024.
    let day = |y, m, d| {
        CivilDate {
            year: y,
            month: m,
            day: d,
        }
        .day()
        .unwrap()
    };
    let p = day(2024, 3, 15);
    let days = |unit, back| TimeFrame { unit, back }.days(p);
    for (unit, back, want) in [
        (PeriodUnit::Year, 0, ((2024, 1, 1), (2024, 12, 31))),
        (PeriodUnit::Year, 1, ((2023, 1, 1), (2023, 12, 31))),
        (PeriodUnit::Month, 0, ((2024, 3, 1), (2024, 3, 31))),
        (PeriodUnit::Month, 3, ((2023, 12, 1), (2023, 12, 31))),
    ] {
        let ((y0, m0, d0), (y1, m1, d1)) = want;
        assert_eq!(days(unit, back), (day(y0, m0, d0), day(y1, m1, d1)));
    }
    assert_eq!(days(PeriodUnit::Week, 1), (p - 13, p - 7));
    assert_eq!(days(PeriodUnit::Season, 0), (p - frame::SEASON_DAYS + 1, p));
}

#[test]
fn what_names_the_happening_a_date_or_count_is_of() {
    for (text, figure, want) in [
        // A lead verb with its particle hands over to the act it leads into.
        (
            "Nearly 80 nurses set off from the clinic to march to the state house.",
            "Nearly 80 nurses",
            "march",
        ),
        (
            "The senator stepped forward in 2019 to acknowledge the loans.",
            "2019",
            "acknowledge",
        ),
        // A trailing attribution does not take the predicate.
        (
            "Omar Diaz will host the gala again next year, the foundation announced.",
            "next year",
            "host",
        ),
        // A noun of a happening names what the date is of ...
        (
            "The sequel costs more, with a release likely for early 2026.",
            "early 2026",
            "release",
        ),
        // ... but not the object of a verb, which keeps the date.
        (
            "The mayor admitted the payments on Tuesday.",
            "Tuesday",
            "admit",
        ),
    ] {
        let f = frame_of(text, figure);
        let got = f.predicate.as_ref().map(|p| p.base.as_str());
        assert_eq!(got, Some(want), "{text}");
    }
    // A verbless clause lends its noun to the date after its phrases.
    let f = frame_of(
        "He is the drifter who went on a crime spree across three counties in 2017.",
        "2017",
    );
    assert_eq!(f.head.as_ref().map(|h| h.base.as_str()), Some("spree"));
    assert!(f.dates_head);
    // "A or B": the alternative is no other time of the claim.
    let f = frame_of(
        "The museum will reopen in late 2025 or early 2026.",
        "late 2025",
    );
    assert!(f.anchors.is_empty(), "{:?}", f.anchors);
}

#[test]
fn a_date_of_a_statement_and_prepositional_participles() {
    // A verb of saying before the date, within a few words, dates the
    // statement; a trailing attribution after a comma does not.
    for (text, figure, want) in [
        (
            "The harbour master said Monday that the pier would stay shut.",
            "Monday",
            true,
        ),
        (
            "A spokeswoman told local reporters on Monday that the pier was safe.",
            "Monday",
            true,
        ),
        (
            "Waves wrecked the pier on Monday, the harbour master said.",
            "Monday",
            false,
        ),
        ("The pier collapsed on Monday.", "Monday", false),
        // A date that premodifies the noun of a happening dates that noun,
        // not the verb of saying before it.
        (
            "The harbour master said Monday's storm had wrecked the pier.",
            "Monday",
            false,
        ),
    ] {
        assert_eq!(frame_of(text, figure).dates_saying, want, "{text}");
    }
    // "following", "including": prepositions written as verbs are never
    // the predicate, and no verb before them governs what they lead into.
    for (text, figure) in [
        (
            "Two men were questioned following a blaze at the depot on Sunday.",
            "Sunday",
        ),
        (
            "The flood forced out 300 families, including 40 families from the valley.",
            "40 families",
        ),
    ] {
        let f = frame_of(text, figure);
        let got = f.predicate.as_ref().map(|p| p.base.clone());
        assert!(
            !matches!(
                got.as_deref(),
                Some("follow" | "include" | "question" | "force")
            ),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_age_written_before_the_name() {
    let f = frame_of(
        "The crash killed 19-year-old Marta Lindqvist on the coast road.",
        "19-year-old",
    );
    assert_eq!(f.age_of.as_deref(), Some("marta lindqvist"));
    let f = frame_of("A 19-year-old driver was hurt in the crash.", "19-year-old");
    assert_eq!(f.age_of, None);
}

#[test]
fn an_age_before_a_role_and_the_name() {
    // A role in apposition between the age and the name: the age is still
    // the named person's.
    for text in [
        "Divers on Tuesday found 58-year-old fisherman Helen Varga alive.",
        "The blast injured the 33-year-old night supervisor Helen Varga.",
        "Police named the 71-year-old former nurse Helen Varga as the victim.",
    ] {
        let figure = text.split_whitespace().find(|w| w.ends_with("-year-old"));
        let f = frame_of(text, figure.unwrap_or_default());
        assert_eq!(f.age_of.as_deref(), Some("helen varga"), "{text}");
    }
    // Not across a verb, a preposition or a possessive.
    for (text, figure) in [
        (
            "A 30-year-old man shot Helen Varga outside the bar.",
            "30-year-old",
        ),
        (
            "The 19-year-old son of Helen Varga was hurt.",
            "19-year-old",
        ),
    ] {
        assert_eq!(frame_of(text, figure).age_of, None, "{text}");
    }
}

/// The predicate of the figure written `figure` in `text`, as a base form.
fn predicate_of(text: &str, figure: &str) -> Option<String> {
    frame_of(text, figure).predicate.map(|p| p.base)
}

#[test]
fn a_counted_noun_is_never_the_predicate() {
    // "carries", "passes": plural nouns after a number, read as verbs.
    for (text, figure, not) in [
        (
            "Ortega gained 212 yards and scored twice on 31 carries.",
            "212 yards",
            "carry",
        ),
        (
            "The rookie threw for 280 yards on 19 passes.",
            "280 yards",
            "pass",
        ),
    ] {
        let got = predicate_of(text, figure);
        assert_ne!(got.as_deref(), Some(not), "{text}");
    }
    // A plural number before a past verb keeps the verb.
    assert_eq!(
        predicate_of("Three died in the crash on the ring road.", "Three").as_deref(),
        Some("die")
    );
}

#[test]
fn the_object_of_an_act_takes_the_act_not_a_participle_after_it() {
    // a participle after the object's phrase says what the thing was
    for (text, figure, want) in [
        (
            "Inspectors destroyed 300 crates of fruit shipped from Varna.",
            "300 crates",
            "destroy",
        ),
        (
            "The treasurer spent $40,000 earmarked for the roof on a boat.",
            "$40,000",
            "spend",
        ),
        (
            "Rangers have culled 85 deer spotted near the reservoir.",
            "85 deer",
            "cull",
        ),
    ] {
        assert_eq!(predicate_of(text, figure).as_deref(), Some(want), "{text}");
    }
    // after a verb of result, the word after the phrase is the act
    for (text, figure, want) in [
        (
            "The gas blast left 14 people injured in Tarno.",
            "14 people",
            "injure",
        ),
        (
            "A mudslide in Perro killed four people buried in their homes.",
            "four people",
            "kill",
        ),
    ] {
        assert_eq!(predicate_of(text, figure).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn close_to_is_an_adjective() {
    let got = predicate_of(
        "Sources close to the bidding put the offer at $90 million.",
        "$90 million",
    );
    assert_ne!(got.as_deref(), Some("close"));
    assert_eq!(
        predicate_of("The mill is expected to close in April.", "April").as_deref(),
        Some("close")
    );
}

#[test]
fn a_relative_clause_keeps_its_own_verb() {
    let got = predicate_of(
        "The two final episodes, which both air in October, are set to be her last.",
        "October",
    );
    assert_ne!(got.as_deref(), Some("set"));
}

#[test]
fn an_age_set_off_after_the_name() {
    for (text, figure) in [
        ("Police said Idris Okonkwo, who is 58, was released.", "58"),
        (
            "Neighbours said Idris Okonkwo, aged 58, lived alone.",
            "aged 58",
        ),
        ("Police said Idris Okonkwo, 58, was released.", "58"),
    ] {
        let f = frame_of(text, figure);
        assert_eq!(f.age_of.as_deref(), Some("idris okonkwo"), "{text}");
        assert!(!f.age_at_act, "{text}");
    }
    // a count after "who is" is no age: it is no bare number set off
    let f = frame_of(
        "Police said Idris Okonkwo, who is 58 miles away, was safe.",
        "58 miles",
    );
    assert_eq!(f.age_of, None);
}

#[test]
fn an_age_told_without_the_name() {
    // a pronoun sentence and a definite description after a sentence
    // about the main person
    for (text, figure) in [
        ("Helen Brennan, the poet, died on Monday. She was 81.", "81"),
        (
            "Helen Brennan, the poet, died on Monday. The 81-year-old had been ill.",
            "81-year-old",
        ),
        ("Helen Brennan dead at 81\nThe poet died on Monday.", "81"),
    ] {
        let f = frame_of(text, figure);
        assert_eq!(f.age_of.as_deref(), Some("helen brennan"), "{text}");
        assert!(!f.age_at_act, "{text}");
    }
    // a relative spoken of in between, a description of someone else
    // ("the 35-year-old deputy" as an object), a coordinated description
    for (text, figure) in [
        (
            "Helen Brennan died on Monday. She is survived by her husband. He was 84.",
            "84",
        ),
        (
            "Helen Brennan was charged on Monday. Police said she shot the 35-year-old guard.",
            "35-year-old",
        ),
        (
            "Helen Brennan was charged on Monday. The 35-year-old guard and 30-year-old clerk were hurt.",
            "35-year-old",
        ),
    ] {
        assert_eq!(frame_of(text, figure).age_of, None, "{text}");
    }
}

#[test]
fn an_age_at_the_age_of() {
    let f = frame_of(
        "In 2001, at the age of 83, Hallvard Ostby told a local paper the truth.",
        "83",
    );
    assert_eq!(f.age_of.as_deref(), Some("hallvard ostby"));
    assert!(f.age_at_act);
    // "age" and "aged" introduce an age: never a predicate; no named
    // person, no age key.
    let f = frame_of(
        "Her sons, boys age 4 and 7, and some of their friends watched.",
        "7",
    );
    assert_eq!(f.age_of, None);
    assert_ne!(f.predicate.map(|p| p.base).as_deref(), Some("age"));
    // "before the age of" bounds an age, it states none.
    let f = frame_of(
        "Rosa Delmar became the youngest judge elected before the age of 40.",
        "40",
    );
    assert_eq!(f.age_of, None);
}

#[test]
fn a_noun_is_never_the_verb_of_a_date() {
    for (text, figure, want) in [
        // A noun before "this week" (read as a gerund by a contextual rule).
        (
            "The operator reopened the island road this week.",
            "this week",
            "reopen",
        ),
        (
            "Crews cleared the mountain pass this week.",
            "this week",
            "clear",
        ),
        // Right after an article or a possessive: a noun phrase begins.
        (
            "The jury heard the closing arguments on Thursday.",
            "Thursday",
            "hear",
        ),
        (
            "Their march ended at the square on Sunday.",
            "Sunday",
            "end",
        ),
        // The verb after a noun subject stays the verb.
        ("The island road reopened on Monday.", "Monday", "reopen"),
    ] {
        let got = predicate_of(text, figure);
        assert_eq!(got.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_gathering_staged_for_a_purpose_names_the_purpose() {
    // The gathering is the means; the to-infinitive says what happened.
    for (text, figure, want) in [
        (
            "The governor held a news conference on Monday to announce the layoffs.",
            "Monday",
            "announce",
        ),
        (
            "Residents called a meeting, March 4, 2010, to protest the closure.",
            "March 4, 2010",
            "protest",
        ),
        // Without a gathering, or without a purpose, the verb stays.
        (
            "The governor held talks on Monday to end the strike.",
            "Monday",
            "hold",
        ),
        (
            "The governor held a news conference on Monday.",
            "Monday",
            "hold",
        ),
    ] {
        let got = predicate_of(text, figure);
        assert_eq!(got.as_deref(), Some(want), "{text}");
    }
}

/// Rule `spelled_count_after_the`: a number spelled out after "the" is
/// the count, not a modifier; rule `since_a_happening`: a tally since a
/// happening's start has that window, one key however the start is told.
#[test]
fn a_spelled_count_after_the_and_a_window_since_a_happening() {
    let f = frame_of(
        "Most of the forty-four people hurt in the crush were teenagers.",
        "forty-four people",
    );
    assert!(f.modifiers.is_empty(), "{:?}", f.modifiers);
    assert_eq!(f.head.map(|h| h.base).as_deref(), Some("people"));
    for text in [
        "The fever has killed 90 people in Ostry since the outbreak began.",
        "The fever has killed 90 people in Ostry since the outbreak started, doctors said.",
        "The fever has killed 90 people in Ostry since the start of the outbreak.",
    ] {
        let w = frame_of(text, "90 people").window;
        assert_eq!(w.as_deref(), Some("since the outbreak"), "{text}");
    }
    let w = frame_of("The fever has killed 90 people since March.", "90 people").window;
    assert_eq!(w.as_deref(), Some("since march"));
}
