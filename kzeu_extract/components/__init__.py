"""One spaCy component per concern; importing this package registers their factories."""
from . import (  # noqa: F401
    agreements,
    dates,
    document,
    events,
    figures,
    language,
    organizations,
    people,
    places,
    quotes,
    sentences,
)
