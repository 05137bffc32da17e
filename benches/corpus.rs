//! Read + parse throughput of the corpus stage on a synthetic JSONL corpus
//! (generated from a fixed seed, so every run measures the same bytes).
//!
//! `cargo bench --bench corpus`. Each timed iteration reads the whole file
//! and asserts the record count.

use std::hint::black_box;
use std::io::Write;

use concord::corpus::{Corpus, CorpusConfig, Item};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// SplitMix64: a tiny, specified generator (no dependency, stable output).
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const RECORDS: usize = 20_000;

/// News-like JSONL: id, title, source, published, url, a ~2 KB text with
/// quotes, numbers and an escaped character now and then, and one extra
/// field to skip.
fn synthetic_jsonl() -> Vec<u8> {
    const WORDS: &[&str] = &[
        "the",
        "minister",
        "said",
        "on",
        "Tuesday",
        "that",
        "government",
        "will",
        "announce",
        "a",
        "new",
        "package",
        "of",
        "$175",
        "million",
        "in",
        "security",
        "assistance",
        "for",
        "Ukraine",
        "officials",
        "reported",
        "nearly",
        "50",
        "allies",
        "met",
        "in",
        "Brussels",
        "while",
        "protesters",
        "gathered",
        "outside",
        "the",
        "parliament",
        "building",
        "café",
        "according",
        "to",
        "sources",
        "familiar",
        "with",
        "talks",
        "12.5%",
        "inflation",
    ];
    let mut rng = SplitMix(0x5EED_C0C0);
    let mut out = Vec::with_capacity(RECORDS * 2300);
    for i in 0..RECORDS {
        let mut text = String::new();
        let n = 250 + rng.below(200) as usize;
        for w in 0..n {
            if w > 0 {
                text.push(' ');
            }
            text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
            if rng.below(40) == 0 {
                text.push_str(".\n");
            }
        }
        if rng.below(5) == 0 {
            text.push_str(" \"We will not back down,\" she said.");
        }
        let rec = serde_json::json!({
            "id": format!("doc-{i:06}"),
            "title": format!("Headline number {i}"),
            "source": format!("outlet{}.example", rng.below(30)),
            "published": format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
            "url": format!("https://outlet.example/news/{i}"),
            "text": text,
            "meta": {"tags": ["world", "politics"], "score": rng.below(1000)},
        });
        serde_json::to_writer(&mut out, &rec).unwrap();
        out.push(b'\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let data = synthetic_jsonl();
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("bench.jsonl");
    std::fs::write(&plain, &data).unwrap();
    let gz = dir.path().join("bench.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&data).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let zst = dir.path().join("bench.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(&data[..], 3).unwrap()).unwrap();

    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.sample_size(10);

    let corpus = Corpus::open(std::slice::from_ref(&plain), CorpusConfig::default()).unwrap();
    group.bench_function("raw_records/jsonl", |b| {
        b.iter(|| {
            let mut n = 0;
            for r in corpus.raw_records() {
                black_box(r.unwrap());
                n += 1;
            }
            assert_eq!(n, RECORDS);
        })
    });
    group.bench_function("raw_chunks/jsonl", |b| {
        b.iter(|| {
            let mut n = 0;
            for chunk in corpus.raw_chunks(1 << 20, 8192) {
                n += black_box(chunk.unwrap()).records.len();
            }
            assert_eq!(n, RECORDS);
        })
    });
    for (name, path) in [("jsonl", &plain), ("jsonl.gz", &gz), ("jsonl.zst", &zst)] {
        let corpus = Corpus::open(std::slice::from_ref(path), CorpusConfig::default()).unwrap();
        group.bench_function(format!("documents/{name}"), |b| {
            b.iter(|| {
                let mut docs = 0;
                for item in corpus.documents() {
                    if let Item::Doc(d) = item.unwrap() {
                        black_box(&d);
                        docs += 1;
                    }
                }
                assert_eq!(docs, RECORDS);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
