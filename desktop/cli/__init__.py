"""The `focal-desk` command line: opens the window, or runs a headless subcommand."""
