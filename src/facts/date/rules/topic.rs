//! The topic of the clause around a date expression: a game's report
//! (touchdowns, innings, a 20-13 score) or a company's accounts (profit,
//! sales, per cent). Quarters, halves and seasons read differently in each:
//! "the fourth quarter" of a game is not 2012-Q4.
//!
//! Consumes the grammar's tokens; reads at most 20 tokens either side of an
//! expression.

use super::super::grammar::P;
use crate::lex::Kind;

impl P<'_> {
    /// Whether the clause around tokens `[s, e)` tells of a game (a
    /// touchdown, points, a lead, an inning) and of no accounts (profit,
    /// sales, growth, per cent): the quarters and halves it names are a
    /// match's.
    pub(crate) fn sports_clause(&self, s: usize, e: usize) -> bool {
        let (sports, accounts) = self.clause_topics(s, e);
        sports && !accounts
    }

    /// Rule `game_period_in_sports_copy`: whether a quarter or half at
    /// tokens `[s, e)` is a match's because the text is a game's report
    /// ([`P::sports_copy`]) and its clause tells of no accounts.
    pub(super) fn game_period_in_sports_copy(&self, s: usize, e: usize) -> bool {
        !self.clause_topics(s, e).1 && self.sports_copy()
    }

    /// Whether the clause around tokens `[s, e)` tells of accounts
    /// (profit, sales, a figure in per cent or dollars) and of no game.
    pub(super) fn accounts_clause(&self, s: usize, e: usize) -> bool {
        let (sports, accounts) = self.clause_topics(s, e);
        accounts && !sports
    }

    /// Whether the clause around tokens `[s, e)` tells of a game (first)
    /// and of accounts or money (second: a figure in per cent or dollars
    /// counts).
    pub(super) fn clause_topics(&self, s: usize, e: usize) -> (bool, bool) {
        let (mut sports, mut accounts) = (false, false);
        let mut see = |w: &str| {
            sports |= sports_word(w);
            accounts |= matches!(
                w,
                "earnings"
                    | "revenue"
                    | "revenues"
                    | "profit"
                    | "profits"
                    | "loss"
                    | "sales"
                    | "growth"
                    | "gdp"
                    | "economy"
                    | "fiscal"
                    | "percent"
                    | "billion"
                    | "million"
                    | "shares"
                    | "quarterly"
                    | "results"
                    | "income"
                    | "output"
                    | "earned"
                    | "share"
                    | "dividend"
                    | "margin"
                    | "margins"
            );
        };
        let mut k = s;
        while k > 0 && s - k < 20 && !self.breaks(k - 1) {
            k -= 1;
            see(self.w(k));
        }
        let mut money = false;
        let mut tally = false;
        let mut k = e;
        while k < self.t.len() && k - e < 20 && !self.breaks(k) {
            see(self.w(k));
            money |= self.p(k, "%") || self.p(k, "$");
            tally |= self.score_tally(k);
            k += 1;
        }
        (sports || tally, accounts || money)
    }

    /// A game's score at token `k`: two small whole numbers joined by a
    /// glued dash ("20-13", "3-1").
    fn score_tally(&self, k: usize) -> bool {
        let small = |j: usize| {
            self.t.get(j).is_some_and(|t| {
                t.kind == Kind::Num
                    && (1..=3).contains(&(t.end - t.start))
                    && self.t.low_of(t).bytes().all(|b| b.is_ascii_digit())
            })
        };
        small(k)
            && self.t.get(k + 1).is_some_and(|t| t.dash() && t.glued())
            && self.t.get(k + 2).is_some_and(|t| t.glued())
            && small(k + 2)
            && !self.t.get(k + 3).is_some_and(|t| t.glued() && t.dash())
    }
}

/// A word of a game's report: "touchdown", "inning", "coach", "playoffs".
pub(crate) fn sports_word(w: &str) -> bool {
    matches!(
        w,
        "touchdown"
            | "touchdowns"
            | "game"
            | "games"
            | "points"
            | "yards"
            | "yard"
            | "scored"
            | "score"
            | "scoring"
            | "quarterback"
            | "inning"
            | "innings"
            | "overtime"
            | "lead"
            | "led"
            | "halftime"
            | "buzzer"
            | "basket"
            | "rallied"
            | "penalty"
            | "trailed"
            | "trailing"
            | "goal"
            | "goals"
            | "interception"
            | "fumble"
            | "kick"
            | "punt"
            | "rebounds"
            | "assists"
            | "possession"
            | "drive"
            | "pass"
            | "coach"
            | "playoff"
            | "playoffs"
            | "win"
            | "victory"
            | "defeat"
            | "match"
            | "team"
            | "league"
            | "club"
            | "player"
            | "players"
            | "roster"
            | "nfl"
            | "nba"
            | "nhl"
            | "mlb"
    )
}
