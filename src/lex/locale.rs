//! The conventions an article is written in: which English, and so the
//! order of numeric dates, what "$", "dollars", "a grand" and the coins
//! mean, and whose holidays "Labour Day" or "Thanksgiving" name.
//!
//! Consumes a BCP 47 tag ("en-GB", "en_AU", "en") or the domain of a
//! source ("theage.com.au"); produces a [`Locale`]. Pure lookups; an
//! unknown tag or domain gives nothing, and the caller's default (US
//! English) applies.

use serde::Serialize;

/// Where an English text comes from, as far as its conventions differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Region {
    /// United States (the default).
    Us,
    /// United Kingdom.
    Gb,
    /// Ireland.
    Ie,
    /// Australia.
    Au,
    /// New Zealand.
    Nz,
    /// Canada.
    Ca,
    /// India.
    In,
    /// South Africa.
    Za,
    /// The Philippines.
    Ph,
    /// Jamaica.
    Jm,
    /// Trinidad and Tobago.
    Tt,
    /// Belize.
    Bz,
    /// Singapore.
    Sg,
    /// Hong Kong.
    Hk,
    /// Nigeria.
    Ng,
    /// Kenya.
    Ke,
    /// Another English-speaking country that writes dates day first and
    /// whose "$" is no local dollar (Pakistan, Ghana, Uganda, ...).
    Other,
}

/// The conventions of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Locale {
    /// The region.
    pub region: Region,
}

impl Default for Locale {
    fn default() -> Self {
        Locale::US
    }
}

impl Locale {
    /// US English, the default.
    pub const US: Locale = Locale { region: Region::Us };

    /// The locale of a BCP 47 tag: "en", "en-US", "en-GB", "en_AU",
    /// "EN-nz" (case and `_` or `-` do not matter); a tag of another
    /// language, or a region English news does not set apart, gives
    /// `None`.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        if parts.next()? != "en" {
            return None;
        }
        // the region is the first two-letter subtag ("en-Latn-GB" too)
        let region = parts.find(|p| p.len() == 2).unwrap_or("us");
        Some(Locale {
            region: region_of(region)?,
        })
    }

    /// The locale a source's domain tells, where it tells one: a country
    /// code at the end ("theguardian.co.uk", "smh.com.au", "cbc.ca",
    /// `https://www.rte.ie/news/...`). `.com` and other generic domains
    /// tell nothing.
    pub fn from_domain(source: &str) -> Option<Locale> {
        let s = source.trim().to_ascii_lowercase();
        let host = s
            .split("://")
            .last()
            .unwrap_or("")
            .split(['/', ':', '?', '#'])
            .next()
            .unwrap_or("");
        if !host.contains('.') || host.contains(' ') {
            return None;
        }
        let tld = host.rsplit('.').next()?;
        let region = match tld {
            "uk" => Region::Gb,
            "pk" | "gh" | "ug" | "zm" | "zw" | "lk" | "bd" | "mt" | "cy" => Region::Other,
            t => region_of(t).filter(|r| *r != Region::Us)?,
        };
        Some(Locale { region })
    }

    /// The BCP 47 tag ("en-GB").
    pub fn tag(&self) -> &'static str {
        match self.region {
            Region::Us => "en-US",
            Region::Gb => "en-GB",
            Region::Ie => "en-IE",
            Region::Au => "en-AU",
            Region::Nz => "en-NZ",
            Region::Ca => "en-CA",
            Region::In => "en-IN",
            Region::Za => "en-ZA",
            Region::Ph => "en-PH",
            Region::Jm => "en-JM",
            Region::Tt => "en-TT",
            Region::Bz => "en-BZ",
            Region::Sg => "en-SG",
            Region::Hk => "en-HK",
            Region::Ng => "en-NG",
            Region::Ke => "en-KE",
            Region::Other => "en-001",
        }
    }

    /// Whether numeric dates are written day first ("4/7/2020" is 4 July):
    /// everywhere but the United States, Canada and the Philippines.
    pub fn day_first(&self) -> bool {
        !matches!(self.region, Region::Us | Region::Ca | Region::Ph)
    }

    /// The currency of a bare "$", "dollars" and the dollar coins
    /// (nickel, dime): the local dollar where there is one, else the US
    /// dollar (the "$" of news in Britain, India or South Africa).
    pub fn dollar(&self) -> &'static str {
        match self.region {
            Region::Au => "AUD",
            Region::Nz => "NZD",
            Region::Ca => "CAD",
            Region::Jm => "JMD",
            Region::Tt => "TTD",
            Region::Bz => "BZD",
            Region::Sg => "SGD",
            Region::Hk => "HKD",
            _ => "USD",
        }
    }

    /// The currency of "a grand" and "10 grand": the local money where
    /// the slang is at home (pounds in Britain, euros in Ireland, the
    /// dollar of a dollar country), unknown elsewhere (India, South Africa,
    /// the Philippines borrow the word with no settled currency).
    pub fn grand(&self) -> Option<&'static str> {
        match self.region {
            Region::Gb => Some("GBP"),
            Region::Ie => Some("EUR"),
            Region::In | Region::Za | Region::Ph | Region::Ng | Region::Ke | Region::Other => None,
            _ => Some(self.dollar()),
        }
    }

    /// The local currency a currency noun names where it is the home
    /// money: "rand" in South Africa (ZAR), "pesos" in the Philippines
    /// (PHP). Elsewhere the noun needs a country ("Mexican pesos") or the
    /// context of a price ("paid 20 rand").
    pub fn home_noun(&self, noun: &str) -> Option<&'static str> {
        match (self.region, noun) {
            (Region::Za, "rand") => Some("ZAR"),
            (Region::Ph, "peso") => Some("PHP"),
            _ => None,
        }
    }

    /// The local currency of a capital letter written before an amount
    /// where the press writes its money so: "R1,200" in South Africa,
    /// "P1.5 billion" in the Philippines.
    pub fn home_prefix(&self, raw: &str) -> Option<&'static str> {
        match (self.region, raw) {
            (Region::Za, "R") => Some("ZAR"),
            (Region::Ph, "P" | "Php") => Some("PHP"),
            _ => None,
        }
    }
}

/// The region of a two-letter region subtag or country-code domain.
fn region_of(code: &str) -> Option<Region> {
    Some(match code {
        "us" => Region::Us,
        "gb" => Region::Gb,
        "ie" => Region::Ie,
        "au" => Region::Au,
        "nz" => Region::Nz,
        "ca" => Region::Ca,
        "in" => Region::In,
        "za" => Region::Za,
        "ph" => Region::Ph,
        "jm" => Region::Jm,
        "tt" => Region::Tt,
        "bz" => Region::Bz,
        "sg" => Region::Sg,
        "hk" => Region::Hk,
        "ng" => Region::Ng,
        "ke" => Region::Ke,
        "pk" | "gh" | "ug" | "zm" | "zw" | "lk" | "bd" | "mt" | "cy" | "my" | "bw" | "na"
        | "rw" | "tz" | "mw" | "fj" => Region::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_domains() {
        let r = |t: &str| Locale::parse(t).map(|l| l.region);
        assert_eq!(r("en"), Some(Region::Us));
        assert_eq!(r("en-GB"), Some(Region::Gb));
        assert_eq!(r("EN_au"), Some(Region::Au));
        assert_eq!(r("en-Latn-NZ"), Some(Region::Nz));
        assert_eq!(r("fr-FR"), None);
        assert_eq!(r("en-XX"), None);
        assert_eq!(r("en-NG"), Some(Region::Ng));
        assert_eq!(r("en_ke"), Some(Region::Ke));
        let d = |s: &str| Locale::from_domain(s).map(|l| l.region);
        assert_eq!(d("theguardian.co.uk"), Some(Region::Gb));
        assert_eq!(d("https://www.smh.com.au/world/x"), Some(Region::Au));
        assert_eq!(d("cbc.ca"), Some(Region::Ca));
        assert_eq!(d("https://news.example.co.ke/a"), Some(Region::Ke));
        assert_eq!(d("nytimes.com"), None);
        assert_eq!(d("Reuters"), None);
        assert_eq!(d("defense.gov"), None);
        assert_eq!(Locale::parse("en-AU").unwrap().dollar(), "AUD");
        assert_eq!(Locale::parse("en-GB").unwrap().grand(), Some("GBP"));
        assert!(Locale::parse("en-IE").unwrap().day_first() && !Locale::US.day_first());
    }
}
