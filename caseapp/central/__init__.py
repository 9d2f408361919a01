"""The central server: the HTTP edge (``app.py``) over the services and storage every workstation uses."""
