//! The facts of a byte window, found without scanning the document.
//!
//! Consumes a document's facts; produces a [`SpanIndex`] of those of one
//! family (figures and dates, or names) sorted by where they start, which
//! answers "which of them overlap this window" by binary search. A frame
//! asks that of its sentence, and a publication-stamp check of each line:
//! asked of the whole fact list each time, a document of F facts cost
//! O(F²) (a page of thousands of dates took minutes); with the index each
//! question costs O(log F) plus the facts it returns.

use crate::facts::Fact;

/// Facts of one family, by start.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// (span start, fact index), sorted.
    by_start: Vec<(usize, usize)>,
    /// The longest span among them, in bytes.
    longest: usize,
}

impl SpanIndex {
    /// The index of the facts for which `keep` holds.
    pub fn new(facts: &[Fact], keep: impl Fn(&Fact) -> bool) -> SpanIndex {
        let mut by_start: Vec<(usize, usize)> = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| keep(f))
            .map(|(i, f)| (f.span.start, i))
            .collect();
        by_start.sort_unstable();
        let longest = facts
            .iter()
            .filter(|f| keep(f))
            .map(|f| f.span.end.saturating_sub(f.span.start))
            .max()
            .unwrap_or(0);
        SpanIndex { by_start, longest }
    }

    /// Indices, in fact order, of the indexed facts whose span overlaps
    /// the bytes `[lo, hi)`.
    pub fn overlapping(&self, facts: &[Fact], lo: usize, hi: usize) -> Vec<usize> {
        let from = self
            .by_start
            .partition_point(|&(s, _)| s < lo.saturating_sub(self.longest));
        let to = self.by_start.partition_point(|&(s, _)| s < hi);
        let mut out: Vec<usize> = self.by_start[from..to.max(from)]
            .iter()
            .map(|&(_, i)| i)
            .filter(|&i| {
                facts
                    .get(i)
                    .is_some_and(|f| f.span.start < hi && lo < f.span.end)
            })
            .collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::facts::{FactKind, FactValue};

    fn fact(kind: FactKind, start: usize, end: usize) -> Fact {
        Fact::new(kind, Span::new(start, end), FactValue::Text(String::new()))
    }

    /// The index answers as a scan of every fact would, for every window.
    #[test]
    fn overlapping_is_a_scan_of_the_list() {
        let facts: Vec<Fact> = (0..60usize)
            .map(|k| {
                let start = (k * 37) % 200;
                let kind = if k % 3 == 0 {
                    FactKind::Person
                } else {
                    FactKind::Date
                };
                fact(kind, start, start + 1 + (k * 13) % 25)
            })
            .collect();
        let keep = |f: &Fact| f.kind == FactKind::Date;
        let index = SpanIndex::new(&facts, keep);
        for lo in 0..230 {
            for hi in lo..lo + 40 {
                let scan: Vec<usize> = (0..facts.len())
                    .filter(|&i| {
                        keep(&facts[i]) && facts[i].span.start < hi && lo < facts[i].span.end
                    })
                    .collect();
                assert_eq!(index.overlapping(&facts, lo, hi), scan, "[{lo}, {hi})");
            }
        }
    }
}
