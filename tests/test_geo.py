"""Country-name aliases built from pycountry."""
from __future__ import annotations

import pycountry
import pytest

from extraction.pipeline.geo import pycountry_names, resolve_shared
from extraction.pipeline.matcher import Match


@pytest.mark.parametrize("alias, code", [
    ("Amerika Serikat", "USA"),
    ("Korea Utara", "PRK"),
    ("Jepang", "JPN"),
    ("Arab Saudi", "SAU"),
    ("Filipina", "PHL"),
])
def test_geo_indonesian_names(alias, code):
    assert pycountry_names("id")[alias] == code


@pytest.mark.parametrize("alias, code", [
    ("Germany", "DEU"),
    ("Russian Federation", "RUS"),
    ("Republic of Korea", "KOR"),
    ("Democratic People's Republic of Korea", "PRK"),
])
def test_geo_english_names(alias, code):
    assert pycountry_names("en")[alias] == code


def test_geo_no_outdated_timor_timur():
    for lang in ("en", "id"):
        assert not any("timor timur" in a.lower() for a in pycountry_names(lang))


def test_geo_values_are_valid_iso3():
    for lang in ("en", "id"):
        for alias, code in pycountry_names(lang).items():
            assert pycountry.countries.get(alpha_3=code) is not None, (lang, alias, code)


def test_geo_skips_short_inverted_and_ambiguous_names():
    for lang in ("en", "id"):
        names = pycountry_names(lang)
        assert all(len(a) >= 4 and "," not in a and "(" not in a for a in names)
        assert "Congo" not in names
    assert "Jersey" not in pycountry_names("en")


def test_geo_returns_fresh_dict():
    pycountry_names("en")["Atlantis"] = "XXX"
    assert "Atlantis" not in pycountry_names("en")


def test_geo_unknown_language_raises():
    with pytest.raises(ValueError):
        pycountry_names("fr")


@pytest.mark.parametrize("named, expected", [
    ([], "COD"),                      # bare "Congo": the wire style's reading
    ([("capitals", "COG")], "COG"),   # "Brazzaville" elsewhere in the article
    ([("countries", "COD")], "COD"),
    ([("countries", "COD"), ("countries", "COG")], "COD"),  # both named: the usual reading
])
def test_geo_shared_name_takes_the_state_the_article_names(named, expected):
    shared = Match(0, 5, "countries", "COD COG")
    others = [Match(10 + i, 15 + i, kind, key) for i, (kind, key) in enumerate(named)]
    assert resolve_shared([shared, *others])[0].key == expected
