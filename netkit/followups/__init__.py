"""Follow-ups: scheduling them, the due list in plain words, and the calendar export."""

from .due import DUE_GROUPS, WEEK_DAYS, describe_followup, due_list, due_rows, due_text
from .schedule import (
    FOLLOWUP_KINDS,
    KEEP_IN_TOUCH_MONTHS,
    add_followup,
    cancel_followups,
    complete_followup,
    followups,
    followups_due,
    keep_in_touch,
    open_followups,
)

__all__ = ["DUE_GROUPS", "WEEK_DAYS", "FOLLOWUP_KINDS", "KEEP_IN_TOUCH_MONTHS", "add_followup",
           "cancel_followups", "complete_followup", "describe_followup", "due_list",
           "due_rows", "due_text", "followups", "followups_due", "keep_in_touch",
           "open_followups"]
