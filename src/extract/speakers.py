"""Speaker resolution for quotes, on top of the document's people registry.

A speaker is described by the token that heads its mention (the ``nsubj`` of a cue, the
object of "according to", the name after a dash ...). :class:`DocSpeakers` turns that
token into ``{"name", "mention", "start", "end", "titles"}``:

* people: the mention words (``Dr. Lee``) are looked up in the registry
  (:mod:`extract.people`) to get the fullest name (``Sung-Yoon Lee``); names the NER
  missed (``Oh Gyeong-Seob``) are added to the registry from the grammar around the cue;
  a lone surname one or two letters off a fuller name (``Mauer``/``Maurer``) joins it;
* role phrases that name a person (``His brother, Mohammed X,``; ``Executive director of
  … Alia Salem``; ``Terence Fan, an expert, who said``) give the person;
* pronouns: ``he``/``she`` go to the latest compatible person in subject position (a
  salience list built once per document and again once the cue speakers are known),
  never to a person named only inside quotation marks or inside the quoted words
  themselves. Genders come from the registry's reliable evidence only; a gender guessed
  from a resolved he/she stays in this document's private map and, like a first name
  (``people_first_names.txt``), is weak evidence that only demotes a candidate when
  another has positive evidence; a ``she`` taken for X does not make X the next ``he``; an
  earlier unnamed source with a gendered noun (``A woman who … said``) beats a named person
  of unknown gender who has not spoken since. ``it``/``they`` go to the latest
  organisation (or, for ``it``, document)
  in subject position, else to the last non-person speaker nearby;
* definite descriptions: ``the report``/``the ministry``/``the company`` name the
  organisation or document the article named before; ``the minister`` the one person
  given that title or role;
* documents with an agent (``Figures provided by the Ministry``): the agent; acronyms
  (``KCNA``) expand to the organisation the NER found;
* other organisations and unnamed sources: the describing noun phrase as written
  (``One humanitarian advocate``), without relative clauses or appositions.

When the people component is not in the pipeline a small private registry built from
PERSON entities stands in (same method names).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .claims import doc_ents, doc_text, get_claims
from .spelling import adjacent_swap as _adjacent_swap
from .spelling import edit_distance as _edit_distance

_SUBJ_IDS = {get_string_id("nsubj"), get_string_id("nsubjpass")}

# dependency labels that never belong to a speaker's noun phrase
_NP_DROP = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "dep", "mark", "ccomp"}
_CIRCUMSTANCE_PREPS = {"in", "on", "to", "during", "after", "before", "near", "outside", "inside", "at"}
_NAME_DEPS = {"compound", "flat", "nmod", "amod", "det", "nummod", "poss", "case", "quantmod"}


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the non-blank lines (paragraphs) of ``text``."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(pos)
        pos += len(line) + 1
    return out or [0]


def _word_key(w: str) -> str:
    return w.lower().rstrip(".").replace("’", "'")


class _FallbackRegistry:
    """Minimal stand-in for :class:`extract.people.PeopleRegistry` (PERSON entities,
    linked by surname), used only when ``doc._.people`` was not built."""

    def __init__(self, doc: Doc, titles: set[str]) -> None:
        self.doc = doc
        self.titles = titles
        self.people: list[dict[str, Any]] = []
        doc._.people = self.people
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self.add(ent.text, ent.start_char, ent.end_char)

    def _split(self, name: str) -> tuple[list[str], list[str]]:
        words = [w.strip(",;:\"“”()") for w in name.split()]
        words = [w for w in words if w]
        if words and words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        titles = []
        while len(words) > 1 and _word_key(words[0]) in self.titles:
            titles.append(words.pop(0))
        return words, titles

    def resolve(self, name: str) -> dict[str, Any] | None:
        words, _ = self._split(name)
        if not words:
            return None
        keys = [_word_key(w) for w in words]
        best, score = None, 0
        for p in self.people:
            pk = [_word_key(w) for w in p["name"].split()]
            s = 3 if pk == keys else 2 if pk[-1] == keys[-1] else 1 if len(keys) == 1 and pk[0] == keys[0] else 0
            if s > score:
                best, score = p, s
        return best

    def person_at(self, start: int, end: int) -> dict[str, Any] | None:
        for p in self.people:
            for s, e in p["mentions"]:
                if s < end and start < e:
                    return p
        return None

    def add(self, name: str, start: int, end: int, titles: tuple[str, ...] | list[str] = ()) -> dict[str, Any]:
        words, found = self._split(name)
        found = list(titles) + found
        person = self.resolve(" ".join(words)) if words else None
        if person is None:
            person = {"name": " ".join(words) or name, "titles": [], "gender": None, "mentions": []}
            self.people.append(person)
        elif len(words) > len(person["name"].split()):
            person["name"] = " ".join(words)
        for t in found:
            if t not in person["titles"]:
                person["titles"].append(t)
        if [start, end] not in person["mentions"]:
            person["mentions"].append([start, end])
        return person

    def nearest_before(self, pos: int, gender: str | None = None) -> dict[str, Any] | None:
        best, best_pos = None, -1
        for p in self.people:
            if gender and p.get("gender") and p["gender"] != gender:
                continue
            for s, _ in p["mentions"]:
                if best_pos < s < pos:
                    best, best_pos = p, s
        return best


def get_people_registry(doc: Doc, titles: set[str]):
    """The shared registry when ``claim_people`` ran, else a private fallback."""
    if doc._.people is not None:
        try:
            from .people import get_registry

            return get_registry(doc)
        except (ImportError, AttributeError):
            pass
    return _FallbackRegistry(doc, titles)


class SpeakerResolver:
    """Built once per component (lexicons compiled); :meth:`for_doc` gives a per-document
    resolver."""

    def __init__(self, titles: set[str], pronouns: dict[str, str], doc_nouns: set[str],
                 group_nouns: set[str], org_nouns: set[str] | None = None,
                 company_nouns: set[str] | None = None, person_roles: set[str] | None = None,
                 expression_verbs: set[str] | None = None, generic_persons: set[str] | None = None,
                 municipal_nouns: set[str] | None = None, epithets: set[str] | None = None,
                 media_nouns: set[str] | None = None, media_words: set[str] | None = None,
                 indefinite_persons: set[str] | None = None, media_fallback: set[str] | None = None) -> None:
        self.titles = titles  # lower-case, no trailing period
        self.pronouns = pronouns  # pronoun -> male/female/plural/neuter
        self.doc_nouns = doc_nouns
        self.group_nouns = group_nouns
        self.org_nouns = org_nouns or set()
        self.company_nouns = company_nouns or set()
        self.person_roles = person_roles or set()
        self.expression_verbs = expression_verbs or set()
        self.generic_persons = generic_persons or set()
        self.municipal_nouns = municipal_nouns or set()
        self.epithets = epithets or set()
        self.media_nouns = media_nouns or set()
        self.media_words = media_words or set()
        self.indefinite_persons = indefinite_persons or set()
        self.media_fallback = media_fallback or set()
        self.receiving_verbs: set[str] = set()  # set by the quotes component (quote_receiving_verbs.txt)
        self.broadcast_nouns: set[str] = set()  # set by the quotes component (quote_broadcast_nouns.txt)
        self.gender_words: dict[str, str] = {}  # "woman" -> female (people_gender_words.txt)
        self.first_names: dict[str, str] = {}  # WEAK evidence only (people_first_names.txt)

    def for_doc(self, doc: Doc, quoted: list[tuple[int, int]], text: str | None = None) -> DocSpeakers:
        return DocSpeakers(self, doc, quoted, text)


class DocSpeakers:
    """Speaker resolution state of one document."""

    def __init__(self, res: SpeakerResolver, doc: Doc, quoted: list[tuple[int, int]],
                 text: str | None = None) -> None:
        self.res = res
        self.doc = doc
        self.text = doc_text(doc) if text is None else text  # Doc.text is rebuilt on every access
        self.ents = list(doc_ents(doc))
        self.ent_starts = [e.start for e in self.ents]
        self.ent_of: dict[int, Span] = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.reg = get_people_registry(doc, res.titles)
        self.quoted = sorted(quoted)
        self._qstarts = [s for s, _ in self.quoted]
        self.history: list[tuple[int, dict[str, Any], str]] = []  # (pos, speaker, type)
        self.acronyms = _acronyms(self.ents)
        # acronyms the text defines in brackets ("the Department of State (DoS)"): the
        # name they stand for, and where that name is written (no sub-span of it is the
        # spelling of another acronym: "Arab Parliament" inside "International Arab
        # Parliament (IAP)" does not spell "AP")
        self.defined, self.defined_spans = _defined_acronyms(self.text, self.ents)
        self.events: list[tuple[int, dict[str, Any]]] = []  # persons in subject position
        self.pron_events: dict[int, str] = {}  # event position -> gender of its he/she
        self.np_events: list[tuple[int, Token]] = []  # organisations/documents as subjects
        self.pron_res: dict[int, dict[str, Any]] = {}  # token index -> resolved person
        # genders GUESSED from resolved he/she (id(person) -> gender): kept here, per
        # document, never written into the shared registry, so a wrong guess cannot
        # pass for reliable evidence (people.py) and evidence always wins over a guess
        self.guessed: dict[int, str] = {}
        self._grouping = False  # (recursion guard of _quoted_group)
        self.par_starts = paragraph_starts(self.text)
        if doc.has_annotation("SENT_START"):
            self.sent_starts = [s.start for s in doc.sents]
        else:
            self.sent_starts = [0]
        self._sent_cache: dict[int, Span] = {}
        self._mentions: list[tuple[int, int, dict[str, Any]]] = []
        self._mentions_key = -1
        self._prepare()

    def sent_of(self, t: Token) -> Span:
        """The sentence of ``t``, from one pass over ``doc.sents``."""
        k = bisect_left(self.sent_starts, t.i + 1) - 1
        sent = self._sent_cache.get(k)
        if sent is None:
            end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
            sent = self._sent_cache[k] = self.doc[self.sent_starts[k] : end]
        return sent

    # -- salience ----------------------------------------------------------------------
    def par_of(self, pos: int) -> int:
        return max(bisect_left(self.par_starts, pos + 1) - 1, 0)

    def _token_people(self) -> dict[int, dict[str, Any]]:
        doc = self.doc
        out: dict[int, dict[str, Any]] = {}
        for p in self._people():
            for s, e in p.get("mentions", []):
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        out[t.i] = p
        # a lone surname the NER typed as a work or an organisation ("Kessler had no
        # comment" typed ORG) of a fuller name given before, no one else sharing it
        last: dict[str, list[dict[str, Any]]] = {}
        for p in self._people():
            if not p.get("mentions"):
                continue
            # the surname, and the last word of each form the article used ("President X")
            keys = {p["name"].split()[-1]}
            keys |= {re.sub(r"['’]s$", "", self.text[ms:me].split()[-1]) for ms, me in p["mentions"]
                     if self.text[ms:me].split()}
            for key in keys:
                last.setdefault(key, []).append(p)
        for ent in self.ents:
            if len(ent) != 1 or ent.label_ not in ("ORG", "WORK_OF_ART", "PRODUCT") or ent.start in out:
                continue
            t = ent[0]
            fits = last.get(t.text, [])
            if len(fits) == 1 and t.pos_ == "PROPN" and t.dep_ not in ("compound", "poss", "amod") \
                    and min(s for s, _ in fits[0]["mentions"]) < t.idx:
                out[t.i] = fits[0]
        return out

    def _people(self) -> list[dict[str, Any]]:
        people = getattr(self.reg, "people", None)
        return people if people is not None else (self.doc._.people or [])

    def rebuild(self, extra: list[tuple[int, dict[str, Any]]]) -> None:
        """Redo the salience pass with speakers found by the cues (``extra``: position and
        person), so that later pronouns can refer to them."""
        self.events, self.np_events, self.pron_res = [], [], {}
        self.pron_events = {}
        self._prepare(sorted(extra, key=lambda x: x[0]))

    def _prepare(self, extra: list[tuple[int, dict[str, Any]]] | None = None) -> None:
        """Persons in subject position, in text order; he/she subjects resolved to the
        most recent compatible one (a light coreference for pronoun speakers)."""
        tok_people = self._token_people()
        doc = self.doc
        subj = [i for i, d in enumerate(doc.to_array(DEP).tolist()) if d in _SUBJ_IDS]
        extra = list(extra or [])
        k = 0
        for i in sorted(set(subj) | set(tok_people)):
            t = doc[i]
            while k < len(extra) and extra[k][0] <= t.idx:
                if not self.events or self.events[-1][1] is not extra[k][1]:
                    self.events.append(extra[k])
                k += 1
            if self.inside_quote(t.idx):
                continue
            if _according_source(t):
                # "According to X, Y is a threat. … he said": X spoke; Y is only talked about
                if t.i in tok_people and tok_people.get(t.head.i) is not tok_people[t.i]:
                    self.events.append((t.idx, tok_people[t.i]))
                continue
            src = _framing_source(t)
            if src is not None:
                # "As X put it, Y is …" / "In the view of X, Y is …": Y is talked about, X spoke
                p = tok_people.get(src.i)
                if p is not None and not any(e[1] is p and e[0] == src.idx for e in self.events):
                    self.events.append((src.idx, p))
                continue
            kind = self.res.pronouns.get(t.lower_)
            if t.dep_ in ("nsubj", "nsubjpass") and kind in ("male", "female"):
                if _in_content_clause(t):
                    continue
                p = self.antecedent(t.idx, kind, learn=False)
                if p is not None:
                    self.pron_res[t.i] = p
                    self.events.append((t.idx, p))
                    self.pron_events[t.idx] = kind
            elif t.dep_ in ("nsubj", "nsubjpass") and t.i not in tok_people and self._known_name(t) is not None \
                    and not _in_content_clause(t):
                # "Somchai, who …, refused": a registered person's name the NER typed a place
                self.events.append((t.idx, self._known_name(t)))
            elif t.dep_ in ("nsubj", "nsubjpass") and t.i not in tok_people and self._source_like(t) \
                    and not _in_content_clause(t):
                self.np_events.append((t.idx, t))
            elif t.i in tok_people and tok_people.get(t.head.i) is not tok_people[t.i]:
                # the head word of a person mention, as subject (or, when the parser went
                # astray, as the first noun phrase before the main verb)
                if t.dep_ in ("nsubj", "nsubjpass") and not _in_content_clause(t):
                    self.events.append((t.idx, tok_people[t.i]))
                elif t.dep_ == "pobj" and t.head.dep_ == "agent" and not _in_content_clause(t.head.head) \
                        and any(c.dep_ == "nsubjpass" for c in t.head.head.children):
                    # "The plan was defended by Mayor X": the passive's agent acts (not in a
                    # subjectless "When asked by X, he said", whose subject is the main one)
                    self.events.append((t.idx, tok_people[t.i]))
                elif t.dep_ == "appos" and (t.head.dep_ in ("nsubj", "nsubjpass") or (
                        t.head.dep_ == "ROOT" and t.head.pos_ == "NOUN" and t.head.left_edge.i == self.sent_of(t).start)) \
                        and not _in_content_clause(t.head):
                    # (also "The army chief, General X, called …" misparsed with the role as the root)
                    # "Her husband, Karl Berg, was …": the named subject
                    self.events.append((t.idx, tok_people[t.i]))
                elif t.dep_ in ("npadvmod", "dep", "ROOT") and t.i < self.sent_of(t).root.i:
                    self.events.append((t.idx, tok_people[t.i]))
                elif t.dep_ == "pobj" and t.head.lower_ in ("for", "to") and (
                        t.head.i == self.sent_of(t).start or t.head.idx in self.par_starts):
                    # "For Ann Roe, a teacher, the film was a revelation. She said …": the
                    # person a fronted "for/to" phrase puts forward
                    self.events.append((t.idx, tok_people[t.i]))
                elif t.dep_ == "appos" and _subjectless_root_after(t, self.sent_of(t)):
                    # "Writing to the board, Ann Roe, the chair, thanked …": the parser hung
                    # the name on the phrase before it; it is the subject of the main verb
                    self.events.append((t.idx, tok_people[t.i]))
        self.events.extend(extra[k:])

    def _known_name(self, t: Token) -> dict[str, Any] | None:
        """A one-word proper-noun subject the NER typed a place (or nothing) that is the
        first or last name of exactly the person the registry resolves it to."""
        if t.pos_ != "PROPN" or t.ent_type_ not in ("", "GPE", "PERSON") or not t.text[:1].isupper():
            return None
        if any(c.dep_ == "compound" for c in t.children) or t.dep_ == "compound":
            return None
        ent = self.ent_of.get(t.i)
        if ent is not None and len(ent) > 1:
            return None
        p = self.reg.resolve(t.text)
        if p is None or len(p["name"].split()) < 2:
            return None
        words = p["name"].split()
        return p if t.text in (words[0], words[-1]) else None

    def _source_like(self, t: Token) -> bool:
        if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL"):
            return False
        lemma = t.lemma_.lower()
        # "The scientists found …": a plural group made specific, for a later "they"
        group = t.tag_ == "NNS" and t.dep_ == "nsubj" and any(
            (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss"
            or (c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE"))
                                         for g in c.children))  # "Analysts at Barclays …. They said"
            for c in t.children)
        return (t.ent_type_ in ("ORG", "NORP", "GPE") or lemma in self.res.org_nouns
                or lemma in self.res.doc_nouns or group or lemma in self.res.broadcast_nouns)

    def _relative_they(self, tok: Token) -> Token | None:
        """``Drones struck targets, which they say killed ten fighters``: a "they" reporting
        inside a relative clause on the main clause refers to that clause's plural subject."""
        v = tok.head
        if tok.dep_ != "nsubj" or v.dep_ not in ("relcl", "advcl") or not any(
                c.tag_ in ("WDT", "WP") and c.i < tok.i for c in v.subtree):
            return None
        main = v.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        if main.i >= tok.i:
            return None
        return next((c for c in main.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)

    def np_antecedent(self, pos: int, plural: bool) -> Token | None:
        """The organisation or document an it/they at ``pos`` refers to: the latest one
        in subject position in this or the previous paragraph."""
        par = self.par_of(pos)
        for s, t in reversed(self.np_events):
            if s >= pos:
                continue
            if self.par_of(s) < par - 1:
                break
            is_plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
            if plural and t.lemma_.lower() in self.res.doc_nouns:
                continue  # "they say" is said by people and bodies, not by documents
            if plural and (is_plural or t.ent_type_ == "ORG" or t.lemma_.lower() in self.res.org_nouns):
                return t
            if not plural and (not is_plural or (t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                                                 and not any(c.dep_ == "conj" for c in t.children))):
                return t  # ("Volta Motors … It said": a company name in -s is one body)
        return None

    def antecedent(self, pos: int, gender: str, learn: bool = True,
                   avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        """The person a he/she at ``pos`` refers to: the latest compatible person in
        subject position in this or the two paragraphs before, else the nearest
        compatible person mention outside quotes. A person named inside ``avoid`` (the
        quoted words) is not the speaker: people do not name themselves in the third
        person."""
        par = self.par_of(pos)
        named = self._named_in(avoid)
        owner = self._subject_owner(pos)
        if owner is not None and self.compatible(owner, gender) and not any(owner is x for x in named):
            if learn:
                self.learn(owner, gender)
            return owner
        # a candidate whose registry gender is unknown but whose first name says the
        # other gender is passed over only for a later candidate with positive evidence
        # of the pronoun's gender ("Robert Shaw … Mei Lin said … he said" -> Shaw)
        deferred: dict[str, Any] | None = None
        cands = []
        for s, p in reversed(self.events):
            if s >= pos:
                continue
            if self.par_of(s) < par - 2:
                break
            if self.pron_events.get(s, gender) != gender:
                continue  # a "she" taken for X does not make X the next "he"
            cands.append(p)
        cands.append(None)  # end of the subject window
        cands.extend(p for _s, _e, p in reversed(self._person_mentions_before(pos)))
        for p in cands:
            if p is None:
                if deferred is not None:
                    break
                continue
            if not self.compatible(p, gender) or any(p is x for x in named):
                continue
            weak = self.gender_of(p) or self.weak_gender(p)
            if deferred is None and weak and weak != gender:
                deferred = p
                continue
            if deferred is not None and weak != gender:
                continue
            if learn:
                self.learn(p, gender)
            return p
        if deferred is not None:
            if learn:
                self.learn(deferred, gender)
            return deferred
        return None

    def gender_of(self, p: dict[str, Any]) -> str | None:
        """Reliable gender only (people.py: titles, gendered nouns, own-clause
        possessives)."""
        return p.get("gender")

    def weak_gender(self, p: dict[str, Any]) -> str | None:
        """Weak evidence, used only to choose between candidates and never stored in the
        registry: this document's guess from an earlier resolved he/she, else the gender
        a multi-word name's first word suggests (people_first_names.txt)."""
        g = self.guessed.get(id(p))
        if g:
            return g
        words = p.get("name", "").split()
        if len(words) < 2:
            return None
        return self.res.first_names.get(words[0].lower().strip(".,"))

    def compatible(self, p: dict[str, Any], gender: str) -> bool:
        g = self.gender_of(p)
        return not g or g == gender

    def learn(self, p: dict[str, Any], gender: str) -> None:
        """Remember a guessed gender for ``p`` (never over reliable evidence)."""
        if not p.get("gender"):
            self.guessed.setdefault(id(p), gender)

    def _people_before(self, tok: Token) -> bool:
        """A plural person noun (``friends``, ``witnesses``) outside quotes in the sentence of
        ``tok`` or the one before, before it: a group a bare "One" can be a member of."""
        sent = self.sent_of(tok)
        lo = self.sent_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        return any(t.tag_ == "NNS" and t.pos_ == "NOUN" and not self.inside_quote(t.idx)
                   and self._person_noun(t.lemma_.lower()) for t in self.doc[lo : tok.i])

    def _person_noun(self, lemma: str) -> bool:
        """``lemma`` names a person (a role, title, person or gender noun): an unnamed
        source so described is a "he"/"she", never an "it"."""
        r = self.res
        return lemma in r.generic_persons or lemma in r.person_roles or lemma in r.indefinite_persons \
            or lemma in r.titles or lemma in r.epithets or lemma in r.gender_words \
            or (lemma.endswith(("man", "woman", "person")) and len(lemma) > 6)

    def _asked_by(self, tok: Token, p: dict[str, Any]) -> bool:
        """``he replied`` right after a sentence whose subject ``p`` asked something: the
        one who replies is not the one who asked."""
        if tok.head.lemma_.lower() not in _REPLY_VERBS or tok.dep_ != "nsubj":
            return False
        sent = self.sent_of(tok)
        if sent.start == 0:
            return False
        prev = self.sent_of(self.doc[sent.start - 1])
        for v in prev:
            if v.lemma_.lower() in ("ask", "question", "press", "challenge") and v.pos_ == "VERB":
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is not None and self.reg.person_at(subj.idx, subj.idx + len(subj.text)) is p:
                    return True
        return False

    def _described_person(self, pos: int) -> Token | None:
        """No named person for a he/she: an unnamed person described as a subject in this
        or the previous paragraph (``A local fisherman, who asked not to be named, …. He
        said``): a singular role noun (a title, a source word) or one with a "who" clause."""
        doc = self.doc
        k = bisect_left(self._tok_idx(), pos)
        par = self.par_of(pos)
        for t in reversed(doc[:k]):
            if self.par_of(t.idx) < par - 1:
                break
            lower_propn = t.pos_ == "PROPN" and t.is_lower and t.tag_ == "NNP"  # "The bishop" mistagged
            if t.dep_ != "nsubj" or not (t.pos_ == "NOUN" and t.tag_ == "NN" or lower_propn) or t.ent_type_ \
                    or self.inside_quote(t.idx):
                continue
            lemma = t.lemma_.lower()
            who = any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in t.children)
            spoke = any(s == t.idx and not sp.get("_person") for s, sp, _k in self.history) \
                and lemma not in self.res.doc_nouns and lemma not in self.res.org_nouns \
                and lemma not in self.res.company_nouns  # "his deputy said …": already a source
            if who or spoke or lemma in self.res.titles or lemma in self.res.person_roles or (
                    lemma in self.res.group_nouns and lemma not in self.res.doc_nouns):
                return t
        return None

    def _closer_described(self, pos: int) -> Token | None:
        """An unnamed person described as a subject (``A spokesman for the board said …
        He added``) with no named person in subject position or mentioned between it and
        the pronoun at ``pos``: the pronoun's antecedent, even when a named person came
        earlier."""
        described = self._described_person(pos)
        if described is None or self._subject_owner(pos) is not None:
            return None
        if any(c.dep_ == "poss" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON")
               for c in described.children) and (
                # (a body's, not a person's: "the opposition's spokesman disagreed. … he said")
                self.sent_of(described).start == self.sent_of(self.doc[bisect_left(self._tok_idx(), pos)]).start
                or described.head.lemma_.lower() not in self.res.expression_verbs
                or not any(described.idx <= s < pos for s, sp, _k in self.history)):
            return None  # "X's brother begged him, but he replied": X (unless the brother spoke before)
        if _in_content_clause(described) or described.head.lemma_.lower() not in self.res.expression_verbs:
            return None  # only a source that spoke itself ("X said the officer lied. … he said": X)
        lemma = described.lemma_.lower()
        word = self.doc[bisect_left(self._tok_idx(), pos)].lower_
        if (lemma.endswith("woman") and word in ("he", "his", "him")) or (
                lemma.endswith("man") and not lemma.endswith("woman") and word in ("she", "her")):
            return None  # "A spokesman … she said": not him
        lo = described.idx
        own = {t.idx for t in described.subtree}
        if any(lo < s < pos for s, _p in self.events):
            return None
        if any(lo < s < pos and s not in own for s, _e, _p in self._person_mentions_before(pos)):
            return None
        if self.pron_res.get(self.doc[bisect_left(self._tok_idx(), pos)].i) is not None and any(
                lo < s < pos for s, _sp, _k in self.history if _sp.get("_person")):
            return None
        return described

    def _indefinite_subject(self, tok: Token, gender: str) -> Token | None:
        """``During the march a student dressed as a soldier and begged for mercy. “…,” he
        said.``: the latest subject before the pronoun (in its or the previous paragraph,
        outside quotes and reported clauses) is an unnamed person just introduced with
        "a"/"an" (a person noun, no name in apposition) and no person is named between: that
        person, even when someone was named further back."""
        doc = self.doc
        par = self.par_of(tok.idx)
        for t in reversed(doc[: tok.i]):
            if self.par_of(t.idx) < par - 1:
                return None
            misparsed = (t.dep_ == "ROOT" and t.pos_ == "NOUN" and any(
                c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") for c in t.children)) or (
                t.dep_ == "npadvmod" and t.left_edge.i == self.sent_of(t).start and t.head.dep_ == "ROOT")
            # ("a student dressed … and begged": the parser made the subject the root, or a
            # fronted modifier when an aside follows: "A fisherman, his boat idle, stood …")
            if not misparsed and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.tag_ == "IN" \
                    and _one_of_group(t) is not None:
                # "… after one of their sons, aged 15, escaped": the subordinator taken for a
                # preposition, the clause's verb left without its subject
                v = next((x for x in doc[t.right_edge.i + 1 : min(len(doc), t.right_edge.i + 9)]
                          if x.dep_ in ("advcl", "conj") and x.pos_ == "VERB"), None)
                misparsed = v is not None and v.head.i == t.head.head.i and v.tag_ in ("VBD", "VBZ") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            if (t.dep_ not in ("nsubj", "nsubjpass") and not misparsed) or self.inside_quote(t.idx) \
                    or _in_content_clause(t):
                continue
            if t.pos_ == "PRON" and t.lower_ in ("he", "she") and self.pron_res.get(t.i) is None:
                continue  # an unresolved pronoun: look further back
            if t.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children) \
                    and t.i > 0 and self.doc[t.left_edge.i - 1].text == ",":
                continue  # an aside about the person: "A fisherman, his boat idle, stood …"
            lemma = t.lemma_.lower()
            grp = _one_of_group(t)
            if grp is not None and self._person_noun(grp.lemma_.lower()):
                # "One of the survivors from X, who …, recalled the raid. “…,” he said": the
                # unnamed member of a group of people (no name in apposition)
                if any(c.dep_ == "appos" for c in t.children):
                    return None
                own = {x.idx for x in t.subtree}
                if any(t.idx < s < tok.idx and s not in own for s, _e, _p in self._person_mentions_before(tok.idx)):
                    return None
                return t
            person_noun = lemma in self.res.generic_persons or lemma in self.res.person_roles \
                or lemma in self.res.epithets or lemma in self.res.titles or lemma in self.res.indefinite_persons \
                or (lemma.endswith(("man", "woman", "person")) and len(lemma) > 6)
            if t.pos_ != "NOUN" or t.tag_ != "NN" or t.ent_type_ or not person_noun:
                return None
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return None
            if any(c.dep_ == "appos" or (c.pos_ == "PROPN" and c.dep_ in ("compound", "flat")
                                         and c.ent_type_ not in ("ORG", "NORP", "GPE"))
                   for c in t.children):
                return None  # (a group modifier is no name: "a Hamas activist")
            if _named_person(t, self.ents, self.ent_starts) is not None:
                return None  # "A spokesman for X, NAME, …": a named person
            if (lemma.endswith("woman") and gender == "male") or (
                    lemma.endswith("man") and not lemma.endswith("woman") and gender == "female"):
                return None
            # people named in the description itself ("a student dressed as X") do not
            # come between
            own = {x.idx for c in t.children if c.dep_ in ("acl", "prep") and c.i > t.i for x in c.subtree}
            if any(t.idx < s < tok.idx and s not in own for s, _e, _p in self._person_mentions_before(tok.idx)):
                return None
            return t
        return None

    def _gendered_subject(self, tok: Token, gender: str) -> Token | None:
        """``A woman who lives nearby said she heard shots. John Barrow, the mayor, arrived
        later. “We ran,” she said.``: the pronoun's best named candidate has no known
        gender, but an earlier unnamed subject (this or the previous paragraph, outside
        quotes and reported clauses) is a noun of the pronoun's gender (woman, mother,
        actress, boy …): that subject. A subject named person of the pronoun's known
        gender on the way back stops the search (they are the better antecedent)."""
        if not self.res.gender_words:
            return None
        doc = self.doc
        par = self.par_of(tok.idx)
        tok_people = self._token_people()
        for t in reversed(doc[: tok.i]):
            if self.par_of(t.idx) < par - 1:
                return None
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(t.idx) or _in_content_clause(t):
                continue
            p = tok_people.get(t.i)
            if p is not None:
                if self.gender_of(p) == gender:
                    return None
                continue
            if t.pos_ != "NOUN" or t.ent_type_ or t.tag_ != "NN":
                continue
            if self.res.gender_words.get(t.lemma_.lower()) != gender:
                continue
            if any(c.dep_ == "appos" or (c.pos_ == "PROPN" and c.dep_ in ("compound", "flat"))
                   for c in t.children):
                continue  # a named person ("his wife, Ana Ruiz"): the registry has them
            return t
        return None

    def _quoted_group(self, head: Token) -> dict[str, Any] | None:
        """``The paper quoted two former officials, Ana Ruiz and Ben Ode, as saying that
        …``: named people coordinated as the object of quote/cite … as saying (or in
        apposition to it) speak together: "Ana Ruiz and Ben Ode"."""
        if self._grouping or head.pos_ != "PROPN" or head.dep_ not in ("dobj", "appos"):
            return None
        obj = head.head if head.dep_ == "appos" else head
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in ("quote", "cite") or not any(
                c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return None
        mates = [c for c in head.conjuncts if c.pos_ == "PROPN"]
        if not mates:
            return None
        names = []
        self._grouping = True
        try:
            for x in sorted([head] + mates, key=lambda t: t.i):
                sp = self.speaker_of(x)
                if sp is None or not sp.get("_person"):
                    return None
                names.append(sp["name"])
        finally:
            self._grouping = False
        span = self.doc[min(t.left_edge.i for t in [head] + mates) : max(t.i for t in [head] + mates) + 1]
        return {"name": ", ".join(names[:-1]) + " and " + names[-1], "mention": span.text,
                "start": span.start_char, "end": span.end_char, "titles": [], "_person": False, "_plural": True}

    def _coordinated_people(self, tok: Token) -> dict[str, Any] | None:
        """``Two doctors, Ana Ruiz and Ben Ode, raised the alarm. They said …``: a "they"
        whose latest subject before it (this or the previous sentence, outside quotes and
        reported clauses) is two or more named people coordinated, or a plural noun they
        are in apposition to: those people together."""
        doc = self.doc
        sent = self.sent_of(tok)
        lo = self.sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        if self.par_of(doc[lo].idx) < self.par_of(tok.idx) - 1:
            return None
        for t in reversed(doc[lo : tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(t.idx) or _in_content_clause(t):
                continue
            first = t
            if t.pos_ == "NOUN" and t.tag_ == "NNS":
                first = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if first is None:
                    return None
            mates = [c for c in first.conjuncts if c.pos_ == "PROPN"]
            if first.pos_ != "PROPN" or not mates:
                return None
            names = []
            for x in [first] + mates:
                sp = self.speaker_of(x)
                if sp is None or not sp.get("_person"):
                    return None
                names.append(sp["name"])
            if len(names) < 2:
                return None
            return {"name": ", ".join(names[:-1]) + " and " + names[-1], "mention": tok.text, "start": tok.idx,
                    "end": tok.idx + len(tok.text), "titles": [], "_person": False, "_plural": True}
        return None

    def _subject_owner(self, pos: int) -> dict[str, Any] | None:
        """``X's sister pleaded with him, but he replied``: when the latest subject before
        the pronoun in its sentence is an unnamed noun owned by a person, a he/she after
        it is that owner (the subject itself would have been named or a pronoun)."""
        doc = self.doc
        k = bisect_left(self._tok_idx(), pos)
        if k >= len(doc) or doc[k].idx != pos:
            return None
        sent = self.sent_of(doc[k])
        subj = None
        for t in doc[sent.start : k]:
            if t.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(t.idx):
                subj = t
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:
            return None
        p = self.reg.person_at(owner.idx, owner.idx + len(owner.text))
        if p is None:
            p = self.reg.resolve(owner.text)
        return p

    def _tok_idx(self) -> list[int]:
        if getattr(self, "_tok_starts", None) is None:
            self._tok_starts = [t.idx for t in self.doc]
        return self._tok_starts

    def _named_in(self, span: tuple[int, int] | None) -> list[dict[str, Any]]:
        if span is None:
            return []
        lo, hi = span
        return [p for p in self._people() if any(lo <= s and e <= hi for s, e in p.get("mentions", []))]

    def subject_person_between(self, lo: int, hi: int) -> tuple[int, dict[str, Any]] | None:
        best = None
        for s, p in self.events:
            if lo <= s < hi:
                best = (s, p)
        return best

    # -- helpers ---------------------------------------------------------------------
    def inside_quote(self, pos: int) -> bool:
        i = bisect_left(self._qstarts, pos + 1) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _person_mentions_before(self, pos: int) -> list[tuple[int, int, dict[str, Any]]]:
        """Person mentions before ``pos`` outside quotes, not used as a modifier
        (``the Cruise video``)."""
        people = self._people()
        key = sum(len(p.get("mentions", [])) for p in people)
        if self._mentions_key != key:  # rebuilt only when the registry grew
            out = []
            doc = self.doc
            for p in people:
                for s, e in p.get("mentions", []):
                    if self.inside_quote(s):
                        continue
                    span = doc.char_span(s, e, alignment_mode="expand")
                    if span is not None and span.root.dep_ in ("compound", "nmod", "amod") \
                            and span.root.head.pos_ == "NOUN" and span.root.head.i > span.root.i:
                        continue  # "the Kell nuclear plant": a modifier, not a person here
                    out.append((s, e, p))
            out.sort(key=lambda x: x[0])
            self._mentions, self._mentions_key = out, key
        return [m for m in self._mentions if m[1] <= pos]

    def remember(self, pos: int, speaker: dict[str, Any] | None, stype: str) -> None:
        if speaker:
            self.history.append((pos, speaker, stype))

    def last_speaker(self, pos: int) -> tuple[int, dict[str, Any], str] | None:
        best = None
        for item in self.history:
            if item[0] < pos and (best is None or item[0] > best[0]):
                best = item
        return best

    # -- main entry ------------------------------------------------------------------
    def speaker_of(self, head: Token, avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        """Speaker dict for the mention headed by ``head``."""
        group = self._quoted_group(head)
        if group is not None:
            return group
        if head.dep_ in ("nsubj", "nsubjpass") and (
                (head.lower_ in _NEXT_ORDINALS and any(c.dep_ == "det" and c.lower_ == "a" for c in head.children))
                or (head.lower_ == "another" and head.pos_ in ("PRON", "DET"))) \
                and all(c.dep_ in ("det", "punct") for c in head.children):
            # "“…,” one visitor wrote. A second said …" / "Another said …": one more member of
            # an unnamed group whose first member just spoke, as written
            last = self.last_speaker(head.idx)
            if last is not None and self.par_of(last[0]) >= self.par_of(head.idx) - 1 and not self.inside_quote(head.idx):
                lo = min(c.i for c in head.subtree)
                span = self.doc[lo : head.i + 1]
                return {"name": span.text, "mention": span.text, "start": span.start_char, "end": span.end_char,
                        "titles": [], "_person": True, "_plural": False}
        low = head.lower_
        acronym = len(head.text) > 1 and head.text.isupper()  # "WHO say", "US said": not pronouns
        if (head.pos_ == "PRON" or low in self.res.pronouns) and not acronym:
            if low in self.res.pronouns:
                return self.pronoun(head, avoid)
            if low in ("his", "her") and head.dep_ == "poss":  # "his claim that …"
                return self.pronoun_like(head, avoid)
            return None
        full = self.defined.get(head.text) or (
            self.expand_acronym(head.text, head.idx) if _MIXED_ACRONYM.fullmatch(head.text) else None)
        if full and head.pos_ in ("PROPN", "NOUN") and not any(
                c.dep_ in ("compound", "flat") for c in head.children) and full != head.text:
            # "Unicef said" after "the United Nations Children's Fund (Unicef)", whatever the
            # NER typed it: the organisation the text defined (or for a mixed-case acronym,
            # "The DfT said", the name it spells: "Department for Transport")
            lo = head.i - 1 if head.i > 0 and head.doc[head.i - 1].lower_ == "the" else head.i
            mention = head.doc[lo : head.i + 1]
            return {"name": full, "mention": mention.text, "start": mention.start_char,
                    "end": mention.end_char, "titles": [], "_person": False, "_head": head.lemma_.lower(),
                    "_plural": False}
        suspect = self.suspect_referent(head, avoid)
        if suspect is not None:
            return suspect
        epithet = self.epithet_referent(head, avoid)
        if epithet is not None:
            return epithet
        described = self.described_name(head)
        if described is not None:
            return described
        if head.lower_ == "one" and head.pos_ == "NUM":
            ap = next((c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
            if ap is not None:  # "One of them, a retired teacher named X, said"
                return self.speaker_of(ap, avoid)
            grp = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
                        for g in c.children if g.dep_ == "pobj" and (
                            (g.pos_ == "NOUN" and g.tag_ == "NNS" and not g.ent_type_)
                            or (g.i == c.i + 1 and g.lower_ in ("these", "those", "them")))), None)
            if grp is not None and (head.dep_ in ("nsubj", "nsubjpass") or (
                    head.dep_ == "appos" and head.head.dep_ in ("pobj", "appos"))):  # (hung on a fronted phrase)
                # "One of the climbers said" / "One of these told": the unnamed member of the
                # group, as written
                span = self.doc[head.i : grp.i + 1]
                name = span.text
                last = self.last_speaker(head.idx) if grp.pos_ == "PRON" else None
                if last is not None and self.par_of(last[0]) >= self.par_of(head.idx) - 1 \
                        and str(last[1].get("name", "")).lower().startswith("one of ") and last[1].get("_head"):
                    # "One of the children said …. One of them went on …": the group just named
                    name = head.text + last[1]["name"][3:]
                return {"name": name, "mention": span.text, "start": span.start_char, "end": span.end_char,
                        "titles": [], "_person": True, "_head": grp.lemma_.lower() if grp.pos_ != "PRON"
                        else (last[1].get("_head") if last is not None and name != span.text else grp.lemma_.lower()),
                        "_plural": False}
        if head.lower_ == "one" and head.pos_ == "NUM" and head.dep_ == "nsubj" and not any(
                c.dep_ not in ("punct",) for c in head.children) and self._people_before(head):
            # "Several friends posted messages. One claimed …": a member of the people just named
            return {"name": head.text, "mention": head.text, "start": head.idx, "end": head.idx + len(head.text),
                    "titles": [], "_person": True, "_plural": False}
        if head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
            return None
        # a role noun in apposition to a name: "Terence Fan, an air industry expert, who said"
        if head.pos_ == "NOUN" and head.dep_ == "appos" and (
                head.head.ent_type_ == "PERSON" or head.head.pos_ == "PROPN") and not (
                head.head.dep_ == "pobj" and head.head.ent_type_ in ("ORG", "GPE", "FAC")
                and head.head.left_edge.i > 0 and _fronted_phrase(head.head, self.sent_of(head))
                and head.lemma_.lower() not in self.res.org_nouns and head.lemma_.lower() not in self.res.company_nouns):
            # (not "In an interview with Radio X, a rebel fighter, …, said": a person hung on
            # the fronted phrase's organisation by the parser)
            return self.speaker_of(head.head)
        # a document/figure with an agent: "Figures provided by the Ministry"
        if head.lemma_.lower() in self.res.doc_nouns or head.lower_ in self.res.doc_nouns:
            agent = _agent_of(head)
            if agent is None and head.dep_ in ("nsubj", "nsubjpass"):
                # "The report, by the Care Board, found …": the "by" aside the parser hung on the verb
                for c in head.head.children:
                    if c.dep_ == "prep" and c.lower_ == "by" and head.i < c.i < head.head.i \
                            and self.doc[c.i - 1].text == ",":
                        agent = next((g for g in c.children if g.dep_ == "pobj" and (
                            g.ent_type_ in ("PERSON", "ORG", "NORP") or g.pos_ == "PROPN")), None)
            if agent is not None:
                return self.speaker_of(agent, avoid)
            frm = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_), None)
            if frm is not None:
                # "data from NASA's satellite": its owner; "data from the health ministry": the
                # body; "data from a satellite": an instrument, no source
                owner = next((o for o in frm.children if o.dep_ == "poss"), None)
                if owner is not None and (owner.ent_type_ in ("ORG", "PERSON", "NORP") or owner.pos_ == "PROPN"):
                    return self.speaker_of(owner, avoid)
                if frm.lemma_.lower() in self.res.org_nouns or frm.lemma_.lower() in self.res.company_nouns:
                    return self.speaker_of(frm, avoid)
                if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in frm.children) and not any(
                        t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in frm.subtree):
                    return None
            # "… read the statement": whoever issued that statement before
            issuer = self._issuer(head)
            if issuer is not None:
                found = self.speaker_of(issuer, avoid)
                if found is not None:
                    return found
            # "Obama's speech", "the ministry's statement": the owner speaks
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.ent_type_ in ("PERSON", "ORG", "NORP") or owner.pos_ == "PROPN"
                                      or owner.lower_ in ("his", "her", "their", "its")
                                      or owner.lemma_.lower() in self.res.org_nouns
                                      or owner.lemma_.lower() in self.res.company_nouns):
                # (also "the ministry's report" / "the agency's website": the body)
                if owner.lower_ in ("his", "her", "their", "its"):
                    owner_sp = self.pronoun_like(owner, avoid)
                else:
                    owner_sp = self.speaker_of(owner, avoid)
                if owner_sp is not None:
                    owner_sp["_doc"] = head.lemma_.lower()  # for a later "the report"
                    return owner_sp
            clause = {x.i for c in head.children if c.dep_ in ("relcl", "acl") for x in c.subtree}
            if any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "its") and t.i not in clause
                   for t in head.subtree) \
                    and not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "NORP")
                                for t in head.subtree):
                return None  # "a statement on their website" with no one to be "their": the medium alone
        # "KELCO, the operator of the dam, warned": the parser made the role the subject
        # and hung the name before it on the verb
        if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and head.left_edge.i >= 2:
            comma = self.doc[head.left_edge.i - 1]
            name = self.doc[head.left_edge.i - 2]
            if comma.text == "," and name.pos_ == "PROPN" and name.head.i == head.head.i \
                    and name.dep_ in ("advmod", "npadvmod", "dep", "nsubj") \
                    and name.left_edge.i == self.sent_of(name).start:
                return self.speaker_of(name, avoid)
        # an abstract noun with its source as agent: "the fears expressed by X" -> X
        if head.pos_ == "NOUN" and not head.ent_type_:
            lemma = head.lemma_.lower()
            if lemma not in self.res.person_roles and lemma not in self.res.titles \
                    and lemma not in self.res.org_nouns and lemma not in self.res.group_nouns \
                    and not any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
                # (not "The family's statement, read by X, said": the owner speaks, X relays)
                agent = _expressed_by(head, self.res.expression_verbs)
                if agent is not None:
                    found = self.speaker_of(agent, avoid)
                    if found is not None:
                        return found
        # a lower-case role noun right before a name the parser split off it: "according
        # to policeman Ana Ruiz Vega" parsed with the role as the object, the name elsewhere
        if head.pos_ in ("NOUN", "VERB") and head.is_lower and not head.ent_type_ and (
                head.lower_ in self.res.person_roles or head.lower_ in self.res.titles
                or head.lemma_.lower() in self.res.person_roles):
            k = bisect_left(self.ent_starts, head.i + 1)
            if k < len(self.ents) and self.ents[k].start == head.i + 1 and self.ents[k].label_ == "PERSON" \
                    and not self.inside_quote(self.ents[k].start_char):
                ent = self.ents[k]
                return self.from_span(ent, ent[-1])
        # a role noun with the person's name in apposition: "His brother, Mohammed X,"
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ != "PERSON"):
            named = _named_person(head, self.ents, self.ent_starts)
            if named is not None and named.i != head.i:
                if named.ent_type_ != "PERSON" and named.pos_ == "PROPN":
                    reg = self._register_name(named)
                    if reg is not None:
                        return reg
                return self.speaker_of(named)
        # a role phrase closed by a name the registry knows but the NER typed otherwise
        # ("Director of the Harbour Trust Ana Ruiz said" with the name inside the ORG)
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON" and (
                head.lemma_.lower() in self.res.person_roles or head.lemma_.lower() in self.res.titles):
            right = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i)
            lo, hi = head.left_edge.idx, right.idx + len(right.text)
            for p in self._people():
                for ms, me in p.get("mentions", []):
                    if me == hi and lo < ms and len(p["name"].split()) >= 2 and not self.inside_quote(ms):
                        return {"name": p["name"], "mention": self.text[ms:me], "start": ms, "end": me,
                                "titles": list(p.get("titles") or []), "_person": True, "_pobj": p}
        # a role noun with a name the NER mistyped in apposition: "Deputy director for X,
        # Vera Lind, said" (Lind typed a place)
        if head.pos_ == "NOUN" and head.lemma_.lower() not in self.res.org_nouns \
                and head.lemma_.lower() not in self.res.doc_nouns and head.ent_type_ not in ("ORG", "PERSON"):
            for c in head.children:
                if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN" and _untyped_name(c):
                    return self.speaker_of(c)
        # a role phrase closed by the organisation's name in apposition: "The operator of
        # the mine, Northgate Minerals, said" (the parser may hang it on the inner noun)
        if head.pos_ == "NOUN" and head.ent_type_ not in ("PERSON", "ORG"):
            org = _closing_org(head)
            if org is not None:
                return self.speaker_of(org)
        # an organisation noun with the name in apposition: "National newspaper The X Daily"
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.res.org_nouns:
            for c in head.children:
                if c.dep_ == "appos" and c.ent_type_ == "ORG":
                    return self.speaker_of(c)
        span = self.mention_span(head)
        intro = self._introduced_person(head, span)
        if intro is not None:
            return self.speaker_of(intro, avoid)
        sp = self.from_span(span, head)
        named = self.definite_referent(head, span)
        if named is not None:
            # "RWF … the group said": the name the article defined for the acronym
            named = self.defined.get(named.replace(".", ""), named)
            sp["name"] = named
            person = next((p for p in self._people() if p["name"] == named), None)
            sp["_person"] = person is not None
            if person is not None:
                # "the premier said …. He added": the person is the subject here, so a
                # pronoun that follows goes on with them
                sp["_pobj"] = person
        return sp

    def suspect_referent(self, head: Token, avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        """``the suspect told police …``: the one person the article charged, arrested or
        accused before (object of an active charging verb or subject of its passive,
        outside quotation marks); none when no one or several people were."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in getattr(self.res, "suspect_nouns", ()) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ not in ("det", "punct") for c in head.children):
            return None
        verbs = getattr(self.res, "charging_verbs", set())
        found: list[dict[str, Any]] = []
        for t in self.doc[: head.i]:
            if t.lemma_.lower() not in verbs or t.pos_ != "VERB" or self.inside_quote(t.idx):
                continue
            passive = any(c.dep_ == "auxpass" for c in t.children)
            # (each of "X and Y" when both were charged)
            for who in [x for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                        for x in (c, *c.conjuncts)]:
                p = self.reg.person_at(*self._name_chars(who))
                if p is not None and not any(p is x for x in found) and not any(
                        p is x for x in self._named_in(avoid)):
                    found.append(p)
        if len(found) != 1:
            return None
        p = self.fullest(found[0])
        return {"name": p["name"], "mention": head.doc[head.i - 1 : head.i + 1].text,
                "start": head.doc[head.i - 1].idx, "end": head.idx + len(head.text),
                "titles": list(p.get("titles") or []), "_person": True, "_pobj": p}

    def _name_chars(self, t: Token) -> tuple[int, int]:
        """The character span of the name headed by ``t`` (its entity, else the token)."""
        ent = self.ent_of.get(t.i)
        return (ent.start_char, ent.end_char) if ent is not None else (t.idx, t.idx + len(t.text))

    def epithet_referent(self, head: Token, avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        """``the 45-year-old`` / ``the veteran politician``: a definite description by
        age or by a general person noun (no name, no clause of its own) points back at
        the person just named: the one person mentioned since the start of the previous
        paragraph, else the latest of them in subject position; none when unclear."""
        toks = sorted(head.subtree, key=lambda t: t.i)
        if toks and toks[0].i > 0 and self.doc[toks[0].i - 1].lower_ == "the" and head.lower_ == "old":
            toks.insert(0, self.doc[toks[0].i - 1])  # "The" hung on the verb by a misparse
        if not toks or toks[0].lower_ != "the" or toks[-1].i != head.i:
            return None
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks):
            return None
        words = {t.lower_ for t in toks}
        aged = bool(words & {"year", "years"}) and (head.lower_ == "old" or any(
            t.lower_ == "old" and t.head.i == head.i for t in toks))
        lemma = head.lemma_.lower()
        if not aged and (head.pos_ != "NOUN" or lemma not in self.res.epithets or not all(
                t.is_lower and t.dep_ in ("amod", "compound") for t in toks[1:-1])):
            return None
        if not aged and self.role_referent(lemma, head.idx) is not None:
            return None  # a role the article gave one person: definite_referent's job
        gender = "female" if lemma.endswith(("woman", "ess", "mother", "widow")) else \
            "male" if lemma.endswith(("man", "father")) else None
        par = self.par_of(head.idx)
        lo = self.par_starts[max(par - 1, 0)]
        if not aged:
            for t in self.doc[: toks[0].i]:
                if t.idx >= lo and t.lemma_.lower() == lemma and any(
                        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children):
                    return None  # "a farmer who …. The farmer said": the unnamed one introduced
        named = self._named_in(avoid)
        people: list[dict[str, Any]] = []
        for s, _e, p in self._person_mentions_before(head.idx):
            if s >= lo and not any(p is x for x in named) and (gender is None or self.compatible(p, gender)) \
                    and not any(p is x for x in people):
                people.append(p)
        if len(people) != 1:
            subj = [p for s, p in self.events if lo <= s < head.idx and any(p is x for x in people)]
            if not subj:
                return None
            people = [subj[-1]]
        p = self.fullest(people[0])
        text = self.text[toks[0].idx : head.idx + len(head.text)]
        return {"name": p["name"], "mention": text, "start": toks[0].idx, "end": toks[0].idx + len(text),
                "titles": list(p.get("titles") or []), "_person": True, "_pobj": p}

    def described_name(self, head: Token) -> dict[str, Any] | None:
        """``Smith, the committee chairman, said``: a proper name the NER typed as an
        organisation (or not at all) but that a person role in apposition describes is a
        person; registered so that a later he/she finds them."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "") or not head.text[:1].isupper():
            return None
        r = self.res
        role = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i
                     and (c.lemma_.lower() in r.titles or c.lemma_.lower() in r.person_roles
                          or c.lemma_.lower() in r.epithets)), None)
        if role is None:
            return None
        i = _name_start(head)
        span = self.doc[i : head.i + 1]
        if any(t.ent_type_ and t.ent_type_ != "ORG" for t in span) or self.inside_quote(span.start_char):
            return None
        if any(ent.label_ == "ORG" and (ent.start < span.start or ent.end > span.end)
               for ent in (self.ent_of.get(t.i) for t in span) if ent is not None):
            return None  # part of a longer organisation name
        return self._register_name(head, check=False)

    def _register_name(self, head: Token, check: bool = True) -> dict[str, Any] | None:
        """A person's name the NER typed otherwise, ending at ``head`` with its proper-noun
        compounds before it: registered (so that later pronouns find it) and returned as a
        speaker."""
        i = _name_start(head)
        span = self.doc[i : head.i + 1]
        if check and (len(span) < 2 or self.inside_quote(span.start_char) or any(
                (ent := self.ent_of.get(t.i)) is not None and (ent.start < span.start or ent.end > span.end)
                for t in span)):
            return None
        person = self.reg.person_at(span.start_char, span.end_char)
        if person is None:
            try:
                person = self.reg.add(span.text, span.start_char, span.end_char, trust_ner=False)
            except TypeError:  # the fallback registry trusts no NER anyway
                person = self.reg.add(span.text, span.start_char, span.end_char)
        if not person or not any(p is person for p in self._people()):
            return None
        return {"name": person["name"], "mention": span.text, "start": span.start_char, "end": span.end_char,
                "titles": list(person.get("titles") or []), "_person": True, "_pobj": person}

    def _introduced_person(self, head: Token, span: Span) -> Token | None:
        """``the source`` / ``this individual``: the unnamed person introduced with a
        "who" clause in this or the previous paragraph (``a nurse who asked not to be
        named``)."""
        if len(span) != 2 or span[0].lower_ not in ("the", "this") or head.pos_ != "NOUN" \
                or head.lemma_.lower() not in self.res.generic_persons:
            return None
        par = self.par_of(head.idx)
        for t in reversed(self.doc[: span.start]):
            if self.par_of(t.idx) < par - 1:
                break
            if t.pos_ != "NOUN" or t.ent_type_ or self.inside_quote(t.idx) or t.tag_ != "NN":
                continue
            if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
                continue  # itself a reference back
            if any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in t.children):
                if any(t.idx < m[0] for m in self._person_mentions_before(head.idx)):
                    return None  # a named person came in between: "the man" may be them
                return t
        return None

    def _issuer(self, head: Token) -> Token | None:
        """The source of a document noun with no owner of its own: the subject of an
        earlier clause that issued the same kind of document (``The ministry issued a
        statement … "…," read the statement``), else the owner named in the phrase (``a
        statement on their website``)."""
        if any(c.dep_ == "poss" for c in head.children) or head.ent_type_:
            return None
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            # "The group released a video claiming …": the subject that put it out
            verb = head.head
            subj = _nsubj(verb)
            while subj is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ in ("VBG", "VBN") \
                    and verb.head.pos_ in ("VERB", "AUX"):
                # "The ministry denied it, posting a statement that read …": the main subject
                verb = verb.head
                subj = _nsubj(verb)
            if subj is not None and subj.lower_ not in ("i", "we", "you") and not self.inside_quote(subj.idx):
                return subj
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in head.subtree if t.i != head.i):
            return None  # a named document or agent ("the Baker Report", "data from NASA")
        lemma = head.lemma_.lower()
        par = self.par_of(head.idx)
        for t in reversed(self.doc[: head.i]):
            if self.par_of(t.idx) < par - 2:
                break
            if t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "pobj") or self.inside_quote(t.idx):
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lemma_.lower() in self.res.receiving_verbs:
                continue  # "The group obtained a document. According to the document, …": not theirs
            author = _agent_of(t)
            if author is not None and not self.inside_quote(author.idx):
                # "X denounced the report by the UN office. … Per the report, …": its author
                return author
            subj = _nsubj(verb)
            if subj is not None and subj.lower_ not in ("i", "we", "you") and not self.inside_quote(subj.idx):
                return subj
        # "In a release from the Union, …. "…," read the statement": the source of the
        # latest document named in this paragraph
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            for t in reversed(self.doc[: head.i]):
                if self.par_of(t.idx) < par:
                    break
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.res.doc_nouns and not self.inside_quote(t.idx):
                    agent = _agent_of(t) or _author_modifier(t)
                    if agent is not None and not self.inside_quote(agent.idx):
                        return agent
        # "a statement on their website": "their" names the source
        for t in head.subtree:
            if t.dep_ == "poss" and t.lower_ in ("their", "its") and t.i != head.i:
                ante = self.np_antecedent(t.idx, plural=t.lower_ == "their")
                if ante is not None and ante.i not in {x.i for x in head.subtree}:
                    return ante  # (not the document itself: "a post on its website")
                for item in sorted(self.history, key=lambda x: x[0], reverse=True):
                    if item[0] < t.idx and not item[1].get("_person"):
                        return None
        return None

    def role_referent(self, noun: str, pos: int) -> str | None:
        """``the minister`` / ``the captain``: the one person the article gave that title
        or role before ``pos`` (registry titles, affiliation roles); none when several
        people fit."""
        fits = []
        roles: dict[str, set[str]] = {}
        given: list[tuple[int, int]] = []  # where a role is given to a named person
        for c in get_claims(self.doc, "affiliation"):
            if c.get("start", pos) < pos and c.get("person"):
                words = {w.lower().rstrip(".") for w in (c.get("role") or "").split()}
                roles.setdefault(c["person"], set()).update(words)
                given.append((c["start"], c.get("end", c["start"])))
        for p in self._people():
            titles = {w.lower().rstrip(".") for t in p.get("titles") or [] for w in t.split()}
            if noun in titles or noun in roles.get(p["name"], set()):
                first = min((s for s, _ in p.get("mentions", [])), default=pos)
                if first < pos:
                    fits.append(p["name"])
                    last = max((s for s, _ in p.get("mentions", []) if s < pos), default=first)
                    if any(t.lemma_.lower() == noun and last < t.idx < pos and not self.inside_quote(t.idx)
                           and not any(gs <= t.idx < ge for gs, ge in given)
                           and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                   for c in t.children) for t in self.doc):
                        # "General X, the commander of …. A rebel commander disputed it. …, the
                        # commander said": the unnamed one introduced since is meant
                        return None
        return fits[0] if len(set(fits)) == 1 else None

    def definite_referent(self, head: Token, span: Span) -> str | None:
        """``the report`` / ``the ministry`` / ``the company``: the organisation or document
        the article named before (an entity ending in the same noun, or for a company
        noun the latest organisation)."""
        if len(span) == 2 and span[0].lower_ == "the" and head.pos_ == "PROPN" and head.text.istitle() \
                and not head.ent_type_ and _word_key(head.text) in self.res.titles:
            # "The President said": a capitalised title alone is the one person holding it
            return self.role_referent(head.lower_, span.start_char)
        if 3 <= len(span) <= 4 and span[0].lower_ == "the" and head.pos_ == "PROPN" and not head.ent_type_ \
                and all(t.text.istitle() and t.pos_ == "PROPN" for t in span[1:]) \
                and _word_key(head.text) in self.res.titles:
            # "The Vice President said": the one person given that whole title
            words = {t.lower_ for t in span[1:]}
            fits = {p["name"] for p in self._people()
                    if words <= {w.lower().rstrip(".") for ti in p.get("titles") or [] for w in ti.split()}
                    and min((ms for ms, _ in p.get("mentions", [])), default=span.start_char) < span.start_char}
            return fits.pop() if len(fits) == 1 else None
        group = self.coordinated_referent(head, span)
        if group is not None:
            return group
        if len(span) == 2 and span[0].lower_ in ("this", "that") and head.pos_ == "NOUN" and head.tag_ == "NN" \
                and head.lemma_.lower() in self.res.generic_persons:
            # 'One of the workers said, “…” This person also said …': the unnamed source just
            # quoted, in this or the paragraph before
            last = self.last_speaker(span.start_char)
            if last is not None and self.par_of(last[0]) >= self.par_of(span.start_char) - 1 \
                    and last[1].get("name"):
                return last[1]["name"]
            return None
        if len(span) < 2 or span[0].lower_ != "the" or head.pos_ != "NOUN" or not all(
                t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in span[1:]):
            return None
        lemma = head.lemma_.lower()
        if lemma in self.res.media_nouns and head.tag_ == "NN" and not any(
                c.dep_ in ("acl", "appos", "prep", "relcl") for c in head.children):
            # (not "The paper, published in a journal, …": that paper is a document)
            outlet = self.media_referent(span.start_char, lemma)
            if outlet is None and span.start > 0:
                # "Al Jazeera interviewed the commander. The network reported …": an outlet with
                # no media word, the organisation subject of the sentence before
                prev = self.sent_of(self.doc[self.sent_of(span[0]).start - 1]) if self.sent_of(span[0]).start else None
                subj = next((t for t in prev if t.dep_ == "nsubj" and t.ent_type_ == "ORG"
                             and not self.inside_quote(t.idx)), None) if prev is not None else None
                if subj is not None and self.par_of(subj.idx) >= self.par_of(span.start_char) - 1:
                    ent = self.ent_of.get(subj.i)
                    name = ent.text if ent is not None else subj.text
                    outlet = name[4:] if name.lower().startswith("the ") else name
            if outlet is not None:
                return outlet
        if lemma in self.res.municipal_nouns and len(span) == 2:
            # "the city said": the local government the article named ("the Municipality of X")
            for ent in reversed(self.ents[: bisect_left(self.ent_starts, span.start)]):
                if ent.label_ == "ORG" and not self.inside_quote(ent.start_char) and any(
                        t.lower_ in self.res.municipal_nouns for t in ent):
                    text = ent.text
                    return text[4:] if text.lower().startswith("the ") else text
            # the NER split it: "Municipality of X" / "City of X" as written
            words = "|".join(sorted(w.capitalize() for w in self.res.municipal_nouns))
            pattern = r"\b(?:" + words + r") of (?:[A-Z][\w'’-]+ ?)+"
            found = [m for m in re.finditer(pattern, self.text[: span.start_char])
                     if not self.inside_quote(m.start())]
            if found:
                return found[-1].group().strip()
        if lemma not in self.res.doc_nouns and lemma not in self.res.org_nouns and lemma not in self.res.company_nouns:
            return self.role_referent(lemma, span.start_char)
        if lemma in self.res.person_roles:
            # "X, a government spokesman, said … The spokesman added": a person's role that
            # also stands for a body (org_nouns) is first the one person given it
            named = self.role_referent(lemma, span.start_char)
            if named is not None:
                return named
        best = None
        for ent in reversed(self.ents[: bisect_left(self.ent_starts, span.start)]):  # latest first
            if ent.label_ in ("PERSON", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT",
                              "MONEY", "QUANTITY", "LOC") or self.inside_quote(ent.start_char):
                continue
            last = {ent[-1].lemma_.lower(), ent[-1].lower_}  # the entity's own head noun
            if ent.label_ == "ORG" and ent.root.text[:1].isupper():
                last.add(ent.root.lemma_.lower())  # "the ministry": "Ministry of Health"
            if lemma in last or (lemma in self.res.company_nouns and ent.label_ == "ORG") or (
                    lemma in self.res.doc_nouns and last & self.res.doc_nouns
                    and ent.label_ in ("ORG", "WORK_OF_ART", "LAW")):
                best = ent
                break
        if best is None:
            # an earlier source with the same head noun ("the Fed's latest report … the report")
            for pos, sp, _kind in sorted(self.history, key=lambda x: x[0], reverse=True):
                if pos < span.start_char and lemma in (sp.get("_head"), sp.get("_doc")) \
                        and sp.get("start") != span.start_char:
                    return sp["name"]
            if lemma in self.res.company_nouns and len(span) == 2:
                return self._untyped_company(span)
            if lemma in self.res.media_fallback and len(span) == 2 and head.tag_ == "NN":
                # "The WHO said …. The agency said": the latest organisation that spoke, else
                # a news outlet ("Reuters reported … The agency said")
                return self._latest_org_speaker(span.start_char) or self.media_referent(span.start_char, lemma)
            return None
        text = best.text
        return text[4:] if text.lower().startswith("the ") else text

    def _latest_org_speaker(self, pos: int) -> str | None:
        """The name of the latest organisation (an ORG entity, or an acronym the text
        defined) that spoke before ``pos`` in this or the two paragraphs before."""
        par = self.par_of(pos)
        for p0, sp, _kind in sorted(self.history, key=lambda x: x[0], reverse=True):
            if p0 >= pos:
                continue
            if self.par_of(p0) < par - 2:
                break
            if sp.get("_person") or sp.get("_plural") or sp.get("_head") in self.res.doc_nouns \
                    or self._person_noun(sp.get("_head") or "") or sp.get("end", 0) <= sp.get("start", 0):
                continue
            last = self.doc[self.tok_at_char(sp["end"] - 1)]
            if last.ent_type_ == "ORG" or sp["name"] in self.defined.values():
                return sp["name"]
        return None

    def _untyped_company(self, span: Span) -> str | None:
        """``Brightmart closed 40 stores. The retailer said …`` with the name untyped: the
        proper-noun subject of the sentence before (no person the registry knows)."""
        sent = self.sent_of(span[0])
        if sent.start == 0:
            return None
        prev = self.sent_of(self.doc[sent.start - 1])
        if self.par_of(prev[0].idx) < self.par_of(span.start_char) - 1:
            return None
        for t in prev:
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "PROPN" and not t.ent_type_ \
                    and not self.inside_quote(t.idx) and self.reg.resolve(t.text) is None \
                    and t.text[:1].isupper() and t.text.lower() not in self.res.pronouns:
                lo = t.i
                while lo - 1 >= prev.start and self.doc[lo - 1].dep_ == "compound" and self.doc[lo - 1].pos_ == "PROPN":
                    lo -= 1
                return self.doc[lo : t.i + 1].text
        return None

    def media_referent(self, pos: int, lemma: str = "") -> str | None:
        """``The paper also said …``: the latest news outlet named before ``pos`` outside
        quotes (an entity with a media word in its name: "The Daily Courier"), else the
        latest non-person speaker so named; none when the same noun introduced something
        else since ("a paper published in …. The paper says": that paper)."""
        words = self.res.media_words
        k = self.tok_at_char(pos)
        intro = next((t.idx for t in reversed(self.doc[:k]) if t.lemma_.lower() == lemma and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children)), -1)
        found: list[tuple[int, str]] = []
        for ent in reversed(self.ents[: bisect_left(self.ent_starts, k)]):
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE",
                              "LOC", "NORP", "PERSON") or self.inside_quote(ent.start_char):
                continue
            if any(t.lower_ in words for t in ent if t.text[:1].isupper()) and (
                    len([t for t in ent if t.lower_ != "the"]) >= 2 or ent.label_ in ("ORG", "WORK_OF_ART")):
                name = ent.text.split(" (")[0].strip()
                found.append((ent.start_char, name[4:] if name.lower().startswith("the ") else name))
                break
        for p0, sp, _kind in sorted(self.history, key=lambda x: x[0], reverse=True):
            if p0 < pos and (sp.get("_outlet") or not sp.get("_person") and any(
                    w.lower() in words for w in sp.get("name", "").split() if w[:1].isupper())):
                found.append((sp.get("start", p0), sp["name"]))  # (a source of "reported")
                break
        found = [f for f in found if f[0] > intro]
        return max(found)[1] if found else None

    def tok_at_char(self, pos: int) -> int:
        return max(bisect_left(self._tok_idx(), pos + 1) - 1, 0)

    def coordinated_referent(self, head: Token, span: Span) -> str | None:
        """``Two groups, the X Centre and the Y Union, backed the case. … these
        organisations argued``: a plural organisation noun with "these"/"those"/"both"
        points back at the organisations just named together (this or the previous
        paragraph)."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in self.res.org_nouns | {
                "organisation", "organization", "group"}:
            return None
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
        if not dets & {"these", "those", "both"} and not (
                "the" in dets and head.lemma_.lower() in ("group", "organisation", "organization", "union")):
            return None  # ("the authorities" is any authority; "the groups" the ones just named)
        par = self.par_of(head.idx)
        group_words = self.res.org_nouns | {"organisation", "organization", "group"}
        anchors = []  # (position, head word of a coordinated name)
        for ent in self.ents[: bisect_left(self.ent_starts, head.i)]:
            if ent.label_ != "ORG" or self.par_of(ent.start_char) < par - 1:
                continue
            root = ent.root
            while root.dep_ in ("pobj", "prep", "compound") and root.head.i != root.i and root.head.i in range(
                    ent.start - 1, ent.end):
                root = root.head
            anchors.append((root.i, root))
        for t in self.doc[self.tok_at_char(self.par_starts[max(par - 1, 0)]) : head.i]:
            # "Two rights groups, Civic Watch and the Freedom Forum,": names the NER missed or
            # mistyped, in apposition to a group noun
            if t.pos_ == "PROPN" and t.dep_ == "appos" and t.head.lemma_.lower() in group_words \
                    and t.head.tag_ == "NNS" and any(c.dep_ == "conj" for c in t.children):
                anchors.append((t.i, t))
        for _i, root in sorted(anchors, key=lambda a: a[0], reverse=True):
            if self.inside_quote(root.idx):
                continue
            mates = [c for c in root.conjuncts]
            if not mates:
                continue
            names = []
            for x in sorted([root] + mates, key=lambda t: t.i):
                if x.pos_ != "PROPN" or x.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
                    continue  # "opposition groups, the X and the Y": the common noun is no name
                e = self.ent_of.get(x.i)
                if e is None or e.label_ not in ("ORG", "PERSON", "NORP"):
                    # "the Centre for Civic Rights" with its name below the head (not in a conjunct)
                    stack, e = [c for c in x.children if c.dep_ not in ("conj", "cc")], None
                    while stack and e is None:
                        g = stack.pop()
                        e = self.ent_of.get(g.i) if self.ent_of.get(g.i) is not None and \
                            self.ent_of[g.i].label_ == "ORG" else None
                        stack.extend(c for c in g.children if c.dep_ not in ("conj", "cc"))
                if e is not None and e.label_ in ("ORG", "PERSON", "NORP"):
                    t = e.text  # (a one-word union name the NER typed a person: "Unison and the X")
                else:  # a name the NER missed: its capitalised words
                    lo = x.i
                    while lo - 1 >= 0 and self.doc[lo - 1].pos_ == "PROPN" and self.doc[lo - 1].head.i == x.i:
                        lo -= 1
                    t = self.doc[lo : x.i + 1].text
                t = t[4:] if t.lower().startswith("the ") else t
                if t not in names:
                    names.append(t)
            if len(names) >= 2:
                return ", ".join(names[:-1]) + " and " + names[-1]
        return None

    def mention_span(self, head: Token) -> Span:
        """The speaker's words: the head with its name/determiner modifiers (and, for
        non-person nouns, prepositional modifiers and conjuncts)."""
        doc = head.doc
        person_like = head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.ent_type_)
        keep = set(_NAME_DEPS)
        if not person_like:
            keep |= {"prep", "pobj", "cc", "conj", "pcomp"}
        toks = {head.i}
        stack = [head]
        if not person_like and head.pos_ == "NOUN" and head.lemma_.lower() in self.res.doc_nouns and not any(
                c.i < head.i and (c.pos_ == "PROPN" or c.ent_type_) for c in head.children):
            # "results published in the X Journal": the publisher names the source
            for c in head.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i and any(
                        g.dep_ in ("prep", "agent") and any(x.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
                                                            or x.pos_ == "PROPN" for x in g.subtree)
                        for g in c.children):
                    toks.add(c.i)
                    for g in c.children:
                        if g.dep_ in ("prep", "agent") and not any(x.ent_type_ in ("DATE", "TIME") for x in g.subtree):
                            toks.update(x.i for x in g.subtree)
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in keep and c.dep_ not in _NP_DROP:
                    if c.dep_ in ("conj", "cc") and t is head and person_like:
                        continue
                    if c.dep_ == "prep" and c.lower_ == "to" and t is head and (
                            head.pos_ == "PROPN" or (head.i > head.head.i and head.head.pos_ == "VERB")):
                        continue  # "said Bolden to the gathered crowd": the addressee
                    if c.dep_ == "prep" and t is head and (
                            any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                            or (head.pos_ == "PROPN" and c.lower_ in _CIRCUMSTANCE_PREPS)):
                        continue  # "said Roux in Washington on Monday": where and when, not who
                    toks.add(c.i)
                    stack.append(c)
        hi = max(toks)
        i = head.i
        while i > 0 and (doc[i - 1].i in toks or _glued_hyphen(doc, i - 1) or _glued_hyphen(doc, i)) \
                and not (doc[i - 1].is_punct and doc[i - 1].text not in ("-", ".", "'", "’")):
            i -= 1  # ("the Moscow-based analyst": the word glued before a hyphen too)
        j = head.i
        while j < hi and doc[j + 1].i in toks and not (doc[j + 1].is_punct and doc[j + 1].text not in ".-&'"):
            j += 1
        while j > head.i and (doc[j].is_punct or (doc[j].dep_ == "case" and doc[j].head.i == head.i)):
            j -= 1  # (an owner's "'s": "Cornyn's statement" is spoken by Cornyn)
        return doc[i : j + 1]

    def from_span(self, span: Span, head: Token | None = None) -> dict[str, Any]:
        doc = span.doc
        head = head if head is not None else span[-1]
        words = [t.text for t in span]
        titles = []
        k = 0
        while k < len(words) - 1 and _word_key(words[k]) in self.res.titles:
            titles.append(words[k])
            k += 1
        name_span = None
        if head.ent_type_ == "PERSON":
            name_span = self.ent_of.get(head.i)
            if name_span is not None and name_span.start > span.start:
                # titles right before the entity ("Dr.", "Ambassador" when listed)
                t0 = name_span.start
                pre = []
                while t0 - 1 >= span.start and _word_key(doc[t0 - 1].text) in self.res.titles:
                    t0 -= 1
                    pre.insert(0, doc[t0].text)
                titles = pre
                # an untyped proper noun glued before the entity belongs to the name
                # ("Oh Gyeong-Seob" with only "Gyeong-Seob" typed)
                s0 = name_span.start
                while s0 - 1 >= span.start and s0 - 1 >= t0 and not doc[s0 - 1].ent_type_ and (
                        _glued_hyphen(doc, s0 - 1) or (doc[s0 - 1].text[:1].isupper() and doc[s0 - 1].is_alpha
                                                       and _word_key(doc[s0 - 1].text) not in self.res.titles)):
                    s0 -= 1
                name_span = doc[s0 : name_span.end]
                mention = doc[min(t0, s0) : name_span.end]
            else:
                mention = span
        elif (titles and span[-1].pos_ == "PROPN") or self._propn_name(span[k:]):
            name_span = span[k:]
            mention = span
        elif head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT") \
                and self._role_before_name(span, head) is not None:
            # "analyst Pavel Orlov" with the name typed an organisation: the role says person
            name_span = self._role_before_name(span, head)
            mention = span
        elif head.pos_ == "PROPN" and span[0].is_lower and head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
            # "farmer Ines Moreau": a lower-case role word before a proper name
            r = 0
            while r < len(span) and span[r].is_lower:
                r += 1
            if r < len(span) and self._propn_name(span[r:], allow_loc=True):
                name_span = span[r:]
                mention = span
        if name_span is not None:
            ns = name_span
            person = self.reg.person_at(ns.start_char, ns.end_char)
            if person is None:
                person = self.reg.resolve(ns.text)
            if person is None or len(ns.text.split()) > len(person["name"].split()):
                person = self.reg.add(ns.text, ns.start_char, ns.end_char, titles=tuple(titles))
            if len(person["name"].split()) == 1:
                person = self._misspelt(person) or person
            all_titles = list(dict.fromkeys(titles + list(person.get("titles") or [])))
            return {"name": person["name"], "mention": mention.text, "start": mention.start_char,
                    "end": mention.end_char, "titles": all_titles, "_person": True, "_pobj": person}
        if span[-1].pos_ == "PROPN" and len(span) - k == 1:
            # a surname the NER typed as something else, which the registry linked anyway
            last = span[-1]
            person = self.reg.person_at(last.idx, last.idx + len(last.text))
            if person is None and last.ent_type_ in ("", "PERSON"):
                person = self.reg.resolve(last.text)
            if person is None and len(last.text) >= 6 and last.text.isalpha() and last.text.istitle():
                # a misspelt surname the registry does not know ("Kowlaczyk" after "Tomas
                # Kowalczyk"); one the NER typed otherwise only with two neighbouring letters swapped
                fuller = self._misspelt({"name": last.text})
                if fuller is not None and (last.ent_type_ in ("", "PERSON") or (
                        len(fuller["name"].split()[-1]) == len(last.text)
                        and _adjacent_swap(fuller["name"].split()[-1].lower(), last.lower_))):
                    person = fuller
            if person is not None:
                person = self.fullest(person)
                return {"name": person["name"], "mention": span.text, "start": span.start_char,
                        "end": span.end_char, "titles": titles, "_person": True, "_pobj": person}
        name = span.text
        bare = name[4:] if name.lower().startswith("the ") else name
        based = _BASED.match(bare)
        if based is not None:
            name = bare = bare[based.end():]  # "the Paris-based X said": the organisation X
        expanded = self.expand_acronym(bare.replace(".", ""), span.start_char) \
            if bare.isupper() or bare in self.defined or _MIXED_ACRONYM.fullmatch(bare) else None
        if expanded:
            name = expanded
        elif bare != name and bare[:1].isupper():
            name = bare  # "the International Crisis Group" -> its name
        return {"name": name, "mention": span.text, "start": span.start_char,
                "end": span.end_char, "titles": titles, "_person": False, "_head": head.lemma_.lower(),
                "_plural": head.tag_ in ("NNS", "NNPS")}

    def _role_before_name(self, span: Span, head: Token) -> Span | None:
        """The 2-3 capitalised words ending at ``head`` right after a person-role noun
        (``analyst Pavel Orlov``), else None."""
        doc = span.doc
        s0 = head.i
        while s0 - 1 >= span.start and doc[s0 - 1].pos_ == "PROPN" and doc[s0 - 1].text[:1].isupper():
            s0 -= 1
        if not 2 <= head.i - s0 + 1 <= 3 or s0 - 1 < span.start:
            return None
        role = doc[s0 - 1]
        if not role.is_lower or role.lemma_.lower() not in self.res.person_roles:
            return None
        return doc[s0 : head.i + 1]

    def expand_acronym(self, acro: str, before: int, swapped: bool = False) -> str | None:
        """``WHO`` -> ``World Health Organisation``: an organisation the NER found, else
        capitalised words earlier in the text whose initials spell the acronym."""
        if len(acro) < 2:
            return None
        if acro in self.defined:
            return self.defined[acro]
        if acro in self.acronyms:
            return self.acronyms[acro]
        if not acro.isupper():
            # "MoD" / "DfT": each capital a capitalised word, each small letter a small word
            # ("Ministry of Defence", "Department for Transport"), the latest such name
            pattern = r"\s+".join(r"[A-Z][\w'’-]*" if ch.isupper() else ch + r"[a-z]*" for ch in acro)
            found = [m for m in re.finditer(r"\b" + pattern + r"\b", self.text[:before])
                     if not self.inside_quote(m.start())]
            return found[-1].group() if found else None
        words = r"[A-Z][\w'’-]*"
        skip = r"(?:\s+(?:of|the|and|for|on|in|de|with|without|against|&))*"
        pattern = words + "".join(skip + r"\s+" + words for _ in range(len(acro) - 1))
        found = None
        for m in re.finditer(r"\b(?=(" + pattern + "))", self.text[:before]):  # overlapping
            caps = [w for w in m.group(1).split() if w[:1].isupper()]
            if any(a < m.start() < b for a, b in self.defined_spans):
                continue  # the tail of a longer name that has its own acronym
            if "".join(w[0] for w in caps) == acro:
                found = m.group(1)  # the latest spelling before the acronym
        if found is None and len(acro) >= 3 and not swapped:
            # a typo'd acronym ("PWTC" after "… Center (PTWC)"): two neighbouring letters
            # swapped in one the article spelled out
            known = set(self.acronyms) | set(re.findall(r"\(([A-Z]{3,})\)", self.text[:before]))
            fits = [k for k in known if len(k) == len(acro) and k != acro and _adjacent_swap(k, acro)]
            if len(fits) == 1:
                return self.expand_acronym(fits[0], before, swapped=True)
        return found

    def _misspelt(self, person: dict[str, Any]) -> dict[str, Any] | None:
        """A lone surname that misspells a fuller name's surname (``Mauer`` for
        ``K.C. Maurer``): one edit, two for long names; same first letter."""
        word = person["name"].lower()
        if len(word) < 4:
            return None
        best = None
        for p in self._people():
            parts = p["name"].split()
            if p is person or len(parts) < 2:
                continue
            last = parts[-1].lower()
            if last[0] != word[0]:
                continue
            limit = 2 if min(len(last), len(word)) >= 8 else 1
            if _edit_distance(last, word, limit) <= limit:
                if best is not None and best is not p:
                    return None  # ambiguous
                best = p
        return best

    def fullest(self, person: dict[str, Any]) -> dict[str, Any]:
        """``person``, or for a one-word name that misspells a fuller name's surname
        (:meth:`_misspelt`) that fuller person: wherever a registry person becomes a
        speaker (a pronoun, an epithet, a quote with no cue), not only a named mention."""
        if len(person.get("name", "").split()) == 1:
            return self._misspelt(person) or person
        return person

    @staticmethod
    def _propn_name(span: Span, allow_loc: bool = False) -> bool:
        """Capitalised proper-noun words the NER left untyped (``Oh Gyeong-Seob``)."""
        if len(span) < 2 or len(span) > 4:
            return False
        bad = ("ORG", "GPE", "NORP", "FAC") if allow_loc else ("ORG", "GPE", "NORP", "FAC", "LOC")
        return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in bad for t in span)

    def pronoun_like(self, tok: Token, avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        """A possessive pronoun (``his speech``) resolved like its subject form."""
        kind = {"his": "he", "her": "she", "their": "they", "its": "it"}[tok.lower_]
        if kind not in self.res.pronouns:
            return None
        gender = self.res.pronouns[kind]
        if gender in ("male", "female"):
            p = self.antecedent(tok.idx, gender, avoid=avoid)
            if p is None:
                return None
            p = self.fullest(p)
            return {"name": p["name"], "mention": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text),
                    "titles": list(p.get("titles") or []), "_person": True, "_pobj": p}
        return None

    def pronoun(self, tok: Token, avoid: tuple[int, int] | None = None) -> dict[str, Any] | None:
        kind = self.res.pronouns[tok.lower_]
        pos = tok.idx
        if kind in ("male", "female"):
            indef = self._indefinite_subject(tok, kind)
            if indef is not None:
                left = min([indef.i] + [c.i for c in indef.children if c.i < indef.i
                                        and c.dep_ in ("det", "amod", "compound", "nummod")])
                full = self.mention_span(indef)  # ("a spokesperson for the board"; not a fronted "During …")
                sp = self.from_span(self.doc[left : max(full.end, indef.i + 1)], indef)
                if sp is not None and not sp.get("_person"):
                    return _pointed_at(sp, tok)
            closer = self._closer_described(pos)
            if closer is not None:
                sp = self.speaker_of(closer)
                if sp is not None and not sp.get("_person"):
                    sp = _pointed_at(sp, tok)
                    return sp
            p = self.pron_res.get(tok.i)
            if p is None or (avoid is not None and any(p is x for x in self._named_in(avoid))):
                p = self.antecedent(pos, kind, avoid=avoid)
            if p is not None and self._asked_by(tok, p):
                return None  # "X asked whether he had proof. “No,” he replied.": not X
            if p is not None and self.gender_of(p) is None and self.weak_gender(p) != kind:
                noun = self._gendered_subject(tok, kind)
                if noun is not None and (any(noun.idx < s < pos and sp.get("_pobj") is p
                                             for s, sp, _k in self.history)
                                         or not any(s == noun.idx for s, _sp, _k in self.history)):
                    # the named person spoke since (the pronoun goes on with them), or the
                    # unnamed one never spoke ("A woman was killed. …": not a source)
                    noun = None
                if noun is not None and self.par_of(noun.idx) < self.par_of(pos) and any(
                        self.par_of(s) == self.par_of(pos) and pp is p for s, _e, pp in self._person_mentions_before(pos)):
                    # "“…,” one policeman said.\n\n… criticised by X, an MP. “…,” he said": the
                    # person the pronoun's own paragraph names, not an earlier paragraph's noun
                    noun = None
                if noun is not None:
                    left = min([noun.i] + [c.i for c in noun.children if c.i < noun.i
                                           and c.dep_ in ("det", "amod", "compound", "nummod", "poss")])
                    full = self.mention_span(noun)
                    span = self.doc[left : max(full.end, noun.i + 1)]
                    sp = self.from_span(span, noun)
                    if sp is not None and not sp.get("_person"):
                        # "X, a spokesman, …. The spokesman said …. “…,” he added": the one
                        # person given that role
                        named = self.definite_referent(noun, span)
                        q = next((x for x in self._people() if x["name"] == named), None) if named else None
                        if q is not None:
                            return {"name": q["name"], "mention": tok.text, "start": tok.idx,
                                    "end": tok.idx + len(tok.text), "titles": list(q.get("titles") or []),
                                    "_person": True, "_pobj": q}
                        return _pointed_at(sp, tok)
            if p is not None:
                self.learn(p, kind)
                p = self.fullest(p)  # ("Rosi … Prime Minister Rossi said …. He says": Rosi)
                return {"name": p["name"], "mention": tok.text, "start": tok.idx,
                        "end": tok.idx + len(tok.text), "titles": list(p.get("titles") or []), "_person": True,
                        "_pobj": p}
            described = self._described_person(pos)
            if described is not None:
                sp = self.speaker_of(described)
                if sp is not None:
                    sp = _pointed_at(sp, tok)
                    return sp
            return None
        if kind == "plural":
            group = self._coordinated_people(tok)
            if group is not None:
                return group
            main = self._relative_they(tok)
            if main is not None:
                sp = self.speaker_of(main)
                if sp is not None:
                    return _pointed_at(sp, tok)
        # they/it: an organisation or document in subject position, else the last
        # non-person speaker
        ante = self.np_antecedent(pos, plural=(kind == "plural"))
        if ante is not None and kind == "plural":
            # a plural group that spoke after it ("The scientists found …. They estimated")
            for item in sorted(self.history, key=lambda x: x[0], reverse=True):
                if ante.idx < item[0] < pos and item[1].get("_plural") and not item[1].get("_person") \
                        and item[1].get("_head") not in self.res.doc_nouns:
                    sp = _pointed_at(item[1], tok)
                    return sp
        if ante is not None:
            sp = self.speaker_of(ante)
            if sp is not None:
                sp = _pointed_at(sp, tok)
                return sp
        last_np = None
        for item in sorted(self.history, key=lambda x: x[0]):
            if item[0] < pos and not item[1].get("_person"):
                if kind == "plural" and item[1].get("_head") in self.res.doc_nouns:
                    continue
                if kind == "plural" and not item[1].get("_plural") and self._person_noun(item[1].get("_head") or ""):
                    continue  # "…," one guard said. … "they say": not the one guard
                if kind != "plural" and self._person_noun(item[1].get("_head") or ""):
                    continue  # "A local resident said …. "…," it read": not the resident
                last_np = item
        if last_np is not None and self.par_of(last_np[0]) >= self.par_of(pos) - 2:
            sp = _pointed_at(last_np[1], tok)
            return sp
        return None



def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a word (``Gyeong-Seob``): no space on either side."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _one_of_group(t: Token) -> Token | None:
    """``One of the survivors`` / ``one of his neighbours``: the plural common noun of the
    group ``t`` ("one") is picked from, else None."""
    if t.lower_ != "one" or t.pos_ != "NUM" or t.i + 1 >= len(t.doc):
        return None
    of = t.doc[t.i + 1]
    if of.lower_ != "of" or of.head.i != t.i:
        return None
    return next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS"
                 and not g.ent_type_), None)


def _name_start(head: Token) -> int:
    """Where the proper name ending at ``head`` starts: up to three proper-noun compounds
    before it, a particle glued by a hyphen included (``Karim al-Hadidi``)."""
    doc = head.doc
    i = head.i
    while i > 0 and head.i - i < 5:
        if i > 1 and _glued_hyphen(doc, i - 1) and doc[i - 2].head.i == head.i and doc[i - 2].pos_ == "PROPN" \
                and doc[i - 2].dep_ == "compound":
            i -= 2  # "al-Hadidi"
        elif doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == head.i and doc[i - 1].pos_ == "PROPN" \
                and head.i - i < 3:
            i -= 1
        else:
            break
    return i


def _subjectless_root_after(t: Token, sent: Span) -> bool:
    """``t`` comes before its sentence's root verb, which has no subject of its own."""
    root = sent.root
    return t.i < root.i and root.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i > t.i for c in root.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _fronted_phrase(pobj: Token, sent: Span) -> bool:
    """``In an interview with Radio X, …``: ``pobj`` lies in prepositional phrases that open
    the sentence (climbing prep/pobj links up to a preposition at its start)."""
    x = pobj
    for _ in range(6):
        if x.dep_ == "prep" and x.i == sent.start:
            return True
        if x.dep_ not in ("prep", "pobj") or x.head.i == x.i:
            return False
        x = x.head
    return False


def _nsubj(verb: Token) -> Token | None:
    """The subject of ``verb``; when the parser gave it two (``the charity Hope Relief
    issued …`` as "charity" + "Relief"), the name right after the common noun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN":
        name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i
                     and c.pos_ == "PROPN" and c.left_edge.i == subj.i + 1), None)
        if name is not None:
            return name
    return subj


def _according_source(t: Token) -> bool:
    """``According to X, …``: the head of X."""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


_VIEW_NOUNS = {"view", "words", "opinion", "estimation", "judgment", "judgement"}
_FRAME_VERBS = {"put", "say", "note", "tell", "explain", "write", "argue", "observe", "remark"}


def _framing_source(t: Token) -> Token | None:
    """The subject (or a name in apposition to it) of a clause that a source frame
    attributes -- ``According to X, Y fled`` / ``In the view of X, Y …`` / ``As X put it,
    Y …`` -- is the content, not a source: the head of X (None when no frame)."""
    if t.dep_ == "appos":
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    for c in verb.children:
        if c.i > t.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "according":
            return next((o for to in c.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"),
                        c)
        if c.dep_ == "prep" and c.lower_ == "in":
            for n in c.children:
                if n.dep_ == "pobj" and n.lower_ in _VIEW_NOUNS:
                    return next((o for of in n.children if of.dep_ == "prep" and of.lower_ == "of"
                                 for o in of.children if o.dep_ == "pobj"), n)
        if c.dep_ == "advcl" and c.lemma_.lower() in _FRAME_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


_REPLY_VERBS = ("reply", "respond", "answer", "retort")


def _in_content_clause(t: Token) -> bool:
    h = t.head
    doc = t.doc
    for _ in range(6):
        if h.dep_ in ("ccomp", "relcl", "advcl", "acl") :
            # (not a sentence the parser hung on a verb in the paragraph before; the text
            # between the two is read from its tokens: Doc.text is rebuilt on every access)
            lo, hi = sorted((h.i, h.head.i))
            if any("\n" in tok.text_with_ws for tok in doc[lo:hi]):
                return False
            if h.dep_ == "ccomp" and h.i < h.head.i and t.head.i == h.i and t.dep_ == "nsubj" and any(
                    c.dep_ == "ccomp" and c.i > h.i for c in h.children) and any(
                    c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i > h.right_edge.i for c in h.head.children):
                # "X said shelters would open at 6 p.m. He added: …" run into one sentence
                # (the abbreviation ate the full stop): X's clause is a sentence of its own
                return False
            if h.dep_ == "ccomp" and h.i < h.head.i and any(x.text == ";" for x in doc[h.right_edge.i + 1 : h.head.i]) \
                    and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i > h.right_edge.i for c in h.head.children):
                # "X, the chief, blamed Y; he stated …" parsed with the first clause reported
                # by the second: a semicolon closes a clause of its own
                return False
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def _named_person(head: Token, ents: list[Span], starts: list[int]) -> Token | None:
    """The person a role phrase names: in apposition (``His brother, Mohammed X,``),
    or closing the phrase (``Executive director of the Y chapter Alia Salem``)."""
    for c in head.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return c
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("", "LOC", "GPE", "ORG") and any(
                g.dep_ == "conj" and g.ent_type_ == "PERSON" for g in c.children) and any(
                g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children):
            return c  # "researchers Ana Costa and Luis Prado" with the first name mistyped: the first
    doc = head.doc
    if head.pos_ == "NOUN" and head.tag_ == "NN":
        # "A spokesman for Kessler, Ivo Marek, in a briefing said": a name set off by commas
        # right after the role's "for/of" phrase names the role holder, also when the parser
        # hung it on that phrase's noun (not a description: "A lawyer for X, the singer,")
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in ("for", "of") or c.i != head.i + 1:
                continue
            for o in c.children:
                a = next((g for g in o.children if g.dep_ == "appos" and g.ent_type_ == "PERSON" and g.i > o.i), None)
                if o.dep_ == "pobj" and a is not None and doc[a.left_edge.i - 1].text == "," \
                        and a.right_edge.i + 1 < len(doc) and doc[a.right_edge.i + 1].text == "," \
                        and not any(g.dep_ in ("conj", "cc", "appos") for g in a.children):
                    return a
    for n in [head] + [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]:
        # "one resident, a retired teacher who gave only her first name, Olga,"
        for rc in n.children:
            if rc.dep_ == "relcl" and rc.lemma_.lower() in ("give", "provide", "offer"):
                for o in rc.children:
                    if o.dep_ == "dobj" and o.lemma_.lower() == "name":
                        given = next((g for g in o.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"), None)
                        if given is not None:
                            return given
    for c in head.children:  # "curator Elaine Gustafon" parsed with the role as head
        if c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON" and c.i > head.i:
            return c
        if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call") and c.tag_ == "VBN" and c.i == head.i + 1:
            # "a retired teacher named Rosa Lima"
            named = next((g for g in c.children if g.dep_ in ("oprd", "attr", "dobj", "xcomp")
                          and g.ent_type_ == "PERSON"), None)
            if named is not None:
                return named
    doc = head.doc
    sub = [t for t in head.subtree if t.dep_ not in ("relcl",)]
    lo = sub[0].i
    right = max((t.i for t in head.subtree if not t.is_punct), default=head.i)
    for k in range(bisect_left(starts, lo), bisect_left(starts, right + 1)):
        ent = ents[k]
        if ent.label_ == "PERSON" and lo <= ent.start and ent.end - 1 == right and ent.root.i != head.i:
            # (the head itself inside a PERSON entity is the mention, not a name it introduces)
            # not inside a relative clause or an "of"-phrase about someone else
            path = ent.root
            ok = True
            while path.i != head.i and path.head.i != path.i:
                if path.dep_ in ("relcl", "acl", "pobj") and path.head.lower_ in ("of", "about", "by", "with"):
                    ok = ent.start > 0 and doc[ent.start - 1].pos_ in ("PROPN", "NOUN", "PUNCT")
                if path.dep_ in ("relcl", "acl") or (path.dep_ == "conj" and head.pos_ == "PROPN"):
                    ok = False  # (a name coordinated with a name is another source: "A and B said")
                path = path.head
            if ok:
                return ent.root
    return None


def _untyped_name(t: Token) -> bool:
    """``t`` heads two or three capitalised proper nouns the NER did not type as an
    organisation (``Vera Lind`` typed GPE or nothing)."""
    words = [c for c in t.children if c.dep_ in ("compound", "flat") and c.i < t.i] + [t]
    if not 2 <= len(words) <= 3 or any(c.dep_ not in ("compound", "flat", "punct") for c in t.children if c.i > t.i):
        return False
    return all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.is_alpha
               and w.ent_type_ not in ("ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") for w in words)


def _closing_org(head: Token) -> Token | None:
    """An ORG entity in apposition that ends the noun phrase headed by ``head`` and is
    set off by commas (``The operator of the plant, Tokyo Power Co.,``)."""
    sub = [t for t in head.subtree if t.dep_ not in ("relcl",)]
    words = [t for t in sub if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    for t in sub:
        if t.dep_ == "appos" and t.ent_type_ == "ORG" and t.i != head.i and t.i > head.i:
            if head.tag_ == "NNS" and t.head.i != head.i:
                continue  # "The researchers, from St X's, University of Y,": their institution, not them
            ent_end = t.i
            while ent_end + 1 < len(t.doc) and t.doc[ent_end + 1].ent_iob_ == "I":
                ent_end += 1
            if ent_end >= last.i and t.doc[t.left_edge.i - 1].text == ",":
                return t
            if ent_end >= last.i and t.head.dep_ == "appos" and t.head.pos_ == "NOUN" and t.i == t.head.i + 1 \
                    and t.head.head.i == head.i and t.doc[t.head.left_edge.i - 1].text == ",":
                return t  # "Her employer, the textile firm VinaTex, said": the name closing a description
    return None


_ACRO_SKIP = {"of", "the", "and", "for", "&", "de", "la", "du", "des", "on", "in"}


# a leading "Paris-based" / "New York-headquartered" on an organisation's name
_BASED = re.compile(r"(?:[A-Z][\w.'’]*\s+)*[A-Z][\w.'’]*-(?:based|headquartered)\s+(?=[A-Z])")

# (the lookahead holds wherever the pattern matches -- only name characters up to the "(" --
# and rejects most capitals fast, without the backtracking of the name's word run)
# "a second / a third said": one more unnamed member of a group that spoke
_NEXT_ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}

# a mixed-case acronym: "MoD", "DoJ", "DfT" (capitals with one or two small letters between)
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]{1,2}[A-Z])+")

_DEFINED = re.compile(r"(?=[A-Z][\w'’.\s&-]*\()"
                      r"((?:[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|on|in|to|at|de|with|without|against|&))*\s+)*"
                      r"[A-Z][\w'’.-]*)"
                      r"\s*\(([A-Z][A-Za-z&]{1,9}(?:-[A-Z][A-Za-z&]{0,9})?)\)")


def _defined_acronyms(text: str, ents: list[Span]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """``United States Department of State (DoS)`` -> ``{"DoS": "United States Department
    of State"}`` and the name's character span: the capitalised words right before a
    bracketed acronym, when the acronym's capitals are their initials in order (from the
    word the acronym starts with, or from the start of the organisation the NER found
    around that word)."""
    out: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    orgs = [(e.start_char, e.end_char) for e in ents if e.label_ in ("ORG", "NORP", "FAC")]
    for m in _DEFINED.finditer(text):
        name, acro = m.group(1), m.group(2)
        start = m.start(1)
        words = name.split()
        while words and words[0] in ("The", "A", "An"):
            start += len(words[0]) + 1
            words = words[1:]
        caps = [w[0] for w in words if w[:1].isupper()]
        letters = [ch for ch in acro if ch.isupper()]
        if len(letters) < 2 or not caps or caps[0] != acro[0]:
            # "the Paris-based Arab Parliament (AP)": start at the word the acronym starts with
            k = next((n for n, w in enumerate(words) if w[:1] == acro[0]), None)
            if k is None:
                continue
            at = start + sum(len(w) + 1 for w in words[:k])
            org = next((a for a, b in orgs if a < at < b and a >= start - 4), None)
            while k > 0 and org is not None and start + sum(len(w) + 1 for w in words[:k - 1]) >= org:
                k -= 1  # the NER's organisation starts earlier: "United States Department …"
            start += sum(len(w) + 1 for w in words[:k])
            words = words[k:]
            while words and words[0] in ("The", "A", "An"):
                start += len(words[0]) + 1
                words = words[1:]
            caps = [w[0] for w in words if w[:1].isupper()]
        it = iter(caps)
        if len(words) < 2 or not (all(ch in it for ch in letters) or _prefix_spells(acro, words)
                                  or _hyphen_spells(acro, words)):
            continue
        out.setdefault(acro, " ".join(words))
        spans.append((start, m.start(2) - 1))
    return out, spans


def _hyphen_spells(acro: str, words: list[str]) -> bool:
    """``JTF-NW`` = ``Joint Task Force Northwind``: before the hyphen the initials of the
    first words, after it letters of the remaining words in order, opening with the first
    letter of the word that follows them."""
    if acro.count("-") != 1:
        return False
    lead, tail = acro.lower().split("-")
    caps = [w.lower() for w in words if w[:1].isupper()]
    for k in range(1, len(caps)):
        if "".join(w[0] for w in caps[:k]) != lead or not tail or tail[0] != caps[k][0]:
            continue
        it = iter("".join(caps[k:]))
        if all(ch in it for ch in tail):
            return True
    return False


def _prefix_spells(acro: str, words: list[str]) -> bool:
    """``TEPCO`` = ``Tokyo Electric Power Company``: the acronym is the opening letters of
    each capitalised word in turn (one or more from each; small words may be left out)."""
    acro = acro.lower()
    words = [w.lower() for w in words if w[:1].isupper() or w.lower() not in _ACRO_SKIP]

    def match(a: int, k: int) -> bool:
        if k == len(words):
            return a == len(acro)
        w = words[k]
        for n in range(1, min(len(w), len(acro) - a) + 1):
            if w[:n] != acro[a : a + n]:
                break
            if match(a + n, k + 1):
                return True
        return False

    return len(acro) >= 3 and len(words) >= 2 and match(0, 0)


def _acronyms(ents: list[Span]) -> dict[str, str]:
    """``KCNA`` -> ``Korean Central News Agency`` for the organisations the NER found."""
    out: dict[str, str] = {}
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "FAC"):
            continue
        words = [t.text for t in ent if t.lower_ not in _ACRO_SKIP and t.text[:1].isalpha()]
        if len(words) >= 2:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            out.setdefault("".join(w[0] for w in words).upper(), text)
    return out


_NOT_SOURCE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _expressed_by(head: Token, verbs: set[str]) -> Token | None:
    """``the fears expressed by X`` / ``concerns raised by X``: X, the agent of a
    participle of an expressing verb after ``head``."""
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            for g in c.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by"):
                    for h in g.children:
                        if h.dep_ == "pobj" and h.ent_type_ not in _NOT_SOURCE_ENTS and h.pos_ in ("NOUN", "PROPN"):
                            return h
    return None


_RELAY_VERBS = ("read", "deliver", "present", "relay", "carry", "broadcast", "air")


def _agent_of(head: Token) -> Token | None:
    """``Figures provided by X`` / ``A survey conducted by X`` / ``data from X`` -> X."""
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() not in _RELAY_VERBS:
            # (not "a statement read by X" / "carried by the agency": X only relays it)
            for g in c.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by"):
                    for h in g.children:
                        if h.dep_ == "pobj" and h.ent_type_ not in _NOT_SOURCE_ENTS:
                            return h
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for h in c.children:
                if h.dep_ == "pobj" and h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                    return h
    return None


def _author_modifier(head: Token) -> Token | None:
    """``a declassified Defence Intelligence Agency assessment`` -> the organisation named
    as the document's modifier (its author)."""
    for c in head.children:
        if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" and c.i < head.i \
                and (c.i + 1 == head.i or c.head.i == head.i):
            return c
    return None


def clean_speaker(sp: dict[str, Any] | None) -> dict[str, Any] | None:
    """The public speaker dict (private keys dropped)."""
    if sp is None:
        return None
    return {k: v for k, v in sp.items() if not k.startswith("_")}


def _pointed_at(speaker: dict, tok) -> dict:
    """A copy of ``speaker`` whose mention is the pronoun/anaphor ``tok`` that refers to it."""
    return {**speaker, "mention": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
