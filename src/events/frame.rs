//! The event frame of a report: where, when and to whom, as hard evidence
//! that two reports of the same *kind* of incident are of different
//! incidents.
//!
//! Consumes a document's text and its facts (the pipeline's, never
//! extracted again here); produces a [`Frame`]: the places it names (with
//! how often), the town of its dateline, the streets it names, the ages
//! it gives for people and the parts it gives them (victim, suspect:
//! [`roles`](super::roles)). [`place_conflict`], [`street_conflict`] and
//! [`age_conflict`] compare two frames; [`day_conflict`] compares the days
//! two reports are about.
//!
//! Two shootings in two towns, on two days, or of two victims share every
//! word of their kind ("shot", "police", "hospital"); what tells them apart
//! is the frame, and a local news stream is full of such pairs. Each test
//! says "different incidents" only on positive evidence from both reports:
//! a report that names no street, gives no age or states no date conflicts
//! with nothing, so that a short first report still joins its follow-ups.
//!
//! Guarantees: linear in the text, no panic, deterministic.

use super::features::{feature_hash, Anchor, AnchorSource};
use super::roles::{role_at, PersonRole};
use crate::facts::names::canonical_key;
use crate::facts::{Fact, FactKind, FactValue};
use crate::lex::token::{Kind, Tokens};

/// Most places, streets and ages kept per document.
pub const MAX_FRAME_ITEMS: usize = 12;

/// Where and to whom, as one report states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// Places named (canonical key hashes) with their mention counts, most
    /// mentioned first (ties by hash); the dateline town counts once.
    pub places: Vec<(u64, u32)>,
    /// The town of the dateline ("ROCKY MOUNT, N.C. —"), if any.
    pub dateline: Option<u64>,
    /// Places named in the headline, the dateline or the lead
    /// ([`lead_end`]), sorted, distinct: where the report says its event
    /// happened, not where its background, its people or its companies
    /// are from.
    pub lead_places: Vec<u64>,
    /// Streets, roads and avenues the headline or the lead places the
    /// incident on ([`scene_street`]: "shot on Larch Street", "in the 300
    /// block of Elm Avenue", "at Larch Street and Quimby Avenue"), as
    /// [`street_key`]s, sorted, distinct. Not a victim's home street ("a
    /// Quimby Avenue man", "of Harmon Road") nor a hospital's.
    pub streets: Vec<Box<str>>,
    /// Every scene street ([`streets`](Frame::streets)) is told by "near"
    /// ([`near_street`]: "killed in Friday's crash near Hollin Road"): the
    /// incident was by them, on some street nearby.
    pub streets_near: bool,
    /// Every street the report names in its headline or its prose, in any
    /// role (the scene, a cross street, a home, a hospital), as
    /// [`street_key`]s, sorted, distinct: a report that names another's
    /// scene street anywhere is not set on another street.
    pub named_streets: Vec<Box<str>>,
    /// Ages given for named people ("Jane Roe, 31,"), sorted, distinct.
    pub ages: Vec<Age>,
    /// The part the report gives named people in its incident (the
    /// killed or hurt, the arrested or charged; [`roles`](super::roles)),
    /// one per person (the first its words give), sorted.
    pub roles: Vec<PersonRole>,
    /// The words of the principal place's name ([`principal_place`]), as
    /// content-word features (`w`): what [`place_conflict`]'s callers look
    /// for among another report's words, where the name finder did not
    /// read the town as a place ("the tavern shooting in Marlow", "a
    /// Marlow man"). Without a principal place, the words of the
    /// [`lead_town`](Frame::lead_town)'s name; empty when there is neither.
    pub principal_words: Box<[u64]>,
    /// The one place the headline and the lead name, when they name no
    /// other and it is a town (no country, state or well-known city, no
    /// county or site: `is_town`): where a short report sets its
    /// event though it names the town once ("X met Y in Marlow on May
    /// 3"), too few times for a principal place ([`principal_place`]).
    pub lead_town: Option<u64>,
    /// The capitalised words of the headline and the text ("a Marlow
    /// man", "Marlow police"), outside the names of people ("Marlow
    /// Hughes" is no mention of Marlow), as [`capital_key`]s of their
    /// content-word features (`w`), sorted, distinct: whether a report
    /// names a town in words the name finder did not read as a place.
    /// Exact but for 32-bit keys: a word the report does not hold is found
    /// with odds of about one in 2^32 per word it holds (one in 10^7 for an
    /// article of 400 distinct capitalised words).
    pub capitals: Box<[u32]>,
    /// The report tells of two incidents, in a sentence that says they
    /// are not one ([`tells_two_incidents`]: "Detectives do not believe
    /// the two shootings are related"): the other incident's words are
    /// in it, so it joins another report only on an identifying detail.
    pub two_incidents: bool,
    /// The report names a day of its own publication in its headline or
    /// lead, in relative words ("early today", "Sunday night" in Monday's
    /// paper) or written out ("on June 18, 2022" in that day's paper; a
    /// dateline is no such day): it reports an event of its own days (set
    /// by the feature extraction, which reads the dates).
    pub own_day: bool,
    /// The report states, in words that fix it, a day before its own
    /// publication (more than two days before): what a follow-up says of
    /// the incident's day. A second reading of a date whose words leave
    /// the year or the week open (a "Nov. 8" sentencing date read as last
    /// November) is not one (set by the feature extraction).
    pub earlier_day: bool,
    /// The report names its incident by a day well before its own
    /// publication ([`names_incident`]: "in the June 14 shooting", "last
    /// Thursday's fatal stabbing"): what a follow-up says of the
    /// incident it follows (set by the feature extraction).
    pub dated_incident: bool,
    /// The report's lead tells the naming of its dead ("the couple who
    /// died have been named as ..."; [`followup::names_dead`](super::followup::names_dead),
    /// set by the feature extraction).
    pub names_dead: bool,
    /// The report counts time from its incident ("two weeks after a fire
    /// on Quill Street", "a month after the crash";
    /// [`followup::counts_from_incident`](super::followup::counts_from_incident),
    /// set by the feature extraction): its own news is of a later day.
    pub counts_from_incident: bool,
    /// Results and tallies the report states in its headline or prose
    /// ("won 31-24", "a 2-1 defeat"), as the score values of the facts
    /// ("31-24"), sorted, distinct.
    pub scores: Vec<Box<str>>,
    /// The [`scores`](Frame::scores) stated in the headline or the lead
    /// ([`lead_end`]): the result the report is about, where scores
    /// further down are a half's, a record's or another game's.
    pub lead_scores: Vec<Box<str>>,
    /// The report tells a game ([`is_game_report`]): it states a score,
    /// uses the words of a sport and names several people. The people of
    /// one game are many (the players of two teams), and two reports of it
    /// are told around different ones.
    pub game: bool,
    /// The acts of organisations the headline and the lead tell
    /// ([`acts`](super::acts)), the headline's first: the first is the
    /// report's acting organisation (set by the feature extraction).
    pub acts: Vec<super::acts::Act>,
    /// The kind of the report's main incident and every kind it names
    /// ([`kinds`](super::kinds); set by the feature extraction).
    pub incident: super::kinds::Incident,
    /// The places the headline and the lead of a report of an incident set
    /// it in, known to the gazetteer or not ("stabbed in Ashcombe Vale", "at
    /// Fernleigh, west of Perth", "San Antonio police said"), each as the
    /// content-word features of its words ([`super::locality`]).
    pub scene_names: Box<[Box<[u64]>]>,
}

/// Nouns of an incident that a follow-up names by its day: "the June 14
/// shooting", "last Thursday's stabbing", "the March 3 fire".
pub const INCIDENT_NOUNS: &[&str] = &[
    "attack", "crash", "fire", "homicide", "killing", "murder", "robbery", "shooting", "slaying",
    "stabbing",
];

/// Whether the words right after a date (ending at byte `end` of `text`)
/// make it the day of an incident: a noun of [`INCIDENT_NOUNS`] within two
/// words, after an optional possessive ("the June 14 shooting", "last
/// Thursday's fatal stabbing").
pub fn names_incident(text: &str, end: usize) -> bool {
    let after = super::features::head(text, end, CLAUSE_WINDOW_BYTES);
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("\u{2019}s"))
        .unwrap_or(after);
    if !after.starts_with(' ') {
        return false;
    }
    after
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(2)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| INCIDENT_NOUNS.binary_search(&w).is_ok())
}

/// The age a report gives for a named person ("Darius Vance, 24,"): who
/// (first initial and surname) and how old.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Age {
    /// Folded surname ("vance").
    pub surname: Box<str>,
    /// First initial, `' '` when only the surname is given.
    pub initial: char,
    /// The age in years.
    pub years: u8,
}

impl Age {
    /// Whether two ages are given for one person: the same surname, and
    /// the same first initial when both are known.
    pub fn same_person(&self, other: &Age) -> bool {
        self.surname == other.surname
            && (self.initial == ' ' || other.initial == ' ' || self.initial == other.initial)
    }
}

/// When a report is from and which days it states, for [`day_conflict`].
#[derive(Debug, Clone, Copy)]
pub struct When<'a> {
    /// Its time anchor.
    pub anchor: Option<Anchor>,
    /// The days and short periods it states, as day ranges.
    pub mentions: &'a [(i64, i64)],
    /// See [`Frame::own_day`].
    pub own_day: bool,
    /// See [`Frame::earlier_day`].
    pub earlier_day: bool,
    /// The report is a follow-up told around an arrest or a charge
    /// ([`arrest_follow_up`](super::score::arrest_follow_up)): the days of
    /// its own publication are the arrest's, and only the earlier days it
    /// states are its incident's.
    pub follow_up: bool,
}

/// Nouns for a person that an age may follow ("a woman, 19,").
const PERSON_NOUNS: &[&str] = &[
    "boy", "brother", "daughter", "father", "girl", "husband", "man", "mother", "sister", "son",
    "suspect", "teen", "teenager", "victim", "wife", "woman",
];

/// Last words of an organisation that make it a town's own agency ("the
/// Clarksville Police Department", "Macon police"): an incident its agency
/// handles is in that town.
const AGENCY_TAILS: &[&str] = &[
    "fire department",
    "fire rescue",
    "police",
    "police department",
    "police dept",
];

/// Words that make a "... Court" a court of law, not a street ("Taunton
/// Magistrates' Court", "the Supreme Court", "Circuit Court").
const COURT_WORDS: &[&str] = &[
    "appeals",
    "circuit",
    "county",
    "criminal",
    "crown",
    "district",
    "family",
    "federal",
    "high",
    "juvenile",
    "magistrate",
    "magistrates",
    "municipal",
    "superior",
    "supreme",
];

/// Whether a name ending in "court" is a court of law ([`COURT_WORDS`]).
fn is_court_of_law(key: &str) -> bool {
    key.split(' ')
        .any(|w| COURT_WORDS.binary_search(&w).is_ok())
}

/// Whether the byte range lies in a line of prose: a line that ends as a
/// sentence does (`.`, `!`, `?`, or a closing quote or bracket after one).
/// Headlines of other stories, menus and link lists that scraped pages
/// carry ("More local news", "Two shot on Elm Street") do not, and what
/// they name is not where or to whom this report's event happened.
pub fn in_prose(text: &str, start: usize, end: usize) -> bool {
    let from = text
        .get(..start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let to = text
        .get(end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| end + i);
    let line = text.get(from..to).unwrap_or("").trim_end();
    let line = line.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    line.ends_with(['.', '!', '?'])
}

/// Words of prose that make a report's lead: news writing states what
/// happened, where and when in its first paragraph or two (the "inverted
/// pyramid": a lead of at most 35 words, then the paragraph that places
/// it); places and streets named further down are a protest's route, a
/// company's offices, a team's opponent, an earlier incident, more often
/// than the event's own. Counted in words, not sentences: a copyright or
/// newsletter line that ends like a sentence and slips into the lead
/// takes a few words of it, not whole sentences.
pub const LEAD_WORDS: usize = 80;

/// Where a report's lead ends: the byte offset after its first
/// [`LEAD_WORDS`] words of prose, counting only lines of prose
/// ([`in_prose`]) outside page furniture (`furniture`, sorted byte
/// ranges).
pub fn lead_end(text: &str, furniture: &[(usize, usize)]) -> usize {
    prose_words_end(text, furniture, LEAD_WORDS)
}

/// Words of prose that open a report: its first sentence, as news writing
/// keeps it (at most about 35 words: who did what, where, when). Counted
/// in words for the same reason as [`LEAD_WORDS`]; an opening sentence
/// that is shorter lends its place to the next sentence's first words,
/// which name the same principal actor more often than not.
pub const OPENING_WORDS: usize = 35;

/// Where a report's opening ends: the byte offset after its first
/// [`OPENING_WORDS`] words of prose, as [`lead_end`] counts them.
pub fn opening_end(text: &str, furniture: &[(usize, usize)]) -> usize {
    prose_words_end(text, furniture, OPENING_WORDS)
}

/// The byte offset after the first `limit` words of prose (lines of prose
/// outside page furniture), or the end of the text.
fn prose_words_end(text: &str, furniture: &[(usize, usize)], limit: usize) -> usize {
    let mut words = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        if body.is_empty()
            || !in_prose(text, start, start + body.len())
            || super::features::inside(furniture, start, start + body.len())
        {
            continue;
        }
        let mut word_ends = body
            .char_indices()
            .filter(|&(i, c)| {
                !c.is_whitespace()
                    && body[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            })
            .map(|(i, c)| start + i + c.len_utf8());
        for end in word_ends.by_ref() {
            words += 1;
            if words == limit {
                return end;
            }
        }
    }
    text.len()
}

/// The town whose agency an organisation is ("clarksville" for "Clarksville
/// Police Department"), as a canonical key.
fn agency_town(key: &str) -> Option<&str> {
    AGENCY_TAILS.iter().find_map(|tail| {
        let town = key.strip_suffix(tail)?.strip_suffix(' ')?;
        let words = town.split(' ').count();
        (!town.is_empty() && words <= 3 && !town.ends_with("county") && !town.ends_with("state"))
            .then_some(town)
    })
}

/// The frame of a document from the words of its text (`body`: its facts
/// outside page furniture) and of its headline (`title`), each with its
/// tokens (the one word layer, [`crate::lex::Tokens`]). Only facts in
/// lines of prose ([`in_prose`]) and in the headline count; streets only
/// in the headline and the lead, which ends at byte `lead` of the text
/// ([`lead_end`]).
pub fn frame(body: TextWords<'_>, lead: usize, title: TextWords<'_>) -> Frame {
    let (text, facts) = (body.text, body.facts);
    let mut places: Vec<(u64, u32)> = Vec::new();
    let mut keys: Vec<(u64, String)> = Vec::new();
    let mut lead_places: Vec<u64> = Vec::new();
    let mut streets: Vec<Box<str>> = Vec::new();
    let mut named_streets: Vec<Box<str>> = Vec::new();
    // A scene street not told by "near" (see `near_street`).
    let mut firm = false;
    let mut ages: Vec<Age> = Vec::new();
    let mut roles: Vec<PersonRole> = Vec::new();
    let mut scores: Vec<Box<str>> = Vec::new();
    let mut lead_scores: Vec<Box<str>> = Vec::new();
    let mut people: Vec<String> = Vec::new();
    let bump = |places: &mut Vec<(u64, u32)>, h: u64| match places.iter_mut().find(|p| p.0 == h) {
        Some(p) => p.1 = p.1.saturating_add(1),
        None => places.push((h, 1)),
    };
    let dateline_key = dateline_town(facts);
    let dateline = dateline_key.as_deref().map(|k| feature_hash("plc", k));
    if let (Some(h), Some(k)) = (dateline, dateline_key) {
        bump(&mut places, h);
        lead_places.push(h);
        keys.push((h, k));
    }
    let mut last_person: Option<(usize, String)> = None;
    // The end of the last street named and whether it was the scene: the
    // second street of "at Larch Street and Quimby Avenue" is the scene too.
    let mut last_street: Option<(usize, bool)> = None;
    let in_title = title.facts.iter().map(|f| (title.text, *f, true));
    let in_text = facts.iter().map(|f| (text, *f, false));
    for (src, f, headline) in in_title.chain(in_text) {
        if !headline && !in_prose(src, f.span.start, f.span.end) {
            continue;
        }
        // the dateline's town, counted once above
        if dateline.is_some() && f.role == Some(crate::facts::Role::Dateline) {
            continue;
        }
        match (&f.kind, &f.value) {
            (FactKind::Place | FactKind::Org, FactValue::Text(name)) => {
                let key = canonical_key(name);
                if key.is_empty() {
                    continue;
                }
                // "Corliss Avenue SE" is Corliss Avenue.
                let bare = crate::lex::words::without_street_compass(&key);
                let last = bare.rsplit(' ').next().unwrap_or("");
                let org = f.kind == FactKind::Org;
                let in_lead = headline || f.span.start < lead;
                let street = bare.contains(' ')
                    && (crate::lex::words::is_street_word(last)
                        || (last == "court" && !is_court_of_law(bare)));
                let place = if street {
                    let k = street_key(bare);
                    let after = last_street.filter(|_| !headline);
                    let scene = scene_street(src, f.span.start, after);
                    if !headline {
                        last_street = Some((f.span.end, scene));
                    }
                    if scene && in_lead {
                        firm |= !near_street(src, f.span.start);
                        push_distinct(&mut streets, k.clone());
                    }
                    push_distinct(&mut named_streets, k);
                    street_town(src, f.span.end, if headline { title.facts } else { facts })
                        .map(|town| canonical_key(&town))
                        .filter(|key| !key.is_empty())
                        .map(|key| (feature_hash("plc", &key), key))
                } else if !org {
                    Some((feature_hash("plc", &key), key.clone()))
                } else {
                    agency_town(&key).map(|town| (feature_hash("plc", town), town.to_owned()))
                };
                if let Some((h, town)) = place {
                    if keys.len() < MAX_FRAME_ITEMS && !keys.iter().any(|k| k.0 == h) {
                        keys.push((h, town));
                    }
                    bump(&mut places, h);
                    if in_lead && lead_places.len() < MAX_FRAME_ITEMS && !lead_places.contains(&h) {
                        lead_places.push(h);
                    }
                }
            }
            (FactKind::Person, FactValue::Text(name)) => {
                let key = canonical_key(name);
                add_role(&mut roles, &key, role_at(src, f.span.start, f.span.end));
                push_distinct(&mut people, key.clone());
                if !headline {
                    last_person = Some((f.span.end, key));
                }
            }
            (FactKind::Score, FactValue::Score(v)) => {
                let v: Box<str> = v.to_string().into();
                if headline || f.span.start < lead {
                    push_distinct(&mut lead_scores, v.clone());
                }
                push_distinct(&mut scores, v);
            }
            _ => {
                if headline {
                    continue;
                }
                let person = last_person.as_ref().map(|(e, k)| (*e, k.as_str()));
                if let Some(age) = named_age(text, f, person) {
                    push_distinct(&mut ages, age);
                }
            }
        }
    }
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    places.truncate(MAX_FRAME_ITEMS);
    let streets_near = !streets.is_empty() && !firm;
    streets.sort_unstable();
    named_streets.sort_unstable();
    lead_places.sort_unstable();
    ages.sort_unstable();
    roles.sort_unstable();
    scores.sort_unstable();
    lead_scores.sort_unstable();
    let game = is_game_report(&scores, people.len(), [title.tokens, body.tokens]);
    let capitals = capitals([title, body]);
    let mut f = Frame {
        places,
        dateline,
        lead_places,
        streets,
        streets_near,
        named_streets,
        ages,
        roles,
        principal_words: Box::default(),
        lead_town: None,
        capitals,
        two_incidents: tells_two_incidents(body.tokens),
        own_day: false,
        earlier_day: false,
        dated_incident: false,
        names_dead: false,
        counts_from_incident: false,
        scores,
        lead_scores,
        game,
        acts: Vec::new(),
        incident: super::kinds::Incident::default(),
        scene_names: super::locality::scene_names(
            title.text,
            title.facts,
            text.get(..lead).unwrap_or(text),
            facts,
        ),
    };
    f.lead_town = match f.lead_places.as_slice() {
        [h] => keys
            .iter()
            .find(|k| k.0 == *h && is_town(&k.1))
            .map(|k| k.0),
        _ => None,
    };
    let named = principal_place(&f).map(|p| p.0).or(f.lead_town);
    if let Some((_, key)) = named.and_then(|h| keys.iter().find(|k| k.0 == h)) {
        f.principal_words = name_words(key);
    }
    f
}

/// Last words of a place's name that make it an area wider than a town
/// ("Nash County", "the Gulf Coast", "Ozark Region") or a site in one
/// ("Larkin Arena", "Mercy Hospital"), sorted for binary search.
const NOT_TOWN_TAILS: &[&str] = &[
    "airport",
    "area",
    "arena",
    "bay",
    "center",
    "centre",
    "coast",
    "county",
    "district",
    "hall",
    "hospital",
    "island",
    "islands",
    "lake",
    "mountains",
    "parish",
    "park",
    "province",
    "region",
    "river",
    "school",
    "stadium",
    "state",
    "territory",
    "university",
    "valley",
];

/// Whether a place (a canonical key) is named at the grain of a town:
/// the gazetteer lists none of its words (it holds countries, states,
/// regions and well-known cities with their quarters, where one event is
/// told from "Hollywood" in one report and "Los Angeles" in another), and
/// its last word names no wider area and no site ([`NOT_TOWN_TAILS`]).
/// The towns local news is set in are mostly those no list holds.
fn is_town(key: &str) -> bool {
    use crate::facts::names::lexicon::{gazetteer, GazKind};
    let listed = |k: &str| matches!(gazetteer().get(k), Some((GazKind::Place, _)));
    let last = key.rsplit(' ').next().unwrap_or(key);
    !key.is_empty()
        && !listed(key)
        && !key.split(' ').any(listed)
        && NOT_TOWN_TAILS.binary_search(&last).is_err()
}

/// The key of a content-word feature in [`Frame::capitals`]: its low 32
/// bits (the feature hash is uniform there).
pub fn capital_key(feature: u64) -> u32 {
    feature as u32
}

/// One text of a document (its headline or its body) as the frame and
/// the acts read it: the text, its tokens (the one word layer,
/// [`crate::lex::Tokens`], made once per text) and its facts, whose spans
/// lie in it.
#[derive(Clone, Copy)]
pub struct TextWords<'a> {
    /// The text.
    pub text: &'a str,
    /// The tokens of the text.
    pub tokens: &'a Tokens,
    /// The facts read in the text.
    pub facts: &'a [&'a Fact],
}

/// The capitalised words of the headline and the text as
/// [`Frame::capitals`]: words of at least three letters whose first is
/// upper case, outside the spans of people's names.
fn capitals(texts: [TextWords<'_>; 2]) -> Box<[u32]> {
    use super::features::stem_plural;
    let mut keys: Vec<u32> = Vec::new();
    let mut folded = String::new();
    for TextWords { tokens, facts, .. } in texts {
        let mut people: Vec<(usize, usize)> = facts
            .iter()
            .filter(|f| f.kind == FactKind::Person)
            .map(|f| (f.span.start, f.span.end))
            .collect();
        people.sort_unstable();
        let mut next_person = 0;
        for t in tokens.all() {
            if t.kind != Kind::Word || !t.cap() {
                continue;
            }
            // People's spans in text order: skip those that end before.
            while people.get(next_person).is_some_and(|p| p.1 <= t.start) {
                next_person += 1;
            }
            if people
                .get(next_person..)
                .unwrap_or_default()
                .iter()
                .take_while(|p| p.0 <= t.start)
                .any(|p| t.end <= p.1)
            {
                continue;
            }
            let low = tokens.low_of(t);
            if low.chars().count() < 3 {
                continue;
            }
            folded.clear();
            crate::facts::names::lexicon::fold_into(low, &mut folded);
            keys.push(capital_key(feature_hash("w", stem_plural(&folded))));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys.into_boxed_slice()
}

/// Whether every word of `words` (content-word features) is among the
/// capitalised words of `f` ([`Frame::capitals`]).
pub fn in_capitals(f: &Frame, words: &[u64]) -> bool {
    words
        .iter()
        .all(|&h| f.capitals.binary_search(&capital_key(h)).is_ok())
}

/// Words that say whether two incidents are one ("related", "connected").
const RELATED_WORDS: &[&str] = &["connected", "linked", "related", "unrelated"];

/// Words after a relation that name the other incident by a pronoun or an
/// adjective: "not connected to the one earlier", "to another".
const OTHER_INCIDENT_WORDS: &[&str] = &["another", "earlier", "one", "other", "second"];

/// Whether `text` says, in one sentence, that two incidents are not one:
/// a negation ("not", "n't", "no", or "unrelated"), a word of relation
/// ("related", "connected", "linked"), and the incidents named as such, by a plural
/// incident noun ("the two shootings are not related") or by a word for
/// the other one right after the relation ("the shooting was not connected
/// to the one earlier that night"). A suspect "not connected to the
/// shooting" names one incident and is none.
pub fn tells_two_incidents(tokens: &Tokens) -> bool {
    let related = |t: &crate::lex::token::Token| RELATED_WORDS.contains(&tokens.low_of(t));
    if !tokens.all().iter().any(related) {
        return false;
    }
    sentence_words(tokens).iter().any(|words| {
        let negated = words
            .iter()
            .any(|w| w == "not" || w == "no" || w == "unrelated" || w.ends_with("n't"));
        let relation = words
            .iter()
            .position(|w| RELATED_WORDS.contains(&w.as_str()));
        let Some(at) = relation.filter(|_| negated) else {
            return false;
        };
        let plural = words.iter().any(|w| is_plural_incident(w));
        let other = words
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take(3)
            .skip_while(|w| *w != "to" && *w != "with")
            .any(|w| OTHER_INCIDENT_WORDS.contains(&w.as_str()));
        plural || other
    })
}

/// The lower-case words of each sentence of `tokens` (a sentence ends at
/// `.`, `!`, `?` or a line break): letters, digits and apostrophes glued
/// together make one word ("didn't", "2nd").
fn sentence_words(tokens: &Tokens) -> Vec<Vec<String>> {
    let mut sentences: Vec<Vec<String>> = vec![Vec::new()];
    let mut joins = false;
    for t in tokens.all() {
        if t.line_before() && sentences.last().is_some_and(|s| !s.is_empty()) {
            sentences.push(Vec::new());
        }
        let Some(words) = sentences.last_mut() else {
            break;
        };
        let low = tokens.low_of(t);
        let part = t.kind != Kind::Sym || low == "'";
        if !part {
            if matches!(t.ch, '.' | '!' | '?') && !words.is_empty() {
                sentences.push(Vec::new());
            }
            joins = false;
            continue;
        }
        match words.last_mut() {
            Some(w) if joins && t.glued() => w.push_str(low),
            _ => words.push(low.to_owned()),
        }
        joins = true;
    }
    sentences
}

/// Whether a word is the plural of an incident noun ([`INCIDENT_NOUNS`]:
/// "shootings", "crashes", "robberies").
fn is_plural_incident(w: &str) -> bool {
    INCIDENT_NOUNS.iter().any(|n| {
        let (stem, tails): (&str, &[&str]) = match n.strip_suffix('y') {
            Some(stem) => (stem, &["ies"]),
            None => (n, &["s", "es"]),
        };
        w.strip_prefix(stem).is_some_and(|t| tails.contains(&t))
    })
}

/// Whether two reports are set in different towns by their leads alone:
/// each lead names one place, a town ([`Frame::lead_town`]), the two
/// differ, and neither report names the other's town anywhere, as a place
/// or in capitalised words ("a Marlow man"). Two short reports of
/// meetings, fires or crashes on one day, "in Marlow" and "in Oakvale",
/// each naming its town once.
pub fn lead_town_conflict(a: &Frame, b: &Frame) -> bool {
    let (Some(x), Some(y)) = (a.lead_town, b.lead_town) else {
        return false;
    };
    x != y
        && mentions_of(a, y) == 0
        && mentions_of(b, x) == 0
        && !in_capitals(b, &a.principal_words)
        && !in_capitals(a, &b.principal_words)
}

/// Words of a team sport's game: its parts, its plays, its people and its
/// competitions, sorted for binary search. A report that states a score
/// ("won 31-24") among [`MIN_GAME_WORDS`] of them tells a game, not a vote
/// ("voted 51-49") or a ruling ("a 5-4 decision").
const GAME_WORDS: &[&str] = &[
    "assists",
    "coach",
    "defender",
    "game",
    "goal",
    "goalkeeper",
    "goals",
    "halftime",
    "innings",
    "league",
    "match",
    "midfielder",
    "opener",
    "pitcher",
    "playoff",
    "playoffs",
    "quarterback",
    "rebounds",
    "season",
    "striker",
    "teammates",
    "touchdown",
    "touchdowns",
    "wicket",
    "wickets",
];

/// Distinct `GAME_WORDS` a game report uses at least: one such word is
/// any report's ("the season", "a game changer").
pub const MIN_GAME_WORDS: usize = 2;

/// People a game report names at least ("several named players"): the
/// players and coaches of two teams. Two, not more: the name finder
/// misses many players' names (given names it does not know), and the
/// score with the words of a game already say what the report tells.
pub const MIN_GAME_PEOPLE: usize = 2;

/// Whether a report tells a game: it states a score (`scores`), names at
/// least [`MIN_GAME_PEOPLE`] people (`people`) and uses at least
/// [`MIN_GAME_WORDS`] distinct `GAME_WORDS` in its headline and text
/// (`tokens`: the tokens of each). Linear in the text.
pub fn is_game_report(scores: &[Box<str>], people: usize, tokens: [&Tokens; 2]) -> bool {
    if scores.is_empty() || people < MIN_GAME_PEOPLE {
        return false;
    }
    let mut seen: Vec<usize> = Vec::new();
    for toks in tokens {
        for t in toks.all() {
            let low = toks.low_of(t);
            if t.kind != Kind::Word || low.len() < 4 || low.len() > 12 {
                continue;
            }
            if let Ok(i) = GAME_WORDS.binary_search(&low) {
                if !seen.contains(&i) {
                    seen.push(i);
                    if seen.len() >= MIN_GAME_WORDS {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Records the role `role` (if any) of the person of canonical key `key`,
/// unless the report gave them one before (the first role its words give
/// is the one it introduces them in).
fn add_role(roles: &mut Vec<PersonRole>, key: &str, role: Option<super::roles::Role>) {
    let Some(role) = role else {
        return;
    };
    let (initial, surname) = initial_and_surname(key);
    if surname.is_empty() || roles.iter().any(|r| r.is(initial, surname)) {
        return;
    }
    push_distinct(
        roles,
        PersonRole {
            surname: surname.into(),
            initial,
            role,
        },
    );
}

/// The first initial (`' '` for a lone word) and the surname of a
/// person's canonical key ("tyrell vance" gives `('t', "vance")`).
fn initial_and_surname(key: &str) -> (char, &str) {
    let mut parts = key.split(' ').filter(|w| !w.is_empty());
    let first = parts.next().unwrap_or("");
    match parts.next_back() {
        Some(surname) => (first.chars().next().unwrap_or(' '), surname),
        None => (' ', first),
    }
}

/// Adds `item` to a frame list unless it is there or the list is full
/// ([`MAX_FRAME_ITEMS`]).
fn push_distinct<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if list.len() < MAX_FRAME_ITEMS && !list.contains(&item) {
        list.push(item);
    }
}

/// Prepositions that place an incident on the street they lead into:
/// "shot on Larch Street", "a crash at Elm Avenue", "gunfire near Oak
/// Road", "found along River Drive", "off Route Road", and the British
/// "a fire at a house in Dudley Road".
pub const SCENE_PREPOSITIONS: &[&str] = &["along", "at", "in", "near", "off", "on", "outside"];

/// Nouns of a stretch of street after which "of" leads into the scene:
/// "in the 300 block of Elm Avenue", "at the intersection of ...", "the
/// corner of ...".
pub const SCENE_STRETCHES: &[&str] = &["area", "block", "corner", "intersection"];

/// Words that, shortly before a street's preposition, make it somewhere
/// other than the scene: where someone lives ("who lives on Quarry
/// Lane"), a hospital the victims were taken to ("taken to St. Agnes
/// Medical Center on Dunmore Boulevard"), a company's seat ("based on").
/// A building alone is no such word: "shot outside a home on Railroad
/// Street", "a fire at a shopping center on Main Street" are the scene.
pub const NOT_SCENE_WORDS: &[&str] = &[
    "airlifted",
    "based",
    "clinic",
    "headquartered",
    "hospital",
    "live",
    "lived",
    "lives",
    "living",
    "medical",
    "resided",
    "resides",
    "rushed",
    "taken",
    "transported",
    "trauma",
];

/// How many words before a street's preposition [`NOT_SCENE_WORDS`] are
/// looked for: a hospital's name of a few words ("St. Agnes Medical
/// Center on ...") and the verb before it.
pub const NOT_SCENE_WINDOW: usize = 5;

/// Whether the street named at byte `start` of `src` follows "near"
/// (maybe with a house number): "killed in the crash near Hollin Road" says
/// the incident was by that street, not on it ([`Frame::streets_near`]).
pub fn near_street(src: &str, start: usize) -> bool {
    let before = super::features::tail(src, start, CLAUSE_WINDOW_BYTES);
    let words = super::features::clause_words_before(before, &['\n', '.', ';']);
    let mut rest = words.as_slice();
    if let Some((last, head)) = rest.split_last() {
        if last.chars().all(|c| c.is_ascii_digit()) {
            rest = head;
        }
    }
    rest.last().is_some_and(|w| w == "near")
}

/// How many bytes before a street or an age are read for the words that
/// lead into it: a clause's worth, so that the frame stays linear in the
/// text whatever its punctuation.
const CLAUSE_WINDOW_BYTES: usize = 160;

/// Whether the street named at byte `start` of `src` is where the incident
/// happened, by the words before it: a [`SCENE_PREPOSITIONS`] word, maybe
/// with a house number ("at 1200 Main Street"), or "of" after a
/// [`SCENE_STRETCHES`] noun ("the 300 block of Elm Avenue"), and none of
/// [`NOT_SCENE_WORDS`] among the [`NOT_SCENE_WINDOW`] words before; or
/// "and" right after a scene street (`after`: the end of the street named
/// before and whether it was the scene), the cross street of "at Larch
/// Street and Quimby Avenue". A street after "a" or "of" alone ("a Quimby
/// Avenue man", "Reyes, of Harmon Road") is a home, never the scene.
pub fn scene_street(src: &str, start: usize, after: Option<(usize, bool)>) -> bool {
    if let Some((end, scene)) = after {
        let between = src.get(end..start).unwrap_or("");
        if matches!(between.trim(), "and" | "&") {
            return scene;
        }
    }
    // The clause before, within a bounded window (linear in the text).
    let before = super::features::tail(src, start, CLAUSE_WINDOW_BYTES);
    let words = super::features::clause_words_before(before, &['\n', '.', ';']);
    let mut rest = words.as_slice();
    // A house number: "at 1200 Main Street".
    if let Some((last, head)) = rest.split_last() {
        if last.chars().all(|c| c.is_ascii_digit()) {
            rest = head;
        }
    }
    let Some((prep, head)) = rest.split_last() else {
        return false;
    };
    let placed = if prep == "of" {
        head.last()
            .is_some_and(|w| SCENE_STRETCHES.binary_search(&w.as_str()).is_ok())
    } else {
        SCENE_PREPOSITIONS.binary_search(&prep.as_str()).is_ok()
    };
    placed
        && !head
            .iter()
            .rev()
            .take(NOT_SCENE_WINDOW)
            .any(|w| NOT_SCENE_WORDS.binary_search(&w.as_str()).is_ok())
}

/// Most words of a town's name after a street ("Brindley Heath").
pub const STREET_TOWN_WORDS: usize = 3;

/// The town a street is placed in by the words right after it, the form
/// of British local news: "a house in Cresswell Road, Ashcombe, caught
/// fire", "a shop on High Street, Brindley Heath." The street ends at
/// byte `end` of `src`; then a comma, and one to [`STREET_TOWN_WORDS`]
/// capitalised words that end the clause (a comma, a full stop, a
/// semicolon, the end of the text) or stand before a lower-case word.
/// None when any fact of `facts` begins among those words (a person
/// quoted after the street, a day, a place the name finder read
/// already), or when they name another street.
pub fn street_town(src: &str, end: usize, facts: &[&Fact]) -> Option<String> {
    let start = end.checked_add(2)?;
    let rest = super::features::head(src, end, CLAUSE_WINDOW_BYTES).strip_prefix(", ")?;
    let mut words: Vec<&str> = Vec::new();
    let (mut at, mut len) = (0, 0);
    for piece in rest.split(' ') {
        let (raw, newline) = match piece.split_once('\n') {
            Some((raw, _)) => (raw, true),
            None => (piece, false),
        };
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.chars().count() >= 2;
        if !capitalised {
            break;
        }
        words.push(word);
        len = at + word.len();
        if newline || word.len() < raw.len() || words.len() > STREET_TOWN_WORDS {
            break;
        }
        at += piece.len() + 1;
    }
    let last = words.last()?.to_lowercase();
    let fact_inside = facts
        .iter()
        .any(|f| f.span.start >= start && f.span.start < start.saturating_add(len));
    (words.len() <= STREET_TOWN_WORDS && !fact_inside && !crate::lex::words::is_street_word(&last))
        .then(|| words.join(" "))
}

/// The content-word features of a place's canonical key, or none when a
/// word of it is too short to be a content word (it could never be found
/// among another report's words).
fn name_words(key: &str) -> Box<[u64]> {
    use super::features::stem_plural;
    let words: Option<Vec<u64>> = key
        .split(' ')
        .map(|w| {
            (w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
                .then(|| feature_hash("w", stem_plural(w)))
        })
        .collect();
    words.unwrap_or_default().into_boxed_slice()
}

/// The town of the document's dateline, as a canonical key: the place
/// the name finder read at the head of the text and marked
/// [`Role::Dateline`](crate::facts::Role::Dateline) ("ROCKY MOUNT, N.C.
/// (WNCT) —", "Marlow, Ohio (AP) —", "LONDON, Dec 6 (Reuters) -"). One
/// reader of datelines for the whole tool: the frame does not read them
/// again from the text.
pub fn dateline_town(facts: &[&Fact]) -> Option<String> {
    facts.iter().find_map(|f| match (&f.kind, &f.value) {
        (FactKind::Place, FactValue::Text(name))
            if f.role == Some(crate::facts::Role::Dateline) =>
        {
            let key = canonical_key(name);
            (!key.is_empty()).then_some(key)
        }
        _ => None,
    })
}

/// The age a figure gives for a named person, if it is one: a whole
/// number from 1 to 110 set off by commas or brackets right after a
/// person's name ("Jane Roe, 31,", "John Doe (45)"), the way crime and
/// accident reports give the ages of victims and suspects. The person is
/// the name the name finder read just before (`person`: where it ends and
/// its canonical key), or else the run of capitalised words just before
/// ("Tobias Reyes, 27,"), unless a preposition leads into it ("of
/// Braymoor, 27" is no one). An age after a noun ("a woman, 19,") or
/// before one ("a 24-year-old man") is not read: it ties to no one, and
/// one report of an incident gives the age of a victim or a suspect that
/// another does not name at all.
pub fn named_age(text: &str, f: &Fact, person: Option<(usize, &str)>) -> Option<Age> {
    if f.qualifier.is_some() {
        return None;
    }
    let (FactKind::Number, FactValue::Number(n)) = (&f.kind, &f.value) else {
        return None;
    };
    let value = n.to_f64();
    if value.fract() != 0.0 || !(1.0..=110.0).contains(&value) {
        return None;
    }
    let after = text.get(f.span.end..)?;
    let before = text.get(..f.span.start)?;
    let set_off = (before.ends_with(", ") && after.starts_with([',', ';', ')', '.']))
        || (before.ends_with(" (") && after.starts_with(')'));
    if !set_off {
        return None;
    }
    let head = before.trim_end_matches([',', '(', ' ']);
    let name = match person {
        Some((end, key)) if end == head.len() => key.to_owned(),
        _ => capitalised_name_before(super::features::tail(head, head.len(), CLAUSE_WINDOW_BYTES))?,
    };
    let (initial, surname) = initial_and_surname(&name);
    (!surname.is_empty()).then(|| Age {
        surname: surname.into(),
        initial,
        years: value as u8,
    })
}

/// Most words of a name [`capitalised_name_before`] reads.
const MAX_NAME_BEFORE: usize = 3;

/// Words that lead into a place, not a person: "of Braymoor, 27" gives
/// no one's age.
const PLACE_PREPOSITIONS: &[&str] = &["at", "from", "in", "near", "of", "to"];

/// The run of one to [`MAX_NAME_BEFORE`] capitalised words that `head`
/// ends with, as a canonical key ("Tobias Reyes"), when it is a name: not
/// a word for a person ([`PERSON_NOUNS`]), not after a preposition of
/// place ([`PLACE_PREPOSITIONS`]), and not the first words of a sentence
/// that holds nothing else.
fn capitalised_name_before(head: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut rest = head;
    let mut lead_in = None;
    while let Some((front, word)) = rest.rsplit_once(char::is_whitespace).or(Some(("", rest))) {
        let capitalised = word.chars().count() >= 2
            && word.chars().next().is_some_and(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            && !word.chars().all(char::is_uppercase);
        if !capitalised || words.len() == MAX_NAME_BEFORE {
            lead_in = Some(word);
            break;
        }
        words.push(word);
        if front.is_empty() {
            break;
        }
        rest = front;
    }
    let last = words.first()?.to_ascii_lowercase();
    if PERSON_NOUNS.binary_search(&last.as_str()).is_ok() {
        return None;
    }
    let lead_in = lead_in?.to_ascii_lowercase();
    if PLACE_PREPOSITIONS.binary_search(&lead_in.as_str()).is_ok() {
        return None;
    }
    words.reverse();
    let key = canonical_key(&words.join(" "));
    (!key.is_empty()).then_some(key)
}

/// A place named this often (and more often than any other) is where a
/// report without a dateline is set; one named twice may be a team's home
/// or a suspect's.
pub const PRINCIPAL_PLACE_MENTIONS: u32 = 3;

/// The principal place of a frame: the dateline town, else the place named
/// most often, at least [`PRINCIPAL_PLACE_MENTIONS`] times and strictly
/// more often than any other, and named in the headline or the lead
/// ([`Frame::lead_places`]).
pub fn principal_place(f: &Frame) -> Option<(u64, u32)> {
    let top = *f.places.first()?;
    if let Some(d) = f.dateline {
        return f.places.iter().find(|p| p.0 == d).copied();
    }
    match f.places.get(1) {
        Some(second) if second.1 >= top.1 => None,
        _ => (top.1 >= PRINCIPAL_PLACE_MENTIONS && f.lead_places.binary_search(&top.0).is_ok())
            .then_some(top),
    }
}

fn mentions_of(f: &Frame, h: u64) -> u32 {
    f.places.iter().find(|p| p.0 == h).map_or(0, |p| p.1)
}

/// Whether two reports are set in different places: each has a principal
/// place ([`principal_place`]), they differ, and each names the other's
/// less than half as often as its own (in passing at most: "a shooting in
/// Macon, the second this month after one in Albany").
pub fn place_conflict(a: &Frame, b: &Frame) -> bool {
    let (Some(pa), Some(pb)) = (principal_place(a), principal_place(b)) else {
        return false;
    };
    pa.0 != pb.0 && mentions_of(b, pa.0) == 0 && mentions_of(a, pb.0) == 0
}

/// Street-type abbreviations and the words they stand for.
const STREET_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ave", "avenue"),
    ("blvd", "boulevard"),
    ("ct", "court"),
    ("dr", "drive"),
    ("hwy", "highway"),
    ("ln", "lane"),
    ("pkwy", "parkway"),
    ("rd", "road"),
    ("st", "street"),
];

/// A street's canonical key with its type spelled out ("main st" → "main
/// street"), so that two spellings of one street compare equal.
pub fn street_key(key: &str) -> Box<str> {
    let words: Vec<&str> = key
        .split(' ')
        .map(|w| {
            STREET_ABBREVIATIONS
                .binary_search_by_key(&w, |x| x.0)
                .map_or(w, |i| STREET_ABBREVIATIONS[i].1)
        })
        .collect();
    words.join(" ").into_boxed_str()
}

/// Whether two street keys can name one street: equal, the same name with
/// another type word, or one is the other without its first words (a direction or the town: "Oakland Avenue" and
/// "South Oakland Avenue", "High Street" and "Wellington High Street"),
/// keeping at least a name and a type.
pub fn same_street(a: &str, b: &str) -> bool {
    // "Stadiou Street" and "Stadiou Avenue": one name, its type given two
    // ways (a translation, an outlet's error).
    let name = |x: &str| x.rsplit_once(' ').map(|(n, _)| n.to_owned());
    if name(a).is_some_and(|n| Some(&n) == name(b).as_ref()) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.contains(' ')
            && long
                .strip_suffix(short)
                .is_some_and(|head| head.ends_with(' ')))
}

/// Whether two reports place their incidents on different streets: each
/// names a scene street ([`Frame::streets`]), they share none
/// ([`same_street`]), and neither report names the other's scene street
/// anywhere ([`Frame::named_streets`]: a cross street, "at Larch Street and
/// Quimby Avenue", or the block a later report gives). The streets a
/// report names in other roles (a victim's home, the hospital) say nothing
/// of where the incident was.
pub fn street_conflict(a: &Frame, b: &Frame) -> bool {
    !a.streets.is_empty() && !b.streets.is_empty() && !names_scene_of(b, a) && !names_scene_of(a, b)
}

/// Whether `x` names, in any role, a street `y` places its incident on
/// ([`Frame::streets`], [`Frame::named_streets`]).
pub fn names_scene_of(x: &Frame, y: &Frame) -> bool {
    y.streets
        .iter()
        .any(|s| x.named_streets.iter().any(|t| same_street(s, t)))
}

/// How far apart two ages of one person may be and still agree when the
/// reports are written within a year of each other (a birthday between
/// them, or one outlet's error by a year).
pub const AGE_SLACK: u8 = 1;

/// Whether two reports give different ages for one named person
/// ([`Age::same_person`]) and agree on no one's age: two people of one
/// surname ("Marcus Hill, 19" and "Hill, 52"), so two incidents. Ages
/// agree within [`AGE_SLACK`] plus the whole years begun between the two
/// reports (`days_apart`: a trial two years after the arrest gives the
/// defendant's age two years on). Ages of people only one report names
/// say nothing: one report names the victim, another only the suspect, a
/// third some of the victims.
pub fn age_conflict(a: &Frame, b: &Frame, days_apart: u64) -> bool {
    let years = u8::try_from(days_apart.div_ceil(365)).unwrap_or(u8::MAX);
    let slack = AGE_SLACK.saturating_add(years);
    let mut differ = false;
    for x in &a.ages {
        for y in b.ages.iter().filter(|y| x.same_person(y)) {
            if x.years.abs_diff(y.years) <= slack {
                return false;
            }
            differ = true;
        }
    }
    differ
}

/// How many days apart the days two reports are about may be and still be
/// one incident (a shooting late on one day is reported as "early today"
/// the next).
pub const DAY_SLACK: i64 = 1;

/// Days before its publication that a report's own news may be from
/// ("early today", "Saturday night" in Monday's paper).
pub const OWN_DAYS: i64 = 2;

/// Days after another report from which a report may be a follow-up
/// (an arrest, a funeral, a commentary) that names no day of the incident.
pub const FOLLOW_UP_DAYS: i64 = 3;

/// The days a report is about: the days and short periods (at most 31
/// days) it states, and, for a publication date, that day and the one
/// before (a breaking report of "tonight" or "early today"). With
/// `own_days: false`, only the days before its own publication's are kept
/// (what a later report says about an earlier day; the days it looks
/// ahead to are a trial's or a funeral's), and the periods that begin
/// before them and end by its publication ("after his van hit a cyclist
/// last week" in a Tuesday's report of the charge: the week began well
/// before the report's own days).
fn days(
    anchor: Option<Anchor>,
    mentions: &[(i64, i64)],
    own_days: bool,
) -> impl Iterator<Item = (i64, i64)> + '_ {
    let published = anchor
        .filter(|a| a.source == AnchorSource::Published)
        .map(|a| a.day);
    let own = published.map(|p| (p - OWN_DAYS, p));
    let earlier = move |r: &(i64, i64), o: (i64, i64)| r.1 < o.0 || (r.0 < o.0 && r.1 <= o.1);
    let keep = move |r: &(i64, i64)| own_days || own.is_none_or(|o| earlier(r, o));
    mentions
        .iter()
        .copied()
        .filter(keep)
        .chain(published.filter(|_| own_days).map(|p| (p - 1, p)))
}

/// Whether the days two reports are about are all further apart than
/// [`DAY_SLACK`]: neither states a day (or a week, a month) near any day
/// the other states or was published on. Only reports with publication
/// dates are compared (an undated report's dates are as often background
/// as the incident's, and nothing says which). A report published more than
/// [`FOLLOW_UP_DAYS`] after the other may be a follow-up: only the days it
/// states before its own publication count (the day of an arrest or a
/// funeral is not the incident's), and if it states none, nothing
/// conflicts. A follow-up that names the incident's day ("the shooting on
/// March 3") agrees with it.
pub fn day_conflict(a: When<'_>, b: When<'_>) -> bool {
    let published = |x: Option<Anchor>| {
        x.filter(|a| a.source == AnchorSource::Published)
            .map(|a| a.day)
    };
    let (mut own_a, mut own_b) = match (published(a.anchor), published(b.anchor)) {
        (Some(x), Some(y)) if y - x > FOLLOW_UP_DAYS => (true, false),
        (Some(x), Some(y)) if x - y > FOLLOW_UP_DAYS => (false, true),
        (Some(_), Some(_)) => (true, true),
        _ => return false,
    };
    // A later report that states no earlier day but names its own day
    // ("early today", "on June 18" in that day's paper) reports an event
    // of its own days, not a follow-up.
    let fresh = |x: When<'_>| x.own_day && !x.earlier_day;
    own_b = (own_b || fresh(b)) && !b.follow_up;
    own_a = (own_a || fresh(a)) && !a.follow_up;
    // A follow-up that fixes no earlier day says nothing of the incident's.
    if (!own_a && !a.earlier_day) || (!own_b && !b.earlier_day) {
        return false;
    }
    let mut any_a = false;
    for x in days(a.anchor, a.mentions, own_a) {
        any_a = true;
        let mut any_b = false;
        for y in days(b.anchor, b.mentions, own_b) {
            any_b = true;
            let gap = (y.0 - x.1).max(x.0 - y.1);
            if gap <= DAY_SLACK {
                return false;
            }
        }
        if !any_b {
            return false;
        }
    }
    any_a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{extract, ExtractContext};

    fn frame_of(text: &str) -> Frame {
        let facts = extract(text, &ExtractContext::default());
        let refs: Vec<&Fact> = facts.iter().collect();
        let body = TextWords {
            text,
            tokens: &Tokens::new(text),
            facts: &refs,
        };
        let title = TextWords {
            text: "",
            tokens: &Tokens::new(""),
            facts: &[],
        };
        frame(body, lead_end(text, &[]), title)
    }

    #[test]
    fn word_lists_are_sorted() {
        for l in [
            PERSON_NOUNS,
            COURT_WORDS,
            AGENCY_TAILS,
            SCENE_PREPOSITIONS,
            SCENE_STRETCHES,
            NOT_SCENE_WORDS,
            PLACE_PREPOSITIONS,
            INCIDENT_NOUNS,
            GAME_WORDS,
            NOT_TOWN_TAILS,
            RELATED_WORDS,
            OTHER_INCIDENT_WORDS,
        ] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
    }

    fn town_of(text: &str) -> Option<String> {
        let facts = extract(text, &ExtractContext::default());
        let refs: Vec<&Fact> = facts.iter().collect();
        dateline_town(&refs)
    }

    #[test]
    fn datelines() {
        for (t, town) in [
            ("ROCKY MOUNT, N.C. (WNCT) — A man was shot.", "rocky mount"),
            ("WASHINGTON (AP) — The vote failed.", "washington"),
            ("date 2024-01-02\nMACON, Ga. — A fire broke out.", "macon"),
            ("QUARLBY \u{2014} Dana Whitcombe won.", "quarlby"),
            // the forms only the name finder's reader took before
            ("Tillbrook, Ohio (AP) — Two men were hurt.", "tillbrook"),
            ("Tillbrook, Ky. — Two men were hurt.", "tillbrook"),
        ] {
            assert_eq!(town_of(t).as_deref(), Some(town), "{t}");
        }
        for t in [
            "A man was shot.",
            "US forces",
            "FBI said",
            "",
            "NEW",
            "BREAKING \u{2014} A man was shot.",
        ] {
            assert_eq!(town_of(t), None, "{t}");
        }
        // the dateline is the frame's principal place
        let f = frame_of("Tillbrook, Ohio (AP) — Two men were hurt in Oakvale.");
        assert_eq!(f.dateline, Some(feature_hash("plc", "tillbrook")));
        assert_eq!(principal_place(&f).map(|p| p.0), f.dateline);
    }

    #[test]
    fn towns_and_wider_places() {
        for k in ["tillbrook", "rocky mount", "ashgrove"] {
            assert!(is_town(k), "{k}");
        }
        for k in [
            "ohio",
            "los angeles",
            "hollywood",
            "nash county",
            "gulf coast",
            "ohio city",
            "",
        ] {
            assert!(!is_town(k), "{k}");
        }
    }

    #[test]
    fn lead_towns() {
        let a = frame_of("The board in Tillbrook voted on Monday to close the pool.");
        let b = frame_of("The board in Oakvale voted on Monday to close the pool.");
        assert!(a.lead_town.is_some() && lead_town_conflict(&a, &b));
        // the other's town named in words the name finder leaves alone
        let c = frame_of("The board in Oakvale voted on Monday. Some Tillbrook parents came.");
        assert!(!lead_town_conflict(&a, &c));
        // two places in the lead: no lead town
        let d = frame_of("The board in Oakvale voted on Monday to close the pool in Harwick.");
        assert_eq!(d.lead_town, None);
        assert!(!lead_town_conflict(&a, &d));
        // a state is no town
        let e = frame_of("The board in Ohio voted on Monday to close the pool.");
        assert_eq!(e.lead_town, None);
    }

    #[test]
    fn a_town_word_inside_a_persons_name_is_no_mention_of_the_town() {
        // Two boards, two towns, one evening; the chair of one is named
        // after the other's town.
        let a = frame_of(
            "The water board in Brenmoor voted on Tuesday to raise rates by a tenth. \
             Board chair Tolland Whitfield said the pipes were older than the town.",
        );
        let b = frame_of("The water board in Tolland voted on Tuesday to raise rates.");
        assert!(
            a.lead_town.is_some() && b.lead_town.is_some(),
            "{a:?} {b:?}"
        );
        assert!(lead_town_conflict(&a, &b), "{a:?} {b:?}");
        // The town's own word outside the name still names it.
        let c = frame_of(
            "The water board in Brenmoor voted on Tuesday to raise rates by a tenth. \
             Some Tolland families get their water from it.",
        );
        assert!(!lead_town_conflict(&c, &b));
    }

    #[test]
    fn capitalised_words_are_a_set_not_a_filter() {
        // A long report of many capitalised words holds them all and no
        // other: a bit filter of a few hundred bits fills up and finds
        // words the report never wrote.
        let name = |i: usize| {
            let letters: String = format!("{i:04}")
                .bytes()
                .map(|d| char::from(b'a' + (d - b'0')))
                .collect();
            format!("Qu{letters}")
        };
        let words: Vec<String> = (0..400).map(name).collect();
        let text = format!("{}.", words.join(" met "));
        let f = frame_of(&text);
        let w = |x: &str| feature_hash("w", super::super::features::stem_plural(x));
        for i in 0..400 {
            assert!(in_capitals(&f, &[w(&name(i).to_lowercase())]), "{i}");
        }
        for i in 400..2400 {
            assert!(!in_capitals(&f, &[w(&name(i).to_lowercase())]), "{i}");
        }
    }

    #[test]
    fn two_incidents_in_one_sentence() {
        for t in [
            "Detectives do not believe the two shootings are related.",
            "Police said the shooting was not connected to the one earlier that night.",
            "The chief said the crashes weren\u{2019}t linked.",
            "Officers called the two robberies unrelated.",
        ] {
            assert!(tells_two_incidents(&Tokens::new(t)), "{t}");
        }
        for t in [
            "Police said the man was not connected to the shooting.",
            "Detectives believe the two shootings are related.",
            "A man was shot. Police are not sure why. The cases are related.",
            "",
        ] {
            assert!(!tells_two_incidents(&Tokens::new(t)), "{t}");
        }
    }

    #[test]
    fn the_principal_place_keeps_the_words_of_its_name() {
        use crate::events::features::stem_plural;
        let w = |x: &str| feature_hash("w", stem_plural(x));
        let f = frame_of("ROCKY MOUNT, N.C. — A man was shot on Monday, police said.");
        assert_eq!(&*f.principal_words, &[w("rocky"), w("mount")]);
        // No principal place, no words.
        assert!(frame_of("A man was shot on Monday.")
            .principal_words
            .is_empty());
    }

    #[test]
    fn ages_of_people() {
        let f = frame_of(
            "A 24-year-old man died. Police named him Darius Vance, 24, of Macon. \
             A woman, 19, was hurt. The 3 cars had 2, 5, and 7 dents. A 41-year-old.",
        );
        let vance = Age {
            surname: "vance".into(),
            initial: 'd',
            years: 24,
        };
        assert_eq!(f.ages, vec![vance]);
    }

    #[test]
    fn an_age_is_tied_to_the_name_before_it() {
        let ages = |t: &str| -> Vec<(String, u8)> {
            frame_of(t)
                .ages
                .iter()
                .map(|a| (format!("{}{}", a.initial, a.surname), a.years))
                .collect()
        };
        // A name the name finder may miss is still the run of capitals
        // before the age.
        assert_eq!(
            ages("Officers found Tobias Quell, 27, near the car."),
            vec![("tquell".to_string(), 27)]
        );
        // A town before an age, or a noun, is no one.
        assert!(ages("Residents of Braymoor, 27, signed it.").is_empty());
        assert!(ages("The suspect, 45, fled. A teenager, 16, was hurt.").is_empty());
        // A bare surname that opens a new line is read across the line
        // break, as a surname after a full stop and a space is.
        for t in [
            "The trophy went to a newcomer.\nHalloran, 44, a first-time entrant, beat them.",
            "The trophy went to a newcomer. Halloran, 44, a first-time entrant, beat them.",
        ] {
            let got = ages(t);
            assert_eq!(got.len(), 1, "{t}");
            assert!(
                got[0].0.ends_with("halloran") && got[0].1 == 44,
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn parts_of_people() {
        use crate::events::roles::{role_of, Role};
        let f = frame_of(
            "Police arrested Orlin Baptiste, 29, on Friday. Ilse Varga, 58, died at \
             the scene. Baptiste was charged. Tamsin Oakes, 40, said she heard shots.",
        );
        assert_eq!(role_of(&f.roles, 'o', "baptiste"), Some(Role::Suspect));
        assert_eq!(role_of(&f.roles, ' ', "varga"), Some(Role::Victim));
        assert_eq!(role_of(&f.roles, 't', "oakes"), None);
        assert_eq!(f.roles.len(), 2);
    }

    #[test]
    fn a_score_among_a_games_words_tells_a_game() {
        let game = frame_of(
            "Marcus Bell threw two touchdowns and the Falcons beat the Saints 24-17 on \
             Sunday. Coach Dana Reyes said the season turns on games like this one.",
        );
        assert_eq!(game.lead_scores, ["24-17".into()]);
        assert!(game.game, "{game:?}");
        // A vote tally is a score, not a game.
        let vote = frame_of(
            "The council voted 5-4 on Tuesday to close the library. Mayor Helen Brandt \
             and Councilman Victor Lutz voted against it.",
        );
        assert!(!vote.scores.is_empty() && !vote.game, "{vote:?}");
        // The words of a game without a score: a preview.
        let preview = frame_of(
            "Marcus Bell will miss Sunday's game against the Saints with a sprained \
             ankle, coach Dana Reyes said, his first absence of the season.",
        );
        assert!(!preview.game, "{preview:?}");
    }

    #[test]
    fn conflicts_need_evidence_from_both() {
        let macon = frame_of("MACON, Ga. — Darius Vance, 24, was shot on Pine Ridge Road.");
        let albany = frame_of("ALBANY, Ga. — Nora Vance, 31, was shot on Cedar Point Road.");
        let bare = frame_of("A man was shot, police said.");
        assert!(place_conflict(&macon, &albany));
        assert!(street_conflict(&macon, &albany));
        for f in [&macon, &albany] {
            assert!(!place_conflict(f, &bare));
            assert!(!street_conflict(f, &bare));
            assert!(!age_conflict(f, &bare, 0));
            assert!(!place_conflict(f, f) && !street_conflict(f, f) && !age_conflict(f, f, 0));
        }
        // Two people of one surname with other first names: no evidence.
        assert!(!age_conflict(&macon, &albany, 0));
        // One person (by surname) with two ages: two people, two incidents.
        let other = frame_of("ALBANY, Ga. — Vance, 41, was shot on Cedar Point Road.");
        assert!(age_conflict(&macon, &other, 0));
        // An age a year apart agrees (a birthday, an outlet's error).
        let older = frame_of("MACON, Ga. — Darius Vance, 25, died on Pine Ridge Road.");
        assert!(!age_conflict(&macon, &older, 0));
        // Two years on (a trial after the arrest), two years older agrees.
        let trial = frame_of("Darius Vance, 26, was found guilty of the shooting.");
        assert!(age_conflict(&macon, &trial, 0));
        assert!(!age_conflict(&macon, &trial, 700));
    }

    #[test]
    fn ages_of_people_only_one_report_names_say_nothing() {
        // One report names the victims, another only the suspect, a third
        // one of the victims.
        let victims = frame_of(
            "Marcus Hill, 23, died. His cousin, Angela Hill, 19, was treated for a wound.",
        );
        let suspect = frame_of("Police arrested Derrick Moss, 31, in the killing.");
        let one = frame_of("Angela Hill, 19, is expected to recover.");
        for (a, b) in [(&victims, &suspect), (&victims, &one), (&one, &suspect)] {
            assert!(!age_conflict(a, b, 0) && !age_conflict(b, a, 0));
        }
    }

    #[test]
    fn the_scene_street_is_where_the_incident_was() {
        let scene = |t: &str, street: &str| {
            let at = t.find(street).unwrap_or(0);
            scene_street(t, at, None)
        };
        assert!(scene("A man was shot on Larch Street.", "Larch"));
        assert!(scene("Gunfire at 1200 Main Street.", "Main"));
        assert!(scene("A crash in the 300 block of Elm Avenue.", "Elm"));
        assert!(scene("Shots near the intersection of Elm Avenue.", "Elm"));
        assert!(!scene("A Quimby Avenue man died.", "Quimby"));
        assert!(!scene("Hill, 23, of Harmon Road, died.", "Harmon"));
        assert!(!scene(
            "He died at Halden Memorial Hospital on Dunmore Boulevard.",
            "Dunmore"
        ));
        assert!(!scene(
            "A neighbor who lives on Quarry Lane heard it.",
            "Quarry"
        ));
        // A building at the scene is no home elsewhere.
        assert!(scene(
            "A woman was shot outside a home on Railroad Street.",
            "Railroad"
        ));
        assert!(scene(
            "Flames gutted a home in the 400 block of Vine Street.",
            "Vine"
        ));
        // The British form: "in" before the road.
        assert!(scene("A fire at a house in Dudley Road.", "Dudley"));
        assert!(!scene("A woman who lives in Dudley Road saw it.", "Dudley"));
        // The cross street of a corner is the scene too.
        let f = frame_of("Two men were shot at Larch Street and Quimby Avenue on Monday.");
        assert_eq!(f.streets.len(), 2, "{f:?}");
    }

    #[test]
    fn the_town_after_a_street_and_a_comma() {
        let town = |t: &str, street: &str| {
            let end = t.find(street).map_or(0, |at| at + street.len());
            street_town(t, end, &[])
        };
        let road = "Cresswell Road";
        // Two towns of one name, told by the same words, are two places.
        let a =
            frame_of("A fire broke out at a house in Cresswell Road, Ashcombe, early on Saturday.");
        let b = frame_of(
            "A fire broke out at a flat in Cresswell Road, Brindley Heath, early on Saturday.",
        );
        assert!(lead_town_conflict(&a, &b), "{a:?} {b:?}");
        let brindley = Some("Brindley Heath".to_owned());
        assert_eq!(
            town("A fire in Cresswell Road, Ashcombe, on Saturday.", road),
            Some("Ashcombe".to_owned())
        );
        assert_eq!(
            town("A raid on Cresswell Road, Brindley Heath.", road),
            brindley
        );
        assert_eq!(
            town("A raid on Cresswell Road, Brindley Heath\nNext", road),
            brindley
        );
        assert_eq!(
            town(
                "A raid on Cresswell Road, Brindley Heath left two hurt.",
                road
            ),
            brindley
        );
        // Not a town: a clause of lower-case words, another street, too
        // many words, nothing after.
        assert_eq!(town("A fire in Cresswell Road, police said.", road), None);
        assert_eq!(
            town("Shots on Cresswell Road, Quimby Avenue and Elm.", road),
            None
        );
        assert_eq!(
            town("On Cresswell Road, Anna Maria Beth Ruiz was hurt.", road),
            None
        );
        assert_eq!(town("A fire in Cresswell Road", road), None);
        // A fact the name finder read there (a person) is no town.
        let t = "A man was shot on Cresswell Road, Dana Pike said.";
        let facts = extract(t, &ExtractContext::default());
        let refs: Vec<&Fact> = facts.iter().collect();
        let end = t.find(road).map_or(0, |at| at + road.len());
        assert_eq!(street_town(t, end, &refs), None);
    }

    #[test]
    fn a_street_told_by_near_alone_is_a_near_scene() {
        let near = frame_of("Two teenagers died in Friday's crash near Hollin Road.");
        assert!(near.streets_near && near.streets.len() == 1, "{near:?}");
        let both = frame_of("A man was shot on Corliss Avenue near Keel Street.");
        assert!(!both.streets_near && both.streets.len() == 2, "{both:?}");
        // A compass point after the street is part of its name.
        let quadrant = frame_of("A man was shot on Corliss Avenue SE late on Friday.");
        assert_eq!(quadrant.streets, vec![Box::from("corliss avenue")]);
    }

    #[test]
    fn streets_in_other_roles_are_no_other_scene() {
        let wire = frame_of("A man was killed late Saturday in a shooting on Larch Street.");
        // The victim's home street and the hospital's, not the scene.
        let home = frame_of(
            "A Quimby Avenue man died. He was pronounced dead at Halden Memorial Hospital \
             on Dunmore Boulevard.",
        );
        assert!(home.streets.is_empty() && home.named_streets.len() == 2);
        assert!(!street_conflict(&wire, &home));
        // The cross street as the scene, the corner named further on.
        let cross = frame_of(
            "A man was shot dead late Saturday near Quimby Avenue. He was outside a store \
             that stands where Larch Street meets it.",
        );
        assert!(!street_conflict(&wire, &cross));
        // Another scene street, and neither names the other's: two places.
        let other = frame_of("A boy was shot late Saturday on Orchard Road.");
        assert!(street_conflict(&wire, &other));
        assert!(street_conflict(&cross, &other));
    }

    #[test]
    fn days_apart_conflict() {
        let at = |day| {
            Some(Anchor {
                day,
                source: AnchorSource::Published,
            })
        };
        let w = |anchor, mentions: &'static [(i64, i64)]| When {
            anchor,
            mentions,
            own_day: false,
            earlier_day: anchor
                .is_some_and(|a: Anchor| mentions.iter().any(|m| m.1 < a.day - OWN_DAYS)),
            follow_up: false,
        };
        // Published the same day or the next: one incident.
        assert!(!day_conflict(w(at(100), &[]), w(at(101), &[])));
        // Three days apart, no day in common: two.
        assert!(day_conflict(w(at(100), &[]), w(at(103), &[])));
        // A later one naming its own day only may be a follow-up.
        assert!(!day_conflict(w(at(100), &[]), w(at(104), &[(103, 103)])));
        // A follow-up weeks later naming the day agrees.
        assert!(!day_conflict(
            w(at(100), &[(99, 99)]),
            w(at(130), &[(99, 99)])
        ));
        // An undated report conflicts with nothing.
        assert!(!day_conflict(w(None, &[]), w(at(300), &[])));
        assert!(!day_conflict(w(None, &[(10, 10)]), w(at(300), &[])));
        // A later report that names no earlier day may be a follow-up.
        assert!(!day_conflict(w(at(100), &[]), w(at(130), &[(130, 130)])));
        // One that names another earlier day is of another incident.
        assert!(day_conflict(w(at(100), &[]), w(at(130), &[(126, 126)])));
        // A month mentioned covers its days.
        assert!(!day_conflict(w(at(100), &[]), w(at(102), &[(80, 110)])));
    }

    #[test]
    fn a_later_report_of_its_own_day_is_not_a_follow_up() {
        let at = |day| {
            Some(Anchor {
                day,
                source: AnchorSource::Published,
            })
        };
        let first = When {
            anchor: at(100),
            mentions: &[],
            own_day: false,
            earlier_day: false,
            follow_up: false,
        };
        // "A man was shot early today" in a paper of day 130: an incident
        // of day 130, not a follow-up of day 100's.
        let fresh = When {
            anchor: at(130),
            mentions: &[(130, 130)],
            own_day: true,
            earlier_day: false,
            follow_up: false,
        };
        assert!(day_conflict(first, fresh));
        assert!(day_conflict(fresh, first));
        // Without the relative day it may be a follow-up.
        let plain = When {
            own_day: false,
            ..fresh
        };
        assert!(!day_conflict(first, plain));
        // One that also names the first report's day is a follow-up.
        let recalls = When {
            mentions: &[(130, 130), (100, 100)],
            earlier_day: true,
            ..fresh
        };
        assert!(!day_conflict(first, recalls));
    }

    #[test]
    fn street_spellings_and_courts() {
        assert_eq!(&*street_key("main st"), "main street");
        assert!(same_street("oakland avenue", "south oakland avenue"));
        assert!(same_street("high street", "wellington high street"));
        assert!(!same_street("oak street", "elm street"));
        assert!(same_street("stadiou street", "stadiou avenue"));
        assert!(!same_street("street", "elm street"));
        assert!(is_court_of_law("taunton magistrates court"));
        assert!(!is_court_of_law("briar court"));
    }

    #[test]
    fn agencies_name_their_town() {
        assert_eq!(
            agency_town("clarksville police department"),
            Some("clarksville")
        );
        assert_eq!(agency_town("macon police"), Some("macon"));
        assert_eq!(agency_town("bibb county fire department"), None);
        assert_eq!(agency_town("police"), None);
    }

    #[test]
    fn only_lines_of_prose_count() {
        let text =
            "More local news\nTwo shot on Elm Street\nA man was hurt on Oak Street, police said.\n";
        let elm = text.find("Elm").unwrap_or(0);
        let oak = text.find("Oak").unwrap_or(0);
        assert!(!in_prose(text, elm, elm + 10));
        assert!(in_prose(text, oak, oak + 10));
    }

    #[test]
    fn only_the_lead_places_an_incident() {
        // Eighty words of a lead that names no place.
        let filler =
            "Officers said the man was taken to a hospital and that nobody else was hurt. "
                .repeat(6);
        // The street of the lead is the incident's; one named further down
        // (a march's route, an earlier incident) is not.
        let a = frame_of(&format!(
            "A man was shot on Elm Street on Tuesday, police said. {filler}\n\
             Last year a woman was shot on Oak Street."
        ));
        assert_eq!(a.streets, vec![Box::from("elm street")]);
        let b = frame_of(&format!(
            "Two men were hurt. {filler}\nA crowd later marched down Oak Street."
        ));
        assert!(b.streets.is_empty());
        assert!(!street_conflict(&a, &b));
        // A place named three times but only below the lead does not set
        // the report.
        let c = frame_of(&format!(
            "The company agreed to buy its rival. {filler}\n\
             Offices in Toronto will stay open. Toronto staff were told. Toronto is home to both."
        ));
        assert_eq!(principal_place(&c), None);
        let d = frame_of(
            "A fire in Toronto destroyed a house. Toronto fire crews came. Nobody was hurt in Toronto.",
        );
        assert!(principal_place(&d).is_some());
    }

    #[test]
    fn lead_ends_after_its_words_of_prose() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
        let text = format!("Published: May 1\nNews of the day.\n{}.", words.join(" "));
        let lead = &text[..lead_end(&text, &[])];
        assert!(
            lead.ends_with(&format!(" {}", words[LEAD_WORDS - 5])),
            "{lead}"
        );
        // Page furniture does not count.
        let furniture = [(17, 33)];
        let lead = &text[..lead_end(&text, &furniture)];
        assert!(
            lead.ends_with(&format!(" {}", words[LEAD_WORDS - 1])),
            "{lead}"
        );
        // A short text is all lead.
        assert_eq!(lead_end("A man was shot.", &[]), 15);
    }

    #[test]
    fn a_follow_up_is_dated_by_its_earlier_days_only() {
        let at = |day| {
            Some(Anchor {
                day,
                source: AnchorSource::Published,
            })
        };
        let first = When {
            anchor: at(100),
            mentions: &[(99, 99)],
            own_day: false,
            earlier_day: false,
            follow_up: false,
        };
        // A trial report weeks later that looks ahead to a sentencing day
        // and fixes no earlier day says nothing of the incident's day.
        let trial = When {
            anchor: at(160),
            mentions: &[(190, 190), (155, 155)],
            own_day: false,
            earlier_day: false,
            follow_up: false,
        };
        assert!(!day_conflict(first, trial));
        // One that fixes another earlier day is of another incident.
        let other = When {
            mentions: &[(140, 140)],
            earlier_day: true,
            ..trial
        };
        assert!(day_conflict(first, other));
    }

    #[test]
    fn a_week_that_began_before_a_follow_up_s_own_days_is_an_earlier_day() {
        let at = |day| {
            Some(Anchor {
                day,
                source: AnchorSource::Published,
            })
        };
        let first = When {
            anchor: at(100),
            mentions: &[(100, 100)],
            own_day: false,
            earlier_day: false,
            follow_up: false,
        };
        // A charge published on day 105 of a death "last week" (days 97
        // to 103, ending on the first of its own days), with a ban "in
        // January" long before.
        let charge = When {
            anchor: at(105),
            mentions: &[(97, 103), (10, 40)],
            own_day: false,
            earlier_day: true,
            follow_up: false,
        };
        assert!(!day_conflict(first, charge) && !day_conflict(charge, first));
        // A later period ("later this month") is no earlier day.
        let ahead = When {
            mentions: &[(105, 120), (10, 40)],
            ..charge
        };
        assert!(day_conflict(first, ahead));
    }

    #[test]
    fn an_arrest_report_is_dated_by_its_incident_day() {
        let at = |day| {
            Some(Anchor {
                day,
                source: AnchorSource::Published,
            })
        };
        // An arrest reported on day 107 "in the shooting" of day 100,
        // beside a shooting reported on day 108 of that day.
        let arrest = When {
            anchor: at(107),
            mentions: &[(106, 106), (100, 100)],
            own_day: false,
            earlier_day: true,
            follow_up: false,
        };
        let next = When {
            anchor: at(108),
            mentions: &[(108, 108)],
            own_day: true,
            earlier_day: false,
            follow_up: false,
        };
        // Read as a report of its own days, the arrest's day is next to
        // the new shooting's.
        assert!(!day_conflict(arrest, next));
        // As a follow-up, its incident's day is day 100: another one.
        let follow_up = When {
            follow_up: true,
            ..arrest
        };
        assert!(day_conflict(follow_up, next) && day_conflict(next, follow_up));
        // The first report of its own incident agrees with it.
        let first = When {
            anchor: at(101),
            mentions: &[(100, 100)],
            ..next
        };
        assert!(!day_conflict(follow_up, first) && !day_conflict(first, follow_up));
    }

    #[test]
    fn incidents_named_by_their_day() {
        let named = |t: &str, date: &str| {
            let end = t.find(date).unwrap() + date.len();
            names_incident(t, end)
        };
        assert!(named("arrested in the June 14 shooting on Elm", "June 14"));
        assert!(named("in last Thursday's fatal stabbing.", "last Thursday"));
        assert!(named("after the March 3 house fire", "March 3"));
        assert!(!named("was fired on June 14 by the firm", "June 14"));
        assert!(!named("On June 14, a shooting", "June 14"));
        assert!(!named("arrested on Friday after a chase", "Friday"));
    }
}
