//! Diagnostic (experiments): for labelled JSONL, each listed id's scores
//! against every document of its gold event and its best other-event
//! partners, with the shared features named.
//! `cargo run --release --example event_pairs FILE ID...`
use concord::events::features::{
    extract, feature_hash, stem_plural, DocFreq, DocInput, Scratch, VectorConfig,
};
use concord::events::score::{self, TimeWindow};
use std::collections::HashMap;
use std::io::BufRead;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = &args[0];
    let show: Vec<&String> = args[1..].iter().collect();
    let mut scratch = Scratch::default();
    let mut raw = Vec::new();
    let mut meta = Vec::new();
    let mut names: HashMap<u64, String> = HashMap::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = v["text"].as_str().unwrap_or("");
        let title = v["title"].as_str();
        let published = v["published"]
            .as_str()
            .and_then(concord::facts::date::parse_published)
            .or_else(|| concord::facts::date::published_from_text(text).map(|x| x.0));
        let ctx = concord::facts::ExtractContext {
            published,
            ..Default::default()
        };
        let facts = concord::facts::extract(text, &ctx);
        let title_facts = title
            .map(|t| concord::facts::extract(t, &ctx))
            .unwrap_or_default();
        for t in [text, title.unwrap_or("")] {
            for w in t.split(|c: char| !c.is_alphanumeric()) {
                let l = w.to_lowercase();
                names
                    .entry(feature_hash("w", stem_plural(&l)))
                    .or_insert_with(|| l.clone());
            }
        }
        for f in facts.iter().chain(&title_facts) {
            if let concord::facts::FactValue::Text(n) = &f.value {
                let key = concord::facts::names::canonical_key(n);
                let kind = format!("{:?}", f.kind);
                let pre = match kind.as_str() {
                    "Person" => {
                        let parts: Vec<&str> = key.split(' ').collect();
                        let s = parts.last().copied().unwrap_or("");
                        let i = if parts.len() > 1 {
                            parts[0].chars().next().unwrap_or(' ')
                        } else {
                            ' '
                        };
                        let val = format!("{i} {s}");
                        names.insert(feature_hash("per", &val), format!("per:{val}"));
                        continue;
                    }
                    "Place" => "plc",
                    "Org" => "org",
                    _ => continue,
                };
                names.insert(feature_hash(pre, &key), format!("{pre}:{key}"));
                if pre == "plc" {
                    names.insert(feature_hash("plc", &key), format!("plc:{key}"));
                }
            }
        }
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
    let vecs: Vec<_> = raw
        .into_iter()
        .map(|r| df.vector(r, &VectorConfig::default()))
        .collect();
    let w = TimeWindow::default();
    let few = vecs.len() <= 3;
    if let Ok(evs) = std::env::var("CROSS") {
        // Every pair between two gold events (`CROSS=E1,E2`): similarity,
        // affinity and the evidence that fired.
        let (e1, e2) = evs.split_once(',').unwrap_or((&evs, &evs));
        let mut sum = 0.0;
        let mut n = 0usize;
        for i in 0..vecs.len() {
            for j in 0..vecs.len() {
                if meta[i].1 != e1 || meta[j].1 != e2 {
                    continue;
                }
                let (a, b) = (&vecs[i], &vecs[j]);
                let sc = score::score_in(a, b, Some(&w), few);
                sum += sc.similarity.clamp(0.0, 1.0) * f64::from(u8::from(sc.affinity >= 0.05));
                n += 1;
                println!(
                    "{} {} sim {:.3} aff {:.3} actor {} cast {} principals {:?} {:?}",
                    meta[i].0,
                    meta[j].0,
                    sc.similarity,
                    sc.affinity,
                    score::actor_conflict(a, b),
                    score::cast_conflict(a, b),
                    score::principal(a).map(|p| format!("{}{}", p.initial, p.surname)),
                    score::principal(b).map(|p| format!("{}{}", p.initial, p.surname)),
                );
            }
        }
        println!(
            "pairs {n} mean similarity (floored) {:.3}",
            sum / n.max(1) as f64
        );
        return Ok(());
    }
    if std::env::var("STATS").is_ok() {
        // Over pairs with affinity >= floor: how often each evidence fires
        // between reports of one event and of two.
        use concord::events::frame::*;
        let mut rows: Vec<(&str, [usize; 2])> = vec![
            ("pairs", [0, 0]),
            ("date", [0, 0]),
            ("actor", [0, 0]),
            ("figure", [0, 0]),
            ("hard", [0, 0]),
            ("day", [0, 0]),
            ("place", [0, 0]),
            ("street", [0, 0]),
            ("age", [0, 0]),
            ("shared", [0, 0]),
            ("cast", [0, 0]),
            (">=thr", [0, 0]),
        ];
        for i in 0..vecs.len() {
            for j in i + 1..vecs.len() {
                let (a, b) = (&vecs[i], &vecs[j]);
                let sc = score::score_in(a, b, Some(&w), few);
                if sc.affinity < 0.05 {
                    continue;
                }
                let k = usize::from(meta[i].1 != meta[j].1);
                let fired = [
                    true,
                    sc.conflict,
                    score::actor_conflict(a, b),
                    score::figure_conflict(a, b),
                    sc.hard,
                    day_conflict(a.when(), b.when()),
                    place_conflict(&a.frame, &b.frame),
                    street_conflict(&a.frame, &b.frame),
                    concord::events::score::ages_differ(a, b),
                    score::share_main_person(a, b),
                    score::cast_conflict(a, b),
                    sc.similarity >= 0.1,
                ];
                for (r, f) in rows.iter_mut().zip(fired) {
                    if f {
                        r.1[k] += 1;
                    }
                }
                if std::env::var("STATS").as_deref() == Ok("v")
                    && k == 0
                    && (sc.hard || sc.similarity < 0.1)
                {
                    println!(
                        "{} {} sim {:.3} aff {:.3} {:?}",
                        meta[i].0, meta[j].0, sc.similarity, sc.affinity, fired
                    );
                }
            }
        }
        for (n, c) in rows {
            println!("{n:<8} same {:>6} diff {:>6}", c[0], c[1]);
        }
        return Ok(());
    }
    if std::env::var("ACTORS").is_ok() {
        // Pairs with an actor conflict, by the kinds of the two principals.
        let mut rows: HashMap<String, [usize; 2]> = HashMap::new();
        for i in 0..vecs.len() {
            for j in i + 1..vecs.len() {
                let (a, b) = (&vecs[i], &vecs[j]);
                let sc = score::score_in(a, b, Some(&w), few);
                if sc.affinity < 0.05 || !score::actor_conflict(a, b) {
                    continue;
                }
                let (pa, pb) = (score::principal(a).unwrap(), score::principal(b).unwrap());
                let kind = |p: &concord::events::features::PersonKey| {
                    if p.initial == concord::events::features::ORG {
                        "org"
                    } else {
                        "per"
                    }
                };
                let mut k = [kind(pa), kind(pb)];
                k.sort();
                let same = meta[i].1 == meta[j].1;
                rows.entry(k.join("-")).or_default()[usize::from(!same)] += 1;
                if same {
                    println!(
                        "SAME {} {} aff {:.3} {}{}:{} vs {}{}:{} | {:?} / {:?}",
                        meta[i].0,
                        meta[j].0,
                        sc.affinity,
                        pa.initial,
                        pa.surname,
                        pa.mentions,
                        pb.initial,
                        pb.surname,
                        pb.mentions,
                        a.persons
                            .iter()
                            .take(4)
                            .map(|p| format!("{}{}:{}", p.initial, p.surname, p.mentions))
                            .collect::<Vec<_>>(),
                        b.persons
                            .iter()
                            .take(4)
                            .map(|p| format!("{}{}:{}", p.initial, p.surname, p.mentions))
                            .collect::<Vec<_>>(),
                    );
                }
            }
        }
        let mut rows: Vec<_> = rows.into_iter().collect();
        rows.sort();
        for (k, c) in rows {
            println!("{k} same {} diff {}", c[0], c[1]);
        }
        return Ok(());
    }
    if std::env::var("DATES").is_ok() {
        // Pairs with a date conflict: anchors and stated dates of each.
        for i in 0..vecs.len() {
            for j in i + 1..vecs.len() {
                let (a, b) = (&vecs[i], &vecs[j]);
                let sc = score::score_in(a, b, Some(&w), few);
                if !sc.conflict || sc.affinity < 0.05 {
                    continue;
                }
                println!(
                    "{} {} {} aff {:.3} anch {:?} {:?} | {:?} / {:?}",
                    if meta[i].1 == meta[j].1 {
                        "SAME"
                    } else {
                        "diff"
                    },
                    meta[i].0,
                    meta[j].0,
                    sc.affinity,
                    a.anchor,
                    b.anchor,
                    a.mentions,
                    b.mentions
                );
            }
        }
        return Ok(());
    }
    if let Ok(pred) = std::env::var("IMPURE") {
        let mut cl: HashMap<String, String> = HashMap::new();
        for line in std::io::BufReader::new(std::fs::File::open(pred)?).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?)?;
            cl.insert(
                v["id"].as_str().unwrap_or("").into(),
                v["cluster"].as_str().unwrap_or("").into(),
            );
        }
        use concord::events::frame::*;
        for i in 0..vecs.len() {
            for j in i + 1..vecs.len() {
                if meta[i].1 == meta[j].1 || cl.get(&meta[i].0) != cl.get(&meta[j].0) {
                    continue;
                }
                let (a, b) = (&vecs[i], &vecs[j]);
                let sc = score::score_in(a, b, Some(&w), few);
                println!(
                    "{} {} sim {:.3} shared {} day {} place {} street {} age {} | pp {:?} {:?} dl {:?} {:?} anch {:?} {:?} | {:?} / {:?}",
                    meta[i].0, meta[j].0, sc.similarity,
                    score::share_main_person(a, b),
                    day_conflict(a.when(), b.when()),
                    place_conflict(&a.frame, &b.frame),
                    street_conflict(&a.frame, &b.frame),
                    concord::events::score::ages_differ(a, b),
                    principal_place(&a.frame).map(|p| names.get(&p.0).cloned().unwrap_or_default()),
                    principal_place(&b.frame).map(|p| names.get(&p.0).cloned().unwrap_or_default()),
                    a.frame.dateline.is_some(), b.frame.dateline.is_some(),
                    a.anchor.map(|x| x.day), b.anchor.map(|x| x.day),
                    a.persons.iter().take(3).map(|p| format!("{}{}:{}", p.initial, p.surname, p.mentions)).collect::<Vec<_>>(),
                    b.persons.iter().take(3).map(|p| format!("{}{}:{}", p.initial, p.surname, p.mentions)).collect::<Vec<_>>(),
                );
            }
        }
        return Ok(());
    }
    for id in show {
        let Some(i) = meta.iter().position(|m| &m.0 == id) else {
            continue;
        };
        let a = &vecs[i];
        let nm = |h: &u64| names.get(h).cloned().unwrap_or_default();
        println!(
            "   frame places {:?} dateline {:?} streets {:?} ages {:?} own_day {} mentions {:?}",
            a.frame
                .places
                .iter()
                .map(|p| (nm(&p.0), p.1))
                .collect::<Vec<_>>(),
            a.frame.dateline.map(|d| nm(&d)),
            a.frame.streets,
            a.frame.ages,
            a.frame.own_day,
            a.mentions
        );
        println!(
            "== {} ({}) anchor {:?} persons {:?}",
            id,
            meta[i].1,
            a.anchor,
            a.persons
                .iter()
                .map(|p| format!("{}{}:{}", p.initial, p.surname, p.mentions))
                .collect::<Vec<_>>()
        );
        let mut rows: Vec<(f64, usize)> = (0..vecs.len())
            .filter(|&j| j != i)
            .map(|j| (score::score_in(a, &vecs[j], Some(&w), few).similarity, j))
            .collect();
        rows.sort_by(|x, y| y.0.total_cmp(&x.0));
        for (k, &(s, j)) in rows.iter().enumerate() {
            let same = meta[j].1 == meta[i].1;
            if !same && k >= 5 {
                continue;
            }
            let b = &vecs[j];
            let sc = score::score_in(a, b, Some(&w), few);
            let mut shared: Vec<(f64, String)> = a
                .terms
                .iter()
                .filter_map(|&(h, x)| {
                    let y = b.terms.iter().find(|t| t.0 == h)?.1;
                    Some((
                        f64::from(x) * f64::from(y),
                        names.get(&h).cloned().unwrap_or(format!("#{:x}", h >> 61)),
                    ))
                })
                .collect();
            shared.sort_by(|x, y| y.0.total_cmp(&x.0));
            println!(
                "  {} {} sim {:.3} aff {:.3} date {} hard {} actor {} fig {} | {}",
                if same { "SAME" } else { "diff" },
                meta[j].0,
                s,
                sc.affinity,
                sc.conflict,
                sc.hard,
                score::actor_conflict(a, b),
                score::figure_conflict(a, b),
                shared
                    .iter()
                    .take(8)
                    .map(|(v, n)| format!("{n}={v:.3}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
    }
    Ok(())
}
