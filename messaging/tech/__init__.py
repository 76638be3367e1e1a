"""The technician's prompt card and one-tap replies."""
