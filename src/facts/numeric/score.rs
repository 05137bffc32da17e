//! Scores and vote tallies: two whole numbers joined by a dash, a result
//! rather than a range ("won 3-1", "voted 51-49", "a 5-4 ruling", "a 50-50
//! split"). News writes a range low to high ("5-7 million", "ages 18-25")
//! and a result high to low, so a high-to-low pair standing on its own is a
//! tally; a low-to-high pair is one only next to a word of winning, losing
//! or voting ("lost 1-2 at home"). Four digits are seasons or years ("the
//! 2008-09 season"), never a tally.

use super::*;
use crate::facts::Score;

/// Words that make a dash pair next to them a result whatever its order:
/// verbs and nouns of winning, losing, drawing and voting (sorted).
const RESULT_WORDS: &[&str] = &[
    "beat",
    "beaten",
    "beating",
    "beats",
    "decision",
    "defeat",
    "defeated",
    "defeats",
    "downed",
    "draw",
    "drew",
    "edged",
    "final",
    "lead",
    "leading",
    "led",
    "lose",
    "loses",
    "losing",
    "loss",
    "lost",
    "majority",
    "margin",
    "result",
    "routed",
    "ruling",
    "score",
    "scored",
    "scoreline",
    "thrashed",
    "tie",
    "tied",
    "trail",
    "trailed",
    "trailing",
    "trounced",
    "verdict",
    "victory",
    "vote",
    "voted",
    "votes",
    "win",
    "winning",
    "wins",
    "won",
];

/// How many words before the pair, or after it, a result word may stand
/// ("beat the visiting Hawks 97-95", "a 5-4 decision").
const REACH: usize = 4;

impl<'a> Cx<'a> {
    /// The score or tally starting at token `i`, and the token after it.
    pub(super) fn score(&self, i: usize) -> Option<(Fact, usize)> {
        let (a, dash, b) = (self.tok(i)?, self.tok(i + 1)?, self.tok(i + 2)?);
        let whole = |t: &Token| t.kind == Kind::Num && (1..=3).contains(&t.ndig);
        if !(whole(a) && dash.dash() && whole(b)) || dash.space_before() || b.space_before() {
            return None;
        }
        // On its own: not glued to what comes before or after ("A2-1",
        // "2-1-0", "2-1.5", "3-1x").
        if i > 0 && !a.space_before() && !self.toks[i - 1].sym('(') {
            return None;
        }
        if let Some(next) = self.tok(i + 3) {
            let ends = next.space_before()
                || (next.kind == Kind::Sym && matches!(next.ch, ',' | ';' | ':' | ')' | '!' | '?'))
                || (next.sym('.') && self.tok(i + 4).is_none_or(|t| t.kind != Kind::Num));
            if !ends {
                return None;
            }
        }
        if b.num > a.num && !self.near_result_word(i) {
            return None;
        }
        // "open 24-7": round the clock, unless a game's result is told
        // ("won 24-7")
        if (a.num, b.num) == (24, 7) && !self.near_result_word(i) {
            return None;
        }
        let score = Score {
            high: a.num.max(b.num) as u32,
            low: a.num.min(b.num) as u32,
        };
        let fact = Fact::new(
            FactKind::Score,
            self.span(i, i + 3),
            FactValue::Score(score),
        );
        Some((fact, i + 3))
    }

    /// Whether a result word stands within [`REACH`] words before the pair
    /// at `i` or after it, in the same sentence.
    fn near_result_word(&self, i: usize) -> bool {
        let is_result = |k: usize| {
            self.word(k)
                .is_some_and(|w| RESULT_WORDS.binary_search(&w).is_ok())
        };
        let stop = |k: usize| self.tok(k).is_some_and(|t| t.sym('.') || t.line_before());
        let mut k = i;
        let mut words = 0;
        while k > 0 && words < REACH {
            k -= 1;
            if self.tok(k).is_some_and(|t| t.sym('.')) {
                break;
            }
            if is_result(k) {
                return true;
            }
            words += usize::from(self.word(k).is_some());
            if self.tok(k).is_some_and(|t| t.line_before()) {
                break;
            }
        }
        let mut k = i + 3;
        let mut words = 0;
        while k < self.toks.len() && words < REACH && !stop(k) {
            if is_result(k) {
                return true;
            }
            words += usize::from(self.word(k).is_some());
            k += 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::RESULT_WORDS;

    #[test]
    fn result_words_are_sorted() {
        assert!(RESULT_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
