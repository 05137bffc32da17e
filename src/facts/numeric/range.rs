//! Two amounts read together: ranges ("$5-10 million", "between 3 and 5
//! km", "from 10 to 15"), a unit shared by two amounts ("45 and 50 mg"),
//! and a minus set apart before a temperature.

use super::*;

impl<'a> Cx<'a> {
    /// A minus sign set apart by spaces before a temperature, after a word
    /// ("convert - 20 degrees Fahrenheit"): the negative quantity. Not after
    /// a number ("3 - 20 degrees" is a difference) or at a line start (a
    /// list dash).
    pub(super) fn spaced_minus(
        &self,
        i: usize,
        j: usize,
        q: Option<Qualifier>,
    ) -> Option<(Vec<Fact>, usize)> {
        let t = self.tok(j)?;
        if !(t.sym('-') || t.sym('−')) || j == 0 || !t.space_before() {
            return None;
        }
        let prev = &self.toks[j - 1];
        let line_start = self.text.get(prev.end..t.start)?.contains('\n');
        if prev.kind != Kind::Word || line_start {
            return None;
        }
        let n = self.tok(j + 1)?;
        if self.np.group(j + 1).is_none() || !n.space_before() {
            return None;
        }
        let b = self.side(j + 1, false)?;
        let Suffix::Unit(u) = &b.suffix else {
            return None;
        };
        if !u.starts_with('°') && u != "K" || b.value <= Decimal::ZERO {
            return None;
        }
        let neg = Side {
            start: j,
            value: b.value.checked_mul(d(-1))?,
            ..b.clone()
        };
        let end = neg.end;
        Some((
            self.fact_of(&neg, self.span(i, end), q)
                .into_iter()
                .collect(),
            end,
        ))
    }

    /// Two amounts sharing the unit written after the second ("45 and 50
    /// mg", "3 or 4 percent"): one fact each, the first with the second's
    /// unit. `a` is the first amount, a plain number.
    pub(super) fn shared_unit(
        &self,
        i: usize,
        a: &Side,
        q: Option<Qualifier>,
    ) -> Option<(Vec<Fact>, usize)> {
        if a.suffix != Suffix::None || a.num.year_like || a.num.ratio || a.num.weak {
            return None;
        }
        if !matches!(self.word(a.end), Some("and" | "or")) {
            return None;
        }
        let b = self.side(a.end + 1, false)?;
        if b.prefix || b.num.year_like || b.num.words != a.num.words {
            return None;
        }
        if !matches!(b.suffix, Suffix::Unit(_) | Suffix::Percent { .. }) {
            return None;
        }
        // a multiplier written once is shared too ("2 and 3 million tonnes")
        let value = match (a.num.mult, b.num.mult) {
            (None, Some(p)) => a.value.checked_scale_up(p)?,
            _ => a.value,
        };
        let first = Side {
            suffix: b.suffix.clone(),
            value,
            ..a.clone()
        };
        let fa = self.fact_of(&first, self.span(i, a.end), q)?;
        let fb = self.fact_of(&b, self.span(b.start, b.end), None)?;
        Some((vec![fa, fb], b.end))
    }

    /// A range after side `a`: "-", "to", "and" (when `between`) and a
    /// second side.
    pub(super) fn range_tail(&self, a: &Side, between: bool) -> Option<(Side, usize)> {
        let k = a.end;
        let t = self.tok(k)?;
        let connector = t.dash()
            || (t.kind == Kind::Word
                && (self.low(t) == "to"
                    || self.low(t) == "through"
                    || (between && self.low(t) == "and")));
        if !connector {
            return None;
        }
        // "rose $12 to $2,010", "rose by $12 to $2,010", "was raised from
        // $30 to $35": a change (or the level it left), then the level it
        // reached; after "by" or "from" only when the first amount has its
        // own unit ("rose by 3 to 4 percent" is a range of the change)
        let change_before = a.start > 0 && self.word(a.start - 1).is_some_and(is_change_word);
        if !between
            && self.low(t) == "to"
            && (change_before || a.suffix != Suffix::None && self.after_change(a.start))
        {
            return None;
        }
        let mut j = k + 1;
        // "8- to 16-meter"
        if t.dash() && self.word(j) == Some("to") {
            j += 1;
        }
        let (_, _, jj) = self.qualifier(j);
        let j = if jj > j
            && matches!(
                self.word(j),
                Some("about") | Some("around") | Some("approximately")
            )
            || self.is_sym(j, '~')
        {
            jj
        } else {
            j
        };
        let b = self.side(j, false)?;
        if b.num.ordinal || a.num.ordinal || a.num.year_like || b.num.year_like {
            return None;
        }
        let end = b.end;
        Some((b, end))
    }

    /// Emits the facts of a range `a`–`b` (started at `i` with hedge `q`),
    /// or `None` when the two sides do not make one.
    pub(super) fn emit_range(
        &self,
        i: usize,
        a: &Side,
        b: &Side,
        end: usize,
        q: Option<Qualifier>,
    ) -> Option<Vec<Fact>> {
        let span = self.span(i, end);
        // shared multiplier: "$5-10 million" (5 million), unless "5,000-10 million"
        let share = |av: Decimal| -> Decimal {
            match (a.num.mult, b.num.mult) {
                (None, Some(p)) if !a.num.words || a.num.value < d(1000) => {
                    let scaled = av.checked_scale_up(p).unwrap_or(av);
                    if scaled <= b.value {
                        scaled
                    } else {
                        av
                    }
                }
                _ => av,
            }
        };
        if let Some(f) = self.one_fact_range(span, a, b, share(a.value), q) {
            return Some(vec![f]);
        }
        match (&a.suffix, &b.suffix) {
            (Suffix::Money { cur: c1, minor: m1 }, Suffix::Money { cur: c2, minor: m2 }) => {
                if c1.is_some() && c2.is_some() && c1 != c2 || m1 != m2 {
                    return None;
                }
                let min = share(a.value);
                if min > b.value {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Range {
                        min,
                        max: b.value,
                        currency: c1.or(*c2).map(String::from),
                    }),
                );
                f.qualifier = q;
                f.unit = m1.map(String::from);
                Some(vec![f])
            }
            (Suffix::None, Suffix::Money { cur, minor })
            | (Suffix::Money { cur, minor }, Suffix::None) => {
                if !matches!(a.suffix, Suffix::None) && !a.prefix {
                    return None;
                }
                if matches!(a.suffix, Suffix::None)
                    && !self.tok(a.end).is_some_and(|t| t.dash())
                    && !matches!(self.word(a.end), Some("to") | Some("and"))
                {
                    return None;
                }
                let bv = if matches!(b.suffix, Suffix::None) {
                    // "$5-10 million": b is bare; if it has no multiplier take a's
                    match (a.num.mult, b.num.mult) {
                        (Some(p), None) => b.value.checked_scale_up(p)?,
                        _ => b.value,
                    }
                } else {
                    b.value
                };
                let min = if matches!(a.suffix, Suffix::None) || a.prefix {
                    share(a.value)
                } else {
                    a.value
                };
                if min > bv {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Range {
                        min,
                        max: bv,
                        currency: cur.map(String::from),
                    }),
                );
                f.qualifier = q;
                f.unit = minor.map(String::from);
                Some(vec![f])
            }
            (Suffix::Unit(u1), Suffix::Unit(u2))
                if u1 == u2 || (u1 == "°" && u2.starts_with('°')) =>
            {
                let min = share(a.value);
                let (min, max) = if min <= b.value {
                    (min, b.value)
                } else if a.value < d(0) && b.value < d(0) {
                    (b.value, min)
                } else {
                    return None;
                };
                let mut f = Fact::new(
                    FactKind::Quantity,
                    span,
                    FactValue::Quantity(Quantity::Range {
                        min,
                        max,
                        unit: u2.clone(),
                    }),
                );
                f.qualifier = q;
                Some(vec![f])
            }
            (Suffix::None, Suffix::Unit(u)) => {
                if a.num.words != b.num.words && !a.num.words {
                    // fine: "3-five km" is odd but harmless
                }
                let min = share(a.value);
                if min > b.value {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Quantity,
                    span,
                    FactValue::Quantity(Quantity::Range {
                        min,
                        max: b.value,
                        unit: u.clone(),
                    }),
                );
                f.qualifier = q;
                Some(vec![f])
            }
            (
                Suffix::None
                | Suffix::Percent { .. }
                | Suffix::Time(_)
                | Suffix::Count(_)
                | Suffix::Age(_),
                s2 @ (Suffix::Percent { .. } | Suffix::Time(_) | Suffix::Count(_) | Suffix::Age(_)),
            ) if (std::mem::discriminant(&a.suffix) == std::mem::discriminant(s2)
                // points and percent are different measures: "fell 0.5
                // percentage points to 4.1%" is a change, then a level
                && !matches!((&a.suffix, s2), (Suffix::Percent { points: p, .. }, Suffix::Percent { points: q, .. }) if p != q))
                || matches!(a.suffix, Suffix::None) =>
            {
                // one fact per end, both with the second's unit
                // "25 to 50 basis points": the first end is in basis points too
                let a_value = match (&a.suffix, s2) {
                    (Suffix::None, Suffix::Percent { bp: true, .. }) => {
                        share(a.value).checked_mul(Decimal::new(1, 2)?)?
                    }
                    _ => share(a.value),
                };
                let a2 = Side {
                    suffix: s2.clone(),
                    value: a_value,
                    ..a.clone()
                };
                let a_end = a.end;
                let mut fa = self.fact_of(&a2, self.span(i, a_end), q)?;
                if let Suffix::Time(_) | Suffix::Age(_) = s2 {
                    // the first end's value keeps its own unit factor
                    fa.qualifier = q;
                }
                let fb = self.fact_of(b, self.span(b.start, b.end), None)?;
                Some(vec![fa, fb])
            }
            _ => None,
        }
    }

    /// A range of a count or an age read as one fact, not one per end
    /// (`min` is `a`'s value with a multiplier written once shared):
    ///
    /// - a counted noun after the second end ("35 to 40 firefighters", "as
    ///   many as 35 to 40 firefighters", "between 35 and 40 firefighters"):
    ///   one `count` whose value has both ends, the hedge kept; not after
    ///   "from", where two counts are a change ("rose from 12 to 18 deaths");
    /// - an age, also written with a suspended hyphen ("an 8- to
    ///   12-week-old fetus"): one `quantity` range in the age's unit;
    /// - a length of time written with a suspended hyphen ("two- to
    ///   three-year terms"): one `duration` range (other ranges of time,
    ///   "3 to 5 years", stay one fact per end).
    ///
    /// `None` when the ends are not ascending or the pair is of another kind.
    fn one_fact_range(
        &self,
        span: Span,
        a: &Side,
        b: &Side,
        min: Decimal,
        q: Option<Qualifier>,
    ) -> Option<Fact> {
        if min >= b.value || min < Decimal::ZERO {
            return None;
        }
        let mut f = match (&a.suffix, &b.suffix) {
            (Suffix::None, Suffix::Count(noun)) => {
                let after_from = a.start > 0 && self.is_word(a.start - 1, "from");
                if after_from || !min.is_integer() || !b.value.is_integer() {
                    return None;
                }
                // "the 0-14 Lions", "the 3-13 Rams": a team's record, not
                // a range of lions
                if self.tok(a.end).is_some_and(|t| t.dash()) && self.proper_head(b) {
                    return None;
                }
                let mut f = Fact::new(
                    FactKind::Count,
                    span,
                    FactValue::Vague(Vague {
                        least: min,
                        most: b.value,
                        stated: true,
                    }),
                );
                f.unit = Some(noun.clone());
                f
            }
            (Suffix::None, Suffix::Time(u)) if self.suspended_hyphen(a) => {
                if !min.is_integer() || !b.value.is_integer() {
                    return None;
                }
                Fact::new(
                    FactKind::Duration,
                    span,
                    FactValue::Duration(Duration::Range {
                        min,
                        max: b.value,
                        unit: (*u).to_string(),
                    }),
                )
            }
            (Suffix::None, Suffix::Age(u)) => Fact::new(
                FactKind::Quantity,
                span,
                FactValue::Quantity(Quantity::Range {
                    min,
                    max: b.value,
                    unit: (*u).to_string(),
                }),
            ),
            _ => return None,
        };
        f.qualifier = q;
        Some(f)
    }

    /// Whether the counted noun of `b` (its last token) is written with a
    /// capital, a name ("Lions", "Democrats") rather than a common noun.
    fn proper_head(&self, b: &Side) -> bool {
        b.end
            .checked_sub(1)
            .and_then(|k| self.tok(k))
            .is_some_and(|t| self.raw(t).chars().next().is_some_and(char::is_uppercase))
    }

    /// Whether the first end `a` of a range is written with a suspended
    /// hyphen, its unit left to the second end ("two- to three-year",
    /// "10-to 15-minute").
    fn suspended_hyphen(&self, a: &Side) -> bool {
        self.tok(a.end).is_some_and(|t| t.dash() && t.glued()) && self.is_word(a.end + 1, "to")
    }

    /// Whether the amount starting at token `k` follows a verb of change,
    /// right before it ("rose $12") or before "by" or "from" ("rose by
    /// $12", "went up from $30", "was cut from 40"): two amounts joined by
    /// "to" after it are a change and a level, or an old and a new level,
    /// never one range.
    pub(super) fn after_change(&self, k: usize) -> bool {
        let change = |back: usize| {
            k.checked_sub(back)
                .and_then(|p| self.word(p))
                .is_some_and(is_change_word)
        };
        change(1)
            || (matches!(
                k.checked_sub(1).and_then(|p| self.word(p)),
                Some("by" | "from")
            ) && change(2))
    }

    /// "between A and B", "from A to B" at `j` (hedge `q` from `i`); not
    /// "from A to B" after a verb of change when A has its own unit
    /// ("rose from $30 to $35": two levels, [`Cx::after_change`]).
    pub(super) fn between(
        &self,
        j: usize,
        i: usize,
        q: Option<Qualifier>,
    ) -> Option<(Vec<Fact>, usize)> {
        let is_between = self.word(j) == Some("between");
        let (_, _, k) = self.qualifier(j + 1);
        let k = if self.is_sym(j + 1, '~') || k == j + 1 {
            k
        } else {
            j + 1
        };
        let a = self.side(k, false)?;
        if !is_between && a.suffix != Suffix::None && self.after_change(j + 1) {
            return None;
        }
        let (b, end) = self.range_tail(&a, is_between)?;
        let conn = self.tok(a.end)?;
        if is_between && self.low(conn) != "and" {
            return None;
        }
        if !(is_between || self.low(conn) == "to" || conn.dash()) {
            return None;
        }
        // rule between_durations: "between two and three hours" gives
        // one duration per end, as "two to three hours" does, the unit
        // written once being both ends' (the first end starts at its
        // number, "between" no end's word)
        let mut facts = self.emit_range(i, &a, &b, end, q)?;
        let per_end = facts.len() == 2 && facts.iter().all(|f| f.kind == FactKind::Duration);
        if facts.len() != 1 && !per_end {
            return None;
        }
        if let Some(first) = facts.first_mut().filter(|_| per_end && q.is_none()) {
            first.span = Span::new(self.span(a.start, a.end).start, first.span.end);
        }
        Some((facts, end))
    }
}
