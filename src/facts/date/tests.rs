//! Unit tests of the date extractor (the table-driven fixtures live in
//! `tests/data/dates.tsv`, run by `tests/it/dates.rs`).
//!
//! Compiled only under `#[cfg(test)]`.

use super::*;

fn ctx(y: i32, m: u8, d: u8) -> ExtractContext {
    ExtractContext {
        published: Some(CivilDate {
            year: y,
            month: m,
            day: d,
        }),
        ..Default::default()
    }
}

fn values(text: &str, c: &ExtractContext) -> Vec<(String, Option<String>)> {
    extract(text, c)
        .into_iter()
        .map(|f| {
            let FactValue::Date(v) = f.value else {
                panic!("not a date")
            };
            (text[f.span.start..f.span.end].to_string(), v.iso())
        })
        .collect()
}

#[test]
fn absolute_dates() {
    let c = ExtractContext::default();
    let v = values("It happened on December 6, 2023 in Paris.", &c);
    assert_eq!(
        v,
        [(
            "December 6, 2023".to_string(),
            Some("2023-12-06".to_string())
        )]
    );
}

#[test]
fn published_forms() {
    let d = |y, m, dd| {
        Some(CivilDate {
            year: y,
            month: m,
            day: dd,
        })
    };
    assert_eq!(parse_published("2013-02-12T04:30:00-02:00"), d(2013, 2, 12));
    assert_eq!(parse_published("2024-08-31"), d(2024, 8, 31));
    assert_eq!(parse_published("2024-08-31 10:00"), d(2024, 8, 31));
    assert_eq!(
        parse_published("Tue, 12 Feb 2013 04:30:00 +0000"),
        d(2013, 2, 12)
    );
    assert_eq!(parse_published("2024-02-30"), None);
    assert_eq!(parse_published("yesterday"), None);
    let (date, span) = published_from_text("WASHINGTON, Dec. 6, 2023 — The Senate voted.").unwrap();
    assert_eq!(
        date,
        CivilDate {
            year: 2023,
            month: 12,
            day: 6
        }
    );
    assert_eq!(span, Span::new(12, 24));
    // a press release's dateline with a dash before the date
    let text = "Chipmaker buys rival\nFREMONT, Calif. \u{2014}3/14/2011\nThe company today said it would buy a rival.";
    let (date, span) = published_from_text(text).unwrap();
    assert_eq!(Some(date), d(2011, 3, 14));
    assert_eq!(&text[span.start..span.end], "3/14/2011");
    assert_eq!(
        published_from_text("AUSTIN, Texas -- March 3, 2014 -- The firm said.").map(|x| x.0),
        d(2014, 3, 3)
    );
    assert_eq!(
        published_from_text("Washington DC [US], August 31 : Austin said"),
        None
    );
    assert_eq!(
        published_from_text(" date 2024-08-31 Washington DC [US], August 31 : x").map(|x| x.0),
        d(2024, 8, 31)
    );
}

#[test]
fn relative_without_anchor_is_null() {
    let f = extract("He left yesterday.", &ExtractContext::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].value, FactValue::Date(DateValue::Unresolved));
    assert_eq!(f[0].relative.as_deref(), Some("yesterday"));
    let f = extract("He left yesterday.", &ctx(2024, 3, 1));
    assert_eq!(serde_json::to_value(&f[0].value).unwrap(), "2024-02-29");
    assert_eq!(f[0].relative.as_deref(), Some("yesterday"));
}

#[test]
fn a_wrapped_line_keeps_its_sentence_tense() {
    // Published Tuesday 12 March 2013: a past-tense clause hard-wrapped
    // before its weekday still looks back.
    let c = ctx(2013, 3, 12);
    let wrapped = [
        "Crews were sent to the old mill near the river around 9:40 p.m.\nSaturday, a spokesman said.",
        "Crews were sent to the old mill near the river that burned on\nSaturday.",
        "Crews from three volunteer companies were sent to the old mill on River Road\nSaturday.",
        "Crews were sent to the old mill near the river around nine,\nSaturday.",
    ];
    for text in wrapped {
        let v = values(text, &c);
        assert_eq!(
            v,
            vec![("Saturday".to_string(), Some("2013-03-09".to_string()))],
            "{text}"
        );
    }
    // A short title line is no part of the sentence below it: the
    // weekday's own clause ("will reopen") decides.
    let v = values(
        "Mill Fire Kept Crews Busy\nSaturday the mill will reopen.",
        &c,
    );
    assert_eq!(
        v,
        vec![("Saturday".to_string(), Some("2013-03-16".to_string()))]
    );
}

/// Narrated time moves on with the story ("two days later … the
/// following day" counts from the later day), but the same words again
/// name the same day.
#[test]
fn narrated_time_moves_on() {
    let c = ExtractContext::default();
    let v = values(
        "The bridge shut on 8 June 2020. Divers arrived two days later and the crane the following day.",
        &c,
    );
    let got: Vec<_> = v.iter().filter_map(|(_, x)| x.as_deref()).collect();
    assert_eq!(got, ["2020-06-08", "2020-06-10", "2020-06-11"]);
    let v = values(
        "The bridge shut on 8 June 2020. The previous day was calm, and the previous day's survey found no cracks.",
        &c,
    );
    let got: Vec<_> = v.iter().filter_map(|(_, x)| x.as_deref()).collect();
    assert_eq!(got, ["2020-06-08", "2020-06-07", "2020-06-07"]);
}
