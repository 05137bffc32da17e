//! The empty frame of metadata and the time frame of a figure's
//! sentence ("this season", "last year").

use super::*;

pub(super) fn empty_frame(span: Span, metadata: bool) -> Frame {
    Frame {
        role: if metadata {
            Role::Metadata
        } else {
            Role::Statement
        },
        head: None,
        compound: Vec::new(),
        modifiers: Vec::new(),
        proper: Vec::new(),
        scope: Vec::new(),
        of: Vec::new(),
        of_indefinite: false,
        on: Vec::new(),
        as_role: Vec::new(),
        negated: false,
        glued_unit: None,
        siblings: Vec::new(),
        predicate: None,
        names: Vec::new(),
        typed_names: Vec::new(),
        subject_names: Vec::new(),
        subject_typed: Vec::new(),
        dateline_names: Vec::new(),
        when_places: Vec::new(),
        sentence_subject: Vec::new(),
        pronoun_person: None,
        words: Vec::new(),
        anchors: Vec::new(),
        clause: span,
        phrase: String::new(),
        dates_head: false,
        time_frame: None,
        age_of: None,
        age_at_act: false,
        dates_saying: false,
        owner: Vec::new(),
        window: None,
        tally: None,
        other_happening: false,
        earlier_statement: false,
        age_role: crate::claim::role::Roles::NONE,
        when_date: None,
        per_unit: None,
    }
}

/// Words that open an adjunct of the clause before it ("*despite*
/// missing four games", "*including* two on Sunday"): it shares that
/// clause's time.
pub(super) const ADJUNCT_OPENERS: &[&str] = &[
    "despite",
    "after",
    "before",
    "while",
    "since",
    "including",
    "when",
    "as",
    "with",
];

/// The stretch of time counted from the article's date ("this season",
/// "this past year", "last week", "the current season") named in the
/// figure's clause `[cl_a, cl_b)`, or in the clause before it when the
/// figure's is an adjunct of it (opened by [`ADJUNCT_OPENERS`] or a
/// participle: "was the leading rusher this season, despite missing four
/// games"); `[s, e)` is the sentence. A coordinated clause (", and Steele
/// said 40 firefighters came") has a time of its own.
pub(super) fn time_frame(
    toks: &[Token],
    s: usize,
    e: usize,
    (cl_a, cl_b): (usize, usize),
) -> Option<TimeFrame> {
    if let Some(t) = time_frame_in(toks, cl_a, cl_b.min(e)) {
        return Some(t);
    }
    let opener = (cl_a..cl_b.min(e)).find(|&k| toks[k].is_word())?;
    let adjunct =
        ADJUNCT_OPENERS.contains(&toks[opener].norm.as_str()) || toks[opener].tag.name() == "VBG";
    if !adjunct || cl_a <= s {
        return None;
    }
    // The clause before: from the last word before the boundary (past the
    // comma that may open the adjunct).
    let last = (s..cl_a).rev().find(|&k| toks[k].is_word())?;
    let (pa, _) = clause_range(toks, s, e, last, last + 1);
    time_frame_in(toks, pa, cl_a)
}

/// The first stretch of time counted from the article's date in tokens
/// `[s, e)` (see [`time_frame`]).
pub(super) fn time_frame_in(toks: &[Token], s: usize, e: usize) -> Option<TimeFrame> {
    let unit = |w: &str| match w {
        "week" => Some(PeriodUnit::Week),
        "month" => Some(PeriodUnit::Month),
        "season" | "campaign" => Some(PeriodUnit::Season),
        "year" => Some(PeriodUnit::Year),
        _ => None,
    };
    (s..e).find_map(|k| {
        let back = match toks[k].norm.as_str() {
            "this" | "current" => 0,
            // "the previous season" counts back from the story's time, not
            // the article's.
            "last" => 1,
            _ => return None,
        };
        // "this past season" is this one; "last season" the one before.
        let mut n = k + 1;
        let back = if back == 0 && toks.get(n).is_some_and(|t| t.norm == "past") {
            n += 1;
            0
        } else {
            back
        };
        let u = unit(toks.get(n).filter(|_| n < e)?.norm.as_str())?;
        // "last year's final", "this season's opener": the possessive names
        // a happening of the stretch, not the stretch of a tally.
        if toks.get(n + 1).is_some_and(|t| t.tag.name() == "POS") {
            return None;
        }
        Some(TimeFrame { unit: u, back })
    })
}
