//! Per-stage and end-to-end benchmarks of near-duplicate detection on a
//! synthetic corpus generated from a fixed seed (no files needed).
//!
//! Each stage's input is prepared outside the timed loop; each timed loop
//! checks a known result so a broken stage cannot look fast.

use concord::corpus::{Corpus, CorpusConfig};
use concord::dedup;
use concord::lsh::{self, LshConfig, LshParams};
use concord::minhash::{MinHashConfig, MinHasher};
use concord::pipeline::{self, DedupSettings, LSH_WEIGHTS};
use concord::synth::{self, SynthConfig};
use concord::text::shingle::Scratch;
use concord::text::{normalize_into, Analyzer, DocShingles, ShingleConfig, ShingleSet};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
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
    g.bench_function("shingle", |b| {
        let mut s = Scratch::default();
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| analyzer.analyze(&d.text, &mut s).shingles.len())
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

    let sigs: Vec<_> = sets.iter().map(|s| hasher.signature(s)).collect();
    let params = LshParams::for_threshold(0.8, 128, LSH_WEIGHTS.0, LSH_WEIGHTS.1).unwrap();
    let cfg = LshConfig {
        params,
        max_bucket: 256,
        window: 8,
    };
    let (cands, _) = lsh::candidate_pairs(&sigs, &cfg);
    let mut g = c.benchmark_group("lsh");
    g.throughput(Throughput::Elements(sigs.len() as u64));
    g.bench_function("candidates", |b| {
        b.iter(|| {
            let (p, _) = lsh::candidate_pairs(black_box(&sigs), &cfg);
            assert_eq!(p.len(), cands.len());
        })
    });
    g.finish();

    let doc_sets: Vec<DocShingles> = sets.iter().cloned().map(DocShingles::from).collect();
    let mut g = c.benchmark_group("verify");
    g.throughput(Throughput::Elements(cands.len() as u64));
    let expected = dedup::verify(&doc_sets, &cands, 0.8).len();
    g.bench_function("exact_jaccard", |b| {
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
        b.iter(|| black_box(dedup::verify(&doc_sets, &small, 0.8).len()))
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
    let settings = DedupSettings::default();
    let mut g = c.benchmark_group("end_to_end");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(jsonl.len() as u64));
    g.bench_function("dedup_10k", |b| {
        b.iter(|| {
            let out = pipeline::dedup(&corpus, &settings, &|_, _| {}, &mut |_| {}).unwrap();
            assert_eq!(out.docs.len(), 10_000);
            assert!(out.clusters.removed() > 2_000);
        })
    });
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
