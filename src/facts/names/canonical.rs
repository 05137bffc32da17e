//! Canonical keys of names for matching across sources, and the test of
//! whether two person names can denote the same person.
//!
//! Consumes names as written or as canonicalised by the extractor;
//! produces lower-case ASCII-folded keys. Pure functions, linear in the
//! length of the name, never panic.
//!
//! The transliteration alias table ([`ALIASES`]) is deliberately small and
//! lists spellings of the same name, not different names: Kiev → Kyiv,
//! Zelensky/Zelenskiy/Zelenski → Zelenskyy, Odessa → Odesa, Kharkov →
//! Kharkiv, Lvov → Lviv, Nikolaev → Mykolaiv, Dnepr → Dnipro,
//! Zaporozhye → Zaporizhzhia, Lugansk → Luhansk, Chernigov → Chernihiv,
//! Donbass → Donbas, Chernobyl → Chornobyl, Qaddafi/Kadhafi/Gadhafi →
//! Gaddafi, Qaida → Qaeda, Navalnyy → Navalny, Mohammed/Mohammad/Mohamed →
//! Muhammad, Usama → Osama, Moammar → Muammar. Whole names are also unified
//! through the place and organisation gazetteer (U.S. → united states,
//! al-Qaida → al qaeda).

use super::lexicon::{self, fold};
use crate::lex::hash::WordHash;
use std::cell::RefCell;
use std::collections::HashMap;

/// Word-level transliteration aliases: (variant, canonical), both folded.
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("kiev", "kyiv"),
    ("kyyiv", "kyiv"),
    ("zelensky", "zelenskyy"),
    ("zelenskiy", "zelenskyy"),
    ("zelenski", "zelenskyy"),
    ("zelenskyi", "zelenskyy"),
    ("zelenskij", "zelenskyy"),
    ("odessa", "odesa"),
    ("kharkov", "kharkiv"),
    ("lvov", "lviv"),
    ("lwow", "lviv"),
    ("nikolaev", "mykolaiv"),
    ("nikolayev", "mykolaiv"),
    ("mykolayiv", "mykolaiv"),
    ("dnepr", "dnipro"),
    ("dnieper", "dnipro"),
    ("zaporozhye", "zaporizhzhia"),
    ("zaporizhia", "zaporizhzhia"),
    ("zaporozhzhia", "zaporizhzhia"),
    ("lugansk", "luhansk"),
    ("chernigov", "chernihiv"),
    ("donbass", "donbas"),
    ("chernobyl", "chornobyl"),
    ("qaddafi", "gaddafi"),
    ("kadhafi", "gaddafi"),
    ("gadhafi", "gaddafi"),
    ("qadhafi", "gaddafi"),
    ("kaddafi", "gaddafi"),
    ("khadafy", "gaddafi"),
    ("qaida", "qaeda"),
    ("qa'ida", "qaeda"),
    ("navalnyy", "navalny"),
    ("mohammed", "muhammad"),
    ("mohammad", "muhammad"),
    ("mohamed", "muhammad"),
    ("muhammed", "muhammad"),
    ("usama", "osama"),
    ("moammar", "muammar"),
    ("moamer", "muammar"),
];

fn alias(word: &str) -> &str {
    ALIASES
        .iter()
        .find(|(v, _)| *v == word)
        .map_or(word, |(_, c)| c)
}

/// The display spelling of one word of a person's name: the alias target,
/// capitalised, when the word is a known variant ("Zelensky" →
/// "Zelenskyy"); otherwise the word as written without a trailing period
/// (an all-capitals word of four or more letters is title-cased).
pub(crate) fn display_word(word: &str) -> String {
    let w = if word.len() > 2 {
        word.trim_end_matches('.')
    } else {
        word
    };
    let f = fold(w);
    let target = alias(&f);
    if target != f {
        let mut cs = target.chars();
        return cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
    }
    if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && super::tokens::is_all_caps(w) {
        let mut cs = w.chars();
        return cs
            .next()
            .map(|c| {
                c.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
            .unwrap_or_default();
    }
    w.to_string()
}

/// Canonical key of a name for matching across sources: NFKC and
/// compatibility folding, case-folded, diacritics removed, punctuation
/// dropped (hyphens become spaces), a leading title or honorific and its
/// portfolio removed ("Secretary of Defense Lloyd J. Austin III" → "lloyd
/// austin"), middle initials and generational suffixes dropped, a trailing
/// possessive dropped, and transliteration aliases unified (see the module
/// documentation: "Kiev" → "kyiv", "Zelensky" → "zelenskyy", "Al Qaeda" and
/// "al-Qaida" → "al qaeda").
pub fn canonical_key(name: &str) -> String {
    remembered(name, key_of)
}

/// How many keys a thread remembers before it forgets them all.
const REMEMBERED_KEYS: usize = 4096;

thread_local! {
    /// The keys of the names this thread canonicalised last (a document
    /// asks for the key of one name many times: each mention, each
    /// fuller name of its surname), hashed like the word tables and never
    /// iterated, so no output depends on what is remembered.
    static KEYS: RefCell<HashMap<String, String, WordHash>> = RefCell::default();
}

/// `key(name)`, remembered per thread: [`canonical_key`] is a pure
/// function of the name, so a remembered key is the one it would compute.
fn remembered(name: &str, key: fn(&str) -> String) -> String {
    KEYS.with(|keys| {
        let Ok(mut keys) = keys.try_borrow_mut() else {
            return key(name);
        };
        if let Some(k) = keys.get(name) {
            return k.clone();
        }
        let k = key(name);
        if keys.len() >= REMEMBERED_KEYS {
            keys.clear();
        }
        keys.insert(name.to_string(), k.clone());
        k
    })
}

/// [`canonical_key`] computed.
fn key_of(name: &str) -> String {
    let folded = fold(name);
    let mut cleaned = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            cleaned.push(c);
        } else if c == '\'' {
            // Apostrophes vanish: "O'Brien" = "OBrien"; a possessive 's is
            // removed below.
            cleaned.push('\'');
        } else {
            cleaned.push(' ');
        }
    }
    let mut words: Vec<String> = cleaned
        .split_whitespace()
        .map(|w| {
            let w = w.strip_suffix("'s").unwrap_or(w);
            w.replace('\'', "")
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    if words.is_empty() {
        return String::new();
    }
    // Whole-name gazetteer aliases (places and organisations).
    let joined = words.join(" ");
    if let Some(&(_, canon)) = lexicon::gazetteer().get(&joined) {
        return normalise_words(canon).join(" ");
    }
    strip_title(&mut words);
    if words.len() > 1 && lexicon::is_suffix(words.last().map_or("", String::as_str)) {
        words.pop();
    }
    if words.len() >= 3 {
        let last = words.len() - 1;
        let mut i = 0;
        words.retain(|w| {
            let keep = i == 0 || i == last || w.chars().count() > 1;
            i += 1;
            keep
        });
    }
    let words: Vec<&str> = words.iter().map(|w| alias(w)).collect();
    let joined = words.join(" ");
    if let Some(&(_, canon)) = lexicon::gazetteer().get(&joined) {
        return normalise_words(canon).join(" ");
    }
    joined
}

fn normalise_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| alias(w).to_string())
        .collect()
}

/// Removes a leading title and its complements ("president", "secretary
/// of defense", "ukrainian defense minister", "gen") when a name follows.
fn strip_title(words: &mut Vec<String>) {
    let mut cut = None;
    for h in 0..words.len() {
        if !lexicon::is_title_head(&words[h]) {
            continue;
        }
        let mut k = h + 1;
        while k < words.len() && lexicon::is_title_tail(&words[k]) {
            k += 1;
        }
        while k < words.len() && matches!(words[k].as_str(), "of" | "for") {
            k += 1;
            while k < words.len()
                && (matches!(words[k].as_str(), "the" | "and")
                    || lexicon::is_department_word(&words[k])
                    || lexicon::gazetteer().contains_key(&words[k]))
            {
                k += 1;
            }
        }
        if k < words.len() && !lexicon::is_title_head(&words[k]) {
            cut = Some(k);
        }
    }
    if let Some(k) = cut {
        // Only when everything before is title-like.
        let title_like = words[..k].iter().all(|w| {
            lexicon::is_title_head(w)
                || lexicon::is_title_tail(w)
                || lexicon::is_department_word(w)
                || lexicon::is_demonym(w)
                || lexicon::is_connector(w)
                || lexicon::gazetteer().contains_key(w.as_str())
                || lexicon::is_org_cue(w)
        });
        if title_like {
            words.drain(..k);
        }
    }
}

/// Whether two person names can denote the same person: the same
/// canonical key; or the same surname (after aliasing) and compatible first
/// names: one is the initial of the other, or their Jaro–Winkler similarity
/// is at least 0.9. A surname alone matches any full name with that
/// surname. Never true only because the whole strings look alike ("Lloyd
/// Austin" and "Lloyd Blankfein" differ).
pub fn same_person(a: &str, b: &str) -> bool {
    let ka = canonical_key(a);
    let kb = canonical_key(b);
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let ta: Vec<&str> = ka.split(' ').collect();
    let tb: Vec<&str> = kb.split(' ').collect();
    let (Some(sa), Some(sb)) = (ta.last(), tb.last()) else {
        return false;
    };
    if sa != sb {
        return false;
    }
    if ta.len() == 1 || tb.len() == 1 {
        return true;
    }
    // A compound surname with and without the first name ("Boone Isaacs",
    // "Cheryl Boone Isaacs").
    if ta.len() != tb.len() && (ta.ends_with(&tb) || tb.ends_with(&ta)) {
        return true;
    }
    let (fa, fb) = (ta[0], tb[0]);
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    fa == fb || initial(fa, fb) || initial(fb, fa) || strsim::jaro_winkler(fa, fb) >= 0.9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_keys_are_the_computed_ones() {
        let names = [
            "Secretary of Defense Lloyd J. Austin III",
            "Kiev",
            "al-Qaida",
            "the U.S.",
        ];
        for round in 0..3 {
            for n in names {
                assert_eq!(canonical_key(n), key_of(n), "{n} ({round})");
            }
        }
        // past the bound the table is emptied, and keys stay right
        for i in 0..REMEMBERED_KEYS + 10 {
            let n = format!("Name{i} Surname");
            assert_eq!(canonical_key(&n), key_of(&n));
        }
        assert_eq!(canonical_key("Kiev"), "kyiv");
    }

    #[test]
    fn keys() {
        let cases = [
            ("Secretary of Defense Lloyd J. Austin III", "lloyd austin"),
            ("Lloyd J Austin III", "lloyd austin"),
            ("Ukrainian Defense Minister Rustem Umerov", "rustem umerov"),
            ("President Volodymyr Zelensky", "volodymyr zelenskyy"),
            ("Volodymyr Zelenskiy", "volodymyr zelenskyy"),
            ("Zelenskyy's", "zelenskyy"),
            ("Kiev", "kyiv"),
            ("KYIV", "kyiv"),
            ("Odessa", "odesa"),
            ("Kharkov", "kharkiv"),
            ("Lvov", "lviv"),
            ("Nikolaev", "mykolaiv"),
            ("Dnepr", "dnipro"),
            ("Muammar Qaddafi", "muammar gaddafi"),
            ("Moammar Kadhafi", "muammar gaddafi"),
            ("Al Qaeda", "al qaeda"),
            ("al-Qaida", "al qaeda"),
            ("U.S.", "united states"),
            ("the United States", "united states"),
            ("Gen. CQ Brown, Jr.", "cq brown"),
            ("Secretary of State", "secretary of state"),
            ("Department of Defense", "department of defense"),
            ("Zelénskyy", "zelenskyy"),
            ("", ""),
            ("  ", ""),
        ];
        for (name, key) in cases {
            assert_eq!(canonical_key(name), key, "{name}");
        }
    }

    #[test]
    fn people() {
        let cases = [
            ("Lloyd Austin", "Lloyd J. Austin III", true),
            ("Lloyd Austin", "Lloyd Blankfein", false),
            ("L. Austin", "Lloyd Austin", true),
            ("Austin", "Lloyd Austin", true),
            ("Lloyd Austin", "Austin", true),
            ("Volodymyr Zelensky", "Volodymyr Zelenskyy", true),
            ("Volodymyr Zelenskiy", "President Zelensky", true),
            ("Jon Smith", "John Smith", true),
            ("Joe Biden", "Jill Biden", false),
            ("Rustem Umerov", "Lloyd Austin", false),
            ("Anthony Blinken", "Antony Blinken", true),
            ("M. Smith", "J. Smith", false),
            ("", "Austin", false),
            ("Austin", "Lloyd Austen", false),
            ("Boone Isaacs", "Cheryl Boone Isaacs", true),
            ("Hawk Boone Isaacs", "Cheryl Boone Isaacs", false),
        ];
        for (a, b, expect) in cases {
            assert_eq!(same_person(a, b), expect, "{a} / {b}");
            assert_eq!(same_person(b, a), expect, "{b} / {a}");
        }
    }
}
