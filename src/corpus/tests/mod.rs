//! Tests of the reading stage over real files in temporary directories.
//!
//! Compiled only under `#[cfg(test)]`.

use super::*;
use std::fs;
use std::io::Write;
use std::path::Path;

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, bytes).unwrap();
    p
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn zst(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

/// Every item of the corpus, `Err` turned into a panic.
fn items(c: &Corpus) -> Vec<Item> {
    c.documents().map(|r| r.unwrap()).collect()
}

fn docs(items: &[Item]) -> Vec<&Document> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Doc(d) => Some(d),
            Item::Skipped(_) => None,
        })
        .collect()
}

fn skipped(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Skipped(s) => Some(s.to_string()),
            Item::Doc(_) => None,
        })
        .collect()
}

fn open(paths: &[&Path]) -> Corpus {
    let inputs: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    Corpus::open(&inputs, CorpusConfig::default()).unwrap()
}

/// The bytes `write_records` gives for every document of the corpus.
fn write_back(c: &Corpus, items: &[Item]) -> Vec<u8> {
    let recs: Vec<(&DocId, Origin)> = docs(items).iter().map(|d| (&d.id, d.origin)).collect();
    let mut out = Vec::new();
    c.write_records(&recs, &mut out).unwrap();
    out
}

const MIXED: &[u8] = b"{\"id\":\"a\",\"text\":\"Alpha.\",\"source\":\"x.com\"}\n\
\n\
   \t \n\
{\"text\":\"no id\"}\n\
{\"id\":\"c\",\"text\":\"Gamma\"\n\
{\"id\":\"d\"}\n\
{\"id\":\"e\",\"text\":5}\n\
[1,2]\n\
{\"id\":\"f\",\"text\":\"bad \xff byte\"}\n\
{\"id\":7,\"text\":\"\"}\n";

#[test]
fn jsonl_records_reasons_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "m.jsonl", MIXED);
    let c = open(&[&p]);
    let it = items(&c);
    let d = docs(&it);
    let disp = p.display().to_string();
    let ids: Vec<&str> = d.iter().map(|d| d.id.0.as_str()).collect();
    let default_id = format!("{disp}:4");
    assert_eq!(ids, ["a", default_id.as_str(), "7"]);
    assert_eq!(d[0].meta.source.as_deref(), Some("x.com"));
    assert_eq!(
        d[0].origin,
        Origin {
            file: 0,
            line: 1,
            offset: 0,
            len: 43
        }
    );
    assert_eq!(d[2].text, "");
    assert_eq!(
        skipped(&it),
        [
            format!("{disp}:5: invalid JSON at column 24: EOF while parsing an object"),
            format!("{disp}:6: missing string field \"text\""),
            format!("{disp}:7: field \"text\" is not a string (found a number)"),
            format!("{disp}:8: not a JSON object (found an array)"),
            format!("{disp}:9: invalid UTF-8 at byte 22"),
        ]
    );
}

#[test]
fn compressed_files_match_plain() {
    let dir = tempfile::tempdir().unwrap();
    let plain = write(dir.path(), "p.jsonl", MIXED);
    let g = write(dir.path(), "g.jsonl.gz", &gz(MIXED));
    let z = write(dir.path(), "z.ndjson.zst", &zst(MIXED));
    // Concatenated gzip members and zstd frames are one stream.
    let half = MIXED.len() / 2;
    let mut gg = gz(&MIXED[..half]);
    gg.extend(gz(&MIXED[half..]));
    let g2 = write(dir.path(), "g2.ndjson.gz", &gg);
    let mut zz = zst(&MIXED[..half]);
    zz.extend(zst(&MIXED[half..]));
    let z2 = write(dir.path(), "z2.jsonl.zst", &zz);
    let summary = |p: &Path| {
        let c = open(&[p]);
        assert!(c.files()[0].format.is_jsonl());
        let it = items(&c);
        let d: Vec<(String, Origin)> = docs(&it)
            .iter()
            .map(|d| (d.text.clone(), d.origin))
            .collect();
        let s: Vec<String> = it
            .iter()
            .filter_map(|i| match i {
                Item::Skipped(s) => Some(format!("{}: {}", s.line, s.reason)),
                Item::Doc(_) => None,
            })
            .collect();
        let back = write_back(&c, &it);
        (d, s, back)
    };
    let want = summary(&plain);
    assert_eq!(want.0.len(), 3);
    for p in [&g, &z, &g2, &z2] {
        assert_eq!(summary(p), want, "{}", p.display());
    }
    let c = open(&[&g, &z]);
    assert_eq!(c.files()[0].format, Format::JsonlGz);
    assert_eq!(c.files()[1].format, Format::JsonlZst);
}

#[test]
fn corrupt_compressed_streams_are_skipped_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = Vec::new();
    for i in 0..2000 {
        writeln!(
            body,
            "{{\"id\":\"r{i}\",\"text\":\"record number {i} with some words\"}}"
        )
        .unwrap();
    }
    let good = write(
        dir.path(),
        "z-good.jsonl",
        b"{\"id\":\"after\",\"text\":\"t\"}\n",
    );
    for (name, data) in [("a.jsonl.gz", gz(&body)), ("a.jsonl.zst", zst(&body))] {
        // Truncated in the middle, and garbled in the middle.
        let truncated = write(
            dir.path(),
            &format!("trunc-{name}"),
            &data[..data.len() / 2],
        );
        let mut garbled = data.clone();
        let mid = garbled.len() / 2;
        for b in &mut garbled[mid..mid + 64] {
            *b ^= 0x5a;
        }
        let garbled = write(dir.path(), &format!("garbled-{name}"), &garbled);
        let not_compressed = write(dir.path(), &format!("plain-{name}"), b"{\"text\":\"x\"}\n");
        for bad in [&truncated, &not_compressed] {
            let c = open(&[bad, &good]);
            let it = items(&c);
            let s = skipped(&it);
            assert_eq!(s.len(), 1, "{}: {s:?}", bad.display());
            assert!(s[0].contains("corrupt or truncated"), "{}", s[0]);
            let d = docs(&it);
            // Records before the damage are kept, then the next file is read.
            assert_eq!(d.last().unwrap().id.0, "after");
            for (i, doc) in d[..d.len() - 1].iter().enumerate() {
                assert_eq!(doc.id.0, format!("r{i}"));
            }
            // The skipped record sits at the line where the stream broke.
            let Some(Item::Skipped(rec)) = it.iter().find(|i| matches!(i, Item::Skipped(_))) else {
                unreachable!()
            };
            assert_eq!(rec.line as usize, d.len(), "{}", bad.display());
        }
        // Garbled data may decode into garbage before the decoder notices
        // (gzip checks its CRC at the end): those lines are reported as bad
        // records; the stream error is the last report of the file, and the
        // next file is read.
        let c = open(&[&garbled, &good]);
        let it = items(&c);
        let s = skipped(&it);
        assert!(s.last().unwrap().contains("corrupt or truncated"), "{s:?}");
        assert!(matches!(it.last(), Some(Item::Doc(d)) if d.id.0 == "after"));
        assert!(docs(&it).len() < 2000);
    }
}

/// What `raw_chunks` gives, record by record, in the shape of
/// `raw_records` (errors as text).
fn chunked(c: &Corpus, target: usize, max: usize) -> Vec<std::result::Result<RawRecord, String>> {
    let mut out = Vec::new();
    for chunk in c.raw_chunks(target, max) {
        match chunk {
            Ok(chunk) => {
                assert!(!chunk.records.is_empty());
                assert!(chunk.records.len() <= max);
                for r in &chunk.records {
                    out.push(Ok(RawRecord {
                        bytes: chunk.record_bytes(r).to_vec(),
                        origin: r.origin,
                        problem: r.problem.clone(),
                    }));
                    // Parsing in place gives what parsing the record gives.
                    let a = format!("{:?}", c.parse_in(&chunk, r));
                    let b = format!("{:?}", c.parse(out.last().unwrap().clone().unwrap()));
                    assert_eq!(a, b);
                }
            }
            Err(e) => out.push(Err(e.to_string())),
        }
    }
    out
}

fn unchunked(c: &Corpus) -> Vec<std::result::Result<RawRecord, String>> {
    c.raw_records()
        .map(|r| r.map_err(|e| e.to_string()))
        .collect()
}

/// Chunked reading gives the records one at a time reading gives, for any
/// chunk size: lines, blank lines, CRLF and BOM, over-long lines, corrupt
/// streams, text files, a file that vanished.
#[test]
fn chunks_hold_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = Vec::new();
    for i in 0..300 {
        writeln!(body, "{{\"id\":\"r{i}\",\"text\":\"record {i}\"}}").unwrap();
    }
    let mut long = b"{\"id\":\"x\",\"text\":\"".to_vec();
    long.resize(5000, b'a');
    long.extend_from_slice(b"\"}\n{\"id\":\"after-long\",\"text\":\"y\"}\n");
    let z = zst(&body);
    let paths = [
        write(dir.path(), "a-mixed.jsonl", MIXED),
        write(dir.path(), "b.jsonl.gz", &gz(&body)),
        write(dir.path(), "c-trunc.jsonl.zst", &z[..z.len() / 2]),
        write(
            dir.path(),
            "d-crlf.jsonl",
            b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"one\"}\r\n\r\n{\"text\":\"two\"}",
        ),
        write(dir.path(), "e-long.jsonl", &long),
        write(dir.path(), "f-article.txt", b"An article.\nTwo lines."),
        write(dir.path(), "g-binary.txt", b"bin\0ary"),
        write(dir.path(), "h-empty.txt", b""),
        write(dir.path(), "i-gone.jsonl", b"{\"text\":\"t\"}\n"),
        write(
            dir.path(),
            "j-last.jsonl",
            b"{\"id\":\"last\",\"text\":\"z\"}",
        ),
    ];
    let config = CorpusConfig {
        max_record_bytes: 1000,
        ..CorpusConfig::default()
    };
    let c = Corpus::open(&[dir.path().to_path_buf()], config).unwrap();
    fs::remove_file(&paths[8]).unwrap();
    let want = unchunked(&c);
    assert!(want.iter().any(|r| r.is_err()), "the vanished file");
    assert!(want.len() > 300);
    for (target, max) in [(1, 1), (7, 3), (100, 1000), (4096, 16), (1 << 20, 1 << 20)] {
        assert_eq!(chunked(&c, target, max), want, "target {target}, max {max}");
    }
}

#[test]
fn empty_compressed_file_has_no_records() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "e.jsonl.gz", &gz(b""));
    let z = write(dir.path(), "e.jsonl.zst", &zst(b""));
    let e = write(dir.path(), "e.jsonl", b"");
    assert!(items(&open(&[&g, &z, &e])).is_empty());
}

#[test]
fn crlf_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    let data = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"one\"}\r\n\r\n{\"id\":\"b\",\"text\":\"two\\r\\n\"}\r\n{\"id\":\"c\",\"text\":\"three\"}";
    let p = write(dir.path(), "crlf.jsonl", data);
    let c = open(&[&p]);
    let it = items(&c);
    assert!(skipped(&it).is_empty());
    let d = docs(&it);
    assert_eq!(d.len(), 3);
    assert_eq!(
        d[0].origin,
        Origin {
            file: 0,
            line: 1,
            offset: 3,
            len: 23
        }
    );
    assert_eq!(d[1].origin.line, 3);
    assert_eq!(d[1].text, "two\r\n");
    assert_eq!(d[2].origin.line, 4);
    assert_eq!(
        String::from_utf8(write_back(&c, &it)).unwrap(),
        "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\\r\\n\"}\n{\"id\":\"c\",\"text\":\"three\"}\n"
    );
}

#[test]
fn over_long_line_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = Vec::new();
    data.extend_from_slice(b"{\"id\":\"before\",\"text\":\"x\"}\n");
    data.extend_from_slice(b"{\"id\":\"huge\",\"text\":\"");
    data.resize(data.len() + 5 * 1024 * 1024, b'a');
    data.extend_from_slice(b"\"}\n{\"id\":\"after\",\"text\":\"y\"}\n");
    // Minus the lines before and after and the long line's "\n".
    let huge_len = data.len() - 27 - 26 - 1;
    let p = write(dir.path(), "long.jsonl", &data);
    let config = CorpusConfig {
        max_record_bytes: 1024 * 1024,
        ..CorpusConfig::default()
    };
    let c = Corpus::open(std::slice::from_ref(&p), config).unwrap();
    let mut raw = c.raw_records();
    let r1 = raw.next().unwrap().unwrap();
    let r2 = raw.next().unwrap().unwrap();
    assert!(r2.bytes.is_empty());
    // The reused buffer never held the long line.
    assert!(
        raw.buf_capacity() <= 2 * 1024 * 1024,
        "{}",
        raw.buf_capacity()
    );
    let r3 = raw.next().unwrap().unwrap();
    assert!(raw.next().is_none());
    let reasons: Vec<String> = [r1, r2, r3]
        .into_iter()
        .map(|r| match c.parse(r) {
            Item::Doc(d) => d.id.0,
            Item::Skipped(s) => s.to_string(),
        })
        .collect();
    assert_eq!(
        reasons,
        [
            "before".to_string(),
            format!(
                "{}:2: record of {huge_len} bytes exceeds the limit of 1048576 bytes",
                p.display()
            ),
            "after".to_string(),
        ]
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.jsonl",
        b"{\"id\":\"x\",\"text\":\"1\"}\n\n\n{\"id\":\"y\",\"text\":\"2\"}\n",
    );
    let b = write(
        dir.path(),
        "b.jsonl",
        b"{\"id\":\"y\",\"text\":\"3\"}\n{\"id\":\"x\",\"text\":\"4\"}\n",
    );
    let t = write(dir.path(), "x.txt", b"article");
    let c = open(&[&a, &b, &t]);
    let it = items(&c);
    let (ad, bd) = (a.display(), b.display());
    assert_eq!(
        skipped(&it),
        [
            format!("{bd}:1: duplicate id \"y\" (first seen at {ad}:4)"),
            format!("{bd}:2: duplicate id \"x\" (first seen at {ad}:1)"),
            format!("{}: duplicate id \"x\" (first seen at {ad}:1)", t.display()),
        ]
    );
    assert_eq!(docs(&it).len(), 2);
    // The registry works the same when driven by hand (parallel pipeline).
    let mut reg = IdRegistry::new();
    let mut n = 0;
    for raw in c.raw_records() {
        if let Item::Doc(d) = c.parse(raw.unwrap()) {
            if let Item::Doc(_) = reg.check(d, &c) {
                n += 1;
            }
        }
    }
    assert_eq!((n, reg.len()), (2, 2));
}

#[test]
fn directory_walk_order_ids_and_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    write(&root, "b.txt", b"B");
    write(&root, "a/z.md", b"AZ");
    write(&root, "a/y.v2.txt", b"AY");
    write(&root, "a-c.jsonl", b"{\"text\":\"ac\"}\n");
    write(&root, "README.md", b"readme");
    write(&root, "LICENSE", b"mit");
    write(&root, ".hidden.txt", b"h");
    write(&root, ".git/x.txt", b"h");
    write(&root, "notes.csv", b"a,b");
    write(&root, "data.json.gz", b"x");
    let c = open(&[&root]);
    let names: Vec<String> = c
        .files()
        .iter()
        .map(|f| {
            f.path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, ["a/y.v2.txt", "a/z.md", "a-c.jsonl", "b.txt"]);
    assert_eq!(
        c.ignored(),
        [root.join("data.json.gz"), root.join("notes.csv")]
    );
    assert!(c.files().iter().all(|f| f.input == 0));
    let it = items(&c);
    let ids: Vec<&str> = docs(&it).iter().map(|d| d.id.0.as_str()).collect();
    let jsonl_id = format!("{}:1", root.join("a-c.jsonl").display());
    assert_eq!(ids, ["a/y.v2", "a/z", jsonl_id.as_str(), "b"]);
    assert_eq!(c.files()[0].article_id(), Some("a/y.v2"));
    assert_eq!(c.files()[2].article_id(), None);
}

#[cfg(unix)]
#[test]
fn walk_does_not_follow_directory_links() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("c");
    write(&root, "d/a.txt", b"A");
    std::os::unix::fs::symlink(root.join("d"), root.join("loop")).unwrap();
    std::os::unix::fs::symlink(root.join("d/a.txt"), root.join("link.txt")).unwrap();
    let c = open(&[&root]);
    assert_eq!(c.files().len(), 2);
    assert_eq!(c.ignored(), [root.join("loop")]);
}

#[test]
fn direct_files_and_sniffing() {
    let dir = tempfile::tempdir().unwrap();
    let j = write(dir.path(), "export.data", b"\n  {\"text\":\"j\"}\n");
    let t = write(dir.path(), "story.v1.article", b"Once upon a time {x}");
    let g = write(dir.path(), "dump.json.gz", &gz(b"{\"text\":\"g\"}\n"));
    let txt = write(dir.path(), "sub/direct.txt", b"T");
    let c = open(&[&j, &t, &g, &txt]);
    let formats: Vec<Format> = c.files().iter().map(|f| f.format).collect();
    assert_eq!(
        formats,
        [Format::Jsonl, Format::Text, Format::JsonlGz, Format::Text]
    );
    let it = items(&c);
    let ids: Vec<&str> = docs(&it).iter().map(|d| d.id.0.as_str()).collect();
    let jid = format!("{}:2", j.display());
    let gid = format!("{}:1", g.display());
    assert_eq!(ids, [jid.as_str(), "story.v1", gid.as_str(), "direct"]);
    assert_eq!(c.files()[3].input, 3);
}

#[test]
fn text_files_binary_empty_bom_and_limit() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(dir.path(), "bin.txt", b"GIF89a\x01\x00\x00\xff");
    let bad = write(dir.path(), "bad.txt", b"caf\xe9 latin-1");
    let empty = write(dir.path(), "empty.txt", b"");
    let bom = write(dir.path(), "bom.md", b"\xEF\xBB\xBF# Title\r\nBody\r\n");
    let big = write(dir.path(), "big.txt", &[b'w'; 3000]);
    let config = CorpusConfig {
        max_record_bytes: 1000,
        ..CorpusConfig::default()
    };
    let inputs = [bin.clone(), bad.clone(), empty, bom, big.clone()];
    let c = Corpus::open(&inputs, config).unwrap();
    let it = items(&c);
    assert_eq!(
        skipped(&it),
        [
            format!("{}: binary data (NUL byte at byte 7)", bin.display()),
            format!("{}: invalid UTF-8 at byte 3", bad.display()),
            format!(
                "{}: record of 3000 bytes exceeds the limit of 1000 bytes",
                big.display()
            ),
        ]
    );
    let d = docs(&it);
    assert_eq!((d[0].id.0.as_str(), d[0].text.as_str()), ("empty", ""));
    assert_eq!(d[1].text, "# Title\r\nBody\r\n");
    assert_eq!(
        d[1].origin,
        Origin {
            file: 3,
            line: 0,
            offset: 3,
            len: 15
        }
    );
    assert_eq!(
        write_back(&c, &it),
        b"{\"id\":\"empty\",\"text\":\"\"}\n{\"id\":\"bom\",\"text\":\"# Title\\r\\nBody\\r\\n\"}\n"
    );
}

#[test]
fn open_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.jsonl");
    let err = Corpus::open(std::slice::from_ref(&missing), CorpusConfig::default()).unwrap_err();
    assert!(
        matches!(&err, Error::Io { path, .. } if *path == missing),
        "{err}"
    );
    let err = Corpus::open_with(
        &["-".into(), "-".into()],
        CorpusConfig::default(),
        Some(Box::new(std::io::empty())),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err}");
    let config = CorpusConfig {
        max_record_bytes: 0,
        ..CorpusConfig::default()
    };
    assert!(matches!(
        Corpus::open_reader(std::io::empty(), config),
        Err(Error::Config(_))
    ));
}

#[test]
fn vanished_file_is_an_error_then_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.jsonl", b"{\"text\":\"a\"}\n");
    let b = write(dir.path(), "b.jsonl", b"{\"text\":\"b\"}\n");
    let c = open(&[&a, &b]);
    fs::remove_file(&a).unwrap();
    let got: Vec<Result<Item>> = c.documents().collect();
    assert_eq!(got.len(), 2);
    assert!(matches!(&got[0], Err(Error::Io { path, .. }) if *path == a));
    assert!(matches!(&got[1], Ok(Item::Doc(d)) if d.text == "b"));
}

#[test]
fn renamed_fields() {
    let config = CorpusConfig {
        fields: FieldNames {
            text: "body".into(),
            id: "uid".into(),
            title: "headline".into(),
            ..FieldNames::default()
        },
        ..CorpusConfig::default()
    };
    let data = b"{\"uid\":\"k\",\"body\":\"B\",\"headline\":\"H\",\"text\":\"ignored\"}\n{\"text\":\"T\"}\n";
    let c = Corpus::open_reader(&data[..], config).unwrap();
    let it = items(&c);
    let d = docs(&it);
    assert_eq!((d[0].id.0.as_str(), d[0].text.as_str()), ("k", "B"));
    assert_eq!(d[0].meta.title.as_deref(), Some("H"));
    assert_eq!(skipped(&it), ["<stdin>:2: missing string field \"body\""]);
}

#[test]
fn skipped_record_serializes() {
    let s = SkippedRecord {
        path: "a.jsonl".into(),
        line: 3,
        reason: "invalid JSON".into(),
    };
    assert_eq!(
        serde_json::to_string(&s).unwrap(),
        r#"{"path":"a.jsonl","line":3,"reason":"invalid JSON"}"#
    );
    assert_eq!(s.to_string(), "a.jsonl:3: invalid JSON");
}

#[test]
fn thread_safety() {
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>() {}
    send_sync::<Corpus>();
    send::<RawRecords<'static>>();
    send_sync::<Item>();
}

/// The tests/data fixtures behave as tests/data/README.md says.
#[test]
fn fixtures_match_their_readme() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let malformed = data.join("malformed.jsonl");
    let c = open(&[&malformed]);
    let it = items(&c);
    let s: Vec<String> = it
        .iter()
        .filter_map(|i| match i {
            Item::Skipped(s) => Some(format!("{}: {}", s.line, s.reason)),
            Item::Doc(_) => None,
        })
        .collect();
    assert_eq!(
        s,
        [
            "3: invalid JSON at column 29: expected `,` or `}`".to_string(),
            "4: missing string field \"text\"".to_string(),
            "5: field \"text\" is not a string (found a number)".to_string(),
            "6: not a JSON object (found an array)".to_string(),
            "7: invalid UTF-8 at byte 28".to_string(),
            format!(
                "9: duplicate id \"m1\" (first seen at {}:1)",
                malformed.display()
            ),
        ]
    );
    let ids: Vec<&str> = docs(&it).iter().map(|d| d.id.0.as_str()).collect();
    assert_eq!(ids, ["m1", "m2", "m3", "4"]);
    assert_eq!(docs(&it)[3].text, "");

    let c = open(&[&data.join("binary.txt"), &data.join("empty.txt")]);
    let it = items(&c);
    assert_eq!(
        skipped(&it),
        [format!(
            "{}: binary data (NUL byte at byte 153)",
            data.join("binary.txt").display()
        )]
    );
    let d = docs(&it);
    assert_eq!(
        (d.len(), d[0].id.0.as_str(), d[0].text.as_str()),
        (1, "empty", "")
    );

    for name in ["good.jsonl.gz", "good.jsonl.zst"] {
        let c = open(&[&data.join(name)]);
        let it = items(&c);
        assert!(skipped(&it).is_empty());
        let ids: Vec<&str> = docs(&it).iter().map(|d| d.id.0.as_str()).collect();
        assert_eq!(ids, ["g1", "g2", "g3"], "{name}");
    }
}

mod props;
mod write;
