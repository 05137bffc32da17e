//! Typed errors of the library.
//!
//! Only configuration and environment failures are errors: a malformed
//! record in the input is *data*, reported as a
//! [`SkippedRecord`](crate::corpus::SkippedRecord) and never as an `Err`.

use std::path::PathBuf;

/// Everything that can make a library call fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O failure on a named path (or `-` for standard input/output).
    #[error("{path}: {source}")]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A setting that cannot work (out of range, contradictory).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// An id asked for ([`ClusterSettings::required_ids`]) that names no
    /// document of the input.
    ///
    /// [`ClusterSettings::required_ids`]: crate::pipeline::ClusterSettings::required_ids
    #[error("no document with id {0:?} in the input")]
    UnknownId(String),
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
