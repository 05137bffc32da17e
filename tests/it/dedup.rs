//! `concord dedup` end to end: fixtures, malformed input, outputs,
//! determinism, and an oracle against brute-force Jaccard.

use crate::util::{code, data, jsonl, read_jsonl, root, run, stderr};
use concord::synth::{self, SynthConfig};
use concord::text::shingle::Scratch;
use concord::text::{Analyzer, BoilerplateConfig, BoilerplateDetector, DocShingles, ShingleConfig};
use std::collections::{HashMap, HashSet};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn seed_corpus_has_no_near_duplicates() {
    let dir = tmp();
    let clusters = dir.path().join("c.jsonl");
    let corpus = root().join("corpus");
    let out = run(
        &[
            "dedup",
            corpus.to_str().unwrap(),
            "--clusters",
            clusters.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = read_jsonl(&clusters);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "000_ff68f18e496dc427",
            "001_d10fe49cb4dbc8e7",
            "002_671f3926fd16205b",
            "003_1c90c308b9d89818",
            "004_2bb1ca82a2d8d4f3"
        ]
    );
    let distinct: HashSet<&str> = lines
        .iter()
        .map(|l| l["cluster"].as_str().unwrap())
        .collect();
    assert_eq!(distinct.len(), 5);
    assert!(lines
        .iter()
        .all(|l| l["kept"] == true && l["similarity"] == 1.0));
    // Kept records: the five articles as {"id","text"}.
    let kept = jsonl(&out.stdout);
    assert_eq!(kept.len(), 5);
    let text = std::fs::read_to_string(corpus.join("003_1c90c308b9d89818.txt")).unwrap();
    assert_eq!(kept[3]["text"].as_str().unwrap(), text);
    assert!(stderr(&out).contains("read 5 documents"));
}

#[test]
fn malformed_records_are_skipped_named_and_counted() {
    let dir = tmp();
    let clusters = dir.path().join("c.jsonl");
    let kept = dir.path().join("k.jsonl");
    let input = data("malformed.jsonl");
    let out = run(
        &[
            "dedup",
            input.to_str().unwrap(),
            "-o",
            kept.to_str().unwrap(),
            "--clusters",
            clusters.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    for line in [3, 4, 5, 6, 7, 9] {
        assert!(
            err.contains(&format!("malformed.jsonl:{line}: ")),
            "line {line} in {err}"
        );
    }
    assert!(err.contains("duplicate id \"m1\""), "{err}");
    assert!(err.contains("skipped 6"), "{err}");
    let ids: Vec<String> = read_jsonl(&clusters)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["m1", "m2", "m3", "4"]);
    // Kept records are the input lines byte for byte.
    let original = std::fs::read(&input).unwrap();
    let mut wanted = Vec::new();
    for (i, line) in original.split(|&b| b == b'\n').enumerate() {
        if [0, 7, 9, 10].contains(&i) {
            wanted.extend_from_slice(line);
            wanted.push(b'\n');
        }
    }
    assert_eq!(std::fs::read(&kept).unwrap(), wanted);
}

#[test]
fn binary_and_empty_files_and_compressed_input() {
    let dir = tmp();
    let clusters = dir.path().join("c.jsonl");
    let (bin, empty, gz, zst) = (
        data("binary.txt"),
        data("empty.txt"),
        data("good.jsonl.gz"),
        data("good.jsonl.zst"),
    );
    let out = run(
        &[
            "dedup",
            bin.to_str().unwrap(),
            empty.to_str().unwrap(),
            gz.to_str().unwrap(),
            "--clusters",
            clusters.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("binary.txt: binary data"),
        "{}",
        stderr(&out)
    );
    let lines = read_jsonl(&clusters);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["empty", "g1", "g2", "g3"]);
    // The empty document is alone and kept: it is nobody's duplicate.
    assert_eq!(lines[0]["kept"], true);
    let out = run(&["dedup", zst.to_str().unwrap(), "-q"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(jsonl(&out.stdout).len(), 3);
    assert!(
        out.stderr.is_empty(),
        "--quiet prints nothing: {}",
        stderr(&out)
    );
}

#[test]
fn huge_and_oversized_documents() {
    let dir = tmp();
    let input = dir.path().join("big.jsonl");
    let mut body = String::new();
    let mut rng = synth::Rng::new(5);
    while body.len() < 3 << 20 {
        body.push_str(&format!("w{} ", rng.next_u64() % 5000));
    }
    let small = "a short article about nothing in particular at all";
    let lines = [
        serde_json::json!({"id": "huge", "text": body}).to_string(),
        serde_json::json!({"id": "copy", "text": body}).to_string(),
        serde_json::json!({"id": "small", "text": small}).to_string(),
    ];
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let clusters = dir.path().join("c.jsonl");
    let out = run(
        &[
            "dedup",
            input.to_str().unwrap(),
            "-o",
            "/dev/null",
            "--clusters",
            clusters.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let c = read_jsonl(&clusters);
    assert_eq!(c[0]["cluster"], c[1]["cluster"]);
    assert_eq!(c[1]["kept"], false);
    assert_eq!(c[1]["similarity"], 1.0);
    // Over the record limit: skipped with the reason, the rest goes on.
    let out = run(
        &[
            "dedup",
            input.to_str().unwrap(),
            "--max-record-bytes",
            "1000000",
            "--clusters",
            clusters.to_str().unwrap(),
            "-o",
            "/dev/null",
        ],
        None,
    );
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("big.jsonl:1: record of"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("big.jsonl:2: record of"),
        "{}",
        stderr(&out)
    );
    let c = read_jsonl(&clusters);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0]["id"], "small");
}

#[test]
fn standard_input_and_field_renaming() {
    let input = concat!(
        r#"{"key":"a","body":"the quick brown fox jumps over the lazy dog again and again"}"#,
        "\n",
        r#"{"key":"b","body":"the quick brown fox jumps over the lazy dog again and again"}"#,
        "\n",
        r#"{"key":"c","body":"something else entirely, with other words in it"}"#,
        "\n"
    );
    let out = run(
        &[
            "dedup",
            "--text-field",
            "body",
            "--id-field",
            "key",
            "--clusters",
            "/dev/stderr",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let kept = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = input.lines().collect();
    assert_eq!(kept, format!("{}\n{}\n", lines[0], lines[2]));
}

#[test]
fn usage_and_environment_errors_exit_2() {
    let out = run(&["dedup", "--threshold", "1.5", "corpus"], None);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("threshold"), "{}", stderr(&out));
    let out = run(&["dedup", "/nonexistent/input.jsonl"], None);
    assert_eq!(code(&out), 2);
    let out = run(&["dedup", "--no-such-flag"], None);
    assert_eq!(code(&out), 2);
    let corpus = root().join("corpus");
    let out = run(
        &[
            "dedup",
            corpus.to_str().unwrap(),
            "-o",
            "/nonexistent/dir/out.jsonl",
        ],
        None,
    );
    assert_eq!(code(&out), 2);
    assert!(!std::path::Path::new("/nonexistent/dir/out.jsonl").exists());
}

fn synth_file(
    dir: &std::path::Path,
    config: &SynthConfig,
) -> (std::path::PathBuf, Vec<synth::SynthDoc>) {
    let docs = synth::generate(config);
    let path = dir.join("synth.jsonl");
    std::fs::write(&path, synth::to_jsonl(&docs)).unwrap();
    (path, docs)
}

#[test]
fn same_bytes_for_any_thread_count() {
    let dir = tmp();
    let (input, _) = synth_file(
        dir.path(),
        &SynthConfig {
            docs: 3000,
            seed: 11,
            boilerplate_frac: 0.3,
            ..Default::default()
        },
    );
    let mut outputs = Vec::new();
    for threads in ["1", "2", "4"] {
        let kept = dir.path().join(format!("k{threads}.jsonl"));
        let clusters = dir.path().join(format!("c{threads}.jsonl"));
        let out = run(
            &[
                "dedup",
                input.to_str().unwrap(),
                "--threads",
                threads,
                "-o",
                kept.to_str().unwrap(),
                "--clusters",
                clusters.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        outputs.push((
            std::fs::read(&kept).unwrap(),
            std::fs::read(&clusters).unwrap(),
        ));
    }
    assert!(outputs[0].1.len() > 3000 * 40);
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

/// Oracle: brute-force similarity over every pair of a small corpus, with
/// the library's own shingles (and boilerplate rule). Every pair at or above
/// threshold + 0.05 must share a cluster; no member may be below
/// threshold − 0.1 from its kept document (nor from any other member).
#[test]
fn oracle_against_brute_force_jaccard() {
    let threshold = 0.8;
    for seed in [1u64, 2, 3] {
        let dir = tmp();
        let config = SynthConfig {
            docs: 400,
            seed,
            words: 250,
            edit_rate: 0.004,
            boilerplate_frac: 0.3,
            ..Default::default()
        };
        let (input, docs) = synth_file(dir.path(), &config);
        let clusters = dir.path().join("c.jsonl");
        let out = run(
            &[
                "dedup",
                input.to_str().unwrap(),
                "-o",
                "/dev/null",
                "--clusters",
                clusters.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let lines = read_jsonl(&clusters);
        let cluster: Vec<&str> = lines
            .iter()
            .map(|l| l["cluster"].as_str().unwrap())
            .collect();
        let mut kept_of: HashMap<&str, usize> = HashMap::new();
        for (i, l) in lines.iter().enumerate() {
            if l["kept"] == true {
                assert!(
                    kept_of.insert(cluster[i], i).is_none(),
                    "one kept per cluster"
                );
            }
        }
        // The library's sets, as the tool builds them.
        let analyzer = Analyzer::new(ShingleConfig {
            seed: 1,
            ..Default::default()
        })
        .unwrap();
        let mut scratch = Scratch::default();
        let analyses: Vec<_> = docs
            .iter()
            .map(|d| analyzer.analyze(&d.text, &mut scratch))
            .collect();
        let blocks = analyses
            .iter()
            .flat_map(BoilerplateDetector::distinct_blocks)
            .collect();
        let det = BoilerplateDetector::from_block_hashes(BoilerplateConfig::default(), blocks);
        let sets: Vec<DocShingles> = analyses.into_iter().map(|a| det.doc_shingles(a)).collect();
        let mut high = 0;
        for a in 0..docs.len() {
            let k = kept_of[cluster[a]];
            let s = sets[a].similarity(&sets[k]);
            assert!(
                s >= threshold - 0.1,
                "seed {seed}: {a} is {s:.3} from its kept {k}"
            );
            let reported = lines[a]["similarity"].as_f64().unwrap();
            assert!((reported - s).abs() < 1e-5, "reported {reported} vs {s}");
            for b in a + 1..docs.len() {
                let s = sets[a].similarity(&sets[b]);
                if cluster[a] == cluster[b] {
                    assert!(
                        s >= threshold - 0.1 - 1e-12,
                        "seed {seed}: members {a},{b} at {s:.3}"
                    );
                }
                if s >= threshold + 0.05 {
                    high += 1;
                    if cluster[a] != cluster[b] {
                        let show = |c: &str| -> Vec<String> {
                            (0..docs.len())
                                .filter(|&i| cluster[i] == c)
                                .map(|i| {
                                    format!(
                                        "{i}:{:.3}/{:.3}",
                                        sets[a].similarity(&sets[i]),
                                        sets[b].similarity(&sets[i])
                                    )
                                })
                                .collect()
                        };
                        panic!(
                            "seed {seed}: pair {a},{b} at {s:.3} split: {:?} vs {:?}",
                            show(cluster[a]),
                            show(cluster[b])
                        );
                    }
                }
            }
        }
        assert!(
            high > 50,
            "seed {seed}: only {high} high pairs: the test needs duplicates"
        );
    }
}

/// Issue 11, part 1: clusters of 9–12 lightly edited copies stay whole.
/// Recall as `score_dedup.py` counts it (planted pairs whose full-text
/// Jaccard is at least threshold + 0.05 must share a cluster), precision
/// as every member pair at or above threshold − 0.1. Copies of one story
/// share their intact sentences in 10–12 documents; those sentences once
/// counted as boilerplate, which split such clusters (recall 0.92).
#[test]
fn large_clusters_of_copies_stay_whole() {
    let dir = tmp();
    for seed in [21u64, 22] {
        let config = SynthConfig {
            docs: 2500,
            seed,
            max_cluster: 12,
            edit_rate: 0.004,
            boilerplate_frac: 0.3,
            ..Default::default()
        };
        let (input, docs) = synth_file(dir.path(), &config);
        let clusters = dir.path().join("c.jsonl");
        let out = run(
            &[
                "dedup",
                input.to_str().unwrap(),
                "-o",
                "/dev/null",
                "--clusters",
                clusters.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let lines = read_jsonl(&clusters);
        let cluster: Vec<&str> = lines
            .iter()
            .map(|l| l["cluster"].as_str().unwrap())
            .collect();
        let analyzer = Analyzer::new(ShingleConfig::default()).unwrap();
        let mut scratch = Scratch::default();
        let sets: Vec<_> = docs
            .iter()
            .map(|d| analyzer.analyze(&d.text, &mut scratch).into_shingle_set())
            .collect();
        let mut planted: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            planted.entry(d.cluster).or_default().push(i);
        }
        let (mut want, mut found, mut big) = (0, 0, 0);
        for members in planted.values() {
            big += usize::from(members.len() >= 9);
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    if sets[a].jaccard(&sets[b]) >= 0.85 {
                        want += 1;
                        found += usize::from(cluster[a] == cluster[b]);
                    }
                }
            }
        }
        assert!(big >= 20, "seed {seed}: {big} clusters of 9+ copies");
        let recall = found as f64 / want as f64;
        assert!(
            recall >= 0.97,
            "seed {seed}: recall {recall:.4} ({found}/{want})"
        );
        let mut by_cluster: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in cluster.iter().enumerate() {
            by_cluster.entry(c).or_default().push(i);
        }
        for members in by_cluster.values() {
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    let j = sets[a].jaccard(&sets[b]);
                    assert!(j >= 0.7, "seed {seed}: members {a},{b} at {j:.3}");
                }
            }
        }
    }
}

/// Without the `parquet` feature the staged flags say how to get them.
#[cfg(not(feature = "parquet"))]
#[test]
fn staged_flags_need_the_parquet_feature() {
    let dir = tmp();
    let work = dir.path().join("work");
    let corpus = root().join("corpus");
    for extra in [
        vec!["--stage", "shingle", "--work", work.to_str().unwrap()],
        vec!["--keep-intermediates", work.to_str().unwrap()],
    ] {
        let mut args = vec!["dedup", corpus.to_str().unwrap()];
        args.extend(extra);
        let out = run(&args, None);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("cargo build --release --features parquet"),
            "{}",
            stderr(&out)
        );
        assert!(!work.exists());
    }
}
