"""The ``claim_people`` component and the shared people registry.

``doc._.people`` is a list of plain dicts, one per person the article names::

    {"name": "Sung-Yoon Lee",        # fullest name in the article, no titles
     "titles": ["Dr."],               # titles seen with any mention
     "gender": "male" | "female" | None,
     "mentions": [[start, end], ...]} # char spans of every mention (title included)

The component builds it from PERSON entities and title-led names (``Dr. Lee``), merging
``Sung-Yoon Lee``, ``Dr. Lee`` and ``Lee`` into one person; later components read and
extend it through :func:`get_registry` (``resolve``, ``person_at``, ``add``,
``nearest_before``).

* NER spans are repaired: possessives, leading function and role words
  ("Conservationists Ana Lopez"), a missed first name ("singer Carly Simon" tagged
  "Simon") or hyphenated rest ("Kim Min-seok" tagged "Kim Min"); phrases and places the
  NER took for people are dropped (``people_not_names.txt``, ``people_name_particles.txt``).
* Bare surnames the NER left untagged are added as mentions (``Lee said``); a surname
  shared by two people goes to the one mentioned most recently. Names are compared
  without diacritics (``Garcia`` is ``Ana García``, the first full spelling is kept) and
  without a hyphenated particle (``Rashidi`` is ``Nouri al-Rashidi``, ``Bin Salman`` is
  ``Mohammed bin Salman``); a lone first name that is a verb's subject joins its person
  (also when the NER typed it a one-word organisation), but a first name two people
  share links to neither;
  ``his brother, Sultan,`` (or ``his brother Sultan insulted``) makes even a title word a
  name, at its lone subject, object and list uses too.
* A PERSON the NER finds right after an organisation noun (``the charity Hope Relief``,
  ``a group called Streetwatch``) is that organisation at every mention; ``Name Ní/Nic/Ó
  Name`` is a person whatever the label (``people_capital_particles.txt``); a slogan verb
  inside quotation marks opens no name (``"Boycott X now!"``, ``people_slogan_verbs.txt``);
  ``the Pride's`` is never a surname mention. A one-word name with an apposition that
  describes an organisation (``Korvex, the plant's operator``; ``people_org_appositions.txt``)
  is an organisation everywhere, and ``add`` refuses it later too.
* Gender comes only from reliable evidence: titles (Mr., Ms.), gendered role or kin nouns
  next to a name ("spokeswoman X", "X, the father of", "his wife, X"), which decide alone,
  else a possessive/reflexive pronoun inside the person's own clause ("X said his staff",
  "X blamed herself"). Never from the subject pronoun of a later sentence or quote cue:
  the registry is what resolves that pronoun.
* ``add`` accepts sloppy spans ("economist at the Bank of X Jane Roe" -> "Jane Roe") and,
  when it upgrades a name to a fuller one, updates the affiliation claims already made.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import claims as _claims  # noqa: F401  (registers doc._.people)
from .base import RulePipe
from .claims import doc_ents, doc_text, doc_tokens, reset_doc_caches
from .lexicon import data_path, read_lexicon
from .spelling import edit_distance

# -- titles -------------------------------------------------------------------------------


@dataclass
class TitleTable:
    """Titles by their lower-cased word tuple (trailing periods dropped)."""

    forms: dict[tuple[str, ...], str] = field(default_factory=dict)  # key -> title as written
    gender: dict[tuple[str, ...], str] = field(default_factory=dict)
    lead: set[tuple[str, ...]] = field(default_factory=set)
    max_len: int = 1

    @classmethod
    def from_entries(cls, entries: list[str]) -> TitleTable:
        table = cls()
        for entry in entries:
            title, *flags = [p.strip() for p in entry.split("|")]
            key = tuple(word_key(w) for w in title.split())
            if not key:
                continue
            table.forms[key] = title
            for flag in flags:
                if flag in ("male", "female"):
                    table.gender[key] = flag
                elif flag == "lead":
                    table.lead.add(key)
            table.max_len = max(table.max_len, len(key))
        return table

    def is_title(self, words: list[str] | tuple[str, ...]) -> bool:
        return tuple(word_key(w) for w in words) in self.forms

    def gender_of(self, titles: list[str]) -> str | None:
        for t in titles:
            g = self.gender.get(tuple(word_key(w) for w in t.split()))
            if g:
                return g
        return None


_TITLES: TitleTable | None = None
#: NER labels of spans that name no person
NOT_PERSON_ENTS = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_PARTICLES: set[str] | None = None


def particles() -> set[str]:
    """Lower-case words allowed inside names (the component's lexicon; packaged default)."""
    global _PARTICLES
    if _PARTICLES is None:
        _PARTICLES = {w.lower() for w in read_lexicon(data_path("people_name_particles.txt"))}
    return _PARTICLES


def title_table() -> TitleTable:
    """The title table in use (the component's lexicon; the packaged file by default)."""
    global _TITLES
    if _TITLES is None:
        _TITLES = TitleTable.from_entries(read_lexicon(data_path("titles.txt")))
    return _TITLES


# -- name strings -----------------------------------------------------------------------

_POSSESSIVE = re.compile(r"(?:['’‘`]s|['’])$")
_EDGE_PUNCT = ',;:!?"“”()[]{}'
_NAMEWORD = re.compile(r"^[^\W\d_][\w.'’\-]*$")


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Comparison key of a name word: lower case, no trailing period, straight apostrophes,
    no diacritics ("García" and "Garcia" are one name)."""
    key = word.lower().rstrip(".").replace("’", "'")
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return key


_PREFIXES: set[str] | None = None


def surname_prefixes() -> set[str]:
    """Particles hyphenated before a surname ("al-" of "al-Rashidi") (packaged default)."""
    global _PREFIXES
    if _PREFIXES is None:
        _PREFIXES = {word_key(w) for w in read_lexicon(data_path("people_surname_prefixes.txt"))}
    return _PREFIXES


def _strip_prefix(key: str) -> str:
    """``al-maliki`` -> ``maliki``: a surname compared without its hyphenated particle."""
    head, sep, rest = key.partition("-")
    if sep and len(rest) >= 3 and head in surname_prefixes() and rest[:1].isalpha():
        return rest
    return key


def split_name(text: str, titles: TitleTable | None = None) -> tuple[list[str], list[str]]:
    """``"Dr. Sung-Yoon Lee's"`` -> (``["Sung-Yoon", "Lee"]``, ``["Dr."]``): name words
    without possessive, edge punctuation or leading titles, and the titles removed."""
    titles = titles or title_table()
    words = [w.strip(_EDGE_PUNCT) for w in text.split()]
    words = [w for w in words if w]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
        words = [w for w in words if w]
    found: list[str] = []
    i = 0
    while i < len(words) - 1:  # keep at least one word as the name
        for n in range(min(titles.max_len, len(words) - 1 - i), 0, -1):
            key = tuple(word_key(w) for w in words[i : i + n])
            if key in titles.forms:
                found.append(" ".join(words[i : i + n]))
                i += n
                break
        else:
            break
    # "Mayor of Springfield Jane Roe" leaves "of ...": function words start no name
    while i < len(words) - 1 and words[i] in ("of", "the", "for", "and", "at", "in", "to"):
        i += 1
    return words[i:], found


_NAME_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}
_NAME_KEYS_TABLES: tuple[Any, Any] = (None, None)


def name_keys(words: list[str]) -> tuple[str, ...]:
    """Comparison keys of a name's words, without a generational suffix ("Jr."). Memoised
    (a pure function of the words and the name tables in use; the memo is emptied when
    another component's tables are activated)."""
    global _NAME_KEYS_TABLES
    tables = (name_suffixes(), surname_prefixes())
    if _NAME_KEYS_TABLES[0] is not tables[0] or _NAME_KEYS_TABLES[1] is not tables[1]:
        _NAME_KEYS.clear()
        _NAME_KEYS_TABLES = tables
    key = tuple(words)
    found = _NAME_KEYS.get(key)
    if found is None:
        found = _NAME_KEYS[key] = _name_keys(key)
    return found


def _name_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    keys = tuple(word_key(w.rstrip(",")) for w in words)
    while len(keys) > 1 and keys[-1] in name_suffixes():
        keys = keys[:-1]
    # "Nouri al-Rashidi" is "Rashidi"
    return (*keys[:-1], _strip_prefix(keys[-1])) if keys else keys


_SUFFIXES: set[str] | None = None


def name_suffixes() -> set[str]:
    global _SUFFIXES
    if _SUFFIXES is None:
        _SUFFIXES = {word_key(w) for w in read_lexicon(data_path("people_name_suffixes.txt"))}
    return _SUFFIXES


def match_score(query: tuple[str, ...], name: tuple[str, ...]) -> int:
    """How well a name (word keys) refers to a registered name: 4 identical, 3 same first
    and last word (one is fuller), 2 a lone surname, 1 a lone first name, 0 no match."""
    if not query or not name:
        return 0
    if query == name:
        return 4
    if len(query) > 1 and len(name) > 1:
        if query[0] == name[0] and query[-1] == name[-1]:
            return 3
        # "Bin Salman" for "Mohammed bin Salman", "Van Gogh" for "Vincent van Gogh": a
        # surname with its particle
        short, long_ = (query, name) if len(query) < len(name) else (name, query)
        if short[0] in particles() and long_[-len(short) :] == short:
            return 2
        return 0
    short, long_ = (query, name) if len(query) == 1 else (name, query)
    if short[0] == long_[-1]:
        return 2
    if short[0] == long_[0]:
        return 1
    # "President Yusuf" for "Abdullahi Yusuf Ahmed", "García" for "Gabriel García Márquez":
    # a lone word that is a middle name (not an initial) of a three-word name
    if len(long_) >= 3 and short[0] in long_[1:-1] and len(short[0].rstrip(".")) > 1:
        if short[0] not in particles():
            return 1
    return 0


_QUOTE_CHARS = re.compile('[\n“”"]')


@functools.lru_cache(maxsize=4)
def quoted_regions(text: str):
    """A predicate telling whether a char offset lies inside quotation marks (curly pairs,
    straight marks toggling; a paragraph break closes an open mark). Several components
    ask for the same document's regions: the last few texts are remembered."""
    bounds: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_CHARS.finditer(text):  # (other characters change nothing)
        i, ch = m.start(), m.group()
        if ch == "\n" and open_at >= 0 and text[i + 1 : i + 2] == "\n":
            bounds.append((open_at, i))
            open_at = -1
        elif ch == "“" or (ch == '"' and open_at < 0):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at >= 0:
            bounds.append((open_at, i))
            open_at = -1
    starts = [b[0] for b in bounds]

    def inside(pos: int) -> bool:
        k = bisect_left(starts, pos) - 1
        return k >= 0 and bounds[k][0] < pos < bounds[k][1]

    return inside


# -- the registry view ------------------------------------------------------------------


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one letter inserted, deleted or replaced, not the
    first one (``rossi`` / ``rosi``, ``kowalski`` / ``kowalsky``)."""
    return a != b and a[:1] == b[:1] and edit_distance(a, b, 1) == 1


def _camel(word: str) -> bool:
    """CamelCase brand spelling: "PetroVane", "SoftBank"."""
    return len(word) > 2 and word[0].isupper() and any(c.isupper() for c in word[1:]) and any(
        c.islower() for c in word
    )


# doc.user_data key: one-word names claim_people found to be organisations
ORG_NAMES_KEY = "people_org_names"


class PeopleRegistry:
    """A view over ``doc._.people`` (cheap to create; writes go straight to the list)."""

    def __init__(self, doc: Doc) -> None:
        if doc._.people is None:
            doc._.people = []
        self.doc = doc
        self.people: list[dict[str, Any]] = doc._.people

    # lookups ----------------------------------------------------------------------------
    def _best(self, keys: tuple[str, ...], pos: int | None = None) -> dict[str, Any] | None:
        best, best_rank = None, None
        # a lone first (or middle) name shared by two registered people ("Tom" after "Tom
        # Hale" and "Tom Baker") refers to neither: no guess by recency
        if len(keys) == 1 and sum(
                1 for p in self.people if len(p["name"].split()) > 1
                and match_score(keys, name_keys(p["name"].split())) == 1) > 1 and not any(
                match_score(keys, name_keys(p["name"].split())) > 1 for p in self.people):
            return None
        for person in self.people:
            score = match_score(keys, name_keys(person["name"].split()))
            if not score:
                continue
            recency = 0
            if pos is not None:
                before = [s for s, _ in person["mentions"] if s <= pos]
                recency = max(before) if before else -1
            rank = (score, recency, len(person["mentions"]))
            if best_rank is None or rank > best_rank:
                best, best_rank = person, rank
        return best

    def resolve(self, name: str, pos: int | None = None) -> dict[str, Any] | None:
        """The person a name string refers to (titles and possessive stripped; full name,
        first+last, surname, first name), or None. ``pos`` breaks ties by recency."""
        words, _ = split_name(name)
        keys = name_keys(words)
        return self._best(keys, pos) if keys else None

    def person_at(self, start: int, end: int) -> dict[str, Any] | None:
        """The person with a mention overlapping ``[start, end)``, or None."""
        for person in self.people:
            for s, e in person["mentions"]:
                if s < end and start < e:
                    return person
        return None

    def nearest_before(self, pos: int, gender: str | None = None) -> dict[str, Any] | None:
        """The person mentioned most recently before ``pos``; with ``gender``, only people
        of that gender or of unknown gender."""
        best, best_start = None, -1
        for person in self.people:
            if gender and person.get("gender") not in (None, gender):
                continue
            for s, _ in person["mentions"]:
                if s < pos and s > best_start:
                    best, best_start = person, s
        return best

    # updates ----------------------------------------------------------------------------
    def add(
        self,
        name: str,
        start: int,
        end: int,
        titles: tuple[str, ...] | list[str] = (),
        *,
        trust_ner: bool = True,
    ) -> dict[str, Any]:
        """Register a mention of ``name`` at ``[start, end)``, merging with the person it
        refers to (by full name, first+last, surname or first name) or creating one.
        The merged person keeps the fullest name. Returns the person dict.

        With ``trust_ner`` (the default) a span the NER tagged wholly as an organisation,
        place or thing ("General Motors") is not registered: the returned dict names it
        as written but is no part of ``doc._.people``."""
        # a one-word name claim_people found to be an organisation ("Korvex, the plant's
        # operator"): never a person, whoever asks
        orgs = self.doc.user_data.get(ORG_NAMES_KEY) if self.doc.user_data else None
        if orgs and not self.person_at(start, end):
            key = tuple(word_key(w) for w in name.split())
            if key in orgs:
                return {"name": name.strip(), "titles": [], "gender": None, "mentions": [[start, end]]}
        if trust_ner and not self.person_at(start, end) and not self.resolve(name, start):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and all(t.ent_type_ in NOT_PERSON_ENTS for t in span if t.is_alpha):
                if any(t.is_alpha for t in span):
                    text = name.strip()
                    if text.lower().startswith("the "):
                        text = text[4:]
                    return {"name": text, "titles": [], "gender": None, "mentions": [[start, end]]}
        words, found = split_name(name)
        all_titles = list(titles) + found
        # "economist at the Bank of X Jane Roe" from a sloppy span: keep the trailing name
        cut = max(
            (
                k
                for k, w in enumerate(words)
                if not _is_name_word(w) and w.lower() not in particles()
            ),
            default=-1,
        )
        if 0 <= cut < len(words) - 1:
            words = words[cut + 1 :]
            all_titles = list(titles)  # titles before the cut belong to the phrase
            text = doc_text(self.doc)[start:end]
            k = text.rfind(" " + " ".join(words))
            if text.endswith(" ".join(words)) and k >= 0:
                start += k + 1  # the mention covers the name only
        keys = name_keys(words)
        person = self._best(keys, start) if keys else None
        rename = True
        if person is None and len(keys) > 2:
            # "Central Europe Jane Roe" ends with a registered full name: that person
            for p in self.people:
                pk = name_keys(p["name"].split())
                if len(pk) > 1 and keys[-len(pk) :] == pk:
                    person, rename = p, False
                    tail = " ".join(words[-len(pk) :])
                    text = doc_text(self.doc)[start:end]
                    if text.endswith(" " + tail):
                        start = end - len(tail)  # the mention covers the name only
                    break
        if person is None:
            person = {
                "name": " ".join(words) or name.strip(),
                "titles": [],
                "gender": None,
                "mentions": [],
            }
            self.people.append(person)
        elif rename and len(words) > len(person["name"].split()):
            old, person["name"] = person["name"], " ".join(words)
            # affiliation claims already made for this person follow the fuller name
            for claim in self.doc._.claims or ():
                if claim.get("type") == "affiliation" and claim.get("person") == old:
                    claim["person"] = person["name"]
        for t in all_titles:
            if t not in person["titles"]:
                person["titles"].append(t)
        if [start, end] not in person["mentions"]:
            person["mentions"].append([start, end])
            person["mentions"].sort()
        if person.get("gender") is None:
            person["gender"] = title_table().gender_of(person["titles"])
        return person


def get_registry(doc: Doc) -> PeopleRegistry:
    """The people registry of a processed doc."""
    return PeopleRegistry(doc)


def _titles_before(doc: Doc, i: int, titles: TitleTable | None = None) -> tuple[int, list[str]]:
    """Title words right before token ``i`` (longest title first): (new start, titles)."""
    titles = titles or title_table()
    tokens = doc_tokens(doc)
    found: list[str] = []
    while i > 0:
        # "Maj. Gen. X", "chief Col. X": the tokenizer may split the period off an
        # abbreviated title ("Maj" "."): the two tokens are one title
        if (
            i >= 2
            and tokens[i - 1].text == "."
            and not tokens[i - 2].whitespace_
            and tokens[i - 2].text[:1].isupper()
            and (word_key(tokens[i - 2].text),) in titles.lead
        ):
            found.insert(0, tokens[i - 2].text + ".")
            i -= 2
            continue
        for n in range(min(titles.max_len, i), 0, -1):
            words = [t.text for t in tokens[i - n : i]]
            if titles.is_title(words) and (n > 1 or words[0][0].isupper()):
                found.insert(0, " ".join(words))
                i -= n
                break
        else:
            break
    return i, found


def sweep_names(
    doc: Doc,
    reg: PeopleRegistry,
    pronouns: dict[str, str] | set[str] | None = None,
    is_role_word: Any = None,
    people: list[dict[str, Any]] | None = None,
) -> None:
    """Add bare surname mentions the NER left untagged (``Lee said``), and a lone first
    name that is the subject of its verb; with ``people``, of those people only (names a
    later component registered)."""
    tokens = doc_tokens(doc)
    if pronouns is None:
        pronouns = {
            w.partition("|")[0].strip().lower()
            for w in read_lexicon(data_path("people_pronouns.txt"))
        }
    if is_role_word is None:

        def is_role_word(lower: str) -> bool:
            return False

    surnames: dict[str, list[dict[str, Any]]] = {}
    firsts: dict[str, list[dict[str, Any]]] = {}
    for p in reg.people if people is None else people:
        parts = p["name"].split()
        if len(parts) > 1:
            surnames.setdefault(name_keys(parts)[-1], []).append(p)
            firsts.setdefault(name_keys(parts)[0], []).append(p)
    if not surnames:
        return
    taken = sorted((s, e) for p in reg.people for s, e in p["mentions"])
    starts = [s for s, _ in taken]
    for tok in tokens:
        cands = surnames.get(word_key(tok.text))
        if not cands and tok.pos_ == "PROPN" and (tok.ent_type_ in ("", "PERSON") or (
                tok.ent_type_ == "ORG" and tok.ent_iob_ == "B"
                and (tok.i + 1 >= len(doc) or tokens[tok.i + 1].ent_iob_ != "I"))):
            # (also a one-word "organisation": the NER's guess for an unfamiliar first name)
            # "Somkiat belongs to ...": a lone first name of exactly one person, no one's
            # surname, the subject of its verb (Thai, Indonesian usage)
            first = firsts.get(word_key(tok.text), [])
            if len(first) == 1 and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                cands = first
        if not cands or not tok.text[:1].isupper():
            continue
        if tok.lower_ in pronouns:
            continue  # "He said": the pronoun, not Ms. He
        k = bisect_left(starts, tok.idx + 1) - 1
        if k >= 0 and taken[k][1] > tok.idx:
            continue  # inside a known mention
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
        prv = tokens[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and nxt.pos_ == "PROPN" and _is_name_word(nxt.text):
            continue  # part of another name or an organisation ("Lee University")
        start_i, titles = _titles_before(doc, tok.i)
        if start_i == tok.i and prv is not None and prv.pos_ == "PROPN" and _is_name_word(prv.text):
            continue  # "Bruce Lee" is someone else
        if start_i == tok.i and prv is not None and prv.lower_ == "the":
            continue  # "the Pride's coordinator": a short name of "Antwerp Pride", no person
        # "Ford worker", "a Roe spokesman": a surname the NER took for an organisation
        # (a firm named after its founder) compounded with a role noun is that firm
        if (
            tok.ent_type_ == "ORG"
            and nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and is_role_word(nxt.lower_)
        ):
            continue
        in_long_ent = tok.ent_iob_ == "I" or (nxt is not None and nxt.ent_iob_ == "I")
        if tok.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART") and in_long_ent:
            continue
        reg.add(tok.text, tokens[start_i].idx, tok.idx + len(tok.text), titles, trust_ner=False)


# -- the component ----------------------------------------------------------------------


@Language.factory("claim_people", default_config={})
def make_people(nlp: Language, name: str) -> PeopleComponent:
    return PeopleComponent(nlp, name)


def _is_name_word(text: str) -> bool:
    """A capitalised word (or one with a lower-case particle: "al-Megrahi", "d'Arc")."""
    if not _NAMEWORD.match(text):
        return False
    return text[0].isupper() or any(p[:1].isupper() for p in re.split(r"[-'’]", text)[1:])


class PeopleComponent(RulePipe):
    """Builds ``doc._.people`` from PERSON entities and title-led names."""

    LEXICONS = {
        "titles": "titles.txt",
        "pronouns": "people_pronouns.txt",
        "not_names": "people_not_names.txt",
        "particles": "people_name_particles.txt",
        "roles": "roles.txt",
        "suffixes": "people_name_suffixes.txt",
        "gender_words": "people_gender_words.txt",
        "surname_prefixes": "people_surname_prefixes.txt",
        "party_words": "aff_party_words.txt",
        "place_roles": "aff_place_roles.txt",
        "kin_nouns": "people_kin_nouns.txt",
        "org_cues": "org_cues.txt",
        "capital_particles": "people_capital_particles.txt",
        "slogan_verbs": "people_slogan_verbs.txt",
        "org_appositions": "people_org_appositions.txt",
    }

    def _compile(self) -> None:
        self.titles = TitleTable.from_entries(self.lexicons["titles"])
        self.pronouns: dict[str, str] = {}
        for entry in self.lexicons["pronouns"]:
            word, _, gender = entry.partition("|")
            self.pronouns[word.strip().lower()] = gender.strip()
        self.not_names = {word_key(w) for w in self.lexicons["not_names"]}
        self.particles = {w.lower() for w in self.lexicons["particles"]}
        self.role_words = {r.lower() for r in self.lexicons["roles"] if " " not in r}
        self.gender_words: dict[str, str] = {}
        for entry in self.lexicons["gender_words"]:
            word, _, gender = entry.partition("|")
            self.gender_words[word.strip().lower()] = gender.strip()
        self.suffixes = {word_key(w) for w in self.lexicons["suffixes"]}
        self.party_words = {w.partition("|")[0].strip() for w in self.lexicons["party_words"]}
        self.place_roles = [tuple(w.lower().split()) for w in self.lexicons["place_roles"]]
        self.kin_nouns = {w.lower() for w in self.lexicons["kin_nouns"]}
        self.org_cues = {w.lower() for w in self.lexicons["org_cues"]}
        self.capital_particles = {w.strip() for w in self.lexicons["capital_particles"]}
        self.slogan_verbs = {w.strip().lower() for w in self.lexicons["slogan_verbs"]}
        self.org_appositions: dict[str, bool] = {}  # noun -> also a person's job
        for entry in self.lexicons["org_appositions"]:
            word, _, flag = entry.partition("|")
            self.org_appositions[word.strip().lower()] = flag.strip() == "person"
        self.prefixes = {word_key(w) for w in self.lexicons["surname_prefixes"]}
        self._activate()

    def _activate(self) -> None:
        """Make this component's name tables the ones the module-level name helpers
        (``title_table()``, ``particles()``, …) use. Called when compiled and again for
        every document, so the pipeline that is processing a document uses its own
        lexicons even when another pipeline (say, one initialised with custom lexicons)
        was built later in the same process."""
        global _TITLES, _SUFFIXES, _PARTICLES, _PREFIXES
        _TITLES, _SUFFIXES, _PARTICLES, _PREFIXES = self.titles, self.suffixes, self.particles, self.prefixes

    def _is_role_word(self, lower: str) -> bool:
        return any(
            form in self.role_words for form in (lower, lower[:-1], lower[:-2]) if len(form) > 2
        )

    def _plausible(self, words: list[str]) -> bool:
        """A name: capitalised words, no digits, no place/organisation word."""
        if not words or not _is_name_word(words[-1]):
            return False
        if any(any(c.isdigit() for c in w) or word_key(w) in self.not_names for w in words):
            return False
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and "." not in words[0]:
            return False  # acronyms and numerals: "XV", "NATO"
        if any(not _is_name_word(w) and w.lower() not in self.particles for w in words):
            return False  # "economist at the Bank of X Jane Roe": a phrase, not a name
        return True

    def _ends_acronym_name(self, doc: Doc, s: int, e: int) -> bool:
        """Tokens [s, e) end a longer capitalised name that a bracketed acronym spells out
        ("the Union of Rationalist Atheists and Agnostics (UAAR)"): an organisation."""
        tokens = doc_tokens(doc)
        if e + 2 >= len(doc) or tokens[e].text != "(" or tokens[e + 2].text != ")":
            return False
        acr = tokens[e + 1].text
        if not (acr.isalpha() and acr.isupper() and len(acr) >= 3):
            return False
        initials: list[str] = []
        k = e - 1
        while k >= 0 and e - k <= 12:
            t = tokens[k]
            if _is_name_word(t.text):
                initials.append(t.text[0].upper())
            elif not (t.is_lower and t.is_stop):  # "of", "and", "the" inside the name
                break
            k -= 1
        if len(initials) < len(acr) or len(initials) <= e - s:
            return False
        pool = list(initials)
        for ch in acr:  # every letter of the acronym is some word's initial
            if ch not in pool:
                return False
            pool.remove(ch)
        return True

    def _particle_name(self, ent: Any) -> bool:
        """An entity of any label that reads "Name PARTICLE Name" with a capitalised
        surname particle ("Órla Ní Bhriain", tagged an organisation) is a person's name."""
        words = [t for t in ent if not t.is_space]
        if words and words[0].lower_ == "the":
            return False
        if not 3 <= len(words) <= 4 or any(not _is_name_word(t.text) for t in words):
            return False
        if any(t.lower_ in self.org_cues for t in words):
            return False
        return any(t.text in self.capital_particles for t in words[1:-1])

    def _named_by_org_noun(self, doc: Doc, s: int, e: int) -> bool:
        """Tokens [s, e) name the organisation a lower-case organisation noun introduces:
        ``the charity Hope Relief issued``, ``worked for the aid group Hope Relief``, ``a
        group called Streetwatch``, ``an NGO named Clearwater`` (not ``the company Jane Roe
        founded``, ``told the committee Jane Roe lied``)."""
        tokens = doc_tokens(doc)
        if s < 1:
            return False
        prev = tokens[s - 1]
        if prev.lower_ == "as" and s >= 3 and tokens[s - 2].lower_ == "known":
            s, prev = s - 1, tokens[s - 2]  # "a group known as Clearwater"
        if prev.lower_ in ("called", "named", "dubbed", "known") and s >= 2:
            k = s - 2
            if tokens[k].text == "," and k >= 1:
                k -= 1
            noun = tokens[k]
            # "the party named Jane Roe as its candidate": a verb (whatever the parse)
            if prev.head.i != noun.i or noun.dep_ == "ROOT":
                return False
            if e < len(doc) and tokens[e].lower_ in ("as", "to"):
                return False
            return (noun.is_lower or noun.is_upper) and noun.lemma_.lower() in self.org_cues
        if not (prev.is_lower and prev.pos_ == "NOUN" and prev.lemma_.lower() in self.org_cues):
            return False
        root = tokens[e - 1]
        if not (
            (root.dep_ == "appos" and root.head.i == prev.i)
            or (prev.dep_ == "compound" and prev.head.i == root.i)
            # ("the charity Hope Relief issued": both parsed as the verb's subjects)
            or (root.dep_ == prev.dep_ and root.head.i == prev.head.i)
        ):
            return False
        # "the company Jane Roe founded": a clause whose subject is the name
        if e < len(doc) and tokens[e].pos_ in ("VERB", "AUX") and prev.head.i != tokens[e].i:
            return False
        return True

    def _org_apposition(self, doc: Doc, tok: Token) -> bool:
        """A one-word name set off by an apposition that describes an organisation
        (``Korvex, the plant's operator, said``; ``Volvex, a Swedish carmaker,``) names
        that organisation, unless the word is also part of a longer person's name."""
        tokens = doc_tokens(doc)
        k = tok.i + 1
        if k + 1 >= len(doc) or tokens[k].text != ",":
            return False
        if tok.i > 0 and (_is_name_word(tokens[tok.i - 1].text) or tokens[tok.i - 1].lower_ in ("and", "&")):
            return False  # "John Smith, the firm's owner": part of a longer name
        head = None
        first = tokens[k + 1]
        for t in tokens[k + 1 : k + 10]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or t.lower_ in (
                "that", "which", "who"
            ):
                break
            if t.pos_ in ("NOUN", "PROPN"):
                head = t
        if head is None or not head.is_lower:
            return False
        lemma = head.lemma_.lower()
        if lemma not in self.org_appositions and lemma not in self.org_cues:
            return False
        if self.org_appositions.get(lemma) and not (_camel(tok.text) or tok.is_upper):
            # "Tanaka, a crane operator": a person's job unless the apposition is
            # definite and the noun stands alone ("the plant's operator")
            if first.lower_ in ("a", "an") or (
                head.i > 0 and tokens[head.i - 1].pos_ == "NOUN" and tokens[head.i - 1].is_lower
            ):
                return False
        key = word_key(tok.text)
        return not any(
            ent.label_ == "PERSON" and len(ent) > 1 and key in {word_key(t.text) for t in ent}
            for ent in doc_ents(doc)
        )

    # title words right before token i (longest title first): returns new start index
    def _titles_before(self, doc: Doc, i: int) -> tuple[int, list[str]]:
        return _titles_before(doc, i, self.titles)

    def _after_place_role(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is the object of "<role> of" for a role held over a place."""
        if i < 2 or doc[i - 1].lower_ != "of":
            return False
        for words in self.place_roles:
            n = len(words)
            if i - 1 - n >= 0 and tuple(t.lower_ for t in doc[i - 1 - n : i - 1]) == words:
                return True
        return False

    @staticmethod
    def _in_place_list(doc: Doc, s: int, e: int) -> bool:
        """Tokens [s, e) are a conjunct of a list of places ("Malaysia, Mauritius,
        Singapore", "Kerala and Tamil Nadu"): a place the NER took for a person."""
        tokens = doc_tokens(doc)
        places = ("GPE", "LOC")
        before = (
            s >= 2 and tokens[s - 1].lower_ in (",", "and", "or") and tokens[s - 2].ent_type_ in places
        )
        after = (
            e + 1 < len(doc)
            and tokens[e].lower_ in (",", "and", "or")
            and tokens[e + 1].ent_type_ in places
        )
        if before and after:
            return True
        # "Ghana, Togo and Benin", "from Mali, Niger, Burkina Faso and Togo": a list of
        # three or more whose other conjuncts include a place (the parser's conjuncts)
        root = tokens[e - 1]
        conjuncts = [c for c in root.conjuncts if not s <= c.i < e]
        # (a one-word "name": "Jane Roe, France and Spain signed" lists a person)
        if e - s == 1 and len(conjuncts) >= 2 and all(c.pos_ == "PROPN" for c in conjuncts):
            if any(c.ent_type_ in places for c in conjuncts):
                return True
        # one place neighbour: joined by "and"/"or" inside a place phrase ("in X and Y";
        # "the premier of Egypt, Ahmed Nazif" is an apposition)
        before = before and tokens[s - 1].lower_ != ","
        after = after and tokens[e].lower_ != ","
        if before:
            k = s - 2
            while True:
                while k > 0 and tokens[k - 1].ent_type_ in places and tokens[k - 1].ent_iob_ == "I":
                    k -= 1
                k -= 1
                # "from Chad, Benin and X": walk back over the earlier conjuncts
                if k >= 1 and tokens[k].text == "," and tokens[k - 1].ent_type_ in places:
                    k -= 1
                    continue
                break
            return k >= 0 and tokens[k].lower_ in ("in", "of", "from", "to", "across")
        if after:
            return s > 0 and tokens[s - 1].lower_ in ("in", "of", "from", "to", "across")
        return False

    def _raw_mentions(self, doc: Doc) -> list[tuple[int, int, list[str], list[str]]]:
        """(start_char, end_char, name words, titles) of every name the NER or a title finds."""
        tokens = doc_tokens(doc)
        text = doc_text(doc)  # Doc.text is rebuilt on every access
        out: list[tuple[int, int, list[str], list[str]]] = []
        covered: set[int] = set()
        # names an organisation noun introduces: every mention is the organisation
        org_names: set[tuple[str, ...]] = set()
        in_quote = quoted_regions(text)
        # one-word names an organisation apposition describes somewhere in the text
        org_words = {
            word_key(t.text)
            for t in tokens[:-2]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and self._org_apposition(doc, t)
        }
        absorbed: set[int] = set()  # tokens a name before them took in
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON" and not self._particle_name(ent):
                continue
            if ent.start in absorbed:
                continue
            toks = [t for t in ent if not t.is_space]
            # '"Boycott Freedonia now!"', '"Free Marcus Bell!"': a slogan's verb opens no name
            # (a slogan with a place or group alone names nobody)
            if toks and toks[0].lower_ in self.slogan_verbs and in_quote(toks[0].idx):
                toks = toks[1:]
                if len(toks) < 2 or any(t.ent_type_ in NOT_PERSON_ENTS for t in toks):
                    continue
            # "of Finale Emilia X": a leading function word is no part of a name
            while toks and toks[0].is_lower and toks[0].is_stop:
                toks = toks[1:]
            # "Conservationists Ana Lopez": a role word the NER took into the name
            while len(toks) > 2 and self._is_role_word(toks[0].lower_):
                toks = toks[1:]
            # "Liberal Democrat Vince Cable", "Conservative Cameron": a party word before
            # the name belongs to the affiliation
            for n in (2, 1):
                words = " ".join(t.text for t in toks[:n])
                if len(toks) > n and words in self.party_words:
                    toks = toks[n:]
                    break
            # an entity running across a line break keeps its first line
            for k, t in enumerate(toks):
                if "\n" in t.text_with_ws and k < len(toks) - 1:
                    toks = toks[: k + 1]
                    break
            while toks and (toks[-1].text in ("'s", "’s", "'", "’") or toks[-1].is_punct):
                toks = toks[:-1]
            if not toks:
                continue
            if len(toks) <= 2 and self._in_place_list(doc, toks[0].i, toks[-1].i + 1):
                continue
            if len(toks) == 1 and self._after_place_role(doc, toks[0].i):
                continue  # "the mayor of Valencia": a place the NER took for a person
            # "Kim Min-seok" tagged as "Kim Min": take the hyphenated rest
            nxt = toks[-1].i + 1
            if (
                nxt + 1 < len(doc)
                and tokens[nxt].text in ("-", "‐")
                and not toks[-1].whitespace_
                and not tokens[nxt].whitespace_
                and tokens[nxt + 1].is_alpha
            ):
                toks = [*toks, tokens[nxt], tokens[nxt + 1]]
            # "Marcos Silva dos Reis" tagged as "Marcos Silva" + "Reis": a lower-case name
            # particle, then a capitalised name word the NER left out or tagged a person of
            # its own, are the rest of the name
            nxt = toks[-1].i + 1
            while (
                nxt + 1 < len(doc)
                and toks[-1].whitespace_ == " "
                and tokens[nxt].text in self.particles
                and tokens[nxt].whitespace_ == " "
                and _is_name_word(tokens[nxt + 1].text)
                and tokens[nxt + 1].text[:1].isupper()
                and (
                    (tokens[nxt + 1].pos_ == "PROPN" and tokens[nxt + 1].ent_type_ == "")
                    or tokens[nxt + 1].ent_type_ == "PERSON"
                )
                and not self.titles.is_title([tokens[nxt + 1].text])
                and word_key(tokens[nxt + 1].text) not in self.not_names
            ):
                m = nxt + 2
                while m < len(doc) and tokens[m].ent_iob_ == "I" and tokens[m].ent_type_ == "PERSON":
                    m += 1
                toks = [*toks, *tokens[nxt:m]]
                absorbed.update(range(nxt, m))
                nxt = m
            # "Moon Jae-in" tagged as "Moon": a hyphenated given name right after it
            nxt = toks[-1].i + 1
            if (
                len(toks) == 1
                and nxt + 2 < len(doc)
                and toks[-1].whitespace_ == " "
                and _is_name_word(tokens[nxt].text)
                and tokens[nxt].ent_type_ in ("", "PERSON")
                and tokens[nxt + 1].text in ("-", "‐")
                and not tokens[nxt].whitespace_
                and not tokens[nxt + 1].whitespace_
                and tokens[nxt + 2].is_alpha
            ):
                toks = [*toks, tokens[nxt], tokens[nxt + 1], tokens[nxt + 2]]
            # "Omar Abdallah Yusuf Bakari" tagged as "Omar Abdallah": the parser hangs the
            # entity as a compound on a capitalised word up to two words on; those words
            # are the rest of the name
            head = toks[-1].head.i
            nxt = toks[-1].i + 1
            if (
                len(toks) >= 2
                and toks[-1].dep_ == "compound"
                and nxt < head <= nxt + 1
                and head + 1 <= len(doc)
                and all(
                    _is_name_word(tokens[m].text)
                    and tokens[m].pos_ == "PROPN"
                    and tokens[m - 1].whitespace_ == " "
                    and (m == head or (tokens[m].dep_ == "compound" and tokens[m].head.i == head))
                    and not self.titles.is_title([tokens[m].text])
                    and word_key(tokens[m].text) not in self.not_names
                    and (
                        tokens[m].ent_type_ == ""
                        or (
                            m == head
                            and tokens[m].ent_iob_ == "B"
                            and tokens[m].ent_type_ == "ORG"
                            and (m + 1 >= len(doc) or tokens[m + 1].ent_iob_ != "I")
                        )
                    )
                    for m in range(nxt, head + 1)
                )
            ):
                toks = [*toks, *tokens[nxt : head + 1]]
            if (len(toks) == 1 and toks[0].i > 0) or (
                # "the Archbishop of Y, Anna Maria Nowak," tagged as "Maria Nowak": a
                # three-word name set off by a comma keeps its first given name
                len(toks) == 2
                and toks[0].i > 1
                and tokens[toks[0].i - 2].text == ","
                and tokens[toks[0].i - 1].text not in self.party_words
                and not self._is_role_word(tokens[toks[0].i - 1].lower_)
            ):
                # "singer-songwriter Carly Simon" tagged as "Simon": take the first name
                prev = tokens[toks[0].i - 1]
                before = tokens[prev.i - 1] if prev.i > 0 else None
                if (
                    prev.pos_ == "PROPN"
                    and prev.ent_type_ == ""
                    and _is_name_word(prev.text)
                    and not prev.text.isupper()
                    and not prev.is_sent_start
                    and not self.titles.is_title([prev.text])
                    and word_key(prev.text) not in self.not_names
                    and (before is None or not _is_name_word(before.text))
                ):
                    toks = [prev, *toks]
            if self._ends_acronym_name(doc, toks[0].i, toks[-1].i + 1):
                continue
            if self._named_by_org_noun(doc, toks[0].i, toks[-1].i + 1) or (
                len(toks) == 1 and word_key(toks[0].text) in org_words
            ):
                org_names.add(tuple(t.text for t in toks))
                continue
            # "the General Staff": "the" + a capitalised title before one word is a body
            f = toks[0].i
            if (
                len(toks) == 1
                and f >= 2
                and tokens[f - 2].lower_ == "the"
                and self.titles.is_title([tokens[f - 1].text])
                and tokens[f - 1].text[:1].isupper()
            ):
                continue
            start_i, titles = self._titles_before(doc, toks[0].i)
            words, inner_titles = split_name(
                text[toks[0].idx : toks[-1].idx + len(toks[-1].text)], self.titles
            )
            if not self._plausible(words):
                continue
            out.append(
                (tokens[start_i].idx, toks[-1].idx + len(toks[-1].text), words, titles + inner_titles)
            )
            covered.update(range(start_i, toks[-1].i + 1))
        if org_words:
            doc.user_data[ORG_NAMES_KEY] = {(w,) for w in org_words}
        if org_names:
            keys = {tuple(word_key(w) for w in n) for n in org_names}
            out = [m for m in out if tuple(word_key(w) for w in m[2]) not in keys]
            covered = set()
            for s, e, _, _ in out:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    covered.update(range(span.start, span.end))
        # title-led names the NER missed: "Dr. Lee", "Ms Smith"
        for tok in tokens:
            if tok.i in covered or tok.i + 1 >= len(doc):
                continue
            key = (word_key(tok.text),)
            if key not in self.titles.lead or not tok.text[0].isupper():
                continue
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 5 and j not in covered:
                t = tokens[j]
                if t.text in ("-", "‐") and not tokens[j - 1].whitespace_ and j > tok.i + 1:
                    j += 1  # "Sung-Yoon" may come as three tokens
                    continue
                if not (_is_name_word(t.text) and t.pos_ == "PROPN"):
                    break
                if t.ent_type_ in ("GPE", "ORG", "NORP", "FAC", "LOC"):
                    break
                j += 1
            while j > tok.i + 1 and not _is_name_word(tokens[j - 1].text):
                j -= 1
            if j == tok.i + 1:
                continue
            span = doc[tok.i : j]
            words = text[tokens[tok.i + 1].idx : span.end_char].split()
            if not self._plausible(words):
                continue
            out.append((span.start_char, span.end_char, words, [tok.text]))
            covered.update(range(tok.i, j))
        out.sort()
        return out

    def __call__(self, doc: Doc) -> Doc:
        reset_doc_caches()
        self._activate()
        doc._.people = []
        doc.user_data.pop(ORG_NAMES_KEY, None)
        reg = PeopleRegistry(doc)
        raw = self._raw_mentions(doc)
        # fullest names first, so "Lee" (anywhere) joins "Sung-Yoon Lee"
        for s, e, words, titles in sorted(raw, key=lambda m: (-len(m[2]), m[0])):
            reg.add(" ".join(words), s, e, titles, trust_ner=False)
        self._kin_names(doc, reg)
        self._sweep_surnames(doc, reg)
        self._merge_misspelt(reg)
        self._pronoun_genders(doc, reg)
        reg.people.sort(key=lambda p: p["mentions"][0][0] if p["mentions"] else 0)
        return doc

    def _kin_names(self, doc: Doc, reg: PeopleRegistry) -> None:
        """``His brother, Sultan, insulted the judge. Sultan said ...``: a lone capitalised
        word set off as the apposition of a possessive family noun is a (first) name, even
        a title or role word; its other lone uses as a subject are the same person."""
        tokens = doc_tokens(doc)
        names: set[str] = set()
        taken = {i for p in reg.people for s, e in p["mentions"] for i in range(s, e)}
        for tok in tokens[3:-1]:
            i = tok.i
            # (a title word as a name is often tagged a common noun)
            if not (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN")):
                continue
            # "his brother, Sultan,"; "his brother Sultan insulted" (a lone word before a
            # lower-case one)
            comma = tokens[i - 1].text == ","
            n = i - 2 if comma else i - 1
            if tokens[n].lower_ not in self.kin_nouns:
                continue
            p = n - 1
            while p > 0 and n - p <= 2 and tokens[p].pos_ == "ADJ" and tokens[p].is_lower:
                p -= 1  # "his younger brother", "Kohl's 16-year-old brother"
            if not (tokens[p].lower_ in ("his", "her", "their") or tokens[p].tag_ == "POS"):
                continue
            if word_key(tok.text) in self.not_names:
                continue
            if comma and tokens[i + 1].text not in (",", "."):
                continue
            if not comma and not (tokens[i + 1].is_lower and tokens[i + 1].pos_ in ("VERB", "AUX")):
                continue
            # (the NER's label does not count here: "her son, Jordan,", "his wife, Bishop,")
            if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            if tok.idx not in taken:
                reg.add(tok.text, tok.idx, tok.idx + len(tok.text), trust_ner=False)
            names.add(tok.text)  # (its lone uses below, even when the NER found this one)
        if not names:
            return  # (no lone uses to look for)
        for tok in tokens:
            if tok.text not in names or tok.idx in taken:
                continue
            nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
            prv = tokens[tok.i - 1] if tok.i > 0 else None
            if nxt is not None and nxt.text[:1].isupper():
                continue  # "Sultan Qaboos": a title before a name
            if prv is not None and (prv.lower_ in ("the", "a", "an") or prv.pos_ in ("ADJ", "DET")):
                continue  # "the Sultan"
            if nxt is not None and nxt.lower_ == "of":
                continue  # "Sultan of Oman"
            if tok.dep_ in ("nsubj", "nsubjpass") or (prv is not None and prv.lemma_ == "say"):
                reg.add(tok.text, tok.idx, tok.idx + len(tok.text), trust_ner=False)
            elif tok.pos_ in ("PROPN", "NOUN") and (
                tok.dep_ in ("pobj", "dobj", "conj", "appos") or (nxt is not None and nxt.is_punct)
            ):
                # "According to Sultan,", "Mohamed Kohl, Sultan and a friend": the same
                # person, never a role of the name beside it
                reg.add(tok.text, tok.idx, tok.idx + len(tok.text), trust_ner=False)

    @staticmethod
    def _merge_misspelt(reg: PeopleRegistry) -> None:
        """A one-word name ("Prime Minister Rossi" after "Marco Rosi") that misspells the
        surname of exactly one fuller name named before it (one edit, same first letter,
        four letters or more, no other name it could be) is that person."""
        fuller = [p for p in reg.people if len(p["name"].split()) > 1 and p["mentions"]]
        # "Lynn Boylann" beside "Lynn Boylan": the same first words, surnames one edit
        # apart: one person, spelt as written more often (the earlier on a tie)
        for one in list(fuller):
            if not any(p is one for p in fuller):
                continue  # merged into another already
            keys = name_keys(one["name"].split())
            for other in fuller:
                okeys = name_keys(other["name"].split())
                if other is one or len(okeys) != len(keys) or okeys[:-1] != keys[:-1]:
                    continue
                if len(keys[-1]) < 4 or not _one_edit(keys[-1], okeys[-1]):
                    continue
                if one.get("gender") not in (None, other.get("gender")) and other.get("gender"):
                    continue
                keep, drop = sorted(
                    (one, other), key=lambda p: (-len(p["mentions"]), p["mentions"][0][0])
                )
                keep["mentions"] = sorted(keep["mentions"] + drop["mentions"])
                for t in drop["titles"]:
                    if t not in keep["titles"]:
                        keep["titles"].append(t)
                keep["gender"] = keep.get("gender") or drop.get("gender")
                reg.people[:] = [p for p in reg.people if p is not drop]
                fuller[:] = [p for p in fuller if p is not drop]
                break
        for short in list(reg.people):
            words = short["name"].split()
            if len(words) != 1 or not short["mentions"] or not words[0].isalpha():
                continue
            key = word_key(words[0])
            if len(key) < 4 or any(
                match_score((key,), name_keys(p["name"].split())) for p in fuller
            ):
                continue
            first = short["mentions"][0][0]
            cands = [
                p
                for p in fuller
                if _one_edit(key, name_keys(p["name"].split())[-1])
                and p["mentions"][0][0] < first
                and short.get("gender") in (None, p.get("gender"))
                and p.get("gender") in (None, short.get("gender"))
            ]
            if len(cands) != 1:
                continue
            full = cands[0]
            full["mentions"] = sorted(full["mentions"] + short["mentions"])
            for t in short["titles"]:
                if t not in full["titles"]:
                    full["titles"].append(t)
            full["gender"] = full.get("gender") or short.get("gender")
            reg.people[:] = [p for p in reg.people if p is not short]

    def _sweep_surnames(self, doc: Doc, reg: PeopleRegistry) -> None:
        """Add bare surname mentions the NER left untagged (``Lee said``)."""
        sweep_names(doc, reg, self.pronouns, self._is_role_word)

    def _pronoun_genders(self, doc: Doc, reg: PeopleRegistry) -> None:
        """Give people of unknown gender the gender of the pronouns that follow their
        mentions (nearest person mentioned earlier in the same or previous sentence)."""
        tokens = doc_tokens(doc)
        if not any(p["gender"] is None for p in reg.people):
            return
        owners = []
        for idx, p in enumerate(reg.people):
            for s, e in p["mentions"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                subj = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
                owners.append((s, idx, subj, e))
        owners.sort()
        starts = [s for s, _, _, _ in owners]
        votes: dict[int, dict[str, int]] = {}
        noun_votes: dict[int, dict[str, int]] = {}  # explicit evidence: decides alone
        in_quote = quoted_regions(doc_text(doc))
        # gendered nouns next to a mention: "spokeswoman Jane Roe", "Roe, the mother of"
        for idx, p in enumerate(reg.people):
            for s, e in p["mentions"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                near = []
                if span.start > 0:
                    near.append(tokens[span.start - 1])
                if span.start > 1 and tokens[span.start - 1].text == ",":
                    near.append(tokens[span.start - 2])  # "his wife, Jane Roe,"
                k = span.end
                if k + 1 < len(doc) and tokens[k].text == ",":
                    k += 1
                    if k < len(doc) and tokens[k].lower_ in ("a", "an", "the", "his", "her"):
                        k += 1
                    if k < len(doc):
                        near.append(tokens[k])
                for tok in near:
                    g = self.gender_words.get(tok.lower_)
                    if g:
                        v = noun_votes.setdefault(idx, {})
                        v[g] = v.get(g, 0) + 1
        sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        for tok in tokens:
            gender = self.pronouns.get(tok.lower_)
            if not gender:
                continue
            m = bisect_left(starts, tok.idx + 1) - 1
            if m >= 0 and owners[m][0] <= tok.idx < owners[m][3]:
                continue  # part of a name ("Rowena He")
            k = bisect_left(starts, tok.idx) - 1
            if k < 0:
                continue
            # limit: same or previous sentence
            si = bisect_left(sent_starts, tok.idx + 1) - 1
            limit = sent_starts[max(si - 1, 0)]
            if owners[k][0] < limit:
                continue
            if not owners[k][2] or in_quote(tok.idx):
                continue  # pronouns inside quotes point at someone else
            # Only a possessive or reflexive inside the person's own clause is evidence
            # ("Barrow said his staff …", "Barrow blamed himself"). A subject pronoun of a
            # later sentence or quote cue ("'We ran,' she said") is not: the registry is
            # what resolves that pronoun, so learning from it would be circular.
            if owners[k][0] < sent_starts[si] or not self._own_clause_pronoun(doc, tok, owners[k]):
                continue
            v = votes.setdefault(owners[k][1], {})
            v[gender] = v.get(gender, 0) + 2
        for idx, v in noun_votes.items():
            person = reg.people[idx]
            if person["gender"] is None and len(v) == 1:
                person["gender"] = next(iter(v))
        for idx, v in votes.items():
            person = reg.people[idx]
            if person["gender"] is not None:
                continue
            g, n = max(v.items(), key=lambda kv: kv[1])
            if n >= 2 and n >= 2 * (sum(v.values()) - n):
                person["gender"] = g

    @staticmethod
    def _own_clause_pronoun(doc: Doc, tok: Token, owner: tuple[int, int, bool, int]) -> bool:
        """``tok`` (a his/her/himself/herself) sits in the clause whose subject is the
        owner's mention, with no other subject in between: ``Barrow said his staff …``."""
        reflexive = tok.lower_.endswith("self")
        if not (tok.dep_ == "poss" or reflexive):
            return False
        span = doc.char_span(owner[0], owner[3], alignment_mode="expand")
        if span is None:
            return False
        verb = span.root.head
        if tok.i not in {t.i for t in verb.subtree}:
            return False
        for t in doc[span.end : tok.i]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != verb.i:
                return False  # "Barrow said the woman lost her job"
            if t.ent_type_ == "PERSON" or t.is_quote:
                return False
        return True
