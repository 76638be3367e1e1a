"""The phone simulator: views.py, a browser phone that texts the app through the real webhook."""
