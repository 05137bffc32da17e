//! Seasons (northern hemisphere, fixed days near the solstices and
//! equinoxes): "this summer", "last winter", "summer 2024", "the fall of
//! 2019", "this season" (unless the clause is about a game: "scored 20
//! goals this season" is a league's season, a date left unresolved; and
//! a bare "last season" or "next season" elsewhere is an activity's
//! season, a show's or a harvest's, not read as a date).

use super::super::grammar::*;
use super::super::resolve::Mode;
use super::super::tense::Tense;
use super::super::value::{day_range, DateValue};
use super::league::league_word;
use super::topic::sports_word;
use super::{Rule, Starts};
use crate::lex::calendar::*;
use crate::lex::Kind;
use crate::lex::Region;

impl P<'_> {
    /// Seasons (northern hemisphere, fixed days near the solstices and
    /// equinoxes: spring 19 March–20 June, summer 21 June–23 September,
    /// autumn 24 September–20 December, winter 21 December–18 March):
    /// "this summer", "last
    /// winter", "summer 2024", "the fall of 2019", "this season".
    pub(crate) fn season(&self, i: usize) -> Option<M> {
        if let Some(r) = self.league_season(i) {
            return Some(r);
        }
        let mut k = i;
        let mut mode = None;
        match self.w(k) {
            // "this past summer": the latest one mostly over ("this past
            // winter" in mid-March is the winter now ending)
            "this" if self.is(k + 1, "past") => {
                mode = Some(Mode::ThisPast);
                k += 1;
            }
            "this" | "current" => mode = Some(Mode::This),
            "next" | "coming" | "upcoming" => mode = Some(Mode::Next),
            "last" | "past" | "previous" => mode = Some(Mode::Last),
            "the" => {}
            _ => k = k.wrapping_sub(1),
        }
        k = k.wrapping_add(1);
        let w = self.w(k);
        let which: Option<u32> = match w {
            "spring" => Some(0),
            "summer" => Some(1),
            "autumn" | "fall" => Some(2),
            "winter" => Some(3),
            "season" | "seasons" => None,
            _ => return None,
        };
        let mut end = k + 1;
        let mut year = None;
        let mut j = end;
        if self.is(j, "of") || self.is(j, "in") {
            j += 1;
        }
        let mut rel_year = false;
        if let Some((y, e)) = self.year(j, false) {
            year = Some(y);
            end = e;
        } else if let Some((y, e)) = self.rel_year_after(end).filter(|_| mode.is_none()) {
            // "the summer of last year", "the spring two years ago"
            year = Some(y);
            end = e;
            rel_year = true;
        } else if (self.p(j, "'") || self.p(j, "’"))
            && self.numtok(j + 1).is_some_and(|t| t.ndig == 2)
            && self.adj(j + 1)
            && !(self.adj(j + 2) && self.t.get(j + 2).is_some_and(|t| t.kind != Kind::Sym))
        {
            // "summer '22", "the summer of '69": a clipped year
            let t = self.numtok(j + 1)?;
            year = Some(self.expand_yy(t.num as i32));
            end = j + 2;
        }
        // "the winter of 2010-11": the winter that spans the two years
        let spans_new_year = Reckoning::of(self.locale.region).spans_new_year();
        if let (Some(y), true) = (year, which == Some(spans_new_year)) {
            if (self.p(end, "-") || self.p(end, "/"))
                && self
                    .numtok(end + 1)
                    .is_some_and(|t| t.ndig == 2 && t.num as i32 == (y + 1).rem_euclid(100))
                && self.adj(end + 1)
            {
                end += 2;
            }
        }
        if which.is_none() && (year.is_some() || mode.is_none()) {
            return None;
        }
        // "20 goals this season", "the team's last season": a bare season
        // in a clause about a game is a league's season, not a quarter of
        // the year (told from publication, [`P::league_season`] reads it)
        if which.is_none() && (self.sports_clause(i, end) || self.sports_copy()) {
            return None;
        }
        // "last season" of a show, a harvest, the flu, the tourist trade:
        // a bare season told back or ahead is the season of an activity,
        // seldom a quarter of the year ("this season" stays the current
        // one, whichever it is)
        if which.is_none() && mode != Some(Mode::This) {
            return None;
        }
        if mode.is_none()
            && year.is_none()
            && !(self.is(i, "the") && which.is_some() && (self.cap(k) || self.told_season(i, k)))
        {
            return None;
        }
        let reckoning = Reckoning::of(self.locale.region);
        let bounds = |y: i32, s: u32| reckoning.bounds(y, s);
        if let Some(y) = year {
            let (a, b) = bounds(y, which.unwrap_or(0));
            let v = Cal::V(day_range(a, b));
            return if rel_year { mr(end, v) } else { m(end, v) };
        }
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let py = civil_from_days(z).0;
        let mut cands: Vec<(i64, i64)> = Vec::new();
        for y in py - 2..=py + 1 {
            for s in 0..4 {
                if which.is_none_or_eq(s) {
                    cands.push(bounds(y, s));
                }
            }
        }
        let mode = mode.unwrap_or(Mode::Plain);
        let idx = if mode == Mode::This {
            match which {
                None => cands.iter().position(|c| c.0 <= z && z <= c.1),
                Some(w) if w == spans_new_year => cands
                    .iter()
                    .position(|c| c.0 <= z && z <= c.1)
                    .or_else(|| cands.iter().position(|c| civil_from_days(c.0).0 == py)),
                Some(_) => cands.iter().position(|c| civil_from_days(c.0).0 == py),
            }
        } else {
            // "asked the developer to extend the consultation into the
            // autumn": a time set ahead in a past clause, the nearest one
            let t = match self.tense(i, end) {
                Tense::Past if self.sets_a_schedule(i, end) => Tense::Nearest,
                t => t,
            };
            self.pick(&cands, mode, t, false)
        };
        let c = cands.get(idx?)?;
        mr(end, Cal::V(day_range(c.0, c.1)))
    }
}

impl P<'_> {
    /// A league's season told from publication in a clause about a game:
    /// "won two games last season", "a comeback this season", "lost 14
    /// the previous season", "the following season". A time of the story
    /// (so a figure told with it is of another time than the game at
    /// hand); which months a league plays differs by sport and country
    /// ([`P::league`]), and its value is left unresolved when the story
    /// does not tell the calendar or the season counts from another.
    fn league_season(&self, i: usize) -> Option<M> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        if !matches!(
            self.w(k),
            "this"
                | "current"
                | "last"
                | "previous"
                | "past"
                | "prior"
                | "next"
                | "coming"
                | "upcoming"
                | "following"
        ) || !self.is(k + 1, "season")
        {
            return None;
        }
        if !self.sports_clause(i, k + 2) && !self.sports_copy() {
            return None;
        }
        // rule `league_season_from_publication`: "this season", "last
        // season", "next season", "the current season", "the coming
        // season" count from publication in the league's calendar;
        // "the previous|following season" count from a season the story
        // told, and "the last season" may be a career's final one
        let off = match (k > i, self.w(k)) {
            (false, "this") | (true, "current") => Some(0),
            (false, "last") => Some(-1),
            (false, "next") | (true, "coming" | "upcoming") => Some(1),
            _ => None,
        };
        let v = off
            .zip(self.pub_day)
            .zip(self.league())
            .and_then(|((off, z), l)| Self::league_season_at(l, z, off))
            .unwrap_or(DateValue::Unresolved);
        mr(k + 2, Cal::V(v))
    }

    /// Whether the text is a game's report: [`SPORTS_COPY`] different
    /// words of games in it ("touchdowns", "coach", "playoffs", "NFL").
    /// Its "this season" is a league's even in a clause that names no
    /// game ("who has had six carries this season").
    pub(super) fn sports_copy(&self) -> bool {
        *self.sports_copy.get_or_init(|| {
            let mut seen: Vec<&str> = Vec::new();
            for k in 0..self.t.len() {
                let w = self.w(k);
                if (sports_word(w) || league_word(w)) && !seen.contains(&w) {
                    seen.push(w);
                    if seen.len() >= SPORTS_COPY {
                        return true;
                    }
                }
            }
            false
        })
    }

    /// "in the summer", "during the winter" in a clause of a told past or
    /// future (the season word at `k`, "the" at `i`): that season by the
    /// tense. Not "the fall" (a drop, a collapse), not "the spring of
    /// life", and not in the present tense ("tourists come in the summer"
    /// is every summer).
    fn told_season(&self, i: usize, k: usize) -> bool {
        i > 0
            && matches!(
                self.w(i - 1),
                "in" | "during"
                    | "over"
                    | "through"
                    | "throughout"
                    | "since"
                    | "until"
                    | "by"
                    // "extend the consultation into the autumn", "ahead of
                    // the summer", "took most of the summer"
                    | "into"
                    | "of"
                    | "for"
                    | "before"
                    | "after"
            )
            && self.w(k) != "fall"
            && !self.is(k + 1, "of")
            && !(self.p(k + 1, "-") && self.adj(k + 1))
            && matches!(self.tense(i, k + 1), Tense::Past | Tense::Future)
    }
}

/// How a locale's seasons fall in the calendar. US and Canadian news
/// (and the reference data of this crate) count seasons from the
/// solstices and equinoxes; elsewhere a season is three whole months
/// (the weather services' reckoning), and south of the equator summer is
/// December to February. Philippine "summer" is the March-May dry season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reckoning {
    /// Solstices and equinoxes, northern: spring 19 March–20 June,
    /// summer 21 June–23 September, autumn 24 September–20 December,
    /// winter 21 December–18 March.
    Astronomical,
    /// Whole months, northern: spring March-May, summer June-August,
    /// autumn September-November, winter December-February.
    Months,
    /// Whole months, southern: summer December-February, autumn
    /// March-May, winter June-August, spring September-November.
    SouthernMonths,
    /// The Philippines: summer the March-May dry season, the rest as
    /// [`Reckoning::Months`].
    DrySummer,
}

impl Reckoning {
    fn of(region: Region) -> Reckoning {
        match region {
            Region::Us | Region::Ca => Reckoning::Astronomical,
            Region::Au | Region::Nz | Region::Za => Reckoning::SouthernMonths,
            Region::Ph => Reckoning::DrySummer,
            _ => Reckoning::Months,
        }
    }

    /// The season (0 spring, 1 summer, 2 autumn, 3 winter) that runs
    /// from one year into the next.
    fn spans_new_year(self) -> u32 {
        if self == Reckoning::SouthernMonths {
            1
        } else {
            3
        }
    }

    /// First and last day of season `s` (0 spring, 1 summer, 2 autumn, 3
    /// winter) that begins in year `y`.
    fn bounds(self, y: i32, s: u32) -> (i64, i64) {
        let months = |m: u32| {
            let (y2, m2) = if m + 2 > 12 {
                (y + 1, m + 2 - 12)
            } else {
                (y, m + 2)
            };
            (
                days_from_civil(y, m, 1),
                days_from_civil(y2, m2, month_len(y2, m2)),
            )
        };
        match (self, s) {
            (Reckoning::Astronomical, 0) => (days_from_civil(y, 3, 19), days_from_civil(y, 6, 20)),
            (Reckoning::Astronomical, 1) => (days_from_civil(y, 6, 21), days_from_civil(y, 9, 23)),
            (Reckoning::Astronomical, 2) => (days_from_civil(y, 9, 24), days_from_civil(y, 12, 20)),
            (Reckoning::Astronomical, _) => {
                (days_from_civil(y, 12, 21), days_from_civil(y + 1, 3, 18))
            }
            (Reckoning::SouthernMonths, 0) => months(9),
            (Reckoning::SouthernMonths, 1) => months(12),
            (Reckoning::SouthernMonths, 2) => months(3),
            (Reckoning::SouthernMonths, _) => months(6),
            (Reckoning::DrySummer, 1) => months(3),
            (_, 0) => months(3),
            (_, 1) => months(6),
            (_, 2) => months(9),
            (_, _) => months(12),
        }
    }
}

/// Different words of games that make a text a game's report.
const SPORTS_COPY: usize = 4;

/// The season rule.
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "this|next|last <season>, <season> year",
    run: |p, i, _| p.season(i),
    starts: Starts {
        classes: super::SHIFT,
        words: &[
            "the", "spring", "summer", "autumn", "fall", "winter", "season", "seasons",
        ],
    },
    examples: &[
        (
            "Wells ran dry in [the summer of last year].",
            "2024-03-20",
            "2023-06-21/2023-09-23",
        ),
        (
            "The pier was rebuilt in [the autumn two years ago].",
            "2024-03-20",
            "2022-09-24/2022-12-20",
        ),
        (
            "Crops failed [last summer].",
            "2024-03-20",
            "2023-06-21/2023-09-23",
        ),
        (
            "The tour resumes in [summer 2024].",
            "-",
            "2024-06-21/2024-09-23",
        ),
        (
            "Talks may resume in [the fall of 2019].",
            "-",
            "2019-09-24/2019-12-20",
        ),
        (
            "Ticket sales slumped in [summer '21].",
            "2024-03-20",
            "2021-06-21/2021-09-23",
        ),
        (
            "Snow closed the pass all through [the winter of 2017-18].",
            "-",
            "2017-12-21/2018-03-18",
        ),
        (
            "The club won just three games [last season].",
            "2014-11-02",
            "null",
        ),
        (
            "The striker scored nine goals in [the previous season].",
            "2019-03-09",
            "null",
        ),
        (
            "The Jets lost in overtime. The coach said the defense had improved, and the playoffs are close. Two players have spent time on other teams [this season].",
            "2011-01-05",
            "null",
        ),
        (
            "The plant closed in [the summer], the union said.",
            "1998-02-10",
            "1997-06-21/1997-09-23",
        ),
        (
            "Work on the dam will start in [the spring].",
            "1998-02-10",
            "1998-03-19/1998-06-20",
        ),
    ],
}];
