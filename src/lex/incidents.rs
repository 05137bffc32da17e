//! Words that name the kind of an incident a local news report is about:
//! a shooting, a stabbing, a fire, a crash, a drowning, a robbery, an
//! assault, an explosion, a collapse, an attack by an animal, a missing
//! person.
//!
//! Consumes [`Tokens`]; produces, for a token, the [`IncidentKind`] its
//! word names there ([`kind_at`]), read with the words around it where a
//! word names a kind only in some uses: "opened fire" is a shooting, not a
//! fire; "fire crews" attend crashes too; "a shot on goal" is no shooting;
//! "a market crash" is no crash; "Mayor blasts council" is no explosion.
//! Generic words of harm ("killing", "murder", "attack", "incident") name
//! no kind: a murder may be a shooting or a stabbing.
//!
//! Narrow by design: a word read here is evidence of what happened, and a
//! kind read wrongly sets two reports of one event apart. Never panics;
//! constant work per token.

use super::token::Tokens;

/// The kind of an incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// Someone shot ("was shot", "a shooting", "opened fire", "gunfire").
    Shooting,
    /// Someone stabbed or knifed.
    Stabbing,
    /// A fire, a blaze, arson.
    Fire,
    /// A road, rail or air crash, a collision, someone hit by a vehicle.
    Crash,
    /// A drowning.
    Drowning,
    /// A robbery, a burglary, a mugging, a carjacking, a heist.
    Robbery,
    /// An assault, a beating (with no weapon named: a stabbing or a
    /// shooting is also an assault, and compatible with one).
    Assault,
    /// An explosion, a blast, a bombing.
    Explosion,
    /// A building, bridge, roof or other structure that collapsed.
    Collapse,
    /// An attack by an animal (a dog, a shark, a bear), a mauling.
    AnimalAttack,
    /// A person reported missing.
    Missing,
}

impl IncidentKind {
    /// Whether one incident may be of both kinds as its reports tell it,
    /// in its first words: an assault may be a shooting, a stabbing or a
    /// robbery; a fire follows an explosion, and both bring down roofs; a
    /// missing swimmer is found drowned. Two kinds not listed here are
    /// clearly different incidents (a fire and a stabbing).
    pub fn compatible(self, other: IncidentKind) -> bool {
        use IncidentKind::*;
        if self == other {
            return true;
        }
        let pair = |x: IncidentKind, y: IncidentKind| {
            (self == x && other == y) || (self == y && other == x)
        };
        pair(Assault, Shooting)
            || pair(Assault, Stabbing)
            || pair(Assault, Robbery)
            || pair(Fire, Explosion)
            || pair(Fire, Collapse)
            || pair(Explosion, Collapse)
            || pair(Missing, Drowning)
    }

    /// Every kind, in declaration order.
    pub const ALL: [IncidentKind; 11] = [
        IncidentKind::Shooting,
        IncidentKind::Stabbing,
        IncidentKind::Fire,
        IncidentKind::Crash,
        IncidentKind::Drowning,
        IncidentKind::Robbery,
        IncidentKind::Assault,
        IncidentKind::Explosion,
        IncidentKind::Collapse,
        IncidentKind::AnimalAttack,
        IncidentKind::Missing,
    ];

    /// The kind's bit in a set of kinds ([`KindSet`]).
    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The kind's name ("shooting", "animal_attack").
    pub fn name(self) -> &'static str {
        use IncidentKind::*;
        match self {
            Shooting => "shooting",
            Stabbing => "stabbing",
            Fire => "fire",
            Crash => "crash",
            Drowning => "drowning",
            Robbery => "robbery",
            Assault => "assault",
            Explosion => "explosion",
            Collapse => "collapse",
            AnimalAttack => "animal_attack",
            Missing => "missing",
        }
    }
}

/// A set of incident kinds, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct KindSet(pub u16);

impl KindSet {
    /// Adds a kind.
    pub fn insert(&mut self, k: IncidentKind) {
        self.0 |= k.bit();
    }

    /// Whether the set holds `k`.
    pub fn contains(self, k: IncidentKind) -> bool {
        self.0 & k.bit() != 0
    }

    /// Whether the set holds no kind.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds of the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = IncidentKind> {
        IncidentKind::ALL
            .into_iter()
            .filter(move |k| self.contains(*k))
    }
}

/// Words that name their kind wherever they stand.
fn plain_kind(w: &str) -> Option<IncidentKind> {
    use IncidentKind::*;
    let k = match w {
        "shooting" | "shootings" | "shootout" | "gunfire" | "gunshot" | "gunshots" | "gunman"
        | "gunmen" => Shooting,
        "stabbing" | "stabbings" | "stabbed" | "knifed" | "knifeman" => Stabbing,
        "blaze" | "blazes" | "arson" | "arsonist" | "arsonists" | "ablaze" | "inferno"
        | "wildfire" | "wildfires" | "bushfire" | "bushfires" | "brushfire" | "flames" => Fire,
        "collision" | "collisions" | "collided" | "pileup" | "derailment" | "derailed" => Crash,
        "drowned" | "drowning" | "drownings" | "drowns" => Drowning,
        "robbery" | "robberies" | "robbed" | "robber" | "robbers" | "burglary" | "burglaries"
        | "burglar" | "burglars" | "burgled" | "burglarized" | "burglarised" | "heist"
        | "mugging" | "mugged" | "carjacking" | "carjacked" | "carjacker" => Robbery,
        "assault" | "assaulted" | "assaults" | "punched" => Assault,
        "explosion" | "explosions" | "exploded" | "bombing" | "bombings" | "detonated" => Explosion,
        "mauled" | "mauling" => AnimalAttack,
        "disappearance" => Missing,
        _ => return None,
    };
    Some(k)
}

/// Words before "shot" that make it a noun of sport, medicine or film
/// ("a shot on goal", "a flu shot", "the winning shot").
const SHOT_NOUN_BEFORE: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "first",
    "winning", "big", "long", "flu", "booster", "mug", "parting", "cheap", "penalty", "jump",
    "slap", "free", "tee", "chip", "drop", "camera", "one", "another", "no", "last", "second",
];

/// Words after "shot" that make it another verb ("shot down" a plan,
/// prices "shot up", "shot to fame", a film "shot in" a studio is rare in
/// local news and left as it is).
const SHOT_VERB_AFTER: &[&str] = &["down", "up", "to", "through", "past", "into"];

/// Words before "fire" that make it a shooting or a figure of speech
/// ("opened fire", "under fire", "returned fire", "cross fire").
const FIRE_NOT_BEFORE: &[&str] = &[
    "open",
    "opened",
    "opening",
    "opens",
    "returned",
    "return",
    "returning",
    "exchanged",
    "exchange",
    "under",
    "cross",
    "friendly",
    "gun",
    "rapid",
    "hostile",
    "cease",
    "to",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "not",
    "did",
    "quick",
    "heavy",
];

/// Words after "fire" that make it a name of the people who fight fires
/// (they attend crashes too) or of a thing ("fire alarm", "fire escape").
const FIRE_NOT_AFTER: &[&str] = &[
    "department",
    "departments",
    "dept",
    "service",
    "services",
    "chief",
    "chiefs",
    "crew",
    "crews",
    "station",
    "stations",
    "fighter",
    "fighters",
    "engine",
    "engines",
    "truck",
    "trucks",
    "brigade",
    "brigades",
    "marshal",
    "marshals",
    "official",
    "officials",
    "rescue",
    "authority",
    "authorities",
    "hydrant",
    "alarm",
    "alarms",
    "escape",
    "exit",
    "safety",
    "code",
    "codes",
    "district",
    "districts",
    "company",
    "companies",
    "captain",
    "lieutenant",
    "investigators",
    "inspector",
    "personnel",
    "units",
    "unit",
    "him",
    "her",
    "them",
    "back",
    "off",
    "shots",
];

/// Words before "crash" or "crashed" that make it no crash of vehicles
/// ("a market crash", "the website crashed").
const CRASH_NOT_BEFORE: &[&str] = &[
    "market",
    "markets",
    "stock",
    "stocks",
    "price",
    "prices",
    "housing",
    "economic",
    "financial",
    "crypto",
    "server",
    "servers",
    "website",
    "site",
    "system",
    "systems",
    "app",
    "computer",
    "network",
    "share",
    "shares",
];

/// Words after "crash" that make it no crash ("a crash course").
const CRASH_NOT_AFTER: &[&str] = &["course", "courses", "diet", "diets", "pad", "test", "tests"];

/// Vehicles whose striking someone is a crash ("hit by a car").
const VEHICLES: &[&str] = &[
    "car",
    "cars",
    "vehicle",
    "truck",
    "lorry",
    "van",
    "bus",
    "train",
    "motorist",
    "driver",
    "motorcycle",
    "suv",
    "pickup",
    "tram",
];

/// Structures whose collapse is an incident ("the roof collapsed", "a
/// bridge collapse").
const STRUCTURES: &[&str] = &[
    "building",
    "bridge",
    "roof",
    "wall",
    "ceiling",
    "balcony",
    "stage",
    "crane",
    "tower",
    "mine",
    "tunnel",
    "house",
    "floor",
    "scaffolding",
    "structure",
    "garage",
    "barn",
    "shed",
    "stand",
    "home",
];

/// Animals whose attack or bite is an incident ("a dog attack", "bitten
/// by a shark").
const ANIMALS: &[&str] = &[
    "dog",
    "dogs",
    "shark",
    "sharks",
    "bear",
    "bears",
    "bull",
    "cougar",
    "alligator",
    "crocodile",
    "horse",
    "cow",
    "cows",
    "bulls",
    "wolf",
    "wolves",
    "lion",
    "tiger",
    "snake",
];

/// Words after "missing" (or before "reported/gone missing") that make it
/// a missing person ("a missing hiker", "reported missing").
const MISSING_PEOPLE: &[&str] = &[
    "man",
    "woman",
    "girl",
    "boy",
    "teen",
    "teenager",
    "child",
    "children",
    "hiker",
    "hikers",
    "person",
    "persons",
    "swimmer",
    "student",
    "mother",
    "father",
    "pensioner",
    "toddler",
    "climber",
    "fisherman",
    "kayaker",
    "diver",
];

/// The kind of incident token `i` of `t` names, read with its words
/// around (see the module docs), or `None`.
pub fn kind_at(t: &Tokens, i: usize) -> Option<IncidentKind> {
    use IncidentKind::*;
    let w = t.word(i);
    if w.is_empty() {
        return None;
    }
    if let Some(k) = plain_kind(w) {
        return Some(k);
    }
    let prev = |n: usize| i.checked_sub(n).map_or("", |k| t.word(k));
    let next = |n: usize| t.word(i + n);
    let near = |list: &[&str], before: usize, after: usize| {
        (1..=before).any(|n| list.contains(&prev(n)))
            || (1..=after).any(|n| list.contains(&next(n)))
    };
    match w {
        "shot" => (!SHOT_NOUN_BEFORE.contains(&prev(1))
            && !SHOT_VERB_AFTER.contains(&next(1))
            && t.num(i + 1).is_none())
        .then_some(Shooting),
        "beaten" => (matches!(
            prev(1),
            "badly" | "severely" | "brutally" | "savagely" | "viciously"
        ) || matches!(next(1), "up" | "with")
            || (next(1) == "to" && next(2) == "death"))
            .then_some(Assault),
        "fire" | "fires" => {
            if matches!(prev(1), "open" | "opened" | "opening" | "opens") {
                return Some(Shooting);
            }
            let service = next(1) == "and" && next(2) == "rescue";
            (!FIRE_NOT_BEFORE.contains(&prev(1)) && !FIRE_NOT_AFTER.contains(&next(1)) && !service)
                .then_some(Fire)
        }
        "crash" | "crashes" | "crashed" | "wreck" => (!CRASH_NOT_BEFORE.contains(&prev(1))
            && !CRASH_NOT_AFTER.contains(&next(1)))
        .then_some(Crash),
        "hit" | "struck" | "killed" if next(1) == "by" => {
            let vehicle = |n: usize| VEHICLES.contains(&next(n));
            (vehicle(2) || vehicle(3) || vehicle(4)).then_some(Crash)
        }
        "blast" => {
            (!matches!(prev(1), "to" | "will" | "would") && next(1) != "off").then_some(Explosion)
        }
        "collapse" | "collapsed" | "collapses" => near(STRUCTURES, 4, 2).then_some(Collapse),
        // "bitten by a neighbour's dog": a bite's animal may come a
        // possessive (three tokens: "neighbour's") later than an attack's.
        "bitten" | "bite" => near(ANIMALS, 3, 6).then_some(AnimalAttack),
        "attack" | "attacked" | "attacks" => near(ANIMALS, 3, 3).then_some(AnimalAttack),
        "missing" => {
            let reported = matches!(prev(1), "reported" | "gone" | "went" | "go" | "goes");
            (reported || MISSING_PEOPLE.contains(&next(1))).then_some(Missing)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds a sentence names, in reading order.
    fn kinds(s: &str) -> Vec<&'static str> {
        let t = Tokens::new(s);
        (0..t.len())
            .filter_map(|i| kind_at(&t, i))
            .map(IncidentKind::name)
            .collect()
    }

    #[test]
    fn words_name_kinds_in_their_uses() {
        let cases: &[(&str, &[&str])] = &[
            ("A man was shot outside a bakery on Tuesday.", &["shooting"]),
            ("Two men opened fire on a crowded porch.", &["shooting"]),
            ("Crews fought the blaze for an hour.", &["fire"]),
            (
                "Firefighters were called to a fire at a flat on Dene Row.",
                &["fire"],
            ),
            ("The fire and rescue service sent two crews.", &[]),
            ("She shot 68 in the final round.", &[]),
            ("He was badly beaten by two men.", &["assault"]),
            ("A man was beaten with a bat.", &["assault"]),
            ("The visitors were beaten 3-1.", &[]),
            ("The visitors were beaten by a late goal.", &[]),
            ("Fire crews freed the driver after the crash.", &["crash"]),
            ("The striker's first shot went wide.", &[]),
            ("She got her flu shot at the clinic.", &[]),
            ("The mayor came under fire for the budget.", &[]),
            ("Shares fell after the market crash.", &[]),
            ("A cyclist was hit by a delivery van.", &["crash"]),
            ("He was hit by a ball.", &[]),
            (
                "The roof of the barn collapsed under the snow.",
                &["collapse"],
            ),
            ("Talks collapsed on Friday.", &[]),
            ("A boy was bitten by a neighbour's dog.", &["animal_attack"]),
            ("Rebels attacked the convoy.", &[]),
            ("The hiker was reported missing on Sunday.", &["missing"]),
            ("Three documents were missing from the file.", &[]),
            ("Councillor blasts plan to close library.", &[]),
            (
                "The blast shattered windows across the street.",
                &["explosion"],
            ),
            ("Police said the killing was a murder.", &[]),
            (
                "The house was set on fire after he was stabbed.",
                &["fire", "stabbing"],
            ),
        ];
        for (s, want) in cases {
            assert_eq!(kinds(s), *want, "{s}");
        }
    }

    #[test]
    fn compatible_kinds_are_symmetric_and_reflexive() {
        for a in IncidentKind::ALL {
            assert!(a.compatible(a));
            for b in IncidentKind::ALL {
                assert_eq!(a.compatible(b), b.compatible(a), "{a:?} {b:?}");
            }
        }
        assert!(!IncidentKind::Fire.compatible(IncidentKind::Stabbing));
        assert!(IncidentKind::Assault.compatible(IncidentKind::Stabbing));
    }

    #[test]
    fn a_set_holds_its_kinds() {
        let mut s = KindSet::default();
        assert!(s.is_empty());
        s.insert(IncidentKind::Crash);
        s.insert(IncidentKind::Missing);
        assert!(s.contains(IncidentKind::Crash) && !s.contains(IncidentKind::Fire));
        let got: Vec<IncidentKind> = s.iter().collect();
        assert_eq!(got, [IncidentKind::Crash, IncidentKind::Missing]);
    }
}
