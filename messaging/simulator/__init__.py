"""The phone simulator: a browser phone that texts the app through the real webhook."""
