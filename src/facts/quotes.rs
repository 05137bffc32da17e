//! Quotations and who said them.
//!
//! Consumes a document's original text and the name facts found in it
//! ([`super::names::extract`]); produces [`Fact`]s of kind `quote` whose
//! span is the quotation including its marks, whose value is the quoted
//! words (inner text, whitespace collapsed; the marks of a quote continued
//! over several paragraphs are left out), and whose `speaker` is the
//! canonical name of the person the text attributes it to, or null.
//! Guarantees: linear time, spans on character boundaries, no panic.
//!
//! Quotation marks: straight `"`, curly `“ ”`, low `„ “`, guillemets
//! `« »`. A quotation ends at its closing mark; a paragraph break without
//! a closing mark ends it too, unless the next paragraph opens with a quote
//! mark (the journalistic convention for a quote that runs on). A quotation
//! with no closing mark within 2,000 bytes of its last opening is dropped:
//! an unbalanced mark never swallows the rest of the document.
//!
//! Attribution, first match wins:
//! 1. after the quote, in the same sentence: `"…," Austin said`, `"…,"
//!    said Austin`, `"…," he said`, `"…," the Pentagon chief says`, `"…,"
//!    according to X`;
//! 2. before the quote, in the same sentence: `X said: "…"`, `X wrote on
//!    X: "…"`, `According to X, "…"`, `X said the allies will "…"`;
//! 3. a quote with neither directly continues the previous quote (nothing
//!    but its attribution in between, no other person named): same speaker.
//!
//! A subject that is a person's name gives that person. "he"/"she" gives
//! the later of the previous quote's speaker and the last person named as
//! the subject of a clause before the quote. A definite title ("the
//! minister", "the Pentagon chief", "the Ukrainian Defense Minister") gives
//! the one person described earlier with a compatible title (same role
//! class, and the same portfolio and nationality where both are known);
//! when that is not unique, the previous quote's speaker in the same
//! paragraph if compatible; else null. Organisations and things ("the post
//! said") give null.
//!
//! Kept: quotes of four or more words, and shorter ones with a speaker.
//! Short unattributed quotes are titles and scare quotes ("American Pie").

use super::names::lexicon;
use super::names::tokens::{is_capitalised, Folded, Gap, Word};
use super::names::NameWords;
use super::*;
use crate::lex::Tokens;

/// Longest stretch of a quotation without a closing or continuing mark.
const MAX_SEGMENT: usize = 2000;

/// Words a quote needs to be kept without a speaker.
const MIN_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Straight,
    Curly,
    Low,
    Guillemet,
    RightCurly,
}

fn opener(prev: Option<char>, c: char, next: Option<char>) -> Option<Family> {
    // most characters open nothing: rejected before their context is read
    if !matches!(c, '"' | '\u{201c}' | '\u{201e}' | '\u{00ab}' | '\u{201d}') {
        return None;
    }
    let open_context = prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '-' | '\u{2013}' | '\u{2014}' | '/')
    });
    let next_ok = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '"' if open_context && next_ok => Some(Family::Straight),
        '\u{201c}' if next_ok => Some(Family::Curly),
        '\u{201e}' if next_ok => Some(Family::Low),
        '\u{00ab}' if next_ok => Some(Family::Guillemet),
        '\u{201d}' if open_context && next.is_some_and(char::is_alphanumeric) => {
            Some(Family::RightCurly)
        }
        _ => None,
    }
}

fn closes(f: Family, c: char) -> bool {
    match f {
        Family::Straight => matches!(c, '"' | '\u{201d}'),
        Family::Curly => matches!(c, '\u{201d}' | '"'),
        Family::Low => matches!(c, '\u{201c}' | '\u{201d}'),
        Family::Guillemet => c == '\u{00bb}',
        Family::RightCurly => c == '\u{201d}',
    }
}

/// Whether `c` re-opens a quote of family `f` at the start of a paragraph.
fn reopens(f: Family, c: char) -> bool {
    match f {
        Family::Straight | Family::Curly | Family::RightCurly => {
            matches!(c, '"' | '\u{201c}' | '\u{201d}')
        }
        Family::Low => matches!(c, '\u{201e}' | '\u{201c}'),
        Family::Guillemet => c == '\u{00ab}',
    }
}

/// A quotation found by the scanner.
#[derive(Debug, Clone)]
struct RawQuote {
    /// Byte of the opening mark.
    start: usize,
    /// One past the closing mark.
    end: usize,
    /// Byte ranges of the quoted words, one per paragraph.
    inner: Vec<(usize, usize)>,
}

/// Finds quotations (see the module documentation). Linear: after a failed
/// opening mark the scan resumes where the failed search stopped, since no
/// closing mark lies between.
fn scan(text: &str) -> Vec<RawQuote> {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let n = cs.len();
    let byte = |k: usize| cs.get(k).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut k = 0;
    while k < n {
        let prev = k.checked_sub(1).map(|p| cs[p].1);
        let next = cs.get(k + 1).map(|&(_, c)| c);
        let Some(fam) = opener(prev, cs[k].1, next) else {
            k += 1;
            continue;
        };
        let mut inner = Vec::new();
        let mut seg_start = k + 1;
        let mut j = k + 1;
        let mut closed = None;
        while j < n {
            let c = cs[j].1;
            if byte(j) - byte(seg_start) > MAX_SEGMENT {
                break;
            }
            if closes(fam, c) {
                inner.push((byte(seg_start), byte(j)));
                closed = Some(j);
                break;
            }
            if c == '\n' {
                let mut m = j;
                while m < n && cs[m].1.is_whitespace() {
                    m += 1;
                }
                if m < n && reopens(fam, cs[m].1) {
                    inner.push((byte(seg_start), byte(j)));
                    seg_start = m + 1;
                    j = m + 1;
                    continue;
                }
                break;
            }
            j += 1;
        }
        match closed {
            Some(c) => {
                out.push(RawQuote {
                    start: byte(k),
                    end: byte(c + 1),
                    inner,
                });
                k = c + 1;
            }
            None => k = j.max(k + 1),
        }
    }
    out
}

/// The quoted words: inner text with whitespace collapsed.
fn quoted_words(text: &str, q: &RawQuote) -> String {
    let mut out = String::new();
    for &(s, e) in &q.inner {
        for w in text.get(s..e).unwrap_or("").split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// A person mention from the name facts.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    name: String,
}

/// A title description: role class, portfolio, nationality.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Role {
    head: Option<&'static str>,
    domain: Option<&'static str>,
    nation: Option<String>,
}

impl Role {
    fn is_empty(&self) -> bool {
        self.head.is_none() && self.domain.is_none() && self.nation.is_none()
    }
    /// Whether `self` (a description in a quote attribution) can describe
    /// a person described as `other`.
    fn compatible(&self, other: &Role) -> bool {
        let head_ok = match (self.head, other.head) {
            (Some(a), Some(b)) => a == b || a == "*" || b == "*",
            _ => true,
        };
        let domain_ok = match (self.domain, other.domain) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let nation_ok = match (&self.nation, &other.nation) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        head_ok && domain_ok && nation_ok
    }
}

/// Role class of a title word.
fn role_head(f: &str) -> Option<&'static str> {
    Some(match f {
        "secretary" | "minister" | "chief" | "head" | "ministers" => "minister",
        "president" | "leader" | "premier" | "chancellor" => "president",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "general" | "gen" | "commander" | "admiral" | "colonel" => "commander",
        "ambassador" | "envoy" | "diplomat" => "ambassador",
        "counterpart" | "official" | "politician" => "*",
        _ => return None,
    })
}

fn role_domain(f: &str) -> Option<&'static str> {
    Some(match f {
        "defense" | "defence" | "pentagon" | "war" | "military" => "defense",
        "foreign" | "state" | "diplomatic" => "foreign",
        "finance" | "treasury" => "finance",
        "interior" | "homeland" => "interior",
        "health" => "health",
        _ => return None,
    })
}

fn nation_of(f: &str) -> Option<String> {
    let f = f.trim_end_matches('s');
    Some(
        match f {
            "us" | "usa" | "american" | "america" | "pentagon" | "white house" => "us",
            "ukrainian" | "ukraine" => "ukraine",
            "russian" | "russia" | "kremlin" => "russia",
            "british" | "uk" | "britain" => "uk",
            "french" | "france" => "france",
            "german" | "germany" => "germany",
            "israeli" | "israel" => "israel",
            "chinese" | "china" => "china",
            _ => return None,
        }
        .to_string(),
    )
}

/// Reads a role from title words (folded).
fn role_of<'a>(words: impl Iterator<Item = &'a str>) -> Role {
    let mut r = Role::default();
    for w in words {
        if let Some(h) = role_head(w) {
            r.head = Some(h);
        }
        if let Some(d) = role_domain(w) {
            r.domain = r.domain.or(Some(d));
        }
        if let Some(n) = nation_of(w) {
            r.nation = r.nation.or(Some(n));
        }
    }
    r
}

struct Doc<'a> {
    text: &'a str,
    toks: &'a [Word],
    folded: &'a Folded,
    mentions: Vec<Mention>,
    /// Per mention: the title words written right before it.
    roles: Vec<Role>,
    /// Per mention: whether it is the subject of its clause.
    subject: Vec<bool>,
}

impl Doc<'_> {
    fn f(&self, i: usize) -> &str {
        self.folded.get(i)
    }
    /// Index of the first token starting at or after byte `b`.
    fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }
    /// The person mention covering token `i`, if any.
    fn mention_at_tok(&self, i: usize) -> Option<&Mention> {
        let t = self.toks.get(i)?;
        let m = self.mentions.partition_point(|m| m.end <= t.start);
        self.mentions
            .get(m)
            .filter(|m| m.start <= t.start && t.end <= m.end)
    }
}

fn is_boundary(g: Gap) -> bool {
    matches!(g, Gap::Stop | Gap::Newline | Gap::Para | Gap::Colon)
}

fn is_pronoun(f: &str) -> bool {
    matches!(f, "he" | "she")
}

/// Adverbs and auxiliaries allowed between a subject and its verb of
/// saying ("Austin also said", "Umerov further added").
fn is_filler(f: &str) -> bool {
    matches!(
        f,
        "also"
            | "further"
            | "then"
            | "later"
            | "reportedly"
            | "publicly"
            | "again"
            | "has"
            | "had"
            | "have"
            | "was"
            | "is"
            | "once"
            | "previously"
            | "earlier"
            | "recently"
            | "repeatedly"
            | "in"
            | "a"
            | "an"
            | "the"
            | "statement"
            | "interview"
            | "on"
            | "social"
            | "media"
            | "x"
            | "twitter"
            | "facebook"
            | "telegram"
    )
}

fn build_doc<'a>(
    text: &'a str,
    words: &'a NameWords,
    names: &[Fact],
    quotes: &[RawQuote],
) -> Doc<'a> {
    let toks = &words.words[..];
    let folded = &words.folded;
    let mut mentions: Vec<Mention> = names
        .iter()
        .filter(|f| f.kind == FactKind::Person)
        .filter_map(|f| match &f.value {
            FactValue::Text(name) => Some(Mention {
                start: f.span.start,
                end: f.span.end,
                name: name.clone(),
            }),
            _ => None,
        })
        // Names inside quotations are not speakers.
        .filter(|m| !quotes.iter().any(|q| q.start <= m.start && m.end <= q.end))
        .collect();
    mentions.sort_by_key(|m| (m.start, m.end));
    let mut doc = Doc {
        text,
        toks,
        folded,
        mentions,
        roles: Vec::new(),
        subject: Vec::new(),
    };
    for m in &doc.mentions {
        let i = doc.tok_at(m.start);
        // Title words right before the name: "U.S. Secretary of Defense",
        // "his Ukrainian counterpart".
        let mut words = Vec::new();
        let mut k = i;
        while k > 0 && words.len() < 8 && !is_boundary(doc.toks[k].gap) {
            let f = doc.f(k - 1);
            let titleish = lexicon::is_title_head(f)
                || lexicon::is_department_word(f)
                || lexicon::is_demonym(f)
                || lexicon::is_role_noun(f)
                || role_head(f).is_some()
                || nation_of(f).is_some()
                || matches!(f, "of" | "for" | "the");
            if !titleish || doc.toks[k].gap != Gap::Space {
                break;
            }
            words.push(f.to_string());
            k -= 1;
        }
        doc.roles.push(role_of(words.iter().map(String::as_str)));
        // Subject: only capitalised words (titles) or determiners between
        // the clause start and the name.
        let mut k = i;
        let mut subject = true;
        while k > 0 && !is_boundary(doc.toks[k].gap) && doc.toks[k].gap != Gap::Comma {
            let w = doc.toks[k - 1].text(text);
            let f = doc.f(k - 1);
            if !(is_capitalised(w) || matches!(f, "the" | "a" | "an" | "of" | "his" | "her")) {
                subject = false;
                break;
            }
            k -= 1;
        }
        doc.subject.push(subject);
    }
    doc
}

/// What an attribution clause names as the speaker.
#[derive(Debug, Clone)]
enum Who {
    Person(String),
    Pronoun,
    Title(Role),
    Other,
}

/// Reads the noun phrase of tokens `lo..hi` (a subject or the object of
/// "according to").
fn noun_phrase(doc: &Doc, lo: usize, hi: usize) -> Option<Who> {
    if lo >= hi {
        return None;
    }
    for i in lo..hi {
        if let Some(m) = doc.mention_at_tok(i) {
            return Some(Who::Person(m.name.clone()));
        }
    }
    let first = doc.f(lo);
    if hi - lo == 1 && is_pronoun(first) {
        return Some(Who::Pronoun);
    }
    if matches!(first, "the" | "his" | "her" | "their" | "a" | "an" | "its") {
        let role = role_of((lo + 1..hi).map(|i| doc.f(i)));
        if role.head.is_some() {
            return Some(Who::Title(role));
        }
    }
    Some(Who::Other)
}

/// Attribution after the quote: `"…," Austin said`, `"…," said the
/// minister`, `"…," according to X`.
fn after(doc: &Doc, q: &RawQuote, next_quote: usize) -> Option<Who> {
    let lo = doc.tok_at(q.end);
    let mut hi = lo;
    while hi < doc.toks.len()
        && hi < lo + 14
        && doc.toks[hi].start < next_quote
        && (hi == lo || !is_boundary(doc.toks[hi].gap))
    {
        if hi == lo && matches!(doc.toks[hi].gap, Gap::Newline | Gap::Para) {
            return None;
        }
        hi += 1;
    }
    if lo >= hi {
        return None;
    }
    // "according to X"
    if doc.f(lo) == "according" && lo + 1 < hi && doc.f(lo + 1) == "to" {
        let end = clause_end(doc, lo + 2, hi);
        return noun_phrase(doc, lo + 2, end);
    }
    let v = (lo..hi).find(|&i| lexicon::is_speech_verb(doc.f(i)))?;
    if v == lo {
        // "said Austin", "said the minister"
        let end = clause_end(doc, v + 1, hi);
        return noun_phrase(doc, v + 1, end);
    }
    // Subject before the verb, with fillers allowed just before it.
    let mut s_end = v;
    while s_end > lo && is_filler(doc.f(s_end - 1)) && doc.mention_at_tok(s_end - 1).is_none() {
        s_end -= 1;
    }
    if v - lo > 7 {
        return None;
    }
    noun_phrase(doc, lo, s_end)
}

/// End of a noun phrase: the first comma, verb or lower-case preposition.
fn clause_end(doc: &Doc, lo: usize, hi: usize) -> usize {
    let mut i = lo;
    while i < hi {
        if i > lo && doc.toks[i].gap != Gap::Space {
            break;
        }
        let f = doc.f(i);
        if i > lo
            && matches!(
                f,
                "in" | "on" | "at" | "who" | "during" | "after" | "when" | "that"
            )
        {
            break;
        }
        i += 1;
    }
    i
}

/// Attribution before the quote in the same sentence: `X said: "…"`,
/// `According to X, "…"`, `X said the allies will "…"`.
fn before(doc: &Doc, q: &RawQuote, prev_quote_end: usize) -> Option<Who> {
    let hi = doc.tok_at(q.start);
    // Sentence start (or the end of the previous quote).
    let mut lo = hi;
    while lo > 0 {
        let t = &doc.toks[lo - 1];
        if t.start < prev_quote_end {
            break;
        }
        lo -= 1;
        if is_boundary(doc.toks[lo].gap) && doc.toks[lo].gap != Gap::Colon {
            break;
        }
        if hi - lo > 80 {
            return None;
        }
    }
    if lo >= hi {
        return None;
    }
    // "According to X, ..."
    if let Some(a) =
        (lo..hi.saturating_sub(1)).find(|&i| doc.f(i) == "according" && doc.f(i + 1) == "to")
    {
        let end = clause_end(doc, a + 2, hi);
        if let Some(who) = noun_phrase(doc, a + 2, end) {
            return Some(who);
        }
    }
    let v = (lo..hi)
        .rev()
        .find(|&i| lexicon::is_speech_verb(doc.f(i)) && doc.mention_at_tok(i).is_none())?;
    let mut s_end = v;
    while s_end > lo && is_filler(doc.f(s_end - 1)) && doc.mention_at_tok(s_end - 1).is_none() {
        s_end -= 1;
    }
    // The subject: the words after the last comma before the verb.
    let mut s_lo = s_end;
    while s_lo > lo && s_end - s_lo < 8 {
        if doc.toks[s_lo].gap != Gap::Space && s_lo < s_end {
            break;
        }
        s_lo -= 1;
    }
    if doc.toks[s_lo].gap != Gap::Space && s_lo < s_end && s_lo > lo {
        // s_lo begins a clause; keep it.
    }
    let who = noun_phrase(doc, s_lo, s_end);
    match who {
        Some(Who::Other) | None => {
            // "Umerov shared a post on X and said, …": the clause subject.
            let subj = doc
                .mentions
                .iter()
                .enumerate()
                .filter(|(i, m)| {
                    doc.subject[*i] && m.start >= doc.toks[lo].start && m.end <= doc.toks[v].start
                })
                .map(|(_, m)| m.name.clone())
                .next_back();
            if doc.f(s_end.saturating_sub(1)) == "and" || subj.is_some() && s_end == s_lo {
                return subj.map(Who::Person);
            }
            subj.map(Who::Person).or(who)
        }
        other => other,
    }
}

/// Position and speaker of an attributed quote.
struct Said {
    pos: usize,
    speaker: Option<String>,
    para: usize,
}

fn paragraph_of(text: &str, pos: usize) -> usize {
    text.get(..pos)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |p| p + 1)
}

/// Extracts quotations and their speakers (see the module documentation),
/// sorted by span.
pub fn extract(text: &str, names: &[Fact]) -> Vec<Fact> {
    extract_words(text, &NameWords::new(text, &Tokens::new(text)), names)
}

/// [`extract`] over the words of `text` the name tagger read.
pub(crate) fn extract_words(text: &str, words: &NameWords, names: &[Fact]) -> Vec<Fact> {
    let raw = scan(text);
    if raw.is_empty() {
        return Vec::new();
    }
    let doc = build_doc(text, words, names, &raw);
    let mut out = Vec::new();
    let mut prev: Option<Said> = None;
    for (qi, q) in raw.iter().enumerate() {
        let next_start = raw.get(qi + 1).map_or(text.len(), |n| n.start);
        let prev_end = qi.checked_sub(1).map_or(0, |p| raw[p].end);
        let para = paragraph_of(text, q.start);
        let who = after(&doc, q, next_start).or_else(|| before(&doc, q, prev_end));
        let speaker = match who {
            Some(Who::Person(name)) => Some(name),
            Some(Who::Pronoun) => pronoun(&doc, q, prev.as_ref()),
            Some(Who::Title(role)) => title(&doc, q, &role, prev.as_ref(), para),
            Some(Who::Other) => None,
            None => continuation(&doc, q, prev.as_ref(), prev_end),
        };
        let words = quoted_words(text, q);
        let n_words = words
            .split(' ')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        if n_words >= MIN_WORDS || (speaker.is_some() && n_words > 0) {
            let mut f = Fact::new(
                FactKind::Quote,
                Span::new(q.start, q.end),
                FactValue::Text(words),
            );
            f.speaker = speaker.clone();
            out.push(f);
        }
        prev = Some(Said {
            pos: q.end,
            speaker,
            para,
        });
    }
    out
}

/// "he said": the later of the previous quote's speaker and the last person
/// named as a clause subject before the quote (else the last person named).
fn pronoun(doc: &Doc, q: &RawQuote, prev: Option<&Said>) -> Option<String> {
    let before_q = doc.mentions.partition_point(|m| m.end <= q.start);
    let subject = (0..before_q).rev().find(|&i| doc.subject[i]);
    let any = before_q.checked_sub(1);
    let cand = subject
        .or(any)
        .map(|i| (doc.mentions[i].start, doc.mentions[i].name.clone()));
    match (
        cand,
        prev.and_then(|p| p.speaker.clone().map(|s| (p.pos, s))),
    ) {
        (Some((mp, m)), Some((pp, p))) => Some(if pp > mp { p } else { m }),
        (Some((_, m)), None) => Some(m),
        (None, Some((_, p))) => Some(p),
        (None, None) => None,
    }
}

/// "the minister said": the one person described earlier with a compatible
/// title; else the previous speaker in the paragraph when compatible.
fn title(doc: &Doc, q: &RawQuote, role: &Role, prev: Option<&Said>, para: usize) -> Option<String> {
    let before_q = doc.mentions.partition_point(|m| m.end <= q.start);
    let mut matches: Vec<&str> = Vec::new();
    for i in 0..before_q {
        let r = &doc.roles[i];
        if !r.is_empty() && r.head.is_some() && role.compatible(r) {
            let name = doc.mentions[i].name.as_str();
            if !matches.contains(&name) {
                matches.push(name);
            }
        }
    }
    if let [one] = matches.as_slice() {
        return Some(one.to_string());
    }
    let p = prev.filter(|p| p.para == para)?;
    let name = p.speaker.as_deref()?;
    let conflict = (0..before_q)
        .filter(|&i| doc.mentions[i].name == name)
        .all(|i| !doc.roles[i].is_empty() && !role.compatible(&doc.roles[i]))
        && (0..before_q).any(|i| doc.mentions[i].name == name && !doc.roles[i].is_empty());
    (!conflict).then(|| name.to_string())
}

/// An unattributed quote right after an attributed one: in the same
/// paragraph with only the attribution between (`"…," Austin said. "…"`),
/// or opening the next paragraph right after it. No other person named in
/// between.
fn continuation(doc: &Doc, q: &RawQuote, prev: Option<&Said>, prev_end: usize) -> Option<String> {
    let p = prev?;
    let name = p.speaker.as_deref()?;
    let lo = doc.tok_at(prev_end);
    let hi = doc.tok_at(q.start);
    if hi - lo > 12 {
        return None;
    }
    let has_verb = (lo..hi).any(|i| lexicon::is_speech_verb(doc.f(i)));
    let para = paragraph_of(doc.text, q.start);
    let same_para = p.para == para;
    let opens_para = doc
        .text
        .get(para..q.start)
        .is_some_and(|t| t.trim().is_empty());
    let breaks = doc
        .text
        .get(prev_end..q.start)
        .map_or(0, |t| t.matches('\n').count());
    let ok = if same_para {
        has_verb || hi == lo
    } else {
        opens_para && breaks <= 2 && (has_verb || hi == lo)
    };
    let other = doc
        .mentions
        .iter()
        .any(|m| m.start >= prev_end && m.end <= q.start && m.name != name);
    (ok && !other).then(|| name.to_string())
}

#[cfg(test)]
mod tests;
