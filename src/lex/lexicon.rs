//! Brill's English lexicon (`data/pos/en-lexicon.txt`, see
//! `data/pos/README.md`): each spelling the tagger was trained on with its
//! Penn Treebank tags, most frequent first.
//!
//! One copy of the data for the whole crate: `claim`'s part-of-speech
//! tagger and `facts::names`' ordinary-word test build their own typed
//! tables from [`entries`] and [`tag_sets`]. Never panics; lines that do
//! not parse are skipped.
//!
//! The file is the one Pattern distributes, which keeps one tag for most
//! words (Brill's own lexicon lists every tag a word was seen with). The
//! verb readings a word can have are completed from the inflection table
//! (`data/pos/en-verbs.txt`): "shot", listed as a noun, is also the past
//! of "shoot".

use std::collections::HashMap;

/// The data file, compiled in.
const TEXT: &str = include_str!("../../data/pos/en-lexicon.txt");

/// The verb inflection table (lemma, then its forms), compiled in.
const VERBS: &str = include_str!("../../data/pos/en-verbs.txt");

/// The Penn Treebank tags the data uses, plus punctuation classes, in a
/// fixed order: a tag's position here is its bit in a [`TagSet`] (and its
/// number in `claim::pos`).
pub const PENN_TAGS: &[&str] = &[
    "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB",
    "RBR", "RBS", "IN", "DT", "PDT", "CD", "CC", "PRP", "PRP$", "MD", "TO", "WDT", "WP", "WP$",
    "WRB", "EX", "FW", "POS", "RP", "UH", "SYM", "LS", "$", "#", ",", ".", ":", "(", ")", "``",
    "''", "\"",
];

/// A set of Penn Treebank tags: the readings a word can have ("shot":
/// NN, VBD, VBN). One bit per entry of [`PENN_TAGS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TagSet(u64);

impl TagSet {
    /// The empty set.
    pub const EMPTY: TagSet = TagSet(0);

    /// The position of tag `name` in [`PENN_TAGS`]; `None` for a name the
    /// table lacks.
    pub fn index_of(name: &str) -> Option<usize> {
        PENN_TAGS.iter().position(|t| *t == name)
    }

    /// The set with the tag at position `index` of [`PENN_TAGS`] added (a
    /// position past the table changes nothing).
    pub fn with_index(self, index: usize) -> TagSet {
        if index < PENN_TAGS.len() {
            TagSet(self.0 | 1 << index)
        } else {
            self
        }
    }

    /// The set with tag `name` added (an unknown name changes nothing).
    pub fn with(self, name: &str) -> TagSet {
        Self::index_of(name).map_or(self, |i| self.with_index(i))
    }

    /// Whether the tag at position `index` of [`PENN_TAGS`] is in the set.
    pub fn has_index(self, index: usize) -> bool {
        index < PENN_TAGS.len() && self.0 >> index & 1 == 1
    }

    /// Whether tag `name` is in the set.
    pub fn has(self, name: &str) -> bool {
        Self::index_of(name).is_some_and(|i| self.has_index(i))
    }

    /// Both sets' tags.
    pub fn union(self, other: TagSet) -> TagSet {
        TagSet(self.0 | other.0)
    }

    /// Whether the set has no tag.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The lexicon's lines: each spelling with its tag field ("NN|JJ"), in
/// file order.
fn lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    TEXT.lines()
        .filter(|l| !l.starts_with(";;;"))
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?, fields.next()?))
        })
}

/// Every spelling of the lexicon with its first (most frequent) tag, in
/// file order ("run" → "VB"; a field "NN|JJ" gives "NN"). A spelling
/// listed twice keeps both lines: callers keep the first.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines().map(|(word, tag)| (word, tag.split('|').next().unwrap_or(tag)))
}

/// Every spelling of the lexicon with all the tags it can have: those its
/// line lists ("NN|JJ" gives both) and the verb readings the inflection
/// table gives it (a lemma is VB and VBP, a form in "-s" VBZ, in "-ing"
/// VBG, a past form VBD and VBN, or VBD then VBN when the table gives two).
/// Spellings the lexicon lacks are not added: the tagger treats them as
/// unknown words.
pub fn tag_sets() -> HashMap<&'static str, TagSet> {
    let mut sets: HashMap<&'static str, TagSet> = HashMap::with_capacity(100_000);
    for (word, field) in lines() {
        let set = field.split('|').fold(TagSet::EMPTY, TagSet::with);
        let entry = sets.entry(word).or_default();
        *entry = entry.union(set);
    }
    for (form, set) in verb_readings() {
        if let Some(entry) = sets.get_mut(form) {
            *entry = entry.union(set);
        }
    }
    sets
}

/// The verb readings of the inflection table, one (form, tags) pair per
/// form. A form alone on its line is a past form. Columns the table
/// leaves out (empty ones were dropped) are read from the forms' shapes: the second form ending in "s" is the present
/// third person, a form in "-ing" the participle; the rest are past forms,
/// and a line without one ("set, sets, setting") has the lemma as its past.
fn verb_readings() -> impl Iterator<Item = (&'static str, TagSet)> {
    VERBS
        .lines()
        .filter(|l| !l.starts_with(";;;"))
        .flat_map(|line| {
            let forms: Vec<&str> = line
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty() && !f.contains(['\'', ' ']))
                .collect();
            readings_of(&forms)
        })
}

/// The readings of one line's forms (see [`verb_readings`]).
fn readings_of(forms: &[&'static str]) -> Vec<(&'static str, TagSet)> {
    let Some((&lemma, rest)) = forms.split_first() else {
        return Vec::new();
    };
    // A form alone on its line is an irregular past ("shot", "fed",
    // "left"), not a lemma.
    if rest.is_empty() {
        return vec![(lemma, TagSet::EMPTY.with("VBD").with("VBN"))];
    }
    let base = TagSet::EMPTY.with("VB").with("VBP");
    let mut out = Vec::with_capacity(forms.len());
    let mut past = Vec::new();
    for (k, &f) in rest.iter().enumerate() {
        if f.ends_with("ing") && f != lemma {
            out.push((f, TagSet::EMPTY.with("VBG")));
        } else if k == 0 && f.ends_with('s') {
            out.push((f, TagSet::EMPTY.with("VBZ")));
        } else {
            past.push(f);
        }
    }
    let both = TagSet::EMPTY.with("VBD").with("VBN");
    match past.as_slice() {
        [] => out.push((lemma, base.union(both))),
        [one] => {
            out.push((lemma, base));
            out.push((one, both));
        }
        [first, second, ..] => {
            out.push((lemma, base));
            out.push((first, TagSet::EMPTY.with("VBD")));
            out.push((second, TagSet::EMPTY.with("VBN")));
        }
    }
    out
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

    #[test]
    fn tag_sets_add_the_verb_readings() {
        let sets = tag_sets();
        let set = |w: &str| sets.get(w).copied().unwrap_or_default();
        // A noun in the lexicon that is also a past form.
        assert!(set("shot").has("NN") && set("shot").has("VBD") && set("shot").has("VBN"));
        // "shot" also stands alone on a line of the table: a past form, no
        // present.
        assert!(!set("shot").has("VBP") && !set("fed").has("VB"));
        // A lemma whose past is itself.
        assert!(set("cut").has("VB") && set("cut").has("VBD"));
        // Two past forms: the first is the past tense, the second the
        // participle.
        assert!(set("took").has("VBD") && !set("took").has("VBN"));
        assert!(set("taken").has("VBN") && !set("taken").has("VBD"));
        assert!(set("reports").has("VBZ") && set("reports").has("NNS"));
        // A word no verb table lists stays as the lexicon gives it.
        assert!(!set("road").has("VBG") && set("road").has("NN"));
        // Both tags of a field "NN|JJ".
        assert!(set("Confiscated").has("VBN") && set("Confiscated").has("JJ"));
        assert!(!sets.contains_key("zzzqx"));
    }

    #[test]
    fn tag_set_bits() {
        let s = TagSet::EMPTY.with("VBD").with("nonsense");
        assert!(s.has("VBD") && !s.has("VBN") && !s.is_empty());
        assert!(TagSet::EMPTY.is_empty() && !TagSet::EMPTY.has_index(99));
        assert_eq!(TagSet::EMPTY.with_index(999), TagSet::EMPTY);
    }
}
