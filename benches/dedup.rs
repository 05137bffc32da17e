//! Per-stage and end-to-end benchmarks of near-duplicate detection on a
//! synthetic corpus generated from a fixed seed (no files needed).
//!
//! Each stage's input is prepared outside the timed loop; each timed loop
//! checks a known result so a broken stage cannot look fast. The end-to-end
//! bench runs the whole `dedup` pipeline (read, parse, shingle,
//! boilerplate, band keys, LSH, exact verification, clustering) on 1 and on
//! 2 threads, so the speed-up of the second thread is measured too.

use concord::corpus::{Corpus, CorpusConfig};
use concord::dedup::{self, ShingleBatch, ShingleStore};
use concord::lsh::{self, BandKeys, LshConfig, LshParams};
use concord::minhash::{MinHashConfig, MinHasher};
use concord::pipeline::{self, DedupSettings, LSH_WEIGHTS};
use concord::synth::{self, SynthConfig};
use concord::text::shingle::Scratch;
use concord::text::{
    normalize_into, tokenize_into, Analyzer, BoilerplateConfig, DocShingles, ShingleConfig,
    ShingleSet, Tokens,
};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn corpus(docs: usize) -> Vec<synth::SynthDoc> {
    synth::generate(&SynthConfig {
        docs,
        seed: 7,
        boilerplate_frac: 0.3,
        ..Default::default()
    })
}

fn stages(c: &mut Criterion) {
    let docs = corpus(2_000);
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let analyzer = Analyzer::new(ShingleConfig::default()).unwrap();

    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        let mut out = String::new();
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                normalize_into(&d.text, &mut out);
                n += out.len();
            }
            assert_eq!(n as u64, bytes); // ASCII text: same length
        })
    });
    let normalized: Vec<String> = docs
        .iter()
        .map(|d| {
            let mut s = String::new();
            normalize_into(&d.text, &mut s);
            s
        })
        .collect();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    g.bench_function("tokenize", |b| {
        let mut t = Tokens::default();
        b.iter(|| {
            let mut n = 0;
            for s in &normalized {
                tokenize_into(s, &mut t);
                n += t.len();
            }
            assert_eq!(n, words); // the synthetic words have no inner punctuation
        })
    });
    g.bench_function("shingle", |b| {
        let mut s = Scratch::default();
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| analyzer.analyze_in_place(&d.text, &mut s).shingles.len())
                .sum();
            assert!(n > docs.len() * 100);
        })
    });
    g.finish();

    let sets: Vec<ShingleSet> = {
        let mut s = Scratch::default();
        docs.iter()
            .map(|d| analyzer.analyze(&d.text, &mut s).into_shingle_set())
            .collect()
    };
    let hasher = MinHasher::new(MinHashConfig::default()).unwrap();
    let mut g = c.benchmark_group("minhash");
    g.throughput(Throughput::Elements(sets.len() as u64));
    g.bench_function("signature_128", |b| {
        b.iter(|| {
            let n = sets
                .iter()
                .filter_map(|s| hasher.signature(black_box(s)))
                .count();
            assert_eq!(n, sets.len());
        })
    });
    g.finish();

    let params = LshParams::for_threshold(0.8, 128, LSH_WEIGHTS.0, LSH_WEIGHTS.1).unwrap();
    let mut keys = BandKeys::new(params);
    for s in &sets {
        keys.push(hasher.signature(s).as_ref().map(|s| s.values()), params);
    }
    let cfg = LshConfig {
        params,
        small_bucket: 8,
    };
    let (cands, _) = lsh::candidate_pairs_from_keys(&keys, &cfg);
    assert!(cands.len() > 300, "{}", cands.len());
    let mut g = c.benchmark_group("lsh");
    g.throughput(Throughput::Elements(keys.len() as u64));
    g.bench_function("candidates", |b| {
        b.iter(|| {
            let (p, _) = lsh::candidate_pairs_from_keys(black_box(&keys), &cfg);
            assert_eq!(p.len(), cands.len());
        })
    });
    g.finish();

    // Exact verification: the compact store (32-bit sorted sets, early
    // exit below the threshold) and the 64-bit sets, on the same pairs.
    let mut store = ShingleStore::new();
    let mut s = Scratch::default();
    for chunk in docs.chunks(300) {
        let mut batch = ShingleBatch::new();
        let live = chunk
            .iter()
            .map(|d| batch.push(analyzer.analyze_in_place(&d.text, &mut s)))
            .collect();
        store.push(batch, live);
    }
    let detector = store.detector(BoilerplateConfig {
        enabled: false,
        ..Default::default()
    });
    let _ = store.band_keys(&detector, &hasher, params);
    store.prepare(&vec![true; docs.len()]);
    let doc_sets: Vec<DocShingles> = sets.iter().cloned().map(DocShingles::from).collect();
    let expected = dedup::verify(&doc_sets, &cands, 0.8).len();
    let mut g = c.benchmark_group("verify");
    g.throughput(Throughput::Elements(cands.len() as u64));
    g.bench_function("exact_jaccard", |b| {
        b.iter(|| {
            assert_eq!(
                dedup::verify_with(&store, black_box(&cands), 0.8).len(),
                expected
            )
        })
    });
    g.bench_function("exact_jaccard_64bit_sets", |b| {
        b.iter(|| {
            assert_eq!(
                dedup::verify(&doc_sets, black_box(&cands), 0.8).len(),
                expected
            )
        })
    });
    // Brute-force baseline: all pairs of the first 300 documents.
    let small: Vec<(u32, u32)> = (0..300u32)
        .flat_map(|a| (a + 1..300).map(move |b| (a, b)))
        .collect();
    g.throughput(Throughput::Elements(small.len() as u64));
    g.bench_function("all_pairs_baseline_300", |b| {
        b.iter(|| black_box(dedup::verify_with(&store, &small, 0.8).len()))
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let docs = corpus(10_000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synth.jsonl");
    let jsonl = synth::to_jsonl(&docs);
    std::fs::write(&path, &jsonl).unwrap();
    let corpus = Corpus::open(&[path], CorpusConfig::default()).unwrap();
    let mut g = c.benchmark_group("end_to_end");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(jsonl.len() as u64));
    for threads in [1, 2] {
        let settings = DedupSettings {
            threads,
            ..DedupSettings::default()
        };
        g.bench_with_input(
            BenchmarkId::new("dedup_10k", format!("{threads}_threads")),
            &settings,
            |b, settings| {
                b.iter(|| {
                    let out = pipeline::dedup(&corpus, settings, &|_, _| {}, &mut |_| {}).unwrap();
                    assert_eq!(out.docs.len(), 10_000);
                    assert!(out.clusters.removed() > 2_000);
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
