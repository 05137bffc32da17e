//! A fast hasher for the word tables: every word of every document is
//! looked up in several of them, and the keys are short. std's SipHash
//! (keyed, DoS-resistant) and a streaming XXH3 cost far more per short key
//! than the rest of a lookup.
//!
//! Consumes the bytes a key hashes; produces a 64-bit hash (the
//! multiply-rotate scheme of rustc's `FxHasher`, 8 bytes at a time).
//! Deterministic across runs and platforms of one endianness; not
//! resistant to chosen keys, so only for tables built from the crate's own
//! word lists (a document's words are looked up, never inserted, except
//! into a per-document set that is never iterated).

use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of rustc's `FxHasher` (64-bit).
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// The hasher state: see the module documentation.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher {
    h: u64,
}

impl WordHasher {
    fn add(&mut self, v: u64) {
        self.h = (self.h ^ v).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // the length first: a key and the same key padded with zero
        // bytes differ
        self.add(bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
        // the last bytes little-endian, zero-padded: built by shifts (a
        // copy of a length known only at run time is a call of memcpy)
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let v = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (k, &b)| v | u64::from(b) << (8 * k));
            self.add(v);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // the multiply leaves the entropy in the high bits; the table
        // indexes by the low ones
        self.h.rotate_left(26)
    }
}

/// Builds [`WordHasher`]s: the `S` of a `HashMap` or `HashSet` of words.
pub type WordHash = BuildHasherDefault<WordHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        let s = WordHash::default();
        assert_eq!(s.hash_one("dollars"), s.hash_one("dollars"));
        assert_ne!(s.hash_one("dollar"), s.hash_one("dollars"));
        // a prefix padded with zero bytes is not the same key
        assert_ne!(s.hash_one("ab"), s.hash_one("ab\0"));
        let set: HashSet<&str, WordHash> = ["may", "june", "mayor", "jun"].into_iter().collect();
        assert!(set.contains("mayor") && set.contains("jun") && !set.contains("ma"));
    }

    /// The bytes past the last whole 8 are one zero-padded little-endian
    /// word, as when they were copied into a zeroed buffer.
    #[test]
    fn tail_bytes_hash_as_a_padded_word() {
        let text = "Saint-Jean-sur-Richelieu, Zürich";
        for len in 0..=text.len() {
            let bytes = &text.as_bytes()[..len];
            let mut want = WordHasher::default();
            want.add(len as u64);
            for chunk in bytes.chunks(8) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                want.add(u64::from_le_bytes(b));
            }
            let mut got = WordHasher::default();
            got.write(bytes);
            assert_eq!(got.finish(), want.finish(), "{len} bytes");
        }
    }
}
