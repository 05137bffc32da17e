//! Public bodies and companies named after the place they serve: "Natural
//! Resources Wales", "Police Scotland", "Historic England", "Transport for
//! London", "Network Rail"-style names whose last words are a place.
//!
//! Consumes a capitalised span of the name tagger; tells whether it is such
//! an organisation: the span ends with a gazetteer place and every word
//! before it is a word of a body's remit ([`lexicon::is_remit_word`]: "resources",
//! "transport", "police", "health", "water", ...), with "for" or "of"
//! allowed right before the place ("Transport for London"). Real places
//! whose first words are directions or other words ("New South Wales",
//! "West Midlands", "North Carolina", "Palm Beach County") are untouched.
//! Never panics.

use super::lexicon::{self, GazKind};
use super::tokens::is_capitalised;
use super::Ctx;

/// Whether tokens `lo..hi` name an organisation after the place that ends
/// them (see the module documentation).
pub(super) fn named_for_place(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    place_after_remit(ctx, lo, hi).is_some_and(|k| place_ends_at(ctx, k, hi))
}

/// Whether the word at `i` opens such a name in a text of `n` tokens: kept
/// as a name word at the start of a sentence ("Transport for London
/// said").
pub(super) fn opens_named_for_place(ctx: &Ctx, i: usize, n: usize) -> bool {
    place_after_remit(ctx, i, n).is_some_and(|k| {
        ctx.gaz_at(k, n)
            .is_some_and(|(_, kind, _)| kind == GazKind::Place)
    })
}

/// The first token after a run of remit words from `lo` (and an optional
/// "for" or "of" after them), when that run holds at least one word and
/// stays before `hi`.
fn place_after_remit(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let mut k = lo;
    while k < hi && is_capitalised(ctx.word(k)) && lexicon::is_remit_word(ctx.f(k)) {
        k += 1;
    }
    if k == lo {
        return None;
    }
    if k < hi && matches!(ctx.f(k), "for" | "of") && !is_capitalised(ctx.word(k)) {
        k += 1;
    }
    (k < hi).then_some(k)
}

/// Whether a gazetteer place spans exactly `k..hi`.
fn place_ends_at(ctx: &Ctx, k: usize, hi: usize) -> bool {
    ctx.gaz_at(k, hi)
        .is_some_and(|(n, kind, _)| kind == GazKind::Place && k + n == hi)
        && !lexicon::is_function_word(ctx.f(k))
}
