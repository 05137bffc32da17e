//! Output files.
//!
//! - `-` or no path: standard output. `/dev/stdout`, `/dev/stderr`,
//!   `/dev/fd/N` and `/proc/self/fd/N` (or a symbolic link to one of them)
//!   are the process's own streams: written in place, as `-` is, never
//!   replaced (renaming a file over them would destroy what the shell
//!   redirected them to).
//! - A path that is not a regular file (`/dev/null`, a FIFO, a socket) is
//!   written in place: renaming over it would replace the device with a
//!   file.
//! - Any other path is written atomically: a temporary file in the same
//!   folder, renamed into place when complete. It gets the permissions a
//!   plain `create` gives (0666 less the umask), or those of the file it
//!   replaces. A symbolic link is followed, so the link stays and its target
//!   is replaced. Temporary files are removed when the run fails, and on
//!   SIGINT, SIGTERM and SIGHUP ([`remove_temporaries_on_signals`]).
//! - A name ending in `.gz` is written gzip-compressed (level 6, gzip's
//!   default), one ending in `.zst` or `.zstd` zstd-compressed (level 3),
//!   as the input side reads them.
//!
//! Errors name the path the user gave, never the temporary file.

use anyhow::{anyhow, bail, Context, Result};
use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// Temporary files not yet renamed into place (removed on a signal).
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Starts a thread that, on SIGINT, SIGTERM or SIGHUP, removes the
/// temporary files of unfinished outputs and then lets the signal end the
/// process as it would have (so the shell sees the signal).
pub fn remove_temporaries_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("concord-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until the process ends: no output creates a new
                // temporary file once this has run.
                let temps = TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner);
                for t in temps.iter() {
                    let _ = std::fs::remove_file(t);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    // Without the thread, signals keep their default action.
    drop(spawned);
}

fn unregister(path: &Path) {
    let mut temps = TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner);
    temps.retain(|t| t != path);
}

/// One of the process's own standard streams.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stream {
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
    /// Another open descriptor, by its `/dev/fd/N`-style path.
    Fd(PathBuf),
}

/// Whether `path` names one of the process's own descriptors, literally or
/// through symbolic links (`/dev/stdout` is a link to `/proc/self/fd/1`,
/// itself a link to whatever descriptor 1 is open on).
pub fn own_stream(path: &Path) -> Option<Stream> {
    let pid = std::process::id().to_string();
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        let s = p.to_string_lossy();
        match s.as_ref() {
            "/dev/stdout" => return Some(Stream::Stdout),
            "/dev/stderr" => return Some(Stream::Stderr),
            _ => {}
        }
        let fd = ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"]
            .iter()
            .find_map(|pre| s.strip_prefix(pre))
            .or_else(|| {
                s.strip_prefix("/proc/")
                    .and_then(|r| r.strip_prefix(pid.as_str()))
                    .and_then(|r| r.strip_prefix("/fd/"))
            });
        if let Some(n) = fd.and_then(|n| n.parse::<u32>().ok()) {
            return Some(match n {
                1 => Stream::Stdout,
                2 => Stream::Stderr,
                _ => Stream::Fd(p.clone()),
            });
        }
        match std::fs::read_link(&p) {
            Ok(target) => {
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            Err(_) => return None,
        }
    }
    None
}

/// Where the bytes go.
enum Sink {
    Stdout(io::Stdout),
    Stderr(io::Stderr),
    /// An existing device, FIFO, socket or descriptor, written in place.
    InPlace(File),
    /// A temporary file that becomes `path` on [`Output::finish`].
    Temp {
        file: tempfile::NamedTempFile,
        path: PathBuf,
        mode: Option<u32>,
    },
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Stderr(w) => w.write(buf),
            Sink::InPlace(w) => w.write(buf),
            Sink::Temp { file, .. } => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Stderr(w) => w.write_all(buf),
            Sink::InPlace(w) => w.write_all(buf),
            Sink::Temp { file, .. } => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Stderr(w) => w.flush(),
            Sink::InPlace(w) => w.flush(),
            Sink::Temp { file, .. } => file.flush(),
        }
    }
}

/// Compression chosen by the output's name.
enum Codec {
    Plain(Sink),
    Gzip(flate2::write::GzEncoder<Sink>),
    Zstd(zstd::stream::write::Encoder<'static, Sink>),
}

impl Codec {
    fn new(name: &Path, sink: Sink) -> io::Result<Codec> {
        let lower = name.to_string_lossy().to_ascii_lowercase();
        Ok(if lower.ends_with(".gz") {
            Codec::Gzip(flate2::write::GzEncoder::new(
                sink,
                flate2::Compression::default(),
            ))
        } else if lower.ends_with(".zst") || lower.ends_with(".zstd") {
            Codec::Zstd(zstd::stream::write::Encoder::new(sink, 3)?)
        } else {
            Codec::Plain(sink)
        })
    }

    /// Ends the compressed stream; the sink back.
    fn finish(self) -> io::Result<Sink> {
        match self {
            Codec::Plain(s) => Ok(s),
            Codec::Gzip(e) => e.finish(),
            Codec::Zstd(e) => e.finish(),
        }
    }
}

impl Write for Codec {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Codec::Plain(w) => w.write(buf),
            Codec::Gzip(w) => w.write(buf),
            Codec::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Codec::Plain(w) => w.write_all(buf),
            Codec::Gzip(w) => w.write_all(buf),
            Codec::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Codec::Plain(w) => w.flush(),
            Codec::Gzip(w) => w.flush(),
            Codec::Zstd(w) => w.flush(),
        }
    }
}

/// Where a command writes one of its outputs.
pub struct Output {
    /// `None` once finished.
    writer: Option<BufWriter<Codec>>,
    /// The name the user gave (for messages).
    name: String,
    /// The OS error of the first failed write, if any.
    failed: Option<io::ErrorKind>,
}

/// An I/O error as the OS reports it, without the temporary path some
/// libraries attach to it.
fn plain(e: io::Error) -> io::Error {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(c) = cause {
        if let Some(code) = c
            .downcast_ref::<io::Error>()
            .and_then(io::Error::raw_os_error)
        {
            return io::Error::from_raw_os_error(code);
        }
        cause = c.source();
    }
    io::Error::from(e.kind())
}

impl Output {
    /// Opens `path` (`None` or `-`: standard output).
    ///
    /// # Errors
    /// When the path is a directory, its folder does not exist, or the
    /// temporary file cannot be created: the message names `path`.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        let Some(p) = path.filter(|p| p.as_os_str() != "-") else {
            return Self::with(
                Path::new("-"),
                Sink::Stdout(io::stdout()),
                "standard output",
            );
        };
        let name = p.display().to_string();
        let sink = match own_stream(p) {
            Some(Stream::Stdout) => Sink::Stdout(io::stdout()),
            Some(Stream::Stderr) => Sink::Stderr(io::stderr()),
            Some(Stream::Fd(fd)) => Sink::InPlace(
                open_in_place(&fd).with_context(|| format!("{name}: cannot open output"))?,
            ),
            None => Self::file_sink(p, &name)?,
        };
        Self::with(p, sink, &name)
    }

    fn with(p: &Path, sink: Sink, name: &str) -> Result<Output> {
        let temp = match &sink {
            Sink::Temp { file, .. } => Some(file.path().to_path_buf()),
            _ => None,
        };
        let codec = Codec::new(p, sink).map_err(|e| {
            // The temporary file is already gone with the sink.
            if let Some(t) = &temp {
                unregister(t);
            }
            anyhow!("{name}: cannot start compression: {e}")
        })?;
        Ok(Output {
            writer: Some(BufWriter::with_capacity(1 << 16, codec)),
            name: name.to_string(),
            failed: None,
        })
    }

    fn file_sink(p: &Path, name: &str) -> Result<Sink> {
        if p.as_os_str().to_string_lossy().ends_with('/') {
            bail!("{name}: is a directory, not a file name");
        }
        if let Ok(meta) = std::fs::metadata(p) {
            if meta.is_dir() {
                bail!("{name}: is a directory");
            }
            if !meta.is_file() {
                let f = open_in_place(p).with_context(|| format!("{name}: cannot open output"))?;
                return Ok(Sink::InPlace(f));
            }
        }
        // Follow a symbolic link, so the link is kept (a dangling link gets
        // its target created).
        let resolved = match std::fs::symlink_metadata(p) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(p) {
                Ok(target) => target,
                Err(_) => {
                    let target = std::fs::read_link(p)
                        .map_err(plain)
                        .with_context(|| format!("{name}: cannot read link"))?;
                    match p.parent() {
                        Some(dir) if target.is_relative() => dir.join(target),
                        _ => target,
                    }
                }
            },
            _ => p.to_path_buf(),
        };
        let dir = match resolved.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => bail!(
                "{name}: cannot create output: {}",
                io::Error::from_raw_os_error(20)
            ),
            Err(e) => bail!("{name}: cannot create output: {}", plain(e)),
        }
        // An existing file keeps its mode; a new one gets 0666 less the
        // umask, as a plain `create` would.
        let existing = std::fs::metadata(&resolved)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.permissions().mode() & 0o7777);
        let mut temps = TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner);
        let file = tempfile::Builder::new()
            .prefix(".concord-")
            .permissions(Permissions::from_mode(0o666))
            .tempfile_in(dir)
            .map_err(plain)
            .with_context(|| format!("{name}: cannot create output"))?;
        temps.push(file.path().to_path_buf());
        Ok(Sink::Temp {
            file,
            path: resolved,
            mode: existing,
        })
    }

    /// An error met while writing this output, named for the user: when a
    /// write to this output failed, "NAME: cannot write: REASON" (whatever
    /// layer reported it), else `e` as it is.
    pub fn explain(&self, e: anyhow::Error) -> anyhow::Error {
        match self.failed {
            Some(kind) => {
                let cause = e
                    .chain()
                    .find_map(|c| c.downcast_ref::<io::Error>())
                    .and_then(io::Error::raw_os_error)
                    .map_or_else(|| io::Error::from(kind), io::Error::from_raw_os_error);
                anyhow::Error::new(cause).context(format!("{}: cannot write", self.name))
            }
            None => e,
        }
    }

    /// Writes `records` as JSON lines (one object and a newline each) and
    /// finishes the output.
    ///
    /// # Errors
    /// A failed serialisation, write or rename, naming the output as the
    /// user gave it.
    pub fn write_json_lines<T: serde::Serialize>(
        mut self,
        records: impl IntoIterator<Item = T>,
    ) -> Result<()> {
        let write = || -> Result<()> {
            for record in records {
                serde_json::to_writer(&mut self, &record)?;
                self.write_all(b"\n")?;
            }
            Ok(())
        };
        write().map_err(|e| self.explain(e))?;
        self.finish()
    }

    fn note<T>(&mut self, r: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &r {
            self.failed.get_or_insert(e.kind());
        }
        r
    }

    fn sink(&self) -> Option<&Sink> {
        Some(match self.writer.as_ref()?.get_ref() {
            Codec::Plain(s) => s,
            Codec::Gzip(e) => e.get_ref(),
            Codec::Zstd(e) => e.get_ref(),
        })
    }

    /// Flushes, ends the compression and, for a file, renames it into
    /// place with its permissions.
    ///
    /// # Errors
    /// A failed write or rename, naming the output as the user gave it.
    pub fn finish(mut self) -> Result<()> {
        let name = std::mem::take(&mut self.name);
        let err = |e: io::Error| anyhow!("{name}: cannot write: {}", plain(e));
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        let codec = writer.into_inner().map_err(|e| err(e.into_error()))?;
        let mut sink = codec.finish().map_err(err)?;
        sink.flush().map_err(err)?;
        if let Sink::Temp { file, path, mode } = sink {
            let temp = file.path().to_path_buf();
            if let Some(mode) = mode {
                file.as_file()
                    .set_permissions(Permissions::from_mode(mode))
                    .map_err(err)?;
            }
            let persisted = file.persist(&path);
            unregister(&temp);
            persisted.map_err(|e| err(e.error))?;
        }
        Ok(())
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // An unfinished file output: its temporary file is deleted by
        // `NamedTempFile`'s own drop, right after this.
        if let Some(Sink::Temp { file, .. }) = self.sink() {
            unregister(file.path());
        }
    }
}

/// Opens an existing non-regular file, or a descriptor path, for writing in
/// place: appending when it is a regular file behind a descriptor (so what
/// is there stays), never truncating.
fn open_in_place(p: &Path) -> io::Result<File> {
    let regular = std::fs::metadata(p).is_ok_and(|m| m.is_file());
    OpenOptions::new()
        .write(true)
        .append(regular)
        .open(p)
        .map_err(plain)
}

impl Output {
    fn writer(&mut self) -> io::Result<&mut BufWriter<Codec>> {
        self.writer
            .as_mut()
            .ok_or_else(|| io::Error::other("output already finished"))
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.writer().and_then(|w| w.write(buf));
        self.note(r)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let r = self.writer().and_then(|w| w.write_all(buf));
        self.note(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.writer().and_then(|w| w.flush());
        self.note(r)
    }
}
