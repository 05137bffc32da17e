//! Resolved date values and their ISO 8601 forms (CONTRACT.md).
//!
//! Consumes calendar units and intervals built by the grammar; produces the
//! value strings of `concord facts`: `2023-12-06`, `2023-12`, `2023`,
//! `2023-W49`, `2023-Q4`, intervals `a/b` (both ends inclusive, `..` for an
//! open end) and the year-less `--12-06`.

use crate::lex::calendar::*;

/// Size of a calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    /// One day.
    Day,
    /// A Monday-to-Sunday week.
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A half year.
    Half,
    /// A calendar year.
    Year,
    /// Ten years starting at a year divisible by 10.
    Decade,
    /// A hundred years starting at a year divisible by 100.
    Century,
}

/// A calendar unit: its grain and its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pt {
    /// Size.
    pub g: Grain,
    /// First day (day number).
    pub d: i64,
}

impl Pt {
    /// The day `z`.
    pub fn day(z: i64) -> Pt {
        Pt {
            g: Grain::Day,
            d: z,
        }
    }
    /// The week containing day `z`.
    pub fn week(z: i64) -> Pt {
        Pt {
            g: Grain::Week,
            d: monday_of(z),
        }
    }
    /// Month `m` of year `y`.
    pub fn month(y: i32, m: u32) -> Pt {
        Pt {
            g: Grain::Month,
            d: days_from_civil(y, m, 1),
        }
    }
    /// Quarter `q` (1–4) of year `y`.
    pub fn quarter(y: i32, q: u32) -> Pt {
        Pt {
            g: Grain::Quarter,
            d: days_from_civil(y, 3 * q - 2, 1),
        }
    }
    /// Half `h` (1–2) of year `y`.
    pub fn half(y: i32, h: u32) -> Pt {
        Pt {
            g: Grain::Half,
            d: days_from_civil(y, 6 * h - 5, 1),
        }
    }
    /// Year `y`.
    pub fn year(y: i32) -> Pt {
        Pt {
            g: Grain::Year,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The decade starting at year `y` (a multiple of 10).
    pub fn decade(y: i32) -> Pt {
        Pt {
            g: Grain::Decade,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The century starting at year `y` (a multiple of 100).
    pub fn century(y: i32) -> Pt {
        Pt {
            g: Grain::Century,
            d: days_from_civil(y, 1, 1),
        }
    }
    /// The year of its first day.
    pub fn y(&self) -> i32 {
        civil_from_days(self.d).0
    }
    /// Its last day.
    pub fn last(&self) -> i64 {
        let (y, m, _) = civil_from_days(self.d);
        let months = |n: i64| {
            let (y2, m2) = add_months(y, m, n);
            days_from_civil(y2, m2, 1) - 1
        };
        match self.g {
            Grain::Day => self.d,
            Grain::Week => self.d + 6,
            Grain::Month => months(1),
            Grain::Quarter => months(3),
            Grain::Half => months(6),
            Grain::Year => months(12),
            Grain::Decade => months(120),
            Grain::Century => months(1200),
        }
    }
    /// The same grain shifted by `n` units.
    pub fn shift(&self, n: i64) -> Pt {
        let (y, m, _) = civil_from_days(self.d);
        let by_months = |k: i64| {
            let (y2, m2) = add_months(y, m, k);
            days_from_civil(y2, m2, 1)
        };
        let d = match self.g {
            Grain::Day => self.d + n,
            Grain::Week => self.d + 7 * n,
            Grain::Month => by_months(n),
            Grain::Quarter => by_months(3 * n),
            Grain::Half => by_months(6 * n),
            Grain::Year => by_months(12 * n),
            Grain::Decade => by_months(120 * n),
            Grain::Century => by_months(1200 * n),
        };
        Pt { g: self.g, d }
    }
}

/// A resolved date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Val {
    /// One calendar unit.
    P(Pt),
    /// An interval from the start of the first unit to the end of the
    /// second (inclusive); `None` is an open end.
    R(Option<Pt>, Option<Pt>),
    /// Month and day of an unknown year.
    Md(u32, u32),
    /// Month of an unknown year.
    M(u32),
    /// Month-day interval of an unknown year.
    Mdr(u32, u32, u32, u32),
    /// A relative expression that could not be resolved (no anchor).
    Null,
}

fn in_range(z: i64) -> bool {
    let (y, _, _) = civil_from_days(z);
    (1..=9999).contains(&y)
}

fn fmt_start(p: &Pt) -> String {
    let (y, m, d) = civil_from_days(p.d);
    match p.g {
        Grain::Day => format!("{y:04}-{m:02}-{d:02}"),
        Grain::Week => {
            let (wy, w) = iso_week(p.d);
            format!("{wy:04}-W{w:02}")
        }
        Grain::Month | Grain::Half => format!("{y:04}-{m:02}"),
        Grain::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
        Grain::Year | Grain::Decade | Grain::Century => format!("{y:04}"),
    }
}

fn fmt_end(p: &Pt) -> String {
    match p.g {
        Grain::Half => {
            let (y, m, _) = civil_from_days(p.last());
            format!("{y:04}-{m:02}")
        }
        Grain::Decade | Grain::Century => {
            let (y, _, _) = civil_from_days(p.last());
            format!("{y:04}")
        }
        _ => fmt_start(p),
    }
}

impl Val {
    /// Whether the value is well formed: ends in years 1–9999 and an
    /// interval that does not run backwards.
    pub fn ok(&self) -> bool {
        match self {
            Val::P(p) => in_range(p.d) && in_range(p.last()),
            Val::R(a, b) => {
                a.is_none_or(|a| in_range(a.d))
                    && b.is_none_or(|b| in_range(b.last()))
                    && (a.is_some() || b.is_some())
                    && match (a, b) {
                        (Some(a), Some(b)) => a.d <= b.last(),
                        _ => true,
                    }
            }
            Val::Md(m, d) => (1..=12).contains(m) && *d >= 1 && *d <= month_len(2000, *m),
            Val::M(m) => (1..=12).contains(m),
            Val::Mdr(m1, d1, m2, d2) => Val::Md(*m1, *d1).ok() && Val::Md(*m2, *d2).ok(),
            Val::Null => true,
        }
    }

    /// The ISO 8601 value string, or `None` for [`Val::Null`].
    pub fn iso(&self) -> Option<String> {
        Some(match self {
            Val::P(p) => match p.g {
                Grain::Half | Grain::Decade | Grain::Century => {
                    format!("{}/{}", fmt_start(p), fmt_end(p))
                }
                _ => fmt_start(p),
            },
            Val::R(a, b) => {
                if let (Some(a), Some(b)) = (a, b) {
                    if a == b {
                        return Val::P(*a).iso();
                    }
                }
                let s = a.as_ref().map_or_else(|| "..".to_string(), fmt_start);
                let e = b.as_ref().map_or_else(|| "..".to_string(), fmt_end);
                format!("{s}/{e}")
            }
            Val::Md(m, d) => format!("--{m:02}-{d:02}"),
            Val::M(m) => format!("--{m:02}"),
            Val::Mdr(m1, d1, m2, d2) => format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}"),
            Val::Null => return None,
        })
    }
}

/// An interval of days `a..=b` as a value (a single day when equal).
pub fn day_range(a: i64, b: i64) -> Val {
    if a == b {
        Val::P(Pt::day(a))
    } else {
        Val::R(Some(Pt::day(a)), Some(Pt::day(b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let d = days_from_civil(2023, 12, 6);
        assert_eq!(Val::P(Pt::day(d)).iso().unwrap(), "2023-12-06");
        assert_eq!(Val::P(Pt::week(d)).iso().unwrap(), "2023-W49");
        assert_eq!(Val::P(Pt::month(2023, 12)).iso().unwrap(), "2023-12");
        assert_eq!(Val::P(Pt::quarter(2023, 4)).iso().unwrap(), "2023-Q4");
        assert_eq!(Val::P(Pt::decade(1990)).iso().unwrap(), "1990/1999");
        assert_eq!(Val::P(Pt::half(2019, 2)).iso().unwrap(), "2019-07/2019-12");
        assert_eq!(Val::R(None, Some(Pt::year(2013))).iso().unwrap(), "../2013");
        assert_eq!(day_range(d, d + 1).iso().unwrap(), "2023-12-06/2023-12-07");
        assert_eq!(Val::Md(12, 6).iso().unwrap(), "--12-06");
        assert!(!Val::R(Some(Pt::year(2018)), Some(Pt::year(2014))).ok());
        assert_eq!(Pt::month(2024, 2).last(), days_from_civil(2024, 2, 29));
    }
}
