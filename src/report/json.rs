//! The JSON view: the [`Report`] as CONTRACT.md specifies it, pretty
//! printed with a final newline. Field order is the struct order, so the
//! bytes depend only on the report.

use super::Report;
use std::io::{self, Write};

/// Writes `report` as pretty-printed JSON.
///
/// # Errors
/// Any error of `out`.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
