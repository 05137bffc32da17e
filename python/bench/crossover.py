"""Crossover measurement: embedded `concord dedup` vs the Spark driver on
`local[2]`, wall-clock seconds on the same synthetic corpus.

    python python/bench/crossover.py 10000 100000 [--words 300]

Needs the release binary (target/release/concord, or $CONCORD_BIN) and the
wheel installed. Prints one line per size with the machine's load average
(the machine may be shared: figures under load are marked by it).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from concord_spark import _concord
from concord_spark.driver import Settings, run, session

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="+")
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--dir", default=None, help="work folder (default: a temporary one)")
    a = ap.parse_args()
    binary = os.environ.get("CONCORD_BIN") or str(ROOT / "target" / "release" / "concord")
    work = Path(a.dir or tempfile.mkdtemp(prefix="concord-crossover-"))
    work.mkdir(parents=True, exist_ok=True)
    spark = session(a.master, conf={"spark.ui.enabled": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    try:
        for n in a.sizes:
            path = work / f"synth-{n}.jsonl"
            if not path.exists():
                with open(path, "w", encoding="utf-8") as f:
                    step = 100_000
                    for start in range(0, n, step):
                        # One generator call per block keeps memory flat;
                        # ids are renumbered to stay unique.
                        block = _concord.synth_jsonl(min(step, n - start), seed=1 + start,
                                                     words=a.words)
                        if start:
                            block = block.replace('"id":"d', f'"id":"b{start}-d')
                        f.write(block)
            mb = path.stat().st_size / 1e6
            t0 = time.time()
            subprocess.run([binary, "dedup", str(path), "--threads", "2", "--quiet",
                            "-o", str(work / "kept.jsonl"), "--clusters",
                            str(work / "clusters.jsonl")], check=False)
            t_emb = time.time() - t0
            out = work / f"spark-{n}"
            shutil.rmtree(out, ignore_errors=True)
            t0 = time.time()
            stats = run(spark, [str(path)], str(out), Settings(), log=open(os.devnull, "w"))
            t_spark = time.time() - t0
            load = os.getloadavg()
            print(f"{n} docs ({mb:.0f} MB): embedded {t_emb:.1f} s, spark {a.master} "
                  f"{t_spark:.1f} s (removed {stats['removed']}); load {load[0]:.2f} "
                  f"{load[1]:.2f} {load[2]:.2f}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
