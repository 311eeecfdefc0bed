"""`python -m server_stub …` is the same as `focal-server …`."""

from server_stub.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
