"""The dispatcher's desk: desk.py (the queue, a conversation, rescheduling, the week's numbers),
board.py (today's timeline board: lanes, forecasts, who a slipping day affects), models.py (their
admin entries), texts.py, admin.py (the pages)."""
