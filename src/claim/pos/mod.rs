//! Penn Treebank part-of-speech tags by Eric Brill's transformation-based
//! tagger (Brill 1992, "A simple rule-based part of speech tagger"; 1995,
//! "Transformation-based error-driven learning").
//!
//! Consumes the words of one sentence (as written); produces one [`Tag`] per
//! word. Three passes, as in Brill's tagger: a lexicon gives each known word
//! its most frequent tag; lexical rules guess the tag of an unknown word from
//! its shape (suffix, prefix, characters, neighbouring words); contextual
//! rules, applied in order over the sentence, correct tags from the tags and
//! words around them. The data (lexicon and rules, `data/pos/`, see its
//! README for origin and licences) is parsed once per process.
//!
//! Guarantees: deterministic, linear in the sentence length (the rule lists
//! are fixed), never panics on any input.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lex::lexicon::{TagSet, PENN_TAGS as TAGS};

mod settle;
#[cfg(test)]
mod tests;

use settle::{after_opening, read_clause_verbs, read_participles, settle_verb_forms};

/// A part-of-speech tag (Penn Treebank).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(u8);

impl Tag {
    /// Singular common noun.
    pub const NN: Tag = Tag(0);
    /// Plural common noun.
    pub const NNS: Tag = Tag(1);
    /// Proper noun.
    pub const NNP: Tag = Tag(2);
    /// Adjective.
    pub const JJ: Tag = Tag(4);
    /// Past tense verb.
    pub const VBD: Tag = Tag(8);
    /// Past participle.
    pub const VBN: Tag = Tag(10);
    /// Present tense verb, third person singular.
    pub const VBZ: Tag = Tag(12);
    /// Cardinal number.
    pub const CD: Tag = Tag(19);
    /// Punctuation: comma.
    pub const COMMA: Tag = Tag(38);
    /// Punctuation: sentence end.
    pub const STOP: Tag = Tag(39);
    /// Punctuation: colon, dash, semicolon.
    pub const COLON: Tag = Tag(40);

    /// The tag named `s` ("NN", "VBD", ...); `None` for an unknown name.
    pub fn from_name(s: &str) -> Option<Tag> {
        TAGS.iter().position(|t| *t == s).map(|i| Tag(i as u8))
    }

    /// Its Penn Treebank name.
    pub fn name(self) -> &'static str {
        TAGS.get(self.0 as usize).copied().unwrap_or("NN")
    }

    /// A noun of any kind (NN, NNS, NNP, NNPS).
    pub fn is_noun(self) -> bool {
        self.0 <= 3
    }

    /// A proper noun (NNP, NNPS).
    pub fn is_proper(self) -> bool {
        self.0 == 2 || self.0 == 3
    }

    /// An adjective (JJ, JJR, JJS).
    pub fn is_adjective(self) -> bool {
        (4..=6).contains(&self.0)
    }

    /// A verb of any form (VB, VBD, VBG, VBN, VBP, VBZ).
    pub fn is_verb(self) -> bool {
        (7..=12).contains(&self.0)
    }

    /// A finite verb (VBD, VBP, VBZ) or a modal.
    pub fn is_finite(self) -> bool {
        matches!(self.name(), "VBD" | "VBP" | "VBZ" | "MD")
    }

    /// An adverb (RB, RBR, RBS).
    pub fn is_adverb(self) -> bool {
        (13..=15).contains(&self.0)
    }

    /// Punctuation.
    pub fn is_punct(self) -> bool {
        self.0 >= 38
    }

    /// Whether `set` has this tag.
    fn in_set(self, set: TagSet) -> bool {
        set.has_index(usize::from(self.0))
    }
}

/// The tag of a punctuation token, by its first character.
pub fn punct_tag(s: &str) -> Tag {
    let name = match s.chars().next() {
        Some(',') => ",",
        Some('.' | '!' | '?') => ".",
        Some(';' | ':' | '-' | '\u{2013}' | '\u{2014}' | '\u{2026}') => ":",
        Some('(' | '[' | '{') => "(",
        Some(')' | ']' | '}') => ")",
        Some('"' | '\u{201C}' | '\u{201D}' | '\'' | '\u{2018}' | '\u{2019}') => "\"",
        Some('$' | '\u{20AC}' | '\u{A3}' | '\u{A5}') => "$",
        Some('#') => "#",
        _ => "SYM",
    };
    Tag::from_name(name).unwrap_or(Tag::NN)
}

/// One lexical rule (for words the lexicon does not know).
#[derive(Debug)]
struct LexRule {
    /// Only when the current tag is this (the `f…` commands).
    from: Option<Tag>,
    cmd: LexCmd,
    arg: String,
    to: Tag,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum LexCmd {
    Char,
    HasSuf,
    DeleteSuf,
    AddSuf,
    HasPref,
    DeletePref,
    AddPref,
    /// The word is good to the left of `arg`: the next word is `arg`.
    GoodLeft,
    /// The word is good to the right of `arg`: the previous word is `arg`.
    GoodRight,
}

/// One contextual rule: change `from` to `to` when the condition holds.
#[derive(Debug)]
struct CtxRule {
    from: Option<Tag>,
    to: Tag,
    cond: Cond,
}

/// The conditions of Brill's contextual rules, by name in the data.
#[derive(Debug)]
enum Cond {
    PrevTag(Tag),
    NextTag(Tag),
    Prev2Tag(Tag),
    Next2Tag(Tag),
    Prev1Or2Tag(Tag),
    Next1Or2Tag(Tag),
    Prev1Or2Or3Tag(Tag),
    Next1Or2Or3Tag(Tag),
    SurroundTag(Tag, Tag),
    PrevBigram(Tag, Tag),
    NextBigram(Tag, Tag),
    CurWd(String),
    PrevWd(String),
    NextWd(String),
    Prev1Or2Wd(String),
    Next1Or2Wd(String),
    WdPrevTag(Tag, String),
    WdNextTag(String, Tag),
    WdAnd2Aft(String, String),
    WdAnd2TagAft(String, Tag),
    WdAnd2TagBfr(Tag, String),
    LBigram(String, String),
    RBigram(String, String),
}

/// What the lexicon knows of a word: its most frequent tag, which the
/// tagger starts from, and every tag it can have.
#[derive(Debug, Clone, Copy)]
struct Known {
    first: Tag,
    set: TagSet,
}

/// The tagger: lexicon and rules, built once.
#[derive(Debug)]
pub struct Tagger {
    lexicon: HashMap<String, Known>,
    lexical: Vec<LexRule>,
    contextual: Vec<CtxRule>,
}

const MORPHOLOGY: &str = include_str!("../../../data/pos/en-morphology.txt");
const CONTEXT: &str = include_str!("../../../data/pos/en-context.txt");

/// The first tag of a data field ("NN|JJ" is NN).
fn parse_tag(s: &str) -> Option<Tag> {
    Tag::from_name(s.split('|').next().unwrap_or(s))
}

fn data_lines(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.starts_with(";;;"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|f| !f.is_empty())
}

impl Tagger {
    /// The English tagger (data parsed on first use).
    pub fn english() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| {
            Tagger::from_data(
                crate::lex::lexicon::entries(),
                &crate::lex::lexicon::tag_sets(),
                MORPHOLOGY,
                CONTEXT,
            )
        })
    }

    /// Builds a tagger from data in the formats of `data/pos/`: each
    /// word's first tag and its full set. Lines that do not parse are
    /// ignored.
    fn from_data<'a>(
        lexicon: impl Iterator<Item = (&'a str, &'a str)>,
        sets: &HashMap<&str, TagSet>,
        morphology: &str,
        context: &str,
    ) -> Tagger {
        let mut lex = HashMap::with_capacity(100_000);
        for (w, t) in lexicon {
            if let Some(first) = Tag::from_name(t) {
                let set = sets.get(w).copied().unwrap_or_default();
                lex.entry(w.to_string()).or_insert(Known {
                    first,
                    set: set.with(first.name()),
                });
            }
        }
        let lexical = data_lines(morphology)
            .filter_map(|f| parse_lex_rule(&f))
            .collect();
        let contextual = data_lines(context)
            .filter_map(|f| parse_ctx_rule(&f))
            .collect();
        Tagger {
            lexicon: lex,
            lexical,
            contextual,
        }
    }

    /// The lexicon's tag of `word`, if known (as written, else in lower case).
    pub fn lookup(&self, word: &str) -> Option<Tag> {
        let known = |w: &str| self.lexicon.get(w).map(|k| k.first);
        known(word).or_else(|| {
            let lower = word.to_lowercase();
            (lower != word).then(|| known(&lower)).flatten()
        })
    }

    fn known(&self, w: &str) -> bool {
        self.lexicon.contains_key(w)
    }

    /// Tags the words of one sentence. `words` are as written; punctuation
    /// tokens are tagged by [`punct_tag`].
    pub fn tag(&self, words: &[&str]) -> Vec<Tag> {
        let n = words.len();
        let mut tags: Vec<Tag> = Vec::with_capacity(n);
        let mut unknown = vec![false; n];
        // The tags each known word can have; `None` for unknown words and
        // punctuation, which rules move freely.
        let mut sets: Vec<Option<TagSet>> = vec![None; n];
        for (i, w) in words.iter().enumerate() {
            let first_char = w.chars().next().unwrap_or(' ');
            if !first_char.is_alphanumeric() {
                tags.push(match self.lexicon.get(*w) {
                    Some(k) if w.len() > 1 => k.first,
                    _ => punct_tag(w),
                });
                continue;
            }
            // As written first; sentence-initial and all-capital words also
            // in lower case ("The", "PUBLISHED").
            let all_caps = w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(|c| c.is_lowercase());
            let t = self.lexicon.get(*w).copied().or_else(|| {
                (i == 0 || all_caps || after_opening(words, i))
                    .then(|| self.lexicon.get(&w.to_lowercase()).copied())
                    .flatten()
            });
            match t {
                Some(k) => {
                    tags.push(k.first);
                    sets[i] = Some(k.set);
                }
                None => {
                    unknown[i] = true;
                    tags.push(Tag::NN);
                }
            }
        }
        // Unknown words: capitalised ones are proper nouns, numbers are
        // cardinals, the rest go through the lexical rules.
        for i in 0..n {
            if !unknown[i] {
                continue;
            }
            let w = words[i];
            if w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            {
                tags[i] = Tag::CD;
                continue;
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                tags[i] = Tag::NNP;
                continue;
            }
            let mut t = Tag::NN;
            let prev = i.checked_sub(1).map(|j| words[j]);
            let next = words.get(i + 1).copied();
            for r in &self.lexical {
                if r.from.is_some_and(|f| f != t) {
                    continue;
                }
                if self.lex_rule_holds(r, w, prev, next) {
                    t = r.to;
                }
            }
            tags[i] = t;
        }
        // Contextual rules, each over the whole sentence in turn; a known
        // word moves only to a reading it can have.
        for r in &self.contextual {
            for i in 0..n {
                if r.from.is_some_and(|f| f != tags[i]) || !may_move(sets[i], r.to) {
                    continue;
                }
                if ctx_holds(&r.cond, words, &tags, i) {
                    tags[i] = r.to;
                }
            }
        }
        settle_verb_forms(words, &sets, &mut tags);
        read_participles(words, &sets, &mut tags);
        read_clause_verbs(words, &sets, &mut tags);
        tags
    }

    fn lex_rule_holds(&self, r: &LexRule, w: &str, prev: Option<&str>, next: Option<&str>) -> bool {
        let x = r.arg.as_str();
        match r.cmd {
            LexCmd::Char => w.contains(x),
            LexCmd::HasSuf => w.ends_with(x),
            LexCmd::HasPref => w.starts_with(x),
            LexCmd::DeleteSuf => w
                .strip_suffix(x)
                .is_some_and(|s| !s.is_empty() && self.known(s)),
            LexCmd::DeletePref => w
                .strip_prefix(x)
                .is_some_and(|s| !s.is_empty() && self.known(s)),
            LexCmd::AddSuf => self.known(&format!("{w}{x}")),
            LexCmd::AddPref => self.known(&format!("{x}{w}")),
            LexCmd::GoodLeft => next == Some(x),
            LexCmd::GoodRight => prev == Some(x),
        }
    }
}

/// Brill's restriction on contextual rules (his tagger's `RESTRICT_MOVE`),
/// for the readings the lexicon lists completely: a known word becomes a
/// verb only in a form its set has ("road" is never one; "shot" is a past
/// form, never a present). The two past forms stand for each other, as do
/// the base and the present (the rules tell them apart by context, and
/// the data gives many verbs one of each pair only). The lexicon keeps
/// one tag for most other readings, so moves to a tag that is no verb
/// stay free, as do unknown words.
fn may_move(set: Option<TagSet>, to: Tag) -> bool {
    let Some(set) = set else { return true };
    if !to.is_verb() || to.in_set(set) {
        return true;
    }
    let either = |a: &str, b: &str| set.has(a) || set.has(b);
    match to.name() {
        "VBD" | "VBN" => either("VBD", "VBN"),
        "VB" | "VBP" => either("VB", "VBP"),
        _ => false,
    }
}

fn parse_lex_rule(f: &[&str]) -> Option<LexRule> {
    let cmd_of = |s: &str| -> Option<LexCmd> {
        Some(match s {
            "char" => LexCmd::Char,
            "hassuf" => LexCmd::HasSuf,
            "deletesuf" => LexCmd::DeleteSuf,
            "addsuf" => LexCmd::AddSuf,
            "haspref" => LexCmd::HasPref,
            "deletepref" => LexCmd::DeletePref,
            "addpref" => LexCmd::AddPref,
            "goodleft" => LexCmd::GoodLeft,
            "goodright" => LexCmd::GoodRight,
            _ => return None,
        })
    };
    // "ly hassuf 2 RB x" / "NN s fhassuf 1 NNS x" / "- char JJ x".
    if let Some(cmd) = f.get(1).and_then(|c| cmd_of(c)) {
        let to = f.get(f.len().checked_sub(2)?).and_then(|t| parse_tag(t))?;
        return Some(LexRule {
            from: None,
            cmd,
            arg: f.first()?.to_string(),
            to,
        });
    }
    let cmd = f
        .get(2)
        .and_then(|c| c.strip_prefix('f'))
        .and_then(cmd_of)?;
    let to = f.get(f.len().checked_sub(2)?).and_then(|t| parse_tag(t))?;
    Some(LexRule {
        from: Some(parse_tag(f.first()?)?),
        cmd,
        arg: f.get(1)?.to_string(),
        to,
    })
}

fn parse_ctx_rule(f: &[&str]) -> Option<CtxRule> {
    let from = match *f.first()? {
        "*" => None,
        t => Some(parse_tag(t)?),
    };
    let to = parse_tag(f.get(1)?)?;
    let x = f.get(3).copied().unwrap_or("");
    let y = f.get(4).copied().unwrap_or("");
    let tx = || parse_tag(x);
    let ty = || parse_tag(y);
    let s = |v: &str| v.to_string();
    let cond = match *f.get(2)? {
        "PREVTAG" => Cond::PrevTag(tx()?),
        "NEXTTAG" => Cond::NextTag(tx()?),
        "PREV2TAG" => Cond::Prev2Tag(tx()?),
        "NEXT2TAG" => Cond::Next2Tag(tx()?),
        "PREV1OR2TAG" => Cond::Prev1Or2Tag(tx()?),
        "NEXT1OR2TAG" => Cond::Next1Or2Tag(tx()?),
        "PREV1OR2OR3TAG" => Cond::Prev1Or2Or3Tag(tx()?),
        "NEXT1OR2OR3TAG" => Cond::Next1Or2Or3Tag(tx()?),
        "SURROUNDTAG" => Cond::SurroundTag(tx()?, ty()?),
        "PREVBIGRAM" => Cond::PrevBigram(tx()?, ty()?),
        "NEXTBIGRAM" => Cond::NextBigram(tx()?, ty()?),
        "CURWD" => Cond::CurWd(s(x)),
        "PREVWD" => Cond::PrevWd(s(x)),
        "NEXTWD" => Cond::NextWd(s(x)),
        "PREV1OR2WD" => Cond::Prev1Or2Wd(s(x)),
        "NEXT1OR2WD" => Cond::Next1Or2Wd(s(x)),
        "WDPREVTAG" => Cond::WdPrevTag(tx()?, s(y)),
        "WDNEXTTAG" => Cond::WdNextTag(s(x), ty()?),
        "WDAND2AFT" => Cond::WdAnd2Aft(s(x), s(y)),
        "WDAND2TAGAFT" => Cond::WdAnd2TagAft(s(x), ty()?),
        "WDAND2TAGBFR" => Cond::WdAnd2TagBfr(tx()?, s(y)),
        "LBIGRAM" => Cond::LBigram(s(x), s(y)),
        "RBIGRAM" => Cond::RBigram(s(x), s(y)),
        _ => return None,
    };
    Some(CtxRule { from, to, cond })
}

fn ctx_holds(c: &Cond, words: &[&str], tags: &[Tag], i: usize) -> bool {
    let tag = |d: isize| -> Option<Tag> {
        let j = i as isize + d;
        (j >= 0).then(|| tags.get(j as usize).copied()).flatten()
    };
    let word = |d: isize| -> Option<&str> {
        let j = i as isize + d;
        (j >= 0).then(|| words.get(j as usize).copied()).flatten()
    };
    match c {
        Cond::PrevTag(x) => tag(-1) == Some(*x),
        Cond::NextTag(x) => tag(1) == Some(*x),
        Cond::Prev2Tag(x) => tag(-2) == Some(*x),
        Cond::Next2Tag(x) => tag(2) == Some(*x),
        Cond::Prev1Or2Tag(x) => tag(-1) == Some(*x) || tag(-2) == Some(*x),
        Cond::Next1Or2Tag(x) => tag(1) == Some(*x) || tag(2) == Some(*x),
        Cond::Prev1Or2Or3Tag(x) => (1..=3).any(|d| tag(-d) == Some(*x)),
        Cond::Next1Or2Or3Tag(x) => (1..=3).any(|d| tag(d) == Some(*x)),
        Cond::SurroundTag(x, y) => tag(-1) == Some(*x) && tag(1) == Some(*y),
        Cond::PrevBigram(x, y) => tag(-2) == Some(*x) && tag(-1) == Some(*y),
        Cond::NextBigram(x, y) => tag(1) == Some(*x) && tag(2) == Some(*y),
        Cond::CurWd(x) => word(0) == Some(x.as_str()),
        Cond::PrevWd(x) => word(-1) == Some(x.as_str()),
        Cond::NextWd(x) => word(1) == Some(x.as_str()),
        Cond::Prev1Or2Wd(x) => word(-1) == Some(x.as_str()) || word(-2) == Some(x.as_str()),
        Cond::Next1Or2Wd(x) => word(1) == Some(x.as_str()) || word(2) == Some(x.as_str()),
        Cond::WdPrevTag(x, y) => tag(-1) == Some(*x) && word(0) == Some(y.as_str()),
        Cond::WdNextTag(x, y) => word(0) == Some(x.as_str()) && tag(1) == Some(*y),
        Cond::WdAnd2Aft(x, y) => word(0) == Some(x.as_str()) && word(2) == Some(y.as_str()),
        Cond::WdAnd2TagAft(x, y) => word(0) == Some(x.as_str()) && tag(2) == Some(*y),
        Cond::WdAnd2TagBfr(x, y) => tag(-2) == Some(*x) && word(0) == Some(y.as_str()),
        Cond::LBigram(x, y) => word(-1) == Some(x.as_str()) && word(0) == Some(y.as_str()),
        Cond::RBigram(x, y) => word(0) == Some(x.as_str()) && word(1) == Some(y.as_str()),
    }
}
