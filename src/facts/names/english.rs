//! The English word list of `data/pos/en-lexicon.txt` (Brill's lexicon,
//! [`crate::lex::lexicon`]), read for names: which capitalised words are
//! ordinary English words, and which words are verbs.
//!
//! Consumes nothing but the data file (parsed once, on first use, into
//! tables that borrow from it); answers per word in constant time. A word
//! the list does not hold (most given names and surnames: "Peyton",
//! "Bellweather") is no ordinary word.

use crate::lex::hash::WordHash;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What the list says of one spelling (its first, most frequent tag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// A common noun (NN, NNS).
    Noun,
    /// A proper noun (NNP, NNPS).
    Proper,
    /// A finite verb or a participle (VBD, VBZ, VBN, MD).
    Verb,
    /// An adverb (RB).
    Adverb,
    /// An adjective (JJ, JJR, JJS).
    Adjective,
    /// Anything else (adjective, base verb, gerund, ...).
    Other,
}

fn use_of(tag: &str) -> Use {
    match tag {
        "NN" | "NNS" => Use::Noun,
        "NNP" | "NNPS" => Use::Proper,
        "VBD" | "VBZ" | "VBN" | "MD" => Use::Verb,
        "RB" => Use::Adverb,
        "JJ" | "JJR" | "JJS" => Use::Adjective,
        _ => Use::Other,
    }
}

/// Each spelling of the list with its use, hashed like the word tables
/// (never iterated).
type Table = HashMap<&'static str, Use, WordHash>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut map = Table::with_capacity_and_hasher(100_000, WordHash::default());
        for (word, tag) in crate::lex::lexicon::entries() {
            map.entry(word).or_insert_with(|| use_of(tag));
        }
        map
    })
}

/// Whether a capitalised word is an ordinary English word, not a name:
/// its lower-case form (`folded`) is in the list as a common noun or a
/// verb form ("Kicker", "State", "Advanced"), or in the list under any
/// other use while the word as written is no proper noun there ("Real" is;
/// "Manning", "Brown" are not: the list knows them as names).
pub(crate) fn is_ordinary(written: &str, folded: &str) -> bool {
    match table().get(folded) {
        None => false,
        Some(Use::Noun | Use::Verb) => true,
        Some(_) => table().get(written) != Some(&Use::Proper),
    }
}

/// Whether a lower-case word is an adjective ("young", "east"): a
/// surname may be one ("Brown"), a given name hardly.
pub(crate) fn is_adjective(folded: &str) -> bool {
    table().get(folded) == Some(&Use::Adjective)
}

/// Verbs whose past tense is spelt like the base form, which the list
/// tags as a base verb only ("Unseeded Ilsa Varnholt beat the favourite",
/// "Dario Fenwick hit a double"), folded: news tells what happened with
/// them right after a name.
const BARE_PASTS: &[&str] = &[
    "beat", "bet", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "set", "shut",
    "split", "spread", "upset",
];

/// Whether a lower-case word is a verb that can follow its subject: a
/// past tense or participle, a present in "-s", or a modal ("threw",
/// "was", "heard", "says", "will"), or a past spelt like its base
/// ([`BARE_PASTS`]: "beat").
pub(crate) fn is_verb(folded: &str) -> bool {
    table().get(folded) == Some(&Use::Verb) || BARE_PASTS.contains(&folded)
}

/// Whether a lower-case word is a common noun ("man", "student").
pub(crate) fn is_noun(folded: &str) -> bool {
    table().get(folded) == Some(&Use::Noun)
}

/// The American spelling of a British noun ending, if the word has one:
/// "organisers" → "organizers", "colours" → "colors". The word list
/// is American, so "Organisers said" would otherwise pass for a name.
fn american_spelling(folded: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("isers", "izers"),
        ("iser", "izer"),
        ("isations", "izations"),
        ("isation", "ization"),
        ("ours", "ors"),
        ("our", "or"),
    ];
    ENDINGS.iter().find_map(|(uk, us)| {
        let stem = folded.strip_suffix(uk)?;
        (stem.chars().count() >= 3).then(|| format!("{stem}{us}"))
    })
}

/// Whether a lower-case word is a common noun in its British spelling
/// only ("organisers", "harbours"): the list holds the American one.
pub(crate) fn is_british_noun(folded: &str) -> bool {
    !table().contains_key(folded) && american_spelling(folded).is_some_and(|us| is_noun(&us))
}

/// Whether a lower-case word is an adverb ("also", "later", "quickly").
pub(crate) fn is_adverb(folded: &str) -> bool {
    table().get(folded) == Some(&Use::Adverb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_and_names() {
        assert!(is_ordinary("Kicker", "kicker"));
        assert!(is_ordinary("State", "state"));
        assert!(!is_ordinary("Manning", "manning"));
        assert!(!is_ordinary("Bellweather", "bellweather"));
        assert!(!is_ordinary("Tomas", "tomas"));
        assert!(is_verb("threw") && is_verb("was") && is_verb("heard"));
        assert!(!is_verb("kicker") && !is_verb("quickly"));
        assert!(is_adverb("also") && is_adverb("later"));
        assert!(is_noun("student") && !is_noun("in"));
        assert!(is_adjective("young") && !is_adjective("tomas"));
        assert!(is_ordinary("Real", "real") && is_ordinary("Injured", "injured"));
    }

    #[test]
    fn british_spellings_of_common_nouns() {
        assert!(is_british_noun("organisers") && is_british_noun("harbours"));
        // American spellings, words the list holds, and names are not.
        for w in ["organizers", "neighbours", "hours", "seymour", "brandt"] {
            assert!(!is_british_noun(w), "{w}");
        }
    }
}
