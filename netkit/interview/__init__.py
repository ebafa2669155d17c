"""The informational interview: the question bank, the script (the closing questions
always last), the printable sheet, the calendar invite and the placeholders they fill."""
