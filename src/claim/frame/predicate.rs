//! The predicate of a figure's clause: its content verb, and the light,
//! staged, infinitive and scheduled verbs that stand for it.

use super::*;

/// The predicate of a figure at tokens `[a, b)` in the clause `[cl_a,
/// cl_b)`: a predicative word right after the phrase ("four people
/// *killed*", "left three *dead*"), else the nearest content verb, left
/// first for a figure after its verb, right for a figure before it.
pub(super) fn predicate(
    toks: &[Token],
    doc: &DocContext,
    cl_a: usize,
    cl_b: usize,
    a: usize,
    phrase_end: usize,
    kind: FactKind,
) -> Option<usize> {
    let verb_ok = |k: usize| {
        let t = &toks[k];
        if !t.tag.is_verb() || t.has_digit || counted_noun(toks, doc, k) || adjective_close(toks, k)
        {
            return false;
        }
        let base = lemma::verb(&t.norm);
        !AUXILIARIES.contains(&base.as_str())
            && !NOT_PREDICATES.contains(&t.norm.as_str())
            && !SAYING.contains(&base.as_str())
            && (kind == FactKind::Date || !REPORTING.contains(&base.as_str()))
    };
    // A figure of the noun of an act ("ordered a recall of 22 lots",
    // "charged over the seizure of 640kg"): the act is what is said of it.
    if kind != FactKind::Date {
        if let Some(noun) = act_noun(toks, cl_a, a) {
            return Some(noun);
        }
    }
    // A participle or predicative adjective right after the phrase, unless
    // the figure is the object of an act right before it ("destroyed 420kg
    // of heroin *taken* from a lorry", "blew $2.3 million *meant* for
    // sick children"): there the participle says what the thing was, the
    // verb what was done with it.
    let object = object_verb(toks, cl_a, a).is_some_and(&verb_ok);
    if let Some(t) = toks
        .get(phrase_end)
        .filter(|_| phrase_end < cl_b && !object)
    {
        let predicative = matches!(t.tag.name(), "VBN" | "VBD")
            || (t.tag.is_adjective() && lemma::predicate_class(&t.norm) != t.norm.as_str());
        if predicative && (verb_ok(phrase_end) || t.tag.is_adjective()) && kind != FactKind::Date {
            // "seven miners confirmed dead": a verdict on the state of
            // the people counted, the state is what is said of them
            if let Some(state) = crate::claim::tally::verdict_state(toks, phrase_end, cl_b) {
                return Some(state);
            }
            return Some(content_verb(toks, doc, phrase_end, cl_b));
        }
    }
    // A present participle that works as a preposition ("denied arson
    // *following* a fire on Sunday") opens a phrase of its own: no verb
    // before it governs the figure.
    let left = (cl_a..a)
        .rev()
        .take_while(|&k| {
            !toks[k].norm.ends_with("ing") || !NOT_PREDICATES.contains(&toks[k].norm.as_str())
        })
        .find(|&k| verb_ok(k));
    // A participle right after another figure is that figure's ("higher
    // than the 31% *recorded* in 2021", "the 40 *arrested* last week"):
    // the search stops there.
    let right = (phrase_end..cl_b)
        .take_while(|&k| {
            !(k > phrase_end
                && matches!(toks[k].tag.name(), "VBN" | "VBD")
                && counted_noun(toks, doc, k - 1))
        })
        .find(|&k| verb_ok(k));
    // An infinitive after the figure opens a purpose or complement clause
    // ("voted on Tuesday to confirm him"): the left verb governs.
    // So does the left verb when a comma parts the figure from the right
    // one: a trailing attribution ("will host the show next year, the
    // academy announced").
    let right = right.filter(|&r| {
        left.is_none()
            || !(r > 0 && toks[r - 1].tag.name() == "TO" && toks[r].tag.name() == "VB"
                || toks[phrase_end..r].iter().any(|t| t.tag.name() == ","))
    });
    // A relative clause ends at its comma ("the special, which all air in
    // November, is set to be …"): the verb past it is the main clause's.
    let relative = cl_a < a && matches!(toks[cl_a].tag.name(), "WDT" | "WP");
    let right =
        right.filter(|&r| !relative || toks[phrase_end..r].iter().all(|t| t.tag.name() != ","));
    let left = left.or_else(|| {
        (relative && right.is_none())
            .then(|| relative_verb(toks, cl_a, a))
            .flatten()
    });
    let chosen = match (left, right) {
        (Some(l), Some(r)) => {
            // A subject figure ("Four people were killed") has its verb to
            // the right: prefer it when the left verb is farther.
            if a - l <= r - phrase_end + 1 {
                Some(l)
            } else {
                Some(r)
            }
        }
        (l, r) => l.or(r),
    };
    // "two were declared dead": the state the verdict gives them
    chosen.map(|k| {
        crate::claim::tally::verdict_state(toks, k, cl_b)
            .unwrap_or_else(|| content_verb(toks, doc, k, cl_b))
    })
}

/// Verbs whose object is followed by the state or act the figure is of
/// ("left 41 people *injured*", "found two climbers *dead*", "reported
/// 12 lots *affected*", "saw 30 homes *flooded*"): after them the word
/// after the phrase is the predicate.
pub(super) const RESULT_VERBS: &[&str] = &[
    "leave",
    "find",
    "report",
    "declare",
    "confirm",
    "see",
    "have",
    "keep",
    "list",
    "show",
    "put",
    "get",
    "make",
    "pronounce",
    "count",
    "estimate",
    "want",
    "need",
    "expect",
];

/// The verb whose object is the figure at token `a`, in the clause from
/// `cl_a`: an active verb right before it, past words that belong to the
/// figure ("seized *about* 40kg", "destroyed *the* 12 crates"); a past
/// participle unless after a form of "be" or "get" (an active past the
/// tagger read as a participle: "customs officers destroyed 420kg"; not
/// "was fined $500"), and none of [`RESULT_VERBS`].
pub(super) fn object_verb(toks: &[Token], cl_a: usize, a: usize) -> Option<usize> {
    let mut k = a;
    while k > cl_a
        && a - k < 3
        && (FIGURE_LEAD.contains(&toks[k - 1].norm.as_str())
            || matches!(toks[k - 1].tag.name(), "DT" | "PRP$"))
    {
        k -= 1;
    }
    let v = k.checked_sub(1).filter(|&v| v >= cl_a)?;
    let t = &toks[v];
    let active = match t.tag.name() {
        "VBD" | "VBZ" | "VBP" | "VB" | "VBG" => true,
        "VBN" => v
            .checked_sub(1)
            .and_then(|j| toks.get(j))
            .is_some_and(|p| !matches!(lemma::verb(&p.norm).as_str(), "be" | "get")),
        _ => false,
    };
    let result = RESULT_VERBS.contains(&lemma::verb(&t.norm).as_str())
        || RESULT_VERBS.contains(&t.norm.as_str());
    (active && !result).then_some(v)
}

/// The verb of a relative clause opened at `rel` that the tagger read as a
/// noun ("which all *air* in November", "who both *work* at the mill"):
/// the first word after the pronoun, past determiners and adverbs, when it
/// is a verb form, before the figure at `a`.
pub(super) fn relative_verb(toks: &[Token], rel: usize, a: usize) -> Option<usize> {
    let k = (rel + 1..a).find(|&j| !matches!(toks[j].tag.name(), "DT" | "PDT" | "RB"))?;
    let t = &toks[k];
    (t.tag.is_noun() && !t.tag.is_proper() && lemma::is_verb_form(&t.norm)).then_some(k)
}

/// Whether the word at `k`, written as a verb, is the noun a number counts
/// ("106 *carries*", "eight *passes*", "two *sets*"): it lies inside
/// another figure, or it is a third-person singular form right after a
/// number above one (a plural noun read as a verb: "three dies" is no
/// English, "three died" is, and stays a verb). A counted noun is never
/// the predicate of a count.
pub(super) fn counted_noun(toks: &[Token], doc: &DocContext, k: usize) -> bool {
    let after_plural_number = toks[k].tag.name() == "VBZ"
        && k.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(|p| {
            (p.tag.name() == "CD" || p.has_digit && p.is_word())
                && !matches!(p.norm.as_str(), "one" | "1")
        });
    doc.in_figure.get(k) == Some(&true) || after_plural_number
}

/// Whether the word at `k` is the adjective "close" of "close to"
/// ("sources *close* to the talks", "a spot close to the border"): "close"
/// before "to", after no "to", modal or pronoun that would make it the
/// verb ("expected to close", "will close to traffic").
pub(super) fn adjective_close(toks: &[Token], k: usize) -> bool {
    let follows_to = toks.get(k + 1).is_some_and(|t| t.norm == "to");
    let verb_before = k
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|p| matches!(p.tag.name(), "TO" | "MD" | "PRP") || p.norm == "to");
    toks[k].norm == "close" && follows_to && !verb_before
}

/// The verb that says what happens, for the verb at `k`: the infinitive
/// after a scheduling verb or a lead verb with its particle, else `k`.
pub(super) fn content_verb(toks: &[Token], doc: &DocContext, k: usize, cl_b: usize) -> usize {
    scheduled_verb(toks, k, cl_b)
        .or_else(|| light_verb(toks, doc, k, cl_b))
        .or_else(|| staged_verb(toks, k, cl_b))
        .unwrap_or(k)
}

/// Verbs that stage a gathering ("*held* a news conference to announce",
/// "*called* a meeting to discuss").
pub(super) const STAGING_VERBS: &[&str] =
    &["hold", "call", "convene", "stage", "organize", "organise"];

/// Gatherings staged to do what a to-infinitive after them names.
pub(super) const GATHERINGS: &[&str] = &[
    "conference",
    "briefing",
    "meeting",
    "rally",
    "ceremony",
    "session",
    "summit",
    "vigil",
];

/// Words from a staging verb to the "to" of its purpose ("held a press
/// conference, July 13, 2009, to announce").
pub(super) const STAGING_REACH: usize = 12;

/// The verb of the purpose a staging verb at `k` states ("held a news
/// conference on Monday to *announce* the closure"): its object is a
/// gathering and a to-infinitive follows within the clause; the
/// gathering is the means, the infinitive says what happened.
pub(super) fn staged_verb(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    if !STAGING_VERBS.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    let to = (k + 1..cl_b.min(k + 1 + STAGING_REACH))
        .take_while(|&j| !toks[j].tag.is_verb() || toks[j].tag.name() == "TO")
        .find(|&j| toks[j].tag.name() == "TO" || toks[j].norm == "to")?;
    let gathering = (k + 1..to).any(|j| {
        toks[j].tag.is_noun() && GATHERINGS.contains(&lemma::noun(&toks[j].norm).as_str())
    });
    gathering.then(|| infinitive_verb(toks, to, cl_b)).flatten()
}

/// Verbs that, with a particle, lead into the act a to-infinitive names
/// ("*set off* from the vigil to march", "*stepped forward* in 2005 to
/// acknowledge", "*came back* to win"): that verb is the predicate.
pub(super) const LEAD_VERBS: &[&str] = &["set", "step", "move", "turn", "head", "return", "stand"];

/// Particles after a [`LEAD_VERBS`] verb.
pub(super) const PARTICLES: &[&str] = &["off", "forward", "out", "up", "back", "on", "down"];

/// Words a to-infinitive may lie from a lead verb (its particle and a short
/// phrase: "set off from the vigil site to march").
pub(super) const LEAD_REACH: usize = 8;

/// The verb of the infinitive a lead verb at `k` leads into (see
/// [`LEAD_VERBS`]), within the clause: the verb must have a particle, or
/// the infinitive follow it at once, past a date ("returned to host",
/// "will return next year to host").
pub(super) fn light_verb(toks: &[Token], doc: &DocContext, k: usize, cl_b: usize) -> Option<usize> {
    if !LEAD_VERBS.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    // A date between the verb and what follows it ("returns next year to
    // host") is not in the way.
    let past_date = (k + 1..cl_b).find(|&j| !doc.in_date(j)).unwrap_or(cl_b);
    let particle = toks
        .get(past_date)
        .is_some_and(|t| PARTICLES.contains(&t.norm.as_str()));
    let reach = past_date.saturating_sub(k) + if particle { LEAD_REACH } else { 1 };
    let to = (k + 1..cl_b.min(k + 1 + reach))
        .take_while(|&j| !toks[j].tag.is_verb() || toks[j].tag.name() == "TO")
        .find(|&j| toks[j].tag.name() == "TO" || toks[j].norm == "to")?;
    infinitive_verb(toks, to, cl_b)
}

/// The content verb of the infinitive after "to" at `to` ("to open", "to
/// be released"): a word the tagger read as an adjective or a noun right
/// after "to" is still a verb when it is a verb form ("to open").
pub(super) fn infinitive_verb(toks: &[Token], to: usize, cl_b: usize) -> Option<usize> {
    let verbish = |j: usize| {
        toks[j].tag.is_verb()
            || (j == to + 1 && !toks[j].has_digit && lemma::is_verb_form(&toks[j].norm))
    };
    (to + 1..cl_b.min(to + 4))
        .take_while(|&j| verbish(j) || toks[j].tag.name() == "RB")
        .filter(|&j| verbish(j) && !AUXILIARIES.contains(&lemma::verb(&toks[j].norm).as_str()))
        .last()
}

/// Verbs that put a happening on a schedule ("is expected to open", "is
/// set to launch", "plans to close"): the infinitive after them says what
/// happens.
pub(super) const SCHEDULING: &[&str] = &[
    "expect", "schedule", "set", "slate", "plan", "intend", "aim", "hope", "poise", "due", "tab",
];

/// The verb of the infinitive after a scheduling verb at `k` ("expected to
/// be released" → "released"), within the clause.
pub(super) fn scheduled_verb(toks: &[Token], k: usize, cl_b: usize) -> Option<usize> {
    if !SCHEDULING.contains(&lemma::verb(&toks[k].norm).as_str()) {
        return None;
    }
    let to = (k + 1..cl_b.min(k + 3)).find(|&j| toks[j].tag.name() == "TO")?;
    infinitive_verb(toks, to, cl_b)
}

/// Verbs that state, order or set off an act a noun after them names
/// ("*ordered* a recall of", "*announced* the arrest of", "*carried out*
/// the evacuation of", "*confirmed* the deaths of", "*forced* the closure
/// of"): the noun, not the verb, is the act the figure after "of" is of.
pub(super) const ACT_LIGHT_VERBS: &[&str] = &[
    "order",
    "announce",
    "confirm",
    "carry",
    "conduct",
    "complete",
    "make",
    "report",
    "begin",
    "start",
    "finish",
    "oversee",
    "undertake",
    "perform",
    "record",
    "issue",
    "declare",
    "trigger",
    "prompt",
    "force",
    "spark",
    "verify",
    "organise",
    "organize",
    "coordinate",
];

/// Words between "of" and a figure that belong to the figure ("the deaths
/// of *at least* nine", "the evacuation of *some* 300").
const FIGURE_LEAD: &[&str] = &[
    "at",
    "least",
    "most",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "over",
    "more",
    "than",
    "up",
    "to",
    "approximately",
    "an",
    "estimated",
    "all",
    "the",
];

/// The noun of an act whose of-complement is the figure at token `a`, in
/// the clause from `cl_a`, when the noun phrase stands where the act is
/// what the clause says of the figure. A noun of a known act
/// ([`lemma::known_act`]: "recall", "deaths", "arrest", "evacuation") at
/// the clause's head ("the recall of 22 lots was
/// ordered"), after a preposition ("charged over the seizure of 640kg"),
/// a possessive ("the regulator's recall of"), a copula, or a verb of
/// [`ACT_LIGHT_VERBS`] ("ordered a recall of"); any noun made from a verb
/// ([`lemma::nominal_verb`]: "completed the removal of", "charged over
/// the seizure of") after such a verb or a preposition only. The object
/// of a content verb keeps its verb: "seized a shipment of", "rejected an
/// offer of" say what was done with the noun's thing.
pub(super) fn act_noun(toks: &[Token], cl_a: usize, a: usize) -> Option<usize> {
    let mut k = a;
    while k > cl_a && a - k < 3 && FIGURE_LEAD.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    if k < cl_a + 2 || toks[k - 1].norm != "of" {
        return None;
    }
    let noun = k - 2;
    let t = &toks[noun];
    if !t.tag.is_noun() || t.tag.is_proper() || t.has_digit {
        return None;
    }
    let base = lemma::noun(&t.norm);
    let known = lemma::known_act(&base, false);
    // a noun made from a verb ("removal", "seizure") is an act after a
    // verb that states or orders one, or a preposition; at the clause's
    // head it may name a load its own verb acts on ("a shipment of 1.1
    // tonnes was seized")
    if !known && lemma::nominal_verb(&base).is_none() {
        return None;
    }
    // Up to two adjectives ("a nationwide recall", "the largest single
    // seizure"), then determiners.
    let mut j = noun;
    while j > cl_a && noun - j < 2 && toks[j - 1].tag.is_adjective() {
        j -= 1;
    }
    if j > cl_a && toks[j - 1].tag.name() == "POS" {
        return known.then_some(noun);
    }
    while j > cl_a && matches!(toks[j - 1].tag.name(), "DT" | "PRP$") {
        j -= 1;
    }
    if j == cl_a {
        return known.then_some(noun);
    }
    let before = &toks[j - 1];
    // "carried out the evacuation of": the verb before its particle
    let verb = if before.tag.name() == "RP" || PARTICLES.contains(&before.norm.as_str()) {
        j.checked_sub(2)
            .and_then(|v| toks.get(v))
            .filter(|_| j - 1 > cl_a)
    } else {
        Some(before)
    };
    let light = verb.is_some_and(|v| {
        let base = lemma::verb(&v.norm);
        v.tag.is_verb()
            && (ACT_LIGHT_VERBS.contains(&base.as_str()) || AUXILIARIES.contains(&base.as_str()))
    });
    let preposition = (matches!(before.tag.name(), "IN" | "TO") && before.norm != "of")
        || NOT_PREDICATES.contains(&before.norm.as_str());
    (light || preposition).then_some(noun)
}

/// Whether a date ending at token `date_end` dates the clause's verb
/// rather than the act a noun names when the figure's predicate is that
/// noun at `predicate` ([`act_noun`]): the date stands before the noun and
/// a preposition between them opens the noun's phrase ("were charged *on
/// Thursday* over the seizure of 640kg": Thursday is the charging, not the
/// seizure). A date after a light verb and before its noun with no
/// preposition between ("on Tuesday ordered a recall of") dates the act.
pub(super) fn dates_verb_before_act_noun(
    toks: &[Token],
    predicate: Option<usize>,
    date_end: usize,
) -> bool {
    let Some(p) = predicate else {
        return false;
    };
    let noun = toks.get(p).is_some_and(|t| t.tag.is_noun())
        && toks.get(p + 1).is_some_and(|t| t.norm == "of");
    noun && date_end <= p
        && toks.get(date_end..p).is_some_and(|between| {
            between
                .iter()
                .any(|t| matches!(t.tag.name(), "IN" | "TO") && t.norm != "of")
        })
}
