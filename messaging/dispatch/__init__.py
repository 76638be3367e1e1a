"""The dispatcher's desk: the queue, the conversation page, rescheduling, the numbers, their admin."""
