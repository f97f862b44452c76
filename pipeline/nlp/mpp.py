"""First version placeholder: finds nothing yet."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("warta_mpp")
def tag_mpp(doc: Doc) -> Doc:
    doc._.mpp = []
    return doc
