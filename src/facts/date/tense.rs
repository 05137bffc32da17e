//! The tense of the clause around a date expression, which decides how a
//! year-less date, a bare weekday or a holiday resolves: the nearest cue
//! word, read with its verb group ("will be held" is future, "to be voted"
//! relative to another event), a reporting verb after a comma counting
//! only when nothing else does.
//!
//! Consumes the grammar's tokens and the span of an expression; produces a
//! [`Tense`]. Looks at most 15 tokens either way: linear in all.

use super::grammar::P;
use crate::lex::{words, Kind};
use cues::{future_cue, past_cue, reporting_verb, same_past_and_base};

mod ahead;
mod cues;

impl P<'_> {
    pub(crate) fn cue(&self, k: usize) -> Option<Tense> {
        let w = self.w(k);
        if w.is_empty() {
            return None;
        }
        if w == "ll" && !(k > 0 && self.p(k - 1, "'")) {
            return None;
        }
        // "the ballots are due", "is due to": a scheduled event
        if w == "due" {
            let before = if k > 0 { self.w(k - 1) } else { "" };
            return matches!(before, "is" | "are" | "am" | "be" | "s").then_some(Tense::Future);
        }
        // "sentencing is set for Nov. 8", "was set to begin": a date fixed
        // ahead ("set fire" is not)
        // "the purchase from QLogic back in January": looking back. "Will
        // be back in January" is a return, and its verb decides.
        if w == "back" {
            let before = if k > 0 { self.w(k - 1) } else { "" };
            let returns = matches!(
                before,
                "be" | "is"
                    | "are"
                    | "am"
                    | "s"
                    | "been"
                    | "being"
                    | "come"
                    | "comes"
                    | "coming"
                    | "get"
                    | "gets"
                    | "getting"
                    | "go"
                    | "goes"
                    | "going"
                    | "bring"
                    | "brings"
                    | "head"
                    | "heads"
                    // "is due back in court on March 27", "expected back
                    // in the lineup": a return on a schedule
                    | "due"
                    | "expected"
                    | "scheduled"
            );
            return (matches!(self.w(k + 1), "in" | "on") && !returns).then_some(Tense::Past);
        }
        // "also called", "so-called", "commonly known": a name given, not
        // an event told in the past
        if matches!(
            w,
            "called" | "named" | "known" | "dubbed" | "nicknamed" | "titled"
        ) && k > 0
            && matches!(
                self.w(k - 1),
                "also" | "so" | "often" | "sometimes" | "commonly" | "formerly" | "popularly"
            )
        {
            return None;
        }
        // "to last three years", "will last": the verb, not "last week"
        if w == "last"
            && k > 0
            && matches!(
                self.w(k - 1),
                "to" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must"
            )
        {
            return None;
        }
        // "as of Jan. 1": a state at a day, either side of publication
        if w == "of" && k > 0 && self.is(k - 1, "as") {
            return Some(Tense::Nearest);
        }
        // "the last week of June", "the last 10 days of March": a part
        // of the period the expression names, not a cue of the past
        if w == "last" {
            let mut j = k + 1;
            if self.numtok(j).is_some() || words::number_word(self.w(j)) {
                j += 1;
            }
            if words::unit(self.w(j)).is_some() && matches!(self.w(j + 1), "of" | "in") {
                return None;
            }
        }
        if w == "set" && matches!(self.w(k + 1), "for" | "to") {
            return Some(Tense::Future);
        }
        // "shares held steady ahead of Monday's vote", "repaired in time
        // for Sunday's service": the day is still to come when the clause
        // happens
        if (w == "ahead" && self.is(k + 1, "of"))
            || (w == "time" && k > 0 && self.is(k - 1, "in") && self.is(k + 1, "for"))
        {
            return Some(Tense::Future);
        }
        if past_cue(w) && w.ends_with("ed") && self.attributive_participle(k) {
            return None;
        }
        // "is poised to pass the bill", "fans are urged to arrive early":
        // a participle after a present "be" that governs an infinitive
        // tells what is ahead ("is believed to have fled" looks back)
        if past_cue(w)
            && k > 0
            && matches!(self.w(k - 1), "is" | "are" | "am")
            && self.is(k + 1, "to")
            && !matches!(self.w(k + 2), "have" | "be" | "")
        {
            return Some(Tense::Future);
        }
        // "a short-lived truce", "a long-awaited ruling", "a hard-fought
        // win": a participle joined by a hyphen to the word before it is
        // an adjective, not a verb of the clause. After a verb prefix
        // ("re-signed", "co-founded", "fast-tracked") it is the verb.
        if k > 1
            && self.p(k - 1, "-")
            && self.adj(k)
            && self.adj(k - 1)
            && past_cue(w)
            && !verb_prefix(self.w(k - 2))
        {
            return None;
        }
        // "with Diwali falling on Sunday", "Christmas falls on a Monday":
        // where a named day falls in the calendar, the coming one
        if matches!(w, "falling" | "falls") && self.is(k + 1, "on") && k > 0 && self.cap(k - 1) {
            return Some(Tense::Unknown);
        }
        // "went ahead as planned", "as expected": a comparison with what
        // was foreseen, which dates nothing
        if k > 0 && self.is(k - 1, "as") && matches!(w, "planned" | "expected" | "scheduled") {
            return None;
        }
        // "prices should ease by March", "must pay by 18 December", "might
        // reopen on Friday": a modal of obligation or likelihood looks
        // ahead; with "have" it looks back ("should have been held").
        // "may" is left out: a standing permission ("fireworks may be set
        // off between July 1 and July 5") dates no single occurrence
        if matches!(w, "should" | "must" | "might") {
            let back = self.is(k + 1, "have") || (self.is(k + 1, "not") && self.is(k + 2, "have"));
            return Some(if back { Tense::Past } else { Tense::Future });
        }
        // "South Sudan split off in July", "she quit in May": a verb whose
        // past is its base form, after a singular subject (he, she, it, a
        // proper name), is past: the present would be "splits", "quits".
        if same_past_and_base(w) && k > 0 && self.singular_subject(k - 1) {
            return Some(Tense::Past);
        }
        if w == "set" {
            return None;
        }
        if w == "going" {
            return self.is(k + 1, "to").then_some(Tense::Future);
        }
        if w == "let" {
            return (self.p(k + 1, "'") || self.is(k + 1, "us")).then_some(Tense::Future);
        }
        // "won't reopen until May": "won" before "'t" is "will not", not
        // the past of "win"
        if w == "won" && (self.p(k + 1, "'") || self.p(k + 1, "\u{2019}")) && self.is(k + 2, "t") {
            return Some(Tense::Future);
        }
        // "he proposed on Valentine's Day", "they required it in May": an
        // -ed word the past list leaves out for its adjective use ("the
        // proposed rule") is a past verb right after a subject pronoun
        if w.len() >= 5
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && k > 0
            && matches!(self.w(k - 1), "he" | "she" | "they" | "we" | "i" | "who")
        {
            return Some(Tense::Past);
        }
        // "found a box that would hold a shotgun Monday", "a ramp which
        // would carry trucks": a modal in a relative clause tells what a
        // thing is for, not when the day is; the scan goes on to the verb
        // of the clause the day belongs to. After a verb ("said that would
        // happen") the "that" opens what was said, and the modal counts.
        if matches!(w, "would" | "could")
            && k >= 2
            && matches!(self.w(k - 1), "that" | "which")
            && self.relative_head(k - 2)
        {
            return None;
        }
        // "announced a plan", "the schedule", "its aims": a noun after a
        // determiner, not a verb of intent
        if matches!(w, "plan" | "plans" | "schedule" | "book" | "aims")
            && k > 0
            && matches!(
                self.w(k - 1),
                "a" | "the" | "its" | "his" | "her" | "their" | "our" | "this" | "that" | "new"
            )
        {
            return None;
        }
        if future_cue(w) || w == "next" || w == "coming" {
            return Some(Tense::Future);
        }
        if past_cue(w) {
            return Some(Tense::Past);
        }
        None
    }

    /// Whether the past verb at `k` moves a happening to the day that
    /// starts at token `s`: "was moved to Friday", "has been postponed
    /// until next week", "pushed back to two days before the vote",
    /// "extended through March 31". The new day was ahead when the move was
    /// made and is told as such: it looks forward from publication, though
    /// its verb is past. The preposition must lead straight to the day (at
    /// most a count of units before it: "moved to two days before Friday");
    /// "moved to a larger hall on Monday" tells when the move was.
    fn reschedules_to(&self, k: usize, s: usize) -> bool {
        if !words::reschedule_verb(self.w(k)) {
            return false;
        }
        let mut j = k + 1;
        if matches!(self.w(j), "back" | "forward" | "off" | "up" | "out") {
            j += 1;
        }
        // "adjourned the trial till Tuesday", "moved the vote to Friday":
        // an object of at most three words, then "to", "until" or "till"
        // right before the day
        if s > j + 1
            && s - j <= 4
            && matches!(self.w(s - 1), "to" | "until" | "till")
            && (j..s - 1).all(|x| {
                self.t.get(x).is_some_and(|t| t.kind == Kind::Word)
                    && !words::is_calendar_word(self.w(x))
                    && !matches!(
                        self.w(x),
                        "on" | "in" | "at" | "by" | "to" | "until" | "till"
                    )
            })
        {
            return true;
        }
        if !matches!(
            self.w(j),
            "to" | "until" | "till" | "for" | "through" | "thru" | "into"
        ) {
            return false;
        }
        j += 1;
        if self.is(j, "the") && s > j {
            j += 1;
        }
        j == s
            || (s > j
                && s - j <= 3
                && matches!(self.w(s - 1), "before" | "after" | "from" | "following")
                && (j..s - 1).all(|x| !self.breaks(x)))
    }

    /// Whether the past verb at `k` fixes the day at tokens `[s, e)` for
    /// a happening named after it: "the court fixed March 3 for the
    /// hearing", "fixed Friday as the deadline". The day was ahead when
    /// fixed, as with [`Self::reschedules_to`].
    fn fixes_day(&self, k: usize, s: usize, e: usize) -> bool {
        matches!(self.w(k), "fixed" | "picked" | "chose" | "chosen")
            && k + 1 == s
            && matches!(self.w(e), "for" | "as")
    }

    /// Whether the expression starting at token `s` opens its sentence,
    /// after at most two words of a time adverbial ("On Monday, …",
    /// "Early on Tuesday, …", "But on Friday, …").
    fn opens_sentence(&self, s: usize) -> bool {
        let mut k = s;
        for _ in 0..3 {
            if self.sentence_start(k) {
                return true;
            }
            if k == 0
                || !matches!(
                    self.w(k - 1),
                    "on" | "early" | "late" | "later" | "earlier" | "by" | "and" | "but" | "then"
                )
            {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether word `k` can be the noun a relative "that"/"which" after it
    /// describes ("a box that", "the ramp which"): a word, neither a verb
    /// cue ("said that", "announced that"), a present verb ("says that")
    /// nor a function word ("so that", "now that").
    fn relative_head(&self, k: usize) -> bool {
        let w = self.w(k);
        self.t.get(k).is_some_and(|t| t.kind == Kind::Word)
            && !w.is_empty()
            && !words::is_function_word(w)
            && !reporting_verb(w)
            && !past_cue(w)
            && !future_cue(w)
            && !matches!(
                w,
                "says" | "say" | "believe" | "believes" | "think" | "thinks" | "hope" | "hopes"
            )
            && !self.present_verb(k)
    }

    /// Whether word `k` ends a singular subject a verb right after it
    /// agrees with: "he", "she", "it", a capitalised name ("South Sudan",
    /// "Toyota") or a noun after a determiner ("the company"), not a
    /// plural ("Democrats", "the police").
    fn singular_subject(&self, k: usize) -> bool {
        let w = self.w(k);
        if matches!(w, "he" | "she" | "it") {
            return true;
        }
        let singular = w.len() > 1
            && !w.ends_with('s')
            && !words::is_irregular_plural(w)
            && !words::is_calendar_word(w)
            && !words::is_function_word(w)
            && !matches!(w, "they" | "we" | "you" | "i" | "who" | "which");
        let determiner =
            k > 0 && matches!(self.w(k - 1), "the" | "a" | "an" | "its" | "this" | "that");
        singular && ((self.cap(k) && !self.is_upper(k)) || determiner)
    }

    /// Whether a superlative or "first" comes within the four words before
    /// token `i` ("the lowest level in", "for the first time in").
    pub(crate) fn after_superlative(&self, i: usize) -> bool {
        self.superlative_within(i, true)
    }

    /// Whether a superlative proper ("busiest", "most", "worst"; not
    /// "first" or "only") comes within the four words before token `i`:
    /// "the busiest travel period in three years" looks back whatever the
    /// tense ("will be the wettest in a decade").
    pub(crate) fn after_proper_superlative(&self, i: usize) -> bool {
        self.superlative_within(i, false)
    }

    fn superlative_within(&self, i: usize, first: bool) -> bool {
        let mut k = i;
        while k > 0 && i - k < 4 {
            k -= 1;
            let Some(t) = self.t.get(k).filter(|t| t.kind == Kind::Word) else {
                return false;
            };
            let w = self.t.low_of(t);
            let est = crate::lex::words::is_est_superlative(w);
            if est
                || matches!(w, "best" | "worst" | "most" | "least")
                || (first && matches!(w, "first" | "only"))
            {
                return true;
            }
        }
        false
    }

    /// A sentence ends at token `k`: "!", "?", ";", or a full stop that is
    /// no decimal point ("3.9%") and ends no initial or abbreviation
    /// ("U.S.", "Nov.", "Mr.").
    pub(crate) fn breaks(&self, k: usize) -> bool {
        if ["!", "?", ";"].iter().any(|c| self.p(k, c)) {
            return true;
        }
        if !self.p(k, ".") {
            return false;
        }
        if k > 0
            && self.numtok(k - 1).is_some()
            && self.numtok(k + 1).is_some()
            && self.adj(k)
            && self.adj(k + 1)
        {
            return false;
        }
        if k > 0 && self.adj(k) {
            if let Some(t) = self.t.get(k - 1).filter(|t| t.kind == Kind::Word) {
                let single = self.t.low_of(t).chars().count() == 1;
                if single || words::is_abbreviation(self.t.low_of(t)) {
                    return false;
                }
            }
        }
        true
    }

    /// The tense of the verb group whose cue word is at `k`: a past form
    /// after a future auxiliary is future ("will be held", "is to be
    /// voted", "due to be signed"); after any other infinitive "to" it is
    /// relative to another event ("preparing for the measures to be voted
    /// on Thursday") and resolves to the nearest occurrence.
    pub(crate) fn group_tense(&self, k: usize, c: Tense) -> Tense {
        if c != Tense::Past {
            return c;
        }
        let mut j = k;
        // a bare "be" with no modal or "to" before it: the mandative
        // subjunctive ("urged that burning be restricted between November
        // and March"), what is wanted ahead
        let mut bare_be = false;
        for _ in 0..4 {
            if j == 0 {
                break;
            }
            j -= 1;
            match self.w(j) {
                "be" => bare_be = true,
                "been" | "being" => bare_be = false,
                "not" | "never" | "also" | "still" | "then" | "now" | "soon" | "finally"
                | "again" | "formally" | "officially" => continue,
                "will" | "shall" | "would" | "gonna" | "could" | "should" | "must" | "might"
                | "can" => return Tense::Future,
                "may" if !self.cap(j) => return Tense::Future,
                "ll" if j > 0 && self.p(j - 1, "'") => return Tense::Future,
                "to" => {
                    let gov = if j > 0 { self.w(j - 1) } else { "" };
                    return if matches!(
                        gov,
                        "is" | "are"
                            | "am"
                            | "due"
                            | "set"
                            | "expected"
                            | "scheduled"
                            | "slated"
                            | "poised"
                            | "going"
                            | "plans"
                            | "planned"
                            | "plan"
                            | "planning"
                            | "aims"
                            | "intends"
                            | "hopes"
                            | "wants"
                            | "likely"
                            | "ready"
                    ) {
                        Tense::Future
                    } else {
                        Tense::Nearest
                    };
                }
                _ => return if bare_be { Tense::Future } else { c },
            }
        }
        c
    }

    /// Whether the clause of a past-tense day at tokens `[s, e)` sets a
    /// time ahead rather than tells a happening: an infinitive between the
    /// cue and the day ("was remanded to appear in court on 19 August"),
    /// or a noun of schedule the day qualifies ("gave them a May 10
    /// deadline"). Such a day is the nearest occurrence either side of
    /// publication; a told happening ("the storm, which struck on Sept.
    /// 2") is a past one.
    pub(crate) fn sets_a_schedule(&self, s: usize, e: usize) -> bool {
        let noun = (e..e + 2)
            .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
            .any(|k| words::schedule_noun(self.w(k)));
        let mut k = s;
        let mut infinitive = false;
        for _ in 0..8 {
            if k < 2 || self.breaks(k - 1) || self.cue(k - 1) == Some(Tense::Past) {
                break;
            }
            k -= 1;
            let verb = self.w(k);
            infinitive |= self.is(k - 1, "to")
                && !verb.is_empty()
                && !self.cap(k)
                && !words::is_function_word(verb)
                && !words::is_calendar_word(verb);
        }
        noun || infinitive
    }

    /// Whether the nearest cue before token `s` looks ahead from a past
    /// time rather than from publication (future-in-the-past): "would"
    /// after a past verb of the sentence ("said the plant would close in
    /// October"), "was expected to", "was scheduled to", "was to", "was
    /// going to", "planned to". What such a clause dates was ahead when it
    /// was said, and may be over by publication: a month or a day of it is
    /// the nearest occurrence either side.
    pub(crate) fn future_in_past(&self, s: usize) -> bool {
        let mut k = s;
        for _ in 0..15 {
            if k == 0 || self.hard_line(k) || self.breaks(k - 1) {
                return false;
            }
            k -= 1;
            let before = if k > 0 { self.w(k - 1) } else { "" };
            let past_be = matches!(before, "was" | "were");
            match self.w(k) {
                "was" | "were" if self.is(k + 1, "to") => return true,
                "would" => return self.past_cue_before(k),
                "expected" | "scheduled" | "slated" | "set" | "due" | "supposed" | "going"
                    if past_be =>
                {
                    return true
                }
                "planned" | "intended" if past_be || self.is(k + 1, "to") => return true,
                _ if self.cue(k).is_some() => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether a past cue ("said", "announced", "was") comes before token
    /// `k` in its sentence, within 15 tokens.
    fn past_cue_before(&self, mut k: usize) -> bool {
        for _ in 0..15 {
            if k == 0 || self.hard_line(k) || self.breaks(k - 1) {
                return false;
            }
            k -= 1;
            if self.cue(k) == Some(Tense::Past) {
                return true;
            }
        }
        false
    }

    /// A line break before token `k` that ends the sentence's reach: a
    /// blank line, or a line break after a line that reads as a finished
    /// unit. Hard-wrapped text breaks sentences mid-clause ("firefighters
    /// were called to the church around 9:40 p.m.\nFriday night"): a line
    /// that ends on a lower-case word, a comma or an abbreviation's stop,
    /// or that runs [`WRAP_WIDTH`] bytes or more, carries its sentence on.
    pub(crate) fn hard_line(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        if !t.line_before() {
            return false;
        }
        if k == 0 || t.blank_before() {
            return true;
        }
        let j = k - 1;
        let prev = &self.t[j];
        let carries = match prev.kind {
            Kind::Word => !prev.cap(),
            Kind::Sym => self.p(j, ",") || (self.p(j, ".") && !self.breaks(j)),
            _ => false,
        };
        if carries {
            return false;
        }
        if self.breaks(j) || self.p(j, ":") {
            return true;
        }
        let mut first = j;
        while first > 0 && !self.t[first].line_before() {
            first -= 1;
        }
        prev.end.saturating_sub(self.t[first].start) < WRAP_WIDTH
    }

    /// The tense of the sentence around tokens `[s, e)`: the nearest cue.
    pub(crate) fn tense(&self, s: usize, e: usize) -> Tense {
        const WIN: usize = 15;
        if self.present_not_until(s) || (s > 0 && self.present_not_until(s - 1)) {
            return Tense::Future;
        }
        // "bookings well into April", "the dispute ran well into March":
        // a stretch reaching the month, either side of publication
        if s >= 2 && self.is(s - 1, "into") && matches!(self.w(s - 2), "well" | "far" | "deep") {
            return Tense::Nearest;
        }
        let mut left = None;
        let mut present_far = false;
        let mut k = s;
        let mut n = 0;
        while k > 0 && n < WIN {
            if self.hard_line(k) {
                break;
            }
            k -= 1;
            n += 1;
            if self.breaks(k) {
                break;
            }
            if let Some(c) = self.cue(k) {
                let t = self.group_tense(k, c);
                let t = match t {
                    Tense::Past if self.reschedules_to(k, s) || self.fixes_day(k, s, e) => {
                        Tense::Future
                    }
                    Tense::Past => self.present_state(k, s).unwrap_or(t),
                    t => t,
                };
                left = Some((n, t));
                break;
            }
            if n <= TEMPORAL_REACH && self.present_verb(k) && self.temporal_present(k) {
                left = Some((n, Tense::Future));
                break;
            }
            if n <= super::present::PRESENT_REACH && self.present_verb(k) {
                left = Some((n, Tense::Unknown));
                break;
            }
            // "half the town is away during ... August, he said": a
            // present "is" further off still makes the clause present
            present_far |= matches!(self.w(k), "is" | "are");
        }
        let mut right = None;
        // ", aides said": a reporting verb after a comma tags who said it,
        // not when the event is; it counts only when nothing else does.
        // Not after a day that opens its sentence ("On Monday, the
        // minister said the bridge will open"): the clause after the comma
        // is the main one, and its verb is what the day dates.
        let fronted = left.is_none() && self.p(e, ",") && self.opens_sentence(s);
        let mut attribution = None;
        let mut comma = false;
        let mut k = e;
        let mut n = 0;
        while k < self.t.len() && n < WIN {
            n += 1;
            if self.breaks(k) || (k > e && self.hard_line(k)) {
                break;
            }
            // "the run ends on the 6th, though the producer hinted …":
            // a clause joined by a comma and a conjunction has its own verb
            if k > e
                && self.p(k - 1, ",")
                && matches!(
                    self.w(k),
                    "though" | "although" | "but" | "while" | "whereas" | "because"
                )
            {
                break;
            }
            comma |= self.p(k, ",");
            if let Some(c) = self.cue(k) {
                // "On Monday, officials said, the bridge opens": set off
                // by commas, the verb is an aside again
                if comma && reporting_verb(self.w(k)) && (!fronted || self.p(k + 1, ",")) {
                    attribution = attribution.or(Some((n, c)));
                    k += 1;
                    continue;
                }
                right = Some((n, c));
                break;
            }
            k += 1;
        }
        if left.is_none() && right.is_none() && !present_far {
            right = attribution;
        }
        match (left, right) {
            (Some((a, c)), Some((b, d))) => {
                if a <= b {
                    c
                } else {
                    d
                }
            }
            (Some((_, c)), None) | (None, Some((_, c))) => c,
            _ => Tense::Unknown,
        }
    }
}

/// Whether a word before a hyphen makes a verb of the participle after it
/// ("re-signed", "co-hosted", "pre-recorded", "fast-tracked"), not an
/// adjective ("short-lived").
fn verb_prefix(w: &str) -> bool {
    matches!(
        w,
        "re" | "co"
            | "pre"
            | "un"
            | "de"
            | "mis"
            | "dis"
            | "sub"
            | "over"
            | "out"
            | "under"
            | "up"
            | "cross"
            | "fast"
            | "back"
            | "double"
            | "air"
            | "live"
            | "test"
            | "spot"
            | "soft"
    )
}

/// How many words before an expression the present verb of a clause of
/// time reaches it ("when it takes up the budget in October").
const TEMPORAL_REACH: usize = 6;

/// Bytes from which a line without a closing stop reads as a wrapped line
/// of running text rather than a headline or a stamp.
const WRAP_WIDTH: usize = 60;

/// The tense around an expression, from the nearest cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// A past cue is nearest.
    Past,
    /// A future cue is nearest.
    Future,
    /// No cue in the sentence.
    Unknown,
    /// Time relative to another event, not to publication: an infinitive
    /// ("preparing for the measures to be voted on Thursday"). The
    /// nearest occurrence, either side of publication.
    Nearest,
}
