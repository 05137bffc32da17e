//! The cue words of tense: future cues ("will", "next"), past cues (simple
//! pasts, regular and irregular), reporting verbs, and the verbs whose past
//! is their base form. Word tables only; the `tense` module reads them in their
//! clause.

/// Whether a word is a cue of future reference (the nearest cue decides how
/// a year-less date or a bare weekday resolves).
pub fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "ll"
            | "gonna"
            | "would"
            | "upcoming"
            | "scheduled"
            | "schedule"
            | "plans"
            | "planned"
            | "plan"
            | "planning"
            | "expected"
            | "expects"
            | "expecting"
            | "tomorrow"
            | "forthcoming"
            | "intends"
            | "aims"
            | "let"
            | "book"
            | "arrange"
            | "slated"
    )
}

/// Whether a word is a verb of reporting ("said", "told"): in news it
/// dates the statement, not the event reported.
pub fn reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "noted"
            | "stated"
            | "reported"
            | "wrote"
            | "announced"
            | "confirmed"
            | "explained"
            | "insisted"
            | "warned"
            | "claimed"
            | "argued"
            | "acknowledged"
            | "revealed"
            | "tweeted"
    )
}

/// The simple past of irregular verbs news reports use ("drew", "fought",
/// "spent"), leaving out the forms that are also present tense ("put",
/// "cut", "set", "read").
fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "drew"
            | "grew"
            | "threw"
            | "knew"
            | "flew"
            | "wore"
            | "tore"
            | "swore"
            | "fought"
            | "caught"
            | "taught"
            | "sought"
            | "stood"
            | "understood"
            | "sat"
            | "spent"
            | "built"
            | "lent"
            | "felt"
            | "dealt"
            | "meant"
            | "hid"
            | "rode"
            | "drove"
            | "broke"
            | "chose"
            | "froze"
            | "stole"
            | "woke"
            | "forgot"
            | "swam"
            | "sang"
            | "rang"
            | "drank"
            | "sank"
            | "shrank"
            | "hung"
            | "swung"
            | "dug"
            | "fled"
            | "sped"
            | "laid"
            | "slept"
            | "swept"
            | "wept"
            | "overtook"
            | "undertook"
            | "withdrew"
            | "forbade"
            | "forgave"
            | "foresaw"
            | "arose"
            | "awoke"
            | "bore"
            | "shook"
            | "mistook"
            | "ate"
            | "lit"
            | "shot"
            | "fed"
            | "bled"
            | "spun"
            | "stuck"
            | "slid"
            | "sprang"
            | "flung"
            | "clung"
            | "knelt"
            | "leapt"
            | "crept"
            | "stank"
            | "strode"
            | "shone"
            | "heard"
            | "underwent"
            | "withheld"
            | "upheld"
            | "oversaw"
            | "overthrew"
            | "rebuilt"
            | "retook"
    )
}

/// Verbs whose simple past is their base form ("split", "quit"): past or
/// present by their subject alone.
pub(super) fn same_past_and_base(w: &str) -> bool {
    matches!(
        w,
        "split"
            | "quit"
            | "cut"
            | "put"
            | "set"
            | "shut"
            | "spread"
            | "cost"
            | "hurt"
            | "cast"
            | "burst"
            | "upset"
            | "broadcast"
            | "forecast"
            | "bid"
            | "bet"
            | "thrust"
            | "shed"
            | "slit"
            | "rid"
    )
}

/// Whether a word is a cue of past reference.
pub fn past_cue(w: &str) -> bool {
    if matches!(
        w,
        "said"
            | "was"
            | "were"
            | "had"
            | "did"
            | "ago"
            | "yesterday"
            | "earlier"
            | "previously"
            | "been"
            | "told"
            | "held"
            | "met"
            | "took"
            | "came"
            | "went"
            | "made"
            | "began"
            | "died"
            | "born"
            | "saw"
            | "found"
            | "left"
            | "hit"
            | "won"
            | "lost"
            | "wrote"
            | "spoke"
            | "gave"
            | "got"
            | "fell"
            | "rose"
            | "since"
            | "last"
            | "struck"
            | "sent"
            | "led"
            | "paid"
            | "brought"
            | "thought"
            | "became"
            | "ran"
            | "sold"
            | "bought"
            | "kept"
    ) || irregular_past(w)
    {
        return true;
    }
    // Regular past tense / participles; a few common -ed words that are not.
    w.len() >= 5
        && w.ends_with("ed")
        && !matches!(
            w,
            "indeed"
                | "speed"
                | "breed"
                | "hundred"
                | "united"
                | "limited"
                | "based"
                | "related"
                | "need"
                | "proceed"
                | "succeed"
                | "exceed"
                | "concerned"
                | "interested"
                | "detailed"
                | "advanced"
                | "proposed"
                | "required"
                | "supposed"
        )
}
