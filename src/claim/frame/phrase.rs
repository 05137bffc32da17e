//! The noun phrase of a figure: its head noun, compound nouns,
//! modifiers and complements, and the phrase of a money figure.

use super::*;

/// The noun phrase a figure belongs to.
#[derive(Debug, Default)]
pub(super) struct NounPhrase {
    pub(super) head: Option<usize>,
    /// First token of the readable phrase (modifiers included).
    pub(super) phrase_from: Option<usize>,
    pub(super) compound: Vec<String>,
    pub(super) modifiers: Vec<String>,
    pub(super) proper: Vec<String>,
    pub(super) scope: Vec<String>,
    pub(super) of: Vec<String>,
    pub(super) of_indefinite: bool,
    pub(super) on: Vec<String>,
    /// One past the last token of the phrase (for the predicate search).
    pub(super) end: usize,
}

pub(super) fn is_np_word(t: &Token) -> bool {
    let n = t.tag.name();
    t.is_word()
        && (t.tag.is_noun()
            || t.tag.is_adjective()
            || n == "VBN" && !t.has_digit
            || n == "VBG"
            || n == "CD"
            || n == "POS")
}

/// The noun phrase of a fact spanning tokens `[a, b)` in sentence `[s, e)`.
pub(super) fn noun_phrase(
    toks: &[Token],
    near: &[&Fact],
    fact: &Fact,
    (a, b): (usize, usize),
    (s, e): (usize, usize),
) -> NounPhrase {
    // Other figures and dates inside the phrase ("a five-year deal") are
    // not its modifiers.
    let facts_spans: Vec<(usize, usize)> = near
        .iter()
        .filter(|f| f.span != fact.span)
        .map(|f| (f.span.start, f.span.end))
        .collect();
    let mut np = NounPhrase {
        end: b,
        ..NounPhrase::default()
    };
    // Scope words right before the figure ("the last 10", "another 20").
    let mut k = a;
    while k > s {
        let t = &toks[k - 1];
        if SCOPE.contains(&t.norm.as_str()) {
            np.scope.push(t.norm.clone());
        } else if !matches!(t.tag.name(), "DT" | "PRP$" | "POS")
            && !crate::lex::words::is_figure_word(t.norm.as_str())
        {
            break;
        }
        k -= 1;
        if a - k > 4 {
            break;
        }
    }
    // "28 of 41 passes", "eight of their last 10 games": the figure after
    // "of" is a total, not the number of things the sentence is about.
    let mut j = a;
    while j > s && matches!(toks[j - 1].tag.name(), "DT" | "PRP$" | "JJ") && a - j < 3 {
        j -= 1;
    }
    if j >= s + 2 && toks[j - 1].norm == "of" && toks[j - 2].tag.name() == "CD" {
        np.scope.push("of-total".to_string());
    }
    np.scope.sort();
    np.scope.dedup();

    // Where the modifiers and head are looked for.
    let (from, to) = match fact.kind {
        // The counted noun is inside the span ("three state senators").
        FactKind::Count => {
            let unit = fact.unit.as_deref().map(str::to_lowercase);
            // A participle is never what is counted ("one used by tax
            // officials" counts an unnamed thing).
            let head = (a..b)
                .rev()
                .find(|&k| {
                    unit.as_deref()
                        .is_some_and(|u| toks[k].norm == u || u.ends_with(&toks[k].norm))
                })
                .filter(|&k| !matches!(toks[k].tag.name(), "VBN" | "VBD"));
            match head {
                Some(h) => (first_after_figure(toks, a, h), h + 1),
                None => (b, b),
            }
        }
        // A money figure: "$N package", "$N in military aid", "a package
        // worth $N", "an offer of $N".
        FactKind::Money => return money_phrase(toks, &facts_spans, np, (a, b), (s, e)),
        // Everything else: a noun phrase right after the span.
        _ => {
            let mut k = b;
            // "2001's romantic film", "February's show".
            if toks.get(k).is_some_and(|t| t.tag.name() == "POS") {
                k += 1;
            }
            let start = k;
            while k < e && is_np_word(&toks[k]) && k - start < 5 {
                k += 1;
            }
            let last_noun = (start..k).rev().find(|&j| toks[j].tag.is_noun());
            match last_noun {
                Some(h) => (start, h + 1),
                None => (b, b),
            }
        }
    };
    if from < to {
        let h = to - 1;
        np.head = Some(h);
        np.phrase_from = Some(from);
        premodifiers(&mut np, &toks[from..h], facts_spans.as_slice(), true);
        np.end = to;
        let (of, of_end) = of_complement(toks, to, e);
        np.of = of;
        np.on = on_complement(toks, facts_spans.as_slice(), to, e);
        np.of_indefinite = !np.of.is_empty()
            && toks.get(to + 1).is_some_and(|t| {
                matches!(t.norm.as_str(), "a" | "an" | "one" | "another" | "some")
            });
        if !np.of.is_empty() {
            np.end = of_end;
        }
    } else if matches!(fact.kind, FactKind::Duration | FactKind::Quantity) {
        // A length of time or a quantity whose unit is its own noun says
        // what it measures in "of …" right after it ("12 months of free
        // credit monitoring", "30 tonnes of fuel oil").
        let (of, of_end) = of_complement(toks, b, e);
        if !of.is_empty() {
            np.of = of;
            np.end = of_end;
        }
    }
    np.compound.sort();
    np.modifiers.sort();
    np.proper.sort();
    np.scope.sort();
    np.scope.dedup();
    np
}

/// The first token after the number of a count span (skipping the hedge
/// and the number words, both ends of a range: "35 to 40 volunteer
/// firefighters").
pub(super) fn first_after_figure(toks: &[Token], a: usize, head: usize) -> usize {
    let mut k = a;
    let mut seen_number = false;
    while k < head {
        let t = &toks[k];
        // rule `spelled_count_after_the`: a number spelled out after "the"
        // ("most of the sixty-three people injured") is tagged as an
        // adjective; it is the count all the same, never a modifier
        let number_word = t.tag.name() == "CD" || t.has_digit || spelled_cardinal(&t.norm);
        let range_link = matches!(t.norm.as_str(), "to" | "-" | "–" | "and" | "or")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.tag.name() == "CD" || n.has_digit);
        if number_word {
            seen_number = true;
        } else if seen_number && !range_link {
            break;
        }
        k += 1;
    }
    if seen_number {
        k
    } else {
        a
    }
}

/// Whether a word is a cardinal spelled out below one hundred, hyphenated
/// or not ("seven", "sixty-three").
fn spelled_cardinal(w: &str) -> bool {
    !w.is_empty()
        && w.split('-')
            .all(|p| crate::lex::words::small_cardinal(p).is_some())
}

/// Content words of "of the X Y" right after the head at `k`, and one
/// past the complement's last token (`k` when there is none). A participle that ends the complement is its clause's verb, not
/// a word of it: "12 coaches of the train *derailed*", "30 members of the
/// crew *rescued* on Monday" (a participle before a noun stays a modifier:
/// "of the *injured* workers").
pub(super) fn of_complement(toks: &[Token], k: usize, e: usize) -> (Vec<String>, usize) {
    if toks.get(k).is_none_or(|t| t.norm != "of") {
        return (Vec::new(), k);
    }
    let mut out = Vec::new();
    let mut end = k + 1;
    for (j, t) in toks.iter().enumerate().take(e).skip(k + 1).take(6) {
        if !(is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$")) {
            break;
        }
        let verb_form = matches!(t.tag.name(), "VBN" | "VBD");
        let noun_follows = toks
            .get(j + 1)
            .is_some_and(|n| j + 1 < e && (n.tag.is_noun() || n.tag.is_adjective()));
        if verb_form && j > k + 1 && !noun_follows {
            break;
        }
        if is_content(t) {
            out.push(base_of(t));
        }
        end = j + 1;
    }
    out.sort();
    out.dedup();
    (out, end)
}

/// Content words of "on …" right after the head ("three touchdowns *on
/// punt returns*"), outside other facts (not "on Monday").
pub(super) fn on_complement(
    toks: &[Token],
    facts_spans: &[(usize, usize)],
    k: usize,
    e: usize,
) -> Vec<String> {
    if toks.get(k).is_none_or(|t| t.norm != "on") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in toks.iter().take(e).skip(k + 1).take(5) {
        if !(is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$")) {
            break;
        }
        let in_fact = facts_spans
            .iter()
            .any(|&(x, y)| x <= t.span.start && t.span.end <= y);
        if is_content(t) && !in_fact {
            out.push(base_of(t));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Linkers between a noun and a money figure it is worth.
pub(super) const MONEY_LINKERS: &[&str] = &[
    "worth",
    "of",
    "valued",
    "totaling",
    "totalling",
    "amounting",
    "costing",
    "at",
    "to",
];

/// Reads the words before a head noun into `np`: capitalised words as
/// proper, nouns as compound, adjectives as modifiers; with `participles`,
/// participles count as adjectives and scope words ("last", "next") go to
/// the scope. Skips punctuation, numbers, hedges, filler and words of
/// another fact (`facts_spans`).
fn premodifiers(
    np: &mut NounPhrase,
    words: &[Token],
    facts_spans: &[(usize, usize)],
    participles: bool,
) {
    for t in words {
        let in_other_fact = facts_spans
            .iter()
            .any(|&(x, y)| x <= t.span.start && t.span.end <= y);
        if !t.is_word()
            || in_other_fact
            || t.has_digit
            || crate::lex::words::is_figure_word(t.norm.as_str())
            || FILLER.contains(&t.norm.as_str())
        {
            continue;
        }
        let participle = participles && matches!(t.tag.name(), "VBN" | "VBG");
        if t.capitalized {
            np.proper.push(t.norm.clone());
        } else if t.tag.is_noun() {
            np.compound.push(lemma::noun(&t.norm));
        } else if t.tag.is_adjective() || participle {
            if participles && SCOPE.contains(&t.norm.as_str()) {
                np.scope.push(t.norm.clone());
            } else {
                np.modifiers.push(t.norm.clone());
            }
        }
    }
}

pub(super) fn money_phrase(
    toks: &[Token],
    facts_spans: &[(usize, usize)],
    mut np: NounPhrase,
    (a, b): (usize, usize),
    (s, e): (usize, usize),
) -> NounPhrase {
    let set_head = |np: &mut NounPhrase, from: usize, h: usize| {
        np.head = Some(h);
        np.phrase_from = Some(from);
        premodifiers(np, &toks[from..h], facts_spans, false);
        np.compound.sort();
        np.modifiers.sort();
        np.proper.sort();
    };
    // "$N package": nouns right after the figure.
    let mut k = b;
    while k < e && is_np_word(&toks[k]) && toks[k].tag.name() != "CD" && k - b < 4 {
        k += 1;
    }
    if let Some(h) = (b..k)
        .rev()
        .find(|&j| toks[j].tag.is_noun())
        .filter(|&j| !LIGHT_NOUNS.contains(&toks[j].norm.as_str()))
    {
        set_head(&mut np, b, h);
        np.end = h + 1;
        return np;
    }
    // "$N in military aid", "$N for the deal".
    if toks
        .get(b)
        .is_some_and(|t| t.norm == "in" || t.norm == "for")
    {
        let mut k = b + 1;
        while k < e && matches!(toks[k].tag.name(), "DT" | "PRP$") {
            k += 1;
        }
        let start = k;
        while k < e && is_np_word(&toks[k]) && k - start < 4 {
            k += 1;
        }
        if let Some(h) = (start..k).rev().find(|&j| toks[j].tag.is_noun()) {
            set_head(&mut np, start, h);
            np.end = h + 1;
            return np;
        }
    }
    // "a package worth $N", "an offer of $N", "a deal valued at $N".
    let mut k = a;
    // Skip hedges and a currency prefix word ("US $160 million").
    while k > s
        && (crate::lex::words::is_figure_word(toks[k - 1].norm.as_str())
            || toks[k - 1].norm == "us")
    {
        if MONEY_LINKERS.contains(&toks[k - 1].norm.as_str()) {
            break;
        }
        k -= 1;
    }
    let mut linked = false;
    while k > s && MONEY_LINKERS.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
        linked = true;
    }
    // "reportedly worth": an adverb between noun and linker.
    while linked && k > s && toks[k - 1].tag.is_adverb() {
        k -= 1;
    }
    if linked && k > s && toks[k - 1].tag.name() == "," {
        k -= 1;
    }
    if linked {
        let end = k;
        let mut j = end;
        while j > s && is_np_word(&toks[j - 1]) && end - j < 4 {
            j -= 1;
        }
        if let Some(h) = (j..end).rev().find(|&x| toks[x].tag.is_noun()) {
            set_head(&mut np, j, h);
        }
    }
    np
}
