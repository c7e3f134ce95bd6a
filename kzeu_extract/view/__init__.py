"""`kzeu view`: the records and their merged events as one self-contained HTML page."""
from .page import render_report

__all__ = ["render_report"]
