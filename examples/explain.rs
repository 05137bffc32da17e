//! Why two figures or dates of two articles are, or are not, one claim.
//!
//! ```sh
//! cargo run --release --example explain -- CORPUS.jsonl DOC_A START_A DOC_B START_B
//! ```
//! DOC is a document id, START the first byte of the fact's span in its
//! text (as `concord facts` and `concord report --format json` give it).
//! Prints both frames and the decision.

use concord::claim::ClaimDoc;
use concord::compare::align::{explain, Side};
use concord::facts::{self, date, ExtractContext, FactValue};
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
    let mut sides = Vec::new();
    let mut keep = Vec::new();
    for (k, d) in docs.iter().enumerate() {
        let d = d.as_ref().ok_or("document not found")?;
        let text = d["text"].as_str().unwrap_or("").to_string();
        let published = d["published"]
            .as_str()
            .and_then(date::parse_published)
            .or_else(|| date::published_from_text(&text).map(|p| p.0));
        let facts = facts::extract(
            &text,
            &ExtractContext {
                published,
                ..Default::default()
            },
        );
        let claims = ClaimDoc::new(&text, &facts);
        keep.push((text, facts, claims, published));
        let _ = k;
    }
    for (k, (text, facts, claims, published)) in keep.iter().enumerate() {
        let i = facts
            .iter()
            .position(|f| f.span.start == want[k].1 && f.kind != facts::FactKind::Person)
            .ok_or("no fact starts there")?;
        let frame = claims.frames[i].as_ref().ok_or("not a figure or date")?;
        println!(
            "{}: {:?} {:?} {:?}\n  {:#?}\n",
            want[k].0,
            facts[i].kind,
            &text[facts[i].span.start..facts[i].span.end],
            facts[i].value,
            frame
        );
        let pub_day = published.map(concord::compare::values::day_number);
        let anchors = frame
            .anchors
            .iter()
            .filter_map(|&j| match &facts[j].value {
                FactValue::Date(v) => concord::compare::values::day_span(v),
                _ => None,
            })
            .collect();
        sides.push(Side {
            doc: k as u32,
            fact: &facts[i],
            frame,
            published: pub_day,
            anchors,
            surface: &text[facts[i].span.start..facts[i].span.end],
        });
    }
    println!("{}", explain(&sides[0], &sides[1]));
    Ok(())
}
