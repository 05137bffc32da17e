//! How wide a named place is, and whether two places named by two reports
//! can be one place told at two grains.
//!
//! Consumes canonical name keys ([`super::canonical_key`]) of places;
//! produces a [`PlaceGrain`] per key and a yes/no for two lists of keys.
//! Two reports of one event name its place at different grains all the
//! time: "a crush in Ghana", "at the Harbour Road stadium", "police in
//! Tamale"; a country, a region or a town never sets apart a place inside
//! it. Two places of one grain exclude each other ("a strike in one camp",
//! "one in another camp"); so do two of different grains where the
//! gazetteer places the finer one inside another place of the coarser's
//! grain (a city of one country and another country), and only there.
//!
//! The grains of the gazetteer's places come from its sections
//! (`[country]`, `[region United States]`, `[city Ukraine]`: the grain,
//! then where the places lie); a few more regions are listed here, for
//! this reading only (they do not make a capitalised word a place). A
//! place the gazetteer does not know gets its grain from its last word
//! ("Lowther Stadium", "Kelso Road": a site; "Ardmore province": a region;
//! "Beach camp", a bare "Zeitoun": a locality).

use super::gazetteer::{gazetteer, GazKind, PLACES};
use super::lexicon::{fold, WordMap};
use std::sync::OnceLock;

/// How wide a place is, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceGrain {
    /// A venue, a building, a street or a site ("the Harwick Arena",
    /// "Kelso Road", "St Bride's Hospital").
    Site,
    /// A natural feature: a river, a sea, a mountain, an island or a coast
    /// (it may lie across towns and regions alike).
    Feature,
    /// A town, a city, a district or a camp of one, or a name the
    /// gazetteer does not know and no last word places.
    Locality,
    /// A state, a province, a county or a region of a country.
    Region,
    /// A country, or a territory written as one ("Gaza", "West Bank").
    Country,
    /// A continent or a region wider than countries ("Europe", "the
    /// Balkans").
    Wide,
}

/// Regions read for their grain only, `variant|Canonical` under
/// `[region Country]` sections (in our words: the larger provinces and
/// states of a few countries whose news names them often).
const MORE_REGIONS: &str = "
[region Canada]
alberta|Alberta
british columbia|British Columbia
manitoba|Manitoba
new brunswick|New Brunswick
newfoundland|Newfoundland and Labrador
newfoundland and labrador|Newfoundland and Labrador
nova scotia|Nova Scotia
ontario|Ontario
quebec|Quebec
saskatchewan|Saskatchewan
[region Australia]
new south wales|New South Wales
queensland|Queensland
tasmania|Tasmania
western australia|Western Australia
south australia|South Australia
northern territory|Northern Territory
[region India]
andhra pradesh|Andhra Pradesh
bihar|Bihar
gujarat|Gujarat
karnataka|Karnataka
kerala|Kerala
maharashtra|Maharashtra
odisha|Odisha
rajasthan|Rajasthan
tamil nadu|Tamil Nadu
telangana|Telangana
uttar pradesh|Uttar Pradesh
west bengal|West Bengal
[region South Africa]
gauteng|Gauteng
kwazulu natal|KwaZulu-Natal
limpopo|Limpopo
mpumalanga|Mpumalanga
western cape|Western Cape
eastern cape|Eastern Cape
[region Germany]
bavaria|Bavaria
saxony|Saxony
";

/// Last words that make an unknown place a site: venues, buildings,
/// streets and works (street words are read from the shared table too).
const SITE_WORDS: &[&str] = &[
    "academy",
    "airfield",
    "airport",
    "arena",
    "barracks",
    "base",
    "bridge",
    "building",
    "cathedral",
    "center",
    "centre",
    "church",
    "clinic",
    "college",
    "complex",
    "courthouse",
    "depot",
    "dock",
    "factory",
    "field",
    "gate",
    "ground",
    "grounds",
    "hall",
    "hospital",
    "hotel",
    "mall",
    "market",
    "mine",
    "mosque",
    "museum",
    "palace",
    "park",
    "pier",
    "plant",
    "plaza",
    "prison",
    "school",
    "shaft",
    "square",
    "stadium",
    "station",
    "temple",
    "terminal",
    "theater",
    "theatre",
    "tower",
    "university",
];

/// Last words that make an unknown place a natural feature.
const FEATURE_WORDS: &[&str] = &[
    "bay",
    "canal",
    "coast",
    "desert",
    "forest",
    "gulf",
    "island",
    "islands",
    "lake",
    "mount",
    "mountain",
    "mountains",
    "ocean",
    "peninsula",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Last words that make an unknown place a region of a country.
const REGION_WORDS: &[&str] = &[
    "canton",
    "county",
    "governorate",
    "krai",
    "oblast",
    "prefecture",
    "province",
    "region",
    "state",
    "territory",
];

/// What the gazetteer knows of one place: its grain and the place it lies
/// in, if it says.
#[derive(Debug, Clone, Copy)]
struct Known {
    grain: PlaceGrain,
    within: Option<&'static str>,
}

/// The known places, by folded canonical name.
fn known() -> &'static WordMap<Known> {
    static MAP: OnceLock<WordMap<Known>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = WordMap::default();
        for list in [PLACES, MORE_REGIONS] {
            let mut here = Known {
                grain: PlaceGrain::Country,
                within: None,
            };
            for line in list.lines().map(str::trim) {
                if let Some(head) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    let (grain, within) = head.split_once(' ').unwrap_or((head, ""));
                    let grain = match grain {
                        "wide" => PlaceGrain::Wide,
                        "region" => PlaceGrain::Region,
                        "city" => PlaceGrain::Locality,
                        _ => PlaceGrain::Country,
                    };
                    here = Known {
                        grain,
                        within: Some(within).filter(|w| !w.is_empty()),
                    };
                } else if let Some((variant, canonical)) = line.split_once('|') {
                    m.entry(fold(canonical)).or_insert(here);
                    m.entry(fold(variant).replace('-', " ")).or_insert(here);
                }
            }
        }
        m
    })
}

/// What the gazetteer knows of the place of `key`, with its canonical
/// name (folded).
fn lookup(key: &str) -> Option<(String, Known)> {
    let folded = fold(key).replace('-', " ");
    let canonical = match gazetteer().get(&folded) {
        Some((GazKind::Place, c)) => fold(c),
        Some((GazKind::Org, _)) => return None,
        None => folded,
    };
    known().get(&canonical).map(|k| (canonical, *k))
}

/// The grain of the place of canonical key `key` (see the module docs).
pub fn place_grain(key: &str) -> PlaceGrain {
    if let Some((_, k)) = lookup(key) {
        return k.grain;
    }
    let last = key.rsplit(' ').next().unwrap_or(key);
    if SITE_WORDS.contains(&last) || crate::lex::words::is_street_word(last) {
        PlaceGrain::Site
    } else if FEATURE_WORDS.contains(&last) {
        PlaceGrain::Feature
    } else if REGION_WORDS.contains(&last) {
        PlaceGrain::Region
    } else {
        PlaceGrain::Locality
    }
}

/// The known place a site's name opens with ("London Stadium", "Houston
/// Street Bridge"): the longest run of its first words the gazetteer
/// holds, as a name to look up.
fn site_opens_with(key: &str) -> Option<&str> {
    if place_grain(key) != PlaceGrain::Site {
        return None;
    }
    let ends = key.match_indices(' ').map(|(i, _)| i);
    let mut found = None;
    for end in ends.take(GAZ_PREFIX_WORDS) {
        let prefix = key.get(..end)?;
        if lookup(prefix).is_some() {
            found = Some(prefix);
        }
    }
    found
}

/// Most words of a known place opening a site's name.
const GAZ_PREFIX_WORDS: usize = 3;

/// The places the gazetteer puts `key` in, nearest first, with their
/// grains (at most a few steps: a city, its state, its country). A site
/// whose name opens with a known place lies in it.
fn containers(key: &str) -> Vec<(String, PlaceGrain)> {
    let mut out: Vec<(String, PlaceGrain)> = Vec::new();
    let mut at = match site_opens_with(key) {
        Some(place) => Some(place),
        None => lookup(key).and_then(|(_, k)| k.within),
    };
    while let Some(name) = at {
        let Some((canonical, k)) = lookup(name) else {
            break;
        };
        if out.iter().any(|(c, _)| *c == canonical) || out.len() > 4 {
            break;
        }
        out.push((canonical, k.grain));
        at = k.within;
    }
    out
}

/// Whether one key's words begin the other's ("Tamale", "Tamale Sports
/// Stadium"; "Gaza", "Gaza City"): a place named after the one it lies in.
fn named_after(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether two places (canonical keys) exclude each other: of one grain
/// and different, or of two grains with the finer one put by the
/// gazetteer in another place of the coarser's grain ("Lyon" and
/// "Belgium"). A place and one named after it never do.
pub fn places_exclude(a: &str, b: &str) -> bool {
    if a == b || named_after(a, b) {
        return false;
    }
    let (ga, gb) = (place_grain(a), place_grain(b));
    if ga == gb {
        return true;
    }
    let (fine, coarse, grain) = if ga < gb { (a, b, gb) } else { (b, a, ga) };
    let coarse = lookup(coarse).map_or_else(|| fold(coarse), |(c, _)| c);
    containers(fine)
        .iter()
        .find(|(_, g)| *g == grain)
        .is_some_and(|(c, _)| *c != coarse)
}

/// Whether two clauses' places (canonical keys, each list non-empty, none
/// shared) tell different places: some place of one excludes some place
/// of the other ([`places_exclude`]). A country and a stadium, a region
/// and a town in it, do not.
pub fn places_apart(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| places_exclude(x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grains_from_the_gazetteer_and_last_words() {
        assert_eq!(place_grain("ghana"), PlaceGrain::Country);
        assert_eq!(place_grain("texas"), PlaceGrain::Region);
        assert_eq!(place_grain("queensland"), PlaceGrain::Region);
        assert_eq!(place_grain("houston"), PlaceGrain::Locality);
        assert_eq!(place_grain("europe"), PlaceGrain::Wide);
        assert_eq!(place_grain("lowther stadium"), PlaceGrain::Site);
        assert_eq!(place_grain("kelso road"), PlaceGrain::Site);
        assert_eq!(place_grain("ardmore province"), PlaceGrain::Region);
        assert_eq!(place_grain("corran island"), PlaceGrain::Feature);
        assert_eq!(place_grain("beach camp"), PlaceGrain::Locality);
        assert_eq!(place_grain("zeitoun"), PlaceGrain::Locality);
    }

    #[test]
    fn a_place_inside_another_is_not_another_place() {
        let no = |a: &str, b: &str| assert!(!places_exclude(a, b), "{a} / {b}");
        no("ghana", "lowther stadium");
        no("ghana", "tamale");
        no("texas", "houston");
        no("united states", "houston");
        no("united kingdom", "london");
        no("england", "london");
        no("tamale", "tamale sports stadium");
        no("gaza", "gaza city");
        no("ontario", "canada");
        no("europe", "france");
        no("london stadium", "london");
        no("london stadium", "united kingdom");
        no("houston memorial hospital", "texas");
        no("kumasi unity stadium", "accra");
    }

    #[test]
    fn places_of_one_grain_or_known_elsewhere_exclude() {
        let yes = |a: &str, b: &str| assert!(places_exclude(a, b), "{a} / {b}");
        yes("zeitoun", "beach camp");
        yes("houston", "dallas");
        yes("ghana", "kenya");
        yes("lowther stadium", "kelso road");
        yes("texas", "ohio");
        yes("houston", "ohio");
        yes("paris", "belgium");
        yes("london", "scotland");
        yes("queensland", "canada");
        yes("london stadium", "paris");
        yes("houston memorial hospital", "ohio");
        yes("london stadium", "scotland");
    }
}
