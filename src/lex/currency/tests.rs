use super::codes::*;
use super::nouns::*;

#[test]
fn codes_sorted_and_read_in_either_case() {
    assert!(
        CODES.windows(2).all(|w| w[0].0 < w[1].0),
        "CODES sorted, no repeats"
    );
    for (code, case) in CODES {
        assert_eq!(currency_code(code), Some(Some(*code)));
        let lower = code.to_lowercase();
        let want = (*case == Case::Any).then_some(*code);
        assert_eq!(currency_code(&lower).flatten(), want, "{lower}");
    }
    // mixed case, other lengths, the special words, a letter beyond
    // ASCII whose capital is ASCII (long s)
    for (w, want) in [
        ("Usd", None),
        ("uSD", None),
        ("US", None),
        ("USDX", None),
        ("the", None),
        ("RM", Some(Some("MYR"))),
        ("rmb", Some(Some("CNY"))),
        ("btc", Some(None)),
        ("u\u{17f}d", Some(Some("USD"))),
        ("ALL", None),
        ("TOP", None),
        ("try", None),
        ("mkd", None),
        ("MKD", Some(Some("MKD"))),
        ("\u{e9}ur", None),
    ] {
        assert_eq!(currency_code(w), want, "{w}");
    }
}

#[test]
fn noun_tables_sorted_and_consistent() {
    assert!(NOUN_FORMS.windows(2).all(|w| w[0].0 < w[1].0), "forms");
    assert!(NOUN_CODES.windows(2).all(|w| w[0].0 < w[1].0), "codes");
    assert!(
        ADJECTIVE_CODES
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)),
        "adjectives"
    );
    let nouns: Vec<&str> = NOUN_FORMS.iter().map(|(_, n)| *n).collect();
    for (noun, _) in NOUN_CODES {
        assert!(nouns.contains(noun), "{noun}");
    }
    for (noun, _, _) in ADJECTIVE_CODES {
        assert!(nouns.contains(noun), "{noun}");
    }
    for (w, noun, adj, code) in [
        ("meticais", "metical", "mozambican", "MZN"),
        ("kwanzas", "kwanza", "angolan", "AOA"),
        ("kina", "kina", "papua new guinean", "PGK"),
        ("soles", "sol", "peruvian", "PEN"),
        ("dollars", "dollar", "canadian", "CAD"),
    ] {
        assert_eq!(currency_noun(w), Some(noun), "{w}");
        assert_eq!(adjective_currency(adj, noun), Some(code), "{adj} {noun}");
    }
    assert_eq!(currency_noun("dollarz"), None);
    assert_eq!(noun_currency("franc"), None);
    assert_eq!(noun_currency("afghani"), Some("AFN"));
}
