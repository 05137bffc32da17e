//! (being written) date extraction.
use super::*;
/// Extracts date facts (placeholder until the extractor lands).
pub fn extract(_text: &str, _ctx: &ExtractContext) -> Vec<Fact> {
    Vec::new()
}
/// Publication date from metadata (placeholder until the extractor lands).
pub fn parse_published(_s: &str) -> Option<CivilDate> {
    None
}
/// Publication date from a dateline (placeholder until the extractor lands).
pub fn published_from_text(_text: &str) -> Option<(CivilDate, crate::document::Span)> {
    None
}
