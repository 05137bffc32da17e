//! Fuzz target: the fact layers (lex tokens, numerals, dates, money,
//! quantities, names, quotes) on arbitrary text, under three locales and
//! three publication dates: nothing may panic, and the invariants of
//! `concord::facts::selfcheck::check` must hold (spans slice the text,
//! facts sorted, dates round-trip through ISO, runs deterministic).
#![no_main]

use concord::facts::{date, selfcheck};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = selfcheck::check(text) {
        panic!("{e}");
    }
    let _ = date::published_from_text(text);
    let _ = date::parse_published(text);
});
