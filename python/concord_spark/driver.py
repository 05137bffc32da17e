"""The PySpark driver: `concord dedup` on Spark, with concord's own kernels.

Consumes INPUT (JSONL files or folders, as `concord dedup` reads them) and
the dedup settings; produces in OUTPUT:

- ``clusters/``: JSON-lines part files, one line per document, the records
  of ``concord dedup --clusters`` (``{"id","cluster","kept","similarity"}``)
  in input order across the part files (``part-00000`` first);
- ``kept/``: the kept records as ``concord dedup -o`` writes them (JSONL
  lines byte for byte), in input order;
- ``skipped/``: ``{"path","line","reason"}`` of every skipped record.

Spark moves the data; every computation on a text is a call into the
``concord`` library through ``concord_spark._concord`` (the same code as the
binary). Stages, each a Spark operation over typed columns:

1. read: one task per input file, the library's reader (same line splitting,
   decompression, parse rules and messages); doc ids
   ``(file index << 40) | record ordinal``, so doc-id order is input order;
   duplicate ids: the first by doc id wins, the others are skipped;
2. boilerplate: block hashes per document (``mapInArrow``), document
   frequencies by ``groupBy``, joined back so that each document carries
   the frequencies of its own blocks (no table of all blocks anywhere);
3. band hashes (``mapInArrow``);
4. candidates: star edges to each bucket's minimum, from
   ``groupBy(band, band_hash).agg(min, count)`` joined back (no list per
   bucket, so a bucket of any size costs linear work spread over tasks);
5. verification: texts joined to the edges, exact Jaccard (``mapInArrow``);
6. components: large-star / small-star in Spark SQL until nothing changes;
7. clusters: the embedded no-chaining rule per component
   (``cogroup(...).applyInArrow``), numbered by their first document;
8. outputs.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from typing import Iterator, List, Optional

import pyarrow as pa
import pyarrow.compute as pc

from . import _concord

FILE_SHIFT = _concord.FILE_SHIFT


@dataclass
class Settings:
    """Dedup settings, named and defaulted as `concord dedup`'s options."""

    threshold: float = 0.8
    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 5
    shingle_kind: str = "word"
    bands: Optional[int] = None
    rows: Optional[int] = None
    keep: str = "first"
    no_boilerplate: bool = False
    boilerplate_min_docs: int = 10
    boilerplate_ratio: float = 4.0
    small_bucket: Optional[int] = None  # None: the library's default
    text_field: str = "text"
    id_field: str = "id"
    max_record_bytes: int = 64 << 20
    extra: dict = field(default_factory=dict)

    def kernels(self):
        """The library's kernels for these settings (ValueError when bad)."""
        return _concord.Kernels(
            threshold=self.threshold,
            num_perm=self.num_perm,
            seed=self.seed,
            shingle_size=self.shingle_size,
            shingle_kind=self.shingle_kind,
            bands=self.bands,
            rows=self.rows,
            keep=self.keep,
            boilerplate=not self.no_boilerplate,
            boilerplate_min_docs=self.boilerplate_min_docs,
            boilerplate_ratio=self.boilerplate_ratio,
            small_bucket=self.small_bucket,
        )


# Executors rebuild the parameters and the boilerplate detector once per
# Python worker, not once per batch.
_CACHE: dict = {}


def _kernels(settings: Settings):
    key = ("kernels", repr(settings))
    if key not in _CACHE:
        _CACHE[key] = settings.kernels()
    return _CACHE[key]


def _detector(settings: Settings, *counts) -> object:
    """The boilerplate detector for one batch, from the document frequencies
    of its own documents' blocks (list<struct<block_hash, docs>> columns,
    one entry per document; null where a document has no block in two or
    more documents). The detector looks up only a document's own blocks,
    so these give it the flags the corpus-wide counts give: no table of
    every block is ever collected or broadcast."""
    hashes, docs = [], []
    for col in counts:
        flat = pc.list_flatten(col)
        if len(flat):
            hashes.append(flat.field("block_hash"))
            docs.append(flat.field("docs"))
    table = pa.record_batch(
        [
            pa.concat_arrays(hashes) if hashes else pa.array([], pa.int64()),
            pa.concat_arrays(docs) if docs else pa.array([], pa.int64()),
        ],
        names=["block_hash", "docs"],
    )
    return _kernels(settings).detector(table)


def _batch(obj) -> pa.RecordBatch:
    return pa.record_batch(obj)


def run(
    spark,
    inputs: List[str],
    output: str,
    settings: Settings,
    log=sys.stderr,
    intermediates: bool = False,
) -> dict:
    """Runs the dedup job; returns counters. OUTPUT must not exist.

    With ``intermediates``, OUTPUT also gets the Parquet datasets ``edges/
    (a, b)``, ``verified/ (a, b, similarity)``, ``components/ (doc_id,
    component)`` and ``clusters_by_id/ (doc_id, kept, similarity)`` of the
    Parquet contract (columns and types; Spark writes no ``params_hash``
    file metadata: it is in ``params/``)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    from pyspark.sql.window import Window

    kernels = settings.kernels()  # fail fast on bad settings, on the driver
    files, ignored = _concord.list_inputs(inputs)
    for p in ignored:
        print(f"concord-spark: ignored {p} (not a recognised input file)", file=log)
    sc = spark.sparkContext

    # 1. read: one row per input file, one task each.
    file_rows = [(i, f[0], f[1], f[3]) for i, f in enumerate(files)]
    files_df = spark.createDataFrame(
        file_rows, "file long, path string, display string, article_id string"
    ).repartition(max(1, len(file_rows)), "file")

    raw_schema = T.StructType(
        [
            T.StructField("kind", T.ByteType()),
            T.StructField("doc_id", T.LongType()),
            T.StructField("id", T.StringType()),
            T.StructField("line", T.LongType()),
            T.StructField("offset", T.LongType()),
            T.StructField("len", T.LongType()),
            T.StructField("text", T.StringType()),
            T.StructField("text_len", T.LongType()),
            T.StructField("reason", T.StringType()),
        ]
    )
    s = settings

    def read(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for b in batches:
            for file, path, article_id in zip(
                b.column("file").to_pylist(),
                b.column("path").to_pylist(),
                b.column("article_id").to_pylist(),
            ):
                for part in _concord.read_file(
                    path,
                    file,
                    article_id,
                    text_field=s.text_field,
                    id_field=s.id_field,
                    max_record_bytes=s.max_record_bytes,
                ):
                    yield _batch(part)

    display = files_df.select("file", "display", "path")
    raw = (
        files_df.select("file", "path", "article_id")
        .mapInArrow(read, raw_schema)
        .withColumn("file", F.shiftright("doc_id", FILE_SHIFT))
        .join(F.broadcast(display), "file")
        .persist()
    )
    parsed = raw.where("kind = 0")
    firsts = parsed.groupBy("id").agg(
        F.min(F.struct("doc_id", "display", "line")).alias("first")
    )
    parsed = parsed.join(firsts, "id")
    docs = (
        parsed.where(F.col("doc_id") == F.col("first.doc_id"))
        .select("doc_id", "id", "file", "path", "line", "offset", "len", "text", "text_len")
        .persist()
    )
    reason_udf = F.udf(_concord.duplicate_reason, T.StringType())
    skipped = (
        parsed.where(F.col("doc_id") != F.col("first.doc_id"))
        .select(
            "doc_id",
            F.col("display").alias("path"),
            "line",
            reason_udf("id", "first.display", "first.line").alias("reason"),
        )
        .unionByName(
            raw.where("kind = 1").select(
                "doc_id", F.col("display").alias("path"), "line", "reason"
            )
        )
    )
    texts = docs.select("doc_id", "text")

    # 2. boilerplate: document frequencies of the blocks; each document
    # gets the frequencies of its own blocks found in two or more
    # documents (a join, no table of all blocks on the driver).
    bc_type = "array<struct<block_hash:bigint,docs:bigint>>"
    if settings.no_boilerplate:
        texts = texts.withColumn("bc", F.lit(None).cast(bc_type))
    else:

        def blocks(batches):
            k = _kernels(s)
            for b in batches:
                yield _batch(k.block_hashes(b))

        doc_blocks = texts.mapInArrow(blocks, "doc_id long, block_hash long")
        counted = (
            doc_blocks.groupBy("block_hash")
            .agg(F.count("*").alias("docs"))
            .where(F.col("docs") >= 2)
        )
        per_doc = (
            doc_blocks.join(counted, "block_hash")
            .groupBy("doc_id")
            .agg(F.collect_list(F.struct("block_hash", "docs")).alias("bc"))
        )
        texts = texts.join(per_doc, "doc_id", "left").persist()

    # 3. band hashes.
    def bands(batches):
        k = _kernels(s)
        for b in batches:
            d = _detector(s, b.column("bc"))
            yield _batch(k.band_hashes(b.select(["doc_id", "text"]), d))

    band_df = texts.mapInArrow(bands, "doc_id long, band int, band_hash long")

    # 4. star edges to each bucket's minimum.
    buckets = (
        band_df.groupBy("band", "band_hash")
        .agg(F.min("doc_id").alias("m"), F.count("*").alias("n"))
        .where("n >= 2")
    )
    rows = band_df.join(buckets, ["band", "band_hash"])
    edges = rows.where(F.col("doc_id") != F.col("m")).select(
        F.col("m").alias("a"), F.col("doc_id").alias("b")
    )
    if kernels.small_bucket >= 2:
        # Buckets of at most small_bucket documents also give all their
        # pairs: a self-join restricted to them (still no list per bucket).
        small = rows.where(F.col("n") <= kernels.small_bucket).select(
            "band", "band_hash", "doc_id"
        )
        x, y = small.alias("x"), small.alias("y")
        edges = edges.unionByName(
            x.join(y, ["band", "band_hash"])
            .where(F.col("x.doc_id") < F.col("y.doc_id"))
            .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b"))
        )
    edges = edges.distinct().persist()

    # 5. verification.
    def verify(batches):
        k = _kernels(s)
        for b in batches:
            d = _detector(s, b.column("bc_a"), b.column("bc_b"))
            yield _batch(k.verify(b.select(["a", "b", "text_a", "text_b"]), d))

    def side(x):
        return texts.select(
            F.col("doc_id").alias(x), F.col("text").alias(f"text_{x}"), F.col("bc").alias(f"bc_{x}")
        )

    pairs = (
        edges.join(side("a"), "a")
        .join(side("b"), "b")
        .select("a", "b", "text_a", "text_b", "bc_a", "bc_b")
    )
    verified = pairs.mapInArrow(verify, "a long, b long, similarity double").localCheckpoint()

    # 6. components of the verified edges, labelled by their minimum.
    comp = connected_components(verified.select("a", "b"))

    # 7. clusters per component, with the embedded no-chaining rule.
    # One frame per component: its documents (b null) and its verified
    # edges (doc_id = a, text null), grouped once.
    comp_rows = (
        comp.join(docs.select("doc_id", "text", "text_len"), "doc_id")
        .join(texts.select("doc_id", "bc"), "doc_id")
        .select(
            "component", "doc_id", "text", "text_len", "bc",
            F.lit(None).cast("long").alias("b"), F.lit(None).cast("double").alias("similarity"),
        )
        .unionByName(
            verified.join(comp.withColumnRenamed("doc_id", "a"), "a").select(
                "component", F.col("a").alias("doc_id"), F.lit(None).cast("string").alias("text"),
                F.lit(None).cast("long").alias("text_len"), F.lit(None).cast(bc_type).alias("bc"),
                "b", "similarity",
            )
        )
    )

    def cluster(t: pa.Table) -> pa.Table:
        k = _kernels(s)
        d = _detector(s, t.column("bc").combine_chunks())
        is_edge = t.column("b").is_valid()
        docs_t = t.filter(pc.invert(is_edge)).select(["doc_id", "text", "text_len"])
        edges_t = t.filter(is_edge).select(["doc_id", "b", "similarity"]).rename_columns(
            ["a", "b", "similarity"]
        )
        out = k.cluster_component(_one(docs_t), _one(edges_t), d)
        return pa.Table.from_batches([_batch(out)])

    clustered = comp_rows.groupBy("component").applyInArrow(
        cluster, "doc_id long, kept long, similarity double"
    )
    members = (
        docs.select("doc_id", "id", "file", "path", "line", "offset", "len")
        .join(clustered, "doc_id", "left")
        .select(
            "*",
            F.coalesce("kept", "doc_id").alias("kept_id"),
            F.coalesce("similarity", F.lit(1.0)).alias("sim"),
        )
        .drop("kept", "similarity")
        .persist()
    )
    # Cluster numbers: the clusters in the order of their first documents.
    firsts_rdd = (
        members.groupBy("kept_id")
        .agg(F.min("doc_id").alias("first"))
        .orderBy("first")
        .rdd.zipWithIndex()
        .map(lambda r: (r[0]["kept_id"], r[1]))
    )
    numbers = spark.createDataFrame(firsts_rdd, "kept_id long, cluster long")
    records = (
        members.join(numbers, "kept_id")
        .select(
            "doc_id",
            "id",
            "cluster",
            (F.col("kept_id") == F.col("doc_id")).alias("kept"),
            F.col("sim").alias("similarity"),
        )
        .orderBy("doc_id")
    )

    def record_lines(batches):
        for b in batches:
            yield pa.record_batch(
                [pa.array(_concord.dedup_records(b), pa.string())], names=["value"]
            )

    out = output.rstrip("/")
    records.mapInArrow(record_lines, "value string").write.text(out + "/clusters")

    # 8. kept records, written back as the binary writes them.
    def kept_lines(t: pa.Table) -> pa.Table:
        t = t.sort_by("doc_id")
        path = t.column("path")[0].as_py()
        lines = _concord.kept_records(
            path,
            _one(t.select(["id", "line", "offset", "len"])),
            text_field=s.text_field,
            id_field=s.id_field,
            max_record_bytes=s.max_record_bytes,
        )
        return pa.table(
            {"doc_id": t.column("doc_id"), "value": pa.array(lines, pa.string())}
        )

    (
        members.where(F.col("kept_id") == F.col("doc_id"))
        .select("doc_id", "file", "path", "id", "line", "offset", "len")
        .groupBy("file")
        .applyInArrow(kept_lines, "doc_id long, value string")
        .orderBy("doc_id")
        .select("value")
        .write.text(out + "/kept")
    )

    skipped = skipped.persist()
    skipped.orderBy("doc_id").select(
        F.to_json(F.struct("path", "line", "reason")).alias("value")
    ).write.text(out + "/skipped")

    if intermediates:
        edges.orderBy("a", "b").write.parquet(out + "/edges")
        verified.orderBy("a", "b").write.parquet(out + "/verified")
        comp.orderBy("doc_id").write.parquet(out + "/components")
        clustered.orderBy("doc_id").write.parquet(out + "/clusters_by_id")

    stats = {
        "documents": members.count(),
        "skipped": skipped.count(),
        "candidate_edges": edges.count(),
        "verified_pairs": verified.count(),
        "clusters": numbers.count(),
    }
    stats["removed"] = stats["documents"] - stats["clusters"]
    for r in skipped.orderBy("doc_id").limit(20).collect():
        loc = r.path if r.line == 0 else f"{r.path}:{r.line}"
        print(f"concord-spark: skipped {loc}: {r.reason}", file=log)
    print(
        "concord-spark dedup: read {documents} documents, skipped {skipped}; "
        "{clusters} clusters, removed {removed}".format(**stats),
        file=log,
    )
    stats["params_hash"] = kernels.params_hash()
    record = dict(json.loads(settings_json(settings)), params_hash=stats["params_hash"],
                  canonical=kernels.canonical())
    spark.createDataFrame([(json.dumps(record, sort_keys=True),)], "value string").coalesce(
        1
    ).write.text(out + "/params")
    for df in (raw, docs, edges, members, skipped):
        df.unpersist()
    return stats


def _one(t: pa.Table) -> pa.RecordBatch:
    """A table as one record batch."""
    t = t.combine_chunks()
    batches = t.to_batches()
    if len(batches) == 1:
        return batches[0]
    return pa.RecordBatch.from_pylist([], schema=t.schema)


def connected_components(edges):
    """Connected components of an undirected graph given as edges
    ``(a, b)``, ``a < b``: a frame ``(doc_id, component)`` with every vertex
    of an edge labelled by its component's minimum vertex.

    Large-star / small-star (Kiveris et al., "Connected Components in
    MapReduce and Beyond", SoCC 2014) in Spark SQL: each round replaces the
    edge set by one with the same components whose stars point at smaller
    labels; at the fixed point every edge is (component minimum, vertex).
    Each round's result is checkpointed locally to cut the lineage.
    """
    from pyspark.sql import functions as F

    e = edges.select(F.col("a"), F.col("b")).distinct().localCheckpoint()
    while True:
        # Large-star: every neighbour larger than u attaches to the minimum
        # of u's closed neighbourhood.
        both = e.select(F.col("a").alias("u"), F.col("b").alias("v")).unionByName(
            e.select(F.col("b").alias("u"), F.col("a").alias("v"))
        )
        m = both.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
        large = (
            both.join(m, "u")
            .where(F.col("v") > F.col("u"))
            .select(F.col("m").alias("a"), F.col("v").alias("b"))
            .distinct()
        )
        # Small-star: u and its smaller neighbours attach to their minimum.
        ms = large.groupBy("b").agg(F.min("a").alias("m"))
        small = (
            large.join(ms, "b")
            .select(F.col("m").alias("a"), F.col("a").alias("b"))
            .where(F.col("a") != F.col("b"))
            .unionByName(ms.select(F.col("m").alias("a"), "b"))
            .distinct()
            .localCheckpoint()
        )
        if small.count() == e.count() and small.exceptAll(e).isEmpty():
            e = small
            break
        e = small
    return e.select(F.col("b").alias("doc_id"), F.col("a").alias("component")).unionByName(
        e.select(F.col("a").alias("doc_id"), F.col("a").alias("component"))
    ).distinct()


def session(master: Optional[str] = None, app: str = "concord-spark", conf: Optional[dict] = None):
    """A SparkSession with the settings the job relies on (see README)."""
    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
    defaults = {
        # Texts are large rows: smaller Arrow batches bound worker memory.
        "spark.sql.execution.arrow.maxRecordsPerBatch": "2000",
        "spark.sql.adaptive.enabled": "true",
        "spark.sql.adaptive.skewJoin.enabled": "true",
        "spark.sql.session.timeZone": "UTC",
    }
    cores = _local_cores(master)
    if cores:
        # One machine: a few tasks per core, not Spark's 200 (each task
        # costs a Python worker round trip).
        defaults["spark.sql.shuffle.partitions"] = str(4 * cores)
        # Workers on this machine run this interpreter (the one that has
        # the wheel), not whatever `python3` is first on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    defaults.update(conf or {})
    for k, v in defaults.items():
        b = b.config(k, v)
    return b.getOrCreate()


def _local_cores(master: Optional[str]) -> Optional[int]:
    """Cores of a `local`, `local[N]` or `local[*]` master; None otherwise."""
    if not master or not master.startswith("local"):
        return None
    inner = master[len("local"):].strip("[]").split(",")[0]
    if inner in ("", "*"):
        return os.cpu_count() or 1
    try:
        return max(1, int(inner))
    except ValueError:
        return None


def settings_json(settings: Settings) -> str:
    """The settings as JSON (recorded next to the outputs)."""
    d = dict(settings.__dict__)
    d.pop("extra", None)
    return json.dumps(d, sort_keys=True)
