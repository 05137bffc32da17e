//! A figure or date mention as alignment sees it ([`M`]): its fact, frame,
//! publication day and the other readings the checks weigh; with the
//! bucket it is compared in ([`M::class`]) and whether it is background.

use super::*;

/// Where the count of an offset lies: the direction and the anchor's key
/// (its content words, lemmatised, sorted: "the strike ended" and "the end
/// of the strike" are both `end strike`). Two counts with equal keys count
/// from one happening ([`Anchored::same`]); an anchor of no content word
/// ("three years after that") is no happening another can share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Anchored {
    /// Before or after the anchor.
    pub direction: crate::facts::Direction,
    /// The anchor's content words.
    pub key: Vec<String>,
}

impl Anchored {
    /// The anchor of the offset `o`, read from the document text `text`.
    pub(crate) fn of(o: &crate::facts::Offset, text: &str) -> Anchored {
        let words = text.get(o.anchor.start..o.anchor.end).unwrap_or("");
        let mut key: Vec<String> = words
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && w != "s" && !crate::lex::words::is_function_word(w))
            .map(|w| lemma::verb(&w))
            .collect();
        key.sort();
        key.dedup();
        Anchored {
            direction: o.direction,
            key,
        }
    }

    /// Whether both count in one direction from one happening: the same
    /// content words.
    pub(super) fn same(&self, other: &Anchored) -> bool {
        !self.key.is_empty() && self == other
    }

    /// Whether the two anchors share a content word.
    pub(super) fn overlaps(&self, other: &Anchored) -> bool {
        self.key.iter().any(|w| other.key.binary_search(w).is_ok())
    }
}

/// Another figure of a mention's sentence: its kind and value. Two
/// sentences' other figures say two occasions only when both give figures
/// of one kind ([`apart_in_sentence`]).
pub(crate) struct Sibling<'a> {
    /// Its kind.
    pub kind: FactKind,
    /// Its value.
    pub value: &'a FactValue,
    /// The base of its head noun, if its frame has one ("yards", "blocks").
    pub head: Option<&'a str>,
}

/// A figure or date mention prepared for alignment.
pub(crate) struct M<'a> {
    pub doc: DocIndex,
    pub fact: &'a Fact,
    pub frame: &'a Frame,
    /// Publication day of the document (days from 1970-01-01), if known:
    /// its own, else the event's time.
    pub published: Option<i64>,
    /// Whether `published` is the document's own date (its metadata or
    /// dateline), not the event's time lent to an undated document.
    pub dated: bool,
    /// Day ranges of the other dates in the clause.
    pub anchors: Vec<(i64, i64)>,
    /// Byte span of the sentence (for display).
    pub sentence: crate::document::Span,
    /// The hedge word ("nearly", "some") of a qualified figure.
    pub hedge: Option<String>,
    /// The mention as written.
    pub surface: &'a str,
    /// The text of its clause ([`Frame::clause`]).
    pub clause_text: &'a str,
    /// The text of its sentence (`sentence`).
    pub sentence_text: &'a str,
    /// The other figures of its sentence.
    pub siblings: Vec<Sibling<'a>>,
    /// For the count of an offset ("two days" of "two days after the
    /// crash"): which side of which happening it counts from.
    pub offset: Option<Anchored>,
    /// The time within its day a date of one day is told at ("3:30
    /// Tuesday", "Tuesday night", "early Monday").
    pub within_day: Option<DayPart>,
    /// Whether it stands in a roundup's notes block ("NOTES: The Rams
    /// lost ..."): background about other teams, compared with nothing.
    pub notes: bool,
}

impl M<'_> {
    /// What must match before anything is compared: the counted noun of a
    /// count, the unit of a quantity or duration.
    pub(super) fn class(&self) -> String {
        // an age is an age however written ("a 47-year-old agent", "the
        // agent, 49")
        if self.age().is_some() {
            return AGE.to_string();
        }
        if let Some(class) = sole::people_class(self) {
            return class.to_string();
        }
        // "magnitude 5.7" and "5.7-magnitude" (a glued unit): one measure
        if self.fact.kind == FactKind::Number && counted::is_magnitude(self) {
            return "magnitude".to_string();
        }
        // "a workforce of 380", "where 640 people work": the people
        // counted, as "420 employees" names them
        if let Some(noun) = super::super::groups::counted_noun(self) {
            return noun;
        }
        match (&self.fact.kind, &self.fact.value) {
            // one kind of people in two words is one class ("inmates",
            // "prisoners")
            (FactKind::Count, _) => sole::noun_key(self.frame)
                .map(|(noun, _)| noun)
                .unwrap_or_else(|| {
                    lemma::noun(&self.fact.unit.clone().unwrap_or_default().to_lowercase())
                }),
            // units of one dimension are one class: compared converted
            (FactKind::Quantity, FactValue::Quantity(q)) => match q {
                crate::facts::Quantity::Amount { unit, .. }
                | crate::facts::Quantity::Range { unit, .. } => crate::lex::units::dimension(unit)
                    .map_or_else(|| unit.clone(), |(d, _)| d.to_string()),
            },
            // Units of the calendar are one class: compared in days.
            (FactKind::Duration, FactValue::Duration(d)) => match d {
                crate::facts::Duration::Amount { unit, .. }
                | crate::facts::Duration::Range { unit, .. } => {
                    if values::unit_days(unit).is_some() {
                        "calendar".to_string()
                    } else {
                        unit.clone()
                    }
                }
                crate::facts::Duration::Iso { .. } => "iso".to_string(),
            },
            _ => self.frame.glued_unit.clone().unwrap_or_default(),
        }
    }

    /// The years of a person's age, however written
    /// ([`super::ages::age_years`]).
    pub(crate) fn age(&self) -> Option<crate::facts::Decimal> {
        crate::compare::ages::age_years(self)
    }

    /// The day range of a date value.
    pub(super) fn days(&self) -> Option<(i64, i64)> {
        match &self.fact.value {
            FactValue::Date(v) => values::day_range(v),
            _ => None,
        }
    }

    /// A date far from the time of the article, a figure anchored to
    /// such a date, or a figure told of an earlier happening: background
    /// to the event.
    pub(crate) fn background(&self) -> bool {
        // "the previous crash on the road killed nine"
        if self.frame.other_happening && self.fact.kind != FactKind::Date {
            return true;
        }
        let Some(p) = self.published else {
            return false;
        };
        let far = |(lo, hi): (i64, i64)| hi < p - BACKGROUND_DAYS || lo > p + 400;
        if self.fact.kind == FactKind::Date {
            return self.days().is_some_and(far);
        }
        self.anchors.iter().any(|&r| far(r))
    }
}

/// The class of a person's age ([`M::age`]).
pub(super) const AGE: &str = "age";
