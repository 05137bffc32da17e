"""Spark equivalence: the PySpark driver on `local[2]` gives exactly the
clusters, kept records and skipped records of the embedded `concord dedup`.

Needs Java and pyspark; the `concord` binary is taken from $CONCORD_BIN or
the repository's target/release/concord (`cargo build --release` first).
Corpora are generated with the library's own synth (through the wheel) plus
hand-written bad records; nothing is read from outside the repository.
"""

import gzip
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import pyarrow as pa

from concord_spark import _concord
from concord_spark.driver import Settings, run, session

ROOT = Path(__file__).resolve().parents[2]


def concord_bin() -> str:
    b = os.environ.get("CONCORD_BIN") or str(ROOT / "target" / "release" / "concord")
    if not os.access(b, os.X_OK):
        raise RuntimeError(f"no concord binary at {b}: run `cargo build --release` or set CONCORD_BIN")
    return b


def part_lines(folder: Path):
    """The lines of a Spark text output, part files in name order."""
    out = []
    for p in sorted(folder.glob("part-*")):
        out.extend(p.read_text(encoding="utf-8").splitlines())
    return out


def embedded(inputs, tmp: Path, *args):
    clusters, kept = tmp / "emb_clusters.jsonl", tmp / "emb_kept.jsonl"
    r = subprocess.run(
        [concord_bin(), "dedup", *map(str, inputs), "--clusters", str(clusters), "-o", str(kept),
         "--quiet", *args],
        capture_output=True, text=True,
    )
    if r.returncode not in (0, 1):
        raise RuntimeError(f"concord dedup failed ({r.returncode}): {r.stderr}")
    skipped = sorted(
        line[len("concord: skipped "):]
        for line in r.stderr.splitlines()
        if line.startswith("concord: skipped ") and "record" not in line.split(":")[0]
    )
    return (clusters.read_text(encoding="utf-8").splitlines(),
            kept.read_text(encoding="utf-8").splitlines(), skipped)


def spark_skipped(folder: Path):
    out = []
    for line in part_lines(folder):
        r = json.loads(line)
        loc = r["path"] if r["line"] == 0 else f'{r["path"]}:{r["line"]}'
        out.append(f'{loc}: {r["reason"]}')
    return sorted(out)


class SparkEquivalence(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spark = session("local[2]", conf={
            "spark.sql.shuffle.partitions": "4",
            "spark.ui.enabled": "false",
        })
        cls.spark.sparkContext.setLogLevel("ERROR")

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()

    def check_same(self, inputs, tmp: Path, settings: Settings, cli_args=()):
        emb_clusters, emb_kept, emb_skipped = embedded(inputs, tmp, *cli_args)
        out = tmp / "spark"
        stats = run(self.spark, [str(p) for p in inputs], str(out), settings,
                    log=open(os.devnull, "w"))
        sp_clusters = part_lines(out / "clusters")
        # Full (id, cluster, kept, similarity) records, line for line.
        self.assertEqual(len(sp_clusters), len(emb_clusters))
        for a, b in zip(sp_clusters, emb_clusters):
            self.assertEqual(a, b)
        self.assertEqual(part_lines(out / "kept"), emb_kept)
        self.assertEqual(spark_skipped(out / "skipped"), emb_skipped)
        return stats, [json.loads(x) for x in emb_clusters]

    def test_planted_corpus_matches_embedded_run(self):
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            corpus = tmp / "corpus"
            corpus.mkdir()
            lines = _concord.synth_jsonl(3000, seed=7, words=200, max_cluster=12,
                                         edit_rate=0.011, boilerplate_frac=0.2).splitlines()
            # Three files, one gzip-compressed, read in sorted path order.
            (corpus / "a.jsonl").write_text("\n".join(lines[:1000]) + "\n", encoding="utf-8")
            with gzip.open(corpus / "b.jsonl.gz", "wt", encoding="utf-8") as f:
                f.write("\n".join(lines[1000:2000]) + "\n")
            bad = [
                "this line is not json",
                '{"id": "no-text", "title": "a record without its text"}',
                '{"id": 17, "text": ""}',
                json.dumps({"id": "d0000005", "text": "a second record under an id seen before"}),
                '["an", "array"]',
                "",
            ]
            (corpus / "c.jsonl").write_text(
                "\n".join(lines[2000:2500] + bad + lines[2500:]) + "\n", encoding="utf-8")
            stats, records = self.check_same([corpus], tmp, Settings())
            # The corpus really has clusters and skips to compare.
            self.assertGreater(stats["removed"], 100)
            self.assertEqual(stats["skipped"], 4)
            self.assertGreater(len({r["cluster"] for r in records}), 1000)

    def test_mixed_spark_edges_embedded_components(self):
        # Spark's verified edges through the library's own components (the
        # embedded union-find) give Spark's components exactly.
        import pyarrow.parquet as pq

        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            path = tmp / "in.jsonl"
            path.write_text(_concord.synth_jsonl(2000, seed=5, words=150, max_cluster=10),
                            encoding="utf-8")
            out = tmp / "spark"
            run(self.spark, [str(path)], str(out), Settings(), log=open(os.devnull, "w"),
                intermediates=True)
            verified = pq.read_table(out / "verified").combine_chunks()
            self.assertGreater(verified.num_rows, 200)
            embedded_comp = pa.record_batch(
                _concord.components(verified.select(["a", "b"]).to_batches()[0]))
            want = sorted(zip(embedded_comp.column("doc_id").to_pylist(),
                              embedded_comp.column("component").to_pylist()))
            spark_comp = pq.read_table(out / "components")
            got = sorted(zip(spark_comp.column("doc_id").to_pylist(),
                             spark_comp.column("component").to_pylist()))
            self.assertEqual(got, want)

    def test_mixed_spark_edges_through_rust_stages(self):
        # Spark's verified edges, written under the Parquet contract, fed to
        # the binary's own later stages (components, clusters, kept) give the
        # embedded run's --clusters and -o outputs exactly. Needs a binary
        # built with `--features parquet`: $CONCORD_PARQUET_BIN (CI sets it),
        # else target/debug/concord when it has the feature.
        import pyarrow.parquet as pq

        binary = os.environ.get("CONCORD_PARQUET_BIN") or str(ROOT / "target" / "debug" / "concord")
        probe = subprocess.run([binary, "dedup", "--stage", "nothing", "--work", "/nonexistent"],
                               capture_output=True, text=True) if os.access(binary, os.X_OK) else None
        if probe is None or "parquet" in probe.stderr and "feature" in probe.stderr:
            if os.environ.get("CONCORD_PARQUET_BIN"):
                self.fail(f"{binary} cannot run stages: {probe and probe.stderr}")
            self.skipTest("no concord binary with the parquet feature (set CONCORD_PARQUET_BIN)")
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            # One clean file: the stages' doc ids (shard 0, document row) and
            # the driver's (file 0, record ordinal) coincide.
            path = tmp / "in.jsonl"
            path.write_text(_concord.synth_jsonl(2000, seed=9, words=150, max_cluster=10),
                            encoding="utf-8")
            emb_clusters, emb_kept, _ = embedded([path], tmp)
            work = tmp / "work"

            def stage(name, *extra):
                r = subprocess.run([binary, "dedup", str(path), "--stage", name, "--work",
                                    str(work), "--quiet", *extra], capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, f"stage {name}: {r.stderr}")

            for name in ("shingle", "docs", "boilerplate", "signatures", "candidates", "verify"):
                stage(name)
            out = tmp / "spark"
            stats = run(self.spark, [str(path)], str(out), Settings(), log=open(os.devnull, "w"),
                        intermediates=True)
            rust = pq.read_table(work / "verified")
            meta = pq.read_schema(next((work / "verified").glob("*.parquet"))).metadata
            self.assertEqual(int(meta[b"params_hash"]), stats["params_hash"])
            spark_v = pq.read_table(out / "verified").sort_by([("a", "ascending"), ("b", "ascending")])
            self.assertEqual(sorted(zip(*[rust.column(c).to_pylist() for c in ("a", "b")])),
                             list(zip(*[spark_v.column(c).to_pylist() for c in ("a", "b")])))
            shutil.rmtree(work / "verified")
            (work / "verified").mkdir()
            schema = pa.schema([pa.field("a", pa.int64(), False), pa.field("b", pa.int64(), False),
                                pa.field("similarity", pa.float64(), False)],
                               metadata={"schema_version": "1",
                                         "params_hash": str(stats["params_hash"])})
            pq.write_table(spark_v.select(["a", "b", "similarity"]).cast(schema),
                           work / "verified" / "part-00000.parquet")
            for name in ("components", "clusters"):
                stage(name)
            stage("kept", "--clusters", str(tmp / "mixed_clusters.jsonl"),
                  "-o", str(tmp / "mixed_kept.jsonl"))
            self.assertEqual((tmp / "mixed_clusters.jsonl").read_text().splitlines(), emb_clusters)
            self.assertEqual((tmp / "mixed_kept.jsonl").read_text().splitlines(), emb_kept)

    def test_keep_longest_and_threshold(self):
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            path = tmp / "in.jsonl"
            path.write_text(_concord.synth_jsonl(1500, seed=3, words=150, max_cluster=6,
                                                 edit_rate=0.02), encoding="utf-8")
            self.check_same([path], tmp, Settings(keep="longest", threshold=0.7),
                            ("--keep", "longest", "--threshold", "0.7"))

    def test_skewed_bucket_gives_linear_star_edges(self):
        # One text in 5% of the documents: every band puts them in one bucket,
        # whose star edges are bucket size - 1, never all pairs.
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            lines = _concord.synth_jsonl(2000, seed=11, words=120, dup_frac=0.0,
                                         boilerplate_frac=0.0).splitlines()
            hot = "The same short notice, word for word, in many feeds of the day: " \
                  "markets closed early and services resume on Monday morning."
            n_hot = len(lines) // 20
            for i in range(0, len(lines), 20):
                r = json.loads(lines[i])
                r["text"] = hot
                lines[i] = json.dumps(r)
            path = tmp / "skew.jsonl"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            stats, records = self.check_same([path], tmp, Settings())
            self.assertEqual(stats["candidate_edges"], n_hot - 1)
            sizes = {}
            for r in records:
                sizes[r["cluster"]] = sizes.get(r["cluster"], 0) + 1
            self.assertEqual(max(sizes.values()), n_hot)

    def test_large_star_small_star_components(self):
        # Random sparse graphs (paths, cycles, stars, isolated pairs) against
        # a union-find: every vertex labelled by its component's minimum.
        import random

        from concord_spark.driver import connected_components

        rng = random.Random(5)
        n = 400
        edges = set()
        for _ in range(330):
            a, b = rng.randrange(n), rng.randrange(n)
            if a != b:
                edges.add((min(a, b), max(a, b)))
        for i in range(1000, 1060):  # one long path, numbered against its order
            edges.add((min(i, 3000 - i), max(i + 1, 3000 - i - 1)) if i % 2 else (i, i + 1))
        parent = {}

        def root(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        want = sorted((v, root(v)) for v in parent)
        df = self.spark.createDataFrame(sorted(edges), "a long, b long")
        got = sorted(tuple(r) for r in connected_components(df).collect())
        self.assertEqual(got, want)


if __name__ == "__main__":
    unittest.main()
