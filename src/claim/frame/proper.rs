//! The document's protagonist, its repeated proper words, the names in a
//! figure's clause, and the places of the clause that tells the happening
//! it counts.

use super::*;

/// The person a document names most often, by surname (ties: the first
/// named), as the canonical key of its fullest name.
pub(super) fn protagonist(facts: &[Fact]) -> Option<String> {
    let mut counts: Vec<(String, usize, String)> = Vec::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Person) {
        let crate::facts::FactValue::Text(n) = &f.value else {
            continue;
        };
        let key = names::canonical_key(n);
        let surname = key.rsplit(' ').next().unwrap_or(&key).to_string();
        if surname.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == surname) {
            Some(c) => {
                c.1 += 1;
                if key.len() > c.2.len() {
                    c.2 = key;
                }
            }
            None => counts.push((surname, 1, key)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.2)
}

/// A document that names no person in full may still be about one it
/// calls by surname ("Nichols was on trial …", "Nichols faced …"): the
/// proper noun it writes most often (at least twice), outside places,
/// organisations and figures (ties: the first written), as a name key.
pub(super) fn repeated_proper(
    tokens: &Tokens,
    in_place_or_org: &[bool],
    in_figure: &[bool],
) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (k, t) in tokens.toks.iter().enumerate() {
        let candidate = t.tag.is_proper()
            && t.capitalized
            && !t.has_digit
            && t.norm.chars().count() > 2
            && in_place_or_org.get(k) != Some(&true)
            && in_figure.get(k) != Some(&true);
        if !candidate {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == t.norm) {
            Some(c) => c.1 += 1,
            None => counts.push((t.norm.clone(), 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max().filter(|&m| m >= 2)?;
    counts
        .into_iter()
        .find(|c| c.1 == best)
        .map(|c| names::canonical_key(&c.0))
        .filter(|k| !k.is_empty())
}

/// The names in tokens `[lo, hi)` outside the fact's tokens `skip` and
/// outside dates: every name fact, and runs of proper nouns (typed when a
/// name fact of the document has that key or that surname). Returns all
/// keys and the typed ones, sorted.
pub(super) fn names_in(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (lo, hi): (usize, usize),
    skip: (usize, usize),
) -> (Vec<String>, Vec<(FactKind, String)>) {
    let (Some(first), Some(last)) = (toks.get(lo), hi.checked_sub(1).and_then(|h| toks.get(h)))
    else {
        return (Vec::new(), Vec::new());
    };
    if lo >= hi {
        return (Vec::new(), Vec::new());
    }
    let (start, end) = (first.span.start, last.span.end);
    let skip_span = (
        toks.get(skip.0).map_or(usize::MAX, |t| t.span.start),
        skip.1
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .map_or(0, |t| t.span.end),
    );
    let mut typed: Vec<(FactKind, String)> = doc
        .name_facts
        .overlapping(facts, start, end)
        .into_iter()
        .map(|k| &facts[k])
        .filter(|f| {
            f.span.start >= start
                && f.span.end <= end
                && !(f.span.start < skip_span.1 && skip_span.0 < f.span.end)
        })
        .map(|f| (f.kind, name_key(f)))
        .filter(|(_, k)| !k.is_empty())
        .collect();
    let doc_names = &doc.names;
    let surname = |k: &str| k.rsplit(' ').next().unwrap_or(k).to_string();
    let mut names: Vec<String> = Vec::new();
    let proper = |k: usize| {
        let t = &toks[k];
        t.tag.is_proper()
            && t.capitalized
            && !t.has_digit
            && !(skip.0..skip.1).contains(&k)
            && doc.in_date.get(k) != Some(&true)
    };
    let mut k = lo;
    while k < hi {
        if !proper(k) {
            k += 1;
            continue;
        }
        let from = k;
        while k < hi && proper(k) {
            k += 1;
        }
        let run = text
            .get(toks[from].span.start..toks[k - 1].span.end)
            .unwrap_or("");
        let key = names::canonical_key(run);
        if key.is_empty() {
            continue;
        }
        let typed_as = doc_names
            .iter()
            .find(|(_, d)| *d == key || surname(d) == key || surname(d) == surname(&key));
        // A short capitalised abbreviation no name fact backs ("TD", "IR",
        // "GM") is a term of the trade, not a name.
        let abbreviation = run.chars().filter(|c| c.is_alphabetic()).count() <= 3
            && !run.chars().any(char::is_lowercase);
        if abbreviation && typed_as.is_none() {
            continue;
        }
        if let Some((kind, _)) = doc_names
            .iter()
            .find(|(_, d)| *d == key || surname(d) == key || surname(d) == surname(&key))
        {
            typed.push((*kind, key.clone()));
        }
        names.push(key);
    }
    typed.sort();
    typed.dedup();
    names.extend(typed.iter().map(|(_, k)| k.clone()));
    names.sort();
    names.dedup();
    (names, typed)
}

/// Byte offset where the head of a dated article ends: the dash after its
/// dateline's town ("HARWICK, May 2 (Reuters) -", "MARLOW, Ohio (AP) —"),
/// on the town's line and within a few words of it; the town's end when
/// no dash follows; 0 without a dateline.
pub(super) fn dateline_head(tokens: &Tokens, facts: &[Fact]) -> usize {
    let Some(town) = facts
        .iter()
        .find(|f| f.kind == FactKind::Place && f.role == Some(crate::facts::Role::Dateline))
    else {
        return 0;
    };
    let (_, b) = tokens.range_of(town.span);
    let line = b
        .checked_sub(1)
        .and_then(|k| tokens.toks.get(k))
        .map(|t| t.line);
    tokens
        .toks
        .get(b..)
        .unwrap_or(&[])
        .iter()
        .take(HEAD_TOKENS)
        .take_while(|t| Some(t.line) == line)
        .find(|t| {
            !t.norm.is_empty()
                && t.norm
                    .chars()
                    .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
        })
        .map_or(town.span.end, |t| t.span.end)
}

/// Most tokens between a dateline's town and its dash ("LONDON, Dec. 6,
/// 2023 (Reuters) -").
const HEAD_TOKENS: usize = 16;

/// The keys of `names` (found in tokens `[lo, hi)`) that only the
/// dateline's head gives: none are, when the range starts after the head
/// or the rest of the range names them too ("KUMASI (X) - ... in Kumasi").
pub(super) fn head_only(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (lo, hi): (usize, usize),
    skip: (usize, usize),
    names: &[String],
) -> Vec<String> {
    let starts_in_head = toks.get(lo).is_some_and(|t| t.span.start < doc.head_end);
    if !starts_in_head || names.is_empty() {
        return Vec::new();
    }
    let body = (lo..hi)
        .find(|&k| toks.get(k).is_some_and(|t| t.span.start >= doc.head_end))
        .unwrap_or(hi);
    let (rest, _) = names_in(text, toks, facts, doc, (body, hi), skip);
    names
        .iter()
        .filter(|n| !rest.contains(n))
        .cloned()
        .collect()
}

/// The places of the clause opening at `cl_b` (up to its first comma,
/// colon or semicolon, before `e`) when it tells the happening the figure
/// at tokens `skip` counts: a "when" clause ("Twelve people were killed
/// *when a bus overturned near Kessling*"), or an "after" or "as" clause
/// with a subject and a verb of its own ("nine died *after a ferry
/// capsized off Porth Wen*", "four were hurt *as a storm swept through
/// Dunmore*"). Not a preposition before a noun or a participle ("died
/// after the crash", "died after being taken to a hospital in Harwick"):
/// what follows it may be somewhere else.
pub(super) fn happening_places(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    (cl_b, e): (usize, usize),
    skip: (usize, usize),
) -> Vec<String> {
    let Some(opener) = toks.get(cl_b) else {
        return Vec::new();
    };
    let end = (cl_b + 1..e)
        .find(|&k| matches!(toks[k].tag.name(), "," | ":" | ";"))
        .unwrap_or(e);
    let clause = toks.get(cl_b + 1..end).unwrap_or(&[]);
    let tells = match opener.norm.as_str() {
        "when" => true,
        "after" | "as" => {
            // a subject first, then a finite verb of the clause
            let finite = |t: &Token| matches!(t.tag.name(), "VBD" | "VBZ" | "VBP" | "MD");
            clause
                .first()
                .is_some_and(|t| !t.tag.is_verb() && !t.has_digit)
                && clause.iter().skip(1).any(finite)
        }
        _ => false,
    };
    if !tells {
        return Vec::new();
    }
    let (_, typed) = names_in(text, toks, facts, doc, (cl_b + 1, end), skip);
    typed
        .into_iter()
        .filter(|(k, _)| *k == FactKind::Place)
        .map(|(_, n)| n)
        .collect()
}
