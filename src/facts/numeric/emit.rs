//! From amounts to facts: one fact per side, several units of time joined
//! into one duration ("1 year, 1 month and 21 days"), compound lengths and
//! masses summed in their smallest unit, and the ISO 8601 durations.

use super::measure::unit_size;
use super::suffix::UnitMatch;
use super::*;

impl<'a> Cx<'a> {
    /// The fact of one side over `span`.
    pub(super) fn fact_of(&self, s: &Side, span: Span, q: Option<Qualifier>) -> Option<Fact> {
        let mut f = match &s.suffix {
            Suffix::Money { cur, minor } => {
                let mut f = Fact::new(
                    FactKind::Money,
                    span,
                    FactValue::Money(Money::Amount {
                        amount: s.value,
                        currency: cur.map(String::from),
                    }),
                );
                f.unit = minor.map(String::from);
                f
            }
            Suffix::Percent { points, .. } => {
                let mut f = Fact::new(FactKind::Percent, span, FactValue::Number(s.value));
                if *points {
                    f.unit = Some("percentage point".into());
                }
                f
            }
            Suffix::Unit(u) => Fact::new(
                FactKind::Quantity,
                span,
                FactValue::Quantity(Quantity::Amount {
                    amount: s.value,
                    unit: u.clone(),
                }),
            ),
            Suffix::Age(u) => Fact::new(
                FactKind::Quantity,
                span,
                FactValue::Quantity(Quantity::Amount {
                    amount: s.value,
                    unit: (*u).to_string(),
                }),
            ),
            Suffix::Time(u) => {
                let (amount, unit) = whole_duration(s.value, u);
                Fact::new(
                    FactKind::Duration,
                    span,
                    FactValue::Duration(Duration::Amount {
                        amount,
                        unit: unit.to_string(),
                    }),
                )
            }
            Suffix::Ordinal => Fact::new(FactKind::Ordinal, span, FactValue::Number(s.value)),
            Suffix::Count(noun) => {
                let mut f = Fact::new(FactKind::Count, span, FactValue::Number(s.value));
                f.unit = Some(noun.clone());
                f
            }
            Suffix::None => Fact::new(FactKind::Number, span, FactValue::Number(s.value)),
        };
        f.qualifier = q;
        Some(f)
    }

    /// Emits side `a` (hedge `q` starting at `i`, amount at `j`), joining
    /// several units of time into one duration and several lengths or
    /// masses into one quantity.
    pub(super) fn emit(
        &self,
        i: usize,
        j: usize,
        a: &Side,
        q: Option<Qualifier>,
        qword: Option<&str>,
    ) -> (Vec<Fact>, usize) {
        let mut start = i;
        let mut q = q;
        // "A week later, the rebels retook the town", "he died three days
        // later": a day counted from a happening the story told, no length
        // of time ("two weeks later than planned" is one: a delay)
        if matches!(a.suffix, Suffix::Time(_))
            && matches!(self.word(a.end), Some("later" | "earlier"))
            && self.word(a.end + 1) != Some("than")
        {
            return (Vec::new(), a.end + 1);
        }
        if let Suffix::Time(unit) = a.suffix {
            // "over 3 years" is a period, not a hedge
            if matches!(qword, Some("over") | Some("under")) && a.num.start == j {
                start = j;
                q = None;
            }
            // several units: "1 year, 1 month and 21 days"
            let mut parts: Vec<(Decimal, &'static str)> = vec![(a.value, unit)];
            let mut end = a.end;
            loop {
                let mut k = end;
                if self.is_sym(k, ',') {
                    k += 1;
                }
                if self.word(k) == Some("and") {
                    k += 1;
                }
                let Some(b) = self.side(k, false) else { break };
                // "2h 30m": after hours, a glued "m" is minutes, not metres
                let after_hours = parts.last().is_some_and(|p| p.1 == "hour");
                let u2 = match &b.suffix {
                    Suffix::Time(u2) => *u2,
                    Suffix::Unit(m) if m == "m" && after_hours && self.glued(b.num.end) => "minute",
                    _ => break,
                };
                if u2 == "business_day" || unit == "business_day" {
                    break;
                }
                // "3 months and 2 weeks and 2 days ago": the last part is a
                // date of its own
                if matches!(
                    self.word(b.end),
                    Some("ago" | "earlier" | "later" | "hence")
                ) {
                    break;
                }
                if unit_rank(u2) >= unit_rank(parts.last().map_or("second", |p| p.1)) {
                    break;
                }
                parts.push((b.value, u2));
                end = b.end;
                if parts.len() > 8 {
                    break;
                }
            }
            if parts.len() > 1 {
                // exactly one unit when every part converts exactly into
                // the smallest ("2 years, 3 months" is 27 months, "1 hour
                // 30 minutes" 90 minutes), so it compares with "27 months";
                // else ISO 8601 ("1 year, 1 month and 21 days")
                let value = match exact_total(&parts) {
                    Some((amount, unit)) => Duration::Amount {
                        amount,
                        unit: unit.to_string(),
                    },
                    None => Duration::Iso {
                        iso: iso_duration(&parts),
                    },
                };
                let mut f = Fact::new(
                    FactKind::Duration,
                    self.span(start, end),
                    FactValue::Duration(value),
                );
                f.qualifier = q;
                return (vec![f], end);
            }
        }
        // "5 feet 2 inches", "2 km and 1 metre": the sum in the smaller unit
        if let Suffix::Unit(u) = &a.suffix {
            if let Some((fam, mut size)) = unit_size(u) {
                let mut total = a.value;
                let mut unit = u.clone();
                let mut end = a.end;
                loop {
                    let mut k = end;
                    if self.is_sym(k, ',') {
                        k += 1;
                    }
                    if self.word(k) == Some("and") {
                        k += 1;
                    }
                    let Some(n) = self.np.parse(k, false) else {
                        break;
                    };
                    if n.ordinal || n.value < Decimal::ZERO {
                        break;
                    }
                    let Some((UnitMatch::Measure(u2, false), e)) = self.unit_at(n.end, true) else {
                        break;
                    };
                    let Some((fam2, size2)) = unit_size(&u2) else {
                        break;
                    };
                    if fam2 != fam || size2 >= size || size % size2 != 0 {
                        break;
                    }
                    let Some(t) = total
                        .checked_mul(d(size / size2))
                        .and_then(|t| t.checked_add(n.value))
                    else {
                        break;
                    };
                    total = t;
                    size = size2;
                    unit = u2;
                    end = e;
                }
                if end == a.end && unit == "ft" {
                    if let Some((inches, e)) = self.bare_inches(end) {
                        if let Some(t) =
                            total.checked_mul(d(12)).and_then(|t| t.checked_add(inches))
                        {
                            total = t;
                            unit = "in".to_string();
                            end = e;
                        }
                    }
                }
                if end > a.end {
                    // in the smallest unit, exact: "5 feet 2 inches" is 62
                    // in (the reading of most suites, and no repeating
                    // decimals as 5.1666… ft would need)
                    let amount = total;
                    let mut f = Fact::new(
                        FactKind::Quantity,
                        self.span(start, end),
                        FactValue::Quantity(Quantity::Amount { amount, unit }),
                    );
                    f.qualifier = q;
                    return (vec![f], end);
                }
            }
        }
        // "2 degrees below zero" is already negative; "some" before a
        // non-number is no hedge (handled by parse failure)
        match self.fact_of(a, self.span(start, a.end), q) {
            Some(f) => (vec![f], a.end),
            None => (Vec::new(), a.end),
        }
    }
}

impl Cx<'_> {
    /// Inches written as a bare number after feet, the way heights are
    /// given: "a 6-foot-2 guard", "he is 5 feet 11", "6 foot 4," (0 to 11,
    /// hyphen-bound or ending the phrase). The inches and the token after.
    fn bare_inches(&self, k: usize) -> Option<(Decimal, usize)> {
        let hyphen = self.tok(k).is_some_and(|t| t.dash() && t.glued());
        let at = if hyphen { k + 1 } else { k };
        let t = self.tok(at)?;
        if t.kind != Kind::Num || t.ndig > 2 || t.num > 11 || t.glued() != hyphen {
            return None;
        }
        let after = self.tok(at + 1);
        let clean_end =
            after.is_none_or(|x| x.space_before() || (x.kind == Kind::Sym && !x.dash()));
        // not the whole of a decimal: "6 feet 2.5"
        let decimal = after.is_some_and(|x| x.sym('.'))
            && self
                .tok(at + 2)
                .is_some_and(|y| y.glued() && y.kind == Kind::Num);
        let ends = clean_end && !decimal && (hyphen || self.ends_phrase(at + 1));
        ends.then(|| (d(t.num as i64), at + 1))
    }
}

/// A fractional amount of time in the largest smaller unit that makes it
/// whole ("1.5 hours" is 90 minutes, "half a day" 12 hours; a month counts
/// 30 days), so that equal durations written differently compare equal.
fn whole_duration(v: Decimal, unit: &'static str) -> (Decimal, &'static str) {
    let (mut v, mut unit) = (v, unit);
    for _ in 0..8 {
        if v.is_integer() {
            break;
        }
        let (next, f) = match unit {
            "century" => ("year", 100),
            "decade" => ("year", 10),
            "year" => ("month", 12),
            "month" => ("day", 30),
            "week" => ("day", 7),
            "day" => ("hour", 24),
            "hour" => ("minute", 60),
            "minute" => ("second", 60),
            _ => break,
        };
        match v.checked_mul(d(f)) {
            Some(x) => {
                v = x;
                unit = next;
            }
            None => break,
        }
    }
    (v, unit)
}

/// How many of the next smaller unit make one `u`, where that is exact
/// (a month has no exact number of weeks or days).
fn next_smaller(u: &str) -> Option<(&'static str, i64)> {
    Some(match u {
        "century" => ("decade", 10),
        "decade" => ("year", 10),
        "year" => ("month", 12),
        "week" => ("day", 7),
        "day" => ("hour", 24),
        "hour" => ("minute", 60),
        "minute" => ("second", 60),
        _ => return None,
    })
}

/// The sum of several parts in the smallest part's unit, when every part
/// converts into it exactly.
fn exact_total(parts: &[(Decimal, &'static str)]) -> Option<(Decimal, &'static str)> {
    let smallest = parts.iter().min_by_key(|p| unit_rank(p.1))?.1;
    let mut total = Decimal::ZERO;
    for (v, u) in parts {
        let mut v = *v;
        let mut u: &str = u;
        let mut steps = 0;
        while u != smallest {
            let (next, f) = next_smaller(u)?;
            v = v.checked_mul(d(f))?;
            u = next;
            steps += 1;
            if steps > 8 {
                return None;
            }
        }
        total = total.checked_add(v)?;
    }
    Some((total, smallest))
}

fn unit_rank(u: &str) -> u32 {
    match u {
        "second" => 0,
        "minute" => 1,
        "hour" => 2,
        "day" => 3,
        "week" => 4,
        "month" => 5,
        "year" => 6,
        "decade" => 7,
        "century" => 8,
        _ => 0,
    }
}

/// ISO 8601 duration of several parts in decreasing units.
fn iso_duration(parts: &[(Decimal, &str)]) -> String {
    let mut years = Decimal::ZERO;
    let mut date = String::new();
    let mut time = String::new();
    for (v, u) in parts {
        match *u {
            "century" => {
                years = years
                    .checked_add(v.checked_scale_up(2).unwrap_or(*v))
                    .unwrap_or(years)
            }
            "decade" => {
                years = years
                    .checked_add(v.checked_scale_up(1).unwrap_or(*v))
                    .unwrap_or(years)
            }
            "year" => years = years.checked_add(*v).unwrap_or(years),
            _ => {}
        }
    }
    if years != Decimal::ZERO {
        date.push_str(&format!("{years}Y"));
    }
    for (v, u) in parts {
        match *u {
            "month" => date.push_str(&format!("{v}M")),
            "week" => date.push_str(&format!("{v}W")),
            "day" => date.push_str(&format!("{v}D")),
            "hour" => time.push_str(&format!("{v}H")),
            "minute" => time.push_str(&format!("{v}M")),
            "second" => time.push_str(&format!("{v}S")),
            _ => {}
        }
    }
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}
