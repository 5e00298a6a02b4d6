"""Start script of the frozen app: the same command line as `sleutelapp` (no command = GUI)."""

from sleutelapp.cli import main

raise SystemExit(main())
