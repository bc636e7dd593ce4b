"""CLI subcommands, one module each (discovered by eventwire.cli)."""
