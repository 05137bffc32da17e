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
mod clause;
mod owner;
mod phrase;
mod predicate;
mod proper;
mod time;

// The parts of the frame reader share their helpers through this module.
use {ages::*, clause::*, owner::*, phrase::*, predicate::*, proper::*, time::*};

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
    // "a toll of 23" counts the dead, "a toll of 23 homes" the homes
    let toll = toll_noun(toks, s, a).filter(|&k| {
        fact.kind == FactKind::Number || toks.get(k + 1).is_none_or(|t| t.norm != "of")
    });
    let predicate = toll.or(predicate);
    // "put the number of injured at 146": a toll of the injured
    let toll_injured = toll
        .and_then(|k| toks.get(k))
        .is_some_and(|t| INJURED_WORDS.contains(&t.norm.as_str()));
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
    // "... were killed when a bus overturned near Kessling, police said":
    // the places of the clause that tells the happening counted.
    let when_places = happening_places(text, toks, facts, doc, (cl_b, e), (a, b));
    let dateline_names = head_only(text, toks, facts, doc, (cl_a, cl_b), (a, b), &names)
        .into_iter()
        .chain(head_only(
            text,
            toks,
            facts,
            doc,
            (s, cl_a),
            (a, b),
            &subject_names,
        ))
        .collect();
    let pronoun_person = toks[s..a]
        .iter()
        .any(|t| PERSONAL.contains(&t.norm.as_str()))
        .then(|| doc.protagonist.clone().or_else(|| doc.repeated.clone()))
        .flatten();
    let sentence_subject = sentence_subject(text, toks, facts, doc, (s, e), (a, b))
        .unwrap_or_else(|| pronoun_person.iter().cloned().collect());
    // The dates of the clause that may be said of the figure, with their
    // distance from it in words.
    let clause_dates: Vec<(usize, usize)> = doc
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
                && !dates_verb_before_act_noun(toks, predicate, tokens.range_of(f.span).1)
        })
        .map(|(j, f)| {
            let (x, y) = tokens.range_of(f.span);
            (j, if y <= a { a - y } else { x.saturating_sub(b) })
        })
        .collect();
    // Near enough to be said of the figure: within a few words of it; or,
    // when none is, the clause's one date however far after the figure it
    // stands, with no other figure between ("Nine hikers were missing in
    // the hills above the reservoir on Saturday"; not "about 38% of the
    // voters, higher than the 31% recorded in 2021", nor a date before the
    // figure, which dates an earlier verb: "on Wednesday, the day the
    // autopsy showed he had been shot seven times").
    let near: Vec<usize> = clause_dates
        .iter()
        .filter(|&&(_, gap)| gap <= ANCHOR_WORDS)
        .map(|&(j, _)| j)
        .collect();
    let far_after = |j: usize| {
        let x = tokens.range_of(facts[j].span).0;
        x >= b && !(b..x).any(|k| doc.in_figure.get(k) == Some(&true))
    };
    let anchors: Vec<usize> = match clause_dates.as_slice() {
        [(only, _)] if near.is_empty() && far_after(*only) => vec![*only],
        _ => near,
    };
    // "since 2019, when 31 died": the clause tells of its date's time.
    let when_date =
        super::earlier::date_before_when(toks, cl_a, |k| doc.in_date(k)).and_then(|k| {
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
                || crate::lex::words::is_figure_word(toks[f].norm.as_str())
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
            .flatten()
            .or((counts_people && toll_injured).then_some(super::tally::Tally::Injured)),
        other_happening: super::earlier::other_happening(toks, s, cl_a, a),
        earlier_statement: super::earlier::earlier_statement(toks, cl_a, a),
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
        dateline_names,
        when_places,
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
