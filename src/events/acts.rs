//! The acting organisation of a report: the club, company or agency that
//! is the subject of the act its headline or lead tells ("The Harbor City
//! Gulls offered free agent Dane Okafor a five-year deal", "Velmora
//! Foods agreed to buy Pinecrest Dairy"), and whom it acts on.
//!
//! Consumes a headline, the lead of a text, their tokens (the one word
//! layer, made once per document by the feature extraction) and their
//! facts (names of people, places and organisations, with spans); produces the [`Act`]s
//! the two state, in reading order (the headline first). The first is the
//! report's acting organisation; [`score::act_conflict`](super::score::act_conflict)
//! reads them: two reports of one target (a player, a company) told
//! around the acts of two different organisations (two clubs' offers, two
//! bidders) are of two events, unless one also tells the other's act.
//!
//! Narrow by design (a false conflict costs more than a missed one): an
//! act is read only where an act verb ([`ACT_VERBS`], or a verb of making
//! with an offer noun: [`MAKE_VERBS`], [`OFFER_NOUNS`]) follows, through
//! a few auxiliary words ([`AUX_WORDS`]: "have", "agreed to"), a run of
//! capitalised words that names an organisation: an organisation the name
//! finder read, a name after "the" ("the Gulls"), or a name of several
//! words that is neither a person nor a place. An organisation named
//! anywhere else is no actor.
//!
//! Guarantees: bounded work (the headline and the lead), no panic.

use super::frame::TextWords;
use crate::facts::{Fact, FactKind, FactValue};
use crate::lex::token::{Kind, Token, Tokens};

/// An act a headline or lead tells: who acts (an organisation) and on
/// whom.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Act {
    /// The acting organisation's words, folded, without "the" ("red sox",
    /// "harbor city gulls").
    pub actor: Box<str>,
    /// The first name after the act in its sentence, folded ("dane
    /// okafor", "pinecrest dairy"), if any.
    pub target: Option<Box<str>>,
    /// The headline names the actor (a word of its name), whether or not
    /// the act is told there ("Pelicans stand by Quintanilla offer" names
    /// the club whose offer its lead tells): the organisation the report
    /// is about ([`headline_actor`]).
    pub headlined: bool,
}

impl Act {
    /// Whether `self` and `other` may be acts of one organisation: their
    /// actors share a name word ("Red Sox", "Boston Red Sox", "Sox";
    /// "Angels", "Los Angeles Angels").
    pub fn same_actor(&self, other: &Act) -> bool {
        words(&self.actor).any(|w| words(&other.actor).any(|v| v == w))
    }
}

impl Act {
    /// Whether `self` and `other` are acts on one target: the same name,
    /// or a name of one word that is the other's last ("okafor", "dane
    /// okafor": news style names a person in full once, then by surname).
    /// Two companies that share only a last word ("Corvane Logistics",
    /// "Tarrow Logistics") are two.
    pub fn same_target(&self, other: &Act) -> bool {
        same_target(self.target.as_deref(), other.target.as_deref())
    }
}

/// Whether two targets are one ([`Act::same_target`]); none is no target.
pub fn same_target(x: Option<&str>, y: Option<&str>) -> bool {
    let (Some(x), Some(y)) = (x, y) else {
        return false;
    };
    x == y
        || ((!x.contains(' ') || !y.contains(' ')) && x.rsplit(' ').next() == y.rsplit(' ').next())
}

/// A report's acting organisation (its first act) and whom it acts on:
/// the first act's target, else the first target of a later act of the
/// same organisation ("Stanway weighs Ardenne's offer", then "Ardenne
/// Paper's offer for Stanway Mills").
pub fn acting(acts: &[Act]) -> Option<(&Act, Option<&str>)> {
    let first = acts.first()?;
    let target = acts
        .iter()
        .filter(|a| a.same_actor(first))
        .find_map(|a| a.target.as_deref());
    Some((first, target))
}

/// The acting organisation a report's headline names: the actor of its
/// first act the headline names ([`Act::headlined`]), when the headline
/// names no other actor of its acts. A follow-up that recalls a second
/// club's offer in its lead is still about the club its headline names;
/// a headline naming both clubs ("Comets top Pelicans' offer") is about
/// both, and has none.
pub fn headline_actor(acts: &[Act]) -> Option<&Act> {
    let mut named = acts.iter().filter(|a| a.headlined);
    let first = named.next()?;
    named.all(|a| a.same_actor(first)).then_some(first)
}

/// The name words of an actor key (function words left out).
fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ')
        .filter(|w| !w.is_empty() && !crate::lex::words::is_function_word(w))
}

/// Verbs of an organisation's act on someone or something: offering,
/// signing, hiring, firing, buying, bidding, suing, recalling,
/// announcing, and the headline verbs of acquiring ("lands", "nabs",
/// "inks").
pub const ACT_VERBS: &[&str] = &[
    "acquire",
    "acquired",
    "acquires",
    "announce",
    "announced",
    "announces",
    "bid",
    "bids",
    "bought",
    "buy",
    "buys",
    "fire",
    "fired",
    "fires",
    "hire",
    "hired",
    "hires",
    "ink",
    "inked",
    "inks",
    "land",
    "landed",
    "lands",
    "nab",
    "nabbed",
    "nabs",
    "offer",
    "offered",
    "offers",
    "recall",
    "recalled",
    "recalls",
    "sign",
    "signed",
    "signs",
    "sue",
    "sued",
    "sues",
];

/// Verbs that tell an act only with an offer noun after them ("made an
/// eight-year offer", "extend offer", "submitted a bid").
pub const MAKE_VERBS: &[&str] = &[
    "extend",
    "extended",
    "extends",
    "made",
    "make",
    "makes",
    "submit",
    "submits",
    "submitted",
];

/// Nouns of an offer that turn a [`MAKE_VERBS`] verb into an act.
pub const OFFER_NOUNS: &[&str] = &["bid", "offer", "proposal"];

/// Words that may stand between an actor and its act verb: auxiliaries,
/// adverbs of reporting, and the verbs of agreeing or planning that lead
/// into it ("have reportedly offered", "agreed to buy", "is set to sign").
pub const AUX_WORDS: &[&str] = &[
    "agree",
    "agreed",
    "agrees",
    "also",
    "are",
    "formally",
    "finally",
    "had",
    "has",
    "have",
    "is",
    "officially",
    "plan",
    "plans",
    "reportedly",
    "set",
    "to",
    "was",
    "were",
    "will",
    "would",
];

/// Most auxiliary words skipped between an actor and its verb.
const MAX_AUX: usize = 3;

/// Most words of an actor's name.
const MAX_ACTOR_WORDS: usize = 6;

/// Tokens read after a verb of making for its offer noun ("made an
/// eight-year, $200 million offer").
const OFFER_NOUN_WINDOW: usize = 10;

/// Tokens read after an act for its target.
const TARGET_WINDOW: usize = 16;

/// The acts the headline (`title`) and the lead of the text (`body`, up to
/// byte `lead`) state, the headline's first, read from their tokens and
/// facts. At most [`MAX_ACTS`].
pub fn acts(title: TextWords<'_>, body: TextWords<'_>, lead: usize) -> Vec<Act> {
    let mut out = Vec::new();
    let in_lead = body.tokens.all().partition_point(|t| t.end <= lead);
    for (words, n) in [(title, title.tokens.len()), (body, in_lead)] {
        let toks = words.tokens.all().get(..n).unwrap_or_default();
        acts_in(words, toks, &mut out);
    }
    let in_title = |w: &str| (0..title.tokens.len()).any(|i| title.tokens.word(i) == w);
    for act in &mut out {
        act.headlined = words(&act.actor).any(in_title);
    }
    out
}

/// Most acts kept per report.
pub const MAX_ACTS: usize = 6;

/// The acts of one text told by `toks` (its tokens, or the first of them),
/// appended to `out`.
fn acts_in(words: TextWords<'_>, toks: &[Token], out: &mut Vec<Act>) {
    let TextWords {
        text: src,
        tokens,
        facts,
    } = words;
    for i in 0..toks.len() {
        if out.len() >= MAX_ACTS {
            return;
        }
        // "The Gulls offered", or an offer after a possessive: "Arsenal's
        // improved offer for Rice".
        let verb = act_at(tokens, toks, i)
            .and_then(|after| Some((after, actor_before(tokens, toks, src, (i, false), facts)?)));
        let possessive = || {
            let apostrophe = possessive_before(tokens, toks, i)?;
            Some((
                i + 1,
                actor_before(tokens, toks, src, (apostrophe, true), facts)?,
            ))
        };
        let Some((after, actor)) = verb.or_else(possessive) else {
            continue;
        };
        let target = target_after(tokens, toks, after, facts).map(Into::into);
        out.push(Act {
            actor: actor.into(),
            target,
            headlined: false,
        });
    }
}

/// Whether token `i` is an act verb; then the index of the token after
/// the act (after the offer noun of a verb of making).
fn act_at(tokens: &Tokens, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let low = tokens.low_of(t);
    if ACT_VERBS.contains(&low) {
        return Some(i + 1);
    }
    if !MAKE_VERBS.contains(&low) {
        return None;
    }
    (i + 1..toks.len().min(i + 1 + OFFER_NOUN_WINDOW))
        .take_while(|&k| !ends_sentence(toks, k))
        .find(|&k| {
            toks.get(k)
                .is_some_and(|x| OFFER_NOUNS.contains(&tokens.low_of(x)))
        })
        .map(|k| k + 1)
}

/// Most tokens between a possessive and its offer noun ("Arsenal's
/// improved £50m offer": a few words, a figure; no function word nor
/// verb of speech: "Arsenal's manager said the offer" is no act).
const POSSESSIVE_WINDOW: usize = 8;

/// Whether token `i` is an offer noun ([`OFFER_NOUNS`]) after an
/// organisation's possessive "'s" ("Arsenal's offer", "the Gulls' bid"
/// is left out: the plural possessive of a team is no different word);
/// then the index of the possessive's apostrophe, which ends the actor's
/// name.
fn possessive_before(tokens: &Tokens, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || !OFFER_NOUNS.contains(&tokens.low_of(t)) {
        return None;
    }
    let mut k = i;
    for _ in 0..POSSESSIVE_WINDOW {
        k = k.checked_sub(1)?;
        if ends_sentence(toks, k) {
            return None;
        }
        let t = toks.get(k)?;
        let apostrophe = k
            .checked_sub(1)
            .and_then(|a| toks.get(a).map(|x| (a, x)))
            .filter(|(_, x)| x.kind == Kind::Sym && matches!(x.ch, '\'' | '\u{2019}'));
        if t.kind == Kind::Word && tokens.low_of(t) == "s" && t.glued() {
            if let Some((a, x)) = apostrophe {
                return x.glued().then_some(a);
            }
        }
        let low = tokens.low_of(t);
        let between = t.kind == Kind::Word
            && (verbish(low)
                || crate::lex::words::is_function_word(low)
                || matches!(low, "said" | "says" | "told" | "was" | "is"));
        if between {
            return None;
        }
    }
    None
}

/// Whether token `k` of `toks` ends a sentence or a headline's part (a
/// point inside a figure, "$1.4 billion", does not).
fn ends_sentence(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return true;
    };
    let glued_next = toks.get(k + 1).is_some_and(|n| !n.space_before());
    t.kind == Kind::Sym
        && match t.ch {
            '.' => !glued_next,
            c => matches!(c, '!' | '?' | ';' | ':' | '|'),
        }
}

/// Whether a word is an act verb or an auxiliary (it ends an actor's
/// name: in a headline in title case, "Sox Make Offer" has "Sox" before
/// "Make").
fn verbish(low: &str) -> bool {
    ACT_VERBS.contains(&low) || MAKE_VERBS.contains(&low) || AUX_WORDS.contains(&low)
}

/// Whether a capitalised word is no word of a name: a function word
/// ("A", "The" of a headline in title case: the run stops there), a
/// month or weekday, a clock's "AM" or a time zone.
fn not_name(low: &str) -> bool {
    use crate::lex::words::{is_calendar_word, is_function_word, is_time_zone, weekday};
    (is_function_word(low) && low != "the")
        || matches!(low, "a" | "an" | "am" | "pm")
        || is_calendar_word(low)
        || weekday(low).is_some()
        || is_time_zone(low)
}

/// The organisation that is the subject of the act verb at token `verb`:
/// through at most [`MAX_AUX`] auxiliary words, a run of capitalised words
/// (at most [`MAX_ACTOR_WORDS`]; "of" inside) that names an organisation
/// ([`organisation`]). Its folded words, joined by spaces. With
/// `possessive` (`verb` is the apostrophe of "Arsenal's offer"), a name of
/// one word is an actor as one after "the" is: the possessive says it
/// owns the offer.
fn actor_before(
    tokens: &Tokens,
    toks: &[Token],
    src: &str,
    (verb, possessive): (usize, bool),
    facts: &[&Fact],
) -> Option<String> {
    let mut k = verb;
    let mut aux = 0;
    while k > 0 {
        let t = toks.get(k - 1)?;
        if t.kind == Kind::Word && AUX_WORDS.contains(&tokens.low_of(t)) && aux < MAX_AUX {
            aux += 1;
            k -= 1;
        } else {
            break;
        }
    }
    let end = k;
    let mut start = end;
    while start > 0 && end - start < MAX_ACTOR_WORDS {
        let Some(t) = toks.get(start - 1) else {
            break;
        };
        let low = tokens.low_of(t);
        let name_word = t.kind == Kind::Word && t.cap() && !verbish(low) && !not_name(low);
        let inner_of = low == "of" && start < end;
        if name_word || inner_of {
            start -= 1;
        } else {
            break;
        }
    }
    // A name glued to a symbol before it is part of a compound
    // ("Eight-Year Offer") or a possessive.
    if toks.get(start).is_some_and(|t| !t.space_before()) {
        return None;
    }
    // "The" of a sentence's start is no name word; "of" opens no name.
    let mut after_the = possessive
        || start
            .checked_sub(1)
            .and_then(|b| toks.get(b))
            .is_some_and(|b| tokens.low_of(b) == "the");
    while let Some(t) = toks.get(start).filter(|_| start < end) {
        match tokens.low_of(t) {
            "the" => after_the = true,
            "of" => {}
            _ => break,
        }
        start += 1;
    }
    if start >= end {
        return None;
    }
    let (first, last) = (toks.get(start)?, toks.get(end.checked_sub(1)?)?);
    organisation(src, (first.start, last.end), end - start, after_the, facts)
}

/// Whether the capitalised run at `span` (`words` words) names an
/// organisation, and its key: the name finder's organisation key when one
/// of its organisations overlaps the run; else the run's folded words when
/// no person or place overlaps it and it is a name after "the" ("the
/// Gulls") or of several words (a sentence's first word is capitalised
/// whatever it is: "Police announced").
fn organisation(
    src: &str,
    span: (usize, usize),
    words: usize,
    after_the: bool,
    facts: &[&Fact],
) -> Option<String> {
    let overlaps = |f: &&&Fact| f.span.start < span.1 && span.0 < f.span.end;
    let mut named = facts.iter().filter(overlaps);
    if let Some(f) = named.clone().find(|f| f.kind == FactKind::Org) {
        if let FactValue::Text(name) = &f.value {
            return Some(fold_words(name));
        }
    }
    if named.any(|f| matches!(f.kind, FactKind::Person | FactKind::Place)) {
        return None;
    }
    if !(after_the || words >= 2) {
        return None;
    }
    Some(fold_words(src.get(span.0..span.1)?))
}

/// The alphabetic words of `s`, lower-cased, joined by single spaces.
fn fold_words(s: &str) -> String {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whom the act ending before token `from` is on: the first person or
/// organisation the name finder read in the next [`TARGET_WINDOW`] tokens
/// of its sentence (its last word, folded: a surname), else the first
/// capitalised word there that is no function word (a headline's "To
/// Okafor").
fn target_after(tokens: &Tokens, toks: &[Token], from: usize, facts: &[&Fact]) -> Option<String> {
    let window: Vec<&Token> = (from..toks.len().min(from + TARGET_WINDOW))
        .take_while(|&k| !ends_sentence(toks, k))
        .filter_map(|k| toks.get(k))
        .collect();
    let (first, last) = (window.first()?, window.last()?);
    let named = facts
        .iter()
        .filter(|f| matches!(f.kind, FactKind::Person | FactKind::Org))
        .filter(|f| first.start <= f.span.start && f.span.start < last.end)
        .min_by_key(|f| f.span.start);
    if let Some(f) = named {
        if let FactValue::Text(name) = &f.value {
            return Some(fold_words(name));
        }
    }
    let name_word = |t: &Token| {
        t.kind == Kind::Word && t.cap() && !not_name(tokens.low_of(t)) && !verbish(tokens.low_of(t))
    };
    let start = window.iter().position(|t| name_word(t))?;
    let run: Vec<&str> = window
        .iter()
        .skip(start)
        .take(MAX_TARGET_WORDS)
        .take_while(|t| name_word(t))
        .map(|t| tokens.low_of(t))
        .collect();
    Some(run.join(" "))
}

/// Most words of a target read without the name finder.
const MAX_TARGET_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::test_util::text_words;

    /// The acts of a headline and a lead that hold no facts.
    fn read_acts(title: &str, lead: &str) -> Vec<Act> {
        acts(
            text_words(title, &Tokens::new(title)),
            text_words(lead, &Tokens::new(lead)),
            lead.len(),
        )
    }

    fn acts_of(title: &str, lead: &str) -> Vec<(String, Option<String>)> {
        read_acts(title, lead)
            .into_iter()
            .map(|a| (a.actor.to_string(), a.target.map(|t| t.to_string())))
            .collect()
    }

    fn one(actor: &str, target: &str) -> Vec<(String, Option<String>)> {
        vec![(actor.to_string(), Some(target.to_string()))]
    }

    #[test]
    fn the_subject_of_an_act_verb_is_the_acting_organisation() {
        assert_eq!(
            acts_of("", "The Gulls have offered outfielder Dane Okafor a deal."),
            one("gulls", "dane okafor")
        );
        assert_eq!(
            acts_of("Harbor City Gulls Make Offer To Okafor", ""),
            one("harbor city gulls", "okafor")
        );
        assert_eq!(
            acts_of(
                "",
                "Velmora Foods agreed to buy Pinecrest Dairy for $2 billion."
            ),
            one("velmora foods", "pinecrest dairy")
        );
        assert_eq!(
            acts_of("", "the Port Authority of Tallis fired its director."),
            vec![("port authority of tallis".to_string(), None)]
        );
    }

    #[test]
    fn no_act_without_an_organisation_before_the_verb() {
        // A sentence's first word, a compound, a lower-case subject.
        assert!(acts_of("", "Police announced an arrest.").is_empty());
        assert!(acts_of("Gulls' Five-Year Offer to Okafor", "").is_empty());
        assert!(acts_of("", "the club offered him a deal.").is_empty());
        // A point inside a figure ends no sentence.
        assert_eq!(
            acts_of(
                "",
                "Brightwell Capital has offered $1.4 billion for Corvane Logistics."
            ),
            one("brightwell capital", "corvane logistics")
        );
        // An offer as a noun, with no verb of making.
        assert!(acts_of("", "The Gulls withdrew their offer to Okafor.").is_empty());
    }

    #[test]
    fn an_offer_after_a_possessive_is_its_owners_act() {
        assert_eq!(
            acts_of("Arsenal's improved offer for Okafor", ""),
            one("arsenal", "okafor")
        );
        assert_eq!(
            acts_of(
                "",
                "Ardenne Paper's $360 million bid for Stanway Mills was rejected."
            ),
            one("ardenne paper", "stanway mills")
        );
        // Too far from the noun, or a verb between: no act.
        assert!(acts_of("", "Arsenal's manager said the offer for Okafor stands.").is_empty());
    }

    #[test]
    fn the_headline_actor_is_the_one_organisation_the_headline_names() {
        let got = read_acts("Pelicans stand by offer", LEAD);
        assert_eq!(got.len(), 2);
        assert_eq!(
            headline_actor(&got).map(|a| &*a.actor),
            Some("marlow pelicans")
        );
        let both = read_acts("Comets top Pelicans", LEAD);
        assert!(headline_actor(&both).is_none());
    }

    const LEAD: &str = "The Marlow Pelicans offered Okafor five years, though the Tidewater Comets offered Okafor more.";

    #[test]
    fn actors_sharing_a_name_word_are_one_and_targets_one_name() {
        let act = |actor: &str| Act {
            actor: actor.into(),
            target: None,
            headlined: false,
        };
        assert!(act("red sox").same_actor(&act("boston red sox")));
        assert!(!act("red sox").same_actor(&act("los angeles angels")));
        let on = |target: &str| Act {
            actor: "gulls".into(),
            target: Some(target.into()),
            headlined: false,
        };
        assert!(on("dane okafor").same_target(&on("okafor")));
        assert!(!on("corvane logistics").same_target(&on("tarrow logistics")));
        assert!(!on("dane okafor").same_target(&on("lena okafor")));
    }
}
