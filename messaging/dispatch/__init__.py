"""The dispatcher's desk: desk.py (the queue, a conversation, rescheduling, the board, the week's
numbers), models.py (their admin entries), texts.py, admin.py (the pages)."""
