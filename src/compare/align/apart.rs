//! What tells two mentions apart (a hard "cannot link"): other heads,
//! scopes, complements, predicates, names, dates, periods, windows, roles
//! and owners.

use super::*;

/// Why two mentions cannot be one claim, if they cannot.
pub(super) fn apart(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    apart_in_sentence(a, b, rel).or_else(|| apart_in_frame(a, b, rel))
}

/// What the rest of two sentences says against one claim: a stat line with
/// none of its other figures shared, or figures several times apart. Soft
/// evidence: it keeps two mentions from being tied directly, but does not
/// split the members of two groups already tied.
pub(super) fn apart_in_sentence(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    // Stat lines: sentences that list other figures of one kind, none of
    // them shared, tell of different occasions ("caught 29 passes for 201
    // yards", "caught 39 passes for 302 yards"). Figures of other kinds
    // ("a 12-year-old ferry carrying 300 passengers", "$2 million of
    // repairs to the ferry") are no evidence, nor are counts of people
    // against counts of things ("about 130 people marched ... when two
    // dozen protesters broke away", "nearly 100 people marched the 20
    // blocks"): rival values of one thing tell two occasions, a crowd and
    // a distance do not. Two nouns of things stay rivals ("121 RBIs",
    // "105 runs": one statistic in two words).
    if rel != Relation::Same && !one_dated_rate(a, b) {
        let people = crate::lex::people::names_people;
        let rivals = |x: &Sibling<'_>, y: &Sibling<'_>| {
            x.kind == y.kind
                && !matches!((x.head, y.head), (Some(p), Some(q)) if people(p) != people(q))
        };
        let comparable = a
            .siblings
            .iter()
            .any(|x| b.siblings.iter().any(|y| rivals(x, y)));
        let shared = a.siblings.iter().any(|x| {
            b.siblings.iter().any(|y| {
                x.kind == y.kind && values::relation(x.value, None, y.value, None) == Relation::Same
            })
        });
        if comparable && !shared {
            return Some("none of the sentences' other figures match");
        }
    }
    if rel != Relation::Same {
        if let (Some(x), Some(y)) = (magnitude(&a.fact.value), magnitude(&b.fact.value)) {
            let ratio = x.max(y) / x.min(y);
            if ratio > MAX_RATIO && similarity(fa, fb) < SIMILAR_ALONE {
                return Some("figures too far apart to count one thing");
            }
            if ratio > MAX_COPY_RATIO {
                return Some("figures more than an order of magnitude apart");
            }
        }
    }
    None
}

/// Whether two rates are of one measure at one time ("overall inflation
/// was 4.1% in January", "put January inflation at 4.4 percent, with food
/// inflation at 6.8 percent"): one head noun with the same compound nouns
/// and modifiers, and dates in both clauses that overlap. The measure and
/// its time say which figure answers which, whatever other figures each
/// sentence lists.
pub(super) fn one_dated_rate(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    a.fact.kind == FactKind::Percent
        && b.fact.kind == FactKind::Percent
        && fa.head.is_some()
        && same_head(a, b)
        && fa.compound == fb.compound
        && fa.modifiers == fb.modifiers
        && a.anchors
            .iter()
            .any(|x| b.anchors.iter().any(|y| x.0 <= y.1 && y.0 <= x.1))
}

/// What the frames of two mentions say against one claim (see the module
/// docs): hard evidence.
pub(super) fn apart_in_frame(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    if fa.role == Role::Metadata || fb.role == Role::Metadata {
        return Some("publication metadata");
    }
    if rel != Relation::Same && crate::compare::roles::other_roles(a, b) {
        return Some("ages of people of different roles");
    }
    // "12 passengers were rescued", "14 people were rescued": the crew
    // make up the rest
    if rel != Relation::Same && crate::compare::sole::carried_part(a, b) {
        return Some("a part of those aboard");
    }
    if a.notes || b.notes {
        return Some("roundup notes");
    }
    // "the 2011 stampede in which six people died" against this event's
    // "six people were killed": a count of people of an earlier happening
    let earlier = |x: &M<'_>, y: &M<'_>| {
        x.frame.other_happening && !y.background() && sole::people_class(x).is_some()
    };
    if earlier(a, b) || earlier(b, a) {
        return Some("another happening");
    }
    if rel == Relation::Unrelated {
        return Some("values of different kinds");
    }
    if let Some(why) = per_unit::apart(a, b, rel) {
        return Some(why);
    }
    if other_periods(a, b, rel) {
        return Some("tallies of two periods");
    }
    if other_windows(a, b, rel) {
        return Some(TWO_WINDOWS);
    }
    if a.fact.kind != FactKind::Date && different_owners(fa, fb) {
        return Some("figures of different owners");
    }
    // One amount of money stated by two reports of one event ("a package
    // worth $175 million", "weapons worth $175m") is one figure however
    // each names what it buys.
    let same_money = rel == Relation::Same && a.fact.kind == FactKind::Money && a.doc != b.doc;
    if fa.head.is_some() && fb.head.is_some() && !same_head(a, b) && !same_money {
        return Some("different head nouns");
    }
    if same_money {
        return (fa.negated != fb.negated).then_some("one is negated");
    }
    if fa.head.is_some() && fb.head.is_some() {
        // "police officers" and "policemen": the two-word name's compound
        // is part of the kind
        // a figure a collective noun counts ("the 14-strong crew") is a
        // count of its members
        let count = |m: &M<'_>| {
            m.fact.kind == FactKind::Count || super::super::groups::counted_noun(m).is_some()
        };
        let counts = count(a) && count(b);
        let compounds_differ = if counts {
            let (kx, ky) = (sole::noun_key(fa), sole::noun_key(fb));
            let (cx, cy) = (
                kx.map(|k| k.1).unwrap_or_default(),
                ky.map(|k| k.1).unwrap_or_default(),
            );
            // "34 fraud offences" and "31 counts of fraud": a compound the
            // other tells as its of-complement
            let told_by_of = |c: &[String], other: &[String], f: &Frame| {
                c.iter().all(|w| other.contains(w) || f.of.contains(w))
            };
            cx != cy && !(told_by_of(&cx, &cy, fb) && told_by_of(&cy, &cx, fa))
        } else {
            fa.compound != fb.compound
        };
        if compounds_differ {
            return Some("different compound nouns");
        }
        if fa.modifiers != fb.modifiers {
            return Some("different modifiers");
        }
        if !fa.proper.is_empty() && !fb.proper.is_empty() && disjoint(&fa.proper, &fb.proper) {
            return Some("different proper modifiers");
        }
    }
    if fa.scope != fb.scope && !(rel != Relation::Incompatible && increment_only(fa, fb)) {
        return Some("different scope");
    }
    // One date stated by two reporters in their own words ("the fire on
    // Tuesday", "lost part of its history on Tuesday"): the same day near
    // the event needs no shared predicate or names.
    if a.fact.kind == FactKind::Date {
        if let Some(why) = two_times_of_one_day(a, b) {
            return Some(why);
        }
    }
    if rel == Relation::Same && a.fact.kind == FactKind::Date && !a.background() {
        return None;
    }
    let dated_nouns = fa.dates_head && fb.dates_head;
    // The happening a date is of is said of someone by name in one report
    // and described in the other, or described in both ("the shooting
    // death of his girlfriend", "of a Fort Smith woman", "of Jane Roe"):
    // not two different ones; two different names are.
    let named_and_described = dated_nouns && !(of_names(fa) && of_names(fb));
    if !fa.of.is_empty()
        && !fb.of.is_empty()
        && !named_and_described
        && (disjoint(&fa.of, &fb.of) || fa.of_indefinite != fb.of_indefinite)
    {
        return Some("different of-complements");
    }
    // One year of one person's happening told by a verb and by a noun
    // ("was shot dead in 2019", "convicted over the 2019 murder of"):
    // the clause's verb is not what the noun's date dates; never for two
    // values that cannot both hold.
    if let (Some(x), Some(y)) = (&fa.predicate, &fb.predicate) {
        if !dated_nouns
            && !lemma::same_predicate(&x.base, &y.base)
            && !lemma::one_act(&x.base, &y.base)
            && !super::super::groups::one_size(a, b)
            && !hedged_same_count(a, b, rel)
            && !followup::dates_one_happening(a, b)
            && (rel == Relation::Incompatible || !one_happening_of_one_person(a, b))
        {
            return Some("different predicates");
        }
    }
    if !fa.on.is_empty() && !fb.on.is_empty() && disjoint(&fa.on, &fb.on) {
        return Some("different on-complements");
    }
    if fa.negated != fb.negated {
        return Some("one is negated");
    }
    if different_roles(a, b) {
        return Some("different roles");
    }
    // Speakers of trailing attributions are left out of the names below
    // for one value only when the rest of the clauses' names do not tell
    // two things apart (one side names nothing else, or both share a
    // name): "a ferry in Brisk carried 80 passengers, Ian Hale said" and
    // "a ferry in Tollis ..., Ruth Kemp said" keep their speakers.
    let speakers_left = rel == Relation::Same && {
        let rest = |m: &M<'_>| {
            let mut v = clause_typed(m.frame, |k| {
                matches!(k, FactKind::Person | FactKind::Place | FactKind::Org)
            });
            v.retain(|n| !m.frame.dateline_names.contains(n) && !attributed(m, n));
            v
        };
        let (x, y) = (rest(a), rest(b));
        x.is_empty() || y.is_empty() || !shared_names(&x, &y).is_empty()
    };
    // People, places or organisations named in both clauses, none shared:
    // the claims are about different ones ("hosted the Emmys", "hosted the
    // Oscars"; a strike in Zeitoun, one in Beach camp). Places at two
    // grains are one place told twice unless the gazetteer puts the finer
    // one elsewhere ("a crush in Ghana", "at the Harbour Road stadium":
    // [`crate::facts::names::places_apart`]).
    for kind in [FactKind::Person, FactKind::Place, FactKind::Org] {
        // A clause without names of its own is said of its sentence's
        // subject ("Thomas was hurt and missed 10 games").
        // The dateline's town and agency tell where a report was filed,
        // not what its lead says.
        // A count's "when" clause says where its happening was ("killed
        // when a bus overturned near Kessling").
        // The speaker of a trailing attribution ("..., Undersheriff James
        // Gage said") tells who gave one figure, not what it is of: two
        // reports quote two officials for one value.
        let of = |m: &M<'_>| {
            let f = m.frame;
            let mut v = clause_typed(f, |k| k == kind);
            if speakers_left {
                v.retain(|n| !attributed(m, n));
            }
            if kind == FactKind::Place {
                v.extend(
                    f.when_places
                        .iter()
                        .filter(|n| !v.contains(n))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
            v.retain(|n| !f.dateline_names.contains(n));
            v
        };
        let (x, y) = (of(a), of(b));
        if !x.is_empty()
            && !y.is_empty()
            && shared_names(&x, &y).is_empty()
            && (kind != FactKind::Place || crate::facts::names::places_apart(&x, &y))
        {
            return Some("different names");
        }
    }
    // Other dates in the clauses: a figure of another time.
    if rel != Relation::Same || a.fact.kind == FactKind::Date {
        match (a.anchors.is_empty(), b.anchors.is_empty()) {
            (false, false) => {
                let overlap = a
                    .anchors
                    .iter()
                    .any(|x| b.anchors.iter().any(|y| x.0 <= y.1 && y.0 <= x.1));
                if !overlap {
                    return Some("different time");
                }
            }
            (false, true) if !near(a) => return Some("different time"),
            (true, false) if !near(b) => return Some("different time"),
            _ => {}
        }
    }
    None
}

/// What holds two members of two value groups apart when a direct tie
/// between the groups would join them: the hard evidence of
/// [`apart_in_frame`], except that a date and a date at the next grain
/// holding it ([`nested_dates`]: "in March", "March 9"; "this week",
/// "Tuesday"), near the article's time, are weighed as one day is: each
/// group is already one claim, tied to the other by a shared predicate and
/// subject, and a coarser report of its time is the same claim at another
/// grain, whatever verb a third report tells it with ("the hall was full on
/// March 9", "conducted the orchestra in March"); so is a time counted in
/// whole units ("a month ago") and a day it may stand for
/// ([`loosely_within`]). Disjoint dates, and
/// dates whose relation is not
/// "compatible" (a part of the day later than the other's), keep every
/// check.
pub(super) fn apart_across(a: &M<'_>, b: &M<'_>, rel: Relation) -> Option<&'static str> {
    if rel == Relation::Compatible && (nested_dates(a, b) || loosely_within(a, b)) {
        apart_in_frame(a, b, Relation::Same)
    } else if rel == Relation::Compatible && followup::nested(a, b) {
        // A later report's month or year of the day of a claim: weighed as
        // the day itself once tied to the claim (the day's side first, so
        // that its nearness to its article decides).
        if b.background() {
            apart_in_frame(a, b, Relation::Same)
        } else {
            apart_in_frame(b, a, Relation::Same)
        }
    } else {
        apart_in_frame(a, b, rel)
    }
}

/// Whether two date mentions near their articles' time (not background)
/// are one within the other (as far as each may reach) at two neighbouring
/// grains: a day within its week, month or year, a week within its month,
/// a month within its quarter, half or year. A day against a year is joined
/// too ("conducted the orchestra this year", "on March 9"), once a direct
/// tie joined the two groups; a vague time counted from the article ("next
/// year", "this week") is tied to a day only when both clauses date one
/// act ([`vague`]: "host the Oscars next year" and "the March 2 broadcast"
/// date the hosting and the broadcast, two chains in ECB+). Stretches
/// counted from now ("the past two weeks") and open spans are not grains
/// of one date.
pub(super) fn nested_dates(a: &M<'_>, b: &M<'_>) -> bool {
    let grain = |m: &M<'_>| match &m.fact.value {
        FactValue::Date(DateValue::Unit(p)) if !m.background() && !is_period(m) => Some(p.grain()),
        _ => None,
    };
    let (Some(g), Some(h), Some(x), Some(y)) = (grain(a), grain(b), a.days(), b.days()) else {
        return false;
    };
    // The days each may stand for ("last week" reaches to the end of the
    // article's own week: [`crate::compare::loose::loose_days`]).
    let x = crate::compare::loose::loose_days(a.fact.relative.as_deref(), x);
    let y = crate::compare::loose::loose_days(b.fact.relative.as_deref(), y);
    let within = |p: (i64, i64), q: (i64, i64)| q.0 <= p.0 && p.1 <= q.1;
    neighbouring_grains(g, h) && (within(x, y) || within(y, x))
}

/// Whether two grains are next to each other for [`nested_dates`]: a day
/// and a week, month or year, a week and a month, a month and a quarter,
/// half or year.
pub(super) fn neighbouring_grains(g: Grain, h: Grain) -> bool {
    use Grain::{Day, Half, Month, Quarter, Week, Year};
    let (fine, coarse) = if g <= h { (g, h) } else { (h, g) };
    matches!(
        (fine, coarse),
        (Day, Week | Month | Year) | (Week, Month) | (Month, Quarter | Half | Year)
    )
}

/// Whether two clauses tell their figures of different roles ("seven years
/// as mayor", "seven years"; "as mayor", "as governor"). A date is the time
/// of an act, not a figure of a role: a role that one report adds ("fired
/// last week", "fired last Thursday as a night manager") does not make the
/// act another; two different roles still do.
pub(super) fn different_roles(a: &M<'_>, b: &M<'_>) -> bool {
    let (x, y) = (&a.frame.as_role, &b.frame.as_role);
    if x.is_empty() || y.is_empty() {
        x.is_empty() != y.is_empty() && a.fact.kind != FactKind::Date
    } else {
        disjoint(x, y)
    }
}

/// Why two dates, even of one day, are the times of two different things
/// (ECB+'s time chains are the times of particular happenings):
///
/// - **A statement and a happening**: a date of a verb of saying ("Owen
///   *said Tuesday* that …", "told reporters Friday night") is when someone
///   spoke about the event, not when a happening of a known kind or an
///   act of violence took place ("the fire *destroyed* the warehouse
///   Tuesday", "the Tuesday *fire*", "a guard *was shot* dead Tuesday").
///   Announcing is not such a happening: an announcement is a statement
///   ("the academy announced Friday", "organizers said Friday").
/// - **A part of the day and two acts**: one report narrows the time to a
///   part of the day ("early Tuesday morning", "Tuesday night") and the
///   two clauses tell acts of two different known kinds ("was arrested
///   Tuesday night", "the fire broke out ... killed Tuesday"): the part of
///   the day is the time of its own act. A date said of a noun ("the
///   Tuesday night attack") tells no verb's act.
pub(super) fn two_times_of_one_day(a: &M<'_>, b: &M<'_>) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    // Violence told by its own verb ("was shot dead Monday", "stabbed two
    // guards Monday") is a happening as a verb of a known class is.
    let happening = |f: &Frame| {
        f.dates_head
            || f.predicate.as_ref().is_some_and(|p| {
                (lemma::is_class_word(&p.base) && !lemma::same_predicate(&p.base, "announce"))
                    || followup::violent(&p.base)
            })
    };
    if (fa.dates_saying && happening(fb)) || (fb.dates_saying && happening(fa)) {
        return Some("a statement's date and a happening's");
    }
    // A date said of a noun ("after the Monday morning attack") is the time
    // of that noun, not of the clause's verb ("was arrested after ..."):
    // the head nouns are weighed elsewhere, and a noun against a verb is no
    // sign of two acts.
    let act = |f: &'_ Frame| (!f.dates_head).then(|| f.predicate.clone()).flatten();
    if a.within_day.is_some() != b.within_day.is_some() {
        if let (Some(x), Some(y)) = (act(fa), act(fb)) {
            if lemma::is_class_word(&x.base)
                && lemma::is_class_word(&y.base)
                && !lemma::same_predicate(&x.base, &y.base)
                && !(casualty(&x.base) && casualty(&y.base))
            {
                return Some("a part of the day of another act");
            }
        }
    }
    None
}

/// Whether a predicate counts the dead or the hurt ("killed", "died",
/// "injured", "wounded"): the toll of a happening, not an act of its own,
/// so "shot dead one man and wounded two Monday" and "died Monday morning"
/// tell one time.
pub(super) fn casualty(base: &str) -> bool {
    matches!(lemma::predicate_class(base), "kill" | "injure")
}

/// Whether the heads of two mentions name one thing: one noun, for two
/// counts two words for one kind of people ("miners", "mineworkers";
/// "police officers", "policemen": [`sole::noun_key`]), or for two dates of happenings named by
/// their nouns ("Monday's shooting", "the Monday morning attack",
/// "Monday's violence"), or for two measures ("a magnitude 5.7
/// earthquake", "the magnitude-5.4 quake"), two nouns of one family of
/// happenings ([`lemma::same_happening`]): reporters name one event in
/// their own words.
pub(super) fn same_head(a: &M<'_>, b: &M<'_>) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    // "a workforce of 380" and "420 employees", "where 640 people work"
    // and "700 workers": the people both count
    if super::super::groups::one_noun(a, b) {
        return true;
    }
    match (&fa.head, &fb.head) {
        (Some(x), Some(y)) => {
            x.base == y.base
                || (a.fact.kind == FactKind::Count
                    && b.fact.kind == FactKind::Count
                    && sole::noun_key(fa).map(|k| k.0) == sole::noun_key(fb).map(|k| k.0))
                || (a.fact.kind == FactKind::Date
                    && fa.dates_head
                    && fb.dates_head
                    && lemma::same_happening(&x.base, &y.base))
                || (matches!(a.fact.kind, FactKind::Quantity | FactKind::Number)
                    && a.fact.kind == b.fact.kind
                    && lemma::same_happening(&x.base, &y.base))
                // "31 others were hurt" and "35 people were hurt", "four
                // deaths" and "three people died": the class of people
                // counted is what both count
                || sole::people_class(a).is_some_and(|c| {
                    sole::people_class(b) == Some(c)
                        && (sole::restates_class(&x.base, c) || sole::restates_class(&y.base, c))
                })
                // "a 6.2-magnitude earthquake" (head "magnitude"), "a
                // magnitude 5.9 quake"
                || (counted::is_magnitude(a) && counted::is_magnitude(b))
        }
        _ => false,
    }
}

/// Whether two figures are tallies of two different stretches of time: one
/// sentence names a stretch counted from its article's date ("missed four
/// games *this season*", "*last year* the fund raised $2 million"), and the
/// two articles' dates put the stretches apart (this season of 2008 and
/// the season of an article of 2011: two seasons), or one article's date is
/// unknown, so that its stretch cannot be placed against the other's (then
/// only a copy of one sentence, near-identical, states the same claim). A
/// sentence without such words is about its own article's time. Dates are
/// placed by their own values.
pub(super) fn other_periods(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (ta, tb) = (a.frame.time_frame, b.frame.time_frame);
    if a.fact.kind == FactKind::Date || a.doc == b.doc {
        return false;
    }
    let Some(unit) = ta.or(tb).map(|t| t.unit) else {
        return false;
    };
    let own_date = |m: &M<'_>| m.published.filter(|_| m.dated);
    match (own_date(a), own_date(b)) {
        (Some(p), Some(q)) => {
            let own = crate::claim::TimeFrame { unit, back: 0 };
            let (x, y) = (ta.unwrap_or(own).days(p), tb.unwrap_or(own).days(q));
            x.1 < y.0 || y.1 < x.0
        }
        _ => rel != Relation::Same && similarity(a.frame, b.frame) < SIMILAR_ALONE,
    }
}

/// Verbs of a trailing attribution, next to its speaker ("..., Gage
/// said", "..., said Gage", "..., Gage told reporters").
const ATTRIBUTION: &[&str] = &["said", "says", "told", "added", "according to"];

/// Whether the name `name` (as the frame gives it: lower case) stands in
/// `m`'s clause only as the speaker of a trailing attribution: after the
/// figure and a comma, right before or after a verb of [`ATTRIBUTION`]. A
/// name the clause gives by its last word only ("Larry Waldie" told as
/// "..., Waldie said") is looked for by that word.
fn attributed(m: &M<'_>, name: &str) -> bool {
    let text = m.clause_text.to_ascii_lowercase();
    let figure_end = m.fact.span.end.saturating_sub(m.frame.clause.start);
    let name = if text.contains(name) {
        name
    } else {
        name.rsplit(' ').next().unwrap_or(name)
    };
    !name.is_empty()
        && text.match_indices(name).all(|(p, _)| {
            let (Some(between), Some(before), Some(after)) = (
                text.get(figure_end..p),
                text.get(..p),
                text.get(p + name.len()..),
            ) else {
                return false;
            };
            let (before, after) = (before.trim_end(), after.trim_start());
            p >= figure_end
                && between.contains(',')
                && ATTRIBUTION
                    .iter()
                    .any(|w| after.starts_with(w) || before.ends_with(w))
        })
        && text.contains(name)
}

/// The veto [`other_windows`] as [`apart`] names it.
pub(super) const TWO_WINDOWS: &str = "tallies of two windows";

/// Whether two different figures of two documents are tallies of two
/// windows ([`Frame::window`]): one sentence bounds its count by a window
/// ("arrested three times *since October*", "*in the past two years*") and
/// the other by none ("arrested four times") or by another ("since
/// 2010"). A lifetime count and a count since a date are two claims
/// whether or not the date resolves. A stretch counted from the article's
/// date ("this season", "last year") is left to [`other_periods`]: a
/// news report's unbounded tally is of its own season ("missed nine games
/// this season", "missed 10 games" disagree). Equal values are left alone.
pub(super) fn other_windows(a: &M<'_>, b: &M<'_>, rel: Relation) -> bool {
    let (fa, fb) = (a.frame, b.frame);
    rel != Relation::Same
        && a.fact.kind != FactKind::Date
        && a.doc != b.doc
        && fa.window != fb.window
}

/// Scope words that mark a figure as an increment ("an *additional* $300
/// million in revenue", "*another* 20 people"): one report may say it of a
/// gain and another state the gain without the word ("each point of share
/// gained equates to about $300 million"). They tell the figure apart from
/// a total, never from the same figure.
pub(super) const INCREMENT: &[&str] = &["additional", "extra", "another", "further", "more"];

/// Whether two frames' scopes differ only in increment words one of them
/// writes and the other leaves out (not both: "another 20" and "20 more"
/// agree in words). Only for values that are equal or within each other's
/// hedges: an increment against a different figure may be the total.
pub(super) fn increment_only(fa: &Frame, fb: &Frame) -> bool {
    fn rest(f: &Frame) -> Vec<&String> {
        f.scope
            .iter()
            .filter(|w| !INCREMENT.contains(&w.as_str()))
            .collect()
    }
    let marks = |f: &Frame| f.scope.iter().any(|w| INCREMENT.contains(&w.as_str()));
    rest(fa) == rest(fb) && marks(fa) != marks(fb)
}

/// Whether the dates of `m`'s clause are all near its publication date.
pub(crate) fn near(m: &M<'_>) -> bool {
    match m.published {
        None => true,
        Some(p) => m
            .anchors
            .iter()
            .all(|&(lo, hi)| hi >= p - NEAR_DAYS && lo <= p + NEAR_DAYS),
    }
}
