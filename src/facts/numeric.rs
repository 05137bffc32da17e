//! (being written) numeric extraction.
use super::*;
/// Extracts numeric facts (placeholder until the extractor lands).
pub fn extract(_text: &str) -> Vec<Fact> {
    Vec::new()
}
