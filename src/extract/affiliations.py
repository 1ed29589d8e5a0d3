"""The ``claim_affiliations`` component: who is introduced with which role and organisation.

For every person of the people registry (``extract.people``) the component reads the
grammar around each mention and records an ``affiliation`` claim ``{person, role, org,
titles}``:

* pre-modifiers: ``Fletcher School professor Sung-Yoon Lee``, ``Apple CEO Tim Cook``,
  ``the ministry's spokesman Kim``, ``UK Prime Minister David Cameron`` (a place is no
  organisation: role only), ``Chief investment officer at Fort Pitt Capital Group X``;
* appositions after the name: ``Lee, a Korean Studies Professor at the Fletcher School of
  Law and Diplomacy,`` (several roles joined by ``and`` and a relative clause ``who heads
  the NGO X`` included) and before it: ``a spokesman for the agency, X``;
* ``X of/for ORG``, ``ORG's X``, copulas anywhere (``Roe is a professor at ...``),
  plural roles shared by a list (``photographers A, B and C``, ``photographers ... such
  as A, B``), ``ORG was founded by X`` and party codes ``(D-Calif.)``;
* verbs of taking, holding and leaving a post: ``took over as / stepped down as ROLE of
  X``, ``the first woman to lead X``, ``in charge of X``, ``joined X as a ROLE``,
  ``serves on the board of X``, ``Before joining X, NAME``, ``ORG, headed by NAME``;
* parties, named as the article writes them: ``Labour MP X``, ``UK Labour leader X``,
  ``X, a Washington Democrat,``, ``his Conservative opponent, X,``, ``Liberal Democrat X
  said``, ``Rep. X (Democrats)``, ``Sen. X (R)``;
* bylines and publications: ``an InterPress Service article by X``, ``Writing in the
  Guardian, X``, ``X, writing for the BBC,``; ``Speaking on behalf of the junta, X``;
  ``X belongs to the "Blue Scarves"``; ``ORG, which X leads,``; ``Some Republican
  congressmen ... For example, X``; plural appositions (``Two European Parliament
  lawmakers from Ireland, A and B,``, ``NLF leaders, including chairman X``);
* a post held over a place keeps the place in the role (``the mayor of Valencia``), a
  cabinet portfolio too (``Minister for Health``); a definite anaphoric organisation noun
  (``the group``, ``the company's``) takes the organisation named before or none;
* round 3: ``the group`` prefers the nearest (repeated) mention outside quotation marks
  of an organisation an organisation noun introduced (``the charity Hope Relief``, ``one
  such group, called Streetwatch``, ``a group known as X``) and never an organisation named
  only inside a quotation; acronyms the article spells out (``... Front (HLF)``) are
  organisations (or places: ``the United Arab Emirates (UAE)``) wherever they stand;
  ``the Pride's co-ordinator and spokesperson X`` (a short form of ``Antwerp Pride``,
  shared by coordinated roles); an inverted copula (``One such aid worker ... was X``); a
  person named only inside quotes takes no role from a later sentence;
* the next sentence: ``The Colombian-French politician said`` / ``She is a professor at
  X`` after a sentence naming exactly one (matching) person;
* a definite common-noun organisation (``a fellow at the institute``) takes the named
  one it stands for; after a role that heads an organisation (``coach of``, ``at``) a
  capitalised "person" the NER names only once is that organisation;
* a capitalised place before a role is part of the role, organisation none, whatever
  the NER says there (``Galway councillor X``): the words are mostly a place elsewhere
  in the text, or one word before a role held over a place
  (``aff_place_modifier_roles.txt``).

One record per person and organisation: a role without organisation is kept only for a
person who has no organisation at all, a common-noun organisation ("the company") gives
way to a named one, and the fuller of two nested names wins.

Names the NER missed but the grammar shows (``Oh Gyeong-Seob, a Fellow at ...``,
``Pilot Iriyanto``, ``including its chairman, Meles Tekle,``) are added to the registry. Lexicons: ``roles.txt``,
``org_cues.txt``, ``aff_*.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from .base import RulePipe
from .claims import add_claim, doc_ents, doc_lowers, doc_text, doc_tokens, reset_doc_caches
from .people import (
    PeopleRegistry,
    get_registry,
    quoted_regions,
    sweep_names,
    title_table,
    word_key,
)

#: prepositions that attach an organisation (or extend a role) after a role noun
ORG_PREPS = frozenset({"of", "at", "for", "with", "from", "to", "in"})
DETS = frozenset({"a", "an", "the"})
POSS_DETS = frozenset({"his", "her", "their"})
# rule-name suffix of an org-less post coordinated with one that names an organisation
CONJ = "+conj"
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "LANGUAGE"})
NON_NAME_ENTS = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
     "ORDINAL", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART"}
)  # fmt: skip
#: entity labels the NER often gives a foreign person's name
MISC_ENTS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART"})
MOD_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_ORDINAL_RE = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
GLUE = frozenset({"-", "–", "&", "'s", "’s", "/"})
CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", '"', "”", "“", "'", "’"})
LIST_CUES = ("such as", "including", "like", "among them")
#: auxiliaries and adverbs between a name and its work verb in a "where" clause
WHERE_AUX = frozenset({"had", "has", "once", "still", "was", "is", "been"})
#: characters without any finding for a person after which the person is introduced anew
SECTION_GAP = 4000


@Language.factory("claim_affiliations", default_config={})
def make_affiliations(nlp: Language, name: str) -> AffiliationsComponent:
    return AffiliationsComponent(nlp, name)


@dataclass
class Seg:
    """One role (with its organisation, if any) inside a role phrase."""

    start: int  # first token of the role words
    head_start: int  # first token of the role noun ("Prime" of "Prime Minister")
    role_end: int  # end of the role words (role text = start..role_end minus the org)
    end: int  # end of the segment (after the organisation)
    org: tuple[int, int] | None = None
    role_text: str | None = None  # overrides the text (relative clauses, plurals)
    plural: bool = False


class _Doc:
    """Per-document lookups: which registry person owns each token, sentence ids."""

    def __init__(self, doc: Doc, reg: PeopleRegistry) -> None:
        self.doc = doc
        self.reg = reg
        self.text = doc_text(doc)  # Doc.text is rebuilt on every access
        self.n = len(doc)
        self.lower = doc_lowers(doc)  # (token attributes read in hot loops)
        # tokens whose text or trailing space holds a line break: the token each "\n" of the
        # text falls in (a token's text and space run from its idx to the next token's)
        self.breaks = [False] * self.n
        starts = doc.to_array(IDX).tolist() if self.n else []
        p = self.text.find("\n")
        while p >= 0:
            self.breaks[bisect_right(starts, p) - 1] = True
            p = self.text.find("\n", p + 1)
        self.sent = [0] * self.n
        if doc.has_annotation("SENT_START"):
            for k, s in enumerate(doc.sents):
                for i in range(s.start, s.end):
                    self.sent[i] = k
        self.owner: list[int] = [-1] * self.n
        self.inside_quote = quoted_regions(self.text)
        self.reindex(reg)

    def reindex(self, reg: PeopleRegistry) -> None:
        doc = self.doc
        self.owner = [-1] * self.n
        self.one_word = {k for k, p in enumerate(reg.people) if len(p["name"].split()) == 1}
        self.once = {k for k, p in enumerate(reg.people) if len(p["mentions"]) == 1}
        for idx, p in enumerate(reg.people):
            for s, e in p["mentions"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    self.owner[i] = idx


def _cap(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() or (len(t) > 1 and t[0] in "'’" and t[1:2].isupper())


def _acronym(tok: Token) -> bool:
    """An all-capitals word of two or more letters (``UNICEF``, ``WHO``)."""
    return tok.is_alpha and tok.is_upper and len(tok.text) > 1


def _year(word: str) -> bool:
    """A four-digit year (``2008``)."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _undated(role: str) -> str:
    """A role without a leading year ("2008 Republican presidential candidate" names the
    post, the year only when it was held)."""
    first, _, rest = role.partition(" ")
    return rest if _year(first) and rest else role


def _camel(word: str) -> bool:
    """A capital inside a mixed-case word (``AirAsia``), not ``McAllen``/``UK``/``O'Neil``."""
    if word.isupper() or not word[:1].isupper():
        return False
    inner = word[2:]
    return any(c.isupper() for c in inner) and not word.startswith(("Mc", "Mac", "O'", "O’"))


class AffiliationsComponent(RulePipe):
    LEXICONS = {
        "roles": "roles.txt",
        "role_modifiers": "aff_role_modifiers.txt",
        "org_cues": "org_cues.txt",
        "role_verbs": "aff_role_verbs.txt",
        "copulas": "aff_copulas.txt",
        "connectors": "aff_org_connectors.txt",
        "party_codes": "aff_party_codes.txt",
        "roles_need_org": "aff_roles_need_org.txt",
        "role_suffixes": "aff_role_suffixes.txt",
        "role_postmods": "aff_role_postmodifiers.txt",
        "not_heads": "aff_not_role_heads.txt",
        "place_person_nouns": "aff_place_person_nouns.txt",
        "object_complements": "aff_object_complements.txt",
        "faction_nouns": "aff_faction_nouns.txt",
        "portfolios": "aff_portfolios.txt",
        "agent_suffixes": "aff_agent_suffixes.txt",
        "naming_verbs": "aff_naming_verbs.txt",
        "post_verbs": "aff_post_verbs.txt",
        "post_nouns": "aff_post_nouns.txt",
        "work_roles": "aff_work_roles.txt",
        "org_head_roles": "aff_org_head_roles.txt",
        "org_verbs": "aff_org_verbs.txt",
        "party_words": "aff_party_words.txt",
        "byline_nouns": "aff_byline_nouns.txt",
        "anaphoric_nouns": "aff_anaphoric_org_nouns.txt",
        "place_roles": "aff_place_roles.txt",
        "place_mod_roles": "aff_place_modifier_roles.txt",
        "relational_roles": "aff_relational_roles.txt",
        "removal_words": "aff_removal_words.txt",
        "gender_words": "people_gender_words.txt",
    }

    def _compile(self) -> None:
        self._role_cache: dict[Any, Any] = {}
        self._singular_cache: dict[str, str | None] = {}
        self.roles: dict[str, list[tuple[str, ...]]] = {}  # last word -> preceding words
        for entry in self.lexicons["roles"]:
            words = tuple(entry.lower().split())
            self.roles.setdefault(words[-1], []).append(words[:-1])
        for prefixes in self.roles.values():
            prefixes.sort(key=len, reverse=True)
        self.role_mods = {w.lower() for w in self.lexicons["role_modifiers"]}
        self.org_cues = {w.lower() for w in self.lexicons["org_cues"]}
        self.role_verbs: dict[str, str] = {}
        for entry in self.lexicons["role_verbs"]:
            verb, _, role = entry.partition("|")
            self.role_verbs[verb.strip().lower()] = role.strip()
        self.copulas = [tuple(c.lower().split()) for c in self.lexicons["copulas"]]
        self.copulas.sort(key=len, reverse=True)
        self.connectors = {w.lower() for w in self.lexicons["connectors"]}
        self.roles_need_org = {w.lower() for w in self.lexicons["roles_need_org"]}
        self.role_postmods = sorted(
            (tuple(w.lower().split()) for w in self.lexicons["role_postmods"]),
            key=len,
            reverse=True,
        )
        self.not_heads = {w.lower() for w in self.lexicons["not_heads"]}
        self.place_person_nouns = {w.lower() for w in self.lexicons["place_person_nouns"]}
        self.object_complements = {w.lower() for w in self.lexicons["object_complements"]}
        self.faction_nouns = {w.lower() for w in self.lexicons["faction_nouns"]}
        self.portfolios = {" ".join(w.lower().split()) for w in self.lexicons["portfolios"]}
        self.agent_suffixes = tuple(w.lower() for w in self.lexicons["agent_suffixes"])
        self.role_suffixes = tuple(w.lower() for w in self.lexicons["role_suffixes"])
        self.abbrevs = {w for w in self.org_cues if w.endswith(".")}  # "Inc.", "Corp."
        self.naming_verbs = {w.lower() for w in self.lexicons["naming_verbs"]}
        self.post_verbs = {w.lower() for w in self.lexicons["post_verbs"]}
        self.post_nouns = {w.lower() for w in self.lexicons["post_nouns"]}
        self.work_roles = {w.lower() for w in self.lexicons["work_roles"]}
        self.org_head_roles = {w.lower() for w in self.lexicons["org_head_roles"]}
        self.org_verbs = {w.lower() for w in self.lexicons["org_verbs"]}
        self.byline_nouns = {w.lower() for w in self.lexicons["byline_nouns"]}
        self.anaphoric_nouns = {w.lower() for w in self.lexicons["anaphoric_nouns"]}
        self.place_roles = {tuple(w.lower().split()) for w in self.lexicons["place_roles"]}
        self.place_mod_roles = {w.lower() for w in self.lexicons["place_mod_roles"]}
        self.party_names = {w.partition("|")[0].strip().lower() for w in self.lexicons["party_words"]}
        self.relational_roles = {w.lower() for w in self.lexicons["relational_roles"]}
        self.removal_words = {w.lower() for w in self.lexicons["removal_words"]}
        # nouns for people ("her son", "his wife"): another person a pronoun may stand for
        self.person_nouns = {
            w.partition("|")[0].strip().lower() for w in self.lexicons["gender_words"]
        }
        self.party_words: dict[str, str] = {}
        for entry in self.lexicons["party_words"]:
            word, _, party = entry.partition("|")
            self.party_words[word.strip()] = party.strip()
        self.party_first_words = {w.split()[0] for w in self.party_words if " " in w}
        self.parties: dict[str, str] = {}
        for entry in self.lexicons["party_codes"]:
            code, _, party = entry.partition("|")
            self.parties[code.strip()] = party.strip()

    # -- token classes -------------------------------------------------------------------
    def _singular(self, lower: str) -> str | None:
        """The role noun a word stands for (``publishers`` -> ``publisher``), or None."""
        cache = self._singular_cache  # (a pure function of the word and the lexicons)
        if lower not in cache:
            cache[lower] = self._singular_uncached(lower)
        return cache[lower]

    def _singular_uncached(self, lower: str) -> str | None:
        if lower in self.roles:
            return lower
        for suffix in ("s", "es"):
            if len(lower) > len(suffix) + 2 and lower.endswith(suffix):
                if lower[: -len(suffix)] in self.roles:
                    return lower[: -len(suffix)]
        if len(lower) > 5 and lower.endswith("ies") and lower[:-3] + "y" in self.roles:
            return lower[:-3] + "y"  # "secretaries", "deputies"
        if len(lower) > 5 and lower.endswith("men") and lower[:-3] + "man" in self.roles:
            return lower[:-3] + "man"  # "congressmen", "spokesmen"
        stem = lower[:-1] if lower.endswith("s") else lower
        if stem.isalpha() and stem.endswith(self.role_suffixes) and len(stem) > 6:
            return stem  # "seismologist", "choreographers"
        return None

    def _role_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """If token ``i`` ends a role noun: (first token of the role, singular head)."""
        cache = self._role_cache
        if cache.get("doc") is not doc:
            cache.clear()
            cache["doc"] = doc
        if i in cache:
            return cache[i]
        cache[i] = found = self._role_at_uncached(doc, i)
        return found

    def _role_at_uncached(self, doc: Doc, i: int) -> tuple[int, str] | None:
        tokens = doc_tokens(doc)
        tok = tokens[i]
        pos = tok.pos_
        if pos in ("AUX", "ADP", "PRON", "DET", "CCONJ", "PART"):
            return None
        lowers = doc_lowers(doc)
        lower = lowers[i]
        if pos == "VERB" and any(
            form in self.role_verbs for form in (lower, lower + "s", lower + "es")
        ):
            return None  # "who heads", "to chair": the verb, not the noun
        head = self._singular(lower)
        if head is None:
            return None
        for prefix in self.roles.get(head, [()]):
            k = len(prefix)
            if k == 0:
                return i, head
            if i - k >= 0 and tuple(lowers[i - k : i]) == prefix:
                return i - k, head
        return None

    def _boundary(self, ctx: _Doc, i: int) -> bool:
        tok = ctx.doc[i]
        if tok.tag_ == "POS" and i > 0 and not ctx.doc[i - 1].whitespace_:
            return False  # "Barclays' chief economist": a possessive apostrophe
        return tok.is_space or (tok.is_punct and tok.text not in GLUE)

    def _is_mod(self, ctx: _Doc, i: int, lim: int) -> bool:
        """Token ``i`` can stand in the words of a role (``Chief investment officer``)."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        tok = tokens[i]
        if ctx.owner[i] >= 0:
            return False
        if self._boundary(ctx, i):
            # "Regional Legislative Council (RLC) Speaker": an acronym in brackets
            return self._acronym_bracket(ctx, i, lim) >= 0
        if tok.text in GLUE or tok.tag_ == "POS":
            return i > 0 and not self._boundary(ctx, i - 1)
        # "editor-in-chief", "commander-in-chief": a word inside a hyphenated compound
        if (
            0 < i < lim - 1
            and tokens[i - 1].text in ("-", "–")
            and tokens[i + 1].text in ("-", "–")
            and not tokens[i - 1].whitespace_
            and not tok.whitespace_
        ):
            return True
        if tok.tag_ == "VBN" and i > 0 and tokens[i - 1].text in ("-", "–") and tok.is_lower:
            return not tokens[i - 1].whitespace_  # "an Oslo-based analyst"
        if tok.pos_ == "VERB" and _cap(tok) and i + 1 < lim and _cap(tokens[i + 1]):
            return True  # "Redding Mayor X": a place name the tagger took for a verb
        if tok.pos_ in MOD_POS or tok.like_num:
            return tok.lower_ not in DETS and tok.lower_ not in ORG_PREPS
        if tok.tag_ in ("VBG", "VBN") and tok.lower_ in self.role_mods:
            return True  # "acting head of X", "retired general"
        if _acronym(tok) and i + 1 < lim and _cap(doc[i + 1]):
            return True  # "WHO Director-General": an acronym the tagger took for a pronoun
        # "University of Texas Arlington Student Association president"
        if tok.lower_ in self.connectors and 0 < i and i + 1 < lim:
            return _cap(tokens[i - 1]) and _cap(tokens[i + 1]) and ctx.owner[i + 1] < 0
        return False

    def _acronym_bracket(self, ctx: _Doc, i: int, lim: int) -> int:
        """Token ``i`` is a bracket of ``ORG NAME (ACR)`` inside role words: the index of
        its opening bracket, else -1."""
        doc = ctx.doc
        o = {"(": i, ")": i - 2}.get(doc[i].text, -1)
        if o < 1 or o + 3 >= min(lim, ctx.n) or doc[o + 2].text != ")":
            return -1
        acr = doc[o + 1]
        if not (acr.is_upper and acr.is_alpha and len(acr.text) >= 2) or ctx.owner[o + 1] >= 0:
            return -1
        if not _cap(doc[o - 1]) or doc[o - 1].is_punct or doc[o + 3].is_punct:
            return -1
        return o

    def _org_run(self, ctx: _Doc, i: int, lim: int) -> int:
        """End of a capitalised name starting at ``i`` (connectors, numbers, ``&`` inside)."""
        doc = ctx.doc
        e = i
        while e < lim:
            tok = doc[e]
            if ctx.owner[e] >= 0 or (e > i and self._boundary(ctx, e)):
                break
            if e > i and e > 0 and "\n" in doc[e - 1].whitespace_:
                break
            if _cap(tok) and not (tok.is_punct and tok.text not in GLUE):
                e += 1
            elif e > i and (tok.like_num or tok.text in ("&", "-", "–")) and e + 1 <= lim:
                e += 1
            elif (  # "St Mary's Hospital", "McDonald's Corp": a possessive inside a name
                e > i
                and tok.text in ("'s", "’s")
                and e + 1 < lim
                and _cap(doc[e + 1])
                and ctx.owner[e + 1] < 0
                and (
                    doc[e + 1].lower_ in self.org_cues
                    # "the Ogaden People's Front": inside one organisation entity
                    or (doc[e + 1].ent_type_ == "ORG" and doc[e + 1].ent_iob_ == "I")
                    # "UNICEF's Clean Water Initiative": an organisation's own named unit
                    or self._named_unit(ctx, i, e, lim)
                )
            ):
                e += 1
            elif (  # "the Union of Writers' Press Committee": a plural's possessive
                e > i
                and tok.text in ("'", "’")
                and doc[e - 1].lower_.endswith("s")
                and not doc[e - 1].whitespace_
                and e + 1 < lim
                and _cap(doc[e + 1])
                and ctx.owner[e + 1] < 0
                and any(
                    t.lower_ in self.org_cues for t in doc[e + 1 : self._org_run(ctx, e + 1, lim)]
                )
            ):
                e += 1
            elif tok.lower_ in self.connectors and e + 1 < lim:
                nxt = e + 1
                if doc[nxt].lower_ in DETS and nxt + 1 < lim:
                    nxt += 1
                if (
                    _cap(doc[nxt])
                    and ctx.owner[nxt] < 0
                    and not self._boundary(ctx, nxt)
                    # "Osaka University on Monday": a date is no part of the name
                    and doc[nxt].ent_type_ not in ("DATE", "TIME")
                ):
                    e = nxt
                else:
                    break
            else:
                break
        while e > i and (doc[e - 1].lower_ in self.connectors or doc[e - 1].text in GLUE):
            e -= 1
        return e

    def _named_unit(self, ctx: _Doc, i: int, p: int, lim: int) -> bool:
        """After an organisation's possessive at ``p`` (``UNICEF's``) a capitalised name of
        two or more words, no role or place among them, is a unit of that organisation
        (``UNICEF's Clean Water Initiative``), part of its name."""
        doc = ctx.doc
        if not (doc[p - 1].ent_type_ == "ORG" or _acronym(doc[p - 1])) or self._placey(doc, i, p):
            return False
        e = p + 1
        while (
            e < lim
            and _cap(doc[e])
            and doc[e].pos_ == "PROPN"
            and ctx.owner[e] < 0
            and doc[e].ent_type_ not in PLACE_ENTS | {"PERSON", "DATE"}
            and self._role_at(doc, e) is None
            and not title_table().is_title([doc[e].text])
        ):
            e += 1
        return e - p > 2 and (e >= lim or not _cap(doc[e]))

    def _acronyms(self, doc: Doc) -> set[str]:
        """Acronyms the article defines for an organisation: "the Harar Liberation Front
        (HLF)" makes a later bare "HLF" an organisation whatever the NER calls it."""
        tokens = doc_tokens(doc)
        cache = self._role_cache
        if cache.get("doc") is not doc:
            cache.clear()
            cache["doc"] = doc
        if "acronyms" in cache:
            return cache["acronyms"]
        found: set[str] = set()
        places: set[str] = set()
        for o in range(1, len(doc) - 2):
            if tokens[o].text != "(" or tokens[o + 2].text != ")":
                continue
            acr = tokens[o + 1].text
            if not (acr.isalpha() and acr.isupper() and len(acr) >= 2):
                continue
            initials: list[str] = []
            k = o - 1
            while k >= 0 and o - k <= 12:
                t = tokens[k]
                if _cap(t) and t.is_alpha:
                    initials.append(t.text[0].upper())
                elif not (t.is_lower and t.is_stop) and t.text not in ("'s", "’s"):
                    break
                k -= 1
            # every letter of the acronym is the initial of a word of the name before it
            pool = list(initials)
            ok = len(initials) >= max(2, len(acr) - 1)
            for ch in acr:
                if ch in pool:
                    pool.remove(ch)
                else:
                    ok = False
            words = doc[k + 1 : o]
            if ok and not all(t.ent_type_ in PLACE_ENTS for t in words if _cap(t)):
                found.add(acr)
            elif ok:
                places.add(acr)  # "the United Arab Emirates (UAE)": a place
        cache["acronyms"] = found
        cache["place_acronyms"] = places - found
        return found

    def _orgish(self, doc: Doc, s: int, e: int) -> bool:
        """Positive evidence that a capitalised run names an organisation."""
        acronyms = self._acronyms(doc)
        if all(t.text in self._role_cache["place_acronyms"] for t in doc[s:e] if _cap(t)):
            return False  # "UAE minister": a place the article spelled out
        return any(
            t.ent_type_ == "ORG"
            or t.lower_ in self.org_cues
            or _camel(t.text)
            or t.text in acronyms
            for t in doc[s:e]
        )

    def _placey(self, doc: Doc, s: int, e: int) -> bool:
        """A capitalised run that names a place/nationality/language, not an organisation."""
        words = [t for t in doc[s:e] if _cap(t) or t.like_num]
        if not words:
            return False
        self._acronyms(doc)
        if all(t.text in self._role_cache["place_acronyms"] for t in words):
            return True  # "UAE minister" after "the United Arab Emirates (UAE)"
        if any(t.ent_type_ == "ORG" or t.lower_ in self.org_cues for t in words):
            return False
        if any(_camel(t.text) for t in words):
            return False  # "AirAsia", "YouTube": brands, whatever the NER says
        if any(t.text in self._acronyms(doc) for t in words):
            return False
        return all(t.ent_type_ in PLACE_ENTS for t in words)

    def _place_modifier(self, ctx: _Doc, k: int, e: int, seg: Seg) -> bool:
        """Capitalised words [k, e) before a role noun name a place, not an organisation,
        whatever the NER says here: the same words are mostly a place elsewhere in the
        text, or one word (never an organisation elsewhere) before a role held over a place (``Galway councillor X``, ``Kerry county
        councillor X``).
        Organisation words, brands, acronyms and parties stay organisations."""
        doc = ctx.doc
        # "Ashford 12th ward alderman X": a numbered ward/district of the place
        while e - 1 > k and _ORDINAL_RE.match(doc[e - 1].text):
            e -= 1
        words = doc[k:e]
        if not 0 < len(words) <= 3 or any(
            t.lower_ in self.org_cues
            or _camel(t.text)
            or (t.is_upper and len(t.text) > 1)
            or t.text in self._acronyms(doc)
            or not t.is_alpha
            for t in words
        ):
            return False
        if words.text.lower() in self.party_names or any(
            t.lower_ in self.party_names for t in words
        ):
            return False
        # the NER's other readings of the same words ("Zanon worker" where "Zanon" is
        # mostly an organisation: a factory the NER sometimes takes for a town)
        text = words.text
        others = [ent.label_ for ent in doc_ents(doc) if ent.text == text and not ent.start <= k < ent.end]
        n_place = sum(label in PLACE_ENTS for label in others)
        n_org = sum(label == "ORG" for label in others)
        if n_place > n_org:
            return True
        if len(words) > 1 or n_org:
            return False  # ("Fine Gael councillor": a party's two-word name)
        head = doc[seg.role_end - 1]
        if head.lower_ not in self.place_mod_roles and (
            seg.role_end - seg.head_start < 2
            or f"{doc[seg.role_end - 2].lower_} {head.lower_}" not in self.place_mod_roles
        ):
            return False
        # only common words may stand between the place and the role noun ("county")
        return all(t.is_lower or _ORDINAL_RE.match(t.text) for t in doc[e : seg.head_start])

    @staticmethod
    def _degree_adv(doc: Doc, k: int, lim: int) -> bool:
        """``more``/``most``/``very`` grading the adjective right after it
        ("the more moderate Unity party")."""
        return (
            doc[k].tag_ in ("RB", "RBR", "RBS")
            and doc[k].is_lower
            and k + 1 < lim
            and doc[k + 1].pos_ == "ADJ"
            and doc[k + 1].is_lower
        )

    def _np(
        self,
        ctx: _Doc,
        i: int,
        lim: int,
        strict: bool = False,
        borrow: bool = False,
        borrow_multi: bool = False,
        quoted: bool = False,
    ) -> tuple[int, int, str] | None:
        """The noun phrase after a preposition: (start, end, kind) with kind ``org``
        (capitalised organisation or a lower-case one ending in an organisation word),
        ``place`` or ``common``. ``strict`` (after ``from``/``in``/``to``, which often
        lead to places): a capitalised name is an organisation only with evidence."""
        doc = ctx.doc
        j = i
        if j < lim and doc[j].lower_ in DETS:
            j += 1
        # 'belongs to the "Blue Scarves"', 'spokesperson of the "Haven"': a quoted name
        if quoted and j + 2 < lim and doc[j].text in ('"', "“") and _cap(doc[j + 1]):
            close = next(
                (k for k in range(j + 2, min(lim, j + 8)) if doc[k].text in ('"', "”")), -1
            )
            if close > 0 and all(
                ctx.owner[k] < 0 and (_cap(t) or t.lower_ in self.connectors or t.text in GLUE)
                for k, t in enumerate(doc[j + 1 : close], j + 1)
            ):
                return j + 1, close, "org"
        # "of Morningstar" where the NER took the firm for a person
        if (
            borrow
            and j < lim
            and ctx.owner[j] in ctx.one_word
            and (j + 1 >= lim or ctx.owner[j + 1] != ctx.owner[j])
        ):
            if j + 1 >= lim or not _cap(doc[j + 1]):
                # "the Cumhuriyet newspaper": the organisation noun after the name
                e = j + 1
                if e < lim and doc[e].pos_ == "NOUN" and doc[e].lemma_.lower() in self.org_cues:
                    e += 1
                return j, e, "place" if strict and e == j + 1 else "org"
        # "the coach of Riverdale United", "a professor at Harlow College": after a role
        # that heads an organisation, a capitalised "person" named only this once is the
        # organisation the NER misread
        if (
            borrow_multi
            and j < lim
            and ctx.owner[j] in ctx.once
            and (j == 0 or ctx.owner[j - 1] != ctx.owner[j])
        ):
            e = j
            while e < lim and ctx.owner[e] == ctx.owner[j]:
                e += 1
            poss = e + 1 < lim and doc[e].text in ("'s", "’s")
            if poss and _cap(doc[e + 1]) and ctx.owner[e + 1] < 0:
                e2 = self._org_run(ctx, e + 1, lim)
                if e2 > e + 1 and not self._placey(doc, e + 1, e2):
                    return j, e2, "org"  # "the owner of Joe Smith's Diner"
                return None
            if poss:
                return None  # "the leader of Bob Marley's old band": a person's possession
            if e - j >= 2 and all(_cap(t) for t in doc[j:e]) and (e >= lim or not _cap(doc[e])):
                return j, e, "org"
        # "Italy's la Repubblica": a place's possessive is no part of the organisation
        if j < lim and _cap(doc[j]):
            e = self._org_run(ctx, j, lim)
            if e < lim and doc[e].text in ("'s", "’s") and self._placey(doc, j, e):
                j = e + 1
        # "the London-based Acme Capital": where the organisation sits is no part of it
        if (
            j + 3 < lim
            and _cap(doc[j])
            and doc[j + 1].text in ("-", "–")
            and doc[j + 2].lower_ == "based"
        ):
            j += 3
        # "the national Central Discipline Inspection Committee"
        k = j
        while (
            k < lim
            and k - j < 3
            and (
                doc[k].pos_ == "ADJ"
                or doc[k].tag_ in ("VBG", "VBN")  # "the ruling X Party"
                or self._degree_adv(doc, k, lim)  # "the more moderate X Party"
            )
            and not _cap(doc[k])
        ):
            k += 1
        start = k if k < lim and (_cap(doc[k]) or doc[k].lower_ in self.connectors) else j
        # "the opposition Labour Party", "the state broadcaster NTV": lower-case words
        # describing a named organisation right after them
        # ("the far-right AfD": a hyphenated describer)
        k = j
        while k < lim and k - j < 4 and doc[k].is_lower:
            if doc[k].pos_ in ("NOUN", "ADJ") or self._degree_adv(doc, k, lim):
                k += 1
            elif (
                k + 1 < lim
                and doc[k + 1].text in ("-", "–")
                and not doc[k].whitespace_
                and not doc[k + 1].whitespace_
            ):
                k += 2
            else:
                break
        if (
            borrow
            and k > j
            and k < lim
            and doc[k - 1].pos_ in ("NOUN", "ADJ")
            and ctx.owner[k] in ctx.one_word
            and (k + 1 >= lim or not _cap(doc[k + 1]))
            and not strict
        ):
            return k, k + 1, "org"  # "of the far-right AfD" with the party read as a person
        if k > j and k < lim and _cap(doc[k]) and ctx.owner[k] < 0 and doc[j].is_lower:
            e = self._org_run(ctx, k, lim)
            if (
                e > k
                and any(t.ent_type_ == "ORG" for t in doc[k:e])
                and self._orgish(doc, k, e)
                and not self._placey(doc, k, e)
            ):
                start = k
        if start < lim and (_cap(doc[start]) or doc[start].lower_ in self.connectors):
            if not _cap(doc[start]) and not (start + 1 < lim and _cap(doc[start + 1])):
                return None
            e = self._org_run(ctx, start, lim)
            if e <= start:
                return None
            kind = "place" if self._placey(doc, start, e) else "org"
            # "a columnist for The Atlantic": a capital "The" inside a sentence is part of
            # a title, a publication's name, not a place
            if (
                kind == "place"
                and start == j
                and j > i
                and doc[i].text == "The"
                and not doc[i].is_sent_start
                and not (i > 0 and doc[i - 1].text in ('"', "“", ":", "—"))
            ):
                kind = "org"
            if strict and kind == "org" and not self._orgish(doc, start, e):
                kind = "place"
            if doc[start:e].text.lower() in self.party_names:
                kind = "org"  # "X from the Liberal Democrats said": a party, not a people
            # "the Cumbria Fire and Rescue squad", "the National Iodine Nutrition study"
            k = e
            # ("the Tabriz provincial administration": an adjective before such a noun)
            while (
                k < lim
                and k - e < 2
                and (
                    doc[k].pos_ == "NOUN"
                    or (doc[k].pos_ == "ADJ" and k + 1 < lim and doc[k + 1].lower_ in self.org_cues)
                )
                and not _cap(doc[k])
            ):
                if ctx.owner[k] >= 0 or self._role_at(doc, k) is not None:
                    break
                k += 1
            if k > e and (k >= lim or doc[k].pos_ not in ("NOUN", "PROPN")):
                if kind == "org" or doc[k - 1].lower_ in self.org_cues:
                    return start, k, "org"
                return start, k, "common"  # "the Paris office": a place's common noun
            return start, e, kind
        # lower-case noun phrase: "the agency", "photography", "exhibits"
        e = j
        while e < lim and not self._boundary(ctx, e) and ctx.owner[e] < 0:
            tok = doc[e]
            if e > j and _cap(tok) and doc[e - 1].is_lower:
                break  # "the charity Shelter": a name (tagged a noun) after the noun
            # (a lower-case word tagged PROPN is a tagger slip: "the city council")
            if tok.pos_ in ("NOUN", "ADJ", "NUM") or (tok.text in ("-",) and e > j):
                e += 1
            elif tok.pos_ == "PROPN" and tok.is_lower and tok.is_alpha:
                e += 1
            elif (  # "a banned weekly", "a newly founded group": a participle as adjective
                tok.tag_ == "VBN"
                and tok.is_lower
                and e + 1 < lim
                and doc[e + 1].pos_ in ("NOUN", "ADJ")
            ):
                e += 1
            else:
                break
        while (
            e > j
            and doc[e - 1].pos_ != "NOUN"
            and not (doc[e - 1].pos_ == "PROPN" and doc[e - 1].is_lower)
        ):
            e -= 1
        if e <= j:
            return None
        # "the country's central bank": a possessive common noun before the head noun
        if e + 1 < lim and doc[e].tag_ == "POS" and doc[e + 1].is_lower:
            nxt = self._np(ctx, e + 1, lim)
            if nxt is not None and nxt[0] == e + 1 and nxt[2] != "place":
                return j, nxt[1], nxt[2]
        kind = "org" if doc[e - 1].lemma_.lower() in self.org_cues else "common"
        # "a weekly called Voice", "a charity named Open Hands": the name it is given
        if (
            e + 1 < lim
            and doc[e].lower_ in ("called", "named")
            and _cap(doc[e + 1])
            and ctx.owner[e + 1] < 0
        ):
            e2 = self._org_run(ctx, e + 1, lim)
            if e2 > e + 1 and not self._placey(doc, e + 1, e2):
                return e + 1, e2, "org"
        # "the group Save the Frogs", "the charity Oxfam": the name that follows is the org
        words = sum(1 for t in doc[j:e] if t.is_alpha)
        if kind == "org" and words <= 3 and e + 2 < lim and doc[e].text in ('"', "“"):
            quoted = self._np(ctx, e, lim, quoted=True)  # 'the group "Yellow Shirts"'
            if quoted is not None and quoted[0] == e + 1:
                return quoted
        # (a one-word "person" there is the NER's misreading: "the charity Shelter")
        # ("the law firm Crowe Lyall": a "person" named once there, too)
        named = e < lim and (
            ctx.owner[e] < 0 or ctx.owner[e] in ctx.one_word or ctx.owner[e] in ctx.once
        )
        if kind == "org" and words <= 3 and named and _cap(doc[e]):
            if ctx.owner[e] >= 0:
                e2 = e
                while e2 < lim and ctx.owner[e2] == ctx.owner[e]:
                    e2 += 1
                # not "the company Jane Roe founded": the person is a clause's subject
                if e2 >= lim or doc[e2].text in CLOSERS or doc[e2].lower_ in ORG_PREPS:
                    return e, e2, "org"
                return j, e, kind
            e2 = self._org_run(ctx, e, lim)
            if e2 > e:  # the noun says it is an org, whatever the NER says
                return e, e2, "org"
        return j, e, kind

    # -- role phrases ----------------------------------------------------------------------
    def _segment(self, ctx: _Doc, i: int, lim: int, generic: bool = False) -> Seg | None:
        """``[modifiers] ROLE (prep NP)*``: role words ending in a role noun, then
        prepositional phrases (an organisation ends the segment). With ``generic`` (an
        apposition set off by commas) any lower-case common noun may head the role."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        j = i
        # "a practising homeopath": a participle may open the role words after a
        # determiner ("X, requesting assistance": a participle clause is no role)
        if generic and i > 0 and tokens[i - 1].lower_ in DETS | POSS_DETS:
            while j < lim and j - i < 2 and tokens[j].tag_ in ("VBG", "VBN") and tokens[j].is_lower:
                j += 1
        # "X, proposed Secretary of State for Y,": a participle right after the comma
        # before a capitalised post
        if (
            generic
            and i > 0
            and tokens[i - 1].text == ","
            and tokens[i].tag_ == "VBN"
            and tokens[i].is_lower
            and i + 1 < lim
            and _cap(tokens[i + 1])
            and ctx.owner[i + 1] < 0
        ):
            j = i + 1
        if j == i and i > 0 and tokens[i - 1].lower_ in DETS | POSS_DETS:
            # "the democratically elected head of X", "the newly appointed director"
            k = i + (tokens[i].pos_ == "ADV" and tokens[i].lower_.endswith("ly"))
            if k + 1 < lim and tokens[k].tag_ == "VBN" and tokens[k].is_lower and k > i:
                j = k + 1
            elif k + 1 < lim and tokens[k].lower_ in ("elected", "appointed"):
                j = k + 1
        while j < lim and self._is_mod(ctx, j, lim):
            j += 1
        if j == i:
            return None
        # the role noun: the last one in the run that ends it or is followed by a
        # preposition ("First Minister of Scotland" runs on through "of Scotland")
        role = None
        for h in range(j - 1, i - 1, -1):
            # ("chief executive last year": a time phrase after the role is no part of it)
            if (
                h + 1 == j
                or tokens[h + 1].lower_ in ORG_PREPS
                or (tokens[h + 1].ent_type_ in ("DATE", "TIME") and not tokens[h].ent_type_)
            ):
                role = self._role_at(doc, h)
                if role is not None:
                    j = h + 1
                    break
        loose = False  # a head no lexicon knows and no agent suffix marks as a person
        if role is None and generic:
            role = self._generic_head(ctx, i, j, lim)
            loose = role is not None and not role[1].endswith(self.agent_suffixes)
        if role is None:
            return None
        # "editor at large", "professor emeritus": fixed words after the role noun
        for post in self.role_postmods:
            if tuple(t.lower_ for t in doc[j : j + len(post)]) == post and j + len(post) <= lim:
                j += len(post)
                break
        seg = Seg(start=i, head_start=role[0], role_end=j, end=j)
        seg.plural = tokens[j - 1].lower_ != role[1] and tokens[j - 1].lower_.endswith("s")
        after_common = False
        while j < lim and (tokens[j].lower_ in ORG_PREPS or tokens[j].lower_ == "on"):
            if tokens[j].lower_ == "on":
                if j + 1 >= lim or tokens[j + 1].ent_type_ in ("DATE", "TIME", "EVENT"):
                    break  # "chairman on Tuesday": a time, not the role's topic
                # "an expert on migration at X", "adviser on Russia to Y": the topic is
                # part of the role, never the organisation
                e = j + 1
                while e < lim and _cap(tokens[e]) and tokens[e].ent_type_ in PLACE_ENTS:
                    e += 1  # "on Russia": a place (no org run through "at the X")
                np = (j + 1, e, "place") if e > j + 1 else self._np(ctx, j + 1, lim, strict=True)
                if np is None or not (tokens[np[0]].is_lower or np[2] == "place"):
                    break
                seg.role_end = seg.end = j = np[1]
                after_common = True
                continue
            if doc[j].lower_ == "in" and j + 1 < lim and doc[j + 1].ent_type_ in ("DATE", "TIME"):
                break  # "ambassador to Peru in May": a time, not the role's place
            # "a teacher in the town of X": after a common noun "of" names a place
            # ("the mayor of Valencia": after a post held over a place, "of" needs an
            # organisation word or entity to name an organisation)
            strict = tokens[j].lower_ in ("from", "in", "to") or (
                tokens[j].lower_ == "of"
                and (after_common or tuple(t.lower_ for t in doc[role[0] : j]) in self.place_roles)
            )
            # "chief executive of Nordwind" with "Nordwind" taken for a person named once
            nxt = j + 1 + (j + 1 < lim and tokens[j + 1].lower_ in DETS)
            borrow = (
                tokens[j].lower_ in ("of", "for", "at") and nxt < lim and ctx.owner[nxt] in ctx.once
            )
            borrow_multi = (
                borrow
                and (
                    tokens[j].lower_ == "at"
                    or (tokens[j].lower_ == "of" and role[1] in self.org_head_roles)
                )
                and self._borrow_ok(ctx, j + 1, lim)
            )
            np = self._np(
                ctx,
                j + 1,
                lim,
                strict=strict,
                borrow=borrow,
                borrow_multi=borrow_multi,
                quoted=role[1] not in self.work_roles and tokens[j].lower_ in ("of", "for"),
            )
            if np is None:
                break
            s, e, kind = np
            if (
                kind == "org"
                and tokens[j].lower_ == "of"
                and tuple(t.lower_ for t in doc[role[0] : j]) in self.place_roles
                and (
                    tokens[s].is_lower  # "mayor of the capital"
                    or not any(t.lower_ in self.org_cues or _camel(t.text) for t in doc[s:e])
                )
            ):
                kind = "place"  # "the mayor of Sevilla" whatever the NER says
            if kind == "org":
                # "the Dallas chapter of the Council on X": a unit of a named organisation
                if e + 1 < lim and tokens[e].lower_ == "of" and tokens[e - 1].is_lower:
                    np2 = self._np(ctx, e + 1, lim)
                    if np2 is not None and np2[2] == "org" and _cap(tokens[np2[0]]):
                        e = np2[1]
                # "CEI (Italian Episcopal Conference)": a spelt-out name in brackets
                if e + 2 < lim and tokens[e].text == "(" and _cap(tokens[e + 1]):
                    e2 = self._org_run(ctx, e + 1, lim)
                    if e2 < lim and tokens[e2].text == ")" and e2 - e <= 8:
                        e = e2 + 1
                seg.org = (s, e)
                seg.end = e
                if e < lim and tokens[e].text in ('"', "”") and tokens[s - 1].text in ('"', "“"):
                    seg.end = e + 1  # 'of the "Haven"': past the closing mark
                    # 'for the "Open Doors" network': and the organisation noun after it
                    if e + 1 < lim and tokens[e + 1].is_lower and tokens[e + 1].lower_ in self.org_cues:
                        seg.end = e + 2
                break
            seg.role_end = seg.end = j = e
            after_common = kind == "common"
        if loose and seg.org is None and seg.role_end > role[0] + 1:
            return None  # "the subject of the documentary", "the target of the attack"
        # "X, sang." (a verb the tagger took for a noun): a bare unknown head with no
        # determiner that ends the sentence
        if (
            loose
            and seg.org is None
            and (i == 0 or tokens[i - 1].lower_ not in DETS | POSS_DETS)
            and (seg.end >= ctx.n or tokens[seg.end].text in (".", "!", "?"))
        ):
            return None
        if loose and seg.org is None and j < lim and tokens[j].lower_ in ORG_PREPS:
            return None  # "NAME, a kiss for you,": a preposition with no noun phrase after
        return seg

    def _generic_head(self, ctx: _Doc, i: int, j: int, lim: int) -> tuple[int, str] | None:
        """The head of role words [i, j) that no lexicon knows: their last token, a
        lower-case common noun (``undersecretary``, ``homeopath``), not a word that
        describes a person rather than a position (``aff_not_role_heads.txt``)."""
        doc = ctx.doc
        h = j - 1
        tok = doc[h]
        if tok.pos_ != "NOUN" or not tok.is_lower or not tok.is_alpha or ctx.owner[h] >= 0:
            return None
        # "a Dutch passenger", "Ohio resident X": a person noun that a place or
        # nationality qualifies reads as the person's description
        placed = (
            tok.lower_ in self.place_person_nouns
            and any(_cap(t) and t.ent_type_ in PLACE_ENTS for t in doc[i:h])
            and all(
                t.ent_type_ in PLACE_ENTS or (t.is_sent_start and t.pos_ != "PROPN")
                for t in doc[i:h]
                if _cap(t)
            )
        )
        if (tok.lower_ in self.not_heads or tok.lemma_.lower() in self.not_heads) and not placed:
            return None
        if tok.lower_ in self.org_cues or tok.lemma_.lower() in self.org_cues:
            return None  # "Halvorsen Capital, the firm,": an organisation, no person
        # ("the Irish rock star": a nationality may describe a plain role)
        if not placed and any(
            _cap(t) and not (t.ent_type_ == "NORP" and t.pos_ == "ADJ") for t in doc[i:j]
        ):
            return None  # capitalised words: a name or an organisation, not a plain role
        if j < lim and not (
            doc[j].text in CLOSERS or doc[j].lower_ in ORG_PREPS or doc[j].lower_ in ("and", "who")
        ):
            return None
        return h, tok.lower_

    def _relative(self, ctx: _Doc, i: int, lim: int) -> tuple[Seg, int] | None:
        """``who heads the NGO X`` / ``who chairs the committee``."""
        if i >= lim or ctx.doc[i].lower_ not in ("who", "that"):
            return None
        return self._verb_phrase(ctx, i, i + 1, lim)

    def _verb_phrase(self, ctx: _Doc, i: int, j: int, lim: int) -> tuple[Seg, int] | None:
        """``heads the NGO X``, ``works at X``, ``is a professor at X`` from token ``j``
        (``i`` starts the segment)."""
        doc = ctx.doc
        while j < lim:
            if doc[j].pos_ == "ADV" or doc[j].lower_ in ("has", "had", "have"):
                j += 1
            elif (  # "who until last year ran X", "who since 2009 has led X"
                doc[j].lower_ in ("until", "since", "in")
                and j + 1 < lim
                and doc[j + 1].ent_type_ == "DATE"
            ):
                j += 1
                while j < lim and doc[j].ent_type_ == "DATE":
                    j += 1
            else:
                break
        # "X, who said he was a spokesman for the rebels,": the person's own word for
        # their post
        if (
            doc[i].lower_ == "who"
            and j + 2 < lim
            and doc[j].pos_ == "VERB"
            and doc[j].lemma_ in ("say", "claim")
        ):
            k = j + 1 + (doc[j + 1].lower_ == "that")
            if k + 1 < lim and doc[k].lower_ in ("he", "she"):
                j = k + 1
        if j >= lim:
            return None
        verb = doc[j].lower_
        # "who works as a nurse at X": a copula phrase before the bare role verb
        for cop in self.copulas:
            if len(cop) > 1 and tuple(t.lower_ for t in doc[j : j + len(cop)]) == cop:
                segs, end = self._complement(ctx, j + len(cop), lim, relative=False)
                if segs:
                    return segs[0], end
        if verb in self.role_verbs:
            role = self.role_verbs[verb]
            k = j + 1
            if k < lim and doc[k].lower_ in ORG_PREPS:
                k += 1  # "who works for X"
            # "joined Redline Media": a misread organisation named once ("works with X"
            # and "works in X" may name a person or a place)
            np = self._np(
                ctx,
                k,
                lim,
                quoted=True,
                borrow_multi=verb in self.org_verbs
                # ("works for X" may name a person employer)
                and (k == j + 1 or doc[j + 1].lower_ == "at")
                and self._borrow_ok(ctx, k, lim, as_after=verb in ("joined", "joins")),
            )
            if np is None:
                return None
            s, e, kind = np
            if kind != "org" and e + 1 < lim and doc[e].lower_ in ORG_PREPS:
                # "who teaches biology at Harvard University"
                np2 = self._np(ctx, e + 1, lim, strict=doc[e].lower_ in ("from", "in", "to"))
                if np2 is not None and np2[2] == "org":
                    s, e, kind = np2
            # "works for Oxfam": a bare LOC after "for" is an employer the NER misread,
            # not a country or nationality
            if (
                kind == "place"
                and k == j + 2
                and doc[j + 1].lower_ == "for"
                and not any(t.ent_type_ in ("GPE", "NORP") for t in doc[s:e])
            ):
                kind = "org"
            if kind == "org":
                e = self._unit_of(ctx, e, lim)
                # "joined Northgate Bank as a senior analyst": the role after "as"
                if e + 1 < lim and doc[e].lower_ == "as":
                    rsegs, rend = self._phrase(ctx, e + 1, lim, relative=False)
                    if rsegs and rsegs[0].org is None and rsegs[0].role_text is None:
                        r = rsegs[0]
                        rs = r.start + (doc[r.start].lower_ in DETS)
                        if rs < r.role_end:
                            text = ctx.text[
                                doc[rs].idx : doc[r.role_end - 1].idx
                                + len(doc[r.role_end - 1].text)
                            ]
                            seg = Seg(i, j, role_end=j + 1, end=rend, org=(s, e), role_text=text)
                            return seg, rend
                return Seg(i, j, role_end=j + 1, end=e, org=(s, e), role_text=role), e
            if not role:
                return None
            return Seg(i, j, role_end=e, end=e, role_text=role), e
        for cop in self.copulas:
            if tuple(t.lower_ for t in doc[j : j + len(cop)]) == cop:
                segs, end = self._complement(ctx, j + len(cop), lim, relative=False)
                if segs:
                    return segs[0], end
        return None

    def _borrow_ok(self, ctx: _Doc, k: int, lim: int, as_after: bool = False) -> bool:
        """The "person" at token ``k`` (after a determiner) may be a misread organisation:
        no title of a person ("worked for Senator Ann Lee"), and with ``as_after`` a role
        after it ("joined Redline Media as a reporter", not "joined Mark Ode on stage")."""
        doc = ctx.doc
        j = k + (k < lim and doc[k].lower_ in DETS)
        if j >= lim or ctx.owner[j] < 0:
            return True
        if ctx.reg.people[ctx.owner[j]].get("titles"):
            return False
        e = j
        while e < lim and ctx.owner[e] == ctx.owner[j]:
            e += 1
        return not as_after or (e < lim and doc[e].lower_ == "as")

    def _unit_of(self, ctx: _Doc, e: int, lim: int) -> int:
        """End of an organisation ending at ``e`` extended by the named organisation it is
        a unit of: "the Tehran office of the Red Crescent"."""
        doc = ctx.doc
        k = e
        # ("the board of trustees at Riverside University": through a common noun)
        for _ in range(2):
            if not (k + 1 < lim and doc[k].lower_ in ("of", "at") and doc[k - 1].is_lower):
                break
            np2 = self._np(ctx, k + 1, lim)
            if np2 is None or np2[2] == "place":
                break
            if np2[2] == "org" and _cap(doc[np2[0]]):
                return np2[1]
            k = np2[1]
        return e

    def _party_of(self, role: str) -> str | None:
        """The party a role's capitalised opening words name (``Labour MP``), or None."""
        words = role.split()
        if words and words[0].lower() in ("former", "veteran", "senior", "junior"):
            words = words[1:]
        if words and _year(words[0]):
            words = words[1:]  # "2008 Republican presidential candidate"
        # "UK Labour leader", "Scottish Conservative MP": a place word before the party
        for skip in (0, 1):
            first = words[0] if words else ""
            if skip and not (first[:1].isupper() and first.replace(".", "").isalpha()):
                break
            if skip and (self._singular(words[0].lower()) or title_table().is_title(words[:1])):
                break
            rest = words[skip:]
            for n in (2, 1):
                if len(rest) > n and " ".join(rest[:n]) in self.party_words:
                    # a role word right after: not "Democratic Republic of Congo President"
                    nxt = rest[n]
                    if self._singular(nxt.lower()) or title_table().is_title([nxt]):
                        return " ".join(rest[:n])
                    # "Republican presidential candidate": lower-case words before the role
                    if (
                        len(rest) - n <= 3
                        and all(w.isalpha() and w.islower() for w in rest[n:])
                        and self._singular(rest[-1])
                    ):
                        return " ".join(rest[:n])
        return None

    def _role_verb_base(self, tok: Token) -> str | None:
        """The role a verb's base form names (``lead`` -> leader, ``run`` -> head)."""
        for form in (tok.lower_ + "s", tok.lower_ + "es"):
            if self.role_verbs.get(form):
                return self.role_verbs[form]
        return None

    def _complement(
        self, ctx: _Doc, k: int, lim: int, relative: bool = True
    ) -> tuple[list[Seg], int]:
        """What a copula says the subject is: a role phrase (``a professor at X``), or
        ``the first woman to lead X`` / ``in charge of X`` with a named organisation."""
        segs, end = self._phrase(ctx, k, lim, relative=relative)
        if segs:
            return segs, end
        doc = ctx.doc
        # "in charge of the city's water department", "in charge of Acme's sales team"
        if tuple(t.lower_ for t in doc[k : k + 3]) == ("in", "charge", "of"):
            np = self._np(ctx, k + 3, lim)
            if np is not None and np[2] == "org":
                s, e, _kind = np
                e = self._unit_of(ctx, e, lim)
                return [Seg(k, k, role_end=k + 3, end=e, org=(s, e), role_text="in charge of")], e
            return [], k
        # "serves on the board of X", "sits on the board of trustees of X"
        if tuple(t.lower_ for t in doc[k : k + 3]) == ("on", "the", "board"):
            j = k + 3
            if tuple(t.lower_ for t in doc[j : j + 2]) in (("of", "directors"), ("of", "trustees")):
                j += 2
            if j + 1 < lim and doc[j].lower_ in ("of", "at"):
                np = self._np(ctx, j + 1, lim, borrow=True, borrow_multi=True)
                if np is not None and np[2] == "org" and _cap(doc[np[0]]):
                    s, e, _kind = np
                    seg = Seg(k, k, role_end=j, end=e, org=(s, e), role_text="board member")
                    return [seg], e
            return [], k
        # "the first woman to lead the X", "the youngest person ever to run X"
        j = k + (k < lim and doc[k].lower_ in DETS)
        r0 = j
        while (
            j < lim
            and j - r0 < 5
            and (
                doc[j].pos_ in ("ADJ", "NOUN", "NUM", "ADV")
                or doc[j].ent_type_ in ("ORDINAL", "NORP")
            )
        ):
            j += 1
        # ("the only woman to have chaired X")
        v = j + 1 + (j + 2 < lim and doc[j + 1].lower_ == "have")
        if (
            j > r0
            and v + 1 < lim
            and doc[j].lower_ == "to"
            and doc[r0].lower_ in ("first", "second", "third", "only", "youngest", "oldest", "last")
            and (
                self._role_verb_base(doc[v]) is not None
                if v == j + 1
                else bool(self.role_verbs.get(doc[v].lower_))
            )
        ):
            np = self._np(ctx, v + 1, lim)
            if np is not None and np[2] == "org" and _cap(doc[np[0]]):
                s, e, _kind = np
                role = ctx.text[doc[r0].idx : doc[v].idx + len(doc[v].text)]
                return [Seg(k, r0, role_end=v + 1, end=e, org=(s, e), role_text=role)], e
        return [], k

    def _phrase(
        self,
        ctx: _Doc,
        i: int,
        lim: int,
        *,
        relative: bool = True,
        bare_org: bool = False,
        generic: bool = False,
    ) -> tuple[list[Seg], int]:
        """``[det] segment ([,] and [det] segment)* [, who ...]``: the segments and the end."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        segs: list[Seg] = []
        j = i
        while j < lim and j - i < 2 and tokens[j].pos_ == "ADV" and tokens[j].is_lower:
            j += 1  # "X, formerly head of Y", "X, now a professor at Y"
        # "X, his special envoy to Y": a possessive determiner opens a lexicon role only
        # (no generic head: "X, his old friend" names no post)
        poss = j < lim and j > 0 and tokens[j - 1].text == "," and tokens[j].lower_ in POSS_DETS
        if j < lim and (tokens[j].lower_ in DETS or poss):
            j += 1
        seg = self._segment(ctx, j, lim, generic=generic and not poss)
        if (
            seg is None
            and bare_org
            and j < lim
            and tokens[j].lower_ in ("of", "at", "for", "with", "from")
        ):
            np = self._np(ctx, j + 1, lim)  # "Mu Li, of the University of X"
            # "John Doe, 45, of Springfield": after an age, "of" gives the home town
            aged = j >= 2 and tokens[j - 1].text == "," and tokens[j - 2].like_num
            cue = np is not None and any(
                t.lower_ in self.org_cues or _camel(t.text) for t in doc[np[0] : np[1]]
            )
            if np is not None and np[2] == "org" and (not aged or cue):
                seg = Seg(j, j, role_end=j, end=np[1], org=(np[0], np[1]))
        if seg is None:
            if relative:
                rel = self._relative(ctx, j, lim)
                if rel is not None:
                    return [rel[0]], rel[1]
            return [], i
        segs.append(seg)
        end = seg.end
        while True:
            k = end
            comma = k < lim and tokens[k].text == ","
            if comma:
                k += 1
            if k < lim and tokens[k].lower_ == "and":
                k += 1
                if k < lim and tokens[k].lower_ in DETS:
                    k += 1
                nxt = self._segment(ctx, k, lim, generic=generic)
                if nxt is None:
                    break
                last = segs[-1]
                if (
                    not comma
                    and last.org is None
                    and last.role_text is None
                    and nxt.org is not None
                    # "Acme worker and president of the union": two posts, two orgs
                    and self._split(ctx, last)[1] is None
                ):
                    # "chief financial officer and treasurer at X": one role, one org
                    nxt.start = last.start
                    nxt.role_text = None
                    segs[-1] = nxt
                else:
                    segs.append(nxt)
                end = nxt.end
                continue
            break
        if relative:
            k = end + 1 if end < lim and tokens[end].text == "," else end
            rel = self._relative(ctx, k, lim)
            if rel is not None:
                rseg, rend = rel
                if rseg.org is not None and segs[-1].org is None:
                    last = segs[-1]
                    last.org, last.end = rseg.org, rend
                    if rseg.role_text:  # "missionary who heads"
                        last.role_text = doc[last.start : rseg.role_end].text
                    end = rend
                elif rseg.org is not None:
                    segs.append(rseg)
                    end = rend
        return segs, end

    # -- turning segments into (role, org) -------------------------------------------------
    def _split(self, ctx: _Doc, seg: Seg) -> tuple[str | None, str | None]:
        """Role text and organisation text of one segment (an organisation may also sit in
        the modifiers: ``Procter & Gamble spokeswoman``, ``the ministry's spokesman``)."""
        doc = ctx.doc
        org = seg.org
        rs, re_ = seg.start, seg.role_end
        cut: tuple[int, int] | None = None  # tokens of the role words that name the org
        left_org: tuple[int, int] | None = None
        person_poss = False
        # possessive: "the Afghan team's coach", "the ministry's spokesman"
        for k in range(rs, seg.head_start):
            if (doc[k].text in ("'s", "’s") or doc[k].tag_ == "POS") and k > rs:
                s0 = rs + 1 if doc[rs].lower_ in DETS else rs
                words = doc[s0:k]
                # "Rossi's senior adviser": a person's possessive is no organisation
                if self._person_words(ctx, s0, k):
                    person_poss = True
                    break
                if any(t.ent_type_ == "ORG" or t.lower_ in self.org_cues for t in words) or (
                    any(_cap(t) for t in words) and not self._placey(doc, s0, k)
                ):
                    cut, left_org = (s0, k + 1), (s0, k)
                    if k == s0 + 1 and s0 > 0 and doc[s0 - 1].lower_ == "the":
                        left_org = self._short_form(ctx, s0) or left_org
                break
        # a capitalised name among the role words: "Procter & Gamble spokeswoman"
        k = rs
        while left_org is None and not person_poss and k < seg.head_start:
            tok = doc[k]
            # "Supreme Leader": the first word of a multi-word role noun is no org
            in_role = any(
                (r := self._role_at(doc, m)) is not None and r[0] <= k < m
                for m in range(k + 1, min(k + 4, seg.head_start + 1))
            )
            # ("Labour Party Chairman": a role modifier opening an organisation's name)
            named_org = (
                k + 1 < seg.head_start
                and _cap(doc[k + 1])
                and doc[k + 1].lower_ in self.org_cues
                and self._role_at(doc, k + 1) is None
            ) or (
                # "Regional Transport Authority spokesman": an organisation word further on
                tok.lower_ == "regional"
                and any(
                    _cap(t) and t.lower_ in self.org_cues and self._role_at(doc, t.i) is None
                    for t in doc[k + 1 : min(k + 4, seg.head_start)]
                )
            )
            if (
                _cap(tok)
                and not in_role
                and (tok.lower_ not in self.role_mods or named_org)
                and self._role_at(doc, k) is None
            ):
                e = max(self._org_run(ctx, k, seg.head_start), k + 1)
                # "Fort Pitt Capital Group Chief Investment Officer": the org ends at "Chief"
                for m in range(k + 1, e):
                    if doc[m].lower_ in self.role_mods or self._role_at(doc, m):
                        # "Ministry of Defence spokesman": no org ends in "of"
                        if not any(t.lower_ in self.org_cues for t in doc[m:e]) and (
                            doc[m - 1].lower_ not in self.connectors
                        ):
                            e = m  # "... Group Chief Investment": not "Foreign Ministry"
                        break
                words = doc[k:e]
                # "Regional Legislative Council (RLC) Speaker": the acronym goes too
                c1 = (
                    e + 3 if e < seg.head_start and self._acronym_bracket(ctx, e, e + 4) == e else e
                )
                # "an Oxford-based analyst": where the person works, not an organisation
                if (
                    e + 1 < seg.head_start
                    and doc[e].text in ("-", "–")
                    and doc[e + 1].lower_
                    in (
                        "based",
                        "born",
                    )
                ):
                    k = e
                    continue
                orgish = self._orgish(doc, k, e)
                proper = orgish or any(
                    t.pos_ == "PROPN" or _camel(t.text) or _acronym(t) for t in words
                )
                # "Prime Minister", "Korean Studies Professor": part of a capitalised title
                # (not "UNICEF Director": an acronym names an organisation or a place;
                # not "Acme CEO": an abbreviated role heads no capitalised title)
                title_part = (
                    e == seg.head_start
                    and _cap(doc[e])
                    and not _acronym(doc[e])
                    and not orgish
                    and not all(_acronym(t) for t in words)
                )
                if (
                    proper
                    and not self._placey(doc, k, e)
                    and not title_part
                    and not self._place_modifier(ctx, k, e, seg)
                ):
                    cut, left_org = (k, c1), (k, e)
                    break
                k = e
            else:
                k += 1
        # "Dallas Police Chief": a place before a role noun whose first word is an
        # organisation word ("police chief") names the place's force
        h = seg.head_start
        if (
            left_org is None
            and h > rs
            and _cap(doc[h])
            and doc[h].lower_ in self.org_cues
            and self._role_at(doc, seg.role_end - 1) is not None
        ):
            k = h
            while k > rs and _cap(doc[k - 1]) and doc[k - 1].ent_type_ in PLACE_ENTS:
                k -= 1
            if k < h:
                left_org = (k, h + 1)  # the role keeps its words
        # a lower-case organisation noun compounded with the role: "a company spokesman",
        # "city council member" (the noun run right before the role noun)
        h = seg.head_start
        if left_org is None and h - 1 >= rs and doc[h - 1].lower_ in self.org_cues:
            if doc[h - 1].pos_ == "NOUN" and doc[h - 1].is_lower:
                k = h - 1
                while k - 1 >= rs and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower:
                    k -= 1
                left_org = (k, h)  # the role keeps its words: "company spokesman"
        # "UN High Commissioner for Refugees", "EU Commissioner for Health": with an
        # organisation in the modifiers, a bare "for" phrase with no organisation word is the
        # post's portfolio, part of the role
        # ("Minister for Health", "Secretary of State for Defence": a cabinet post's
        # portfolio, with or without an organisation before; "EU commissioner for Home
        # Affairs": a commissioner's portfolio too, whatever the NER says of it)
        cabinet = any(
            doc[k].lower_ in ("minister", "secretary", "commissioner")
            for k in range(seg.head_start, seg.role_end)
        )
        # "Minister of the Interior", "Minister of Foreign Affairs": a minister's "of"
        # phrase is the portfolio too
        minister = cabinet and any(
            doc[k].lower_ in ("minister", "ministers") for k in range(seg.head_start, seg.role_end)
        )
        if (
            org is not None
            and (left_org is not None or cabinet)
            and seg.role_text is None
            and (
                doc[org[0] - 1].lower_ == "for"
                or (
                    minister
                    and (
                        doc[org[0] - 1].lower_ == "of"
                        or (doc[org[0] - 1].lower_ == "the" and doc[org[0] - 2].lower_ == "of")
                    )
                )
            )
            and org[1] - org[0] <= 3
            and not any(
                (t.ent_type_ == "ORG" and not cabinet)
                or t.lower_ in self.org_cues
                or _camel(t.text)
                or (t.is_upper and len(t.text) > 1)
                for t in doc[org[0] : org[1]]
            )
        ):
            re_, org = org[1], None
        if org is None and left_org is not None:
            org = left_org
        else:
            cut = None
        if seg.role_text is not None:
            role = seg.role_text
        else:
            text = ctx.text
            a = doc[rs].idx
            b = doc[re_ - 1].idx + len(doc[re_ - 1].text) if re_ > rs else a
            if cut is not None:
                c0 = doc[cut[0]].idx
                c1 = doc[cut[1] - 1].idx + len(doc[cut[1] - 1].text)
                role = (text[a:c0] + " " + text[c1:b]) if c0 >= a else text[a:b]
            else:
                role = text[a:b] if b > a else ""
            role = " ".join(role.split()).replace("- ", "-").strip(" -,")
            if seg.plural and role:
                head = self._role_at(doc, re_ - 1)
                if head:
                    last = doc[re_ - 1].text
                    sing = last[: len(head[1])] if last.lower().startswith(head[1]) else head[1]
                    role = role[: len(role) - len(last)] + sing if role.endswith(last) else role
        org_text = None
        if org is not None:
            # "director for the Middle East for Acme International": a region the role
            # covers comes first; the organisation is the one after the last preposition
            for k in range(org[1] - 2, org[0], -1):
                if (
                    doc[k].lower_ in ("for", "at", "with", "of")
                    and self._placey(doc, org[0], k)
                    # a bare place name ("the Middle East and North Africa"), not a unit of
                    # an organisation ("the Austin chapter of X")
                    and all(_cap(t) or t.lower_ in ("and", "the") for t in doc[org[0] : k])
                ):
                    k1 = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                    if k1 < org[1] and _cap(doc[k1]) and not self._placey(doc, k1, org[1]):
                        org = (k1, org[1])
                    break
                # "Vice President of Marketing at Apple": a department with no mark of an
                # organisation before "at" is the post's portfolio
                k1 = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                if (
                    doc[k].lower_ == "at"
                    and k1 < org[1]
                    and not any(
                        t.lower_ in self.org_cues or _camel(t.text) for t in doc[org[0] : k]
                    )
                    and _cap(doc[k1])
                    and not self._placey(doc, k1, org[1])
                ):
                    org = (k1, org[1])
                    break
            named = self._named_antecedent(ctx, org)
            if named is not None:
                org = named
            elif self._bare_anaphor(ctx, org):
                return (role or None), None  # "for the group" with no group named
            org_text = ctx.text[doc[org[0]].idx : doc[org[1] - 1].idx + len(doc[org[1] - 1].text)]
            org_text = org_text.strip(" ,")
            last = org_text.split()[-1]
            # ("U.N." keeps its dots: letters and periods only)
            dotted = len(last) > 2 and all(c == "." for c in last[1::2]) and last[::2].isupper()
            if org_text.endswith(".") and last.lower() not in self.abbrevs and not dotted:
                org_text = org_text[:-1]  # "SpaceX." at a sentence end
            if org_text.lower().startswith(("the ", "a ", "an ")):
                org_text = org_text.split(" ", 1)[1]
        return (role or None), (org_text or None)

    # -- person names the NER missed -------------------------------------------------------
    def _name_fwd(
        self, ctx: _Doc, i: int, max_words: int = 4, orgs_ok: bool = False, places_ok: bool = False
    ) -> int:
        """End of a person-like capitalised run starting at ``i`` (``i`` if none)."""
        doc = ctx.doc
        e = i
        words = 0
        while e < ctx.n and words < max_words:
            tok = doc[e]
            if ctx.owner[e] >= 0 or tok.ent_type_ in (
                NON_NAME_ENTS - PLACE_ENTS if places_ok else NON_NAME_ENTS
            ):
                break
            if tok.ent_type_ == "ORG" and not orgs_ok:
                break
            if e > i and "\n" in doc[e - 1].whitespace_:
                break
            if tok.text in ("-", "‐") and e > i and not doc[e - 1].whitespace_ and e + 1 < ctx.n:
                e += 1
                continue
            glued = (
                tok.is_alpha
                and len(tok.text) <= 5  # "Jae-in", "Min-seok"; not "Smith-led"
                and e > i
                and doc[e - 1].text in ("-", "‐")
                and not doc[e - 1].whitespace_
            )
            if (not _cap(tok) and not glued) or tok.is_punct or tok.like_num:
                break
            if (
                (e > i and self._singular(tok.lower_))  # "Dean Kamen" is a name
                or tok.lower_ in self.org_cues
                or title_table().is_title([tok.text])
            ):
                break
            words += 1 if e == i or doc[e - 1].whitespace_ else 0
            e += 1
        while e > i and doc[e - 1].text in ("-", "‐"):
            e -= 1
        if e < ctx.n and _cap(doc[e]) and not doc[e].is_punct and ctx.owner[e] < 0:
            return i  # the run goes on: an organisation or a longer name we do not know
        return e

    def _name_back(self, ctx: _Doc, end: int) -> int:
        """Start of a person-like capitalised run ending at ``end`` (``end`` if none)."""
        doc = ctx.doc
        s = end
        while s > 0 and end - s < 6:
            tok = doc[s - 1]
            if (
                tok.text in ("-", "‐")
                and not tok.whitespace_
                and s - 1 > 0
                and not doc[s - 2].whitespace_
            ):
                s -= 1
                continue
            # "Jae-in": a lower-case part glued after a hyphen belongs to the name
            glued = (
                tok.is_alpha
                and len(tok.text) <= 5
                and s - 2 >= 0
                and doc[s - 2].text in ("-", "‐")
                and not doc[s - 2].whitespace_
            )
            if (
                (not _cap(tok) and not glued)
                or tok.is_punct
                or tok.like_num
                or ctx.owner[s - 1] >= 0
            ):
                break
            if "\n" in tok.whitespace_ and s != end:
                break
            s -= 1
            if tok.is_sent_start or (s > 0 and "\n" in doc[s - 1].whitespace_):
                break
        return s

    def _register(
        self,
        ctx: _Doc,
        reg: PeopleRegistry,
        s: int,
        e: int,
        *,
        min_words: int,
        places_ok: bool = False,
        orgs_ok: bool = False,
    ) -> int:
        """Add the name at tokens [s, e) to the registry; the person's index or -1
        (``orgs_ok``: the context alone says it is a person, whatever the NER label)."""
        doc = ctx.doc
        if e <= s:
            return -1
        span = doc[s:e]
        words = span.text.split()
        if len(words) < min_words or len(words) > 4:
            return -1
        bad = NON_NAME_ENTS - PLACE_ENTS if places_ok else NON_NAME_ENTS
        if orgs_ok:  # the small model's odd labels for foreign names
            bad = bad - MISC_ENTS
        if any(t.ent_type_ in bad for t in span):
            return -1
        if any(word_key(w) in self.org_cues for w in words) or self._singular(words[-1].lower()):
            return -1
        if any(title_table().is_title([w]) for w in words):
            return -1
        if span[0].is_stop or (span[0].ent_type_ == "ORG" and len(words) != 2 and not orgs_ok):
            return -1
        if len(words) == 1 and (
            words[0].isupper() or span[0].is_sent_start or span[0].pos_ != "PROPN"
        ):
            return -1
        person = reg.add(span.text, span.start_char, span.end_char, trust_ner=False)
        idx = next(k for k, p in enumerate(reg.people) if p is person)
        for i in range(s, e):
            ctx.owner[i] = idx
        return idx

    # -- the component -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        reset_doc_caches()
        self._role_cache.clear()
        reg = get_registry(doc)
        ctx = _Doc(doc, reg)
        found: list[tuple[int, str | None, str | None, int, int, str, bool]] = []

        names = [p["name"] for p in reg.people]
        self._find_missed_names(ctx, reg)
        # "Somkiat Wongsawat-anong, a social activist ... Somkiat belongs to X": the bare
        # names of people the grammar found (or gave a fuller name)
        grown = [p for k, p in enumerate(reg.people) if k >= len(names) or p["name"] != names[k]]
        if grown:
            sweep_names(doc, reg, people=grown)
            ctx.reindex(reg)
        # walk every mention of every person
        for idx, person in enumerate(reg.people):
            for s_char, e_char in list(person["mentions"]):
                span = doc.char_span(s_char, e_char, alignment_mode="expand")
                if span is None:
                    continue
                self._rules_at(ctx, idx, span.start, span.end, found)
        self._lists(ctx, reg, found)
        self._founded_by(ctx, reg, found)
        self._later_description(ctx, found)
        self._pronoun_copula(ctx, found)
        self._emit(doc, reg, found)
        return doc

    def _find_missed_names(self, ctx: _Doc, reg: PeopleRegistry) -> None:
        doc = ctx.doc
        tokens = doc_tokens(doc)
        for i, tok in enumerate(tokens):
            tok_text = tok.text
            # "Liberal Democrat Vince Cable expressed": a party word opening the sentence,
            # then a two-or-three-word proper-noun run that is the subject of the verb
            if tok_text in self.party_words or (
                tok_text in self.party_first_words and doc[i : i + 2].text in self.party_words
            ):
                self._name_after_party(ctx, reg, i)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.naming_verbs:
                self._name_before_complement(ctx, reg, i)
            if tok_text in ("Minister", "Secretary"):
                self._name_after_portfolio(ctx, reg, i)
            if tok_text == "," and i + 1 < ctx.n and ctx.owner[i + 1] < 0 and _cap(tokens[i + 1]):
                self._name_after_role(ctx, reg, i)
                self._name_after_poss_role(ctx, reg, i)
                self._name_after_said_role(ctx, reg, i)
            # "Oh Gyeong-Seob, a Fellow at the Sejong Institute,"
            glued_end = i > 1 and tokens[i - 2].text in ("-", "‐") and not tokens[i - 2].whitespace_
            if (
                tok_text == ","
                and i > 0
                and ctx.owner[i - 1] < 0
                and (_cap(tokens[i - 1]) or glued_end)
            ):
                s = self._name_back(ctx, i)
                if s >= i or (s > 0 and _cap(tokens[s - 1]) and not tokens[s - 1].is_punct):
                    continue
                # "Sen. Jane Roe of New York, the Democratic leader,": a place after a
                # preposition, not a name of its own
                if (
                    s > 0
                    and tokens[s - 1].pos_ == "ADP"
                    and all(t.ent_type_ in PLACE_ENTS for t in doc[s:i])
                ):
                    continue
                lim = self._sent_lim(ctx, i + 1)
                j = i + 1
                if j + 1 < lim and tokens[j].like_num and tokens[j + 1].text == ",":
                    j += 2  # "X, 42, a teacher"
                segs, _ = self._phrase(ctx, j, lim, relative=False)
                if segs and (j < lim and tokens[j].lower_ in DETS or segs[0].org is not None):
                    if self._register(ctx, reg, s, i, min_words=2, places_ok=True) >= 0:
                        pass
                    elif (
                        # "Ana Lindqvist Moreau, the opposition candidate": a proper-noun run
                        # labelled a facility or product, with a person's role after it
                        tokens[j].lower_ in DETS
                        and all(t.pos_ == "PROPN" for t in doc[s:i])
                        and all(t.ent_type_ in MISC_ENTS for t in doc[s:i])
                    ):
                        self._register(ctx, reg, s, i, min_words=2, places_ok=True, orgs_ok=True)
                    else:
                        self._name_after_org(ctx, reg, s, i)
                elif segs and i - s >= 3:  # "Acme International Jane Roe, reporter for X,"
                    self._name_after_org(ctx, reg, s, i)
                elif (
                    # "Ama Owusu, who worked for the BBC,": a proper-noun run the NER
                    # labelled otherwise, with a relative clause giving a person's job
                    j < lim and tokens[j].lower_ == "who" and all(t.pos_ == "PROPN" for t in doc[s:i])
                ):
                    rel = self._relative(ctx, j, lim)
                    if rel is not None and rel[0].org is not None and _cap(tokens[rel[0].org[0]]):
                        self._register(ctx, reg, s, i, min_words=2, places_ok=True)
                elif (
                    # "Ana Lindqvist, from the Red Cross, said": an organisation alone, set
                    # off by commas and followed by a verb, after a two-word name
                    j + 1 < lim
                    and tokens[j].lower_ in ("from", "of", "with")
                    and tokens[s].ent_type_ not in PLACE_ENTS
                    and all(t.pos_ == "PROPN" for t in doc[s:i])
                ):
                    segs, end = self._phrase(ctx, j, lim, relative=False, bare_org=True)
                    if (
                        segs
                        and segs[0].org is not None
                        and self._orgish(doc, *segs[0].org)
                        and end + 1 < lim
                        and tokens[end].text == ","
                        and tokens[end + 1].pos_ in ("VERB", "AUX")
                    ):
                        self._register(ctx, reg, s, i, min_words=2, places_ok=True)
            # "an InterPress Service article by Gareth Moor": after a publication's piece,
            # the agent of "by" is its writer, whatever the NER says
            elif (
                ctx.lower[i] == "by"
                and i + 2 < ctx.n
                and ctx.owner[i + 1] < 0
                and self._byline_org(ctx, i + 1) is not None
            ):
                e = self._name_fwd(ctx, i + 1, max_words=3, orgs_ok=True)
                if e - i - 1 >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in doc[i + 1 : e]):
                    self._register(ctx, reg, i + 1, e, min_words=2, orgs_ok=True)
            # "Indonesian Pilot Iriyanto and ...", "fashion designer Halston"
            # (a role ends only on a word _singular knows: a cheap test before _role_at)
            elif (
                self._singular(ctx.lower[i]) is not None
                and self._role_at(doc, i)
                and i + 1 < ctx.n
                and ctx.owner[i + 1] < 0
            ):
                if tokens[i].ent_type_ in ("PERSON",) or "\n" in tok.whitespace_:
                    continue
                if _cap(tok) and i > 0 and tokens[i - 1].lower_ == "the":
                    continue  # "the General Staff", "the Attorney General": a body, no name
                e = self._name_fwd(ctx, i + 1, max_words=3, places_ok=True, orgs_ok=True)
                if e > i + 1 and (e >= ctx.n or not _cap(tokens[e])):
                    got = self._register(ctx, reg, i + 1, e, min_words=1, places_ok=True)
                    # "agency spokesman Sutarno said": a one-word name (many Indonesians
                    # have one) the NER took for an organisation, after a lower-case role
                    # noun and before a verb it is the subject of
                    if (
                        got < 0
                        and e == i + 2
                        and tok.is_lower
                        and e < ctx.n
                        and tokens[e].pos_ in ("VERB", "AUX")
                        and tokens[i + 1].ent_type_ == "ORG"
                        and tokens[i + 1].dep_ in ("nsubj", "nsubjpass")
                    ):
                        self._register(ctx, reg, i + 1, e, min_words=1, orgs_ok=True)
                elif tokens[i + 1].lower_ in ORG_PREPS and i - self._sent_start(ctx, i) < 4:
                    self._name_closing_premod(ctx, reg, i + 1)

    def _name_after_party(self, ctx: _Doc, reg: PeopleRegistry, i: int) -> None:
        doc = ctx.doc
        if i != self._sent_start(ctx, i) or not _cap(doc[i]):
            return
        j = i + (1 if doc[i].text in self.party_words else 2)
        if j < ctx.n and doc[i : j + 1].text in self.party_words:
            j += 1  # "Liberal Democrat" over "Liberal"
        if j >= ctx.n or ctx.owner[j] >= 0:
            return
        e = self._name_fwd(ctx, j, max_words=3, orgs_ok=True)
        if not 2 <= e - j <= 3 or e >= ctx.n or doc[e].pos_ not in ("VERB", "AUX"):
            return
        if all(t.pos_ == "PROPN" and t.is_title for t in doc[j:e]):
            self._register(ctx, reg, j, e, min_words=2, orgs_ok=True)

    def _name_after_portfolio(self, ctx: _Doc, reg: PeopleRegistry, i: int) -> None:
        """``Minister of the Interior Jane Roe said``: a cabinet title, "of"/"for" (and
        "the"), a portfolio (``aff_portfolios.txt``), then a two-to-three-word title-case
        run before a verb is the minister's name, whatever the NER made of it."""
        doc = ctx.doc
        j = i + 1
        if j >= ctx.n or doc[j].lower_ not in ("of", "for"):
            return
        j += 1 + (j + 1 < ctx.n and doc[j + 1].lower_ == "the")
        best = 0
        for n in (1, 2, 3):
            if j + n <= ctx.n and all(_cap(t) for t in doc[j : j + n]):
                if " ".join(t.lower_ for t in doc[j : j + n]) in self.portfolios:
                    best = n
        s = j + best
        if not best or s >= ctx.n or ctx.owner[s] >= 0:
            return
        e = self._name_fwd(ctx, s, max_words=3, orgs_ok=True)
        if not 2 <= e - s <= 3 or e >= ctx.n or doc[e].pos_ not in ("VERB", "AUX"):
            return
        if all(t.pos_ == "PROPN" and t.is_title for t in doc[s:e]):
            self._register(ctx, reg, s, e, min_words=2, orgs_ok=True)

    def _name_after_org(self, ctx: _Doc, reg: PeopleRegistry, s: int, e: int) -> None:
        """``According to Acme International Jane Roe, a reporter for X,``: the NER ran an
        organisation and the name after it together; the words after the run's last
        organisation word (two or three proper nouns) are the name."""
        doc = ctx.doc
        k = next((m for m in range(e - 1, s - 1, -1) if doc[m].lower_ in self.org_cues), -1)
        if k < 0 or k + 1 >= e:
            return
        words = doc[k + 1 : e].text.split()
        if 2 <= len(words) <= 3 and all(
            t.pos_ == "PROPN" or t.text in ("-", "‐") for t in doc[k + 1 : e]
        ):
            self._register(ctx, reg, k + 1, e, min_words=2, places_ok=True, orgs_ok=True)

    def _name_before_complement(self, ctx: _Doc, reg: PeopleRegistry, v: int) -> None:
        """``The board appointed Jane Roe chief executive``: a two-or-three-word proper-noun
        run between a naming verb and a bare lexicon role is a name, whatever the NER says
        (unless it is all organisation: "named Acme Corp supplier")."""
        doc = ctx.doc
        i = v + 1
        if i >= ctx.n or ctx.owner[i] >= 0 or not _cap(doc[i]):
            return
        e = i
        while (
            e < ctx.n
            and e - i < 4
            and doc[e].pos_ == "PROPN"
            and _cap(doc[e])
            and ctx.owner[e] < 0
            and doc[e].lower_ not in self.org_cues
            and doc[e].ent_type_ not in PLACE_ENTS
        ):
            e += 1
        if not 2 <= e - i <= 3 or all(t.ent_type_ == "ORG" for t in doc[i:e]):
            return
        if any(t.pos_ != "PROPN" for t in doc[i:e]) or e >= ctx.n or not doc[e].is_lower:
            return
        lim = self._sent_lim(ctx, e)
        k = e + 1 if doc[e].lower_ == "as" else e
        if k < lim and doc[k].lower_ not in DETS:
            segs, end = self._phrase(ctx, k, lim, relative=False)
            if segs and (end >= lim or not self._continues(ctx, end)):
                self._register(ctx, reg, i, e, min_words=2, orgs_ok=True)

    def _name_after_role(self, ctx: _Doc, reg: PeopleRegistry, comma: int) -> None:
        """``The agency's director, Jane Roe, said``: a sentence-opening role phrase, then a
        two-to-four-word capitalised run set off by commas and followed by a verb is the
        role holder's name, even when the NER took it for an organisation."""
        doc = ctx.doc
        st = self._sent_start(ctx, comma)
        if comma - st < 1 or any(ctx.owner[k] >= 0 for k in range(st, comma)):
            return
        e = self._name_fwd(ctx, comma + 1, max_words=4, orgs_ok=True, places_ok=True)
        if e - comma - 1 < 2 or e + 1 >= ctx.n or doc[e].text != ",":
            return
        # (a run the NER took for a place: a proper-noun name of two or three words only)
        if doc[e + 1].pos_ not in ("VERB", "AUX") or (
            any(t.ent_type_ in PLACE_ENTS for t in doc[comma + 1 : e])
            and not (
                e - comma - 1 <= 3
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[comma + 1 : e])
                and any(self._role_at(doc, k) for k in range(st, comma))
            )
        ):
            return
        for s in (st, st + 1):
            if s >= comma:
                break
            segs, end = self._phrase(ctx, s, comma, relative=False)
            if segs and end == comma:
                self._register(ctx, reg, comma + 1, e, min_words=2, places_ok=True, orgs_ok=True)
                return

    def _name_after_said_role(self, ctx: _Doc, reg: PeopleRegistry, comma: int) -> None:
        """``"...," said EU commissioner for Trade, Jane Roe.``: a role phrase right after a
        speech verb, then a two-to-four-word title-case proper-noun run that ends the
        sentence is the role holder's name, even when the NER took it for an
        organisation."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        e = self._name_fwd(ctx, comma + 1, max_words=4, orgs_ok=True, places_ok=False)
        if not 2 <= e - comma - 1 <= 4 or e >= ctx.n or tokens[e].text not in (".", "!", "?"):
            return
        if not all(t.pos_ == "PROPN" and t.is_title for t in tokens[comma + 1 : e]):
            return
        st = self._sent_start(ctx, comma)
        v = next(
            (k for k in range(comma - 1, st - 1, -1) if tokens[k].pos_ in ("VERB", "AUX")), -1
        )
        if v < 0 or tokens[v].lemma_ not in ("say", "add") or comma - v < 2:
            return
        if v > 0 and tokens[v - 1].text not in (",", '"', "”", "'", "’"):
            return  # only '"...," said ROLE, NAME.': no subject before the verb
        if any(ctx.owner[k] >= 0 for k in range(v + 1, comma)):
            return
        segs, end = self._phrase(ctx, v + 1 + (tokens[v + 1].lower_ in DETS), comma, relative=False)
        if segs and end == comma and self._role_at(doc, segs[-1].role_end - 1) is not None:
            self._register(ctx, reg, comma + 1, e, min_words=2, places_ok=False, orgs_ok=True)

    def _name_after_poss_role(self, ctx: _Doc, reg: PeopleRegistry, comma: int) -> None:
        """``including its chairman, Meles Tekle,``; ``the party's leader, Ana Ruiz.``: a
        role noun owned by a possessive (its/their/his/her, or a noun's ``'s``), then a
        two- or three-word title-case proper-noun run set off by the comma and closed by
        punctuation, "and" or a verb, is the role holder's name, even where the NER
        missed it."""
        doc = ctx.doc
        if comma < 2 or ctx.owner[comma - 1] >= 0:
            return
        role = self._role_at(doc, comma - 1)
        if role is None or not doc[comma - 1].is_lower:
            return
        k = role[0] - 1
        while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower and k > role[0] - 3:
            k -= 1  # "its new chairman", "the party's deputy leader"
        if k < 0 or not (
            doc[k].lower_ in POSS_DETS | {"its", "our"} or doc[k].tag_ == "POS" or doc[k].text in ("'s", "’s")
        ):
            return
        e = self._name_fwd(ctx, comma + 1, max_words=3, orgs_ok=True)
        n = e - comma - 1
        if not 2 <= n <= 3 or e >= ctx.n:
            return
        if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in doc[comma + 1 : e]):
            return
        if any(t.lower_ in self.org_cues for t in doc[comma + 1 : e]):
            return  # "its owner, Acme Holdings,": an organisation
        nxt = doc[e]
        if not (nxt.text in (",", ".", ";", ")") or nxt.lower_ == "and" or nxt.pos_ in ("VERB", "AUX")):
            return
        self._register(ctx, reg, comma + 1, e, min_words=2, places_ok=True, orgs_ok=True)

    def _name_closing_premod(self, ctx: _Doc, reg: PeopleRegistry, p: int) -> None:
        """``Executive director of the Council on X Relations Jane Roe said``: the NER
        swallowed the name into the organisation. A long capitalised run after a
        sentence-opening role, ending right before a verb, ends in a two-word name."""
        doc = ctx.doc
        j = p + 1
        if j < ctx.n and doc[j].lower_ in DETS:
            j += 1
        lim = self._sent_lim(ctx, j)
        # 'Spokesperson of the "Haven" Dimitri Vermeer said': a quoted organisation
        if j + 3 < lim and doc[j].text in ('"', "“"):
            q = next((k for k in range(j + 2, min(lim, j + 8)) if doc[k].text in ('"', "”")), -1)
            if q > 0 and ctx.owner[q + 1] < 0:
                e = q + 1  # (the NER often runs a quoted title into the name)
                while e < lim and e - q <= 4 and doc[e].pos_ == "PROPN" and ctx.owner[e] < 0:
                    e += 1
                if (
                    2 <= e - q - 1 <= 3
                    and e < lim
                    and doc[e].pos_ in ("VERB", "AUX")
                    and all(t.pos_ == "PROPN" and t.is_title for t in doc[q + 1 : e])
                ):
                    self._register(ctx, reg, q + 1, e, min_words=2, orgs_ok=True)
            return
        e = j
        while e < lim and ctx.owner[e] < 0 and not self._boundary(ctx, e):
            if doc[e].pos_ == "VERB":
                break
            if not (_cap(doc[e]) or doc[e].lower_ in self.connectors or doc[e].text in GLUE):
                if doc[e].pos_ not in ("NOUN", "ADJ"):  # "the Dallas chapter of"
                    return
            e += 1
        if e >= lim or doc[e].pos_ != "VERB" or ctx.owner[e] >= 0:
            return
        words = [t for t in doc[j:e] if _cap(t)]
        if len(words) < 4 or e - 3 < j:
            return
        first, last, before = doc[e - 2], doc[e - 1], doc[e - 3]
        if not all(
            t.pos_ == "PROPN" and _cap(t) and t.lower_ not in self.org_cues for t in (first, last)
        ):
            return
        if before.lower_ in self.connectors or before.text in GLUE or not _cap(before):
            return
        self._register(ctx, reg, e - 2, e, min_words=2, places_ok=True)

    def _pronoun_copula(self, ctx: _Doc, found: list) -> None:
        """``... said Mira Patel. She is a professor at Stanford University.``: a sentence
        opening with "He"/"She" and a copula, right after a sentence with exactly one
        person of that gender (or of unknown gender), describes that person."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        if not doc.has_annotation("SENT_START"):
            return
        sents = list(doc.sents)
        inside = None
        for prev, sent in zip(sents, sents[1:], strict=False):
            i = sent.start
            gender = {"he": "male", "she": "female"}.get(tokens[i].lower_)
            if gender is None or i + 2 >= sent.end:
                continue
            lim = self._sent_lim(ctx, i)
            for cop in self.copulas:
                if tuple(ctx.lower[i + 1 : i + 1 + len(cop)]) != cop:
                    continue
                k = i + 1 + len(cop)
                while k < lim and tokens[k].pos_ == "ADV" and k - i < 5:
                    k += 1
                segs, end = self._complement(ctx, k, lim)
                if not segs or not (tokens[k].lower_ in DETS or segs[0].org is not None):
                    break
                if inside is None:
                    inside = quoted_regions(ctx.text)
                if inside(tokens[i].idx):
                    break  # '"She is a fighter," he said': someone else's words
                people = {
                    ctx.owner[m]
                    for m in range(prev.start, prev.end)
                    if ctx.owner[m] >= 0
                    and ctx.reg.people[ctx.owner[m]].get("gender") in (None, gender)
                }
                # "X thanked her lawyer. She is ...", "X visited her son. He is ...": another
                # person the pronoun may stand for
                others = any(
                    ctx.owner[m] < 0
                    and (self._role_at(doc, m) or tokens[m].lower_ in self.person_nouns)
                    for m in range(prev.start, prev.end)
                )
                if len(people) == 1 and not others:
                    self._add_segs(ctx, found, people.pop(), segs, i, end, "pronoun_copula")
                break

    def _later_description(self, ctx: _Doc, found: list) -> None:
        """``Anna Villa arrived on Monday. The Colombian-French politician said ...``: a
        sentence opening with a definite role description as the subject of its verb,
        right after a sentence whose only person is someone without any role yet, names
        that person's role."""
        doc = ctx.doc
        has_finding = {f[0] for f in found}
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
        for prev, sent in zip(sents, sents[1:], strict=False):
            i = sent.start
            if doc[i].text != "The" or i + 2 >= sent.end:
                continue
            seg = self._segment(ctx, i + 1, sent.end)
            # a bare "The minister said" may be anyone introduced before: a description
            # with words of its own only ("The Colombian-French politician")
            if seg is None or seg.plural or seg.end >= sent.end or seg.head_start == seg.start:
                continue
            # only words that re-describe someone known (a nationality, an age): "The
            # outgoing mayor", "The other driver", "The company's spokesman" are others
            mods = doc[seg.start : seg.head_start]
            if any(t.tag_ == "POS" or t.lower_ in ("other", "outgoing", "new") for t in mods):
                continue
            if not any(
                t.ent_type_ == "NORP" or (t.lower_ == "old" and t.i > seg.start) for t in mods
            ):
                continue
            # the description is the subject: a finite verb follows it
            nxt = doc[seg.end]
            if nxt.pos_ not in ("VERB", "AUX") or nxt.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
                continue
            if doc[seg.head_start].dep_ not in ("nsubj", "nsubjpass"):
                continue
            people = {ctx.owner[k] for k in range(prev.start, prev.end) if ctx.owner[k] >= 0}
            if len(people) > 1:
                # "Standing alongside President X, Y said ... The Colombian-French
                # politician": the main clause's subject carries on as the topic
                people = {
                    ctx.owner[k]
                    for k in range(prev.start, prev.end)
                    if ctx.owner[k] >= 0
                    and doc[k].dep_ in ("nsubj", "nsubjpass")
                    and doc[k].head.i == prev.root.i
                }
            # "X met the president. The ... minister said": another role it may refer to
            if len(people) != 1 or any(
                self._role_at(doc, k) for k in range(prev.start, prev.end) if ctx.owner[k] < 0
            ):
                continue
            idx = people.pop()
            # "Okoro's lawyer was arrested. The 45-year-old ...": not the possessor
            if any(
                doc[k].dep_ == "poss" for k in range(prev.start, prev.end) if ctx.owner[k] == idx
            ):
                continue
            if idx in has_finding or any(ctx.owner[k] >= 0 for k in range(i, seg.end)):
                continue
            role, org = self._split(ctx, seg)
            if org and not self._orgish(doc, seg.start, seg.role_end):
                role, org = doc[seg.start : seg.role_end].text, None  # "Colombian-French"
            if org is None and role:
                org = self._party_of(role)  # "The Republican senator"
            if not role or not any(t.is_lower for t in doc[seg.head_start : seg.role_end]):
                continue
            end_c = doc[seg.end - 1].idx + len(doc[seg.end - 1].text)
            found.append((idx, role, org, doc[i].idx, end_c, "later_description", False))
            has_finding.add(idx)

    def _sent_lim(self, ctx: _Doc, i: int) -> int:
        """End of the sentence (or line) holding token ``i``, at most 40 tokens on."""
        if i >= ctx.n:
            return ctx.n
        k = ctx.sent[i]
        e = i
        while e < ctx.n and e - i < 40 and ctx.sent[e] == k:
            if e > i and ctx.breaks[e - 1]:
                break
            e += 1
        return e

    def _sent_start(self, ctx: _Doc, i: int) -> int:
        k = ctx.sent[i] if i < ctx.n else -1
        s = i
        while (
            s > 0
            and i - s < 25
            and ctx.sent[s - 1] == k
            and not ctx.breaks[s - 1]
        ):
            s -= 1
        return s

    def _rules_at(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        """All affiliation rules around one mention at tokens [a, b)."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        titles = title_table()
        name_start = a
        while name_start < b - 1:
            for n in range(min(titles.max_len, b - 1 - name_start), 0, -1):
                if titles.is_title([t.text for t in doc[name_start : name_start + n]]):
                    name_start += n
                    break
            else:
                break
        n_found = len(found)
        # "the charity Shelter", "state oil company Petrobras": the NER's "person" right after
        # an organisation noun names that organisation
        if (
            a == name_start
            and a > 0
            and tokens[a - 1].is_lower
            and tokens[a - 1].pos_ == "NOUN"
            and tokens[a - 1].lemma_.lower() in self.org_cues
        ):
            return
        # 1. pre-modifiers: "Fletcher School professor X", "President X"
        # "a major Warhol donor program": the name modifies a noun, nobody is introduced
        # ("Finance Minister X yesterday rejected": a time word is no noun the name modifies)
        modifier_use = (
            b < ctx.n
            and tokens[b].pos_ == "NOUN"
            and not _cap(tokens[b])
            and tokens[b].ent_type_ not in ("DATE", "TIME")
            and tokens[b].dep_ != "npadvmod"
            # "held captain X hostage": a name that heads its own phrase (the verb's
            # object) before a second object modifies nothing
            and not (tokens[b - 1].dep_ in ("dobj", "nsubj", "nsubjpass") and tokens[b - 1].head.i < b - 1)
            and tokens[b].lower_ not in self.object_complements
        )
        pre = None if modifier_use else self._premod(ctx, a, name_start)
        premod_roles: list[tuple[str | None, str | None]] = []
        if pre is not None:
            s0, premod_roles = pre
            # "Democratic Sen. X", "Labour MP X": a party word opening the role
            premod_roles = [
                (role, org if org or not role else self._party_of(role))
                for role, org in premod_roles
            ]
            premod_roles = [
                (_undated(role) if role and org and org in role else role, org)
                for role, org in premod_roles
            ]
            # "including Acme where CEO Jane Roe gave ...": the organisation a "where"
            # clause hangs on
            where = self._where_org(ctx, s0)
            if where is not None:
                premod_roles = [
                    (role, org if org or not role else where) for role, org in premod_roles
                ]
            # "The Greens ... their defence spokesman X", "Its chairman X said": role
            # words opened by its/their belong to the organisation those words point to
            if s0 > 0 and (
                tokens[s0 - 1].lower_ in ("its", "their") or self._its_typo(ctx, s0 - 1)
            ):
                ant = None
                if any(role and not org and not self._relational(role) for role, org in premod_roles):
                    ant = self._antecedent_org(ctx, s0 - 1)
                    if tokens[s0 - 1].lower_ == "their":
                        subj = self._plural_subject_org(ctx, s0 - 1)
                        if subj is not None:
                            ant = subj if subj[0] >= 0 else None
                # "Acme said the neighbours complained and their lawyer X": a plural
                # subject nearer than the organisation is what "their" points to
                if ant is not None and any(
                    tokens[m].tag_ in ("NNS", "NNPS") and tokens[m].dep_ in ("nsubj", "nsubjpass")
                    for m in range(ant[1], s0 - 1)
                ):
                    ant = None
                if ant is not None:
                    last_t = tokens[ant[1] - 1]
                    ant_text = ctx.text[tokens[ant[0]].idx : last_t.idx + len(last_t.text)]
                    premod_roles = [
                        (role, org if org or not role or self._relational(role) else ant_text)
                        for role, org in premod_roles
                    ]
            for k, (role, org) in enumerate(premod_roles):
                if role or org:
                    start_c = tokens[s0].idx
                    # a later conjunct gets its own span ("fellow at X and former envoy
                    # NAME": "former envoy NAME"), so both records survive
                    if k > 0 and role:
                        at = ctx.text.find(role, start_c, tokens[b - 1].idx)
                        start_c = at if at > start_c else start_c
                    found.append(
                        (
                            idx,
                            role,
                            org,
                            start_c,
                            tokens[b - 1].idx + len(tokens[b - 1].text),
                            "premodifier" + CONJ
                            if self._conj_post(premod_roles, k)
                            else "premodifier",
                            False,
                        )
                    )
        # "Liberal Democrat Vince Hart said", "Conservative Roe announced": a party word
        # alone right before the name names the party the person belongs to
        if pre is None and a == name_start and not modifier_use:
            for n in (2, 1):
                s0 = a - n
                if s0 < 0 or " ".join(t.text for t in doc[s0:a]) not in self.party_words:
                    continue
                if any(ctx.owner[k] >= 0 or not _cap(tokens[k]) for k in range(s0, a)):
                    break
                prev = tokens[s0 - 1] if s0 > 0 else None
                if (
                    prev is None
                    or s0 == self._sent_start(ctx, s0)
                    or prev.lower_ in DETS
                    or prev.is_punct
                    or (prev.is_lower and prev.pos_ in ("ADP", "CCONJ", "VERB", "AUX"))
                ):
                    party = " ".join(t.text for t in doc[s0:a])
                    end_c = tokens[b - 1].idx + len(tokens[b - 1].text)
                    found.append((idx, None, party, tokens[s0].idx, end_c, "party_member", False))
                    # "Democrats Tom Udall and Ann Kirk": a plural party word before a list
                    k = b
                    while party.endswith("s") and k + 1 < ctx.n and tokens[k].lower_ in (",", "and"):
                        k += 1 + (tokens[k].text == "," and tokens[k + 1].lower_ == "and")
                        o = ctx.owner[k] if k < ctx.n else -1
                        if o < 0 or o == idx:
                            break
                        e = k
                        while e < ctx.n and ctx.owner[e] == o:
                            e += 1
                        end_o = tokens[e - 1].idx + len(tokens[e - 1].text)
                        found.append((o, None, party, tokens[k].idx, end_o, "party_member", False))
                        k = e
                break
        # possessive mention ("Lee's") introduces nothing after it, but for the person's
        # party: "Halvorsen's Labour party", "Roe's ZANU-PF party" (a member of it)
        if b < ctx.n and tokens[b].text in ("'s", "’s"):
            e = b + 1
            while (
                e < ctx.n
                and e - b <= 4
                and ctx.owner[e] < 0
                and (_cap(tokens[e]) or (tokens[e].text in ("-", "–") and e > b + 1))
                and tokens[e].ent_type_ not in ("DATE", "TIME", "EVENT", "PERSON")
            ):
                e += 1
            if (
                b + 1 < e < ctx.n
                and tokens[e].lower_ == "party"
                and _cap(tokens[e - 1])
                and not self._placey(doc, b + 1, e)
            ):
                org = ctx.text[tokens[b + 1].idx : tokens[e - 1].idx + len(tokens[e - 1].text)]
                end_c = tokens[e].idx + len(tokens[e].text)
                found.append((idx, None, org, tokens[a].idx, end_c, "party_possessive", False))
            return
        lim = self._sent_lim(ctx, b)
        # 2. apposition after the name: "X, a professor at Y," / "X an equity strategist for Y"
        j = b
        # "Sen. Jane Roe of New York, the Democratic leader,": past the place she is from
        if j + 2 < lim and tokens[j].lower_ in ("of", "from") and _cap(tokens[j + 1]):
            np = self._np(ctx, j + 1, lim, strict=True)
            if np is not None and np[2] == "place" and np[1] < lim and tokens[np[1]].text == ",":
                j = np[1]
        # "Rep. Jane Roe (R-Ohio), chairman of X": past a bracketed party code
        if j + 2 < lim and tokens[j].text == "(" and tokens[j + 1].text in self.parties:
            close = next((k for k in range(j + 2, min(lim, j + 8)) if tokens[k].text == ")"), -1)
            if close > 0 and close + 1 < lim and tokens[close + 1].text == ",":
                j = close + 1
        if j < lim and tokens[j].text == ",":
            j += 1
            if j + 1 < lim and tokens[j].like_num and tokens[j + 1].text == ",":
                j += 2  # "X, 45, a teacher"
        # "Ana Silva (a professor at Lisbon University)", "Ana Silva — a professor at X —":
        # an apposition in brackets or between dashes (det-led)
        paren = (
            j == b
            and j + 1 < lim
            and tokens[j].text in ("(", "—", "–", "--")
            and (tokens[j + 1].lower_ in DETS or tokens[j + 1].lower_ == "who")
        )
        closer = {"(": (")",)}.get(tokens[j].text, ("—", "–", "--", ".")) if paren else ()
        if paren:
            j += 1
        shared = j > b and j < lim and tokens[j].lower_ in ("both", "all", "each")
        if shared:
            j += 1  # "A and B, both members of X": the apposition belongs to every name
        # "Sen. Jane Roe, a Washington Democrat,": a party member
        if j > b and j + 1 < lim and tokens[j].lower_ in ("a", "an"):
            k = j + 1
            while k < lim and k - j <= 3 and _cap(tokens[k]) and tokens[k].ent_type_ in PLACE_ENTS:
                if tokens[k].text in self.party_words and k + 1 < lim and tokens[k + 1].text in CLOSERS:
                    break
                k += 1
            if k + 1 < lim and tokens[k].text in self.party_words and tokens[k + 1].text in CLOSERS:
                end_c = tokens[k].idx + len(tokens[k].text)
                party = tokens[k].text
                found.append((idx, None, party, tokens[a].idx, end_c, "party_member", False))
        if j < lim and (j > b or tokens[j].lower_ in ("a", "an")):
            segs, end = self._phrase(ctx, j, lim, bare_org=j > b, generic=j > b)
            if paren and not (end >= lim or tokens[end].text in closer):
                segs = []
            # "In a letter to X, the minister apologised": a det-led phrase that goes on
            # into a finite verb is the main clause's subject, not the object's apposition
            subject = (
                segs
                and end < lim
                and tokens[j].lower_ in DETS
                and tokens[end].pos_ in ("VERB", "AUX")
                and tokens[end].tag_ in ("VBD", "VBZ", "VBP", "MD")
                and tokens[b - 1].dep_ in ("pobj", "dobj", "dative")
            )
            # "A, City Clerk B, Ashford aldermen C", "At the UN Headquarters, the Ruritanian
            # ambassador B said": a role right before another person's name is that
            # name's title, not A's apposition (but "A, an aide to the minister B": a
            # det-led phrase with a preposition is A's, the name closing it)
            titled = (
                segs
                and end < lim
                and (tokens[j].lower_ not in DETS or not any(t.pos_ == "ADP" for t in tokens[j:end]))
                and ctx.owner[end] >= 0
                and ctx.owner[end] != idx
            )
            if segs and not subject and not titled and (end >= lim or not self._continues(ctx, end)):
                self._add_segs(ctx, found, idx, segs, a, end, "apposition")
                k = a - 1
                while shared and k > 0 and tokens[k].lower_ in ("and", ","):
                    if ctx.owner[k - 1] < 0 and _cap(tokens[k - 1]):  # a name the NER missed
                        s0 = self._name_back(ctx, k)
                        if s0 < k:
                            self._register(ctx, ctx.reg, s0, k, min_words=2, places_ok=True)
                    if ctx.owner[k - 1] < 0:
                        break
                    other = ctx.owner[k - 1]
                    k -= 1
                    while k > 0 and ctx.owner[k - 1] == other:
                        k -= 1
                    self._add_segs(ctx, found, other, segs, k, end, "apposition")
                    k -= 1
        # 3. "X of ORG", "X for ORG" (with the role of a pre-modifier, if any)
        # "the suspension of X from ORG", "X was expelled from ORG": put out of ORG
        removed = (
            b < lim
            and tokens[b].lower_ == "from"
            and (
                tokens[b].head.lemma_.lower() in self.removal_words
                or (a > 1 and tokens[a - 1].lower_ == "of" and tokens[a - 2].lemma_.lower() in self.removal_words)
            )
        )
        if b < lim and tokens[b].lower_ in ("of", "for", "from", "at") and not removed:
            prep = tokens[b].lower_
            np = self._np(
                ctx, b + 1, lim, borrow=prep in ("of", "for"), strict=prep in ("from", "at")
            )
            # "Meteorologist X of the weather service": the named org it stands for
            named = None
            if np is not None and np[2] == "org" and prep in ("of", "at") and tokens[np[0]].is_lower:
                named = self._named_antecedent(ctx, (np[0], np[1]))
                if named is not None and not self._orgish(doc, *named):
                    named = None
            if named is not None and np is not None:
                org = ctx.text[
                    tokens[named[0]].idx : tokens[named[1] - 1].idx + len(tokens[named[1] - 1].text)
                ]
                role = premod_roles[-1][0] if premod_roles else None
                start = (
                    found[-1][3]
                    if len(found) > n_found and found[-1][5] == "premodifier"
                    else tokens[a].idx
                )
                end_c = tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text)
                found.append((idx, role, org, start, end_c, "name_of_org", False))
            elif (
                np is not None
                and np[2] == "org"
                and (_cap(tokens[np[0]]) or tokens[np[0]].lower_ in self.connectors)
                # "X at ORG" needs an org word: "met Obama at the White House" is a place
                and (
                    prep != "at"
                    or any(t.lower_ in self.org_cues or _camel(t.text) for t in doc[np[0] : np[1]])
                )
            ):
                org = ctx.text[tokens[np[0]].idx : tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text)]
                role = None
                if premod_roles:
                    role = premod_roles[-1][0]
                start = (
                    found[-1][3]
                    if len(found) > n_found and found[-1][5] == "premodifier"
                    else tokens[a].idx
                )
                found.append(
                    (
                        idx,
                        role,
                        org,
                        start,
                        tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text),
                        "name_of_org",
                        False,
                    )
                )
        # 3a. "Lieutenant X of the loyalists", "commander X of the rebels": a role before
        # the name and a faction after "of the" (no organisation found above)
        if (
            b + 2 < lim
            and not any(f[0] == idx and f[2] for f in found[n_found:])
            and premod_roles
            and premod_roles[-1][0]
            and not premod_roles[-1][1]
            and tokens[b].lower_ == "of"
            and tokens[b + 1].lower_ == "the"
            and tokens[b + 2].lower_ in self.faction_nouns
            and (
                b + 3 >= lim
                or (tokens[b + 3].text in CLOSERS and tokens[b + 3].text not in ("'", "’"))
                or tokens[b + 3].lower_ in ("and", "who")
                or tokens[b + 3].pos_ in ("VERB", "AUX")
            )
        ):
            start = (
                found[-1][3] if len(found) > n_found and found[-1][5] == "premodifier" else tokens[a].idx
            )
            end_c = tokens[b + 2].idx + len(tokens[b + 2].text)
            found.append((idx, premod_roles[-1][0], tokens[b + 2].text, start, end_c, "name_of_org", False))
        # 3b. an organisation in brackets: "Karen Liu (Blackstone Partners) said", or a
        # party: "Rep. Jane Roe (Democrats)", "Sen. Roe (Republican)"
        if b + 2 < lim and tokens[b].text == "(" and _cap(tokens[b + 1]):
            e = self._org_run(ctx, b + 1, lim)
            party = e < lim and doc[b + 1 : e].text in self.party_words
            if (
                e < lim
                and tokens[e].text == ")"
                and e - b <= 8
                and (party or self._orgish(doc, b + 1, e))
            ):
                if party or not self._placey(doc, b + 1, e):
                    org = ctx.text[tokens[b + 1].idx : tokens[e - 1].idx + len(tokens[e - 1].text)]
                    role = premod_roles[-1][0] if premod_roles else None
                    end_c = tokens[e].idx + 1
                    found.append((idx, role, org, tokens[a].idx, end_c, "bracketed_org", False))
        # 4a. "Sen. John Doe (R)": a bare party code in brackets after a titled name
        if (
            b + 2 < lim
            and tokens[b].text == "("
            and tokens[b + 1].text in self.parties
            and tokens[b + 2].text == ")"
            and (premod_roles or a < name_start)
        ):
            role = premod_roles[-1][0] if premod_roles else None
            end_c = tokens[b + 2].idx + 1
            found.append(
                (idx, role, self.parties[tokens[b + 1].text], tokens[a].idx, end_c, "party_code", False)
            )
        # 4b. "Tom Hale, writing for the BBC, said": the publication X writes for
        if b + 3 < lim and tokens[b].text == "," and tokens[b + 1].lower_ == "writing":
            if tokens[b + 2].lower_ in ("for", "in"):
                np = self._np(ctx, b + 3, lim)
                if np is not None and np[2] == "org" and _cap(tokens[np[0]]):
                    org = ctx.text[tokens[np[0]].idx : tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text)]
                    role = premod_roles[-1][0] if premod_roles else None
                    end_c = tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text)
                    found.append((idx, role, org, tokens[a].idx, end_c, "writing_for", False))
        # 4. party code: "Senator Jane Roe (D-Calif.)", "Sen. Jane Roe, D-Calif.,"
        if b + 2 < lim and tokens[b].text in ("(", ",") and tokens[b + 1].text in self.parties:
            if tokens[b + 2].text in ("-", "–") and (tokens[b].text == "(" or b + 3 < lim):
                closer = ")" if tokens[b].text == "(" else ","
                close = next(
                    (k for k in range(b + 2, min(lim, b + 8)) if tokens[k].text == closer),
                    b + 3 if closer == "," else b + 2,
                )
                close = close if closer == ")" else close - 1
                role = premod_roles[-1][0] if premod_roles else None
                found.append(
                    (
                        idx,
                        role,
                        self.parties[tokens[b + 1].text],
                        tokens[a].idx,
                        tokens[close].idx + len(tokens[close].text),
                        "party_code",
                        False,
                    )
                )
        # 5. copula: "X is a professor at Y", "One of them, X, was a fire inspector with Y"
        c0 = b + 1 if b + 1 < lim and tokens[b].text == "," and a > 0 and tokens[a - 1].text == "," else b
        # "One of the ministers, Labor Minister X, is from Y": past a comma-set role phrase
        if c0 == b and b + 1 < lim and tokens[b].text == "," and pre is not None:
            c0 = b + 1 if pre[0] > 0 and tokens[pre[0] - 1].text == "," else b
        # "the victim, Daniel Reyes, 23, was a student at X": past the age
        if b + 3 < lim and tokens[b].text == "," and tokens[b + 1].like_num and tokens[b + 2].text == ",":
            c0 = b + 3
        for cop in self.copulas:
            if tuple(ctx.lower[c0 : c0 + len(cop)]) == cop:
                k = c0 + len(cop)
                while k < lim and tokens[k].pos_ == "ADV" and k - b < 4:
                    k += 1  # "is also a member of", "is now the head of"
                segs, end = self._complement(ctx, k, lim)
                # ("X was mayor of the capital": a bare lexicon post over a place)
                over = (
                    segs
                    and segs[0].role_text is None
                    and segs[0].role_end < lim
                    and any(
                        tuple(t.lower_ for t in doc[segs[0].head_start : m]) in self.place_roles
                        and tokens[m].lower_ == "of"
                        for m in range(segs[0].head_start + 1, segs[0].role_end)
                    )
                )
                if segs and (tokens[k].lower_ in DETS or segs[0].org is not None or over):
                    self._add_segs(ctx, found, idx, segs, a, end, "copula")
                elif not segs and len(cop) == 1 and k + 1 < lim and doc[k].lower_ == "from":
                    # "X is from the Ruritanian Unity Front": a member of a named organisation (not a place:
                    # "X is from Ohio")
                    np = self._np(ctx, k + 1, lim, strict=True)
                    if np is not None and np[2] == "org" and _cap(doc[np[0]]):
                        last = doc[np[1] - 1]
                        org = ctx.text[doc[np[0]].idx : last.idx + len(last.text)]
                        role = premod_roles[-1][0] if premod_roles else None
                        end_c = last.idx + len(last.text)
                        found.append((idx, role, org, doc[a].idx, end_c, "copula", False))
                break
        # 5b. role verb: "Park works at Stanford University", "Roe heads the Acme Group"
        if (
            c0 < lim
            and tokens[c0].lower_ in self.role_verbs
            or (c0 + 1 < lim and tokens[c0].pos_ == "ADV" and tokens[c0 + 1].lower_ in self.role_verbs)
        ):
            vp = self._verb_phrase(ctx, c0, c0, lim)
            # a named org only: "the guide led the team through the forest" is no job
            if vp is not None and vp[0].org is not None and _cap(tokens[vp[0].org[0]]):
                self._add_segs(ctx, found, idx, [vp[0]], a, vp[1], "role_verb")
        # 5c. object complement: "the board appointed X chief executive", "elected X mayor",
        # "named X as head of the agency" (a lexicon role, bare or after "as")
        v = a - 1
        while v >= 0 and a - v <= 4 and ctx.owner[v] < 0 and not tokens[v].is_punct:
            if tokens[v].pos_ in ("VERB", "AUX") or tokens[v].lemma_.lower() in self.naming_verbs:
                break
            if tokens[v].pos_ not in MOD_POS or not (tokens[v].is_lower or tokens[v].is_title):
                v = -1  # only role words between: "made incumbent candidate X president"
                break
            v -= 1
        if v >= 0 and v < a and tokens[v].lemma_.lower() in self.naming_verbs and b < lim:
            k = b + 1 if tokens[b].lower_ == "as" else b
            poss = k > b and k < lim and tokens[k].lower_ in ("its", "their")
            k += poss  # "named X as its new leader": the organisation named before
            if k < lim and (k > b or tokens[k].lower_ not in DETS) and ctx.owner[k] < 0:
                segs, end = self._phrase(ctx, k, lim, relative=False)
                if segs and (end >= lim or not self._continues(ctx, end)):
                    if poss and segs[0].org is None:
                        segs[0].org = self._antecedent_org(ctx, k - 1)
                    self._add_segs(ctx, found, idx, segs, a, end, "complement")
        # 5f. "the Acme Network where X worked": the subject of a work verb in a "where"
        # clause hung on a named organisation
        # ("where X was working", "where X had been working")
        v = b
        while v + 1 < lim and v - b < 2 and doc[v].lower_ in WHERE_AUX:
            v += 1
        verb = doc[v].lower_ if v < lim else ""
        if v < lim and doc[v].tag_ == "VBG" and v > b:
            forms = (doc[v].lemma_ + "s", doc[v].lemma_ + "es")
            verb = next((f for f in forms if f in self.role_verbs), "")
        if v < lim and verb in self.role_verbs and doc[v].pos_ == "VERB":
            where = self._where_org(ctx, a)
            if where is not None:
                role = self.role_verbs[verb] or None
                end_c = doc[v].idx + len(doc[v].text)
                found.append((idx, role, where, doc[a - 1].idx, end_c, "where_verb", False))
        # 5e. a named post: "X kept his post as Defence Minister", "X took up her post as
        # ambassador to Y", "X was appointed to the post of governor"
        if not premod_roles or all(not r and not o for r, o in premod_roles):
            self._post_after(ctx, idx, a, c0, lim, found)
            self._post_given(ctx, idx, a, b, found)
        # 5d. inverted copula: "One such aid worker that brought the grain was X", "The new
        # director of the Kent Museum is X"
        if not pre and a >= 2 and tokens[a - 1].lemma_ == "be" and tokens[b - 1].dep_ == "attr":
            self._inverted_copula(ctx, idx, a, b, found)
        # 6. "Morgan Stanley's Jane Roe": an organisation's possessive right before the name
        if not pre and a >= 2 and tokens[a - 1].text in ("'s", "’s"):
            e = a - 1
            s0 = e
            while (
                s0 > 0
                and e - s0 < 6
                and ctx.owner[s0 - 1] < 0
                and (_cap(tokens[s0 - 1]) or (tokens[s0 - 1].text in GLUE and s0 - 1 > 0))
            ):
                s0 -= 1
            if s0 < e and self._orgish(doc, s0, e) and not self._placey(doc, s0, e):
                if tokens[s0].lower_ == "the" and s0 + 1 < e:
                    s0 += 1  # "The BBC's X": the org is "BBC"
                org = ctx.text[tokens[s0].idx : tokens[e - 1].idx + len(tokens[e - 1].text)]
                end_c = tokens[b - 1].idx + len(tokens[b - 1].text)
                found.append((idx, None, org, tokens[s0].idx, end_c, "org_possessive", False))
        # 7. apposition before the name: "a spokesman for the agency, X" / "As head of Y, X"
        if a >= 2 and tokens[a - 1].text == "," and (b >= ctx.n or self._closes(ctx, b)):
            self._pre_apposition(ctx, idx, a, b, found)
        elif a >= 2 and tokens[a - 1].text == "," and b + 2 < lim and tokens[b].lower_ == "of":
            # "A third lawmaker, Tom Reed of the Green Party, abstained"
            np = self._np(ctx, b + 1, lim)
            if np is not None and np[2] == "org" and np[1] < lim and tokens[np[1]].text == ",":
                self._pre_apposition(ctx, idx, a, np[1], found)
        # 7b. "an InterPress Service article by X": the publication X writes for
        if a == name_start:
            self._byline(ctx, idx, a, b, found)
        # 7e. "The Democratic Alliance, which Mendez leads, said": the org before
        if a >= 3 and b < lim and tokens[a - 1].lower_ in ("which", "that") and tokens[a - 2].text == ",":
            verb = tokens[b].lower_
            base = self.role_verbs.get(verb) or self._role_verb_base(tokens[b])
            joined = verb in ("joined", "joins")  # a member, no post
            if (base or joined) and tokens[b].pos_ == "VERB":
                e0 = a - 2
                s0 = e0
                while (
                    s0 > 0
                    and e0 - s0 < 8
                    and ctx.owner[s0 - 1] < 0
                    and (_cap(tokens[s0 - 1]) or tokens[s0 - 1].lower_ in self.connectors)
                    and not self._boundary(ctx, s0 - 1)
                ):
                    s0 -= 1
                while s0 < e0 and (not _cap(tokens[s0]) or tokens[s0].lower_ == "the"):
                    s0 += 1
                if s0 < e0 and self._orgish(doc, s0, e0) and not self._placey(doc, s0, e0):
                    org = ctx.text[tokens[s0].idx : tokens[e0 - 1].idx + len(tokens[e0 - 1].text)]
                    end_c = tokens[b].idx + len(tokens[b].text)
                    role = None if joined else base
                    found.append((idx, role, org, tokens[s0].idx, end_c, "org_relative", False))
        # 7d. "Some Republican congressmen ... For example, X": one of them
        if a == name_start:
            self._instance_of(ctx, idx, a, b, found)
        # 7c. "Speaking on behalf of the junta, Colonel X said"
        p0 = pre[0] if pre is not None else a
        self._on_behalf(ctx, idx, p0, b, premod_roles[-1][0] if premod_roles else None, found)
        # 8. "Before joining the World Bank in 2010, X taught at Harvard", "Having joined
        # Oxfam, X ...": the subject of the main clause joined the organisation
        if a >= 4 and tokens[a - 1].text == ",":
            s0 = self._sent_start(ctx, a)
            k = s0 + (tokens[s0].lower_ in ("before", "after", "since"))
            if tokens[k].lower_ == "having" and k + 1 < a:
                k += 1
            if k + 2 < a and tokens[k].lower_ in ("joining", "joined"):
                np = self._np(ctx, k + 1, a - 1)
                if np is not None and np[2] == "org" and _cap(tokens[np[0]]):
                    rest = doc[np[1] : a - 1]
                    if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" for t in rest):
                        org = ctx.text[
                            tokens[np[0]].idx : tokens[np[1] - 1].idx + len(tokens[np[1] - 1].text)
                        ]
                        end_c = tokens[b - 1].idx + len(tokens[b - 1].text)
                        found.append((idx, None, org, tokens[s0].idx, end_c, "joining", False))

    def _person_words(self, ctx: _Doc, s: int, e: int) -> bool:
        """Capitalised words [s, e) that name a person: a registry mention, the NER's
        person, or the last word of a registry person's mention written elsewhere."""
        doc = ctx.doc
        words = [t for t in doc[s:e] if _cap(t)]
        if not words or any(t.lower_ in self.org_cues or t.ent_type_ == "ORG" for t in words):
            return False
        if all(ctx.owner[t.i] >= 0 or t.ent_type_ == "PERSON" for t in words):
            return True
        if len(words) != 1:
            return False
        lasts = {
            word_key(ctx.text[m0:m1].split()[-1])
            for p in ctx.reg.people
            for m0, m1 in p["mentions"]
            if m1 > m0
        }
        return word_key(words[0].text) in lasts

    def _where_org(self, ctx: _Doc, s0: int) -> str | None:
        """The named organisation before ``[,] where`` right before token ``s0`` (``at
        Acme, where CEO X``), not a place (``in Paris, where Mayor X``) or a person."""
        doc = ctx.doc
        w = s0 - 1
        if w < 2 or doc[w].lower_ != "where":
            return None
        e = w - (doc[w - 1].text == ",")
        described = False
        # "Acme Water, the UN-supported agency where X": the organisation the common-noun
        # apposition before "where" describes
        cue = doc[e - 1]
        if cue.is_lower and cue.pos_ == "NOUN" and cue.lemma_ in self.org_cues:
            d = e - 1
            while d > 0 and e - d < 6 and doc[d].lower_ not in DETS and not self._boundary(ctx, d):
                d -= 1
            if d > 1 and doc[d].lower_ in DETS and doc[d - 1].text == ",":
                e, described = d - 1, True
        k = e
        while k > 0 and e - k < 8 and ctx.owner[k - 1] < 0:
            if not (_cap(doc[k - 1]) or (doc[k - 1].lower_ in self.connectors and k > e - 6)):
                break
            k -= 1  # ("Somalia Water and Land Management": connectors inside the name)
        while k < e and not _cap(doc[k]):
            k += 1
        if k == e or doc[k].is_sent_start:
            return None
        if self._placey(doc, k, e) or any(t.ent_type_ == "PERSON" for t in doc[k:e]):
            return None
        if not described and all(t.ent_type_ in PLACE_ENTS for t in doc[k:e] if _cap(t)):
            return None  # ("in Paris, where ...")
        # ("including Acme where ...", "at Acme, where ...": an employer's place in the
        # sentence; after "in" or "from" a name the NER leaves untyped may be a town)
        if not (described or self._orgish(doc, k, e)) and not (
            doc[k - 1].lower_ in ("at", "including", "like", "for", "with")
            and all(t.pos_ == "PROPN" for t in doc[k:e])
        ):
            return None
        last = doc[e - 1]
        return ctx.text[doc[k].idx : last.idx + len(last.text)]

    def _post_role(self, ctx: _Doc, n: int, lim: int) -> tuple[list[Seg], int] | None:
        """``post as ROLE`` / ``position of ROLE`` at post noun ``n``: the role phrase."""
        doc = ctx.doc
        if not (
            n + 2 < lim
            and doc[n].lower_ in self.post_nouns
            and doc[n].pos_ == "NOUN"
            and doc[n + 1].lower_ in ("as", "of")
        ):
            return None
        segs, end = self._phrase(ctx, n + 2, lim, relative=False)
        if not segs or segs[0].role_text is not None or segs[0].head_start > n + 3:
            return None
        return segs, end

    def _post_after(self, ctx: _Doc, idx: int, a: int, c0: int, lim: int, found: list) -> None:
        """``X kept his post as ROLE``: a post verb, its particle or preposition, a
        possessive or definite determiner and a post noun right after the name."""
        doc = ctx.doc
        k = c0
        verb = False
        while k < lim and k - c0 < 4 and doc[k].pos_ in ("VERB", "AUX", "ADP", "ADV", "PART"):
            verb = verb or (doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in self.post_verbs)
            k += 1
        if not verb or k + 1 >= lim or doc[k].lower_ not in POSS_DETS | {"the", "its"}:
            return
        got = self._post_role(ctx, k + 1, lim)
        if got is None:
            return
        segs, end = got
        if end < lim and self._continues(ctx, end):
            return
        self._add_segs(ctx, found, idx, segs, a, end, "post")

    def _post_given(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        """``the position of Finance Minister was given to X``, ``the post of governor
        went to X``: a post phrase, a post verb, ``to`` and the name."""
        doc = ctx.doc
        if a < 5 or doc[a - 1].lower_ != "to":
            return
        v = a - 2
        verb = False
        while v > 0 and a - 2 - v < 3 and doc[v].pos_ in ("VERB", "AUX", "ADV"):
            verb = verb or (doc[v].pos_ == "VERB" and doc[v].lemma_.lower() in self.post_verbs)
            v -= 1
        if not verb:
            return
        floor = max(self._sent_start(ctx, v), v - 10)
        for n in range(v - 2, floor - 1, -1):
            if ctx.owner[n] >= 0 or doc[n].is_punct:
                return
            got = self._post_role(ctx, n, v + 1)
            if got is None:
                continue
            segs, end = got
            if end == v + 1 and n > 0 and doc[n - 1].lower_ in DETS:
                end_c = doc[b - 1].idx + len(doc[b - 1].text)
                role, org = self._split(ctx, segs[0])
                if role or org:
                    found.append((idx, role, org, doc[n - 1].idx, end_c, "post", False))
            return

    def _inverted_copula(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        """The subject of "was X" is X's role when it is a role noun phrase: "One such aid
        worker that brought the grain was X" -> aid worker (not an achievement, "The
        winner was X", nor a description of another person)."""
        doc = ctx.doc
        verb = doc[a - 1]
        if doc[b - 1].head.i != verb.i:
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or not subj.is_lower or subj.pos_ != "NOUN":
            return
        role = self._role_at(doc, subj.i)
        if role is None or role[1] in self.work_roles or self._relational(role[1]):
            return
        st = self._sent_start(ctx, subj.i)
        s = subj.left_edge.i
        if s < st or any(ctx.owner[k] >= 0 for k in range(s, subj.i + 1)):
            return
        quantifiers = ("one", "such", "another", "the", "a", "an", "this", "that")
        while s < subj.i and doc[s].lower_ in quantifiers:
            s += 1
        # the noun phrase up to a relative clause or the verb
        lim = verb.i
        for k in range(subj.i + 1, verb.i):
            if doc[k].lower_ in ("that", "who", "which", ",") or doc[k].dep_ == "relcl":
                lim = k
                break
        segs, end = self._phrase(ctx, s, lim, relative=False)
        if segs and end == lim:
            self._add_segs(ctx, found, idx, segs, s, b, "inverted_copula")

    def _instance_of(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        """``Some Republican congressmen have changed their minds. For example, X ...``: a
        name opening the sentence after "For example," is one of the plural role phrase
        that is the previous sentence's subject (kept when it names an organisation)."""
        doc = ctx.doc
        st = self._sent_start(ctx, a)
        words = tuple(t.lower_ for t in doc[st:a])
        if words not in (("for", "example", ","), ("for", "instance", ","), ("among", "them", ",")):
            return
        if st == 0 or ctx.sent[st - 1] == ctx.sent[st]:
            return
        ps = self._sent_start(ctx, st - 1)
        for i in range(ps, st):
            tok = doc[i]
            head = self._role_at(doc, i)
            if head is None or tok.lower_ == head[1] or tok.tag_ != "NNS":
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass") or ctx.owner[i] >= 0:
                continue
            got = self._plural_split(ctx, i, i + 1)
            if got is None or not got[0]:
                return
            role, org = got
            org = org or self._party_of(role)
            if org:
                end_c = doc[b - 1].idx + len(doc[b - 1].text)
                found.append((idx, role, org, doc[a].idx, end_c, "instance_of", False))
            return

    def _on_behalf(
        self, ctx: _Doc, idx: int, p0: int, b: int, role: str | None, found: list
    ) -> None:
        """``Speaking on behalf of the junta, Colonel X said``: the main clause's subject
        speaks for the organisation (a definite common noun: the one it stands for).
        ``Writing in the Guardian, X said`` / ``In an op-ed for the Post, X``: the
        publication X writes for."""
        doc = ctx.doc
        if p0 < 3 or doc[p0 - 1].text != ",":
            return
        s0 = self._sent_start(ctx, p0)
        k = s0 + (doc[s0].tag_ == "VBG")
        rule = "on_behalf"
        if tuple(t.lower_ for t in doc[k : k + 3]) == ("on", "behalf", "of"):
            k += 3
        elif doc[s0].lower_ == "writing" and doc[s0 + 1].lower_ in ("in", "for"):
            k, rule = s0 + 2, "writing_for"
        elif (
            doc[s0].lower_ == "in"
            and doc[s0 + 1].lower_ in ("a", "an", "his", "her", "their")
            and self._piece_end(ctx, s0 + 2) > 0
            and doc[self._piece_end(ctx, s0 + 2)].lower_ in ("for", "in")
        ):
            k, rule = self._piece_end(ctx, s0 + 2) + 1, "writing_for"
        else:
            return
        np = self._np(ctx, k, p0 - 1)
        if np is None or np[1] != p0 - 1 or np[2] == "place":
            return
        if rule == "writing_for" and (np[2] != "org" or not _cap(doc[np[0]])):
            return
        span: tuple[int, int] | None = (np[0], np[1])
        if doc[np[0]].is_lower:
            span = self._named_antecedent(ctx, (np[0], np[1]))
        elif np[2] != "org":
            span = None
        if span is None:
            return
        org = ctx.text[doc[span[0]].idx : doc[span[1] - 1].idx + len(doc[span[1] - 1].text)]
        end_c = doc[b - 1].idx + len(doc[b - 1].text)
        found.append((idx, role, org, doc[s0].idx, end_c, rule, False))

    def _piece_end(self, ctx: _Doc, i: int) -> int:
        """End of a piece-of-writing noun starting at token ``i`` ("article", "op-ed" as
        three tokens), or -1."""
        doc = ctx.doc
        if i >= ctx.n:
            return -1
        if (
            i + 3 < ctx.n
            and doc[i + 1].text == "-"
            and f"{doc[i].lower_}-{doc[i + 2].lower_}" in self.byline_nouns
        ):
            return i + 3
        return i + 1 if doc[i].lower_ in self.byline_nouns and i + 1 < ctx.n else -1

    def _byline(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        """``an InterPress Service article by X``, ``a Daily Courier column by X``: X writes
        for the publication named before the piece (no role)."""
        doc = ctx.doc
        pub = self._byline_org(ctx, a)
        if pub is None:
            return
        s0, n = pub
        org = ctx.text[doc[s0].idx : doc[n - 1].idx + len(doc[n - 1].text)]
        end_c = doc[b - 1].idx + len(doc[b - 1].text)
        found.append((idx, None, org, doc[s0].idx, end_c, "byline", False))

    def _byline_org(self, ctx: _Doc, a: int) -> tuple[int, int] | None:
        """The publication before ``<piece> by`` ending at token ``a`` (the name), if any."""
        doc = ctx.doc
        # "a Guardian analysis by economist X": past lower-case role words
        while a > 2 and doc[a - 1].is_lower and self._is_mod(ctx, a - 1, a) and a - 1 > 0:
            if doc[a - 1].lower_ == "by":
                break
            a -= 1
        n = a - 2
        if n >= 3 and doc[n - 1].text == "-" and self._piece_end(ctx, n - 2) == a - 1:
            n -= 2  # "a Daily Courier op-ed by X"
        if n < 1 or doc[a - 1].lower_ != "by" or self._piece_end(ctx, n) != a - 1:
            return None
        if not doc[n].is_lower:
            return None
        s0 = n
        while (
            s0 > 0
            and n - s0 < 6
            and ctx.owner[s0 - 1] < 0
            and (_cap(doc[s0 - 1]) or (doc[s0 - 1].text in GLUE and s0 - 1 > 0))
            and not doc[s0 - 1].is_punct
        ):
            s0 -= 1
        if doc[s0].lower_ in DETS:
            s0 += 1
        if s0 >= n or self._placey(doc, s0, n) or not _cap(doc[s0]):
            return None
        # the words before the run: a determiner or the sentence start, not "Jane Roe's"
        p = s0 - 1
        if p >= 0 and doc[p].lower_ not in DETS and p + 1 != self._sent_start(ctx, s0):
            if not (doc[p].is_punct or doc[p].pos_ in ("ADP", "VERB", "AUX")):
                return None
        if any(doc[k].ent_type_ in ("DATE", "TIME", "PERSON") for k in range(s0, n)):
            return None
        return s0, n

    def _add_segs(
        self, ctx: _Doc, found: list, idx: int, segs: list[Seg], a: int, end: int, rule: str
    ) -> None:
        """One finding per segment: the first starts at token ``a``, the last ends at ``end``,
        each other covers its own words (two roles in one apposition keep distinct spans)."""
        doc = ctx.doc
        splits = [self._split(ctx, seg) for seg in segs]
        for k, seg in enumerate(segs):
            role, org = splits[k]
            if org is None and role:
                org = self._party_of(role)  # "a Republican strategist"
                role = _undated(role) if org else role
            if not (role or org):
                continue
            s = a if k == 0 else seg.start
            e = end if k == len(segs) - 1 else seg.end
            if e <= s:
                continue
            found.append(
                (
                    idx,
                    role,
                    org,
                    doc[s].idx,
                    doc[e - 1].idx + len(doc[e - 1].text),
                    rule + CONJ if self._conj_post(splits, k) else rule,
                    False,
                )
            )

    def _conj_post(self, splits: list[tuple[str | None, str | None]], k: int) -> bool:
        """Segment ``k`` of a coordination is a post of its own with no organisation
        while another conjunct names one ("fellow at X and former ambassador"); not a
        work or achievement ("scholar at X and author of a book")."""
        role, org = splits[k]
        if not role or org is not None or not any(o for _, o in splits):
            return False
        return not any(w.strip(",.").lower() in self.work_roles for w in role.split())

    def _its_typo(self, ctx: _Doc, p: int) -> bool:
        """Token ``p`` is the "'s" of "it's" written for "its" before a role noun
        ("The Foreign Ministry and it's Minister, NAME")."""
        doc = ctx.doc
        return (
            doc[p].text in ("'s", "’s")
            and p > 0
            and doc[p - 1].lower_ == "it"
            and not doc[p - 1].whitespace_
            and p + 1 < len(doc)
            and (_cap(doc[p + 1]) or self._role_at(doc, p + 1) is not None)
        )

    def _opens(self, ctx: _Doc, p: int, floor: int, closed: bool | str = False) -> bool:
        """Token ``p`` may stand before a role phrase set before a name ("said a spokesman
        for X, NAME", "As head of X, NAME", "According to the coach, NAME")."""
        doc = ctx.doc
        if p < floor or p < 0:
            return True
        tok = doc[p]
        if tok.lower_ == "to":
            return p > 0 and doc[p - 1].lower_ == "according"
        if tok.text in ("'s", "’s") and p > 0 and ctx.owner[p - 1] >= 0:
            return True  # "Okonjo's lawyer, Chidi Eze": a person's role words
        if tok.lower_ in ("its", "their", "whose") or self._its_typo(ctx, p):
            return True  # "Its president, Jean Case": the org named just before
        if tok.lower_ in ("his", "her"):
            # "His lawyer, Abbas Kaya, said": opening the sentence (not "After meeting
            # his lawyer, X said": an object in a fronted clause); inside a sentence an
            # apposition closed by a comma and no verb after ("those of his Conservative
            # opponent, David Hale, for the first time")
            return p == self._sent_start(ctx, p) or closed == "apposition"
        if tok.pos_ in ("VERB", "AUX"):
            # "said a spokesman for X, NAME", "said Health Minister, NAME"; a bare lower-case
            # noun is the verb's object ("to bring justice, NAME said")
            nxt = doc[p + 1] if p + 1 < len(doc) else tok
            if p > 0 and doc[p - 1].lower_ == "to":
                return False  # "To become a judge, NAME said": an infinitive's object
            if nxt.lower_ in DETS or _cap(nxt) or nxt.tag_ == "PRP$":
                return True
            if nxt.lower_ in ("one", "another"):
                return True  # "Police arrested another activist, NAME, on Friday"
            # '"…," said spokesperson for the agency, NAME': a bare role noun after a
            # speech verb that has no subject before it (the subject follows the name)
            return (
                tok.lemma_ == "say"
                and p + 1 < len(doc)
                and self._role_at(doc, p + 1) is not None
                and not any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.lefts)
            )
        # "Also the president of X, NAME", "in the words of the prosecutor, NAME",
        # "Discussing the crisis, Canada's Prime Minister, NAME said": a fronted role
        # phrase after an adverb, a preposition's object or an opening clause
        if tok.pos_ == "ADV":
            return True
        if tok.lower_ in ("of", "by", "with", "from", "under", "after", "against", "about"):
            # only when a comma closes the apposition after the name ("in the words of
            # the prosecutor, X, QC,"), not "After a meeting with the minister, X said"
            return closed
        if tok.text == ",":  # not "X, a USI instructor, Y": that phrase belongs to X
            return p == 0 or ctx.owner[p - 1] < 0

        return tok.lower_ in ("as", "and", "but", "while", "that") or tok.text in (
            '"',
            "“",
            "”",
            ":",
            "—",
            "–",
        )

    def _continues(self, ctx: _Doc, end: int) -> bool:
        """The words after a parsed role phrase go on as a noun (we misparsed)."""
        tok = ctx.doc[end]
        return tok.pos_ in ("NOUN", "PROPN") and ctx.owner[end] < 0 and not self._boundary(ctx, end)

    def _closes(self, ctx: _Doc, b: int) -> bool:
        tok = ctx.doc[b]
        return tok.text in CLOSERS or tok.pos_ in ("VERB", "AUX") or tok.is_space

    def _premod(
        self, ctx: _Doc, a: int, name_start: int
    ) -> tuple[int, list[tuple[str | None, str | None]]] | None:
        """Role words right before a name (titles included): (phrase start, the (role, org)
        of each segment)."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        left = name_start
        floor = max(self._sent_start(ctx, a) if a < ctx.n else 0, name_start - 18)
        # "[former Museum CEO] Jane Roe": an editor's bracketed insertion before the name
        bracket = a == name_start and a > 1 and tokens[a - 1].text == "]"
        if bracket:
            left = name_start = a - 1
        while left > floor:
            k = left - 1
            tok = tokens[k]
            if k >= a:  # titles of the mention itself
                left = k
                continue
            if ctx.owner[k] >= 0:
                # "Virgin owner Richard Branson", "Cal Fire spokesperson X" with "Virgin" or
                # "Cal Fire" taken for a person: a "person" named once, right before role
                # words, is an organisation
                o = ctx.owner[k]
                between = range(k + 1, a)
                if (
                    o in ctx.once
                    and any(self._role_at(doc, m) for m in between)
                    and all(
                        tokens[m].lower_ not in self.connectors and tokens[m].lower_ not in ORG_PREPS
                        for m in between
                    )
                ):
                    m = k
                    while m > floor and ctx.owner[m - 1] == o:
                        m -= 1
                    left = m
                break
            if tokens[k].text in ('"', "”") and k > floor + 2 and k + 1 == name_start:
                # 'Spokesperson of the "Haven" NAME': a quoted organisation before the name
                o = next(
                    (m for m in range(k - 2, max(floor, k - 7), -1) if tokens[m].text in ('"', "“")),
                    -1,
                )
                if o > floor and tokens[o - 1].lower_ in DETS | ORG_PREPS:
                    left = o
                    continue
            if self._boundary(ctx, k) and self._acronym_bracket(ctx, k, name_start) < 0:
                break
            # "Yesterday President X said", "Today spokesman X": a time adverb is no role word
            if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ in ("ADV", "NOUN") and not tok.like_num:
                break
            if (
                self._is_mod(ctx, k, name_start)
                or tok.lower_ in ORG_PREPS | DETS | {"and"} | self.connectors
            ):
                left = k
                continue
            break
        # "The first three times Indonesian Pilot X": words hanging off a verb outside the
        # phrase (an adverbial "times") are no part of the role
        for k in range(left, name_start):
            t = tokens[k]
            if (
                t.dep_ in ("npadvmod", "advmod", "dobj")
                and t.head.pos_ in ("VERB", "AUX")
                and not (left <= t.head.i < name_start)
                and not _cap(t)
                and self._role_at(doc, k) is None
            ):
                left = k + 1
            elif (  # "three times", "two days": a count of something, not a role
                t.like_num
                and k + 1 < name_start
                and tokens[k + 1].tag_ == "NNS"
                and self._role_at(doc, k + 1) is None
            ):
                left = k + 2
        # "an aide to the minister Jane Roe": the role right before the name is hers; the
        # words before "to the" belong to someone else
        for k in range(name_start - 2, left, -1):
            if tokens[k].lower_ in DETS and tokens[k - 1].lower_ == "to":
                left = k + 1
                break
        # "aides to Sen. Jane Roe", "a spokesman for President Roe": only the mention's
        # own titles are hers
        if left < a < name_start and tokens[a - 1].lower_ in ("to", "for"):
            left = a
        # "the manager of singer Jane Roe", "a lawyer for actor Roe": the role noun after
        # the preposition is hers, the words before it someone else's
        for k in range(a - 1, left, -1):
            if (
                tokens[k - 1].lower_ in ("to", "for", "of")
                and tokens[k].lower_ not in DETS
                and all(tokens[m].is_lower for m in range(k, a))
                and any(self._role_at(doc, m) for m in range(k, a))
            ):
                left = k
                break
        # the mention's titles (and a borrowed one-word "person") are free while parsing
        lo = left  # fixed: the slice restored below must keep its length
        saved = ctx.owner[lo:name_start]
        for k in range(lo, name_start):
            ctx.owner[k] = -1
        try:
            for s in range(left, name_start):
                if tokens[s].lower_ in ORG_PREPS | DETS | {"and"} or tokens[s].text in GLUE:
                    continue
                stops = (name_start, a) if a < name_start else (name_start,)
                # "Minister for Health Mr. Roe": a courtesy title ends the role words
                if a < name_start and all(
                    (word_key(t.text),) in title_table().lead for t in doc[a:name_start]
                ):
                    stops = (a, name_start)
                elif a < name_start:
                    # "Director-General Dr. Anna Berg": a role word the title table also
                    # holds ("General"), then a courtesy title: the role ends before it
                    lead = next(
                        (
                            p
                            for p in range(a + 1, name_start)
                            if all(
                                (word_key(t.text),) in title_table().lead for t in doc[p:name_start]
                            )
                        ),
                        -1,
                    )
                    if lead > 0:
                        stops = (lead, name_start, a)
                for stop in stops:
                    if s >= stop:
                        continue
                    # "Seismologist Dr. X": the role may end before the mention's titles
                    segs, end = self._phrase(ctx, s, stop, relative=False)
                    if segs and end == stop and segs[-1].plural and segs[-1].org is not None:
                        # "the deputies of the Party Stelle": a plural role with its
                        # organisation before one lone name is no introduction (a list
                        # goes on: "deputies of X A and B")
                        b = self._mention_end(ctx, a)
                        if not (b < ctx.n and tokens[b].lower_ in ("and", ",")):
                            return None
                    if segs and end == stop:
                        # "Chief of the General Staff General X": the rank is no part of
                        # the organisation when the role also reads without it
                        if stop > a and any(g.org and g.org[1] > a for g in segs) and s < a:
                            segs2, end2 = self._phrase(ctx, s, a, relative=False)
                            if segs2 and end2 == a:
                                segs = segs2
                        return s, self._shared_possessive(ctx, segs)
            # "coauthor Jane Roe", "veteran beekeeper Jane Roe": a lower-case noun the
            # parser attaches to the name as a compound is a role whatever the noun
            h = name_start - 1
            if (
                a == name_start
                and h >= left
                and tokens[h].dep_ in ("compound", "nmod", "appos")
                and a <= tokens[h].head.i < self._mention_end(ctx, a)
            ):
                for s in range(left, name_start):
                    if tokens[s].lower_ in ORG_PREPS | DETS | {"and"} or tokens[s].text in GLUE:
                        continue
                    segs, end = self._phrase(ctx, s, name_start, relative=False, generic=True)
                    if segs and end == name_start:
                        return s, [self._split(ctx, seg) for seg in segs]
        finally:
            ctx.owner[lo:name_start] = saved
        return None

    def _shared_possessive(self, ctx: _Doc, segs: list[Seg]) -> list[tuple[str | None, str | None]]:
        """(role, org) of each segment; "the Pride's co-ordinator and spokesperson X": an
        organisation's possessive before coordinated roles with none of their own is the
        organisation of all of them (one role, "co-ordinator and spokesperson")."""
        doc = ctx.doc
        splits = [self._split(ctx, seg) for seg in segs]
        if len(segs) < 2 or not splits[0][1] or any(o for _, o in splits[1:]):
            return splits
        first = segs[0]
        poss = next(
            (k for k in range(first.start, first.head_start) if doc[k].text in ("'s", "’s")), -1
        )
        if poss < 0 or any(g.org is not None or g.role_text for g in segs):
            return splits
        last = doc[segs[-1].role_end - 1]
        text = " ".join(ctx.text[doc[poss + 1].idx : last.idx + len(last.text)].split())
        return [(text.replace("- ", "-"), splits[0][1])]

    def _mention_end(self, ctx: _Doc, a: int) -> int:
        """End of the registry mention that owns token ``a``."""
        e = a
        while e < ctx.n and ctx.owner[e] == ctx.owner[a] and ctx.owner[a] >= 0:
            e += 1
        return max(e, a + 1)

    def _pre_apposition(self, ctx: _Doc, idx: int, a: int, b: int, found: list) -> None:
        doc = ctx.doc
        comma = a - 1
        floor = max(self._sent_start(ctx, comma), comma - 16)
        # "said an exiled NLF commander who lives in Oslo, NAME": the role phrase ends
        # before a relative clause that runs to the comma
        stop = comma
        w = next(
            (k for k in range(comma - 2, max(floor, comma - 10), -1) if doc[k].lower_ == "who"), -1
        )
        if (
            w > floor
            and doc[w - 1].pos_ == "NOUN"
            and all(ctx.owner[k] < 0 and not self._boundary(ctx, k) for k in range(w, comma))
        ):
            stop = w
        # "A spokesman for Haddad, Samir Nouri,": a role held for another person (a
        # registry name right before the comma) takes the person into the role, no org
        served = ctx.owner[comma - 1] if comma > 0 and stop == comma else -1
        if served >= 0 and served != idx:
            m = comma - 1
            while m > floor and ctx.owner[m - 1] == served:
                m -= 1
            if m - 2 > floor and doc[m - 1].lower_ in ("for", "to") and self._role_at(doc, m - 2):
                stop = m - 1
            else:
                served = -1
        left = stop
        while left > floor:
            k = left - 1
            if doc[k].text == ")":  # "of CEI (Italian Episcopal Conference), NAME"
                o = next((m for m in range(k - 1, max(floor, k - 9), -1) if doc[m].text == "("), -1)
                if o > floor and all(ctx.owner[m] < 0 for m in range(o, k)):
                    left = o
                    continue
            if ctx.owner[k] >= 0 or self._boundary(ctx, k):
                break
            tok = doc[k]
            if (
                # "The agency's director, NAME": an organisation's possessive (a person's
                # one stops the walk above)
                (tok.tag_ == "POS" and k > floor and ctx.owner[k - 1] < 0)
                or self._is_mod(ctx, k, stop)
                or tok.lower_ in ORG_PREPS | DETS | {"and"} | self.connectors
            ):
                left = k
                continue
            break
        for s in range(left, stop):
            if doc[s].lower_ in ORG_PREPS | {"and"} or doc[s].text in GLUE:
                continue
            # "the killing of one journalist, NAME": a counting "one"/"another" is no
            # part of the role
            if (
                doc[s].lower_ in ("one", "another")
                and s + 1 < stop
                and doc[s + 1].is_lower
                and doc[s + 1].lower_ != "of"
                and not doc[s + 1].like_num
            ):
                continue
            # "the President and the First Lady, NAME": only the last conjunct is NAME's
            if any(
                doc[k].lower_ == "and" and doc[k + 1].lower_ in DETS for k in range(s, stop - 1)
            ):
                continue
            segs, end = self._phrase(ctx, s, stop, relative=False)
            if not segs or end != stop:
                continue
            # "The firm's lawyers, Baker McKenzie,": a plural role before one name
            if segs[-1].plural and not (b < ctx.n and doc[b].lower_ in ("and", ",")):
                continue
            if (
                segs[-1].plural
                and doc[b].text == ","
                and not (b + 2 < ctx.n and (doc[b + 1].lower_ == "and" or _cap(doc[b + 1])))
            ):
                continue
            p = s - 1
            if p >= 0 and (doc[p].lower_ in DETS or doc[p].lower_ in ("another", "one")):
                p -= 1  # "Another activist, David Quale, said"
            closed: bool | str = b < ctx.n and doc[b].text == ","
            if closed and b + 1 < ctx.n and doc[b + 1].pos_ not in ("VERB", "AUX"):
                if doc[b + 1].lower_ not in ("who", "whose", "which", "that"):
                    closed = "apposition"
            # "testimony from the U.S. commander in Iraq, General X.": the name ends the
            # sentence, so nothing follows it as its verb; an apposition
            if b >= ctx.n or doc[b].text in (".", ";", "!", "?"):
                closed = "apposition"
            if not self._opens(ctx, p, floor, closed=closed):
                continue
            if (
                p >= 0
                and (doc[p].lower_ in ("its", "their", "whose") or self._its_typo(ctx, p))
                and segs[0].org is None
            ):
                segs[0].org = self._antecedent_org(ctx, p)
            if served >= 0:
                if segs[-1].org is not None or segs[-1].plural:
                    return
                last = doc[comma - 1]
                segs[-1].role_text = ctx.text[doc[segs[-1].start].idx : last.idx + len(last.text)]
            self._add_segs(ctx, found, idx, segs, s, b, "pre_apposition")
            return
        # "A practising homeopath, Jane Roe, ...": a sentence-opening common-noun phrase set
        # off by commas on both sides names the person's role whatever its head noun
        st = self._sent_start(ctx, comma)
        if (
            (doc[st].lower_ in DETS or doc[st].lower_ == "another")
            and st + 1 < comma
            and b < ctx.n
            and doc[b].text == ","
            and all(ctx.owner[k] < 0 and not self._boundary(ctx, k) for k in range(st, comma))
        ):
            segs, end = self._phrase(ctx, st + 1, comma, relative=False, generic=True)
            # "An exiled NLF commander who lives in Oslo, X,": past a relative clause
            rel = end < comma and doc[end].lower_ in ("who", "that") and end > st + 1
            if segs and (end == comma or rel) and not segs[-1].plural:
                self._add_segs(ctx, found, idx, segs, st + 1, b, "pre_apposition")

    def _short_form(self, ctx: _Doc, k: int) -> tuple[int, int] | None:
        """A definite short form ("the Pride's coordinator" after "Antwerp Pride"): a
        capitalised word after "the" stands for the nearest earlier capitalised name that
        ends in it (the NER may have taken that name for a person)."""
        doc = ctx.doc
        word = doc[k].text
        for m in range(k - 1, max(-1, k - 400), -1):
            if doc[m].text != word or m == 0 or not _cap(doc[m - 1]) or doc[m - 1].is_punct:
                continue
            if doc[m - 1].lower_ == "the" or self._boundary(ctx, m - 1):
                continue
            o = ctx.owner[m]
            if o >= 0 and (ctx.owner[m - 1] != o or o not in ctx.once):
                continue  # a person's real name ("Jane Pride")
            r0 = m - 1
            while r0 > 0 and _cap(doc[r0 - 1]) and ctx.owner[r0 - 1] == ctx.owner[m]:
                r0 -= 1
            if doc[r0].is_sent_start and doc[r0].lower_ == "the":
                r0 += 1
            if r0 < m and not self._placey(doc, r0, m + 1):
                return r0, m + 1
        return None

    def _named_antecedent(self, ctx: _Doc, org: tuple[int, int]) -> tuple[int, int] | None:
        """A definite common-noun organisation ("the institute", "the company's founder")
        stands for a named one mentioned before: the nearest earlier capitalised name
        ending in the same noun ("the Urban Institute"), or, for a firm, the nearest
        organisation entity in this or the previous sentence."""
        doc = ctx.doc
        s, e = org
        words = [t for t in doc[s:e] if t.is_alpha]
        if not words or any(_cap(t) for t in words) or s == 0:
            return None
        if doc[s].lower_ != "the" and doc[s - 1].lower_ != "the":
            return None
        head = words[-1].lemma_.lower()
        # "director of the charity, Friends of the River,": the organisation's name set
        # by a comma right after the noun
        n0 = e + 1
        if (
            head in self.anaphoric_nouns
            and n0 < ctx.n
            and doc[e].text == ","
            and _cap(doc[n0])
            and ctx.owner[n0] < 0
        ):
            e2 = self._org_run(ctx, n0, self._sent_lim(ctx, n0))
            if (
                e2 > n0
                and e2 < ctx.n
                and doc[e2].text in (",", ".", ";", ")", "—", "–")
                and any(t.ent_type_ == "ORG" for t in doc[n0:e2])
                and not self._placey(doc, n0, e2)
            ):
                return n0, e2
        if len(words) > 2 + (words[0].lower_ == "the"):
            return None  # "the city's water department": a description of its own
        for k in range(s - 1, max(-1, s - 400), -1):
            tok = doc[k]
            if tok.lemma_.lower() != head or not _cap(tok) or ctx.owner[k] >= 0:
                continue
            r0 = k
            while (
                r0 > 0
                and ctx.owner[r0 - 1] < 0
                and not self._boundary(ctx, r0 - 1)
                and (_cap(doc[r0 - 1]) or doc[r0 - 1].lower_ in self.connectors)
            ):
                r0 -= 1
            while r0 < k and (not _cap(doc[r0]) or doc[r0].lower_ == "the"):
                r0 += 1
            if r0 < k:
                return r0, k + 1  # "the Urban Institute" (not "Institute" alone)
        if head in self.anaphoric_nouns:
            # "Relief Now, a British aid group, ... director for the group"; "the charity
            # Hope Relief ..." / "one such group, called Streetwatch," (the nearer one)
            found = self._apposed_org(ctx, s, head)
            named = self._introduced_org(ctx, s)
            if named is not None and (found is None or named[0] > found[0]):
                found = named
            if found is not None:
                return found
            found = self._antecedent_org(ctx, s)
            # ("Shares rose, Reuters reported": the news agency is no antecedent)
            if found is not None:
                verb = doc[found[1] - 1].head
                source = verb.lemma_ == "tell" or (
                    verb.lemma_ == "report" and not any(c.dep_ == "dobj" for c in verb.children)
                )
                # "the party": only a party's name
                party = head != "party" or any(
                    t.lower_ == "party" or t.text in self.party_words
                    for t in doc[found[0] : found[1]]
                )
                if not source and party:
                    return found
        return None

    def _bare_anaphor(self, ctx: _Doc, org: tuple[int, int]) -> bool:
        """``the group``, ``the group's``: a definite anaphoric organisation noun alone."""
        doc = ctx.doc
        words = [t for t in doc[org[0] : org[1]] if t.is_alpha and t.lower_ != "the"]
        if len(words) != 1 or not words[0].is_lower:
            return False
        s = org[0]
        definite = doc[s].lower_ == "the" or (s > 0 and doc[s - 1].lower_ == "the")
        return definite and words[0].lemma_.lower() in self.anaphoric_nouns

    def _apposed_org(self, ctx: _Doc, s: int, head: str) -> tuple[int, int] | None:
        """The capitalised name an earlier indefinite description with the same head noun
        stood beside: "Relief Now, a British aid group," / "Relief Now is a small group"."""
        doc = ctx.doc
        for k in range(s - 1, max(-1, s - 300), -1):
            tok = doc[k]
            if tok.lemma_.lower() != head or not tok.is_lower or tok.pos_ != "NOUN":
                continue
            # "Thailand's military junta, the National Council for Peace and Order,"
            n0 = k + 2 + (k + 2 < s and doc[k + 2].lower_ == "the")
            if k + 1 < s and doc[k + 1].text == "," and n0 < s and _cap(doc[n0]):
                e = self._org_run(ctx, n0, s)
                if e > n0 and e < s and doc[e].text in (",", ".", ";", "—", "–", ")"):
                    if not self._placey(doc, n0, e):
                        return n0, e
            d = k - 1
            while (
                d > 0
                and k - d < 5
                and doc[d].lower_ not in ("a", "an")
                and (doc[d].is_lower or doc[d].ent_type_ in PLACE_ENTS)  # "a British group"
            ):
                d -= 1
            if d <= 1 or doc[d].lower_ not in ("a", "an"):
                continue
            before = doc[d - 1]
            if before.text == ",":
                end = d - 1
            elif before.lemma_ == "be" and d >= 2:
                end = d - 1
            else:
                continue
            r0 = end
            while (
                r0 > 0
                and end - r0 < 6
                # ("Green Shield is a charity": a "person" named once is the charity)
                and (ctx.owner[r0 - 1] < 0 or ctx.owner[r0 - 1] in ctx.once)
                and not self._boundary(ctx, r0 - 1)
                and (_cap(doc[r0 - 1]) or doc[r0 - 1].lower_ in self.connectors)
            ):
                r0 -= 1
            while r0 < end and (not _cap(doc[r0]) or doc[r0].lower_ == "the"):
                r0 += 1
            if r0 < end and not self._placey(doc, r0, end):
                return r0, end
        return None

    def _introduced_org(self, ctx: _Doc, s: int) -> tuple[int, int] | None:
        """The nearest earlier mention, outside quotation marks, of an organisation an
        organisation noun introduced: "the charity Hope Relief", "one such group, called
        Streetwatch", "an NGO named Clearwater" (or a later bare "Hope Relief"), within a few
        paragraphs."""
        doc = ctx.doc
        cache = self._role_cache
        if cache.get("doc") is not doc:
            cache.clear()
            cache["doc"] = doc
        if "introduced" not in cache:
            intro = self._introductions(ctx)
            names = {tuple(t.text for t in doc[n0:e]) for n0, e in intro}
            points = set(intro)
            for n0, e in intro:
                words = tuple(t.text for t in doc[n0:e])
                for k in range(ctx.n - len(words) + 1):
                    if tuple(t.text for t in doc[k : k + len(words)]) not in names:
                        continue
                    if ctx.owner[k] < 0 and not ctx.inside_quote(doc[k].idx):
                        points.add((k, k + len(words)))
            cache["introduced"] = sorted(points)
        best = None
        for n0, e in cache["introduced"]:
            if e <= s and s - n0 <= 300:
                best = (n0, e)
        return best

    def _introductions(self, ctx: _Doc) -> list[tuple[int, int]]:
        """Organisation names an organisation noun introduces outside quotation marks."""
        doc = ctx.doc
        out = []
        for k in range(ctx.n - 1):
            tok = doc[k]
            if not (tok.is_lower and tok.pos_ == "NOUN") and not (
                tok.is_upper and len(tok.text) > 1 and tok.pos_ in ("NOUN", "PROPN")
            ):
                continue  # ("an NGO named X")
            if tok.lemma_.lower() not in self.org_cues or ctx.inside_quote(tok.idx):
                continue
            n0 = k + 1
            called = False
            naming = ("called", "named", "dubbed", "known")
            if n0 < ctx.n and doc[n0].text == ",":
                n0 += 1
                if n0 >= ctx.n or doc[n0].lower_ not in naming:
                    continue
            if n0 < ctx.n and doc[n0].lower_ in naming:
                if doc[n0].head.i != k or tok.dep_ == "ROOT":
                    continue  # "the party named X as its candidate": a verb
                n0 += 1
                called = True
                if doc[n0 - 1].lower_ == "known":  # "a group known as Clearwater"
                    if n0 >= ctx.n or doc[n0].lower_ != "as":
                        continue
                    n0 += 1
            if n0 >= ctx.n or not _cap(doc[n0]) or ctx.owner[n0] >= 0:
                continue
            e = self._org_run(ctx, n0, self._sent_lim(ctx, n0))
            if e <= n0 or self._placey(doc, n0, e) and not called:
                continue
            if called and e < ctx.n and doc[e].lower_ in ("as", "to"):
                continue  # "named X as its candidate", "named X to the board"
            if not called:
                # "the charity Hope Relief": the name stands beside the noun
                last = doc[e - 1]
                beside = (
                    (last.dep_ == "appos" and last.head.i == k)
                    or (tok.dep_ == "compound" and n0 <= tok.head.i < e)
                    or (last.dep_ == tok.dep_ and last.head.i == tok.head.i)
                )
                if not beside:
                    continue
            out.append((n0, e))
        return out

    def _antecedent_org(self, ctx: _Doc, p: int) -> tuple[int, int] | None:
        """The organisation ``its``/``their`` at token ``p`` points back to: the nearest
        ORG entity in this or the previous sentence."""
        doc = ctx.doc
        floor = max(0, p - 60)
        if p < ctx.n and ctx.sent[p] > 0:
            k = p
            while k > floor and ctx.sent[k - 1] >= ctx.sent[p] - 1:
                k -= 1
            floor = k
        quoted = p < ctx.n and ctx.inside_quote(doc[p].idx)
        for k in range(p - 1, floor - 1, -1):
            # ('"... the BBC's version of events." ... for the group': an organisation
            # named only inside a quotation is no antecedent outside one)
            if not quoted and ctx.inside_quote(doc[k].idx):
                continue
            if doc[k].text in self._acronyms(doc) and ctx.owner[k] < 0:
                return k, k + 1  # "HNLF leaders, including its chairman"
            if doc[k].ent_type_ == "ORG" and ctx.owner[k] < 0:
                e = k + 1
                s = k
                while s > floor and doc[s].ent_iob_ == "I":
                    s -= 1
                if doc[s].lower_ == "the":
                    s += 1
                # "the X Front (XF" as the entity: the bracket closes
                if e < ctx.n and doc[e].text == ")" and any(t.text == "(" for t in doc[s:e]):
                    e += 1
                return (s, e) if s < e else None
        return None

    def _plural_subject_org(self, ctx: _Doc, p: int) -> tuple[int, int] | None:
        """"The Greens have raised the treaty, their spokesman X": a plural capitalised
        subject earlier in the sentence that names a party or an organisation is what
        "their" at token ``p`` points to (before a nearer singular ORG entity)."""
        tokens = doc_tokens(ctx.doc)
        for m in range(p - 1, self._sent_start(ctx, p) - 1, -1):
            t = tokens[m]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NNPS" or ctx.owner[m] >= 0:
                continue
            s = m
            while (
                s > 0
                and _cap(tokens[s - 1])
                and tokens[s - 1].lower_ not in DETS
                and tokens[s - 1].head.i == m
                and ctx.owner[s - 1] < 0
            ):
                s -= 1
            words = " ".join(x.text for x in tokens[s : m + 1])
            if words in self.party_words or self._orgish(ctx.doc, s, m + 1):
                return s, m + 1
            return -1, -1  # "The Americans ..., their envoy X": a people, no organisation
        return None

    def _list_names(
        self, ctx: _Doc, reg: PeopleRegistry, i: int, lim: int
    ) -> list[tuple[int, int, int]]:
        """Names of a list starting at token ``i``: (person index, start, end) each."""
        doc = ctx.doc
        out: list[tuple[int, int, int]] = []
        j = i
        while j < lim and len(out) < 12:
            if ctx.owner[j] >= 0:
                idx = ctx.owner[j]
                e = j
                while e < lim and ctx.owner[e] == idx:
                    e += 1
            else:
                e = self._name_fwd(ctx, j, max_words=3, orgs_ok=True, places_ok=True)
                if e <= j:
                    break
                idx = self._register(ctx, reg, j, e, min_words=2, places_ok=True)
                if idx < 0:
                    break
            out.append((idx, j, e))
            j = e
            # "of Rolling Stone Magazine", "(tennis)"
            if j < lim and doc[j].lower_ in ("of", "from") and j + 1 < lim:
                np = self._np(ctx, j + 1, lim)
                if np is not None and np[2] == "org":
                    j = np[1]
            if j < lim and doc[j].text == "(":
                k = j
                while k < lim and doc[k].text != ")" and k - j < 8:
                    k += 1
                j = k + 1
            if j < lim and doc[j].text == ",":
                j += 1
            if j < lim and doc[j].lower_ == "and":
                j += 1
            elif j < lim and out and doc[j - 1].text != ",":
                break
        return out

    def _lists(self, ctx: _Doc, reg: PeopleRegistry, found: list) -> None:
        """A plural role shared by the names that follow it: ``photographers A, B and C``,
        ``athletes A (tennis) and B (golf)``, ``photographers who ..., such as A, B``."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        for i in range(ctx.n):
            role = self._role_at(doc, i)
            if role is None:
                continue
            # "Secretaries-General A and B": the plural sits before the hyphen
            hyphen_plural = i >= 2 and tokens[i - 1].text in ("-", "–")
            if hyphen_plural:
                head = self._singular(tokens[i - 2].lower_)
                hyphen_plural = head is not None and head != tokens[i - 2].lower_
            if not hyphen_plural and (tokens[i].lower_ == role[1] or not tokens[i].lower_.endswith("s")):
                continue
            lim = self._sent_lim(ctx, i + 1)
            self._list_before(ctx, i, lim, found)
            start = i + 1
            group: tuple[str | None, str | None] | None = None  # the plural phrase's split
            lead = -1  # "including chairman X": a role word of the name's own
            if start < lim and ctx.owner[start] < 0:
                # "Two European Parliament lawmakers from Ireland, A and B,": the names in
                # apposition share the plural phrase's role and organisation
                k = i + 1
                if k + 1 < lim and tokens[k].lower_ in ORG_PREPS:
                    np = self._np(ctx, k + 1, lim)
                    k = np[1] if np is not None else k
                if k + 1 < lim and tokens[k].text == "," and ctx.owner[k + 1] >= 0:
                    group = self._plural_split(ctx, i, k)
                    start = k + 1 if group is not None else -1
                else:
                    # "photographers who used the camera, such as A, B"
                    start = -1
                    for k in range(i + 1, min(lim, i + 18)):
                        if ctx.owner[k] >= 0:
                            break
                        for cue in LIST_CUES:
                            words = cue.split()
                            if tuple(ctx.lower[k : k + len(words)]) == tuple(words):
                                start = k + len(words)
                                break
                        if start >= 0:
                            break
                    # "NLF leaders, including chairman X": X's own role, the leaders' org
                    # ("including its chairman, X")
                    r = start
                    if 0 <= r < lim - 1 and tokens[r].lower_ in ("its", "their", "the"):
                        r += 1
                    n = r + 1
                    if r > start and n < lim - 1 and tokens[n].text == ",":
                        n += 1
                    if (
                        0 <= start
                        and n < lim
                        and tokens[r].is_lower
                        and ctx.owner[r] < 0
                        and ctx.owner[n] >= 0
                        and self._role_at(doc, r) is not None
                        and tokens[start - 1].lower_ == "including"
                    ):
                        group = self._plural_split(ctx, i, i + 1)
                        lead = r
                        start = n
                    elif start >= 0 and i + 2 < lim and tokens[i + 1].lower_ in ORG_PREPS:
                        # "Members of the X Assembly (from the Y district) including A, B
                        # and C": the organisation of the plural phrase is every name's
                        cue = k - 1 if tokens[k - 1].text == "," else k
                        split = self._plural_split(ctx, i, cue)
                        if split is None or not split[1]:
                            np = self._np(ctx, i + 2, lim)
                            if np is not None and np[2] == "org" and np[1] <= cue:
                                split = self._plural_split(ctx, i, np[1])
                        if split is not None and split[1]:
                            group = split
                if start < 0:
                    continue
            names = self._list_names(ctx, reg, start, lim)
            if len(names) < 2 and (start == i + 1 or (group is not None and lead < 0)):
                continue  # one name: the pre-modifier rule covers it
            role_text, org = role[1], None
            if group is not None:
                if not group[1]:
                    continue  # the pre-modifier / apposition rules cover a role alone
                role_text, org = group
                if lead >= 0:
                    role_text, names = tokens[lead].text, names[:1]
            # "former UN Secretaries-General A and B": the role and organisation the
            # pre-modifier gave the first name belong to every name of the list
            if names and start == i + 1:
                idx0, _, e0 = names[0]
                end0 = tokens[e0 - 1].idx + len(tokens[e0 - 1].text)
                for f in found:
                    if f[0] == idx0 and f[5] == "premodifier" and f[4] == end0 and f[1]:
                        role_text, org = f[1], f[2]
            for idx, s, e in names:
                found.append(
                    (
                        idx,
                        role_text,
                        org,
                        tokens[s].idx,
                        tokens[e - 1].idx + len(tokens[e - 1].text),
                        "plural_role_list",
                        True,
                    )
                )

    def _list_before(self, ctx: _Doc, i: int, lim: int, found: list) -> None:
        """"A, B and C, members of the X Assembly, said": a plural role phrase with an
        organisation set after a list of names by a comma belongs to every name."""
        tokens = doc_tokens(ctx.doc)
        st = self._sent_start(ctx, i)
        c = i
        while c > st and (self._is_mod(ctx, c - 1, i + 1) or tokens[c - 1].lower_ in DETS):
            c -= 1
        if c - 1 <= st or tokens[c - 1].text != "," or ctx.owner[c - 2] < 0:
            return
        k = i + 1
        if k + 1 < lim and tokens[k].lower_ in ORG_PREPS:
            np = self._np(ctx, k + 1, lim)
            k = np[1] if np is not None else k
        if k == i + 1 or not (k >= lim or tokens[k].text in CLOSERS):
            return
        split = self._plural_split(ctx, i, k)
        if split is None or not split[0] or not split[1]:
            return
        # the names, backwards: "A, B and C", "A, B, and C"
        names: list[tuple[int, int, int]] = []
        e = c - 1
        while e > st and ctx.owner[e - 1] >= 0:
            idx = ctx.owner[e - 1]
            s0 = e - 1
            while s0 > st and ctx.owner[s0 - 1] == idx:
                s0 -= 1
            names.append((idx, s0, e))
            m = s0
            if m > st and tokens[m - 1].lower_ == "and":
                m -= 1
            if m > st and tokens[m - 1].text == ",":
                m -= 1
            if m == s0:
                break
            e = m
        if len(names) < 2 or len({n[0] for n in names}) < len(names):
            return
        for idx, s0, e0 in names:
            found.append(
                (
                    idx,
                    split[0],
                    split[1],
                    tokens[s0].idx,
                    tokens[e0 - 1].idx + len(tokens[e0 - 1].text),
                    "plural_role_list",
                    True,
                )
            )

    def _plural_split(self, ctx: _Doc, i: int, k: int) -> tuple[str | None, str | None] | None:
        """(role, org) of the plural role phrase whose role noun is token ``i`` and which
        ends at token ``k`` ("Two European Parliament lawmakers from Ireland")."""
        doc = ctx.doc
        st = self._sent_start(ctx, i)
        s0 = i
        while s0 > st and self._is_mod(ctx, s0 - 1, k):
            s0 -= 1
        quantifiers = ("several", "many", "some", "few", "most", "numerous", "both", "all")
        while s0 < i and (
            doc[s0].like_num
            or doc[s0].lower_ in DETS
            or doc[s0].pos_ == "DET"
            or doc[s0].lower_ in quantifiers
        ):
            s0 += 1
        segs, end = self._phrase(ctx, s0, k, relative=False)
        if not segs or end != k:
            return None
        role, org = self._split(ctx, segs[-1])
        head = self._role_at(doc, i)
        if role and head and doc[i].lower_ != head[1]:  # "lawmakers from X": one lawmaker
            word = doc[i].text
            sing = word[: len(head[1])] if word.lower().startswith(head[1]) else head[1]
            role = role.replace(word, sing, 1)
        return role, org

    def _founded_by(self, ctx: _Doc, reg: PeopleRegistry, found: list) -> None:
        """``ORG was founded by X`` -> X founder of ORG."""
        doc = ctx.doc
        tokens = doc_tokens(doc)
        for i in range(ctx.n - 2):
            tok = tokens[i]
            if ctx.lower[i] not in self.role_verbs or ctx.lower[i + 1] != "by" or tok.tag_ != "VBN":
                continue
            # "the Interior Department, headed by Secretary X": a participle on the noun
            reduced = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")
            if not reduced and not any(c.dep_ == "auxpass" for c in tok.children):
                continue
            j = i + 2
            if reduced:
                while j < ctx.n and j - i < 5 and ctx.owner[j] < 0 and tokens[j].is_lower:
                    j += 1  # "led by attorney X": the role words before the name
                if j >= ctx.n or ctx.owner[j] < 0:
                    continue
            if ctx.owner[j] < 0:
                e = self._name_fwd(ctx, j, max_words=3, orgs_ok=True)
                idx = self._register(ctx, reg, j, e, min_words=2)
                if idx < 0:
                    continue
            idx = ctx.owner[j]
            e = j
            while e < ctx.n and ctx.owner[e] == idx:
                e += 1
            subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
            if reduced:
                subj = [tok.head]
            if not subj:
                continue
            sub = subj[0]
            org = None
            misread = False
            ents = [
                ent
                for ent in doc_ents(doc)
                if ent.label_ == "ORG" and ent.start >= sub.left_edge.i and ent.end <= sub.i + 1
            ]
            if ents:
                ent = ents[0]
                if tokens[ent.start].lower_ in DETS and ent.end - ent.start > 1:
                    ent = ent[1:]  # "The Interior Department"
                org = ent.text
            else:
                caps = [
                    t for t in doc[sub.left_edge.i : sub.i + 1] if _cap(t) and t.lower_ not in DETS
                ]
                if caps:
                    s = caps[0].i
                    org = doc[s : self._org_run(ctx, s, sub.i + 1)].text or None
                o = ctx.owner[sub.i]
                if not org and o >= 0 and o in ctx.once and o != idx:
                    # "the charity supergroup Band Relief, founded by X": the "person" after
                    # an organisation noun is the organisation the NER misread
                    s = sub.i
                    while s > 0 and ctx.owner[s - 1] == o:
                        s -= 1
                    prev = tokens[s - 1] if s > 0 else None
                    if prev is not None and prev.is_lower and prev.lemma_.lower() in self.org_cues:
                        org = doc[s : sub.i + 1].text
                        misread = True  # the organisation noun names it
            if (
                org
                and reduced
                and not misread
                and not (ents or self._orgish(doc, sub.left_edge.i, sub.i + 1))
            ):
                continue  # "Lawyers for the groups, led by X": no organisation named
            if org:
                found.append(
                    (
                        idx,
                        self.role_verbs[tok.lower_],
                        org,
                        tokens[sub.left_edge.i].idx,
                        tokens[e - 1].idx + len(tokens[e - 1].text),
                        "founded_by",
                        False,
                    )
                )

    def _place_post(self, role: str | None) -> bool:
        """A post over a place named in the role ("Prime Minister of Ruritania")."""
        if not role or " of " not in role:
            return False
        head = tuple(role.partition(" of ")[0].lower().split())
        return any(head[-n:] in self.place_roles for n in (1, 2, 3) if len(head) >= n)

    def _former_office(self, role: str | None) -> bool:
        """A past office named by a title ("former President", "Ex-Prime Minister")."""
        if not role:
            return False
        words = role.split()
        first = words[0].lower()
        if first in ("former", "ex") and len(words) > 1:
            words = words[1:]
        elif first.startswith("ex-") and len(first) > 3:
            words = [words[0][3:], *words[1:]]
        else:
            return False
        return title_table().is_title(words)

    def _relational(self, role: str) -> bool:
        """A role that relates the person to someone else ("rival", "Labour opponent")."""
        return role.split()[-1].lower() in self.relational_roles

    def _rank_only(self, role: str) -> bool:
        """A role that is only a title or rank ("Major general", "Colonel")."""
        words = role.split()
        titles = title_table()
        return titles.is_title(words) or (len(words) == 2 and titles.is_title(words[-1:]))

    def _emit(self, doc: Doc, reg: PeopleRegistry, found: list) -> None:
        """One record per person and organisation; a role without organisation only for a
        person with no organisation at all. A person found again only after a long
        stretch of text (``SECTION_GAP`` characters without any finding: a long document,
        a digest of stories) is introduced anew there."""
        by_person: dict[tuple[int, int], list[dict[str, Any]]] = {}
        section: dict[int, tuple[int, int]] = {}  # person -> (section number, last start)
        inside = quoted_regions(doc_text(doc))
        quoted_only = {
            k for k, p in enumerate(reg.people) if all(inside(s) for s, _ in p["mentions"])
        }
        for idx, role, org, start, end, rule, _plural in sorted(found, key=lambda f: (f[0], f[3])):
            if start >= end:
                continue
            # a "person" named only inside quotation marks (a slogan, a title) takes a role
            # from the grammar around the name only, never from the next sentence
            if idx in quoted_only and rule.removesuffix(CONJ) in (
                "later_description",
                "pronoun_copula",
            ):
                continue
            weak = not org or (org == org.lower() and " " not in org)  # none, or "team"
            if weak and role and role.split()[-1].lower() in self.roles_need_org:
                continue
            number, last = section.get(idx, (0, start))
            if start - last >= SECTION_GAP:
                number += 1
            section[idx] = (number, start)
            items = by_person.setdefault((idx, number), [])
            # "the UN ..." and later "the U.N.": one organisation however it is dotted
            key = " ".join(org.lower().replace(".", "").split()) if org else None
            dup = next((it for it in items if it["_key"] == key), None)
            conj = rule.endswith(CONJ)
            rule = rule.removesuffix(CONJ)
            if dup is not None:
                dup["conj"] = dup["conj"] or conj
                if key is not None and not dup["role"] and role:
                    dup["role"] = role
                elif (
                    key is None
                    and role
                    and dup["role"]
                    and dup["rule"] != "post"  # "the post of Finance Minister": a post
                    and (
                        (self._rank_only(dup["role"]) and not self._rank_only(role))
                        or (self._relational(dup["role"]) and not self._relational(role))
                    )
                ):
                    # "Major general X, spokesman for ...": the position, not the rank
                    dup.update(role=role, start=start, end=end, rule=rule)
                continue
            items.append(
                {
                    "_key": key,
                    "role": role,
                    "org": org,
                    "start": start,
                    "end": end,
                    "rule": rule,
                    "conj": conj,
                }
            )
        for (idx, _section), items in by_person.items():
            person = reg.people[idx]
            # a common-noun org ("the company", "disco club") gives way to a named one
            if any(it["org"] and it["org"] != it["org"].lower() for it in items):
                items = [it for it in items if not it["org"] or it["org"] != it["org"].lower()]
            # a party the person belongs to ("Roe's Labour party") is no employer: it
            # neither takes the person's job title nor stands in for it
            orgs = [
                it
                for it in items
                if it["org"] and it["rule"] not in ("party_possessive", "party_member")
            ]
            roles = [it["role"] for it in items if not it["org"] and it["role"] and not it["conj"]]
            for it in orgs:
                if not it["role"] and roles:
                    it["role"] = roles[0]  # "analysts such as X" + "X of Morningstar"
            keys = [it["_key"] for it in items if it["org"]]
            for it in items:
                # "fellow at X and former ambassador": a second post, not the same job
                # (but "chairman of X, who has been Prime Minister of Ruritania": a head
                # of a place's government holds a post of its own)
                # ("Ex-Prime Minister X, the current head of Y": a past office whose name
                # is a title is a post of its own too)
                if (
                    orgs
                    and not it["org"]
                    and not it["conj"]
                    and not self._place_post(it["role"])
                    and not self._former_office(it["role"])
                ):
                    continue
                # "Union leader X of the National Nurses Union": keep the fuller name
                if it["org"] and any(
                    k != it["_key"] and f" {it['_key']} " in f" {k} " for k in keys
                ):
                    continue
                add_claim(
                    doc,
                    {
                        "type": "affiliation",
                        "start": it["start"],
                        "end": it["end"],
                        "rule": it["rule"],
                        "person": person["name"],
                        "role": it["role"],
                        "org": it["org"],
                        "titles": list(person.get("titles", [])),
                    },
                )
