//! Per-unit amounts of money: a sum given to, or charged for, each one of
//! something ("$500 per household", "€20 a head", "£50 apiece", "Rs 3 lakh
//! to the family of each victim", "each family will receive $1,000", "a
//! $25 fare per passenger").
//!
//! Consumes the tagged tokens of a sentence and the token range of one
//! money figure; produces the class of the unit the sum is given per, a
//! key such as "victim", "household", "person" or the noun's base form
//! ("passenger", "hour", "share"), or "each" when the text says only that
//! ("£50 apiece"). A per-unit sum is another claim than a total ("Rs 4
//! lakh to each victim's family" is not "Rs 2 crore in all"), and two
//! per-unit sums compare only when their units are of one class: the
//! family of each victim, the next of kin of each of the dead and each
//! bereaved family are one class; each household and each home another.
//!
//! Guarantees: reads at most `REACH` (10) tokens on each side of the figure,
//! inside its sentence; never panics.

use super::lemma;
use super::tokens::Token;

/// Tokens read on each side of the figure.
const REACH: usize = 10;

/// Nouns that name the dead of a happening, or those who mourn them: a sum
/// given per one of them is given per victim.
const VICTIM_WORDS: &[&str] = &[
    "victim", "dead", "deceased", "killed", "fatality", "kin", "bereaved", "martyr",
];

/// Nouns of a home: a sum given per one of them is given per household.
const HOUSEHOLD_WORDS: &[&str] = &[
    "household",
    "home",
    "house",
    "homeowner",
    "family",
    "dwelling",
];

/// Nouns of one person: "a head", "per capita", "per individual".
const PERSON_WORDS: &[&str] = &["person", "head", "individual", "capita", "adult", "people"];

/// Nouns of the injured.
const INJURED_WORDS: &[&str] = &["injured", "wounded"];

/// Words after "a"/"an" + noun that make it a time, not a rate ("$4
/// million a year ago", "a week after the fire").
const TIME_AFTER: &[&str] = &["ago", "earlier", "later", "after", "before", "since"];

/// The class of the unit a money figure at tokens `a..b` of the sentence
/// `s..e` is given per, if the sentence says it is given per one of
/// something (see the module docs).
pub fn per_unit(toks: &[Token], (s, e): (usize, usize), (a, b): (usize, usize)) -> Option<String> {
    let e = e.min(toks.len());
    if a >= b || b > e || s > a {
        return None;
    }
    after(toks, b, e.min(b + REACH)).or_else(|| before(toks, s.max(a.saturating_sub(REACH)), a))
}

/// A per-unit phrase after the figure: "per household", "a head",
/// "apiece", "each", "to the family of each victim", "for each of the
/// injured"; past a head noun or two ("a $25 fare per passenger").
fn after(toks: &[Token], b: usize, end: usize) -> Option<String> {
    let w = |k: usize| toks.get(k).filter(|_| k < end).map(|t| t.norm.as_str());
    let mut k = b;
    // the sum's own noun ("a $25 fare per passenger", "Rs 6 lakh
    // compensation each")
    while k < b + 2
        && toks
            .get(k)
            .is_some_and(|t| k < end && t.tag.is_noun() && !t.tag.is_proper())
    {
        if matches!(w(k), Some("per" | "each" | "apiece" | "a" | "an")) {
            break;
        }
        k += 1;
    }
    match w(k)? {
        "per" => unit_noun(toks, k + 1, end).map(|(c, _)| c),
        "apiece" => Some("each".to_string()),
        "each" => Some(
            to_each(toks, k + 1, end)
                .or_else(|| to_whom(toks, k + 1, end))
                .unwrap_or_else(|| "each".to_string()),
        ),
        "a" | "an" => {
            let t = toks.get(k + 1).filter(|_| k + 1 < end)?;
            let noun = noun(t) && !t.tag.is_proper() && !t.has_digit;
            // "€20 a head", "$15 an hour"; not "a year ago", nor "$5 a
            // share of the profits", nor "a family of four"
            let next = w(k + 2);
            let closes = next.is_none_or(|n| {
                !TIME_AFTER.contains(&n)
                    && n != "of"
                    && !toks.get(k + 2).is_some_and(|x| x.tag.is_noun())
            });
            (noun && closes).then(|| class_of(&t.norm))
        }
        "to" | "for" => to_each(toks, k + 1, end),
        _ => None,
    }
}

/// "the family of each victim", "each bereaved family", "the next of kin
/// of each of the dead", "every household", "each of the injured", "each
/// victim's family" from `k`: a phrase holding "each" or "every" before its
/// noun; the class of the noun it is given per.
fn to_each(toks: &[Token], k: usize, end: usize) -> Option<String> {
    let stop = |t: &Token| {
        t.tag.is_verb() && !people_word(&t.norm)
            || matches!(
                t.norm.as_str(),
                "," | ";" | "." | "and" | "but" | "which" | "who"
            )
    };
    let mut seen_each = None;
    let mut first_noun: Option<String> = None;
    let mut k = k;
    while k < end {
        let t = toks.get(k)?;
        if stop(t) {
            break;
        }
        if matches!(t.norm.as_str(), "each" | "every") {
            seen_each = Some(k);
        } else if noun(t) {
            let base = lemma::noun(&t.norm);
            if first_noun.is_none() {
                first_noun = Some(base.clone());
            }
            if let Some(at) = seen_each {
                if k > at {
                    // the noun after "each": the family of a victim is
                    // given per victim
                    let phrase_victim = first_noun
                        .as_deref()
                        .is_some_and(|f| VICTIM_WORDS.contains(&f))
                        || victim_class(&base);
                    if victim_class(&base) || phrase_victim {
                        return Some("victim".to_string());
                    }
                    // "each victim's family": the noun before a possessive
                    if toks.get(k + 1).is_some_and(|p| p.norm == "'s")
                        && victim_class(&lemma::noun(&toks.get(k + 2)?.norm))
                    {
                        return Some("victim".to_string());
                    }
                    return Some(class_of(&t.norm));
                }
            }
        }
        k += 1;
    }
    None
}

/// "each to the families of the dead", "each for the injured": after a
/// sum already said to be per one, the class of those it goes to (a word
/// of the dead or their mourners anywhere in the phrase makes it per
/// victim; otherwise only the injured, households and persons count).
fn to_whom(toks: &[Token], k: usize, end: usize) -> Option<String> {
    if !matches!(toks.get(k).map(|t| t.norm.as_str()), Some("to" | "for")) {
        return None;
    }
    let mut first = None;
    for t in toks.get(k + 1..end)? {
        if t.tag.is_verb() && !people_word(&t.norm)
            || matches!(t.norm.as_str(), "," | ";" | "." | "and" | "but")
        {
            break;
        }
        if noun(t) {
            if victim_class(&lemma::noun(&t.norm)) {
                return Some("victim".to_string());
            }
            first.get_or_insert_with(|| class_of(&t.norm));
        }
    }
    // only a class of people or homes: "for the lost harvest" says why,
    // not to whom
    first.filter(|c| matches!(c.as_str(), "injured" | "household" | "person"))
}

/// A per-unit phrase before the figure: "each family will receive
/// $1,000", "every household gets $500", "each of the victims' families
/// will be paid Rs 3 lakh": "each"/"every" and its noun as the subject of
/// the clause that gives the sum, with no other figure between.
fn before(toks: &[Token], lo: usize, a: usize) -> Option<String> {
    let at = (lo..a).rev().find(|&k| {
        toks.get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "each" | "every"))
    })?;
    let between = toks.get(at..a)?;
    // nothing between that ends the clause or holds another figure
    if between
        .iter()
        .any(|t| t.has_digit || matches!(t.norm.as_str(), "," | ";" | "." | "but" | "while"))
    {
        return None;
    }
    // a verb of giving or getting between the noun and the figure
    let verb = between.iter().any(|t| {
        t.tag.is_verb()
            && matches!(
                lemma::verb(&t.norm).as_str(),
                "receive" | "get" | "pay" | "give" | "award" | "grant" | "offer" | "entitle"
            )
    });
    if !verb {
        return None;
    }
    to_each(toks, at, a)
}

/// The class of a unit noun after "per" from `k` (adjectives skipped:
/// "per affected household"), with its index.
fn unit_noun(toks: &[Token], k: usize, end: usize) -> Option<(String, usize)> {
    let mut k = k;
    while k < end {
        let t = toks.get(k)?;
        if noun(t) {
            return Some((class_of(&t.norm), k));
        }
        // "per affected household": an adjective or participle before it
        if !(t.tag.is_adjective() || matches!(t.tag.name(), "VBN" | "VBG")) {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether a token is a common noun, or a word of [`people_word`] ("the
/// dead"); never a function word ("each of": the tagger may call "of"
/// there a noun).
fn noun(t: &Token) -> bool {
    (t.tag.is_noun() || people_word(&t.norm)) && !crate::lex::words::is_function_word(&t.norm)
}

/// Whether a word names the dead, their mourners or the injured (often
/// tagged as an adjective or participle: "the dead", "the injured").
fn people_word(w: &str) -> bool {
    VICTIM_WORDS.contains(&w) || INJURED_WORDS.contains(&w)
}

/// Whether a noun (base form) names the dead or their mourners.
fn victim_class(base: &str) -> bool {
    VICTIM_WORDS.contains(&base)
}

/// The class of a unit noun as written.
fn class_of(w: &str) -> String {
    let base = lemma::noun(w);
    let b = base.as_str();
    if victim_class(b) || VICTIM_WORDS.contains(&w) {
        "victim".to_string()
    } else if INJURED_WORDS.contains(&b) || INJURED_WORDS.contains(&w) {
        "injured".to_string()
    } else if HOUSEHOLD_WORDS.contains(&b) {
        "household".to_string()
    } else if PERSON_WORDS.contains(&b) || PERSON_WORDS.contains(&w) {
        "person".to_string()
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::Tokens;
    use super::*;

    /// The class of the per-unit phrase around `figure` in `text`.
    fn class(text: &str, figure: &str) -> Option<String> {
        let toks = Tokens::new(text);
        let start = text.find(figure).unwrap();
        let span = crate::document::Span::new(start, start + figure.len());
        let (a, b) = toks.range_of(span);
        let (s, e) = toks.sentence_range(a);
        per_unit(&toks.toks, (s, e), (a, b))
    }

    #[test]
    fn per_unit_rows() {
        // (sentence, figure, class): own words
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "The state will pay Rs 3 lakh to the family of each victim.",
                "Rs 3 lakh",
                Some("victim"),
            ),
            (
                "An ex gratia of Rs 6 lakh for the next of kin of each of the dead was announced.",
                "Rs 6 lakh",
                Some("victim"),
            ),
            (
                "The council gave Rs 2 lakh to each bereaved family in Dharwad.",
                "Rs 2 lakh",
                Some("victim"),
            ),
            (
                "The board will pay $400 per household for the outage.",
                "$400",
                Some("household"),
            ),
            (
                "Tenants get €300 per affected home under the scheme.",
                "€300",
                Some("household"),
            ),
            (
                "Each family will receive $1,500 from the relief fund.",
                "$1,500",
                Some("household"),
            ),
            (
                "Every household gets £80 towards heating bills.",
                "£80",
                Some("household"),
            ),
            (
                "The dinner costs €35 a head at the Linden Inn.",
                "€35",
                Some("person"),
            ),
            (
                "Volunteers sold the prints for £40 apiece.",
                "£40",
                Some("each"),
            ),
            (
                "The airline set a $19 fare per passenger on the route.",
                "$19",
                Some("passenger"),
            ),
            (
                "Cleaners earn $16 an hour at the depot.",
                "$16",
                Some("hour"),
            ),
            (
                "Survivors were promised $2,000 each.",
                "$2,000",
                Some("each"),
            ),
            (
                "The trust gave Rs 2 lakh each to the families of the dead.",
                "Rs 2 lakh",
                Some("victim"),
            ),
            (
                "Farmers got £900 each for the lost harvest.",
                "£900",
                Some("each"),
            ),
            (
                "The state announced Rs 1 lakh for each of the injured.",
                "Rs 1 lakh",
                Some("injured"),
            ),
            // totals and traps: no per-unit phrase
            (
                "The government set aside Rs 4 crore for the victims.",
                "Rs 4 crore",
                None,
            ),
            (
                "The fund paid out $3 million to 400 households.",
                "$3 million",
                None,
            ),
            ("Profits reached $4 million a year ago.", "$4 million", None),
            (
                "The couple spent $900 a week after the fire on hotels.",
                "$900",
                None,
            ),
            (
                "The firm paid $2 million, and each worker kept a share.",
                "$2 million",
                None,
            ),
        ];
        let mut bad = Vec::new();
        for (text, fig, want) in rows {
            let got = class(text, fig);
            if got.as_deref() != *want {
                bad.push(format!("{text:?} {fig:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
