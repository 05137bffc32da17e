//! Words that tell whether a clause looks ahead or back beyond its verb's
//! tense: a participle that qualifies a noun rather than tells a past
//! ("will weigh discounted passes"), a present state denied until a day
//! ("not on duty until June"). Read by `P::tense`.

use super::super::grammar::P;
use crate::lex::{words, Kind};

impl P<'_> {
    /// Whether the -ed word at `k` qualifies the noun after it rather than
    /// telling a past happening: after a determiner ("the proposed levy",
    /// "its revised plan") or right after a verb that follows a modal or
    /// "to" ("will weigh discounted passes", "to buy used cars"), where a
    /// past form cannot stand (a base verb takes no participle but "have",
    /// "be", "get" and verbs of state).
    pub(super) fn attributive_participle(&self, k: usize) -> bool {
        if k == 0 || !self.t.get(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return false;
        }
        let next = self.w(k + 1);
        if words::is_function_word(next) || words::is_calendar_word(next) {
            return false;
        }
        let before = self.w(k - 1);
        if matches!(
            before,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
        ) {
            return true;
        }
        let modal = |j: usize| {
            matches!(
                self.w(j),
                "will" | "would" | "shall" | "should" | "could" | "can" | "must" | "to"
            )
        };
        // "would also consider discounted passes": an adverb between
        let governed = k >= 2 && modal(k - 2)
            || k >= 3
                && modal(k - 3)
                && matches!(
                    self.w(k - 2),
                    "also" | "still" | "only" | "then" | "now" | "soon"
                );
        governed
            && !words::is_function_word(before)
            && !matches!(
                before,
                "have"
                    | "be"
                    | "get"
                    | "become"
                    | "seem"
                    | "feel"
                    | "look"
                    | "remain"
                    | "stay"
                    | "keep"
                    | "sound"
            )
    }

    /// Rule `temporal_present`: whether the present verb at `k` opens a
    /// clause of time with its subject: "when it takes up the budget in
    /// October", "once the court rules on Friday". English tells what is
    /// ahead in such a clause in the present tense.
    pub(super) fn temporal_present(&self, k: usize) -> bool {
        let conj = |j: usize| {
            matches!(
                self.w(j),
                "when" | "once" | "after" | "before" | "until" | "till" | "whenever"
            )
        };
        let subject = self.w(k.saturating_sub(1));
        if matches!(subject, "it" | "he" | "she" | "they" | "we") {
            return k >= 2 && conj(k - 2);
        }
        k >= 3 && self.is(k - 2, "the") && conj(k - 3)
    }

    /// Rule `present_not_until`: whether "until" or "till" at `u` ends a
    /// present state denied in the clause before it: "lifeguards are not
    /// on duty until June", "the road does not reopen till Friday". The day
    /// is the one ahead, whatever verb reports it.
    pub(super) fn present_not_until(&self, u: usize) -> bool {
        if !matches!(self.w(u), "until" | "till") {
            return false;
        }
        let mut k = u;
        for _ in 0..6 {
            if k < 2 || self.breaks(k - 1) {
                return false;
            }
            k -= 1;
            let w = self.w(k);
            if w == "not" || (w == "t" && self.p(k - 1, "'")) {
                let aux = if w == "not" {
                    self.w(k - 1)
                } else {
                    self.w(k.saturating_sub(2))
                };
                return matches!(
                    aux,
                    "is" | "are" | "am" | "do" | "does" | "isn" | "aren" | "don" | "doesn"
                );
            }
            if self.cue(k).is_some() {
                return false;
            }
        }
        false
    }
}
