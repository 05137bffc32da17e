//! Shared by the event diagnostics: read a labelled JSONL file (fields
//! `id`, `event`, `text`, `title`, `published`) into event vectors, the way
//! the pipeline does (publication date from metadata, else from the text).

use concord::events::features::{extract, DocFreq, DocInput, DocVector, Scratch, VectorConfig};
use std::io::BufRead;

/// Each document's `(id, event)` label.
pub type Labels = Vec<(String, String)>;

/// The documents' vectors and their labels, in file order.
pub fn load_vectors(path: &str) -> anyhow::Result<(Vec<DocVector>, Labels)> {
    let mut scratch = Scratch::default();
    let mut raw = Vec::new();
    let mut meta = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = v["text"].as_str().unwrap_or("");
        let published = v["published"]
            .as_str()
            .and_then(concord::facts::date::parse_published)
            .or_else(|| concord::facts::date::published_from_text(text).map(|x| x.0));
        let ctx = concord::facts::ExtractContext {
            published,
            ..Default::default()
        };
        let facts = concord::facts::extract(text, &ctx);
        let title = v["title"].as_str();
        let title_facts = title
            .map(|t| concord::facts::extract(t, &ctx))
            .unwrap_or_default();
        raw.push(extract(
            DocInput {
                text,
                title,
                published,
                facts: &facts,
                furniture: &[],
                title_facts: &title_facts,
            },
            &mut scratch,
        ));
        meta.push((
            v["id"].as_str().unwrap_or("").to_string(),
            v["event"].as_str().unwrap_or("").to_string(),
        ));
    }
    let mut df = DocFreq::new();
    for r in &raw {
        df.add(r);
    }
    let vecs = raw
        .into_iter()
        .map(|r| df.vector(r, &VectorConfig::default()))
        .collect();
    Ok((vecs, meta))
}
