//! Shard equivalence (issue 12): the staged dedup, its sharded stages run
//! as four processes each, gives exactly the clusters, kept records and
//! skipped records of the one-shot embedded run. Needs the `parquet`
//! feature: `cargo test --features parquet --test stages`.

use concord::synth::{self, SynthConfig};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn concord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .output()
        .expect("run concord")
}

fn line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string() + "\n"
}

/// A planted corpus over three files (two plain, one gzip): clusters of up
/// to 12 copies, shared footers, one notice repeated in 5% of the
/// documents, an empty text, a malformed line, an id repeated in another
/// file (so in another shard).
fn corpus(dir: &Path) -> PathBuf {
    let input = dir.join("input");
    std::fs::create_dir_all(&input).unwrap();
    let docs = synth::generate(&SynthConfig {
        docs: 1600,
        seed: 12,
        words: 150,
        max_cluster: 12,
        boilerplate_frac: 0.3,
        ..SynthConfig::default()
    });
    let notice = "This story is for subscribers. Sign in with your account or start a \
                  trial to keep reading our reporting on the region.";
    let mut lines: Vec<String> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        if i % 20 == 7 {
            lines.push(line(&format!("notice-{i}"), notice));
        }
        lines.push(line(&d.id, &d.text));
    }
    let third = lines.len() / 3;
    let mut a = lines[..third].concat();
    a.push_str(&line("empty-text", ""));
    a.push_str("{\"id\": \"broken\", \"text\": \n");
    let mut b = lines[third..2 * third].concat();
    // The id of a document of a.jsonl, again, with another text.
    b.push_str(&line(
        &docs[3].id,
        "A different article that happens to reuse an id.",
    ));
    let c = lines[2 * third..].concat();
    std::fs::write(input.join("a.jsonl"), a).unwrap();
    std::fs::write(input.join("b.jsonl"), b).unwrap();
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(input.join("c.jsonl.gz")).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(c.as_bytes()).unwrap();
    gz.finish().unwrap();
    input
}

/// The `concord: skipped ...` lines of a run, sorted.
fn skips(out: &Output) -> Vec<String> {
    let mut v: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("concord: skipped "))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

fn ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs a sharded stage as four processes at once; their skip lines.
fn four_shards(input: &str, stage: &str, work: &str) -> Vec<String> {
    let children: Vec<_> = (0..4)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_concord"))
                .args(["dedup", input, "--stage", stage, "--work", work])
                .args(["--shard", &format!("{i}/4")])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut all = Vec::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        ok(&out, stage);
        all.extend(skips(&out));
    }
    all
}

#[test]
fn four_shards_give_the_embedded_clusters() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path());
    let input = input.to_str().unwrap();
    let path = |name: &str| tmp.path().join(name).to_str().unwrap().to_string();

    let embedded = concord(&[
        "dedup",
        input,
        "-o",
        &path("embedded-kept.jsonl"),
        "--clusters",
        &path("embedded-clusters.jsonl"),
    ]);
    assert_eq!(embedded.status.code(), Some(1), "records were skipped");
    let want_skips = skips(&embedded);
    assert_eq!(want_skips.len(), 2, "{want_skips:?}");

    let work = path("work");
    let mut got_skips = four_shards(input, "shingle", &work);
    for stage in ["docs", "boilerplate"] {
        let out = concord(&["dedup", input, "--stage", stage, "--work", &work]);
        ok(&out, stage);
        got_skips.extend(skips(&out));
    }
    got_skips.extend(four_shards(input, "signatures", &work));
    for stage in ["candidates", "verify", "components", "clusters"] {
        ok(
            &concord(&["dedup", input, "--stage", stage, "--work", &work]),
            stage,
        );
    }
    let kept = concord(&[
        "dedup",
        input,
        "--stage",
        "kept",
        "--work",
        &work,
        "-o",
        &path("staged-kept.jsonl"),
        "--clusters",
        &path("staged-clusters.jsonl"),
    ]);
    assert_eq!(kept.status.code(), Some(1), "records were skipped");
    got_skips.sort();
    assert_eq!(got_skips, want_skips);

    // Full (id, cluster, kept, similarity) records and the kept records,
    // byte for byte.
    let read = |name: &str| std::fs::read_to_string(path(name)).unwrap();
    let clusters = read("embedded-clusters.jsonl");
    assert_eq!(read("staged-clusters.jsonl"), clusters);
    assert_eq!(read("staged-kept.jsonl"), read("embedded-kept.jsonl"));
    let removed = clusters.matches("\"kept\":false").count();
    assert!(removed > 300, "{removed} removed");
    // The notice in 5% of the documents is one cluster.
    let notice_clusters: std::collections::HashSet<&str> = clusters
        .lines()
        .filter(|l| l.contains("\"notice-"))
        .map(|l| {
            l.split("\"cluster\":\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(notice_clusters.len(), 1);
    // Every shard wrote its part.
    for d in ["docs", "blocks", "skipped", "bands"] {
        for i in 0..4 {
            let f = Path::new(&work)
                .join(d)
                .join(format!("part-{i:05}.parquet"));
            assert!(f.is_file(), "{}", f.display());
        }
    }

    // --keep-intermediates: the same outputs, the datasets in DIR.
    let out = concord(&[
        "dedup",
        input,
        "--keep-intermediates",
        &path("kept-dir"),
        "-o",
        &path("ki-kept.jsonl"),
        "--clusters",
        &path("ki-clusters.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(read("ki-clusters.jsonl"), clusters);
    assert_eq!(read("ki-kept.jsonl"), read("embedded-kept.jsonl"));
    assert!(tmp
        .path()
        .join("kept-dir/verified/part-00000.parquet")
        .is_file());

    // A stage run with other settings refuses the datasets.
    let out = concord(&[
        "dedup",
        input,
        "--stage",
        "candidates",
        "--work",
        &work,
        "--threshold",
        "0.7",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("params_hash"), "{err}");
    // A global stage refuses a shard.
    let out = concord(&[
        "dedup", input, "--stage", "verify", "--work", &work, "--shard", "1/4",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("leave out --shard"));
}
