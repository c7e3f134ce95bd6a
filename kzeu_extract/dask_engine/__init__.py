"""Extraction on a Dask cluster (the ``dask`` extra): ``extract_bag`` for the library,
``dask_results`` for ``kzeu extract --engine dask``. Public as ``kzeu_extract.dask``.

Inside this package ``import dask`` is the Dask package (imports are absolute), never
``kzeu_extract.dask``.
"""
from __future__ import annotations

from .bags import extract_bag
from .partitions import is_failure

__all__ = ["extract_bag", "is_failure"]
