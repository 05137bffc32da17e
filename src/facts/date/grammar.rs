//! The date grammar's core: the matcher over `lex` tokens, the calendar
//! references a rule produces, and the helpers every rule shares (token
//! tests, day numbers and years read through the numeral layer).
//!
//! Consumes the tokens of a text and the publication day (if any);
//! produces matches (token range, calendar reference, whether it is
//! relative) and resolves them to [`DateValue`]ues. Every pattern looks at a
//! bounded number of tokens from its start (recursion depth is bounded
//! too), so scanning a text is linear in its length. All token access is
//! checked (`get`), so no input can make it panic.
//!
//! Resolution rules (documented for users in `date/mod.rs`):
//! - a date without a year, a bare weekday or a holiday resolves against
//!   the publication date using the *nearest tense cue* in the sentence
//!   (see [`super::tense`]): past → the most
//!   recent occurrence (a month-day up to a few months ahead still wins when
//!   the past one is three times farther); future, or no cue at all (a
//!   verbless schedule line or headline) → the next occurrence;
//! - `this X` is X of the current week/year, `next X`/`last X` the X of the
//!   following/previous week (weekdays) or the next/previous occurrence;
//! - parts: beginning/start = days 1–10 of a month, Jan–Apr of a year,
//!   Mon–Wed of a week; end = days 21–end, Sep–Dec, Fri–Sun; early/late =
//!   first/second half (Mon–Wed/Thu–Sun of a week); mid = days 11–20,
//!   May–Aug, Tue–Thu;
//! - "the past/next N units" count whole days back from the day before
//!   publication / forward from the day after (decades and centuries count
//!   whole units).

pub(crate) use super::resolve::Mode;
pub(crate) use super::value::{DateValue, Grain};
use crate::facts::numeral::Numerals;
use crate::lex::calendar::*;
use crate::lex::words;
use crate::lex::{Kind, Token, Tokens};

/// A calendar reference before resolution.
#[derive(Debug, Clone, Copy)]
pub enum Cal {
    /// A day; year unknown when `y` is `None`; `wd` a stated weekday.
    Ymd {
        /// Year, if stated.
        y: Option<i32>,
        /// Month.
        m: u32,
        /// Day.
        d: u32,
        /// Stated weekday.
        wd: Option<u32>,
    },
    /// A month; year unknown when `y` is `None`.
    Ym {
        /// Year, if stated.
        y: Option<i32>,
        /// Month.
        m: u32,
    },
    /// A holiday (index into [`HOLIDAYS`]).
    Hol {
        /// Index.
        h: usize,
        /// Year, if stated.
        y: Option<i32>,
        /// "Labor Day weekend": the weekend the holiday belongs to.
        wk: super::holidays::Wk,
    },
    /// A weekday.
    Wd(u32),
    /// A day of an unstated month, maybe with its weekday.
    Dwd {
        /// Day of month.
        d: u32,
        /// Stated weekday.
        wd: Option<u32>,
    },
    /// A year.
    Y(i32),
    /// Already resolved.
    V(DateValue),
}

impl Cal {
    pub(crate) fn year(&self) -> Option<i32> {
        match *self {
            Cal::Ymd { y, .. } | Cal::Ym { y, .. } | Cal::Hol { y, .. } => y,
            Cal::Y(y) => Some(y),
            _ => None,
        }
    }
    pub(crate) fn yearless(&self) -> bool {
        matches!(
            self,
            Cal::Ymd { y: None, .. }
                | Cal::Ym { y: None, .. }
                | Cal::Hol { y: None, .. }
                | Cal::Wd(_)
                | Cal::Dwd { .. }
        )
    }
}

/// One match: tokens `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub struct M {
    /// One past the last token.
    pub end: usize,
    /// What it refers to.
    pub cal: Cal,
    /// Whether it is a relative (deictic) expression.
    pub rel: bool,
    /// How a year-less reference resolves.
    pub mode: Mode,
}

pub(crate) fn m(end: usize, cal: Cal) -> Option<M> {
    Some(M {
        end,
        cal,
        rel: false,
        mode: Mode::Plain,
    })
}

pub(crate) fn mr(end: usize, cal: Cal) -> Option<M> {
    Some(M {
        end,
        cal,
        rel: true,
        mode: Mode::Plain,
    })
}

pub(crate) fn better(a: Option<M>, b: Option<M>) -> Option<M> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.end > x.end { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Words after which a bare four-digit number reads as a year.
pub(crate) fn year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "during"
            | "of"
            | "by"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "between"
            | "through"
            | "throughout"
            | "year"
            | "circa"
            | "around"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "than"
            | "as"
            | "for"
            | "cy"
            | "to"
            | "within"
            | "on"
    )
}

/// Nouns after which "the 2024 …" reads as a year ("the 2024 election").
pub(crate) fn year_noun(w: &str) -> bool {
    matches!(
        w,
        "election"
            | "elections"
            | "olympics"
            | "olympic"
            | "budget"
            | "census"
            | "season"
            | "campaign"
            | "midterms"
            | "midterm"
            | "summit"
            | "world"
            | "games"
            | "presidential"
            | "general"
            | "vote"
            | "referendum"
            | "war"
            | "crisis"
            | "championship"
            | "championships"
            | "cup"
            | "edition"
            | "report"
            | "survey"
            | "agreement"
            | "accord"
            | "law"
            | "act"
            | "invasion"
            | "earthquake"
            | "attack"
            | "attacks"
            | "financial"
            | "fiscal"
            | "film"
    )
}

/// Whether a word leads a verb: the infinitive "to", a modal ("will",
/// "could", "'ll") or "not" ("to march", "could last"), so a calendar word
/// after it is read as that verb.
pub(crate) fn verb_lead(w: &str) -> bool {
    matches!(
        w,
        "to" | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "shall"
            | "not"
            | "ll"
    )
}

/// Words that make an ambiguous month or weekday word ("May", "march",
/// "Sun") read as a date when they precede it.
pub(crate) fn date_context(w: &str) -> bool {
    year_context(w)
        || matches!(
            w,
            "this"
                | "next"
                | "last"
                | "previous"
                | "coming"
                | "every"
                | "each"
                | "beginning"
                | "start"
                | "middle"
                | "and"
                | "or"
                | "at"
                | "thru"
                | "past"
        )
}

/// The matcher over one text's tokens.
pub struct P<'a> {
    /// Tokens.
    pub t: &'a Tokens,
    /// The numerals over the same tokens: day numbers, years in words and
    /// counts of units are read there.
    pub np: Numerals<'a>,
    /// Publication day.
    pub pub_day: Option<i64>,
    /// The conventions of the text: day-first numeric dates, local
    /// holidays.
    pub locale: crate::lex::Locale,
    /// Holiday days already computed, by (holiday index, year): lunar
    /// calendars are costly and a text may name the same feast often.
    pub cache: std::cell::RefCell<HolidayCache>,
    /// The last day, week, month or year the text stated before the
    /// token being read: what "the next day", "that week" and "two days
    /// later" count from (set by the scan, in text order).
    pub anchor: std::cell::Cell<Option<Anchor>>,
    /// The last day the story named (the anchor's latest day grain one):
    /// what "two days later" counts from when a coarser period ("in
    /// 2010") or a long passage has come between.
    pub day_anchor: std::cell::Cell<Option<Anchor>>,
    /// Small numbers in words already read ([`P::small`]), by token: many
    /// rules ask for the number at one token, and the numeral layer's
    /// reading of words is costly.
    pub small_words: crate::lex::memo::TokenMemo<Option<SmallNumber>>,
    /// Whether the whole text is a game's report (set on first asking):
    /// its bare "this season" is a league's.
    pub sports_copy: std::cell::OnceCell<bool>,
    /// Whether the text's lead sets the story in Scotland (set on first
    /// asking): its summer bank holiday is Scotland's.
    pub scottish: std::cell::OnceCell<bool>,
}

impl<'a> P<'a> {
    /// The reader of `text` (tokenized as `t`) published on day `pub_day`
    /// (days since the epoch) under `locale`, with empty caches.
    pub fn new(
        text: &'a str,
        t: &'a Tokens,
        pub_day: Option<i64>,
        locale: crate::lex::Locale,
    ) -> Self {
        P {
            t,
            np: Numerals { toks: t, text },
            pub_day,
            locale,
            cache: Default::default(),
            anchor: Default::default(),
            day_anchor: Default::default(),
            small_words: Default::default(),
            sports_copy: Default::default(),
            scottish: Default::default(),
        }
    }
}

/// A small number: (value, end token, is ordinal, is digits).
pub type SmallNumber = (u32, usize, bool, bool);

/// A period the story named, as an anchor for the expressions that count
/// from the narrated time rather than from publication.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    /// One past the last token of the expression that named it.
    pub end: usize,
    /// The period.
    pub period: super::value::Period,
    /// A narrated-time rule read it while the current expression was
    /// matched: that expression counts from it and replaces it only as a
    /// day ([`Anchor::counted_from`]).
    pub read: bool,
    /// The expression stated a whole date, day and year ("June 24,
    /// 2005"): a day without its year close after it is of that year.
    pub stated: bool,
    /// A day counted from an earlier anchor ("arrested two days later"),
    /// with the first token of its expression and the period it counted
    /// from: the story has moved on to it ("… the following day" counts
    /// from the arrest), but the same words again name the same day ("the
    /// previous day … the previous day's shooting").
    pub counted_from: Option<(usize, super::value::Period)>,
}

/// How many tokens an anchor reaches ahead: about two sentences, so "the
/// next day" counts from a day the reader still has in mind.
pub(crate) const ANCHOR_REACH: usize = 60;

/// How many tokens a day the story named reaches ahead for an expression
/// that counts days ("two days later") when no anchor of day grain is in
/// [`ANCHOR_REACH`]: about the length of a short news story.
pub(crate) const DAY_ANCHOR_REACH: usize = 250;

/// Memoised holiday spans by (holiday index, year).
pub type HolidayCache = std::collections::BTreeMap<(usize, i32), Option<(i64, i64)>>;

/// How deep rules may nest ("the week of the first Monday of …").
pub(crate) const MAX_DEPTH: u32 = 3;

impl<'a> P<'a> {
    // ---- token helpers ---------------------------------------------------------
    pub(crate) fn w(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Word => self.t.low_of(t),
            _ => "",
        }
    }
    pub(crate) fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }
    pub(crate) fn p(&self, i: usize, c: &str) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == Kind::Sym && self.t.low_of(t) == c)
    }
    pub(crate) fn adj(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if !t.space_before())
    }
    pub(crate) fn numtok(&self, i: usize) -> Option<&Token> {
        self.t.get(i).filter(|t| t.kind == Kind::Num)
    }
    /// Whether token `i` carries on a noun phrase: a content word (not a
    /// function word) or a hyphen ("two year period", "2016 - 11 sales").
    pub(crate) fn noun_follows(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let low = self.t.low_of(t);
            match t.kind {
                Kind::Sym => low == "-",
                Kind::Num => false,
                Kind::Word => !crate::lex::words::is_function_word(low),
            }
        })
    }
    /// Whether word `i` is written in capitals only ("EOY").
    pub(crate) fn is_upper(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.upper())
    }
    pub(crate) fn cap(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if t.cap())
    }
    /// A day's name inside a longer proper name: "the Good Friday
    /// Agreement", "the Sunday Times", "the Tuesday Group", "the Easter
    /// Rising": after "the", the capitalised day at `i` runs on at `end`
    /// into a capitalised word that is no calendar word.
    pub(crate) fn in_proper_name(&self, i: usize, end: usize) -> bool {
        i > 0
            && self.is(i - 1, "the")
            && self.cap(i)
            && self.cap(end)
            && self
                .t
                .get(end)
                .is_some_and(|t| t.kind == Kind::Word && t.space_before())
            && !words::is_calendar_word(self.w(end))
    }
    /// Rule `day_titled_paper`: a capitalised day's name at `i` that heads
    /// the title of a paper or a show without "the" ("told Sunday Times
    /// reporters", "a Sunday Mail columnist", "on Monday Night Football"):
    /// the word at `end` is a capitalised title word
    /// ([`words::titles_after_a_day`]), or "Night" before another
    /// capitalised word that is no calendar word.
    pub(crate) fn in_title_name(&self, i: usize, end: usize) -> bool {
        let capital_word = |k: usize| {
            self.cap(k)
                && self
                    .t
                    .get(k)
                    .is_some_and(|t| t.kind == Kind::Word && t.space_before())
        };
        if !self.cap(i) || !capital_word(end) || self.is_upper(end) {
            return false;
        }
        let w = self.w(end);
        if words::titles_after_a_day(w) {
            return true;
        }
        w == "night" && capital_word(end + 1) && !words::is_calendar_word(self.w(end + 1))
    }
    /// A sentence starts at token `i` (first token, after . ! ? : a line
    /// break, or an opening quotation mark, straight or curly).
    pub(crate) fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(self.t.get(i), Some(t) if t.line_before())
            || self.p(i - 1, ".")
            || self.p(i - 1, "!")
            || self.p(i - 1, "?")
            || self.p(i - 1, "\"")
            || self.p(i - 1, "“")
            || self.p(i - 1, "‘")
            || self.p(i - 1, ":")
    }
    /// A number token that is a whole number on its own: not part of
    /// "2,000", "6.5", "$12", "ABC-123", a time "10:30" or a longer code.
    pub(crate) fn num_ok(&self, i: usize) -> bool {
        let Some(t) = self.numtok(i) else {
            return false;
        };
        if i > 0 && !t.space_before() {
            let prev = &self.t[i - 1];
            if prev.kind != Kind::Sym
                || matches!(
                    self.t.low_of(prev),
                    "$" | "€" | "£" | "¥" | "#" | "," | "." | ":"
                )
            {
                // allow words glued to numbers only for ordinal/decade suffix
                // checks done elsewhere (e.g. "mar3", "cy18")
                if prev.kind != Kind::Word {
                    return false;
                }
            }
            if prev.kind == Kind::Sym && self.t.low_of(prev) == "-" && i >= 2 {
                let pp = &self.t[i - 2];
                if !prev.space_before() && pp.kind == Kind::Word && self.t.low_of(pp).len() > 3 {
                    // "ABC-123" codes; but "mid-2024" is fine
                    if !matches!(self.t.low_of(pp), "early" | "late" | "mid") {
                        return false;
                    }
                }
            }
        }
        if i > 0 && t.space_before() {
            if let Some(prev) = self.t.get(i - 1) {
                if matches!(self.t.low_of(prev), "$" | "€" | "£" | "¥" | "#") {
                    return false;
                }
            }
        }
        if let (Some(n1), Some(n2)) = (self.t.get(i + 1), self.t.get(i + 2)) {
            if !n1.space_before()
                && !n2.space_before()
                && n2.kind == Kind::Num
                && matches!(self.t.low_of(n1), "," | "." | ":")
            {
                return false;
            }
        }
        if let Some(n1) = self.t.get(i + 1) {
            if !n1.space_before() && matches!(self.t.low_of(n1), "%" | "$") {
                return false;
            }
        }
        true
    }

    // ---- numbers ----------------------------------------------------------------
    /// A small number (digits ≤ 2 or words): (value, end, is ordinal, is
    /// digits). Words are read by the numeral layer: a whole number below
    /// 100 ("twenty-one", "thirty-first", "seventh"); "a"/"an" is none.
    pub(crate) fn small(&self, i: usize) -> Option<SmallNumber> {
        let t = self.t.get(i)?;
        if t.kind == Kind::Num {
            if t.ndig > 2 || !self.num_ok(i) {
                return None;
            }
            let v = t.num as u32;
            let suf = self.w(i + 1);
            if self.adj(i + 1) && matches!(suf, "st" | "nd" | "rd" | "th") {
                return Some((v, i + 2, true, true));
            }
            return Some((v, i + 1, false, true));
        }
        if t.kind != Kind::Word || !t.class().number_word() {
            return None;
        }
        self.small_words
            .with(i, self.t.len(), || self.small_words_at(i), |known| *known)
    }

    /// [`P::small`] at a number word, read by the numeral layer.
    fn small_words_at(&self, i: usize) -> Option<SmallNumber> {
        let n = self.np.parse(i, false)?;
        if !n.value.is_integer() {
            // "two quarters", "three halves": the count alone, before a
            // unit the numeral layer reads as a fraction's denominator
            let (v, ord) = words::unit_word(self.w(i))?;
            return (!ord).then_some((v, i + 1, false, false));
        }
        let v = n.value.to_i128().filter(|v| (0..100).contains(v))?;
        if !n.words || n.mult.is_some() || n.ratio || n.vague {
            return None;
        }
        Some((v as u32, n.end, n.ordinal, false))
    }

    /// A cardinal number phrase up to 9999 in words ("two thousand and
    /// five", "seven hundred and eighty nine"), read by the numeral layer:
    /// (value, end, tokens used).
    pub(crate) fn cardinal_words(&self, i: usize) -> Option<(u32, usize, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word || !t.class().number_word() {
            return None;
        }
        let n = self.np.parse(i, false)?;
        let v = n.value.to_i128().filter(|v| (0..=9999).contains(v))?;
        if !n.words || n.ordinal || n.ratio || n.vague || n.mult.is_some_and(|m| m > 3) {
            return None;
        }
        if !n.value.is_integer() || self.t.get(n.end).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        Some((v as u32, n.end, n.end - i))
    }

    /// A year in words: "nineteen ninety six", "two thousand and fifteen",
    /// "twenty twenty", "one thousand seven hundred and eighty nine".
    pub(crate) fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        // pair form: 10..=99 then 10..=99 (or "oh" n, or "hundred")
        if let Some((hi, e, false, false)) = self.small(i) {
            if (10..=99).contains(&hi) && self.w(i) != "ten" {
                if self.is(e, "hundred") {
                    // handled by cardinal form below ("nineteen hundred")
                } else if self.is(e, "oh") || self.is(e, "o") || self.is(e, "zero") {
                    if let Some((lo, e2, false, false)) = self.small(e + 1) {
                        if lo < 10 {
                            return Some(((hi * 100 + lo) as i32, e2));
                        }
                    }
                } else if let Some((lo, e2, false, false)) = self.small(e) {
                    if (10..=99).contains(&lo) {
                        return Some(((hi * 100 + lo) as i32, e2));
                    }
                }
            }
        }
        let (v, e, used) = self.cardinal_words(i)?;
        if used >= 2
            && (100..=9999).contains(&v)
            && (self.is(i + 1, "thousand") || self.w(e - 1) != "hundred" || v % 100 == 0)
        {
            return Some((v as i32, e));
        }
        None
    }

    /// A year: four digits 1000–2999 (or any 1–9999 when `loose`), or
    /// words: (year, end).
    pub(crate) fn year(&self, i: usize, loose: bool) -> Option<(i32, usize)> {
        if let Some(t) = self.numtok(i) {
            if t.ndig == 4 && self.num_ok(i) {
                let y = t.num as i32;
                if (1000..=2999).contains(&y) || (loose && (1..=9999).contains(&y)) {
                    let mut e = i + 1;
                    // "2014 A.D." / "2014 AD"
                    if self.is(e, "ad") || self.is(e, "ce") {
                        e += 1;
                    } else if self.is(e, "a") && self.p(e + 1, ".") && self.is(e + 2, "d") {
                        e += 3;
                        if self.p(e, ".") {
                            e += 1;
                        }
                    }
                    return Some((y, e));
                }
            }
            if loose && t.ndig <= 4 && self.num_ok(i) && t.num >= 1 {
                return Some((t.num as i32, i + 1));
            }
            return None;
        }
        self.year_words(i)
    }

    /// A two-digit year ("'23", or "74" in numeric dates) expanded with the
    /// window: 20yy when it is at most 20 years after publication (or 2030
    /// with no publication date), else 19yy.
    pub(crate) fn expand_yy(&self, yy: i32) -> i32 {
        let limit = self.pub_day.map_or(2050, |z| civil_from_days(z).0 + 20);
        if 2000 + yy <= limit {
            2000 + yy
        } else {
            1900 + yy
        }
    }

    /// Whether tokens `i..end` write a year in four figures ("June 24,
    /// 2005", "2005-06-24").
    pub(crate) fn writes_year(&self, i: usize, end: usize) -> bool {
        (i..end).any(|k| {
            self.numtok(k)
                .is_some_and(|t| t.ndig == 4 && (1000..=2999).contains(&t.num))
        })
    }

    /// A year after a month or day: "2023", ", 2023", "of 2023", "in 2023",
    /// "'23", words. Returns (year, end).
    pub(crate) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.p(i, ",") { i + 1 } else { i };
        if self.is(j, "of") || self.is(j, "in") {
            if let Some(r) = self.year(j + 1, false) {
                return Some(r);
            }
            // "15 April of 87"
            if let Some(t) = self.numtok(j + 1) {
                if t.ndig == 2
                    && self.num_ok(j + 1)
                    && !matches!(self.t.get(j + 2), Some(n) if n.kind != Kind::Sym)
                {
                    return Some((self.expand_yy(t.num as i32), j + 2));
                }
            }
        }
        if self.p(j, "'") {
            if let Some(t) = self.numtok(j + 1) {
                if t.ndig == 2 && self.adj(j + 1) {
                    return Some((self.expand_yy(t.num as i32), j + 2));
                }
            }
        }
        // reject "Oct 26 15:50:06 2016"-like times and ranges "2014-2018"
        let r = self.year(j, false)?;
        if self.p(r.1, "-") && self.numtok(r.1 + 1).is_some_and(|t| t.ndig == 4) {
            return None;
        }
        Some(r)
    }

    /// "this year", "next year", "last year", "the year before" after a
    /// holiday or month-day: the year relative to publication.
    pub(crate) fn rel_year_after(&self, i: usize) -> Option<(i32, usize)> {
        // "in a year", "in two years": that many years after publication
        if self.is(i, "in") {
            if let Some((n, e)) = self.qty(i + 1) {
                if matches!(self.w(e), "year" | "years") && n <= 1000 {
                    let py = civil_from_days(self.pub_day?).0;
                    return Some((py + n as i32, e + 1));
                }
            }
        }
        // "two years ago", "a year ago" right after the date ("in March
        // two years ago", "Christmas a year ago"): that many years before
        // publication's
        if let Some((n, e)) = self.qty(i) {
            if matches!(self.w(e), "year" | "years") && self.is(e + 1, "ago") && n <= 1000 {
                let py = civil_from_days(self.pub_day?).0;
                return Some((py - n as i32, e + 2));
            }
        }
        let j = if self.is(i, "of") || self.is(i, "in") {
            i + 1
        } else {
            i
        };
        let off = match self.w(j) {
            "this" | "current" => 0,
            "next" | "following" => 1,
            "last" | "previous" | "past" => -1,
            _ => return None,
        };
        if !self.is(j + 1, "year") {
            return None;
        }
        let py = civil_from_days(self.pub_day?).0;
        Some((py + off, j + 2))
    }

    pub(crate) fn qty(&self, i: usize) -> Option<(u32, usize)> {
        match self.w(i) {
            "a" | "an" => {
                if self.is(i + 1, "couple") {
                    let e = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                    return Some((2, e));
                }
                if self.is(i + 1, "few") {
                    return Some((3, i + 2));
                }
                return Some((1, i + 1));
            }
            "couple" => {
                let e = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
                return Some((2, e));
            }
            "few" => return Some((3, i + 1)),
            _ => {}
        }
        if let Some(t) = self.numtok(i) {
            if t.ndig <= 4 && self.num_ok(i) && !self.adj(i + 1) || self.p(i + 1, "-") {
                return Some((t.num.min(100_000) as u32, i + 1));
            }
            return None;
        }
        let (v, e, ord, _) = self.small(i)?;
        if ord {
            return None;
        }
        Some((v, e))
    }

    // ---- tense ----------------------------------------------------------------
    // ---- resolution ----------------------------------------------------------------
    // ---- the top level -------------------------------------------------------------
    // ---- atoms -----------------------------------------------------------------------
}

/// `Option<(index, end)>` helpers.
pub(crate) trait OptExt {
    /// `None`, or an end before `end`.
    fn is_none_or_lt(&self, end: usize) -> bool;
}
impl OptExt for Option<(usize, usize)> {
    fn is_none_or_lt(&self, end: usize) -> bool {
        match self {
            None => true,
            Some((_, e)) => *e < end,
        }
    }
}

/// `Option<u32>` helpers.
pub(crate) trait OptEq {
    /// `None`, or equal to `v`.
    fn is_none_or_eq(&self, v: u32) -> bool;
}
impl OptEq for Option<u32> {
    fn is_none_or_eq(&self, v: u32) -> bool {
        match self {
            None => true,
            Some(x) => *x == v,
        }
    }
}
