//! (being written) date extraction.
use super::*;
/// Extracts date facts (placeholder until the extractor lands).
pub fn extract(_text: &str, _ctx: &ExtractContext) -> Vec<Fact> {
    Vec::new()
}
