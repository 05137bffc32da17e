//! The kind of a report's main incident (a shooting, a fire, a crash...)
//! as counter-evidence: a stabbing report and a fire report of one town
//! and one weekend share every word of the place and the day, but not
//! what happened.
//!
//! Consumes the headline and the text of a document with their tokens
//! (the one word layer, made once by the feature extraction), the end of
//! its lead ([`lead_end`](super::frame::lead_end)), its page furniture and
//! its facts; produces an [`Incident`]: the kind its headline and lead
//! tell most ([`Incident::main`], with the words that told it), every kind
//! its headline and prose name anywhere ([`Incident::named`]), and the
//! hashes of its longer quotes. [`kind_conflict`] compares two reports.
//!
//! One story may tell two kinds ("a man was shot before the house was set
//! on fire"): the main kind is the one the headline and lead tell most,
//! and two reports conflict only when neither names the other's main kind
//! anywhere, so a report of both kinds is compatible with a report of
//! either. Kinds that one incident may be told as in its first words (an
//! assault and a stabbing, a fire and an explosion) never conflict
//! ([`IncidentKind::compatible`]).
//!
//! Guarantees: linear in the text, no panic, deterministic.

use super::features::{inside, DocVector};
use super::frame::TextWords;
use crate::facts::{FactKind, FactValue};
use crate::lex::incidents::{kind_at, IncidentKind, KindSet};

/// What a report tells of the kind of its incident.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Incident {
    /// The kind its headline and lead tell most (a headline's word counts
    /// twice; ties go to the kind read first), if any.
    pub main: Option<IncidentKind>,
    /// The words that told the main kind, as written, at most
    /// [`MAX_EVIDENCE`], the headline's first.
    pub evidence: Vec<Box<str>>,
    /// Every kind the headline and the prose name (page furniture left
    /// out), the main one included.
    pub named: KindSet,
    /// Hashes of the report's quotes of at least [`MIN_QUOTE_WORDS`]
    /// words (their words folded), sorted, distinct, at most
    /// [`MAX_QUOTES`]: a quote two reports share word for word ties them
    /// to one incident.
    pub quotes: Vec<u64>,
    /// Street addresses the headline and prose name ("at 41 Larkspur
    /// Lane": a house number and a street, [`addresses`]), hashed, sorted,
    /// distinct, at most [`MAX_ADDRESSES`]: a house two reports name
    /// ties them to one incident, where a street alone does not (a street
    /// has a fire and a robbery on one day).
    pub addresses: Vec<u64>,
}

/// Most addresses kept per report.
pub const MAX_ADDRESSES: usize = 8;

/// Most words of a street's name after a house number ("41 North Larkspur
/// Lane").
const MAX_STREET_WORDS: usize = 4;

/// The street addresses of `words` outside `furniture`: a house number (a
/// digit run of one to five digits, not 0) then capitalised words ending
/// in a street word ("41 Larkspur Lane", "7 Ormond St."), hashed as the
/// number and the street's key ([`street_key`](super::frame::street_key)).
pub fn addresses(words: TextWords<'_>, furniture: &[(usize, usize)], out: &mut Vec<u64>) {
    use crate::lex::token::Kind;
    use crate::lex::words::is_street_word;
    let toks = words.tokens;
    for (i, t) in toks.all().iter().enumerate() {
        if out.len() >= MAX_ADDRESSES {
            break;
        }
        if t.kind != Kind::Num || t.ndig > 5 || t.num == 0 || inside(furniture, t.start, t.end) {
            continue;
        }
        let mut name: Vec<&str> = Vec::new();
        for k in i + 1..i + 1 + MAX_STREET_WORDS {
            let Some(w) = toks.get(k).filter(|w| w.kind == Kind::Word && w.cap()) else {
                break;
            };
            let low = toks.low_of(w);
            name.push(low);
            if name.len() > 1 && is_street_word(low) {
                let key = super::frame::street_key(&name.join(" "));
                let h = super::features::feature_hash("addr", &format!("{} {key}", t.num));
                if !out.contains(&h) {
                    out.push(h);
                }
                break;
            }
        }
    }
}

/// Most evidence words kept for the main kind.
pub const MAX_EVIDENCE: usize = 3;

/// A quote counts as an identifying detail from this many words: a short
/// one ("no comment", "it was awful") is said of many incidents.
pub const MIN_QUOTE_WORDS: usize = 6;

/// Most quotes kept per report.
pub const MAX_QUOTES: usize = 16;

/// How much a word of the headline counts for the main kind, against one
/// of the lead: the headline states what the report is about.
const HEADLINE_WEIGHT: u32 = 2;

/// Least score of a main kind in a report with a headline: named in the
/// headline, or twice in the lead. A kind the lead names once and the
/// headline not at all may be told in passing ("the deadliest crash since
/// 2009, when 41 died in a coach fire"), which says nothing of what the
/// report is about. A report without a headline is told by its lead
/// alone, where one naming is the most there is.
const MIN_MAIN_SCORE: u32 = 2;

/// Reads the [`Incident`] of a report from its headline (`title`), its
/// text (`body`, whose lead ends at byte `lead`) and its page furniture
/// (byte spans of `body`'s text, sorted, disjoint).
pub fn incident(
    title: TextWords<'_>,
    body: TextWords<'_>,
    lead: usize,
    furniture: &[(usize, usize)],
) -> Incident {
    // (score, first position, kind) per kind the headline and lead tell.
    let mut tally: Vec<(u32, usize, IncidentKind)> = Vec::new();
    let mut named = KindSet::default();
    let mut order = 0usize;
    let mut seen: Vec<(IncidentKind, usize, bool)> = Vec::new();
    for (words, headline) in [(title, true), (body, false)] {
        let toks = words.tokens;
        for (i, t) in toks.all().iter().enumerate() {
            if !headline && inside(furniture, t.start, t.end) {
                continue;
            }
            let Some(kind) = kind_at(toks, i) else {
                continue;
            };
            if !headline && other_incident_at(toks, i, kind) {
                continue;
            }
            named.insert(kind);
            let weight = if headline {
                HEADLINE_WEIGHT
            } else if t.start < lead {
                1
            } else {
                continue;
            };
            order += 1;
            match tally.iter_mut().find(|x| x.2 == kind) {
                Some(x) => x.0 = x.0.saturating_add(weight),
                None => tally.push((weight, order, kind)),
            }
            if seen.len() < 4 * MAX_EVIDENCE {
                seen.push((kind, t.start, headline));
            }
        }
    }
    let main = tally
        .iter()
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)))
        .filter(|x| x.0 >= MIN_MAIN_SCORE || title.text.trim().is_empty())
        .map(|x| x.2);
    let evidence = main.map_or_else(Vec::new, |k| {
        let mut out: Vec<Box<str>> = Vec::new();
        for &(kind, start, headline) in &seen {
            let words = if headline { title } else { body };
            let word = words
                .tokens
                .all()
                .iter()
                .find(|t| t.start == start)
                .and_then(|t| words.text.get(t.start..t.end));
            if let Some(w) = word.filter(|_| kind == k) {
                if out.len() < MAX_EVIDENCE && !out.iter().any(|o| **o == *w) {
                    out.push(w.into());
                }
            }
        }
        out
    });
    let mut addrs = Vec::new();
    addresses(title, &[], &mut addrs);
    addresses(body, furniture, &mut addrs);
    addrs.sort_unstable();
    Incident {
        main,
        evidence,
        named,
        quotes: quote_hashes(body),
        addresses: addrs,
    }
}

/// Words right before an incident's word (at most [`OTHER_WINDOW`] words
/// before it) that make it another incident than the report's: "in a
/// separate shooting", "an unrelated fatal stabbing", "another crash".
const OTHER_BEFORE: &[&str] = &["another", "separate", "unrelated"];

/// Words right after an incident's word (at most [`OTHER_WINDOW`] words
/// after it) that set it somewhere else: "a day after a fatal shooting
/// elsewhere in the town".
const OTHER_AFTER: &[&str] = &["elsewhere"];

/// How many words around an incident's word [`OTHER_BEFORE`] and
/// [`OTHER_AFTER`] are looked for ("a separate fatal shooting", "a
/// stabbing nearby elsewhere"): a word further off is of the clause, not
/// of the incident ("another man was shot" is one more victim).
const OTHER_WINDOW: usize = 2;

/// Words of a relation between two incidents ("not connected to the
/// shooting"), sorted.
const RELATION_WORDS: &[&str] = &["connected", "linked", "related", "unrelated"];

/// How many words may stand between a word of relation and the incident
/// it relates to ("not linked to any of the shootings").
const RELATION_GAP: usize = 4;

/// Whether the incident word at token `i` (of kind `kind`) names another
/// incident than the one the report tells, in the words around it: a
/// word of otherness right before it ([`OTHER_BEFORE`]) or after it
/// ([`OTHER_AFTER`]), or a denied relation from an incident of another
/// kind named before in the sentence ("the stabbing was not linked to
/// the shooting"). A suspect "not connected to the shooting"
/// names no second incident: no other kind stands before the relation.
/// Such a naming tells what the report's incident is not, so it never
/// makes the report one of that kind ([`Incident::named`]).
fn other_incident_at(toks: &crate::lex::Tokens, i: usize, kind: IncidentKind) -> bool {
    let before = |n: usize| i.checked_sub(n).map_or("", |k| toks.word(k));
    if (1..=OTHER_WINDOW).any(|n| OTHER_BEFORE.contains(&before(n)))
        || (1..=OTHER_WINDOW).any(|n| OTHER_AFTER.contains(&toks.word(i + n)))
    {
        return true;
    }
    let Some(rel) = (1..=RELATION_GAP)
        .filter_map(|n| i.checked_sub(n))
        .find(|&k| RELATION_WORDS.binary_search(&toks.word(k)).is_ok())
    else {
        return false;
    };
    let denial = |w: &str| matches!(w, "no" | "not" | "never" | "unrelated") || w.ends_with("n't");
    // Back from the relation to the sentence's start: a denial, and an
    // incident of another kind before it.
    let mut denied = false;
    for k in (0..=rel).rev().take(CLAUSE_TOKENS) {
        if toks.is_sym(k, '.') || toks.is_sym(k, '?') || toks.is_sym(k, '!') {
            break;
        }
        denied |= denial(toks.word(k));
        if denied && k < rel && kind_at(toks, k).is_some_and(|o| !o.compatible(kind)) {
            return true;
        }
    }
    false
}

/// Most tokens read back from a word of relation for the incident it
/// sets apart ([`other_incident_at`]): a clause's worth.
const CLAUSE_TOKENS: usize = 24;

/// Hashes of the quotes of `body` of at least [`MIN_QUOTE_WORDS`] words.
fn quote_hashes(body: TextWords<'_>) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for f in body.facts.iter().filter(|f| f.kind == FactKind::Quote) {
        let FactValue::Text(q) = &f.value else {
            continue;
        };
        let words: Vec<String> = q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.len() < MIN_QUOTE_WORDS {
            continue;
        }
        let h = super::features::feature_hash("quote", &words.join(" "));
        if out.len() < MAX_QUOTES && !out.contains(&h) {
            out.push(h);
        }
    }
    out.sort_unstable();
    out
}

/// Whether two reports tell incidents of clearly different kinds: each
/// has a main kind ([`Incident::main`]), the two are not compatible
/// ([`IncidentKind::compatible`]), neither report names the other's main
/// kind anywhere (a report of a shooting and the arson that followed is
/// compatible with a report of either), neither is a game report (a
/// "shot" of a game), and they share no identifying detail: a main person
/// ([`share_main_person`](super::score::share_main_person)), a victim, a
/// street address ([`Incident::addresses`]; a street alone is no detail:
/// one street has a fire and a robbery on one day), the age of a named
/// person, a quote of at least [`MIN_QUOTE_WORDS`] words. Two reports of one town and one
/// weekend, a stabbing and a house fire, share the town, the day and the
/// words of police and hospitals; what happened tells them apart.
pub fn kind_conflict(a: &DocVector, b: &DocVector) -> bool {
    let (x, y) = (&a.frame.incident, &b.frame.incident);
    let (Some(ka), Some(kb)) = (x.main, y.main) else {
        return false;
    };
    !ka.compatible(kb)
        && !y.named.iter().any(|k| k.compatible(ka))
        && !x.named.iter().any(|k| k.compatible(kb))
        && !a.frame.game
        && !b.frame.game
        && !shares_detail(a, b)
}

/// Whether two reports share a detail that identifies one incident (see
/// [`kind_conflict`]).
fn shares_detail(a: &DocVector, b: &DocVector) -> bool {
    use super::score::{share_main_person, share_victim};
    let (x, y) = (&a.frame, &b.frame);
    let common = |p: &[u64], q: &[u64]| p.iter().any(|h| q.binary_search(h).is_ok());
    share_main_person(a, b)
        || share_victim(a, b)
        || x.ages.iter().any(|age| y.ages.contains(age))
        || common(&x.incident.quotes, &y.incident.quotes)
        || common(&x.incident.addresses, &y.incident.addresses)
}

/// The kinds of an incident as `cluster --explain` shows them: the main
/// kind with its words, then the other kinds named ("fire (blaze, fire);
/// also named: shooting"), or "-".
pub fn describe(i: &Incident) -> String {
    let Some(main) = i.main else {
        return "-".into();
    };
    let words: Vec<&str> = i.evidence.iter().map(|w| &**w).collect();
    let mut s = format!("{} ({})", main.name(), words.join(", "));
    let others: Vec<&str> = i
        .named
        .iter()
        .filter(|&k| k != main)
        .map(IncidentKind::name)
        .collect();
    if !others.is_empty() {
        s.push_str("; also named: ");
        s.push_str(&others.join(", "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::test_util::{assert_sorted, text_words};
    use crate::lex::Tokens;

    fn read(title: &str, text: &str) -> Incident {
        let lead = super::super::frame::lead_end(text, &[]);
        incident(
            text_words(title, &Tokens::new(title)),
            text_words(text, &Tokens::new(text)),
            lead,
            &[],
        )
    }

    #[test]
    fn the_main_kind_is_the_one_the_headline_and_lead_tell_most() {
        let i = read(
            "Man shot before house set on fire",
            "A man was shot at his home on Tern Road late on Friday. Hours later the house was set on fire, police said.",
        );
        assert_eq!(i.main, Some(IncidentKind::Shooting));
        assert!(i.named.contains(IncidentKind::Fire));
        assert_eq!(describe(&i), "shooting (shot); also named: fire");
        let j = read(
            "Flat gutted by blaze",
            "Crews spent the night at the blaze. Fire crews said no one was hurt.",
        );
        assert_eq!(j.main, Some(IncidentKind::Fire));
        assert_eq!(j.evidence.len(), 1);
        assert!(!j.named.contains(IncidentKind::Shooting));
    }

    #[test]
    fn word_lists_are_sorted() {
        assert_sorted(&[OTHER_BEFORE, OTHER_AFTER, RELATION_WORDS]);
    }

    #[test]
    fn another_incident_named_beside_the_report_s_is_not_its_kind() {
        let i = read(
            "Girl, 15, stabbed in Dorran",
            "A 15-year-old girl was stabbed in Dorran on Tuesday, a day after a fatal shooting elsewhere in Kelby. Police said the stabbing was not linked to the shooting.",
        );
        assert_eq!(i.main, Some(IncidentKind::Stabbing));
        assert!(!i.named.contains(IncidentKind::Shooting), "{i:?}");
        let j = read(
            "Van driver hurt in Mossgate crash",
            "A van hit a wall in Mossgate on Friday. In a separate fatal shooting, a man died.",
        );
        assert!(!j.named.contains(IncidentKind::Shooting), "{j:?}");
        // One incident told as two kinds stays named.
        let k = read(
            "Man shot before house set on fire",
            "A man was shot at his home on Tern Road. Hours later the house was set on fire.",
        );
        assert!(k.named.contains(IncidentKind::Fire));
        // A suspect not connected to the shooting names no second one.
        let l = read(
            "Man shot in Dorran",
            "A man was shot in Dorran. A woman held earlier was not connected to the shooting.",
        );
        assert_eq!(l.main, Some(IncidentKind::Shooting));
        assert!(l.named.contains(IncidentKind::Shooting));
    }

    #[test]
    fn a_house_number_and_a_street_are_an_address() {
        let i = read(
            "Fire at 41 Larkspur Lane",
            "Crews were called to 41 Larkspur Ln. at 3am. Route 9 was closed and 300 people lived nearby.",
        );
        assert_eq!(i.addresses.len(), 1, "{:?}", i.addresses);
        let j = read(
            "Blaze on Larkspur Lane",
            "A fire broke out at 14 Larkspur Lane.",
        );
        assert_eq!(j.addresses.len(), 1);
        assert_ne!(i.addresses, j.addresses);
    }

    #[test]
    fn a_kind_told_once_in_passing_is_no_main_kind() {
        let i = read(
            "Nine dead as lorry leaves mountain pass",
            "A lorry left the pass near Tolvan on Monday, killing nine. It was the worst toll on the pass since 2011, when six died in a tanker fire.",
        );
        assert_eq!(i.main, None);
        assert!(i.named.contains(IncidentKind::Fire));
        let j = read(
            "Nine dead as lorry leaves mountain pass",
            "Fire broke out after the lorry left the pass. The fire burned for hours.",
        );
        assert_eq!(j.main, Some(IncidentKind::Fire));
    }

    #[test]
    fn a_report_with_no_kind_word_has_no_main_kind() {
        let i = read(
            "Council approves budget",
            "The council voted 7-2 on Tuesday.",
        );
        assert_eq!(i.main, None);
        assert!(i.named.is_empty());
        assert_eq!(describe(&i), "-");
    }

    #[test]
    fn furniture_names_no_kind() {
        let text = "Watch: the big fire of 1998. A boy, 15, was stabbed near the station.";
        let i = incident(
            text_words("", &Tokens::new("")),
            text_words(text, &Tokens::new(text)),
            text.len(),
            &[(0, 26)],
        );
        assert_eq!(i.main, Some(IncidentKind::Stabbing));
        assert!(!i.named.contains(IncidentKind::Fire));
    }
}
