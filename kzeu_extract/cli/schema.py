"""`kzeu schema`: the JSON Schema of the document record."""
from __future__ import annotations

import json


def schema() -> None:
    """Print the JSON Schema of the document record that `kzeu extract` writes."""
    from ..records import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
