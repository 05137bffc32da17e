//! Whose dollar a bare "$" is, when the event says it and the report does
//! not.
//!
//! A report read with no locale of its own (no `locale` field, a source
//! whose domain tells no country) reads "$36.8 million" as US dollars.
//! Reports of one event in Australia or Canada often write the country's
//! dollar once explicitly ("A$38.6 million", "C$1.9 billion") and the local
//! press writes a bare "$" for the same money. Compared as US dollars, the
//! two never meet: neither their agreement nor their disagreement is seen.
//!
//! Consumes the documents of one event; produces, for each document, its
//! facts with a bare dollar re-read as the event's dollar, when
//!
//! - the event's documents write exactly one local dollar
//!   ([`LOCAL_DOLLARS`]: the dollars a local press writes as "$"), and no
//!   document writes US dollars explicitly ("US$", "U.S. dollars", "USD"):
//!   an event with both is told in two currencies; nor does a document
//!   write a bare "$" beside the local dollar: a report that writes "A$38.6
//!   million ($25 million)" gives its "$" as a conversion into US dollars,
//!   and another report's "$" may be one too;
//! - the document itself writes no local dollar and no explicit US dollar;
//! - the amount is written with a bare "$" or "dollars" and was read as US
//!   dollars for want of a locale.
//!
//! Other documents and facts are left as they are. Never panics.

use super::EventDoc;
use crate::facts::{Fact, FactKind, FactValue, Money};

/// Dollars whose local press writes them as a bare "$" (see
/// [`crate::lex::Locale::dollar`]).
pub(crate) const LOCAL_DOLLARS: &[&str] = &["AUD", "CAD", "NZD", "SGD", "HKD", "JMD", "TTD", "BZD"];

/// Letters that, in or right before an amount's words, say its dollars are
/// US dollars ("US$", "U.S. dollars", "USD", "American dollars").
const US_MARKS: &[&str] = &["US", "U.S", "USD", "America"];

/// Bytes before a mention's span read for a mark of its currency ("US" in
/// "US$85 million" when the span starts at the sign).
const LOOK_BEHIND: usize = 4;

/// How one money mention writes its currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// A local dollar ([`LOCAL_DOLLARS`]).
    Local(&'static str),
    /// US dollars, said so ("US$", "U.S. dollars").
    ExplicitUs,
    /// US dollars for want of a locale: a bare "$" or "dollars".
    BareUs,
    /// Another currency, or none.
    Other,
}

/// The currency of a money value.
fn currency(v: &FactValue) -> Option<&str> {
    match v {
        FactValue::Money(Money::Amount { currency, .. } | Money::Range { currency, .. }) => {
            currency.as_deref()
        }
        _ => None,
    }
}

/// How the money fact `f` of `text` writes its currency.
fn written(text: &str, f: &Fact) -> Written {
    if f.kind != FactKind::Money {
        return Written::Other;
    }
    let Some(code) = currency(&f.value) else {
        return Written::Other;
    };
    if let Some(local) = LOCAL_DOLLARS.iter().find(|c| **c == code) {
        return Written::Local(local);
    }
    if code != "USD" {
        return Written::Other;
    }
    let mut from = f.span.start.saturating_sub(LOOK_BEHIND);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let seen = text.get(from..f.span.end).unwrap_or("");
    if US_MARKS.iter().any(|m| seen.contains(m)) {
        Written::ExplicitUs
    } else if quotes_a_rate(text, f) {
        Written::Other
    } else {
        Written::BareUs
    }
}

/// Rule `exchange_rate_dollar` (see `facts::numeric`): a rate of a few
/// dollars with cents in a sentence that quotes a currency pair ("drove
/// the euro below $1.29") is in US dollars whatever the event's dollar.
fn quotes_a_rate(text: &str, f: &Fact) -> bool {
    let small = match &f.value {
        FactValue::Money(Money::Amount { amount, .. }) => {
            amount.to_f64() < 100.0 && amount.to_f64().fract() != 0.0
        }
        _ => false,
    };
    if !small {
        return false;
    }
    let s = super::sentence_around(text, f.span);
    let lower = text.get(s.start..s.end).unwrap_or("").to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    crate::lex::currency::quotes_a_pair(&words)
}

/// The one local dollar the event's documents write, when no document
/// writes US dollars explicitly, nor a bare "$" beside a local dollar (a
/// conversion: "A$38.6 million ($25 million)").
fn event_dollar(docs: &[EventDoc<'_>]) -> Option<&'static str> {
    let mut local: Option<&'static str> = None;
    for d in docs {
        let (mut own_local, mut bare) = (false, false);
        for f in d.facts {
            match written(d.text, f) {
                Written::ExplicitUs => return None,
                Written::Local(c) => match local {
                    Some(l) if l != c => return None,
                    _ => {
                        local = Some(c);
                        own_local = true;
                    }
                },
                Written::BareUs => bare = true,
                Written::Other => {}
            }
        }
        if own_local && bare {
            return None;
        }
    }
    local
}

/// For each document of `docs`, its facts with bare dollars re-read as the
/// event's dollar (see the module docs), or `None` when nothing changes.
pub(crate) fn reread(docs: &[EventDoc<'_>]) -> Vec<Option<Vec<Fact>>> {
    let Some(dollar) = event_dollar(docs) else {
        return vec![None; docs.len()];
    };
    docs.iter()
        .map(|d| {
            let marks: Vec<Written> = d.facts.iter().map(|f| written(d.text, f)).collect();
            let own_mark = marks
                .iter()
                .any(|w| matches!(w, Written::Local(_) | Written::ExplicitUs));
            if own_mark || !marks.contains(&Written::BareUs) {
                return None;
            }
            let facts = d
                .facts
                .iter()
                .zip(&marks)
                .map(|(f, w)| {
                    let mut f = f.clone();
                    if *w == Written::BareUs {
                        if let FactValue::Money(
                            Money::Amount { currency, .. } | Money::Range { currency, .. },
                        ) = &mut f.value
                        {
                            *currency = Some(dollar.to_string());
                        }
                    }
                    f
                })
                .collect();
            Some(facts)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocIndex;
    use crate::facts::{self, ExtractContext};

    fn doc<'a>(index: usize, text: &'a str, facts: &'a [Fact]) -> EventDoc<'a> {
        EventDoc {
            index: index as DocIndex,
            text,
            source: None,
            facts,
            published: None,
            from_metadata: false,
        }
    }

    fn currencies(docs: &[EventDoc<'_>]) -> Vec<Vec<String>> {
        reread(docs)
            .iter()
            .zip(docs)
            .map(|(re, d)| {
                re.as_deref()
                    .unwrap_or(d.facts)
                    .iter()
                    .filter_map(|f| currency(&f.value).map(str::to_string))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_rate_of_a_currency_pair_stays_in_us_dollars() {
        let (a, b) = (
            "The bank lost A$4.1 million as the rand slid, the Perth lender said.",
            "Worries over the budget pushed the euro under $1.07 as the lender lost $4.6 million.",
        );
        let (fa, fb) = (
            facts::extract(a, &ExtractContext::default()),
            facts::extract(b, &ExtractContext::default()),
        );
        let docs = [doc(0, a, &fa), doc(1, b, &fb)];
        assert_eq!(
            currencies(&docs),
            vec![vec!["AUD"], vec!["USD", "AUD"]],
            "the rate stays USD, the sum takes the event's dollar"
        );
    }

    #[test]
    fn a_bare_dollar_takes_the_one_local_dollar_of_its_event() {
        let (a, b) = (
            "The court ordered the council to pay A$4.1 million to the residents of Wattle Court.",
            "Wattle Court residents will share $4.6 million, the court ruled.",
        );
        let (fa, fb) = (
            facts::extract(a, &ExtractContext::default()),
            facts::extract(b, &ExtractContext::default()),
        );
        let docs = [doc(0, a, &fa), doc(1, b, &fb)];
        assert_eq!(currencies(&docs), vec![vec!["AUD"], vec!["AUD"]]);
    }

    #[test]
    fn two_currencies_in_one_event_or_a_conversion_stay_apart() {
        // an event that writes US dollars explicitly is told in two currencies
        let (a, b) = (
            "The miner took a charge of US$52 million, or about C$71 million.",
            "The miner booked a $52 million charge.",
        );
        let (fa, fb) = (
            facts::extract(a, &ExtractContext::default()),
            facts::extract(b, &ExtractContext::default()),
        );
        let docs = [doc(0, a, &fa), doc(1, b, &fb)];
        assert_eq!(currencies(&docs), vec![vec!["USD", "CAD"], vec!["USD"]]);
        // a report that writes the local dollar gives its "$" as a conversion
        let (a, b) = (
            "The fine was NZ$3 million ($1.8 million).",
            "The regulator imposed a NZ$3 million fine.",
        );
        let (fa, fb) = (
            facts::extract(a, &ExtractContext::default()),
            facts::extract(b, &ExtractContext::default()),
        );
        // and a third report's "$" may be a conversion too
        let c = "The regulator imposed a fine of $2.1 million.";
        let fc = facts::extract(c, &ExtractContext::default());
        let docs = [doc(0, a, &fa), doc(1, b, &fb), doc(2, c, &fc)];
        assert_eq!(
            currencies(&docs),
            vec![vec!["NZD", "USD"], vec!["NZD"], vec!["USD"]]
        );
        // two local dollars: no one event dollar
        let (a, b, c) = (
            "Ottawa pledged C$40 million.",
            "Canberra pledged A$35 million.",
            "The two pledges total $75 million.",
        );
        let (fa, fb, fc) = (
            facts::extract(a, &ExtractContext::default()),
            facts::extract(b, &ExtractContext::default()),
            facts::extract(c, &ExtractContext::default()),
        );
        let docs = [doc(0, a, &fa), doc(1, b, &fb), doc(2, c, &fc)];
        assert_eq!(
            currencies(&docs),
            vec![vec!["CAD"], vec!["AUD"], vec!["USD"]]
        );
    }
}
