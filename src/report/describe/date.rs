//! An event's main date: the day its documents state as the event's, with
//! background days left out (see the parent module).

use super::*;

/// The year an ISO date value starts in ("2008" of "2008-12", "2008-W50",
/// "2008-12-18/2009-03-18").
pub(super) fn year_of(iso: &str) -> Option<i32> {
    let y = iso.get(..4)?;
    let next = iso.as_bytes().get(4);
    (y.bytes().all(|c| c.is_ascii_digit()) && next.is_none_or(|c| !c.is_ascii_digit()))
        .then(|| y.parse().ok())
        .flatten()
}

/// Nouns of a set occasion a day can name besides [`schedule_noun`]s
/// ("the Feb. 22 ceremony", "its Nov. 22 debut"): the day of that
/// occasion, not of the news.
///
/// [`schedule_noun`]: crate::lex::happenings::schedule_noun
pub(super) const OCCASION_NOUNS: &[&str] =
    &["anniversary", "broadcast", "ceremony", "debut", "telecast"];

/// Parts of a day, which a holiday or a day can take after it and stay
/// the day something happened ("Christmas morning", "Friday night").
pub(super) const DAY_PARTS: &[&str] = &[
    "afternoon",
    "day",
    "evening",
    "eve",
    "morning",
    "night",
    "noon",
    "weekend",
];

/// Words that put a clause ahead of the news: what will happen on a day
/// ("the ceremony will take place on February 22", "is set to meet on
/// Monday", "scheduled for March 3") has not happened yet.
pub(super) const FUTURE_WORDS: &[&str] = &["scheduled", "slated", "upcoming", "will", "'ll"];

/// Whether a mention is in a clause about what is ahead
/// ([`FUTURE_WORDS`], "set to") within [`CLAUSE_REACH_WORDS`] words
/// before it.
pub(super) fn in_future(text: &str, start: usize) -> bool {
    let words = clause_words_before(text, start, CLAUSE_REACH_WORDS);
    words
        .iter()
        .any(|w| FUTURE_WORDS.contains(&w.as_str()) || w.ends_with("'ll"))
        || words.windows(2).any(|p| p[0] == "set" && p[1] == "to")
}

/// Whether a date mention names a holiday or a festival by its name
/// ("Christmas", "Thanksgiving"), not by a number, a month or a weekday.
pub(super) fn is_holiday(mention: &str) -> bool {
    !mention.chars().any(|c| c.is_ascii_digit())
        && mention
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                let low = w.to_lowercase();
                !crate::lex::words::is_calendar_word(&low)
                    && crate::lex::words::month(&low).is_none()
                    && crate::lex::words::weekday(&low).is_none()
                    && !matches!(
                        low.as_str(),
                        "today" | "yesterday" | "tomorrow" | "tonight" | "last" | "next" | "this"
                    )
            })
}

/// Determiners that open a noun phrase a date can modify ("the Dec. 6
/// killing", "its Nov. 22 release").
pub(super) const DETERMINERS: &[&str] = &["a", "an", "its", "his", "her", "their", "the", "this"];

/// Whether a date is the modifier of a noun after a determiner ("the March
/// 11, 2005, incident", "the Dec. 6 killing"): it names a happening the
/// reader is taken to know, told as background to the news.
pub(super) fn names_a_noun(text: &str, start: usize, end: usize) -> bool {
    let det = word_before(text, start).is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    if !det {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let Some(next) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .filter(|w| w.starts_with(char::is_lowercase))
    else {
        return false;
    };
    is_common_noun(next) && !DAY_PARTS.contains(&next)
}

/// Whether a date mention is background to the event, by its words
/// around it:
///
/// - in a clause about another time ([`OTHER_TIME_LEADS`]) or about what
///   is ahead ([`FUTURE_WORDS`]);
/// - the modifier of an occasion's noun ("its Nov. 22 release date", "the
///   Feb. 22 ceremony"), or of any noun after a determiner
///   ([`names_a_noun`]);
/// - a holiday used as a modifier ("Christmas shoppers") or named without
///   "on" ("the Christmas rush", "over Christmas").
pub(super) fn background_date(text: &str, start: usize, end: usize) -> bool {
    if in_other_time(text, start) || in_future(text, start) {
        return true;
    }
    let next = word_after(text, end).map(|(w, _)| w.to_lowercase());
    let next = next.as_deref();
    if next.is_some_and(|w| crate::lex::happenings::schedule_noun(w) || OCCASION_NOUNS.contains(&w))
    {
        return true;
    }
    let mention = text.get(start..end).unwrap_or("");
    if names_a_noun(text, start, end) {
        return true;
    }
    if is_holiday(mention) {
        let on = word_before(text, start).as_deref() == Some("on");
        let part = next.is_some_and(|w| DAY_PARTS.contains(&w));
        let modifier = next.is_some_and(is_common_noun) && !part;
        return modifier || !(on || part);
    }
    false
}

/// Days before a document's publication day within which a day it states
/// can be the news it reports; an older day is background (an earlier
/// stage, a previous case).
pub(super) const NEWS_WINDOW_DAYS: i64 = 14;

/// The day number of an ISO `YYYY-MM-DD` day.
pub(super) fn day_number(iso: &str) -> Option<i64> {
    let y: i32 = iso.get(..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    crate::lex::calendar::valid(y, m, d).then(|| crate::lex::calendar::days_from_civil(y, m, d))
}

/// Whether a stated day can be the news of a document published on
/// `published`: not after it, and at most [`NEWS_WINDOW_DAYS`] before it.
/// True when either day is unknown.
pub(super) fn in_news_window(day: &str, published: Option<&str>) -> bool {
    match (day_number(day), published.and_then(day_number)) {
        (Some(d), Some(p)) => d <= p && p - d <= NEWS_WINDOW_DAYS,
        _ => true,
    }
}

/// An event's main date from its date facts (`members`: each document by
/// id with its position in the event) and its documents' publication
/// days:
///
/// 1. the calendar day stated by the most documents (at least two) in the
///    leads, then by the most documents anywhere (ties: the first stated),
///    among the days the text gives as the event's: a day in a clause
///    about another time, an occasion's day, a holiday as a modifier
///    ([`background_date`]), or a day outside a document's news window
///    ([`in_news_window`]) is background; and among the recent ones: a
///    day more than a year before the latest year two documents state, or
///    a publication year, is background (a birth, an earlier case);
/// 2. else a day without year ("--08-29") two or more documents state;
/// 3. else the publication day most documents carry (ties: the earliest).
pub(super) fn main_date(
    facts: &[FactReport],
    members: &HashMap<&str, (usize, Member<'_>)>,
    published: &[&str],
) -> Option<(String, DateFrom)> {
    type Stated<'a> = BTreeMap<String, Support<'a>>;
    let mut days: Stated<'_> = BTreeMap::new();
    let mut yearless: Stated<'_> = BTreeMap::new();
    let mut years: BTreeMap<i32, BTreeSet<&str>> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Date) {
        for v in &f.values {
            let Some(iso) = (match &v.value {
                FactValue::Date(d) => d.iso(),
                _ => None,
            }) else {
                continue;
            };
            let iso = iso.as_str();
            let mut table = if iso.len() == 10 && day_of(iso).is_some() {
                Some(&mut days)
            } else if iso.len() == 7
                && iso.starts_with("--")
                && iso[2..4]
                    .bytes()
                    .chain(iso[5..].bytes())
                    .all(|c| c.is_ascii_digit())
            {
                Some(&mut yearless)
            } else {
                None
            };
            for m in &v.mentions {
                if let Some(y) = year_of(iso) {
                    years.entry(y).or_default().insert(&m.doc);
                }
                let Some(t) = table.as_deref_mut() else {
                    continue;
                };
                let Some((pos, member)) = members.get(m.doc.as_str()) else {
                    continue;
                };
                if background_date(member.text, m.start, m.end)
                    || !in_news_window(iso, member.published)
                {
                    continue;
                }
                let e = t.entry(iso.to_string()).or_default();
                e.add(&m.doc, m.start < member.lead_end, (*pos, m.start));
            }
        }
    }
    let latest = years
        .iter()
        .filter(|(_, ds)| ds.len() >= 2)
        .map(|(&y, _)| y)
        .chain(published.iter().filter_map(|p| year_of(p)))
        .max();
    let recent = |iso: &str| match (year_of(iso), latest) {
        (Some(y), Some(l)) => y + 1 >= l,
        _ => true,
    };
    let best = |t: &Stated<'_>| {
        t.iter()
            .filter(|(d, s)| s.docs.len() >= 2 && !s.lead_docs.is_empty() && recent(d))
            .max_by(|a, b| a.1.rank().cmp(&b.1.rank()))
            .map(|(d, _)| d.clone())
    };
    if let Some(d) = best(&days).or_else(|| best(&yearless)) {
        return Some((d, DateFrom::Text));
    }
    if let Some(d) = told_by_weekday(&days, members, recent) {
        return Some((d, DateFrom::Text));
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in published {
        *count.entry(p).or_default() += 1;
    }
    // Most documents; ties: the earliest day.
    count
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(d, _)| ((*d).to_string(), DateFrom::Published))
}

/// A day one document states in full in its lead that other documents
/// tell by its weekday alone ("riots on Saturday, December 13, 2008" in one
/// report, "late Saturday" in the leads of others): rule `weekday_told`.
/// Only documents without a publication day count as telling it (theirs
/// would have resolved the weekday to a day of its own), and only a
/// weekday of their lead that is not background ([`background_date`]).
/// The day with the most such documents (at least one) wins; ties: the
/// better [`Support::rank`].
pub(super) fn told_by_weekday(
    days: &BTreeMap<String, Support<'_>>,
    members: &HashMap<&str, (usize, Member<'_>)>,
    recent: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut best: Option<(usize, &String, &Support<'_>)> = None;
    for (day, s) in days {
        if s.docs.len() != 1 || s.lead_docs.is_empty() || !recent(day) {
            continue;
        }
        let Some(wd) = day_number(day).map(crate::lex::calendar::weekday) else {
            continue;
        };
        let telling = members
            .iter()
            .filter(|(id, (_, m))| {
                !s.docs.contains(*id) && m.published.is_none() && lead_names_weekday(m, wd)
            })
            .count();
        if telling == 0 {
            continue;
        }
        let better = best.is_none_or(|(n, _, b)| (telling, s.rank()) > (n, b.rank()));
        if better {
            best = Some((telling, day, s));
        }
    }
    best.map(|(_, d, _)| d.clone())
}

/// Whether a document's lead names weekday `wd` (0 = Monday), written in
/// full with a capital ("Saturday", "Saturday night"), outside a clause
/// that makes it background ([`background_date`]).
pub(super) fn lead_names_weekday(m: &Member<'_>, wd: u32) -> bool {
    let lead = m.text.get(..m.lead_end).unwrap_or("");
    words_at(lead).any(|(start, word)| {
        let full = word.starts_with(char::is_uppercase)
            && word.len() > 5
            && crate::lex::words::weekday(&word.to_lowercase())
                .is_some_and(|(d, ambiguous)| d == wd && !ambiguous);
        full && !background_date(m.text, start, start + word.len())
    })
}

/// The runs of letters of a text with the byte each starts at.
pub(super) fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.char_indices()
        .filter(move |&(i, c)| {
            c.is_alphabetic()
                && text
                    .get(..i)
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|p| !p.is_alphabetic())
        })
        .map(move |(i, _)| {
            let rest = text.get(i..).unwrap_or("");
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            (i, rest.get(..len).unwrap_or(""))
        })
}

/// The documents stating one day, those stating it in their lead, and
/// where it is first stated (document position, byte).
#[derive(Default)]
pub(super) struct Support<'a> {
    docs: BTreeSet<&'a str>,
    lead_docs: BTreeSet<&'a str>,
    first: Option<(usize, usize)>,
}

impl<'a> Support<'a> {
    fn add(&mut self, doc: &'a str, in_lead: bool, at: (usize, usize)) {
        self.docs.insert(doc);
        if in_lead {
            self.lead_docs.insert(doc);
        }
        self.first = Some(self.first.map_or(at, |f| f.min(at)));
    }

    /// Greater is better: more documents stating it in their leads, then
    /// more documents, then stated first.
    fn rank(&self) -> (usize, usize, std::cmp::Reverse<(usize, usize)>) {
        (
            self.lead_docs.len(),
            self.docs.len(),
            std::cmp::Reverse(self.first.unwrap_or((usize::MAX, usize::MAX))),
        )
    }
}
