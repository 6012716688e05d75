"""Shared pytest fixtures."""
import pytest

# ---------------------------------------------------------------- dashboard fixtures
# A small store built through the real ingest path: seven articles with one event each, two reports
# of one phone call (one cluster), an undated event, an organisation target (UN), and one
# article whose sentence, actor and URL are hostile markup. People carry their role; the
# Japan-Korea agreement names no one, so its foreign ministers are inferred (as the extractor
# does for a state whose story names its minister).
XSS_SENTENCE = "<img src=x onerror=alert(1)>"
XSS_ACTOR = "[click](javascript:alert(1))"

FOREIGN_MINISTERS = {"source_role": "foreign_minister", "target_role": "foreign_minister"}

DASH_ARTICLES = (
    # id, outlet, lang, published, text,
    # [(sentence, trigger, class, code, src, tgt, date, src actor, tgt actor[, actor fields])]
    ("a1", "kompas.com", "id", "2024-04-16",
     "JAKARTA - Menlu Retno Marsudi menelepon Menlu Jepang Yoko Kamikawa pada Senin.\n"
     "Keduanya membahas kerja sama maritim.",
     [("Menlu Retno Marsudi menelepon Menlu Jepang Yoko Kamikawa pada Senin.", "menelepon",
       "phone_call", "041", "IDN", "JPN", "2024-04-15", "Retno Marsudi", "Yoko Kamikawa", FOREIGN_MINISTERS)]),
    ("a2", "reuters.com", "en", "2024-04-16",
     "China condemned the United States over new tariffs on Tuesday. Beijing summoned the envoy.",
     [("China condemned the United States over new tariffs on Tuesday.", "condemned",
       "condemn", "111", "CHN", "USA", "2024-04-16", "Chinese government", "US government")]),
    ("a3", "reuters.com", "en", "2024-05-02",
     "Russian forces attacked Ukrainian positions near Kharkiv on Wednesday.",
     [("Russian forces attacked Ukrainian positions near Kharkiv on Wednesday.", "attacked",
       "attack", "190", "RUS", "UKR", "2024-05-01", "Russian forces", "Ukrainian forces")]),
    ("a4", "antaranews.com", "id", "2024-05-10",
     "Indonesia mengirim bantuan kemanusiaan ke Palestina pada Kamis.",
     [("Indonesia mengirim bantuan kemanusiaan ke Palestina pada Kamis.", "mengirim bantuan",
       "aid", "070", "IDN", "PSE", "2024-05-09", "Indonesian government", None)]),
    ("a5", "evil.example", "en", "2024-06-01", XSS_SENTENCE,
     [(XSS_SENTENCE, "img", "threaten", "130", "USA", "UN", "2024-06-01", XSS_ACTOR, None)]),
    ("a6", "kompas.com", "id", "2024-04-17",
     "Retno Marsudi dan Yoko Kamikawa berbicara lewat telepon.",
     [("Retno Marsudi dan Yoko Kamikawa berbicara lewat telepon.", "berbicara lewat telepon",
       "phone_call", "041", "IDN", "JPN", "2024-04-15", "Retno Marsudi", "Yoko Kamikawa", FOREIGN_MINISTERS)]),
    ("a7", "reuters.com", "en", "2024-07-01",
     "Japan and South Korea agreed to cooperate on energy.",
     [("Japan and South Korea agreed to cooperate on energy.", "agreed", "agree", "030",
       "JPN", "KOR", None, "Yoko Kamikawa", "Cho Tae-yul",
       {**FOREIGN_MINISTERS, "source_actor_inferred": True, "target_actor_inferred": True})]),
)


def _dash_articles():
    from extraction.model import Article

    url = {"a5": "javascript:alert(1)"}
    return [Article(text=text, id=aid, title=f"Story {aid}", url=url.get(aid, f"https://{outlet}/{aid}"),
                    source=outlet, published=published, lang=lang)
            for aid, outlet, lang, published, text, _ in DASH_ARTICLES]


def _dash_extract(article):
    """Events of a DASH_ARTICLES article, with true document offsets."""
    from extraction.model import Event
    from extraction.pipeline.codes import load_codes

    codes = load_codes()
    specs = {aid: events for aid, *_, events in DASH_ARTICLES}[article.id]
    out = []
    for sentence, trigger, kind, code, src, tgt, date, s_actor, t_actor, *actor_fields in specs:
        meaning = codes.get(code)
        start = article.text.index(sentence)
        t_start = article.text.index(trigger, start)
        out.append(Event(
            article_id=article.id, event_date=date, date_precision="day" if date else "unknown",
            date_basis="stated" if date else "",
            event_type=kind, cameo_code=code, plover_type=meaning.plover_type,
            plover_mode=meaning.plover_mode, quad_class=meaning.quad_class,
            goldstein=meaning.goldstein, source_country=src, source_actor=s_actor,
            target_country=tgt, target_actor=t_actor, location=None, language=article.lang,
            trigger=trigger, sentence=sentence, confidence=0.8, url=article.url,
            trigger_spans=((t_start, t_start + len(trigger)),), sentence_start=start,
            sentence_end=start + len(sentence), **(actor_fields[0] if actor_fields else {}),
        ))
    return out


def build_dash_store(db_path):
    """Write the DASH_ARTICLES store at `db_path` (used by the page and browser tests)."""
    from extraction.store.ingest import ingest

    ingest(_dash_articles(), db_path, extractor=_dash_extract)
    return db_path


@pytest.fixture
def dash_store(tmp_path, monkeypatch):
    """A populated store; the dashboard finds it through $EVENTS_DB."""
    db = build_dash_store(tmp_path / "dash.duckdb")
    monkeypatch.setenv("EVENTS_DB", str(db))
    return db


@pytest.fixture
def dash_empty_store(tmp_path, monkeypatch):
    """No store file at all: the dashboard must say it is empty."""
    db = tmp_path / "none.duckdb"
    monkeypatch.setenv("EVENTS_DB", str(db))
    return db


@pytest.fixture
def dash_con(dash_store):
    """A read-only connection to `dash_store`, as the dashboard's query layer gets one."""
    from extraction.store.read import reading

    with reading(dash_store) as con:
        yield con


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real headless Chromium (Playwright)")
    _hypothesis_profiles()


# Examples per property test scale with the profile's max_examples (100 in CI): the fuzz tests
# ask for a share of it (tests/test_fuzz.py), so one variable makes the long run longer.
FUZZ_LONG_EXAMPLES = 2000


def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    # CI: a fixed seed (derandomize) so a red build is reproducible, no per-example deadline on
    # a shared 2-core machine.
    settings.register_profile("ci", derandomize=True, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    # The longer run (README, "Reliability"): fresh random examples, 20x as many.
    settings.register_profile("fuzz-long", max_examples=FUZZ_LONG_EXAMPLES, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
