"""The project's wiring: settings, URLs and the WSGI/ASGI entry points (the domain lives in fieldservice/)."""
