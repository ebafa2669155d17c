"""The informational-interview question bank."""

from __future__ import annotations

import pandas as pd

__all__ = ["QuestionsMixin"]


class QuestionsMixin:
    """Read the question bank."""

    def questions(self, include_hidden: bool = False) -> pd.DataFrame:
        """Questions: ``id``, ``category``, ``text``, ``builtin``, ``note``, ``minutes``, ``hidden``."""
        where = "" if include_hidden else "WHERE hidden = 0"
        frame = self._df(
            f"SELECT id, category, text, builtin, note, minutes, hidden FROM questions {where} "
            "ORDER BY id"
        )
        frame["builtin"] = frame["builtin"].astype(bool)
        frame["hidden"] = frame["hidden"].astype(bool)
        return frame
