"""Pure Python: what a person could say next. suggest.py chooses replies and start-now work;
phrases.py words them in the customer's language."""
