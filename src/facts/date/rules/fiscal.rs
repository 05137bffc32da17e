//! Fiscal years: "fiscal 2025", "FY25", "the 2017-18 financial year",
//! "this financial year". Where the locale fixes the month a fiscal year
//! starts ([`fiscal_start`]: India's, Britain's and South Africa's April,
//! Australia's, New Zealand's and Kenya's July; Singapore's and Canada's
//! April for a year written with both its years), the value is that span
//! of months; elsewhere a company's fiscal year is its own, and the value
//! is the named year.

use super::super::grammar::*;
use super::super::value::{DateValue, Period};
use crate::lex::calendar::*;
use crate::lex::{Kind, Region};

/// The month a fiscal year starts in, by locale, as each country's
/// public finance keeps it: April in India, Britain and South Africa
/// (their governments' and most listed companies' year), July in
/// Australia, New Zealand and Kenya; Singapore's and Canada's
/// governments count from April too, but their companies keep their own
/// years (a Singapore trust's "FY2019" is the calendar year, a Canadian
/// bank's ends in October), so there only a year written with both its
/// calendar years ("the 2023/24 financial year", `short` false) takes the
/// government's April. Nigeria, the Philippines and Ireland budget by the
/// calendar year, as the United States' companies keep their own years:
/// `None`, the named year.
pub(crate) fn fiscal_start(region: Region, short: bool) -> Option<u32> {
    match region {
        Region::In | Region::Gb | Region::Za => Some(4),
        Region::Au | Region::Nz | Region::Ke => Some(7),
        Region::Sg | Region::Ca if !short => Some(4),
        _ => None,
    }
}

/// The months of the fiscal year that starts in month `start` and ends
/// in year `y` ("FY17" in India: April 2016 to March 2017).
pub(crate) fn fiscal_months(y: i32, start: u32) -> DateValue {
    DateValue::Interval(
        Some(Period::month(y - 1, start)),
        Some(Period::month(y, start - 1)),
    )
}

impl P<'_> {
    /// Rule `part_of_fiscal_year`: a quarter or half of a fiscal year whose
    /// start the locale fixes: "Q2 FY17", "H1 FY19", "the first half of
    /// FY19", "the fourth quarter of the 2017-18 financial year". Its
    /// months counted from the fiscal year's start ("Q2 FY17" in India:
    /// July to September 2016). Elsewhere `None`: a company's own quarters
    /// are read by the quarter rules.
    pub(crate) fn part_of_fiscal_year(&self, i: usize) -> Option<M> {
        let start = fiscal_start(self.locale.region, true)?;
        let (n, half, k) = match self.w(i) {
            "q" | "h" if self.is_upper(i) => {
                let t = self.numtok(i + 1).filter(|_| self.adj(i + 1))?;
                (t.num as u32, self.w(i) == "h", i + 2)
            }
            "the" => {
                let n = match self.w(i + 1) {
                    "first" => 1,
                    "second" => 2,
                    "third" => 3,
                    "fourth" => 4,
                    _ => return None,
                };
                let half = match self.w(i + 2) {
                    "half" => true,
                    "quarter" => false,
                    _ => return None,
                };
                if !self.is(i + 3, "of") {
                    return None;
                }
                (n, half, i + 4)
            }
            _ => return None,
        };
        if n == 0 || n > if half { 2 } else { 4 } {
            return None;
        }
        let fy = self.fiscal_year(k)?;
        let Cal::V(DateValue::Interval(Some(first), Some(_))) = fy.cal else {
            return None;
        };
        let (y, m0, _) = civil_from_days(first.d);
        if m0 != start {
            return None;
        }
        let len = if half { 6 } else { 3 };
        let from = (m0 - 1) + len * (n - 1);
        let to = from + len - 1;
        let at = |off: u32| Period::month(y + (off / 12) as i32, off % 12 + 1);
        m(
            fy.end,
            Cal::V(DateValue::Interval(Some(at(from)), Some(at(to)))),
        )
    }

    /// A fiscal year named by its year: "fiscal 2025", "fiscal year 2025",
    /// "financial year 2024", "FY2025", "FY 25". Its value is the named year
    /// where a fiscal year starts differs by company (the US), the span of
    /// months where the locale fixes its start ([`fiscal_start`]).
    pub(crate) fn fiscal_year(&self, i: usize) -> Option<M> {
        if let Some(r) = self.fiscal_year_relative(i) {
            return Some(r);
        }
        if let Some(r) = self.fiscal_two_years_first(i) {
            return Some(r);
        }
        let mut k = i;
        let short = if self.is(k, "fiscal") || self.is(k, "financial") && self.is(k + 1, "year") {
            k += 1;
            if self.is(k, "year") {
                k += 1;
            }
            false
        } else if self.is(k, "fy") && self.is_upper(k) {
            k += 1;
            true
        } else {
            return None;
        };
        if !short && (self.p(k, "'") || self.p(k, "’")) && self.adj(k + 1) {
            k += 1;
        }
        let t = self.numtok(k)?;
        let y = match t.ndig {
            4 if (1900..=2199).contains(&t.num) => t.num as i32,
            // "fiscal '99": a two-figure year after an apostrophe
            2 if self.p(k - 1, "'") || self.p(k - 1, "’") => self.expand_yy(t.num as i32),
            2 if short => 2000 + t.num as i32,
            _ => return None,
        };
        // rule `fiscal_two_years`: "fiscal 2024-25", "FY2025/26": a year
        // that straddles two calendar years (Britain's April, Australia's
        // July), both years, as a span of years is read ("2024-25")
        if (self.p(k + 1, "-") || self.p(k + 1, "/")) && self.adj(k + 1) && t.ndig == 4 {
            let end = self.second_year(k + 1, y)?;
            return m(end, self.two_years(y));
        }
        // a decimal or a glued word is no year
        if self.p(k + 1, "-")
            || self.p(k + 1, "/")
            || self.p(k + 1, ".") && self.numtok(k + 2).is_some()
        {
            return None;
        }
        if self
            .t
            .get(k + 1)
            .is_some_and(|x| x.kind == Kind::Word && !x.space_before())
        {
            return None;
        }
        match fiscal_start(self.locale.region, true) {
            Some(start) => m(k + 1, Cal::V(fiscal_months(y, start))),
            None => m(k + 1, Cal::Y(y)),
        }
    }

    /// After a four-figure year `y` and a "-" or "/" at `k`, the year after
    /// it ("-25", "/2026"); one past its token.
    fn second_year(&self, k: usize, y: i32) -> Option<usize> {
        let glued = |j: usize| self.adj(j) && self.t.get(j).is_some_and(|x| x.kind != Kind::Sym);
        let n = self
            .numtok(k + 1)
            .filter(|_| self.adj(k + 1) && !glued(k + 2))?;
        ((n.ndig == 2 && n.num as i32 == (y + 1).rem_euclid(100))
            || (n.ndig == 4 && n.num as i32 == y + 1))
            .then_some(k + 2)
    }

    /// The value of a fiscal year written with both its years, the first
    /// `y`: the locale's months ([`fiscal_start`]) or the two years.
    fn two_years(&self, y: i32) -> Cal {
        match fiscal_start(self.locale.region, false) {
            Some(start) => Cal::V(fiscal_months(y + 1, start)),
            None => Cal::V(DateValue::Interval(
                Some(Period::year(y)),
                Some(Period::year(y + 1)),
            )),
        }
    }

    /// Rule `fiscal_two_years_first`: "the 2017-18 financial year", "its
    /// 2023/24 fiscal year": both years, then the noun. Only where the
    /// locale fixes the fiscal year's start; elsewhere the years are read
    /// as a span of years by the year rules.
    fn fiscal_two_years_first(&self, i: usize) -> Option<M> {
        fiscal_start(self.locale.region, false)?;
        let t = self.numtok(i).filter(|t| t.ndig == 4)?;
        let y = t.num as i32;
        if !(1900..=2199).contains(&y) || !(self.p(i + 1, "-") || self.p(i + 1, "/")) {
            return None;
        }
        if !self.adj(i + 1) {
            return None;
        }
        let end = self.second_year(i + 1, y)?;
        if !(matches!(self.w(end), "financial" | "fiscal") && self.is(end + 1, "year")) {
            return None;
        }
        m(end + 2, self.two_years(y))
    }

    /// A fiscal year named from publication: "this fiscal year", "the
    /// current financial year", "next fiscal year", "last fiscal year".
    /// Where the locale fixes the fiscal year's start, the span of months
    /// that holds publication, shifted; elsewhere the year of
    /// publication shifted (the year that names a company's fiscal year is
    /// its own; the calendar year is the one no convention is guessed for).
    fn fiscal_year_relative(&self, i: usize) -> Option<M> {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let off = match self.w(k) {
            "this" | "current" => 0,
            "next" | "coming" | "following" => 1,
            "last" | "previous" | "past" | "prior" => -1,
            _ => return None,
        };
        if !matches!(self.w(k + 1), "fiscal" | "financial") || !self.is(k + 2, "year") {
            return None;
        }
        let end = k + 3;
        let Some(z) = self.pub_day else {
            return mr(end, Cal::V(DateValue::Unresolved));
        };
        let (py, pm, _) = civil_from_days(z);
        match fiscal_start(self.locale.region, true) {
            Some(start) => {
                // the fiscal year that holds publication ends in the
                // calendar year after it when it has begun this year
                let ends = if pm >= start { py + 1 } else { py };
                mr(end, Cal::V(fiscal_months(ends + off, start)))
            }
            None => mr(end, Cal::Y(py + off)),
        }
    }
}
