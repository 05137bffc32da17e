//! Team cues of the classifier: a sports team named for its city
//! ("Kansas City Chiefs") or by its plural after "the" in a document
//! about sport ("the Jaguars scored").
//!
//! Used by [`super::classify`]; looks only at the span, a few tokens
//! around it and the document's lower-case words.

use super::english;
use super::town_cues::keeps_place;
use super::*;
use crate::lex::words::looks_plural;

/// Whether the whole span `lo..hi` is a team named for its city: a
/// gazetteer place that only begins it, then the team's plural name
/// ([`team_after_place`]) ending the span, in words that are no place
/// (a gazetteer place, a place cue, a street, a word that keeps a place
/// a place: "Dallas Police Officers", "Boston Marathon Runners") and no
/// common noun of the document. A title or department word in the plural
/// names a team ("Kansas City Chiefs"); a team's own name may be an
/// organisation of the gazetteer ("Boston Red Sox").
pub(super) fn team_named_for_city(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let Some((n, GazKind::Place, _)) = ctx.gaz_at(lo, hi) else {
        return false;
    };
    let team_word = |k: usize| {
        let (w, f) = (ctx.word(k), ctx.f(k));
        is_capitalised(w)
            && !is_all_caps(w)
            && !ctx.lower.contains(f)
            && !matches!(ctx.gaz_at(k, hi), Some((_, GazKind::Place, _)))
            && !f.split('-').any(keeps_place)
    };
    n < hi - lo
        && !is_all_caps(ctx.word(lo))
        && team_after_place(ctx, lo + n, hi) == Some(hi)
        && (lo + n..hi).all(team_word)
}

/// A lone plural name word after "the", directly or after lower-case
/// words ("the Jaguars", "the host Jaguars", "the visiting Rams", "the
/// Smiths"): a group (a team, a band, a family), never one person's
/// surname, whatever cue stands before it.
pub(super) fn group_after_the(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    if hi != lo + 1 || ctx.toks[lo].possessive || !looks_plural(ctx.f(lo)) {
        return false;
    }
    (1..=3)
        .map_while(|back| lo.checked_sub(back))
        .take_while(|&k| ctx.toks[k + 1].gap == Gap::Space)
        .map(|k| (k, ctx.word(k)))
        .take_while(|&(k, w)| {
            w.starts_with(|c: char| c.is_lowercase())
                || (k + 1 == lo && ctx.toks[k].sent_start && ctx.f(k) == "the")
        })
        .any(|(k, _)| ctx.f(k) == "the")
}

/// Words in lower case that make a document one about sport (folded):
/// what games, seasons and their people are called.
const SPORT_WORDS: &[&str] = &[
    "championship",
    "coach",
    "game",
    "games",
    "goalkeeper",
    "halftime",
    "inning",
    "innings",
    "league",
    "overtime",
    "pitcher",
    "playoff",
    "playoffs",
    "quarterback",
    "roster",
    "scored",
    "season",
    "striker",
    "touchdown",
    "tournament",
];

/// Plural names of contests, award shows and gatherings, not teams: "the
/// Olympics", "the Games", "the Oscars", "the Winter Meetings" (folded).
const CONTEST_PLURALS: &[&str] = &[
    "awards",
    "baftas",
    "championships",
    "emmys",
    "finals",
    "games",
    "globes",
    "grammys",
    "meetings",
    "olympics",
    "oscars",
    "paralympics",
    "playoffs",
    "series",
    "tonys",
];

/// Lower-case nouns that stand between "the" and a team's name ("the
/// host Jaguars", "the rival Colts"), folded; adjectives and "-ing"
/// words do too ("the hapless Lions", "the visiting Rams").
const TEAM_MODIFIERS: &[&str] = &["champion", "home", "host", "rival"];

/// A team named by its plural after "the" ([`group_after_the`]: "the
/// Jaguars", "The Angels won", "the visiting Rams") in a document about
/// sport (a word of [`SPORT_WORDS`] in lower case anywhere): an
/// organisation. Not a demonym, a gazetteer entry ("the Philippines"), a
/// contest ("the Olympics") or a word that keeps a place ("the
/// Highlands" holds no cue, but a place cue does).
pub(super) fn team_after_the(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let f = ctx.f(lo);
    after_the(ctx, lo)
        && group_after_the(ctx, lo, hi)
        && !is_all_caps(ctx.word(lo))
        && !lexicon::is_demonym(f)
        && !keeps_place(f)
        && !CONTEST_PLURALS.contains(&f)
        && ctx.gaz_at(lo, hi).is_none()
        && sport_document(ctx)
}

/// Whether "the" stands right before token `lo`, or before a modifier
/// that stands before it: "the Jaguars", "the visiting Rams", "the host
/// Jaguars", "The Angels" opening a sentence; not "the offer to Boras",
/// "the moves Cheeks made".
fn after_the(ctx: &Ctx, lo: usize) -> bool {
    let lower_at =
        |k: usize| ctx.toks[k + 1].gap == Gap::Space && ctx.word(k).starts_with(char::is_lowercase);
    let the_at = |k: usize| {
        ctx.f(k) == "the"
            && ctx.toks[k + 1].gap == Gap::Space
            && (lower_at(k) || (k + 1 == lo && ctx.toks[k].sent_start))
    };
    let modifier = |k: usize| {
        let m = ctx.f(k);
        lower_at(k)
            && (english::is_adjective(m) || m.ends_with("ing") || TEAM_MODIFIERS.contains(&m))
    };
    match lo {
        0 => false,
        1 => the_at(0),
        _ => the_at(lo - 1) || (modifier(lo - 1) && the_at(lo - 2)),
    }
}

/// Whether the document is about sport: a word of [`SPORT_WORDS`] in
/// lower case anywhere.
fn sport_document(ctx: &Ctx) -> bool {
    SPORT_WORDS.iter().any(|&w| ctx.lower.contains(w))
}

/// A team named by two words after "the" ([`after_the`]), the second a
/// plural ("the Red Wings", "the Blue Jays", "the Maple Leafs", and
/// "the White Sox") in a document about sport: an organisation. No word
/// is a gazetteer entry, a demonym, a title or a first name, or keeps a
/// place ("the Rocky Mountains"); the plural is no contest ("the Golden
/// Globes"), no possessive and no common noun of the document.
pub(super) fn team_pair_after_the(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    hi == lo + 2
        && after_the(ctx, lo)
        && joins(ctx, lo + 1)
        && team_words(ctx, lo, hi)
        && !lexicon::is_first_name(ctx.f(lo))
        && sport_document(ctx)
}

/// Whether tokens `lo..hi` can make a team's name ending in its plural:
/// capitalised name words, not in capitals, no gazetteer entry among
/// them, none a demonym, a title or a word that keeps a place; the last
/// a plural ("-s", or "Sox") that is no contest, no possessive and no
/// word the document writes in lower case.
fn team_words(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let Some(end) = hi.checked_sub(1).filter(|&e| e >= lo) else {
        return false;
    };
    let last = ctx.f(end);
    let word_ok = |k: usize| {
        let (w, f) = (ctx.word(k), ctx.f(k));
        is_capitalised(w)
            && !is_all_caps(w)
            && ctx.is_name_word(k)
            && ctx.gaz_at(k, hi).is_none()
            && !lexicon::is_demonym(f)
            && !lexicon::is_title_head(f)
            && !f.split('-').any(keeps_place)
    };
    (lo..hi).all(word_ok)
        && (looks_plural(last) || last == "sox")
        && !ctx.toks[end].possessive
        && !CONTEST_PLURALS.contains(&last)
        && !ctx.lower.contains(last)
}

/// A team named in full for a town too small for the gazetteer: three
/// words, the town's two and the team's plural ("the Marlow Bay
/// Pelicans"), in a document about sport. The town may hold a place cue
/// ("Bay", "Heights"); no word is a gazetteer entry or a first name
/// ("Safety Malcolm Jenkins"); tried last, once no other reading holds. An organisation only when the document also names the
/// team by its plural alone ([`Class::TeamName`]).
pub(super) fn team_named_in_full(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let town_word = |k: usize| {
        let w = ctx.word(k);
        is_capitalised(w) && !is_all_caps(w) && ctx.is_name_word(k) && ctx.gaz_at(k, hi).is_none()
    };
    hi == lo + 3
        && !ctx.toks[lo].heading
        && (lo + 1..hi).all(|k| joins(ctx, k))
        && town_word(lo)
        && town_word(lo + 1)
        && (lo..hi).all(|k| !lexicon::is_first_name(ctx.f(k)))
        && team_words(ctx, lo + 2, hi)
        && sport_document(ctx)
}

/// The end of a team's name after its city: one or two name words from
/// `k`, the last a plural ("Houston Rockets", "Denver Nuggets", "Boston
/// Red Wings", and the old spelling "Sox"), not a possessive, not a
/// word in "-ss", "-us" or "-is" ("Athens Acropolis").
pub(super) fn team_after_place(ctx: &Ctx, k: usize, hi: usize) -> Option<usize> {
    (k + 1..=(k + 2).min(hi)).find(|&end| {
        let last = ctx.f(end - 1);
        let plural = looks_plural(last) && !last.ends_with('\'');
        (k..end).all(|j| ctx.is_name_word(j) && (j == k || joins(ctx, j)))
            && (plural || last == "sox")
            && (end == hi || !ctx.is_name_word(end) || !joins(ctx, end))
    })
}

/// The one organisation of the document whose name ends with the word
/// `team` ("Jacksonville Jaguars" for "Jaguars"); else `team` itself.
pub(super) fn full_team(orgs: &BTreeSet<String>, team: String) -> String {
    let tail = format!(" {team}");
    let mut longer = orgs.iter().filter(|o| o.ends_with(&tail));
    match (longer.next(), longer.next()) {
        (Some(full), None) => full.clone(),
        _ => team,
    }
}

/// A team's full name ([`Class::TeamName`]) is an organisation when the
/// document names the team by its last word alone ([`Class::Team`]: "the
/// Marlow Bay Pelicans ... the Pelicans"); else it names nothing.
pub(super) fn confirm_team_names(pieces: Vec<Piece>) -> Vec<Piece> {
    let short: BTreeSet<String> = pieces
        .iter()
        .filter_map(|p| match &p.class {
            Class::Team(name) => Some(canonical_key(name)),
            _ => None,
        })
        .collect();
    pieces
        .into_iter()
        .filter_map(|mut p| {
            if let Class::TeamName(name) = &p.class {
                let key = canonical_key(name);
                if !short.iter().any(|s| key.ends_with(&format!(" {s}"))) {
                    return None;
                }
                p.class = Class::Org(name.clone());
            }
            Some(p)
        })
        .collect()
}
