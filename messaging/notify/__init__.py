"""The business tells the customer about the job: notices on job events, their texts, sweeps, admin."""
