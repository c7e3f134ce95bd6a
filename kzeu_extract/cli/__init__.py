"""The `kzeu` command (placeholder until the CLI lands)."""


def main() -> None:
    raise SystemExit("kzeu: CLI not written yet")
