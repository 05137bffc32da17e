//! The passes after Brill's rules that settle verb readings from the
//! sentence: a verb tag the word's form or place cannot bear is undone,
//! participles and clause verbs are read from their context.

use super::Tag;
use crate::lex::lexicon::TagSet;

/// Articles: a word right after one begins a noun phrase.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// A verb tag the word's form or place cannot bear is undone. Two
/// readings are never a verb:
///
/// - a gerund or present participle (VBG) that is no such form: for a
///   known word, its set lacks VBG (the restriction already keeps rules
///   from making one); for an unknown word, it is not written with
///   "-ing" ("the island *route* this week");
/// - a word right after an article or a possessive determiner ("the",
///   "a", "his", "their") begins a noun phrase: a base or present form is a
///   noun ("the *strike*"), a participle an adjective ("the *closing*
///   arguments", "the *injured* driver");
/// - a present or base form right after "of" is the noun it governs
///   ("the number of *bodies* recovered").
pub(super) fn settle_verb_forms(words: &[&str], sets: &[Option<TagSet>], tags: &mut [Tag]) {
    for i in 0..tags.len() {
        let tag = tags[i].name();
        if !tags[i].is_verb() {
            continue;
        }
        let lower = words[i].to_lowercase();
        let gerund_form = match sets[i] {
            Some(set) => set.has("VBG"),
            None => lower.ends_with("ing") || lower.ends_with("in'"),
        };
        if tag == "VBG" && !gerund_form {
            tags[i] = if lower.ends_with('s') {
                Tag::NNS
            } else {
                Tag::NN
            };
            continue;
        }
        if after_determiner(words, tags, i) {
            tags[i] = match tag {
                "VBG" | "VBN" | "VBD" => Tag::JJ,
                "VBZ" => Tag::NNS,
                _ => Tag::NN,
            };
            continue;
        }
        // "the number of *bodies* recovered", "a list of *demands*": a
        // present or base form right after "of" is the noun "of" governs
        // (a gerund, "accused of *taking*", stays a verb)
        let after_of = i
            .checked_sub(1)
            .is_some_and(|j| words[j].eq_ignore_ascii_case("of"));
        if after_of && matches!(tag, "VBZ" | "VBP" | "VB") {
            tags[i] = if tag == "VBZ" { Tag::NNS } else { Tag::NN };
        }
    }
}

/// Whether word `i` follows an article or a possessive determiner (not
/// "her", which is also an object).
fn after_determiner(words: &[&str], tags: &[Tag], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|j| {
        ARTICLES.contains(&words[j].to_lowercase().as_str())
            || (tags[j].name() == "PRP$" && !words[j].eq_ignore_ascii_case("her"))
    })
}

/// The forms of "be" and "have" a participle follows ("were *shot*",
/// "has *set*").
const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "am", "has", "have", "had", "having", "'s",
    "'re", "'m", "'ve",
];

/// A word read as a noun or a base form that is also a past participle
/// is one in two places: right after a form of "be" or "have", an adverb
/// between ("two men were *shot* dead", "power was *cut*", "had
/// already *set*"), and after a noun, before "by" naming the doer ("the
/// suspect *shot* by police").
pub(super) fn read_participles(words: &[&str], sets: &[Option<TagSet>], tags: &mut [Tag]) {
    for i in 1..tags.len() {
        let can = sets[i].is_some_and(|s| s.has("VBN"));
        if !can || !matches!(tags[i].name(), "NN" | "VB" | "VBP") {
            continue;
        }
        let mut j = i - 1;
        while j > 0 && tags[j].is_adverb() {
            j -= 1;
        }
        let after_auxiliary = AUXILIARIES.contains(&words[j].to_lowercase().as_str());
        let by_doer = tags[i - 1].is_noun()
            && words
                .get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("by"));
        if after_auxiliary || by_doer {
            tags[i] = Tag::VBN;
        }
    }
}

/// Words that open a clause: its subject may follow ("*after* police
/// found the car", "*when* the storm hit").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "after", "before", "when", "while", "as", "because", "since", "until", "though",
    "although", "if", "once", "that",
];

/// Verbs of saying: the clause they report may follow without "that"
/// ("police said a gunman *shot* three people").
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "stated",
    "announced",
    "confirmed",
    "reported",
];

/// Time words that may follow a verb directly ("*struck* overnight").
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "earlier",
    "last",
    "this",
    "early",
    "late",
];

/// The clause verb of news: a noun-phrase subject at the start of a
/// clause ("A gunman", "Police", "The 24-year-old man") followed by a word
/// that can be a past tense, then its object or a preposition or a time
/// word ("a gunman *shot* three people", "the storm *cut* power to
/// thousands"), is that past tense when the clause has no other finite
/// verb. The same with a singular subject and a present in "-s" the
/// rules read as a plural noun ("the agency *reports* its figures").
pub(super) fn read_clause_verbs(words: &[&str], sets: &[Option<TagSet>], tags: &mut [Tag]) {
    for i in 1..tags.len() {
        let Some(set) = sets[i] else { continue };
        let Some(to) = clause_verb_reading(set, tags, i) else {
            continue;
        };
        if !opens_object(words, tags, i + 1) {
            continue;
        }
        let Some(start) = subject_start(words, tags, i) else {
            continue;
        };
        let end = clause_end(words, tags, i);
        if (start..end).any(|k| k != i && tags[k].is_finite()) {
            continue;
        }
        tags[i] = to;
    }
}

/// The finite reading word `i` may take as the clause verb: a past tense
/// for a word read otherwise (a present of a past form such as "cut"
/// included), a present in "-s" for a word read as a plural noun after a
/// singular one.
fn clause_verb_reading(set: TagSet, tags: &[Tag], i: usize) -> Option<Tag> {
    let tag = tags[i];
    let prev = tags.get(i.checked_sub(1)?)?;
    if set.has("VBD") && matches!(tag.name(), "NN" | "NNS" | "VB" | "VBP" | "VBN" | "JJ") {
        return Some(Tag::VBD);
    }
    let singular_subject = matches!(prev.name(), "NN" | "NNP");
    (set.has("VBZ") && tag == Tag::NNS && singular_subject).then_some(Tag::VBZ)
}

/// Whether word `k` can begin what follows a verb: an object (a
/// determiner, number, pronoun or noun), a preposition, "to", "that", or
/// a time word.
fn opens_object(words: &[&str], tags: &[Tag], k: usize) -> bool {
    let (Some(w), Some(t)) = (words.get(k), tags.get(k)) else {
        return false;
    };
    t.is_noun()
        || matches!(t.name(), "DT" | "CD" | "PRP" | "PRP$" | "IN" | "TO" | "WDT")
        || TIME_WORDS.contains(&w.to_lowercase().as_str())
}

/// The start of the noun phrase that ends right before word `i`, when
/// that phrase is a subject: it ends with a noun or a personal pronoun,
/// holds only determiners, numbers, adjectives, nouns and possessives, and
/// begins the sentence or a clause (after punctuation, a clause opener or
/// a verb of saying).
fn subject_start(words: &[&str], tags: &[Tag], i: usize) -> Option<usize> {
    let head = tags[i.checked_sub(1)?];
    if !(head.is_noun() || head.name() == "PRP") {
        return None;
    }
    let mut s = i - 1;
    while s > 0 && in_noun_phrase(tags[s - 1]) {
        s -= 1;
    }
    let opens = s == 0 || {
        let w = words[s - 1].to_lowercase();
        tags[s - 1].is_punct()
            || CLAUSE_OPENERS.contains(&w.as_str())
            || SAYING.contains(&w.as_str())
    };
    opens.then_some(s)
}

/// A tag that can stand inside a noun phrase before its head.
fn in_noun_phrase(t: Tag) -> bool {
    t.is_noun() || t.is_adjective() || matches!(t.name(), "DT" | "CD" | "PRP$" | "POS" | "PDT")
}

/// The end (exclusive) of the clause holding word `i`: the next
/// punctuation, coordinator, relative word or clause opener, or the end of
/// the sentence.
fn clause_end(words: &[&str], tags: &[Tag], i: usize) -> usize {
    (i + 1..tags.len())
        .find(|&k| {
            tags[k].is_punct()
                || matches!(tags[k].name(), "CC" | "WDT" | "WP")
                || CLAUSE_OPENERS.contains(&words[k].to_lowercase().as_str())
        })
        .unwrap_or(tags.len())
}

/// Whether word `i` follows an opening quote or bracket (a sentence inside
/// a quotation starts there).
pub(super) fn after_opening(words: &[&str], i: usize) -> bool {
    i > 0
        && matches!(
            words[i - 1],
            "\"" | "\u{201C}" | "(" | "[" | "'" | "\u{2018}" | ":" | "-" | "\u{2014}"
        )
}
