"""Date normalisation (``resolve_date``: one expression -> ISO value) and the date
vocabulary's schema (``vocabulary``: data/lang/<code>/dates.json, data/dates.json)."""
from .resolve import Resolved, as_date, latest_stated, resolve_date, week_month
from .vocabulary import (
           DatesVocabulary,
           DocumentVocabulary,
           HeadDateLines,
           every_dates,
           head_date_lines,
)

__all__ = ["Resolved", "as_date", "latest_stated", "resolve_date", "week_month", "DatesVocabulary", "DocumentVocabulary", "HeadDateLines",
           "every_dates", "head_date_lines"]
