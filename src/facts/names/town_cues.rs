//! Town cues of the classifier: a lone unknown name word that names a
//! town too small for the gazetteer, by what stands around it ("a fire
//! in Banstead", "Brantford firefighters", "the Lemsford fairground",
//! "Cora Brandt of Lemsford"), and the words that keep a place a place.
//!
//! Used by [`super::classify`]; looks only at the span and a few tokens
//! around it.

use super::english;
use super::person_cues::{camel_case, unlisted_word};
use super::*;

/// A lone unknown name word after a preposition of place ("a fire in
/// Banstead", "police in Woodburn said", "a crash near Kettering"): a town
/// too small for the gazetteer, unless the whole document names a person
/// of that surname (resolution tries that first). Not a possessive ("in
/// Smith's office"), not a company's camel case, not a word the document
/// also writes in lower case (checked by the caller's `name_like`), and
/// not a name used as a modifier: a town ends its phrase, so what follows
/// is punctuation, a closed-class word, or a verb ("police in Woodburn
/// said", "a fire in Palmer destroyed"), never a noun or a number ("in
/// Colts history", "in Democratic circles", "in Week 17"). A word with a
/// digit is a code, not a town ("in Q4", "in F1").
pub(super) fn town_after_locative(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let ends_phrase = match ctx.toks.get(hi) {
        Some(next) if next.gap == Gap::Space => {
            let f = ctx.f(hi);
            lexicon::is_function_word(f) || lexicon::is_speech_verb(f) || f.ends_with("ed")
        }
        _ => true,
    };
    hi == lo + 1
        && lo > 0
        && ends_phrase
        && !ctx.word(lo).contains(|c: char| c.is_ascii_digit())
        && ctx.toks[lo].gap == Gap::Space
        && !ctx.toks[lo].possessive
        && !camel_case(ctx.word(lo))
        && matches!(ctx.f(lo - 1), "in" | "near" | "outside")
        && ctx.word(lo - 1).chars().all(char::is_lowercase)
}

/// A lone unknown name word inside a sentence right before a local force
/// in lower case ("said Kessling police", "Brantford firefighters were
/// called"): the town the force serves, too small for the gazetteer. Not
/// "officials" (a person's or a company's: "Boeing officials"), not a
/// possessive, not a company's camel case, not a code with a digit.
pub(super) fn town_before_force(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let force = ctx.toks.get(hi).is_some_and(|next| {
        next.gap == Gap::Space
            && matches!(
                ctx.f(hi),
                "police" | "firefighters" | "deputies" | "troopers" | "paramedics"
            )
            && ctx.word(hi).starts_with(|c: char| c.is_lowercase())
    });
    let w = ctx.word(lo);
    hi == lo + 1
        && force
        && !ctx.toks[lo].sent_start
        && !ctx.toks[lo].possessive
        && !camel_case(w)
        && !is_all_caps(w)
        && !w.contains(|c: char| c.is_ascii_digit())
}

/// Venues and institutions a town gives its name to, in lower case after
/// it ("the Lemsford fairground", "the Harwick showground"), and the parts
/// of a town or a country named like one ("the Qasra camp", "the Kauru
/// district", "the Marsh End neighbourhood" is two words and no cue),
/// folded; a two-word venue is given by its first word and the words that
/// may follow it.
const TOWN_VENUES: &[(&str, &[&str])] = &[
    ("bus", &["station", "depot"]),
    ("camp", &[]),
    ("cemetery", &[]),
    ("community", &["center", "centre"]),
    ("district", &[]),
    ("fairground", &[]),
    ("fairgrounds", &[]),
    ("fire", &["station", "hall"]),
    ("high", &["school"]),
    ("leisure", &["center", "centre"]),
    ("marina", &[]),
    ("neighborhood", &[]),
    ("neighbourhood", &[]),
    ("post", &["office"]),
    ("racecourse", &[]),
    ("refugee", &["camp"]),
    ("railway", &["station"]),
    ("showground", &[]),
    ("showgrounds", &[]),
    ("speedway", &[]),
    ("town", &["hall", "square", "centre", "center"]),
    ("train", &["station"]),
    ("village", &["hall", "green"]),
];

/// A lone unknown name word after "the" and before a venue the town
/// gives its name to ([`TOWN_VENUES`]): "at the Lemsford fairground",
/// "outside the Dunmore town hall". Not a possessive, not in capitals,
/// not a company's camel case, not a code with a digit.
pub(super) fn town_before_venue(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let lower = |i: usize| {
        ctx.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && ctx.word(i).starts_with(char::is_lowercase)
    };
    let venue = lower(hi)
        && TOWN_VENUES.iter().any(|(head, tails)| {
            ctx.f(hi) == *head
                && (tails.is_empty() || lower(hi + 1) && tails.contains(&ctx.f(hi + 1)))
        });
    let w = ctx.word(lo);
    hi == lo + 1
        && lo > 0
        && venue
        && ctx.f(lo - 1) == "the"
        && ctx.toks[lo].gap == Gap::Space
        && !ctx.toks[lo].possessive
        && !camel_case(w)
        && !is_all_caps(w)
        && !w.contains(|c: char| c.is_ascii_digit())
}

/// Whether the lone word `lo..hi` after a person's "of" is the town the
/// person is from ("Cora Brandt of Lemsford took first place", "Dale
/// Ruiz of Ferncastle, 31,"): one name word no list holds as an ordinary
/// word, no company's camel case or capitals, no code with a digit, no
/// possessive, ending its phrase (punctuation, a closed-class word or a
/// verb follows, never a noun: "of Lemsford Dairies" is a company).
pub(super) fn town_of_person(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let ends_phrase = match ctx.toks.get(hi) {
        Some(next) if next.gap == Gap::Space => {
            let f = ctx.f(hi);
            lexicon::is_function_word(f) || english::is_verb(f) || english::is_adverb(f)
        }
        _ => true,
    };
    let w = ctx.word(lo);
    hi == lo + 1
        && ends_phrase
        && !(lo > 0 && ctx.f(lo - 1) == "the")
        && !begins_list_of_names(ctx, hi)
        && unlisted_word(ctx, lo)
        && !ctx.toks[lo].possessive
        && !w.contains(|c: char| c.is_ascii_digit())
}

/// Whether a comma at token `hi` goes on to another name of a list, the
/// partners of a firm ("of Morris, Yorn, Barnes and Levine"): a
/// capitalised word that is no gazetteer entry and no abbreviation (as a
/// state's after a town is: "of Dayton, Ohio,"), then a comma or "and".
fn begins_list_of_names(ctx: &Ctx, hi: usize) -> bool {
    let Some(next) = ctx.toks.get(hi) else {
        return false;
    };
    let w = ctx.word(hi);
    next.gap == Gap::Comma
        && is_capitalised(w)
        && !w.ends_with('.')
        && ctx.gaz_at(hi, hi + 1).is_none()
        && ctx
            .toks
            .get(hi + 1)
            .is_some_and(|t| t.gap == Gap::Comma || (t.gap == Gap::Space && ctx.f(hi + 1) == "and"))
}

/// A word after a place's name that keeps it a place (folded): an
/// organisation or place cue, a street (or streets), an event or venue of
/// the place, a demonym.
pub(super) fn keeps_place(f: &str) -> bool {
    lexicon::is_org_cue(f)
        || lexicon::is_place_cue(f)
        || lexicon::is_street_suffix(f)
        || lexicon::is_streets_plural(f)
        || lexicon::is_place_keeper(f)
        || lexicon::is_demonym(f)
}
