"""The warnings kzeu_dates and kzeu_document add to a Doc (the tool's own messages, in
English whatever the text's language)."""
from __future__ import annotations


def unresolved(texts) -> str:
    return (f"relative dates left unresolved, no publication date stated or given "
            f"(--date): {', '.join(dict.fromkeys(texts))}")


def reference_beside_date(value: str, deictic: str) -> str:
    return f"no publication date: reference date {value} from {deictic!r} beside an explicit date"


def reference_inferred(value: str, stated: str) -> str:
    return (f"no publication date: reference date {value} inferred from the latest "
            f"date the text states ({stated!r}); it completes year-less dates, "
            f"relative words such as 'yesterday' stay unresolved")
