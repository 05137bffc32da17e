//! (being written) quote extraction.
use super::*;
/// Extracts quotes (placeholder until the extractor lands).
pub fn extract(_text: &str, _names: &[Fact]) -> Vec<Fact> {
    Vec::new()
}
