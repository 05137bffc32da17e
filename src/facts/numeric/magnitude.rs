//! Earthquake magnitudes written with the number glued to its mark:
//! "the magnitude-5.4 quake", "an M5.4 quake". Read as the plain number
//! ("5.4"), as "a magnitude 5.7 earthquake" and "a 5.4-magnitude quake"
//! are; without this reader the first was no figure at all and the second
//! a metre ("an M" read as "one m").

use super::*;

impl<'a> Cx<'a> {
    /// A magnitude glued to its mark at token `i` ("magnitude-5.4",
    /// "M5.4"): the number's fact and the token after it.
    pub(super) fn glued_magnitude(&self, i: usize) -> Option<(Vec<Fact>, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let j = if self.low(t) == "magnitude" {
            let hyphen =
                self.tok(i + 1).is_some_and(|x| x.dash()) && self.glued(i + 1) && self.glued(i + 2);
            if !hyphen {
                return None;
            }
            i + 2
        } else if self.raw(t) == "M" && self.glued(i + 1) {
            i + 1
        } else {
            return None;
        };
        let n = self.np.parse(j, false)?;
        // a figure of a magnitude, in digits; "M5" alone is a road
        let plausible = !n.words
            && n.mult.is_none()
            && n.value > Decimal::ZERO
            && n.value < d(10)
            && !(self.raw(t) == "M" && n.value.is_integer());
        if !plausible {
            return None;
        }
        let f = Fact::new(
            FactKind::Number,
            self.span(j, n.end),
            FactValue::Number(n.value),
        );
        Some((vec![f], n.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{numeric::extract, FactKind, FactValue, Quantity};

    /// The numbers read from `text`, as written.
    fn numbers(text: &str) -> Vec<String> {
        extract(text)
            .into_iter()
            .filter(|f| f.kind == FactKind::Number)
            .map(|f| text[f.span.start..f.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_magnitude_glued_to_its_mark() {
        assert_eq!(
            numbers("The magnitude-5.4 quake shook the valley."),
            ["5.4"]
        );
        assert_eq!(numbers("An M5.1 earthquake hit the island."), ["5.1"]);
        // "an M" is no metre
        assert!(extract("An M5.1 quake hit.").iter().all(|f| !matches!(
            &f.value,
            FactValue::Quantity(Quantity::Amount { unit, .. }) if unit == "m"
        )));
    }

    #[test]
    fn no_magnitude_elsewhere() {
        assert!(numbers("The M5 motorway was shut.").is_empty());
        assert!(numbers("A magnitude-12 problem.").is_empty());
    }
}
