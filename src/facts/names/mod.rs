//! People, places and organisations, found by rules over capitalised spans.
//!
//! Consumes a document's original text; produces [`Fact`]s of kind
//! `person`, `place` and `org` whose value is the canonical name
//! ([`FactValue::Text`]) and whose span covers the name as written, without
//! titles, a possessive `'s`, or a leading "the". Guarantees: linear time in
//! the text length, spans on character boundaries, no panic on any input,
//! output sorted by span.
//!
//! How it works (no statistical model):
//!
//! 1. Words are tokenised with their separators (`tokens`). Runs of
//!    capitalised words joined by spaces (and the connectors `of`, `the`,
//!    `de`, `van`, `al`, ...) form candidate spans. Closed-class words break
//!    a span. A capitalised word at the start of a sentence or on a
//!    title-case heading line is dropped when it is an ordinary word: listed
//!    in the common-word lexicon, or used in lower case elsewhere in the same
//!    document.
//! 2. Each span is classified, first rule wins:
//!    a title or rank followed by a name ("Secretary of Defense Lloyd J.
//!    Austin III": person "Lloyd Austin"; places and organisations inside the
//!    title are kept too); a whole-span gazetteer entry; an organisation cue
//!    word (Ministry, Council, University, Forces, ...); a place cue word
//!    (Air Base, Sea, Oblast, ...); a common first name followed by one to
//!    three more name words; a name followed by a verb of saying, preceded by
//!    "according to" or a lower-case role noun ("spokesman Bill
//!    McAllister"), or ending like a Slavic, Armenian or Romanian surname.
//!    Anything else keeps only its gazetteer sub-spans.
//! 3. Single words (and title + surname) are resolved against the people
//!    named in full anywhere in the document: "Austin said" becomes "Lloyd
//!    Austin" when exactly one person with that surname is known; this
//!    beats a place reading of the word.
//!
//! Canonical forms: people as "First Last" (middle initials, generational
//! suffixes and titles dropped; transliteration variants unified, e.g.
//! Zelensky → Zelenskyy); places and organisations by the gazetteer
//! spelling (Kiev → Kyiv, U.S. → United States), else as written with
//! whitespace collapsed. The Pentagon and the Kremlin are organisations.
//! Demonyms ("Ukrainian", "Russians") are not names and produce no fact.

use super::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};

mod canonical;
pub(crate) mod lexicon;
pub(crate) mod tokens;

pub use canonical::{canonical_key, same_person};

use crate::lex::Tokens;
use lexicon::{fold, GazKind};
use tokens::{is_all_caps, is_capitalised, Gap, Word};

/// A classified piece of a span (token indices `lo..hi`).
#[derive(Debug, Clone)]
struct Piece {
    lo: usize,
    hi: usize,
    /// Byte span when narrower than the tokens (part of a hyphenated word).
    bytes: Option<Span>,
    class: Class,
}

#[derive(Debug, Clone)]
enum Class {
    /// A person with a full canonical name.
    Person(String),
    /// A place.
    Place(String),
    /// An organisation.
    Org(String),
    /// One or two words that may be the surname of a person named in full
    /// elsewhere; else `fallback` (a gazetteer reading, or the word itself
    /// as a person when a title marks it as one).
    Pending(Option<(FactKind, String)>),
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Word],
    folded: &'a [String],
    lower: &'a HashSet<String>,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks[i].text(self.text)
    }
    fn f(&self, i: usize) -> &str {
        self.folded.get(i).map_or("", String::as_str)
    }
    /// Longest gazetteer entry starting at token `i` and ending before
    /// `limit`: (number of tokens, kind, canonical).
    fn gaz_at(&self, i: usize, limit: usize) -> Option<(usize, GazKind, &'static str)> {
        let mut key = String::new();
        let mut best = None;
        let mut j = i;
        while j < limit && j - i < lexicon::GAZ_MAX_WORDS {
            if j > i {
                if self.toks[j].gap != Gap::Space {
                    break;
                }
                key.push(' ');
            }
            key.push_str(&self.f(j).replace('-', " "));
            if let Some(&(kind, canon)) = lexicon::gazetteer().get(&key) {
                // Short variants ("UN", "US", "WHO") only in capitals.
                let short = key.chars().filter(|c| c.is_alphanumeric()).count() <= 3;
                let caps_ok = !short || j > i || is_all_caps(self.word(i));
                if caps_ok {
                    best = Some((j + 1 - i, kind, canon));
                }
            }
            if self.toks[j].possessive {
                break;
            }
            j += 1;
        }
        best
    }
    fn is_name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let f = self.f(i);
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        if is_initial(w) && w.ends_with('.') {
            return true;
        }
        if is_capitalised(w) {
            if w.split('-').skip(1).any(|p| !is_capitalised(p)) {
                return false;
            }
            return !lexicon::is_function_word(f) || (is_all_caps(w) && w.len() > 1);
        }
        // "al-Assad", "bin-Salman": a lower-case particle joined to a
        // capitalised word. ("US-led" is not a name word; its gazetteer
        // parts are found by `hyphen_parts`.)
        if let Some((head, rest)) = w.split_once('-') {
            return lexicon::is_name_particle(&fold(head)) && is_capitalised(rest);
        }
        false
    }
    fn is_common_initial(&self, i: usize) -> bool {
        let f = self.f(i);
        let w = self.word(i);
        if is_all_caps(w) && self.gaz_at(i, self.toks.len()).is_some() {
            return false;
        }
        lexicon::is_common_word(f) || (self.lower.contains(f) && !is_all_caps(w))
    }
    /// Whether the word is protected from the sentence-initial common-word
    /// rule because of what it is and what follows it.
    fn protected(&self, i: usize, next_joins: bool) -> bool {
        let f = self.f(i);
        if self
            .gaz_at(i, self.toks.len())
            .is_some_and(|(n, _, _)| n > 1)
        {
            return true;
        }
        if !next_joins {
            return self.gaz_at(i, i + 1).is_some();
        }
        lexicon::is_title_head(f)
            || lexicon::is_first_name(f)
            || lexicon::is_demonym(f)
            || lexicon::is_org_cue(f)
            || lexicon::is_place_cue(f)
            || self.gaz_at(i, i + 1).is_some()
    }
}

/// Extracts people, places and organisations from `text` (see the module
/// documentation for the rules), sorted by span.
pub fn extract(text: &str) -> Vec<Fact> {
    extract_words(text, &NameWords::new(text, &Tokens::new(text)))
}

/// The words of a text with their folded forms and the words it uses in
/// lower case: read once, shared by the name tagger and the quote
/// attributor.
pub(crate) struct NameWords {
    /// The words.
    pub words: Vec<Word>,
    /// Each word folded (lower case, no diacritics or periods).
    pub folded: Vec<String>,
    /// Folded words that occur in lower case somewhere in the text.
    pub lower: HashSet<String>,
}

impl NameWords {
    /// The words of `text`, made into `toks`.
    pub fn new(text: &str, toks: &Tokens) -> NameWords {
        let (words, lower) = tokens::words(text, toks);
        let folded = words.iter().map(|t| fold(t.text(text))).collect();
        NameWords {
            words,
            folded,
            lower,
        }
    }
}

/// [`extract`] over the words of `text`.
pub(crate) fn extract_words(text: &str, words: &NameWords) -> Vec<Fact> {
    let ctx = Ctx {
        text,
        toks: &words.words,
        folded: &words.folded,
        lower: &words.lower,
    };
    let mut pieces = Vec::new();
    for (lo, hi) in spans(&ctx) {
        if hi == lo + 1 && ctx.word(lo).contains('-') {
            let before = pieces.len();
            hyphen_parts(&ctx, lo, &mut pieces);
            if pieces.len() > before {
                continue;
            }
        }
        classify(&ctx, lo, hi, &mut pieces);
    }
    for i in 0..words.words.len() {
        let w = ctx.word(i);
        if w.contains('-') && is_capitalised(w) && !ctx.is_name_word(i) {
            hyphen_parts(&ctx, i, &mut pieces);
        }
    }
    resolve(&ctx, pieces)
}

/// Whether token `i` can join the span that ends at token `i - 1`.
fn joins(ctx: &Ctx, i: usize) -> bool {
    i < ctx.toks.len() && ctx.toks[i].gap == Gap::Space && !ctx.toks[i - 1].possessive
}

/// Whether token `i` is a capitalised word usable in a span, given whether
/// it starts a sentence (or is on a heading line).
fn eligible(ctx: &Ctx, i: usize) -> bool {
    if !ctx.is_name_word(i) {
        return false;
    }
    let t = &ctx.toks[i];
    let f = ctx.f(i);
    if lexicon::is_date_word(f) {
        // "Theresa May", not "May 5" or "on Monday".
        let after_first = i > 0
            && joins(ctx, i)
            && lexicon::is_first_name(ctx.f(i - 1))
            && is_capitalised(ctx.word(i - 1));
        if !after_first {
            return false;
        }
    }
    let initial = t.sent_start || t.heading || (i > 0 && !joins(ctx, i));
    if initial && ctx.is_common_initial(i) {
        let n = ctx.toks.len();
        let next = i + 1 < n
            && joins(ctx, i + 1)
            && (ctx.is_name_word(i + 1)
                || (is_connector_tok(ctx, i + 1)
                    && i + 2 < n
                    && joins(ctx, i + 2)
                    && ctx.is_name_word(i + 2)));
        return ctx.protected(i, next);
    }
    true
}

/// Candidate spans: (first token, one past the last token).
fn spans(ctx: &Ctx) -> Vec<(usize, usize)> {
    let n = ctx.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !eligible(ctx, i) {
            i += 1;
            continue;
        }
        let lo = i;
        let mut hi = i + 1;
        while hi < n && !ctx.toks[hi - 1].possessive {
            if ctx.toks[lo].heading != ctx.toks[hi].heading {
                break;
            }
            if joins(ctx, hi) && eligible_inside(ctx, hi) {
                hi += 1;
                continue;
            }
            // Connectors between capitalised words ("Ministry of the
            // Interior", "Charles de Gaulle"): up to two.
            let mut c = hi;
            while c < n && c < hi + 2 && joins(ctx, c) && is_connector_tok(ctx, c) {
                c += 1;
            }
            if c > hi && c < n && joins(ctx, c) && eligible_inside(ctx, c) {
                hi = c + 1;
                continue;
            }
            // "1st Class" after a title head.
            if joins(ctx, hi)
                && lexicon::is_title_tail(ctx.f(hi))
                && ctx.word(hi).starts_with(|c: char| c.is_ascii_digit())
                && lexicon::is_title_head(ctx.f(hi - 1))
            {
                hi += 1;
                continue;
            }
            // "Brown, Jr."
            if ctx.toks[hi].gap == Gap::Comma
                && lexicon::is_suffix(ctx.f(hi))
                && is_capitalised(ctx.word(hi))
            {
                hi += 1;
            }
            break;
        }
        out.push((lo, hi));
        i = hi;
    }
    out
}

/// A lower-case connector that may join capitalised words in a span ("of",
/// "the", "de", "van", ...; not "and", which joins separate names).
fn is_connector_tok(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    let f = ctx.f(i);
    f != "and" && w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_connector(f)
}

/// Inside a span the common-word rule does not apply, except on headings.
fn eligible_inside(ctx: &Ctx, i: usize) -> bool {
    if ctx.toks[i].heading || ctx.toks[i].sent_start {
        return eligible(ctx, i);
    }
    ctx.is_name_word(i)
        && (!lexicon::is_date_word(ctx.f(i))
            || (lexicon::is_first_name(ctx.f(i - 1)) && is_capitalised(ctx.word(i - 1))))
}

fn is_initial(w: &str) -> bool {
    let core = w.trim_end_matches('.');
    let mut cs = core.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether tokens `lo..hi` can be a person's name: one to five name words
/// (initials, particles and suffixes aside), none of them a cue, title,
/// demonym or date word.
fn name_like(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    if lo >= hi || !is_capitalised(ctx.word(lo)) {
        return false;
    }
    let mut words = 0;
    for i in lo..hi {
        let f = ctx.f(i);
        let w = ctx.word(i);
        if is_initial(w) || lexicon::is_suffix(f) && i > lo {
            continue;
        }
        if lexicon::is_name_particle(f) && w.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if !ctx.is_name_word(i)
            || lexicon::is_org_cue(f)
            || lexicon::is_place_cue(f)
            || lexicon::is_title_head(f)
            || lexicon::is_demonym(f)
            || lexicon::is_department_word(f) && hi - lo == 1
            || (lexicon::is_date_word(f) && i == lo)
            || lexicon::is_function_word(f) && !is_all_caps(w)
        {
            return false;
        }
        words += 1;
    }
    (1..=5).contains(&words)
}

/// The canonical display form of the person named by tokens `lo..hi`.
fn person_name(ctx: &Ctx, lo: usize, hi: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for i in lo..hi {
        let w = ctx.word(i);
        let f = ctx.f(i);
        if i > lo && lexicon::is_suffix(f) && hi - lo > 1 {
            continue;
        }
        if i > lo && is_initial(w) && i + 1 < hi {
            continue;
        }
        parts.push(canonical::display_word(w));
    }
    if parts.len() > 1 {
        // A trailing initial is not a surname ("John F.").
        if parts.last().is_some_and(|p| is_initial(p)) {
            parts.pop();
        }
    }
    parts.join(" ")
}

/// Text of tokens `lo..hi` with whitespace collapsed and brackets removed.
fn plain(ctx: &Ctx, lo: usize, hi: usize) -> String {
    (lo..hi).map(|i| ctx.word(i)).collect::<Vec<_>>().join(" ")
}

fn kind_of(g: GazKind) -> FactKind {
    match g {
        GazKind::Place => FactKind::Place,
        GazKind::Org => FactKind::Org,
    }
}

/// Words of saying right after the span (optionally after an adverb):
/// "Stoltenberg said", "Austin also said".
fn followed_by_speech(ctx: &Ctx, hi: usize) -> bool {
    for k in hi..(hi + 2).min(ctx.toks.len()) {
        if ctx.toks[k].gap != Gap::Space || is_capitalised(ctx.word(k)) {
            return false;
        }
        if lexicon::is_speech_verb(ctx.f(k)) {
            return true;
        }
    }
    false
}

/// "according to X", "said X", "spokesman X", "told X".
fn preceded_by_person_cue(ctx: &Ctx, lo: usize) -> bool {
    if lo == 0 || ctx.toks[lo].gap != Gap::Space {
        return false;
    }
    let p = ctx.f(lo - 1);
    let w = ctx.word(lo - 1);
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    (p == "to" && lo >= 2 && ctx.f(lo - 2) == "according")
        || lexicon::is_role_noun(p)
        || matches!(p, "said" | "says" | "added" | "wrote")
}

/// "SeaMicro", "TallGrass": an inner capital not after a surname prefix
/// (Mc, Mac, O', De, Di, Du, La, Le, Van).
fn camel_case(w: &str) -> bool {
    let rest = [
        "Mc",
        "Mac",
        "O'",
        "O\u{2019}",
        "De",
        "Di",
        "Du",
        "La",
        "Le",
        "Van",
    ]
    .iter()
    .find_map(|p| w.strip_prefix(p))
    .unwrap_or(w);
    rest.chars().skip(1).any(char::is_uppercase) && !rest.contains('-')
}

fn surname_shaped(w: &str) -> bool {
    let f = fold(w);
    !lexicon::gazetteer().contains_key(&f)
        && lexicon::SURNAME_ENDINGS
            .iter()
            .any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// Splits a span into a title part and a name part: returns the index of
/// the first name token when a title head is followed by a valid name.
fn title_split(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let mut best = None;
    for h in lo..hi {
        let head = ctx.f(h);
        if !lexicon::is_title_head(head) {
            continue;
        }
        // "Larry King", "Jack Marshal": a title word right after a first
        // name is a surname.
        if h > lo && lexicon::is_first_name(ctx.f(h - 1)) {
            continue;
        }
        let mut k = h + 1;
        while k < hi && lexicon::is_title_tail(ctx.f(k)) {
            k += 1;
        }
        // "Secretary of Defense", "Minister for Foreign Affairs",
        // "President of Ukraine"; not "President of Production".
        let mut complement_ok = true;
        while k < hi && matches!(ctx.f(k), "of" | "for") {
            k += 1;
            let mut portfolio = 0;
            while k < hi
                && (matches!(ctx.f(k), "the" | "and")
                    || lexicon::is_department_word(ctx.f(k))
                    || ctx.gaz_at(k, k + 1).is_some())
            {
                if !matches!(ctx.f(k), "the" | "and") {
                    portfolio += 1;
                }
                k += 1;
            }
            complement_ok &= portfolio > 0;
        }
        if !complement_ok || k >= hi || !name_like(ctx, k, hi) {
            continue;
        }
        if hi - k == 1 && !lexicon::is_honorific(head) {
            // "General Manager", "Private Practice": a lone word after a
            // rank must look like a surname, not an ordinary word.
            let f = ctx.f(k);
            if ctx.lower.contains(f)
                || lexicon::is_common_word(f)
                || lexicon::is_role_noun(f)
                || lexicon::is_first_name(head)
            {
                continue;
            }
        }
        best = Some(k);
    }
    best
}

/// "Capt. Tom Tennant of the Woodburn Police Department": a person, then
/// "of" and an organisation or place. Returns the index of the "of".
fn person_of_split(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    (lo + 1..hi).find(|&c| {
        ctx.f(c) == "of"
            && (title_split(ctx, lo, c).is_some()
                || (c - lo >= 2 && lexicon::is_first_name(ctx.f(lo)) && name_like(ctx, lo, c)))
            && (c + 1..hi).any(|i| {
                lexicon::is_org_cue(ctx.f(i))
                    || lexicon::is_place_cue(ctx.f(i))
                    || ctx.gaz_at(i, hi).is_some()
            })
    })
}

/// Classifies the span `lo..hi`, appending pieces.
fn classify(ctx: &Ctx, mut lo: usize, hi: usize, out: &mut Vec<Piece>) {
    // A leading "The" was already dropped (closed-class); drop leading
    // connectors.
    while lo < hi && !is_capitalised(ctx.word(lo)) && !ctx.is_name_word(lo) {
        lo += 1;
    }
    if lo >= hi {
        return;
    }
    let heading = ctx.toks[lo].heading;
    // All-capitals runs that are not gazetteer entries are shouting, not
    // names.
    if hi - lo >= 2
        && (lo..hi).all(|i| is_all_caps(ctx.word(i)) || !ctx.is_name_word(i))
        && ctx.gaz_at(lo, hi).is_none_or(|(n, _, _)| n != hi - lo)
    {
        gazetteer_pieces(ctx, lo, hi, out);
        return;
    }
    if let Some(c) = person_of_split(ctx, lo, hi) {
        classify(ctx, lo, c, out);
        let mut r = c + 1;
        while r < hi && is_connector_tok(ctx, r) {
            r += 1;
        }
        classify(ctx, r, hi, out);
        return;
    }
    if let Some(k) = title_split(ctx, lo, hi) {
        gazetteer_pieces(ctx, lo, k, out);
        let words = (k..hi)
            .filter(|&i| !is_initial(ctx.word(i)) && !lexicon::is_suffix(ctx.f(i)))
            .count();
        let class = if words >= 2 {
            Class::Person(person_name(ctx, k, hi))
        } else {
            Class::Pending(Some((FactKind::Person, person_name(ctx, k, hi))))
        };
        out.push(Piece {
            lo: k,
            hi,
            bytes: None,
            class,
        });
        return;
    }
    if let Some((n, kind, canon)) = ctx.gaz_at(lo, hi) {
        if n == hi - lo {
            let class = match kind {
                GazKind::Place => Class::Place(canon.to_string()),
                GazKind::Org => Class::Org(canon.to_string()),
            };
            let class = if n == 1 {
                Class::Pending(Some((kind_of(kind), canon.to_string())))
            } else {
                class
            };
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class,
            });
            return;
        }
    }
    if heading {
        // Title-case lines: only gazetteer entries, known people, and short
        // bylines or captions that are plainly a first name and surname.
        let short = hi - lo <= 3 && hi - lo >= 2;
        if short && lexicon::is_first_name(ctx.f(lo)) && name_like(ctx, lo, hi) {
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class: Class::Person(person_name(ctx, lo, hi)),
            });
        } else {
            // Word by word: gazetteer entries, and single words that may be
            // the surname of a person named elsewhere.
            let mut i = lo;
            while i < hi {
                if let Some((n, _, _)) = ctx.gaz_at(i, hi) {
                    gazetteer_pieces(ctx, i, i + n, out);
                    i += n;
                } else {
                    if name_like(ctx, i, i + 1) {
                        out.push(Piece {
                            lo: i,
                            hi: i + 1,
                            bytes: None,
                            class: Class::Pending(None),
                        });
                    }
                    i += 1;
                }
            }
        }
        return;
    }
    // Cue words count inside hyphenated words too ("Journal-Constitution").
    let has = |p: fn(&str) -> bool| (lo..hi).any(|i| ctx.f(i).split('-').any(p));
    let last = ctx.f(hi - 1);
    if has(lexicon::is_org_cue) && hi - lo != 1 {
        out.push(Piece {
            lo,
            hi,
            bytes: None,
            class: Class::Org(plain(ctx, lo, hi)),
        });
        return;
    }
    if lexicon::is_place_cue(last) && hi - lo >= 2 {
        out.push(Piece {
            lo,
            hi,
            bytes: None,
            class: Class::Place(plain(ctx, lo, hi)),
        });
        return;
    }
    let n_words = hi - lo;
    if n_words >= 3 && !lexicon::is_first_name(ctx.f(lo)) {
        // "Public Defender Peter Lynch": a first name and surname after
        // other capitalised words.
        if let Some(k) = (lo + 1..hi - 1).find(|&k| {
            lexicon::is_first_name(ctx.f(k)) && (2..=3).contains(&(hi - k)) && name_like(ctx, k, hi)
        }) {
            gazetteer_pieces(ctx, lo, k, out);
            out.push(Piece {
                lo: k,
                hi,
                bytes: None,
                class: Class::Person(person_name(ctx, k, hi)),
            });
            return;
        }
    }
    if name_like(ctx, lo, hi) {
        let first_known = lexicon::is_first_name(ctx.f(lo)) || is_initial(ctx.word(lo));
        let cued = followed_by_speech(ctx, hi) || preceded_by_person_cue(ctx, lo);
        let shaped = surname_shaped(ctx.word(hi - 1));
        if n_words >= 2 && (first_known || cued || shaped) {
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class: Class::Person(person_name(ctx, lo, hi)),
            });
            return;
        }
        if n_words <= 2 && (lo..hi).all(|i| ctx.gaz_at(i, hi).is_none()) {
            // A lone surname as the subject or object of a verb of saying
            // ("Gotcher contended", "said Bodiford") is a person even when
            // not named in full; camel-case words are usually companies.
            let after_article = lo > 0 && matches!(ctx.f(lo - 1), "the" | "a" | "an");
            let fallback = (n_words == 1 && cued && !after_article && !camel_case(ctx.word(lo)))
                .then(|| (FactKind::Person, person_name(ctx, lo, hi)));
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class: Class::Pending(fallback),
            });
            return;
        }
    }
    // "Unabomber Ted Kaczynski", "Angels GM Tony Reagins": a first name and
    // surname after other capitalised words.
    if let Some(k) = (lo + 1..hi.saturating_sub(1)).find(|&k| {
        lexicon::is_first_name(ctx.f(k)) && (2..=3).contains(&(hi - k)) && name_like(ctx, k, hi)
    }) {
        gazetteer_pieces(ctx, lo, k, out);
        out.push(Piece {
            lo: k,
            hi,
            bytes: None,
            class: Class::Person(person_name(ctx, k, hi)),
        });
        return;
    }
    gazetteer_pieces(ctx, lo, hi, out);
}

/// Gazetteer entries inside `lo..hi`, longest first from the left; the
/// words between them may still be surnames of known people.
fn gazetteer_pieces(ctx: &Ctx, lo: usize, hi: usize, out: &mut Vec<Piece>) {
    let mut i = lo;
    let mut run = lo;
    let flush = |run: usize, i: usize, out: &mut Vec<Piece>| {
        // A lone leftover name word may be a known person's surname.
        if i == run + 1 && ctx.is_name_word(run) && name_like(ctx, run, i) {
            out.push(Piece {
                lo: run,
                hi: i,
                bytes: None,
                class: Class::Pending(None),
            });
        }
    };
    while i < hi {
        if let Some((n, kind, canon)) = ctx.gaz_at(i, hi) {
            flush(run, i, out);
            let class = if n == 1 {
                Class::Pending(Some((kind_of(kind), canon.to_string())))
            } else {
                match kind {
                    GazKind::Place => Class::Place(canon.to_string()),
                    GazKind::Org => Class::Org(canon.to_string()),
                }
            };
            out.push(Piece {
                lo: i,
                hi: i + n,
                bytes: None,
                class,
            });
            i += n;
            run = i;
        } else {
            // Hyphenated compounds: "US-led", "Russia-Ukraine".
            hyphen_parts(ctx, i, out);
            i += 1;
            if i < hi && !ctx.is_name_word(i) {
                flush(run, i, out);
                run = i + 1;
            }
        }
    }
    flush(run, i, out);
}

/// Gazetteer places and organisations inside a hyphenated word ("US-led"
/// gives United States, "Russia-Ukraine" both).
fn hyphen_parts(ctx: &Ctx, i: usize, out: &mut Vec<Piece>) {
    let w = ctx.word(i);
    if !w.contains('-') {
        return;
    }
    let mut offset = ctx.toks[i].start;
    for part in w.split('-') {
        let f = fold(part);
        if let Some(&(kind, canon)) = lexicon::gazetteer().get(&f) {
            let short = f.chars().count() <= 3;
            if is_capitalised(part) && (!short || is_all_caps(part)) {
                let canon = canon.to_string();
                out.push(Piece {
                    lo: i,
                    hi: i + 1,
                    bytes: Some(Span::new(offset, offset + part.len())),
                    class: match kind {
                        GazKind::Place => Class::Place(canon),
                        GazKind::Org => Class::Org(canon),
                    },
                });
            }
        }
        offset += part.len() + 1;
    }
}

/// Second pass: resolves pending words against people named in full, and
/// builds the facts.
fn resolve(ctx: &Ctx, pieces: Vec<Piece>) -> Vec<Fact> {
    // Surname key -> full canonical names.
    let mut by_surname: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in &pieces {
        if let Class::Person(name) = &p.class {
            let key = canonical_key(name);
            if let Some(last) = key.split(' ').next_back() {
                if key.contains(' ') {
                    by_surname
                        .entry(last.to_string())
                        .or_default()
                        .insert(name.clone());
                }
            }
        }
    }
    let mut facts = Vec::new();
    for p in pieces {
        let Some(first) = ctx.toks.get(p.lo) else {
            continue;
        };
        let Some(last) = ctx.toks.get(p.hi.saturating_sub(1)) else {
            continue;
        };
        let span = p
            .bytes
            .unwrap_or_else(|| Span::new(first.start, last.end.max(first.start)));
        let (kind, value) = match p.class {
            Class::Person(name) => (FactKind::Person, name),
            Class::Place(name) => (FactKind::Place, name),
            Class::Org(name) => (FactKind::Org, name),
            Class::Pending(fallback) => {
                let key = canonical_key(&plain(ctx, p.lo, p.hi));
                let surname = key.split(' ').next_back().unwrap_or("");
                let known = by_surname.get(surname).filter(|s| s.len() == 1);
                let full = known.and_then(|s| s.iter().next()).filter(|name| {
                    // Two words must be the full name itself ("Lloyd Austin").
                    !key.contains(' ') || canonical_key(name) == key
                });
                let famous = (!key.contains(' '))
                    .then(|| lexicon::famous(&key))
                    .flatten()
                    .filter(|_| name_like(ctx, p.lo, p.hi));
                match (full, fallback) {
                    (Some(name), _) => (FactKind::Person, name.clone()),
                    (None, _) if famous.is_some() => {
                        (FactKind::Person, famous.unwrap_or_default().to_string())
                    }
                    (None, Some((kind, name))) => (kind, name),
                    (None, None) => continue,
                }
            }
        };
        if span.is_empty() || value.is_empty() {
            continue;
        }
        facts.push(Fact::new(kind, span, FactValue::Text(value)));
    }
    facts.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind).cmp(&(b.span.start, b.span.end, b.kind))
    });
    facts.dedup_by(|a, b| a.span == b.span && a.kind == b.kind);
    facts
}

#[cfg(test)]
mod tests;
