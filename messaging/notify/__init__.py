"""The business tells the customer about the job: notices.py (job events -> which text, when; quiet
hours), texts.py (the default wording per kind and language), sweeps.py (reminders, stale ETAs), admin.py."""
