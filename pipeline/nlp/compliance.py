"""First version placeholder: finds nothing yet."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("warta_compliance")
def tag_compliance(doc: Doc) -> Doc:
    doc._.compliance = []
    return doc
