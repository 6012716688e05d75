"""Human names for codes: countries and organisations, event classes, quad classes."""
from __future__ import annotations

import gettext
from functools import cache

import pycountry

from .i18n import Translator


@cache
def _catalogue(lang: str):
    # pycountry ships the iso3166-1 translations; a read-only catalogue, loaded once.
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def is_country(code: object) -> bool:
    """True for an ISO 3166-1 alpha-3 code (organisation codes like UN, EU, NATO are not)."""
    return isinstance(code, str) and len(code) == 3 and code.isupper() and (
        pycountry.countries.get(alpha_3=code) is not None
    )


def country_name(code: object, t: Translator) -> str:
    """Display name of a country or organisation code ("" for none)."""
    if not isinstance(code, str) or not code:
        return ""
    override = t.strings.get(f"country.{code}")
    if override:
        return override
    record = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if record is None:
        return code
    name = getattr(record, "common_name", None) or record.name
    return _catalogue(t.lang).gettext(record.name) if t.lang != "en" else name


def country_label(code: str, t: Translator) -> str:
    name = country_name(code, t)
    return f"{name} ({code})" if name and name != code else code


def class_label(event_type: object, t: Translator) -> str:
    """Display name of an event class such as "phone_call"."""
    if not isinstance(event_type, str) or not event_type:
        return ""
    return t.get(f"class.{event_type}", event_type.replace("_", " ").capitalize())


def quad_label(quad: object, t: Translator) -> str:
    try:
        number = int(quad)
    except (TypeError, ValueError):
        return t("quad.unknown")
    return t.get(f"quad.{number}", str(number))
