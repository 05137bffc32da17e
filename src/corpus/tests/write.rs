//! Tests of writing records back ([`Corpus::write_records`]) and of
//! spooling inputs that cannot be read twice.

use super::*;

#[test]
fn write_records_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    // Unusual but valid JSON: spaces around tokens, escapes, non-ASCII,
    // key order, a tab, a nested object, \u escapes and a "\/".
    let lines: [&[u8]; 5] = [
        b"  { \"text\" : \"caf\\u00e9 \\/ \\\"q\\\"\" ,\t\"id\":\"u1\" , \"extra\" : {\"k\": [1, 2.50, null]} }  ",
        b"{\"id\":\"u2\",\"text\":\"\xe2\x80\x9cCurly\xe2\x80\x9d \xf0\x9f\x93\xb0\"}",
        b"{\"text\":\"\\ud83d\\udcf0\",\"id\":3}",
        b"{\"id\":\"skip-me\",\"text\":\"not kept\"}",
        b"{\"id\":\"u4\",\"text\":\"line\\nbreak\",\"published\":\"2024-08-31T10:00:00Z\"}",
    ];
    let mut data = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        data.extend_from_slice(l);
        data.extend_from_slice(if i % 2 == 0 { b"\r\n" } else { b"\n" });
    }
    data.extend_from_slice(b"not json\n");
    let p = write(dir.path(), "w.jsonl", &data);
    let g = write(dir.path(), "w.jsonl.gz", &gz(&data));
    let t = write(
        dir.path(),
        "sub/art.txt",
        "\u{feff}Line \"one\"\n\ttab\\ and \u{1}\n".as_bytes(),
    );
    for input in [&p, &g] {
        let c = open(&[input, &t]);
        let it = items(&c);
        let keep: Vec<(&DocId, Origin)> = docs(&it)
            .iter()
            .filter(|d| d.id.0 != "skip-me")
            .map(|d| (&d.id, d.origin))
            .collect();
        assert_eq!(keep.len(), 5);
        let mut out = Vec::new();
        c.write_records(&keep, &mut out).unwrap();
        let mut want = Vec::new();
        for l in [lines[0], lines[1], lines[2], lines[4]] {
            want.extend_from_slice(l);
            want.push(b'\n');
        }
        want.extend_from_slice(
            b"{\"id\":\"art\",\"text\":\"Line \\\"one\\\"\\n\\ttab\\\\ and \\u0001\\n\"}\n",
        );
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&want)
        );
        assert_eq!(out, want);
        // Any order works too (a file is reopened when going back).
        let rev: Vec<(&DocId, Origin)> = keep.iter().rev().copied().collect();
        let mut out = Vec::new();
        c.write_records(&rev, &mut out).unwrap();
        let mut lines_out: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
        lines_out.pop();
        lines_out.reverse();
        let mut want_lines: Vec<&[u8]> = want.split(|&b| b == b'\n').collect();
        want_lines.pop();
        assert_eq!(lines_out, want_lines);
    }
}

#[test]
fn write_records_detects_a_changed_input() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "c.jsonl",
        b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n",
    );
    let c = open(&[&p]);
    let it = items(&c);
    fs::write(&p, b"{\"id\":\"a\",\"text\":\"xx\"}\n").unwrap();
    let recs: Vec<(&DocId, Origin)> = docs(&it).iter().map(|d| (&d.id, d.origin)).collect();
    let err = c.write_records(&recs, &mut Vec::new()).unwrap_err();
    assert!(
        err.to_string().contains("changed since it was read"),
        "{err}"
    );
}

#[test]
fn stdin_is_spooled_for_writing_back() {
    let data = b"{\"id\":\"s1\",\"text\":\"one\"}\n{\"oops\"\n{\"text\":\"two\"}\n".to_vec();
    for stream in [data.clone(), gz(&data), zst(&data)] {
        let c = Corpus::open_reader(std::io::Cursor::new(stream), CorpusConfig::default()).unwrap();
        assert_eq!(c.files()[0].display, "<stdin>");
        assert_eq!(c.files()[0].path, PathBuf::from("-"));
        let it = items(&c);
        let d = docs(&it);
        assert_eq!(d[1].id.0, "<stdin>:3");
        assert_eq!(
            skipped(&it),
            ["<stdin>:2: invalid JSON at column 7: EOF while parsing an object"]
        );
        assert_eq!(
            write_back(&c, &it),
            b"{\"id\":\"s1\",\"text\":\"one\"}\n{\"text\":\"two\"}\n"
        );
        // Reading again gives the same records.
        assert_eq!(docs(&items(&c)).len(), 2);
    }
}

#[test]
fn named_pipe_is_spooled() {
    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !matches!(status, Ok(s) if s.success()) {
            return; // no mkfifo on this system
        }
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || {
            fs::write(writer_path, gz(b"{\"id\":\"p\",\"text\":\"piped\"}\n")).unwrap();
        });
        let c = open(&[&fifo]);
        writer.join().unwrap();
        assert_eq!(c.files()[0].format, Format::JsonlGz);
        assert_eq!(c.files()[0].size, None);
        let it = items(&c);
        assert_eq!(docs(&it)[0].text, "piped");
        assert_eq!(write_back(&c, &it), b"{\"id\":\"p\",\"text\":\"piped\"}\n");
    }
}
