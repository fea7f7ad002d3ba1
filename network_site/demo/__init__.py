"""Demo content for `manage.py load_demo`: the data (content.py), generated pictures (pictures.py) and the
helpers that write it without changing anything on a second run (sync.py)."""
