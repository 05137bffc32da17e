//! Parsing of one JSONL record.
//!
//! Consumes the bytes of one line (terminator removed) and the configured
//! field names; produces the text, the id and the metadata, or the reason the
//! line is not a usable record. Guarantees:
//!
//! - No `serde_json::Value` is built: keys are compared to the configured
//!   names as they stream by, and the values of other fields are skipped
//!   with [`IgnoredAny`]. Only the six known fields are allocated.
//! - Duplicate keys: the **last** occurrence wins (as in JavaScript's
//!   `JSON.parse`).
//! - `text` must be a string (an empty string is accepted). `id` may be a
//!   string or a number (a number becomes its decimal text; integers are
//!   exact, other numbers go through `f64`); an id of any other type, `null`
//!   or `""` counts as absent. `title`, `source`, `published`, `url` and `locale` are
//!   kept when they are non-empty strings and ignored otherwise: a wrong type
//!   there does not cost the record. One JSON key may serve several roles
//!   (e.g. `--id-field url`).
//! - Never panics; nesting depth is bounded by serde_json's recursion limit.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::FieldNames;
use crate::document::DocMeta;

/// A record's fields, as found in the JSON object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// The article text.
    pub(crate) text: String,
    /// The id, when the record has a usable one.
    pub(crate) id: Option<String>,
    /// Optional metadata.
    pub(crate) meta: DocMeta,
}

/// Parses one record. `Err` holds the human-readable reason to skip it.
pub(crate) fn parse_record(bytes: &[u8], names: &FieldNames) -> Result<Parsed, String> {
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => return Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    let first = s
        .bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    match first {
        Some(b'{') => {}
        Some(b) => return Err(format!("not a JSON object (found {})", json_kind_of(b))),
        None => return Err("not a JSON object (blank line)".to_string()),
    }
    let mut de = serde_json::Deserializer::from_str(s);
    let fields = RecordSeed { names }
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|()| f))
        .map_err(|e| describe_json_error(&e))?;
    let text = match fields.text {
        Slot::Str(t) => t,
        Slot::Absent => return Err(format!("missing string field {:?}", names.text)),
        Slot::Num(_) => {
            return Err(format!(
                "field {:?} is not a string (found a number)",
                names.text
            ))
        }
        Slot::Other(kind) => {
            return Err(format!(
                "field {:?} is not a string (found {kind})",
                names.text
            ))
        }
    };
    let id = match fields.id {
        Slot::Str(s) | Slot::Num(s) if !s.is_empty() => Some(s),
        _ => None,
    };
    Ok(Parsed {
        text,
        id,
        meta: DocMeta {
            title: fields.title.into_string(),
            source: fields.source.into_string(),
            published: fields.published.into_string(),
            url: fields.url.into_string(),
            locale: fields.locale.into_string(),
        },
    })
}

/// What a first non-whitespace byte says about a JSON value.
fn json_kind_of(b: u8) -> &'static str {
    match b {
        b'[' => "an array",
        b'"' => "a string",
        b'-' | b'0'..=b'9' => "a number",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        _ => "text that is not JSON",
    }
}

/// "invalid JSON at column 17: expected `,` or `}`": serde_json's message
/// without its "at line 1 column 17" suffix (the line is the record's own
/// line, reported separately).
fn describe_json_error(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(msg) if e.line() == 1 => format!("invalid JSON at column {}: {msg}", e.column()),
        Some(msg) => format!(
            "invalid JSON at line {} column {} of the record: {msg}",
            e.line(),
            e.column()
        ),
        None => format!("invalid JSON: {full}"),
    }
}

/// The value of one known field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Slot {
    /// Not in the record.
    #[default]
    Absent,
    /// A string.
    Str(String),
    /// A number, as decimal text.
    Num(String),
    /// Any other JSON type, named for messages ("null", "an array").
    Other(&'static str),
}

impl Slot {
    /// A non-empty string value, else `None`.
    fn into_string(self) -> Option<String> {
        match self {
            Slot::Str(s) if !s.is_empty() => Some(s),
            _ => None,
        }
    }
}

/// The known fields of one record.
#[derive(Debug, Default)]
struct Fields {
    text: Slot,
    id: Slot,
    title: Slot,
    source: Slot,
    published: Slot,
    url: Slot,
    locale: Slot,
}

const ROLE_TEXT: u8 = 1;
const ROLE_ID: u8 = 2;
const ROLE_TITLE: u8 = 4;
const ROLE_SOURCE: u8 = 8;
const ROLE_PUBLISHED: u8 = 16;
const ROLE_URL: u8 = 32;
const ROLE_LOCALE: u8 = 64;

impl Fields {
    /// Stores `value` in every slot whose bit is in `roles`.
    fn assign(&mut self, roles: u8, value: Slot) {
        let mut value = Some(value);
        let mut remaining = roles.count_ones();
        for (bit, slot) in [
            (ROLE_TEXT, &mut self.text),
            (ROLE_ID, &mut self.id),
            (ROLE_TITLE, &mut self.title),
            (ROLE_SOURCE, &mut self.source),
            (ROLE_PUBLISHED, &mut self.published),
            (ROLE_URL, &mut self.url),
            (ROLE_LOCALE, &mut self.locale),
        ] {
            if roles & bit != 0 {
                remaining -= 1;
                // The last role takes the value by move, others a clone.
                *slot = if remaining == 0 {
                    value.take().unwrap_or_default()
                } else {
                    value.clone().unwrap_or_default()
                };
            }
        }
    }
}

/// Deserializes a record object into [`Fields`].
struct RecordSeed<'n> {
    names: &'n FieldNames,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Fields;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Fields;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(roles) = map.next_key_seed(KeySeed { names: self.names })? {
            if roles == 0 {
                map.next_value::<IgnoredAny>()?;
            } else {
                let value = map.next_value_seed(SlotSeed)?;
                fields.assign(roles, value);
            }
        }
        Ok(fields)
    }
}

/// Maps a key to the set of roles it plays (0: an ignored field), without
/// allocating when the key has no escapes.
struct KeySeed<'n> {
    names: &'n FieldNames,
}

impl KeySeed<'_> {
    fn roles(&self, key: &str) -> u8 {
        let n = self.names;
        let mut r = 0;
        for (bit, name) in [
            (ROLE_TEXT, &n.text),
            (ROLE_ID, &n.id),
            (ROLE_TITLE, &n.title),
            (ROLE_SOURCE, &n.source),
            (ROLE_PUBLISHED, &n.published),
            (ROLE_URL, &n.url),
            (ROLE_LOCALE, &n.locale),
        ] {
            if key == name.as_str() {
                r |= bit;
            }
        }
        r
    }
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = u8;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u8, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = u8;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<u8, E> {
        Ok(self.roles(v))
    }
}

/// Deserializes a field value into a [`Slot`].
struct SlotSeed;

impl<'de> DeserializeSeed<'de> for SlotSeed {
    type Value = Slot;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Slot, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SlotSeed {
    type Value = Slot;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Slot, E> {
        Ok(Slot::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Slot, E> {
        Ok(Slot::Str(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Slot, E> {
        Ok(Slot::Num(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Slot, E> {
        Ok(Slot::Num(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Slot, E> {
        Ok(Slot::Num(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Slot, E> {
        Ok(Slot::Other("a boolean"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Slot, E> {
        Ok(Slot::Other("null"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Slot, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Slot::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Slot, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Slot::Other("an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> FieldNames {
        FieldNames::default()
    }

    fn ok(line: &str) -> Parsed {
        parse_record(line.as_bytes(), &names()).unwrap()
    }

    fn reason(line: &[u8]) -> String {
        parse_record(line, &names()).unwrap_err()
    }

    #[test]
    fn full_record() {
        let p = ok(
            r#"{"id":"a1","text":"Hello \"w\"\n","title":"T","source":"s.com","published":"2024-08-31","url":"https://x/","extra":{"deep":[1,2,{"k":null}]}}"#,
        );
        assert_eq!(p.text, "Hello \"w\"\n");
        assert_eq!(p.id.as_deref(), Some("a1"));
        assert_eq!(p.meta.title.as_deref(), Some("T"));
        assert_eq!(p.meta.source.as_deref(), Some("s.com"));
        assert_eq!(p.meta.published.as_deref(), Some("2024-08-31"));
        assert_eq!(p.meta.url.as_deref(), Some("https://x/"));
    }

    #[test]
    fn ids_from_numbers_and_absent_ids() {
        assert_eq!(ok(r#"{"id":42,"text":""}"#).id.as_deref(), Some("42"));
        assert_eq!(ok(r#"{"id":-7,"text":""}"#).id.as_deref(), Some("-7"));
        assert_eq!(ok(r#"{"id":1.5,"text":""}"#).id.as_deref(), Some("1.5"));
        assert_eq!(
            ok(r#"{"id":18446744073709551615,"text":""}"#).id.as_deref(),
            Some("18446744073709551615")
        );
        for absent in [
            r#"{"text":"x"}"#,
            r#"{"id":null,"text":"x"}"#,
            r#"{"id":"","text":"x"}"#,
            r#"{"id":[1],"text":"x"}"#,
            r#"{"id":true,"text":"x"}"#,
        ] {
            assert_eq!(ok(absent).id, None, "{absent}");
        }
    }

    #[test]
    fn empty_text_is_a_record() {
        assert_eq!(ok(r#"{"text":""}"#).text, "");
    }

    #[test]
    fn wrong_typed_optional_fields_are_ignored() {
        let p = ok(r#"{"text":"x","title":7,"source":null,"published":["2024"],"url":{"a":1}}"#);
        assert_eq!(p.meta, DocMeta::default());
        assert_eq!(ok(r#"{"text":"x","title":""}"#).meta.title, None);
    }

    #[test]
    fn escaped_keys_and_duplicates() {
        // "\u0074ext" is "text": keys with escapes match too.
        assert_eq!(ok(r#"{"\u0074ext":"esc"}"#).text, "esc");
        // Last occurrence wins.
        assert_eq!(ok(r#"{"text":"a","text":"b"}"#).text, "b");
        assert_eq!(
            reason(br#"{"text":"a","text":1}"#),
            r#"field "text" is not a string (found a number)"#
        );
    }

    #[test]
    fn renamed_fields_and_shared_roles() {
        let n = FieldNames {
            text: "body".into(),
            id: "url".into(),
            ..FieldNames::default()
        };
        let p = parse_record(br#"{"text":"no","body":"yes","url":"https://a/b"}"#, &n).unwrap();
        assert_eq!(p.text, "yes");
        assert_eq!(p.id.as_deref(), Some("https://a/b"));
        assert_eq!(p.meta.url.as_deref(), Some("https://a/b"));
        assert_eq!(
            parse_record(br#"{"text":"x"}"#, &n).unwrap_err(),
            r#"missing string field "body""#
        );
    }

    #[test]
    fn reasons() {
        let table: &[(&[u8], &str)] = &[
            (br#"{"id":"x"}"#, r#"missing string field "text""#),
            (br#"{"text":null}"#, r#"field "text" is not a string (found null)"#),
            (br#"{"text":["a"]}"#, r#"field "text" is not a string (found an array)"#),
            (br#"{"text":{"a":1}}"#, r#"field "text" is not a string (found an object)"#),
            (br#"{"text":true}"#, r#"field "text" is not a string (found a boolean)"#),
            (br#"["text","x"]"#, "not a JSON object (found an array)"),
            (br#""text""#, "not a JSON object (found a string)"),
            (b"  42", "not a JSON object (found a number)"),
            (b"null", "not a JSON object (found null)"),
            (b"true", "not a JSON object (found a boolean)"),
            (b"hello", "not a JSON object (found text that is not JSON)"),
            (br#"{"text":"a",}"#, "invalid JSON at column 13: trailing comma"),
            (br#"{"text":"a"} x"#, "invalid JSON at column 14: trailing characters"),
            (br#"{"text":"a""#, "invalid JSON at column 11: EOF while parsing an object"),
            (b"{\"text\":\"a\xff\"}", "invalid UTF-8 at byte 10"),
            (b"{\"text\":\"a\x00\"}", "invalid JSON at column 11: control character (\\u0000-\\u001F) found while parsing a string"),
        ];
        for (line, want) in table {
            assert_eq!(&reason(line), want, "{}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn deep_nesting_does_not_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        // In an ignored field, skipped without recursion.
        let p = ok(&format!(r#"{{"text":"x","extra":{deep}}}"#));
        assert_eq!(p.text, "x");
        // In a known field: serde_json's recursion limit, or a type error.
        let r = reason(format!(r#"{{"text":{deep}}}"#).as_bytes());
        assert!(
            r.contains("recursion limit") || r.contains("not a string"),
            "{r}"
        );
        let r = reason(deep.as_bytes());
        assert_eq!(r, "not a JSON object (found an array)");
        let objs = format!("{}{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
        let r = reason(objs.as_bytes());
        assert!(
            r.starts_with("invalid JSON") || r.starts_with("missing"),
            "{r}"
        );
    }
}
