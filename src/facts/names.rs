//! (being written) names extraction.
use super::*;
/// Extracts names facts (placeholder until the extractor lands).
pub fn extract(_text: &str) -> Vec<Fact> {
    Vec::new()
}
