"""Terms of office in the people gazetteer and the lookup of an office's holder on a day."""
from collections import Counter
from datetime import date

import pytest

from extraction.pipeline.matcher import load_people
from extraction.pipeline.offices import Term, holder, load_offices, term_on, terms_of
from extraction.pipeline.text import fold

# The coverage the gazetteer promises: every holder of these offices from this day on.
COVERED_FROM = date(2015, 1, 1)
# Longest stretch an office may have no recorded holder. Real vacancies and caretaker spells
# (an impeached president's removal to the next election, a cabinet between two governments,
# a minister dismissed before a successor is named) run to about two months in the covered
# offices: the Philippines had no confirmed foreign secretary for 71 days in 2017, China no
# defence minister for 66 days in 2023, South Korea no prime minister for 63 days in 2025 and no
# president for 61 days in 2017 and in 2025; Lebanon's foreign ministry went 114 days with an
# acting minister in 2021. 120 days allows those and still catches a missing holder, whose term
# is almost always a year or more.
MAX_GAP_DAYS = 120

G20_STATES = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
              "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF")
ASEAN_STATES = ("BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM")
# States whose president heads the government: no separate head_of_government office.
PRESIDENTIAL = {"ARG", "BRA", "IDN", "MEX", "PHL", "USA", "ZAF"}
# Offices that exist only for part of the covered years: (first day, last day) to check.
OFFICE_WINDOWS = {
    ("TUR", "head_of_government"): (COVERED_FROM, date(2018, 7, 8)),  # abolished 2018-07-09
    ("MMR", "head_of_government"): (date(2016, 4, 6), None),  # the president's until then
    ("BDI", "head_of_government"): (date(2020, 6, 23), None),  # restored that day
}

# States of the real-news corpus (tests/data/real_news/gold.jsonl) beyond the G20 and ASEAN, by
# the offices whose holders are recorded without gaps since 2015. Left out, and why: Lebanon's
# presidency was vacant 2014-2016 and 2022-2025; Haiti has had no president since 2021;
# Switzerland's head of state is the Federal Council as a whole; Libya had rival governments in
# 2015; Afghanistan had no prime minister before the Taliban; Chad had no prime minister from
# 2018-05-03 to 2021-04-26 and Sudan no foreign minister from 2019-04-11 to 2019-09-08 (real
# vacancies longer than MAX_GAP_DAYS); the rest were not known reliably enough to write down
# (Colombia's foreign ministers since 2024, Moldova's prime ministers of 2015, Taiwan's,
# Kosovo's, Nigeria's and the Maldives' early foreign ministers; offices whose 2026 election
# or appointment the sources of the eighth session did not yet report: Peru's, Hungary's
# president and foreign minister, Estonia's president, Armenia's prime minister and foreign
# minister, Sweden's and Denmark's cabinet posts, Costa Rica's foreign minister, the Solomon
# Islands'; Papua New Guinea's, Vanuatu's and Tonga's foreign ministers).
REAL_NEWS_OFFICES = {
    "head_of_state": ("AFG", "ARE", "ARM", "AZE", "BDI", "BEL", "BFA", "BGD", "BGR", "BHR", "BLR",
                      "BOL", "CHL", "COD", "COL", "CRI", "CUB", "CZE", "DNK", "DOM", "DZA", "ECU",
                      "EGY", "ERI", "ESH", "ESP", "ETH", "GEO", "GMB", "GRC", "GUY", "IRL", "IRN",
                      "IRQ", "ISR", "JOR", "KEN", "LKA", "LTU", "LVA", "MAR", "MDA", "MDV", "MKD",
                      "MLI", "MOZ", "MWI", "NER", "NGA", "NLD", "NPL", "NZL", "OMN", "PAK", "PAN",
                      "POL", "PRK", "PSE", "QAT", "ROU", "RWA", "SDN", "SOM", "SRB", "SSD", "SVK",
                      "SWE", "SYR", "TCD", "TWN", "UGA", "UKR", "URY", "VEN", "XKX", "YEM"),
    "head_of_government": ("ARE", "AZE", "BDI", "BEL", "BFA", "BGD", "BGR", "BHR", "BLR", "COD",
                           "CUB", "CZE", "DNK", "DZA", "EGY", "ESP", "EST", "ETH", "GEO", "GRC",
                           "GUY", "HTI", "HUN", "IRL", "IRQ", "ISR", "JOR", "LBN", "LKA",
                           "LTU", "LVA", "MAR", "MKD", "MLI", "MOZ", "NER", "NLD", "NPL", "NZL",
                           "OMN", "PAK", "PNG", "POL", "PRK", "PSE", "QAT", "ROU", "RWA", "SOM",
                           "SRB", "SVK", "TON", "UKR", "VUT", "XKX", "YEM"),
    "foreign_minister": ("ARE", "AZE", "BDI", "BEL", "BFA", "BGD", "BHR", "BLR", "BOL", "CHE",
                         "CHL", "COD", "CUB", "CZE", "DOM", "DZA", "ECU", "EGY", "ERI", "ESP",
                         "EST", "ETH", "GMB", "GRC", "GUY", "IRL", "IRN", "IRQ", "ISR", "JOR",
                         "KEN", "LBN", "LKA", "LTU", "LVA", "MAR", "MKD", "MLI", "MOZ", "MWI",
                         "NER", "NLD", "NZL", "OMN", "PAK", "PAN", "POL", "PRK", "PSE", "QAT",
                         "RWA", "SOM", "SRB", "SSD", "SVK", "SYR", "TCD", "UGA", "UKR", "URY",
                         "VEN"),
    "defence_minister": ("UKR",),
}
# Timor-Leste joined ASEAN on 2025-10-26: its heads of state and government are covered, its
# ministers not yet.
NEWEST_ASEAN_OFFICES = (("TLS", "head_of_state"), ("TLS", "head_of_government"))
ORGANISATION_OFFICES = (("UN", "secretary_general"), ("NATO", "secretary_general"),
                        ("EU", "secretary_general"), ("EU", "foreign_minister"),
                        ("AU", "secretary_general"), ("ASEAN", "secretary_general"))


def _required_offices():
    offices = set(ORGANISATION_OFFICES) | set(NEWEST_ASEAN_OFFICES)
    for state in set(G20_STATES) | set(ASEAN_STATES):
        offices |= {(state, "head_of_state"), (state, "foreign_minister"),
                    (state, "defence_minister")}
        if state not in PRESIDENTIAL:
            offices.add((state, "head_of_government"))
    for role, states in REAL_NEWS_OFFICES.items():
        offices |= {(state, role) for state in states}
    return sorted(offices)


ROLES = {"head_of_state", "head_of_government", "supreme_leader", "foreign_minister",
         "defence_minister", "minister", "ambassador", "spokesperson", "secretary_general", "military_commander",
         "official", "leader"}
OFFICE_KEYS = {"country", "role", "start", "end", "acting"}
ALL_TERMS = [t for terms in load_offices().values() for t in terms]


def _term_id(term: Term) -> str:
    return f"{term.country}-{term.role}-{term.person}-{term.start}"


def _gaps(terms, first: date, last: date) -> list[tuple[date, date]]:
    """Stretches of [first, last] that no term covers."""
    gaps, covered_until = [], first
    for term in sorted(terms, key=lambda t: t.start):
        if term.start > covered_until:
            gaps.append((covered_until, term.start))
        if term.end is None:
            return [g for g in gaps if g[0] <= last]
        covered_until = max(covered_until, term.end)
    if covered_until <= last:
        gaps.append((covered_until, last))
    return [g for g in gaps if g[0] <= last]


def test_offices_fields_are_known_and_dates_parse():
    for person in load_people():
        for office in person.get("offices", ()):
            assert set(office) <= OFFICE_KEYS and {"country", "role", "start"} <= set(office), person["name"]
            assert office["role"] in ROLES, person["name"]
            # TOML dates load as datetime.date; a quoted date would load as a string.
            for key in ("start", "end"):
                assert key not in office or type(office[key]) is date, (person["name"], key)


@pytest.mark.parametrize("term", ALL_TERMS, ids=_term_id)
def test_offices_start_before_end(term):
    assert term.end is None or term.start < term.end


@pytest.mark.parametrize("office", sorted(load_offices()), ids="-".join)
def test_offices_holders_of_one_office_never_overlap(office):
    """A handover day (one term ends the day the next starts) is no overlap: terms run up to,
    not including, their end."""
    terms = load_offices()[office]
    for earlier, later in zip(terms, terms[1:]):
        assert earlier.end is not None and earlier.end <= later.start, (earlier, later)


def test_offices_every_alias_names_one_person():
    owners = {}
    for person in load_people():
        for alias in {fold(a) for a in (person["name"], *person.get("aliases", ()))}:
            assert owners.setdefault(alias, person["name"]) == person["name"], \
                f"{alias!r}: {owners[alias]} and {person['name']}"


def test_offices_every_person_has_one_entry():
    counts = Counter(p["name"] for p in load_people())
    assert [name for name, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("day", [date(year, month, 1) for year in range(2015, 2027) for month in (1, 7)],
                         ids=str)
def test_offices_one_holder_per_office_on_a_day(day):
    for office, terms in load_offices().items():
        assert sum(t.covers(day) for t in terms) <= 1, (office, day)


@pytest.mark.parametrize("country, role, day, expected", [
    ("USA", "head_of_state", "2019-06-01", "Donald Trump"),
    ("USA", "head_of_state", "2022-06-01", "Joe Biden"),
    ("USA", "head_of_state", "2026-06-01", "Donald Trump"),
    ("IDN", "head_of_state", "2023-06-01", "Joko Widodo"),
    ("IDN", "head_of_state", "2025-06-01", "Prabowo Subianto"),
    ("JPN", "head_of_government", "2021-06-01", "Yoshihide Suga"),
    ("JPN", "head_of_government", "2023-06-01", "Fumio Kishida"),
    ("IDN", "foreign_minister", "2020-01-01", "Retno Marsudi"),
    ("IDN", "foreign_minister", "2025-01-01", "Sugiono"),
    ("GBR", "foreign_minister", "2016-01-01", "Philip Hammond"),
    ("GBR", "foreign_minister", "2017-01-01", "Boris Johnson"),
    ("UN", "secretary_general", "2016-06-01", "Ban Ki-moon"),
    ("UN", "secretary_general", "2020-06-01", "António Guterres"),
    # office holders of 2009-2014, for older reports (archive.toml)
    ("IRN", "head_of_state", "2012-06-01", "Mahmoud Ahmadinejad"),
    ("USA", "foreign_minister", "2011-06-01", "Hillary Clinton"),
    ("CHN", "head_of_state", "2011-06-01", "Hu Jintao"),
    ("EU", "foreign_minister", "2012-06-01", "Catherine Ashton"),
    ("AFG", "head_of_state", "2012-06-01", "Hamid Karzai"),
])
def test_offices_holder_on_a_day(country, role, day, expected):
    assert holder(load_offices(), country, role, day) == expected


@pytest.mark.parametrize("day, expected", [
    (date(2021, 1, 19), "Donald Trump"),
    (date(2021, 1, 20), "Joe Biden"),  # the handover day belongs to the successor
])
def test_offices_handover_day_goes_to_the_successor(day, expected):
    assert holder(load_offices(), "USA", "head_of_state", day) == expected


@pytest.mark.parametrize("country, role, day", [
    ("LBN", "head_of_state", "2023-06-01"),  # vacant from 2022-10-31 to 2025-01-09
    ("USA", "head_of_state", "1990-01-01"),  # before the gazetteer's terms
    ("USA", "head_of_government", "2022-06-01"),  # no such office in a presidential system
    ("XXX", "head_of_state", "2022-06-01"),
])
def test_offices_holder_none_when_no_one_held_it(country, role, day):
    assert holder(load_offices(), country, role, day) is None


def test_offices_lookup_reads_the_entries_it_is_given():
    people = [
        {"name": "A", "offices": [{"country": "ZZZ", "role": "head_of_state",
                                   "start": date(2010, 1, 1), "end": date(2020, 1, 1)}]},
        {"name": "B", "offices": [{"country": "ZZZ", "role": "head_of_state",
                                   "start": date(2020, 1, 1), "acting": True}]},
        {"name": "C"},
    ]
    offices = terms_of(people)
    assert holder(offices, "ZZZ", "head_of_state", date(2015, 5, 5)) == "A"
    assert holder(offices, "ZZZ", "head_of_state", "2024-05-05") == "B"
    assert term_on(offices, "ZZZ", "head_of_state", "2024-05-05").acting
    assert holder(offices, "ZZZ", "head_of_state", "2009-12-31") is None


def test_offices_a_person_may_hold_several_offices_in_turn():
    terms = [t for t in ALL_TERMS if t.person == "Prabowo Subianto"]
    assert [(t.role, t.start) for t in sorted(terms, key=lambda t: t.start)] == [
        ("defence_minister", date(2019, 10, 23)), ("head_of_state", date(2024, 10, 20))]


@pytest.mark.parametrize("office", _required_offices(), ids="-".join)
def test_offices_coverage_has_no_long_gap(office):
    first, last = OFFICE_WINDOWS.get(office, (COVERED_FROM, None))
    last = last or date.today()
    long_gaps = [(a, b) for a, b in _gaps(load_offices().get(office, ()), first, last)
                 if (b - a).days > MAX_GAP_DAYS]
    assert long_gaps == [], f"{office}: no holder recorded in {long_gaps}"
