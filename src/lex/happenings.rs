//! Nouns of happenings that decide how a day named with them resolves:
//! a disaster named by its day is over ("the Sept. 11 attacks", "Friday's
//! quake"); a thing set for a day may lie ahead ("a May 10 deadline").

/// A noun of something set for a day ahead ("a May 10 deadline", "the
/// June 3 hearing"): a day named with it in a past-tense clause may be
/// ahead of publication.
pub fn schedule_noun(w: &str) -> bool {
    matches!(
        w,
        "deadline"
            | "deadlines"
            | "hearing"
            | "hearings"
            | "appointment"
            | "court"
            | "trial"
            | "sentencing"
            | "arraignment"
            | "vote"
            | "ballot"
            | "referendum"
            | "runoff"
            | "meeting"
            | "summit"
            | "launch"
            | "kickoff"
            | "opening"
            | "premiere"
            | "release"
            | "start"
            | "date"
            | "target"
    )
}

/// A noun of a violent or disastrous happening, over by the time it is
/// reported ("attacks", "bombing", "massacre", "crash"): a day named
/// before it without a year ("the Sept. 11 attacks") names that
/// happening, whatever year it was in.
pub fn past_happening(w: &str) -> bool {
    matches!(
        w,
        "ambush"
            | "assassination"
            | "attack"
            | "attacks"
            | "blast"
            | "blasts"
            | "bombing"
            | "bombings"
            | "crash"
            | "disaster"
            | "earthquake"
            | "explosion"
            | "explosions"
            | "hijacking"
            | "hijackings"
            | "killing"
            | "killings"
            | "massacre"
            | "murder"
            | "murders"
            | "quake"
            | "raid"
            | "raids"
            | "rampage"
            | "riot"
            | "riots"
            | "shooting"
            | "shootings"
            | "slaying"
            | "slayings"
            | "stabbing"
            | "stabbings"
            | "tragedy"
            | "tsunami"
            | "blaze"
            | "derailment"
            | "landslide"
            | "mudslide"
            | "collision"
            | "carjacking"
            | "robbery"
            | "heist"
            | "kidnapping"
            | "abduction"
            | "arson"
            | "assault"
            | "accident"
            | "incident"
            | "brawl"
            | "fire"
    )
}
