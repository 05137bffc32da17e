//! An exact decimal number for fact values.
//!
//! Figures in news are decimal ("$2.3 billion", "12.5 %"); binary floating
//! point turns 2.3 × 10⁹ into 2299999999.9999995. [`Decimal`] keeps a 128-bit
//! integer mantissa and a base-10 scale, so scaling by million or billion is
//! exact. It serialises as a JSON integer when it is whole and as the
//! shortest round-tripping float otherwise.

use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// Largest scale kept; digits beyond it are rounded away.
const MAX_SCALE: u32 = 18;

/// An exact decimal: `mantissa × 10^-scale`, kept normalised (no trailing
/// zeros in the mantissa when `scale > 0`), so equal values compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`, normalised. `None` if the scale is too large
    /// to represent.
    pub fn new(mantissa: i128, scale: u32) -> Option<Self> {
        let mut d = Decimal { mantissa, scale };
        while d.scale > MAX_SCALE {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d.normalise();
        Some(d)
    }

    /// A whole number.
    pub fn from_int(n: i64) -> Self {
        Decimal {
            mantissa: n as i128,
            scale: 0,
        }
    }

    fn normalise(&mut self) {
        if self.mantissa == 0 {
            self.scale = 0;
            return;
        }
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
    }

    /// Parses a plain decimal: optional sign, digits with optional `,` or
    /// `_` group separators and one `.` fraction (`"1,234.5"`, `"-0.25"`).
    /// Returns `None` on anything else or on overflow.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (neg, body) = match s.as_bytes().first()? {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let mut mantissa: i128 = 0;
        let mut scale: u32 = 0;
        let mut seen_dot = false;
        let mut digits = 0usize;
        for b in body.bytes() {
            match b {
                b'0'..=b'9' => {
                    if seen_dot && scale >= MAX_SCALE {
                        continue; // further fractional digits are beyond precision
                    }
                    mantissa = mantissa.checked_mul(10)?.checked_add((b - b'0') as i128)?;
                    if seen_dot {
                        scale += 1;
                    }
                    digits += 1;
                }
                b',' | b'_' if !seen_dot => {}
                b'.' if !seen_dot => seen_dot = true,
                _ => return None,
            }
        }
        if digits == 0 {
            return None;
        }
        Decimal::new(if neg { -mantissa } else { mantissa }, scale)
    }

    /// `self × other`, exactly (`None` on overflow).
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let m = self.mantissa.checked_mul(other.mantissa)?;
        Decimal::new(m, self.scale + other.scale)
    }

    /// `self + other`, exactly (`None` on overflow).
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10i128.checked_pow(scale - other.scale)?)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// `self × 10^exp`, exactly (`None` on overflow).
    pub fn checked_scale_up(self, exp: u32) -> Option<Decimal> {
        self.checked_mul(Decimal {
            mantissa: 10i128.checked_pow(exp)?,
            scale: 0,
        })
    }

    /// `self / other`, rounded half away from zero to 18 decimal places
    /// (`None` on division by zero or overflow). Exact when the quotient
    /// has at most 18 decimal places ("1/4" is 0.25).
    pub fn checked_div(self, other: Decimal) -> Option<Decimal> {
        if other.mantissa == 0 {
            return None;
        }
        let neg = (self.mantissa < 0) != (other.mantissa < 0);
        // |self| / |other| = a / b exactly, after aligning the scales
        let (mut a, mut b) = (self.mantissa.unsigned_abs(), other.mantissa.unsigned_abs());
        if other.scale >= self.scale {
            a = a.checked_mul(10u128.checked_pow(other.scale - self.scale)?)?;
        } else {
            b = b.checked_mul(10u128.checked_pow(self.scale - other.scale)?)?;
        }
        let mut m = a / b;
        let mut r = a % b;
        for _ in 0..MAX_SCALE {
            let r10 = r.checked_mul(10)?;
            m = m.checked_mul(10)?.checked_add(r10 / b)?;
            r = r10 % b;
        }
        // round on the remainder: r / b >= 1/2
        if r.checked_mul(2).is_none_or(|r2| r2 >= b) {
            m = m.checked_add(1)?;
        }
        let m = i128::try_from(m).ok()?;
        Decimal::new(if neg { -m } else { m }, MAX_SCALE)
    }

    /// `self` rounded half away from zero to `places` decimal places.
    pub fn round_dp(self, places: u32) -> Decimal {
        if self.scale <= places {
            return self;
        }
        let Some(p) = 10i128.checked_pow(self.scale - places) else {
            return Decimal::ZERO;
        };
        let q = self.mantissa / p;
        let r = self.mantissa % p;
        let q = if r.unsigned_abs() >= (p / 2).unsigned_abs() && p > 1 {
            q + self.mantissa.signum()
        } else {
            q
        };
        let mut d = Decimal {
            mantissa: q,
            scale: places,
        };
        d.normalise();
        d
    }

    /// `self` to the integer power `exp` (negative powers divide), each
    /// step rounded to 18 decimal places; `None` on overflow, on a power of
    /// zero with a negative exponent, or when `|exp|` exceeds 64.
    pub fn checked_powi(self, exp: i32) -> Option<Decimal> {
        if exp.unsigned_abs() > 64 {
            return None;
        }
        let mut acc = Decimal::from_int(1);
        for _ in 0..exp.unsigned_abs() {
            acc = acc.checked_mul(self)?.round_dp(MAX_SCALE);
        }
        if exp < 0 {
            Decimal::from_int(1).checked_div(acc)
        } else {
            Some(acc)
        }
    }

    /// The absolute value.
    pub fn abs(self) -> Decimal {
        Decimal {
            mantissa: self.mantissa.saturating_abs(),
            scale: self.scale,
        }
    }

    /// Whether the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// The value as an `i128` if it is whole.
    pub fn to_i128(&self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// The nearest `f64` (for display and tolerance comparisons only).
    pub fn to_f64(&self) -> f64 {
        // A mantissa and a power of ten that are both exact in an f64 give
        // the correctly rounded value in one division (Clinger's fast
        // path); the comparison of two reports' figures asks this for every
        // pair, so the common case must not format and parse.
        const EXACT_MANTISSA: i128 = 1 << 53;
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        if self.mantissa.abs() <= EXACT_MANTISSA {
            if let Some(&p) = POW10.get(self.scale as usize) {
                return self.mantissa as f64 / p;
            }
        }
        // Otherwise parsing the decimal string gives the correctly rounded
        // f64.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// Number of significant decimal places (0 for whole numbers).
    pub fn scale(&self) -> u32 {
        self.scale
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        let widen = |d: &Decimal| {
            10i128
                .checked_pow(scale - d.scale)
                .and_then(|p| d.mantissa.checked_mul(p))
        };
        match (widen(self), widen(other)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let (int, frac) = if digits.len() > scale {
            let (a, b) = digits.split_at(digits.len() - scale);
            (a.to_string(), b.to_string())
        } else {
            (
                "0".to_string(),
                format!("{}{}", "0".repeat(scale - digits.len()), digits),
            )
        };
        write!(f, "{}{}.{}", if neg { "-" } else { "" }, int, frac)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0 {
            if let Ok(v) = i64::try_from(self.mantissa) {
                return s.serialize_i64(v);
            }
        }
        s.serialize_f64(self.to_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billions_are_exact() {
        let d = Decimal::parse("2.3").unwrap().checked_scale_up(9).unwrap();
        assert_eq!(d.to_i128(), Some(2_300_000_000));
        assert_eq!(serde_json::to_string(&d).unwrap(), "2300000000");
    }

    #[test]
    fn to_f64_is_the_correctly_rounded_value() {
        // The fast path (exact mantissa and power of ten) and the slow one
        // (formatting and parsing) give the same f64.
        for (m, scale) in [
            (1, 1),
            (3, 1),
            (-7, 3),
            (123_456_789, 4),
            (1 << 53, 22),
            ((1 << 53) + 1, 2),
            (999_999_999_999_999_999, 5),
            (5, 23),
            (0, 0),
        ] {
            let d = Decimal::new(m, scale).unwrap();
            let parsed: f64 = d.to_string().parse().unwrap();
            assert_eq!(d.to_f64().to_bits(), parsed.to_bits(), "{m}e-{scale}");
        }
    }

    #[test]
    fn parse_and_display() {
        for (s, want) in [
            ("1,234.50", "1234.5"),
            ("-0.25", "-0.25"),
            ("007", "7"),
            ("0.000", "0"),
        ] {
            assert_eq!(Decimal::parse(s).unwrap().to_string(), want, "{s}");
        }
        for bad in ["", ".", "1.2.3", "abc", "1e5", "-"] {
            assert!(Decimal::parse(bad).is_none(), "{bad}");
        }
        assert!(Decimal::parse("99999999999999999999999999999999999999999").is_none());
    }

    #[test]
    fn equal_values_are_equal() {
        assert_eq!(Decimal::parse("12.50"), Decimal::parse("12.5"));
        assert!(Decimal::parse("0.5").unwrap() < Decimal::from_int(1));
        assert_eq!(
            Decimal::parse("0.5")
                .unwrap()
                .checked_add(Decimal::parse("0.25").unwrap())
                .unwrap()
                .to_string(),
            "0.75"
        );
        assert_eq!(
            serde_json::to_string(&Decimal::parse("12.5").unwrap()).unwrap(),
            "12.5"
        );
    }

    #[test]
    fn division_rounds_to_eighteen_places() {
        let q = |a: i64, b: i64| {
            Decimal::from_int(a)
                .checked_div(Decimal::from_int(b))
                .map(|d| d.to_string())
        };
        assert_eq!(q(1, 4).as_deref(), Some("0.25"));
        assert_eq!(q(-3, 4).as_deref(), Some("-0.75"));
        assert_eq!(q(2, 3).as_deref(), Some("0.666666666666666667"));
        assert_eq!(q(1, 21).as_deref(), Some("0.047619047619047619"));
        assert_eq!(q(10, 0), None);
        let a = Decimal::parse("2.5").unwrap();
        assert_eq!(
            Decimal::from_int(1).checked_div(a).unwrap().to_string(),
            "0.4"
        );
        assert_eq!(
            Decimal::parse("0.0012")
                .unwrap()
                .checked_div(Decimal::parse("0.4").unwrap())
                .unwrap()
                .to_string(),
            "0.003"
        );
    }

    #[test]
    fn powers_and_rounding() {
        let x = Decimal::parse("1.1").unwrap().checked_powi(23).unwrap();
        assert!((x.to_f64() - 8.954_302_432_552_39).abs() < 1e-12, "{x}");
        assert_eq!(
            Decimal::parse("-2500")
                .unwrap()
                .checked_powi(-1)
                .unwrap()
                .to_string(),
            "-0.0004"
        );
        assert_eq!(
            Decimal::from_int(2).checked_powi(10),
            Some(Decimal::from_int(1024))
        );
        assert_eq!(Decimal::ZERO.checked_powi(-1), None);
        assert!(Decimal::from_int(10).checked_powi(60).is_none());
        assert_eq!(
            Decimal::parse("2.345").unwrap().round_dp(2).to_string(),
            "2.35"
        );
        assert_eq!(
            Decimal::parse("-2.345").unwrap().round_dp(2).to_string(),
            "-2.35"
        );
        assert_eq!(
            Decimal::parse("2.344").unwrap().round_dp(2).to_string(),
            "2.34"
        );
    }
}
