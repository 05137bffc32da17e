//! Numbers that are part of something else and no figure: dotted digit
//! groups read one group at a time ("192.168.1.2"; thousands grouped by
//! dots, "1.234.567", are one number), identifiers, times and codes glued
//! to letters ("F-16", "10:30"), clock times ("4 p.m.", "2045 GMT"),
//! numbers inside names ("Falcon 9", "Formula One"), "24/7" (round the
//! clock), telephone numbers and codes led by a zero ("0845 125 2222"),
//! and numbers in set phrases ("at one point", "will one day", "my two
//! cents", "no one else").

use super::*;
use crate::facts::names::lexicon::is_street_suffix;

impl<'a> Cx<'a> {
    /// Dot-separated digit groups ("192.168.1.2"): one number per group,
    /// as the number suites read them; nothing if letters are glued on or
    /// a word such as "version" names it a version.
    pub(super) fn dotted(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        let t = self.tok(i)?;
        let (g_end, raw) = self.np.group(i)?;
        if raw.matches('.').count() < 2 || raw.contains(',') {
            return None;
        }
        let glued_word = |k: usize| {
            self.tok(k)
                .is_some_and(|x| x.kind == Kind::Word && !x.space_before())
        };
        let version = i > 0
            && matches!(
                self.word(i - 1),
                Some("version" | "v" | "ver" | "release" | "build" | "firmware" | "update")
            );
        if (i > 0 && !t.space_before() && self.toks[i - 1].kind == Kind::Word)
            || glued_word(g_end)
            || version
        {
            return Some((Vec::new(), g_end));
        }
        // "1.234.567 inhabitants": thousands grouped by dots, as continental
        // writers and their translators do, is one number (the digit layer
        // reads it); four groups of at most 255 stay an internet address
        let parts: Vec<&str> = raw.split('.').collect();
        let thousands = (1..=3).contains(&parts[0].len())
            && !parts[0].starts_with('0')
            && parts[1..].iter().all(|g| g.len() == 3);
        let address = parts.len() == 4
            && parts
                .iter()
                .all(|g| g.parse::<u32>().is_ok_and(|v| v <= 255));
        if thousands && !address {
            return None;
        }
        let mut out = Vec::new();
        let mut off = t.start;
        for g in raw.split('.') {
            if !g.is_empty() {
                let v = Decimal::parse(g)?;
                out.push(Fact::new(
                    FactKind::Number,
                    Span::new(off, off + g.len()),
                    FactValue::Number(v),
                ));
            }
            off += g.len() + 1;
        }
        Some((out, g_end))
    }

    /// "24/7", "24-7", "24x7" standing alone: round the clock, no figure
    /// (a score "won 24-7" is read before). The token after it.
    pub(super) fn round_the_clock(&self, i: usize) -> Option<usize> {
        let (a, s, b) = (self.tok(i)?, self.tok(i + 1)?, self.tok(i + 2)?);
        let link = s.sym('/') || s.dash() || self.low(s) == "x";
        if !(a.kind == Kind::Num && a.num == 24 && a.ndig == 2 && link)
            || !(b.kind == Kind::Num && b.num == 7 && b.ndig == 1)
            || s.space_before()
            || b.space_before()
        {
            return None;
        }
        // not inside a longer run: "24/7/2020", "24-7-1"
        let alone = self
            .tok(i + 3)
            .is_none_or(|n| n.space_before() || n.kind == Kind::Sym && !n.dash() && !n.sym('/'));
        alone.then_some(i + 3)
    }

    /// Hours and minutes glued into one length, clock-style ("2h30",
    /// "1h45min"): digits, "h", two digits, maybe "m"/"min", then only
    /// closing punctuation up to `chain_end`.
    fn clock_length(&self, i: usize, chain_end: usize) -> bool {
        let raw = |k: usize| self.tok(k).map(|t| self.raw(t));
        let hour = self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word) && raw(i + 1) == Some("h");
        let minutes = self
            .tok(i + 2)
            .is_some_and(|t| t.kind == Kind::Num && t.ndig == 2);
        let mut k = i + 3;
        if matches!(raw(k), Some("m" | "min" | "mins" | "mn")) {
            k += 1;
        }
        let rest_punct = (k..chain_end).all(|j| {
            self.tok(j).is_some_and(|t| {
                t.kind == Kind::Sym && matches!(t.ch, ',' | '.' | ';' | ')' | '!' | '?')
            })
        });
        hour && minutes && rest_punct && !self.after_clock_cue(i)
    }

    /// Whether the word before token `i` sets a time of day ("at 20h30",
    /// "from 9h30"), so that hours glued to minutes are a clock time.
    pub(super) fn after_clock_cue(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.word(i - 1),
                Some("at" | "from" | "until" | "till" | "by" | "before" | "after")
            )
    }

    /// A number glued to letters or several digit groups (an identifier,
    /// a time, a phone number, a version): the token to skip to.
    pub(super) fn junk(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let chain_end = {
            let mut k = i + 1;
            while k < self.toks.len() && !self.toks[k].space_before() && k < i + 32 {
                k += 1;
            }
            k
        };
        // three or more digits led by a zero count nothing: a telephone
        // number with its space-separated groups ("0845 125 2222", "020
        // 7946 0958"), a code ("007")
        if t.ndig >= 3 && self.raw(t).starts_with('0') {
            let mut k = chain_end;
            while k < chain_end + 3
                && self.tok(k).is_some_and(|x| {
                    x.kind == Kind::Num && x.space_before() && (2..=4).contains(&x.ndig)
                })
                && self
                    .tok(k + 1)
                    .is_none_or(|x| x.space_before() || x.kind == Kind::Sym)
            {
                k += 1;
            }
            return Some(k);
        }
        if !t.space_before() && i > 0 {
            let p = &self.toks[i - 1];
            if p.kind == Kind::Word {
                return Some(chain_end);
            }
            if matches!(
                p.ch,
                '-' | '/' | ':' | '.' | '_' | '\\' | '@' | '#' | '=' | '&'
            ) && p.kind == Kind::Sym
                && !p.space_before()
                && i >= 2
                && matches!(self.toks[i - 2].kind, Kind::Word | Kind::Num)
            {
                return Some(chain_end);
            }
        }
        if self.clock_length(i, chain_end) {
            return None;
        }
        // a glued chain that is one number as a whole: "1.3x10^6", "2.48×10−5"
        if chain_end > i + 2
            && self.np.parse(i, false).is_some_and(|n| {
                n.end >= chain_end
                    || self.toks.all()[n.end.min(chain_end)..chain_end]
                        .iter()
                        .all(|t| {
                            t.kind == Kind::Sym && matches!(t.ch, ',' | '.' | ';' | ')' | '!' | '?')
                        })
            })
        {
            return None;
        }
        // within the glued chain: times, several digit groups, letters
        // mixed with digits
        let mut nums = 0;
        let mut unknown_words = 0;
        let mut k = i;
        while k < chain_end {
            let c = &self.toks[k];
            match c.kind {
                Kind::Num => {
                    nums += 1;
                    if k > i
                        && self.toks[k - 1].kind == Kind::Word
                        && !matches!(self.raw(&self.toks[k - 1]), "e" | "E")
                    {
                        return Some(chain_end);
                    }
                    if k > i && self.toks[k - 1].sym(':') {
                        return Some(chain_end);
                    }
                    // "1,234.5" is one group of digits
                    if let Some((g_end, _)) = self.np.group(k) {
                        k = g_end;
                        continue;
                    }
                }
                Kind::Word => {
                    let known = unit_of(self.raw(c), self.low(c), true).is_some()
                        || abbrev_multiplier(self.raw(c), true).is_some()
                        || matches!(
                            self.low(c),
                            "st" | "nd"
                                | "rd"
                                | "th"
                                | "s"
                                | "e"
                                | "to"
                                | "old"
                                | "point"
                                | "points"
                                | "percent"
                                | "per"
                                | "cent"
                                | "odd"
                                | "plus"
                                | "long"
                                | "strong"
                                | "wide"
                                | "high"
                                | "deep"
                                | "tall"
                        )
                        || currency_code(self.raw(c)).is_some()
                        || currency_noun(self.low(c)).is_some()
                        || minor_unit(self.low(c)).is_some()
                        || scale_word(self.low(c)).is_some()
                        || small_cardinal(self.low(c)).is_some()
                        || self.low(c) == "percentage"
                        || self.low(c) == "square"
                        || self.low(c) == "cubic";
                    if !known {
                        unknown_words += 1;
                    }
                }
                Kind::Sym => {}
            }
            k += 1;
        }
        if nums >= 3 || (nums >= 2 && unknown_words >= 1) {
            return Some(chain_end);
        }
        // a number right before a colon and digits: "10:30"
        None
    }

    /// A clock time: whole digits before "a.m.", "p.m." (or "p. m."), "am", "pm",
    /// "o'clock" or a time zone ("about 4 p.m.", "at 2045 GMT", "11 am
    /// ET"): when something happened, no figure of the story. An hour of
    /// the twelve before a meridiem or "o'clock"; before a zone, an hour
    /// ("9 GMT") or hours and minutes in four digits ("2045 GMT"); hours
    /// and minutes told with a colon ("around 9:40"), meridiem or not. Not
    /// "2.1 pm" (a decimal: picometres). The token after the time.
    pub(super) fn clock_time(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if t.kind != Kind::Num || !(1..=4).contains(&t.ndig) {
            return None;
        }
        let decimal_tail = j >= 2
            && self.toks[j - 1].sym('.')
            && self.toks[j - 1].glued()
            && t.glued()
            && self.toks[j - 2].kind == Kind::Num;
        if decimal_tail || self.np.continues_group(j) {
            return None;
        }
        let hour12 = t.ndig <= 2 && (1..=12).contains(&t.num);
        // "about 9:40 (p.m.)": hours, a glued colon and two digits of minutes
        let minutes = t.ndig <= 2
            && t.num <= 24
            && self.tok(j + 1).is_some_and(|x| x.sym(':') && x.glued())
            && self
                .tok(j + 2)
                .is_some_and(|x| x.kind == Kind::Num && x.glued() && x.ndig == 2 && x.num < 60);
        if minutes {
            return Some(j + 3);
        }
        let k = j + 1;
        let word = self.word(k)?;
        // "p.m.", "a.m.": letter, dot, "m", and the closing dot if glued;
        // "p. m.", spaced as some wires write it, only with that dot
        let spaced_m = |x: &Token| {
            x.space_before() && self.tok(k + 3).is_some_and(|d| d.sym('.') && d.glued())
        };
        let dotted_meridiem = matches!(word, "a" | "p")
            && self.tok(k + 1).is_some_and(|x| x.sym('.') && x.glued())
            && self.tok(k + 2).is_some_and(|x| x.glued() || spaced_m(x))
            && self.word(k + 2) == Some("m");
        if dotted_meridiem && hour12 {
            let dot = self.tok(k + 3).is_some_and(|x| x.sym('.') && x.glued());
            return Some(k + 3 + usize::from(dot));
        }
        if matches!(word, "am" | "pm") && hour12 {
            return Some(k + 1);
        }
        let oclock = word == "o"
            && self
                .tok(k + 1)
                .is_some_and(|x| x.kind == Kind::Sym && x.glued())
            && self.word(k + 2) == Some("clock");
        if oclock && hour12 {
            return Some(k + 3);
        }
        // "ET", "PT", "CT" are too often initials
        let zone = crate::lex::words::is_time_zone(word)
            && word.len() >= 3
            && self.tok(k).is_some_and(Token::upper);
        let hhmm = t.ndig >= 3 && t.num / 100 < 24 && t.num % 100 < 60;
        let hour24 = t.ndig <= 2 && t.num <= 24;
        (zone && (hhmm || hour24)).then_some(k + 1)
    }

    /// A number that is part of a name: whole digits or a capitalised number
    /// word right after a capitalised word ("Falcon 9 launches", "Boeing
    /// 737 jets", "Formula One drivers", "Air Force One", "Route 66"). Not
    /// after a function or calendar word, a currency code or "magnitude",
    /// and not on a title-case line, where every word is capitalised ("Obama
    /// Signs 19 Executive Actions"). The token to skip to.
    pub(super) fn inside_name(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if j == 0 || !t.space_before() {
            return None;
        }
        let word_number = t.kind == Kind::Word
            && self.raw(t).starts_with(|c: char| c.is_uppercase())
            && small_cardinal(self.low(t)).is_some_and(|v| v > 0);
        let digits = t.kind == Kind::Num && self.np.group(j).is_some_and(|(e, _)| e == j + 1);
        if !(word_number || digits) {
            return None;
        }
        let p = &self.toks[j - 1];
        if p.kind != Kind::Word
            || !self.raw(p).starts_with(|c: char| c.is_uppercase())
            || self
                .text
                .get(p.end..t.start)
                .is_none_or(|g| g.contains('\n'))
        {
            return None;
        }
        let low = self.low(p);
        if is_function_word(low)
            || is_calendar_word(low)
            || hedge_opener(low)
            || small_cardinal(low).is_some()
            || currency_code(self.raw(p)).is_some()
            || amount_prefix(self.raw(p)).is_some()
            || scaled_currency_code(self.raw(p)).is_some()
            || dollar_prefix(low).is_some()
            || matches!(
                low,
                "rs" | "rp" | "le" | "fy" | "cy" | "no" | "nos" | "magnitude" | "aged" | "age"
            )
        {
            return None;
        }
        // a title-case line: the word after the number is capitalised too
        let after = self.tok(j + 1);
        if after.is_some_and(|n| {
            n.kind == Kind::Word
                && n.space_before()
                && self.raw(n).starts_with(|c: char| c.is_uppercase())
                && !is_function_word(self.low(n))
        }) && !word_number
        {
            return None;
        }
        // "Tesla 3%": a figure after all
        if after.is_some_and(|n| {
            !(n.space_before()
                || n.kind == Kind::Sym && matches!(n.ch, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
        }) {
            return None;
        }
        Some(j + 1)
    }

    /// A rank or label after "No." ("the No. 2 official", "No. 10 Downing
    /// Street", "Nos. 3 and 4"): which one, never how many. The token after
    /// the number.
    pub(super) fn rank_label(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if t.kind != Kind::Num || j < 2 || !t.space_before() {
            return None;
        }
        let dot = self.toks[j - 1].sym('.') && self.toks[j - 1].glued();
        let no = &self.toks[j - 2];
        let label = no.kind == Kind::Word && no.cap() && matches!(self.low(no), "no" | "nos");
        (dot && label).then_some(self.np.group(j).map_or(j + 1, |(e, _)| e))
    }

    /// A capitalised number word inside a title or name, after a word and
    /// before a capitalised word ("she read The Three Musketeers", "a
    /// revival of Two Gentlemen of Verona"): a name, no count.
    /// Not at the head of a sentence, where "Three Americans died" counts
    /// (a sentence opening "The Three …" is a title too).
    pub(super) fn titled_number(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        let cardinal =
            t.kind == Kind::Word && t.cap() && small_cardinal(self.low(t)).is_some_and(|v| v > 1);
        if !cardinal || j == 0 || !t.space_before() {
            return None;
        }
        let p = &self.toks[j - 1];
        let n = self.tok(j + 1)?;
        // a word on the same line before it: not the head of a sentence
        let after_word = p.kind == Kind::Word
            && self
                .text
                .get(p.end..t.start)
                .is_some_and(|g| !g.contains('\n'));
        let named =
            n.kind == Kind::Word && n.space_before() && n.cap() && !is_function_word(self.low(n));
        (after_word && named).then_some(j + 2)
    }

    /// A house number or a numbered street, part of an address and no
    /// figure: digits, then capitalised words, initials or a numbered
    /// street, up to a capitalised street suffix ("310 E. 55th St.",
    /// "1600 Pennsylvania Avenue", "the 42nd Street station"). A house
    /// number needs a name between it and the suffix. The token after the
    /// suffix.
    pub(super) fn address(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if t.kind != Kind::Num || t.ndig > 5 {
            return None;
        }
        let ordinal_letters = |k: usize| {
            self.tok(k)
                .is_some_and(|x| x.glued() && x.kind == Kind::Word)
                && matches!(self.word(k), Some("st" | "nd" | "rd" | "th"))
        };
        let mut k = j + 1;
        let ordinal = ordinal_letters(k);
        if ordinal {
            k += 1;
        }
        let mut named = false;
        for _ in 0..8 {
            let x = self.tok(k)?;
            match x.kind {
                Kind::Word if x.cap() && x.space_before() => {
                    let low = self.low(x);
                    if is_street_suffix(low) && (ordinal || named) {
                        return Some(k + 1);
                    }
                    if is_function_word(low) || is_calendar_word(low) {
                        return None;
                    }
                    named = true;
                }
                Kind::Sym if x.sym('.') && x.glued() && named => {}
                Kind::Num if ordinal_letters(k + 1) && x.space_before() => {
                    named = true;
                    k += 1;
                }
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// A number in a phrase where it counts nothing: "my two cents", "one
    /// thing", "at one point", "at one
    /// time", "on one hand", "one by one", and "one day" meaning someday
    /// after a modal ("will one day have", "I'd one day be", "hopes to one
    /// day become"). The token to skip to.
    pub(super) fn idiom(&self, j: usize) -> Option<usize> {
        let before = j.checked_sub(1).and_then(|k| self.word(k));
        let after = self.word(j + 1);
        if self.word(j)? == "two" && after == Some("cents") {
            // "my two cents", "two cents' worth": an opinion, no money
            let mut e = j + 2;
            if self
                .tok(e)
                .is_some_and(|t| t.kind == Kind::Sym && self.low(t) == "'")
            {
                e += 1;
            }
            let opinion = self.word(e) == Some("worth")
                || matches!(
                    before,
                    Some("my" | "his" | "her" | "our" | "their" | "your")
                );
            return opinion.then_some(j + 2);
        }
        // "one thing is clear", "two things matter": a number of
        // "things" counts nothing a report can be checked on
        if matches!(after, Some("thing" | "things"))
            && small_cardinal(self.word(j)?).is_some_and(|v| v <= 10)
        {
            return Some(j + 2);
        }
        if self.word(j)? != "one" {
            return None;
        }
        let fixed = match (before, after) {
            // "no one (else) was hurt": a pronoun, nobody
            (Some("no"), _) => return Some(j + 1 + usize::from(after == Some("else"))),
            (Some("at"), Some("point" | "time" | "stage" | "moment" | "juncture")) => true,
            (Some("on"), Some("hand" | "side")) => true,
            (_, Some("by")) => self.word(j + 2) == Some("one"),
            (Some(b), Some("day")) => self.someday(j, b),
            _ => false,
        };
        fixed.then_some(j + 2)
    }

    /// Whether "one day" at token `j` (after the word `before`) is
    /// "someday": after a modal ("will", "could", "'d", "'ll"), or after
    /// an infinitive's "to" when a verb follows ("to one day become"),
    /// not a length of time ("cut to one day a week").
    fn someday(&self, j: usize, before: &str) -> bool {
        let modal = matches!(
            before,
            "will" | "would" | "could" | "might" | "may" | "can" | "should" | "shall" | "must"
        ) || matches!(before, "d" | "ll")
            && j >= 2
            && self
                .toks
                .get(j - 2)
                .is_some_and(|t| t.kind == Kind::Sym && self.low(t) == "'");
        let verb_after = || {
            self.tok(j + 2).is_some_and(|t| t.kind == Kind::Word)
                && self
                    .word(j + 2)
                    .is_some_and(|w| !is_function_word(w) && !matches!(w, "a" | "an" | "per"))
        };
        modal || before == "to" && verb_after()
    }
}
