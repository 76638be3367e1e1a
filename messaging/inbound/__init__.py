"""A customer's text, in order: shortcut.py (the webhooks skip the browser's middleware) -> webhook.py (Twilio's posts) -> store.py (stored once, queued) ->
pipeline.py (consent, after hours, the job) -> understand.py (interpret, apply) -> replies.py (the bot's words)."""
