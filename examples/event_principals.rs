//! Diagnostic (experiments): for labelled JSONL, each document's headline
//! principal and the pairs of documents whose
//! principals conflict ([`score::principal_conflict`]), split into pairs of
//! one gold event (false conflicts) and of two (true ones), for the topics
//! listed in `TOPICS=3,5,...` (all when unset).
//! `cargo run --release --example event_principals FILE`
mod common;
use concord::events::score;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let (vecs, meta) = common::load_vectors(&path)?;
    let topics: Vec<String> = std::env::var("TOPICS")
        .unwrap_or_default()
        .split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let topic = |e: &str| e.split('_').next().unwrap_or("").to_string();
    let shown: Vec<usize> = (0..meta.len())
        .filter(|&i| topics.is_empty() || topics.contains(&topic(&meta[i].1)))
        .collect();
    let name = |p: Option<&concord::events::features::PersonKey>| {
        p.map_or("-".to_string(), |p| format!("{}{}", p.initial, p.surname))
    };
    for &i in &shown {
        let lead: Vec<String> = vecs[i]
            .persons
            .iter()
            .map(|p| {
                format!(
                    "{}{}:{}:{:?}",
                    p.initial, p.surname, p.mentions, p.prominence
                )
            })
            .collect();
        let game = if vecs[i].frame.game {
            format!(" game {:?}", vecs[i].frame.lead_scores)
        } else {
            String::new()
        };
        println!(
            "{} {} principal {}{} | {}",
            meta[i].0,
            meta[i].1,
            name(score::headline_principal(&vecs[i])),
            game,
            lead.join(" ")
        );
    }
    let (mut same, mut cross) = (0, 0);
    for (k, &i) in shown.iter().enumerate() {
        for &j in &shown[k + 1..] {
            if topic(&meta[i].1) != topic(&meta[j].1)
                || !score::principal_conflict(&vecs[i], &vecs[j])
            {
                continue;
            }
            let one = meta[i].1 == meta[j].1;
            if one {
                same += 1;
            } else {
                cross += 1;
            }
            let s = score::score(&vecs[i], &vecs[j], None).similarity;
            println!(
                "{} {} {} {:.3} {} / {}",
                if one { "FALSE" } else { "true " },
                meta[i].0,
                meta[j].0,
                s,
                name(score::headline_principal(&vecs[i])),
                name(score::headline_principal(&vecs[j])),
            );
        }
    }
    println!("conflicts within one event {same}, across events of a topic {cross}");
    // The broader rules, for comparison: the actor conflict (most named
    // person) and the cast conflict (main people the other never names).
    for (rule, f) in [
        ("actor", score::actor_conflict as fn(_, _) -> bool),
        ("cast", score::cast_conflict),
        ("principal", score::principal_conflict),
    ] {
        let (mut same, mut cross) = (0, 0);
        let mut by_topic: std::collections::BTreeMap<String, u32> = Default::default();
        for (k, &i) in shown.iter().enumerate() {
            for &j in &shown[k + 1..] {
                if topic(&meta[i].1) == topic(&meta[j].1) && f(&vecs[i], &vecs[j]) {
                    if meta[i].1 == meta[j].1 {
                        same += 1;
                        *by_topic.entry(meta[i].1.clone()).or_default() += 1;
                    } else {
                        cross += 1;
                    }
                }
            }
        }
        println!(
            "{rule}: pairs within one event {same} {by_topic:?}, across events of a topic {cross}"
        );
    }
    Ok(())
}
