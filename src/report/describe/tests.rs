//! Tests of the event heading: title, date and place.

use super::*;

#[test]
fn the_central_headline_shares_most_with_the_others() {
    let all = [
        "Another day in Hollywood; another star in rehab.",
        "Tara Reid checks into rehab",
        "Publicist: Tara Reid has checked herself into rehab",
        "Tara Reid enters Promises rehab centre in Malibu",
        "Council backs flood plan",
        "The mayor and the council",
    ];
    let stats = WordStats::new(all.iter().copied());
    assert_eq!(central(&all[..4], &stats), Some(1));
    // Ties (identical lines) go to the first.
    let same = ["Flood plan approved", "Flood plan approved"];
    assert_eq!(central(&same, &stats), Some(0));
    assert_eq!(central(&[], &stats), None);
    assert_eq!(central(&["Only one"], &stats), Some(0));
}

#[test]
fn a_label_headline_is_not_the_title() {
    // The two-word label shares both its words with every other line
    // and has no other: it is the closest, but says nothing happened.
    let lines = [
        "Harbour Fire",
        "Harbour fire destroys three fishing boats",
        "Three boats lost in harbour fire overnight",
        "Harbour fire: owners count the cost",
        "The owners of three fishing boats destroyed when a fire swept through the harbour overnight said on Monday they had no insurance and would sell the moorings",
    ];
    let stats = WordStats::new(lines.iter().copied());
    assert_eq!(central(&lines, &stats), Some(0));
    let c = central_among(&lines, &stats, tells_the_event).unwrap();
    assert!((1..=3).contains(&c), "{}", lines[c]);
    assert!(!tells_the_event(lines[4]), "a lead sentence");
    assert_eq!(word_count("FIRED IN PHILLY!! —"), 3);
    // Only labels: the closest of them.
    let labels = ["Harbour Fire", "Fire"];
    assert_eq!(central_among(&labels, &stats, tells_the_event), None);
}

#[test]
fn words_every_headline_has_weigh_little() {
    // "the" is in every line: the line sharing "flood plan" with two
    // others is central, not the one sharing "the" with all.
    let lines = [
        "The flood plan passes",
        "The vote on the flood plan",
        "The town hall and the mayor and the council",
        "Flood plan approved by the council",
    ];
    let stats = WordStats::new(lines.iter().copied());
    let c = central(&lines, &stats).unwrap();
    assert!(
        lines[c].to_lowercase().contains("flood plan"),
        "{}",
        lines[c]
    );
}

#[test]
fn streets_are_addresses() {
    assert!(is_street("High Street"));
    assert!(is_street("Joliet Ave."));
    assert!(is_street("Carson St"));
    assert!(!is_street("Stockholm"));
    assert!(!is_street("Lake County"));
}

#[test]
fn first_sentence_and_days() {
    assert_eq!(
        first_sentence("  Police said on Friday the fire was set. Nobody was hurt.").as_deref(),
        Some("Police said on Friday the fire was set.")
    );
    assert_eq!(
        first_sentence("A headline line\nThe body starts here.").as_deref(),
        Some("A headline line")
    );
    assert_eq!(first_sentence(" … "), None);
    assert_eq!(day_of("2024-03-13"), Some("2024-03-13"));
    assert_eq!(day_of("2024-03-13T08:00:00Z"), Some("2024-03-13"));
    assert_eq!(day_of("2024-03"), None);
    assert_eq!(day_of("2024-03-131"), None);
    assert_eq!(day_of("March 13, 2024"), None);
}

/// The span of `needle` in `text`.
fn at(text: &str, needle: &str) -> (usize, usize) {
    let s = text.find(needle).unwrap();
    (s, s + needle.len())
}

#[test]
fn background_dates_are_read_from_their_words() {
    let cases = [
        ("The bank was robbed on Monday, May 5.", "May 5", false),
        (
            "It is the first theft since he was elected mayor on May 5.",
            "May 5",
            true,
        ),
        ("The vote came two days before Easter.", "Easter", true),
        ("Easter crowds filled the square.", "Easter", true),
        ("The shop was raided on Easter morning.", "Easter", false),
        ("The studio kept its June 9 opening date.", "June 9", true),
        ("The parade will be held on June 9.", "June 9", true),
        ("Police recalled the May 5 shooting.", "May 5", true),
        ("Gunmen struck on May 5 before dawn.", "May 5", false),
    ];
    for (text, day, background) in cases {
        let (s, e) = at(text, day);
        assert_eq!(background_date(text, s, e), background, "{text}");
    }
}

#[test]
fn background_places_are_read_from_their_words() {
    let cases = [
        (
            "The Norwegian skier won in Oslo.",
            "Norwegian",
            "Norway",
            true,
        ),
        (
            "The Texas-born pilot landed safely.",
            "Texas",
            "Texas",
            true,
        ),
        (
            "A Vermont native, she lives abroad.",
            "Vermont",
            "Vermont",
            true,
        ),
        ("A Denver lawyer filed the suit.", "Denver", "Denver", true),
        (
            "The firm, based in Leeds, was sold.",
            "Leeds",
            "Leeds",
            true,
        ),
        ("They lost against Leeds on Sunday.", "Leeds", "Leeds", true),
        ("Two U.S. senators spoke.", "U.S.", "United States", true),
        (
            "She starred in \"Chicago,\" a musical.",
            "Chicago",
            "Chicago",
            true,
        ),
        ("The bridge in Leeds collapsed.", "Leeds", "Leeds", false),
        (
            "He was found in Tulsa, Okla., on Friday.",
            "Okla.",
            "Oklahoma",
            false,
        ),
        (
            "A Denver courthouse was evacuated.",
            "Denver",
            "Denver",
            false,
        ),
        // Someone's movement or pursuit, not the news.
        (
            "A nurse moves to the village of Hope, Idaho to start over.",
            "Idaho",
            "Idaho",
            true,
        ),
        (
            "He got the call while filming in Lisbon.",
            "Lisbon",
            "Lisbon",
            true,
        ),
        (
            "The singer, who grew up in Tulsa, wept.",
            "Tulsa",
            "Tulsa",
            true,
        ),
        // A firm's home as a modifier, a currency, a name, a list.
        (
            "They bought a Boston start-up on Friday.",
            "Boston",
            "Boston",
            true,
        ),
        ("The Austin chipmaker was sold.", "Austin", "Austin", true),
        (
            "It was the biggest sale in Texas history.",
            "Texas",
            "Texas",
            true,
        ),
        ("It paid US$40 million.", "US", "United States", true),
        (
            "Analysts at IDC Canada praised it.",
            "Canada",
            "Canada",
            true,
        ),
        (
            "It has staff in Oslo, Bergen and Tromso.",
            "Bergen",
            "Bergen",
            true,
        ),
        (
            "It has staff in Oslo, Bergen and Tromso.",
            "Oslo",
            "Oslo",
            true,
        ),
        (
            "Fires broke out in Oslo and Bergen overnight.",
            "Oslo",
            "Oslo",
            false,
        ),
        (
            "She died at her home in Eugene, Oregon, on Friday.",
            "Oregon",
            "Oregon",
            false,
        ),
    ];
    for (text, name, key, background) in cases {
        let (s, e) = at(text, name);
        assert_eq!(background_place(text, s, e, key), background, "{text}");
    }
}

#[test]
fn a_region_after_a_town_reads_the_towns_words() {
    let text = "The firm, based in Sunnyvale, California, was sold.";
    let (s, e) = at(text, "California");
    assert_eq!(&text[phrase_start(text, s)..e], "Sunnyvale, California");
    assert!(background_place(text, s, e, "California"));
    let (s, _) = at(text, "Sunnyvale");
    assert_eq!(phrase_start(text, s), s);
}

#[test]
fn titles_prefer_headlines_written_as_headlines() {
    assert!(written_as_headline("Ferry strikes pier, injuring nine"));
    assert!(!written_as_headline(
        "A ferry struck the pier on Sunday, injuring nine."
    ));
    assert!(asks("Was the ferry going too fast?"));
    assert!(asks("A \"pattern\"?”"));
    assert!(!fits("Label"));
}

#[test]
fn datelines_and_leads() {
    let text = "By A. Writer\nLEEDS, England (AP) — A bridge fell on Friday in the city centre.\nMore follows.";
    let (s, e) = at(text, "LEEDS");
    assert!(is_dateline_place(text, s, e));
    let (s, e) = at(text, "England");
    assert!(!is_dateline_place(text, s, e));
    assert_eq!(
        &text[..lead_end(text)],
        &text[..text.find("\nMore").unwrap()]
    );
    assert!(in_news_window("2024-05-01", Some("2024-05-03")));
    assert!(!in_news_window("2024-04-01", Some("2024-05-03")));
    assert!(!in_news_window("2024-05-04", Some("2024-05-03")));
    assert!(in_news_window("2024-05-04", None));
}

#[test]
fn a_headline_line_stands_in_for_a_missing_title() {
    // A banner in sentence case above the article's own title-case headline.
    let page = "A service of the Harbour County Council\nSkip to content\n\n\
        Council Approves Harbour Bridge Repairs After Long Delay\n\n\
        The Harbour County Council approved repairs to the harbour bridge on Tuesday, \
        ending a delay of two years.\nWork starts in May.";
    assert_eq!(
        headline_line(page).as_deref(),
        Some("Council Approves Harbour Bridge Repairs After Long Delay")
    );
    // A headline in sentence case, after a language menu.
    let wire = "en fr de\n\nFerry runs aground off Kells island, passengers taken off\n\n\
        A ferry with 200 passengers ran aground off Kells island on Sunday and its \
        passengers were taken off by lifeboat.";
    assert_eq!(
        headline_line(wire).as_deref(),
        Some("Ferry runs aground off Kells island, passengers taken off")
    );
    // A first line that is the lead itself, or a short label, is no headline.
    assert_eq!(
        headline_line("A ferry ran aground off Kells island on Sunday.\nAll were saved."),
        None
    );
    assert_eq!(
        headline_line("Local News\n\nThe ferry ran aground on Sunday."),
        None
    );
    // A line whose words the text does not take up again is not its headline.
    assert_eq!(
        headline_line("Weather and travel for the weekend ahead\n\nThe ferry ran aground off Kells island on Sunday."),
        None
    );
    // The whole text on one line has no headline line.
    assert_eq!(headline_line("Ferry runs aground off Kells island"), None);
    assert!(title::title_case("Council Approves Harbour Bridge Repairs"));
    assert!(!title::title_case(
        "An official notice of the Harbour County Council"
    ));
}

#[test]
fn a_first_sentence_loses_the_dateline_that_opens_it() {
    assert_eq!(
        first_sentence("Harwick, Kent [UK], May 3 : The county council voted to close the Harwick ferry on Friday.").as_deref(),
        Some("The county council voted to close the Harwick ferry on Friday.")
    );
    assert_eq!(
        first_sentence("OSLAND, 4 June (Wire) - Two boats collided off the Osland pier on Tuesday, the coastguard said.").as_deref(),
        Some("Two boats collided off the Osland pier on Tuesday, the coastguard said.")
    );
    assert_eq!(
        first_sentence(" posted 2024-05-03 Harwick [UK], May 3 : The county council voted to close the Harwick ferry.").as_deref(),
        Some("The county council voted to close the Harwick ferry.")
    );
    // A lead's own words before a dash are not a dateline.
    let lead = "The ferry sank on 3 May - the worst loss at sea in a decade for the island.";
    assert_eq!(first_sentence(lead).as_deref(), Some(lead));
    // Nor is a place with no date.
    let undated = "Harwick - The county council voted to close the Harwick ferry on Friday.";
    assert_eq!(first_sentence(undated).as_deref(), Some(undated));
}
