//! The frame builder: reads the frame of one figure or date off the
//! tagged words of its sentence, with the parts the sibling modules find.

use super::*;

/// Builds the frame of fact `i` of a document, or `None` for names,
/// quotes and a figure that describes a parent by their children ("a
/// father of two": no claim of the event, see `describe`). `doc` is the
/// document's [`DocContext`] (of these `tokens` and `facts`).
pub fn build(
    text: &str,
    tokens: &Tokens,
    facts: &[Fact],
    doc: &DocContext,
    i: usize,
    metadata: bool,
) -> Option<Frame> {
    let fact = facts.get(i)?;
    if is_name_or_quote(fact.kind) {
        return None;
    }
    let toks = &tokens.toks;
    let (a, b) = tokens.range_of(fact.span);
    if a >= toks.len() || a >= b {
        return Some(empty_frame(fact.span, metadata));
    }
    if matches!(fact.kind, FactKind::Number | FactKind::Count)
        && crate::claim::describe::kin_description(toks, (a, b))
    {
        return None;
    }
    let (s, e) = tokens.sentence_range(a);
    let (s, e) = (
        s.max(a.saturating_sub(SENTENCE_REACH)),
        e.min(b + SENTENCE_REACH),
    );
    // The facts that lie in (or across) these words: the only ones the
    // frame can be about.
    let window = Span::new(toks[s].span.start, toks[e - 1].span.end);
    let near: Vec<&Fact> = doc
        .figures
        .overlapping(facts, window.start, window.end)
        .into_iter()
        .map(|k| &facts[k])
        .collect();
    let (cl_a, cl_b) = clause_range(toks, s, e, a, b);
    // A noun phrase never reaches into another date ("worth $80 million
    // last summer"); a token outside the fact's own tokens is never inside
    // the fact itself.
    let in_other_date = |k: usize| doc.in_date.get(k) == Some(&true);
    let np_e = (b..e).find(|&k| in_other_date(k)).unwrap_or(e);
    let np_s = (s..a)
        .rev()
        .find(|&k| in_other_date(k))
        .map_or(s, |k| k + 1);
    let mut np = noun_phrase(toks, &near, fact, (a, b), (np_s, np_e));
    // A rate with no noun of its own, told of the subject of a copula or
    // the object of a verb of valuing ("overall inflation was 4.1%", "put
    // May inflation at 4.4 percent"): that noun is what it measures.
    let measured = (fact.kind == FactKind::Percent && np.head.is_none())
        .then(|| crate::claim::measured::subject(toks, cl_a, a, in_other_date))
        .flatten();
    if let Some(m) = &measured {
        np.head = Some(m.head);
        np.phrase_from = Some(m.from);
        np.compound.clone_from(&m.compound);
        np.modifiers.clone_from(&m.modifiers);
    }
    // A subject coordinated with another ("four people and a dog were
    // rescued") has its verb past the clause boundary.
    // Money that names what it is worth ("a package worth $175 million",
    // "a $175 million package") is said of that noun: the clause's verb
    // ("the package includes …") is not its predicate.
    let own_predicate = !(fact.kind == FactKind::Money && np.head.is_some());
    // A measure or count that premodifies the noun of an act ("the 640kg
    // heroin seizure", "a 310kg cocaine seizure"): the act is what is
    // said of it, whatever the clause's verb.
    // (A count's head is what it counts: "14 deaths".)
    let premodified = (own_predicate && fact.kind == FactKind::Quantity)
        .then(|| np.head.filter(|&h| h >= b && premodified_act(&toks[h])))
        .flatten();
    let predicate = premodified
        .or_else(|| {
            own_predicate
                .then(|| predicate(toks, doc, cl_a, cl_b, a, np.end.max(b), fact.kind))
                .flatten()
        })
        .or_else(|| {
            if !own_predicate {
                return None;
            }
            let strong = (cl_b..e)
                .find(|&k| matches!(toks[k].tag.name(), ":" | "(" | ")" | "\"" | "``" | "''"))
                .unwrap_or(e);
            (cl_a == a || toks[cl_a..a].iter().all(|t| !t.tag.is_verb()))
                .then(|| predicate(toks, doc, cl_b, strong, cl_b, cl_b, fact.kind))
                .flatten()
        });
    // A date of a happening named by a noun ("a release likely for late
    // 2009", "a late 2009 release date") is said of that noun, not of the
    // clause's verb.
    let predicate = if fact.kind == FactKind::Date {
        nominal_predicate(toks, doc, (cl_a, cl_b), (a, b), predicate.is_some()).or(predicate)
    } else {
        predicate
    };
    // "The death toll has risen to three": a figure a toll's verb sets
    // counts the dead, the toll is its predicate.
    // "a toll of 23" counts the dead, "a toll of 23 homes" the homes
    let toll = toll_noun(toks, s, a).filter(|&k| {
        fact.kind == FactKind::Number || toks.get(k + 1).is_none_or(|t| t.norm != "of")
    });
    let predicate = toll.or(predicate);
    // "the blast claimed 25 lives", "the sinking cost 34 lives": the verb
    // that takes the lives is a killing, whatever the clause's other verbs
    let lives_taken = lives_taker(toks, &np, a);
    let predicate = lives_taken.or(predicate);
    // "put the number of injured at 146": a toll of the injured
    let toll_injured = toll
        .and_then(|k| toks.get(k))
        .is_some_and(|t| INJURED_WORDS.contains(&t.norm.as_str()));
    // The verb that values a rate ("the office put inflation at 4.4%")
    // says who gave it, not what happened.
    let predicate = predicate.filter(|&p| measured.as_ref().and_then(|m| m.valued_by) != Some(p));
    // A date after the noun of a happening and its phrases, in a clause
    // with no verb of its own ("went on a shooting rampage at a courthouse
    // in 2005"): the noun is what it dates.
    let borrowed = (fact.kind == FactKind::Date && np.head.is_none() && predicate.is_none())
        .then(|| borrowed_head(toks, cl_a, a))
        .flatten();
    // Names and other dates in the clause.
    let clause = Span::new(toks[cl_a].span.start, toks[cl_b.max(cl_a + 1) - 1].span.end);
    let (names, typed) = names_in(text, toks, facts, doc, (cl_a, cl_b), (a, b));
    // The subject of a clause that has none of its own ("Thomas was hurt
    // in September and missed 10 games"): the names before the sentence's
    // first verb.
    let (mut subject_names, mut subject_typed) = if toks[cl_a..a].iter().any(|t| t.tag.is_noun()) {
        (Vec::new(), Vec::new())
    } else {
        let first_verb = (s..e).find(|&k| toks[k].tag.is_verb()).unwrap_or(s);
        names_in(text, toks, facts, doc, (s, first_verb.min(cl_a)), (a, b))
    };
    // "He missed 10 games": a personal pronoun for subject stands, in a
    // news report, for the person the report is about (the one it names
    // most often).
    if subject_names.is_empty() && names.is_empty() {
        let pronoun_subject = toks[s..a]
            .iter()
            .take_while(|t| !t.tag.is_verb())
            .any(|t| matches!(t.norm.as_str(), "he" | "she" | "his" | "her"));
        if pronoun_subject {
            if let Some(p) = doc.protagonist.clone() {
                subject_names.push(p.clone());
                subject_typed.push((FactKind::Person, p));
            }
        }
    }
    // "... were killed when a bus overturned near Kessling, police said":
    // the places of the clause that tells the happening counted.
    let when_places = happening_places(text, toks, facts, doc, (cl_b, e), (a, b));
    let dateline_names = head_only(text, toks, facts, doc, (cl_a, cl_b), (a, b), &names)
        .into_iter()
        .chain(head_only(
            text,
            toks,
            facts,
            doc,
            (s, cl_a),
            (a, b),
            &subject_names,
        ))
        .collect();
    let pronoun_person = toks[s..a]
        .iter()
        .any(|t| PERSONAL.contains(&t.norm.as_str()))
        .then(|| doc.protagonist.clone().or_else(|| doc.repeated.clone()))
        .flatten();
    let sentence_subject = sentence_subject(text, toks, facts, doc, (s, e), (a, b))
        .unwrap_or_else(|| pronoun_person.iter().cloned().collect());
    // The dates of the clause that may be said of the figure, with their
    // distance from it in words.
    let clause_dates: Vec<(usize, usize)> = doc
        .dates
        .overlapping(facts, clause.start, clause.end)
        .into_iter()
        .map(|j| (j, &facts[j]))
        .filter(|(j, f)| {
            *j != i
                && f.span.start >= clause.start
                && f.span.end <= clause.end
                && !(f.span.start < fact.span.end && fact.span.start < f.span.end)
                && !alternative_dates(toks, tokens.range_of(f.span), (a, b))
                && !crate::claim::participle::dates_participle(
                    toks,
                    predicate.is_some_and(|p| p < a),
                    np.end.max(b),
                    tokens.range_of(f.span).0,
                )
                && !dates_verb_before_act_noun(toks, predicate, tokens.range_of(f.span).1)
        })
        .map(|(j, f)| {
            let (x, y) = tokens.range_of(f.span);
            (j, if y <= a { a - y } else { x.saturating_sub(b) })
        })
        .collect();
    // Near enough to be said of the figure: within a few words of it; or,
    // when none is, the clause's one date however far after the figure it
    // stands, with no other figure between ("Nine hikers were missing in
    // the hills above the reservoir on Saturday"; not "about 38% of the
    // voters, higher than the 31% recorded in 2021", nor a date before the
    // figure, which dates an earlier verb: "on Wednesday, the day the
    // autopsy showed he had been shot seven times").
    let near: Vec<usize> = clause_dates
        .iter()
        .filter(|&&(_, gap)| gap <= ANCHOR_WORDS)
        .map(|&(j, _)| j)
        .collect();
    let far_after = |j: usize| {
        let x = tokens.range_of(facts[j].span).0;
        x >= b && !(b..x).any(|k| doc.in_figure.get(k) == Some(&true))
    };
    let anchors: Vec<usize> = match clause_dates.as_slice() {
        [(only, _)] if near.is_empty() && far_after(*only) => vec![*only],
        _ => near,
    };
    // "since 2019, when 31 died": the clause tells of its date's time.
    let when_date = crate::claim::earlier::date_before_when(toks, cl_a, |k| doc.in_date(k))
        .and_then(|k| {
            let t = toks[k].span;
            doc.dates
                .overlapping(facts, t.start, t.end)
                .into_iter()
                .find(|&j| j != i)
        });
    // Content words: the clause at full weight decaying with distance, the
    // rest of the sentence at a third.
    let mut words: Vec<(String, f64)> = Vec::new();
    // Words inside other dates and figures say when and how many, not
    // what: two reports of one claim differ exactly there.
    let in_other_fact = |k: usize| doc.in_figure.get(k) == Some(&true);
    let short_clause = toks[cl_a..cl_b]
        .iter()
        .enumerate()
        .filter(|(k, t)| !(a..b).contains(&(cl_a + k)) && is_content(t))
        .count()
        < 2;
    for (k, t) in toks.iter().enumerate().take(e).skip(s) {
        if (a..b).contains(&k) || !is_content(t) || in_other_fact(k) {
            continue;
        }
        let d = if k < a {
            a - k
        } else {
            k.saturating_sub(b) + 1
        } as f64;
        // A clause too short to say anything ("(August 9)") lends the
        // whole sentence its weight.
        let inside = (cl_a..cl_b).contains(&k) || short_clause;
        let w = if inside {
            1.0 / (1.0 + d / 4.0)
        } else {
            0.3 / (1.0 + d / 4.0)
        };
        let w = if t.tag.is_proper() { w * 1.5 } else { w };
        words.push((base_of(t), w));
    }
    words.sort_by(|x, y| x.0.cmp(&y.0));
    let mut merged: Vec<(String, f64)> = Vec::with_capacity(words.len());
    for (k, w) in words {
        match merged.last_mut() {
            Some(last) if last.0 == k => last.1 = last.1.max(w),
            _ => merged.push((k, w)),
        }
    }
    // "as <role>" right after the phrase.
    let after = np.end.max(b);
    let as_role = if toks.get(after).is_some_and(|t| t.norm == "as") && after < cl_b {
        toks[after + 1..cl_b.min(after + 7)]
            .iter()
            .take_while(|t| is_np_word(t) || matches!(t.tag.name(), "DT" | "PRP$" | "POS" | "IN"))
            .filter(|t| is_content(t))
            .map(base_of)
            .collect()
    } else {
        Vec::new()
    };
    let negated = toks[cl_a..a]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "not" | "n't" | "never"));
    let glued_unit = text
        .get(fact.span.end..)
        .and_then(|rest| rest.strip_prefix('-'))
        .map(|rest| {
            rest.split(|c: char| !(c.is_alphabetic() || c == '-'))
                .next()
                .unwrap_or("")
                .to_lowercase()
        })
        .filter(|u| !u.is_empty());
    let sentence = Span::new(toks[s].span.start, toks[e - 1].span.end);
    // The figure's own noun phrase ("a five-year deal worth $80 million")
    // holds no sibling: its figures describe the same thing.
    let own_phrase = match (np.phrase_from, np.head) {
        (Some(f), Some(h)) => Span::new(
            toks[f.min(a)].span.start,
            toks[h.max(b.saturating_sub(1))].span.end,
        ),
        _ => fact.span,
    };
    let siblings: Vec<usize> = doc
        .figures
        .overlapping(facts, sentence.start, sentence.end)
        .into_iter()
        .map(|j| (j, &facts[j]))
        .filter(|(j, f)| {
            *j != i
                && matches!(
                    f.kind,
                    FactKind::Count
                        | FactKind::Money
                        | FactKind::Quantity
                        | FactKind::Duration
                        | FactKind::Percent
                )
                && f.span.start >= sentence.start
                && f.span.end <= sentence.end
                && !(f.span.start < own_phrase.end && own_phrase.start < f.span.end)
        })
        .map(|(j, _)| j)
        .collect();
    let phrase_text = |from: usize, to: usize| -> String {
        if from >= to {
            return String::new();
        }
        text.get(toks[from].span.start..toks[to - 1].span.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The readable phrase leaves out determiners, hedges and scope words
    // in front ("most recent security assistance package" reads "security
    // assistance package").
    let skip_front = |mut f: usize, h: usize| {
        while f < h
            && (matches!(toks[f].tag.name(), "DT" | "PRP$" | "RBS" | "RB")
                || SCOPE.contains(&toks[f].norm.as_str())
                || FILLER.contains(&toks[f].norm.as_str())
                || crate::lex::words::is_figure_word(toks[f].norm.as_str())
                || matches!(toks[f].norm.as_str(), "recent" | "latest" | "most"))
        {
            f += 1;
        }
        f
    };
    let phrase = match (np.phrase_from, np.head.or(borrowed)) {
        (Some(f), Some(h)) if f <= h => phrase_text(skip_front(f, h), h + 1),
        (_, Some(h)) => phrase_text(h, h + 1),
        _ => String::new(),
    };
    // "the 2012 shooting", "last year's election": a determiner before the
    // date, or a possessive after it, makes the date part of the noun
    // phrase; "in 2012 prosecutors said" does not.
    let premodifies = a > s && matches!(toks[a - 1].tag.name(), "DT" | "PRP$")
        || toks.get(b).is_some_and(|t| t.tag.name() == "POS");
    let dates_head = fact.kind == FactKind::Date
        && np.head.or(borrowed).is_some_and(|h| {
            let w = toks[h].norm.as_str();
            crate::lex::words::unit(w).is_none() && !PERIOD_NOUNS.contains(&lemma::noun(w).as_str())
        })
        && (premodifies || borrowed.is_some());
    // A date that premodifies its noun dates that noun; the clause's other
    // dates ("convicted *last month* in the May 2019 rampage") date its
    // verb, not the happening.
    let anchors = if dates_head { Vec::new() } else { anchors };
    let told = age_of(text, toks, facts, doc, fact, (a, b))
        .or_else(|| age_told_before(text, tokens, facts, doc, fact, (a, b)));
    let at_death = told.is_none() && died_at(text, toks, fact, a);
    let age_at_act = told.is_none() && !at_death && at_the_age_of(text, toks, fact, a);
    let age_of = told.or_else(|| {
        (at_death || age_at_act)
            .then(|| age_person(doc, &typed, &subject_typed, &sentence_subject))
            .flatten()
    });
    let age_role = if age_of.is_some() || age_written(text, fact) {
        crate::claim::role::of_age(toks, (cl_a, cl_b), (a, b))
    } else if is_age_number(fact) {
        crate::claim::role::of_noun(toks, cl_b, (a, b)).unwrap_or_default()
    } else {
        crate::claim::role::Roles::NONE
    };
    let counts_people = fact.kind == FactKind::Number || fact.kind == FactKind::Count;
    let per_unit = (fact.kind == FactKind::Money)
        .then(|| crate::claim::per_unit::per_unit(toks, (s, e), (a, b)))
        .flatten();
    Some(Frame {
        per_unit,
        tally: counts_people
            .then(|| crate::claim::tally::tally(toks, (s, e), (a, b)))
            .flatten()
            .or((counts_people && toll_injured).then_some(crate::claim::tally::Tally::Injured)),
        other_happening: crate::claim::earlier::other_happening(toks, s, cl_a, a),
        earlier_statement: crate::claim::earlier::earlier_statement(toks, cl_a, a),
        age_role: age_role.without(doc.plural_roles),
        when_date,
        time_frame: time_frame(toks, s, e, (cl_a, cl_b)),
        dates_head,
        role: if metadata {
            Role::Metadata
        } else {
            Role::Statement
        },
        head: np.head.or(borrowed).map(|h| FrameWord {
            base: lemma::noun(&toks[h].norm),
            text: phrase_text(h, h + 1),
        }),
        compound: np.compound,
        modifiers: np.modifiers,
        proper: np.proper,
        scope: np.scope,
        of_indefinite: np.of_indefinite,
        on: np.on,
        of: np.of,
        as_role,
        negated,
        glued_unit,
        siblings,
        predicate: predicate.map(|p| FrameWord {
            base: if lives_taken == Some(p) {
                "kill".to_string()
            } else if toks[p].tag.is_verb() {
                phrasal_base(toks, p, cl_b, counts_people)
            } else {
                base_of(&toks[p])
            },
            text: phrase_text(p, p + 1),
        }),
        names,
        typed_names: typed,
        subject_names,
        subject_typed,
        dateline_names,
        when_places,
        sentence_subject,
        pronoun_person,
        words: merged,
        anchors,
        clause,
        phrase,
        age_of,
        age_at_act,
        owner: owner(
            text,
            toks,
            facts,
            doc,
            (cl_a, np.phrase_from.unwrap_or(a).min(a)),
            (a, b),
        ),
        window: tally_window(toks, doc, (cl_a, cl_b.min(e)), (a, b)).or_else(|| {
            // the clause ends at "since" (", since"): its happening
            let k = cl_b.min(e);
            let k = if toks.get(k).is_some_and(|t| t.norm == ",") {
                k + 1
            } else {
                k
            };
            super::owner::since_happening(toks, k, e)
        }),
        // "Police said Monday's fire was set": the date premodifies the
        // noun of a happening, not the verb of saying before it.
        dates_saying: fact.kind == FactKind::Date
            && !(dates_head && premodifies)
            && dates_saying(toks, (cl_a, cl_b), (a, b)),
    })
}

/// Verbs (base forms) that take lives ("claimed 25 lives", "took 25
/// lives", "cost 25 lives", "25 lives were lost" is read by the kill
/// class itself); "saved 25 lives" is no toll.
const LIFE_TAKERS: &[&str] = &["claim", "take", "cost"];

/// The token of the verb right before a figure that counts lives
/// ("claimed *25 lives*"), when it takes them ([`LIFE_TAKERS`]).
fn lives_taker(toks: &[Token], np: &NounPhrase, a: usize) -> Option<usize> {
    let head = toks.get(np.head?)?;
    if lemma::noun(&head.norm) != "life" {
        return None;
    }
    let k = a.checked_sub(1)?;
    let verb = toks.get(k)?;
    LIFE_TAKERS
        .contains(&lemma::verb(&verb.norm).as_str())
        .then_some(k)
}

/// The base form of a predicate verb at `p` in a clause ending at `cl_b`:
/// for a count of people, the act a phrasal verb names with the words
/// after it ([`lemma::phrasal_act`]: "were taken into police custody",
/// "rounded up 28 men" are arrests), else the verb's lemma.
fn phrasal_base(toks: &[Token], p: usize, cl_b: usize, counts_people: bool) -> String {
    let verb = lemma::verb(&toks[p].norm);
    if !counts_people {
        return verb;
    }
    let after: Vec<&str> = toks
        .get(p + 1..cl_b.min(p + 5))
        .unwrap_or(&[])
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    lemma::phrasal_act(&verb, &after).map_or(verb, str::to_string)
}

/// Whether a head noun after its figure is the noun of an act made from
/// a verb ([`lemma::nominal_verb`]: "seizure", "evacuation", "removal"),
/// so that a figure premodifying it measures the act's thing ("the 640kg
/// heroin seizure").
fn premodified_act(t: &Token) -> bool {
    t.tag.is_noun()
        && !t.tag.is_proper()
        && !t.has_digit
        && lemma::nominal_verb(&lemma::noun(&t.norm)).is_some()
}
