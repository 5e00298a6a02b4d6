"""`python -m sleutelapp` runs the command line (no command starts the GUI)."""

from sleutelapp.cli import main

raise SystemExit(main())
