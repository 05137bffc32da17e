//! The event's own time across several reports of one event
//! (`tests/data/owntime.tsv`, one case a line, its header says the format):
//! the date each report gives for the main happening, at whatever grain,
//! is one claim; a date of another happening is not.

use crate::claims::{facts_of, holds, published_of};
use crate::util::data;
use concord::compare::{Comparator, CompareConfig, EventDoc, Status};
use concord::facts::Fact;

#[test]
fn owntime_table() {
    let comparator = Comparator::new(CompareConfig::default()).unwrap();
    let raw = std::fs::read_to_string(data("owntime.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (line, l) in raw.lines().enumerate() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        n += 1;
        let f: Vec<&str> = l.split('\t').collect();
        assert!(
            f.len() >= 6 && f.len() % 2 == 0,
            "owntime.tsv:{}: pattern, verdict, then text and mention pairs",
            line + 1
        );
        let (pattern, verdict) = (f[0], f[1]);
        let texts: Vec<String> = f[2..]
            .iter()
            .step_by(2)
            .map(|t| t.replace("\\n", "\n"))
            .collect();
        let marks: Vec<&str> = f[3..].iter().step_by(2).copied().collect();
        let facts: Vec<Vec<Fact>> = texts.iter().map(|t| facts_of(t)).collect();
        let docs: Vec<EventDoc<'_>> = texts
            .iter()
            .zip(&facts)
            .enumerate()
            .map(|(d, (t, fs))| EventDoc {
                index: d as u32,
                text: t,
                source: Some(["a.example", "b.example", "c.example", "d.example"][d % 4]),
                facts: fs,
                published: Some(published_of(t)),
                from_metadata: false,
            })
            .collect();
        let ev = comparator.compare(&docs);
        let ok = match verdict {
            "agree" | "approximate" => {
                let want = if verdict == "agree" {
                    Status::Agree
                } else {
                    Status::Approximate
                };
                ev.facts.iter().any(|fact| {
                    fact.status == want
                        && marks
                            .iter()
                            .enumerate()
                            .all(|(d, m)| holds(fact, &texts, d, m))
                })
            }
            "separate" => {
                let last = marks.len() - 1;
                !ev.facts.iter().any(|fact| {
                    holds(fact, &texts, 0, marks[0]) && holds(fact, &texts, last, marks[last])
                })
            }
            v => panic!("owntime.tsv:{}: unknown verdict {v}", line + 1),
        };
        if !ok {
            let got: Vec<String> = ev
                .facts
                .iter()
                .filter(|fact| fact.kind == concord::facts::FactKind::Date)
                .map(|fact| {
                    let ms: Vec<String> = fact
                        .values
                        .iter()
                        .flat_map(|v| v.mentions.iter())
                        .map(|m| {
                            let t = &texts[m.doc as usize];
                            format!(
                                "{}:{}",
                                m.doc,
                                t.get(m.span.start..m.span.end).unwrap_or("")
                            )
                        })
                        .collect();
                    format!("{:?} [{}]", fact.status, ms.join(", "))
                })
                .collect();
            failures.push(format!(
                "owntime.tsv:{} ({pattern}): want {verdict} for {marks:?}; dates: {}",
                line + 1,
                got.join("; ")
            ));
        }
    }
    assert!(n >= 2, "the table has its cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
