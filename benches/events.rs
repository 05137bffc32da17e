//! Event clustering throughput (documents/s) on a synthetic corpus of
//! planted events (fixed seed, no files): feature extraction, and the
//! candidates + verification + clustering stage on prepared vectors. Each
//! timed loop checks a known result.

use concord::events::features::{self, DocFreq, DocInput, VectorConfig};
use concord::events::{self, EventConfig};
use concord::facts::date;
use concord::synth::{self, EventSynthConfig};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let docs = synth::generate_events(&EventSynthConfig {
        docs: 2_000,
        seed: 7,
        ..Default::default()
    });
    let events: std::collections::HashSet<usize> = docs.iter().map(|d| d.event).collect();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.sample_size(10);
    // The facts are the pipeline's (extracted once per document); the
    // bench times the features made from them.
    let facts: Vec<Vec<concord::facts::Fact>> = docs
        .iter()
        .map(|d| {
            let published = date::parse_published(&d.published);
            concord::facts::extract(
                &d.text,
                &concord::facts::ExtractContext {
                    published,
                    ..Default::default()
                },
            )
        })
        .collect();
    g.bench_function("features", |b| {
        let mut scratch = features::Scratch::default();
        b.iter(|| {
            let n: usize = docs
                .iter()
                .zip(&facts)
                .map(|(d, facts)| {
                    features::extract(
                        DocInput {
                            text: &d.text,
                            title: Some(&d.title),
                            published: date::parse_published(&d.published),
                            facts,
                            furniture: &[],
                            title_facts: &[],
                        },
                        &mut scratch,
                    )
                    .terms
                    .len()
                })
                .sum();
            assert!(n > docs.len() * 50);
        })
    });
    let mut scratch = features::Scratch::default();
    let raw: Vec<_> = docs
        .iter()
        .zip(&facts)
        .map(|(d, facts)| {
            features::extract(
                DocInput {
                    text: &d.text,
                    title: Some(&d.title),
                    published: date::parse_published(&d.published),
                    facts,
                    furniture: &[],
                    title_facts: &[],
                },
                &mut scratch,
            )
        })
        .collect();
    let mut df = DocFreq::new();
    for r in &raw {
        df.add(r);
    }
    let vectors: Vec<_> = raw
        .into_iter()
        .map(|r| df.vector(r, &VectorConfig::default()))
        .collect();
    let config = EventConfig::default();
    g.bench_function("cluster", |b| {
        b.iter(|| {
            let (a, _) = events::cluster_vectors(&vectors, &config).unwrap();
            // Close to the planted number of events.
            let k = a.sizes.len();
            assert!(
                k * 10 >= events.len() * 9 && k * 10 <= events.len() * 11,
                "{k}"
            );
        })
    });
    g.bench_function("cluster_all_pairs_baseline", |b| {
        b.iter(|| {
            let a = events::cluster_all_pairs(&vectors, &config).unwrap();
            assert!(!a.sizes.is_empty());
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
