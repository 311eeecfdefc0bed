"""`python -m desktop`: the same as the `focal-desk` command."""

from desktop.cli.main import main

raise SystemExit(main())
