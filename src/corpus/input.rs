//! Expansion of the command line's INPUTs into the list of files to read.
//!
//! Consumes INPUT paths (`-` for standard input); produces [`SourceFile`]s in
//! reading order, the paths a directory walk passed over, and the spools of
//! non-seekable inputs. Guarantees:
//!
//! - Directories are walked recursively in sorted path order (entries sorted
//!   by file name, byte-wise, depth first: the order of [`Path`]'s `Ord`).
//!   Hidden entries (name starting with `.`) and files named `README*`,
//!   `LICENSE*` or `LICENCE*` (any case) are skipped silently; other files
//!   whose extension is not a known one, symbolic links to directories (not
//!   followed, so a walk cannot loop), dangling links and special files are
//!   listed in `ignored`.
//! - Known extensions (any case): `.txt`, `.md` (one article per file);
//!   `.jsonl`, `.ndjson`; the same followed by `.gz`, or by `.zst`/`.zstd`.
//! - A file named directly with another extension is *sniffed*: gzip or zstd
//!   magic bytes make it compressed JSONL (so `x.json.gz` works when named
//!   directly, but a walk ignores it); otherwise it is JSONL when its first
//!   byte other than whitespace (after a UTF-8 BOM) is `{`, and one text
//!   article in every other case, including an empty file.
//! - `-` (and no INPUT at all) is standard input, always JSONL, gzip or zstd
//!   compressed when its magic bytes say so. A named input that is not a
//!   regular file (a FIFO such as `<(zcat a.gz)`) is read once and spooled
//!   like standard input.
//! - A missing or unreadable INPUT, or an unreadable directory inside a
//!   walk, is an [`Error`].

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::lines::BOM;
use super::stream::{read_head, sniff_codec, Codec, Spool};
use crate::error::{Error, Result};

/// How the bytes of an input file are turned into records.
///
/// Recognised extensions (any case): `.txt`, `.md` ([`Text`](Format::Text));
/// `.jsonl`, `.ndjson` ([`Jsonl`](Format::Jsonl)); the same followed by
/// `.gz` ([`JsonlGz`](Format::JsonlGz)) or by `.zst`/`.zstd`
/// ([`JsonlZst`](Format::JsonlZst)). A directory walk reads only these.
///
/// A file named directly with another extension is sniffed: gzip or zstd
/// magic bytes make it compressed JSONL (so `dump.json.gz` works when named
/// directly); otherwise it is JSONL when its first byte other than
/// whitespace (after a UTF-8 BOM, within the first 64 KiB) is `{`, and one
/// text article in every other case, an empty file included. Standard
/// input is always JSONL, compressed when its magic bytes say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The whole file is one article (`.txt`, `.md`).
    Text,
    /// One JSON object per line.
    Jsonl,
    /// JSONL compressed with gzip (concatenated members are read in turn).
    JsonlGz,
    /// JSONL compressed with zstd (concatenated frames are read in turn).
    JsonlZst,
}

impl Format {
    /// Whether the file holds JSON lines (compressed or not).
    pub fn is_jsonl(self) -> bool {
        !matches!(self, Format::Text)
    }

    /// The compression of the file's bytes.
    pub(crate) fn codec(self) -> Codec {
        match self {
            Format::Text | Format::Jsonl => Codec::Plain,
            Format::JsonlGz => Codec::Gzip,
            Format::JsonlZst => Codec::Zstd,
        }
    }

    /// The format a file name announces by its extension, if a known one.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let (base, compressed) = if let Some(b) = lower.strip_suffix(".gz") {
            (b, Some(Format::JsonlGz))
        } else if let Some(b) = lower
            .strip_suffix(".zst")
            .or_else(|| lower.strip_suffix(".zstd"))
        {
            (b, Some(Format::JsonlZst))
        } else {
            (lower.as_str(), None)
        };
        let jsonl = base.ends_with(".jsonl") || base.ends_with(".ndjson");
        match compressed {
            Some(f) if jsonl => Some(f),
            Some(_) => None,
            None if jsonl => Some(Format::Jsonl),
            None if base.ends_with(".txt") || base.ends_with(".md") => Some(Format::Text),
            None => None,
        }
    }
}

/// One input file as the reader sees it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path: the INPUT as the user named it, joined with the path
    /// inside it for files found by a walk; `-` for standard input.
    pub path: PathBuf,
    /// How the file is named in messages and default ids (`<stdin>` for
    /// standard input).
    pub display: String,
    /// How the file is read.
    pub format: Format,
    /// Index of the INPUT this file comes from.
    pub input: usize,
    /// Size on disk in bytes when known (not for standard input or pipes).
    pub size: Option<u64>,
    /// The document id of a [`Format::Text`] file; empty otherwise.
    pub(crate) article_id: String,
    /// Index of the spool of a non-seekable input.
    pub(crate) spool: Option<usize>,
}

impl SourceFile {
    /// The document id of a one-article file: the path relative to the
    /// INPUT directory without its extension, `/`-separated (the file stem
    /// for a file named directly). `None` for JSONL files.
    pub fn article_id(&self) -> Option<&str> {
        match self.format {
            Format::Text => Some(&self.article_id),
            _ => None,
        }
    }
}

/// The result of expanding the INPUTs.
#[derive(Default)]
pub(crate) struct Expanded {
    pub(crate) files: Vec<SourceFile>,
    pub(crate) ignored: Vec<PathBuf>,
    pub(crate) spools: Vec<Spool>,
}

/// How many bytes are looked at to sniff a file's format.
const SNIFF_BYTES: usize = 64 * 1024;

/// What standard input's display name is.
pub(crate) const STDIN_DISPLAY: &str = "<stdin>";

/// Expands `inputs` (an empty list means standard input). `stdin` is taken
/// by the first `-`.
pub(crate) fn expand(
    inputs: &[PathBuf],
    mut stdin: Option<Box<dyn Read + Send>>,
) -> Result<Expanded> {
    let dash = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() { &dash[..] } else { inputs };
    let mut out = Expanded::default();
    for (input, path) in inputs.iter().enumerate() {
        if path.as_os_str() == "-" {
            let Some(live) = stdin.take() else {
                return Err(Error::Config(
                    "standard input (-) is named more than once".to_string(),
                ));
            };
            let spool = Spool::new(live).map_err(|e| Error::io("-", e))?;
            let head = read_head(&mut spool.reader(), 4).map_err(|e| Error::io("-", e))?;
            let format = match sniff_codec(&head) {
                Codec::Gzip => Format::JsonlGz,
                Codec::Zstd => Format::JsonlZst,
                Codec::Plain => Format::Jsonl,
            };
            out.files.push(SourceFile {
                path: path.clone(),
                display: STDIN_DISPLAY.to_string(),
                format,
                input,
                size: None,
                article_id: String::new(),
                spool: Some(out.spools.len()),
            });
            out.spools.push(spool);
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let mut rel = Vec::new();
            walk(path, &mut rel, input, &mut out)?;
        } else {
            add_direct(path, &meta, input, &mut out)?;
        }
    }
    Ok(out)
}

/// Adds a file named directly on the command line.
fn add_direct(path: &Path, meta: &fs::Metadata, input: usize, out: &mut Expanded) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let known = Format::from_file_name(&name);
    let article_id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let (format, spool, size) = if meta.is_file() {
        let format = match known {
            Some(f) => f,
            None => {
                let mut file = file;
                let head = read_head(&mut file, SNIFF_BYTES).map_err(|e| Error::io(path, e))?;
                sniff_format(&head)
            }
        };
        (format, None, Some(meta.len()))
    } else {
        // A pipe or device: read once, spooled.
        let spool = Spool::new(Box::new(file)).map_err(|e| Error::io(path, e))?;
        let format = match known {
            Some(f) => f,
            None => {
                let head =
                    read_head(&mut spool.reader(), SNIFF_BYTES).map_err(|e| Error::io(path, e))?;
                sniff_format(&head)
            }
        };
        out.spools.push(spool);
        (format, Some(out.spools.len() - 1), None)
    };
    out.files.push(SourceFile {
        path: path.to_path_buf(),
        display: path.to_string_lossy().into_owned(),
        format,
        input,
        size,
        article_id,
        spool,
    });
    Ok(())
}

/// The format of a file with an unknown extension, from its first bytes.
pub(crate) fn sniff_format(head: &[u8]) -> Format {
    match sniff_codec(head) {
        Codec::Gzip => return Format::JsonlGz,
        Codec::Zstd => return Format::JsonlZst,
        Codec::Plain => {}
    }
    let body = head.strip_prefix(BOM).unwrap_or(head);
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::Jsonl,
        _ => Format::Text,
    }
}

/// Whether a walk skips a file of this name without listing it.
fn is_project_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["readme", "license", "licence"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Walks the directory `root/rel...` (rel: path components inside the
/// INPUT `root`).
fn walk(root: &Path, rel: &mut Vec<String>, input: usize, out: &mut Expanded) -> Result<()> {
    let mut dir = root.to_path_buf();
    dir.extend(rel.iter());
    let mut entries: Vec<(OsString, fs::FileType)> = Vec::new();
    for entry in fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let ft = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
        entries.push((entry.file_name(), ft));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, ft) in entries {
        let name_str = name.to_string_lossy();
        if name_str.starts_with('.') {
            continue;
        }
        let path = dir.join(&name);
        let (is_dir, meta) = if ft.is_symlink() {
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    // Not followed: a link could make the walk loop.
                    out.ignored.push(path);
                    continue;
                }
                Ok(m) => (false, Some(m)),
                Err(_) => {
                    out.ignored.push(path);
                    continue;
                }
            }
        } else {
            (ft.is_dir(), None)
        };
        if is_dir {
            rel.push(name_str.into_owned());
            walk(root, rel, input, out)?;
            rel.pop();
            continue;
        }
        let meta = match meta {
            Some(m) => m,
            None => fs::metadata(&path).map_err(|e| Error::io(&path, e))?,
        };
        if !meta.is_file() {
            out.ignored.push(path);
            continue;
        }
        if is_project_file(&name_str) {
            continue;
        }
        let Some(format) = Format::from_file_name(&name_str) else {
            out.ignored.push(path);
            continue;
        };
        let article_id = if format == Format::Text {
            let stem = Path::new(&name)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut id = rel.join("/");
            if !id.is_empty() {
                id.push('/');
            }
            id.push_str(&stem);
            id
        } else {
            String::new()
        };
        out.files.push(SourceFile {
            display: path.to_string_lossy().into_owned(),
            path,
            format,
            input,
            size: Some(meta.len()),
            article_id,
            spool: None,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        let table = [
            ("a.jsonl", Some(Format::Jsonl)),
            ("a.NDJSON", Some(Format::Jsonl)),
            ("a.jsonl.gz", Some(Format::JsonlGz)),
            ("a.ndjson.GZ", Some(Format::JsonlGz)),
            ("a.jsonl.zst", Some(Format::JsonlZst)),
            ("a.ndjson.zstd", Some(Format::JsonlZst)),
            ("a.txt", Some(Format::Text)),
            ("a.b.MD", Some(Format::Text)),
            ("a.json", None),
            ("a.json.gz", None),
            ("a.txt.gz", None),
            ("a.gz", None),
            ("jsonl", None),
            ("a.csv", None),
        ];
        for (name, want) in table {
            assert_eq!(Format::from_file_name(name), want, "{name}");
        }
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_format(b"  \n{\"text\":1}"), Format::Jsonl);
        assert_eq!(sniff_format(b"\xEF\xBB\xBF{}"), Format::Jsonl);
        assert_eq!(sniff_format(b"Breaking news {"), Format::Text);
        assert_eq!(sniff_format(b"[{}]"), Format::Text);
        assert_eq!(sniff_format(b""), Format::Text);
        assert_eq!(sniff_format(b"   "), Format::Text);
        assert_eq!(sniff_format(&[0x1f, 0x8b, 8]), Format::JsonlGz);
        assert_eq!(sniff_format(&[0x28, 0xb5, 0x2f, 0xfd, 0]), Format::JsonlZst);
    }

    #[test]
    fn project_files() {
        assert!(is_project_file("README.md"));
        assert!(is_project_file("readme.txt"));
        assert!(is_project_file("LICENSE-MIT.txt"));
        assert!(is_project_file("Licence.md"));
        assert!(!is_project_file("news-readme.txt"));
    }
}
