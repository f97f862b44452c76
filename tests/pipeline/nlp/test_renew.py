"""A long-lived tagger renews its spaCy pipeline once the vocabulary has grown past the bound
(pipeline.nlp.renew_if_grown): the old pipeline is freed, the new one tags exactly as the old one did."""
from __future__ import annotations

import pytest

from pipeline import config
from pipeline.facts import tag_text
from pipeline.nlp import get_nlp, renew_if_grown

TEXT = ("Bupati Kabupaten Solok Epyardi Asda meresmikan Mal Pelayanan Publik (MPP) pada Senin (5/5/2025). "
        "Ombudsman menilai Kabupaten Solok masuk zona hijau dengan nilai 87,31 tahun ini.")


#: Run in a process of its own: in the suite's process other tests' fixtures (the session's `nlp`) hold
#: the pipeline, so whether renewing frees it could not be seen there.
RENEWS_AND_FREES = f"""
import gc, weakref
from pipeline.facts import tag_text
from pipeline.nlp import get_nlp, new_strings, renew_if_grown
TEXT = {TEXT!r}
before = tag_text(TEXT)
old = weakref.ref(get_nlp())
tag_text("kata" + " ".join(f"xq{{i}}zz" for i in range(50)))  # 50 strings the vocabulary never had
assert new_strings() >= 50, new_strings()
assert not renew_if_grown(10_000)        # under the bound: the same pipeline
assert get_nlp() is old()
assert renew_if_grown(10)                # over it: dropped
gc.collect()
assert old() is None, "the old pipeline was not freed"  # its cycles too, though get_nlp froze them
assert new_strings() < 50, new_strings() # the new one starts from the built vocabulary
assert get_nlp() is not None and tag_text(TEXT) == before
print("renewed and freed")
"""


def test_a_grown_vocabulary_renews_the_pipeline_and_frees_the_old_one():
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-c", RENEWS_AND_FREES], cwd=Path(__file__).resolve().parents[3],
                          capture_output=True, text=True, timeout=300)
    assert (done.returncode, done.stdout.strip()) == (0, "renewed and freed"), done.stderr[-2000:]


def test_zero_never_renews(monkeypatch):
    tag_text("kata" + " ".join(f"yq{i}zz" for i in range(20)))
    nlp = get_nlp()
    monkeypatch.setenv("WARTA_TAGGER_STRINGS", "0")
    assert not renew_if_grown()
    assert get_nlp() is nlp


@pytest.mark.parametrize("value, expected", [("", config.TAGGER_MAX_STRINGS), ("5_000", 5000), ("0", 0)])
def test_the_bound_comes_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("WARTA_TAGGER_STRINGS", value)
    assert config.tagger_max_strings() == expected


@pytest.mark.parametrize("value", ["lots", "-1"])
def test_a_malformed_bound_is_one_line(monkeypatch, value):
    monkeypatch.setenv("WARTA_TAGGER_STRINGS", value)
    with pytest.raises(ValueError, match="WARTA_TAGGER_STRINGS"):
        config.tagger_max_strings()
