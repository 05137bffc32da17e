"""``python -m concord_spark dedup INPUT... OUTPUT [options]``: `concord dedup`
on Spark. Options and defaults are the binary's; see the README section
"Past one machine"."""

import argparse
import os
import sys


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m concord_spark")
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dedup", help="near-duplicate removal on Spark")
    d.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                   help="JSONL files or folders, then the output folder (must not exist)")
    d.add_argument("--master", default=None,
                   help="Spark master (default: spark-submit's, else local[*])")
    d.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                   help="extra Spark setting (repeatable)")
    d.add_argument("--threshold", type=float, default=0.8)
    d.add_argument("--num-perm", type=int, default=128)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("-k", "--shingle-size", type=int, default=5)
    d.add_argument("--shingle-kind", choices=["word", "char"], default="word")
    d.add_argument("--bands", type=int)
    d.add_argument("--rows", type=int)
    d.add_argument("--keep", choices=["first", "longest"], default="first")
    d.add_argument("--no-boilerplate", action="store_true")
    d.add_argument("--boilerplate-min-docs", type=int, default=10)
    d.add_argument("--boilerplate-ratio", type=float, default=4.0)
    d.add_argument("--small-bucket", type=int, default=None, metavar="N",
                   help="LSH buckets of at most N documents also give all their pairs "
                        "(default: the binary's)")
    d.add_argument("--text-field", default="text")
    d.add_argument("--id-field", default="id")
    d.add_argument("--max-record-bytes", type=int, default=64 << 20)
    a = ap.parse_args(argv)
    if len(a.paths) < 2:
        ap.error("dedup needs at least one INPUT and the OUTPUT folder")
    if (a.bands is None) != (a.rows is None):
        ap.error("--bands and --rows go together")
    *inputs, output = a.paths
    if os.path.exists(output):
        ap.error(f"OUTPUT {output} exists; give a new folder")

    from concord_spark.driver import Settings, run, session

    settings = Settings(
        threshold=a.threshold, num_perm=a.num_perm, seed=a.seed,
        shingle_size=a.shingle_size, shingle_kind=a.shingle_kind,
        bands=a.bands, rows=a.rows, keep=a.keep, no_boilerplate=a.no_boilerplate,
        boilerplate_min_docs=a.boilerplate_min_docs,
        boilerplate_ratio=a.boilerplate_ratio, small_bucket=a.small_bucket,
        text_field=a.text_field,
        id_field=a.id_field, max_record_bytes=a.max_record_bytes,
    )
    try:
        settings.kernels()
    except ValueError as e:
        print(f"concord-spark: {e}", file=sys.stderr)
        return 2
    conf = {}
    for kv in a.conf:
        k, sep, v = kv.partition("=")
        if not sep:
            ap.error(f"--conf wants KEY=VALUE, got {kv!r}")
        conf[k] = v
    spark = session(a.master, conf=conf)
    try:
        stats = run(spark, inputs, output, settings)
    finally:
        spark.stop()
    return 1 if stats["skipped"] else 0


if __name__ == "__main__":
    sys.exit(main())
