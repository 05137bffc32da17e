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

/// Whether the word at `hi` is a local force or service in lower case
/// after a space ("Harper Woods police", "Dunmore firefighters"): what
/// serves a town, named after it.
fn force_at(ctx: &Ctx, hi: usize) -> bool {
    ctx.toks.get(hi).is_some_and(|t| {
        t.gap == Gap::Space
            && matches!(
                ctx.f(hi),
                "police" | "firefighters" | "deputies" | "troopers" | "paramedics"
            )
            && ctx.word(hi).starts_with(|c: char| c.is_lowercase())
    })
}

/// A lone unknown name word inside a sentence right before a local force
/// in lower case ("said Kessling police", "Brantford firefighters were
/// called"): the town the force serves, too small for the gazetteer. Not
/// "officials" (a person's or a company's: "Boeing officials"), not a
/// possessive, not a company's camel case, not a code with a digit.
pub(super) fn town_before_force(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let force = force_at(ctx, hi);
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

/// The abbreviations of US states news style writes after a town ("Ocala,
/// Fla.", "Bowling Green, Ky.", "Fresno, Calif."), folded (no periods).
/// States news style spells out (Ohio, Texas, Utah, ...) are in the
/// gazetteer.
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny",
    "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va", "wash", "wva",
    "wis", "wyo",
];

/// Whether the word at `i` is a US state's abbreviation written with its
/// period ("Fla.", "N.C."; not "Fla" nor a word such as "Miss" alone).
fn state_abbreviation(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    let w = ctx.word(i);
    let period = w.ends_with('.') || ctx.text.get(t.end..).is_some_and(|r| r.starts_with('.'));
    period && is_capitalised(w) && STATE_ABBREVIATIONS.contains(&ctx.f(i))
}

/// A town told with its state's abbreviation after a comma ("a fire in
/// Ocala, Fla.", "crews reached Bowling Green, Ky., at dawn"): one to
/// three name words, not a possessive; of two or more words, the first is
/// no given name (a person is not written with a state after a comma).
pub(super) fn town_before_state(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let state = ctx
        .toks
        .get(hi)
        .is_some_and(|t| t.gap == Gap::Comma && state_abbreviation(ctx, hi));
    state
        && (1..=3).contains(&(hi - lo))
        && !ctx.toks[hi - 1].possessive
        && (hi - lo == 1 || !lexicon::is_first_name(ctx.f(lo)))
        && (lo..hi).all(|i| is_capitalised(ctx.word(i)) && !is_all_caps(ctx.word(i)))
        && !(lo..hi).any(|i| ctx.word(i).contains(|c: char| c.is_ascii_digit()))
}

/// First words of towns named for a harbour, a fort or a hill ("Porth
/// Wen", "Port Ellery", "Fort Calder", "Mount Harlan"), folded.
const TOWN_PREFIXES: &[&str] = &["port", "porth", "fort", "mount", "mt"];

/// Last words of towns named for woods, springs or falls ("Harper Woods",
/// "Alder Springs", "Cedar Falls"), folded: surnames too ("Tiger Woods"),
/// so only where the text says a place is meant.
const TOWN_SUFFIXES: &[&str] = &["woods", "springs", "falls"];

/// A town named with a town's first word, then one or two capitalised
/// name words ("a ferry sank off Porth Wen", "troops left Fort Calder"),
/// or with a town's last word after one or two name words, where the text
/// says a place is meant: after a preposition of place, ending its phrase
/// ("police in Harper Woods said", "a crash near Alder Springs"), before a local force
/// ("Cedar Falls police") or with a state after it ("Harper Woods,
/// Mich."). The first word of a suffixed name is no given name. Not a
/// possessive, not in capitals, no digit.
pub(super) fn town_by_affix(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let n = hi - lo;
    let shaped = (2..=3).contains(&n)
        && (lo..hi).all(|i| {
            let w = ctx.word(i);
            is_capitalised(w)
                && !is_all_caps(w)
                && !w.contains(|c: char| c.is_ascii_digit())
                && (i == lo || ctx.toks[i].gap == Gap::Space)
        })
        && !(lo..hi - 1).any(|i| ctx.toks[i].possessive);
    if !shaped {
        return false;
    }
    if TOWN_PREFIXES.contains(&ctx.f(lo)) {
        return true;
    }
    let force = force_at(ctx, hi);
    // a town ends its phrase ("in Harper Woods, ...", "in Harper Woods
    // said"; not "interest in Tiger Woods grew")
    let ends_phrase = match ctx.toks.get(hi) {
        Some(next) if next.gap == Gap::Space => {
            let f = ctx.f(hi);
            lexicon::is_function_word(f) || lexicon::is_speech_verb(f) || f.ends_with("ed")
        }
        _ => true,
    };
    let locative = lo > 0
        && ends_phrase
        && matches!(ctx.f(lo - 1), "in" | "near" | "outside")
        && ctx.word(lo - 1).chars().all(char::is_lowercase);
    TOWN_SUFFIXES.contains(&ctx.f(hi - 1))
        && !ctx.toks[hi - 1].possessive
        && !lexicon::is_first_name(ctx.f(lo))
        && (locative || force || town_before_state(ctx, lo, hi))
}
