//! The town of a wire-service dateline at the head of an article: the
//! most reliable place a local report gives, and often one no gazetteer
//! holds.
//!
//! Consumes the article's text; produces the byte span of the town and
//! whether it was written in capitals. The forms read are those of news
//! agencies and local papers, at the very start of the text (after a
//! leading `date …` line):
//!
//! - `HARWICK — ...`, `DUNMORE (Reuters) - ...` (a town in capitals, then
//!   an agency in brackets or a dash);
//! - `MARLOW, Ohio (AP) — ...`, `BRAYMOOR, Ky. — ...`, `LONDON, Dec 6
//!   (Reuters) - ...` (a region or a date after a comma);
//! - `Marlow, Ohio — ...` (title case, only with a region after the
//!   comma).
//!
//! A line of capitals that is a headline or a section name is no
//! dateline: no dash follows it on the same line, or its words are
//! ordinary English ("BREAKING —", "UPDATE —"); the caller checks the
//! words against its word lists.

/// Most words of a dateline town ("WEXFORD HILLS", "ROCKY MOUNT").
const MAX_TOWN_WORDS: usize = 4;

/// Most pieces between the comma after the town and the dash: a region
/// ("Ohio", "N.C.", "England") or a date ("Dec. 6, 2023").
const MAX_REGION_PIECES: usize = 6;

/// Most words inside the agency's brackets ("AP", "Reuters", "WNCT").
const MAX_AGENCY_WORDS: usize = 4;

/// A dateline's town as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Dateline {
    /// Byte offset of the town's first letter.
    pub start: usize,
    /// Byte offset just after the town's last letter.
    pub end: usize,
    /// Whether the town is written in capitals (else title case).
    pub caps: bool,
    /// Whether something stands between the town and the dash: a region
    /// or date after a comma, or an agency in brackets.
    pub marked: bool,
    /// Byte offset of the first word after the comma, if any ("Ohio").
    pub region: Option<usize>,
    /// Whether that word is a short abbreviation ("Ky.", "N.C.", "Calif.").
    pub region_abbreviation: bool,
}

/// One piece of the head of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece<'a> {
    Word(usize, &'a str),
    Comma,
    /// A bracketed run ("(AP)").
    Bracket(usize),
    Dash,
}

/// The pieces of `line` from its start, up to the first dash or to
/// anything a dateline cannot hold.
fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() && out.len() < 16 {
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c == ' ' || c == '\t' || c == '\u{a0}' {
            i += c.len_utf8();
            continue;
        }
        if c == '\u{2014}' || c == '\u{2013}' || rest.starts_with("--") {
            out.push(Piece::Dash);
            break;
        }
        if c == '-' && rest[1..].starts_with([' ', '\t']) {
            out.push(Piece::Dash);
            break;
        }
        if c == ',' {
            out.push(Piece::Comma);
            i += 1;
            continue;
        }
        if c == '(' {
            let Some(close) = rest.find(')') else {
                break;
            };
            let inside = &rest[1..close];
            out.push(Piece::Bracket(inside.split_whitespace().count()));
            i += close + 1;
            continue;
        }
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '\u{2019}' | '-')))
            .unwrap_or(rest.len());
        // a glued dash ends the word ("HARWICK--A man")
        let len = rest[..len].find("--").unwrap_or(len);
        if len == 0 {
            break;
        }
        out.push(Piece::Word(i, &rest[..len]));
        i += len;
    }
    out
}

fn is_caps_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

fn is_title_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// The dateline town at the head of `text`, if its first line opens with
/// one (see the module documentation).
pub(super) fn find(text: &str) -> Option<Dateline> {
    let mut start = text.len() - text.trim_start().len();
    if text[start..].starts_with("date ") {
        let nl = text[start..].find('\n')?;
        start += nl + 1;
        start += text[start..].len() - text[start..].trim_start().len();
    }
    let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    let line = &text[start..line_end];
    let ps = pieces(line);
    let town: Vec<(usize, &str)> = ps
        .iter()
        .map_while(|p| match p {
            Piece::Word(at, w) => Some((*at, *w)),
            _ => None,
        })
        .collect();
    let (&(first_at, first), &(last_at, last)) = (town.first()?, town.last()?);
    let caps = town.iter().all(|(_, w)| is_caps_word(w));
    let title = town.iter().all(|(_, w)| is_title_word(w));
    let letters = town
        .iter()
        .flat_map(|(_, w)| w.chars())
        .filter(|c| c.is_alphabetic())
        .count();
    if town.len() > MAX_TOWN_WORDS || letters < 3 || !(caps || title) || first.is_empty() {
        return None;
    }
    let mut rest = ps[town.len()..].iter().peekable();
    let mut marked = false;
    let mut region_at = None;
    let mut abbreviation = false;
    if rest.peek() == Some(&&Piece::Comma) {
        rest.next();
        if let Some(Piece::Word(at, w)) = rest.peek() {
            region_at = Some(start + at);
            abbreviation = w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() <= 5;
        }
        let mut region = 0;
        loop {
            match rest.peek() {
                Some(Piece::Word(_, w)) if w.starts_with(char::is_lowercase) => return None,
                Some(Piece::Word(..) | Piece::Comma) => {
                    rest.next();
                    region += 1;
                }
                _ => break,
            }
        }
        if region == 0 || region > MAX_REGION_PIECES {
            return None;
        }
        marked = true;
    } else if title {
        return None;
    }
    if let Some(Piece::Bracket(n)) = rest.peek() {
        if *n == 0 || *n > MAX_AGENCY_WORDS {
            return None;
        }
        rest.next();
        marked = true;
    }
    if rest.next() != Some(&Piece::Dash) || (title && !marked) {
        return None;
    }
    Some(Dateline {
        start: start + first_at,
        end: start + last_at + last.len(),
        caps,
        marked,
        region: region_at,
        region_abbreviation: abbreviation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town(t: &str) -> Option<&str> {
        find(t).map(|d| &t[d.start..d.end])
    }

    #[test]
    fn wire_forms() {
        assert_eq!(town("HARWICK — Celia won."), Some("HARWICK"));
        assert_eq!(town("HARWICK, England — Celia won."), Some("HARWICK"));
        assert_eq!(town("MARLOW, Ohio (AP) — Two men"), Some("MARLOW"));
        assert_eq!(
            town("ROCKY MOUNT, N.C. (WNCT) — A man"),
            Some("ROCKY MOUNT")
        );
        assert_eq!(town("DUNMORE (Reuters) - Police said"), Some("DUNMORE"));
        assert_eq!(town("LONDON, Dec 6 (Reuters) - The"), Some("LONDON"));
        assert_eq!(town("Marlow, Ohio — Two men"), Some("Marlow"));
        assert_eq!(town("date 2024-01-02\nMACON, Ga. — x"), Some("MACON"));
        assert_eq!(town("  WILKES-BARRE -- A fire"), Some("WILKES-BARRE"));
    }

    #[test]
    fn not_datelines() {
        for t in [
            "Marlow — Two men",
            "TWO DEAD IN MARLOW SHOOTING\nPolice said.",
            "A man was shot — police said.",
            "Police, firefighters — all came.",
            "",
            "HARWICK, the town — x",
        ] {
            assert_eq!(find(t), None, "{t}");
        }
    }
}
