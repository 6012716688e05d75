"""Display labels: actors with role and inferred mark, in both languages; never "None"."""
from __future__ import annotations

import pandas as pd
import pytest

from extraction.store.query import Filters
from dashboard import labels, queries
from dashboard.i18n import Translator


@pytest.mark.parametrize("name, role, inferred, lang, shown", [
    ("Retno Marsudi", "foreign_minister", False, "en", "Retno Marsudi · Foreign minister"),
    ("Retno Marsudi", "foreign_minister", True, "en", "Retno Marsudi · Foreign minister (inferred)"),
    ("Retno Marsudi", "foreign_minister", True, "id", "Retno Marsudi · Menteri luar negeri (disimpulkan)"),
    ("Joe Biden", None, True, "en", "Joe Biden (inferred)"),
    (None, "foreign_ministry", False, "id", "Kementerian luar negeri"),  # an office with no name
    ("Kim Jong-un", "deputy_envoy", False, "en", "Kim Jong-un · Deputy envoy"),  # unknown role code
    (None, None, True, "en", ""),
    (float("nan"), float("nan"), pd.NA, "en", ""),  # what a missing value reads as
])
def test_dashboard_labels_actor_label_in_both_languages(name, role, inferred, lang, shown):
    assert labels.actor_label(name, role, inferred, Translator(lang)) == shown


@pytest.mark.parametrize("lang", ["en", "id"])
def test_dashboard_labels_events_table_folds_roles_and_shows_no_none(dash_con, lang):
    t = Translator(lang)
    table = labels.with_actor_labels(queries.events_table(dash_con, Filters()), t)
    assert not {"source_role", "target_role", "source_actor_inferred", "target_actor_inferred"} & set(table)
    text = table.drop(columns=["event_date", "confidence"])
    assert not text.isna().any().any() and "None" not in set(text.to_numpy().ravel())
    agreement = table[table["event_type"] == "agree"].iloc[0]
    mark, role = t("actors.inferred_mark"), labels.role_label("foreign_minister", t)
    assert agreement["source_actor"] == f"Yoko Kamikawa · {role} {mark}"
    assert agreement["target_actor"] == f"Cho Tae-yul · {role} {mark}"
    aid = table[table["event_type"] == "aid"].iloc[0]
    assert aid["target_actor"] == "" and aid["source_actor"] == "Indonesian government"


def test_dashboard_labels_actor_rows_name_roles_countries_and_classes(dash_con):
    rows = labels.actor_rows(queries.actors_table(dash_con, Filters()), Translator("id")).set_index("actor")
    assert rows.loc["Yoko Kamikawa", "roles"] == "Menteri luar negeri"
    assert rows.loc["Yoko Kamikawa", "country"] == "Jepang (JPN)"
    assert rows.loc["Yoko Kamikawa", "top_classes"] == "Panggilan telepon (2), Sepakat (1)"
    assert rows.loc["Chinese government", "roles"] == ""
