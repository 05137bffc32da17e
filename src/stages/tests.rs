use super::*;
use crate::corpus::{Corpus, CorpusConfig};
use crate::dedup::KeepPolicy;
use crate::pipeline::{self, DedupSettings};
use crate::synth::{self, SynthConfig};
use std::collections::{BTreeMap, HashMap};

/// A planted corpus with clusters of up to 12 copies, shared footers, an
/// empty text, a text of one word and a text repeated in many documents.
fn planted(seed: u64) -> Vec<(String, String)> {
    let docs = synth::generate(&SynthConfig {
        docs: 1500,
        seed,
        words: 200,
        max_cluster: 12,
        boilerplate_frac: 0.3,
        ..SynthConfig::default()
    });
    let mut out: Vec<(String, String)> = docs.into_iter().map(|d| (d.id, d.text)).collect();
    out.push(("empty".into(), String::new()));
    out.push(("one-word".into(), "Breaking".into()));
    let notice = "This article is available to subscribers only. Sign in or subscribe \
                  to read the full story from our newsroom today.";
    for i in 0..40 {
        out.insert(i * 37, (format!("notice-{i}"), notice.into()));
    }
    out
}

/// The embedded run's (doc, kept doc) for every document, by doc index.
fn embedded(docs: &[(String, String)], settings: &DedupSettings) -> Vec<(i64, i64)> {
    let jsonl: String = docs
        .iter()
        .map(|(id, text)| serde_json::json!({ "id": id, "text": text }).to_string() + "\n")
        .collect();
    let corpus = Corpus::open_reader(std::io::Cursor::new(jsonl), CorpusConfig::default()).unwrap();
    let outcome = pipeline::dedup(&corpus, settings, &|_, _| {}, &mut |_| {}).unwrap();
    assert_eq!(outcome.docs.len(), docs.len());
    outcome
        .clusters
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| (i as i64, i64::from(m.kept)))
        .collect()
}

/// The kernels chained as a staged run chains them, doc ids spread over
/// four shards (`shard << 40 | row`) to check that only their order counts.
/// Returns (doc index, kept doc index) for every document, and the number
/// of candidate edges.
fn staged(docs: &[(String, String)], settings: &DedupSettings) -> (Vec<(i64, i64)>, usize) {
    let k = Kernels::new(Params::from_settings(settings).unwrap()).unwrap();
    let per_shard = docs.len().div_ceil(4);
    let key = |i: usize| (((i / per_shard) as i64) << 40) | (i % per_shard) as i64;
    let index: HashMap<i64, i64> = (0..docs.len()).map(|i| (key(i), i as i64)).collect();
    let text: HashMap<i64, &str> = (0..docs.len())
        .map(|i| (key(i), docs[i].1.as_str()))
        .collect();
    // Boilerplate: block document frequencies.
    let blocks = docs.iter().flat_map(|(_, t)| k.block_hashes(t));
    let detector = k.detector(block_counts(blocks));
    // Band rows and star edges.
    let texts: Vec<&str> = docs.iter().map(|d| d.1.as_str()).collect();
    let mut rows: Vec<(i32, i64, i64)> = k
        .band_hashes(&texts, &detector)
        .into_iter()
        .enumerate()
        .flat_map(|(i, bands)| bands.into_iter().map(move |(b, h)| (b, h, key(i))))
        .collect();
    let edges = star_edges(&mut rows, k.params().small_bucket);
    // Verification, edge by edge (as a Spark batch of rows would be).
    let pairs: Vec<(&str, &str)> = edges.iter().map(|(a, b)| (text[a], text[b])).collect();
    let sims = k.similarities(&pairs, &detector);
    let verified: Vec<(i64, i64, f64)> = edges
        .iter()
        .zip(sims)
        .filter(|&(_, s)| s >= k.params().threshold)
        .map(|(&(a, b), s)| (a, b, s))
        .collect();
    let all_texts: Vec<(i64, &str)> = text.iter().map(|(&d, &t)| (d, t)).collect();
    assert_eq!(
        k.verify(&all_texts, &edges, &detector).unwrap(),
        verified,
        "verify and similarities agree"
    );
    // Components, then clusters per component.
    let mut by_component: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (d, c) in components(&edges_of(&verified)) {
        by_component.entry(c).or_default().push(d);
    }
    let mut kept: HashMap<i64, i64> = HashMap::new();
    for (c, members) in &by_component {
        let docs_of: Vec<(i64, &str, i64)> = members
            .iter()
            .map(|&d| (d, text[&d], text[&d].len() as i64))
            .collect();
        let own: Vec<(i64, i64, f64)> = verified
            .iter()
            .copied()
            .filter(|&(a, _, _)| members.binary_search(&a).is_ok())
            .collect();
        assert_eq!(members[0], *c, "a component is labelled by its minimum");
        for (d, kd, _) in k.cluster_component(&docs_of, &own, &detector).unwrap() {
            kept.insert(d, kd);
        }
    }
    let out = (0..docs.len())
        .map(|i| {
            let d = key(i);
            (i as i64, index[kept.get(&d).unwrap_or(&d)])
        })
        .collect();
    (out, edges.len())
}

fn edges_of(verified: &[(i64, i64, f64)]) -> Vec<(i64, i64)> {
    verified.iter().map(|&(a, b, _)| (a, b)).collect()
}

#[test]
fn kernels_reproduce_the_embedded_clusters() {
    for (seed, keep) in [(3, KeepPolicy::First), (4, KeepPolicy::Longest)] {
        let docs = planted(seed);
        let settings = DedupSettings {
            keep,
            threads: 2,
            ..DedupSettings::default()
        };
        let want = embedded(&docs, &settings);
        let (got, edges) = staged(&docs, &settings);
        assert_eq!(got, want, "seed {seed}");
        let removed = want.iter().filter(|(d, k)| d != k).count();
        assert!(removed > 200, "the corpus has duplicates: {removed}");
        // The 40 copies of the notice are one cluster, joined by star
        // edges: linear in the copies, not quadratic.
        let notice_kept: Vec<i64> = docs
            .iter()
            .enumerate()
            .filter(|(_, d)| d.0.starts_with("notice-"))
            .map(|(i, _)| want[i].1)
            .collect();
        assert!(notice_kept.windows(2).all(|w| w[0] == w[1]));
        assert!(edges < 20 * docs.len(), "{edges} edges");
    }
}

#[test]
fn star_edges_join_each_bucket_to_its_minimum() {
    let mut rows = vec![
        (0, 7, 30),
        (0, 7, 10),
        (0, 7, 20),
        (1, 7, 20),
        (1, 7, 40),
        (1, 9, 50),
        (0, 8, 10),
    ];
    assert_eq!(
        star_edges(&mut rows.clone(), 0),
        vec![(10, 20), (10, 30), (20, 40)]
    );
    assert_eq!(
        star_edges(&mut rows, 3),
        vec![(10, 20), (10, 30), (20, 30), (20, 40)]
    );
}

#[test]
fn components_are_labelled_by_their_minimum() {
    let edges = [(5, 9), (1, 9), (2, 3), (7, 8), (3, 8)];
    assert_eq!(
        components(&edges),
        vec![(1, 1), (2, 2), (3, 2), (5, 1), (7, 2), (8, 2), (9, 1)]
    );
    assert!(components(&[]).is_empty());
}

#[test]
fn params_hash_tells_settings_apart() {
    let base = Params::from_settings(&DedupSettings::default()).unwrap();
    assert_eq!(base.params_hash(), base.clone().params_hash());
    let mut other = base.clone();
    other.shingle.shingle_len = 4;
    assert_ne!(base.params_hash(), other.params_hash());
    let mut other = base.clone();
    other.minhash.seed = 2;
    assert_ne!(base.params_hash(), other.params_hash());
    let mut other = base.clone();
    other.threshold = 0.81;
    assert_ne!(base.params_hash(), other.params_hash());
    assert!(base.canonical().contains("num_perm=128;"));
}

#[test]
fn detector_from_counts_equals_the_counted_one() {
    let k = Kernels::new(Params::from_settings(&DedupSettings::default()).unwrap()).unwrap();
    let docs = planted(5);
    let analyzer = crate::text::Analyzer::new(k.params().shingle).unwrap();
    let mut all = Vec::new();
    for (_, t) in &docs {
        let a = analyzer.analyze(t, &mut Default::default());
        let mut mine: Vec<u64> = k.block_hashes(t).into_iter().map(|h| h as u64).collect();
        mine.sort_unstable();
        assert_eq!(
            mine,
            crate::text::BoilerplateDetector::distinct_blocks(&a),
            "block hashes"
        );
        all.extend(mine);
    }
    let counted = crate::text::BoilerplateDetector::from_block_hashes(k.params().boilerplate, all);
    let blocks = docs.iter().flat_map(|(_, t)| k.block_hashes(t));
    let rebuilt = k.detector(block_counts(blocks));
    assert_eq!(counted.counts(), rebuilt.counts());
    assert_eq!(counted.num_frequent_blocks(), rebuilt.num_frequent_blocks());
    assert!(rebuilt.num_frequent_blocks() > 0);
}

#[test]
fn an_edge_without_text_is_an_error() {
    let k = Kernels::new(Params::from_settings(&DedupSettings::default()).unwrap()).unwrap();
    let det = k.detector([]);
    let err = k
        .verify(&[(1, "a b c d e f")], &[(1, 2)], &det)
        .unwrap_err();
    assert!(err.to_string().contains("doc id 2"), "{err}");
}
