//! A league's season as a span of the calendar: "last season", "this
//! season", "next season" in a sports story. Which months a league plays
//! decides it: a competition that straddles the new year (European
//! football, basketball, ice hockey, Australian summer cricket) has
//! seasons of two years ("2016/2017"); one played within a year (Australian
//! football, rugby league, baseball) has seasons of one. The sport words
//! of the article tell which, and the locale when they do not (football in
//! Britain straddles, in Australia it does not); a US or Canadian story
//! whose words name no sport keeps the season unresolved.

use super::super::grammar::P;
use super::super::value::{DateValue, Period};
use crate::lex::calendar::*;
use crate::lex::Region;

/// How a league's seasons fall in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum League {
    /// Played within one calendar year.
    Year,
    /// Straddles the new year, starting in the given month (a season is
    /// named from that month on; before it, the one under way since the
    /// year before).
    Straddles(u32),
}

/// The sport families whose words tell a league's calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sport {
    /// Association football ("striker", "midfielder", "relegation").
    Soccer,
    /// Basketball and ice hockey: winter leagues of North America.
    Winter,
    /// Baseball and the football codes played in one year (Australian
    /// rules, rugby league).
    Summer,
    /// Cricket: a summer game, whose southern summer straddles the year.
    Cricket,
}

/// The family a word of a sports story names, if it names one.
fn sport_of(w: &str) -> Option<Sport> {
    Some(match w {
        "striker" | "strikers" | "midfielder" | "midfielders" | "goalkeeper" | "relegation"
        | "relegated" | "soccer" | "epl" | "bundesliga" | "liga" => Sport::Soccer,
        "nba" | "nhl" | "basketball" | "hockey" | "rebounds" | "puck" | "goalie" | "dunk"
        | "three-pointer" | "three-pointers" => Sport::Winter,
        "afl" | "nrl" | "mlb" | "baseball" | "inning" | "pitcher" | "homer" | "homers"
        | "bullpen" | "footy" => Sport::Summer,
        "cricket" | "wicket" | "wickets" | "batsman" | "bowler" | "test" => Sport::Cricket,
        _ => return None,
    })
}

/// Whether word `w` tells of a league's competition beyond the words of
/// a game ([`super::topic::sports_word`]): a sport's own word or the
/// standing of a team ("finals", "traded", "the ladder").
pub(crate) fn league_word(w: &str) -> bool {
    (w != "test" && sport_of(w).is_some())
        || matches!(
            w,
            "finals" | "traded" | "ladder" | "premiership" | "fixtures"
        )
}

impl P<'_> {
    /// The calendar of the league a sports story tells of: the sport its
    /// words name most (ties and none go to the locale's usual one); `None`
    /// in a US or Canadian story whose words name no sport, where leagues
    /// of both calendars are followed alike.
    pub(crate) fn league(&self) -> Option<League> {
        let mut votes = [0usize; 4];
        for k in 0..self.t.len() {
            if let Some(s) = sport_of(self.w(k)) {
                // "test" is cricket's only with a capital ("the Boxing Day Test")
                if s == Sport::Cricket && self.is(k, "test") && !self.cap(k) {
                    continue;
                }
                if let Some(v) = votes.get_mut(s as usize) {
                    *v += 1;
                }
            }
        }
        let best = votes.iter().copied().max().unwrap_or(0);
        let sport = [Sport::Soccer, Sport::Winter, Sport::Summer, Sport::Cricket]
            .into_iter()
            .filter(|&s| best > 0 && votes.get(s as usize) == Some(&best))
            .collect::<Vec<_>>();
        let region = self.locale.region;
        let south = matches!(region, Region::Au | Region::Nz);
        let north_america = matches!(region, Region::Us | Region::Ca);
        match sport.as_slice() {
            // Major League Soccer plays within the year, the European
            // leagues a North American paper also follows across it
            [Sport::Soccer] if north_america => None,
            [Sport::Soccer] if south => Some(League::Year),
            [Sport::Soccer] => Some(League::Straddles(7)),
            [Sport::Winter] => Some(League::Straddles(9)),
            [Sport::Summer] => Some(League::Year),
            [Sport::Cricket] if south => Some(League::Straddles(9)),
            [Sport::Cricket] => Some(League::Year),
            _ if south => Some(League::Year),
            _ if north_america => None,
            _ => Some(League::Straddles(7)),
        }
    }

    /// The season `off` seasons from the one of publication day `z`, in
    /// league calendar `l`: a year, or two years for a season that
    /// straddles the new year. In the month before a straddling season
    /// starts, the one just ended is "last season" and the coming one
    /// "next season"; "this season" is either, so `None`.
    pub(crate) fn league_season_at(l: League, z: i64, off: i64) -> Option<DateValue> {
        let (y, m, _) = civil_from_days(z);
        let off = i32::try_from(off).ok()?;
        Some(match l {
            League::Year => DateValue::Unit(Period::year(y + off)),
            League::Straddles(start) => {
                let first = if m + 1 == start {
                    match off {
                        0 => return None,
                        o if o < 0 => y + o,
                        o => y + o - 1,
                    }
                } else if m >= start {
                    y + off
                } else {
                    y - 1 + off
                };
                DateValue::Interval(Some(Period::year(first)), Some(Period::year(first + 1)))
            }
        })
    }
}
