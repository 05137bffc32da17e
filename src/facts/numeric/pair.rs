//! Rule `exchange_rate_dollar`: in a sentence that quotes a currency pair
//! ("drove the euro below $1.29", "the pound rose against the dollar to
//! $1.31"), the "$" of the rate is the US dollar wherever the text was
//! printed: markets quote the euro and the pound in US dollars. The
//! locale's own dollar stays the "$" of every other amount ("$175 million"
//! in an Australian paper is AUD), and of a rate the sentence says is in
//! the local dollar ("the euro bought $1.62 Australian").

use super::Cx;
use crate::lex::currency::{pair_word, PairWord};
use crate::lex::Kind;

/// How far, in tokens, the currency named against the dollar may stand
/// from the "$" of the rate.
const REACH: usize = 14;

impl Cx<'_> {
    /// Whether the "$" at token `k` prices a currency in a pair: a rate
    /// (a small amount with cents, no "million" after it) in a sentence
    /// that names another currency as the thing priced ("the euro", "the
    /// pound", "sterling", "the yen") or sets it "against the dollar", and
    /// names no local dollar ("Australian", "Canadian", "kiwi").
    pub(super) fn exchange_rate_dollar(&self, k: usize) -> bool {
        if self.locale.dollar() == "USD" || !self.rate_after(k + 1) {
            return false;
        }
        let mut priced = false;
        // back to the sentence's start
        let mut i = k;
        while i > 0 && k - i < REACH {
            i -= 1;
            let Some(t) = self.tok(i) else { break };
            if self.ends_sentence(i) {
                break;
            }
            if t.kind != Kind::Word {
                continue;
            }
            match self.pair_word_at(i) {
                PairWord::Local => return false,
                PairWord::Priced => priced = true,
                PairWord::Other => {}
            }
            if t.line_before() {
                break;
            }
        }
        // on to the sentence's end: a local dollar named after the rate
        let mut j = k + 1;
        while j < k + REACH {
            let Some(t) = self.tok(j) else { break };
            if t.line_before() || self.ends_sentence(j) {
                break;
            }
            if t.kind == Kind::Word && self.pair_word_at(j) == PairWord::Local {
                return false;
            }
            j += 1;
        }
        priced
    }

    /// A rate at token `i`: one or two digits, a point and its decimals,
    /// no magnitude word after ("1.29", not "1.2 billion" or "175").
    fn rate_after(&self, i: usize) -> bool {
        let whole = self
            .tok(i)
            .is_some_and(|t| t.kind == Kind::Num && t.glued() && self.raw(t).len() <= 2);
        let cents = self.is_sym(i + 1, '.')
            && self.glued(i + 1)
            && self
                .tok(i + 2)
                .is_some_and(|t| t.kind == Kind::Num && t.glued());
        let magnitude = self.word(i + 3).is_some_and(|w| {
            matches!(
                w,
                "million" | "billion" | "trillion" | "bn" | "m" | "mn" | "b" | "k" | "thousand"
            )
        });
        whole && cents && !magnitude
    }

    /// A full stop, "!" or "?" ending a sentence at token `i` (a point
    /// between digits is no end).
    fn ends_sentence(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return true };
        if t.kind != Kind::Sym {
            return false;
        }
        match self.raw(t) {
            "!" | "?" | ";" => true,
            "." => self.tok(i + 1).is_none_or(|n| n.space_before()),
            _ => false,
        }
    }

    /// What the word at `i` says of a currency pair ([`pair_word`], the
    /// two words before it read too).
    fn pair_word_at(&self, i: usize) -> PairWord {
        let Some(w) = self.word(i) else {
            return PairWord::Other;
        };
        let before: Vec<&str> = (i.saturating_sub(2)..i)
            .map(|k| self.word(k).unwrap_or(""))
            .collect();
        pair_word(&before, w)
    }
}
