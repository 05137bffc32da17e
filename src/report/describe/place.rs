//! An event's place: where two or more documents set it, with homes, seats,
//! opponents, lists and other background places left out (see the parent
//! module).

use super::*;

/// Words before a place that make it the other side of a game or a
/// contest, not where something happened ("before facing Seattle",
/// "the win against Atlanta").
pub(super) const OPPONENT_LEADS: &[&str] = &["against", "facing", "versus", "vs"];

/// Words after a place that make it someone's home or a company's seat
/// ("the Alabama native", "a Texas-born actor", "Canada-based ATI").
pub(super) const HOME_TAILS: &[&str] = &["based", "born", "bred", "native", "natives", "raised"];

/// Nouns of people and firms a place can be the home of when written
/// before them ("an Alabama physician", "the Texas senator", "a Chicago
/// company"): the place is theirs, not the event's.
pub(super) const PERSON_OR_FIRM_NOUNS: &[&str] = &[
    "actor",
    "actress",
    "athlete",
    "boy",
    "businessman",
    "company",
    "doctor",
    "firm",
    "girl",
    "governor",
    "group",
    "lawmaker",
    "lawyer",
    "maker",
    "man",
    "manufacturer",
    "mayor",
    "native",
    "official",
    "physician",
    "player",
    "resident",
    "retailer",
    "senator",
    "singer",
    "star",
    "startup",
    "teen",
    "teenager",
    "woman",
];

/// Words before "in" that make the place after it a firm's or a person's
/// seat ("based in Sunnyvale", "headquartered in Markham").
pub(super) const SEAT_WORDS: &[&str] = &["based", "headquartered", "lives", "lived"];

/// Words before a place that set the event in it ("in Woodburn", "at the
/// Kodak Theatre").
pub(super) const SCENE_LEADS: &[&str] = &["at", "in", "inside", "near", "outside"];

/// Whether a place mention is not where the event happened:
///
/// - a demonym ([`is_demonym`]: "Australian actor", `key` Australia);
/// - the title of a work, alone in quotes ("the epic \"Australia,\"");
/// - someone's home or a company's seat ("the Alabama native",
///   "Canada-based"), or any place joined to the noun it modifies
///   ("an Alabama family physician", "U.S. viewers");
/// - the other side of a contest ("against Detroit"), or in a clause about
///   another time ("after last week's loss at Chicago").
pub(super) fn background_place(text: &str, start: usize, end: usize, key: &str) -> bool {
    let mention = text.get(start..end).unwrap_or("");
    if is_demonym(mention, key) {
        return true;
    }
    let quoted_before = text.get(..start).is_some_and(|b| b.ends_with(['"', '“']));
    let quoted_after = text
        .get(end..)
        .is_some_and(|a| a.trim_start_matches([',', '.']).starts_with(['"', '”']));
    if quoted_before && quoted_after {
        return true;
    }
    if modifies_a_holder(text, mention, end)
        || is_currency_prefix(text, end)
        || in_a_list(text, start, end)
    {
        return true;
    }
    let start = phrase_start(text, start);
    if in_organisation_name(text, start) {
        return true;
    }
    let before = clause_words_before(text, start, 2);
    let seat = matches!(before.as_slice(), [w, i] if i == "in" && SEAT_WORDS.contains(&w.as_str()));
    if seat || before.iter().any(|w| OPPONENT_LEADS.contains(&w.as_str())) {
        return true;
    }
    in_other_time(text, start) || in_someones_movement(text, start, end)
}

/// Whether a place mention is an item of a list of places ("through
/// Canada, California, and Texas", "to Germany, Spain, Italy"): a
/// comma-separated run of capitalised names with a comma on each side of
/// the mention or two names before it; a list names where something
/// reaches, not one scene.
pub(super) fn in_a_list(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let before = before
        .strip_suffix(", and ")
        .or_else(|| before.strip_suffix(" and "))
        .or_else(|| before.strip_suffix(", "));
    let items_before = before.map_or(0, |b| list_items(b.rsplit(", ").map(last_and), true));
    let after = text.get(end..).unwrap_or("");
    let items_after = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" and "))
        .map_or(0, |a| {
            let clause = a.split(['.', ';', '\n']).next().unwrap_or("");
            let items = clause
                .split(", ")
                .flat_map(|i| i.strip_prefix("and ").unwrap_or(i).split(" and "));
            list_items(items, false)
        });
    items_before + items_after >= 2
}

/// The part of a list item after its last " and " ("Boston" of "Toronto
/// and Boston").
pub(super) fn last_and(item: &str) -> &str {
    item.rsplit(" and ").next().unwrap_or(item)
}

/// Most words of a place's name in a list.
pub(super) const LIST_NAME_WORDS: usize = 3;

/// How many items of a list, nearest the mention first, are places'
/// names, at most two: an item counts when it is a name of capitalised
/// words; the farthest item may also end with one (`ends`: the words
/// before a list's first item, "offices in Toronto").
pub(super) fn list_items<'a>(items: impl Iterator<Item = &'a str>, ends: bool) -> usize {
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let mut n = 0;
    for item in items.take(2) {
        let words: Vec<&str> = item.split(' ').filter(|w| !w.is_empty()).collect();
        let whole =
            !words.is_empty() && words.len() <= LIST_NAME_WORDS && words.iter().all(capital);
        if whole || (ends && words.last().is_some_and(capital)) {
            n += 1;
        }
        if !whole {
            break;
        }
    }
    n
}

/// Whether a place mention is the country of a currency sign right after
/// it ("US$334 million", "C$ 12", "HK $5"): money, not a place.
pub(super) fn is_currency_prefix(text: &str, end: usize) -> bool {
    text.get(end..)
        .is_some_and(|a| a.trim_start_matches(' ').starts_with('$'))
}

/// Where the phrase of a place mention starts: at the town a region
/// qualifies ("Santa Rosa, California", "Forks, Washington": the state's
/// mention starts at the town, so the words before the town are its
/// words too); else at the mention.
pub(super) fn phrase_start(text: &str, start: usize) -> usize {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(", ")) else {
        return start;
    };
    let name_words = before
        .rsplit(' ')
        .take(MAX_TOWN_WORDS)
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
        .map(|w| w.len() + 1)
        .sum::<usize>();
    if name_words == 0 {
        start
    } else {
        // The name's words and the spaces before them, less the first space.
        (before.len() + 1).saturating_sub(name_words)
    }
}

/// Most words of a town's name before the region that qualifies it
/// ("Salt Lake City, Utah").
pub(super) const MAX_TOWN_WORDS: usize = 3;

/// Whether the word right before a place mention is an organisation's
/// acronym that the place completes as a name ("BBC America", "IDC
/// Canada", "CNN International"): the name of a firm, not a scene.
pub(super) fn in_organisation_name(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let w = before.rsplit([' ', '\n', '(', '"']).next().unwrap_or("");
    (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Words of someone's movement: a place after one of them in its clause
/// is where a person goes or leaves ("moves to the small town of Forks,
/// Washington", "fled to Mexico", "decided to leave Ohio"), not where the
/// news happened.
pub(super) const MOVEMENT_WORDS: &[&str] = &[
    "flee",
    "fled",
    "flees",
    "fleeing",
    "leave",
    "leaves",
    "leaving",
    "move",
    "moved",
    "moves",
    "moving",
    "relocate",
    "relocated",
    "relocates",
    "relocating",
];

/// Words of someone's own pursuit, not of the news: a place after one of
/// them in its clause, or right after the place, is where a person was
/// busy or grew up ("cast while filming in Prague", "who grew up in
/// Glasgow", "was in Madrid touring with the band").
pub(super) const PURSUIT_WORDS: &[&str] = &[
    "filming",
    "grew",
    "growing",
    "holidaying",
    "studying",
    "touring",
    "vacationing",
];

/// Whether a place (its phrase starting at `start`, the mention ending at
/// `end`) is in a clause about someone's movement ([`MOVEMENT_WORDS`]) or
/// pursuit ([`PURSUIT_WORDS`]), within [`CLAUSE_REACH_WORDS`] words
/// before it, or has a pursuit's word right after it.
pub(super) fn in_someones_movement(text: &str, start: usize, end: usize) -> bool {
    let before = clause_words_before(text, start, CLAUSE_REACH_WORDS);
    let after = word_after(text, end).map(|(w, _)| w.to_lowercase());
    before
        .iter()
        .any(|w| MOVEMENT_WORDS.contains(&w.as_str()) || PURSUIT_WORDS.contains(&w.as_str()))
        || after.is_some_and(|w| PURSUIT_WORDS.contains(&w.as_str()))
}

/// Whether a place mention is written as the modifier of who or what
/// lives or sits there: a home's word after it ("native", "-based",
/// [`HOME_TAILS`]), any lower-case word joined by a hyphen, a person's or
/// a firm's noun within the next two words ("an Alabama family
/// physician", [`PERSON_OR_FIRM_NOUNS`]), or a country's short form
/// before a name or a noun ("U.S. Customs", "US health care").
pub(super) fn modifies_a_holder(text: &str, mention: &str, end: usize) -> bool {
    let Some((w, joined)) = word_after(text, end) else {
        return false;
    };
    let low = w.to_lowercase();
    if HOME_TAILS.contains(&low.as_str()) || (joined && w.starts_with(char::is_lowercase)) {
        return true;
    }
    if low == "history" {
        return true;
    }
    let holder = |w: &str| {
        let w: String = w.chars().filter(|&c| c != '-').collect();
        let w = crate::events::features::stem_plural(&w);
        PERSON_OR_FIRM_NOUNS.contains(&w) || (w.len() > 5 && w.ends_with("maker"))
    };
    let next_two: Vec<&str> = text
        .get(end..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let lower_run = next_two
        .iter()
        .take_while(|w| w.starts_with(char::is_lowercase))
        .any(|w| holder(w));
    let short = mention.chars().filter(|c| c.is_alphabetic()).count() <= 3;
    let short_modifier =
        short && !joined && (w.starts_with(char::is_uppercase) || is_common_noun(&low));
    lower_run || short_modifier
}

/// Endings of demonyms ("Australian", "Japanese", "British", "Israeli",
/// "French", "Icelandic").
pub(super) const DEMONYM_ENDINGS: &[&str] = &["an", "ch", "ese", "i", "ic", "ish"];

/// Whether a place mention is a demonym of its place (`key`), a person's
/// or a thing's origin rather than a place ("Australian actor",
/// "Canadian analyst"): not the key's letters nor a part of them, not an
/// abbreviation ("Miss.", "U.S."), and either sharing the key's first
/// three letters ("Greek", Greece) or ending like a demonym.
pub(super) fn is_demonym(mention: &str, key: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (m, k) = (letters(mention), letters(key));
    if m.is_empty() || k.contains(&m) || mention.ends_with('.') || m.chars().count() <= 3 {
        return false;
    }
    let prefix = |s: &str| s.chars().take(3).collect::<String>();
    prefix(&m) == prefix(&k) || DEMONYM_ENDINGS.iter().any(|e| m.ends_with(e))
}

/// Whether a place mention is a dateline's: the first name on its line,
/// near the start of the text, with the dateline's bracket or dash soon
/// after ("LOS ANGELES (AP) —", "Palmer, Alaska -").
pub(super) fn is_dateline_place(text: &str, start: usize, end: usize) -> bool {
    if start > DATELINE_BYTES {
        return false;
    }
    let line_start = text
        .get(..start)
        .map_or(0, |b| b.rfind('\n').map_or(0, |i| i + 1));
    let opens_line = text
        .get(line_start..start)
        .is_some_and(|b| b.trim().is_empty());
    let rest = text.get(end..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    let mut near = line.len().min(DATELINE_MARK_BYTES);
    while !line.is_char_boundary(near) {
        near -= 1;
    }
    let head = line.get(..near).unwrap_or("");
    opens_line
        && ["(", "—", "–", " - ", "--"]
            .iter()
            .any(|m| head.contains(m))
}

/// Bytes of a text's start where a dateline can begin.
pub(super) const DATELINE_BYTES: usize = 300;

/// Bytes after a dateline's place where its bracket or dash is looked for
/// (", Calif. (AP) —").
pub(super) const DATELINE_MARK_BYTES: usize = 30;

/// How strongly a place mention sets the event there: background (0), named
/// (1), named after "in"/"at" in the lead (2: not when the place modifies
/// a noun after it, is in a clause about a person, or is the region of a
/// town named there, `town_named`), the dateline's (3).
pub(super) fn place_weight(
    member: &Member<'_>,
    start: usize,
    end: usize,
    key: &str,
    town_named: bool,
) -> u8 {
    let text = member.text;
    if is_dateline_place(text, start, end) {
        return 3;
    }
    if background_place(text, start, end, key) {
        return 0;
    }
    let phrase = phrase_start(text, start);
    let scene = word_before(text, phrase).is_some_and(|w| SCENE_LEADS.contains(&w.as_str()));
    let sets = scene && !town_named && !modifies_a_noun(text, end) && !about_a_person(text, phrase);
    if start < member.lead_end && sets {
        2
    } else {
        1
    }
}

/// Whether a place is in a relative clause about a person ("Fred Lane,
/// who served a term for his role in Watergate, has died"): it tells
/// about the person, and sets the news nowhere.
pub(super) fn about_a_person(text: &str, start: usize) -> bool {
    clause_words_before(text, start, CLAUSE_REACH_WORDS)
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "whom" | "whose"))
}

/// Whether a place is written before a lower-case common noun it modifies
/// ("in the Watergate scandal", "at a Palmer dairy"): the noun is what
/// the sentence puts somewhere, not the place.
pub(super) fn modifies_a_noun(text: &str, end: usize) -> bool {
    word_after(text, end)
        .is_some_and(|(w, _)| w.starts_with(char::is_lowercase) && is_common_noun(w))
}

/// An event's place from its place facts: named as the event's place
/// (not background, [`background_place`]) by two or more documents (by
/// its one document when it has one), or a dateline's; a town or region
/// before a street; then the most documents filing from it (datelines),
/// the most setting the event in it in their lead ("in"/"at") when two or
/// more agree, the most naming it, the most setting the event in it, the
/// most mentions, first in the facts' order.
pub(super) fn main_place<'f>(
    facts: &'f [FactReport],
    members: &HashMap<&str, (usize, Member<'_>)>,
) -> Option<&'f str> {
    let needed = members.len().min(2);
    // Where each document names a place: a region after a town named there
    // ("Biloxi, Miss.") qualifies the town, which is the scene.
    let named: BTreeSet<(&str, usize)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Place)
        .flat_map(|f| f.values.iter().flat_map(|v| v.mentions.iter()))
        .map(|m| (m.doc.as_str(), m.start))
        .collect();
    let mut best: Option<(&str, PlaceRank)> = None;
    for f in facts.iter().filter(|f| f.kind == FactKind::Place) {
        let mut weights: BTreeMap<&str, u8> = BTreeMap::new();
        let mut mentions = 0usize;
        for m in f.values.iter().flat_map(|v| v.mentions.iter()) {
            let Some((_, member)) = members.get(m.doc.as_str()) else {
                continue;
            };
            let town = phrase_start(member.text, m.start);
            let town_named = town != m.start && named.contains(&(m.doc.as_str(), town));
            let w = place_weight(member, m.start, m.end, &f.key, town_named);
            if w > 0 {
                mentions += 1;
                let e = weights.entry(m.doc.as_str()).or_default();
                *e = (*e).max(w);
            }
        }
        let with = |least: u8| weights.values().filter(|&&w| w >= least).count();
        let scenes = with(2);
        let agreed_scenes = if scenes >= 2 { scenes } else { 0 };
        let rank = (
            !is_street(&f.key),
            with(3),
            agreed_scenes,
            with(1),
            scenes,
            mentions,
        );
        if rank.3 < needed && rank.1 == 0 {
            continue;
        }
        if best.is_none_or(|(_, b)| rank > b) {
            best = Some((f.key.as_str(), rank));
        }
    }
    best.map(|(p, _)| p)
}

/// How a place ranks as an event's place, greater first: not a street;
/// documents whose dateline it is; documents setting the event in it in
/// their lead or dateline when two or more agree (rule `agreed_scene`,
/// else 0); documents naming it; documents setting the event in it;
/// mentions.
pub(super) type PlaceRank = (bool, usize, usize, usize, usize, usize);

/// Whether a place name is a street address ("High Street", "Joliet
/// Avenue"): where in a town something happened, which says little
/// without the town (most British towns have a High Street).
pub(super) fn is_street(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| crate::lex::words::is_street_word(&w.to_lowercase()))
}
