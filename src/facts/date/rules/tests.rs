//! The table-driven harness: every example of every rule.

use super::super::{extract, grammar::P, parse_published};
use super::all;
use crate::facts::{ExtractContext, FactValue};
use crate::lex::Tokens;

/// Checks one example of rule `name`; `None` when it holds.
fn check(
    name: &str,
    run: super::Runner,
    (text, published, value): super::Example,
) -> Option<String> {
    let (Some(open), Some(close)) = (text.find('['), text.find(']')) else {
        return Some(format!("{name}: no [expression] in {text:?}"));
    };
    let clean = format!(
        "{}{}{}",
        &text[..open],
        &text[open + 1..close],
        &text[close + 1..]
    );
    let (start, end) = (open, close - 1);
    let pub_date = if published == "-" {
        None
    } else {
        match parse_published(published) {
            Some(d) => Some(d),
            None => return Some(format!("{name}: bad publication date {published:?}")),
        }
    };
    let want = (value != "null").then(|| value.to_string());
    // the rule itself matches exactly the bracketed words and resolves
    let toks = Tokens::new(&clean);
    let p = P::new(
        &clean,
        &toks,
        pub_date.and_then(|d| d.day()),
        Default::default(),
    );
    let Some(i) = toks.all().iter().position(|t| t.start == start) else {
        return Some(format!(
            "{name}: no token starts the expression in {text:?}"
        ));
    };
    // the dates before the expression, as the scan reads them: the
    // anchor of narrated time
    super::super::scan_until(&p, i);
    let Some(m) = run(&p, i, 0) else {
        return Some(format!("{name}: does not match {text:?}"));
    };
    let got_end = toks.get(m.end.wrapping_sub(1)).map_or(0, |t| t.end);
    if got_end != end {
        return Some(format!(
            "{name}: matches {:?} in {text:?}",
            &clean[start..got_end.max(start)]
        ));
    }
    let got = p.resolve(&m, i).iso();
    if got != want {
        return Some(format!("{name}: {text:?} resolves to {got:?}, not {value}"));
    }
    // and the whole extractor returns that fact
    let facts = extract(
        &clean,
        &ExtractContext {
            published: pub_date,
            ..Default::default()
        },
    );
    let ok = facts.iter().any(|f| {
        f.span.start == start
            && f.span.end == end
            && matches!(&f.value, FactValue::Date(v) if v.iso() == want)
    });
    (!ok).then(|| {
        let all: Vec<String> = facts
            .iter()
            .map(|f| format!("{:?} {:?}", &clean[f.span.start..f.span.end], f.value))
            .collect();
        format!("{name}: extract({text:?}) gives [{}]", all.join(", "))
    })
}

#[test]
fn every_rule_holds_its_examples() {
    let mut failures = Vec::new();
    let mut rows = 0;
    let mut names = std::collections::BTreeSet::new();
    for r in all() {
        assert!(names.insert(r.name), "two rules named {:?}", r.name);
        assert!(r.examples.len() >= 3, "{}: fewer than 3 examples", r.name);
        for &ex in r.examples {
            rows += 1;
            failures.extend(check(r.name, r.run, ex));
        }
    }
    assert!(rows >= 80, "only {rows} examples");
    assert!(
        failures.is_empty(),
        "{} of {rows} rule examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The rules' first-token index drops no match: over every example and
/// every text fixture, at every token, the indexed [`P::atom`] returns
/// what trying every rule returns.
#[test]
fn the_index_drops_no_match() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = all()
        .flat_map(|r| r.examples.iter())
        .map(|(text, _, _)| text.replace(['[', ']'], ""))
        .collect();
    for dir in ["tests/data", "corpus"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("fixture folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "tsv"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(s) = std::fs::read_to_string(&p) {
                texts.push(s);
            }
        }
    }
    assert!(texts.len() > 100, "only {} texts", texts.len());
    let mut tokens = 0;
    for text in &texts {
        let toks = Tokens::new(text);
        for pub_day in [None, parse_published("2013-03-14").and_then(|d| d.day())] {
            let p = P::new(text, &toks, pub_day, Default::default());
            for i in 0..toks.len() {
                let a = format!("{:?}", p.atom(i, 0));
                let b = format!("{:?}", p.atom_unindexed(i, 0));
                assert_eq!(a, b, "at token {i} ({:?}) of {text:?}", toks.low(i));
                tokens += 1;
            }
        }
    }
    assert!(tokens > 10_000, "only {tokens} tokens checked");
}
