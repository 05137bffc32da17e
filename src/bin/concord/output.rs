//! Output files: standard output, or a file written atomically (a temporary
//! file in the same folder, renamed into place when complete). A path that
//! is not a regular file (`/dev/null`, a FIFO, `/dev/stdout`) is written in
//! place: renaming over it would replace the device with a file. A symbolic
//! link to a file is followed, so the link stays and its target is replaced.

use anyhow::{Context, Result};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where a command writes one of its outputs.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file that becomes `path` on [`Output::finish`].
    File {
        /// The buffered temporary file.
        tmp: BufWriter<tempfile::NamedTempFile>,
        /// The final path.
        path: PathBuf,
    },
    /// An existing device, FIFO or socket, written directly.
    Special(BufWriter<std::fs::File>),
}

impl Output {
    /// Opens `path` (`None` or `-`: standard output).
    pub fn create(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            ))),
            Some(p) if p.as_os_str() == "-" => Ok(Output::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            ))),
            Some(p) => {
                if let Ok(meta) = std::fs::metadata(p) {
                    if !meta.is_file() && !meta.is_dir() {
                        let f = std::fs::OpenOptions::new()
                            .write(true)
                            .open(p)
                            .with_context(|| format!("{}: cannot open output", p.display()))?;
                        return Ok(Output::Special(BufWriter::with_capacity(1 << 16, f)));
                    }
                }
                // Follow a symbolic link, so the link is kept (a dangling
                // link gets its target created).
                let resolved = match std::fs::symlink_metadata(p) {
                    Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(p) {
                        Ok(target) => target,
                        Err(_) => {
                            let target = std::fs::read_link(p)
                                .with_context(|| format!("{}: cannot read link", p.display()))?;
                            match p.parent() {
                                Some(dir) if target.is_relative() => dir.join(target),
                                _ => target,
                            }
                        }
                    },
                    _ => p.to_path_buf(),
                };
                let p = resolved.as_path();
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let tmp = tempfile::Builder::new()
                    .prefix(".concord-")
                    .tempfile_in(dir)
                    .with_context(|| format!("{}: cannot create output", p.display()))?;
                Ok(Output::File {
                    tmp: BufWriter::with_capacity(1 << 16, tmp),
                    path: p.to_path_buf(),
                })
            }
        }
    }

    /// Flushes and, for a file, renames it into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush().context("standard output"),
            Output::Special(mut w) => w.flush().context("output"),
            Output::File { tmp, path } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("{}: cannot write", path.display()))?;
                tmp.persist(&path)
                    .map_err(|e| e.error)
                    .with_context(|| format!("{}: cannot write", path.display()))?;
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File { tmp, .. } => tmp.write(buf),
            Output::Special(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::File { tmp, .. } => tmp.write_all(buf),
            Output::Special(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { tmp, .. } => tmp.flush(),
            Output::Special(w) => w.flush(),
        }
    }
}
