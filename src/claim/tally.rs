//! What a count of people says happened to them, however the reporter
//! words it (counts told of another time: [`super::earlier`]).
//!
//! Consumes the tagged tokens of a figure's sentence; produces
//! - [`tally`]: the class of people a bare or people-counting figure
//!   counts ([`Tally`]): the dead ("24 were killed", "24 died", "killing
//!   24", "left 24 dead", "24 dead", "the dead numbered 24"), the injured
//!   ("30 were hurt", "30 suffered injuries", "injuring 30", "left 30
//!   injured") or the hospitalised ("30 were taken to hospital": not the
//!   injured, a count of its own); and the other fates news counts people
//!   by: the rescued ("12 were rescued", "196 people survived", "pulled
//!   eight out alive"), the missing ("25 remain missing", "unaccounted
//!   for"), the trapped, hostages ("held six people hostage"), the
//!   evacuated, the displaced ("left 300 homeless") and the arrested
//!   ("12 were detained"). A graded count ("were seriously injured",
//!   "suffered minor injuries") or one of two classes ("killed or
//!   injured", "dead or missing") is none of them: it counts a part, or a
//!   sum; so is a count of those who still are in a state that ends
//!   ("seven remain trapped" after others were freed), but for the
//!   missing, whom every report counts as still missing.
//! - [`of_noun`]: the class a noun of the fate itself names ("survivors",
//!   "hostages", "evacuees").
//!
//! Never panics; reads a bounded window of words around the figure.

use super::lemma;
use super::tokens::Token;

/// The class of people a count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tally {
    /// Killed, dead, died.
    Dead,
    /// Injured, hurt, wounded.
    Injured,
    /// Taken, rushed or admitted to hospital.
    Hospitalised,
    /// Rescued, saved, pulled out alive, survived ("survivors").
    Rescued,
    /// Missing, unaccounted for ("the missing").
    Missing,
    /// Trapped.
    Trapped,
    /// Taken or held hostage ("hostages", "captives").
    Hostages,
    /// Evacuated ("evacuees").
    Evacuated,
    /// Displaced, left homeless.
    Displaced,
    /// Arrested, detained, taken into custody ("arrests").
    Arrested,
    /// Those still in a state that ends ("seven remain trapped", "ten
    /// hostages are still held"): a part of a fate's count, never the
    /// count itself.
    Remaining,
}

/// The class a head noun (base form) of the fate itself names: "198
/// survivors", "six hostages", "300 evacuees", "12 arrests".
pub fn of_noun(base: &str) -> Option<Tally> {
    match base {
        "survivor" => Some(Tally::Rescued),
        "hostage" | "captive" => Some(Tally::Hostages),
        "evacuee" => Some(Tally::Evacuated),
        "arrest" => Some(Tally::Arrested),
        _ => None,
    }
}

/// Words between a figure and its verb that say nothing of the class
/// ("24 *were* killed", "24 *have been* killed", "30 *were also* hurt").
const LINKS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "reportedly",
    "also",
    "all",
    "later",
    "now",
    "being",
];

/// Words between a figure and its verb that tell a state still held
/// ("seven *remain* trapped", "two are *still* missing"): a part of those
/// once in it, but for the missing.
const STILL: &[&str] = &["remain", "remained", "remains", "still"];

/// Participles of an official verdict on a state ("seven miners
/// *confirmed* dead", "two *declared* dead", "one *pronounced* dead at the
/// scene"): the state after them is what a count of people tells. A guess
/// ("feared dead", "presumed dead", "believed dead") is no verdict, and
/// stays apart from the settled toll.
const VERDICTS: &[&str] = &["confirmed", "declared", "pronounced"];

/// The token of the state a verdict participle at `k` gives people
/// ("confirmed *dead*"), within the clause ending at `cl_b`.
pub fn verdict_state(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    let verdict = toks
        .get(k)
        .is_some_and(|t| VERDICTS.contains(&t.norm.as_str()));
    let state = k + 1;
    (verdict && state < cl_b && toks.get(state).is_some_and(|t| t.norm == "dead")).then_some(state)
}

/// How many [`LINKS`] words may stand between a figure and its verb.
const MAX_LINKS: usize = 3;

/// Words after a figure that count the dead ("24 died", "24 dead").
const DEAD_AFTER: &[&str] = &["killed", "slain", "died", "perished", "dead", "drowned"];

/// Words after a figure that count the injured ("30 hurt").
const INJURED_AFTER: &[&str] = &["injured", "hurt", "wounded"];

/// Words after a figure that count the hospitalised ("30 hospitalised").
const HOSPITALISED_AFTER: &[&str] = &["hospitalised", "hospitalized"];

/// Words after a figure that count the other fates, with their class
/// ("12 rescued", "25 missing", "31 trapped", "300 evacuated").
const FATES_AFTER: &[(&str, Tally)] = &[
    ("rescued", Tally::Rescued),
    ("saved", Tally::Rescued),
    ("survived", Tally::Rescued),
    ("missing", Tally::Missing),
    ("unaccounted", Tally::Missing),
    ("trapped", Tally::Trapped),
    ("evacuated", Tally::Evacuated),
    ("displaced", Tally::Displaced),
    ("homeless", Tally::Displaced),
    ("arrested", Tally::Arrested),
    ("detained", Tally::Arrested),
    ("apprehended", Tally::Arrested),
];

/// Verbs that take or hold people hostage ("six were *taken* hostage",
/// "*held* six people hostage").
const CAPTORS: &[&str] = &[
    "taken", "held", "seized", "took", "holding", "taking", "hold", "take", "kept", "keeping",
];

/// Verbs that move people ("*pulled* eight out alive", "*brought* out
/// alive"), which "alive" makes a count of the rescued.
const ALIVE_VERBS: &[&str] = &["pulled", "brought", "dug", "carried", "taken", "rescued"];

/// What people are pulled from when they are rescued ("pulled from the
/// water").
const PERILS: &[&str] = &[
    "water", "sea", "river", "rubble", "wreckage", "debris", "flames",
];

/// Participles that report a state on people ("*reported* missing",
/// "*listed* as missing").
const REPORTED: &[&str] = &["reported", "listed", "confirmed", "declared"];

/// Verbs that carry people to hospital ("30 were *taken* to hospital").
const CARRIED: &[&str] = &[
    "taken",
    "rushed",
    "sent",
    "airlifted",
    "transported",
    "flown",
    "brought",
    "admitted",
];

/// Verbs before a figure whose object it is, with the class they count
/// ("killing 24", "injuring 30").
const BEFORE: &[(&str, Tally)] = &[
    ("killing", Tally::Dead),
    ("killed", Tally::Dead),
    ("kills", Tally::Dead),
    ("injuring", Tally::Injured),
    ("injured", Tally::Injured),
    ("wounded", Tally::Injured),
    ("hurt", Tally::Injured),
    ("wounding", Tally::Injured),
    ("hurting", Tally::Injured),
    ("rescuing", Tally::Rescued),
    ("rescued", Tally::Rescued),
    ("saving", Tally::Rescued),
    ("trapping", Tally::Trapped),
    ("evacuating", Tally::Evacuated),
    ("evacuated", Tally::Evacuated),
    ("displacing", Tally::Displaced),
    ("displaced", Tally::Displaced),
    ("arresting", Tally::Arrested),
    ("arrested", Tally::Arrested),
    ("apprehending", Tally::Arrested),
    ("apprehended", Tally::Arrested),
    ("detaining", Tally::Arrested),
    ("detained", Tally::Arrested),
];

/// Verbs that give a class's number ("the dead *numbered* 24").
const NUMBERING: &[&str] = &[
    "numbered", "number", "numbers", "totalled", "totaled", "totals",
];

/// Words that grade an injury: a graded count counts a part of the
/// injured ("two were critically injured", "suffered minor injuries").
const GRADES: &[&str] = &[
    "seriously",
    "critically",
    "severely",
    "slightly",
    "badly",
    "gravely",
    "lightly",
    "moderately",
    "fatally",
    "mortally",
    "minor",
    "serious",
    "critical",
    "severe",
    "life-threatening",
    "non-life-threatening",
    "superficial",
];

/// The class of people the figure at tokens `[a, b)` counts, within its
/// sentence `[s, e)` (see the module docs); `None` when the words around
/// it do not say.
pub fn tally(toks: &[Token], (s, e): (usize, usize), (a, b): (usize, usize)) -> Option<Tally> {
    let word = |k: usize| {
        if (s..e).contains(&k) {
            toks.get(k).map_or("", |t| t.norm.as_str())
        } else {
            ""
        }
    };
    // "24 of the dead", "24 of them": a part of a group
    if word(b) == "of" {
        return None;
    }
    // "Thirty suffered injuries" read whole as a count of injuries
    let within = (a..b).any(|k| {
        matches!(word(k), "suffered" | "sustained")
            && matches!(word(k + 1), "injuries" | "wounds")
            && k + 2 == b
    });
    if within {
        return Some(Tally::Injured);
    }
    // "27 others were treated", "three others died": the noun of the
    // people counted left out, their fate after it
    let after = if word(b) == "others" {
        after_figure(&word, a, b + 1)
            .filter(|&t| !rest_of_told(toks, (s, a), t) && !also_told(&word, b + 1))
    } else {
        after_figure(&word, a, b)
    };
    let before = a
        .checked_sub(1)
        .and_then(|k| BEFORE.iter().find(|(w, _)| *w == word(k)))
        .map(|&(_, t)| t)
        .or_else(|| rounded_up(&word, a))
        .or_else(|| numbered(&word, a))
        .or_else(|| of_act(&word, a));
    after.or(before)
}

/// Words after "N others" read for an "also" that adds them to people of
/// the same fate told before ("Five others were also taken to hospital").
const ALSO_REACH: usize = 3;

/// Whether "N others" are told "also" within [`ALSO_REACH`] words from
/// token `k` ("a girl was rushed to hospital. Five others were *also*
/// taken to hospital", "two others also died"): they add to people of
/// that fate an earlier sentence told, so they count a part of the
/// class, not its whole.
fn also_told<'w>(word: &impl Fn(usize) -> &'w str, k: usize) -> bool {
    (k..k + ALSO_REACH).any(|j| word(j) == "also")
}

/// Nouns of a fate's act whose of-complement counts people of that fate
/// ("the evacuation of 140 residents", "announced the arrest of 31").
const OF_ACTS: &[(&str, Tally)] = &[
    ("evacuation", Tally::Evacuated),
    ("arrest", Tally::Arrested),
    ("arrests", Tally::Arrested),
    ("detention", Tally::Arrested),
    ("rescue", Tally::Rescued),
    ("displacement", Tally::Displaced),
];

/// Hedges between "of" and its figure ("the evacuation of *some* 300").
const OF_HEDGES: &[&str] = &[
    "some", "about", "around", "nearly", "almost", "roughly", "more", "than", "at", "least",
    "over", "up", "to",
];

/// The fate of a figure at `a` that is the of-complement of the noun of
/// the fate's act ([`OF_ACTS`]).
fn of_act<'w>(word: &impl Fn(usize) -> &'w str, a: usize) -> Option<Tally> {
    let mut k = a;
    while k > 0 && a - k < 3 && OF_HEDGES.contains(&word(k - 1)) {
        k -= 1;
    }
    if k < 2 || word(k - 1) != "of" {
        return None;
    }
    OF_ACTS
        .iter()
        .find(|(w, _)| *w == word(k - 2))
        .map(|&(_, t)| t)
}

/// Whether "N others" of the class `t` before the figure at token `a` of
/// the sentence starting at `s` count the rest of a class the sentence
/// counts already, a part of it: "two were critically injured and 12
/// others were hurt", "two died at the scene and three others died in
/// hospital"; or share a verb with another count ("four crew members and
/// 30 others were rescued"). "Six were taken to hospital and 27 others
/// were treated" counts another class before: the others are that
/// class's whole count.
fn rest_of_told(toks: &[Token], (s, a): (usize, usize), t: Tally) -> bool {
    let words = |w: &str| match t {
        Tally::Dead => DEAD_AFTER.contains(&w) || matches!(w, "killing" | "deaths" | "toll"),
        Tally::Injured => INJURED_AFTER.contains(&w) || matches!(w, "injuries" | "injuring"),
        Tally::Hospitalised => HOSPITALISED_AFTER.contains(&w) || w == "hospital",
        _ => FATES_AFTER.iter().any(|&(x, f)| f == t && x == w),
    };
    let before = toks.get(s..a).unwrap_or(&[]);
    if before.iter().any(|tok| words(tok.norm.as_str())) {
        return true;
    }
    // the nearest number before, with no verb between: one verb for both
    for tok in before.iter().rev() {
        if tok.tag.is_verb() {
            return false;
        }
        if tok.tag.name() == "CD" {
            return true;
        }
    }
    false
}

/// Where a count told "treated" ("were treated by paramedics", "treated
/// at the scene", "treated for smoke inhalation") puts the people: a
/// hospital a few words on makes them the hospitalised ("treated in
/// hospital"), else they are the injured. Returns the class and the end
/// of its words; `k` is the token of "treated".
fn treated<'w>(word: &impl Fn(usize) -> &'w str, k: usize) -> (Tally, usize) {
    let hospital = (k + 1..k + 5).find(|&j| matches!(word(j), "hospital" | "hospitals"));
    match hospital {
        Some(to)
            if (k + 1..to).all(|j| {
                matches!(
                    word(j),
                    "in" | "at" | "a" | "the" | "local" | "area" | "nearby" | "two" | "three"
                )
            }) =>
        {
            (Tally::Hospitalised, to + 1)
        }
        // "treated for minor injuries": graded, a part ([`GRADES`])
        _ if word(k + 1) == "for" && GRADES.contains(&word(k + 2)) => (Tally::Injured, k + 2),
        _ => (Tally::Injured, k + 1),
    }
}

/// The class a verb after a figure gives it ("24 were killed", "30
/// suffered injuries", "12 were taken to hospital", "held six people
/// hostage"), with the verb's end.
fn after_figure<'w>(word: &impl Fn(usize) -> &'w str, a: usize, b: usize) -> Option<Tally> {
    let (class, still) = after_verb(word, a, b);
    // "seven remain trapped", "ten hostages are still held": those not
    // yet out, a part; the missing are counted as still missing by every
    // report
    match class {
        Some(Tally::Missing) => class,
        _ if still => Some(Tally::Remaining),
        _ => class,
    }
}

/// The class the words after a figure give it (see [`after_figure`]), and
/// whether a word of a state still held ([`STILL`]) stands between.
fn after_verb<'w>(word: &impl Fn(usize) -> &'w str, a: usize, b: usize) -> (Option<Tally>, bool) {
    // "held six people hostage", "took six hostage": the captor's verb
    // before the figure, the fate after it
    let captor = a.checked_sub(1).is_some_and(|k| CAPTORS.contains(&word(k)));
    if captor && matches!(word(b), "hostage" | "captive") {
        return (Some(Tally::Hostages), false);
    }
    // "pulled 12 people alive from the rubble"
    let mover = a
        .checked_sub(1)
        .is_some_and(|k| ALIVE_VERBS.contains(&word(k)));
    if mover && word(b) == "alive" {
        return (Some(Tally::Rescued), false);
    }
    let mut k = b;
    let mut still = false;
    while k < b + MAX_LINKS && (LINKS.contains(&word(k)) || STILL.contains(&word(k))) {
        still |= STILL.contains(&word(k));
        k += 1;
    }
    let graded = |k: usize| GRADES.contains(&word(k));
    if graded(k) {
        return (None, still);
    }
    // "seven confirmed dead", "two were declared dead", "25 reported
    // missing", "listed as missing"
    if VERDICTS.contains(&word(k)) && word(k + 1) == "dead" {
        k += 1;
    } else if REPORTED.contains(&word(k)) {
        k += if word(k + 1) == "as" { 2 } else { 1 };
        if word(k) != "missing" {
            return (None, still);
        }
    }
    let verb = word(k);
    let fate = FATES_AFTER
        .iter()
        .find(|(w, _)| *w == verb)
        .map(|&(_, t)| t);
    let (class, end) = if DEAD_AFTER.contains(&verb) {
        (Tally::Dead, k + 1)
    } else if INJURED_AFTER.contains(&verb) {
        (Tally::Injured, k + 1)
    } else if HOSPITALISED_AFTER.contains(&verb) {
        (Tally::Hospitalised, k + 1)
    } else if verb == "treated" {
        treated(word, k)
    } else if verb == "lost" && word(k + 1) == "their" && word(k + 2) == "lives" {
        (Tally::Dead, k + 3)
    } else if matches!(verb, "suffered" | "sustained") {
        // "suffered injuries", not "suffered minor injuries"
        if !matches!(word(k + 1), "injuries" | "wounds") {
            return (None, still);
        }
        (Tally::Injured, k + 2)
    } else if CAPTORS.contains(&verb) && matches!(word(k + 1), "hostage" | "captive") {
        (Tally::Hostages, k + 2)
    } else if let Some(end) = in_custody(word, k) {
        (Tally::Arrested, end)
    } else if verb == "rounded" && word(k + 1) == "up" {
        (Tally::Arrested, k + 2)
    } else if let Some(t) = alive(word, k) {
        t
    } else if let Some(t) = fate {
        // "unaccounted for"
        let end = if word(k + 1) == "for" { k + 2 } else { k + 1 };
        (t, end)
    } else if CARRIED.contains(&verb) {
        let Some(to) = (k + 1..k + 5).find(|&j| matches!(word(j), "hospital" | "hospitals")) else {
            return (None, still);
        };
        let path = (k + 1..to).all(|j| matches!(word(j), "to" | "a" | "the" | "local" | "area"));
        if !path {
            return (None, still);
        }
        (Tally::Hospitalised, to + 1)
    } else {
        return (None, still);
    };
    // "killed or injured", "dead and missing", "injured seriously": a sum,
    // or a part
    let next = word(end + 1);
    let joined = matches!(word(end), "or" | "and" | "/")
        && (DEAD_AFTER.contains(&next)
            || INJURED_AFTER.contains(&next)
            || FATES_AFTER.iter().any(|(w, _)| *w == next)
            || matches!(next, "injuries"));
    ((!joined && !graded(end)).then_some(class), still)
}

/// "Pulled eight out alive", "eight were brought out alive": a verb that
/// moves people with "alive" a few words on counts the rescued.
fn alive<'w>(word: &impl Fn(usize) -> &'w str, k: usize) -> Option<(Tally, usize)> {
    if !ALIVE_VERBS.contains(&word(k)) {
        return None;
    }
    // "pulled from the water", "pulled from the rubble": whoever is
    // pulled out of what would drown or crush them is rescued
    let from_peril = word(k) == "pulled"
        && word(k + 1) == "from"
        && (PERILS.contains(&word(k + 2)) || word(k + 2) == "the" && PERILS.contains(&word(k + 3)));
    if from_peril {
        let end = if word(k + 2) == "the" { k + 4 } else { k + 3 };
        return Some((Tally::Rescued, end));
    }
    let at = (k + 1..k + 5).find(|&j| word(j) == "alive")?;
    let path = (k + 1..at).all(|j| {
        matches!(
            word(j),
            "out" | "from" | "the" | "of" | "rubble" | "water" | "sea" | "wreckage" | "debris"
        )
    });
    path.then_some((Tally::Rescued, at + 1))
}

/// "The dead numbered 24", "the injured totalled 30": the class named
/// before a verb of numbering.
fn numbered<'w>(word: &impl Fn(usize) -> &'w str, a: usize) -> Option<Tally> {
    let verb = a.checked_sub(1)?;
    if !NUMBERING.contains(&word(verb)) || verb < 2 || word(verb - 2) != "the" {
        return None;
    }
    match word(verb - 1) {
        "dead" => Some(Tally::Dead),
        "injured" | "wounded" => Some(Tally::Injured),
        "missing" => Some(Tally::Missing),
        "displaced" | "homeless" => Some(Tally::Displaced),
        "evacuated" => Some(Tally::Evacuated),
        _ => None,
    }
}

/// Verbs that put people in custody with "into" or keep them there with
/// "in" ("were *taken* into police custody", "are *held* in custody",
/// "were *in* custody": the bare preposition after a link word).
const CUSTODY_VERBS: &[&str] = &["taken", "held", "in"];

/// Where the words of custody end when the verb at `k` puts or keeps
/// people there ([`CUSTODY_VERBS`]: "taken into custody", "held in police
/// custody", "were in custody"): who holds them may stand before the noun
/// ([`lemma::phrasal_act`]).
fn in_custody<'w>(word: &impl Fn(usize) -> &'w str, k: usize) -> Option<usize> {
    let verb = word(k);
    if !CUSTODY_VERBS.contains(&verb) {
        return None;
    }
    // "were in custody" reads as "were held in custody"
    let (base, from) = match verb {
        "taken" => ("take", k + 1),
        _ if verb == "in" => ("hold", k),
        _ => ("hold", k + 1),
    };
    let after: Vec<&str> = (from..from + 3).map(word).collect();
    lemma::phrasal_act(base, &after)?;
    let end = (from + 1..from + 3).find(|&j| word(j) == "custody")? + 1;
    // "the custody suite", "custody battle": the noun of something else
    (!matches!(word(end), "suite" | "battle" | "hearing" | "case" | "order")).then_some(end)
}

/// The arrested counted as the object of "rounded up" ("police rounded
/// up 28 men"), the figure at `a`.
fn rounded_up<'w>(word: &impl Fn(usize) -> &'w str, a: usize) -> Option<Tally> {
    let up = a.checked_sub(1)?;
    let verb = up.checked_sub(1)?;
    (word(up) == "up" && matches!(word(verb), "rounded" | "rounding" | "rounds"))
        .then_some(Tally::Arrested)
}

/// Whether a verb token is a form of "be" (for passives read elsewhere).
pub(crate) fn is_be(t: &Token) -> bool {
    lemma::verb(&t.norm) == "be" || matches!(t.norm.as_str(), "was" | "were" | "is" | "are")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Tokens;

    /// The tally of the first figure-like word `fig` of `text`.
    fn of(text: &str, fig: &str) -> Option<Tally> {
        let t = Tokens::new(text);
        let a = t.toks.iter().position(|x| x.norm == fig.to_lowercase())?;
        let (s, e) = t.sentence_range(a);
        tally(&t.toks, (s, e), (a, a + 1))
    }

    #[test]
    fn the_dead_however_told() {
        for text in [
            "Eleven were killed when the roof fell.",
            "Officials said eleven have been killed.",
            "Eleven died in the blaze.",
            "The roof fell, killing eleven.",
            "The collapse left eleven dead.",
            "Eleven dead as roof falls on market",
            "By evening the dead numbered eleven.",
            "Eleven lost their lives in the flood.",
            "Eleven were confirmed dead by nightfall.",
            "Rescuers said eleven were declared dead at the scene.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Dead), "{text}");
        }
    }

    #[test]
    fn the_injured_and_the_hospitalised_are_two_classes() {
        for text in [
            "Eleven were hurt in the crush.",
            "Eleven suffered injuries, police said.",
            "The blast went off, injuring eleven.",
            "The crash left eleven injured.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Injured), "{text}");
        }
        for text in [
            "Eleven were taken to hospital.",
            "Eleven were rushed to a local hospital.",
            "Eleven were hospitalized overnight.",
        ] {
            assert_eq!(of(text, "eleven"), Some(Tally::Hospitalised), "{text}");
        }
    }

    #[test]
    fn parts_sums_and_other_words_count_nothing() {
        for text in [
            "Eleven were seriously injured.",
            "Eleven suffered minor injuries.",
            "Eleven were killed or injured.",
            "Eleven of the dead were children.",
            "Eleven were feared dead after the slide.",
            "Eleven were injured seriously.",
            "Eleven were taken to the station.",
            "Eleven attended the vigil.",
        ] {
            assert_eq!(of(text, "eleven"), None, "{text}");
        }
    }

    #[test]
    fn the_other_fates_however_told() {
        let cases: &[(&str, Tally)] = &[
            ("Eleven were rescued from the roof.", Tally::Rescued),
            ("Eleven survived the sinking.", Tally::Rescued),
            ("Divers pulled eleven alive from the hull.", Tally::Rescued),
            ("Eleven were pulled out alive.", Tally::Rescued),
            ("Eleven are still missing.", Tally::Missing),
            ("Eleven remain unaccounted for.", Tally::Missing),
            ("Eleven were reported missing.", Tally::Missing),
            ("Eleven were confirmed missing.", Tally::Missing),
            ("Eleven were trapped below ground.", Tally::Trapped),
            ("A gunman held eleven hostage.", Tally::Hostages),
            ("Eleven were taken hostage.", Tally::Hostages),
            ("Eleven are being held hostage.", Tally::Hostages),
            ("Police evacuated eleven from the tower.", Tally::Evacuated),
            ("The storm left eleven homeless.", Tally::Displaced),
            ("Eleven were detained overnight.", Tally::Arrested),
            ("Eleven were taken into custody.", Tally::Arrested),
            ("Eleven were taken into police custody.", Tally::Arrested),
            ("Eleven are being held in custody.", Tally::Arrested),
            ("Eleven were in custody by nightfall.", Tally::Arrested),
            ("Eleven were rounded up in the raids.", Tally::Arrested),
            ("Officers rounded up eleven in the raids.", Tally::Arrested),
            ("Eleven were apprehended near the border.", Tally::Arrested),
            ("Seven remain trapped.", Tally::Remaining),
            ("Eleven are still held at the depot.", Tally::Remaining),
        ];
        for (text, want) in cases {
            let fig = text
                .split(' ')
                .find(|w| matches!(*w, "Eleven" | "eleven" | "Seven"))
                .unwrap_or("eleven");
            assert_eq!(of(text, fig), Some(*want), "{text}");
        }
        for text in [
            "Eleven were killed or missing.",
            "Eleven were feared trapped.",
            "Eleven attended the rescue drill.",
            "Eleven were taken into protective care.",
            "Eleven were in the custody suite queue.",
        ] {
            assert_eq!(of(text, "eleven"), None, "{text}");
        }
        assert_eq!(of_noun("survivor"), Some(Tally::Rescued));
        assert_eq!(of_noun("hostage"), Some(Tally::Hostages));
        assert_eq!(of_noun("rescuer"), None);
    }
}
