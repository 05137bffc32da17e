//! Diagnostic (experiments): what the event stage reads of each document
//! whose id contains one of the given parts: its time anchor, the days it
//! states, its actors and its frame.
//! `cargo run --release --example event_docs FILE ID-PART...`
mod common;
use concord::events::score;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let filter: Vec<String> = std::env::args().skip(2).collect();
    let (vecs, meta) = common::load_vectors(&path)?;
    for (v, (id, event)) in vecs.iter().zip(&meta) {
        if !filter.iter().any(|f| id.contains(f.as_str())) {
            continue;
        }
        let day = |d: i64| {
            let (y, m, dd) = civil(d);
            format!("{y}-{m:02}-{dd:02}")
        };
        println!(
            "{id} [{event}] anchor {:?} mentions {:?}",
            v.anchor.map(|a| (day(a.day), a.source)),
            v.mentions
                .iter()
                .map(|&(s, e)| if s == e {
                    day(s)
                } else {
                    format!("{}..{}", day(s), day(e))
                })
                .collect::<Vec<_>>()
        );
        println!(
            "   actors {:?}",
            v.persons
                .iter()
                .take(6)
                .map(|p| format!(
                    "{}{}×{}:{:?}",
                    p.initial, p.surname, p.mentions, p.prominence
                ))
                .collect::<Vec<_>>()
        );
        println!(
            "   principal {:?} headline principal {:?} own_day {} earlier_day {} ages {:?} streets {:?} lead places {}",
            score::principal(v).map(|p| p.surname.to_string()),
            score::headline_principal(v).map(|p| p.surname.to_string()),
            v.frame.own_day,
            v.frame.earlier_day,
            v.frame.ages,
            v.frame.streets,
            v.frame.lead_places.len()
        );
    }
    Ok(())
}

/// Year, month, day of a day number (days since 1970-01-01).
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}
