//! Where a report's lead ends, what is prose, and what kind of text it is.
//!
//! Decides the stretch a report is set by: its first [`LEAD_WORDS`] words
//! of prose ([`lead_end`], [`opening_end`]; page furniture and lines of
//! capitals skipped, [`in_prose`]), since where a report is set is told in
//! its headline, dateline and lead, not in every place its body names. Also
//! decides two kinds of text whose places say little of one incident: a
//! report that tells two incidents ([`tells_two_incidents`]) and a game
//! report ([`is_game_report`]: scores, game words and players, where the
//! opponent's town is no scene).

use super::streets::CLAUSE_WINDOW_BYTES;
use crate::lex::token::{Kind, Tokens};

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
    let after = crate::events::features::head(text, end, CLAUSE_WINDOW_BYTES);
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
            || crate::events::features::inside(furniture, start, start + body.len())
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

/// Words that say whether two incidents are one ("related", "connected").
pub(super) const RELATED_WORDS: &[&str] = &["connected", "linked", "related", "unrelated"];

/// Words after a relation that name the other incident by a pronoun or an
/// adjective: "not connected to the one earlier", "to another".
pub(super) const OTHER_INCIDENT_WORDS: &[&str] = &["another", "earlier", "one", "other", "second"];

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

/// Words of a team sport's game: its parts, its plays, its people and its
/// competitions, sorted for binary search. A report that states a score
/// ("won 31-24") among [`MIN_GAME_WORDS`] of them tells a game, not a vote
/// ("voted 51-49") or a ruling ("a 5-4 decision").
pub(super) const GAME_WORDS: &[&str] = &[
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
