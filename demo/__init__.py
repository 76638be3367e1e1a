"""The demo: a small business's day laid out around now, through the whole product (`manage.py demo`).

An app of its own because it stages both the domain (fieldservice) and messaging, which the
domain never imports."""
