//! Text analysis for near-duplicate detection: normalisation, word tokens,
//! shingles and boilerplate blocks.
//!
//! Consumes a document's original text; produces an [`Analysis`]: the
//! positional 64-bit shingle hashes and the blocks (lines and sentences) they
//! came from. [`boilerplate`] then decides, corpus-wide, which blocks are
//! shared templates, and [`Analysis::into_shingle_set`] yields the
//! [`ShingleSet`] that MinHash and verification use.
//!
//! This normalisation is for comparison only and destroys information
//! (case, punctuation, numbers' formatting): facts are always read from the
//! original text.

pub mod boilerplate;
pub mod normalize;
pub mod shingle;
pub mod tokenize;

pub use boilerplate::{BoilerplateConfig, BoilerplateDetector};
pub use normalize::normalize_into;
pub use shingle::{Analysis, Analyzer, DocShingles, ShingleConfig, ShingleKind, ShingleSet};
pub use tokenize::{tokenize_into, Tokens};
