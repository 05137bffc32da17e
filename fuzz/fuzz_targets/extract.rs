//! Fuzz target: the fact extractors on arbitrary text, with and without a
//! publication date. Every fact's span must slice the text on character
//! boundaries; nothing may panic.
#![no_main]

use concord::facts::{self, CivilDate, ExtractContext};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for published in [None, Some(CivilDate { year: 2023, month: 12, day: 7 })] {
        let ctx = ExtractContext { published };
        for f in facts::extract(text, &ctx) {
            assert!(f.span.start <= f.span.end && f.span.end <= text.len());
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        }
    }
    let _ = facts::date::published_from_text(text);
    let _ = facts::date::parse_published(text);
});
