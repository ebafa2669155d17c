"""The ask check: flags the common mistake (asking about jobs) and the habits of a weak
ask, and the templates that draft a good one. Nothing here touches the workbook."""

from .check import (
    LONG_WORDS,
    SEVERITIES,
    TOO_LONG_WORDS,
    Finding,
    check_ask,
    has_mistake,
    mistakes,
    word_count,
)
from .templates import TEMPLATES, connection_line, fill_template, subject_line

__all__ = ["Finding", "check_ask", "has_mistake", "mistakes", "word_count", "SEVERITIES",
           "LONG_WORDS", "TOO_LONG_WORDS", "TEMPLATES", "fill_template", "connection_line",
           "subject_line"]
