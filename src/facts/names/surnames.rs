//! Surnames alone: a lone word that names a person the document names
//! in full. Rule 1 (in [`super::resolve`]) resolves a pending word to
//! the one person whose surname it is; rule 2 confirms a full name no
//! list holds by its surname used alone as a person's; rule 3 restores a
//! surname the span finder left out as a common word at the head of a
//! sentence ("Felt later said" after "Mark Felt").

use super::person_cues::{cued, followed_by_age, followed_by_verb};
use super::*;

/// Rule 2 of the surname: an unmarked full name ([`Class::Unmarked`]) is
/// a person when the document names its surname alone as one (a lone
/// word with a person's cue: "Tate said", "said Tate"); the lone word then
/// resolves to it like any surname. Unconfirmed, it stays pending.
pub(super) fn confirm_unmarked(ctx: &Ctx, pieces: Vec<Piece>) -> Vec<Piece> {
    let lone_people: BTreeSet<String> = pieces
        .iter()
        .filter(|p| p.hi == p.lo + 1)
        .filter_map(|p| match &p.class {
            Class::Pending(Some((FactKind::Person, _))) => {
                Some(canonical_key(&plain(ctx, p.lo, p.hi)))
            }
            // "Wells said" opening a sentence: no person alone (a plural
            // noun), but the surname of "Perrin Wells"
            Class::Pending(None) if cued(ctx, p.lo, p.hi) => {
                Some(canonical_key(&plain(ctx, p.lo, p.hi)))
            }
            _ => None,
        })
        .collect();
    pieces
        .into_iter()
        .map(|mut p| {
            if let Class::Unmarked(name) = &p.class {
                let key = canonical_key(name);
                let surname = key.split(' ').next_back().unwrap_or("");
                p.class = if lone_people.contains(surname) {
                    Class::Person(name.clone())
                } else {
                    Class::Pending(None)
                };
            }
            p
        })
        .collect()
}

/// The one longer name of the document that ends with `name`: "Vanden
/// Bosch will miss" after "Kyle Vanden Bosch" is Kyle Vanden Bosch. Else
/// `name` itself.
pub(super) fn fuller_name(by_surname: &BTreeMap<String, BTreeSet<String>>, name: String) -> String {
    let key = canonical_key(&name);
    let surname = key.split(' ').next_back().unwrap_or("");
    let tail = format!(" {key}");
    let mut longer = by_surname
        .get(surname)
        .into_iter()
        .flatten()
        .filter(|full| canonical_key(full).ends_with(&tail));
    match (longer.next(), longer.next()) {
        (Some(full), None) => full.clone(),
        _ => name,
    }
}

/// The one person a set of full names sharing a surname stands for: the
/// longest, when every other is it or its tail ("Mark Felt" and "William
/// Mark Felt" are one man); else none ("Pierre Thomas" and "David
/// Thomas" are two).
pub(super) fn one_person(names: &BTreeSet<String>) -> Option<&String> {
    let longest = names.iter().max_by_key(|n| canonical_key(n).len())?;
    let key = canonical_key(longest);
    names
        .iter()
        .all(|n| {
            let k = canonical_key(n);
            k == key || key.ends_with(&format!(" {k}"))
        })
        .then_some(longest)
}

/// Rule 3 of the surname: a lone capitalised word that opens a sentence
/// or follows a comma, which the span finder left out as a common word
/// ("Felt later said", "In the call, Read reiterated"), is the surname of
/// a person the document names in full ("Mark Felt", "Rory Read") when
/// what follows says a person acts: a verb, a verb of saying, an age in
/// commas, or a possessive mark ("Felt's office"). Not on a title-case
/// line, not in capitals, not joined to another name word. Returns the
/// words as pending pieces, resolved like any surname by
/// [`super::resolve`] (so only to a person the surname names alone).
pub(super) fn lone_surnames(ctx: &Ctx, pieces: &[Piece]) -> Vec<Piece> {
    let surnames: BTreeSet<String> = pieces
        .iter()
        .filter_map(|p| match &p.class {
            Class::Person(name) => {
                let key = canonical_key(name);
                let (_, last) = key.rsplit_once(' ')?;
                Some(last.to_string())
            }
            _ => None,
        })
        .collect();
    if surnames.is_empty() {
        return Vec::new();
    }
    let mut covered = vec![false; ctx.toks.len()];
    for p in pieces {
        for c in covered.iter_mut().take(p.hi).skip(p.lo) {
            *c = true;
        }
    }
    (0..ctx.toks.len())
        .filter(|&i| {
            !covered[i]
                && lone_word_at(ctx, i)
                && surnames.contains(&canonical_key(ctx.word(i)))
                && acts_as_person(ctx, i)
        })
        .map(|i| Piece {
            lo: i,
            hi: i + 1,
            bytes: None,
            class: Class::Pending(None),
        })
        .collect()
}

/// Whether token `i` is a lone capitalised word the span finder left out
/// ([`super::eligible`]) at the head of a sentence or after a comma
/// ([`lone_surnames`]). Only tests of the word and its neighbour: this
/// runs at every token no piece covers, so it comes before the dearer
/// [`canonical_key`] and [`acts_as_person`].
fn lone_word_at(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    let w = ctx.word(i);
    let joined_next = joins(ctx, i + 1) && is_capitalised(ctx.word(i + 1));
    is_capitalised(w)
        && !is_all_caps(w)
        && !t.heading
        && !joined_next
        && ctx.is_name_word(i)
        && !eligible(ctx, i)
}

/// Whether what follows token `i` says a person acts: a possessive mark,
/// a verb, a person's cue or an age in commas ([`lone_surnames`]).
fn acts_as_person(ctx: &Ctx, i: usize) -> bool {
    ctx.toks[i].possessive
        || followed_by_verb(ctx, i + 1)
        || cued(ctx, i, i + 1)
        || followed_by_age(ctx, i + 1)
}
