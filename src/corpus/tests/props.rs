//! Property tests of line splitting over arbitrary byte streams.

use super::*;
use proptest::prelude::*;

/// Bytes biased towards line structure: newlines, '\r', spaces, braces,
/// a BOM's bytes, and arbitrary bytes.
fn stream() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        3 => Just(b'\n'),
        2 => Just(b'\r'),
        2 => Just(b' '),
        2 => Just(b'{'),
        1 => Just(0xEFu8),
        1 => Just(0xBBu8),
        1 => Just(0xBFu8),
        10 => any::<u8>(),
    ];
    proptest::collection::vec(byte, 0..400)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Chunked reading of any stream gives the same records.
    #[test]
    fn chunks_match_records(data in stream(), limit in 1usize..40, target in 1usize..120, max in 1usize..9) {
        let config = CorpusConfig { max_record_bytes: limit, ..CorpusConfig::default() };
        let c = Corpus::open_reader(std::io::Cursor::new(data), config).unwrap();
        prop_assert_eq!(chunked(&c, target, max), unchunked(&c));
    }

    /// Whatever the bytes: no panic; every record's origin slices its
    /// bytes out of the stream; blank lines are the only lines left
    /// out; write_records gives back each record's bytes + "\n".
    #[test]
    fn origins_slice_the_stream(data in stream(), limit in 1usize..40) {
        let config = CorpusConfig { max_record_bytes: limit, ..CorpusConfig::default() };
        let c = Corpus::open_reader(std::io::Cursor::new(data.clone()), config).unwrap();
        let raws: Vec<RawRecord> = c.raw_records().map(|r| r.unwrap()).collect();
        let mut want = Vec::new();
        let id = DocId::from("x");
        let mut recs = Vec::new();
        let mut prev_line = 0;
        for r in &raws {
            let o = r.origin;
            prop_assert!(o.line > prev_line);
            prev_line = o.line;
            let (start, end) = (o.offset as usize, (o.offset + o.len) as usize);
            prop_assert!(end <= data.len());
            match &r.problem {
                None => {
                    prop_assert_eq!(&data[start..end], &r.bytes[..]);
                    prop_assert!(r.bytes.len() <= limit);
                    want.extend_from_slice(&r.bytes);
                    want.push(b'\n');
                    recs.push((&id, o));
                }
                Some(p) => {
                    let too_long = matches!(p, RawProblem::TooLong { len, .. } if *len as usize > limit);
                    prop_assert!(too_long, "{:?}", p);
                }
            }
            let _ = c.parse(r.clone());
        }
        // Every non-blank line is accounted for.
        let mut body: &[u8] = &data;
        if body.starts_with(lines::BOM) {
            body = &body[3..];
        }
        let non_blank = body
            .split(|&b| b == b'\n')
            .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
            .count();
        prop_assert_eq!(raws.len(), non_blank);
        let mut out = Vec::new();
        c.write_records(&recs, &mut out).unwrap();
        prop_assert_eq!(out, want);
    }
}
