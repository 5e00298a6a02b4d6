"""One module per command of the command line (see sleutelapp/cli.py)."""
