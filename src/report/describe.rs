//! What an event is, for its heading: a title, a main date and a place.
//!
//! Consumes the report's documents (headlines, texts, publication dates)
//! and an event's [`FactReport`]s; produces a [`Heading`]:
//!
//! - **title**: the event's most central headline, the one closest to the
//!   others' (TF-IDF cosine over headline words, with document frequencies
//!   from every headline of the report, so words every headline has weigh
//!   little and the event's own words weigh much); ties go to the first in
//!   input order. Chosen among the headlines of 4 to 20 words when there
//!   is one: a shorter one is a label ("Deputy Sheriff"), a longer one a
//!   lead sentence; among those, first the ones written as headlines (no
//!   full stop, no question, shown whole), then those that ask nothing
//!   and fit, then those that ask nothing. When no document of the event
//!   has a headline, the first sentences of its documents stand in for
//!   them.
//! - **date**: the calendar day the most documents state in their lead
//!   (at least one does, and two state it), among the days the text gives
//!   as the event's: a day in a "since", "before", "after" clause or a
//!   clause of what will be, a day that modifies a noun ("its Nov. 22
//!   release date", "the March 11 incident"), a holiday as a modifier
//!   ("Christmas shoppers"), or a day outside a document's news window
//!   (after its publication day or more than two weeks before) is
//!   background; else a day one document states in full in its lead
//!   whose weekday undated documents name in theirs; else the publication
//!   day most documents carry; else none.
//! - **place**: a place named as where it happened by two or more
//!   documents (by its one document when it has one), or a dateline's; not
//!   a demonym ("Australian"), a work's title in quotes, a home or a seat
//!   ("the Alabama native", "Canada-based", "based in Sunnyvale", "an
//!   Alabama physician", "a Silicon Valley start-up"), an opponent
//!   ("before facing Seattle"), a place in a clause about another time or
//!   about someone's movement or pursuit ("moves to", "while filming
//!   in"), a currency's country ("US$"), part of an organisation's name
//!   ("BBC America") or an item of a list of places. Ranked: a town or
//!   region before a street address; then the most datelines, the most
//!   leads setting the event there ("in"/"at") when two or more agree,
//!   the most documents naming it, the most such leads, the most
//!   mentions, the first named.
//!
//! Deterministic: input order breaks every tie.

use super::show;
use super::{DocInput, FactReport};
use crate::document::{DocIndex, Span};
use crate::facts::{FactKind, FactValue};
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Longest title kept from a first sentence, in characters.
const MAX_SENTENCE_TITLE: usize = 200;

/// Bytes of a text's start read for its first sentence.
const FIRST_SENTENCE_BYTES: usize = 1200;

/// Where an event's title comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleFrom {
    /// A document's headline (`title`).
    Headline,
    /// The first sentence of a document's text (no document of the event
    /// has a headline).
    FirstSentence,
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateFrom {
    /// The day the most documents state in their text (two or more).
    Text,
    /// The publication day the most documents carry.
    Published,
}

/// An event's title, date and place.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Heading {
    pub title: Option<String>,
    pub title_from: Option<TitleFrom>,
    pub title_document: Option<String>,
    pub date: Option<String>,
    pub date_from: Option<DateFrom>,
    pub place: Option<String>,
}

/// Document frequencies of words over a set of lines (headlines, or first
/// sentences).
pub(crate) struct WordStats {
    df: HashMap<String, u32>,
    lines: u32,
}

impl WordStats {
    pub(crate) fn new<'a>(lines: impl Iterator<Item = &'a str>) -> WordStats {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut n = 0u32;
        for l in lines {
            n = n.saturating_add(1);
            for w in words(l) {
                *df.entry(w).or_default() += 1;
            }
        }
        WordStats { df, lines: n }
    }

    /// Smoothed inverse document frequency (never below 1).
    fn idf(&self, w: &str) -> f64 {
        let df = f64::from(self.df.get(w).copied().unwrap_or(0));
        ((1.0 + f64::from(self.lines)) / (1.0 + df)).ln() + 1.0
    }
}

/// The words of a line compared for centrality: lower case, split at
/// anything not a letter or digit, plurals folded, one-letter words left
/// out.
fn words(line: &str) -> BTreeSet<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(|w| {
            let w = w.to_lowercase();
            crate::events::features::stem_plural(&w).to_string()
        })
        .collect()
}

/// Fewest words of a headline that says what happened: shorter ones are
/// labels ("Deputy Sheriff", "FIRED IN PHILLY!!", "Death for Orozco")
/// that name a topic, not an event.
const MIN_HEADLINE_WORDS: usize = 4;

/// Most words of a headline: longer ones are a lead sentence standing in
/// for one.
const MAX_HEADLINE_WORDS: usize = 20;

/// Words of a line as a reader counts them (runs of non-space holding a
/// letter or digit).
fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a headline has the length of one that says what happened
/// ([`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words).
fn tells_the_event(line: &str) -> bool {
    (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&word_count(line))
}

/// Characters of a title shown whole in the table of contents and
/// headings; a longer one is cut with "…".
pub(crate) const TITLE_CHARS: usize = 100;

/// Whether a headline asks a question ("Onion headline or actual
/// news?", "A Palin \"Pattern\"?"): an opinion piece's or a blog's, not a
/// report of what happened.
fn asks(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '\'', '’', ' '])
        .ends_with('?')
}

/// Whether a headline is written as one: it says what happened
/// ([`tells_the_event`]), asks nothing ([`asks`]), is shown whole
/// ([`TITLE_CHARS`]) and does not end as a sentence does (a lead sentence
/// standing in for a headline ends with a full stop).
fn written_as_headline(line: &str) -> bool {
    fits(line) && !line.trim_end().ends_with('.')
}

/// Whether a headline that says what happened asks nothing and is shown
/// whole.
fn fits(line: &str) -> bool {
    tells_the_event(line) && !asks(line) && line.chars().count() <= TITLE_CHARS
}

/// Whether a headline says what happened and asks nothing.
fn plain(line: &str) -> bool {
    tells_the_event(line) && !asks(line)
}

/// The headlines an event's title is chosen among, in order of
/// preference: the first tier with a headline gives the title (rule
/// `headline_tiers`).
const HEADLINE_TIERS: &[fn(&str) -> bool] = &[written_as_headline, fits, plain, tells_the_event];

/// The index (into `lines`) of the line closest to the others: the highest
/// sum of TF-IDF cosines with every other line; ties go to the first.
pub(crate) fn central(lines: &[&str], stats: &WordStats) -> Option<usize> {
    central_among(lines, stats, |_| true)
}

/// [`central`] among the lines `eligible` accepts (closeness is still
/// measured to every line); `None` when it accepts none.
fn central_among(
    lines: &[&str],
    stats: &WordStats,
    eligible: impl Fn(&str) -> bool,
) -> Option<usize> {
    let vecs: Vec<BTreeMap<String, f64>> = lines
        .iter()
        .map(|l| {
            words(l)
                .into_iter()
                .map(|w| {
                    let x = stats.idf(&w);
                    (w, x)
                })
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vecs
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let cos = |i: usize, j: usize| {
        if norms[i] == 0.0 || norms[j] == 0.0 {
            return 0.0;
        }
        let dot: f64 = vecs[i]
            .iter()
            .filter_map(|(w, x)| vecs[j].get(w).map(|y| x * y))
            .sum();
        dot / (norms[i] * norms[j])
    };
    let mut best: Option<(usize, f64)> = None;
    for i in (0..lines.len()).filter(|&i| eligible(lines[i])) {
        let score: f64 = (0..lines.len())
            .filter(|&j| j != i)
            .map(|j| cos(i, j))
            .sum();
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The first sentence of a text, whitespace collapsed, at most
/// [`MAX_SENTENCE_TITLE`] characters; `None` when the text has no word.
pub(crate) fn first_sentence(text: &str) -> Option<String> {
    let mut end = text.len().min(FIRST_SENTENCE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    let start = prefix.find(char::is_alphanumeric)?;
    let len = prefix[start..].chars().next()?.len_utf8();
    let s = crate::compare::sentence_around(prefix, Span::new(start, start + len));
    let sentence = show::clip(prefix.get(s.start..s.end)?, MAX_SENTENCE_TITLE);
    (!sentence.is_empty()).then_some(sentence)
}

/// The year an ISO date value starts in ("2008" of "2008-12", "2008-W50",
/// "2008-12-18/2009-03-18").
fn year_of(iso: &str) -> Option<i32> {
    let y = iso.get(..4)?;
    let next = iso.as_bytes().get(4);
    (y.bytes().all(|c| c.is_ascii_digit()) && next.is_none_or(|c| !c.is_ascii_digit()))
        .then(|| y.parse().ok())
        .flatten()
}

/// Words that open a clause about another time than the event's: a date
/// or place after one of them, in the same clause, is background ("since
/// she became the candidate on Aug. 29", "two weeks before Christmas",
/// "after last week's loss at Chicago", "ahead of Sunday's game").
const OTHER_TIME_LEADS: &[&str] = &[
    "after", "ahead", "before", "prior", "since", "till", "until",
];

/// Words before a place that make it the other side of a game or a
/// contest, not where something happened ("before facing Seattle",
/// "the win against Atlanta").
const OPPONENT_LEADS: &[&str] = &["against", "facing", "versus", "vs"];

/// Words after a place that make it someone's home or a company's seat
/// ("the Alabama native", "a Texas-born actor", "Canada-based ATI").
const HOME_TAILS: &[&str] = &["based", "born", "bred", "native", "natives", "raised"];

/// Nouns of people and firms a place can be the home of when written
/// before them ("an Alabama physician", "the Texas senator", "a Chicago
/// company"): the place is theirs, not the event's.
const PERSON_OR_FIRM_NOUNS: &[&str] = &[
    "actor",
    "actress",
    "athlete",
    "boy",
    "businessman",
    "company",
    "doctor",
    "firm",
    "girl",
    "governor",
    "group",
    "lawmaker",
    "lawyer",
    "maker",
    "man",
    "manufacturer",
    "mayor",
    "native",
    "official",
    "physician",
    "player",
    "resident",
    "retailer",
    "senator",
    "singer",
    "star",
    "startup",
    "teen",
    "teenager",
    "woman",
];

/// Words before "in" that make the place after it a firm's or a person's
/// seat ("based in Sunnyvale", "headquartered in Markham").
const SEAT_WORDS: &[&str] = &["based", "headquartered", "lives", "lived"];

/// Nouns of a set occasion a day can name besides [`schedule_noun`]s
/// ("the Feb. 22 ceremony", "its Nov. 22 debut"): the day of that
/// occasion, not of the news.
///
/// [`schedule_noun`]: crate::lex::happenings::schedule_noun
const OCCASION_NOUNS: &[&str] = &["anniversary", "broadcast", "ceremony", "debut", "telecast"];

/// Parts of a day, which a holiday or a day can take after it and stay
/// the day something happened ("Christmas morning", "Friday night").
const DAY_PARTS: &[&str] = &[
    "afternoon",
    "day",
    "evening",
    "eve",
    "morning",
    "night",
    "noon",
    "weekend",
];

/// Words before a place that set the event in it ("in Woodburn", "at the
/// Kodak Theatre").
const SCENE_LEADS: &[&str] = &["at", "in", "inside", "near", "outside"];

/// Words of the clause before a mention, lower case, nearest last: at
/// most `n`, back to the sentence start or a clause break (comma, colon,
/// semicolon, dash, bracket, quote, line break).
fn clause_words_before(text: &str, start: usize, n: usize) -> Vec<String> {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let clause = before
        .rfind([
            ',', ';', ':', '(', ')', '\n', '—', '–', '"', '“', '”', '!', '?',
        ])
        .map_or(before, |i| before.get(i + 1..).unwrap_or(""));
    let words: Vec<String> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let skip = words.len().saturating_sub(n);
    words.into_iter().skip(skip).collect()
}

/// The word right after a mention, as written, and whether it is joined
/// by a hyphen ("Canada-based").
fn word_after(text: &str, end: usize) -> Option<(&str, bool)> {
    let rest = text.get(end..)?;
    let (rest, joined) = match rest.strip_prefix('-') {
        Some(r) => (r, true),
        None => (rest.strip_prefix(' ')?, false),
    };
    let w = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?;
    Some((w, joined))
}

/// The word right before a mention, lower case ("on" of "on Christmas").
fn word_before(text: &str, start: usize) -> Option<String> {
    clause_words_before(text, start, 1).pop()
}

/// Words of a clause before a mention that a connective reaches
/// ("since she became the vice presidential candidate on Aug. 29").
const CLAUSE_REACH_WORDS: usize = 10;

/// Whether a mention is in a clause about another time
/// ([`OTHER_TIME_LEADS`]) within [`CLAUSE_REACH_WORDS`] words before it.
fn in_other_time(text: &str, start: usize) -> bool {
    clause_words_before(text, start, CLAUSE_REACH_WORDS)
        .iter()
        .any(|w| OTHER_TIME_LEADS.contains(&w.as_str()))
}

/// Words that put a clause ahead of the news: what will happen on a day
/// ("the ceremony will take place on February 22", "is set to meet on
/// Monday", "scheduled for March 3") has not happened yet.
const FUTURE_WORDS: &[&str] = &["scheduled", "slated", "upcoming", "will", "'ll"];

/// Whether a mention is in a clause about what is ahead
/// ([`FUTURE_WORDS`], "set to") within [`CLAUSE_REACH_WORDS`] words
/// before it.
fn in_future(text: &str, start: usize) -> bool {
    let words = clause_words_before(text, start, CLAUSE_REACH_WORDS);
    words
        .iter()
        .any(|w| FUTURE_WORDS.contains(&w.as_str()) || w.ends_with("'ll"))
        || words.windows(2).any(|p| p[0] == "set" && p[1] == "to")
}

/// Whether a lower-case word is a common noun by the tagger's lexicon.
fn is_common_noun(w: &str) -> bool {
    crate::claim::pos::Tagger::english()
        .lookup(w)
        .is_some_and(|t| t.is_noun() && !t.is_proper())
}

/// Whether a date mention names a holiday or a festival by its name
/// ("Christmas", "Thanksgiving"), not by a number, a month or a weekday.
fn is_holiday(mention: &str) -> bool {
    !mention.chars().any(|c| c.is_ascii_digit())
        && mention
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| {
                let low = w.to_lowercase();
                !crate::lex::words::is_calendar_word(&low)
                    && crate::lex::words::month(&low).is_none()
                    && crate::lex::words::weekday(&low).is_none()
                    && !matches!(
                        low.as_str(),
                        "today" | "yesterday" | "tomorrow" | "tonight" | "last" | "next" | "this"
                    )
            })
}

/// Determiners that open a noun phrase a date can modify ("the Dec. 6
/// killing", "its Nov. 22 release").
const DETERMINERS: &[&str] = &["a", "an", "its", "his", "her", "their", "the", "this"];

/// Whether a date is the modifier of a noun after a determiner ("the March
/// 11, 2005, incident", "the Dec. 6 killing"): it names a happening the
/// reader is taken to know, told as background to the news.
fn names_a_noun(text: &str, start: usize, end: usize) -> bool {
    let det = word_before(text, start).is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    if !det {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let Some(next) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .filter(|w| w.starts_with(char::is_lowercase))
    else {
        return false;
    };
    is_common_noun(next) && !DAY_PARTS.contains(&next)
}

/// Whether a date mention is background to the event, by its words
/// around it:
///
/// - in a clause about another time ([`OTHER_TIME_LEADS`]) or about what
///   is ahead ([`FUTURE_WORDS`]);
/// - the modifier of an occasion's noun ("its Nov. 22 release date", "the
///   Feb. 22 ceremony"), or of any noun after a determiner
///   ([`names_a_noun`]);
/// - a holiday used as a modifier ("Christmas shoppers") or named without
///   "on" ("the Christmas rush", "over Christmas").
fn background_date(text: &str, start: usize, end: usize) -> bool {
    if in_other_time(text, start) || in_future(text, start) {
        return true;
    }
    let next = word_after(text, end).map(|(w, _)| w.to_lowercase());
    let next = next.as_deref();
    if next.is_some_and(|w| crate::lex::happenings::schedule_noun(w) || OCCASION_NOUNS.contains(&w))
    {
        return true;
    }
    let mention = text.get(start..end).unwrap_or("");
    if names_a_noun(text, start, end) {
        return true;
    }
    if is_holiday(mention) {
        let on = word_before(text, start).as_deref() == Some("on");
        let part = next.is_some_and(|w| DAY_PARTS.contains(&w));
        let modifier = next.is_some_and(is_common_noun) && !part;
        return modifier || !(on || part);
    }
    false
}

/// Whether a place mention is not where the event happened:
///
/// - a demonym ([`is_demonym`]: "Australian actor", `key` Australia);
/// - the title of a work, alone in quotes ("the epic \"Australia,\"");
/// - someone's home or a company's seat ("the Alabama native",
///   "Canada-based"), or any place joined to the noun it modifies
///   ("an Alabama family physician", "U.S. viewers");
/// - the other side of a contest ("against Detroit"), or in a clause about
///   another time ("after last week's loss at Chicago").
fn background_place(text: &str, start: usize, end: usize, key: &str) -> bool {
    let mention = text.get(start..end).unwrap_or("");
    if is_demonym(mention, key) {
        return true;
    }
    let quoted_before = text.get(..start).is_some_and(|b| b.ends_with(['"', '“']));
    let quoted_after = text
        .get(end..)
        .is_some_and(|a| a.trim_start_matches([',', '.']).starts_with(['"', '”']));
    if quoted_before && quoted_after {
        return true;
    }
    if modifies_a_holder(text, mention, end)
        || is_currency_prefix(text, end)
        || in_a_list(text, start, end)
    {
        return true;
    }
    let start = phrase_start(text, start);
    if in_organisation_name(text, start) {
        return true;
    }
    let before = clause_words_before(text, start, 2);
    let seat = matches!(before.as_slice(), [w, i] if i == "in" && SEAT_WORDS.contains(&w.as_str()));
    if seat || before.iter().any(|w| OPPONENT_LEADS.contains(&w.as_str())) {
        return true;
    }
    in_other_time(text, start) || in_someones_movement(text, start, end)
}

/// Whether a place mention is an item of a list of places ("through
/// Canada, California, and Texas", "to Germany, Spain, Italy"): a
/// comma-separated run of capitalised names with a comma on each side of
/// the mention or two names before it; a list names where something
/// reaches, not one scene.
fn in_a_list(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let before = before
        .strip_suffix(", and ")
        .or_else(|| before.strip_suffix(" and "))
        .or_else(|| before.strip_suffix(", "));
    let items_before = before.map_or(0, |b| list_items(b.rsplit(", ").map(last_and), true));
    let after = text.get(end..).unwrap_or("");
    let items_after = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" and "))
        .map_or(0, |a| {
            let clause = a.split(['.', ';', '\n']).next().unwrap_or("");
            let items = clause
                .split(", ")
                .flat_map(|i| i.strip_prefix("and ").unwrap_or(i).split(" and "));
            list_items(items, false)
        });
    items_before + items_after >= 2
}

/// The part of a list item after its last " and " ("Boston" of "Toronto
/// and Boston").
fn last_and(item: &str) -> &str {
    item.rsplit(" and ").next().unwrap_or(item)
}

/// Most words of a place's name in a list.
const LIST_NAME_WORDS: usize = 3;

/// How many items of a list, nearest the mention first, are places'
/// names, at most two: an item counts when it is a name of capitalised
/// words; the farthest item may also end with one (`ends`: the words
/// before a list's first item, "offices in Toronto").
fn list_items<'a>(items: impl Iterator<Item = &'a str>, ends: bool) -> usize {
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let mut n = 0;
    for item in items.take(2) {
        let words: Vec<&str> = item.split(' ').filter(|w| !w.is_empty()).collect();
        let whole =
            !words.is_empty() && words.len() <= LIST_NAME_WORDS && words.iter().all(capital);
        if whole || (ends && words.last().is_some_and(capital)) {
            n += 1;
        }
        if !whole {
            break;
        }
    }
    n
}

/// Whether a place mention is the country of a currency sign right after
/// it ("US$334 million", "C$ 12", "HK $5"): money, not a place.
fn is_currency_prefix(text: &str, end: usize) -> bool {
    text.get(end..)
        .is_some_and(|a| a.trim_start_matches(' ').starts_with('$'))
}

/// Where the phrase of a place mention starts: at the town a region
/// qualifies ("Santa Rosa, California", "Forks, Washington": the state's
/// mention starts at the town, so the words before the town are its
/// words too); else at the mention.
fn phrase_start(text: &str, start: usize) -> usize {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(", ")) else {
        return start;
    };
    let name_words = before
        .rsplit(' ')
        .take(MAX_TOWN_WORDS)
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
        .map(|w| w.len() + 1)
        .sum::<usize>();
    if name_words == 0 {
        start
    } else {
        // The name's words and the spaces before them, less the first space.
        (before.len() + 1).saturating_sub(name_words)
    }
}

/// Most words of a town's name before the region that qualifies it
/// ("Salt Lake City, Utah").
const MAX_TOWN_WORDS: usize = 3;

/// Whether the word right before a place mention is an organisation's
/// acronym that the place completes as a name ("BBC America", "IDC
/// Canada", "CNN International"): the name of a firm, not a scene.
fn in_organisation_name(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let w = before.rsplit([' ', '\n', '(', '"']).next().unwrap_or("");
    (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Words of someone's movement: a place after one of them in its clause
/// is where a person goes or leaves ("moves to the small town of Forks,
/// Washington", "fled to Mexico", "decided to leave Ohio"), not where the
/// news happened.
const MOVEMENT_WORDS: &[&str] = &[
    "flee",
    "fled",
    "flees",
    "fleeing",
    "leave",
    "leaves",
    "leaving",
    "move",
    "moved",
    "moves",
    "moving",
    "relocate",
    "relocated",
    "relocates",
    "relocating",
];

/// Words of someone's own pursuit, not of the news: a place after one of
/// them in its clause, or right after the place, is where a person was
/// busy or grew up ("cast while filming in Prague", "who grew up in
/// Glasgow", "was in Madrid touring with the band").
const PURSUIT_WORDS: &[&str] = &[
    "filming",
    "grew",
    "growing",
    "holidaying",
    "studying",
    "touring",
    "vacationing",
];

/// Whether a place (its phrase starting at `start`, the mention ending at
/// `end`) is in a clause about someone's movement ([`MOVEMENT_WORDS`]) or
/// pursuit ([`PURSUIT_WORDS`]), within [`CLAUSE_REACH_WORDS`] words
/// before it, or has a pursuit's word right after it.
fn in_someones_movement(text: &str, start: usize, end: usize) -> bool {
    let before = clause_words_before(text, start, CLAUSE_REACH_WORDS);
    let after = word_after(text, end).map(|(w, _)| w.to_lowercase());
    before
        .iter()
        .any(|w| MOVEMENT_WORDS.contains(&w.as_str()) || PURSUIT_WORDS.contains(&w.as_str()))
        || after.is_some_and(|w| PURSUIT_WORDS.contains(&w.as_str()))
}

/// Whether a place mention is written as the modifier of who or what
/// lives or sits there: a home's word after it ("native", "-based",
/// [`HOME_TAILS`]), any lower-case word joined by a hyphen, a person's or
/// a firm's noun within the next two words ("an Alabama family
/// physician", [`PERSON_OR_FIRM_NOUNS`]), or a country's short form
/// before a name or a noun ("U.S. Customs", "US health care").
fn modifies_a_holder(text: &str, mention: &str, end: usize) -> bool {
    let Some((w, joined)) = word_after(text, end) else {
        return false;
    };
    let low = w.to_lowercase();
    if HOME_TAILS.contains(&low.as_str()) || (joined && w.starts_with(char::is_lowercase)) {
        return true;
    }
    if low == "history" {
        return true;
    }
    let holder = |w: &str| {
        let w: String = w.chars().filter(|&c| c != '-').collect();
        let w = crate::events::features::stem_plural(&w);
        PERSON_OR_FIRM_NOUNS.contains(&w) || (w.len() > 5 && w.ends_with("maker"))
    };
    let next_two: Vec<&str> = text
        .get(end..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let lower_run = next_two
        .iter()
        .take_while(|w| w.starts_with(char::is_lowercase))
        .any(|w| holder(w));
    let short = mention.chars().filter(|c| c.is_alphabetic()).count() <= 3;
    let short_modifier =
        short && !joined && (w.starts_with(char::is_uppercase) || is_common_noun(&low));
    lower_run || short_modifier
}

/// Endings of demonyms ("Australian", "Japanese", "British", "Israeli",
/// "French", "Icelandic").
const DEMONYM_ENDINGS: &[&str] = &["an", "ch", "ese", "i", "ic", "ish"];

/// Whether a place mention is a demonym of its place (`key`), a person's
/// or a thing's origin rather than a place ("Australian actor",
/// "Canadian analyst"): not the key's letters nor a part of them, not an
/// abbreviation ("Miss.", "U.S."), and either sharing the key's first
/// three letters ("Greek", Greece) or ending like a demonym.
fn is_demonym(mention: &str, key: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (m, k) = (letters(mention), letters(key));
    if m.is_empty() || k.contains(&m) || mention.ends_with('.') || m.chars().count() <= 3 {
        return false;
    }
    let prefix = |s: &str| s.chars().take(3).collect::<String>();
    prefix(&m) == prefix(&k) || DEMONYM_ENDINGS.iter().any(|e| m.ends_with(e))
}

/// Whether a place mention is a dateline's: the first name on its line,
/// near the start of the text, with the dateline's bracket or dash soon
/// after ("LOS ANGELES (AP) —", "Palmer, Alaska -").
fn is_dateline_place(text: &str, start: usize, end: usize) -> bool {
    if start > DATELINE_BYTES {
        return false;
    }
    let line_start = text
        .get(..start)
        .map_or(0, |b| b.rfind('\n').map_or(0, |i| i + 1));
    let opens_line = text
        .get(line_start..start)
        .is_some_and(|b| b.trim().is_empty());
    let rest = text.get(end..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    let mut near = line.len().min(DATELINE_MARK_BYTES);
    while !line.is_char_boundary(near) {
        near -= 1;
    }
    let head = line.get(..near).unwrap_or("");
    opens_line
        && ["(", "—", "–", " - ", "--"]
            .iter()
            .any(|m| head.contains(m))
}

/// Bytes of a text's start where a dateline can begin.
const DATELINE_BYTES: usize = 300;

/// Bytes after a dateline's place where its bracket or dash is looked for
/// (", Calif. (AP) —").
const DATELINE_MARK_BYTES: usize = 30;

/// Fewest words of the sentence that ends a text's lead: shorter lines
/// before it are a headline, a byline or a dateline standing alone.
const LEAD_MIN_WORDS: usize = 8;

/// Sentences of a text's start read for its lead.
const LEAD_SENTENCES: usize = 4;

/// The byte where a text's lead ends: the end of its first sentence of
/// [`LEAD_MIN_WORDS`] words or more (title and dateline lines before it
/// are part of the lead), at most [`LEAD_SENTENCES`] sentences in.
fn lead_end(text: &str) -> usize {
    let mut at = 0;
    for _ in 0..LEAD_SENTENCES {
        let Some(rest) = text.get(at..) else { break };
        let Some(off) = rest.find(char::is_alphanumeric) else {
            break;
        };
        let start = at + off;
        let len = rest[off..].chars().next().map_or(1, char::len_utf8);
        let s = crate::compare::sentence_around(text, Span::new(start, start + len));
        if s.end <= at {
            break;
        }
        at = s.end;
        if word_count(text.get(s.start..s.end).unwrap_or("")) >= LEAD_MIN_WORDS {
            break;
        }
    }
    at
}

/// Days before a document's publication day within which a day it states
/// can be the news it reports; an older day is background (an earlier
/// stage, a previous case).
const NEWS_WINDOW_DAYS: i64 = 14;

/// The day number of an ISO `YYYY-MM-DD` day.
fn day_number(iso: &str) -> Option<i64> {
    let y: i32 = iso.get(..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    crate::lex::calendar::valid(y, m, d).then(|| crate::lex::calendar::days_from_civil(y, m, d))
}

/// Whether a stated day can be the news of a document published on
/// `published`: not after it, and at most [`NEWS_WINDOW_DAYS`] before it.
/// True when either day is unknown.
fn in_news_window(day: &str, published: Option<&str>) -> bool {
    match (day_number(day), published.and_then(day_number)) {
        (Some(d), Some(p)) => d <= p && p - d <= NEWS_WINDOW_DAYS,
        _ => true,
    }
}

/// One member document as the heading reads it: its text, where its lead
/// ends and its publication day.
struct Member<'a> {
    text: &'a str,
    lead_end: usize,
    published: Option<&'a str>,
}

/// An event's main date from its date facts (`members`: each document by
/// id with its position in the event) and its documents' publication
/// days:
///
/// 1. the calendar day stated by the most documents (at least two) in the
///    leads, then by the most documents anywhere (ties: the first stated),
///    among the days the text gives as the event's: a day in a clause
///    about another time, an occasion's day, a holiday as a modifier
///    ([`background_date`]), or a day outside a document's news window
///    ([`in_news_window`]) is background; and among the recent ones: a
///    day more than a year before the latest year two documents state, or
///    a publication year, is background (a birth, an earlier case);
/// 2. else a day without year ("--08-29") two or more documents state;
/// 3. else the publication day most documents carry (ties: the earliest).
fn main_date(
    facts: &[FactReport],
    members: &HashMap<&str, (usize, Member<'_>)>,
    published: &[&str],
) -> Option<(String, DateFrom)> {
    type Stated<'a> = BTreeMap<String, Support<'a>>;
    let mut days: Stated<'_> = BTreeMap::new();
    let mut yearless: Stated<'_> = BTreeMap::new();
    let mut years: BTreeMap<i32, BTreeSet<&str>> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Date) {
        for v in &f.values {
            let Some(iso) = (match &v.value {
                FactValue::Date(d) => d.iso(),
                _ => None,
            }) else {
                continue;
            };
            let iso = iso.as_str();
            let mut table = if iso.len() == 10 && day_of(iso).is_some() {
                Some(&mut days)
            } else if iso.len() == 7
                && iso.starts_with("--")
                && iso[2..4]
                    .bytes()
                    .chain(iso[5..].bytes())
                    .all(|c| c.is_ascii_digit())
            {
                Some(&mut yearless)
            } else {
                None
            };
            for m in &v.mentions {
                if let Some(y) = year_of(iso) {
                    years.entry(y).or_default().insert(&m.doc);
                }
                let Some(t) = table.as_deref_mut() else {
                    continue;
                };
                let Some((pos, member)) = members.get(m.doc.as_str()) else {
                    continue;
                };
                if background_date(member.text, m.start, m.end)
                    || !in_news_window(iso, member.published)
                {
                    continue;
                }
                let e = t.entry(iso.to_string()).or_default();
                e.add(&m.doc, m.start < member.lead_end, (*pos, m.start));
            }
        }
    }
    let latest = years
        .iter()
        .filter(|(_, ds)| ds.len() >= 2)
        .map(|(&y, _)| y)
        .chain(published.iter().filter_map(|p| year_of(p)))
        .max();
    let recent = |iso: &str| match (year_of(iso), latest) {
        (Some(y), Some(l)) => y + 1 >= l,
        _ => true,
    };
    let best = |t: &Stated<'_>| {
        t.iter()
            .filter(|(d, s)| s.docs.len() >= 2 && !s.lead_docs.is_empty() && recent(d))
            .max_by(|a, b| a.1.rank().cmp(&b.1.rank()))
            .map(|(d, _)| d.clone())
    };
    if let Some(d) = best(&days).or_else(|| best(&yearless)) {
        return Some((d, DateFrom::Text));
    }
    if let Some(d) = told_by_weekday(&days, members, recent) {
        return Some((d, DateFrom::Text));
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in published {
        *count.entry(p).or_default() += 1;
    }
    // Most documents; ties: the earliest day.
    count
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(d, _)| ((*d).to_string(), DateFrom::Published))
}

/// A day one document states in full in its lead that other documents
/// tell by its weekday alone ("riots on Saturday, December 13, 2008" in one
/// report, "late Saturday" in the leads of others): rule `weekday_told`.
/// Only documents without a publication day count as telling it (theirs
/// would have resolved the weekday to a day of its own), and only a
/// weekday of their lead that is not background ([`background_date`]).
/// The day with the most such documents (at least one) wins; ties: the
/// better [`Support::rank`].
fn told_by_weekday(
    days: &BTreeMap<String, Support<'_>>,
    members: &HashMap<&str, (usize, Member<'_>)>,
    recent: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut best: Option<(usize, &String, &Support<'_>)> = None;
    for (day, s) in days {
        if s.docs.len() != 1 || s.lead_docs.is_empty() || !recent(day) {
            continue;
        }
        let Some(wd) = day_number(day).map(crate::lex::calendar::weekday) else {
            continue;
        };
        let telling = members
            .iter()
            .filter(|(id, (_, m))| {
                !s.docs.contains(*id) && m.published.is_none() && lead_names_weekday(m, wd)
            })
            .count();
        if telling == 0 {
            continue;
        }
        let better = best.is_none_or(|(n, _, b)| (telling, s.rank()) > (n, b.rank()));
        if better {
            best = Some((telling, day, s));
        }
    }
    best.map(|(_, d, _)| d.clone())
}

/// Whether a document's lead names weekday `wd` (0 = Monday), written in
/// full with a capital ("Saturday", "Saturday night"), outside a clause
/// that makes it background ([`background_date`]).
fn lead_names_weekday(m: &Member<'_>, wd: u32) -> bool {
    let lead = m.text.get(..m.lead_end).unwrap_or("");
    words_at(lead).any(|(start, word)| {
        let full = word.starts_with(char::is_uppercase)
            && word.len() > 5
            && crate::lex::words::weekday(&word.to_lowercase())
                .is_some_and(|(d, ambiguous)| d == wd && !ambiguous);
        full && !background_date(m.text, start, start + word.len())
    })
}

/// The runs of letters of a text with the byte each starts at.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.char_indices()
        .filter(move |&(i, c)| {
            c.is_alphabetic()
                && text
                    .get(..i)
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|p| !p.is_alphabetic())
        })
        .map(move |(i, _)| {
            let rest = text.get(i..).unwrap_or("");
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            (i, rest.get(..len).unwrap_or(""))
        })
}

/// The documents stating one day, those stating it in their lead, and
/// where it is first stated (document position, byte).
#[derive(Default)]
struct Support<'a> {
    docs: BTreeSet<&'a str>,
    lead_docs: BTreeSet<&'a str>,
    first: Option<(usize, usize)>,
}

impl<'a> Support<'a> {
    fn add(&mut self, doc: &'a str, in_lead: bool, at: (usize, usize)) {
        self.docs.insert(doc);
        if in_lead {
            self.lead_docs.insert(doc);
        }
        self.first = Some(self.first.map_or(at, |f| f.min(at)));
    }

    /// Greater is better: more documents stating it in their leads, then
    /// more documents, then stated first.
    fn rank(&self) -> (usize, usize, std::cmp::Reverse<(usize, usize)>) {
        (
            self.lead_docs.len(),
            self.docs.len(),
            std::cmp::Reverse(self.first.unwrap_or((usize::MAX, usize::MAX))),
        )
    }
}

/// How strongly a place mention sets the event there: background (0), named
/// (1), named after "in"/"at" in the lead (2: not when the place modifies
/// a noun after it, is in a clause about a person, or is the region of a
/// town named there, `town_named`), the dateline's (3).
fn place_weight(member: &Member<'_>, start: usize, end: usize, key: &str, town_named: bool) -> u8 {
    let text = member.text;
    if is_dateline_place(text, start, end) {
        return 3;
    }
    if background_place(text, start, end, key) {
        return 0;
    }
    let phrase = phrase_start(text, start);
    let scene = word_before(text, phrase).is_some_and(|w| SCENE_LEADS.contains(&w.as_str()));
    let sets = scene && !town_named && !modifies_a_noun(text, end) && !about_a_person(text, phrase);
    if start < member.lead_end && sets {
        2
    } else {
        1
    }
}

/// Whether a place is in a relative clause about a person ("Fred Lane,
/// who served a term for his role in Watergate, has died"): it tells
/// about the person, and sets the news nowhere.
fn about_a_person(text: &str, start: usize) -> bool {
    clause_words_before(text, start, CLAUSE_REACH_WORDS)
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "whom" | "whose"))
}

/// Whether a place is written before a lower-case common noun it modifies
/// ("in the Watergate scandal", "at a Palmer dairy"): the noun is what
/// the sentence puts somewhere, not the place.
fn modifies_a_noun(text: &str, end: usize) -> bool {
    word_after(text, end)
        .is_some_and(|(w, _)| w.starts_with(char::is_lowercase) && is_common_noun(w))
}

/// An event's place from its place facts: named as the event's place
/// (not background, [`background_place`]) by two or more documents (by
/// its one document when it has one), or a dateline's; a town or region
/// before a street; then the most documents filing from it (datelines),
/// the most setting the event in it in their lead ("in"/"at") when two or
/// more agree, the most naming it, the most setting the event in it, the
/// most mentions, first in the facts' order.
fn main_place<'f>(
    facts: &'f [FactReport],
    members: &HashMap<&str, (usize, Member<'_>)>,
) -> Option<&'f str> {
    let needed = members.len().min(2);
    // Where each document names a place: a region after a town named there
    // ("Biloxi, Miss.") qualifies the town, which is the scene.
    let named: BTreeSet<(&str, usize)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Place)
        .flat_map(|f| f.values.iter().flat_map(|v| v.mentions.iter()))
        .map(|m| (m.doc.as_str(), m.start))
        .collect();
    let mut best: Option<(&str, PlaceRank)> = None;
    for f in facts.iter().filter(|f| f.kind == FactKind::Place) {
        let mut weights: BTreeMap<&str, u8> = BTreeMap::new();
        let mut mentions = 0usize;
        for m in f.values.iter().flat_map(|v| v.mentions.iter()) {
            let Some((_, member)) = members.get(m.doc.as_str()) else {
                continue;
            };
            let town = phrase_start(member.text, m.start);
            let town_named = town != m.start && named.contains(&(m.doc.as_str(), town));
            let w = place_weight(member, m.start, m.end, &f.key, town_named);
            if w > 0 {
                mentions += 1;
                let e = weights.entry(m.doc.as_str()).or_default();
                *e = (*e).max(w);
            }
        }
        let with = |least: u8| weights.values().filter(|&&w| w >= least).count();
        let scenes = with(2);
        let agreed_scenes = if scenes >= 2 { scenes } else { 0 };
        let rank = (
            !is_street(&f.key),
            with(3),
            agreed_scenes,
            with(1),
            scenes,
            mentions,
        );
        if rank.3 < needed && rank.1 == 0 {
            continue;
        }
        if best.is_none_or(|(_, b)| rank > b) {
            best = Some((f.key.as_str(), rank));
        }
    }
    best.map(|(p, _)| p)
}

/// How a place ranks as an event's place, greater first: not a street;
/// documents whose dateline it is; documents setting the event in it in
/// their lead or dateline when two or more agree (rule `agreed_scene`,
/// else 0); documents naming it; documents setting the event in it;
/// mentions.
type PlaceRank = (bool, usize, usize, usize, usize, usize);

/// Whether a place name is a street address ("High Street", "Joliet
/// Avenue"): where in a town something happened, which says little
/// without the town (most British towns have a High Street).
fn is_street(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| crate::lex::words::is_street_word(&w.to_lowercase()))
}

/// A headline worth showing: trimmed, whitespace collapsed, not empty.
pub(crate) fn headline(d: &DocInput<'_>) -> Option<String> {
    let t = show::collapse(d.doc.meta.title.as_deref()?);
    (t.chars().any(char::is_alphanumeric)).then_some(t)
}

/// `YYYY-MM-DD` at the start of `s`, when it is one.
pub(crate) fn day_of(s: &str) -> Option<&str> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    let ends = s.as_bytes().get(10).is_none_or(|c| !c.is_ascii_digit());
    (ok && ends).then_some(d)
}

/// The word statistics of every headline, and (built on first use) of
/// every first sentence.
pub(crate) struct Corpus<'a> {
    docs: &'a [DocInput<'a>],
    titles: WordStats,
    sentences: OnceCell<WordStats>,
}

impl<'a> Corpus<'a> {
    pub(crate) fn new(docs: &'a [DocInput<'a>]) -> Corpus<'a> {
        let titles: Vec<String> = docs.iter().filter_map(headline).collect();
        Corpus {
            docs,
            titles: WordStats::new(titles.iter().map(String::as_str)),
            sentences: OnceCell::new(),
        }
    }

    fn sentences(&self) -> &WordStats {
        self.sentences.get_or_init(|| {
            let lines: Vec<String> = self
                .docs
                .iter()
                .filter_map(|d| first_sentence(&d.doc.text))
                .collect();
            WordStats::new(lines.iter().map(String::as_str))
        })
    }
}

/// The title, date and place of one event: `members` are its documents
/// (input order), `facts` its aligned facts.
pub(crate) fn heading(corpus: &Corpus<'_>, members: &[DocIndex], facts: &[FactReport]) -> Heading {
    let docs = corpus.docs;
    let member = |d: DocIndex| docs.get(d as usize);
    let mut h = Heading::default();
    // Title: the central headline, else the central first sentence.
    let headed: Vec<(DocIndex, String)> = members
        .iter()
        .filter_map(|&d| Some((d, headline(member(d)?)?)))
        .collect();
    let (lines, from, stats) = if headed.is_empty() {
        let lines: Vec<(DocIndex, String)> = members
            .iter()
            .filter_map(|&d| Some((d, first_sentence(&member(d)?.doc.text)?)))
            .collect();
        (lines, TitleFrom::FirstSentence, corpus.sentences())
    } else {
        (headed, TitleFrom::Headline, &corpus.titles)
    };
    let texts: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    // A headline that says what happened, when the event has one: written
    // as a headline if one is, else a sentence that fits, else any.
    let picked = match from {
        TitleFrom::Headline => HEADLINE_TIERS
            .iter()
            .find_map(|tier| central_among(&texts, stats, tier)),
        TitleFrom::FirstSentence => None,
    };
    if let Some(i) = picked.or_else(|| central(&texts, stats)) {
        h.title = Some(lines[i].1.clone());
        h.title_from = Some(from);
        h.title_document = member(lines[i].0).map(|d| d.doc.id.0.clone());
    }
    let by_id: HashMap<&str, (usize, Member<'_>)> = members
        .iter()
        .enumerate()
        .filter_map(|(i, &d)| {
            let d = member(d)?;
            let text = d.doc.text.as_str();
            let m = Member {
                text,
                lead_end: lead_end(text),
                published: d.published.and_then(day_of),
            };
            Some((d.doc.id.0.as_str(), (i, m)))
        })
        .collect();
    let published: Vec<&str> = members
        .iter()
        .filter_map(|&d| member(d)?.published.and_then(day_of))
        .collect();
    if let Some((d, from)) = main_date(facts, &by_id, &published) {
        h.date = Some(d);
        h.date_from = Some(from);
    }
    h.place = main_place(facts, &by_id).map(str::to_string);
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_central_headline_shares_most_with_the_others() {
        let all = [
            "Another day in Hollywood; another star in rehab.",
            "Tara Reid checks into rehab",
            "Publicist: Tara Reid has checked herself into rehab",
            "Tara Reid enters Promises rehab centre in Malibu",
            "Council backs flood plan",
            "The mayor and the council",
        ];
        let stats = WordStats::new(all.iter().copied());
        assert_eq!(central(&all[..4], &stats), Some(1));
        // Ties (identical lines) go to the first.
        let same = ["Flood plan approved", "Flood plan approved"];
        assert_eq!(central(&same, &stats), Some(0));
        assert_eq!(central(&[], &stats), None);
        assert_eq!(central(&["Only one"], &stats), Some(0));
    }

    #[test]
    fn a_label_headline_is_not_the_title() {
        // The two-word label shares both its words with every other line
        // and has no other: it is the closest, but says nothing happened.
        let lines = [
            "Harbour Fire",
            "Harbour fire destroys three fishing boats",
            "Three boats lost in harbour fire overnight",
            "Harbour fire: owners count the cost",
            "The owners of three fishing boats destroyed when a fire swept through the harbour overnight said on Monday they had no insurance and would sell the moorings",
        ];
        let stats = WordStats::new(lines.iter().copied());
        assert_eq!(central(&lines, &stats), Some(0));
        let c = central_among(&lines, &stats, tells_the_event).unwrap();
        assert!((1..=3).contains(&c), "{}", lines[c]);
        assert!(!tells_the_event(lines[4]), "a lead sentence");
        assert_eq!(word_count("FIRED IN PHILLY!! —"), 3);
        // Only labels: the closest of them.
        let labels = ["Harbour Fire", "Fire"];
        assert_eq!(central_among(&labels, &stats, tells_the_event), None);
    }

    #[test]
    fn words_every_headline_has_weigh_little() {
        // "the" is in every line: the line sharing "flood plan" with two
        // others is central, not the one sharing "the" with all.
        let lines = [
            "The flood plan passes",
            "The vote on the flood plan",
            "The town hall and the mayor and the council",
            "Flood plan approved by the council",
        ];
        let stats = WordStats::new(lines.iter().copied());
        let c = central(&lines, &stats).unwrap();
        assert!(
            lines[c].to_lowercase().contains("flood plan"),
            "{}",
            lines[c]
        );
    }

    #[test]
    fn streets_are_addresses() {
        assert!(is_street("High Street"));
        assert!(is_street("Joliet Ave."));
        assert!(is_street("Carson St"));
        assert!(!is_street("Stockholm"));
        assert!(!is_street("Lake County"));
    }

    #[test]
    fn first_sentence_and_days() {
        assert_eq!(
            first_sentence("  Police said on Friday the fire was set. Nobody was hurt.").as_deref(),
            Some("Police said on Friday the fire was set.")
        );
        assert_eq!(
            first_sentence("A headline line\nThe body starts here.").as_deref(),
            Some("A headline line")
        );
        assert_eq!(first_sentence(" … "), None);
        assert_eq!(day_of("2024-03-13"), Some("2024-03-13"));
        assert_eq!(day_of("2024-03-13T08:00:00Z"), Some("2024-03-13"));
        assert_eq!(day_of("2024-03"), None);
        assert_eq!(day_of("2024-03-131"), None);
        assert_eq!(day_of("March 13, 2024"), None);
    }

    /// The span of `needle` in `text`.
    fn at(text: &str, needle: &str) -> (usize, usize) {
        let s = text.find(needle).unwrap();
        (s, s + needle.len())
    }

    #[test]
    fn background_dates_are_read_from_their_words() {
        let cases = [
            ("The bank was robbed on Monday, May 5.", "May 5", false),
            (
                "It is the first theft since he was elected mayor on May 5.",
                "May 5",
                true,
            ),
            ("The vote came two days before Easter.", "Easter", true),
            ("Easter crowds filled the square.", "Easter", true),
            ("The shop was raided on Easter morning.", "Easter", false),
            ("The studio kept its June 9 opening date.", "June 9", true),
            ("The parade will be held on June 9.", "June 9", true),
            ("Police recalled the May 5 shooting.", "May 5", true),
            ("Gunmen struck on May 5 before dawn.", "May 5", false),
        ];
        for (text, day, background) in cases {
            let (s, e) = at(text, day);
            assert_eq!(background_date(text, s, e), background, "{text}");
        }
    }

    #[test]
    fn background_places_are_read_from_their_words() {
        let cases = [
            (
                "The Norwegian skier won in Oslo.",
                "Norwegian",
                "Norway",
                true,
            ),
            (
                "The Texas-born pilot landed safely.",
                "Texas",
                "Texas",
                true,
            ),
            (
                "A Vermont native, she lives abroad.",
                "Vermont",
                "Vermont",
                true,
            ),
            ("A Denver lawyer filed the suit.", "Denver", "Denver", true),
            (
                "The firm, based in Leeds, was sold.",
                "Leeds",
                "Leeds",
                true,
            ),
            ("They lost against Leeds on Sunday.", "Leeds", "Leeds", true),
            ("Two U.S. senators spoke.", "U.S.", "United States", true),
            (
                "She starred in \"Chicago,\" a musical.",
                "Chicago",
                "Chicago",
                true,
            ),
            ("The bridge in Leeds collapsed.", "Leeds", "Leeds", false),
            (
                "He was found in Tulsa, Okla., on Friday.",
                "Okla.",
                "Oklahoma",
                false,
            ),
            (
                "A Denver courthouse was evacuated.",
                "Denver",
                "Denver",
                false,
            ),
            // Someone's movement or pursuit, not the news.
            (
                "A nurse moves to the village of Hope, Idaho to start over.",
                "Idaho",
                "Idaho",
                true,
            ),
            (
                "He got the call while filming in Lisbon.",
                "Lisbon",
                "Lisbon",
                true,
            ),
            (
                "The singer, who grew up in Tulsa, wept.",
                "Tulsa",
                "Tulsa",
                true,
            ),
            // A firm's home as a modifier, a currency, a name, a list.
            (
                "They bought a Boston start-up on Friday.",
                "Boston",
                "Boston",
                true,
            ),
            ("The Austin chipmaker was sold.", "Austin", "Austin", true),
            (
                "It was the biggest sale in Texas history.",
                "Texas",
                "Texas",
                true,
            ),
            ("It paid US$40 million.", "US", "United States", true),
            (
                "Analysts at IDC Canada praised it.",
                "Canada",
                "Canada",
                true,
            ),
            (
                "It has staff in Oslo, Bergen and Tromso.",
                "Bergen",
                "Bergen",
                true,
            ),
            (
                "It has staff in Oslo, Bergen and Tromso.",
                "Oslo",
                "Oslo",
                true,
            ),
            (
                "Fires broke out in Oslo and Bergen overnight.",
                "Oslo",
                "Oslo",
                false,
            ),
            (
                "She died at her home in Eugene, Oregon, on Friday.",
                "Oregon",
                "Oregon",
                false,
            ),
        ];
        for (text, name, key, background) in cases {
            let (s, e) = at(text, name);
            assert_eq!(background_place(text, s, e, key), background, "{text}");
        }
    }

    #[test]
    fn a_region_after_a_town_reads_the_towns_words() {
        let text = "The firm, based in Sunnyvale, California, was sold.";
        let (s, e) = at(text, "California");
        assert_eq!(&text[phrase_start(text, s)..e], "Sunnyvale, California");
        assert!(background_place(text, s, e, "California"));
        let (s, _) = at(text, "Sunnyvale");
        assert_eq!(phrase_start(text, s), s);
    }

    #[test]
    fn titles_prefer_headlines_written_as_headlines() {
        assert!(written_as_headline("Ferry strikes pier, injuring nine"));
        assert!(!written_as_headline(
            "A ferry struck the pier on Sunday, injuring nine."
        ));
        assert!(asks("Was the ferry going too fast?"));
        assert!(asks("A \"pattern\"?”"));
        assert!(!fits("Label"));
    }

    #[test]
    fn datelines_and_leads() {
        let text = "By A. Writer\nLEEDS, England (AP) — A bridge fell on Friday in the city centre.\nMore follows.";
        let (s, e) = at(text, "LEEDS");
        assert!(is_dateline_place(text, s, e));
        let (s, e) = at(text, "England");
        assert!(!is_dateline_place(text, s, e));
        assert_eq!(
            &text[..lead_end(text)],
            &text[..text.find("\nMore").unwrap()]
        );
        assert!(in_news_window("2024-05-01", Some("2024-05-03")));
        assert!(!in_news_window("2024-04-01", Some("2024-05-03")));
        assert!(!in_news_window("2024-05-04", Some("2024-05-03")));
        assert!(in_news_window("2024-05-04", None));
    }
}
