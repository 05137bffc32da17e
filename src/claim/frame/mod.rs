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

mod ages;
mod build;
mod clause;
mod owner;
mod phrase;
mod predicate;
mod proper;
mod time;

// The parts of the frame reader share their helpers through this module.
use {ages::*, clause::*, owner::*, phrase::*, predicate::*, proper::*, time::*};

pub use build::build;

use crate::claim::lemma;
use crate::claim::spans::SpanIndex;
use crate::claim::tokens::{Token, Tokens};
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
    /// The keys among [`Frame::names`] and [`Frame::subject_names`] that
    /// only the article's dateline gives ("HARWICK, May 2 (Reuters) -"
    /// before a lead sentence): where the report was filed, not what the
    /// clause is said of. They tie two leads; they never set two apart.
    pub dateline_names: Vec<String>,
    /// The places of a "when", "after" or "as" clause right after the
    /// figure's clause, which tells the happening the figure counts
    /// ("Twelve people were killed *when a bus overturned near Kessling*",
    /// "nine died *after a ferry capsized off Porth Wen*"): where it
    /// happened, for telling two happenings apart, never for tying two
    /// figures.
    pub when_places: Vec<String>,
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
    /// The clause gives the figure as an earlier statement of the
    /// article's own ("an earlier tally of 198 survivors"): one the report
    /// has since replaced with another.
    pub earlier_statement: bool,
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

/// What [`build()`] needs of the whole document, computed once per document
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
    /// Byte offset where the dateline's head ends (its dash), 0 without
    /// one ([`dateline_head`]).
    head_end: usize,
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
            head_end: dateline_head(tokens, facts),
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
