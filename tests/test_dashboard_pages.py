"""Every dashboard page under Streamlit's AppTest, on a real (small) store.

Counts are checked against the query layer, downloads against the table, the URL against the
widgets; hostile data must stay text; empty stores and empty results must explain themselves.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from conftest import XSS_SENTENCE
from streamlit.testing.v1 import AppTest

from dashboard import download, queries
from dashboard.filters import from_params
from extraction.store.ingest import read_tables
from extraction.store.query import Filters, where_sql
from extraction.store.read import reading

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
PAGES = ("app_pages/overview.py", "app_pages/timeline.py", "app_pages/events.py",
         "app_pages/actors.py", "app_pages/add_articles.py")


@pytest.fixture(autouse=True)
def fresh_caches():
    # Streamlit's caches are per process; a test that changes a limit must not see old results.
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


def run_app(params: dict | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(params or {})
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def events_metric(at: AppTest) -> int:
    return int(at.metric[0].value.replace(",", ""))


def expected(db, filters: Filters) -> pd.DataFrame:
    """The store's events that pass `filters` (the shared filter rule, run in the store)."""
    with reading(db) as con:
        where, params = where_sql(filters, con)
        return con.execute(f"SELECT * FROM events WHERE {where}", params).fetch_df()


def texts(at: AppTest) -> str:
    """Every bit of text the page shows (markdown, captions, alerts, titles)."""
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title", "subheader"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)


# ---------------------------------------------------------------- filters and counts


def test_dashboard_pages_overview_counts_follow_the_filters(dash_store):
    at = run_app()
    assert events_metric(at) == 7
    assert at.metric[1].value == "6"  # two reports of one phone call form one cluster
    assert at.metric[2].value == "8"  # UN is an organisation, not a country

    at.multiselect(key="f_countries").set_value(["JPN"]).run()
    assert events_metric(at) == len(expected(dash_store, Filters(countries=("JPN",)))) == 3
    at.button_group(key="f_role").set_value("target").run()
    assert events_metric(at) == len(expected(dash_store, Filters(countries=("JPN",), country_role="target"))) == 2
    at.multiselect(key="f_countries").set_value([]).run()
    at.multiselect(key="f_types").set_value(["attack", "condemn"]).run()
    assert events_metric(at) == 2
    at.multiselect(key="f_types").set_value([]).run()
    at.text_input(key="f_text").input("TARIFFS").run()
    assert events_metric(at) == len(expected(dash_store, Filters(text="TARIFFS"))) == 1
    at.text_input(key="f_text").input("").run()
    at.date_input(key="f_dates").set_value((dt.date(2024, 5, 1), dt.date(2024, 6, 1))).run()
    assert events_metric(at) == len(expected(dash_store, Filters(date_from=dt.date(2024, 5, 1)))) == 3
    assert not at.exception


@pytest.mark.parametrize("filters", [
    Filters(languages=("id",)), Filters(outlets=("reuters.com",)), Filters(actors=("kamikawa",)),
    Filters(countries=("IDN", "USA"), country_role="source", event_types=("phone_call", "aid")),
])
def test_dashboard_pages_every_page_agrees_with_the_query_layer(dash_store, filters):
    from dashboard.filters import to_params

    want = expected(dash_store, filters)
    params = {k: v for k, v in to_params(filters).items()}
    assert events_metric(run_app(params)) == len(want)
    table = run_app(params, "app_pages/events.py").dataframe[0].value
    assert set(table["event_id"]) == set(want["event_id"])
    timeline = run_app(params, "app_pages/timeline.py")
    chart = json.loads(timeline.get("plotly_chart")[0].proto.spec)
    shown = {row[0] for trace in chart["data"] for row in trace["customdata"]}
    assert shown == set(want.dropna(subset=["event_date"])["event_id"])


# ---------------------------------------------------------------- URL round trip


def test_dashboard_pages_url_restores_and_records_the_filters(dash_store):
    url = {"country": ["IDN", "JPN"], "role": "source", "type": "phone_call", "from": "2024-04-01",
           "q": "Retno", "ui": "id"}
    at = run_app(url)
    assert at.multiselect(key="f_countries").value == ["IDN", "JPN"]
    assert at.button_group(key="f_role").value == "source"
    assert at.multiselect(key="f_types").value == ["phone_call"]
    assert at.text_input(key="f_text").value == "Retno"
    assert at.date_input(key="f_dates").value[0] == dt.date(2024, 4, 1)
    assert at.title[0].value == "Ringkasan"  # the interface language comes back too
    assert at.query_params == {"country": ["IDN", "JPN"], "role": "source", "type": "phone_call",
                               "from": "2024-04-01", "q": "Retno", "ui": "id"}
    # The widgets lead from then on: a change is written back to the URL.
    at.multiselect(key="f_countries").set_value(["JPN"]).run()
    assert at.query_params["country"] == "JPN"
    at.button_group(key="ui_lang").set_value("en").run()
    assert "ui" not in at.query_params and at.title[0].value == "Overview"


def test_dashboard_pages_hostile_or_broken_urls_do_not_raise(dash_store):
    at = run_app({"from": "soon", "to": "2024-99-01", "role": "sideways", "country": "<b>X</b>",
                  "event": "does-not-exist", "ui": "fr"})
    assert "<b>X</b>" in at.multiselect(key="f_countries").value  # kept as a value, as text
    assert at.warning  # and it matches nothing, which the page says
    events = run_app({"event": "does-not-exist"}, "app_pages/events.py")
    assert "no longer in the store" in texts(events)


# ---------------------------------------------------------------- empty states


@pytest.mark.parametrize("page", PAGES[:4])
def test_dashboard_pages_empty_store_says_so(dash_empty_store, page):
    at = run_app(page=page)
    assert "The event store is empty" in texts(at)
    assert at.get("page_link")  # a way out: the Add articles page


@pytest.mark.parametrize("page", PAGES[:4])
def test_dashboard_pages_no_match_says_so_and_offers_a_way_out(dash_store, page):
    at = run_app({"q": "no sentence says this"}, page)
    assert "No event matches these filters" in texts(at)
    at.button(key={"app_pages/overview.py": "ov_clear", "app_pages/timeline.py": "tl_clear",
                   "app_pages/events.py": "ev_clear", "app_pages/actors.py": "ac_clear"}[page]).click().run()
    assert not at.warning and at.text_input(key="f_text").value == ""
    assert at.query_params == {}


def test_dashboard_pages_add_page_works_on_an_empty_store(dash_empty_store):
    at = run_app(page="app_pages/add_articles.py")
    assert at.get("file_uploader") and not at.exception


# ---------------------------------------------------------------- timeline


def test_dashboard_pages_timeline_asks_to_narrow_above_the_limit(dash_store, monkeypatch):
    monkeypatch.setattr(queries, "TIMELINE_LIMIT", 3)
    at = run_app(page="app_pages/timeline.py")
    assert "too many to draw" in texts(at) and not at.get("plotly_chart")
    at.multiselect(key="f_countries").set_value(["RUS"]).run()
    assert len(at.get("plotly_chart")) == 1


# ---------------------------------------------------------------- events, downloads, detail


def downloaded(at: AppTest, name: str, db) -> bytes:
    """The file the page's download link for `name` serves (the route's streamed chunks)."""
    from urllib.parse import parse_qs, urlsplit

    url = next(b.proto.url for b in at.get("link_button") if name in b.proto.url)
    assert url.startswith(f"download/{name}?") or url == f"download/{name}?"
    params = parse_qs(urlsplit(url).query)
    return b"".join(download.chunks(db, from_params(params), name.rsplit(".", 1)[1]))


def test_dashboard_pages_downloads_hold_the_matched_rows_in_table_order(dash_store):
    at = run_app({"country": "IDN"}, "app_pages/events.py")
    table = at.dataframe[0].value
    assert len(table) == len(expected(dash_store, Filters(countries=("IDN",)))) == 3
    csv = pd.read_csv(io.BytesIO(downloaded(at, "events.csv", dash_store)), dtype=str,
                      keep_default_na=False)
    assert list(csv["event_id"]) == list(table["event_id"])  # same rows, same order
    for column in ("event_type", "trigger", "sentence", "outlet"):
        assert list(csv[column]) == table[column].fillna("").astype(str).tolist(), column
    # The table labels each actor with its role; the file keeps the name and the flag apart.
    for side in ("source", "target"):
        labels, names = table[f"{side}_actor"], csv[f"{side}_actor"]
        assert all(label.startswith(name) for label, name in zip(labels, names)), side
        assert [label.endswith("(inferred)") for label in labels] == [
            flag.lower() == "true" for flag in csv[f"{side}_actor_inferred"]]
    assert list(csv["event_date"]) == [str(d) if pd.notna(d) else "" for d in table["event_date"]]
    assert [float(c) for c in csv["confidence"]] == table["confidence"].tolist()
    lines = downloaded(at, "events.jsonl", dash_store).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == list(table["event_id"])


def test_dashboard_pages_parquet_download_is_the_command_lines_file_in_table_order(dash_store, tmp_path):
    import pyarrow.parquet as pq

    from extraction.store.export import write_filtered

    at = run_app({"country": "IDN"}, "app_pages/events.py")
    table = at.dataframe[0].value
    got = pq.read_table(io.BytesIO(downloaded(at, "events.parquet", dash_store)))
    assert got.column("event_id").to_pylist() == list(table["event_id"])
    write_filtered(dash_store, Filters(countries=("IDN",)), "parquet", tmp_path / "cli.parquet")
    cli = pq.read_table(tmp_path / "cli.parquet")
    assert got.schema == cli.schema and got.sort_by("event_id").equals(cli.sort_by("event_id"))


def test_dashboard_pages_events_table_shows_a_page_and_downloads_every_row(dash_store, monkeypatch):
    monkeypatch.setattr(queries, "PAGE_ROWS", 2)
    at = run_app(page="app_pages/events.py")
    assert len(at.dataframe[0].value) == 2 and "Events 1–2 of the 7 that match" in texts(at)
    csv = pd.read_csv(io.BytesIO(downloaded(at, "events.csv", dash_store)), dtype=str)
    assert len(csv) == 7  # every matched event, newest first like the table
    assert list(csv["event_id"][:2]) == list(at.dataframe[0].value["event_id"])


@pytest.mark.parametrize("page, rows", [(2, slice(2, 4)), (4, slice(6, 7))])
def test_dashboard_pages_events_page_number_shows_the_next_older_rows(dash_store, monkeypatch,
                                                                        page, rows):
    monkeypatch.setattr(queries, "PAGE_ROWS", 2)
    at = run_app(page="app_pages/events.py")
    assert at.number_input[0].max == 4  # 7 events, 2 a page
    at.number_input[0].set_value(page).run()
    assert not at.exception, at.exception
    csv = pd.read_csv(io.BytesIO(downloaded(at, "events.csv", dash_store)), dtype=str)
    assert list(at.dataframe[0].value["event_id"]) == list(csv["event_id"][rows])
    first = rows.start + 1
    assert f"Events {first}–{rows.stop} of the 7 that match" in texts(at)


def test_dashboard_pages_download_route_streams_with_the_url_filters(dash_store, monkeypatch):
    import asyncio

    from starlette.requests import Request

    async def fetch(path: str, query: bytes) -> tuple[int, dict, bytes]:
        scope = {"type": "http", "method": "GET", "path": f"/download/{path}", "query_string": query,
                 "headers": [], "path_params": {"name": path}}
        response = await download.events_download(Request(scope))
        body = b""
        if hasattr(response, "body_iterator"):
            async for chunk in response.body_iterator:
                body += chunk if isinstance(chunk, bytes) else chunk.encode()
        else:
            body = response.body
        return response.status_code, dict(response.headers), body

    status, headers, body = asyncio.run(fetch("events.jsonl", b"country=JPN&role=target"))
    assert status == 200 and "attachment" in headers["content-disposition"]
    ids = {json.loads(line)["id"] for line in body.decode().splitlines()}
    assert ids == set(expected(dash_store, Filters(countries=("JPN",), country_role="target"))["event_id"])
    assert asyncio.run(fetch("../../etc/passwd", b""))[0] == 404


def xss_event_id(db) -> str:
    events = read_tables(db).events
    return events.loc[events["sentence"] == XSS_SENTENCE, "event_id"].iloc[0]


@pytest.mark.parametrize("page", ["app_pages/events.py", "app_pages/timeline.py", "app_pages/actors.py"])
def test_dashboard_pages_markup_in_the_data_is_shown_as_text(dash_store, page):
    at = run_app({"event": xss_event_id(dash_store)}, page)
    assert not at.get("html")  # nothing is ever rendered as HTML
    shown = texts(at)
    # The sentence, escaped, highlighted, its trigger ("img") in bold.
    assert ":orange-background[\\<**img** src\\=x onerror\\=alert\\(1\\)\\>]" in shown
    assert "<img" not in shown.replace("\\<img", "")
    assert "](javascript" not in shown and "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" not in shown.replace("\\\\", "")
    # A javascript: URL never becomes a link (the only links are the page's downloads).
    assert all(b.proto.url.startswith("download/") for b in at.get("link_button"))
    assert "javascript:alert(1)" in [e.value for e in at.text]
    fields = next(d.value for d in at.dataframe if "field" in d.value.columns)
    assert "[click](javascript:alert(1))" in set(fields["value"])  # raw text in a data grid


def test_dashboard_pages_detail_shows_evidence_fields_cluster_and_link(dash_store):
    events = read_tables(dash_store).events
    call = events[(events["event_type"] == "phone_call") & (events["outlet"] == "kompas.com")].iloc[0]
    at = run_app({"event": call["event_id"]}, "app_pages/events.py")
    article = next(m.value for m in at.markdown if ":orange-background[" in m.value)
    assert "**menelepon**" in article or "**berbicara lewat telepon**" in article
    fields = at.dataframe[1].value.set_index("field")["value"]
    assert fields["cameo_code"].startswith("041 · ") and fields["quad_class"] == "1 · Verbal cooperation"
    assert fields["source_country"] == "Indonesia (IDN)"
    reports = at.dataframe[2].value
    assert len(reports) == 1 and reports["event_id"].iloc[0] != call["event_id"]
    assert any(b.proto.url.startswith("https://kompas.com/") for b in at.get("link_button"))
    at.button(key=f"close-{call['event_id']}").click().run()
    assert "event" not in at.query_params and len(at.dataframe) == 1


# ---------------------------------------------------------------- actors


def chart_ids(at: AppTest) -> set[str]:
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {row[0] for trace in chart["data"] for row in trace["customdata"]}


def test_dashboard_pages_actors_lists_the_most_active_and_shows_one_actors_timeline(dash_store):
    at = run_app(page="app_pages/actors.py")
    actors = at.dataframe[0].value
    assert list(actors["actor"][:2]) == ["Yoko Kamikawa", "Retno Marsudi"]
    top = actors.iloc[0]
    assert (top["events"], top["as_source"], top["as_target"], top["inferred"]) == (3, 1, 2, 1)
    assert top["roles"] == "Foreign minister" and top["country"] == "Japan (JPN)"
    assert top["top_classes"] == "Phone call (2), Agree (1)"
    # The most active actor is shown first: its dated events on the chart, all in its table.
    assert at.selectbox(key="ac_actor").value == "Yoko Kamikawa"
    events = read_tables(dash_store).events
    kamikawa = events[(events["source_actor"] == "Yoko Kamikawa") | (events["target_actor"] == "Yoko Kamikawa")]
    assert chart_ids(at) == set(kamikawa.dropna(subset=["event_date"])["event_id"])
    table = at.dataframe[1].value
    assert set(table["event_id"]) == set(kamikawa["event_id"])
    assert "Yoko Kamikawa · Foreign minister (inferred)" in set(table["source_actor"])
    # Another actor; then the sidebar's actor filter takes its name and keeps its events.
    at.selectbox(key="ac_actor").set_value("Retno Marsudi").run()
    assert len(at.dataframe[1].value) == 2 and "Retno Marsudi" in [s.value for s in at.subheader]
    at.button(key="ac_filter").click().run()
    assert at.multiselect(key="f_actors").value == ["Retno Marsudi"]
    assert at.query_params["actor"] == "Retno Marsudi"
    assert at.dataframe[0].value.set_index("actor").loc["Retno Marsudi", "events"] == 2
    at.switch_page("app_pages/overview.py").run()
    assert events_metric(at) == 2


def test_dashboard_pages_regression_timelines_left_undated_events_unsaid(dash_store):
    # The Timeline and an actor's timeline drew the dated events only and did not say so: an
    # actor with 3 events showed 2 markers and no word of the third.
    undated = "1 event(s) have no date and are not on the timeline."
    assert undated in texts(run_app(page="app_pages/timeline.py"))
    at = run_app(page="app_pages/actors.py")
    assert at.selectbox(key="ac_actor").value == "Yoko Kamikawa"  # 3 events, 1 undated
    assert undated in texts(at)
    at.selectbox(key="ac_actor").set_value("Retno Marsudi").run()  # both dated
    assert "no date" not in texts(at)
    assert "1 peristiwa tidak bertanggal" in texts(run_app({"ui": "id"}, "app_pages/timeline.py"))


def test_dashboard_pages_actors_cap_one_actors_timeline_and_table(dash_store, monkeypatch):
    # Kamikawa has 3 events: above both caps, the page counts per week and says how many of
    # the newest it lists.
    monkeypatch.setattr(queries, "ACTOR_TIMELINE_LIMIT", 2)
    monkeypatch.setattr(queries, "ACTOR_TABLE_LIMIT", 1)
    at = run_app(page="app_pages/actors.py")
    shown = texts(at)
    assert "3 events: too many to draw one by one (the limit is 2)" in shown
    assert "The newest 1 of its 3 events" in shown
    assert len(at.dataframe[1].value) == 1


def test_dashboard_pages_actors_table_keeps_the_newest_of_a_drawn_timeline(dash_store, monkeypatch):
    # Kamikawa's 3 events are drawn one by one, and her table lists the newest of them only.
    monkeypatch.setattr(queries, "ACTOR_TABLE_LIMIT", 1)
    at = run_app(page="app_pages/actors.py")
    assert "The newest 1 of its 3 events" in texts(at)
    assert "too many to draw" not in texts(at)
    assert len(at.dataframe[1].value) == 1
    assert len(chart_ids(at)) == 2  # her two dated events, each a marker


def test_dashboard_pages_actors_follow_the_filters_and_the_language(dash_store):
    at = run_app({"type": "agree", "ui": "id"}, "app_pages/actors.py")
    assert at.title[0].value == "Aktor"
    assert list(at.dataframe[0].value["actor"]) == ["Cho Tae-yul", "Yoko Kamikawa"]  # 1 event each, by name
    assert at.selectbox(key="ac_actor").value == "Cho Tae-yul"
    assert not at.get("plotly_chart")[0].proto.spec or not chart_ids(at)  # its one event has no date
    assert set(at.dataframe[1].value["target_actor"]) == {"Cho Tae-yul · Menteri luar negeri (disimpulkan)"}
    # The chosen actor stays while the filters keep it, else the most active listed is shown.
    at.selectbox(key="ac_actor").set_value("Yoko Kamikawa").run()
    at.multiselect(key="f_types").set_value(["phone_call"]).run()
    assert at.selectbox(key="ac_actor").value == "Yoko Kamikawa"
    at.multiselect(key="f_types").set_value(["attack"]).run()
    assert at.selectbox(key="ac_actor").value == "Russian forces"
    at.multiselect(key="f_countries").set_value(["JPN"]).run()
    at.button_group(key="f_role").set_value("source").run()
    assert "Tidak ada peristiwa yang cocok" in texts(at) and not at.exception


def test_dashboard_pages_actors_page_shows_a_hostile_name_as_text(dash_store):
    from conftest import XSS_ACTOR

    at = run_app(page="app_pages/actors.py")
    at.selectbox(key="ac_actor").set_value(XSS_ACTOR).run()
    assert not at.exception and not at.get("html")
    assert at.subheader[0].value == "\\[click\\]\\(javascript\\:alert\\(1\\)\\)"
    assert len(at.dataframe[1].value) == 1


def test_dashboard_pages_detail_shows_actor_role_and_inferred_never_none(dash_store):
    events = read_tables(dash_store).events
    agreement = events.loc[events["event_type"] == "agree", "event_id"].iloc[0]
    at = run_app({"event": agreement}, "app_pages/events.py")
    fields = next(d.value for d in at.dataframe if "field" in d.value.columns).set_index("field")["value"]
    assert fields["source_actor"] == "Yoko Kamikawa · Foreign minister (inferred)"
    assert fields["target_actor"] == "Cho Tae-yul · Foreign minister (inferred)"
    assert "source_role" not in fields and "None" not in set(fields) and "nan" not in set(fields)
    assert "None" not in set(at.dataframe[0].value.drop(columns=["event_date", "confidence"]).to_numpy().ravel())


# ---------------------------------------------------------------- add articles


def test_dashboard_pages_add_articles_ingests_and_lists_each_outcome(dash_store, monkeypatch):
    from store_fakes import fake_extract

    monkeypatch.setattr("extraction.store.scale._default_extractor", lambda: fake_extract)
    at = run_app(page="app_pages/add_articles.py")
    at.file_uploader(key="add_files").upload("broken.json", b'{"text": "unterminated',
                                             "application/json")
    at.text_area(key="add_text").input("EVENT meet IDN CHN 2024-07-15")
    at.text_input(key="add_outlet").input("pasted.example")
    at.button[0].click().run()
    assert not at.exception, at.exception
    outcome = at.dataframe[0].value
    assert list(outcome["status"]) == ["error", "events"]
    assert "JSON" in outcome["reason"].iloc[0] and outcome["n_events"].tolist() == [0, 1]
    assert "1 new event" in texts(at)
    # The new event is there at once, on every page.
    at.switch_page("app_pages/overview.py").run()
    assert events_metric(at) == 8
    assert "pasted.example" in at.multiselect(key="f_outlets").options


def test_dashboard_pages_add_articles_with_nothing_chosen_says_so(dash_store):
    at = run_app(page="app_pages/add_articles.py")
    at.button[0].click().run()
    assert "Choose a file or paste some text first" in texts(at)


def test_dashboard_pages_page_icon_needs_no_request_off_the_machine():
    # Regression: page_icon=":material/public:" made every browser fetch the favicon from
    # fonts.gstatic.com. An emoji becomes an inline SVG; a URL or Material name would not.
    import ast
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "dashboard" / "app.py").read_text()
    icons = [node.value.value for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PAGE_ICON"]
    assert icons and not icons[0].startswith((":", "http")) and "/" not in icons[0]
    assert "page_icon=PAGE_ICON" in source


def test_dashboard_pages_start_rebuilds_clusters_a_killed_ingest_left_stale(tmp_path, monkeypatch):
    from store_fakes import fake_article, write_unclustered_store

    db = tmp_path / "killed.duckdb"
    write_unclustered_store(db, [fake_article(i, "EVENT meet IDN SGP 2024-01-02") for i in range(2)])
    monkeypatch.setenv("EVENTS_DB", str(db))
    assert read_tables(db).clusters.empty
    run_app()
    assert read_tables(db).clusters.num_articles.tolist() == [2]
