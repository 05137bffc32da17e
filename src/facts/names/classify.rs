//! Classifying a capitalised span: person, organisation, place, or a
//! piece still pending, by gazetteer, title, first name, cue words and
//! shape; and splitting spans at titles, "of" and hyphens.
//!
//! Consumes the name tagger's context and one span of token indices;
//! produces classified pieces for [`super::resolve`]. Looks only at the
//! span and a few tokens around it, so it is linear in the span.

use super::english;
use super::*;
use crate::lex::words::looks_plural;

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

/// A verb right after the span (optionally after an adverb), in lower
/// case: "Peyton Manning threw", "Tomas Elgren was hurt", "Shaniqua
/// Vance later told". Any past tense, participle, present in "-s" or
/// modal of the English word list ([`english::is_verb`]).
fn followed_by_verb(ctx: &Ctx, hi: usize) -> bool {
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
fn unlisted_name(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    unlisted_given_name(ctx, lo, hi)
        && (lo..hi).all(|i| is_initial(ctx.word(i)) || unlisted_word(ctx, i))
}

/// As [`unlisted_name`], but only the given name must be unlisted: after
/// a role noun, the surname may be an ordinary word ("Quarterback Dashon
/// Frill threw"), still never one the document writes in lower case.
fn unlisted_given_name(ctx: &Ctx, lo: usize, hi: usize) -> bool {
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

/// One name word no list holds: no ordinary English word, no word that
/// keeps a place, not written in lower case in the document, not in
/// capitals, no camel case, no gazetteer entry.
fn unlisted_word(ctx: &Ctx, i: usize) -> bool {
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
fn leading_role(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
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
fn leading_ordinary(ctx: &Ctx, lo: usize, hi: usize) -> Option<usize> {
    let t = &ctx.toks[lo];
    let k = lo + 1;
    (t.sent_start
        && !t.heading
        && (english::is_ordinary(ctx.word(lo), ctx.f(lo)) || negated_ordinary(ctx.f(lo)))
        && unlisted_name(ctx, k, hi)
        && (followed_by_verb(ctx, hi) || followed_by_age(ctx, hi)))
    .then_some(k)
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
fn preceded_by_age(ctx: &Ctx, lo: usize, hi: usize) -> bool {
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
fn followed_by_age(ctx: &Ctx, hi: usize) -> bool {
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

/// A business named for its owner: a possessive name word then one to
/// three capitalised words ending in a shop noun ("Casey's General
/// Store", "Joe's Diner"). `i` is the token after the possessive; returns
/// one past the shop noun.
pub(super) fn business_after_possessive(ctx: &Ctx, i: usize) -> Option<usize> {
    let owner = ctx.toks.get(i.checked_sub(1)?)?;
    if !owner.possessive || !is_capitalised(ctx.word(i - 1)) {
        return None;
    }
    (i..(i + 3).min(ctx.toks.len()))
        .take_while(|&k| {
            ctx.toks[k].gap == Gap::Space && is_capitalised(ctx.word(k)) && ctx.is_name_word(k)
        })
        .find(|&k| lexicon::is_shop_noun(ctx.f(k)))
        .map(|k| k + 1)
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

/// A lone unknown name word after a preposition of place ("a fire in
/// Banstead", "police in Woodburn said", "a crash near Kettering"): a town
/// too small for the gazetteer, unless the whole document names a person
/// of that surname (resolution tries that first). Not a possessive ("in
/// Smith's office"), not a company's camel case, not a word the document
/// also writes in lower case (checked by the caller's `name_like`), and
/// not a name used as a modifier: a town ends its phrase, so what follows
/// is punctuation, a closed-class word, or a verb ("police in Woodburn
/// said", "a fire in Palmer destroyed"), never a noun or a number ("in
/// Colts history", "in Democratic circles", "in Week 17"). A word with a
/// digit is a code, not a town ("in Q4", "in F1").
fn town_after_locative(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let ends_phrase = match ctx.toks.get(hi) {
        Some(next) if next.gap == Gap::Space => {
            let f = ctx.f(hi);
            lexicon::is_function_word(f) || lexicon::is_speech_verb(f) || f.ends_with("ed")
        }
        _ => true,
    };
    hi == lo + 1
        && lo > 0
        && ends_phrase
        && !ctx.word(lo).contains(|c: char| c.is_ascii_digit())
        && ctx.toks[lo].gap == Gap::Space
        && !ctx.toks[lo].possessive
        && !camel_case(ctx.word(lo))
        && matches!(ctx.f(lo - 1), "in" | "near" | "outside")
        && ctx.word(lo - 1).chars().all(char::is_lowercase)
}

/// A lone unknown name word inside a sentence right before a local force
/// in lower case ("said Kessling police", "Brantford firefighters were
/// called"): the town the force serves, too small for the gazetteer. Not
/// "officials" (a person's or a company's: "Boeing officials"), not a
/// possessive, not a company's camel case, not a code with a digit.
fn town_before_force(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let force = ctx.toks.get(hi).is_some_and(|next| {
        next.gap == Gap::Space
            && matches!(
                ctx.f(hi),
                "police" | "firefighters" | "deputies" | "troopers" | "paramedics"
            )
            && ctx.word(hi).starts_with(|c: char| c.is_lowercase())
    });
    let w = ctx.word(lo);
    hi == lo + 1
        && force
        && !ctx.toks[lo].sent_start
        && !ctx.toks[lo].possessive
        && !camel_case(w)
        && !is_all_caps(w)
        && !w.contains(|c: char| c.is_ascii_digit())
}

/// Venues and institutions a town gives its name to, in lower case after
/// it ("the Lemsford fairground", "the Harwick showground"), folded; a
/// two-word venue is given by its first word and the words that may
/// follow it.
const TOWN_VENUES: &[(&str, &[&str])] = &[
    ("bus", &["station", "depot"]),
    ("cemetery", &[]),
    ("community", &["center", "centre"]),
    ("fairground", &[]),
    ("fairgrounds", &[]),
    ("fire", &["station", "hall"]),
    ("high", &["school"]),
    ("leisure", &["center", "centre"]),
    ("marina", &[]),
    ("post", &["office"]),
    ("racecourse", &[]),
    ("railway", &["station"]),
    ("showground", &[]),
    ("showgrounds", &[]),
    ("speedway", &[]),
    ("town", &["hall", "square", "centre", "center"]),
    ("train", &["station"]),
    ("village", &["hall", "green"]),
];

/// A lone unknown name word after "the" and before a venue the town
/// gives its name to ([`TOWN_VENUES`]): "at the Lemsford fairground",
/// "outside the Dunmore town hall". Not a possessive, not in capitals,
/// not a company's camel case, not a code with a digit.
fn town_before_venue(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let lower = |i: usize| {
        ctx.toks.get(i).is_some_and(|t| t.gap == Gap::Space)
            && ctx.word(i).starts_with(char::is_lowercase)
    };
    let venue = lower(hi)
        && TOWN_VENUES.iter().any(|(head, tails)| {
            ctx.f(hi) == *head
                && (tails.is_empty() || lower(hi + 1) && tails.contains(&ctx.f(hi + 1)))
        });
    let w = ctx.word(lo);
    hi == lo + 1
        && lo > 0
        && venue
        && ctx.f(lo - 1) == "the"
        && ctx.toks[lo].gap == Gap::Space
        && !ctx.toks[lo].possessive
        && !camel_case(w)
        && !is_all_caps(w)
        && !w.contains(|c: char| c.is_ascii_digit())
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
        let full_name = (2..=3).contains(&(c - lo))
            && (lexicon::is_first_name(ctx.f(lo)) || unlisted_name(ctx, lo, c))
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

/// Whether the lone word `lo..hi` after a person's "of" is the town the
/// person is from ("Cora Brandt of Lemsford took first place", "Dale
/// Ruiz of Ferncastle, 31,"): one name word no list holds as an ordinary
/// word, no company's camel case or capitals, no code with a digit, no
/// possessive, ending its phrase (punctuation, a closed-class word or a
/// verb follows, never a noun: "of Lemsford Dairies" is a company).
fn town_of_person(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let ends_phrase = match ctx.toks.get(hi) {
        Some(next) if next.gap == Gap::Space => {
            let f = ctx.f(hi);
            lexicon::is_function_word(f) || english::is_verb(f) || english::is_adverb(f)
        }
        _ => true,
    };
    let w = ctx.word(lo);
    hi == lo + 1
        && ends_phrase
        && !(lo > 0 && ctx.f(lo - 1) == "the")
        && !begins_list_of_names(ctx, hi)
        && unlisted_word(ctx, lo)
        && !ctx.toks[lo].possessive
        && !w.contains(|c: char| c.is_ascii_digit())
}

/// Whether a comma at token `hi` goes on to another name of a list, the
/// partners of a firm ("of Morris, Yorn, Barnes and Levine"): a
/// capitalised word that is no gazetteer entry and no abbreviation (as a
/// state's after a town is: "of Dayton, Ohio,"), then a comma or "and".
fn begins_list_of_names(ctx: &Ctx, hi: usize) -> bool {
    let Some(next) = ctx.toks.get(hi) else {
        return false;
    };
    let w = ctx.word(hi);
    next.gap == Gap::Comma
        && is_capitalised(w)
        && !w.ends_with('.')
        && ctx.gaz_at(hi, hi + 1).is_none()
        && ctx
            .toks
            .get(hi + 1)
            .is_some_and(|t| t.gap == Gap::Comma || (t.gap == Gap::Space && ctx.f(hi + 1) == "and"))
}

/// Classifies the span `lo..hi`, appending pieces.
pub(super) fn classify(ctx: &Ctx, mut lo: usize, hi: usize, out: &mut Vec<Piece>) {
    // A leading "The" was already dropped (closed-class); drop leading
    // connectors.
    while lo < hi && !is_capitalised(ctx.word(lo)) && !ctx.is_name_word(lo) {
        lo += 1;
    }
    if lo >= hi {
        return;
    }
    // "Casey's General Store": a business, named for its owner, that is no
    // person ("Store") and no place; nothing is said of it (a chain's name
    // would tie unrelated reports together)
    if let Some(k) = (lo + 1..hi).find(|&k| business_after_possessive(ctx, k) == Some(hi)) {
        gazetteer_pieces(ctx, lo, k - 1, out);
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
    // "Injured Tomas Elgren sat out": an ordinary word that only begins
    // the sentence, then an unlisted name that acts
    if let Some(k) = leading_ordinary(ctx, lo, hi) {
        out.push(whole(k, hi, Class::Person(person_name(ctx, k, hi))));
        return;
    }
    // "Kicker Samir Bellweather missed": the name after a sentence's
    // leading role noun is a person when its given name is no ordinary
    // word
    if let Some(k) = leading_role(ctx, lo, hi) {
        if unlisted_given_name(ctx, k, hi)
            || lexicon::is_first_name(ctx.f(k)) && name_like(ctx, k, hi)
        {
            out.push(whole(k, hi, Class::Person(person_name(ctx, k, hi))));
            return;
        }
        // an organisation or place named with the role word keeps it
        // ("Victim Services Unit", "Driver Avenue")
        let cue = |i: usize| {
            let f = ctx.f(i);
            lexicon::is_org_cue(f) || lexicon::is_place_cue(f) || lexicon::is_street_suffix(f)
        };
        if !(k..hi).any(cue) {
            classify(ctx, k, hi, out);
            return;
        }
    }
    if let Some(c) = person_of_split(ctx, lo, hi) {
        // the name before "of" is a person's: an unlisted full name needs
        // no other cue ("Maelis Trevanion of Pollardby")
        let mut left = Vec::new();
        classify(ctx, lo, c, &mut left);
        out.extend(left.into_iter().map(|mut p| {
            if let Class::Unmarked(name) = p.class {
                p.class = Class::Person(name);
            }
            p
        }));
        let mut r = c + 1;
        while r < hi && is_connector_tok(ctx, r) {
            r += 1;
        }
        // what a person is "of" is a town or a body, never a person:
        // unknown words there ("of Fort Coffee") give nothing
        let mut right = Vec::new();
        classify(ctx, r, hi, &mut right);
        let home = town_of_person(ctx, r, hi);
        out.extend(right.into_iter().filter_map(|mut p| match p.class {
            Class::Pending(None) if home => {
                p.class = Class::Place(plain(ctx, p.lo, p.hi));
                Some(p)
            }
            Class::Person(_) | Class::Pending(None) | Class::Unmarked(_) => None,
            Class::Pending(Some((FactKind::Person, _))) => None,
            Class::Pending(Some((kind, name))) => {
                p.class = match kind {
                    FactKind::Org => Class::Org(name),
                    _ => Class::Place(name),
                };
                Some(p)
            }
            _ => Some(p),
        }));
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
    // "San Francisco Gulls", "Kansas City Chiefs": a city then a team's
    // plural name is the team, before any first-name reading of the words
    // ("Francisco Gulls" is no person)
    if team_named_for_city(ctx, lo, hi) {
        out.push(whole(lo, hi, Class::Org(plain(ctx, lo, hi))));
        return;
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
    // A street is a place whatever it is named after ("Church Avenue",
    // "Bank Street", "Snyder Ave"); so is the second of two streets at a
    // corner, in the plural ("at Church and New York Aves.")
    let corner = lo > 0 && ctx.f(lo - 1) == "and" && lexicon::is_streets_plural(last);
    let street = lexicon::is_street_suffix(last) || corner;
    if has(lexicon::is_org_cue) && hi - lo != 1 && !street {
        out.push(whole(lo, hi, Class::Org(plain(ctx, lo, hi))));
        return;
    }
    if (street || lexicon::is_place_cue(last)) && hi - lo >= 2 {
        out.push(whole(lo, hi, Class::Place(plain(ctx, lo, hi))));
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
        // "Valdora Systems announced": a plural common noun ends a
        // company's name, not a person's
        let plural_noun = looks_plural(ctx.f(hi - 1)) && english::is_noun(ctx.f(hi - 1));
        let cued = (followed_by_speech(ctx, hi) || preceded_by_person_cue(ctx, lo))
            && !(plural_noun && n_words >= 2);
        let shaped = surname_shaped(ctx.word(hi - 1));
        let aged = n_words >= 2 && followed_by_age(ctx, hi);
        let acting = (followed_by_verb(ctx, hi) || preceded_by_age(ctx, lo, hi))
            && unlisted_name(ctx, lo, hi);
        if n_words >= 2 && (first_known || cued || shaped || aged || acting) {
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class: Class::Person(person_name(ctx, lo, hi)),
            });
            return;
        }
        if unlisted_name(ctx, lo, hi) {
            out.push(whole(lo, hi, Class::Unmarked(person_name(ctx, lo, hi))));
            return;
        }
        if n_words <= 2 && (lo..hi).all(|i| ctx.gaz_at(i, hi).is_none()) {
            // A lone surname as the subject or object of a verb of saying
            // ("Gotcher contended", "said Bodiford") is a person even when
            // not named in full; camel-case words are usually companies.
            let after_article = lo > 0 && matches!(ctx.f(lo - 1), "the" | "a" | "an")
                || group_after_the(ctx, lo, hi);
            let fallback = if town_after_locative(ctx, lo, hi)
                || town_before_force(ctx, lo, hi)
                || town_before_venue(ctx, lo, hi)
            {
                Some((FactKind::Place, plain(ctx, lo, hi)))
            } else {
                (n_words == 1 && cued && !after_article && !camel_case(ctx.word(lo)))
                    .then(|| (FactKind::Person, person_name(ctx, lo, hi)))
            };
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

/// A gazetteer place of `n` words at token `i` that only begins a longer
/// proper name ending before `hi`: a person ("Paris Hilton", "Dallas
/// Clark"), a team ("Houston Rockets", "Kansas City Chiefs") or a company
/// ("Boston Scientific"). The next word is a capitalised name word that is none of
/// what keeps a place a place: an organisation or place cue ("Dallas
/// Police", "Denver County"), a street word, a title ("Boston Mayor"), a
/// department word, a month or weekday, another gazetteer entry, a word of
/// [`lexicon::is_place_keeper`] ("Boston Marathon"), or a word the
/// document also writes in lower case (a common noun used as a modifier:
/// "the Paris Talks ... the talks"). Abbreviations in capitals ("US Marines",
/// "UK Border Force") are left alone.
fn place_begins_other_name(ctx: &Ctx, i: usize, n: usize, hi: usize) -> bool {
    let next = i + n;
    if next >= hi || !joins(ctx, next) || is_all_caps(ctx.word(i)) {
        return false;
    }
    let w = ctx.word(next);
    let f = ctx.f(next);
    let keeps = |f: &str| {
        keeps_place(f)
            || lexicon::is_title_head(f)
            || lexicon::is_department_word(f)
            || lexicon::is_date_word(f)
    };
    is_capitalised(w)
        && !is_all_caps(w)
        && !is_initial(w)
        && ctx.is_name_word(next)
        && !ctx.lower.contains(f)
        && ctx.gaz_at(next, hi).is_none()
        && !(next..hi).any(|k| ctx.f(k).split('-').any(keeps))
}

/// A word after a place's name that keeps it a place (folded): an
/// organisation or place cue, a street (or streets), an event or venue of
/// the place, a demonym.
fn keeps_place(f: &str) -> bool {
    lexicon::is_org_cue(f)
        || lexicon::is_place_cue(f)
        || lexicon::is_street_suffix(f)
        || lexicon::is_streets_plural(f)
        || lexicon::is_place_keeper(f)
        || lexicon::is_demonym(f)
}

/// A piece covering the tokens `lo..hi` whole.
fn whole(lo: usize, hi: usize, class: Class) -> Piece {
    Piece {
        lo,
        hi,
        bytes: None,
        class,
    }
}

/// Whether the whole span `lo..hi` is a team named for its city: a
/// gazetteer place that only begins it, then the team's plural name
/// ([`team_after_place`]) ending the span, in words that are no place
/// (a gazetteer place, a place cue, a street, a word that keeps a place
/// a place: "Dallas Police Officers", "Boston Marathon Runners") and no
/// common noun of the document. A title or department word in the plural
/// names a team ("Kansas City Chiefs"); a team's own name may be an
/// organisation of the gazetteer ("Boston Red Sox").
fn team_named_for_city(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    let Some((n, GazKind::Place, _)) = ctx.gaz_at(lo, hi) else {
        return false;
    };
    let team_word = |k: usize| {
        let (w, f) = (ctx.word(k), ctx.f(k));
        is_capitalised(w)
            && !is_all_caps(w)
            && !ctx.lower.contains(f)
            && !matches!(ctx.gaz_at(k, hi), Some((_, GazKind::Place, _)))
            && !f.split('-').any(keeps_place)
    };
    n < hi - lo
        && !is_all_caps(ctx.word(lo))
        && team_after_place(ctx, lo + n, hi) == Some(hi)
        && (lo + n..hi).all(team_word)
}

/// A lone plural name word after "the", directly or after lower-case
/// words ("the Jaguars", "the host Jaguars", "the visiting Rams", "the
/// Smiths"): a group (a team, a band, a family), never one person's
/// surname, whatever cue stands before it.
fn group_after_the(ctx: &Ctx, lo: usize, hi: usize) -> bool {
    if hi != lo + 1 || ctx.toks[lo].possessive || !looks_plural(ctx.f(lo)) {
        return false;
    }
    (1..=3)
        .map_while(|back| lo.checked_sub(back))
        .take_while(|&k| ctx.toks[k + 1].gap == Gap::Space)
        .map(|k| (ctx.f(k), ctx.word(k)))
        .take_while(|(_, w)| w.starts_with(|c: char| c.is_lowercase()))
        .any(|(f, _)| f == "the")
}

/// The end of a team's name after its city: one or two name words from
/// `k`, the last a plural ("Houston Rockets", "Denver Nuggets", "Boston
/// Red Wings", and the old spelling "Sox"), not a possessive, not a
/// word in "-ss", "-us" or "-is" ("Athens Acropolis").
fn team_after_place(ctx: &Ctx, k: usize, hi: usize) -> Option<usize> {
    (k + 1..=(k + 2).min(hi)).find(|&end| {
        let last = ctx.f(end - 1);
        let plural = looks_plural(last) && !last.ends_with('\'');
        (k..end).all(|j| ctx.is_name_word(j) && (j == k || joins(ctx, j)))
            && (plural || last == "sox")
            && (end == hi || !ctx.is_name_word(end) || !joins(ctx, end))
    })
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
            if kind == GazKind::Place && place_begins_other_name(ctx, i, n, hi) {
                // "Dallas Whitcombe", "Kansas City Chiefs": no place; a
                // team is an organisation; else the rest of the name may
                // still be a known person's surname.
                if let Some(end) = team_after_place(ctx, i + n, hi) {
                    out.push(Piece {
                        lo: i,
                        hi: end,
                        bytes: None,
                        class: Class::Org(plain(ctx, i, end)),
                    });
                    i = end;
                } else {
                    i += n;
                }
                run = i;
                continue;
            }
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
pub(super) fn hyphen_parts(ctx: &Ctx, i: usize, out: &mut Vec<Piece>) {
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
