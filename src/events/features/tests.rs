//! Tests of `features`.

use super::identify::{ORDINAL_FILLERS, ORDINAL_PART_NOUNS, QUAKE_NOUNS};
use super::names::OFFICIAL_TITLES;
use super::words::STOPWORDS;
use super::*;
use super::{extract, Anchor, AnchorSource, DocInput, Prominence, RawFeatures, Scratch};
use crate::events::test_util::assert_sorted;

#[test]
fn names_the_name_finder_missed_are_read_from_capitals() {
    let text = "Gunfire broke out at the Harbor Light Lounge on Tuesday. \
                Witnesses said the Harbor Light Lounge, a bar near St. Agnes Memorial Hospital, was full.\n\
                More From Our Newsroom\n\
                Copyright 2017 Lakeside Media Group. All rights reserved.\n\
                Police Said Nothing More About The Case Of The Night.";
    // Inside sentences, in prose, a title's abbreviation skipped; the
    // first word of a sentence, a menu line, a company after a year and
    // a run of five capitals (a title-case headline) are none.
    assert_eq!(
        name_phrases(text, &[], &[]),
        [
            "harbor light lounge",
            "harbor light lounge",
            "agnes memorial hospital"
        ]
    );
    // A run a fact covers is the fact's.
    let facts = crate::facts::extract(text, &crate::facts::ExtractContext::default());
    let refs: Vec<&Fact> = facts.iter().collect();
    let covered = name_phrases(text, &[], &refs);
    assert!(covered.len() <= 3, "{covered:?}");
    // Inside page furniture, nothing.
    assert!(name_phrases(text, &[(0, text.len())], &[]).is_empty());
}

#[test]
fn stopwords_are_sorted_for_binary_search() {
    assert_sorted(&[STOPWORDS]);
}

#[test]
fn plural_folding() {
    assert_eq!(stem_plural("meetings"), "meeting");
    assert_eq!(stem_plural("allies"), stem_plural("ally"));
    assert_eq!(stem_plural("news"), "new");
    assert_eq!(stem_plural("bus"), "bus");
    assert_eq!(stem_plural("glass"), "glass");
    assert_eq!(stem_plural("crisis"), "crisis");
    assert_eq!(stem_plural("київ"), "київ");
}

#[test]
fn day_numbers() {
    assert_eq!(day_number(1970, 1, 1), Some(0));
    assert_eq!(day_number(2000, 3, 1), Some(11_017));
    assert_eq!(
        day_number(2024, 8, 31).zip(day_number(2024, 7, 2)),
        Some((19_966, 19_906))
    );
    assert_eq!(day_number(2024, 13, 1), None);
}

/// A corpus of `n` documents where the word `w` is in the first `df`.
fn corpus_with(w: &str, df: usize, n: usize) -> (DocFreq, u64) {
    let h = feature_hash("w", stem_plural(w));
    let other = feature_hash("w", "zzunrelatedword");
    let mut t = DocFreq::new();
    for i in 0..n {
        let terms = if i < df {
            vec![(h, 1)]
        } else {
            vec![(other, 1)]
        };
        t.add(&RawFeatures {
            terms,
            ..Default::default()
        });
    }
    (t, h)
}

#[test]
fn a_word_weighs_about_the_same_at_any_corpus_size() {
    let b = super::super::prior::BACKGROUND_DOCS;
    // "aftershock" in two of twenty reports of one topic, and in two
    // of four hundred reports of many topics: about the same weight
    // with the background prior, very different from the counts alone.
    let (small, h) = corpus_with("aftershock", 2, 20);
    let (large, _) = corpus_with("aftershock", 2, 400);
    let (ws, wl) = (small.idf(h, b), large.idf(h, b));
    assert!(ws > 0.8 * wl && ws <= wl, "{ws} {wl}");
    let (cs, cl) = (small.idf(h, 0.0), large.idf(h, 0.0));
    assert!(cs < 0.6 * cl, "{cs} {cl}");
    // A word common in news at large weighs less than a rare one.
    let (t, common) = corpus_with("police", 2, 20);
    assert!(t.idf(common, b) < ws);
}

#[test]
fn what_every_document_shares_tells_none_apart() {
    let b = super::super::prior::BACKGROUND_DOCS;
    // Five reports that all name the minister: the name weighs nothing
    // there, however rare in news at large; in four of five, little.
    let (all, h) = corpus_with("umerov", 5, 5);
    assert_eq!(all.idf(h, b), 0.0);
    let (most, _) = corpus_with("umerov", 4, 5);
    let (two, _) = corpus_with("umerov", 2, 5);
    assert!(most.idf(h, b) > 0.0 && most.idf(h, b) < 0.6 * two.idf(h, b));
    // Two or three documents: every shared word is in all of them, and
    // the background alone says how rare it is.
    let (pair, _) = corpus_with("umerov", 2, 2);
    assert!(pair.idf(h, b) > 5.0, "{}", pair.idf(h, b));
}

fn features(text: &str, published: Option<CivilDate>) -> RawFeatures {
    let facts = crate::facts::extract(
        text,
        &crate::facts::ExtractContext {
            published,
            ..Default::default()
        },
    );
    extract(
        DocInput {
            text,
            title: None,
            published,
            facts: &facts,
            furniture: &[],
            title_facts: &[],
        },
        &mut Scratch::default(),
    )
}

fn titled(title: &str, text: &str) -> RawFeatures {
    let ctx = crate::facts::ExtractContext::default();
    let facts = crate::facts::extract(text, &ctx);
    let title_facts = crate::facts::extract(title, &ctx);
    extract(
        DocInput {
            text,
            title: Some(title),
            published: None,
            facts: &facts,
            furniture: &[],
            title_facts: &title_facts,
        },
        &mut Scratch::default(),
    )
}

#[test]
fn actors_are_as_prominent_as_where_they_are_first_named() {
    let filler = "The club said more would be known after the weekend. ".repeat(12);
    let f = titled(
        "Rovers release striker Daniel Mensah",
        &format!(
            "The Rovers released Daniel Mensah on Monday, manager Helen Carter said.\n\
             Carter thanked the striker.\n{filler}\n\
             Mensah joined from the reserves, where coach Peter Lindqvist had \
             picked him three years ago."
        ),
    );
    let prominence = |surname: &str| {
        f.persons
            .iter()
            .find(|p| &*p.surname == surname && p.initial != ' ')
            .map(|p| (p.prominence, p.mentions))
    };
    // Named in the headline (in full) and by surname below: one actor.
    assert_eq!(prominence("mensah"), Some((Prominence::Headline, 3)));
    // In the opening words, below the headline.
    assert_eq!(
        prominence("carter").map(|p| p.0),
        Some(Prominence::Headline)
    );
    // Only below the lead.
    assert_eq!(prominence("lindqvist").map(|p| p.0), Some(Prominence::Body));
}

#[test]
fn officials_are_told_by_their_title() {
    assert_sorted(&[OFFICIAL_TITLES]);
    let text = "Sgt. Ana Ruiz said. Fire Chief Tom Berg came. Coroner Lee Moss \
                and Mayor Dana Cole spoke; the chief, Ray Hill, did not.";
    let at = |name: &str| text.find(name).unwrap_or(0);
    assert!(official_title_before(text, at("Ana Ruiz")));
    assert!(official_title_before(text, at("Tom Berg")));
    assert!(official_title_before(text, at("Lee Moss")));
    assert!(!official_title_before(text, at("Dana Cole")));
    assert!(!official_title_before(text, at("Ray Hill")));
    assert!(!official_title_before(text, 0));
}

#[test]
fn a_person_named_in_full_once_counts_every_later_surname() {
    // The headline names the keeper in full, the text only by surname,
    // in sentences where a bare capitalised word is not read as a name.
    let f = titled(
        "Harbour City put goalkeeper Tomas Okafor on the injured list",
        "The 29-year-old Okafor will sit out the last three matches. \
         Okafor hurt his wrist in training on Tuesday, the club said, and \
         the team signed a reserve to take his place. Okafor had started \
         every match since March. Coach Ruth Hale called it a blow.",
    );
    let okafor = f
        .persons
        .iter()
        .find(|p| &*p.surname == "okafor" && p.initial == 't')
        .map(|p| (p.mentions, p.prominence));
    assert_eq!(okafor, Some((4, Prominence::Headline)));
    // Two people of one surname: a bare surname is neither's.
    let g = titled(
        "Brothers Karl Weiss and Otto Weiss open a bakery",
        "Weiss said the oven came from Bavaria. Weiss baked the first loaf.",
    );
    for p in g.persons.iter().filter(|p| &*p.surname == "weiss") {
        assert!(p.mentions <= 2, "{p:?}");
    }
}

fn has(f: &RawFeatures, kind: &str, value: &str) -> bool {
    let h = feature_hash(kind, value);
    f.terms.binary_search_by_key(&h, |t| t.0).is_ok()
}

#[test]
fn typed_features_and_variants() {
    let a = features(
        "Secretary of Defense Lloyd J. Austin III met Volodymyr Zelensky in Kiev on \
         December 6, 2023. The package is worth $175 million, the 52nd drawdown.",
        None,
    );
    let b = features(
        "Lloyd Austin and President Zelenskyy met in Kyiv. The $175m package.",
        None,
    );
    for f in [&a, &b] {
        assert!(has(f, "per", "l austin"));
        assert!(has(f, "per", "v zelenskyy"));
        assert!(has(f, "plc", "kyiv"));
        assert!(has(f, "money", "USD:1.75e8"));
    }
    assert!(has(&a, "day", "2023-12-06"));
    assert!(has(&a, "mon", "2023-12"));
    assert!(has(&a, "ord", "5.20e1"));
    assert!(has(&a, "w", "package"));
    assert!(!has(&a, "w", "the"));
    assert_eq!(
        a.anchor,
        Some(Anchor {
            day: day_number(2023, 12, 6).unwrap(),
            source: AnchorSource::Mentioned
        })
    );
    assert_eq!(b.anchor, None);
}

#[test]
fn relative_dates_resolve_against_publication() {
    let published = CivilDate {
        year: 2024,
        month: 8,
        day: 31,
    };
    let f = features(
        "The ministers met yesterday at the Pentagon.",
        Some(published),
    );
    assert!(has(&f, "day", "2024-08-30"));
    assert_eq!(f.anchor.map(|a| a.source), Some(AnchorSource::Published));
}

#[test]
fn vector_is_unit_norm_over_all_features() {
    let docs = [
        features("Tara Reid entered rehab in Malibu.", None),
        features("Tara Reid is in rehab, her publicist said.", None),
        features("Lindsay Lohan entered rehab.", None),
    ];
    let mut df = DocFreq::new();
    for d in &docs {
        df.add(d);
    }
    let v: Vec<DocVector> = docs
        .iter()
        .map(|d| df.vector(d.clone(), &VectorConfig::default()))
        .collect();
    for x in &v {
        let n: f32 = x.terms.iter().map(|t| t.1 * t.1).sum();
        assert!(n <= 1.0 + 1e-5 && n > 0.0, "{n}");
        assert!(x.terms.windows(2).all(|w| w[0].0 < w[1].0));
    }
    // "malibu" is in one document only: left out of the vector.
    assert!(!v[0]
        .terms
        .iter()
        .any(|t| t.0 == feature_hash("w", "malibu")));
    assert!(v[0].terms.iter().any(|t| t.0 == feature_hash("w", "rehab")));
}

fn idents(text: &str) -> Vec<(u64, u64)> {
    features(text, None)
        .identifiers
        .iter()
        .map(|i| (i.key, i.value))
        .collect()
}

#[test]
fn word_lists_are_sorted_for_binary_search() {
    assert_sorted(&[QUAKE_NOUNS, ORDINAL_FILLERS, ORDINAL_PART_NOUNS]);
}

#[test]
fn identifying_figures() {
    let mag = feature_hash("ident", "mag");
    for (text, value) in [
        ("A magnitude 6.1 earthquake struck.", 61),
        ("It had a preliminary magnitude of 4.4, the USGS said.", 44),
        ("A 4.2 magnitude earthquake shook the county.", 42),
        ("The 5.6-magnitude quake was felt widely.", 56),
        ("A 4.6 quake rattles Sonoma County.", 46),
        ("A 7.0 temblor hit the coast.", 70),
    ] {
        assert_eq!(idents(text), vec![(mag, value)], "{text}");
    }
    let drawdown = feature_hash("ident", "ord:drawdown");
    assert_eq!(
        idents("It is the 52nd drawdown of equipment."),
        vec![(drawdown, 52)]
    );
    let academy = feature_hash("ident", &format!("ord:{}", stem_plural("academy")));
    assert_eq!(
        idents("He will host the 81st annual Academy Awards."),
        vec![(academy, 81)]
    );
    // Not identifiers: hedged figures, small ordinals (parts of one
    // event), a number with no magnitude word, an ordinal whose noun is
    // in the next sentence, counts and quantities.
    for text in [
        "A roughly 6.1 quake and one of around 5.5 magnitude.",
        "They scored in the fourth quarter and the third round.",
        "The index fell 4.2 points to 6.1 today.",
        "He finished 52nd. Then he left.",
        "He scored in the 67th minute on the 12th day of the 21st century.",
        "They marched from E. 52nd St. to the 67th Precinct on 223rd Street.",
        "It cuts the 13th and the 14th.",
        "At least 52 people died, 13 miles from the 4 towns.",
    ] {
        assert_eq!(idents(text), vec![], "{text}");
    }
    // Values are kept once, sorted.
    let both = idents("A magnitude 4.4 quake, then a magnitude 2.0 and a 4.4 quake.");
    assert_eq!(both, vec![(mag, 20), (mag, 44)]);
}

#[test]
fn page_furniture_is_no_evidence() {
    let text = "Gunfire on Oak Lane killed a man.\nPlease enable Javascript to watch this video\nCopyright 2016 Acme Broadcasting.";
    let line = text.find("Please").unwrap();
    let end = text.len();
    let facts = crate::facts::extract(text, &crate::facts::ExtractContext::default());
    let mut scratch = Scratch::default();
    let doc = |furniture: &[(usize, usize)], scratch: &mut Scratch| {
        extract(
            DocInput {
                text,
                title: None,
                published: None,
                facts: &facts,
                furniture,
                title_facts: &[],
            },
            scratch,
        )
    };
    let whole = doc(&[], &mut scratch);
    let clean = doc(&[(line, end)], &mut scratch);
    let has = |f: &RawFeatures, w: &str| {
        f.terms
            .binary_search_by_key(&feature_hash("w", w), |t| t.0)
            .is_ok()
    };
    assert!(has(&whole, "javascript") && has(&whole, "acme"));
    assert!(!has(&clean, "javascript") && !has(&clean, "acme"));
    assert!(has(&clean, "gunfire"));
    // Block token ranges map to byte spans of the original text.
    let spans = furniture_spans(text, 18, &[(7, 14), (14, 18)], &mut scratch);
    let copy = text.find("Copyright").unwrap();
    assert_eq!(spans, vec![(line, copy - 1), (copy, end - 1)]);
    // A token count that does not match maps nothing.
    assert!(furniture_spans(text, 19, &[(7, 14)], &mut scratch).is_empty());
}

#[test]
fn empty_and_odd_text_never_panics() {
    for t in [
        "",
        " ",
        "$",
        "2023",
        "\u{0}\u{feff}",
        "Ⅻ 12-",
        "--12-06",
        "magnitude 4.",
        "the 52nd",
        "52nd é",
        "é4.4-magnitudeé",
    ] {
        let f = features(t, None);
        assert!(f.terms.windows(2).all(|w| w[0].0 < w[1].0));
    }
}

#[test]
fn dates_of_a_follow_up() {
    let published = Some(CivilDate {
        year: 2013,
        month: 9,
        day: 26,
    });
    let day = |y, m, d| day_number(y, m, d).unwrap_or(0);
    // A day and month without a year before publication: this year's,
    // or last year's (a trial report recalling the shooting).
    let f = features(
        "Flynn was found shot near Spiro on April 9, police said.",
        published,
    );
    assert!(f.mentions.contains(&(day(2013, 4, 9), day(2013, 4, 9))));
    assert!(f.mentions.contains(&(day(2012, 4, 9), day(2012, 4, 9))));
    assert!(f.frame.earlier_day);
    // With its year, one reading.
    let f = features(
        "Flynn was found shot on April 9, 2012, police said.",
        published,
    );
    assert!(!f.mentions.contains(&(day(2011, 4, 9), day(2011, 4, 9))));
    // A sentencing day ahead fixes no earlier day, and "today" deep in
    // the text is not the report's own news.
    let body = "The jury deliberated for hours before it reached a verdict. ".repeat(9);
    let f = features(
        &format!(
            "A jury convicted him. {body}\nSentencing is set for Nov. 8. Today the family spoke."
        ),
        published,
    );
    assert!(!f.frame.earlier_day);
    assert!(!f.frame.own_day);
    let f = features(
        "A man was shot early today on Elm Street, police said.",
        published,
    );
    assert!(f.frame.own_day);
    // The day written out is the report's own; a stamp's day is not.
    let f = features(
        "A man was shot on Elm Street on September 26, 2013, police said.",
        published,
    );
    assert!(f.frame.own_day);
    let f = features(
        "Storm damage\nLast updated 10:02 EDT, September 26, 2013 | Crews cleared fallen trees on Elm Street.",
        published,
    );
    assert!(!f.frame.own_day);
    // "Last week" is the week before publication's (Thursday 26
    // September 2013: Monday 16 to Sunday 22), an earlier day range.
    let f = features(
        "Mourners gathered for the man who died in a fire on Elm Street last week.",
        published,
    );
    assert!(f.mentions.contains(&(day(2013, 9, 16), day(2013, 9, 22))));
    assert!(f.frame.earlier_day);
}
