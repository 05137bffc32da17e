//! Ages and tolls: whether a number is a person's age and whose, and
//! whether a count is a toll of the dead ("the toll rose to 12").

use super::*;

/// Verbs that make their complement a name for their subject.
pub(super) const COPULAS: &[&str] = &["be", "become", "remain"];

/// Whether a verb token is a copula ([`COPULAS`]).
pub(super) fn is_copula(t: &Token) -> bool {
    COPULAS.contains(&lemma::verb(&t.norm).as_str())
}

/// Ages people are written with.
pub(super) const AGES: std::ops::RangeInclusive<u32> = 1..=120;

/// The person whose age the number at tokens `[a, b)` is: a whole number
/// in the range of ages, set off by commas (or ending the sentence) right
/// after a person's name ("police said Jane Doe, 34, was …", "killing
/// John Roe, 40.", "Jane Doe, aged 34,", "Jane Doe, who is 34,"). Its
/// canonical key.
pub(super) fn age_of(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    (a, b): (usize, usize),
) -> Option<String> {
    if let Some(person) = age_before_name(text, toks, facts, doc, fact, b) {
        return Some(person);
    }
    if !(is_age_number(fact) || is_aged_phrase(text, fact)) || a < 2 {
        return None;
    }
    let after = toks.get(b).map_or("", |t| t.norm.as_str());
    if !matches!(after, "," | "." | ";" | "") {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "Jane Doe, 34," and "Jane Doe, aged 34,"; "Jane Doe, who is 34,"
    let last_of_name = if word(a - 1) == "," {
        a - 2
    } else if a >= 4
        && matches!(word(a - 1), "is" | "was")
        && word(a - 2) == "who"
        && word(a - 3) == ","
    {
        a - 4
    } else {
        return None;
    };
    let name_end = toks[last_of_name].span.end;
    facts
        .iter()
        .find(|f| f.kind == FactKind::Person && f.span.end == name_end)
        .map(name_key)
        .filter(|k| !k.is_empty())
        .or_else(|| surname_person(doc, &toks[last_of_name]))
}

/// Whether the number of `fact` at token `a` is an age written "at the age
/// of N" ("died on Thursday at the age of 95", "at the age of 91, Doe
/// told"). "Before" or "under the age of" bound an age; they say none.
pub(super) fn at_the_age_of(text: &str, toks: &[Token], fact: &Fact, a: usize) -> bool {
    let before: Vec<&str> = toks[a.saturating_sub(4)..a]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "at age 95": the quantity "age 95" after "at"
    let at_age = a >= 1 && word(a - 1) == "at" && is_aged_phrase(text, fact);
    is_age_number(fact) && before == ["at", "the", "age", "of"] || at_age
}

/// Words of dying an age right after "at" is told with ("died at 75",
/// "dies at 75", "dead at 95"): the age at death, the person's age now.
pub(super) const DYING: &[&str] = &["died", "dies", "dead"];

/// Verbs that set a toll to its figure ("has risen to three", "stood at
/// 24", "climbed to 26", "reached 40").
pub(super) const TOLL_VERBS: &[&str] = &[
    "rise", "climb", "stand", "reach", "increase", "jump", "hit", "grow", "mount", "be", "remain",
    "top", "pass",
];

/// Words between a toll's verb and its figure ("risen *to* three", "stood
/// *at* 24", "is *now* 26").
pub(super) const TOLL_LINKS: &[&str] = &["to", "at", "now", "already"];

/// Nouns that, after "number of" or before "count", name the dead ("the
/// number of dead", "the number of people killed", "the death count",
/// "the number of bodies recovered").
pub(super) const DEAD_WORDS: &[&str] = &[
    "dead",
    "killed",
    "deaths",
    "death",
    "fatalities",
    "victims",
    "bodies",
];

/// Words that, after "number of", name the injured ("the number of
/// injured", "the number of people hurt"): the figure counts them.
pub(super) const INJURED_WORDS: &[&str] = &["injured", "hurt", "wounded", "injuries"];

/// Verbs that give a toll its figure after "at" ("officials *put* the
/// toll at 19", "*put* the number of injured at 146", "*estimated* the
/// number of dead at 40").
const SETTING: &[&str] = &["put", "place", "set", "estimate", "fix"];

/// Verbs that carry a toll to its figure after "to" ("*bringing* the
/// death toll to 19", "*raised* the number of dead to 40").
const RAISING: &[&str] = &["bring", "raise", "push", "take", "lift", "put", "increase"];

/// Verbs of saying: a toll after them is the subject of what was said
/// ("rescuers said the toll rose to 14"), not their object.
const SAYING: &[&str] = &["say", "tell", "report", "announce", "add", "state"];

/// How many words a toll's noun may stand before its verb ("the number of
/// people killed when a bus fell into a ravine … has climbed to 26").
pub(super) const TOLL_REACH: usize = 24;

/// How many words a verb of [`SETTING`] may stand before the figure.
const SETTING_REACH: usize = 10;

/// The noun of a toll whose verb sets the figure at token `a` ("the
/// death *toll* … has risen to three", "the number of *dead* rose to 26",
/// "the *death* count stood at 40", "put the number of *injured* at
/// 146"): the word that says the figure counts the dead (or the injured:
/// one of [`INJURED_WORDS`]), or `None`. `s` is the first token of the
/// figure's sentence.
pub(super) fn toll_noun(toks: &[Token], s: usize, a: usize) -> Option<usize> {
    // The verb right before the figure, past "to", "at", "now".
    let mut v = a.checked_sub(1)?;
    while v > s && TOLL_LINKS.contains(&toks[v].norm.as_str()) {
        v -= 1;
    }
    let verb = toks.get(v)?;
    if v < s || !verb.tag.is_verb() || !TOLL_VERBS.contains(&lemma::verb(&verb.norm).as_str()) {
        return set_at(toks, s, a);
    }
    let from = s.max(v.saturating_sub(TOLL_REACH));
    // The toll is the verb's subject, not an object ("has taken its toll
    // on the government"); what was said is no object ("said the toll").
    let object = |k: usize| {
        toks[k.saturating_sub(2).max(s)..k]
            .iter()
            .any(|t| t.tag.is_verb() && !SAYING.contains(&lemma::verb(&t.norm).as_str()))
    };
    (from..v)
        .rev()
        .filter(|&k| !object(k))
        .find_map(|k| toll_word(toks, from, k, v))
}

/// The toll a verb gives its figure as its object: of [`SETTING`] after
/// "at" ("put the toll at 19", "put the number of injured at 146"), of
/// [`RAISING`] after "to" ("bringing the death toll to 19"): the toll's
/// word between the verb and the preposition; or the toll the figure
/// completes ("a death toll of 19").
fn set_at(toks: &[Token], s: usize, a: usize) -> Option<usize> {
    let at = a.checked_sub(1)?;
    if at <= s {
        return None;
    }
    let verbs = match toks.get(at)?.norm.as_str() {
        "at" => SETTING,
        "to" => RAISING,
        "of" if toks.get(at - 1).is_some_and(|t| t.norm == "toll") => return Some(at - 1),
        _ => return None,
    };
    let from = s.max(at.saturating_sub(SETTING_REACH));
    let p = (from..at)
        .rev()
        .find(|&k| toks[k].tag.is_verb() && verbs.contains(&lemma::verb(&toks[k].norm).as_str()))?;
    (p + 1..at).find_map(|k| toll_word(toks, p + 1, k, at))
}

/// The word of a toll at token `k` ("toll", the "death" of "death count",
/// the "dead" of "number of dead"), in the stretch `[from, end)`.
fn toll_word(toks: &[Token], from: usize, k: usize, end: usize) -> Option<usize> {
    let w = toks.get(k)?.norm.as_str();
    let next = toks.get(k + 1).map(|t| t.norm.as_str());
    match w {
        "toll" => Some(k),
        "count" if k > from && matches!(toks[k - 1].norm.as_str(), "death" | "body") => Some(k - 1),
        "number" if next == Some("of") => (k + 2..(k + 5).min(end)).find(|&j| {
            let w = toks[j].norm.as_str();
            DEAD_WORDS.contains(&w) || INJURED_WORDS.contains(&w)
        }),
        _ => None,
    }
}

/// Whether the number of `fact` at token `a` is an age at death told with
/// a word of dying ("has died at 75", "dead at 95", "died Monday at age
/// 95" is [`at_the_age_of`]'s).
pub(super) fn died_at(text: &str, toks: &[Token], fact: &Fact, a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let age = is_age_number(fact) || is_aged_phrase(text, fact);
    age && a >= 2 && word(a - 1) == "at" && DYING.contains(&word(a - 2))
}

/// Words that name someone as another's relative or companion ("his wife
/// Audrey", "Joan, his daughter"): a name among them is not the person a
/// later "he" or "the 75-year-old" stands for.
pub(super) const KIN: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "sons",
    "daughter",
    "daughters",
    "mother",
    "father",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "child",
    "children",
    "grandson",
    "granddaughter",
    "grandchildren",
    "grandmother",
    "grandfather",
    "niece",
    "nephew",
    "cousin",
    "uncle",
    "aunt",
    "partner",
    "fiancee",
    "fiance",
    "girlfriend",
    "boyfriend",
    "stepson",
    "stepdaughter",
    "parents",
    "survived",
];

/// The person an age told without a name stands for: a sentence "He was
/// 75." / "She was 49 years old." (the pronoun opening it, the age its
/// complement), or a definite description opening its sentence ("The
/// 55-year-old actor said", "In a statement, the 55-year-old said"), alone
/// (not "the 30-year-old sergeant and 26-year-old"). The person is the
/// subject of the sentence before (the person named before its first verb),
/// when that person is the document's main one (`protagonist`), is not
/// named as someone's relative ("his wife Audrey") and no relative is
/// spoken of in between; otherwise nobody ("The 35-year-old deputy" after
/// a sentence about his killer is the deputy). Its canonical key.
pub(super) fn age_told_before(
    text: &str,
    tokens: &Tokens,
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    (a, b): (usize, usize),
) -> Option<String> {
    let toks = &tokens.toks;
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let written = text.get(fact.span.start..fact.span.end)?.to_lowercase();
    let (s, e) = tokens.sentence_range(a);
    // "In a statement, the 55-year-old said": an opening phrase without a
    // verb, set off by a comma
    let opens = |k: usize| {
        k == s
            || (word(k - 1) == ","
                && toks
                    .get(s..k)
                    .is_some_and(|ts| ts.iter().all(|t| !t.tag.is_verb())))
    };
    let described = written
        .strip_suffix("-year-old")
        .and_then(|n| n.trim().parse::<u32>().ok())
        .is_some_and(|n| AGES.contains(&n))
        && a >= 1
        && word(a - 1) == "the"
        && opens(a - 1)
        && !(b..(b + 3).min(e)).any(|k| matches!(word(k), "and" | "or"));
    // "49 years old", one quantity of years
    let years_old = written.ends_with(" years old") && is_years(fact);
    let pronoun = (is_age_number(fact) || years_old)
        && a == s + 2
        && PERSONAL.contains(&word(s))
        && matches!(word(s + 1), "was" | "is")
        && matches!(word(b), "." | "," | ";" | "" | "when" | "and");
    if !(described || pronoun) || s == 0 {
        return None;
    }
    let main = doc.protagonist.as_deref()?;
    let subject = sentence_subject_person(tokens, facts, s - 1)?;
    let key = name_key(subject);
    if key.is_empty() || !names::same_person(&key, main) || named_as_kin(toks, subject) {
        return None;
    }
    // "He is survived by his wife. She was 70.": a relative spoken of
    // since the name, maybe one no name fact holds
    let since = toks.partition_point(|t| t.span.start < subject.span.end);
    if toks
        .get(since..a)
        .unwrap_or(&[])
        .iter()
        .any(|t| KIN.contains(&t.norm.as_str()))
    {
        return None;
    }
    Some(key)
}

/// The person the sentence holding token `k` is about: the first person
/// named before its first verb ("Fred Roe, a Nixon aide, has died",
/// "Actor Jane Doe has been cast"); `None` when a verb comes first.
pub(super) fn sentence_subject_person<'f>(
    tokens: &Tokens,
    facts: &'f [Fact],
    k: usize,
) -> Option<&'f Fact> {
    let (s, e) = tokens.sentence_range(k);
    let toks = tokens.toks.get(s..e)?;
    let start = toks.first()?.span.start;
    let verb = toks
        .iter()
        .find(|t| t.tag.is_verb())
        .map_or(toks.last()?.span.end, |t| t.span.start);
    facts
        .iter()
        .filter(|f| f.kind == FactKind::Person && f.span.start >= start && f.span.end <= verb)
        .min_by_key(|f| f.span.start)
}

/// Whether the name `f` is set beside a word of [`KIN`] ("his wife Audrey
/// Doe", "Audrey Doe, his wife"): within three words either side.
pub(super) fn named_as_kin(toks: &[Token], f: &Fact) -> bool {
    let first = toks.partition_point(|t| t.span.start < f.span.start);
    let last = toks.partition_point(|t| t.span.start < f.span.end);
    let near = toks[first.saturating_sub(3)..first]
        .iter()
        .chain(toks.get(last..(last + 3).min(toks.len())).unwrap_or(&[]));
    near.into_iter().any(|t| KIN.contains(&t.norm.as_str()))
}

/// A surname alone no name fact holds ("Teixeira, 28," in a report naming
/// "Mark Teixeira" earlier): the capitalised word `t`, as a person's key,
/// when the document names someone in full with that surname. The key
/// stays the surname: the event's people decide whose it is, and leave it
/// apart when two people share it (a victim and her daughter).
pub(super) fn surname_person(doc: &DocContext, t: &Token) -> Option<String> {
    if !t.capitalized || t.has_digit || !t.is_word() {
        return None;
    }
    let surname = names::canonical_key(&t.norm);
    surname_owner(doc, &surname).map(|_| surname)
}

/// The fullest key of the one person the document names in full with the
/// surname `surname`; `None` when none or two different ones.
pub(super) fn surname_owner(doc: &DocContext, surname: &str) -> Option<String> {
    if surname.is_empty() {
        return None;
    }
    let mut full: Vec<&str> = doc
        .names
        .iter()
        .filter(|(k, n)| {
            *k == FactKind::Person && n.contains(' ') && n.rsplit(' ').next() == Some(surname)
        })
        .map(|(_, n)| n.as_str())
        .collect();
    full.sort_by_key(|n| (std::cmp::Reverse(n.len()), *n));
    full.dedup();
    let fullest = *full.first()?;
    full.iter()
        .all(|n| names::same_person(n, fullest))
        .then(|| fullest.to_string())
}

/// Whether `fact` is an age written with the word that introduces it
/// ("aged 34", "age 34"): a quantity of whole years in the range of
/// [`AGES`] whose words begin with "age" or "aged".
pub(super) fn is_aged_phrase(text: &str, fact: &Fact) -> bool {
    let written = text
        .get(fact.span.start..fact.span.end)
        .unwrap_or("")
        .to_lowercase();
    let introduced = written.starts_with("aged ") || written.starts_with("age ");
    introduced && is_years(fact)
}

/// Whether `fact` is an age as written of anyone ("71-year-old", "aged
/// 71", "71 years old"): whole years in the range of [`AGES`].
pub(super) fn age_written(text: &str, fact: &Fact) -> bool {
    let w = text
        .get(fact.span.start..fact.span.end)
        .unwrap_or("")
        .to_lowercase();
    is_years(fact)
        && (w.ends_with("year-old")
            || w.ends_with("years old")
            || w.ends_with("year old")
            || w.starts_with("aged ")
            || w.starts_with("age "))
}

/// Whether `fact` is a quantity of whole years in the range of [`AGES`].
pub(super) fn is_years(fact: &Fact) -> bool {
    let years = match &fact.value {
        crate::facts::FactValue::Quantity(crate::facts::Quantity::Amount { amount, unit })
            if unit == "year" =>
        {
            amount.to_i128()
        }
        _ => None,
    };
    fact.kind == FactKind::Quantity
        && years.is_some_and(|n| u32::try_from(n).is_ok_and(|n| AGES.contains(&n)))
}

/// Whether `fact` is a bare whole number in the range of [`AGES`].
pub(super) fn is_age_number(fact: &Fact) -> bool {
    let whole = match &fact.value {
        crate::facts::FactValue::Number(d) => d.to_string().parse::<u32>().ok(),
        _ => None,
    };
    fact.kind == FactKind::Number && whole.is_some_and(|n| AGES.contains(&n))
}

/// The one person an age phrase of a clause is said of: the people its
/// clause names (typed by the name extractor), else those of the
/// sentence's subject; a shorter form of a name beside its full form
/// ("doe" beside "jane doe") is one person. `None` unless exactly one:
/// "girls age 6" is no named person's age.
pub(super) fn age_person(
    doc: &DocContext,
    typed: &[(FactKind, String)],
    subject_typed: &[(FactKind, String)],
    sentence_subject: &[String],
) -> Option<String> {
    let people = |names: &[(FactKind, String)]| -> Vec<String> {
        names
            .iter()
            .filter(|(k, _)| *k == FactKind::Person)
            .map(|(_, n)| n.clone())
            .collect()
    };
    let subject_people: Vec<String> = sentence_subject
        .iter()
        .filter(|n| {
            doc.names
                .iter()
                .any(|(k, m)| *k == FactKind::Person && m == *n)
        })
        .cloned()
        .collect();
    [people(typed), people(subject_typed), subject_people]
        .into_iter()
        .map(|mut ps| {
            let within = |short: &str, long: &str| {
                short.len() < long.len()
                    && short.split(' ').all(|w| long.split(' ').any(|v| v == w))
            };
            let all = ps.clone();
            ps.retain(|p| !all.iter().any(|q| within(p, q)));
            ps.sort();
            ps.dedup();
            ps
        })
        .find(|ps| !ps.is_empty())
        .filter(|ps| ps.len() == 1)
        .and_then(|ps| ps.into_iter().next())
}

/// The person an age written before the name is of ("*20-year-old* Jane
/// Roe", "the *15-year-old* John Doe"): a figure written "N-year-old", in
/// the range of ages, right before a person's name. Its canonical key.
pub(super) fn age_before_name(
    text: &str,
    toks: &[Token],
    facts: &[Fact],
    doc: &DocContext,
    fact: &Fact,
    b: usize,
) -> Option<String> {
    let written = text.get(fact.span.start..fact.span.end)?.to_lowercase();
    let years: u32 = written.strip_suffix("-year-old")?.trim().parse().ok()?;
    if !AGES.contains(&years) {
        return None;
    }
    let next = toks.get(b)?;
    let named = |start: usize| {
        facts
            .iter()
            .find(|f| f.kind == FactKind::Person && f.span.start == start)
            .map(name_key)
            .filter(|k| !k.is_empty())
    };
    // "54-year-old Capt. Jane Roe": a title before the name
    let titled = || {
        let t = toks.get(b)?;
        if !TITLES.contains(&t.norm.trim_end_matches('.')) {
            return None;
        }
        let dot = toks.get(b + 1).is_some_and(|t| t.norm == ".");
        named(toks.get(b + 1 + usize::from(dot))?.span.start)
    };
    named(next.span.start)
        .or_else(titled)
        // "55-year-old Capaldi": a surname the document gives in full
        .or_else(|| surname_person(doc, next).filter(|_| ends_phrase(toks, b + 1)))
        // "the 62-year-old farmer Jane Roe", "a 40-year-old former nurse
        // John Doe": a role of lower-case words in apposition, then the name
        .or_else(|| {
            let roles = toks
                .get(b..)?
                .iter()
                .take(ROLE_WORDS_BEFORE_NAME + 1)
                .take_while(|t| is_role_word(t))
                .count();
            (1..=ROLE_WORDS_BEFORE_NAME)
                .contains(&roles)
                .then(|| named(toks.get(b + roles)?.span.start))?
        })
}

/// Titles written before a name ("Capt.", "Sgt.", "Dr"), lower-case and
/// without their full stop.
const TITLES: &[&str] = &[
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "gen",
    "general",
    "cmdr",
    "commander",
    "maj",
    "major",
    "cpl",
    "corporal",
    "pvt",
    "private",
    "det",
    "detective",
    "insp",
    "inspector",
    "supt",
    "dr",
    "doctor",
    "prof",
    "professor",
    "rev",
    "judge",
    "officer",
    "constable",
    "pc",
    "deputy",
    "sheriff",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "mayor",
    "coach",
    "chief",
];

/// How many lower-case words of a role ("farmer", "former nurse", "club
/// club treasurer") may stand between an age written before a name and
/// the name.
pub(super) const ROLE_WORDS_BEFORE_NAME: usize = 3;

/// Whether a token can be a word of a role set before a name: a lower-case
/// noun or adjective that is no inflected verb form either ("a 30-year-old
/// *shot* Jane Roe": "shot" may be tagged a noun; "nurse" may stay), no
/// function word ("the 19-year-old son *of* Jane Roe"), no possessive, and
/// no plain word for a person ("a 30-year-old *man* beat Jane Roe": a man
/// is named after a comma, never in apposition).
pub(super) fn is_role_word(t: &Token) -> bool {
    !t.capitalized
        && t.norm.chars().all(|c| c.is_alphabetic() || c == '-')
        && (t.tag.is_noun() || t.tag.is_adjective())
        && !t.tag.is_verb()
        && lemma::verb(&t.norm) == t.norm
        && !PLAIN_PERSON_NOUNS.contains(&t.norm.as_str())
}

/// Words for a person that say no role ("man", "girl"): never in
/// apposition before a name.
pub(super) const PLAIN_PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "teen",
    "teenager",
    "youth",
    "child",
    "baby",
    "adult",
    "male",
    "female",
    "resident",
    "individual",
];
