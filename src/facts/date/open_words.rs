//! The words of open intervals: which phrases open an interval before a
//! date and at which end ("since May", "no later than Friday"), and the
//! words before "through" and "from" that make them an end or a start
//! ("runs through Sunday", "applies from June 1").
//!
//! Word tables only; the combining of ranges and open ends reads them.

/// The words that open an interval before a date, and which end it is
/// open at: 0 from the date's start, 1 after its end, 2 before its start,
/// 3 up to its end. Tried in order at a token.
pub(super) const OPEN_INTERVALS: &[(&[&str], u8)] = &[
    (&["since"], 0),
    (&["after", "or", "equal", "to"], 0),
    (&["on", "or", "after"], 0),
    (&["no", "sooner", "than"], 0),
    (&["greater", "than"], 1),
    (&["sooner", "than"], 2),
    (&["before", "or", "on"], 3),
    (&["before", "or", "in"], 3),
    (&["on", "or", "before"], 3),
    (&["starting", "from"], 0),
    (&["starting"], 0),
    (&["beginning", "on"], 0),
    (&["no", "earlier", "than"], 0),
    (&["not", "earlier", "than"], 0),
    (&["after"], 1),
    (&["later", "than"], 1),
    (&["before"], 2),
    (&["earlier", "than"], 2),
    (&["prior", "to"], 2),
    (&["until"], 3),
    (&["till"], 3),
    (&["by"], 3),
    (&["no", "later", "than"], 3),
    (&["not", "later", "than"], 3),
    (&["as", "from"], 0),
    (&["with", "effect", "from"], 0),
    (&["through"], 3),
    (&["thru"], 3),
];

/// Words before "through" that make it the end of what lasts ("runs
/// through Sunday", "valid through May 31", "extended through Friday",
/// "funded through 2027"); after other words "through" is during ("worked
/// through Monday").
pub(super) fn lasting_word(w: &str) -> bool {
    matches!(
        w,
        "run"
            | "runs"
            | "running"
            | "ran"
            | "lasted"
            | "continued"
            | "remained"
            | "stayed"
            | "extend"
            | "effective"
            | "funded"
            | "guaranteed"
            | "valid"
            | "open"
            | "last"
            | "lasts"
            | "continue"
            | "continues"
            | "extended"
            | "extends"
            | "remain"
            | "remains"
            | "stay"
            | "stays"
            | "closed"
            | "available"
            | "effect"
            | "sale"
            | "suspended"
            | "postponed"
            | "delayed"
    )
}

/// A part of a day after a date ("through Monday night").
pub(super) fn day_part_word(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

/// Words before "from" that make it the start of an open interval
/// ([`P::onwards_from`]).
pub(super) fn onward_word(w: &str) -> bool {
    matches!(
        w,
        "apply"
            | "applies"
            | "valid"
            | "effective"
            | "available"
            | "open"
            | "opens"
            | "starts"
            | "begins"
            | "commences"
            | "force"
    )
}

/// Whether `w` is the first word of one of [`OPEN_INTERVALS`]: most words
/// open none and are rejected with one `match`.
pub(super) fn opens_interval(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "after"
            | "on"
            | "no"
            | "not"
            | "greater"
            | "sooner"
            | "before"
            | "starting"
            | "beginning"
            | "later"
            | "earlier"
            | "prior"
            | "until"
            | "till"
            | "by"
            | "as"
            | "with"
            | "through"
            | "thru"
    )
}

#[cfg(test)]
mod open_interval_tests {
    use super::{opens_interval, OPEN_INTERVALS};

    #[test]
    fn every_open_interval_is_opened() {
        for (words, _) in OPEN_INTERVALS {
            assert!(
                words.first().is_some_and(|w| opens_interval(w)),
                "{words:?}"
            );
        }
    }
}
