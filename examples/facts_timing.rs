//! Development tool: time the fact extractors on each file of a directory
//! and print the slowest (to catch super-linear inputs).
use concord::facts::{self, CivilDate, ExtractContext};
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fuzz/corpus/extract".into());
    let mut rows = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for e in entries.flatten() {
        let Ok(bytes) = std::fs::read(e.path()) else {
            continue;
        };
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let ctx = ExtractContext {
            published: Some(CivilDate {
                year: 2023,
                month: 12,
                day: 7,
            }),
            ..Default::default()
        };
        let t = Instant::now();
        let n = facts::extract(&text, &ctx).len();
        let dt = t.elapsed().as_secs_f64();
        rows.push((dt, text.len(), n, e.path()));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (dt, len, n, p) in rows.iter().take(10) {
        println!("{:.4}s {len} bytes {n} facts {}", dt, p.display());
    }
}
