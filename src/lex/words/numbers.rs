//! Number words: cardinals, tens, scales, ordinals, fractions, decades
//! and the multipliers of abbreviations ("5m", "3bn").

/// Value of a cardinal word below one hundred ("seven", "forty").
pub fn small_cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return tens(w),
    })
}

/// Value of a tens word ("twenty" … "ninety").
pub fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Power of ten of a scale word ("thousand" is 3, "crore" is 7).
pub fn scale_word(w: &str) -> Option<u32> {
    Some(match w {
        "thousand" | "thousands" => 3,
        "million" | "millions" => 6,
        "billion" | "billions" => 9,
        "trillion" | "trillions" => 12,
        "quadrillion" => 15,
        "lakh" | "lakhs" | "lac" | "lacs" | "lakhs'" => 5,
        "crore" | "crores" | "koti" | "cr" => 7,
        _ => return None,
    })
}

/// Power of ten of an abbreviated multiplier written after digits
/// ("3.5bn", "10k", "2mil", "$2.5 bil", "$4 tril"). `money` allows the short forms that mean
/// million/billion only after a currency ("USD 4.5m", "$2b").
pub fn abbrev_multiplier(raw: &str, money: bool) -> Option<u32> {
    let low = raw.to_lowercase();
    Some(match low.as_str() {
        "k" | "thou" => 3,
        "bn" | "bln" | "bil" | "billion" | "mrd" => 9,
        "mn" | "mln" | "mil" | "mill" | "mio" => 6,
        "tn" | "tln" | "trn" | "tril" => 12,
        "lkh" | "lk" => 5,
        "cr" => 7,
        "mm" if money => 6,
        "m" if money || raw == "M" => 6,
        // SI giga, upper case only ("10G", "-.0012G"; the caller keeps
        // "4G"/"5G", names of network generations, out)
        "g" if raw == "G" => 9,
        "b" if money || raw == "B" => 9,
        _ => return None,
    })
}

/// Value of an ordinal word ("third" is 3, "hundredth" is 100).
pub fn ordinal_word(w: &str) -> Option<u64> {
    Some(match w {
        "zeroth" => 0,
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" | "nineth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1_000,
        "millionth" => 1_000_000,
        "billionth" => 1_000_000_000,
        "trillionth" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Denominator of a fraction word ("thirds" is 3, "quarter" is 4); the
/// flag says whether the word is plural.
pub fn denominator(w: &str) -> Option<(u32, bool)> {
    let (stem, plural) = match w {
        "halves" => return Some((2, true)),
        "half" => return Some((2, false)),
        _ => match w.strip_suffix('s') {
            Some(s) => (s, true),
            None => (w, false),
        },
    };
    Some((
        match stem {
            "third" => 3,
            "quarter" | "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" => 10,
            "twelfth" => 12,
            "sixteenth" => 16,
            "twentieth" => 20,
            "hundredth" => 100,
            "thousandth" => 1000,
            _ => return None,
        },
        plural,
    ))
}

/// Value of a vulgar fraction character ("½"): numerator, denominator.
pub fn vulgar_fraction(c: char) -> Option<(i128, i128)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}

pub(super) const DECADE_WORDS: [&str; 10] = [
    "",
    "tens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// A plural decade word: "seventies" is 70, "tens" 10, "noughties" 0.
pub fn decade_word(w: &str) -> Option<u32> {
    if w == "noughties" || w == "aughts" || w == "oughts" {
        return Some(0);
    }
    DECADE_WORDS
        .iter()
        .position(|u| !u.is_empty() && *u == w)
        .map(|i| i as u32 * 10)
}

/// A number word below twenty, cardinal or ordinal: its value and whether
/// it is an ordinal ("three" is (3, false), "third" (3, true)).
pub fn unit_word(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = small_cardinal(w).filter(|&v| v < 20) {
        return Some((v, false));
    }
    ordinal_word(w)
        .filter(|&v| v < 20)
        .map(|v| (v as u32, true))
}

/// A tens word (20, 30, … 90), cardinal or ordinal ("twentieth").
pub fn tens_word(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = tens(w) {
        return Some((v, false));
    }
    ordinal_word(w)
        .filter(|&v| (20..100).contains(&v) && v % 10 == 0)
        .map(|v| (v as u32, true))
}
