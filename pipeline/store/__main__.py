"""`python -m pipeline.store --schema-doc [--write | --check]`: print, regenerate or check docs/schema.md."""
from __future__ import annotations

import sys

import click

from pipeline.store.schemadoc import DOC_PATH, schema_doc, write_schema_doc


@click.command()
@click.option("--schema-doc", "doc", is_flag=True, required=True, help="Generate the schema document.")
@click.option("--write", is_flag=True, help=f"Write it to {DOC_PATH.name} (docs/) instead of printing.")
@click.option("--check", is_flag=True, help="Exit 1 when docs/schema.md differs from the live schema.")
def main(doc: bool, write: bool, check: bool) -> None:
    if check:
        current = DOC_PATH.read_text(encoding="utf-8") if DOC_PATH.exists() else ""
        if current != schema_doc():
            click.echo(f"{DOC_PATH} is out of date: run python -m pipeline.store --schema-doc --write", err=True)
            sys.exit(1)
        click.echo(f"{DOC_PATH} is up to date")
    elif write:
        click.echo(f"wrote {write_schema_doc()}")
    else:
        click.echo(schema_doc(), nl=False)


if __name__ == "__main__":
    main()
