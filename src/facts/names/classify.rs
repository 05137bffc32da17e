//! Classifying a capitalised span: person, organisation, place, or a
//! piece still pending, by gazetteer, title, first name, cue words and
//! shape; and splitting spans at titles, "of" and hyphens. The cues
//! live beside it: a person's in [`super::person_cues`], a small town's
//! (its neighbours, its affix words, its state) in [`super::town_cues`], a
//! team's in [`super::teams`].
//!
//! Consumes the name tagger's context and one span of token indices;
//! produces classified pieces for [`super::resolve`]. Looks only at the
//! span and a few tokens around it, so it is linear in the span.

use super::english;
use super::person_cues::*;
use super::teams::{
    group_after_the, team_after_place, team_after_the, team_named_for_city, team_named_in_full,
    team_pair_after_the,
};
use super::town_cues::*;
use super::*;
use crate::lex::words::looks_plural;

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
    // "Johnson & Johnson", "Procter & Gamble": words joined by an
    // ampersand name one company
    if has_amp(ctx, lo, hi) {
        out.push(whole(lo, hi, Class::Org(plain(ctx, lo, hi))));
        return;
    }
    // "Natural Resources Wales", "Transport for London": a body named
    // after the place it serves is no place
    if bodies::named_for_place(ctx, lo, hi) {
        out.push(whole(lo, hi, Class::Org(plain(ctx, lo, hi))));
        return;
    }
    // "Shares of Lockheed Martin rose", "Fans of the Jaguars cheered": a
    // plural common noun that opens the sentence, then "of", names none
    // of what follows
    if let Some(k) = after_opening_plural_of(ctx, lo, hi) {
        classify(ctx, k, hi, out);
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
    // "Corliss Avenue SE": a compass point after the street's type word
    // is the quadrant of the city, part of the street's name.
    let compass = hi - lo >= 3
        && crate::lex::words::is_street_compass(last)
        && lexicon::is_street_suffix(ctx.f(hi - 2));
    let street = lexicon::is_street_suffix(last) || corner || compass;
    if has(lexicon::is_org_cue) && hi - lo != 1 && !street {
        out.push(whole(lo, hi, Class::Org(plain(ctx, lo, hi))));
        return;
    }
    if (street || lexicon::is_place_cue(last)) && hi - lo >= 2 {
        out.push(whole(lo, hi, Class::Place(plain(ctx, lo, hi))));
        return;
    }
    // "Porth Wen", "police in Harper Woods", "Ocala, Fla.": a town named
    // with a town's first or last word, or told with its state after it
    if town_by_affix(ctx, lo, hi) || town_before_state(ctx, lo, hi) {
        out.push(whole(lo, hi, Class::Place(plain(ctx, lo, hi))));
        return;
    }
    let n_words = hi - lo;
    let given_first = lexicon::is_first_name(ctx.f(lo)) || apostrophe_given_name(ctx.word(lo));
    if n_words >= 3 && !given_first {
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
        let first_known = given_first || is_initial(ctx.word(lo));
        // "Valdora Systems announced": a plural common noun ends a
        // company's name, not a person's
        let last = ctx.f(hi - 1);
        let plural_noun =
            looks_plural(last) && (english::is_noun(last) || english::is_british_noun(last));
        let cued = cued(ctx, lo, hi) && !(plural_noun && n_words >= 2);
        let shaped = surname_shaped(ctx.word(hi - 1));
        let aged = n_words >= 2 && followed_by_age(ctx, hi);
        // "Tomas Elgren was hurt", and with a surname that is an English
        // word once the given name is no listed one ("Hollis Grant was
        // charged"): a trade noun or a plural noun ends a company's name
        // instead ("Halvorsen Freight agreed": [`lexicon::is_org_cue`]
        // above; "Valdora Systems announced")
        let acting = (followed_by_verb(ctx, hi) || preceded_by_age(ctx, lo, hi))
            && (unlisted_name(ctx, lo, hi) || (!plural_noun && given_name_first(ctx, lo, hi)));
        if n_words >= 2 && (first_known || cued || shaped || aged || acting) {
            out.push(Piece {
                lo,
                hi,
                bytes: None,
                class: Class::Person(person_name(ctx, lo, hi)),
            });
            return;
        }
        if given_name_first(ctx, lo, hi) {
            out.push(whole(lo, hi, Class::Unmarked(person_name(ctx, lo, hi))));
            return;
        }
        // "the Jaguars scored", "the Red Wings lost": a team, named in
        // full elsewhere or not
        if team_after_the(ctx, lo, hi) || team_pair_after_the(ctx, lo, hi) {
            out.push(whole(lo, hi, Class::Team(plain(ctx, lo, hi))));
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
                // a plural common noun alone is a group ("Investors
                // said", "Arts and Sciences announced"), never one person:
                // only a full name of the document makes it a surname
                // ("Jessamy Fields ... Fields told", `confirm_unmarked`)
                // nor an outlet or a company ("Newsday reported",
                // "Intel has said"), nor a word that modifies a plural
                // of people ("said Pellham residents")
                (n_words == 1
                    && cued
                    && !after_article
                    && !plural_noun
                    && !camel_case(ctx.word(lo))
                    && !organisation_word(ctx, lo)
                    && !before_people_plural(ctx, hi))
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
    // "the Marlow Bay Pelicans": a team named for a town the gazetteer
    // lacks, if the document names it short too
    if team_named_in_full(ctx, lo, hi) {
        out.push(whole(lo, hi, Class::TeamName(plain(ctx, lo, hi))));
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

/// A piece covering the tokens `lo..hi` whole.
fn whole(lo: usize, hi: usize, class: Class) -> Piece {
    Piece {
        lo,
        hi,
        bytes: None,
        class,
    }
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
