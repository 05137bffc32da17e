//! Present-tense clauses around a date expression: a state told in the
//! present ("the bridge is closed until Friday") and a present verb that
//! governs the date ("the ban starts on Friday"), which make the clause a
//! schedule rather than a told past. Read by [`P::tense`].

use super::grammar::P;
use super::tense::Tense;
use crate::lex::words;

impl P<'_> {
    /// Rule `present_state`: a participle right before the expression
    /// (maybe after a preposition) after a present "is", "are", "stays",
    /// "remains" tells a state, not a past happening ("the bridge is
    /// closed until Friday", "schools are shut on Monday"); after "will
    /// stay" or "to remain" it is ahead ("will stay closed through
    /// Sunday"). `None` when the participle at `k` is no such state.
    pub(super) fn present_state(&self, k: usize, s: usize) -> Option<Tense> {
        let linked = (k + 1..s).all(|j| {
            matches!(
                self.w(j),
                "on" | "until" | "till" | "through" | "from" | "for" | "between" | "starting"
            )
        });
        if !linked || k == 0 {
            return None;
        }
        let mut j = k - 1;
        while j > 0
            && matches!(
                self.w(j),
                "still" | "temporarily" | "also" | "now" | "currently"
            )
        {
            j -= 1;
        }
        let before = if j > 0 { self.w(j - 1) } else { "" };
        match self.w(j) {
            "is" | "are" | "am" | "stays" | "remains" => Some(Tense::Unknown),
            "stay" | "remain" if matches!(before, "will" | "shall" | "ll" | "would" | "to") => {
                Some(Tense::Future)
            }
            _ => None,
        }
    }

    /// Rule `present_verb`: whether word `k`, at most [`PRESENT_REACH`]
    /// words before the expression, is a present-tense verb governing it:
    /// "is", "are", or a verb in -s after a singular subject ("the ban
    /// starts on Friday", "which reports results Thursday", "takes effect
    /// July 1"). The clause is then in the present, a schedule: a reporting
    /// verb after a comma ("…, the ministry announced") or a past verb
    /// further off does not date it. Present verbs of saying ("says
    /// Friday") are no such verb.
    pub(super) fn present_verb(&self, k: usize) -> bool {
        let w = self.w(k);
        let saying = matches!(
            w,
            "says"
                | "tells"
                | "adds"
                | "notes"
                | "writes"
                | "announces"
                | "confirms"
                | "explains"
                | "insists"
                | "warns"
                | "claims"
                | "argues"
        );
        if matches!(w, "is" | "are") {
            return true;
        }
        let verb = !saying
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !self.cap(k)
            && !words::is_function_word(w)
            && !words::is_calendar_word(w)
            // "the three months to June", "the 12 weeks": a count of
            // units, not a noun and its verb
            && words::unit(w).is_none();
        if !verb || k < 2 {
            return false;
        }
        // its subject: a pronoun or relative, or "the <noun>" in lower case
        // ("the ban starts"; not "a few hours", "Hawaiian Gardens")
        let noun = self.w(k - 1);
        let pronoun = matches!(noun, "he" | "she" | "it" | "which" | "who" | "that");
        let determined = !self.cap(k - 1)
            && noun.len() > 1
            && !noun.ends_with('s')
            && !words::is_function_word(noun)
            && !matches!(noun, "few" | "lot" | "couple" | "number")
            && matches!(self.w(k - 2), "the" | "its" | "this" | "that");
        pronoun || determined
    }
}

/// How many words before an expression a present-tense verb governs it
/// ([`P::present_verb`]: "starts on Friday", "takes effect July 1").
pub(super) const PRESENT_REACH: usize = 3;
