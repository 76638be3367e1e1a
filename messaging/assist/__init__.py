"""Pure Python: what a person could say next (suggest), in the customer's language (phrases)."""
