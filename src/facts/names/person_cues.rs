//! Person cues of the classifier: what around a capitalised span says
//! it names a person (a verb of saying or acting after it, an age, a
//! role noun or title before it), the shape of a given name and surname
//! no word list holds, and the splits of a span at a title or at a
//! person's "of".
//!
//! Used by [`super::classify`]; looks only at the span and a few tokens
//! around it.

use super::english;
use super::town_cues::keeps_place;
use super::*;
use crate::lex::words::looks_plural;

/// Words of saying right after the span, optionally after an adverb or
/// an auxiliary ("Stoltenberg said", "Austin also said", "LaRue had
/// stressed"), or after the noun a possessive span owns ("Flynn's
/// roommate testified"); not after a noun the span modifies ("Federal
/// authorities said", "Forensic experts said").
fn followed_by_speech(ctx: &Ctx, hi: usize) -> bool {
    let owner = hi > 0 && ctx.toks[hi - 1].possessive;
    for k in hi..(hi + 2).min(ctx.toks.len()) {
        if ctx.toks[k].gap != Gap::Space || is_capitalised(ctx.word(k)) {
            return false;
        }
        let f = ctx.f(k);
        if lexicon::is_speech_verb(f) {
            return true;
        }
        if !(owner || english::is_adverb(f) || AUXILIARIES.contains(&f)) {
            return false;
        }
    }
    false
}

/// Auxiliaries that may stand between a name and its verb of saying
/// ("Tate has said", "LaRue had stressed"), folded.
const AUXILIARIES: &[&str] = &[
    "could", "did", "does", "had", "has", "have", "is", "may", "might", "should", "was", "were",
    "will", "would",
];

/// A verb right after the span (optionally after an adverb), in lower
/// case: "Peyton Manning threw", "Tomas Elgren was hurt", "Shaniqua
/// Vance later told". Any past tense, participle, present in "-s" or
/// modal of the English word list ([`english::is_verb`]).
pub(super) fn followed_by_verb(ctx: &Ctx, hi: usize) -> bool {
    if hi == 0 || ctx.toks[hi - 1].possessive {
        return false;
    }
    for k in hi..(hi + 2).min(ctx.toks.len()) {
        let w = ctx.word(k);
        if ctx.toks[k].gap != Gap::Space || !w.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        if english::is_verb(ctx.f(k)) {
            return true;
        }
        if !english::is_adverb(ctx.f(k)) {
            return false;
        }
    }
    false
}

/// Whether tokens `lo..hi` are two or three name words that no word list
/// holds as ordinary English ([`english::is_ordinary`]), a gazetteer
/// entry, a word that keeps a place a place ("East", "Central"), or a
/// word the document writes in lower case: a given name and surname
/// whatever the given name ("Samir Bellweather", "Tomas J. Elgren"), not
/// "Boise State", "Heavy Rain" or "East Flatbush". A middle initial may
/// stand between them; the given name is no adjective ("Young Frederick
/// worked"). Not after an article ("the Tomball Rockets won" is a team),
/// not in capitals, not a company's camel case.
pub(super) fn unlisted_name(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    unlisted_given_name(ctx, lo, hi)
        && (lo..hi).all(|i| is_initial(ctx.word(i)) || unlisted_word(ctx, i))
}

/// As [`unlisted_name`], but only the given name must be unlisted: after
/// a role noun, the surname may be an ordinary word ("Quarterback Dashon
/// Frill threw"), still never one the document writes in lower case.
pub(super) fn unlisted_given_name(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let words = (lo..hi).filter(|&i| !is_initial(ctx.word(i))).count();
    let after_article = lo > 0 && matches!(ctx.f(lo - 1), "the" | "a" | "an");
    (2..=3).contains(&words)
        && !after_article
        && name_like(ctx, lo, hi)
        && !english::is_adjective(ctx.f(lo))
        && unlisted_word(ctx, lo)
        && (lo..hi).all(|i| {
            let (w, f) = (ctx.word(i), ctx.f(i));
            !ctx.lower.contains(f) && !is_all_caps(w) && ctx.gaz_at(i, i + 1).is_none()
        })
}

/// Two or three name words no list holds ([`unlisted_name`]), or two
/// whose given name is unlisted ([`unlisted_given_name`]) and whose
/// surname keeps no place and is no camel case, whatever English word
/// it is ("Jessamy Fields"): a person once the document names the
/// surname alone as one ([`Class::Unmarked`]). A verb after it is no
/// such evidence: "Halvorsen Freight agreed to buy" is a company.
pub(super) fn given_name_first(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    if unlisted_name(ctx, lo, hi) {
        return true;
    }
    let last = hi - 1;
    hi == lo + 2
        && unlisted_given_name(ctx, lo, hi)
        && !keeps_place(ctx.f(last))
        && !camel_case(ctx.word(last))
}

/// One name word no list holds: no ordinary English word, no word that
/// keeps a place, not written in lower case in the document, not in
/// capitals, no camel case, no gazetteer entry.
pub(super) fn unlisted_word(ctx: &Ctx, i: usize) -> bool {
    let (w, f) = (ctx.word(i), ctx.f(i));
    !english::is_ordinary(w, f)
        && !keeps_place(f)
        && !ctx.lower.contains(f)
        && !is_all_caps(w)
        && !camel_case(w)
        && ctx.gaz_at(i, i + 1).is_none()
}

/// A role noun that begins a sentence before a name ("Kicker Samir
/// Bellweather missed", "Neighbour Shaniqua Vance heard"): the role is
/// never part of the name. A title ("Governor Palin", "Mr. Lee") is left
/// to the title rule; the name has two or three words. Returns the first
/// token of the name.
pub(super) fn leading_role(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let t = &ctx.toks[lo];
    let f = ctx.f(lo);
    let names = (lo + 1..hi).filter(|&i| !is_initial(ctx.word(i))).count();
    (t.sent_start
        && !t.heading
        && (2..=3).contains(&names)
        && lexicon::is_role_noun(f)
        && !lexicon::is_title_head(f))
    .then_some(lo + 1)
}

/// An ordinary English word that begins a sentence ("Injured",
/// "Veteran", "Unbeaten"), then an unlisted name followed by a verb or an
/// age: returns the first token of the name.
pub(super) fn leading_ordinary(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let t = &ctx.toks[lo];
    let k = lo + 1;
    (t.sent_start
        && !t.heading
        && (english::is_ordinary(ctx.word(lo), ctx.f(lo)) || negated_ordinary(ctx.f(lo)))
        && unlisted_name(ctx, k, hi)
        && (followed_by_verb(ctx, hi) || followed_by_age(ctx, hi)))
    .then_some(k)
}

/// A plural common noun that opens a sentence, then "of" (and "the"),
/// then more words: "Shares of Lockheed Martin", "Residents of
/// Lemsford", "Fans of the Jaguars". The noun is capitalised only by its
/// place and names nothing; returns the first token after the
/// connectors. Not a cue of an organisation or place ("Friends of the
/// Earth" is capitalised mid-sentence, so never reaches here; "Forces of
/// ..." keeps its cue), a title, a first name or a gazetteer entry.
pub(super) fn after_opening_plural_of(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let t = &ctx.toks[lo];
    let f = ctx.f(lo);
    let plural_noun = looks_plural(f) && english::is_ordinary(ctx.word(lo), f);
    let kept = lexicon::is_org_cue(f)
        || lexicon::is_place_cue(f)
        || lexicon::is_title_head(f)
        || lexicon::is_first_name(f)
        || ctx.gaz_at(lo, hi).is_some();
    if !t.sent_start || t.heading || !plural_noun || kept || ctx.f(lo + 1) != "of" {
        return None;
    }
    let mut k = lo + 1;
    while k < hi && is_connector_tok(ctx, k) {
        k += 1;
    }
    (k > lo + 1 && k < hi).then_some(k)
}

/// Shortest word after "un" that [`negated_ordinary`] looks up.
const MIN_NEGATED_STEM: usize = 4;

/// An adjective the word list lacks, made of "un" and a word it holds
/// ("Unbeaten", "Unseeded", "Undrafted"; folded): an ordinary word, not
/// the given name of "Unbeaten Radek Solvaggio". A name that begins with
/// "Un" ("Underwood", "Unger") leaves no English word after it.
fn negated_ordinary(f: &str) -> bool {
    f.strip_prefix("un")
        .is_some_and(|rest| rest.len() >= MIN_NEGATED_STEM && english::is_ordinary(rest, rest))
}

/// An age right before the name, which then ends its phrase: "a
/// 16-year-old Kimani Gray in Brooklyn", not "a 30-year-old Tomball High
/// student" (a lower-case noun after the span: the words modify it).
pub(super) fn preceded_by_age(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let modifies = ctx.toks.get(hi).is_some_and(|next| {
        next.gap == Gap::Space
            && ctx.word(hi).starts_with(|c: char| c.is_lowercase())
            && english::is_noun(ctx.f(hi))
    });
    lo > 0 && ctx.toks[lo].gap == Gap::Space && ctx.f(lo - 1).ends_with("-year-old") && !modifies
}

/// An age in commas right after the name: "Tyrell Vance, 24, was
/// arrested", "the victim, Maria Lopez, 31, of Dayton". Ages 1 to 110,
/// written as digits.
pub(super) fn followed_by_age(ctx: &Ctx, hi: usize) -> bool {
    let Some(last) = hi.checked_sub(1).and_then(|k| ctx.toks.get(k)) else {
        return false;
    };
    let Some(rest) = ctx
        .text
        .get(last.full_end..)
        .and_then(|r| r.strip_prefix(", "))
    else {
        return false;
    };
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let age = rest.get(..n).and_then(|d| d.parse::<u32>().ok());
    age.is_some_and(|a| (1..=110).contains(&a)) && rest.get(n..).is_some_and(|r| r.starts_with(','))
}

/// Whether a person's cue stands around the span `lo..hi`: a verb of
/// saying after it ("Wells said") or a cue before it ("said Wells").
pub(super) fn cued(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    followed_by_speech(ctx, hi) || preceded_by_person_cue(ctx, lo)
}

/// "according to X", "said X", "spokesman X", "told X", "alderman X",
/// "council member X".
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
        || lexicon::is_civic_title(p)
        || (p == "member" && lo >= 2 && lexicon::is_member_body(ctx.f(lo - 2)))
        || matches!(p, "said" | "says" | "added" | "wrote")
}

/// "SeaMicro", "TallGrass": an inner capital not after a surname prefix
/// (Mc, Mac, O', De, Di, Du, La, Le, Van) nor after the apostrophe of a
/// short prefix of a given name ("D'Andre", "Ka'Loni", "De'Aundre":
/// [`lexicon::given_name_prefix`]).
pub(super) fn camel_case(w: &str) -> bool {
    let w = match w.split_once(['\'', '\u{2019}']) {
        Some((prefix, rest)) if lexicon::given_name_prefix(prefix) => rest,
        _ => w,
    };
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

/// A given name written with an apostrophe after a short capitalised
/// prefix and a capital after it ("Ka'Loni", "Ja'Marcus", "De'Aundre"),
/// listed or not: such a word opens a person's name. Not the surname
/// prefix "O'" ("O'Neal").
pub(super) fn apostrophe_given_name(w: &str) -> bool {
    let Some((prefix, rest)) = w.split_once(['\'', '\u{2019}']) else {
        return false;
    };
    let mut tail = rest.chars();
    lexicon::given_name_prefix(prefix)
        && prefix != "O"
        && prefix.chars().next().is_some_and(char::is_uppercase)
        && tail.next().is_some_and(char::is_uppercase)
        && tail.clone().count() >= 2
        && tail.all(char::is_lowercase)
}

/// A word that ends like a surname ([`lexicon::SURNAME_ENDINGS`]: "-son",
/// "-ski", ...) with a stem before the ending, and no gazetteer entry.
pub(super) fn surname_shaped(w: &str) -> bool {
    let f = fold(w);
    !lexicon::gazetteer().contains_key(&f)
        && lexicon::SURNAME_ENDINGS
            .iter()
            .any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// Splits a span into a title part and a name part: returns the index of
/// the first name token when a title head is followed by a valid name.
pub(super) fn title_split(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let mut best = None;
    for h in lo..hi {
        let head = ctx.f(h);
        if !lexicon::is_title_head(head) && !member_title(ctx, lo, h) {
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
            // A civic title names its official by the surname alone,
            // whatever ordinary word it is ("Alderman Price").
            let f = ctx.f(k);
            let civic = lexicon::is_civic_title(head) || member_title(ctx, lo, h);
            if ctx.lower.contains(f)
                || (lexicon::is_common_word(f) && !civic)
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

/// Whether token `h` is the "member" of a two-word civic title inside the
/// span from `lo` ("Council member Harmon", "Board Member Ruiz").
fn member_title(ctx: &Ctx, lo: usize, h: usize) -> bool {
    h > lo && ctx.f(h) == "member" && lexicon::is_member_body(ctx.f(h - 1))
}

/// "Capt. Tom Tennant of the Woodburn Police Department": a person, then
/// "of" and an organisation or place. Returns the index of the "of".
pub(super) fn person_of_split(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    (lo + 1..hi).find(|&c| {
        let full_name = (2..=3).contains(&(c - lo))
            && (lexicon::is_first_name(ctx.f(lo))
                || apostrophe_given_name(ctx.word(lo))
                || unlisted_name(ctx, lo, c))
            && name_like(ctx, lo, c);
        let cued = || {
            (c + 1..hi).any(|i| {
                lexicon::is_org_cue(ctx.f(i))
                    || lexicon::is_place_cue(ctx.f(i))
                    || ctx.gaz_at(i, hi).is_some()
            })
        };
        // a first name and surname (no title among them: "Mary Queen of
        // Scots") before "of" are a person whatever the town after it
        // ("Christopher Kenyon Simpson of Fort Coffee"); a title needs a
        // cue after it
        let untitled = || (lo..c).all(|i| !lexicon::is_title_head(ctx.f(i)));
        ctx.f(c) == "of"
            && (full_name && (untitled() || cued()) || title_split(ctx, lo, c).is_some() && cued())
    })
}

/// Whether the lone capitalised word at token `i` names an outlet or a
/// company, not a person, though a verb of saying follows it
/// ("Newsday reported", "WCVB-TV reported", "Intel has said"): its shape
/// is an outlet's or a station's ([`outlet_shaped`]), or the document
/// uses the word as an organisation elsewhere ([`used_as_organisation`]:
/// "Intel's shares", "shoppers at Waitrose").
pub(super) fn organisation_word(ctx: &Ctx, i: usize) -> bool {
    outlet_shaped(ctx.word(i)) || used_as_organisation(ctx, i)
}

/// A word shaped like an outlet's or a station's name, never a surname's:
/// a digit ("KARE11"), a hyphen before capitals ("WCVB-TV", "KQED-FM"), a
/// web address ("Deadline.com", "Rivertownpost.co.uk"), or "News" joined to a word of time or
/// of the trade ([`NEWS_TAILS`]: "Newsday", "Newsweek"; "Newsom" and
/// "Newsham" are surnames).
fn outlet_shaped(w: &str) -> bool {
    let f = fold(w);
    let news_compound = f
        .strip_prefix("news")
        .is_some_and(|rest| NEWS_TAILS.binary_search(&rest).is_ok());
    w.chars().any(|c| c.is_ascii_digit())
        || w.split('-')
            .skip(1)
            .any(|part| part.chars().count() >= 2 && part.chars().all(|c| c.is_ascii_uppercase()))
        || [".com", ".net", ".org", ".co.uk"]
            .iter()
            .any(|tld| w.to_ascii_lowercase().ends_with(tld))
        || news_compound
}

/// Words that follow "News" in one word in the names of news outlets
/// ("Newsday", "Newsweek", "Newsnight"), folded and sorted.
const NEWS_TAILS: &[&str] = &[
    "day", "desk", "hour", "line", "max", "night", "paper", "room", "week", "wire",
];

/// Nouns of a company's own that follow its name, possessive or not
/// ("Intel's shares", "Waitrose stores", "Intel employees"), folded and
/// sorted. None that a person owns as well ("Moreno's store", "Harmon's
/// spokesman").
const COMPANY_NOUNS: &[&str] = &[
    "customers",
    "earnings",
    "employees",
    "factories",
    "headquarters",
    "shareholders",
    "shares",
    "stock",
    "stores",
    "subsidiary",
    "supermarkets",
];

/// Plural nouns of the people a company has or serves, before "at" and
/// its name ("shoppers at Waitrose", "workers at Intel"), folded and
/// sorted.
const STAFF_BEFORE_AT: &[&str] = &[
    "customers",
    "employees",
    "jobs",
    "shoppers",
    "staff",
    "workers",
];

/// Whether the document writes the word of token `i` as a company's name
/// somewhere: before one of the [`COMPANY_NOUNS`] ("Intel's shares") or
/// after "at" and one of the [`STAFF_BEFORE_AT`] ("shoppers at
/// Waitrose").
fn used_as_organisation(ctx: &Ctx, i: usize) -> bool {
    let f = ctx.f(i);
    (0..ctx.toks.len()).any(|j| {
        if ctx.f(j) != f {
            return false;
        }
        let noun_after = j + 1 < ctx.toks.len()
            && ctx.toks[j + 1].gap == Gap::Space
            && COMPANY_NOUNS.binary_search(&ctx.f(j + 1)).is_ok();
        let staff_before =
            j >= 2 && ctx.f(j - 1) == "at" && STAFF_BEFORE_AT.binary_search(&ctx.f(j - 2)).is_ok();
        noun_after || staff_before
    })
}

/// Plural nouns of people that a capitalised word before them modifies
/// ("Pellham residents", "Young people"): the word is then a town, an
/// adjective or a group's name, not a person's, whatever cue stands
/// before it ("said Pellham residents", "according to Pellham
/// residents"). Folded, sorted.
const PEOPLE_PLURALS: &[&str] = &[
    "activists",
    "children",
    "citizens",
    "commuters",
    "families",
    "fans",
    "homeowners",
    "leaders",
    "members",
    "men",
    "neighbors",
    "neighbours",
    "officials",
    "parents",
    "people",
    "protesters",
    "residents",
    "shoppers",
    "students",
    "supporters",
    "teachers",
    "tenants",
    "villagers",
    "volunteers",
    "voters",
    "women",
    "workers",
];

/// Whether a plural noun of people ([`PEOPLE_PLURALS`]) follows the span
/// ending before token `hi`, in lower case and with only a space between.
pub(super) fn before_people_plural(ctx: &Ctx, hi: usize) -> bool {
    hi < ctx.toks.len()
        && ctx.toks[hi].gap == Gap::Space
        && ctx.word(hi).starts_with(|c: char| c.is_lowercase())
        && PEOPLE_PLURALS.binary_search(&ctx.f(hi)).is_ok()
}
