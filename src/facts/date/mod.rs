//! Date extraction from news text, with byte spans into the original text.
//!
//! Consumes a document's original text and its [`ExtractContext`] (the
//! publication date, if known); produces [`Fact`]s of kind
//! [`FactKind::Date`] whose values follow CONTRACT.md: `2023-12-06`,
//! `2023-12`, `2023`, `2023-W49`, `2023-Q4`, intervals `a/b` with both ends
//! inclusive and `..` for an open end, `--12-06` for a month-day of unknown
//! year. Relative expressions ("yesterday", "on Monday", "last month")
//! resolve against the publication date and always carry `relative` (the
//! lower-cased expression); with no publication date their value is null.
//! Also parses publication dates from metadata ([`parse_published`]) and
//! from a dateline at the top of an article ([`published_from_text`]).
//!
//! Layout: `grammar.rs` holds the matcher over `lex` tokens and the
//! calendar references rules produce; `rules/` one file per family of
//! expressions (numeric dates, month first, day first, weekdays and their
//! modifiers, relative words and periods, parts of periods, quarters and
//! fiscal years, weeks, years and decades, holidays, seasons), each rule a
//! named value with its examples, all run by one table-driven test;
//! `combine.rs` ranges and open intervals around them; `tense.rs` the
//! tense of a clause; `resolve.rs` the choice of occurrence; `holidays.rs`
//! and `astro.rs` the feasts; `value.rs` the values and their ISO forms;
//! `stamp.rs` publication stamps.
//!
//! Guarantees: time linear in the text length (a tokenizer, then a matcher
//! whose every pattern looks a bounded number of tokens ahead); never
//! panics on any `&str`; spans lie on character boundaries; output is
//! deterministic and sorted by span.
//!
//! Rules, for users:
//! - **Numeric dates** `a/b/c`, `a-b-c`, `a.b.c`: month/day/year where the
//!   locale writes so (US, Canada, the Philippines; the default), else
//!   day/month/year (Britain, Ireland, Australia, New Zealand, India, …);
//!   either way the reading that is no date gives way ("25/12" is December
//!   25 in New York). `yyyy-mm-dd` and `yyyy/mm/dd` are year first. Two-digit
//!   years are 20yy when that is at most 20 years after publication (2050
//!   without a publication date), else 19yy. A bare `a/b` is month/day (or
//!   day/month by the same rule) only with a slash, and not when it looks
//!   like a fraction (`1/2`, `3/4`: first below second, second ≤ 10) or is
//!   "24/7" (round the clock; "24/07" is a date).
//! - **Bare years** count only in context: after a preposition ("in 2023",
//!   "since 2014", "by 2030"), with a possessive ("2023's"), before an event
//!   noun ("the 2024 election"), used as an adjective before a singular
//!   noun ("a 2012 car crash", "the 2005 murder", "the 2011 NFL playoffs";
//!   1900–2099), as "year 2008", in ranges ("2014-2018") or with a month.
//!   "2,000" or "2000 people" is not a date. The quarters and halves of a
//!   game ("late in the fourth quarter", in a clause of touchdowns and
//!   points) are no periods of the year.
//! - **A date without a year, a bare weekday or a holiday** resolves
//!   against the publication date, news first, by the tense of its clause:
//!   the nearest cue read with its verb group. Past ("said", "was", "-ed"
//!   verbs, "ago") → the most recent occurrence (for month-days, one up to
//!   a third as far ahead wins over a past one: "said the vote on March 3"
//!   in January is this March); future ("will", "is due", "scheduled",
//!   "next", and a past participle after a future auxiliary: "will be
//!   held", "is to be voted") or no cue at all (headlines, schedule lines)
//!   → the next occurrence; relative to another event (an infinitive:
//!   "preparing for the measures to be voted on Thursday") → the nearest
//!   one. The publication's own weekday is that day, in every tense (news
//!   names the day of publication by its name). A stated
//!   weekday picks the year in which the date falls on it ("Fri, Jul 18"),
//!   among the years on the side the tense allows (past cue: on or before
//!   publication; future cue: on or after; no cue: either); when it fits
//!   none of them it is taken for a slip and ignored.
//!   A reporting verb after a comma (", aides said") dates the statement,
//!   not the event: it is a cue only when the sentence has no other.
//!   A decimal point ("3.9%") or the full stop of an initial or abbreviation
//!   ("U.S.", "Nov.") does not end the sentence for this search.
//! - **A year-less range** ("from May to September", "between 10/1 and
//!   11/7") picks its occurrence as a whole by the same rule, so a range
//!   that holds the publication day is the current one.
//! - **A shifted year-less anchor** ("a year from Christmas", "30 days
//!   after March 1") applies the occurrence rule to the shifted day, not to
//!   the anchor: in February "a year from Christmas" is the coming one.
//! - **this / next / last + weekday** is that weekday of the current /
//!   following / previous Monday-to-Sunday week; "this past" and "this
//!   coming" are the nearest one before / after publication.
//! - **Parts**: beginning of a month = days 1–10, end = 21–end, early =
//!   1–15, late = 16–end, mid = 11–20; of a year: beginning Jan–Apr, end
//!   Sep–Dec, early/first half Jan–Jun, late/second half Jul–Dec, mid
//!   May–Aug; of a week: beginning/early Mon–Wed, end Fri–Sun, late
//!   Thu–Sun, mid Tue–Thu; of a decade: early 0–3, mid 3–6, late 7–9.
//! - **Counted spans**: "the past N days/weeks/months/years" = the N units
//!   of days ending the day before publication; "the next N …" start the
//!   day after; decades and centuries count whole units ("the past two
//!   decades" in 2016 = 1990/2009). "N units ago" / "in N units" are days,
//!   except that a count of years back alone is the year, as a reader of news
//!   takes it ("two years ago" in March 2013 is 2011), unless it is the
//!   base of a comparison ("4% higher than a year ago": the day). A hedge
//!   makes an offset approximate ("nearly a month ago": qualifier
//!   `approx`, the week after the day a month back).
//!   Weeks, months and years are deliberately *not* counted in whole
//!   calendar units (Duckling's convention, "last 2 weeks" = the two
//!   previous Monday weeks): news uses "in the past two weeks" for the
//!   fourteen days up to the report, which is also Recognizers-Text's
//!   reading; quarters, decades and centuries are whole units.
//!   "In N units" after a superlative or "first" ("the worst drought in
//!   500 years", "the first decline in 18 months") looks back and is no
//!   date, unless the sentence is in the future ("will hold its first
//!   meeting in two weeks").
//!   "More than 3 weeks ago" is everything before that day (`../day-1`),
//!   "more than a month from now" everything after; "less than a week ago"
//!   runs from the day after that day to publication, "less than 10 days
//!   from now" / "after tomorrow" from the base day to the day before.
//! - **Weeks** are Monday to Sunday; "week 49" and "the Nth week of 2015"
//!   are ISO weeks; "the Nth week of October" is the week containing day
//!   1 + 7(N−1), "the last week of July" the last full week in July. "The
//!   week of DATE" is the week holding DATE, except that a Sunday names the
//!   week it opens (US reckoning): the Monday week after it. "The third
//!   month of 2021" is 2021-03.
//! - **Numeric months**: `2016-11`, `11/2016`, `11-2016`, `2016 - 11` (a dash
//!   only with a year 1900–2099; spaced, not before a noun); `2011-12` before "season", "fiscal", "school",
//!   "academic", "budget" … is the two-year span 2011/2012. "Fiscal
//!   2025", "fiscal year 2025", "FY2025", "FY25" are the named year (where
//!   a fiscal year starts differs by organisation and is not guessed).
//!   Dotted forms (`2015.3`, `5.12`) are not dates: in news they are
//!   index values and prices.
//! - **Ranges** ("June 13–14", "from March to May 2020", "between 2010 and
//!   2015") include both ends; a year stated on one end applies to the
//!   other ("Nov–Feb 2017" is 2016-11/2017-02).
//! - **Ranges** are read inclusively in every linguistic form ("June
//!   13–14", "from May to September", "between 2015 and 2018", "4 till 22
//!   this month"): English news means both ends, and no form separates the
//!   exclusive-end convention of some annotated corpora (Recognizers-Text
//!   ends a range on the day *before* the stated end; Duckling includes it)
//!   from the inclusive one.
//! - **Counted stretches**: "within 5 days" is the publication day and the
//!   four after it; "for 10 days from 18 Dec" / "3 days starting next
//!   Monday" run from the start day for the stated length; compound
//!   lengths add up ("2 years 1 month 21 days later", "the last 3 months
//!   and 2 weeks"); "the next 4 business days" count Monday–Friday only.
//! - **Shorthand**: BOM / EOM / BOY / EOY (in capitals) are the beginning /
//!   end of the current month or year; seasons use fixed days (spring 19
//!   March–20 June, summer 21 June–23 September, autumn 24 September–20
//!   December, winter 21 December–18 March).
//! - **Holidays** by rule, the locale's where countries differ
//!   (Thanksgiving is the second Monday of October in Canada, Labour Day
//!   the first Monday of October in Australia and the fourth in New
//!   Zealand, Mother's Day Mothering Sunday in Britain and Ireland, …; US
//!   conventions by default; see `local_holidays::LOCAL_HOLIDAYS`): fixed days, nth weekdays, "the Monday before 25
//!   May" (Victoria Day), nearest weekdays, Easter (Gregorian computus) and
//!   Orthodox Easter (Julian computus) feasts, and the calendars of
//!   `astro.rs`: the exact Hebrew calendar (a feast starts on its eve, the
//!   Gregorian day whose sunset opens it: Yom Kippur 2018 is 2018-09-18),
//!   Islamic feasts by an Umm al-Qura approximation (new moon before
//!   sunset in Mecca; the tabular calendar drifts a day or two), Chinese
//!   New Year from astronomical new moons and the winter solstice (UTC+8),
//!   Indian solar festivals from the sun's sidereal longitude (Lahiri).
//!   "Thanksgiving in a year" is the next year's; "tax day" and "Super
//!   Tuesday" follow the US rules. "HOLIDAY weekend" ("Labor Day weekend",
//!   "Halloween weekend 2021", "Labor Day 2021 weekend") is the weekend a
//!   one-day holiday belongs to: Saturday–Monday for a Monday holiday,
//!   Friday–Sunday for a Friday, Thursday–Sunday for a Thursday
//!   (Thanksgiving), the Saturday–Sunday around a weekend day and the one
//!   before a Tuesday or Wednesday.
//!
//! - **Observances** (`observances.rs`: Arbor Day, Pearl Harbor Remembrance
//!   Day, Canberra Day, NAIDOC Week, …) by the same rules, read only
//!   capitalised, with a year or in context. A holiday after "the
//!   holiday / feast / festival / day of" or before a verb that places it
//!   ("falls", "lands", "begins") is the day, not a modifier.
//! - **A month before a figure reported for it** ("put February inflation
//!   at", "March payrolls", "May retail sales") is the nearest such month,
//!   one not yet begun counting twice as far, whatever the tense.
//! - **"a" + weekday** ("falls on a Wednesday", "on a Friday night in
//!   June") is no one date, unless the weekday modifies the noun after it
//!   ("in a Friday statement").
//! - **N units before / after a period** that are whole periods keep its
//!   grain: "six months after January 2020" is 2020-07.
//! - **Narrated time** ("the next day", "the previous night", "the day
//!   before" ending a clause, "that day", "that week", "the same day",
//!   "later that day", "earlier in the day", "two days later", "a year
//!   earlier" outside a comparison) counts from the last day, week, month
//!   or year the text stated within about two sentences before it, not
//!   from publication: "Felt died on Thursday. The following day …" is
//!   that Friday. A day counted so is the story's time after it ("arrested
//!   two days later … confessed the following day" is the day after the
//!   arrest), but the same words again name the same day ("the previous
//!   day … the previous day's shooting"). A count of days reaches back
//!   past a coarser period ("in 1987") to the last day told within about
//!   a short story's length; "the day after 1 March" counts from the date
//!   it names. With no such date, or one too coarse ("that day" after "in
//!   2005" and no day before), the expression is a date of null value.
//! - **A league's season** ("last season", "this season", "next season"
//!   in a sports story) is a year or, for a league that plays across the
//!   new year, two years ("2018/2019"): the sport's words and the locale
//!   tell which; a US or Canadian story that names no sport keeps it null.
//! - **A long, holiday, bank holiday or festive weekend** is the weekend of
//!   the holiday the text names nearest (by name, or the day of a
//!   fixed-date holiday: "July 4"), with its day off (the Monday after a
//!   weekend holiday, the Friday before a Saturday one in the US); null
//!   with no holiday in reach.
//! - **Lists of years** after a year in context ("in 1994, 1996, 1999 and
//!   2002") are years each; a year between a determiner and a name ("the
//!   2007 Oscars") is one too.
//!
//! - **A count before a singular unit** is the one unit that many away
//!   ("the upcoming two week" is the second week ahead, "two upcoming
//!   day" the day after tomorrow); the plural is the span ("the next two
//!   weeks"), and the count comes first only before "upcoming" ("we will
//!   be 3 next week" counts people).
//! - **Year-end, midyear** are the end (September–December) and middle
//!   (May–August) of the year the tense picks, as for a year-less date;
//!   "the 1999 first quarter" and "the final quarter" are quarters.
//!
//! Deliberately not dates (precision on news text): a bare "the day", "the
//! week", "the month", "the year" ("partner of the month", "to this day"),
//! "the day after" followed by a clause ("the day after he lost his job":
//! an event no date names), abbreviated weekdays standing alone ("Sun" is
//! a newspaper), Duckling's "two upcoming weeks" = the second week ahead.
//!
//! Known differences with the annotated corpora (measured on the dev set,
//! left on purpose): Recognizers-Text ends ranges on the day *before* the
//! stated end and starts "after X" on X; country-specific holidays
//! (Labour Day, Thanksgiving, Father's Day in AU/CA/NZ/IE/IN/PH …) and
//! day/month numeric dates need a locale the input does not carry (US
//! default); Duckling's "for 10 days from 18 Dec" counts 11 days;
//! predicted lunar feasts decades ahead ("Ramadan 2046") can differ by a
//! day, as the sighting rule itself does.
use super::{CivilDate, ExtractContext, Fact, FactKind, FactValue};
use crate::document::Span;

mod astro;
mod combine;
mod feasts;
mod gate;
mod grammar;
mod holidays;
mod local_holidays;
mod observances;
mod open_words;
mod period_end;
mod present;
mod resolve;
mod rules;
mod stamp;
mod story;
mod tense;
mod value;

pub use value::{DateValue, Grain, Period, OPEN_END, OPEN_START};

use crate::lex::calendar::valid;
use grammar::P;

fn day_of(c: &CivilDate) -> Option<i64> {
    c.day()
}

fn civil(z: i64) -> CivilDate {
    CivilDate::from_day(z)
}

struct Found {
    start: usize,
    end: usize,
    val: DateValue,
    rel: bool,
    /// A hedge on the date ("nearly a month ago").
    approx: bool,
}

fn scan(text: &str, published: Option<CivilDate>) -> Vec<Found> {
    scan_tokens_at(text, &crate::lex::Tokens::new(text), published)
}

/// [`scan`] over the tokens of `text`, made by the caller.
fn scan_tokens_at(
    text: &str,
    toks: &crate::lex::Tokens,
    published: Option<CivilDate>,
) -> Vec<Found> {
    let ctx = ExtractContext {
        published,
        ..Default::default()
    };
    scan_tokens(text, toks, &ctx)
}

fn scan_tokens(text: &str, toks: &crate::lex::Tokens, ctx: &ExtractContext) -> Vec<Found> {
    let published = ctx.published;
    let p = P::new(text, toks, published.as_ref().and_then(day_of), ctx.locale);
    scan_until(&p, toks.len())
}

/// The dates of the tokens before `until`, in text order; each stated
/// period becomes the anchor of the expressions that count from the
/// narrated time ("the next day").
fn scan_until(p: &P<'_>, until: usize) -> Vec<Found> {
    scan_gated(p, until, true)
}

/// [`scan_until`], with the tokens that can open no date skipped
/// ([`P::may_open`]) when `gated`; without the gate every token is tried
/// (the reference the gate is checked against).
fn scan_gated(p: &P<'_>, until: usize, gated: bool) -> Vec<Found> {
    let toks = p.t;
    let mut out = Vec::new();
    let mut i = 0;
    while i < until.min(toks.len()) {
        if gated && !p.may_open(i) {
            i += 1;
            continue;
        }
        if let Some((end, val)) = p.hedged_offset(i) {
            if end > i && end <= toks.len() && val.ok() {
                out.push(Found {
                    start: toks[i].start,
                    end: toks[end - 1].end,
                    val,
                    rel: true,
                    approx: true,
                });
                i = end;
                continue;
            }
        }
        if let Some(a) = p.anchor.get() {
            p.anchor.set(Some(grammar::Anchor { read: false, ..a }));
        }
        if let Some((end, val, rel)) = p.top(i) {
            let end = p.day_part_end(end, &val);
            if end > i && end <= toks.len() && val.ok() && (rel || val != DateValue::Unresolved) {
                // a stated period becomes the anchor; a period counted from
                // the anchor leaves it in place, a day counted from it
                // takes its place
                let read = p.anchor.get().filter(|a| a.read);
                match (val, read) {
                    (DateValue::Unit(period), None) => p.anchor.set(Some(grammar::Anchor {
                        end,
                        period,
                        read: false,
                        stated: period.g == value::Grain::Day && p.writes_year(i, end),
                        counted_from: None,
                    })),
                    // a day counted from the anchor: the story moves on to it
                    (DateValue::Unit(period), Some(a))
                        if period.g == value::Grain::Day && period != a.period =>
                    {
                        p.anchor.set(Some(grammar::Anchor {
                            end,
                            period,
                            read: false,
                            stated: false,
                            counted_from: Some((i, a.period)),
                        }))
                    }
                    _ => {}
                }
                if let Some(a) = p.anchor.get() {
                    if a.end == end && a.period.g == value::Grain::Day {
                        p.day_anchor.set(Some(a));
                    }
                }
                out.push(Found {
                    start: toks[i].start,
                    end: toks[end - 1].end,
                    val,
                    rel,
                    approx: false,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Extracts every date expression of `text`, sorted by span.
pub fn extract(text: &str, ctx: &ExtractContext) -> Vec<Fact> {
    extract_tokens(text, &crate::lex::Tokens::new(text), ctx)
}

/// [`extract`] over the tokens of `text` (made by
/// [`Tokens::new`](crate::lex::Tokens::new)).
pub fn extract_tokens(text: &str, toks: &crate::lex::Tokens, ctx: &ExtractContext) -> Vec<Fact> {
    scan_tokens(text, toks, ctx)
        .into_iter()
        .filter_map(|f| {
            let span_text = text.get(f.start..f.end)?;
            let mut fact = Fact::new(
                FactKind::Date,
                Span::new(f.start, f.end),
                FactValue::Date(f.val),
            );
            if f.rel || f.val == DateValue::Unresolved {
                fact.relative = Some(span_text.to_lowercase());
            }
            if f.approx {
                fact.qualifier = Some(super::Qualifier::Approx);
            }
            Some(fact)
        })
        .collect()
}

/// Parses a publication date from metadata: ISO 8601 (`2013-02-12`,
/// `2013-02-12T04:30:00-02:00`, `2024-08-31 10:00`), RFC 2822 (`Tue, 12 Feb
/// 2013 04:30:00 +0000`) or a written date ("August 31, 2024"). The date
/// part is taken as written (no time-zone conversion).
pub fn parse_published(s: &str) -> Option<CivilDate> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    if b.len() >= 10 && matches!(b.get(4), Some(b'-' | b'/')) && b.get(7) == b.get(4) {
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let rest_ok = b.len() == 10 || matches!(b.get(10), Some(b'T' | b't' | b' ' | b'Z'));
        if rest_ok && valid(y as i32, m, d) {
            return Some(CivilDate {
                year: y as i32,
                month: m as u8,
                day: d as u8,
            });
        }
        return None;
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        let (y, m, d) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
        return valid(y as i32, m, d).then_some(CivilDate {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        });
    }
    // RFC 2822 and written dates: the first full date with a stated year.
    scan(s.get(..s.len().min(200)).unwrap_or(""), None)
        .into_iter()
        .find_map(|f| match f.val {
            DateValue::Unit(p) if p.g == value::Grain::Day && !f.rel => Some(civil(p.d)),
            _ => None,
        })
}

/// Finds the publication date in an article's head: a leading `date
/// 2024-08-31` line, a wire dateline ("WASHINGTON, Dec. 6, 2023 —"), a
/// stamp line ("PUBLISHED: MONDAY, MARCH 11, 2013, 2:29 PM", "Posted on
/// December 23, 2012, 4:42 PM EDT", "Story Created: Aug 7, 2012 at 9:56 AM",
/// "on Tuesday, 16 December 2008 13:45.", "4/4/2012 @ 10:05AM"); a
/// dateline without a year counts only when a year is given on the same
/// line ("Washington DC \[US\], August 31 : …" has none). Looks at the
/// first six non-empty lines within 600 bytes. A publication stamp wins
/// over an "Updated" one. Returns the date and its span.
pub fn published_from_text(text: &str) -> Option<(CivilDate, Span)> {
    Stamps::of(text).published()
}

/// The publication stamps of one article (datelines, "Published / Updated
/// / Posted" lines, bare date lines at its head; further down, lines a
/// stamp label opens: "[downloaded on 2 October 2013]"), found once per
/// document: the pipeline reads the publication date from them
/// ([`Stamps::published`]) and hands the same value to
/// [`crate::facts::extract_stamped`], which marks them as datelines, so the
/// head of an article is scanned once.
#[derive(Debug, Clone, Default)]
pub struct Stamps(Vec<stamp::Stamp>);

impl Stamps {
    /// The stamps of `text`, in text order.
    pub fn of(text: &str) -> Stamps {
        Stamps(stamp::stamps(text))
    }

    /// The publication date the stamps of the head give, with its span:
    /// the first publication stamp naming a full day, else the first such
    /// "Updated" one ([`published_from_text`]); when a saved copy was read
    /// ("[downloaded on 2 October 2013]") is no publication date.
    pub fn published(&self) -> Option<(CivilDate, Span)> {
        use crate::lex::words::StampLabel;
        let of = |label: StampLabel| self.0.iter().filter(move |s| s.head && s.label == label);
        of(StampLabel::Publication)
            .chain(of(StampLabel::Update))
            .find_map(|s| Some((s.date?, Span::new(s.start, s.end))))
    }

    /// Each stamp, in text order.
    pub(crate) fn all(&self) -> &[stamp::Stamp] {
        &self.0
    }
}

/// In tests, the text of every example of every date rule, brackets
/// taken out.
#[cfg(test)]
pub(crate) fn example_texts() -> Vec<String> {
    rules::all()
        .flat_map(|r| r.examples.iter())
        .map(|(text, _, _)| text.replace(['[', ']'], ""))
        .collect()
}

#[cfg(test)]
mod tests;
