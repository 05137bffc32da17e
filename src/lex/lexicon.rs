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
use std::sync::OnceLock;

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
/// file order; comment lines (";;;") and lines of fewer than two fields
/// are skipped.
///
/// Read byte by byte in one pass ([`Fields`]): the file separates its
/// fields with ASCII blanks only (a test checks the reading against
/// `split_whitespace` over the whole file), and the tables built from it
/// are built at the first fact of every run.
fn lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    Fields { text: TEXT, at: 0 }
}

/// The lines of a lexicon text as (spelling, tag field) pairs: the first
/// two runs of non-blank bytes of each line, blanks being ASCII white
/// space (every cut falls on an ASCII byte, so on a character boundary).
struct Fields<'a> {
    text: &'a str,
    /// Byte where the next line starts.
    at: usize,
}

impl<'a> Fields<'a> {
    /// The first two fields of the line starting at byte `start` and
    /// where the line ends (its newline, or the end of the text).
    fn line(&self, start: usize) -> (Option<(&'a str, &'a str)>, usize) {
        let bytes = self.text.as_bytes();
        let blank = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_whitespace);
        let inside = |i: usize| bytes.get(i).is_some_and(|&b| b != b'\n');
        let mut i = start;
        let mut spans = [(0usize, 0usize); 2];
        let mut found = 0;
        while found < 2 && inside(i) {
            while inside(i) && blank(i) {
                i += 1;
            }
            let from = i;
            while inside(i) && !blank(i) {
                i += 1;
            }
            if i > from {
                if let Some(span) = spans.get_mut(found) {
                    *span = (from, i);
                }
                found += 1;
            }
        }
        while inside(i) {
            i += 1;
        }
        let comment = bytes.get(start..).is_some_and(|b| b.starts_with(b";;;"));
        let [(a, b), (c, d)] = spans;
        let pair = if found == 2 && !comment {
            self.text.get(a..b).zip(self.text.get(c..d))
        } else {
            None
        };
        (pair, i)
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        while self.at < self.text.len() {
            let (pair, end) = self.line(self.at);
            self.at = end + 1;
            if pair.is_some() {
                return pair;
            }
        }
        None
    }
}

/// The first tag of a tag field ("NN|JJ" → "NN").
fn first_tag(field: &str) -> &str {
    match field.bytes().position(|b| b == b'|') {
        Some(p) => field.get(..p).unwrap_or(field),
        None => field,
    }
}

/// Every spelling of the lexicon with its first (most frequent) tag, in
/// file order ("run" → "VB"; a field "NN|JJ" gives "NN"). A spelling
/// listed twice keeps both lines: callers keep the first. Contractions of
/// a pronoun and a verb ("He'll", "they’re") come first, tagged as their
/// pronoun ([`super::contraction`]): the file tags some as verbs or proper
/// nouns ("It's NNP") and lacks most.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    contractions()
        .iter()
        .map(|(word, tag)| (word.as_str(), *tag))
        .chain(lines().map(|(word, tag)| (word, first_tag(tag))))
}

/// Every spelling of a contraction with its pronoun's tag, built once.
fn contractions() -> &'static [(String, &'static str)] {
    static SPELLINGS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    SPELLINGS.get_or_init(super::contraction::spellings)
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
    // a contraction is its pronoun, whatever the file says
    for (word, tag) in contractions() {
        sets.insert(word.as_str(), TagSet::EMPTY.with(tag));
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

    /// The reading of the lexicon with `str` methods that [`Fields`]
    /// replaces.
    fn lines_by_str(text: &str) -> Vec<(&str, &str)> {
        text.lines()
            .filter(|l| !l.starts_with(";;;"))
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                Some((fields.next()?, fields.next()?))
            })
            .collect()
    }

    #[test]
    fn fields_read_as_split_whitespace() {
        assert_eq!(lines().collect::<Vec<_>>(), lines_by_str(TEXT));
        for text in [
            "",
            "\n\n",
            "a NN\n;;; c JJ\n  b\tVB|NN  extra\r\nlone\n\nx  y",
            ";;;\nw T",
            "é NN\nlast VB",
        ] {
            let fields: Vec<_> = Fields { text, at: 0 }.collect();
            assert_eq!(fields, lines_by_str(text), "{text:?}");
        }
        for field in ["NN|JJ", "NN", "|", ""] {
            assert_eq!(first_tag(field), field.split('|').next().unwrap_or(field));
        }
    }

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
