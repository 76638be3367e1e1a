"""The technician's side: card.py (the prompt card's contents), views.py (the live panel, one-tap
replies), urls.py."""
