//! Companies named like people: "Lockheed Martin won", "Goldman Sachs
//! said", "Morgan Stanley cut" read as a given name and a surname that
//! act. Document-level evidence decides: a name that the document
//! anywhere marks as a company is an organisation throughout.
//!
//! Consumes the classified pieces of one document; produces the canonical
//! keys of the names it marks as companies. No list of companies: only
//! the ways news writing marks one.

use super::*;

/// Legal suffixes of a company's name ("Goldman Sachs Inc.", "Brandt
/// Holdings"), folded.
const CORPORATE_SUFFIXES: &[&str] = &[
    "ag",
    "co",
    "corp",
    "corporation",
    "gmbh",
    "holdings",
    "inc",
    "llc",
    "llp",
    "lp",
    "ltd",
    "nv",
    "plc",
];

/// Nouns that name a company in an apposition ("Morgan Stanley, the
/// investment bank,"), folded.
const COMPANY_NOUNS: &[&str] = &[
    "airline",
    "automaker",
    "bank",
    "carrier",
    "company",
    "conglomerate",
    "contractor",
    "firm",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "retailer",
];

/// Words about a company's stock right after its name ("Lockheed Martin
/// shares fell", "Goldman Sachs's stock"), folded.
const STOCK_WORDS: &[&str] = &["shares", "stock"];

/// What a company cuts, raises or reports after "its" ("Morgan Stanley
/// cut its forecast"), folded: a person's "its" points elsewhere.
const COMPANY_HOLDINGS: &[&str] = &[
    "dividend",
    "earnings",
    "forecast",
    "guidance",
    "headquarters",
    "outlook",
    "profit",
    "revenue",
    "stake",
    "workforce",
];

/// Most lower-case words between "the" and the noun of an apposition
/// ("the New York investment bank" has two).
const APPOSITION_WORDS: usize = 3;

/// The canonical keys of names the document marks as companies: a
/// name then a legal suffix ("Goldman Sachs Inc."); "shares of" before it
/// or "shares" / "stock" after it; "-based" before it ("Bethesda-based
/// Lockheed Martin"); a verb then "its" after it ("Morgan Stanley cut
/// its forecast", what a company has after "its": [`COMPANY_HOLDINGS`]);
/// an apposition with a company noun ("Morgan Stanley,
/// the bank,").
pub(super) fn companies(ctx: &Ctx, pieces: &[Piece]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in pieces {
        if p.bytes.is_some() || p.hi <= p.lo {
            continue;
        }
        if let Some(k) = suffix_start(ctx, p.lo, p.hi) {
            out.insert(canonical_key(&plain(ctx, p.lo, k)));
        } else if marked(ctx, p.lo, p.hi) {
            out.insert(canonical_key(&plain(ctx, p.lo, p.hi)));
        }
    }
    after_shares_of(ctx, &mut out);
    out.remove("");
    out
}

/// The pieces with every name the document marks as a company
/// ([`companies`]) made an organisation, whatever else it looked like: a
/// person ("Goldman Sachs said"), a full name with nothing around it, or
/// words that may be a surname.
pub(super) fn mark_companies(ctx: &Ctx, pieces: Vec<Piece>) -> Vec<Piece> {
    let known = companies(ctx, &pieces);
    if known.is_empty() {
        return pieces;
    }
    pieces
        .into_iter()
        .map(|mut p| {
            let maybe_person = matches!(
                p.class,
                Class::Person(_)
                    | Class::Unmarked(_)
                    | Class::Pending(None | Some((FactKind::Person, _)))
            );
            if maybe_person && p.bytes.is_none() && p.hi >= p.lo + 2 {
                let name = plain(ctx, p.lo, p.hi);
                if known.contains(&canonical_key(&name)) {
                    p.class = Class::Org(name);
                }
            }
            p
        })
        .collect()
}

/// The names after "shares of" / "stock of" anywhere in the text
/// ("Shares of Lockheed Martin rose"): two or more capitalised words.
fn after_shares_of(ctx: &Ctx, out: &mut BTreeSet<String>) {
    let n = ctx.toks.len();
    for i in 0..n.saturating_sub(3) {
        if !STOCK_WORDS.contains(&ctx.f(i)) || ctx.f(i + 1) != "of" {
            continue;
        }
        let lo = i + 2;
        let hi = (lo..n)
            .find(|&k| {
                !(ctx.toks[k].gap == Gap::Space && is_capitalised(ctx.word(k)))
                    || (k > lo && ctx.toks[k - 1].possessive)
            })
            .unwrap_or(n);
        if hi >= lo + 2 && ctx.toks[i + 1].gap == Gap::Space {
            out.insert(canonical_key(&plain(ctx, lo, hi)));
        }
    }
}

/// Where a legal suffix ends the span `lo..hi` after two or more words:
/// the index of the suffix.
fn suffix_start(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let k = hi - 1;
    (k >= lo + 2 && CORPORATE_SUFFIXES.contains(&ctx.f(k))).then_some(k)
}

/// Whether the words around the span `lo..hi` mark it as a company.
fn marked(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let lower = |i: usize| {
        ctx.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && ctx.word(i).starts_with(char::is_lowercase)
    };
    let at = |i: usize, words: &[&str]| lower(i) && words.contains(&ctx.f(i));
    // "Lockheed Martin's shares", "Lockheed Martin shares fell" (not
    // "Tobias Reyes shares a flat")
    let stock_after = at(hi, STOCK_WORDS)
        && (ctx.toks[hi - 1].possessive || (lower(hi + 1) && english::is_verb(ctx.f(hi + 1))));
    let based = lo >= 1
        && ctx.toks[lo].gap == Gap::Space
        && ctx.word(lo - 1).starts_with(char::is_uppercase)
        && ctx.f(lo - 1).ends_with("-based");
    let its = !ctx.toks[hi - 1].possessive
        && lower(hi)
        && !lexicon::is_function_word(ctx.f(hi))
        && at(hi + 1, &["its"])
        && at(hi + 2, COMPANY_HOLDINGS);
    stock_after || based || its || apposition(ctx, hi)
}

/// ", the (up to three words) company": an apposition after the name.
fn apposition(ctx: &Ctx, hi: usize) -> bool {
    if ctx.toks.get(hi).is_none_or(|t| t.gap != Gap::Comma) || ctx.f(hi) != "the" {
        return false;
    }
    (hi + 1..hi + 2 + APPOSITION_WORDS)
        .take_while(|&i| ctx.toks.get(i).is_some_and(|t| t.gap == Gap::Space))
        .any(|i| COMPANY_NOUNS.contains(&ctx.f(i)) && ctx.word(i).starts_with(char::is_lowercase))
}
