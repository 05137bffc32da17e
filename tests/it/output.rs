//! Output paths: a regular file is replaced atomically, a device or FIFO is
//! written in place (renaming over `/dev/null` once replaced the machine's
//! null device with a plain file), a symbolic link is kept.

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
