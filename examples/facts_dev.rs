//! Development harness for the fact extractors, until `concord facts` lands:
//! reads JSONL `{"id","text","published"}` from standard input and prints
//! one fact per line as `concord facts` does.
use concord::facts::{self, CivilDate, ExtractContext};
use std::io::{BufRead, Write};

fn parse_date(s: &str) -> Option<CivilDate> {
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some(CivilDate {
        year: y,
        month: m,
        day: d,
    })
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) else {
            continue;
        };
        let ctx = ExtractContext {
            published: v["published"].as_str().and_then(parse_date),
        };
        for f in facts::extract(text, &ctx) {
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string(&f.record(id, text)).unwrap_or_default()
            );
        }
    }
}
