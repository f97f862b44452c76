"""Text helpers shared by the components."""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "_warta_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc (spaCy joins every token on each access)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text a doc was made from, so no component has to rebuild it."""
    doc.user_data[_KEY] = text
    return doc
