//! Fact extraction throughput over the sample corpus (the five seed
//! articles, repeated), in MB/s and facts per second.

use concord::facts::{self, CivilDate, ExtractContext};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn load() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("readable"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let texts = load();
    assert_eq!(texts.len(), 5);
    let ctx = ExtractContext {
        published: Some(CivilDate {
            year: 2023,
            month: 12,
            day: 7,
        }),
        ..Default::default()
    };
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let total: usize = texts.iter().map(|t| facts::extract(t, &ctx).len()).sum();
    assert!(total > 100, "the seeds hold many facts, got {total}");

    let mut g = c.benchmark_group("facts");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("extract_all_mb", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| facts::extract(black_box(t), &ctx).len())
                .sum();
            assert_eq!(n, total);
        })
    });
    g.throughput(Throughput::Elements(total as u64));
    g.bench_function("extract_all_facts", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| facts::extract(black_box(t), &ctx).len())
                .sum();
            assert_eq!(n, total);
        })
    });
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("dates", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| facts::date::extract(black_box(t), &ctx).len())
                .sum::<usize>()
        })
    });
    g.bench_function("numeric", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| facts::numeric::extract(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("names", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| facts::names::extract(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
