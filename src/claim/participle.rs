//! Dates that belong to a participle set after a figure's noun, not to the
//! figure: "the notice covers 11 pallets, *packed between March and June*";
//! "the council sold 40 flats, *built in the 1960s*". The participle
//! phrase describes the things counted (when they were made, built,
//! bought); the clause's own verb, before the figure, says what happened
//! to them, and the date does not date it.
//!
//! Consumes the tagged tokens of a sentence; produces a yes or no for one
//! date. Never panics: every index is checked.

use super::tokens::Token;

/// Whether the date at tokens `[x, _)` dates a participle phrase after the
/// noun phrase of a figure ending at `phrase_end`: a comma right after the
/// phrase, a past participle right after the comma, no other verb before
/// the date, and the figure the object of a verb before it (`verb_before`:
/// a figure told as a subject, "11 pallets, packed in March, were recalled",
/// has its verb after the phrase, and the date may be its own).
pub fn dates_participle(toks: &[Token], verb_before: bool, phrase_end: usize, x: usize) -> bool {
    let comma = toks.get(phrase_end).is_some_and(|t| t.tag.name() == ",");
    let participle = toks
        .get(phrase_end + 1)
        .is_some_and(|t| t.tag.name() == "VBN" && !t.has_digit);
    let between = toks.get(phrase_end + 2..x).unwrap_or(&[]);
    verb_before
        && comma
        && participle
        && x > phrase_end + 1
        && !between
            .iter()
            .any(|t| t.tag.is_verb() || t.tag.name() == ",")
}
