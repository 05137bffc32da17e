//! Why two figures or dates of two articles are, or are not, one claim.
//!
//! ```sh
//! cargo run --release --example explain -- CORPUS.jsonl DOC_A START_A DOC_B START_B
//! ```
//! DOC is a document id, START the first byte of the fact's span in its
//! text (as `concord facts` and `concord report --format json` give it).
//! Prints both frames and the decision, the mentions built as `report`
//! builds them ([`concord::compare::explain_pair`]): read in the article's
//! locale (its `locale` field, else its source's domain), with the other
//! figures of each sentence, so the vetoes that weigh them show.

use concord::compare::{explain_pair, EventDoc};
use concord::facts::{self, date, ExtractContext};
use concord::lex::locale::Locale;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 6 {
        eprintln!("usage: explain CORPUS.jsonl DOC_A START_A DOC_B START_B");
        std::process::exit(2);
    }
    let want = [
        (&args[2], args[3].parse::<usize>()?),
        (&args[4], args[5].parse::<usize>()?),
    ];
    let mut docs = [None, None];
    for line in std::io::BufReader::new(std::fs::File::open(&args[1])?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        for (k, (id, _)) in want.iter().enumerate() {
            if v["id"].as_str() == Some(id.as_str()) {
                docs[k] = Some(v.clone());
            }
        }
    }
    let mut read = Vec::new();
    for d in &docs {
        let d = d.as_ref().ok_or("document not found")?;
        let text = d["text"].as_str().unwrap_or("").to_string();
        let source = d["source"].as_str().map(String::from);
        let (published, from_metadata) =
            match d["published"].as_str().and_then(date::parse_published) {
                Some(p) => (Some(p), true),
                None => (date::published_from_text(&text).map(|p| p.0), false),
            };
        let locale = d["locale"]
            .as_str()
            .and_then(Locale::parse)
            .or_else(|| source.as_deref().and_then(Locale::from_domain))
            .unwrap_or_default();
        let facts = facts::extract(&text, &ExtractContext { published, locale });
        read.push((text, source, facts, published, from_metadata));
    }
    let event: Vec<EventDoc<'_>> = read
        .iter()
        .enumerate()
        .map(
            |(k, (text, source, facts, published, from_metadata))| EventDoc {
                index: k as u32,
                text,
                source: source.as_deref(),
                facts,
                published: *published,
                from_metadata: *from_metadata,
            },
        )
        .collect();
    let out = explain_pair(&event, (0, want[0].1), (1, want[1].1))
        .ok_or("no figure or date starts there")?;
    println!("{out}");
    Ok(())
}
