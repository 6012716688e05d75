"""Line labels of extraction.pipeline.text: story, photo caption, credit or teaser."""
import pytest

from extraction.lang import load_lexicon
from extraction.pipeline.text import paragraphs


@pytest.mark.parametrize("line, kind", [
    ("Menlu Retno Marsudi bertemu Menlu Jepang di Tokyo pada Senin.", "story"),
    ("(Reporting by a staff writer)", "credit"),
    ("Baca juga: Menlu bertemu mitranya", "credit"),
    ("Israel dan Hamas disebut telah sepakat untuk menghentikan pertem...", "credit"),
    ("Apa arti kesepakatan itu bagi kedua pihak\u2026", "credit"),
])
def test_text_line_kind(line, kind):
    paras = paragraphs(line, load_lexicon("id"))
    assert [p.kind for p in paras] == [kind]
