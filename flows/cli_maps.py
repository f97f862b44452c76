"""Map command of the `warta` CLI (registered by flows/cli.py): `warta map`. It only reads the database."""
from __future__ import annotations

from pathlib import Path

import click

from flows.cliutil import UserError
from pipeline import config

KINDS = ("compliance", "mpp", "complaints")
SUFFIXES = (".png", ".svg", ".html", ".htm")


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)


def facts_table(data) -> str:
    """The facts behind a map as text: one line per area (sources counted; the .html output links them)."""
    facts = data.facts()
    facts = facts.assign(sources=facts["sources"].map(len))
    facts = facts.drop(columns=[c for c in facts.columns if c.startswith("share_")])
    return facts.map(_cell).to_string(index=False, max_colwidth=200) if len(facts) else "(no facts to map)"


@click.command("map")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write: .png, .svg, or .html (the map, its areas' facts as tooltips, and the table of "
                   "facts with their source links).")
@click.option("--level", type=click.Choice(["province", "region"]),
              help="province: the 38 provinces (default); region: kabupaten/kota, on --boundaries, else as a "
                   "tile grid grouped by province.")
@click.option("--boundaries", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Kabupaten/kota (ADM2) boundary file, GeoJSON or TopoJSON in longitude/latitude, with a property "
                   "holding Kemendagri codes (13.02) or BPS codes (1303, ID1303): draws the region level on it.")
@click.option("--boundary-key", metavar="PROPERTY",
              help="The property of --boundaries that holds the codes. Default: the one that joins most features.")
@click.option("--boundary-codes", type=click.Choice(["kemendagri", "bps"]),
              help="Code system of that property. Default: dotted codes are Kemendagri's; 4-digit codes BPS's "
                   "(joined through data/wilayah/bps_crosswalk.csv) unless the file's names say they are Kemendagri's.")
@click.option("--all-provinces", is_flag=True,
              help="Tile grid: a tile for every kabupaten/kota of Indonesia, not only of provinces with facts.")
def map_(kind: str, out: Path, level: str | None, boundaries: Path | None, boundary_key: str | None,
         boundary_codes: str | None, all_provinces: bool) -> None:
    """Draw a map of compliance zones, MPPs or complaints per province or kabupaten/kota.

    compliance: share of assessed kabupaten/kota in zona hijau, kuning and merah (latest assessment
    year per province, n on each province); mpp: kabupaten/kota with an MPP launched or operating;
    complaints: reports received by each province's Ombudsman office. Prints the facts behind every
    area. Rendered offline with matplotlib; the province boundaries ship in data/boundaries/.

    Example: warta map compliance --out compliance.png
    """
    from pipeline.maps import BoundaryError, draw, region_boundaries
    from pipeline.store import Store, StoreError

    if out.suffix.lower() not in SUFFIXES:
        raise UserError(f"cannot write a map as {out.name}: give --out a .png, .svg or .html file")
    if boundaries is not None and level == "province":
        raise UserError("--boundaries draws kabupaten/kota: leave out --level province")
    if (boundary_key or boundary_codes) and boundaries is None:
        raise UserError("--boundary-key and --boundary-codes describe a --boundaries file: give one")
    shapes = None
    if boundaries is not None:
        try:
            shapes = region_boundaries(boundaries, key=boundary_key, codes=boundary_codes)
        except BoundaryError as exc:
            raise UserError(str(exc)) from None
        click.echo(shapes.summary(), err=True)
    db = config.db_path()
    try:
        with Store.open(db, read_only=True) as store:
            figure = draw(store, kind, level=level, boundaries=shapes, all_provinces=all_provinces)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if figure is None:
        raise UserError(f"database {db} has no {kind} facts: nothing to map")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        figure.save(out)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(facts_table(figure.data))
    size = "{}×{} px, ".format(*figure.size) if out.suffix.lower() == ".png" else ""
    click.echo(f"wrote {out} ({size}{len(figure.data.table)} "
               f"{'provinces' if figure.data.level == 'province' else 'kabupaten/kota'} with facts)", err=True)


COMMANDS: list = [map_]
