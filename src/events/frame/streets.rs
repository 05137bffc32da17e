//! Streets: which streets a report names as its scene, and when two differ.
//!
//! Decides whether a street fact is where the incident happened (after a
//! scene preposition or stretch, "on", "at the corner of"; not a route, an
//! address of offices: [`scene_street`], [`near_street`]), the town a street
//! is told in ([`street_town`]), one street spelled two ways
//! ([`street_key`], [`same_street`]: "St" and "Street"), and whether two
//! frames' scenes are different streets ([`street_conflict`]).

use super::Frame;
use crate::facts::Fact;

/// Prepositions that place an incident on the street they lead into:
/// "shot on Larch Street", "a crash at Elm Avenue", "gunfire near Oak
/// Road", "found along River Drive", "off Route Road", and the British
/// "a fire at a house in Dudley Road".
pub const SCENE_PREPOSITIONS: &[&str] = &["along", "at", "in", "near", "off", "on", "outside"];

/// Nouns of a stretch of street after which "of" leads into the scene:
/// "in the 300 block of Elm Avenue", "at the intersection of ...", "the
/// corner of ...".
pub const SCENE_STRETCHES: &[&str] = &["area", "block", "corner", "intersection"];

/// Words that, shortly before a street's preposition, make it somewhere
/// other than the scene: where someone lives ("who lives on Quarry
/// Lane"), a hospital the victims were taken to ("taken to St. Agnes
/// Medical Center on Dunmore Boulevard"), a company's seat ("based on").
/// A building alone is no such word: "shot outside a home on Railroad
/// Street", "a fire at a shopping center on Main Street" are the scene.
pub const NOT_SCENE_WORDS: &[&str] = &[
    "airlifted",
    "based",
    "clinic",
    "headquartered",
    "hospital",
    "live",
    "lived",
    "lives",
    "living",
    "medical",
    "resided",
    "resides",
    "rushed",
    "taken",
    "transported",
    "trauma",
];

/// How many words before a street's preposition [`NOT_SCENE_WORDS`] are
/// looked for: a hospital's name of a few words ("St. Agnes Medical
/// Center on ...") and the verb before it.
pub const NOT_SCENE_WINDOW: usize = 5;

/// Whether the street named at byte `start` of `src` follows "near"
/// (maybe with a house number): "killed in the crash near Hollin Road" says
/// the incident was by that street, not on it ([`Frame::streets_near`]).
pub fn near_street(src: &str, start: usize) -> bool {
    words_before_street(src, start)
        .last()
        .is_some_and(|w| w == "near")
}

/// The lower-case words of the clause before the street named at byte
/// `start` of `src` (within [`CLAUSE_WINDOW_BYTES`], so linear in the
/// text), a house number right before it left out: "at 1200 Main Street"
/// gives the words up to "at".
fn words_before_street(src: &str, start: usize) -> Vec<String> {
    let before = crate::events::features::tail(src, start, CLAUSE_WINDOW_BYTES);
    let mut words = crate::events::features::clause_words_before(before, &['\n', '.', ';']);
    if words
        .last()
        .is_some_and(|last| last.chars().all(|c| c.is_ascii_digit()))
    {
        words.pop();
    }
    words
}

/// How many bytes before a street or an age are read for the words that
/// lead into it: a clause's worth, so that the frame stays linear in the
/// text whatever its punctuation.
pub(super) const CLAUSE_WINDOW_BYTES: usize = 160;

/// Whether the street named at byte `start` of `src` is where the incident
/// happened, by the words before it: a [`SCENE_PREPOSITIONS`] word, maybe
/// with a house number ("at 1200 Main Street"), or "of" after a
/// [`SCENE_STRETCHES`] noun ("the 300 block of Elm Avenue"), and none of
/// [`NOT_SCENE_WORDS`] among the [`NOT_SCENE_WINDOW`] words before; or
/// "and" right after a scene street (`after`: the end of the street named
/// before and whether it was the scene), the cross street of "at Larch
/// Street and Quimby Avenue". A street after "a" or "of" alone ("a Quimby
/// Avenue man", "Reyes, of Harmon Road") is a home, never the scene.
pub fn scene_street(src: &str, start: usize, after: Option<(usize, bool)>) -> bool {
    if let Some((end, scene)) = after {
        let between = src.get(end..start).unwrap_or("");
        if matches!(between.trim(), "and" | "&") {
            return scene;
        }
    }
    // The clause before, a house number left out.
    let words = words_before_street(src, start);
    let rest = words.as_slice();
    let Some((prep, head)) = rest.split_last() else {
        return false;
    };
    let placed = if prep == "of" {
        head.last()
            .is_some_and(|w| SCENE_STRETCHES.binary_search(&w.as_str()).is_ok())
    } else {
        SCENE_PREPOSITIONS.binary_search(&prep.as_str()).is_ok()
    };
    placed
        && !head
            .iter()
            .rev()
            .take(NOT_SCENE_WINDOW)
            .any(|w| NOT_SCENE_WORDS.binary_search(&w.as_str()).is_ok())
}

/// Most words of a town's name after a street ("Brindley Heath").
pub const STREET_TOWN_WORDS: usize = 3;

/// The town a street is placed in by the words right after it, the form
/// of British local news: "a house in Cresswell Road, Ashcombe, caught
/// fire", "a shop on High Street, Brindley Heath." The street ends at
/// byte `end` of `src`; then a comma, and one to [`STREET_TOWN_WORDS`]
/// capitalised words that end the clause (a comma, a full stop, a
/// semicolon, the end of the text) or stand before a lower-case word.
/// None when any fact of `facts` begins among those words (a person
/// quoted after the street, a day, a place the name finder read
/// already), or when they name another street.
pub fn street_town(src: &str, end: usize, facts: &[&Fact]) -> Option<String> {
    let start = end.checked_add(2)?;
    let rest = crate::events::features::head(src, end, CLAUSE_WINDOW_BYTES).strip_prefix(", ")?;
    let mut words: Vec<&str> = Vec::new();
    let (mut at, mut len) = (0, 0);
    for piece in rest.split(' ') {
        let (raw, newline) = match piece.split_once('\n') {
            Some((raw, _)) => (raw, true),
            None => (piece, false),
        };
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.chars().count() >= 2;
        if !capitalised {
            break;
        }
        words.push(word);
        len = at + word.len();
        if newline || word.len() < raw.len() || words.len() > STREET_TOWN_WORDS {
            break;
        }
        at += piece.len() + 1;
    }
    let last = words.last()?.to_lowercase();
    let fact_inside = facts
        .iter()
        .any(|f| f.span.start >= start && f.span.start < start.saturating_add(len));
    (words.len() <= STREET_TOWN_WORDS && !fact_inside && !crate::lex::words::is_street_word(&last))
        .then(|| words.join(" "))
}

/// Street-type abbreviations and the words they stand for.
const STREET_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ave", "avenue"),
    ("blvd", "boulevard"),
    ("ct", "court"),
    ("dr", "drive"),
    ("hwy", "highway"),
    ("ln", "lane"),
    ("pkwy", "parkway"),
    ("rd", "road"),
    ("st", "street"),
];

/// A street's canonical key with its type spelled out ("main st" → "main
/// street"), so that two spellings of one street compare equal.
pub fn street_key(key: &str) -> Box<str> {
    let words: Vec<&str> = key
        .split(' ')
        .map(|w| {
            STREET_ABBREVIATIONS
                .binary_search_by_key(&w, |x| x.0)
                .map_or(w, |i| STREET_ABBREVIATIONS[i].1)
        })
        .collect();
    words.join(" ").into_boxed_str()
}

/// Whether two street keys can name one street: equal, the same name with
/// another type word, or one is the other without its first words (a direction or the town: "Oakland Avenue" and
/// "South Oakland Avenue", "High Street" and "Wellington High Street"),
/// keeping at least a name and a type.
pub fn same_street(a: &str, b: &str) -> bool {
    // "Stadiou Street" and "Stadiou Avenue": one name, its type given two
    // ways (a translation, an outlet's error).
    let name = |x: &str| x.rsplit_once(' ').map(|(n, _)| n.to_owned());
    if name(a).is_some_and(|n| Some(&n) == name(b).as_ref()) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.contains(' ')
            && long
                .strip_suffix(short)
                .is_some_and(|head| head.ends_with(' ')))
}

/// Whether two reports place their incidents on different streets: each
/// names a scene street ([`Frame::streets`]), they share none
/// ([`same_street`]), and neither report names the other's scene street
/// anywhere ([`Frame::named_streets`]: a cross street, "at Larch Street and
/// Quimby Avenue", or the block a later report gives). The streets a
/// report names in other roles (a victim's home, the hospital) say nothing
/// of where the incident was.
pub fn street_conflict(a: &Frame, b: &Frame) -> bool {
    !a.streets.is_empty() && !b.streets.is_empty() && !names_scene_of(b, a) && !names_scene_of(a, b)
}

/// Whether `x` names, in any role, a street `y` places its incident on
/// ([`Frame::streets`], [`Frame::named_streets`]).
pub fn names_scene_of(x: &Frame, y: &Frame) -> bool {
    y.streets
        .iter()
        .any(|s| x.named_streets.iter().any(|t| same_street(s, t)))
}
