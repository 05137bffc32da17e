//! The dedup pipeline as stages with files between them (issue 12), for
//! corpora past one machine.
//!
//! Consumes texts and [`Params`]; produces what each stage hands to the
//! next: block hashes, block document frequencies, band hashes, candidate
//! edges, verified edges, components and clusters, keyed by `i64` doc ids
//! whose order is input order.
//!
//! [`kernels`] holds the per-document, per-edge and per-component work
//! (pure, no I/O), the one API every driver uses: the embedded
//! `pipeline::dedup` computes the same edges, components and clusters, and
//! a test checks that chaining the kernels over a planted corpus gives its
//! clusters exactly.

//! With the cargo feature `parquet`, `files` reads and writes the
//! datasets between the stages and `run` runs one stage over one shard
//! (`concord dedup --stage NAME --shard i/n --work DIR`).

#[cfg(feature = "parquet")]
mod datasets;
#[cfg(feature = "parquet")]
pub mod files;
pub mod kernels;
#[cfg(feature = "parquet")]
pub mod run;
#[cfg(test)]
mod tests;

pub use kernels::{block_counts, components, star_edges, DocKey, Kernels, Params, SCHEMA_VERSION};
