//! The word lists the scene reader consults, as data.
//!
//! Decides which words lead into a scene ("in", "at", "near",
//! "outside"), which tell an incident ([`INCIDENT_WORDS`]: only a report of
//! one names a scene), and which make a capitalised phrase no town: a last
//! word of a site, a road or an outlet, a first word of a time or a
//! holiday, a region wider than any town, a police force that is no
//! town's, a person noun or a nationality before a person. Kept sorted for
//! binary search (a test checks it).

/// Prepositions that place an incident in a town ("stabbed in
/// Ashcombe Vale", "a crash at Marrowby", "a fire near Tallowbrook").
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["at", "in", "near", "outside"];

/// Words of an incident a local report tells (its kind or its harm),
/// sorted for binary search: the rule reads places only in reports of
/// crimes and accidents, whose leads set them in a town.
pub const INCIDENT_WORDS: &[&str] = &[
    "arrested",
    "assault",
    "attacked",
    "blaze",
    "body",
    "charged",
    "collision",
    "crash",
    "dead",
    "death",
    "died",
    "dies",
    "divers",
    "drown",
    "drowned",
    "drowning",
    "drowns",
    "fatal",
    "fatally",
    "fire",
    "firefighters",
    "gunfire",
    "gunpoint",
    "hurt",
    "injured",
    "invasion",
    "killed",
    "missing",
    "murder",
    "paramedics",
    "rescue",
    "rescued",
    "robbed",
    "robbery",
    "shooting",
    "shot",
    "stabbed",
    "stabbing",
    "victim",
    "wounded",
    "wounding",
];

/// Last words that make a name a site, a road or an outlet rather than a
/// town ("Princess Alexandra Hospital", "Pacific Motorway", "Gold Coast
/// Herald"), sorted for binary search. Streets are
/// [`crate::lex::words::is_street_word`]'s. A lake, a beach, a river or a
/// creek is a scene as a town is ("drowned at Larkspur Lake"): every
/// report of a drowning names its water.
pub(super) const NOT_TOWN_LAST: &[&str] = &[
    "academy",
    "advertiser",
    "airport",
    "arena",
    "bank",
    "bar",
    "bay",
    "bridge",
    "campus",
    "casino",
    "cathedral",
    "center",
    "centre",
    "chronicle",
    "church",
    "club",
    "college",
    "council",
    "county",
    "courier",
    "court",
    "crossing",
    "daily",
    "dam",
    "department",
    "district",
    "echo",
    "estate",
    "expressway",
    "freeway",
    "gazette",
    "hall",
    "herald",
    "hospital",
    "hotel",
    "house",
    "inn",
    "interchange",
    "journal",
    "library",
    "live",
    "mall",
    "market",
    "motorway",
    "museum",
    "news",
    "online",
    "park",
    "police",
    "post",
    "prison",
    "pub",
    "range",
    "region",
    "school",
    "service",
    "services",
    "shire",
    "stadium",
    "state",
    "station",
    "store",
    "theater",
    "theatre",
    "times",
    "tribune",
    "tunnel",
    "university",
    "valley",
    "zoo",
];

/// First words that make a capitalised phrase a time, not a place ("on
/// Easter Saturday", "in March", "at Christmas"), sorted.
pub(super) const TIME_WORDS: &[&str] = &[
    "april",
    "august",
    "boxing",
    "christmas",
    "december",
    "easter",
    "february",
    "friday",
    "good",
    "halloween",
    "january",
    "july",
    "june",
    "march",
    "may",
    "memorial",
    "monday",
    "new",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thanksgiving",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Places wider than a town that the gazetteer does not mark as such
/// (it lists states, countries and cities alike) and whose police speak
/// for a whole state or county ("Queensland police said", "South Wales
/// Police"), canonical keys, sorted. A report set in one of these names
/// no town.
pub(super) const REGIONS: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "australia",
    "britain",
    "california",
    "canada",
    "colorado",
    "connecticut",
    "cumbria",
    "delaware",
    "devon",
    "dyfed",
    "england",
    "essex",
    "florida",
    "georgia",
    "greater manchester",
    "gwent",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "ireland",
    "kansas",
    "kent",
    "kentucky",
    "lancashire",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "merseyside",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new south wales",
    "new york",
    "new zealand",
    "north carolina",
    "north dakota",
    "northern ireland",
    "northern territory",
    "ohio",
    "oklahoma",
    "ontario",
    "oregon",
    "pennsylvania",
    "queensland",
    "rhode island",
    "scotland",
    "south australia",
    "south carolina",
    "south dakota",
    "south wales",
    "surrey",
    "sussex",
    "tasmania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "victoria",
    "virginia",
    "wales",
    "washington",
    "west midlands",
    "west virginia",
    "western australia",
    "wisconsin",
    "wyoming",
    "yorkshire",
];

/// Words that tell a place a suburb is told from ("west of Perth", "a
/// suburb of Ipswich", "on the outskirts of Wigan", "the southeast side of
/// Grand Rapids"), sorted.
pub(super) const FROM_WORDS: &[&str] = &[
    "east",
    "north",
    "north-east",
    "north-west",
    "northeast",
    "northwest",
    "outskirts",
    "side",
    "south",
    "south-east",
    "south-west",
    "southeast",
    "southwest",
    "suburb",
    "west",
];

/// Words after a town's possessive that make it the town a quarter is of
/// ("Dallas's Cedar Flats" is capitalised; "Perth's west", "the
/// city's north side"), sorted.
pub(super) const QUARTER_WORDS: &[&str] = &[
    "east",
    "inner",
    "north",
    "northeast",
    "northwest",
    "outer",
    "south",
    "southeast",
    "southwest",
    "west",
];

/// First words of a police force that is no town's ("Met police",
/// "Transport police", "State police").
pub(super) const NOT_TOWN_POLICE: &[&str] = &[
    "border",
    "british",
    "capitol",
    "city",
    "federal",
    "met",
    "metropolitan",
    "military",
    "national",
    "railway",
    "state",
    "transit",
    "transport",
    "tribal",
];

/// People an incident's lead names by their town ("a Hazelmere
/// teenager", "a Calloway boy", "a Eastmere man"), sorted.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "boy",
    "couple",
    "father",
    "girl",
    "grandmother",
    "man",
    "mother",
    "pensioner",
    "resident",
    "teen",
    "teenager",
    "woman",
];

/// Capitalised words before a person that tell a nationality, a faith or
/// a people, not a town ("an Indian student", "a Welsh man"), sorted.
pub(super) const NOT_TOWN_MODIFIERS: &[&str] = &[
    "aboriginal",
    "black",
    "catholic",
    "christian",
    "dutch",
    "english",
    "french",
    "good",
    "greek",
    "hispanic",
    "indigenous",
    "irish",
    "jewish",
    "latino",
    "local",
    "muslim",
    "scottish",
    "sikh",
    "swiss",
    "thai",
    "welsh",
    "white",
    "young",
];

/// Whether a capitalised word before a person tells no town
/// ([`NOT_TOWN_MODIFIERS`], or a nationality's ending: "Australian",
/// "Maltese", "Mexican", "Korean", "Pakistani").
pub(super) fn not_a_town_modifier(w: &str) -> bool {
    let low = w.to_lowercase();
    NOT_TOWN_MODIFIERS.binary_search(&low.as_str()).is_ok()
        || ["ian", "ese", "ish", "ean", "can", "i"]
            .iter()
            .any(|end| low.ends_with(end))
}

/// Longest place name read, in words.
pub(super) const MAX_NAME_WORDS: usize = 3;
