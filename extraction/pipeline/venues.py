"""The state a place in a clause stands for: a venue named after a verb or before it, the
state people were held in, an envoy's posting, the owner of a passive's subject, the state
of "the warring parties in Sudan", and agents nobody names. Small tests on a sentence's
parties, shared by the party rules of verbs and of nouns."""
from __future__ import annotations

from .actors import Actor, posting_state
from .noun_phrase import marker_right_after
from .text import says, spaced

# Words between an appeal and its "all parties", and between those and the state they are in
# ("urged all the warring parties in Sudan").
SIDES_REACH = 2

# How far after "terhadap"/"on" a place may still say where a non-state target was hit
# ("terhadap Rumah Sakit Indonesia di Beit Lahia, Jalur Gaza" is seven words).
PLACE_REACH = 8


def place_after(s, pos, right, reach: int | None = 2) -> list[Actor] | None:
    """The first venue within `reach` words after `pos`; with no reach, the first place named
    anywhere after it in the sentence, venue or not ("ditangkap saat memancing ikan di
    perairan Pulau Laut, Kepulauan Riau")."""
    place = next((a for a in s.actors if pos <= a.start < right and a.country
                  and (a.locative if reach is not None else not (a.role or a.name or a.oblique))
                  and (reach is None or s.words_between(pos, a.start) <= reach)), None)
    return [place] if place else None


def named_venue_state(s, pos, reach) -> list[Actor] | None:
    """"di Istana Negara Malaysia": the state that ends a venue's proper name after a place
    word within `reach` words of `pos`."""
    mark = next((m for m in s.markers if m.kind == "locative" and pos <= m.start
                 and s.words_between(pos, m.start) <= reach), None)
    if mark is None:
        return None
    place = next((a for a in s.actors if a.start >= mark.end and a.country), None)
    if place is None:
        return None
    between = s.text[mark.end:place.start].split()
    return [place] if between and all(w[:1].isupper() for w in between) else None


def place_before(s, left, trig, agent) -> list[Actor] | None:
    """The last venue before the trigger in its clause that is not the agent's own state
    ("di perairan Malaysia, kapal itu ditangkap oleh ..."): where a passive act happened."""
    own = {a.country for a in agent}
    place = next((a for a in reversed(s.actors) if left <= a.start and a.end <= trig.start
                  and a.locative and a.country and a.country not in own
                  and not (a.role or a.name)), None)
    return [place] if place else None


def posted_in(s, envoy, trig, possessive=()) -> list[Actor] | None:
    """Where an envoy is posted: the state inside its phrase ("ambassador to Bamako") or named
    right after it, before the verb ("Duta Besar Prancis di Bamako dipanggil"), past the word
    that says whose envoy it is ("dubes mereka untuk Spanyol")."""
    if envoy.posting:
        return list(posting_state(envoy))
    owner = s.folded[envoy.end:trig.start].split()[:1]
    reach = 2 if owner and owner[0] in possessive else 1
    return next(([a] for a in s.actors if envoy.end <= a.start and a.end <= trig.start
                 and a.country and a.country != envoy.country
                 and s.words_between(envoy.end, a.start) <= reach), None)


def holding_place(s, trig, released) -> list[Actor] | None:
    """"Americans who were detained in Venezuela have been released": the state they were held
    in released them."""
    own = {a.country for a in released}
    place = next((a for a in s.actors if a.locative and a.country and a.country not in own
                  and not a.role and a.end <= trig.start), None)
    return [place] if place else None


def warring_parties(s, pos, right) -> list[Actor]:
    """"called on the warring parties in Sudan", "pihak-pihak yang bertikai di Sudan": every
    side belongs to the state named right after (convention C25)."""
    m = warring_mark(s, pos, right)
    if m is None:
        return []
    place = next((a for a in s.actors if m.end <= a.start < right and a.country
                  and s.words_between(m.end, a.start) <= SIDES_REACH), None)
    return [place] if place else []


def warring_mark(s, pos, right):
    """The words for every side of a conflict ("all parties", "pihak-pihak yang bertikai")
    right after `pos`, if any."""
    return next((m for m in s.markers if m.kind == "warring_parties" and pos <= m.start < right
                 and s.words_between(pos, m.start) <= SIDES_REACH), None)


def unknown_agent(s, ctx, pos, right) -> bool:
    """"unidentified gunmen", "kelompok bersenjata tak dikenal": an agent nobody can name."""
    words = spaced(s.folded[pos:right].split()[:5])
    return says(words, ctx.words.get("unknown_agent", ()))


def genitive_owner(s, left, trig) -> list[Actor]:
    """The owner of a passive's subject ("a fighter jet of Ukraine", "milik Ukraina"): the
    party after "of"/"milik" in the clause before the verb."""
    owners = [a for a in s.actors if left <= a.start and a.end <= trig.start
              and a.oblique == "genitive" and a.country]
    return owners[-1:]


def hit_place(s, pos, right) -> list[Actor] | None:
    """"dilakukan AS dan Inggris terhadap sejumlah kota di Yaman": the place named after the
    target marker that follows the doer."""
    if not marker_right_after(s, pos, "target_mark"):
        return None
    return place_after(s, pos, right, reach=PLACE_REACH)
