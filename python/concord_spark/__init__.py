"""concord's near-duplicate removal on Apache Spark.

``concord_spark._concord`` holds the library's kernels over Arrow record
batches (the same code as the ``concord`` binary); ``concord_spark.driver``
is the PySpark job; ``python -m concord_spark dedup INPUT OUTPUT`` runs it.
"""

from . import _concord  # noqa: F401

__all__ = ["_concord"]
