//! Whose a figure is: the owner's name before its noun phrase, the
//! subject before it, a tally's window, and the nominal predicates and
//! sentence subjects the frame falls back on.

use super::*;

/// Words before a figure's noun phrase within which [`Frame::owner`] looks
/// for its owner's name.
pub(super) const OWNER_WORDS: usize = 10;

/// The names a figure belongs to (see [`Frame::owner`]), within
/// [`OWNER_WORDS`] before the noun phrase that starts at `from` in the
/// clause opened at `cl_a`: the object of the nearest verb before it (up
/// to a preposition), else a name in apposition, else, after a copula,
/// its subject. Typed places are left out (a place says where, not whose).
pub(super) fn owner(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (cl_a, from): (usize, usize),
    skip: (usize, usize),
) -> Vec<String> {
    let lo = from.saturating_sub(OWNER_WORDS).max(cl_a);
    let verb = (lo..from)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.tag.is_verb()));
    let after_verb = verb.map_or(lo, |k| k + 1);
    // The verb's object ends at its first preposition: a name after one
    // says where or with whom ("served with the county sheriff's
    // department for 15 years"), not whose.
    let object_end = (after_verb..from)
        .find(|&k| matches!(toks[k].tag.name(), "IN" | "TO"))
        .unwrap_or(from);
    let (mut names, mut typed) = names_in(text, toks, facts, doc, (after_verb, object_end), skip);
    // An apposition: a name set off by a comma right before the phrase
    // ("for Matt Smith, the 12th Doctor").
    if names.is_empty() && from > lo && toks[from - 1].norm == "," {
        let run = (lo..from - 1)
            .rev()
            .take_while(|&k| toks[k].tag.is_proper())
            .last();
        if let Some(first) = run {
            (names, typed) = names_in(text, toks, facts, doc, (first, from - 1), skip);
        }
    }
    // A copula between says the figure is its subject's: the name right
    // before it, past a modal or an adverb and an age set off by commas
    // ("Tomas Berg becomes the fourth captain", "Capaldi will be the
    // Twelfth Doctor", "Ortiz, 35, was a 15-year member").
    if let Some(k) = verb.filter(|&k| names.is_empty() && is_copula(&toks[k])) {
        if let Some(run) = subject_before(toks, cl_a, k) {
            (names, typed) = names_in(text, toks, facts, doc, run, skip);
        }
    }
    let place = |n: &String| typed.iter().any(|(k, t)| *k == FactKind::Place && t == n);
    names.into_iter().filter(|n| !place(n)).collect()
}

/// The run of proper nouns that ends right before the verb at `k` (past
/// modals, adverbs and an age in commas), within the clause opened at
/// `cl_a`: the copula's subject, if it is named.
pub(super) fn subject_before(toks: &[Token], cl_a: usize, k: usize) -> Option<(usize, usize)> {
    let mut end = k;
    while end > cl_a && matches!(toks[end - 1].tag.name(), "MD" | "RB") {
        end -= 1;
    }
    // ", 35," after the name
    if end >= cl_a + 3
        && toks[end - 1].norm == ","
        && toks[end - 2].has_digit
        && toks[end - 3].norm == ","
    {
        end -= 3;
    }
    let start = (cl_a..end)
        .rev()
        .take_while(|&j| toks[j].tag.is_proper())
        .last()?;
    Some((start, end))
}

/// Units a window of the past is counted in ("the past two *years*", "the
/// last *decade*").
pub(super) const WINDOW_UNITS: &[&str] = &[
    "day", "week", "month", "year", "decade", "season", "century",
];

/// The window a tally is bounded by in the clause `[cl_a, cl_b)` outside
/// the figure `(a, b)` (see [`Frame::window`]): "since" before a date, a
/// number or a noun phrase (not a reason: "since he was hurt"), or
/// "the past / last / previous \[N\] UNIT" after "in", "over", "during",
/// "within" or "for".
pub(super) fn tally_window(
    toks: &[Token],
    doc: &DocContext,
    (cl_a, cl_b): (usize, usize),
    (a, b): (usize, usize),
) -> Option<String> {
    let word = |k: usize| toks.get(k).filter(|_| k < cl_b && !(a..b).contains(&k));
    (cl_a..cl_b).filter(|k| !(a..b).contains(k)).find_map(|k| {
        let t = word(k)?;
        match t.norm.as_str() {
            "since" => {
                let next = word(k + 1)?;
                let dated = doc.in_date(k + 1)
                    || next.has_digit
                    || matches!(next.tag.name(), "DT" | "NN" | "NNP" | "CD" | "JJ");
                if !dated {
                    return None;
                }
                if let Some(w) = since_happening(toks, k, cl_b) {
                    return Some(w);
                }
                let words: Vec<&str> = (k + 1..cl_b.min(k + 4))
                    .map_while(|j| word(j).filter(|t| t.is_word()))
                    .map(|t| t.norm.as_str())
                    .collect();
                Some(format!("since {}", words.join(" ")))
            }
            "in" | "over" | "during" | "within" | "for" => {
                if word(k + 1)?.norm != "the" {
                    return None;
                }
                let edge = word(k + 2)?;
                if !matches!(edge.norm.as_str(), "past" | "last" | "previous") {
                    return None;
                }
                let (n, u) = match word(k + 3) {
                    Some(t) if t.has_digit || crate::lex::words::number_word(&t.norm) => {
                        (t.norm.clone(), word(k + 4)?)
                    }
                    Some(t) => ("1".to_string(), t),
                    None => return None,
                };
                let unit = lemma::noun(&u.norm);
                WINDOW_UNITS
                    .contains(&unit.as_str())
                    .then(|| format!("past {n} {unit}"))
            }
            _ => None,
        }
    })
}

/// Rule `since_a_happening`: "since" at token `k` (the clause's last
/// edge, or inside it) before a happening told to begin: "since the
/// outbreak began", "since the fighting started", "since the start of the
/// war", "since the war broke out". A tally there is counted from the
/// happening's start, written as one key whatever verb or noun of
/// beginning tells it ("since the outbreak", "since the war"); `None`
/// before `end` or for any other "since".
pub(super) fn since_happening(toks: &[Token], k: usize, end: usize) -> Option<String> {
    if toks.get(k).is_none_or(|t| t.norm != "since") {
        return None;
    }
    let word = |j: usize| toks.get(j).filter(|t| j < end && t.is_word());
    let mut j = k + 1;
    // "since the start of the war": the beginning named by a noun
    if word(j).is_some_and(|t| t.norm == "the")
        && word(j + 1).is_some_and(|t| BEGINNING_NOUNS.contains(&t.norm.as_str()))
        && word(j + 2).is_some_and(|t| t.norm == "of")
    {
        j += 3;
        let noun: Vec<&str> = (j..j + 3)
            .map_while(|i| word(i).filter(|t| t.tag.is_noun() || t.norm == "the"))
            .map(|t| t.norm.as_str())
            .collect();
        return (noun.len() >= 2 && noun[0] == "the").then(|| format!("since {}", noun.join(" ")));
    }
    // "since the fighting started": the article, its noun, a verb of
    // beginning
    let phrase: Vec<&str> = (j..j + 4)
        .map_while(|i| word(i).filter(|t| !BEGINNING_VERBS.contains(&t.norm.as_str())))
        .map(|t| t.norm.as_str())
        .collect();
    let verb = word(j + phrase.len())?;
    (matches!(phrase.first(), Some(&"the"))
        && phrase.len() >= 2
        && BEGINNING_VERBS.contains(&verb.norm.as_str()))
    .then(|| format!("since {}", phrase.join(" ")))
}

/// Past forms of the verbs that tell a happening began ("since the
/// outbreak began", "since the war broke out").
const BEGINNING_VERBS: &[&str] = &[
    "began",
    "begun",
    "started",
    "erupted",
    "broke",
    "flared",
    "opened",
    "commenced",
];

/// Nouns of a happening's beginning ("since the start of the war").
const BEGINNING_NOUNS: &[&str] = &["start", "beginning", "outset", "onset", "outbreak"];

/// Whether the noun phrase ends before token `k`: no other capitalised
/// word or noun follows ("55-year-old Capaldi said", not "55-year-old
/// Capaldi Street").
pub(super) fn ends_phrase(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_none_or(|t| !(t.capitalized || t.tag.is_noun()) || t.tag.is_verb())
}

/// Whether two dates at tokens `x` and `y` are alternatives of one time
/// ("late 2009 *or* early 2010"): one claim hedged, not a second time.
pub(super) fn alternative_dates(toks: &[Token], x: (usize, usize), y: (usize, usize)) -> bool {
    let (lo, hi) = if x.1 <= y.0 { (x.1, y.0) } else { (y.1, x.0) };
    hi == lo + 1 && toks.get(lo).is_some_and(|t| t.norm == "or")
}

/// Prepositions that attach a date to the noun before them ("its release
/// *for* late 2009", "the closure *in* December").
pub(super) const DATE_PREPOSITIONS: &[&str] = &["in", "on", "for", "during", "by", "of", "until"];

/// The noun of a happening a date at tokens `[a, b)` is said of, in the
/// clause `[cl_a, cl_b)`: a noun of a predicate class right before the
/// date's preposition ("a *release* likely for late 2009", "his *death* in
/// 2005"), or among the nouns the date premodifies ("a late 2009 or early
/// 2010 *release* date").
pub(super) fn nominal_predicate(
    toks: &[Token],
    doc: &DocContext,
    (cl_a, cl_b): (usize, usize),
    (a, b): (usize, usize),
    verbal: bool,
) -> Option<usize> {
    let class_noun = |k: usize| {
        let t = &toks[k];
        t.tag.is_noun()
            && !t.tag.is_proper()
            && !t.has_digit
            && lemma::is_class_word(&lemma::noun(&t.norm))
    };
    // Left: NOUN (adjective or adverb){0,2} PREPOSITION (determiner)? DATE,
    // the noun qualified ("a release *likely* for late 2009") or the clause
    // without a verb of its own; the object of a verb ("admitted the
    // payments on Tuesday") leaves the date to the verb.
    let mut k = a;
    while k > cl_a && matches!(toks[k - 1].tag.name(), "DT" | "PRP$") {
        k -= 1;
    }
    if k > cl_a && DATE_PREPOSITIONS.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
        let mut skipped = 0;
        while k > cl_a
            && skipped < 2
            && (toks[k - 1].tag.is_adjective() || toks[k - 1].tag.is_adverb())
        {
            k -= 1;
            skipped += 1;
        }
        if k > cl_a && class_noun(k - 1) && (skipped > 0 || !verbal) {
            return Some(k - 1);
        }
    }
    // Right: the nouns the date (and a date joined to it by "or", "and",
    // "to") premodifies.
    let mut k = b;
    while k < cl_b && (doc.in_date(k) || matches!(toks[k].norm.as_str(), "or" | "and" | "to")) {
        k += 1;
    }
    let start = k;
    while k < cl_b && toks[k].tag.is_noun() && !doc.in_date(k) && k - start < 3 {
        k += 1;
    }
    (start..k).find(|&j| class_noun(j))
}

/// For a date at token `a` in a clause from `cl_a` with no content verb:
/// the noun of the phrase after the clause's last verb before the date
/// ("went on a shooting *rampage* at a courthouse in 2005", "was on *trial*
/// in 2005"), the happening the date is of.
pub(super) fn borrowed_head(toks: &[Token], cl_a: usize, a: usize) -> Option<usize> {
    let verb = (cl_a..a).rev().find(|&k| toks[k].tag.is_verb())?;
    let mut k = verb + 1;
    while k < a && matches!(toks[k].tag.name(), "IN" | "RP" | "DT" | "PRP$") {
        k += 1;
    }
    let start = k;
    while k < a && is_np_word(&toks[k]) && !toks[k].has_digit {
        k += 1;
    }
    // The phrase must lead to the date through prepositional phrases only.
    let tail_ok = toks[k..a]
        .iter()
        .all(|t| is_np_word(t) || matches!(t.tag.name(), "IN" | "DT" | "PRP$" | "POS"));
    (start..k)
        .rev()
        .find(|&j| {
            let t = &toks[j];
            t.tag.is_noun()
                && !t.tag.is_proper()
                && !LIGHT_NOUNS.contains(&lemma::noun(&t.norm).as_str())
        })
        .filter(|_| tail_ok)
}

/// Personal pronouns that stand for a person as a subject.
pub(super) const PERSONAL: &[&str] = &["he", "she"];

/// The names before the first verb of the sentence `[s, e)`, when the
/// figure `[a, b)` is not among them and there are some (see
/// [`Frame::sentence_subject`]).
pub(super) fn sentence_subject(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (s, e): (usize, usize),
    (a, b): (usize, usize),
) -> Option<Vec<String>> {
    let first_verb = (s..e).find(|&k| toks[k].tag.is_verb()).unwrap_or(s);
    if first_verb > a {
        return None;
    }
    let (names, _) = names_in(text, toks, facts, doc, (s, first_verb), (a, b));
    (!names.is_empty()).then_some(names)
}
