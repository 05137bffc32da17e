//! Output paths: a regular file is replaced atomically with the umask's (or
//! the replaced file's) mode, a device or FIFO is written in place (renaming
//! over `/dev/null` once replaced the machine's null device with a plain
//! file), the process's own streams are written in place, a symbolic link is
//! kept, `.gz`/`.zst` names are compressed; temporary files never outlive a
//! run; messages name the user's path; `--quiet` keeps skipped records.

use crate::util::{code, data, run, stderr};
use std::io::Read;
use std::path::Path;

fn corpus() -> String {
    data("good.jsonl.gz").to_str().unwrap().to_string()
}

#[test]
fn writing_to_dev_null_keeps_it_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let null = Path::new("/dev/null");
    let before = std::fs::metadata(null).unwrap().file_type();
    if !before.is_char_device() {
        // Not this test's doing; nothing to check on such a machine.
        eprintln!("/dev/null is not a character device here; skipped");
        return;
    }
    let input = corpus();
    for cmd in ["dedup", "cluster", "facts", "report"] {
        let out = run(&[cmd, &input, "-o", "/dev/null"], None);
        assert_eq!(code(&out), 0, "{cmd}: {}", stderr(&out));
        let after = std::fs::metadata(null).unwrap().file_type();
        assert!(
            after.is_char_device(),
            "{cmd} -o /dev/null replaced the device"
        );
    }
}

#[test]
fn a_fifo_is_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available; skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            std::fs::File::open(&fifo)
                .unwrap()
                .read_to_string(&mut s)
                .unwrap();
            s
        })
    };
    let out = run(&["facts", &corpus(), "-o", fifo.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = reader.join().unwrap();
    assert!(
        text.lines().count() > 0 && text.contains("\"kind\""),
        "{text}"
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_symlink_is_kept_and_its_target_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("facts.jsonl");
    std::fs::write(&target, "old\n").unwrap();
    let link = dir.path().join("link.jsonl");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = run(&["facts", &corpus(), "-o", link.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("\"kind\"") && !written.starts_with("old"));
}

#[test]
fn a_dangling_symlink_gets_its_target_written() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link.jsonl");
    std::os::unix::fs::symlink("made.jsonl", &link).unwrap();
    let out = run(&["facts", &corpus(), "-o", link.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let written = std::fs::read_to_string(dir.path().join("made.jsonl")).unwrap();
    assert!(written.contains("\"kind\""));
}

/// Runs `concord ARGS` with standard output going to `stdout` (a file) and
/// standard error captured.
fn run_to(args: &[&str], stdout: std::fs::File) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run concord")
}

fn append_to(path: &Path) -> std::fs::File {
    std::fs::OpenOptions::new().append(true).open(path).unwrap()
}

/// Issue 11: `-o /dev/stdout >> app.log` replaced the log with a new file
/// (the path was followed to the log, and a temporary file renamed over
/// it). The process's own streams are written in place, as `-` is.
#[test]
fn own_streams_are_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus();
    for name in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
        if !Path::new(name).exists() {
            eprintln!("{name} does not exist here; skipped");
            continue;
        }
        let log = dir.path().join("app.log");
        std::fs::write(&log, "earlier line\n").unwrap();
        let out = run_to(&["dedup", &input, "-o", name, "-q"], append_to(&log));
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(text.starts_with("earlier line\n"), "{name}: {text}");
        assert_eq!(text.lines().count(), 4, "{name}: {text}");

        // A header, the clusters, a footer: all three kept.
        let combined = dir.path().join("combined.txt");
        std::fs::write(&combined, "HEADER\n").unwrap();
        let out = run_to(
            &["dedup", &input, "--clusters", name, "-o", "/dev/null", "-q"],
            append_to(&combined),
        );
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        use std::io::Write;
        append_to(&combined).write_all(b"FOOTER\n").unwrap();
        let text = std::fs::read_to_string(&combined).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{name}: {text}");
        assert_eq!((lines[0], lines[4]), ("HEADER", "FOOTER"), "{name}");
        assert!(lines[1].contains("\"cluster\""), "{name}: {text}");
    }
    // Standard error, through its link.
    let out = run(&["facts", &input, "-o", "/dev/stderr"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("\"kind\""));
    assert!(out.stdout.is_empty());
    // Both outputs on standard output cannot be told apart: refused.
    let out = run(&["dedup", &input, "--clusters", "/dev/stdout"], None);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// Issue 11: an output named `.gz` or `.zst` is compressed, so concord (and
/// zcat, zstdcat) can read it back.
#[test]
fn compressed_outputs_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus();
    let plain = run(&["dedup", &input, "-q"], None);
    assert_eq!(code(&plain), 0);
    for name in ["kept.jsonl.gz", "kept.jsonl.zst", "KEPT.JSONL.ZSTD"] {
        let path = dir.path().join(name);
        let out = run(&["dedup", &input, "-o", path.to_str().unwrap()], None);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        let raw = std::fs::read(&path).unwrap();
        let mut text = Vec::new();
        if name.ends_with(".gz") {
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut text)
                .unwrap();
        } else {
            text = zstd::decode_all(&raw[..]).unwrap();
        }
        assert_eq!(text, plain.stdout, "{name}");
        // concord reads its own output (named directly: sniffed).
        let back = run(&["dedup", path.to_str().unwrap(), "-q"], None);
        assert_eq!(code(&back), 0, "{name}: {}", stderr(&back));
        assert_eq!(back.stdout, plain.stdout, "{name}");
    }
    // Every command's outputs.
    let report = dir.path().join("report.md.gz");
    let out = run(&["report", &input, "-o", report.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut md = String::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(&report).unwrap())
        .read_to_string(&mut md)
        .unwrap();
    assert!(md.contains("# "), "{md}");
}

/// Issue 11: output files were created 0600 (the temporary file's mode).
/// A new file gets 0666 less the umask, as `>` gives; a replaced file keeps
/// its mode.
#[test]
fn outputs_get_the_umask_mode_and_replaced_files_keep_theirs() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let input = corpus();
    let bin = env!("CARGO_BIN_EXE_concord");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    for (umask, want) in [("022", 0o644), ("027", 0o640), ("002", 0o664)] {
        let kept = dir.path().join(format!("kept-{umask}.jsonl"));
        let clusters = dir.path().join(format!("clusters-{umask}.jsonl.zst"));
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" dedup \"$1\" -o \"$2\" --clusters \"$3\" -q"
            ))
            .args([
                bin,
                &input,
                kept.to_str().unwrap(),
                clusters.to_str().unwrap(),
            ])
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(mode(&kept), want, "umask {umask}");
        assert_eq!(mode(&clusters), want, "umask {umask}");
    }
    // Replacing: the file's own mode stays, whatever the umask.
    let kept = dir.path().join("kept-022.jsonl");
    for m in [0o600, 0o664, 0o640] {
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(m)).unwrap();
        let out = run(&["facts", &input, "-o", kept.to_str().unwrap()], None);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(mode(&kept), m);
        assert!(std::fs::read_to_string(&kept).unwrap().contains("\"kind\""));
    }
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".concord-"))
        .collect()
}

/// Issue 11: an interrupted run left one empty `.concord-XXXXXX` file per
/// output. The run reads standard input that stays open, so it is surely
/// interrupted mid-way, after its outputs were opened.
#[test]
fn no_temporary_file_left_after_a_signal() {
    use std::io::Write;
    use std::os::unix::process::ExitStatusExt;
    for signal in ["INT", "TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("kept.jsonl");
        let clusters = dir.path().join("clusters.jsonl");
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(["dedup", "-o", kept.to_str().unwrap()])
            .args(["--clusters", clusters.to_str().unwrap()])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"{\"id\":\"a\",\"text\":\"one article\"}\n")
            .unwrap();
        stdin.flush().unwrap();
        let start = std::time::Instant::now();
        while temporaries(dir.path()).len() < 2 {
            assert!(
                start.elapsed().as_secs() < 30,
                "the outputs were never opened"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let sent = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        drop(stdin);
        assert!(status.signal().is_some(), "{signal}: {status:?}");
        assert_eq!(temporaries(dir.path()), Vec::<String>::new(), "{signal}");
        assert!(!kept.exists() && !clusters.exists(), "{signal}");
    }
}

/// Issue 11: one clear message each, naming the user's path (never the
/// temporary file's).
#[test]
fn messages_name_the_users_path_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus();
    let out = run(&["dedup", "/nonexistent/input.jsonl"], None);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(
        err.trim_end(),
        "concord: error: /nonexistent/input.jsonl: No such file or directory (os error 2)"
    );
    for target in [dir.path().to_path_buf(), dir.path().join("sub/")] {
        if target.to_str().unwrap().ends_with("sub/") {
            std::fs::create_dir_all(&target).unwrap();
        }
        let name = target.to_str().unwrap().to_string();
        let out = run(&["facts", &input, "-o", &name], None);
        assert_eq!(code(&out), 2);
        let err = stderr(&out);
        assert!(err.contains(&format!("{name}: is a directory")), "{err}");
        assert!(out.stdout.is_empty());
    }
    let missing = dir.path().join("no/such/folder/out.jsonl");
    let out = run(&["facts", &input, "-o", missing.to_str().unwrap()], None);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: cannot create output", missing.display())),
        "{err}"
    );
    assert!(!err.contains(".concord-"), "{err}");
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
}

/// Issue 11: `--quiet` hid the lines naming skipped records. It silences
/// everything but errors, and a dropped record is one: each is still named
/// as `path:line: reason`, with their count, for every command.
#[test]
fn quiet_still_names_skipped_records() {
    let input = data("malformed.jsonl");
    let input = input.to_str().unwrap();
    for cmd in ["dedup", "cluster", "facts", "report"] {
        let out = run(&[cmd, input, "-q", "-o", "/dev/null"], None);
        assert_eq!(code(&out), 1, "{cmd}: {}", stderr(&out));
        let err = stderr(&out);
        for line in [3, 4, 5, 6, 7, 9] {
            assert!(
                err.contains(&format!("malformed.jsonl:{line}: ")),
                "{cmd}: line {line} in {err}"
            );
        }
        assert!(err.contains("skipped 6 records"), "{cmd}: {err}");
        assert_eq!(err.lines().count(), 7, "{cmd}: nothing else: {err}");
    }
}
