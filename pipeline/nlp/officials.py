"""First version placeholder: finds nothing yet."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("warta_officials")
def tag_officials(doc: Doc) -> Doc:
    doc._.officials = []
    return doc
