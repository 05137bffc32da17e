//! Diagnostic (experiments): for labelled JSONL, each document's acts of
//! organisations ([`concord::events::acts`]) and the pairs whose acts
//! conflict ([`score::act_conflict`]), split into pairs of one gold event
//! (false conflicts) and of two (true ones).
//! `cargo run --release --example event_acts FILE`
mod common;
use concord::events::score;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let (vecs, meta) = common::load_vectors(&path)?;
    for (v, (id, event)) in vecs.iter().zip(&meta) {
        if v.frame.acts.is_empty() {
            continue;
        }
        let acts: Vec<String> = v
            .frame
            .acts
            .iter()
            .map(|a| format!("{} -> {}", a.actor, a.target.as_deref().unwrap_or("-")))
            .collect();
        println!("{id} {event}: {}", acts.join("; "));
    }
    let (mut same, mut apart) = (0, 0);
    for i in 0..vecs.len() {
        for j in i + 1..vecs.len() {
            if score::act_conflict(&vecs[i], &vecs[j]) {
                let one = meta[i].1 == meta[j].1;
                if one {
                    same += 1;
                    println!("FALSE {} {}", meta[i].0, meta[j].0);
                } else {
                    apart += 1;
                }
            }
        }
    }
    println!("act conflicts: {apart} between two events, {same} within one");
    Ok(())
}
