//! One claim told by three or more reports: value groups that agreement
//! built must join into one disagreement when the sentences tell one fact,
//! and stay apart when they tell two (`tests/data/groups.tsv`: one case a
//! line, tab-separated: pattern, verdict, the reports' sentences separated
//! by ` ||| `, the marked figure of each report separated the same way).
//! `conflict` and `approximate` want every marked figure in one fact of
//! that status (one row for the reader, not an agreeing row beside a
//! single-source one); `apart` wants the first and the last figure in no
//! conflict or approximation together.

use crate::claims::{facts_of, holds, published_of};
use crate::util::data;
use concord::compare::{Comparator, CompareConfig, EventDoc, Status};
use concord::facts::Fact;

#[test]
fn groups_table() {
    let raw = std::fs::read_to_string(data("groups.tsv")).unwrap();
    let comparator = Comparator::new(CompareConfig::default()).unwrap();
    let mut failures = Vec::new();
    let mut seen = 0;
    for (i, l) in raw.lines().enumerate() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        seen += 1;
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(f.len(), 4, "groups.tsv:{}: four fields", i + 1);
        let texts: Vec<String> = f[2].split(" ||| ").map(str::to_string).collect();
        let figures: Vec<&str> = f[3].split(" ||| ").collect();
        assert!(
            texts.len() >= 3 && texts.len() == figures.len(),
            "line {}",
            i + 1
        );
        let facts: Vec<Vec<Fact>> = texts.iter().map(|t| facts_of(t)).collect();
        let sources: Vec<String> = (0..texts.len()).map(|d| format!("s{d}.example")).collect();
        let docs: Vec<EventDoc<'_>> = (0..texts.len())
            .map(|d| EventDoc {
                index: d as u32,
                text: &texts[d],
                source: Some(&sources[d]),
                facts: &facts[d],
                published: Some(published_of(&texts[d])),
                from_metadata: false,
            })
            .collect();
        let ev = comparator.compare(&docs);
        let last = texts.len() - 1;
        let ends = ev
            .facts
            .iter()
            .find(|x| holds(x, &texts, 0, figures[0]) && holds(x, &texts, last, figures[last]));
        let all = ends.is_some_and(|x| (0..texts.len()).all(|d| holds(x, &texts, d, figures[d])));
        let got = ends.map(|x| x.status);
        let ok = match f[1] {
            "conflict" => all && got == Some(Status::Conflict),
            "approximate" => all && got == Some(Status::Approximate),
            "apart" => !matches!(got, Some(Status::Conflict | Status::Approximate)),
            v => panic!("groups.tsv:{}: unknown verdict {v}", i + 1),
        };
        if !ok {
            failures.push(format!(
                "groups.tsv:{} ({}): want {}, got {got:?}, all figures in it: {all}",
                i + 1,
                f[0],
                f[1]
            ));
        }
    }
    assert!(seen >= 6, "groups.tsv has its cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
