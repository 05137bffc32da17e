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
//!    in the common-word lexicon (a plural noun in its British spelling too:
//!    "Organisers"), or used in lower case elsewhere in the same document.
//! 2. Each span is classified, first rule wins:
//!    a title or rank followed by a name ("Secretary of Defense Lloyd J.
//!    Austin III": person "Lloyd Austin"; places and organisations inside the
//!    title are kept too); a whole-span gazetteer entry; an organisation cue
//!    word (Ministry, Council, University, Forces, ...); a body named after
//!    the place it serves, remit words then a place ("Natural Resources
//!    Wales", "Transport for London": `bodies`), an organisation; a place cue word
//!    (Air Base, Sea, Oblast, ...); a common first name followed by one to
//!    three more name words; a name followed by a verb of saying, preceded by
//!    "according to" or a lower-case role noun ("spokesman Bill
//!    McAllister"), or ending like a Slavic, Armenian or Romanian surname;
//!    two or three words that the English word list (`english`,
//!    `data/pos/en-lexicon.txt`) holds as no ordinary word, whatever the
//!    given name, followed by a verb ("Peyton Manning threw") or after an
//!    age ("a 16-year-old Kimani Gray"). A role noun or an ordinary word
//!    that opens the sentence is never part of the name ("Kicker Samir
//!    Bellweather missed", "Injured Tomas Elgren sat out").
//!    A full name then "of" and a lone word no list holds is a person and
//!    the town they are from ("Cora Brandt of Lemsford").
//!    A lone unknown word between "the" and a venue a town names, or a
//!    part of a town or a country named like one, is that place ("the
//!    Lemsford fairground", "the Qasra camp", "the Kauru district"). The town of a wire dateline at the
//!    head of the text is a place ("MARLOW, Ohio (AP) —", `dateline`), its
//!    fact marked [`Role::Dateline`]. A person-shaped name the document
//!    marks anywhere as a company ("Goldman Sachs Inc.", "shares of
//!    Lockheed Martin") is an organisation throughout (`company`).
//!    Anything else keeps only its gazetteer sub-spans. A city that only
//!    begins a longer name is no place: a city then a plural name is a
//!    team, an organisation ("Kansas City Chiefs", "Boston Red Sox"); a
//!    lone plural name after "the" ("the host Jaguars") is a group, never
//!    a person, and in a document about sport (game, season, coach, ...)
//!    a team, an organisation: the team the document names in full
//!    ("Jacksonville Jaguars") when there is one. A plural common noun
//!    alone is never a person ("Investors said"), and one that opens a
//!    sentence before "of" names nothing ("Shares of Lockheed Martin",
//!    "Fans of the Jaguars"). Capitalised words joined by an ampersand
//!    name one company ("Procter & Gamble"). A given name no list holds
//!    and a surname that is an ordinary word ("Jessamy Fields") are a
//!    person when the document names the surname alone as one.
//! 3. Single words (and title + surname) are resolved against the people
//!    named in full anywhere in the document: "Austin said" becomes "Lloyd
//!    Austin" when exactly one person with that surname is known; this
//!    beats a place reading of the word. Such a lone surname with a
//!    person's cue ("Tate said") makes an unmarked full name of the
//!    document ("the home of Hollis Tate") a person, and a name that ends
//!    the one longer name of the document ("Vander Stoep" after "Marcus
//!    Vander Stoep") is that person.
//!
//! Canonical forms: people as "First Last" (middle initials, generational
//! suffixes and titles dropped; transliteration variants unified, e.g.
//! Zelensky → Zelenskyy); places and organisations by the gazetteer
//! spelling (Kiev → Kyiv, U.S. → United States), else as written with
//! whitespace collapsed. The Pentagon and the Kremlin are organisations.
//! Demonyms ("Ukrainian", "Russians") are not names and produce no fact.
//! Contractions of a pronoun and a verb ("He'll", "They’re") are
//! closed-class words, never names.
//!
//! How wide a place is (a country, a region, a town, a site) and whether
//! two places can be one told at two grains: `grain`
//! (`places_apart`).

use super::*;
use std::collections::{BTreeMap, BTreeSet};

mod bodies;
mod canonical;
mod classify;
mod company;
mod dateline;
mod english;
mod gazetteer;
mod grain;
pub(crate) mod lexicon;
mod person_cues;
mod surnames;
mod teams;
pub(crate) mod tokens;
mod town_cues;

pub use canonical::{canonical_key, same_person};
pub(crate) use grain::places_apart;

use crate::lex::Tokens;
use classify::{classify, hyphen_parts};
use lexicon::{fold, GazKind, Lists};
use surnames::{confirm_unmarked, fuller_name, lone_surnames, one_person};
use teams::{confirm_team_names, full_team};
use tokens::{is_all_caps, is_capitalised, Folded, Gap, LowerWords, Word};

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
    /// Two or three name words no word list holds, with nothing around
    /// them that says what they name ("the home of Hollis Tate"): a
    /// person when the document also names the surname alone as a person
    /// ("Tate said"); else as [`Class::Pending`] without a fallback.
    Unmarked(String),
    /// A team named by its plural alone ("the Jaguars"): an organisation,
    /// the one team of the document whose name ends with it ("Jacksonville
    /// Jaguars") when there is one.
    Team(String),
    /// A capitalised name that may be a team's in full ("Marlow Bay
    /// Pelicans"): an organisation when the document also names the team
    /// by its plural alone ([`Class::Team`]); else nothing.
    TeamName(String),
}

/// A gazetteer entry at a token: (number of tokens, kind, canonical).
type GazHit = (usize, GazKind, &'static str);

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Word],
    folded: &'a Folded,
    lower: &'a LowerWords,
    /// [`Ctx::gaz_hits`] by token, read on first asking: the span finder
    /// and the classifier ask the gazetteer at one token many times.
    gaz: crate::lex::memo::TokenMemo<Vec<GazHit>>,
    /// [`Ctx::lists`] by token, read on first asking: the span finder and
    /// the rules ask the lexicons of one word many times.
    lists: crate::lex::memo::TokenMemo<Lists>,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks[i].text(self.text)
    }
    fn f(&self, i: usize) -> &str {
        self.folded.get(i)
    }
    /// The name lexicons that hold word `i` ([`lexicon::lists_of`]), each
    /// word looked up once.
    fn lists(&self, i: usize) -> Lists {
        self.lists
            .with(i, self.toks.len(), || lexicon::lists_of(self.f(i)), |l| *l)
    }
    /// Whether one of the lexicons `which` holds word `i`.
    fn has(&self, i: usize, which: Lists) -> bool {
        self.lists(i).any(which)
    }
    /// Whether word `i` is a closed-class word ([`lexicon::is_function_word`]).
    fn function_word(&self, i: usize) -> bool {
        self.has(i, lexicon::LISTED_FUNCTION_WORD)
            || crate::lex::contraction::contraction(self.f(i)).is_some()
    }
    /// Longest gazetteer entry starting at token `i` and ending before
    /// `limit`: (number of tokens, kind, canonical).
    fn gaz_at(&self, i: usize, limit: usize) -> Option<GazHit> {
        self.gaz.with(
            i,
            self.toks.len(),
            || self.gaz_hits(i),
            |hits| hits.iter().rev().find(|h| i + h.0 <= limit).copied(),
        )
    }
    /// Every gazetteer entry starting at token `i`, shortest first: what
    /// [`Ctx::gaz_at`] picks from (the limit only cuts the list).
    fn gaz_hits(&self, i: usize) -> Vec<GazHit> {
        let mut key = String::with_capacity(64);
        let mut hits = Vec::new();
        let mut j = i;
        while j < self.toks.len() && j - i < lexicon::GAZ_MAX_WORDS {
            if j > i {
                if self.toks[j].gap != Gap::Space {
                    break;
                }
                key.push(' ');
            }
            // hyphens as spaces, copied a part at a time (not a char)
            for (n, part) in self.f(j).split('-').enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(part);
            }
            if let Some(&(kind, canon)) = lexicon::gazetteer().get(&key) {
                // Short variants ("UN", "US", "WHO") only in capitals.
                let short = key.chars().filter(|c| c.is_alphanumeric()).count() <= 3;
                let caps_ok = !short || j > i || is_all_caps(self.word(i));
                if caps_ok {
                    hits.push((j + 1 - i, kind, canon));
                }
            }
            if self.toks[j].possessive {
                break;
            }
            j += 1;
        }
        hits
    }
    fn is_name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        // most words are lower case and hold no hyphen: no name word
        // (below, such a word is neither capitalised nor a particle joined
        // to a name), told by two byte tests
        if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && !w.as_bytes().contains(&b'-')
        {
            return false;
        }
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        if w.ends_with('.') && is_initial(w) {
            return true;
        }
        // most words hold no hyphen: a byte test before the splits
        let hyphen = w.as_bytes().contains(&b'-');
        if is_capitalised(w) {
            if hyphen && w.split('-').skip(1).any(|p| !is_capitalised(p)) {
                return false;
            }
            return !self.function_word(i) || (is_all_caps(w) && w.len() > 1);
        }
        // "al-Assad", "bin-Salman": a lower-case particle joined to a
        // capitalised word. ("US-led" is not a name word; its gazetteer
        // parts are found by `hyphen_parts`.)
        if !hyphen {
            return false;
        }
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
        self.has(i, lexicon::COMMON_WORD)
            || english::is_british_noun(f)
            || (self.lower.contains(f) && !is_all_caps(w))
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
        self.has(
            i,
            lexicon::TITLE_HEAD
                .or(lexicon::DEMONYM)
                .or(lexicon::ORG_CUE)
                .or(lexicon::PLACE_CUE),
        ) || lexicon::is_first_name(f)
            || self.gaz_at(i, i + 1).is_some()
            || bodies::opens_named_for_place(self, i, self.toks.len())
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
    pub folded: Folded,
    /// Folded words that occur in lower case somewhere in the text.
    pub lower: LowerWords,
}

impl NameWords {
    /// The words of `text`, made into `toks`.
    pub fn new(text: &str, toks: &Tokens) -> NameWords {
        let (words, folded, lower) = tokens::words(text, toks);
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
        gaz: Default::default(),
        lists: Default::default(),
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
    let town = dateline_piece(&ctx);
    if let Some(d) = &town {
        pieces.retain(|p| p.hi <= d.lo || p.lo >= d.hi);
        pieces.push(d.clone());
    }
    let mut facts = resolve(&ctx, pieces);
    if let Some(d) = town {
        let span = ctx.toks.get(d.lo).zip(ctx.toks.get(d.hi - 1));
        for f in &mut facts {
            if f.kind == FactKind::Place
                && span.is_some_and(|(a, b)| f.span == Span::new(a.start, b.end))
            {
                f.role = Some(Role::Dateline);
            }
        }
    }
    facts
}

/// The town of the article's dateline ([`dateline::find`]) as a place
/// piece: the gazetteer's spelling, else the words title-cased
/// ("MARLOW" is Marlow). A town the gazetteer holds as an organisation
/// is none ("NATO —"); a bare town in capitals (no region, date or
/// agency before the dash) and a title-case town must be no ordinary
/// English word: "BREAKING —", "UPDATE —" are a section's name. A
/// title-case town needs a region the gazetteer holds as a place or an
/// abbreviation ("Ohio", "Ky."): "Jane Roe, AP —" is a byline.
fn dateline_piece(ctx: &Ctx) -> Option<Piece> {
    let d = dateline::find(ctx.text)?;
    let lo = ctx.toks.iter().position(|t| t.start >= d.start)?;
    let hi = ctx
        .toks
        .iter()
        .position(|t| t.start >= d.end)
        .unwrap_or(ctx.toks.len());
    if hi <= lo || ctx.toks[lo].start != d.start {
        return None;
    }
    // title case needs a region that is one: "Marlow, Ohio —", "Marlow,
    // Ky. —", not a byline's "Jane Roe, AP —"
    if !d.caps {
        let r = ctx.toks.iter().position(|t| Some(t.start) == d.region)?;
        let abbreviation = d.region_abbreviation;
        let place = matches!(ctx.gaz_at(r, ctx.toks.len()), Some((_, GazKind::Place, _)));
        if !(abbreviation || place) {
            return None;
        }
    }
    let value = match ctx.gaz_at(lo, hi) {
        Some((n, kind, canon)) if n == hi - lo => match kind {
            GazKind::Place => canon.to_string(),
            GazKind::Org => return None,
        },
        _ => {
            let ordinary = |i: usize| {
                let f = ctx.f(i);
                english::is_ordinary(ctx.word(i), f)
                    || lexicon::is_common_word(f)
                    || lexicon::is_function_word(f)
            };
            if (!d.marked || !d.caps) && (lo..hi).any(ordinary) {
                return None;
            }
            (lo..hi)
                .map(|i| town_word(ctx.word(i)))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    Some(Piece {
        lo,
        hi,
        bytes: None,
        class: Class::Place(value),
    })
}

/// A word of a town's name as a name is written: "WILKES-BARRE" is
/// "Wilkes-Barre", "O'FALLON" "O'Fallon"; a title-case word is kept.
fn town_word(w: &str) -> String {
    if !is_all_caps(w) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut after_letter = false;
    for c in w.chars() {
        if after_letter {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        after_letter = c.is_alphabetic();
    }
    out
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
        if !after_first || occasion_day(ctx, i) {
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
            if (joins(ctx, hi) || amp_joins(ctx, hi)) && eligible_inside(ctx, hi) {
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
        // "Casey's General Store": a business named for its owner
        if let Some(end) = classify::business_after_possessive(ctx, hi) {
            hi = end;
        }
        out.push((lo, hi));
        i = hi;
    }
    out
}

/// Whether token `i` joins the span that ends at token `i - 1` across an
/// ampersand, as one company's name ("Johnson & Johnson", "Procter &
/// Gamble", "Black & Decker"): nothing but " & " between two capitalised
/// words of one line, not after a possessive, and one of the two no
/// ordinary word ([`person_cues::unlisted_word`]): "the Deli, Grill &
/// Grocery" names no company the text can back.
fn amp_joins(ctx: &Ctx, i: usize) -> bool {
    let (Some(prev), Some(t)) = (
        i.checked_sub(1).and_then(|p| ctx.toks.get(p)),
        ctx.toks.get(i),
    ) else {
        return false;
    };
    t.gap == Gap::Other
        && !prev.possessive
        && !t.heading
        && is_capitalised(ctx.word(i))
        && is_capitalised(ctx.word(i - 1))
        && ctx
            .text
            .get(prev.full_end..t.start)
            .is_some_and(|g| g.trim() == "&")
        && (person_cues::unlisted_word(ctx, i - 1) || person_cues::unlisted_word(ctx, i))
}

/// Whether the span `lo..hi` holds an ampersand that joins two of its
/// words ([`amp_joins`]).
fn has_amp(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    (lo + 1..hi).any(|i| amp_joins(ctx, i))
}

/// A lower-case connector that may join capitalised words in a span ("of",
/// "the", "de", "van", ...; not "and", which joins separate names).
fn is_connector_tok(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    let f = ctx.f(i);
    f != "and" && w.chars().next().is_some_and(char::is_lowercase) && ctx.has(i, lexicon::CONNECTOR)
}

/// Inside a span the common-word rule does not apply, except on headings.
/// A weekday after a capitalised word that follows a preposition of time:
/// the day of an occasion ("on Oscar Sunday", "until Selection Sunday"),
/// not a person's surname.
fn occasion_day(ctx: &Ctx, i: usize) -> bool {
    crate::lex::words::weekday(ctx.f(i)).is_some()
        && i >= 2
        && matches!(
            ctx.f(i - 2),
            "on" | "for" | "before" | "after" | "until" | "till"
        )
}

fn eligible_inside(ctx: &Ctx, i: usize) -> bool {
    if ctx.toks[i].heading || ctx.toks[i].sent_start {
        return eligible(ctx, i);
    }
    ctx.is_name_word(i)
        && (!lexicon::is_date_word(ctx.f(i))
            || (lexicon::is_first_name(ctx.f(i - 1))
                && is_capitalised(ctx.word(i - 1))
                && !occasion_day(ctx, i)))
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
        if is_initial(w) || ctx.has(i, lexicon::SUFFIX) && i > lo {
            continue;
        }
        if ctx.has(i, lexicon::NAME_PARTICLE) && w.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if !ctx.is_name_word(i)
            || ctx.has(
                i,
                lexicon::ORG_CUE
                    .or(lexicon::PLACE_CUE)
                    .or(lexicon::TITLE_HEAD)
                    .or(lexicon::DEMONYM),
            )
            || ctx.has(i, lexicon::DEPARTMENT_WORD) && hi - lo == 1
            || (lexicon::is_date_word(f) && i == lo)
            || ctx.function_word(i) && !is_all_caps(w)
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

/// Text of tokens `lo..hi` with whitespace collapsed and brackets removed,
/// without the full stop of a final abbreviation ("Harbor Blvd." is
/// "Harbor Blvd", as another source writes it); an initialism keeps its
/// stops ("D.C.").
fn plain(ctx: &Ctx, lo: usize, hi: usize) -> String {
    let mut out = String::new();
    for i in lo..hi {
        if i > lo {
            out.push_str(if amp_joins(ctx, i) { " & " } else { " " });
        }
        out.push_str(ctx.word(i));
    }
    let last = hi.checked_sub(1).filter(|&k| k >= lo).map(|k| ctx.word(k));
    if last.is_some_and(|w| w.ends_with('.') && w.matches('.').count() == 1 && w.len() > 2) {
        out.pop();
    }
    out
}

fn kind_of(g: GazKind) -> FactKind {
    match g {
        GazKind::Place => FactKind::Place,
        GazKind::Org => FactKind::Org,
    }
}

/// Second pass: resolves pending words against people named in full, and
/// builds the facts.
fn resolve(ctx: &Ctx, pieces: Vec<Piece>) -> Vec<Fact> {
    let pieces = confirm_team_names(company::mark_companies(ctx, pieces));
    let mut pieces = confirm_unmarked(ctx, pieces);
    let lone = lone_surnames(ctx, &pieces);
    pieces.extend(lone);
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
    let orgs: BTreeSet<String> = pieces
        .iter()
        .filter_map(|p| match &p.class {
            Class::Org(name) => Some(name.clone()),
            _ => None,
        })
        .collect();
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
            Class::Person(name) => (FactKind::Person, fuller_name(&by_surname, name)),
            Class::Place(name) => (FactKind::Place, name),
            Class::Org(name) => (FactKind::Org, name),
            // a person's surname first ("the moves Cheeks made" after
            // "Maurice Cheeks")
            Class::Team(name) => match by_surname.get(&canonical_key(&name)) {
                Some(people) if people.len() == 1 => continue,
                _ => (FactKind::Org, full_team(&orgs, name)),
            },
            // confirmed or made pending by `confirm_unmarked`
            Class::Unmarked(_) | Class::TeamName(_) => continue,
            Class::Pending(fallback) => {
                let key = canonical_key(&plain(ctx, p.lo, p.hi));
                let surname = key.split(' ').next_back().unwrap_or("");
                let full = by_surname.get(surname).and_then(one_person).filter(|name| {
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
