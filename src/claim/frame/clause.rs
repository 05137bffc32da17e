//! Clause boundaries and the word lists that read a clause: where a
//! figure's clause starts and ends, asides, auxiliaries and light verbs,
//! verbs of saying and reporting, scope words and hedges.

use super::*;

/// Nouns that name a stretch of time, not a happening: a date before one
/// ("the 2008-09 season", "the 2010 fiscal year") says which stretch, it
/// does not date an event.
pub(super) const PERIOD_NOUNS: &[&str] = &[
    "season", "term", "session", "semester", "period", "era", "half", "cycle", "window",
    "calendar", "schedule", "budget",
];

/// A date this many words or fewer from a figure, in its clause, dates it.
pub(super) const ANCHOR_WORDS: usize = 6;

/// Auxiliary and light verbs: never the predicate of a claim.
pub(super) const AUXILIARIES: &[&str] = &[
    "be", "have", "do", "will", "would", "shall", "should", "may", "might", "must", "can", "could",
    "get", "become", "seem", "let", "make", "go", "come",
];

/// Participles that work as prepositions ("denied arson *following* a
/// fire", "four people, *including* two children"), the words that
/// introduce an age ("girls *age* 6 and 8", "men *aged* 20 to 30") and the
/// clitic "'s" (of "is" or "has"): written as verb forms, they say nothing
/// of what a figure is, so they are never a predicate.
pub(super) const NOT_PREDICATES: &[&str] = &[
    "following",
    "including",
    "according",
    "regarding",
    "concerning",
    "pending",
    "given",
    "excluding",
    "considering",
    "barring",
    "age",
    "aged",
    "'s",
    "\u{2019}s",
];

/// Verbs of saying and thinking: they attribute a claim, they are never
/// its predicate.
pub(super) const SAYING: &[&str] = &[
    "say", "tell", "add", "note", "write", "explain", "comment", "insist", "quote", "accord",
    "believe", "think", "claim",
];

/// Words a verb of saying may lie before the date it governs ("said *in a
/// statement* Tuesday", "told *reporters* Friday").
pub(super) const SAYING_REACH: usize = 5;

/// Whether the date at tokens `[a, b)` of the clause `[cl_a, cl_b)` dates
/// a verb of saying ([`SAYING`]): the nearest verb before it, within a few
/// words ("said Tuesday", "told reporters Friday night"), or with no verb
/// before it, the verb right after it ("Owen on Tuesday said"). A trailing
/// attribution after a comma ("killed Wednesday, police said") says
/// nothing of the date.
pub(super) fn dates_saying(
    toks: &[Token],
    (cl_a, cl_b): (usize, usize),
    (a, b): (usize, usize),
) -> bool {
    let verb = |k: &usize| {
        let t = &toks[*k];
        t.tag.is_verb()
            && !t.has_digit
            && !AUXILIARIES.contains(&lemma::verb(&t.norm).as_str())
            && !NOT_PREDICATES.contains(&t.norm.as_str())
    };
    let saying = |k: usize| SAYING.contains(&lemma::verb(&toks[k].norm).as_str());
    if let Some(k) = (cl_a..a).rev().find(verb) {
        return saying(k) && a - k <= SAYING_REACH;
    }
    (b..cl_b.min(b + 3))
        .find(verb)
        .is_some_and(|k| saying(k) && toks[b..k].iter().all(|t| t.tag.name() != ","))
}

/// Verbs that attribute a figure but date an announcement ("reported
/// Monday"): the predicate of a date, not of a figure.
pub(super) const REPORTING: &[&str] = &[
    "report", "state", "expect", "estimate", "predict", "project",
];

/// Words before a figure that delimit what is counted.
pub(super) const SCOPE: &[&str] = &[
    "last",
    "next",
    "first",
    "past",
    "previous",
    "final",
    "other",
    "another",
    "additional",
    "extra",
    "further",
    "remaining",
    "consecutive",
    "straight",
    "initial",
    "latest",
    "more",
    "new",
    "recent",
    "top",
    "only",
    "same",
    "second",
    "third",
];

/// Words before a head that say nothing about what is counted ("10 total
/// games", "a combined 157 games").
pub(super) const FILLER: &[&str] = &[
    "total", "combined", "overall", "all", "each", "every", "whole",
];

/// Subordinators and relatives that open a new clause.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "although",
    "though",
    "because",
    "whereas",
    "compared",
    "unlike",
    "but",
    "that",
    "if",
    "unless",
    "until",
    "since",
    "after",
    "before",
    "as",
    "including",
    "according",
    "excluding",
    "despite",
    "besides",
    "plus",
    "then",
];

/// Nouns too general to be the head of a claim or to show parallel
/// sentences (time units, quantities, reporting words).
pub(super) const LIGHT_NOUNS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "time",
    "percent",
    "%",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dozen",
    "number",
    "total",
    "lot",
    "part",
    "kind",
    "way",
    "thing",
    "statement",
    "report",
    "source",
    "official",
    "spokesman",
    "spokeswoman",
    "according",
];

pub(super) fn is_content(t: &Token) -> bool {
    if t.has_digit || !t.is_word() {
        return false;
    }
    let tag = t.tag;
    if tag.is_verb() {
        let b = lemma::verb(&t.norm);
        return !AUXILIARIES.contains(&b.as_str())
            && !SAYING.contains(&b.as_str())
            && !REPORTING.contains(&b.as_str());
    }
    (tag.is_noun() || tag.is_adjective())
        && t.norm.chars().count() > 1
        && !LIGHT_NOUNS.contains(&t.norm.as_str())
        && !crate::lex::words::is_figure_word(t.norm.as_str())
}

pub(super) fn base_of(t: &Token) -> String {
    if t.tag.is_verb() {
        lemma::verb(&t.norm)
    } else if t.tag.is_noun() {
        lemma::noun(&t.norm)
    } else {
        t.norm.clone()
    }
}

/// Words at most inside a parenthetical aside ([`aside_bracket`]).
pub(super) const ASIDE_WORDS: usize = 3;

/// Whether the bracket at `k` opens or closes a short aside within a noun
/// phrase: a nickname, an acronym or a party ("Luis (Lou) Ortiz", "the
/// Food and Drug Administration (FDA) said", "Sen. Ann Lee (D-Ohio)"):
/// one to [`ASIDE_WORDS`] words, no verb and no digit among them. Such an
/// aside ends no clause: the verb before it still governs what follows
/// ("accused of gunning down Luis (Lou) Ortiz a month ago").
pub(super) fn aside_bracket(toks: &[Token], k: usize) -> bool {
    let inside = |a: usize, b: usize| {
        b > a
            && b - a <= ASIDE_WORDS
            && toks[a..b]
                .iter()
                .all(|t| t.is_word() && !t.has_digit && !t.tag.is_verb())
    };
    match toks[k].tag.name() {
        "(" => (k + 2..toks.len().min(k + ASIDE_WORDS + 2))
            .find(|&j| toks[j].tag.name() == ")")
            .is_some_and(|j| inside(k + 1, j)),
        ")" => (k.saturating_sub(ASIDE_WORDS + 1)..k.saturating_sub(1))
            .rev()
            .find(|&j| toks[j].tag.name() == "(")
            .is_some_and(|j| inside(j + 1, k)),
        _ => false,
    }
}

/// Whether a clause ends before token `k` (a boundary between `k-1` and `k`).
pub(super) fn boundary_before(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let name = t.tag.name();
    if matches!(name, ":" | "(" | ")" | "\"" | "``" | "''") {
        return !aside_bracket(toks, k);
    }
    if name == "," {
        // ", which", ", killing", ", and": a new clause after the comma.
        return toks.get(k + 1).is_some_and(|n| {
            CLAUSE_OPENERS.contains(&n.norm.as_str())
                || n.tag.name() == "VBG"
                || n.tag.name() == "CC"
                || n.tag.name() == "WDT"
                || n.tag.name() == "WP"
        });
    }
    if CLAUSE_OPENERS.contains(&t.norm.as_str())
        && matches!(name, "WDT" | "WP" | "WRB" | "IN" | "CC" | "WP$")
    {
        // "after" and "before" open a clause only before a subject and verb,
        // not as prepositions ("after the attack"): require a verb soon. A
        // verb right after "and" is a second predicate of the main clause
        // ("arrested three times since October and had been charged"), not
        // the subordinate clause's.
        if matches!(
            t.norm.as_str(),
            "after" | "before" | "since" | "until" | "as"
        ) {
            return (k + 1..toks.len()).take(4).any(|j| {
                let n = &toks[j];
                n.tag.is_finite() && n.tag.name() != "MD" && toks[j - 1].tag.name() != "CC"
            });
        }
        return true;
    }
    // "and" or "but" before a finite verb: a second predicate ("killed four
    // and injured 12", "four were killed and 12 were hurt").
    name == "CC"
        && toks[k + 1..]
            .iter()
            .take(4)
            .take_while(|n| !n.tag.is_punct() && n.tag.name() != "CC")
            .any(|n| {
                n.tag.is_finite() || n.tag.name() == "VBN" && n.span.start == toks[k + 1].span.start
            })
}

/// The clause around tokens `[a, b)` within the sentence `[s, e)`.
pub(super) fn clause_range(
    toks: &[Token],
    s: usize,
    e: usize,
    a: usize,
    b: usize,
) -> (usize, usize) {
    let mut lo = a.min(e);
    while lo > s && !boundary_before(toks, lo) {
        lo -= 1;
    }
    // `lo` is at a boundary token or the sentence start; a boundary token
    // itself is not in the clause unless it is a word ("which", "and").
    if lo < toks.len() && lo < a && !toks[lo].is_word() {
        lo += 1;
    }
    let mut hi = b.max(lo);
    while hi < e && !boundary_before(toks, hi) {
        hi += 1;
    }
    (lo.min(a), hi.max(b))
}

/// Tokens of a sentence read on each side of a figure. A news sentence is
/// shorter; text without sentence punctuation (a table, a list of results,
/// a page scraped without its markup) is one "sentence" of thousands of
/// words, and reading all of it for each of its figures made the frames
/// quadratic in the page.
pub(super) const SENTENCE_REACH: usize = 60;
