//! Helpers: run the binary, read JSONL output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture under tests/data.
pub fn data(name: &str) -> PathBuf {
    root().join("tests").join("data").join(name)
}

/// Runs `concord ARGS` with `stdin` as standard input.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start concord");
    if let Some(input) = stdin {
        let mut w = child.stdin.take().expect("stdin");
        // A run that stops before reading all its input (a usage error)
        // closes the pipe early: that is its answer, not a harness failure.
        if let Err(e) = w.write_all(input) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
    }
    child.wait_with_output().expect("run concord")
}

/// Exit code of a finished run (panics on a signal, which is a bug).
pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

/// Parses JSON lines.
pub fn jsonl(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

/// Reads a JSONL file.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    jsonl(&std::fs::read(path).expect("read output"))
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
