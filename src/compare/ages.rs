//! Ages of named people, compared per person.
//!
//! Consumes the figure mentions of an event ([`align::M`]) whose frame says
//! they are the age of a named person ([`crate::claim::Frame::age_of`]:
//! "Jane Doe, 34,", "the 34-year-old Doe", "Doe, who is 34,", "Doe, aged
//! 34,", "died at the age of 34": an age "at the age of" only with a
//! verb of dying, else it may be the age of an earlier act; "died at 75",
//! "dead at 95", "at age 95"; "He was 75." and "The 55-year-old said" after
//! a sentence whose subject is the report's main person; a surname alone
//! the report gives in full); produces one aligned fact per person,
//! keyed "age · Jane Doe", whatever verb stands near the figure. An age is
//! the identifying fact a fact-checker checks first, and reporters write it
//! beside any verb ("Doe, 34, was charged", "police shot Doe, 34,"), so the
//! verb says nothing of which claim it is.
//!
//! Named rules:
//! - **One person**: the people of two documents are one when
//!   [`names::same_person`] says so, or one writes the other's given name
//!   short ("Fred LaRue", "Frederick C. LaRue"); a name that could be two of the
//!   event's people ("Doe" beside "Jane Doe" and "John Doe") is left apart.
//! - **Time between the reports**: two ages of one person agree when equal,
//!   or when the years between the articles' publication dates allow the
//!   difference (49 in one, 50 in an article a year later). An undated
//!   report takes the date of a dated one stating its age; with a date
//!   still unknown, ages one apart are approximate, and so is any
//!   difference when the event's dated reports lie a year or more apart
//!   (a story told over stages). Any other difference is a conflict.
//! - **Left to the general alignment**: an age anchored to another time
//!   ("in 2005, Doe, 91, …": background), a denied one, and the ages of a
//!   person one document gives two values of (a story told over years).
//!
//! An age of someone the sentence does not name ("a 16-year-old boy") has
//! no person and is aligned as any other figure.

use super::align::M;
use super::{AlignedFact, ClaimInfo, Evidence, Mention, StatedValue, Status};
use crate::document::DocIndex;
use crate::facts::{names, Decimal, FactKind, FactValue, Quantity};
use std::collections::{BTreeMap, BTreeSet};

/// Days in a year, on average, for the time allowed between two ages.
const DAYS_PER_YEAR: f64 = 365.25;

/// The whole years of an age mention: a bare number ("Doe, 34,") or a
/// quantity of years ("34-year-old", "aged 34").
fn years(m: &M<'_>) -> Option<i64> {
    let n = match &m.fact.value {
        FactValue::Number(d) => d.to_i128(),
        FactValue::Quantity(Quantity::Amount { amount, unit }) if unit == "year" => {
            amount.to_i128()
        }
        _ => None,
    }?;
    i64::try_from(n).ok()
}

/// The years of a person's age, however written, for the alignment of
/// the ages this module leaves ([`M::age`]): a quantity written as an age
/// ("a 47-year-old agent", "aged 47"), or a bare number the claim reader
/// gives a person or a role ("Jane Doe, 47,", "the driver, 47,").
pub(crate) fn age_years(m: &M<'_>) -> Option<Decimal> {
    let f = m.frame;
    match &m.fact.value {
        FactValue::Number(d)
            if m.fact.kind == FactKind::Number
                && (f.age_of.is_some() || !f.age_role.is_empty()) =>
        {
            Some(*d)
        }
        FactValue::Quantity(Quantity::Amount { amount, unit })
            if unit == "year" && (f.age_of.is_some() || written_age(m.surface)) =>
        {
            Some(*amount)
        }
        _ => None,
    }
}

/// Whether a figure of years is written as an age ("47-year-old", "47
/// years old", "aged 47").
fn written_age(surface: &str) -> bool {
    let w = surface.to_lowercase();
    w.ends_with("year-old")
        || w.ends_with("years old")
        || w.ends_with("year old")
        || w.starts_with("aged ")
        || w.starts_with("age ")
}

/// The person `m` states the age of, when it is compared as an age here.
fn person<'a>(m: &M<'a>) -> Option<&'a str> {
    let person = m.frame.age_of.as_deref()?;
    comparable(m).then_some(person)
}

/// Whether an age is compared at all: of the article's time, not denied.
fn comparable(m: &M<'_>) -> bool {
    // "joined the bureau at the age of 28" is an age of long ago; "died
    // at the age of 95" is the age now
    let now = !m.frame.age_at_act
        || m.frame
            .predicate
            .as_ref()
            .is_some_and(|p| crate::claim::lemma::predicate_class(&p.base) == "kill");
    years(m).is_some() && now && !m.frame.negated && !m.background()
}

/// Whose ages a group holds: a named person's (their fullest name), or
/// the one person of a role no report names ([`super::roles`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who<'a> {
    /// A person's fullest name (canonical key).
    Named(&'a str),
    /// A role ("the driver").
    Role(&'static str),
}

/// How two ages of one person in two documents relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    /// One age, or ages the time between the articles allows.
    Agree,
    /// One apart, and one article's date unknown.
    Approximate,
    /// Ages no time between the articles explains.
    Conflict,
}

/// The verdict on ages `a` and `b` (years, publication day when the
/// document has its own date); `spans_years`: the event's dated documents
/// lie a year or more apart, so an undated report may be of another year.
fn verdict(a: (i64, Option<i64>), b: (i64, Option<i64>), spans_years: bool) -> Verdict {
    if a.0 == b.0 {
        return Verdict::Agree;
    }
    match (a.1, b.1) {
        (Some(da), Some(db)) => {
            let ((early, _), (late, days)) = if da <= db {
                ((a.0, da), (b.0, db - da))
            } else {
                ((b.0, db), (a.0, da - db))
            };
            // The birthdays that fall between two dates `days` apart: the
            // whole years, or one more.
            let gained = late - early;
            let elapsed = days as f64 / DAYS_PER_YEAR;
            if gained > 0 && ((gained - 1) as f64) < elapsed && elapsed < (gained + 1) as f64 {
                Verdict::Agree
            } else {
                Verdict::Conflict
            }
        }
        _ if (a.0 - b.0).abs() == 1 || spans_years => Verdict::Approximate,
        _ => Verdict::Conflict,
    }
}

/// The person keys of an event gathered into people: the fullest names
/// first; a shorter name joins the one person it can be, and stays its own
/// when it could be two. Returns each key's person (its fullest name).
fn people<'a>(keys: &BTreeSet<&'a str>) -> BTreeMap<&'a str, &'a str> {
    let mut order: Vec<&str> = keys.iter().copied().collect();
    order.sort_by_key(|k| (std::cmp::Reverse(k.split(' ').count()), *k));
    let mut heads: Vec<&str> = Vec::new();
    let mut of = BTreeMap::new();
    for k in order {
        let matching: Vec<&str> = heads
            .iter()
            .copied()
            .filter(|h| names::same_person(h, k) || short_given_name(h, k))
            .collect();
        match matching.as_slice() {
            [one] => {
                of.insert(k, *one);
            }
            [] => {
                heads.push(k);
                of.insert(k, k);
            }
            // could be two people: compared with nobody
            _ => {}
        }
    }
    of
}

/// Whether `short` writes the given name of `full` short, with the same
/// surname ("fred larue" and "frederick cheney larue"): its first word, of
/// three letters or more, begins the other's first word.
fn short_given_name(full: &str, short: &str) -> bool {
    let (f, s): (Vec<&str>, Vec<&str>) = (full.split(' ').collect(), short.split(' ').collect());
    let (Some(ff), Some(sf), Some(fl), Some(sl)) = (f.first(), s.first(), f.last(), s.last())
    else {
        return false;
    };
    f.len() >= 2
        && s.len() >= 2
        && fl == sl
        && sf.chars().count() >= 3
        && ff.len() > sf.len()
        && ff.starts_with(sf)
}

/// Aligns the ages of named people among `ms`; returns their facts and the
/// mentions left to the general alignment.
pub(crate) fn align<'a>(
    ms: Vec<M<'a>>,
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> (Vec<AlignedFact>, Vec<M<'a>>) {
    let keys: BTreeSet<&str> = ms.iter().filter_map(person).collect();
    let of = people(&keys);
    // each person's mentions, by position in `ms`
    let mut by_person: BTreeMap<Who<'_>, Vec<usize>> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        if let Some(p) = person(m).and_then(|k| of.get(k)) {
            by_person.entry(Who::Named(p)).or_default().push(i);
        }
    }
    let mut by_role: BTreeSet<Who<'_>> = BTreeSet::new();
    // the one person of a role in each report (rule `role_age`): joins the
    // person one report names, or stands for them
    let named = |i: usize| ms.get(i).and_then(person).and_then(|k| of.get(k).copied());
    for g in super::roles::groups(&ms, &years, &comparable, &named) {
        let who = match g.person {
            Some(p) => Who::Named(p),
            None => Who::Role(g.role),
        };
        let group = by_person.entry(who).or_default();
        for i in g.members {
            if !group.contains(&i) {
                group.push(i);
            }
        }
        group.sort_unstable();
        by_role.insert(who);
    }
    let days = ms.iter().filter(|m| m.dated).filter_map(|m| m.published);
    let (first, last) = days.fold((i64::MAX, i64::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
    let spans_years = last.saturating_sub(first) as f64 >= DAYS_PER_YEAR;
    let mut taken = vec![false; ms.len()];
    let mut facts = Vec::new();
    for (who, mut group) in by_person {
        // a document giving one person two ages tells of two times
        let mut ages_of: BTreeMap<DocIndex, BTreeSet<i64>> = BTreeMap::new();
        for &i in &group {
            if let Some(y) = years(&ms[i]) {
                ages_of.entry(ms[i].doc).or_default().insert(y);
            }
        }
        group.retain(|&i| ages_of.get(&ms[i].doc).is_some_and(|s| s.len() == 1));
        if group.is_empty() {
            continue;
        }
        for &i in &group {
            taken[i] = true;
        }
        facts.push(build(
            &ms,
            &group,
            who,
            by_role.contains(&who),
            spans_years,
            unit_of,
        ));
    }
    let rest = ms
        .into_iter()
        .zip(taken)
        .filter(|(_, t)| !t)
        .map(|(m, _)| m)
        .collect();
    (facts, rest)
}

/// The aligned fact of one person's ages (`group`: positions in `ms`, in
/// order).
fn build(
    ms: &[M<'_>],
    group: &[usize],
    who: Who<'_>,
    by_role: bool,
    spans_years: bool,
    unit_of: &dyn Fn(DocIndex) -> usize,
) -> AlignedFact {
    let mut values: Vec<StatedValue> = Vec::new();
    for &i in group {
        let m = &ms[i];
        let Some(y) = years(m) else { continue };
        let value = FactValue::Quantity(Quantity::Amount {
            amount: Decimal::from_int(y),
            unit: "year".to_string(),
        });
        let mention = Mention {
            doc: m.doc,
            span: m.fact.span,
            sentence: m.sentence,
            qualifier: None,
        };
        match values.iter_mut().find(|v| v.value == value) {
            Some(v) => {
                if !v.docs.contains(&m.doc) {
                    v.docs.push(m.doc);
                }
                v.mentions.push(mention);
            }
            None => values.push(StatedValue {
                value,
                qualifier: None,
                docs: vec![m.doc],
                mentions: vec![mention],
            }),
        }
    }
    let own_date = |m: &M<'_>| m.published.filter(|_| m.dated);
    // An undated report of an age a dated one states is of that one's time
    // ("Doe, 27," undated, beside a dated "Doe, 27," of the first stage of
    // a story told over years).
    let dated_age = |y: i64| {
        group
            .iter()
            .find(|&&k| years(&ms[k]) == Some(y) && own_date(&ms[k]).is_some())
            .and_then(|&k| own_date(&ms[k]))
    };
    let stamp = |m: &M<'_>| {
        let y = years(m).unwrap_or(0);
        (y, own_date(m).or_else(|| dated_age(y)))
    };
    let mut worst = Verdict::Agree;
    for (x, &i) in group.iter().enumerate() {
        for &j in &group[x + 1..] {
            if ms[i].doc != ms[j].doc {
                worst = worst.max(verdict(stamp(&ms[i]), stamp(&ms[j]), spans_years));
            }
        }
    }
    let units: BTreeSet<usize> = group.iter().map(|&i| unit_of(ms[i].doc)).collect();
    let status = match worst {
        Verdict::Conflict => Status::Conflict,
        Verdict::Approximate => Status::Approximate,
        Verdict::Agree if units.len() < 2 => Status::SingleSource,
        Verdict::Agree => Status::Agree,
    };
    values.sort_by_key(|v| std::cmp::Reverse(v.docs.len()));
    let (phrase, names) = match who {
        Who::Named(p) => ("age".to_string(), vec![p.to_string()]),
        Who::Role(r) => (format!("age of {r}"), Vec::new()),
    };
    let claim = ClaimInfo {
        predicate: None,
        head: None,
        phrase: Some(phrase),
        names: names.clone(),
        subject: names.clone(),
    };
    // one link from the first document to each other one
    let first = ms[group[0]].doc;
    let mut linked = BTreeSet::new();
    let evidence = group
        .iter()
        .map(|&i| ms[i].doc)
        .filter(|&d| d != first && linked.insert(d))
        .map(|d| Evidence {
            docs: [first, d],
            head: None,
            predicate: None,
            names: names.clone(),
            of: false,
            shared_words: Vec::new(),
            similarity: 0.0,
            copies: None,
            rule: by_role.then_some(super::roles::ROLE_AGE),
            predicates: Vec::new(),
        })
        .collect();
    AlignedFact::of_claim(FactKind::Quantity, status, values, claim, evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_name_written_short_is_one_person() {
        assert!(short_given_name("frederick cheney larue", "fred larue"));
        assert!(short_given_name("alexander pell", "alex pell"));
        assert!(!short_given_name("frederick larue", "fred larson"));
        assert!(!short_given_name("alex pell", "al pell"));
        assert!(!short_given_name("larue", "fred larue"));
    }

    #[test]
    fn the_time_between_reports_allows_a_birthday() {
        let day = |y: i64| Some(y * 365);
        let v = |a, b| verdict(a, b, false);
        assert_eq!(v((49, day(10)), (49, day(10))), Verdict::Agree);
        assert_eq!(v((49, day(10)), (50, day(11))), Verdict::Agree);
        assert_eq!(v((50, day(10)), (49, day(11))), Verdict::Conflict);
        assert_eq!(v((49, day(10)), (50, day(10))), Verdict::Conflict);
        assert_eq!(v((49, day(10)), (52, day(11))), Verdict::Conflict);
        assert_eq!(v((27, day(10)), (29, day(12))), Verdict::Agree);
        assert_eq!(v((49, None), (50, day(10))), Verdict::Approximate);
        assert_eq!(v((49, None), (52, day(10))), Verdict::Conflict);
        // an undated report in a story told over years: never a conflict
        assert_eq!(
            verdict((27, None), (29, day(12)), true),
            Verdict::Approximate
        );
    }

    #[test]
    fn a_surname_of_two_people_is_nobody_s() {
        let keys: BTreeSet<&str> = ["jane doe", "john doe", "doe", "ann roe", "roe"].into();
        let of = people(&keys);
        assert_eq!(of.get("doe"), None);
        assert_eq!(of.get("roe"), Some(&"ann roe"));
        assert_eq!(of.get("jane doe"), Some(&"jane doe"));
    }
}
