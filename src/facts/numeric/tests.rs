//! Unit tests, compiled only under `#[cfg(test)]`.

use super::*;

fn show(text: &str) -> Vec<String> {
    extract(text)
        .iter()
        .map(|f| {
            format!(
                "{:?} {} {} {:?} {:?}",
                f.kind,
                &text[f.span.start..f.span.end],
                serde_json::to_string(&f.value).unwrap(),
                f.qualifier,
                f.unit
            )
        })
        .collect()
}

#[test]
fn seeds() {
    let s = show("Nearly 50 allies met. The package, worth $175 million, is the 52nd drawdown, more than $2.3 billion.");
    assert!(
        s.iter()
            .any(|x| x.starts_with("Count Nearly 50 allies 50 Some(Approx)")),
        "{s:?}"
    );
}

/// Quarters are coins only after a word of paying; elsewhere (a fiscal
/// period, a share) they are never money, whatever else they read as.
#[test]
fn quarters_without_a_word_of_paying_are_no_money() {
    for text in [
        "Earnings rose in each of the last four quarters.",
        "The chain paid dividends in two quarters this year.",
        "The economy spent a quarter in contraction.",
        "The vending machine takes four quarters.",
    ] {
        let s = show(text);
        assert!(!s.iter().any(|x| x.starts_with("Money")), "{text}: {s:?}");
    }
    let s = show("A carousel ride cost four quarters at the county fair.");
    assert!(
        s.iter().any(|x| x.starts_with("Money four quarters")),
        "{s:?}"
    );
}

/// The money of the locale's press: "R" before an amount and "rand" in
/// South Africa, "P" and "pesos" in the Philippines; a road ("the R62")
/// or a grade ("P4") is no money, and elsewhere the letter is no currency.
#[test]
fn home_currency_letters_and_nouns() {
    use crate::lex::locale::Locale;
    let money = |text: &str, tag: &str| -> Vec<String> {
        let locale = Locale::parse(tag).unwrap();
        let toks = crate::lex::Tokens::new(text);
        extract_tokens(text, &toks, locale)
            .iter()
            .filter(|f| f.kind == FactKind::Money)
            .map(|f| {
                format!(
                    "{} {}",
                    &text[f.span.start..f.span.end],
                    serde_json::to_string(&f.value).unwrap()
                )
            })
            .collect()
    };
    let za = money("The stadium upgrade came to R2,750 million.", "en-ZA");
    assert_eq!(
        za,
        [r#"R2,750 million {"amount":2750000000,"currency":"ZAR"}"#]
    );
    let za = money("A taxi ride now costs R14.50 in the city.", "en-ZA");
    assert_eq!(za, [r#"R14.50 {"amount":14.5,"currency":"ZAR"}"#]);
    let za = money("Bread went up by 3 rand a loaf.", "en-ZA");
    assert_eq!(za, [r#"3 rand {"amount":3,"currency":"ZAR"}"#]);
    assert!(money("The crash closed the R62 near Oudtshoorn.", "en-ZA").is_empty());
    assert!(money("The lease was R4,800 a month.", "en-US").is_empty());
    let ph = money(
        "The council approved P3.8 billion for flood control.",
        "en-PH",
    );
    assert_eq!(
        ph,
        [r#"P3.8 billion {"amount":3800000000,"currency":"PHP"}"#]
    );
    let ph = money("Jeepney fares rose to 13 pesos.", "en-PH");
    assert_eq!(ph, [r#"13 pesos {"amount":13,"currency":"PHP"}"#]);
    assert!(money("Pupils in P4 sat the test.", "en-PH").is_empty());
}

/// The plural of a compound in "-man" is a counted noun, as "men" is
/// ("two gunmen", "14 fishermen"); a word that merely ends in "men" is not.
#[test]
fn men_plurals_are_counted() {
    for (text, count) in [
        ("Two gunmen opened fire.", "Count Two gunmen"),
        ("Lifeboats rescued 14 fishermen.", "Count 14 fishermen"),
        (
            "About 60 policemen combed the woods.",
            "Count About 60 policemen",
        ),
    ] {
        let s = show(text);
        assert!(s.iter().any(|x| x.starts_with(count)), "{text}: {s:?}");
    }
    assert!(!is_men_plural("abdomen") && !is_men_plural("specimen") && !is_men_plural("omen"));
    assert!(is_men_plural("gunmen") && is_men_plural("policewomen"));
}

/// Two modifiers joined before the counted noun ("current and former
/// customers") are part of the count's phrase; a plural before the
/// conjunction ends it ("12 men and women" counts men).
#[test]
fn joined_modifiers_before_the_counted_noun() {
    let s = show("Hackers took the records of 4.1 million past and present members.");
    assert!(
        s.iter()
            .any(|x| x.starts_with("Count 4.1 million past and present members")),
        "{s:?}"
    );
    let s = show("The dealer sold 250 new and used vans last year.");
    assert!(
        s.iter()
            .any(|x| x.starts_with("Count 250 new and used vans")),
        "{s:?}"
    );
    let s = show("Police detained 14 men and women.");
    assert!(s.iter().any(|x| x.starts_with("Count 14 men ")), "{s:?}");
}
