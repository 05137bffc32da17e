//! The frame of one figure or date: what the sentence says it is about.
//!
//! For "an Israeli airstrike killed at least 12 members of the Daya family"
//! the frame of "at least 12 members" is: head noun `member`, of-complement
//! `daya family`, predicate `kill`, the names and content words of its
//! clause. Built from the tagged tokens of the document ([`Tokens`]) and the
//! document's facts; pure and deterministic.
//!
//! The parts, each read off the tagged words around the figure:
//!
//! - **head**: the noun the figure counts or measures ("senators" of "two
//!   Republican state senators"), the noun a money figure is worth
//!   ("package" of "a package worth $175 million"), or the noun a date
//!   modifies ("telecast" of "the 2008 telecast").
//! - **compound**: lower-case nouns before the head ("state" senators):
//!   part of what is counted, so they must match.
//! - **modifiers**: adjectives before the head ("unanswered" points,
//!   "extra" life sentences) must match; capitalised ones ("Republican",
//!   "Israeli") may be left out by one source but not contradicted.
//! - **scope**: words before the figure that delimit what is counted
//!   ("the *last* 10 games", "*another* 20 people").
//! - **of-complement**: content words of "of …" after the head ("members
//!   of the Daya family").
//! - **predicate**: the verb (or predicative adjective, "left four people
//!   dead") of the figure's clause, as a base form.
//! - **time frame**: a period counted from the article's own date in the
//!   sentence ("this season", "last year", "this past week"): a figure of
//!   such a sentence is a tally of that period of its article's time.
//! - **clause**: the words between the nearest clause boundaries (";",
//!   dashes, brackets, quotation marks, a relative or subordinate clause,
//!   ", and") with the names and other dates in it.

use super::lemma;
use super::spans::SpanIndex;
use super::tokens::{Token, Tokens};
use crate::document::Span;
use crate::facts::{names, Fact, FactKind};

/// A word of a frame: its base form (for matching) and as written (for
/// showing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameWord {
    /// Base form, lower case ("kill", "senator").
    pub base: String,
    /// As written in the text ("killed", "senators").
    pub text: String,
}

/// What a fact is in its document: a statement about the event, or a
/// publication stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Stated in the article's text.
    Statement,
    /// A dateline, "Published / Updated / Posted" line, byline or time
    /// stamp: the time of the article, not a fact of the event.
    Metadata,
}

/// A stretch of time named relative to the article's own date ("this
/// season", "last year"): a figure of a sentence that names one is a tally
/// of that stretch, so the same words in articles of two different times
/// are two claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeFrame {
    /// How long the stretch is.
    pub unit: PeriodUnit,
    /// How many of them back from the article's own ("this season": 0,
    /// "last season": 1).
    pub back: u8,
}

/// The length of a [`TimeFrame`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodUnit {
    /// A week.
    Week,
    /// A calendar month.
    Month,
    /// A sports season (its calendar bounds depend on the sport: taken as
    /// the [`SEASON_DAYS`] before the article).
    Season,
    /// A calendar year.
    Year,
}

/// Days a season is taken to last, for [`PeriodUnit::Season`]: longer than
/// any league's regular season and playoffs (about eight months), shorter
/// than the year between two seasons' ends.
pub const SEASON_DAYS: i64 = 240;

impl TimeFrame {
    /// The days (from 1970-01-01, inclusive) of the stretch, in an article
    /// published on day `published`.
    pub fn days(&self, published: i64) -> (i64, i64) {
        use crate::facts::CivilDate;
        let back = i64::from(self.back);
        let c = CivilDate::from_day(published);
        let first = |y: i64, m: u8| {
            CivilDate {
                year: y as i32,
                month: m,
                day: 1,
            }
            .day()
            .unwrap_or(published)
        };
        match self.unit {
            PeriodUnit::Week => {
                let hi = published - 7 * back;
                (hi - 6, hi)
            }
            PeriodUnit::Season => {
                let hi = published - SEASON_DAYS * back;
                (hi - SEASON_DAYS + 1, hi)
            }
            PeriodUnit::Month => {
                let months = i64::from(c.year) * 12 + i64::from(c.month) - 1 - back;
                let (y, m) = (months.div_euclid(12), (months.rem_euclid(12) + 1) as u8);
                let next = months + 1;
                let (ny, nm) = (next.div_euclid(12), (next.rem_euclid(12) + 1) as u8);
                (first(y, m), first(ny, nm) - 1)
            }
            PeriodUnit::Year => {
                let y = i64::from(c.year) - back;
                (first(y, 1), first(y + 1, 1) - 1)
            }
        }
    }
}

/// The frame of one figure or date.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Statement or publication metadata.
    pub role: Role,
    /// The noun the figure is about.
    pub head: Option<FrameWord>,
    /// Lower-case nouns before the head (base forms).
    pub compound: Vec<String>,
    /// Lower-case adjectives before the head (lower case).
    pub modifiers: Vec<String>,
    /// Capitalised modifiers before the head (lower case).
    pub proper: Vec<String>,
    /// Scope words before the figure ("last", "another").
    pub scope: Vec<String>,
    /// Content words of an of-complement (base forms).
    pub of: Vec<String>,
    /// Content words of an "on" complement after the head ("touchdowns *on
    /// punt returns*").
    pub on: Vec<String>,
    /// The of-complement is indefinite ("members of *one* family", "of *a*
    /// family"), not a named or definite one ("of the Daya family").
    pub of_indefinite: bool,
    /// Content words of a role after the phrase ("spent four seasons *as
    /// director of personnel*").
    pub as_role: Vec<String>,
    /// The clause is negated before the figure ("has never hit fewer than
    /// 26 homers").
    pub negated: bool,
    /// A unit glued to the figure by a hyphen ("170,000-square-foot"):
    /// the figure measures in it.
    pub glued_unit: Option<String>,
    /// Indices (into the document's facts) of the other figures of the
    /// sentence (counts, money, quantities, durations, percentages).
    pub siblings: Vec<usize>,
    /// The predicate of the clause.
    pub predicate: Option<FrameWord>,
    /// Canonical keys of the names in the clause: those the name extractor
    /// found and runs of proper nouns.
    pub names: Vec<String>,
    /// The names of the clause the name extractor typed (person, place,
    /// organisation), with their canonical keys.
    pub typed_names: Vec<(FactKind, String)>,
    /// For a clause without a subject of its own, the names before the
    /// sentence's first verb (its subject).
    pub subject_names: Vec<String>,
    /// The typed ones among [`Frame::subject_names`].
    pub subject_typed: Vec<(FactKind, String)>,
    /// Who the sentence is about: the names before its first verb, or for
    /// a personal pronoun before the figure ("He went on …", "before he
    /// broke cover, admitting …") the person the document names most (its
    /// [`Frame::pronoun_person`]). Evidence that two clauses are said of one subject, never a
    /// reason to keep them apart.
    pub sentence_subject: Vec<String>,
    /// The person a personal pronoun before the figure stands for ("before
    /// *he* broke cover, admitting …"): the document's protagonist.
    pub pronoun_person: Option<String>,
    /// Content words of the sentence (base forms) with weights: clause
    /// words near the figure weigh most. Sorted by word.
    pub words: Vec<(String, f64)>,
    /// Indices (into the document's facts) of the other dates in the clause.
    pub anchors: Vec<usize>,
    /// Byte span of the clause.
    pub clause: Span,
    /// The noun phrase as written, for a readable key ("Republican state
    /// senators", "security assistance package").
    pub phrase: String,
    /// A date that premodifies its head after a determiner or with a
    /// possessive ("the 2012 shooting death", "an April 2007 shooting",
    /// "February's show"): the head names the dated happening, so it, not
    /// the clause's verb ("convicted in the 2012 shooting"), is what the
    /// date is said of.
    pub dates_head: bool,
    /// A stretch of time counted from the article's date named in the
    /// sentence ("missed four games *this season*").
    pub time_frame: Option<TimeFrame>,
    /// A bare number set off by commas right after a person's name
    /// ("Eric Kirkpatrick, 61, opened fire"): the person's age; the
    /// canonical key of that person. Shown in the key, not used to align.
    pub age_of: Option<String>,
    /// The age is told "at the age of N" ("died at the age of 95", "joined
    /// the bureau at the age of 28"): the person's age at the clause's act,
    /// which may be long before the article.
    pub age_at_act: bool,
    /// A date that tells when someone spoke ("Owen *said Tuesday* that the
    /// city …", "told reporters *Friday night*"): the time of a statement
    /// about the event, not of the happening it reports.
    pub dates_saying: bool,
    /// Who the figure belongs to, by name: the people and organisations
    /// (canonical keys; typed places left out) named between the clause's
    /// nearest verb before the figure and its noun phrase ("re-signed
    /// *Iguodala and Williams* for $80 million", "signed *Elton Brand* to a
    /// five-year, $80 million contract", "*Matt Smith*, the 12th Doctor",
    /// "*the Orioles'* seven-year bid"). Two figures that name different
    /// owners are said of different ones, whatever their values.
    pub owner: Vec<String>,
    /// A window the sentence bounds its tally by, other than a stretch
    /// counted from the article's date ([`Frame::time_frame`]): "since
    /// October", "since the 2010 election", "in the past two years", "over
    /// the last decade", written as a key ("since october", "past 2
    /// year"). A count within a window is another claim than a count
    /// without one, or within another, whether or not its date resolves.
    pub window: Option<String>,
    /// The class of people the figure counts, however worded ("24 were
    /// killed", "injuring 30", "30 were taken to hospital"): see
    /// [`super::tally`].
    pub tally: Option<super::tally::Tally>,
    /// The clause tells of an earlier happening ("the previous crash on
    /// the road killed nine"): background to the article's event.
    pub other_happening: bool,
    /// For an age, the role of the one person of that role the document
    /// tells of ("the driver, 19,", "a 76-year-old man died"): see
    /// [`super::role`]; empty when the document gives the role to several
    /// people.
    pub age_role: super::role::Roles,
    /// The date a "when" clause holding the figure hangs from ("since
    /// 2019, when 31 died"): index into the document's facts. The clause
    /// tells of the time that date begins.
    pub when_date: Option<usize>,
    /// For a sum of money given or charged per one of something ("Rs 4
    /// lakh to the family of each victim", "$500 per household", "€20 a
    /// head"), the class of that unit ("victim", "household", "person"):
    /// see [`super::per_unit`]. A per-unit sum is another claim than a
    /// total.
    pub per_unit: Option<String>,
}

/// Nouns that name a stretch of time, not a happening: a date before one
/// ("the 2008-09 season", "the 2010 fiscal year") says which stretch, it
/// does not date an event.
const PERIOD_NOUNS: &[&str] = &[
    "season", "term", "session", "semester", "period", "era", "half", "cycle", "window",
    "calendar", "schedule", "budget",
];

/// A date this many words or fewer from a figure, in its clause, dates it.
const ANCHOR_WORDS: usize = 6;

/// Auxiliary and light verbs: never the predicate of a claim.
const AUXILIARIES: &[&str] = &[
    "be", "have", "do", "will", "would", "shall", "should", "may", "might", "must", "can", "could",
    "get", "become", "seem", "let", "make", "go", "come",
];

/// Participles that work as prepositions ("denied arson *following* a
/// fire", "four people, *including* two children"), the words that
/// introduce an age ("girls *age* 6 and 8", "men *aged* 20 to 30") and the
/// clitic "'s" (of "is" or "has"): written as verb forms, they say nothing
/// of what a figure is, so they are never a predicate.
const NOT_PREDICATES: &[&str] = &[
    "following",
    "including",
    "according",
    "regarding",
    "concerning",
    "pending",
    "given",
    "excluding",
    "considering",
    "barring",
    "age",
    "aged",
    "'s",
    "\u{2019}s",
];

/// Verbs of saying and thinking: they attribute a claim, they are never
/// its predicate.
const SAYING: &[&str] = &[
    "say", "tell", "add", "note", "write", "explain", "comment", "insist", "quote", "accord",
    "believe", "think", "claim",
];

/// Words a verb of saying may lie before the date it governs ("said *in a
/// statement* Tuesday", "told *reporters* Friday").
const SAYING_REACH: usize = 5;

/// Whether the date at tokens `[a, b)` of the clause `[cl_a, cl_b)` dates
/// a verb of saying ([`SAYING`]): the nearest verb before it, within a few
/// words ("said Tuesday", "told reporters Friday night"), or with no verb
/// before it, the verb right after it ("Owen on Tuesday said"). A trailing
/// attribution after a comma ("killed Wednesday, police said") says
/// nothing of the date.
fn dates_saying(toks: &[Token], (cl_a, cl_b): (usize, usize), (a, b): (usize, usize)) -> bool {
    let verb = |k: &usize| {
        let t = &toks[*k];
        t.tag.is_verb()
            && !t.has_digit
            && !AUXILIARIES.contains(&lemma::verb(&t.norm).as_str())
            && !NOT_PREDICATES.contains(&t.norm.as_str())
    };
    let saying = |k: usize| SAYING.contains(&lemma::verb(&toks[k].norm).as_str());
    if let Some(k) = (cl_a..a).rev().find(verb) {
        return saying(k) && a - k <= SAYING_REACH;
    }
    (b..cl_b.min(b + 3))
        .find(verb)
        .is_some_and(|k| saying(k) && toks[b..k].iter().all(|t| t.tag.name() != ","))
}

/// Verbs that attribute a figure but date an announcement ("reported
/// Monday"): the predicate of a date, not of a figure.
const REPORTING: &[&str] = &[
    "report", "state", "expect", "estimate", "predict", "project",
];

/// Words before a figure that delimit what is counted.
const SCOPE: &[&str] = &[
    "last",
    "next",
    "first",
    "past",
    "previous",
    "final",
    "other",
    "another",
    "additional",
    "extra",
    "further",
    "remaining",
    "consecutive",
    "straight",
    "initial",
    "latest",
    "more",
    "new",
    "recent",
    "top",
    "only",
    "same",
    "second",
    "third",
];

/// Words before a head that say nothing about what is counted ("10 total
/// games", "a combined 157 games").
const FILLER: &[&str] = &[
    "total", "combined", "overall", "all", "each", "every", "whole",
];

/// Hedge words: part of a figure, never a modifier.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "under",
    "than",
    "least",
    "most",
    "up",
    "to",
    "as",
    "many",
    "much",
    "at",
    "more",
    "less",
    "fewer",
    "estimated",
    "just",
    "only",
    "a",
    "an",
    "the",
    "of",
    "few",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// Subordinators and relatives that open a new clause.
const CLAUSE_OPENERS: &[&str] = &[
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "although",
    "though",
    "because",
    "whereas",
    "compared",
    "unlike",
    "but",
    "that",
    "if",
    "unless",
    "until",
    "since",
    "after",
    "before",
    "as",
    "including",
    "according",
    "excluding",
    "despite",
    "besides",
    "plus",
    "then",
];

/// Nouns too general to be the head of a claim or to show parallel
/// sentences (time units, quantities, reporting words).
const LIGHT_NOUNS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "time",
    "percent",
    "%",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dozen",
    "number",
    "total",
    "lot",
    "part",
    "kind",
    "way",
    "thing",
    "statement",
    "report",
    "source",
    "official",
    "spokesman",
    "spokeswoman",
    "according",
];

fn is_content(t: &Token) -> bool {
    if t.has_digit || !t.is_word() {
        return false;
    }
    let tag = t.tag;
    if tag.is_verb() {
        let b = lemma::verb(&t.norm);
        return !AUXILIARIES.contains(&b.as_str())
            && !SAYING.contains(&b.as_str())
            && !REPORTING.contains(&b.as_str());
    }
    (tag.is_noun() || tag.is_adjective())
        && t.norm.chars().count() > 1
        && !LIGHT_NOUNS.contains(&t.norm.as_str())
        && !HEDGES.contains(&t.norm.as_str())
}

fn base_of(t: &Token) -> String {
    if t.tag.is_verb() {
        lemma::verb(&t.norm)
    } else if t.tag.is_noun() {
        lemma::noun(&t.norm)
    } else {
        t.norm.clone()
    }
}

/// Words at most inside a parenthetical aside ([`aside_bracket`]).
const ASIDE_WORDS: usize = 3;

/// Whether the bracket at `k` opens or closes a short aside within a noun
/// phrase: a nickname, an acronym or a party ("Luis (Lou) Ortiz", "the
/// Food and Drug Administration (FDA) said", "Sen. Ann Lee (D-Ohio)"):
/// one to [`ASIDE_WORDS`] words, no verb and no digit among them. Such an
/// aside ends no clause: the verb before it still governs what follows
/// ("accused of gunning down Luis (Lou) Ortiz a month ago").
fn aside_bracket(toks: &[Token], k: usize) -> bool {
    let inside = |a: usize, b: usize| {
        b > a
            && b - a <= ASIDE_WORDS
            && toks[a..b]
                .iter()
                .all(|t| t.is_word() && !t.has_digit && !t.tag.is_verb())
    };
    match toks[k].tag.name() {
        "(" => (k + 2..toks.len().min(k + ASIDE_WORDS + 2))
            .find(|&j| toks[j].tag.name() == ")")
            .is_some_and(|j| inside(k + 1, j)),
        ")" => (k.saturating_sub(ASIDE_WORDS + 1)..k.saturating_sub(1))
            .rev()
            .find(|&j| toks[j].tag.name() == "(")
            .is_some_and(|j| inside(j + 1, k)),
        _ => false,
    }
}

/// Whether a clause ends before token `k` (a boundary between `k-1` and `k`).
fn boundary_before(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let name = t.tag.name();
    if matches!(name, ":" | "(" | ")" | "\"" | "``" | "''") {
        return !aside_bracket(toks, k);
    }
    if name == "," {
        // ", which", ", killing", ", and": a new clause after the comma.
        return toks.get(k + 1).is_some_and(|n| {
            CLAUSE_OPENERS.contains(&n.norm.as_str())
                || n.tag.name() == "VBG"
                || n.tag.name() == "CC"
                || n.tag.name() == "WDT"
                || n.tag.name() == "WP"
        });
    }
    if CLAUSE_OPENERS.contains(&t.norm.as_str())
        && matches!(name, "WDT" | "WP" | "WRB" | "IN" | "CC" | "WP$")
    {
        // "after" and "before" open a clause only before a subject and verb,
        // not as prepositions ("after the attack"): require a verb soon. A
        // verb right after "and" is a second predicate of the main clause
        // ("arrested three times since October and had been charged"), not
        // the subordinate clause's.
        if matches!(
            t.norm.as_str(),
            "after" | "before" | "since" | "until" | "as"
        ) {
            return (k + 1..toks.len()).take(4).any(|j| {
                let n = &toks[j];
                n.tag.is_finite() && n.tag.name() != "MD" && toks[j - 1].tag.name() != "CC"
            });
        }
        return true;
    }
    // "and" or "but" before a finite verb: a second predicate ("killed four
    // and injured 12", "four were killed and 12 were hurt").
    name == "CC"
        && toks[k + 1..]
            .iter()
            .take(4)
            .take_while(|n| !n.tag.is_punct() && n.tag.name() != "CC")
            .any(|n| {
                n.tag.is_finite() || n.tag.name() == "VBN" && n.span.start == toks[k + 1].span.start
            })
}

/// The clause around tokens `[a, b)` within the sentence `[s, e)`.
fn clause_range(toks: &[Token], s: usize, e: usize, a: usize, b: usize) -> (usize, usize) {
    let mut lo = a.min(e);
    while lo > s && !boundary_before(toks, lo) {
        lo -= 1;
    }
    // `lo` is at a boundary token or the sentence start; a boundary token
    // itself is not in the clause unless it is a word ("which", "and").
    if lo < toks.len() && lo < a && !toks[lo].is_word() {
        lo += 1;
    }
    let mut hi = b.max(lo);
    while hi < e && !boundary_before(toks, hi) {
        hi += 1;
    }
    (lo.min(a), hi.max(b))
}

/// Tokens of a sentence read on each side of a figure. A news sentence is
/// shorter; text without sentence punctuation (a table, a list of results,
/// a page scraped without its markup) is one "sentence" of thousands of
/// words, and reading all of it for each of its figures made the frames
/// quadratic in the page.
const SENTENCE_REACH: usize = 60;

/// What [`build`] needs of the whole document, computed once per document
/// (not once per fact): which tokens lie inside a date, and inside any
/// figure or date; the document's name keys; its protagonist.
#[derive(Debug, Clone)]
pub struct DocContext {
    /// Per token: inside a date fact.
    in_date: Vec<bool>,
    /// Per token: inside a figure or date fact (any fact but names and
    /// quotes).
    in_figure: Vec<bool>,
    /// Every name fact's kind and canonical key, in fact order.
    names: Vec<(FactKind, String)>,
    /// See [`protagonist`].
    protagonist: Option<String>,
    /// See [`repeated_proper`].
    repeated: Option<String>,
    /// Every fact, by span.
    pub(crate) all: SpanIndex,
    /// The date facts, by span.
    pub(crate) dates: SpanIndex,
    /// The figure and date facts (all but names and quotes), by span.
    figures: SpanIndex,
    /// The name facts (people, places, organisations), by span.
    name_facts: SpanIndex,
    /// The roles the document gives several people ([`super::role::plural`]).
    plural_roles: super::role::Roles,
}

impl DocContext {
    /// The context of a document's `facts` over its `tokens`.
    pub fn new(tokens: &Tokens, facts: &[Fact]) -> DocContext {
        let n = tokens.toks.len();
        let (mut in_date, mut in_figure) = (vec![false; n], vec![false; n]);
        let mut in_place_or_org = vec![false; n];
        for f in facts
            .iter()
            .filter(|f| matches!(f.kind, FactKind::Place | FactKind::Org))
        {
            let (a, b) = tokens.range_of(f.span);
            for flag in in_place_or_org.iter_mut().take(b.min(n)).skip(a) {
                *flag = true;
            }
        }
        for f in facts.iter().filter(|f| !is_name_or_quote(f.kind)) {
            let (a, b) = tokens.range_of(f.span);
            for k in a..b.min(n) {
                let t = &tokens.toks[k];
                if f.span.start <= t.span.start && t.span.end <= f.span.end {
                    in_figure[k] = true;
                    in_date[k] |= f.kind == FactKind::Date;
                }
            }
        }
        let names = facts
            .iter()
            .filter(|f| matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Place))
            .map(|f| (f.kind, name_key(f)))
            .filter(|(_, k)| !k.is_empty())
            .collect();
        let repeated = repeated_proper(tokens, &in_place_or_org, &in_figure);
        DocContext {
            in_date,
            in_figure,
            names,
            protagonist: protagonist(facts),
            repeated,
            all: SpanIndex::new(facts, |_| true),
            dates: SpanIndex::new(facts, |f| f.kind == FactKind::Date),
            figures: SpanIndex::new(facts, |f| !is_name_or_quote(f.kind)),
            name_facts: SpanIndex::new(facts, is_name),
            plural_roles: super::role::plural(&tokens.toks),
        }
    }

    /// Whether token `k` is inside a date fact.
    pub(crate) fn in_date(&self, k: usize) -> bool {
        self.in_date.get(k) == Some(&true)
    }
}

/// A person, place or organisation.
fn is_name(f: &Fact) -> bool {
    matches!(f.kind, FactKind::Person | FactKind::Org | FactKind::Place)
}

/// Names and quotes have no frame; every other fact is a figure or a date.
fn is_name_or_quote(kind: FactKind) -> bool {
    matches!(
        kind,
        FactKind::Person | FactKind::Place | FactKind::Org | FactKind::Quote
    )
}

/// The canonical key of a name fact ("" for other values).
fn name_key(f: &Fact) -> String {
    match &f.value {
        crate::facts::FactValue::Text(n) => names::canonical_key(n),
        _ => String::new(),
    }
}

/// Builds the frame of fact `i` of a document, or `None` for names,
/// quotes and a figure that describes a parent by their children ("a
/// father of two": no claim of the event, see `describe`). `doc` is the
/// document's [`DocContext`] (of these `tokens` and `facts`).
pub fn build(
    text: &str,
    tokens: &Tokens,
    facts: &[Fact],
    doc: &DocContext,
    i: usize,
    metadata: bool,
) -> Option<Frame> {
    let fact = facts.get(i)?;
    if is_name_or_quote(fact.kind) {
        return None;
    }
    let toks = &tokens.toks;
    let (a, b) = tokens.range_of(fact.span);
    if a >= toks.len() || a >= b {
        return Some(empty_frame(fact.span, metadata));
    }
    if matches!(fact.kind, FactKind::Number | FactKind::Count)
        && super::describe::kin_description(toks, (a, b))
    {
        return None;
    }
    let (s, e) = tokens.sentence_range(a);
    let (s, e) = (
        s.max(a.saturating_sub(SENTENCE_REACH)),
        e.min(b + SENTENCE_REACH),
    );
    // The facts that lie in (or across) these words: the only ones the
    // frame can be about.
    let window = Span::new(toks[s].span.start, toks[e - 1].span.end);
    let near: Vec<&Fact> = doc
        .figures
        .overlapping(facts, window.start, window.end)
        .into_iter()
        .map(|k| &facts[k])
        .collect();
    let (cl_a, cl_b) = clause_range(toks, s, e, a, b);
    // A noun phrase never reaches into another date ("worth $80 million
    // last summer"); a token outside the fact's own tokens is never inside
    // the fact itself.
    let in_other_date = |k: usize| doc.in_date.get(k) == Some(&true);
    let np_e = (b..e).find(|&k| in_other_date(k)).unwrap_or(e);
    let np_s = (s..a)
        .rev()
        .find(|&k| in_other_date(k))
        .map_or(s, |k| k + 1);
    let mut np = noun_phrase(toks, &near, fact, (a, b), (np_s, np_e));
    // A rate with no noun of its own, told of the subject of a copula or
    // the object of a verb of valuing ("overall inflation was 4.1%", "put
    // May inflation at 4.4 percent"): that noun is what it measures.
    let measured = (fact.kind == FactKind::Percent && np.head.is_none())
        .then(|| super::measured::subject(toks, cl_a, a, in_other_date))
        .flatten();
    if let Some(m) = &measured {
        np.head = Some(m.head);
        np.phrase_from = Some(m.from);
        np.compound.clone_from(&m.compound);
        np.modifiers.clone_from(&m.modifiers);
    }
    // A subject coordinated with another ("four people and a dog were
    // rescued") has its verb past the clause boundary.
    // Money that names what it is worth ("a package worth $175 million",
    // "a $175 million package") is said of that noun: the clause's verb
    // ("the package includes …") is not its predicate.
    let own_predicate = !(fact.kind == FactKind::Money && np.head.is_some());
    let predicate = own_predicate
        .then(|| predicate(toks, doc, cl_a, cl_b, a, np.end.max(b), fact.kind))
        .flatten()
        .or_else(|| {
            if !own_predicate {
                return None;
            }
            let strong = (cl_b..e)
                .find(|&k| matches!(toks[k].tag.name(), ":" | "(" | ")" | "\"" | "``" | "''"))
                .unwrap_or(e);
            (cl_a == a || toks[cl_a..a].iter().all(|t| !t.tag.is_verb()))
                .then(|| predicate(toks, doc, cl_b, strong, cl_b, cl_b, fact.kind))
                .flatten()
        });
    // A date of a happening named by a noun ("a release likely for late
    // 2009", "a late 2009 release date") is said of that noun, not of the
    // clause's verb.
    let predicate = if fact.kind == FactKind::Date {
        nominal_predicate(toks, doc, (cl_a, cl_b), (a, b), predicate.is_some()).or(predicate)
    } else {
        predicate
    };
    // "The death toll has risen to three": a figure a toll's verb sets
    // counts the dead, the toll is its predicate.
    let predicate = toll_noun(toks, s, a).or(predicate);
    // The verb that values a rate ("the office put inflation at 4.4%")
    // says who gave it, not what happened.
    let predicate = predicate.filter(|&p| measured.as_ref().and_then(|m| m.valued_by) != Some(p));
    // A date after the noun of a happening and its phrases, in a clause
    // with no verb of its own ("went on a shooting rampage at a courthouse
    // in 2005"): the noun is what it dates.
    let borrowed = (fact.kind == FactKind::Date && np.head.is_none() && predicate.is_none())
        .then(|| borrowed_head(toks, cl_a, a))
        .flatten();
    // Names and other dates in the clause.
    let clause = Span::new(toks[cl_a].span.start, toks[cl_b.max(cl_a + 1) - 1].span.end);
    let (names, typed) = names_in(text, toks, facts, doc, (cl_a, cl_b), (a, b));
    // The subject of a clause that has none of its own ("Thomas was hurt
    // in September and missed 10 games"): the names before the sentence's
    // first verb.
    let (mut subject_names, mut subject_typed) = if toks[cl_a..a].iter().any(|t| t.tag.is_noun()) {
        (Vec::new(), Vec::new())
    } else {
        let first_verb = (s..e).find(|&k| toks[k].tag.is_verb()).unwrap_or(s);
        names_in(text, toks, facts, doc, (s, first_verb.min(cl_a)), (a, b))
    };
    // "He missed 10 games": a personal pronoun for subject stands, in a
    // news report, for the person the report is about (the one it names
    // most often).
    if subject_names.is_empty() && names.is_empty() {
        let pronoun_subject = toks[s..a]
            .iter()
            .take_while(|t| !t.tag.is_verb())
            .any(|t| matches!(t.norm.as_str(), "he" | "she" | "his" | "her"));
        if pronoun_subject {
            if let Some(p) = doc.protagonist.clone() {
                subject_names.push(p.clone());
                subject_typed.push((FactKind::Person, p));
            }
        }
    }
    let pronoun_person = toks[s..a]
        .iter()
        .any(|t| PERSONAL.contains(&t.norm.as_str()))
        .then(|| doc.protagonist.clone().or_else(|| doc.repeated.clone()))
        .flatten();
    let sentence_subject = sentence_subject(text, toks, facts, doc, (s, e), (a, b))
        .unwrap_or_else(|| pronoun_person.iter().cloned().collect());
    let anchors: Vec<usize> = doc
        .dates
        .overlapping(facts, clause.start, clause.end)
        .into_iter()
        .map(|j| (j, &facts[j]))
        .filter(|(j, f)| {
            *j != i
                && f.span.start >= clause.start
                && f.span.end <= clause.end
                && !(f.span.start < fact.span.end && fact.span.start < f.span.end)
                && !alternative_dates(toks, tokens.range_of(f.span), (a, b))
                && !super::participle::dates_participle(
                    toks,
                    predicate.is_some_and(|p| p < a),
                    np.end.max(b),
                    tokens.range_of(f.span).0,
                )
                && {
                    // Near enough to be said of the figure: within a few
                    // words of it.
                    let (x, y) = tokens.range_of(f.span);
                    let gap = if y <= a { a - y } else { x.saturating_sub(b) };
                    gap <= ANCHOR_WORDS
                }
        })
        .map(|(j, _)| j)
        .collect();
    // "since 2019, when 31 died": the clause tells of its date's time.
    let when_date = super::tally::date_before_when(toks, cl_a, |k| doc.in_date(k)).and_then(|k| {
        let t = toks[k].span;
        doc.dates
            .overlapping(facts, t.start, t.end)
            .into_iter()
            .find(|&j| j != i)
    });
    // Content words: the clause at full weight decaying with distance, the
    // rest of the sentence at a third.
    let mut words: Vec<(String, f64)> = Vec::new();
    // Words inside other dates and figures say when and how many, not
    // what: two reports of one claim differ exactly there.
    let in_other_fact = |k: usize| doc.in_figure.get(k) == Some(&true);
    let short_clause = toks[cl_a..cl_b]
        .iter()
        .enumerate()
        .filter(|(k, t)| !(a..b).contains(&(cl_a + k)) && is_content(t))
        .count()
        < 2;
    for (k, t) in toks.iter().enumerate().take(e).skip(s) {
        if (a..b).contains(&k) || !is_content(t) || in_other_fact(k) {
            continue;
        }
        let d = if k < a {
            a - k
        } else {
            k.saturating_sub(b) + 1
        } as f64;
        // A clause too short to say anything ("(August 9)") lends the
        // whole sentence its weight.
        let inside = (cl_a..cl_b).contains(&k) || short_clause;
        let w = if inside {
            1.0 / (1.0 + d / 4.0)
        } else {
            0.3 / (1.0 + d / 4.0)
        };
        let w = if t.tag.is_proper() { w * 1.5 } else { w };
        words.push((base_of(t), w));
    }
    words.sort_by(|x, y| x.0.cmp(&y.0));
    let mut merged: Vec<(String, f64)> = Vec::with_capacity(words.len());
    for (k, w) in words {
        match merged.last_mut() {
            Some(last) if last.0 == k => last.1 = last.1.max(w),
            _ => merged.push((k, w)),
        }
    }
    // "as <role>" right after the phrase.
    let after = np.end.max(b);
    let as_role = if toks.get(after).is_some_and(|t| t.norm == "as") && after < cl_b {
        toks[after + 1..cl_b.min(after + 7)]
            .iter()
            .take_while(|t| is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$" | "POS" | "IN"))
            .filter(|t| is_content(t))
            .map(base_of)
            .collect()
    } else {
        Vec::new()
    };
    let negated = toks[cl_a..a]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "not" | "n't" | "never"));
    let glued_unit = text
        .get(fact.span.end..)
        .and_then(|rest| rest.strip_prefix('-'))
        .map(|rest| {
            rest.split(|c: char| !(c.is_alphabetic() || c == '-'))
                .next()
                .unwrap_or("")
                .to_lowercase()
        })
        .filter(|u| !u.is_empty());
    let sentence = Span::new(toks[s].span.start, toks[e - 1].span.end);
    // The figure's own noun phrase ("a five-year deal worth $80 million")
    // holds no sibling: its figures describe the same thing.
    let own_phrase = match (np.phrase_from, np.head) {
        (Some(f), Some(h)) => Span::new(
            toks[f.min(a)].span.start,
            toks[h.max(b.saturating_sub(1))].span.end,
        ),
        _ => fact.span,
    };
    let siblings: Vec<usize> = doc
        .figures
        .overlapping(facts, sentence.start, sentence.end)
        .into_iter()
        .map(|j| (j, &facts[j]))
        .filter(|(j, f)| {
            *j != i
                && matches!(
                    f.kind,
                    FactKind::Count
                        | FactKind::Money
                        | FactKind::Quantity
                        | FactKind::Duration
                        | FactKind::Percent
                )
                && f.span.start >= sentence.start
                && f.span.end <= sentence.end
                && !(f.span.start < own_phrase.end && own_phrase.start < f.span.end)
        })
        .map(|(j, _)| j)
        .collect();
    let phrase_text = |from: usize, to: usize| -> String {
        if from >= to {
            return String::new();
        }
        text.get(toks[from].span.start..toks[to - 1].span.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The readable phrase leaves out determiners, hedges and scope words
    // in front ("most recent security assistance package" reads "security
    // assistance package").
    let skip_front = |mut f: usize, h: usize| {
        while f < h
            && (matches!(toks[f].tag.name(), "DT" | "PRP$" | "RBS" | "RB")
                || SCOPE.contains(&toks[f].norm.as_str())
                || FILLER.contains(&toks[f].norm.as_str())
                || HEDGES.contains(&toks[f].norm.as_str())
                || matches!(toks[f].norm.as_str(), "recent" | "latest" | "most"))
        {
            f += 1;
        }
        f
    };
    let phrase = match (np.phrase_from, np.head.or(borrowed)) {
        (Some(f), Some(h)) if f <= h => phrase_text(skip_front(f, h), h + 1),
        (_, Some(h)) => phrase_text(h, h + 1),
        _ => String::new(),
    };
    // "the 2012 shooting", "last year's election": a determiner before the
    // date, or a possessive after it, makes the date part of the noun
    // phrase; "in 2012 prosecutors said" does not.
    let premodifies = a > s && matches!(toks[a - 1].tag.name(), "DT" | "PRP$")
        || toks.get(b).is_some_and(|t| t.tag.name() == "POS");
    let dates_head = fact.kind == FactKind::Date
        && np.head.or(borrowed).is_some_and(|h| {
            let w = toks[h].norm.as_str();
            crate::lex::words::unit(w).is_none() && !PERIOD_NOUNS.contains(&lemma::noun(w).as_str())
        })
        && (premodifies || borrowed.is_some());
    // A date that premodifies its noun dates that noun; the clause's other
    // dates ("convicted *last month* in the May 2019 rampage") date its
    // verb, not the happening.
    let anchors = if dates_head { Vec::new() } else { anchors };
    let told = age_of(text, toks, facts, doc, fact, (a, b))
        .or_else(|| age_told_before(text, tokens, facts, doc, fact, (a, b)));
    let at_death = told.is_none() && died_at(text, toks, fact, a);
    let age_at_act = told.is_none() && !at_death && at_the_age_of(text, toks, fact, a);
    let age_of = told.or_else(|| {
        (at_death || age_at_act)
            .then(|| age_person(doc, &typed, &subject_typed, &sentence_subject))
            .flatten()
    });
    let age_role = if age_of.is_some() || age_written(text, fact) {
        super::role::of_age(toks, (cl_a, cl_b), (a, b))
    } else if is_age_number(fact) {
        super::role::of_noun(toks, cl_b, (a, b)).unwrap_or_default()
    } else {
        super::role::Roles::NONE
    };
    let counts_people = fact.kind == FactKind::Number || fact.kind == FactKind::Count;
    let per_unit = (fact.kind == FactKind::Money)
        .then(|| super::per_unit::per_unit(toks, (s, e), (a, b)))
        .flatten();
    Some(Frame {
        per_unit,
        tally: counts_people
            .then(|| super::tally::tally(toks, (s, e), (a, b)))
            .flatten(),
        other_happening: super::tally::other_happening(toks, s, cl_a, a),
        age_role: age_role.without(doc.plural_roles),
        when_date,
        time_frame: time_frame(toks, s, e, (cl_a, cl_b)),
        dates_head,
        role: if metadata {
            Role::Metadata
        } else {
            Role::Statement
        },
        head: np.head.or(borrowed).map(|h| FrameWord {
            base: lemma::noun(&toks[h].norm),
            text: phrase_text(h, h + 1),
        }),
        compound: np.compound,
        modifiers: np.modifiers,
        proper: np.proper,
        scope: np.scope,
        of_indefinite: np.of_indefinite,
        on: np.on,
        of: np.of,
        as_role,
        negated,
        glued_unit,
        siblings,
        predicate: predicate.map(|p| FrameWord {
            base: if toks[p].tag.is_verb() {
                lemma::verb(&toks[p].norm)
            } else {
                base_of(&toks[p])
            },
            text: phrase_text(p, p + 1),
        }),
        names,
        typed_names: typed,
        subject_names,
        subject_typed,
        sentence_subject,
        pronoun_person,
        words: merged,
        anchors,
        clause,
        phrase,
        age_of,
        age_at_act,
        owner: owner(
            text,
            toks,
            facts,
            doc,
            (cl_a, np.phrase_from.unwrap_or(a).min(a)),
            (a, b),
        ),
        window: tally_window(toks, doc, (cl_a, cl_b.min(e)), (a, b)),
        // "Police said Monday's fire was set": the date premodifies the
        // noun of a happening, not the verb of saying before it.
        dates_saying: fact.kind == FactKind::Date
            && !(dates_head && premodifies)
            && dates_saying(toks, (cl_a, cl_b), (a, b)),
    })
}

/// Words before a figure's noun phrase within which [`Frame::owner`] looks
/// for its owner's name.
const OWNER_WORDS: usize = 10;

/// The names a figure belongs to (see [`Frame::owner`]), within
/// [`OWNER_WORDS`] before the noun phrase that starts at `from` in the
/// clause opened at `cl_a`: the object of the nearest verb before it (up
/// to a preposition), else a name in apposition, else, after a copula,
/// its subject. Typed places are left out (a place says where, not whose).
fn owner(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (cl_a, from): (usize, usize),
    skip: (usize, usize),
) -> Vec<String> {
    let lo = from.saturating_sub(OWNER_WORDS).max(cl_a);
    let verb = (lo..from)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.tag.is_verb()));
    let after_verb = verb.map_or(lo, |k| k + 1);
    // The verb's object ends at its first preposition: a name after one
    // says where or with whom ("served with the county sheriff's
    // department for 15 years"), not whose.
    let object_end = (after_verb..from)
        .find(|&k| matches!(toks[k].tag.name(), "IN" | "TO"))
        .unwrap_or(from);
    let (mut names, mut typed) = names_in(text, toks, facts, doc, (after_verb, object_end), skip);
    // An apposition: a name set off by a comma right before the phrase
    // ("for Matt Smith, the 12th Doctor").
    if names.is_empty() && from > lo && toks[from - 1].norm == "," {
        let run = (lo..from - 1)
            .rev()
            .take_while(|&k| toks[k].tag.is_proper())
            .last();
        if let Some(first) = run {
            (names, typed) = names_in(text, toks, facts, doc, (first, from - 1), skip);
        }
    }
    // A copula between says the figure is its subject's: the name right
    // before it, past a modal or an adverb and an age set off by commas
    // ("Tomas Berg becomes the fourth captain", "Capaldi will be the
    // Twelfth Doctor", "Ortiz, 35, was a 15-year member").
    if let Some(k) = verb.filter(|&k| names.is_empty() && is_copula(&toks[k])) {
        if let Some(run) = subject_before(toks, cl_a, k) {
            (names, typed) = names_in(text, toks, facts, doc, run, skip);
        }
    }
    let place = |n: &String| typed.iter().any(|(k, t)| *k == FactKind::Place && t == n);
    names.into_iter().filter(|n| !place(n)).collect()
}

/// The run of proper nouns that ends right before the verb at `k` (past
/// modals, adverbs and an age in commas), within the clause opened at
/// `cl_a`: the copula's subject, if it is named.
fn subject_before(toks: &[Token], cl_a: usize, k: usize) -> Option<(usize, usize)> {
    let mut end = k;
    while end > cl_a && matches!(toks[end - 1].tag.name(), "MD" | "RB") {
        end -= 1;
    }
    // ", 35," after the name
    if end >= cl_a + 3
        && toks[end - 1].norm == ","
        && toks[end - 2].has_digit
        && toks[end - 3].norm == ","
    {
        end -= 3;
    }
    let start = (cl_a..end)
        .rev()
        .take_while(|&j| toks[j].tag.is_proper())
        .last()?;
    Some((start, end))
}

/// Units a window of the past is counted in ("the past two *years*", "the
/// last *decade*").
const WINDOW_UNITS: &[&str] = &[
    "day", "week", "month", "year", "decade", "season", "century",
];

/// The window a tally is bounded by in the clause `[cl_a, cl_b)` outside
/// the figure `(a, b)` (see [`Frame::window`]): "since" before a date, a
/// number or a noun phrase (not a reason: "since he was hurt"), or
/// "the past / last / previous \[N\] UNIT" after "in", "over", "during",
/// "within" or "for".
fn tally_window(
    toks: &[Token],
    doc: &DocContext,
    (cl_a, cl_b): (usize, usize),
    (a, b): (usize, usize),
) -> Option<String> {
    let word = |k: usize| toks.get(k).filter(|_| k < cl_b && !(a..b).contains(&k));
    (cl_a..cl_b).filter(|k| !(a..b).contains(k)).find_map(|k| {
        let t = word(k)?;
        match t.norm.as_str() {
            "since" => {
                let next = word(k + 1)?;
                let dated = doc.in_date(k + 1)
                    || next.has_digit
                    || matches!(next.tag.name(), "DT" | "NN" | "NNP" | "CD" | "JJ");
                if !dated {
                    return None;
                }
                let words: Vec<&str> = (k + 1..cl_b.min(k + 4))
                    .map_while(|j| word(j).filter(|t| t.is_word()))
                    .map(|t| t.norm.as_str())
                    .collect();
                Some(format!("since {}", words.join(" ")))
            }
            "in" | "over" | "during" | "within" | "for" => {
                if word(k + 1)?.norm != "the" {
                    return None;
                }
                let edge = word(k + 2)?;
                if !matches!(edge.norm.as_str(), "past" | "last" | "previous") {
                    return None;
                }
                let (n, u) = match word(k + 3) {
                    Some(t) if t.has_digit || crate::lex::words::number_word(&t.norm) => {
                        (t.norm.clone(), word(k + 4)?)
                    }
                    Some(t) => ("1".to_string(), t),
                    None => return None,
                };
                let unit = lemma::noun(&u.norm);
                WINDOW_UNITS
                    .contains(&unit.as_str())
                    .then(|| format!("past {n} {unit}"))
            }
            _ => None,
        }
    })
}

/// Verbs that make their complement a name for their subject.
const COPULAS: &[&str] = &["be", "become", "remain"];

/// Whether a verb token is a copula ([`COPULAS`]).
fn is_copula(t: &Token) -> bool {
    COPULAS.contains(&lemma::verb(&t.norm).as_str())
}

/// Ages people are written with.
const AGES: std::ops::RangeInclusive<u32> = 1..=120;

/// The person whose age the number at tokens `[a, b)` is: a whole number
/// in the range of ages, set off by commas (or ending the sentence) right
/// after a person's name ("police said Jane Doe, 34, was …", "killing
/// John Roe, 40.", "Jane Doe, aged 34,", "Jane Doe, who is 34,"). Its
/// canonical key.
fn age_of(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    (a, b): (usize, usize),
) -> Option<String> {
    if let Some(person) = age_before_name(text, toks, facts, doc, fact, b) {
        return Some(person);
    }
    if !(is_age_number(fact) || is_aged_phrase(text, fact)) || a < 2 {
        return None;
    }
    let after = toks.get(b).map_or("", |t| t.norm.as_str());
    if !matches!(after, "," | "." | ";" | "") {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "Jane Doe, 34," and "Jane Doe, aged 34,"; "Jane Doe, who is 34,"
    let last_of_name = if word(a - 1) == "," {
        a - 2
    } else if a >= 4
        && matches!(word(a - 1), "is" | "was")
        && word(a - 2) == "who"
        && word(a - 3) == ","
    {
        a - 4
    } else {
        return None;
    };
    let name_end = toks[last_of_name].span.end;
    facts
        .iter()
        .find(|f| f.kind == FactKind::Person && f.span.end == name_end)
        .map(name_key)
        .filter(|k| !k.is_empty())
        .or_else(|| surname_person(doc, &toks[last_of_name]))
}

/// Whether the number of `fact` at token `a` is an age written "at the age
/// of N" ("died on Thursday at the age of 95", "at the age of 91, Doe
/// told"). "Before" or "under the age of" bound an age; they say none.
fn at_the_age_of(text: &str, toks: &[Token], fact: &Fact, a: usize) -> bool {
    let before: Vec<&str> = toks[a.saturating_sub(4)..a]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "at age 95": the quantity "age 95" after "at"
    let at_age = a >= 1 && word(a - 1) == "at" && is_aged_phrase(text, fact);
    is_age_number(fact) && before == ["at", "the", "age", "of"] || at_age
}

/// Words of dying an age right after "at" is told with ("died at 75",
/// "dies at 75", "dead at 95"): the age at death, the person's age now.
const DYING: &[&str] = &["died", "dies", "dead"];

/// Verbs that set a toll to its figure ("has risen to three", "stood at
/// 24", "climbed to 26", "reached 40").
const TOLL_VERBS: &[&str] = &[
    "rise", "climb", "stand", "reach", "increase", "jump", "hit", "grow", "mount", "be", "remain",
    "top", "pass",
];

/// Words between a toll's verb and its figure ("risen *to* three", "stood
/// *at* 24", "is *now* 26").
const TOLL_LINKS: &[&str] = &["to", "at", "now", "already"];

/// Nouns that, after "number of" or before "count", name the dead ("the
/// number of dead", "the number of people killed", "the death count").
const DEAD_WORDS: &[&str] = &["dead", "killed", "deaths", "death", "fatalities", "victims"];

/// How many words a toll's noun may stand before its verb ("the number of
/// people killed when a bus fell into a ravine … has climbed to 26").
const TOLL_REACH: usize = 24;

/// The noun of a death toll whose verb sets the figure at token `a` ("the
/// death *toll* … has risen to three", "the number of *dead* rose to 26",
/// "the *death* count stood at 40"): the word that says the figure counts
/// the dead, or `None`. `s` is the first token of the figure's sentence.
fn toll_noun(toks: &[Token], s: usize, a: usize) -> Option<usize> {
    // The verb right before the figure, past "to", "at", "now".
    let mut v = a.checked_sub(1)?;
    while v > s && TOLL_LINKS.contains(&toks[v].norm.as_str()) {
        v -= 1;
    }
    let verb = toks.get(v)?;
    if v < s || !verb.tag.is_verb() || !TOLL_VERBS.contains(&lemma::verb(&verb.norm).as_str()) {
        return None;
    }
    let from = s.max(v.saturating_sub(TOLL_REACH));
    // The toll is the verb's subject, not an object ("has taken its toll
    // on the government").
    let object = |k: usize| {
        toks[k.saturating_sub(2).max(s)..k]
            .iter()
            .any(|t| t.tag.is_verb())
    };
    (from..v).rev().filter(|&k| !object(k)).find_map(|k| {
        let w = toks[k].norm.as_str();
        let next = toks.get(k + 1).map(|t| t.norm.as_str());
        match w {
            "toll" => Some(k),
            "count" if k > from && matches!(toks[k - 1].norm.as_str(), "death" | "body") => {
                Some(k - 1)
            }
            "number" if next == Some("of") => {
                (k + 2..(k + 5).min(v)).find(|&j| DEAD_WORDS.contains(&toks[j].norm.as_str()))
            }
            _ => None,
        }
    })
}

/// Whether the number of `fact` at token `a` is an age at death told with
/// a word of dying ("has died at 75", "dead at 95", "died Monday at age
/// 95" is [`at_the_age_of`]'s).
fn died_at(text: &str, toks: &[Token], fact: &Fact, a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let age = is_age_number(fact) || is_aged_phrase(text, fact);
    age && a >= 2 && word(a - 1) == "at" && DYING.contains(&word(a - 2))
}

/// Words that name someone as another's relative or companion ("his wife
/// Audrey", "Joan, his daughter"): a name among them is not the person a
/// later "he" or "the 75-year-old" stands for.
const KIN: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "sons",
    "daughter",
    "daughters",
    "mother",
    "father",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "child",
    "children",
    "grandson",
    "granddaughter",
    "grandchildren",
    "grandmother",
    "grandfather",
    "niece",
    "nephew",
    "cousin",
    "uncle",
    "aunt",
    "partner",
    "fiancee",
    "fiance",
    "girlfriend",
    "boyfriend",
    "stepson",
    "stepdaughter",
    "parents",
    "survived",
];

/// The person an age told without a name stands for: a sentence "He was
/// 75." / "She was 49 years old." (the pronoun opening it, the age its
/// complement), or a definite description opening its sentence ("The
/// 55-year-old actor said", "In a statement, the 55-year-old said"), alone
/// (not "the 30-year-old sergeant and 26-year-old"). The person is the
/// subject of the sentence before (the person named before its first verb),
/// when that person is the document's main one (`protagonist`), is not
/// named as someone's relative ("his wife Audrey") and no relative is
/// spoken of in between; otherwise nobody ("The 35-year-old deputy" after
/// a sentence about his killer is the deputy). Its canonical key.
fn age_told_before(
    text: &str,
    tokens: &Tokens,
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    (a, b): (usize, usize),
) -> Option<String> {
    let toks = &tokens.toks;
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let written = text.get(fact.span.start..fact.span.end)?.to_lowercase();
    let (s, e) = tokens.sentence_range(a);
    // "In a statement, the 55-year-old said": an opening phrase without a
    // verb, set off by a comma
    let opens = |k: usize| {
        k == s
            || (word(k - 1) == ","
                && toks
                    .get(s..k)
                    .is_some_and(|ts| ts.iter().all(|t| !t.tag.is_verb())))
    };
    let described = written
        .strip_suffix("-year-old")
        .and_then(|n| n.trim().parse::<u32>().ok())
        .is_some_and(|n| AGES.contains(&n))
        && a >= 1
        && word(a - 1) == "the"
        && opens(a - 1)
        && !(b..(b + 3).min(e)).any(|k| matches!(word(k), "and" | "or"));
    // "49 years old", one quantity of years
    let years_old = written.ends_with(" years old") && is_years(fact);
    let pronoun = (is_age_number(fact) || years_old)
        && a == s + 2
        && PERSONAL.contains(&word(s))
        && matches!(word(s + 1), "was" | "is")
        && matches!(word(b), "." | "," | ";" | "" | "when" | "and");
    if !(described || pronoun) || s == 0 {
        return None;
    }
    let main = doc.protagonist.as_deref()?;
    let subject = sentence_subject_person(tokens, facts, s - 1)?;
    let key = name_key(subject);
    if key.is_empty() || !names::same_person(&key, main) || named_as_kin(toks, subject) {
        return None;
    }
    // "He is survived by his wife. She was 70.": a relative spoken of
    // since the name, maybe one no name fact holds
    let since = toks.partition_point(|t| t.span.start < subject.span.end);
    if toks
        .get(since..a)
        .unwrap_or(&[])
        .iter()
        .any(|t| KIN.contains(&t.norm.as_str()))
    {
        return None;
    }
    Some(key)
}

/// The person the sentence holding token `k` is about: the first person
/// named before its first verb ("Fred Roe, a Nixon aide, has died",
/// "Actor Jane Doe has been cast"); `None` when a verb comes first.
fn sentence_subject_person<'f>(tokens: &Tokens, facts: &'f [Fact], k: usize) -> Option<&'f Fact> {
    let (s, e) = tokens.sentence_range(k);
    let toks = tokens.toks.get(s..e)?;
    let start = toks.first()?.span.start;
    let verb = toks
        .iter()
        .find(|t| t.tag.is_verb())
        .map_or(toks.last()?.span.end, |t| t.span.start);
    facts
        .iter()
        .filter(|f| f.kind == FactKind::Person && f.span.start >= start && f.span.end <= verb)
        .min_by_key(|f| f.span.start)
}

/// Whether the name `f` is set beside a word of [`KIN`] ("his wife Audrey
/// Doe", "Audrey Doe, his wife"): within three words either side.
fn named_as_kin(toks: &[Token], f: &Fact) -> bool {
    let first = toks.partition_point(|t| t.span.start < f.span.start);
    let last = toks.partition_point(|t| t.span.start < f.span.end);
    let near = toks[first.saturating_sub(3)..first]
        .iter()
        .chain(toks.get(last..(last + 3).min(toks.len())).unwrap_or(&[]));
    near.into_iter().any(|t| KIN.contains(&t.norm.as_str()))
}

/// A surname alone no name fact holds ("Teixeira, 28," in a report naming
/// "Mark Teixeira" earlier): the capitalised word `t`, as a person's key,
/// when the document names someone in full with that surname. The key
/// stays the surname: the event's people decide whose it is, and leave it
/// apart when two people share it (a victim and her daughter).
fn surname_person(doc: &DocContext, t: &Token) -> Option<String> {
    if !t.capitalized || t.has_digit || !t.is_word() {
        return None;
    }
    let surname = names::canonical_key(&t.norm);
    surname_owner(doc, &surname).map(|_| surname)
}

/// The fullest key of the one person the document names in full with the
/// surname `surname`; `None` when none or two different ones.
fn surname_owner(doc: &DocContext, surname: &str) -> Option<String> {
    if surname.is_empty() {
        return None;
    }
    let mut full: Vec<&str> = doc
        .names
        .iter()
        .filter(|(k, n)| {
            *k == FactKind::Person && n.contains(' ') && n.rsplit(' ').next() == Some(surname)
        })
        .map(|(_, n)| n.as_str())
        .collect();
    full.sort_by_key(|n| (std::cmp::Reverse(n.len()), *n));
    full.dedup();
    let fullest = *full.first()?;
    full.iter()
        .all(|n| names::same_person(n, fullest))
        .then(|| fullest.to_string())
}

/// Whether `fact` is an age written with the word that introduces it
/// ("aged 34", "age 34"): a quantity of whole years in the range of
/// [`AGES`] whose words begin with "age" or "aged".
fn is_aged_phrase(text: &str, fact: &Fact) -> bool {
    let written = text
        .get(fact.span.start..fact.span.end)
        .unwrap_or("")
        .to_lowercase();
    let introduced = written.starts_with("aged ") || written.starts_with("age ");
    introduced && is_years(fact)
}

/// Whether `fact` is an age as written of anyone ("71-year-old", "aged
/// 71", "71 years old"): whole years in the range of [`AGES`].
fn age_written(text: &str, fact: &Fact) -> bool {
    let w = text
        .get(fact.span.start..fact.span.end)
        .unwrap_or("")
        .to_lowercase();
    is_years(fact)
        && (w.ends_with("year-old")
            || w.ends_with("years old")
            || w.ends_with("year old")
            || w.starts_with("aged ")
            || w.starts_with("age "))
}

/// Whether `fact` is a quantity of whole years in the range of [`AGES`].
fn is_years(fact: &Fact) -> bool {
    let years = match &fact.value {
        crate::facts::FactValue::Quantity(crate::facts::Quantity::Amount { amount, unit })
            if unit == "year" =>
        {
            amount.to_i128()
        }
        _ => None,
    };
    fact.kind == FactKind::Quantity
        && years.is_some_and(|n| u32::try_from(n).is_ok_and(|n| AGES.contains(&n)))
}

/// Whether `fact` is a bare whole number in the range of [`AGES`].
fn is_age_number(fact: &Fact) -> bool {
    let whole = match &fact.value {
        crate::facts::FactValue::Number(d) => d.to_string().parse::<u32>().ok(),
        _ => None,
    };
    fact.kind == FactKind::Number && whole.is_some_and(|n| AGES.contains(&n))
}

/// The one person an age phrase of a clause is said of: the people its
/// clause names (typed by the name extractor), else those of the
/// sentence's subject; a shorter form of a name beside its full form
/// ("doe" beside "jane doe") is one person. `None` unless exactly one:
/// "girls age 6" is no named person's age.
fn age_person(
    doc: &DocContext,
    typed: &[(FactKind, String)],
    subject_typed: &[(FactKind, String)],
    sentence_subject: &[String],
) -> Option<String> {
    let people = |names: &[(FactKind, String)]| -> Vec<String> {
        names
            .iter()
            .filter(|(k, _)| *k == FactKind::Person)
            .map(|(_, n)| n.clone())
            .collect()
    };
    let subject_people: Vec<String> = sentence_subject
        .iter()
        .filter(|n| {
            doc.names
                .iter()
                .any(|(k, m)| *k == FactKind::Person && m == *n)
        })
        .cloned()
        .collect();
    [people(typed), people(subject_typed), subject_people]
        .into_iter()
        .map(|mut ps| {
            let within = |short: &str, long: &str| {
                short.len() < long.len()
                    && short.split(' ').all(|w| long.split(' ').any(|v| v == w))
            };
            let all = ps.clone();
            ps.retain(|p| !all.iter().any(|q| within(p, q)));
            ps.sort();
            ps.dedup();
            ps
        })
        .find(|ps| !ps.is_empty())
        .filter(|ps| ps.len() == 1)
        .and_then(|ps| ps.into_iter().next())
}

/// The person an age written before the name is of ("*20-year-old* Jane
/// Roe", "the *15-year-old* John Doe"): a figure written "N-year-old", in
/// the range of ages, right before a person's name. Its canonical key.
fn age_before_name(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    b: usize,
) -> Option<String> {
    let written = text.get(fact.span.start..fact.span.end)?.to_lowercase();
    let years: u32 = written.strip_suffix("-year-old")?.trim().parse().ok()?;
    if !AGES.contains(&years) {
        return None;
    }
    let next = toks.get(b)?;
    let named = |start: usize| {
        facts
            .iter()
            .find(|f| f.kind == FactKind::Person && f.span.start == start)
            .map(name_key)
            .filter(|k| !k.is_empty())
    };
    named(next.span.start)
        // "55-year-old Capaldi": a surname the document gives in full
        .or_else(|| surname_person(doc, next).filter(|_| ends_phrase(toks, b + 1)))
        // "the 62-year-old farmer Jane Roe", "a 40-year-old former nurse
        // John Doe": a role of lower-case words in apposition, then the name
        .or_else(|| {
            let roles = toks
                .get(b..)?
                .iter()
                .take(ROLE_WORDS_BEFORE_NAME + 1)
                .take_while(|t| is_role_word(t))
                .count();
            (1..=ROLE_WORDS_BEFORE_NAME)
                .contains(&roles)
                .then(|| named(toks.get(b + roles)?.span.start))?
        })
}

/// How many lower-case words of a role ("farmer", "former nurse", "club
/// club treasurer") may stand between an age written before a name and
/// the name.
const ROLE_WORDS_BEFORE_NAME: usize = 3;

/// Whether a token can be a word of a role set before a name: a lower-case
/// noun or adjective that is no inflected verb form either ("a 30-year-old
/// *shot* Jane Roe": "shot" may be tagged a noun; "nurse" may stay), no
/// function word ("the 19-year-old son *of* Jane Roe"), no possessive, and
/// no plain word for a person ("a 30-year-old *man* beat Jane Roe": a man
/// is named after a comma, never in apposition).
fn is_role_word(t: &Token) -> bool {
    !t.capitalized
        && t.norm.chars().all(|c| c.is_alphabetic() || c == '-')
        && (t.tag.is_noun() || t.tag.is_adjective())
        && !t.tag.is_verb()
        && lemma::verb(&t.norm) == t.norm
        && !PLAIN_PERSON_NOUNS.contains(&t.norm.as_str())
}

/// Words for a person that say no role ("man", "girl"): never in
/// apposition before a name.
const PLAIN_PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "teen",
    "teenager",
    "youth",
    "child",
    "baby",
    "adult",
    "male",
    "female",
    "resident",
    "individual",
];

/// Whether the noun phrase ends before token `k`: no other capitalised
/// word or noun follows ("55-year-old Capaldi said", not "55-year-old
/// Capaldi Street").
fn ends_phrase(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_none_or(|t| !(t.capitalized || t.tag.is_noun()) || t.tag.is_verb())
}

/// Whether two dates at tokens `x` and `y` are alternatives of one time
/// ("late 2009 *or* early 2010"): one claim hedged, not a second time.
fn alternative_dates(toks: &[Token], x: (usize, usize), y: (usize, usize)) -> bool {
    let (lo, hi) = if x.1 <= y.0 { (x.1, y.0) } else { (y.1, x.0) };
    hi == lo + 1 && toks.get(lo).is_some_and(|t| t.norm == "or")
}

/// Prepositions that attach a date to the noun before them ("its release
/// *for* late 2009", "the closure *in* December").
const DATE_PREPOSITIONS: &[&str] = &["in", "on", "for", "during", "by", "of", "until"];

/// The noun of a happening a date at tokens `[a, b)` is said of, in the
/// clause `[cl_a, cl_b)`: a noun of a predicate class right before the
/// date's preposition ("a *release* likely for late 2009", "his *death* in
/// 2005"), or among the nouns the date premodifies ("a late 2009 or early
/// 2010 *release* date").
fn nominal_predicate(
    toks: &[Token],
    doc: &DocContext,
    (cl_a, cl_b): (usize, usize),
    (a, b): (usize, usize),
    verbal: bool,
) -> Option<usize> {
    let class_noun = |k: usize| {
        let t = &toks[k];
        t.tag.is_noun()
            && !t.tag.is_proper()
            && !t.has_digit
            && lemma::is_class_word(&lemma::noun(&t.norm))
    };
    // Left: NOUN (adjective or adverb){0,2} PREPOSITION (determiner)? DATE,
    // the noun qualified ("a release *likely* for late 2009") or the clause
    // without a verb of its own; the object of a verb ("admitted the
    // payments on Tuesday") leaves the date to the verb.
    let mut k = a;
    while k > cl_a && matches!(toks[k - 1].tag.name(), "DT" | "PRP$") {
        k -= 1;
    }
    if k > cl_a && DATE_PREPOSITIONS.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
        let mut skipped = 0;
        while k > cl_a
            && skipped < 2
            && (toks[k - 1].tag.is_adjective() || toks[k - 1].tag.is_adverb())
        {
            k -= 1;
            skipped += 1;
        }
        if k > cl_a && class_noun(k - 1) && (skipped > 0 || !verbal) {
            return Some(k - 1);
        }
    }
    // Right: the nouns the date (and a date joined to it by "or", "and",
    // "to") premodifies.
    let mut k = b;
    while k < cl_b && (doc.in_date(k) || matches!(toks[k].norm.as_str(), "or" | "and" | "to")) {
        k += 1;
    }
    let start = k;
    while k < cl_b && toks[k].tag.is_noun() && !doc.in_date(k) && k - start < 3 {
        k += 1;
    }
    (start..k).find(|&j| class_noun(j))
}

/// For a date at token `a` in a clause from `cl_a` with no content verb:
/// the noun of the phrase after the clause's last verb before the date
/// ("went on a shooting *rampage* at a courthouse in 2005", "was on *trial*
/// in 2005"), the happening the date is of.
fn borrowed_head(toks: &[Token], cl_a: usize, a: usize) -> Option<usize> {
    let verb = (cl_a..a).rev().find(|&k| toks[k].tag.is_verb())?;
    let mut k = verb + 1;
    while k < a && matches!(toks[k].tag.name(), "IN" | "RP" | "DT" | "PRP$") {
        k += 1;
    }
    let start = k;
    while k < a && is_np_word(&toks[k]) && !toks[k].has_digit {
        k += 1;
    }
    // The phrase must lead to the date through prepositional phrases only.
    let tail_ok = toks[k..a]
        .iter()
        .all(|t| is_np_word(t) || matches!(t.tag.name(), "IN" | "DT" | "PRP$" | "POS"));
    (start..k)
        .rev()
        .find(|&j| {
            let t = &toks[j];
            t.tag.is_noun()
                && !t.tag.is_proper()
                && !LIGHT_NOUNS.contains(&lemma::noun(&t.norm).as_str())
        })
        .filter(|_| tail_ok)
}

/// Personal pronouns that stand for a person as a subject.
const PERSONAL: &[&str] = &["he", "she"];

/// The names before the first verb of the sentence `[s, e)`, when the
/// figure `[a, b)` is not among them and there are some (see
/// [`Frame::sentence_subject`]).
fn sentence_subject(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (s, e): (usize, usize),
    (a, b): (usize, usize),
) -> Option<Vec<String>> {
    let first_verb = (s..e).find(|&k| toks[k].tag.is_verb()).unwrap_or(s);
    if first_verb > a {
        return None;
    }
    let (names, _) = names_in(text, toks, facts, doc, (s, first_verb), (a, b));
    (!names.is_empty()).then_some(names)
}

fn empty_frame(span: Span, metadata: bool) -> Frame {
    Frame {
        role: if metadata {
            Role::Metadata
        } else {
            Role::Statement
        },
        head: None,
        compound: Vec::new(),
        modifiers: Vec::new(),
        proper: Vec::new(),
        scope: Vec::new(),
        of: Vec::new(),
        of_indefinite: false,
        on: Vec::new(),
        as_role: Vec::new(),
        negated: false,
        glued_unit: None,
        siblings: Vec::new(),
        predicate: None,
        names: Vec::new(),
        typed_names: Vec::new(),
        subject_names: Vec::new(),
        subject_typed: Vec::new(),
        sentence_subject: Vec::new(),
        pronoun_person: None,
        words: Vec::new(),
        anchors: Vec::new(),
        clause: span,
        phrase: String::new(),
        dates_head: false,
        time_frame: None,
        age_of: None,
        age_at_act: false,
        dates_saying: false,
        owner: Vec::new(),
        window: None,
        tally: None,
        other_happening: false,
        age_role: super::role::Roles::NONE,
        when_date: None,
        per_unit: None,
    }
}

/// Words that open an adjunct of the clause before it ("*despite*
/// missing four games", "*including* two on Sunday"): it shares that
/// clause's time.
const ADJUNCT_OPENERS: &[&str] = &[
    "despite",
    "after",
    "before",
    "while",
    "since",
    "including",
    "when",
    "as",
    "with",
];

/// The stretch of time counted from the article's date ("this season",
/// "this past year", "last week", "the current season") named in the
/// figure's clause `[cl_a, cl_b)`, or in the clause before it when the
/// figure's is an adjunct of it (opened by [`ADJUNCT_OPENERS`] or a
/// participle: "was the leading rusher this season, despite missing four
/// games"); `[s, e)` is the sentence. A coordinated clause (", and Steele
/// said 40 firefighters came") has a time of its own.
fn time_frame(
    toks: &[Token],
    s: usize,
    e: usize,
    (cl_a, cl_b): (usize, usize),
) -> Option<TimeFrame> {
    if let Some(t) = time_frame_in(toks, cl_a, cl_b.min(e)) {
        return Some(t);
    }
    let opener = (cl_a..cl_b.min(e)).find(|&k| toks[k].is_word())?;
    let adjunct =
        ADJUNCT_OPENERS.contains(&toks[opener].norm.as_str()) || toks[opener].tag.name() == "VBG";
    if !adjunct || cl_a <= s {
        return None;
    }
    // The clause before: from the last word before the boundary (past the
    // comma that may open the adjunct).
    let last = (s..cl_a).rev().find(|&k| toks[k].is_word())?;
    let (pa, _) = clause_range(toks, s, e, last, last + 1);
    time_frame_in(toks, pa, cl_a)
}

/// The first stretch of time counted from the article's date in tokens
/// `[s, e)` (see [`time_frame`]).
fn time_frame_in(toks: &[Token], s: usize, e: usize) -> Option<TimeFrame> {
    let unit = |w: &str| match w {
        "week" => Some(PeriodUnit::Week),
        "month" => Some(PeriodUnit::Month),
        "season" | "campaign" => Some(PeriodUnit::Season),
        "year" => Some(PeriodUnit::Year),
        _ => None,
    };
    (s..e).find_map(|k| {
        let back = match toks[k].norm.as_str() {
            "this" | "current" => 0,
            // "the previous season" counts back from the story's time, not
            // the article's.
            "last" => 1,
            _ => return None,
        };
        // "this past season" is this one; "last season" the one before.
        let mut n = k + 1;
        let back = if back == 0 && toks.get(n).is_some_and(|t| t.norm == "past") {
            n += 1;
            0
        } else {
            back
        };
        let u = unit(toks.get(n).filter(|_| n < e)?.norm.as_str())?;
        // "last year's final", "this season's opener": the possessive names
        // a happening of the stretch, not the stretch of a tally.
        if toks.get(n + 1).is_some_and(|t| t.tag.name() == "POS") {
            return None;
        }
        Some(TimeFrame { unit: u, back })
    })
}

/// The person a document names most often, by surname (ties: the first
/// named), as the canonical key of its fullest name.
fn protagonist(facts: &[Fact]) -> Option<String> {
    let mut counts: Vec<(String, usize, String)> = Vec::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Person) {
        let crate::facts::FactValue::Text(n) = &f.value else {
            continue;
        };
        let key = names::canonical_key(n);
        let surname = key.rsplit(' ').next().unwrap_or(&key).to_string();
        if surname.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == surname) {
            Some(c) => {
                c.1 += 1;
                if key.len() > c.2.len() {
                    c.2 = key;
                }
            }
            None => counts.push((surname, 1, key)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.2)
}

/// A document that names no person in full may still be about one it
/// calls by surname ("Nichols was on trial …", "Nichols faced …"): the
/// proper noun it writes most often (at least twice), outside places,
/// organisations and figures (ties: the first written), as a name key.
fn repeated_proper(
    tokens: &Tokens,
    in_place_or_org: &[bool],
    in_figure: &[bool],
) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (k, t) in tokens.toks.iter().enumerate() {
        let candidate = t.tag.is_proper()
            && t.capitalized
            && !t.has_digit
            && t.norm.chars().count() > 2
            && in_place_or_org.get(k) != Some(&true)
            && in_figure.get(k) != Some(&true);
        if !candidate {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == t.norm) {
            Some(c) => c.1 += 1,
            None => counts.push((t.norm.clone(), 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max().filter(|&m| m >= 2)?;
    counts
        .into_iter()
        .find(|c| c.1 == best)
        .map(|c| names::canonical_key(&c.0))
        .filter(|k| !k.is_empty())
}

/// The names in tokens `[lo, hi)` outside the fact's tokens `skip` and
/// outside dates: every name fact, and runs of proper nouns (typed when a
/// name fact of the document has that key or that surname). Returns all
/// keys and the typed ones, sorted.
fn names_in(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (lo, hi): (usize, usize),
    skip: (usize, usize),
) -> (Vec<String>, Vec<(FactKind, String)>) {
    let (Some(first), Some(last)) = (toks.get(lo), hi.checked_sub(1).and_then(|h| toks.get(h)))
    else {
        return (Vec::new(), Vec::new());
    };
    if lo >= hi {
        return (Vec::new(), Vec::new());
    }
    let (start, end) = (first.span.start, last.span.end);
    let skip_span = (
        toks.get(skip.0).map_or(usize::MAX, |t| t.span.start),
        skip.1
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .map_or(0, |t| t.span.end),
    );
    let mut typed: Vec<(FactKind, String)> = doc
        .name_facts
        .overlapping(facts, start, end)
        .into_iter()
        .map(|k| &facts[k])
        .filter(|f| {
            f.span.start >= start
                && f.span.end <= end
                && !(f.span.start < skip_span.1 && skip_span.0 < f.span.end)
        })
        .map(|f| (f.kind, name_key(f)))
        .filter(|(_, k)| !k.is_empty())
        .collect();
    let doc_names = &doc.names;
    let surname = |k: &str| k.rsplit(' ').next().unwrap_or(k).to_string();
    let mut names: Vec<String> = Vec::new();
    let proper = |k: usize| {
        let t = &toks[k];
        t.tag.is_proper()
            && t.capitalized
            && !t.has_digit
            && !(skip.0..skip.1).contains(&k)
            && doc.in_date.get(k) != Some(&true)
    };
    let mut k = lo;
    while k < hi {
        if !proper(k) {
            k += 1;
            continue;
        }
        let from = k;
        while k < hi && proper(k) {
            k += 1;
        }
        let run = text
            .get(toks[from].span.start..toks[k - 1].span.end)
            .unwrap_or("");
        let key = names::canonical_key(run);
        if key.is_empty() {
            continue;
        }
        let typed_as = doc_names
            .iter()
            .find(|(_, d)| *d == key || surname(d) == key || surname(d) == surname(&key));
        // A short capitalised abbreviation no name fact backs ("TD", "IR",
        // "GM") is a term of the trade, not a name.
        let abbreviation = run.chars().filter(|c| c.is_alphabetic()).count() <= 3
            && !run.chars().any(char::is_lowercase);
        if abbreviation && typed_as.is_none() {
            continue;
        }
        if let Some((kind, _)) = doc_names
            .iter()
            .find(|(_, d)| *d == key || surname(d) == key || surname(d) == surname(&key))
        {
            typed.push((*kind, key.clone()));
        }
        names.push(key);
    }
    typed.sort();
    typed.dedup();
    names.extend(typed.iter().map(|(_, k)| k.clone()));
    names.sort();
    names.dedup();
    (names, typed)
}

/// The noun phrase a figure belongs to.
#[derive(Debug, Default)]
struct NounPhrase {
    head: Option<usize>,
    /// First token of the readable phrase (modifiers included).
    phrase_from: Option<usize>,
    compound: Vec<String>,
    modifiers: Vec<String>,
    proper: Vec<String>,
    scope: Vec<String>,
    of: Vec<String>,
    of_indefinite: bool,
    on: Vec<String>,
    /// One past the last token of the phrase (for the predicate search).
    end: usize,
}

fn is_np_word(t: &Token) -> bool {
    let n = t.tag.name();
    t.is_word()
        && (t.tag.is_noun()
            || t.tag.is_adjective()
            || n == "VBN" && !t.has_digit
            || n == "VBG"
            || n == "CD"
            || n == "POS")
}

/// The noun phrase of a fact spanning tokens `[a, b)` in sentence `[s, e)`.
fn noun_phrase(
    toks: &[Token],
    near: &[&Fact],
    fact: &Fact,
    (a, b): (usize, usize),
    (s, e): (usize, usize),
) -> NounPhrase {
    // Other figures and dates inside the phrase ("a five-year deal") are
    // not its modifiers.
    let facts_spans: Vec<(usize, usize)> = near
        .iter()
        .filter(|f| f.span != fact.span)
        .map(|f| (f.span.start, f.span.end))
        .collect();
    let mut np = NounPhrase {
        end: b,
        ..NounPhrase::default()
    };
    // Scope words right before the figure ("the last 10", "another 20").
    let mut k = a;
    while k > s {
        let t = &toks[k - 1];
        if SCOPE.contains(&t.norm.as_str()) {
            np.scope.push(t.norm.clone());
        } else if !matches!(t.tag.name(), "DT" | "PRP$" | "POS")
            && !HEDGES.contains(&t.norm.as_str())
        {
            break;
        }
        k -= 1;
        if a - k > 4 {
            break;
        }
    }
    // "28 of 41 passes", "eight of their last 10 games": the figure after
    // "of" is a total, not the number of things the sentence is about.
    let mut j = a;
    while j > s && matches!(toks[j - 1].tag.name(), "DT" | "PRP$" | "JJ") && a - j < 3 {
        j -= 1;
    }
    if j >= s + 2 && toks[j - 1].norm == "of" && toks[j - 2].tag.name() == "CD" {
        np.scope.push("of-total".to_string());
    }
    np.scope.sort();
    np.scope.dedup();

    // Where the modifiers and head are looked for.
    let (from, to) = match fact.kind {
        // The counted noun is inside the span ("three state senators").
        FactKind::Count => {
            let unit = fact.unit.as_deref().map(str::to_lowercase);
            // A participle is never what is counted ("one used by tax
            // officials" counts an unnamed thing).
            let head = (a..b)
                .rev()
                .find(|&k| {
                    unit.as_deref()
                        .is_some_and(|u| toks[k].norm == u || u.ends_with(&toks[k].norm))
                })
                .filter(|&k| !matches!(toks[k].tag.name(), "VBN" | "VBD"));
            match head {
                Some(h) => (first_after_figure(toks, a, h), h + 1),
                None => (b, b),
            }
        }
        // A money figure: "$N package", "$N in military aid", "a package
        // worth $N", "an offer of $N".
        FactKind::Money => return money_phrase(toks, &facts_spans, np, (a, b), (s, e)),
        // Everything else: a noun phrase right after the span.
        _ => {
            let mut k = b;
            // "2001's romantic film", "February's show".
            if toks.get(k).is_some_and(|t| t.tag.name() == "POS") {
                k += 1;
            }
            let start = k;
            while k < e && is_np_word(&toks[k]) && k - start < 5 {
                k += 1;
            }
            let last_noun = (start..k).rev().find(|&j| toks[j].tag.is_noun());
            match last_noun {
                Some(h) => (start, h + 1),
                None => (b, b),
            }
        }
    };
    if from < to {
        let h = to - 1;
        np.head = Some(h);
        np.phrase_from = Some(from);
        let in_other_fact = |t: &Token| {
            facts_spans
                .iter()
                .any(|&(x, y)| x <= t.span.start && t.span.end <= y)
        };
        for t in &toks[from..h] {
            if !t.is_word()
                || in_other_fact(t)
                || t.has_digit
                || HEDGES.contains(&t.norm.as_str())
                || FILLER.contains(&t.norm.as_str())
            {
                continue;
            }
            if t.capitalized {
                np.proper.push(t.norm.clone());
            } else if t.tag.is_noun() {
                np.compound.push(lemma::noun(&t.norm));
            } else if t.tag.is_adjective() || matches!(t.tag.name(), "VBN" | "VBG") {
                if SCOPE.contains(&t.norm.as_str()) {
                    np.scope.push(t.norm.clone());
                } else {
                    np.modifiers.push(t.norm.clone());
                }
            }
        }
        np.end = to;
        np.of = of_complement(toks, to, e);
        np.on = on_complement(toks, facts_spans.as_slice(), to, e);
        np.of_indefinite = !np.of.is_empty()
            && toks.get(to + 1).is_some_and(|t| {
                matches!(t.norm.as_str(), "a" | "an" | "one" | "another" | "some")
            });
        if !np.of.is_empty() {
            np.end = (to + 1 + 6).min(e);
        }
    }
    np.compound.sort();
    np.modifiers.sort();
    np.proper.sort();
    np.scope.sort();
    np.scope.dedup();
    np
}

/// The first token after the number of a count span (skipping the hedge
/// and the number words, both ends of a range: "35 to 40 volunteer
/// firefighters").
fn first_after_figure(toks: &[Token], a: usize, head: usize) -> usize {
    let mut k = a;
    let mut seen_number = false;
    while k < head {
        let t = &toks[k];
        let number_word = t.tag.name() == "CD" || t.has_digit;
        let range_link = matches!(t.norm.as_str(), "to" | "-" | "–" | "and" | "or")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.tag.name() == "CD" || n.has_digit);
        if number_word {
            seen_number = true;
        } else if seen_number && !range_link {
            break;
        }
        k += 1;
    }
    if seen_number {
        k
    } else {
        a
    }
}

/// Content words of "of the X Y" right after the head at `k`.
fn of_complement(toks: &[Token], k: usize, e: usize) -> Vec<String> {
    if toks.get(k).is_none_or(|t| t.norm != "of") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in toks.iter().take(e).skip(k + 1).take(6) {
        if !(is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$")) {
            break;
        }
        if is_content(t) {
            out.push(base_of(t));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Content words of "on …" right after the head ("three touchdowns *on
/// punt returns*"), outside other facts (not "on Monday").
fn on_complement(
    toks: &[Token],
    facts_spans: &[(usize, usize)],
    k: usize,
    e: usize,
) -> Vec<String> {
    if toks.get(k).is_none_or(|t| t.norm != "on") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in toks.iter().take(e).skip(k + 1).take(5) {
        if !(is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$")) {
            break;
        }
        let in_fact = facts_spans
            .iter()
            .any(|&(x, y)| x <= t.span.start && t.span.end <= y);
        if is_content(t) && !in_fact {
            out.push(base_of(t));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Linkers between a noun and a money figure it is worth.
const MONEY_LINKERS: &[&str] = &[
    "worth",
    "of",
    "valued",
    "totaling",
    "totalling",
    "amounting",
    "costing",
    "at",
    "to",
];

fn money_phrase(
    toks: &[Token],
    facts_spans: &[(usize, usize)],
    mut np: NounPhrase,
    (a, b): (usize, usize),
    (s, e): (usize, usize),
) -> NounPhrase {
    let in_other_fact = |t: &Token| {
        facts_spans
            .iter()
            .any(|&(x, y)| x <= t.span.start && t.span.end <= y)
    };
    let set_head = |np: &mut NounPhrase, from: usize, h: usize| {
        np.head = Some(h);
        np.phrase_from = Some(from);
        for t in &toks[from..h] {
            if !t.is_word()
                || t.has_digit
                || in_other_fact(t)
                || HEDGES.contains(&t.norm.as_str())
                || FILLER.contains(&t.norm.as_str())
            {
                continue;
            }
            if t.capitalized {
                np.proper.push(t.norm.clone());
            } else if t.tag.is_noun() {
                np.compound.push(lemma::noun(&t.norm));
            } else if t.tag.is_adjective() {
                np.modifiers.push(t.norm.clone());
            }
        }
        np.compound.sort();
        np.modifiers.sort();
        np.proper.sort();
    };
    // "$N package": nouns right after the figure.
    let mut k = b;
    while k < e && is_np_word(&toks[k]) && toks[k].tag.name() != "CD" && k - b < 4 {
        k += 1;
    }
    if let Some(h) = (b..k)
        .rev()
        .find(|&j| toks[j].tag.is_noun())
        .filter(|&j| !LIGHT_NOUNS.contains(&toks[j].norm.as_str()))
    {
        set_head(&mut np, b, h);
        np.end = h + 1;
        return np;
    }
    // "$N in military aid", "$N for the deal".
    if toks
        .get(b)
        .is_some_and(|t| t.norm == "in" || t.norm == "for")
    {
        let mut k = b + 1;
        while k < e && matches!(toks[k].tag.name(), "DT" | "PRP$") {
            k += 1;
        }
        let start = k;
        while k < e && is_np_word(&toks[k]) && k - start < 4 {
            k += 1;
        }
        if let Some(h) = (start..k).rev().find(|&j| toks[j].tag.is_noun()) {
            set_head(&mut np, start, h);
            np.end = h + 1;
            return np;
        }
    }
    // "a package worth $N", "an offer of $N", "a deal valued at $N".
    let mut k = a;
    // Skip hedges and a currency prefix word ("US $160 million").
    while k > s && (HEDGES.contains(&toks[k - 1].norm.as_str()) || toks[k - 1].norm == "us") {
        if MONEY_LINKERS.contains(&toks[k - 1].norm.as_str()) {
            break;
        }
        k -= 1;
    }
    let mut linked = false;
    while k > s && MONEY_LINKERS.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
        linked = true;
    }
    // "reportedly worth": an adverb between noun and linker.
    while linked && k > s && toks[k - 1].tag.is_adverb() {
        k -= 1;
    }
    if linked && k > s && toks[k - 1].tag.name() == "," {
        k -= 1;
    }
    if linked {
        let end = k;
        let mut j = end;
        while j > s && is_np_word(&toks[j - 1]) && end - j < 4 {
            j -= 1;
        }
        if let Some(h) = (j..end).rev().find(|&x| toks[x].tag.is_noun()) {
            set_head(&mut np, j, h);
        }
    }
    np
}

/// The predicate of a figure at tokens `[a, b)` in the clause `[cl_a,
/// cl_b)`: a predicative word right after the phrase ("four people
/// *killed*", "left three *dead*"), else the nearest content verb, left
/// first for a figure after its verb, right for a figure before it.
fn predicate(
    toks: &[Token],
    doc: &DocContext,
    cl_a: usize,
    cl_b: usize,
    a: usize,
    phrase_end: usize,
    kind: FactKind,
) -> Option<usize> {
    let verb_ok = |k: usize| {
        let t = &toks[k];
        if !t.tag.is_verb() || t.has_digit || counted_noun(toks, doc, k) || adjective_close(toks, k)
        {
            return false;
        }
        let base = lemma::verb(&t.norm);
        !AUXILIARIES.contains(&base.as_str())
            && !NOT_PREDICATES.contains(&t.norm.as_str())
            && !SAYING.contains(&base.as_str())
            && (kind == FactKind::Date || !REPORTING.contains(&base.as_str()))
    };
    // A participle or predicative adjective right after the phrase.
    if let Some(t) = toks.get(phrase_end).filter(|_| phrase_end < cl_b) {
        let predicative = matches!(t.tag.name(), "VBN" | "VBD")
            || (t.tag.is_adjective() && lemma::predicate_class(&t.norm) != t.norm.as_str());
        if predicative && (verb_ok(phrase_end) || t.tag.is_adjective()) && kind != FactKind::Date {
            // "seven miners confirmed dead": a verdict on the state of
            // the people counted, the state is what is said of them
            if let Some(state) = super::tally::verdict_state(toks, phrase_end, cl_b) {
                return Some(state);
            }
            return Some(content_verb(toks, doc, phrase_end, cl_b));
        }
    }
    // A present participle that works as a preposition ("denied arson
    // *following* a fire on Sunday") opens a phrase of its own: no verb
    // before it governs the figure.
    let left = (cl_a..a)
        .rev()
        .take_while(|&k| {
            !toks[k].norm.ends_with("ing") || !NOT_PREDICATES.contains(&toks[k].norm.as_str())
        })
        .find(|&k| verb_ok(k));
    let right = (phrase_end..cl_b).find(|&k| verb_ok(k));
    // An infinitive after the figure opens a purpose or complement clause
    // ("voted on Tuesday to confirm him"): the left verb governs.
    // So does the left verb when a comma parts the figure from the right
    // one: a trailing attribution ("will host the show next year, the
    // academy announced").
    let right = right.filter(|&r| {
        left.is_none()
            || !(r > 0 && toks[r - 1].tag.name() == "TO" && toks[r].tag.name() == "VB"
                || toks[phrase_end..r].iter().any(|t| t.tag.name() == ","))
    });
    // A relative clause ends at its comma ("the special, which all air in
    // November, is set to be …"): the verb past it is the main clause's.
    let relative = cl_a < a && matches!(toks[cl_a].tag.name(), "WDT" | "WP");
    let right =
        right.filter(|&r| !relative || toks[phrase_end..r].iter().all(|t| t.tag.name() != ","));
    let left = left.or_else(|| {
        (relative && right.is_none())
            .then(|| relative_verb(toks, cl_a, a))
            .flatten()
    });
    let chosen = match (left, right) {
        (Some(l), Some(r)) => {
            // A subject figure ("Four people were killed") has its verb to
            // the right: prefer it when the left verb is farther.
            if a - l <= r - phrase_end + 1 {
                Some(l)
            } else {
                Some(r)
            }
        }
        (l, r) => l.or(r),
    };
    // "two were declared dead": the state the verdict gives them
    chosen.map(|k| {
        super::tally::verdict_state(toks, k, cl_b)
            .unwrap_or_else(|| content_verb(toks, doc, k, cl_b))
    })
}

/// The verb of a relative clause opened at `rel` that the tagger read as a
/// noun ("which all *air* in November", "who both *work* at the mill"):
/// the first word after the pronoun, past determiners and adverbs, when it
/// is a verb form, before the figure at `a`.
fn relative_verb(toks: &[Token], rel: usize, a: usize) -> Option<usize> {
    let k = (rel + 1..a).find(|&j| !matches!(toks[j].tag.name(), "DT" | "PDT" | "RB"))?;
    let t = &toks[k];
    (t.tag.is_noun() && !t.tag.is_proper() && lemma::is_verb_form(&t.norm)).then_some(k)
}

/// Whether the word at `k`, written as a verb, is the noun a number counts
/// ("106 *carries*", "eight *passes*", "two *sets*"): it lies inside
/// another figure, or it is a third-person singular form right after a
/// number above one (a plural noun read as a verb: "three dies" is no
/// English, "three died" is, and stays a verb). A counted noun is never
/// the predicate of a count.
fn counted_noun(toks: &[Token], doc: &DocContext, k: usize) -> bool {
    let after_plural_number = toks[k].tag.name() == "VBZ"
        && k.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(|p| {
            (p.tag.name() == "CD" || p.has_digit && p.is_word())
                && !matches!(p.norm.as_str(), "one" | "1")
        });
    doc.in_figure.get(k) == Some(&true) || after_plural_number
}

/// Whether the word at `k` is the adjective "close" of "close to"
/// ("sources *close* to the talks", "a spot close to the border"): "close"
/// before "to", after no "to", modal or pronoun that would make it the
/// verb ("expected to close", "will close to traffic").
fn adjective_close(toks: &[Token], k: usize) -> bool {
    let follows_to = toks.get(k + 1).is_some_and(|t| t.norm == "to");
    let verb_before = k
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|p| matches!(p.tag.name(), "TO" | "MD" | "PRP") || p.norm == "to");
    toks[k].norm == "close" && follows_to && !verb_before
}

/// The verb that says what happens, for the verb at `k`: the infinitive
/// after a scheduling verb or a lead verb with its particle, else `k`.
fn content_verb(toks: &[Token], doc: &DocContext, k: usize, cl_b: usize) -> usize {
    scheduled_verb(toks, k, cl_b)
        .or_else(|| light_verb(toks, doc, k, cl_b))
        .or_else(|| staged_verb(toks, k, cl_b))
        .unwrap_or(k)
}

/// Verbs that stage a gathering ("*held* a news conference to announce",
/// "*called* a meeting to discuss").
const STAGING_VERBS: &[&str] = &["hold", "call", "convene", "stage", "organize", "organise"];

/// Gatherings staged to do what a to-infinitive after them names.
const GATHERINGS: &[&str] = &[
    "conference",
    "briefing",
    "meeting",
    "rally",
    "ceremony",
    "session",
    "summit",
    "vigil",
];

/// Words from a staging verb to the "to" of its purpose ("held a press
/// conference, July 13, 2009, to announce").
const STAGING_REACH: usize = 12;

/// The verb of the purpose a staging verb at `k` states ("held a news
/// conference on Monday to *announce* the closure"): its object is a
/// gathering and a to-infinitive follows within the clause; the
/// gathering is the means, the infinitive says what happened.
fn staged_verb(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    if !STAGING_VERBS.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    let to = (k + 1..cl_b.min(k + 1 + STAGING_REACH))
        .take_while(|&j| !toks[j].tag.is_verb() || toks[j].tag.name() == "TO")
        .find(|&j| toks[j].tag.name() == "TO" || toks[j].norm == "to")?;
    let gathering = (k + 1..to).any(|j| {
        toks[j].tag.is_noun() && GATHERINGS.contains(&lemma::noun(&toks[j].norm).as_str())
    });
    gathering.then(|| infinitive_verb(toks, to, cl_b)).flatten()
}

/// Verbs that, with a particle, lead into the act a to-infinitive names
/// ("*set off* from the vigil to march", "*stepped forward* in 2005 to
/// acknowledge", "*came back* to win"): that verb is the predicate.
const LEAD_VERBS: &[&str] = &["set", "step", "move", "turn", "head", "return", "stand"];

/// Particles after a [`LEAD_VERBS`] verb.
const PARTICLES: &[&str] = &["off", "forward", "out", "up", "back", "on", "down"];

/// Words a to-infinitive may lie from a lead verb (its particle and a short
/// phrase: "set off from the vigil site to march").
const LEAD_REACH: usize = 8;

/// The verb of the infinitive a lead verb at `k` leads into (see
/// [`LEAD_VERBS`]), within the clause: the verb must have a particle, or
/// the infinitive follow it at once, past a date ("returned to host",
/// "will return next year to host").
fn light_verb(toks: &[Token], doc: &DocContext, k: usize, cl_b: usize) -> Option<usize> {
    if !LEAD_VERBS.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    // A date between the verb and what follows it ("returns next year to
    // host") is not in the way.
    let past_date = (k + 1..cl_b).find(|&j| !doc.in_date(j)).unwrap_or(cl_b);
    let particle = toks
        .get(past_date)
        .is_some_and(|t| PARTICLES.contains(&t.norm.as_str()));
    let reach = past_date.saturating_sub(k) + if particle { LEAD_REACH } else { 1 };
    let to = (k + 1..cl_b.min(k + 1 + reach))
        .take_while(|&j| !toks[j].tag.is_verb() || toks[j].tag.name() == "TO")
        .find(|&j| toks[j].tag.name() == "TO" || toks[j].norm == "to")?;
    infinitive_verb(toks, to, cl_b)
}

/// The content verb of the infinitive after "to" at `to` ("to open", "to
/// be released"): a word the tagger read as an adjective or a noun right
/// after "to" is still a verb when it is a verb form ("to open").
fn infinitive_verb(toks: &[Token], to: usize, cl_b: usize) -> Option<usize> {
    let verbish = |j: usize| {
        toks[j].tag.is_verb()
            || (j == to + 1 && !toks[j].has_digit && lemma::is_verb_form(&toks[j].norm))
    };
    (to + 1..cl_b.min(to + 4))
        .take_while(|&j| verbish(j) || toks[j].tag.name() == "RB")
        .filter(|&j| verbish(j) && !AUXILIARIES.contains(&lemma::verb(&toks[j].norm).as_str()))
        .last()
}

/// Verbs that put a happening on a schedule ("is expected to open", "is
/// set to launch", "plans to close"): the infinitive after them says what
/// happens.
const SCHEDULING: &[&str] = &[
    "expect", "schedule", "set", "slate", "plan", "intend", "aim", "hope", "poise", "due", "tab",
];

/// The verb of the infinitive after a scheduling verb at `k` ("expected to
/// be released" → "released"), within the clause.
fn scheduled_verb(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    if !SCHEDULING.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    let to = (k + 1..cl_b.min(k + 3)).find(|&j| toks[j].tag.name() == "TO")?;
    infinitive_verb(toks, to, cl_b)
}
