"""``kzeu_extract.dask``: extraction on a Dask cluster (pip install 'kzeu-extract[dask]').
The code is in kzeu_extract/dask_engine/; this module only names it.

    from kzeu_extract.dask import extract_bag, is_failure
"""
from __future__ import annotations

from .dask_engine import extract_bag, is_failure

__all__ = ["extract_bag", "is_failure"]
