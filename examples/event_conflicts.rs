//! Counts, over every pair of documents of a labelled JSONL file (fields
//! `event`, `text`, `title`, `published`), how often each kind of hard
//! evidence fires between reports of one event (false) and of two (true):
//! `cargo run --release --example event_conflicts FILE [-v] [ID]...`.
//! The day, place, street and age columns are the frame tests alone (the
//! last three with the shared-main-person exception); `-v` names the pairs
//! of one event each fires on, an `ID` prints that document's anchor,
//! dates and frame; `HARD=1` lists the pairs of one event with
//! [`hard_conflict`](concord::events::score::hard_conflict), `PAIRS=1`
//! prints every pair's score.
mod common;
use concord::events::frame::{day_conflict, place_conflict, street_conflict};
use concord::events::score::cast_conflict;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let verbose = std::env::args().any(|a| a == "-v");
    let (vecs, meta) = common::load_vectors(&path)?;
    let show: Vec<String> = std::env::args().skip(2).filter(|a| a != "-v").collect();
    for (i, (id, ev)) in meta.iter().enumerate() {
        if show.contains(id) {
            let v = &vecs[i];
            println!(
                "{id} {ev} anchor {:?} mentions {:?} frame {:?} persons {:?}",
                v.anchor,
                v.mentions,
                v.frame,
                v.persons
                    .iter()
                    .map(|p| (p.initial, &*p.surname, p.mentions))
                    .collect::<Vec<_>>()
            );
        }
    }
    let names = ["day", "place", "street", "age", "cast"];
    let mut same = [0usize; 5];
    let mut diff = [0usize; 5];
    let (mut n_same, mut n_diff) = (0, 0);
    for i in 0..vecs.len() {
        for j in i + 1..vecs.len() {
            let (a, b) = (&vecs[i], &vecs[j]);
            let shared = a.persons.iter().enumerate().any(|(i, p)| {
                b.persons
                    .iter()
                    .enumerate()
                    .any(|(j, q)| (i < 2 || j < 2) && concord::events::score::same_person(p, q))
            });
            let hard = concord::events::score::hard_conflict(a, b);
            if hard && meta[i].1 == meta[j].1 && std::env::var("HARD").is_ok() {
                println!("HARDFALSE {} {} ({})", meta[i].0, meta[j].0, meta[i].1);
            }
            let fired = [
                day_conflict(a.when(), b.when()),
                place_conflict(&a.frame, &b.frame) && !shared,
                street_conflict(&a.frame, &b.frame) && !shared,
                concord::events::score::ages_differ(a, b),
                cast_conflict(a, b),
            ];
            let one = meta[i].1 == meta[j].1;
            if std::env::var("PAIRS").is_ok() {
                let sc = concord::events::score::score(
                    a,
                    b,
                    Some(&concord::events::score::TimeWindow::default()),
                );
                println!(
                    "{} {} sim {:.3} aff {:.3} hard {} cast {} shared {} fired {:?} actor {}",
                    meta[i].0,
                    meta[j].0,
                    sc.similarity,
                    sc.affinity,
                    sc.hard,
                    cast_conflict(a, b),
                    concord::events::score::share_main_person(a, b),
                    fired,
                    concord::events::score::actor_conflict(a, b)
                );
            }
            if one {
                n_same += 1;
            } else {
                n_diff += 1;
            }
            for (k, &f) in fired.iter().enumerate() {
                if f && one {
                    same[k] += 1;
                    if verbose {
                        let gap = match (a.anchor, b.anchor) {
                            (Some(x), Some(y)) => (x.day - y.day).abs(),
                            _ => -1,
                        };
                        println!(
                            "FALSE {} {} {} ({}) anchor-gap {gap}",
                            names[k], meta[i].0, meta[j].0, meta[i].1
                        );
                    }
                } else if f {
                    diff[k] += 1;
                }
            }
        }
    }
    println!("pairs: {n_same} of one event, {n_diff} of two");
    for k in 0..5 {
        println!(
            "{:<7} fires on {:>6} pairs of one event, {:>7} of two",
            names[k], same[k], diff[k]
        );
    }
    Ok(())
}
