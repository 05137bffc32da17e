//! Units of measure and of time written after a number: their
//! normalised symbols ("km", "°C", "kWh") or singular time unit names.
//!
//! Consumes a word as written and lower-cased; produces the symbol and
//! what it measures. Pure lookups.

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A physical quantity (length, mass, …).
    Measure,
    /// Time: the singular unit name of a duration and a factor (a
    /// fortnight is 2 weeks).
    Time(&'static str, u32),
}

/// A unit word written after a number: its normalised symbol and kind.
/// `raw` is the word as written (case matters for a few symbols);
/// `low` is lower-cased. `glued`: written right after the digits ("3km").
pub fn unit_of(raw: &str, low: &str, glued: bool) -> Option<(&'static str, UnitKind)> {
    use UnitKind::*;
    // "5G" is a network generation, not grams
    if raw == "G" {
        return None;
    }
    // units named after people are units only in lower case ("20
    // newtons"; "the two Newtons" are a family)
    if matches!(low, "newton" | "newtons" | "pascal" | "pascals") && raw != low {
        return None;
    }
    // case-sensitive symbols first
    let cs = match raw {
        "KiB" => Some("KiB"),
        "MiB" => Some("MiB"),
        "GiB" => Some("GiB"),
        "TiB" => Some("TiB"),
        "C" => Some("°C"),
        "F" => Some("°F"),
        "K" => None,
        "W" => Some("W"),
        "kW" | "KW" => Some("kW"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "TW" => Some("TW"),
        "Wh" => Some("Wh"),
        "kWh" | "KWh" | "kwh" => Some("kWh"),
        "MWh" => Some("MWh"),
        "GWh" => Some("GWh"),
        "TWh" => Some("TWh"),
        "J" => Some("J"),
        "kJ" => Some("kJ"),
        "MJ" => Some("MJ"),
        "GJ" => Some("GJ"),
        "V" => Some("V"),
        "kV" => Some("kV"),
        "mAh" => Some("mAh"),
        "eV" => Some("eV"),
        "keV" => Some("keV"),
        "MeV" => Some("MeV"),
        "GeV" => Some("GeV"),
        "TeV" => Some("TeV"),
        "B" if glued => Some("B"),
        "KB" | "kB" => Some("kB"),
        "MB" => Some("MB"),
        "GB" => Some("GB"),
        "TB" => Some("TB"),
        "PB" => Some("PB"),
        "EB" => Some("EB"),
        "kb" | "Kb" => Some("kbit"),
        "Mb" => Some("Mbit"),
        "Gb" => Some("Gbit"),
        "Hz" => Some("Hz"),
        "kHz" => Some("kHz"),
        "MHz" => Some("MHz"),
        "GHz" => Some("GHz"),
        "Pa" => Some("Pa"),
        "kPa" => Some("kPa"),
        "MPa" => Some("MPa"),
        "hPa" => Some("hPa"),
        "Mt" => Some("Mt"),
        "dB" => Some("dB"),
        "L" => Some("L"),
        "mA" => Some("mA"),
        "kN" => Some("kN"),
        "Gt" => Some("Gt"),
        "Tb" => Some("Tbit"),
        "Sv" => Some("Sv"),
        "mSv" => Some("mSv"),
        "µSv" | "μSv" => Some("µSv"),
        "Bq" => Some("Bq"),
        "Ah" => Some("Ah"),
        "PJ" => Some("PJ"),
        "EJ" => Some("EJ"),
        _ => None,
    };
    if let Some(s) = cs {
        return Some((s, Measure));
    }
    let sym = match low {
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" | "cms" => "cm",
        "m" | "metre" | "metres" | "meter" | "meters" | "mtr" | "mtrs" => "m",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" | "klick"
        | "klicks" => "km",
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => "dm",
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => "nm",
        "µm" | "μm" | "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron"
        | "microns" => "µm",
        "inch" | "inches" => "in",
        "ft" | "foot" | "feet" => "ft",
        "yd" | "yds" | "yard" | "yards" => "yd",
        "mi" | "mile" | "miles" => "mi",
        "ha" | "hectare" | "hectares" => "ha",
        "mb" => "MB",
        "kibibyte" | "kibibytes" => "KiB",
        "mebibyte" | "mebibytes" => "MiB",
        "gibibyte" | "gibibytes" => "GiB",
        "tebibyte" | "tebibytes" => "TiB",
        "acre" | "acres" => "acre",
        "l" | "litre" | "litres" | "liter" | "liters" | "ltr" | "ltrs" => "L",
        "ml" | "mls" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "mL",
        "cl" | "centilitre" | "centilitres" | "centiliter" | "centiliters" => "cL",
        "dl" | "decilitre" | "decilitres" | "deciliter" | "deciliters" => "dL",
        "hl" | "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" => "hL",
        "gal" | "gals" | "gallon" | "gallons" => "gal",
        "bbl" | "bbls" | "barrel" | "barrels" => "bbl",
        "cup" | "cups" => "cup",
        "tbsp" | "tablespoon" | "tablespoons" => "tbsp",
        "tsp" | "teaspoon" | "teaspoons" => "tsp",
        "pint" | "pints" => "pt",
        "quart" | "quarts" => "qt",
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg",
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => "µg",
        "g" | "gr" | "gram" | "grams" | "gramme" | "grammes" => "g",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" => "kg",
        "t" | "tonne" | "tonnes" => "t",
        "ton" | "tons" => "ton",
        "lb" | "lbs" | "pound" | "pounds" => "lb",
        "oz" | "ounce" | "ounces" => "oz",
        "kt" | "kiloton" | "kilotons" | "kilotonne" | "kilotonnes" => "kt",
        "megaton" | "megatons" | "megatonne" | "megatonnes" => "Mt",
        "carat" | "carats" => "ct",
        "mph" => "mph",
        "mpg" => "mpg",
        "kph" | "kmph" | "kmh" => "km/h",
        "knot" | "knots" => "kn",
        "celsius" | "centigrade" => "°C",
        "fahrenheit" | "farenheit" => "°F",
        "kelvin" | "kelvins" => "K",
        "degree" | "degrees" | "deg" => "°",
        "watt" | "watts" => "W",
        "kilowatt" | "kilowatts" => "kW",
        "megawatt" | "megawatts" => "MW",
        "gigawatt" | "gigawatts" => "GW",
        "terawatt" | "terawatts" => "TW",
        "joule" | "joules" => "J",
        "kilojoule" | "kilojoules" => "kJ",
        "megajoule" | "megajoules" => "MJ",
        "calorie" | "calories" | "cal" => "cal",
        "kcal" | "kilocalorie" | "kilocalories" => "kcal",
        "hp" | "horsepower" => "hp",
        "volt" | "volts" => "V",
        "kilovolt" | "kilovolts" => "kV",
        "amp" | "amps" | "ampere" | "amperes" => "A",
        "btu" | "btus" => "BTU",
        "bit" | "bits" => "bit",
        "byte" | "bytes" => "B",
        "kilobyte" | "kilobytes" => "kB",
        "megabyte" | "megabytes" => "MB",
        "gigabyte" | "gigabytes" => "GB",
        "terabyte" | "terabytes" => "TB",
        "petabyte" | "petabytes" => "PB",
        "exabyte" | "exabytes" => "EB",
        "kilobit" | "kilobits" | "kbit" => "kbit",
        "megabit" | "megabits" | "mbit" => "Mbit",
        "gigabit" | "gigabits" | "gbit" => "Gbit",
        "kbps" => "kbit/s",
        "mbps" => "Mbit/s",
        "gbps" => "Gbit/s",
        "hz" | "hertz" => "Hz",
        "khz" | "kilohertz" => "kHz",
        "mhz" | "megahertz" => "MHz",
        "ghz" | "gigahertz" => "GHz",
        "psi" => "psi",
        "atm" | "atmosphere" | "atmospheres" => "atm",
        "mbar" | "millibar" | "millibars" => "mbar",
        "db" | "decibel" | "decibels" => "dB",
        "gwh" => "GWh",
        "mwh" => "MWh",
        "twh" => "TWh",
        "tpd" => "t/d",
        "bpd" => "bbl/d",
        "picometre" | "picometres" | "picometer" | "picometers" => "pm",
        "femtometre" | "femtometres" | "femtometer" | "femtometers" => "fm",
        "angstrom" | "angstroms" | "ångström" | "ångströms" => "Å",
        "parsec" | "parsecs" => "pc",
        "furlong" | "furlongs" => "fur",
        "fathom" | "fathoms" => "ftm",
        "bushel" | "bushels" => "bu",
        "gigatonne" | "gigatonnes" | "gigaton" | "gigatons" => "Gt",
        "newton" | "newtons" => "N",
        "kilonewton" | "kilonewtons" => "kN",
        "pascal" | "pascals" => "Pa",
        "kilopascal" | "kilopascals" => "kPa",
        "hectopascal" | "hectopascals" => "hPa",
        "megapascal" | "megapascals" => "MPa",
        "sievert" | "sieverts" => "Sv",
        "millisievert" | "millisieverts" => "mSv",
        "microsievert" | "microsieverts" => "µSv",
        "becquerel" | "becquerels" => "Bq",
        "lumen" | "lumens" => "lm",
        "lux" => "lx",
        "milliamp" | "milliamps" | "milliampere" | "milliamperes" => "mA",
        "terabit" | "terabits" => "Tbit",
        "tbps" => "Tbit/s",
        "megapixel" | "megapixels" => "MP",
        "pixel" | "pixels" => "px",
        "mol" => "mol",
        "mmol" | "millimole" | "millimoles" => "mmol",
        "rpm" => "rpm",
        "ppm" => "ppm",
        "ppb" => "ppb",
        "cc" => "cm³",
        "mmhg" => "mmHg",
        "turn" | "turns" => "turn",
        _ => {
            let t = match low {
                "second" | "seconds" | "sec" | "secs" => ("second", 1),
                "minute" | "minutes" | "min" | "mins" => ("minute", 1),
                "hour" | "hours" | "hr" | "hrs" => ("hour", 1),
                "h" => ("hour", 1),
                "day" | "days" | "night" | "nights" => ("day", 1),
                "week" | "weeks" | "wk" | "wks" => ("week", 1),
                "fortnight" | "fortnights" => ("week", 2),
                "month" | "months" | "mo" | "mos" | "mth" | "mths" => ("month", 1),
                "year" | "years" | "yr" | "yrs" => ("year", 1),
                "decade" | "decades" => ("decade", 1),
                "century" | "centuries" => ("century", 1),
                "millennium" | "millennia" | "millenniums" => ("century", 10),
                _ => return None,
            };
            return Some(("", Time(t.0, t.1)));
        }
    };
    Some((sym, Measure))
}

/// Whether a measure unit can be an adjective compound ("155-mm", "three-foot").
pub fn area_volume_prefix(low: &str) -> Option<&'static str> {
    Some(match low {
        "square" | "sq" => "²",
        "cubic" | "cu" => "³",
        _ => return None,
    })
}

/// What a unit symbol (as [`unit_of`] gives it) measures and how many of
/// the dimension's base unit one of it is: `("length", 1000.0)` for "km",
/// `("area", 4046.86)` for "acre" (square metres). Covers the units news
/// writers convert between (metres and feet, hectares and acres, km/h
/// and mph, tonnes and pounds, litres and cubic metres, in cubic metres);
/// `None` for others.
pub fn dimension(symbol: &str) -> Option<(&'static str, f64)> {
    Some(match symbol {
        "mm" => ("length", 0.001),
        "cm" => ("length", 0.01),
        "m" => ("length", 1.0),
        "km" => ("length", 1000.0),
        "in" => ("length", 0.0254),
        "ft" => ("length", 0.3048),
        "yd" => ("length", 0.9144),
        "mi" => ("length", 1609.344),
        "m²" => ("area", 1.0),
        "km²" => ("area", 1_000_000.0),
        "ha" => ("area", 10_000.0),
        "acre" => ("area", 4046.856),
        "ft²" => ("area", 0.092_903),
        "mi²" => ("area", 2_589_988.0),
        "km/h" => ("speed", 1.0),
        "mph" => ("speed", 1.609_344),
        "kn" => ("speed", 1.852),
        "g" => ("mass", 0.001),
        "kg" => ("mass", 1.0),
        "t" => ("mass", 1000.0),
        "lb" => ("mass", 0.453_592),
        "m³" => ("volume", 1.0),
        "cm³" => ("volume", 0.000_001),
        "L" => ("volume", 0.001),
        "mL" => ("volume", 0.000_001),
        "hL" => ("volume", 0.1),
        "gal" => ("volume", 0.003_785_41),
        "bbl" => ("volume", 0.158_987),
        _ => return None,
    })
}
