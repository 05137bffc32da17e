//! Brill's English lexicon (`data/pos/en-lexicon.txt`, see
//! `data/pos/README.md`): each spelling the tagger was trained on with its
//! Penn Treebank tags, most frequent first.
//!
//! One copy of the data for the whole crate: `claim`'s part-of-speech
//! tagger and `facts::names`' ordinary-word test build their own typed
//! tables from [`entries`]. Never panics; lines that do not parse are
//! skipped.

/// The data file, compiled in.
const TEXT: &str = include_str!("../../data/pos/en-lexicon.txt");

/// Every spelling of the lexicon with its first (most frequent) tag, in
/// file order ("run" → "VB"; a field "NN|JJ" gives "NN"). A spelling
/// listed twice keeps both lines: callers keep the first.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    TEXT.lines()
        .filter(|l| !l.starts_with(";;;"))
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let word = fields.next()?;
            let tag = fields.next()?;
            Some((word, tag.split('|').next().unwrap_or(tag)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_tags_of_known_words() {
        let find = |w: &str| entries().find(|(x, _)| *x == w).map(|(_, t)| t);
        assert_eq!(find("the"), Some("DT"));
        assert!(find("said").is_some_and(|t| t.starts_with("VB")));
        assert_eq!(find("zzzqx"), None);
        assert!(entries().all(|(w, t)| !w.is_empty() && !t.is_empty() && !t.contains('|')));
    }
}
