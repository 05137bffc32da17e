//! What ties two mentions together: shared heads, predicates, names and
//! sentences; one subject, hedged counts of one noun phrase, one act of
//! one person; the ties of the named rules.

use super::*;

/// Whether a frame's of-complement names someone (all its words are words
/// of the clause's names: "of Ka'Loni Flynn") rather than describing them
/// ("of a Fort Smith woman": a name before a common noun still describes).
pub(super) fn of_names(f: &Frame) -> bool {
    let bare = |w: &str| w.replace(['\'', '\u{2019}'], "");
    !f.of.is_empty()
        && f.of.iter().all(|w| {
            f.names
                .iter()
                .any(|n| n.split(' ').any(|p| bare(p) == bare(w)))
        })
}

/// Whether two figures are said of different people or organisations:
/// each names who it belongs to ([`Frame::owner`]: "re-signed Iguodala and
/// Williams for $80 million", "signed Brand to a five-year, $80 million
/// contract") and no word of those names is shared. Equal values of two
/// owners are two claims, not one corroborated; a figure whose owner is
/// unnamed on either side is left to the other checks. A name is matched
/// by any of its words, or written solid, singular ("Sea Micro",
/// "SeaMicro"; "the Colts", "a Colt stampede"), so that only names with
/// nothing in common part two figures.
pub(super) fn different_owners(fa: &Frame, fb: &Frame) -> bool {
    let words = |f: &Frame| -> Vec<String> {
        let bare = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
        f.owner
            .iter()
            .flat_map(|n| {
                n.split(' ')
                    .filter(|w| w.chars().count() > 1)
                    .map(bare)
                    .chain(std::iter::once(bare(&n.replace(' ', ""))))
            })
            .collect()
    };
    let (x, y) = (words(fa), words(fb));
    !x.is_empty() && !y.is_empty() && disjoint(&x, &y)
}

pub(super) fn disjoint(a: &[String], b: &[String]) -> bool {
    !a.iter().any(|x| b.contains(x))
}

/// Names of `a` that `b` shares: equal canonical keys, or one a surname of
/// the other ("goldberg", "whoopi goldberg").
pub(crate) fn shared_names(a: &[String], b: &[String]) -> Vec<String> {
    let last = |s: &str| s.rsplit(' ').next().unwrap_or(s).to_string();
    a.iter()
        .filter(|x| {
            b.iter()
                .any(|y| x == &y || ((x.contains(' ') != y.contains(' ')) && last(x) == last(y)))
        })
        .cloned()
        .collect()
}

/// Weighted Jaccard similarity of two frames' words.
pub(super) fn similarity(a: &Frame, b: &Frame) -> f64 {
    let (x, y) = (&a.words, &b.words);
    let (mut i, mut j) = (0, 0);
    let (mut num, mut den) = (0.0, 0.0);
    while i < x.len() || j < y.len() {
        match (x.get(i), y.get(j)) {
            (Some(p), Some(q)) if p.0 == q.0 => {
                num += p.1.min(q.1);
                den += p.1.max(q.1);
                i += 1;
                j += 1;
            }
            (Some(p), Some(q)) if p.0 < q.0 => {
                den += p.1;
                i += 1;
            }
            (Some(_), Some(q)) => {
                den += q.1;
                j += 1;
            }
            (Some(p), None) => {
                den += p.1;
                i += 1;
            }
            (None, Some(q)) => {
                den += q.1;
                j += 1;
            }
            (None, None) => break,
        }
    }
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

/// The names two clauses share; a clause without names of its own borrows
/// its sentence's subject.
pub(super) fn clause_names(fa: &Frame, fb: &Frame) -> Vec<String> {
    let names = shared_names(&fa.names, &fb.names);
    if !names.is_empty() || (!fa.names.is_empty() && !fb.names.is_empty()) {
        return names;
    }
    let x = if fa.names.is_empty() {
        &fa.subject_names
    } else {
        &fa.names
    };
    let y = if fb.names.is_empty() {
        &fb.subject_names
    } else {
        &fb.names
    };
    shared_names(x, y)
}

/// Days of the longest period that dates one act: a calendar year.
pub(super) const ACT_DAYS: i64 = 366;

/// Whether two date mentions each name one stretch no longer than a year,
/// as written (not a decade, "1981-85", or "six months ago"): the time of
/// one act, not of a career or an era.
pub(super) fn one_dated_act(a: &M<'_>, b: &M<'_>) -> bool {
    let short = |m: &M<'_>| {
        m.fact.qualifier.is_none() && m.days().is_some_and(|(lo, hi)| hi - lo < ACT_DAYS)
    };
    short(a) && short(b)
}

/// Whether two clauses tell one act of one person, in words that leave no
/// doubt what the act is: predicates of one known class ("stepped forward
/// to acknowledge", "admitting"; "killed", "died") and a person each
/// sentence is about, shared. Two years of it far from the article's time
/// are two reporters' years for one fact of a biography ("Felt revealed
/// himself in 2005", "in 2006"), where a weaker tie would join any two
/// years of one life.
pub(super) fn one_act_of_one_person(fa: &Frame, fb: &Frame) -> bool {
    let classed = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => {
            lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && lemma::same_predicate(&x.base, &y.base)
        }
        _ => false,
    };
    let person = |f: &Frame| people_named(f, true);
    classed && !shared_names(&person(fa), &person(fb)).is_empty()
}

/// Whether two dates, each of one stretch no longer than a year as
/// written, date one happening of one named person told in two ways: one
/// kind of happening by its verb or its noun ([`followup::happening`]:
/// "shot Mara Quell in 2019", "the 2019 murder of Mara Quell"; "was killed
/// in 2019", "her 2019 death") and a person each clause or its sentence's
/// subject names, shared. Far from the article's time a year is a fact of
/// a biography: the happening and the person say which one it dates.
pub(super) fn one_happening_of_one_person(a: &M<'_>, b: &M<'_>) -> bool {
    let kind = matches!(
        (followup::happening(a), followup::happening(b)),
        (Some(x), Some(y)) if followup::one_happening(x, y)
    );
    let person = |f: &Frame| people_named(f, false);
    a.fact.kind == FactKind::Date
        && a.doc != b.doc
        && kind
        && one_dated_act(a, b)
        && !shared_names(&person(a.frame), &person(b.frame)).is_empty()
}

/// Whether two sentences are about one subject: a name of one clause or
/// sentence subject ([`Frame::sentence_subject`]) is a name of the other's.
pub(super) fn same_subject(fa: &Frame, fb: &Frame) -> bool {
    let who =
        |f: &Frame| -> Vec<String> { f.names.iter().chain(&f.sentence_subject).cloned().collect() };
    !shared_names(&who(fa), &who(fb)).is_empty()
}

/// Largest ratio between two figures that a hedge or a rounding can tell
/// apart in one claim told with two verbs ("handed down 54 charges",
/// "faced more than 50 charges").
pub(crate) const HEDGE_RATIO: f64 = 1.5;

/// Whether two figures of one noun phrase, said of one subject, differ only
/// within a hedge or a rounding ("54 charges" and "more than 50 charges";
/// "about 40 volunteer firefighters" and "40 volunteer firefighters"): the
/// verdict can only be "approximate", and the noun phrase with its
/// modifiers and a shared subject show that the same thing is counted,
/// whatever verb each reporter tells it with.
pub(super) fn hedged_same_count(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    let figure = matches!(
        a.fact.kind,
        FactKind::Count | FactKind::Money | FactKind::Quantity | FactKind::Duration
    );
    let same_phrase = same_noun_phrase(fa, fb);
    let close = within_hedge_ratio(a, b);
    // Two verbs of two known classes ("marched", "were arrested") count
    // two different things, however alike the rest.
    let two_classes = match (&fa.predicate, &fb.predicate) {
        (Some(x), Some(y)) => {
            lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && !lemma::same_predicate(&x.base, &y.base)
        }
        _ => false,
    };
    // Two verbs of no one class ("travelled to the game", "watched from
    // the stands") tell one count only of one named party both clauses
    // are about ("the judge handed down 54 charges against Reyes", "Reyes
    // faced more than 50 charges"); a place shared by two groups' acts
    // ("at Hallam Road") is no such party.
    let two_verbs = matches!((&fa.predicate, &fb.predicate),
        (Some(x), Some(y)) if !lemma::same_predicate(&x.base, &y.base));
    let places: Vec<String> = [fa, fb]
        .iter()
        .flat_map(|f| f.typed_names.iter().chain(&f.subject_typed))
        .filter(|(k, _)| *k == FactKind::Place)
        .map(|(_, n)| n.clone())
        .collect();
    let one_actor = clause_names(fa, fb)
        .iter()
        .any(|n| shared_names(std::slice::from_ref(n), &places).is_empty());
    rel == Relation::Compatible
        && figure
        && !two_classes
        && (!two_verbs || one_actor)
        && same_phrase
        && close
        && !a.background()
        && !b.background()
        && !clause_names(fa, fb).is_empty()
}

/// Whether two frames count with one noun phrase: one head, with the same
/// compound, modifiers, scope and negation.
pub(super) fn same_noun_phrase(fa: &Frame, fb: &Frame) -> bool {
    matches!((&fa.head, &fb.head), (Some(x), Some(y)) if x.base == y.base)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && fa.scope == fb.scope
        && fa.negated == fb.negated
}

/// Whether two figures lie within [`HEDGE_RATIO`] of each other.
pub(super) fn within_hedge_ratio(a: &M<'_>, b: &M<'_>) -> bool {
    match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
        (Some(x), Some(y)) => x.max(y) / x.min(y) <= HEDGE_RATIO,
        _ => false,
    }
}

/// Whether two counts, one of them hedged, estimate one gathering on one
/// day ("nearly 100 people marched on Monday night", "on Monday, about 130
/// people marched"): one predicate (`predicate`, from the tie), one noun
/// phrase, figures within [`HEDGE_RATIO`], and the clauses of both dated
/// to one shared day, each by single days only. Reporters' estimates of a
/// crowd differ; the day and the act show the crowd is one. A clause with
/// no day of its own, or a day the other does not name, is never joined.
pub(super) fn one_gathering_one_day(a: &M<'_>, b: &M<'_>, predicate: bool) -> bool {
    let single_days =
        |m: &M<'_>| !m.anchors.is_empty() && m.anchors.iter().all(|&(lo, hi)| lo == hi);
    let shared_day = a.anchors.iter().any(|x| b.anchors.contains(x));
    a.fact.kind == FactKind::Count
        && predicate
        && (a.hedge.is_some() || b.hedge.is_some())
        && same_noun_phrase(a.frame, b.frame)
        && within_hedge_ratio(a, b)
        && single_days(a)
        && single_days(b)
        && shared_day
        && !a.background()
        && !b.background()
}

/// The rule [`one_claim_of_one_subject`], as the evidence names it.
pub(super) const ONE_SUBJECT: &str = "one_subject";

/// Whether two different figures of two documents are one claim by what
/// their clauses say, however little else the sentences share ("his
/// autopsy showed Smith had been hit nine times", "Smith, 40, was hit 12
/// times"): one predicate (of one class), one noun phrase (head, compound,
/// modifiers, scope, negation; for money or a duration without a noun,
/// one unit) and one named subject, a person or a place each clause or
/// sentence names (a pronoun standing for the document's protagonist
/// counts as its name). Kept out: a subject that is a generic noun or
/// absent on either side, figures of another time (background, a stretch
/// such as "last season", a date of the clause far from the article's) and
/// numbers with no noun.
pub(super) fn one_claim_of_one_subject(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    // A bare number counts something only with a noun ("shot seven times").
    let figure = match a.fact.kind {
        FactKind::Count | FactKind::Money | FactKind::Quantity | FactKind::Duration => true,
        FactKind::Number => fa.head.is_some(),
        _ => false,
    };
    let predicate = matches!((&fa.predicate, &fb.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base));
    let unit_only = fa.head.is_none()
        && fb.head.is_none()
        && matches!(a.fact.kind, FactKind::Money | FactKind::Duration)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && fa.scope == fb.scope
        && fa.negated == fb.negated;
    // A duration told in two units ("four and a half months", "136 days")
    // is one figure converted, not two reporters' counts of one unit.
    let one_unit =
        a.fact.kind != FactKind::Duration || written_unit(a.surface) == written_unit(b.surface);
    let own_time = |m: &M<'_>| m.frame.time_frame.is_none() && near(m) && !m.background();
    figure
        && a.doc != b.doc
        && predicate
        && one_unit
        && (same_noun_phrase(fa, fb) || unit_only)
        && own_time(a)
        && own_time(b)
        && !shared_names(&named_subject(fa), &named_subject(fb)).is_empty()
}

/// The unit word a figure is written with, without its plural ("months"
/// of "four and a half months", "day" of "136-day"): its last word.
pub(super) fn written_unit(surface: &str) -> String {
    let word = surface
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    word.strip_suffix('s').map(str::to_string).unwrap_or(word)
}

/// The people and places a clause is said of, by name: those the clause
/// names ([`clause_typed`]), and the person a pronoun before the figure
/// stands for.
pub(super) fn named_subject(f: &Frame) -> Vec<String> {
    let mut who = clause_typed(f, |k| matches!(k, FactKind::Person | FactKind::Place));
    who.extend(f.pronoun_person.iter().cloned());
    who
}

/// The typed names of a clause of the kinds `keep` accepts; a clause
/// without names of its own is said of its sentence's subject ("Thomas was
/// hurt and missed 10 games").
pub(super) fn clause_typed(f: &Frame, keep: impl Fn(FactKind) -> bool) -> Vec<String> {
    let typed = if f.names.is_empty() {
        &f.subject_typed
    } else {
        &f.typed_names
    };
    typed
        .iter()
        .filter(|(k, _)| keep(*k))
        .map(|(_, n)| n.clone())
        .collect()
}

/// What ties `a` and `b`, and whether it is enough for their relation.
pub(super) fn tie(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<(f64, Tie)> {
    let (fa, fb) = (a.frame, b.frame);
    let names = clause_names(fa, fb);
    let head = same_head(a, b);
    // A vague time ("next year", "this week") against one day: one claim
    // only when both clauses date one act ([`vague`]).
    if a.fact.kind == FactKind::Date && rel != Relation::Same && !vague::may_tie(a, b, head) {
        return None;
    }
    // Two dates of one noun ("the 2012 shooting death", "the April 2012
    // shooting death"): the noun is what they date, whatever each clause's
    // verb ("convicted in", "charged in").
    let dated_nouns = fa.dates_head && fb.dates_head;
    let mut t = Tie {
        head,
        predicate: if dated_nouns {
            head
        } else {
            matches!((&fa.predicate, &fb.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base) || lemma::one_act(&x.base, &y.base))
                || super::super::groups::one_size(a, b)
        },
        names,
        of: !fa.of.is_empty() && !disjoint(&fa.of, &fb.of),
        similarity: similarity(fa, fb),
        rule: None,
        predicates: Vec::new(),
    };
    // a bare figure a collective noun counts ("a workforce of 380") is
    // a count of its people
    let kind = if super::super::groups::one_noun(a, b) {
        FactKind::Count
    } else {
        a.fact.kind
    };
    let bare = matches!(
        kind,
        FactKind::Date | FactKind::Number | FactKind::Ordinal | FactKind::Percent | FactKind::Score
    );
    // The subject: shared names of the clauses or of who the sentences
    // are about, or a shared of-complement.
    let subject = !t.names.is_empty() || t.of || same_subject(fa, fb);
    let background = a.background() || b.background();
    let no_predicates = fa.predicate.is_none() && fb.predicate.is_none();
    let enough = if rel == Relation::Same {
        if kind == FactKind::Money && !background {
            true
        } else if kind == FactKind::Score {
            // The same result twice in reports of one event: the game's
            // score or the vote, whatever each report calls it ("won",
            // "the victory", "a 20-13 defeat").
            true
        } else if kind == FactKind::Date && !background {
            // One calendar day near the event, in reports of the event: the
            // day of its happenings, whatever verb each report uses. A
            // coarser period (a week, a quarter, a year) needs a shared
            // predicate, subject or head, or some shared wording.
            // (Two mentions of one part of the day, or of the bare day: see
            // `relation`.)
            // "Monday" holds "Monday morning"; "early Monday" is not said to
            // be a morning or a night.
            let one_day = a.days().is_some_and(|(lo, hi)| lo == hi)
                && (a.within_day.is_none()
                    || b.within_day.is_none()
                    || a.within_day == b.within_day);
            // Names alone are the event's protagonists, in every sentence:
            // they tie a coarser period only with some shared wording.
            one_day
                || t.predicate
                || t.head
                || (subject && t.similarity >= SAME_DAY_SIMILAR / 2.0)
                || t.similarity >= SAME_DAY_SIMILAR
        } else if bare {
            t.predicate
                || t.head
                || t.similarity >= SIMILAR_EQUAL + 0.1
                || one_happening_of_one_person(a, b)
        } else {
            t.head || t.predicate || subject || t.similarity >= SIMILAR_EQUAL
        }
    } else if t.similarity >= SIMILAR_ALONE && (t.predicate || no_predicates) {
        // Near-identical sentences: one report's figure changed.
        true
    } else {
        // Two different values: one claim only with its predicate and its
        // subject (names, or a parallel sentence), and for a figure its
        // head. A figure with no noun of its own (a bare number, an
        // ordinal) or a date of another time needs near-identical
        // sentences.
        // Money and a result need no noun of their own ("paid $5 million",
        // "won 3-1").
        // A count of time from one happening ("nine days after the walkout
        // ended", "14 days after the end of the walkout") has that
        // happening for its noun ([`relation`] keeps two counts from two
        // happenings apart).
        let head_ok = t.head
            || (fa.head.is_none()
                && fb.head.is_none()
                && matches!(kind, FactKind::Money | FactKind::Score))
            || matches!((&a.offset, &b.offset), (Some(x), Some(y)) if x.same(y));
        // Money said of a noun ("a $175 million package") has that noun for
        // its predicate, and so has a rate told of what it measures
        // ("inflation was 4.1%", "put inflation at 4.4%").
        let predicate = t.predicate
            || (matches!(kind, FactKind::Money | FactKind::Percent) && t.head && no_predicates);
        match kind {
            FactKind::Number | FactKind::Ordinal => false,
            // A day and the month or week holding it: one predicate, one
            // subject. Two different days: a parallel sentence as well.
            FactKind::Date => {
                let need = if rel == Relation::Compatible {
                    0.0
                } else {
                    SIMILAR_WITH_FRAME - 0.05
                };
                let ordinary = if dated_nouns {
                    // One happening named by one noun, dated by two
                    // reports at two grains, however long ago: the noun
                    // and some shared wording. Two different dates of it
                    // need its subject too (another year's shooting is
                    // another shooting).
                    t.head
                        && if rel == Relation::Compatible {
                            subject || t.similarity >= SIMILAR_EQUAL
                        } else {
                            subject && t.similarity >= need
                        }
                } else {
                    (!background && t.predicate && (subject || t.head) && t.similarity >= need)
                        || (background && one_dated_act(a, b) && one_act_of_one_person(fa, fb))
                };
                // A later report's month or year of the happening the
                // other dates to the day ([`followup`]).
                ordinary
                    || (rel == Relation::Compatible
                        && (followup::ties(a, b, subject || t.similarity > 0.0)
                            || one_happening_of_one_person(a, b)))
            }
            // Values within each other's hedges ("at least 70", "about
            // 100 people injured"): the head and predicate with a little
            // shared context.
            _ if rel == Relation::Compatible => {
                (predicate || hedged_same_count(a, b, rel))
                    && head_ok
                    && (subject
                        || t.similarity >= SIMILAR_WITH_FRAME - 0.15
                        || one_gathering_one_day(a, b, predicate))
                    && (!background || subject)
            }
            // Two figures that cannot both hold: the head and predicate with
            // the subject or a parallel sentence.
            // Sources that disagree on one figure are close to each other
            // (a toll of 12 or 15, nine games or ten); a figure twice another
            // with the same noun and verb needs more to be the same one.
            _ => {
                let ratio = match (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
                    (Some(x), Some(y)) => x.max(y) / x.min(y),
                    _ => MAX_RATIO,
                };
                let need = if ratio <= 1.5 {
                    SIMILAR_WITH_FRAME - 0.1
                } else {
                    SIMILAR_WITH_FRAME
                };
                predicate
                    && head_ok
                    && (subject && t.similarity >= need
                        || t.similarity >= SIMILAR_CONFLICT
                        || one_gathering_one_day(a, b, predicate))
                    && (!background || subject)
            }
        }
    };
    // Two different values the ties above leave apart, said of one named
    // subject with one predicate and one noun phrase: one claim by rule.
    if !enough && rel != Relation::Same && one_claim_of_one_subject(a, b) {
        t.rule = Some(ONE_SUBJECT);
    }
    let enough = enough || t.rule.is_some();
    if !enough {
        return None;
    }
    let score = t.similarity
        + 0.3 * f64::from(u8::from(t.predicate))
        + 0.3 * f64::from(u8::from(t.head))
        + 0.2 * f64::from(u8::from(subject));
    Some((score, t))
}

/// The tie of two values a named rule makes one claim (`sole_figure`
/// [`sole`], `counted_figure` [`counted`], `per_unit` [`per_unit`]),
/// weaker than any ordinary tie of theirs. `counted_figure` shows both
/// clauses' predicates in its evidence (`said`); the others show none.
pub(super) fn rule_tie(a: &M<'_>, b: &M<'_>, rule: &'static str, said: bool) -> (f64, Tie) {
    let verb = |m: &M<'_>| {
        m.frame
            .predicate
            .as_ref()
            .map(|p| p.text.to_lowercase())
            .unwrap_or_default()
    };
    let t = Tie {
        head: same_head(a, b),
        predicate: matches!((&a.frame.predicate, &b.frame.predicate), (Some(x), Some(y)) if lemma::same_predicate(&x.base, &y.base)),
        names: clause_names(a.frame, b.frame),
        of: false,
        similarity: similarity(a.frame, b.frame),
        rule: Some(rule),
        predicates: if said {
            vec![verb(a), verb(b)]
        } else {
            Vec::new()
        },
    };
    (t.similarity, t)
}

/// The people a clause or its sentence's subject names, and with
/// `pronoun` the person a personal pronoun stands for.
fn people_named(f: &Frame, pronoun: bool) -> Vec<String> {
    f.typed_names
        .iter()
        .chain(&f.subject_typed)
        .filter(|(k, _)| *k == FactKind::Person)
        .map(|(_, n)| n.clone())
        .chain(f.pronoun_person.iter().filter(|_| pronoun).cloned())
        .collect()
}
