//! Prints within- and across-event pair statistics of a labelled JSONL
//! file (fields `event`, `text`, `title`, `published`), for inspecting
//! the event scores: `cargo run --example event_dump FILE [ID-PART]...`.
mod common;
use concord::events::score;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let filter: Vec<String> = std::env::args().skip(2).collect();
    let (vecs, meta) = common::load_vectors(&path)?;
    let w = score::TimeWindow::default();
    let topic = |e: &str| e.split('_').next().unwrap_or("").to_string();
    for f in &filter {
        let idx: Vec<usize> = (0..meta.len())
            .filter(|&i| topic(&meta[i].1) == *f)
            .collect();
        let (mut same, mut cross) = (Vec::new(), Vec::new());
        for (k, &i) in idx.iter().enumerate() {
            for &j in &idx[k + 1..] {
                let s = score::score(&vecs[i], &vecs[j], None).similarity;
                let c = score::actor_conflict(&vecs[i], &vecs[j]);
                let t = score::time_conflict(&vecs[i], &vecs[j], &w);
                let x = (s, c, t);
                if meta[i].1 == meta[j].1 {
                    same.push(x)
                } else {
                    cross.push(x)
                }
            }
        }
        let stat = |v: &[(f64, bool, bool)]| {
            let n = v.len().max(1) as f64;
            format!(
                "n={} mean={:.3} actor={:.2} time={:.2}",
                v.len(),
                v.iter().map(|x| x.0).sum::<f64>() / n,
                v.iter().filter(|x| x.1).count() as f64 / n,
                v.iter().filter(|x| x.2).count() as f64 / n
            )
        };
        println!("topic {f}: same {} | cross {}", stat(&same), stat(&cross));
    }
    Ok(())
}
