"""Importing spaCy without its command line: a third of `import spacy`, which Warta never uses.

spaCy's `__init__` runs `from .cli.info import info`, which imports the whole `spacy.cli` package
(typer, weasel, httpx, the download and project commands): ~0.4 s of the ~1.3 s that `import
spacy` takes here, and most of what keeps `warta extract` on one record above 2 s. `defer()`
registers stand-ins for `spacy.cli` and `spacy.cli.info` before spaCy is imported; each runs its
real module's code in place the first time anything but `spacy.info` is asked of it, so `import
spacy.cli`, `spacy.cli.download(...)` and `spacy.info()` keep working. Importing a submodule
(`spacy.cli.download`) runs the package's code first, as a real import does.

It does nothing when spaCy is already imported, and any failure leaves spaCy's import as it was.
"""
from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path


class _Deferred(types.ModuleType):
    """A module whose real code runs on first access to a name it does not have yet."""

    def __init__(self, name: str, path: Path, package: bool):
        super().__init__(name)
        self.__dict__["_deferred"] = (path, package)
        self.__package__ = name if package else name.rpartition(".")[0]

    def _load(self) -> None:
        deferred = self.__dict__.pop("_deferred", None)
        if deferred is None:
            return
        parent = sys.modules.get(self.__name__.rpartition(".")[0])
        if isinstance(parent, _Deferred):
            parent._load()  # a package's code runs before its submodules', as in a real import
        path, package = deferred
        spec = importlib.util.spec_from_file_location(
            self.__name__, path, submodule_search_locations=[str(path.parent)] if package else None)
        self.__spec__ = spec
        self.__file__ = str(path)
        if package:
            self.__path__ = [str(path.parent)]
        spec.loader.exec_module(self)

    def __getattr__(self, name: str):
        # the import system reads a package's __path__ before importing a submodule of it: the
        # package's own code then runs first, as it would have
        deferred = self.__dict__.get("_deferred")
        if deferred is None or (name.startswith("__") and not (name == "__path__" and deferred[1])):
            raise AttributeError(name)
        self._load()
        return getattr(self, name)


def defer() -> None:
    """Register the stand-ins (see the module doc); a no-op once spaCy is imported."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("spacy")
        root = Path(spec.submodule_search_locations[0]) / "cli"
        if not (root / "__init__.py").exists() or not (root / "info.py").exists():
            return
        cli = _Deferred("spacy.cli", root / "__init__.py", package=True)
        info = _Deferred("spacy.cli.info", root / "info.py", package=False)

        def info_function(*args, **kwargs):  # spacy.info: runs the real command
            info._load()
            return info.__dict__["info"](*args, **kwargs)

        info.__dict__["info"] = info_function
        cli.__dict__["info"] = info
        sys.modules["spacy.cli"] = cli
        sys.modules["spacy.cli.info"] = info
    except Exception:  # noqa: BLE001 - never in the way of importing spaCy
        sys.modules.pop("spacy.cli", None)
        sys.modules.pop("spacy.cli.info", None)


def attach() -> None:
    """After spaCy's import: make the stand-in its `spacy.cli` attribute, as the real one would be."""
    spacy = sys.modules.get("spacy")
    cli = sys.modules.get("spacy.cli")
    if spacy is not None and isinstance(cli, _Deferred) and "cli" not in spacy.__dict__:
        spacy.cli = cli
