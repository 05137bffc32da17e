//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;
use crate::facts::{extract, ExtractContext};

fn compare(texts: &[(&str, Option<&str>)]) -> (EventAgreement, Vec<String>) {
    compare_with(CompareConfig::default(), texts)
}

fn compare_with(
    config: CompareConfig,
    texts: &[(&str, Option<&str>)],
) -> (EventAgreement, Vec<String>) {
    let facts: Vec<Vec<Fact>> = texts
        .iter()
        .map(|(t, _)| extract(t, &ExtractContext::default()))
        .collect();
    let docs: Vec<EventDoc<'_>> = texts
        .iter()
        .zip(&facts)
        .enumerate()
        .map(|(i, ((t, s), f))| EventDoc {
            index: i as DocIndex,
            text: t,
            source: *s,
            facts: f,
            published: None,
            from_metadata: false,
        })
        .collect();
    let c = Comparator::new(config).unwrap();
    let texts = texts.iter().map(|(t, _)| t.to_string()).collect();
    (c.compare(&docs), texts)
}

fn find<'a>(
    ev: &'a EventAgreement,
    kind: FactKind,
    texts: &[String],
    needle: &str,
) -> &'a AlignedFact {
    ev.facts
        .iter()
        .find(|f| {
            f.kind == kind
                && f.values.iter().any(|v| {
                    v.mentions.iter().any(|m| {
                        texts[m.doc as usize].get(m.span.start..m.span.end) == Some(needle)
                    })
                })
        })
        .unwrap_or_else(|| panic!("no {kind:?} fact for {needle}: {:#?}", ev.facts))
}

#[test]
fn changed_figure_in_a_copy_is_a_conflict() {
    let common = "The talks at the Pentagon lasted two hours and covered air defence, training and the supply of artillery rounds to the front line before winter.";
    let a = format!("The package, worth $175 million, includes missiles. Officials said 40 people attended.\n{common}\nThe package was the 52nd.");
    let b = format!("The package, worth $350 million, includes missiles. Officials said 40 people attended.\n{common}\nThe package was the 52nd.");
    let (a, b) = (a.as_str(), b.as_str());
    let (ev, t) = compare(&[(a, Some("x")), (b, Some("y"))]);
    assert_eq!(ev.sources.len(), 1, "copies are one source");
    let money = find(&ev, FactKind::Money, &t, "$350 million");
    assert_eq!(money.status, Status::Conflict);
    assert_eq!(money.values.len(), 2);
    assert_eq!(
        find(&ev, FactKind::Count, &t, "40 people").status,
        Status::SingleSource
    );
    let conflicts = ev
        .facts
        .iter()
        .filter(|f| f.status == Status::Conflict)
        .count();
    assert_eq!(conflicts, 1, "{:#?}", ev.facts);
    assert_eq!(ev.facts[0].status, Status::Conflict, "conflicts come first");
}

#[test]
fn repeated_figure_changed_once_is_still_found() {
    let a = "Congress approved $175 million for the program.\nLater, the $175 million package was signed by the president.";
    let b = "Congress approved $175 million for the program.\nLater, the $225 million package was signed by the president.";
    let (ev, t) = compare(&[(a, None), (b, None)]);
    assert_eq!(
        find(&ev, FactKind::Money, &t, "$225 million").status,
        Status::Conflict
    );
    let conflicts = ev
        .facts
        .iter()
        .filter(|f| f.status == Status::Conflict)
        .count();
    assert_eq!(conflicts, 1, "{:#?}", ev.facts);
}

#[test]
fn independent_reports_agree_and_approximate() {
    let a = "The United States announced a security assistance package worth $175 million. Nearly 50 allies attended the talks in Kiev on December 6, 2023.";
    let b = "Washington sent weapons worth $175m to Ukraine, officials said. Some 50 allies met in Kyiv in December 2023 to discuss it.";
    let (ev, t) = compare(&[(a, Some("one.example")), (b, Some("two.example"))]);
    assert_eq!(ev.sources.len(), 2);
    let money = find(&ev, FactKind::Money, &t, "$175m");
    assert_eq!(money.status, Status::Agree, "{money:#?}");
    assert!(money.values[0].mentions.len() == 2);
    assert_eq!(
        find(&ev, FactKind::Count, &t, "Some 50 allies").status,
        Status::Approximate
    );
    assert_eq!(
        find(&ev, FactKind::Date, &t, "December 2023").status,
        Status::Approximate
    );
    assert_eq!(find(&ev, FactKind::Place, &t, "Kiev").status, Status::Agree);
    assert!(
        ev.facts.iter().all(|f| f.status != Status::Conflict),
        "{:#?}",
        ev.facts
    );
}

#[test]
fn different_figures_with_one_noun_conflict() {
    // Parallel statements of one toll: the same verb, noun and place.
    let a = "Police said 12 people were killed in the explosion at the fuel depot on Monday.";
    let b = "At least eight officers responded. The explosion at the fuel depot killed 15 people, according to the mayor.";
    let (ev, t) = compare(&[(a, None), (b, None)]);
    assert_eq!(
        find(&ev, FactKind::Count, &t, "15 people").status,
        Status::Conflict
    );
}

#[test]
fn unresolved_relative_dates_never_conflict() {
    let a = "Defense Secretary Lloyd Austin today announced the package.";
    let b = "Yesterday, December 6, Lloyd J. Austin III announced the package.";
    let (ev, t) = compare(&[(a, None), (b, None)]);
    assert!(
        ev.facts.iter().all(|f| f.status != Status::Conflict),
        "{:#?}",
        ev.facts
    );
    assert_eq!(ev.unresolved.len(), 2);
    assert_eq!(
        find(&ev, FactKind::Person, &t, "Lloyd J. Austin III").status,
        Status::Agree
    );
}

#[test]
fn different_people_are_not_merged() {
    let a = "Lloyd Austin spoke to reporters.";
    let b = "Lloyd Blankfein spoke to reporters.";
    let (ev, t) = compare(&[(a, None), (b, None)]);
    assert_eq!(
        find(&ev, FactKind::Person, &t, "Lloyd Austin").status,
        Status::SingleSource
    );
    assert_eq!(
        find(&ev, FactKind::Person, &t, "Lloyd Blankfein").status,
        Status::SingleSource
    );
}

#[test]
fn quotes_shared_word_for_word() {
    let a = "\"We will stand with Ukraine for the long haul,\" Austin said.";
    let b = "Austin said: \u{201c}We will stand with Ukraine for the long haul.\u{201d}";
    let c = "\"We will stand by Ukraine for the long haul,\" Austin told them.";
    let (ev, _) = compare(&[(a, None), (b, None)]);
    assert_eq!(ev.quotes.len(), 1, "{:#?}", ev.quotes);
    assert_eq!(ev.quotes[0].status, QuoteStatus::Verbatim);
    assert_eq!(ev.quotes[0].docs, vec![0, 1]);
    let (ev, _) = compare(&[(a, None), (c, None)]);
    assert_eq!(ev.quotes.len(), 1, "{:#?}", ev.quotes);
    assert_eq!(ev.quotes[0].status, QuoteStatus::Paraphrased);
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    let (ev, _) = compare(&[("", None), ("$", None), ("\u{201c}\u{201d}", Some(""))]);
    assert!(ev.facts.is_empty());
    let (ev, _) = compare(&[]);
    assert!(ev.docs.is_empty());
}

#[test]
fn config_is_validated() {
    let bad = CompareConfig {
        copy_threshold: 0.0,
        ..CompareConfig::default()
    };
    assert!(Comparator::new(bad).is_err());
}

#[test]
fn documents_beyond_the_limit_are_listed_not_compared() {
    let texts: Vec<String> = (0..5)
        .map(|i| {
            format!(
                "Outlet {i} reports that the fund holds ${} million.",
                100 + i
            )
        })
        .collect();
    let docs: Vec<(&str, Option<&str>)> = texts.iter().map(|t| (t.as_str(), None)).collect();
    let capped = CompareConfig {
        max_docs: 3,
        ..CompareConfig::default()
    };
    let (ev, _) = compare_with(capped, &docs);
    assert_eq!(ev.docs, vec![0, 1, 2, 3, 4]);
    assert_eq!(ev.not_compared, vec![3, 4]);
    let mentioned: BTreeSet<DocIndex> = ev
        .facts
        .iter()
        .flat_map(|f| {
            f.values
                .iter()
                .flat_map(|v| v.mentions.iter().map(|m| m.doc))
        })
        .collect();
    assert_eq!(mentioned, BTreeSet::from([0, 1, 2]));
    assert!(compare(&docs).0.not_compared.is_empty());
    assert!(Comparator::new(CompareConfig {
        max_docs: 1,
        ..CompareConfig::default()
    })
    .is_err());
}

#[test]
fn a_quote_attributed_to_different_people_is_flagged() {
    let q = "\"We will stand with Ukraine for as long as it takes,\"";
    let a = format!("Defense Secretary Lloyd Austin met his counterpart on Monday. {q} Austin said at the Pentagon.");
    let b = format!("Ukrainian Defense Minister Rustem Umerov visited Washington on Monday. {q} Umerov said after the talks.");
    let c = format!("The two ministers met on Monday at the Pentagon. {q} said Lloyd J. Austin.");
    let shared = |x: &str, y: &str| -> AlignedQuote {
        let (ev, _) = compare(&[(x, Some("x")), (y, Some("y"))]);
        ev.quotes
            .into_iter()
            .find(|q| q.status == QuoteStatus::Verbatim)
            .expect("shared quote")
    };
    let q = shared(&a, &b);
    assert!(q.misattributed, "{q:#?}");
    assert_eq!(q.speakers.len(), 2);
    let q = shared(&a, &c);
    assert!(!q.misattributed, "{q:#?}");
    assert_eq!(q.speakers.len(), 1);
}

#[test]
fn a_source_agreeing_with_one_of_anothers_two_wordings_is_no_difference() {
    // One outlet tells one count twice, once hedged; a second outlet gives
    // the plain figure: the sources do not differ. A third outlet's hedge
    // alone would make the claim approximate.
    let a = "About 40 volunteer firefighters fought the blaze at the mill. The chief said 40 volunteer firefighters fought the blaze at the mill.";
    // (b in its own words: a copy of a's sentence would be a's story
    // counted once, `wire`)
    let b = "According to the chief, 40 volunteer firefighters fought the fire at the old mill.";
    let (ev, t) = compare(&[(a, Some("one.example")), (b, Some("two.example"))]);
    let f = find(&ev, FactKind::Count, &t, "40 volunteer firefighters");
    assert_eq!(f.status, Status::Agree, "{f:#?}");
    let c = "The chief said about 40 volunteer firefighters fought the blaze at the mill.";
    let (ev, t) = compare(&[(b, Some("two.example")), (c, Some("three.example"))]);
    let f = find(&ev, FactKind::Count, &t, "about 40 volunteer firefighters");
    assert_eq!(f.status, Status::Approximate, "{f:#?}");
}

#[test]
fn a_tally_of_an_undated_articles_season_is_not_placed() {
    // Neither article is dated: "this season" of one cannot be shown to be
    // the season the other tells of, so two tallies are not one claim; a
    // copy of the sentence with its figure changed still is.
    let a = "Garcia has missed four games this season with a sprained knee.";
    let b = "Garcia missed eight games with a broken leg.";
    let (ev, t) = compare(&[(a, Some("x")), (b, Some("y"))]);
    let f = find(&ev, FactKind::Count, &t, "four games");
    assert_eq!(f.status, Status::SingleSource, "{f:#?}");
    let c = "Garcia has missed five games this season with a sprained knee.";
    let (ev, t) = compare(&[(a, Some("x")), (c, Some("y"))]);
    let f = find(&ev, FactKind::Count, &t, "four games");
    assert_eq!(f.status, Status::Conflict, "{f:#?}");
}

#[test]
fn a_dated_articles_league_season_is_not_listed_as_undated() {
    // "last season" in a dated article has no calendar value (a league's
    // season), but a publication date is there: the list of dates left for
    // want of one must not name it.
    let published = CivilDate {
        year: 2014,
        month: 11,
        day: 2,
    };
    let cx = ExtractContext {
        published: Some(published),
        ..ExtractContext::default()
    };
    let texts = [
        "The club won just three games last season, the coach said.",
        "The coach said the club won three games last season.",
    ];
    let facts: Vec<Vec<Fact>> = texts.iter().map(|t| extract(t, &cx)).collect();
    assert!(facts[0].iter().any(|f| f.kind == FactKind::Date));
    let docs: Vec<EventDoc<'_>> = texts
        .iter()
        .zip(&facts)
        .enumerate()
        .map(|(i, (t, f))| EventDoc {
            index: i as DocIndex,
            text: t,
            source: None,
            facts: f,
            published: Some(published),
            from_metadata: true,
        })
        .collect();
    let ev = Comparator::new(CompareConfig::default())
        .unwrap()
        .compare(&docs);
    assert!(ev.unresolved.is_empty(), "{:#?}", ev.unresolved);
}

/// Two records of one text with their own `published` metadata.
fn compare_copies(texts: [&str; 2], metadata: [CivilDate; 2]) -> (EventAgreement, Vec<String>) {
    let facts: Vec<Vec<Fact>> = texts
        .iter()
        .zip(metadata)
        .map(|(t, m)| {
            extract(
                t,
                &ExtractContext {
                    published: Some(m),
                    ..Default::default()
                },
            )
        })
        .collect();
    let docs: Vec<EventDoc<'_>> = texts
        .iter()
        .zip(&facts)
        .zip(metadata)
        .enumerate()
        .map(|(i, ((t, f), m))| EventDoc {
            index: i as DocIndex,
            text: t,
            source: Some(if i == 0 {
                "north.example"
            } else {
                "south.example"
            }),
            facts: f,
            published: Some(m),
            from_metadata: true,
        })
        .collect();
    let c = Comparator::new(CompareConfig::default()).unwrap();
    (
        c.compare(&docs),
        texts.iter().map(|t| t.to_string()).collect(),
    )
}

const FERRY: &str = "The town council of Harlow Bay voted on Monday to close the old ferry \
    terminal at the end of the summer, ending more than a century of crossings to the island. \
    Council members said the pier had become too costly to repair after two winters of storms, \
    and that a new bus link across the causeway would serve commuters instead.";

fn day(year: i32, month: u8, d: u8) -> CivilDate {
    CivilDate {
        year,
        month,
        day: d,
    }
}

/// The stamp-line conflicts of two copies of [`FERRY`] under two stamp lines.
fn stamp_conflicts(stamps: [&str; 2], metadata: [CivilDate; 2]) -> Vec<AlignedFact> {
    let [a, b] = stamps.map(|s| format!("{s}\n{FERRY}"));
    let (ev, _) = compare_copies([&a, &b], metadata);
    ev.facts
        .into_iter()
        .filter(|f| f.status == Status::Conflict && f.key.ends_with("stamp line"))
        .collect()
}

#[test]
fn a_copy_whose_stamp_line_differs_from_the_records_metadata_is_a_conflict() {
    let meta = day(2023, 5, 2);
    let found = stamp_conflicts(
        ["Published: May 2, 2023", "Published: May 6, 2023"],
        [meta, meta],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.key, "publication date · stamp line");
    assert_eq!(f.values.len(), 2);
    let copies = f.evidence[0].copies.as_ref().expect("copy evidence");
    assert!(copies.jaccard >= CompareConfig::default().copy_threshold);
    assert_eq!(copies.stamp, "published");
    assert_eq!(copies.metadata[0].as_deref(), Some("2023-05-02"));
}

#[test]
fn copies_each_stamped_with_their_own_metadata_day_are_reposts() {
    let found = stamp_conflicts(
        ["Published: May 2, 2023", "Published: May 6, 2023"],
        [day(2023, 5, 2), day(2023, 5, 6)],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_publication_stamp_and_an_update_stamp_are_not_one_claim() {
    let meta = day(2023, 5, 2);
    // the publication stamps agree; the update stamps differ
    let found = stamp_conflicts(
        [
            "Published: May 2, 2023 | Updated: May 3, 2023",
            "Published: May 2, 2023 | Updated: May 9, 2023",
        ],
        [meta, meta],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].key, "update date · stamp line");
    let found = stamp_conflicts(
        ["Published: May 2, 2023", "Updated: May 9, 2023"],
        [meta, meta],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn stamps_of_two_different_articles_are_never_compared() {
    let a = format!("Published: May 2, 2023\n{FERRY}");
    let b = "Published: May 6, 2023\nThe ferry across to the island will stop running in \
             September, the Harlow Bay council decided, and a bus will replace it.";
    let meta = day(2023, 5, 2);
    let (ev, _) = compare_copies([&a, b], [meta, meta]);
    assert!(
        !ev.facts
            .iter()
            .any(|f| f.status == Status::Conflict && f.key.ends_with("stamp line")),
        "{:#?}",
        ev.facts
    );
}

#[test]
fn counted_figure_shows_the_noun_and_both_verbs() {
    let a = "The regulator told the brewer to recall nine batches of its pale ale.";
    let b = "The recall covers seven batches, all bottled at the Dunmore site.";
    let (ev, t) = compare(&[(a, Some("x")), (b, Some("y"))]);
    let batches = find(&ev, FactKind::Count, &t, "nine batches");
    assert_eq!(batches.status, Status::Conflict, "{batches:#?}");
    let e = batches
        .evidence
        .iter()
        .find(|e| e.rule == Some(counted::COUNTED_FIGURE))
        .unwrap_or_else(|| panic!("no counted_figure evidence: {batches:#?}"));
    assert_eq!(e.head.as_deref(), Some("batch"));
    assert_eq!(e.predicates.len(), 2, "{e:#?}");
    assert!(e.predicates.contains(&"covers".to_string()), "{e:#?}");
}

#[test]
fn counted_figure_needs_one_value_per_report() {
    let a =
        "By Monday the quake had destroyed 30 schools; by Wednesday it had levelled 45 schools.";
    let b = "The quake has flattened 38 schools, officials said.";
    let (ev, t) = compare(&[(a, Some("x")), (b, Some("y"))]);
    for f in ["30 schools", "45 schools"] {
        let fact = find(&ev, FactKind::Count, &t, f);
        assert!(
            !matches!(fact.status, Status::Conflict | Status::Approximate),
            "{fact:#?}"
        );
    }
}

#[test]
fn a_dateline_town_is_not_what_a_claim_is_said_of() {
    // Two wire reports filed from one town: the town stands only in the
    // datelines, so the key of the missing-persons count never shows it.
    let a = "DORNBY, June 4 (Wirepost) - Twelve people were missing on Tuesday after floodwater swept through the valley villages, rescue officials said.";
    let b = "DORNBY, June 4 (Newsline) - Twelve people remain missing after floods tore through the valley villages overnight, officials said.";
    let (ev, texts) = compare(&[(a, Some("wirepost.example")), (b, Some("newsline.example"))]);
    let f = find(&ev, FactKind::Count, &texts, "Twelve people");
    assert!(
        !f.key.to_lowercase().contains("dornby")
            && !f.claim.subject.iter().any(|s| s.contains("dornby")),
        "{:?} {:?}",
        f.key,
        f.claim.subject
    );
}
