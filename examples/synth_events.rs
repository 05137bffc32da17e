//! Writes a synthetic corpus of planted events as JSONL (`id`, `title`,
//! `text`, `published`, `event`) for scale runs of `concord cluster` and
//! `concord report`:
//!
//! ```sh
//! cargo run --release --example synth_events -- 100000 7 > /tmp/events100k.jsonl
//! /usr/bin/time -v target/release/concord cluster /tmp/events100k.jsonl -o /tmp/c.jsonl -v
//! ```
//!
//! Arguments: number of documents (default 10000) and seed (default 1).

use concord::synth::{self, EventSynthConfig};
use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let docs = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let corpus = synth::generate_events(&EventSynthConfig {
        docs,
        seed,
        ..Default::default()
    });
    let mut out = BufWriter::new(std::io::stdout().lock());
    for d in corpus {
        let line = serde_json::json!({
            "id": d.id,
            "title": d.title,
            "text": d.text,
            "published": d.published,
            "event": format!("ev{}", d.event),
        });
        writeln!(out, "{line}")?;
    }
    out.flush()
}
