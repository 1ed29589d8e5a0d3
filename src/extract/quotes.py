"""The ``claim_quotes`` component: statements attributed to a source, with the speaker.

Five rule families (see ``PRIOR_ART.md``), run in this order on every document:

1. **cue verbs** -- a reporting verb (``reporting_verbs.txt``) with a content clause
   (``ccomp``, or a parenthetical ``…, he adds``); the speaker is the verb's subject
   (inverted subjects ``says Dr. Lee`` included), inherited through ``conj``/``advcl``;
2. **source phrases** -- ``according to X`` and kin (``reporting_phrases.txt``): the
   content is the rest of the clause;
3. **quotation marks** (:mod:`extract.quote_marks`): a marked stretch inside a cue's
   content makes it ``direct`` (it covers the content) or ``mixed`` (a fragment); other
   marked stretches look for a cue right after (``“…,” she said``, ``— Name``), right
   before (``He said: “…”``) or in the grammar around them;
4. **floating quotes** -- a sentence-like marked stretch with no cue of its own belongs
   to the speaker of the preceding quote (or the person the text names in between);
5. **clean-up** -- interrupted quotes (``“A,” she said, “B.”``) are merged, nested and
   overlapping results de-duplicated, scare quotes and titles dropped.

Speakers are resolved by :mod:`extract.speakers` against the people registry.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .base import RulePipe
from .claims import add_claim, doc_text, reset_doc_caches
from .quote_marks import MarkedQuote, find_quotes
from .speakers import SpeakerResolver, clean_speaker, paragraph_starts

_log = logging.getLogger(__name__)
_SENT_END = {".", "!", "?"}
_DASHES = {"—", "–", "--", "-"}
_QUOTE_CHARS = set("\"“”‘’'`«»„")
_CONTENT_DEPS = ("ccomp",)
_INHERIT_DEPS = ("conj", "advcl", "xcomp", "pcomp")
_SUBJ_DEPS = ("nsubj",)
# clause openers that continue a sentence past a parenthetical cue ("…, X said, when …")
_SUBORDINATORS = ("when", "where", "while", "because", "after", "before", "since", "until", "as", "although")
_THAT = get_string_id("that")
_COLON = get_string_id(":")
_QUOTED_AS = ("quote", "cite", "report")  # passive verbs whose subject is the speaker
_NOT_SOURCE = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


def _pairs(entries) -> dict[str, str]:
    """``word|value`` lines as a lower-case dict."""
    out = {}
    for entry in entries:
        word, _, value = entry.partition("|")
        if word.strip() and value.strip():
            out[word.strip().lower()] = value.strip().lower()
    return out


@Language.factory("claim_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)


# backwards-compatible alias of the factory function
claim_quotes = make_quotes


def _in_complement(t: Token, verb: Token) -> bool:
    """``t`` lies in a complement clause of ``verb`` (``said [it was …]``), not in a clause
    coordinated with it (``said …, but X was furious``)."""
    x = t
    for _ in range(12):
        if x.head.i == verb.i:
            return x.dep_ in ("ccomp", "xcomp", "advcl", "dobj", "prep", "npadvmod", "advmod")
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _is_quote_tok(t: Token) -> bool:
    return bool(t.text) and all(ch in _QUOTE_CHARS for ch in t.text)


class QuotesComponent(RulePipe):
    LEXICONS: dict[str, str] = {
        "verbs": "reporting_verbs.txt",
        "phrases": "reporting_phrases.txt",
        "initial_phrases": "quote_initial_phrases.txt",
        "source_verbs": "quote_source_verbs.txt",
        "belief_verbs": "quote_belief_verbs.txt",
        "vague_subjects": "quote_vague_subjects.txt",
        "pronouns": "quote_pronouns.txt",
        "document_nouns": "quote_document_nouns.txt",
        "title_cues": "quote_title_cues.txt",
        "titles": "quote_titles.txt",
        "org_nouns": "quote_org_nouns.txt",
        "blocking": "quote_blocking_verbs.txt",
        "company_nouns": "quote_company_nouns.txt",
        "direct_verbs": "quote_direct_verbs.txt",
        "appeal_verbs": "quote_appeal_verbs.txt",
        "collective": "quote_collective_subjects.txt",
        "person_roles": "quote_person_roles.txt",
        "anaphoric_nouns": "quote_anaphoric_nouns.txt",
        "expression_verbs": "quote_expression_verbs.txt",
        "generic_person_nouns": "quote_generic_person_nouns.txt",
        "municipal_nouns": "quote_municipal_nouns.txt",
        "connectives": "quote_connectives.txt",
        "epithet_nouns": "quote_epithet_nouns.txt",
        "colon_nouns": "quote_colon_nouns.txt",
        "claim_nouns": "quote_claim_nouns.txt",
        "reason_nouns": "quote_reason_nouns.txt",
        "stance_verbs": "quote_stance_verbs.txt",
        "colon_adjectives": "quote_colon_adjectives.txt",
        "that_verbs": "quote_that_verbs.txt",
        "media_nouns": "quote_media_nouns.txt",
        "media_words": "quote_media_words.txt",
        "indefinite_persons": "quote_indefinite_person_nouns.txt",
        "evidence_verbs": "quote_evidence_verbs.txt",
        "receiving_verbs": "quote_receiving_verbs.txt",
        "media_fallback": "quote_media_fallback_nouns.txt",
        "broadcast_nouns": "quote_broadcast_nouns.txt",
        "generic_subjects": "quote_generic_subjects.txt",
        "causative_verbs": "quote_causative_verbs.txt",
        "naming_verbs": "quote_naming_verbs.txt",
        "as_description_verbs": "quote_as_description_verbs.txt",
        "suspect_nouns": "quote_suspect_nouns.txt",
        "charging_verbs": "quote_charging_verbs.txt",
        "object_clause_verbs": "quote_object_clause_verbs.txt",
        "advance_verbs": "quote_advance_verbs.txt",
        "advance_nouns": "quote_advance_nouns.txt",
        "ruling_actions": "quote_ruling_actions.txt",
        "reaction_nouns": "quote_reaction_nouns.txt",
        "gender_words": "people_gender_words.txt",
        "first_names": "people_first_names.txt",
    }

    # -- compile ------------------------------------------------------------------------
    def _compile(self) -> None:
        lx = self.lexicons
        self.that_verbs = {v.lower() for v in lx["that_verbs"]}
        self.ruling_actions = {v.lower() for v in lx["ruling_actions"]}
        self.reaction_nouns = {v.lower() for v in lx["reaction_nouns"]}
        self.verbs = {v.lower() for v in lx["verbs"] if " " not in v.strip()} | self.that_verbs
        self.particle_verbs: dict[str, set[str]] = {}
        for v in lx["verbs"]:
            words = v.lower().split()
            if len(words) == 2:
                self.particle_verbs.setdefault(words[0], set()).add(words[1])
        self.source_verbs = {v.lower() for v in lx["source_verbs"]}
        self.belief_verbs = {v.lower() for v in lx["belief_verbs"]}
        self.vague = {v.lower() for v in lx["vague_subjects"]}
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for p in lx["phrases"]:
            words = tuple(p.lower().split())
            if words:
                self.phrases.setdefault(words[0], []).append(words)
        self.initial_phrases = {tuple(p.lower().split()) for p in lx["initial_phrases"] if p.split()}
        for words in self.initial_phrases:
            self.phrases.setdefault(words[0], []).append(words)
        for first in self.phrases:
            self.phrases[first].sort(key=len, reverse=True)
        pronouns = {}
        for line in lx["pronouns"]:
            parts = line.split()
            if len(parts) >= 2:
                pronouns[parts[0].lower()] = parts[1].lower()
        self.doc_nouns = {v.lower() for v in lx["document_nouns"]}
        lemmas = self.verbs | set(self.particle_verbs)
        self.verb_hashes = {get_string_id(v) for w in lemmas for v in (w, w.capitalize())}
        self.phrase_ids = {w: tuple(get_string_id(x) for x in w) for ws in self.phrases.values() for w in ws}
        self.phrase_hashes = {get_string_id(w) for w in self.phrases}
        self.title_cues = sorted({tuple(v.lower().split()) for v in lx["title_cues"]}, key=len, reverse=True)
        titles = {v.lower().rstrip(".") for v in lx["titles"]}
        try:  # the people registry's title list, when present, adds to ours
            from .people import title_table

            for key in title_table().forms:
                if len(key) == 1:
                    titles.add(key[0])
        except Exception:  # noqa: BLE001 - the registry is optional
            pass
        org_nouns = {v.lower() for v in lx["org_nouns"]}
        self.blocking = {v.lower() for v in lx["blocking"]}
        self.direct_verbs = {v.lower() for v in lx["direct_verbs"]}
        self.appeal_verbs: dict[str, set[str]] = {}
        for v in lx["appeal_verbs"]:
            verb, _, prep = v.lower().partition(" ")
            self.appeal_verbs.setdefault(verb, set()).add(prep)
        self.collective = {v.lower() for v in lx["collective"]}
        self.anaphoric_nouns = {v.lower() for v in lx["anaphoric_nouns"]}
        self.connectives = {v.lower() for v in lx["connectives"]}
        self.colon_nouns = {v.lower() for v in lx["colon_nouns"]}
        self.claim_nouns = {v.lower() for v in lx["claim_nouns"]}
        self.reason_nouns = {v.lower() for v in lx["reason_nouns"]}
        self.stance_verbs = {v.lower() for v in lx["stance_verbs"]}
        self.colon_adjectives = {v.lower() for v in lx["colon_adjectives"]}
        self.advance_verbs: dict[str, set[str]] = {}  # verb -> particles it needs ("" none)
        for v in lx["advance_verbs"]:
            words = v.lower().split()
            if words:
                self.advance_verbs.setdefault(words[0], set()).add(words[1] if len(words) > 1 else "")
        self.advance_nouns = {v.lower() for v in lx["advance_nouns"]} | self.claim_nouns
        self.evidence_verbs = {v.lower() for v in lx["evidence_verbs"]}
        self.receiving_verbs = {v.lower() for v in lx["receiving_verbs"]}
        self.generic_subjects = {v.lower() for v in lx["generic_subjects"]}
        self.causative_verbs = {v.lower() for v in lx["causative_verbs"]}
        self.naming_verbs = {v.lower() for v in lx["naming_verbs"]}
        self.as_description_verbs = {v.lower() for v in lx["as_description_verbs"]}
        self.object_clause_verbs = {v.lower() for v in lx["object_clause_verbs"]}
        company_nouns = {v.lower() for v in lx["company_nouns"]}
        self.resolver = SpeakerResolver(titles, pronouns, self.doc_nouns, self.vague, org_nouns, company_nouns,
                                        {v.lower() for v in lx["person_roles"]},
                                        {v.lower() for v in lx["expression_verbs"]} | self.verbs,
                                        {v.lower() for v in lx["generic_person_nouns"]},
                                        {v.lower() for v in lx["municipal_nouns"]},
                                        {v.lower() for v in lx["epithet_nouns"]},
                                        {v.lower() for v in lx["media_nouns"]},
                                        {v.lower() for v in lx["media_words"]},
                                        {v.lower() for v in lx["indefinite_persons"]},
                                        {v.lower() for v in lx["media_fallback"]})
        self.resolver.receiving_verbs = self.receiving_verbs  # ("obtained a document": not its issuer)
        self.resolver.suspect_nouns = {v.lower() for v in lx["suspect_nouns"]}  # ("the suspect said")
        self.resolver.charging_verbs = {v.lower() for v in lx["charging_verbs"]}
        self.resolver.broadcast_nouns = {v.lower() for v in lx["broadcast_nouns"]}  # ("State television … it read")
        self.resolver.gender_words = _pairs(lx["gender_words"])
        self.resolver.first_names = _pairs(lx["first_names"])  # weak evidence only

    # -- main -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        reset_doc_caches()
        if not len(doc):
            return doc
        try:
            ctx = _DocContext(self, doc)
            for claim in ctx.run():
                add_claim(doc, claim)
        except Exception:  # noqa: BLE001 - a bad document never stops the pipeline
            if getattr(self, "strict", False):
                raise
            _log.exception("claim_quotes failed on a document; no quotes for it")
        return doc

    # -- lexicon predicates ---------------------------------------------------------------
    def is_mark_cue_verb(self, t: Token) -> bool:
        """A cue next to quotation marks: a reporting verb, or a verb that only introduces
        quoted words (``“Why?” she asked``, ``he went on``)."""
        if self.is_cue_verb(t):
            return True
        return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.direct_verbs

    def is_cue_verb(self, t: Token) -> bool:
        lemma = t.lemma_.lower()
        noun_verb = t.pos_ in ("NOUN", "PROPN") and (t.tag_.startswith("VB") or (
            t.dep_ == "ROOT" and t.lower_.endswith("s") and any(c.dep_ in ("nsubj", "ccomp") for c in t.children)))
        if t.pos_ in ("ADJ", "NOUN") and t.lower_.endswith("ing") and t.dep_ in ("conj", "advcl", "xcomp") \
                and t.head.pos_ == "VERB":
            # "turning to X and stating:" with the participle tagged an adjective or noun
            stem = t.lower_[:-3]
            return stem in self.verbs or stem + "e" in self.verbs
        if not (t.pos_ in ("VERB", "AUX") or noun_verb):  # "The Agency notes, …" tagged a noun
            return False
        if lemma in self.that_verbs:  # "held that …" only (also "held last year that …")
            return any(c.dep_ == "ccomp" and c.i > t.i and any(g.lower_ == "that" and g.tag_ == "IN" and g.i < c.i
                                                                for g in c.children) for c in t.children)
        if lemma in self.verbs:
            return True
        parts = self.particle_verbs.get(lemma)  # "point out": the verb needs its particle
        return bool(parts) and any((c.dep_ == "prt" or self.adj_particle(t, c)) and c.lower_ in parts
                                   for c in t.children)

    def adj_particle(self, t: Token, c: Token) -> bool:
        """``clear`` in "made (it) clear that …": an adjective standing as the particle of a
        two-word reporting verb (reporting_verbs.txt)."""
        return c.pos_ == "ADJ" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.i > t.i \
            and c.lower_ in self.particle_verbs.get(t.lemma_.lower(), ())


class _Cand:
    """One quote candidate before speaker resolution."""

    __slots__ = ("start", "end", "kind", "cue", "cue_tok", "subj", "rule", "speaker", "marks", "float_")

    def __init__(self, start: int, end: int, kind: str, cue: str | None, cue_tok: Token | None,
                 subj: Token | None, rule: str, marks: list[MarkedQuote] | None = None) -> None:
        self.start, self.end, self.kind = start, end, kind
        self.cue, self.cue_tok, self.subj, self.rule = cue, cue_tok, subj, rule
        self.speaker: dict[str, Any] | None = None
        self.marks = marks or []
        self.float_ = False

    def __len__(self) -> int:
        return self.end - self.start


class _DocContext:
    def __init__(self, comp: QuotesComponent, doc: Doc) -> None:
        self.c = comp
        self.doc = doc
        self.text = doc_text(doc)
        self.marks = find_quotes(self.text)
        self.mark_spans = [(q.open, q.close) for q in self.marks]
        self.mark_opens = [q.open for q in self.marks]
        arr = doc.to_array([IDX, LEMMA, LOWER])
        self.tok_starts = arr[:, 0].tolist()
        # token indexes worth a look, found without creating a Token per word
        lemmas, self.lowers = arr[:, 1].tolist(), arr[:, 2].tolist()
        vh, ph = comp.verb_hashes, comp.phrase_hashes
        self.verb_idx = [i for i, h in enumerate(lemmas) if h in vh]
        self.phrase_idx = [i for i, h in enumerate(self.lowers) if h in ph]
        self.that_idx = [i for i, h in enumerate(self.lowers) if h == _THAT]
        self.noun_idx = [i for i, p in enumerate(doc.to_array(POS).tolist()) if p == NOUN]
        self.colon_idx = [i for i, h in enumerate(self.lowers) if h == _COLON]
        self.par_starts = paragraph_starts(self.text)
        self.speakers = comp.resolver.for_doc(doc, self.mark_spans, self.text)
        self.sent_starts = self.speakers.sent_starts
        self.headlines = self._headlines()

    def _headlines(self) -> list[tuple[int, int]]:
        """Headline-like paragraphs: short, with no sentence-final punctuation."""
        out = []
        if len(self.par_starts) < 2:
            return out  # a one-paragraph text has no headline
        for s in self.par_starts:
            e = self.text.find("\n", s)
            e = len(self.text) if e < 0 else e
            line = self.text[s:e].rstrip()
            if line[-1:] in ("\"", "”", "’", "'") and line[0] not in "\"“‘'«„" and len(line) > 2 \
                    and line[-2] not in ".!?,;:" and len(line.split()) <= 20 and s == self.par_starts[0]:
                # a title ending on a quoted phrase ("Mayor to voters: 'We hear you'")
                out.append((s, e))
                continue
            if line and line[-1] not in ".!?:;\"”’'»)]" and len(line.split()) <= 20 \
                    and not re.search(r"(^|\s)[—–]", line):  # "“…” — Name" is an attribution line
                out.append((s, e))
        return out

    def sent_of(self, t: Token):
        """The sentence of ``t`` (``Token.sent`` rescans the document on every call)."""
        return self.speakers.sent_of(t)

    def in_headline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.headlines)

    # -- positions ------------------------------------------------------------------------
    def par_of(self, pos: int) -> int:
        return max(bisect_right(self.par_starts, pos) - 1, 0)

    def tok_at(self, pos: int) -> int:
        return max(bisect_right(self.tok_starts, pos) - 1, 0)

    def mark_at(self, pos: int) -> MarkedQuote | None:
        i = bisect_right(self.mark_opens, pos) - 1
        if i >= 0 and self.marks[i].open <= pos < self.marks[i].close:
            return self.marks[i]
        return None

    def in_marks(self, pos: int) -> bool:
        q = self.mark_at(pos)
        return q is not None and q.start <= pos < q.end

    # -- run ------------------------------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        cands: list[_Cand] = []
        cands += self.verb_cands()
        cands += self.phrase_cands()
        cands += self.misparsed_cands()
        cands += self.noun_cands()
        cands += self.naming_cands()
        cands += self.cleft_cands()
        cands += self.colon_cands()
        cands = [c for c in cands if c.cue_tok is None or not self.in_headline(c.cue_tok.idx)]
        self.split_coordinated(cands)
        self.split_actions(cands)
        self.split_according(cands)
        cands = self.drop_relayed(cands)
        cands = self.dedupe(cands)
        used = self.attach_marks(cands)
        cands += [c for c in self.mark_cands(used) if not self.in_headline(c.start)]
        cands += self.block_cands(cands)
        cands += self.coordinated_marks(cands)
        cands.sort(key=lambda c: c.start)
        cands = self.dedupe(cands)
        cands.sort(key=lambda c: c.start)
        cands = self.merge_interrupted(cands)
        cands = self.merge_continued(cands)
        return self.resolve(cands)

    # -- family 1: cue verbs ------------------------------------------------------------------
    def verb_cands(self) -> list[_Cand]:
        out = []
        doc = self.doc
        for i in self.verb_idx:
            t = doc[i]
            if not self.c.is_cue_verb(t) or self.in_marks(t.idx):
                continue
            if any(c.dep_ == "neg" for c in t.children):  # "have not said why"
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in t.children):
                continue  # "Items added into the bill included …": putting, not saying
            if t.dep_ == "acl" and t.tag_ == "VBN":  # "the taxes requested in arrears"
                continue
            if t.tag_ == "VBN" and t.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in t.children) \
                    and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.i == t.i - 1 for c in t.children):
                continue  # "…, so the fees requested in 2010 are …": a reduced relative the parser made the root
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in self.c.blocking:  # "declined to say"
                continue
            if t.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and any(
                    c.dep_ == "xcomp" and c.lemma_ == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in t.children) and any(
                    c.dep_ == "ccomp" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                    for c in t.children):
                continue  # "The storm, initially thought to be X was …": a reduced passive, no source
            caused = self.caused_speaker(t)
            if caused is None and t.dep_ == "xcomp" and not self.c.is_cue_verb(t.head) and any(
                    c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to" and c.i < t.i)
                    for c in t.head.children):
                continue  # "asks the council to assure …": someone else is to speak
            lemma = t.lemma_.lower()
            content = self.content_of(t)
            if content is None:
                continue
            s, e = content
            p_lo = self.par_starts[self.par_of(t.idx)]
            p_hi = self.text.find("\n", t.idx)
            p_hi = len(self.text) if p_hi < 0 else p_hi
            s, e = max(s, p_lo), min(e, p_hi)
            s = self.skip_cue_time(t, s, e)
            if e - s < 8 and not self._elliptic_answer(s, e):
                continue
            k0 = self.tok_at(s)
            if k0 < len(doc) and doc[k0].tag_ in ("WP", "WP$") and doc[k0].lower_ in ("who", "whose", "whom") \
                    and k0 > 0 and doc[k0 - 1].text == ",":
                continue  # '…," said X, who has lived here …': a relative clause about the speaker
            subj = self.subject_of(t) if caused is None else caused
            quoted = self.quoted_object(t)
            if quoted is not None and content[0] > quoted.idx:
                subj = quoted  # "…, quoting President X, “…”" parsed as the participle's clause
            outer = self._reattached_cue(t)
            if outer is not None:
                subj = self.subject_of(outer)
            elif subj is not None and t.dep_ == "ccomp" and t.head.i < t.i and self.c.is_cue_verb(t.head) \
                    and subj.pos_ == "NOUN" and (self._mute(subj) or subj.lower_ in self.c.doc_nouns
                                                 or subj.lemma_.lower() in self.c.doc_nouns) \
                    and self.text[:s].rstrip(" \"“‘'").endswith(":"):
                # 'X said Y's remarks hinted at panic: “…”' with the quote parsed as the
                # inner cue's clause: the words after the colon are X's
                subj = self.subject_of(t.head) or subj
            if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and self.in_marks(t.head.idx) \
                    and (subj is None or self.in_marks(subj.idx)):
                # '"…," later adding that "…"': a participle hung on the quoted words goes
                # on with the previous quote's speaker
                c = _Cand(s, e, "indirect", self.cue_text(t), t, None, f"cue-verb:{lemma}")
                c.float_ = True
                out.append(c)
                continue
            if subj is not None and not self.subject_ok(t, subj, lemma) and lemma in self.c.source_verbs:
                subj = self.source_in_subjects(t) or subj
            if subj is None or not self.subject_ok(t, subj, lemma):
                continue
            if s <= subj.idx < e and not s <= t.idx < e and not self.in_marks(subj.idx):
                continue  # the speaker inside its own content: a misparse ("…," Holocaust survivor X said)
            out.append(_Cand(s, e, "indirect", self.cue_text(t), t, subj, f"cue-verb:{lemma}"))
        return out

    def _elliptic_answer(self, s: int, e: int) -> bool:
        """``asked if he understood, he answered that he did``: a short content that is a
        subject pronoun and a finite verb or auxiliary (the rest understood) is a clause."""
        toks = [x for x in self.doc[self.tok_at(s) :] if x.idx < e and not x.is_punct]
        return len(toks) == 2 and toks[0].tag_ == "PRP" and toks[0].dep_ == "nsubj" \
            and toks[1].tag_ in ("VBD", "VBZ", "VBP", "MD") and toks[0].head.i == toks[1].i

    def quoted_object(self, t: Token) -> Token | None:
        """``…, quoting President X, “…”`` / ``citing her deputy, Y, …``: the person a
        quoting/citing participle ``t`` names as its object (the source of what follows)."""
        if t.tag_ != "VBG" or t.lemma_.lower() not in ("quote", "cite"):
            return None
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if obj is None or self.in_marks(obj.idx):
            return None
        r = self.c.resolver
        if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" or any(
                a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in obj.children) \
                or obj.lemma_.lower() in r.person_roles or obj.lemma_.lower() in r.titles:
            return obj
        return None

    def caused_speaker(self, t: Token) -> Token | None:
        """``The results have led the researchers to conclude that …``: the object of a
        causative verb (quote_causative_verbs.txt) that controls the infinitive cue ``t``
        is its speaker (not when only a possibility: "could lead them to conclude")."""
        head = t.head
        if t.dep_ != "xcomp" or t.tag_ != "VB" or head.lemma_.lower() not in self.c.causative_verbs \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children):
            return None
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < t.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                     and not self.in_marks(c.idx)), None)

    def skip_cue_time(self, t: Token, s: int, e: int) -> int:
        """``said on Tuesday it would …``: a time phrase right after the cue, before the
        reported clause's subject, says when it was said, not what."""
        k = self.tok_at(s)
        doc = self.doc
        if k >= len(doc) or doc[k].idx != s or doc[k].pos_ != "ADP" or doc[k].i <= t.i \
                or doc[k].i != t.i + 1:
            return s
        pobj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ not in ("DATE", "TIME"):
            return s
        nxt = doc[k].right_edge.i + 1
        if nxt < len(doc) and doc[nxt].idx < e and doc[nxt].dep_ in ("nsubj", "nsubjpass") and doc[nxt].head.i != t.i:
            return doc[nxt].idx
        return s

    def cleft_cands(self) -> list[_Cand]:
        """``The one allegation that X acknowledged was that …`` / ``The point she made was
        that …``: a noun whose relative clause has a reporting verb (or puts forward a claim
        noun) with its own subject, equated by "be" with a "that" clause: that clause is the
        relative clause's subject's words."""
        out = []
        doc = self.doc
        for t in doc:
            if t.lemma_ != "be" or t.pos_ not in ("AUX", "VERB") or self.in_marks(t.idx):
                continue
            noun = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < t.i), None)
            clause = next((c for c in t.children if c.dep_ in ("ccomp", "acomp") and c.i > t.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if noun is None or clause is None:
                continue
            rel = next((c for c in noun.children if c.dep_ == "relcl" and c.i < t.i), None)
            if rel is None and noun.lemma_.lower() in self.c.doc_nouns and any(
                    g.dep_ == "agent" for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for g in c.children):
                # "Figures provided by the police were that 150 attended": a document with
                # its source, equated with a "that" clause, states that clause
                toks = [x for x in clause.subtree
                        if not (x.dep_ == "mark" and x.head.i == clause.i and x.lower_ == "that")]
                span = self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
                if span is not None and span[1] - span[0] >= 8:
                    out.append(_Cand(span[0], span[1], "indirect", t.text, t, noun, "cue-cleft:document"))
                continue
            if rel is None or any(c.dep_ == "neg" for c in rel.children):
                continue
            said = self.c.is_cue_verb(rel) or (
                rel.lemma_.lower() in self.c.advance_verbs and noun.lemma_.lower() in self.c.advance_nouns)
            who = next((c for c in rel.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
            if not said or who is None or self.in_marks(who.idx) or who.lower_ in ("i", "we", "you"):
                continue
            toks = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i and x.lower_ == "that")]
            span = self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
            if span is None or span[1] - span[0] < 8:
                continue
            out.append(_Cand(span[0], span[1], "indirect", rel.text, rel, who, f"cue-cleft:{rel.lemma_.lower()}"))
        return out

    def naming_cands(self) -> list[_Cand]:
        """``A 2006 report called the militia a “most dangerous threat …”`` / ``described
        gambling as a “grave sin”``: a naming verb (quote_naming_verbs.txt) with its own
        subject gives its object a description partly in quotation marks: the object and
        the description are the subject's words (made mixed by the marks)."""
        out = []
        doc = self.doc
        for t in doc:
            if t.pos_ != "VERB" or t.lemma_.lower() not in self.c.naming_verbs or self.in_marks(t.idx):
                continue
            if t.dep_ == "xcomp" or any(c.dep_ in ("nsubjpass", "auxpass", "neg") or (c.dep_ == "aux" and c.lower_ == "to")
                                        for c in t.children):  # (not "caused the media to label it …")
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.i == t.i - 1 \
                    and t.head.pos_ in ("NOUN", "PROPN") and t.i >= 2 and any(
                        x.text == "," for x in doc[t.head.left_edge.i - 1 : t.head.left_edge.i]):
                subj = t.head  # "…, the Greens describing the failure as staggering": absolute clause
            obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
            oprds = [c for c in t.children if c.dep_ == "oprd" and c.i > t.i]
            if obj is None and len(oprds) == 2:
                obj = oprds[0]  # "called X's army a “…”" parsed with two predicates
            if subj is None or obj is None or self.in_marks(obj.idx) or self.in_marks(subj.idx):
                continue
            comp = next((c for c in t.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > obj.i), None) \
                or next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None) \
                or next((c for x in (t, obj) for c in x.children
                         if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
            if comp is None or any(x.text in (",", ";", ":") for x in doc[obj.left_edge.i : comp.left_edge.i]):
                continue  # (a long aside in the object: "labelled the rebels, who …, as")
            lo, hi = obj.left_edge.i, comp.right_edge.i
            s, e = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
            qs = [q for q in self.marks if obj.idx + len(obj.text) <= q.open <= e]
            # the quoted words open the description or one of its conjuncts ('a “grave sin”
            # and a “crime”'), not a phrase inside it ('puppets of the “old guard”')
            head = next((g for g in comp.children if g.dep_ == "pobj"), comp) if comp.dep_ == "prep" else comp
            starts = set()
            for x in [head] + list(head.conjuncts):
                k = x.left_edge.i
                starts.add(k)
                while k < x.i and (doc[k].dep_ in ("det", "cc") or doc[k].is_punct):
                    k += 1
                    starts.add(k)
            qs = [q for q in qs if self.tok_at(q.start) in starts]
            words = [re.findall(r"[^\W\d_][\w'’-]*", self.text[q.start : q.end]) for q in qs]
            if not qs and comp.dep_ == "prep" and comp.lower_ == "as" \
                    and t.lemma_.lower() in self.c.as_description_verbs and not any(
                        self.in_marks(x.idx) for x in doc[lo : hi + 1]) and any(
                        x.pos_ in ("ADJ", "NOUN") for x in comp.subtree if x.i > comp.i):
                # "described the failure as staggering": the assessment with no quoted words
                who = subj if subj.dep_ != "nsubj" else self.subject_of(t)
                if who is not None and self.subject_ok(t, who, t.lemma_.lower()) \
                        and who.lower_ not in ("i", "we", "you"):
                    out.append(_Cand(s, e, "indirect", t.text, t, who, f"cue-naming:{t.lemma_.lower()}"))
                continue
            if not qs or any(all(w[:1].isupper() for w in ws) or (ws[0].lower() == "the" and len(ws) <= 3)
                             for ws in words if ws):
                continue  # no quoted words, or a name ("dubbed the plan “Operation Dawn”", "“the old lady”")
            if any(x.dep_ in ("nsubj", "nsubjpass") for q in qs for x in self.content_toks(q)):
                continue  # quoted clauses: a direct quote of their own ('described it as “a war that X waged …”')
            who = self.subject_of(t)
            if who is None or not self.subject_ok(t, who, t.lemma_.lower()) or who.lower_ in ("i", "we", "you"):
                continue
            out.append(_Cand(s, e, "indirect", t.text, t, who, f"cue-naming:{t.lemma_.lower()}"))
        return out

    def noun_cands(self) -> list[_Cand]:
        """``the ministry's statement that …`` / ``his claim that …``: a statement noun
        with its content as a "that" clause and its owner as a possessive is the owner's
        reported speech (no owner: no source, nothing attributed)."""
        out = []
        doc = self.doc
        for i in self.noun_idx:  # (the tokens whose pos_ is NOUN, without a Token per word)
            t = doc[i]
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.c.advance_nouns or self.in_marks(t.idx):
                continue
            if t.lemma_.lower() not in self.c.claim_nouns and self._advanced_by(t) is None:
                continue
            if t.dep_ == "ROOT":
                continue  # a sentence with no verb of its own: the clause swallowed it (a misparse)
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            advanced = self._advanced_by(t) if owner is None else None
            if advanced is not None:
                owner = advanced
            elif owner is None and t.lemma_.lower() in self.c.claim_nouns and any(
                    p.dep_ == "prep" and p.lower_ == "from" for p in self._from_preps(t)):
                # "received assurances from the ministry that …": the one it came from
                owner = next((g for p in self._from_preps(t)
                              for g in p.children if g.dep_ == "pobj" and not self.in_marks(g.idx)), None)
                if owner is None:
                    continue
            elif owner is None or not (owner.ent_type_ in ("PERSON", "ORG", "NORP") or owner.pos_ == "PROPN"
                                     or owner.lower_ in ("his", "her", "their")
                                     or (owner.pos_ == "NOUN" and not self._mute(owner))):
                continue
            clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp") and c.i > t.i and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
            if clause is None and advanced is not None and t.dep_ == "dobj":
                # "put forth the notion during the case that …": the parser hung the "that"
                # clause on the phrase between as a relative clause (with "that" as its mark,
                # not its subject)
                clause = next((r for p in t.head.children if p.dep_ == "prep" and p.i == t.right_edge.i + 1
                               for o in p.children if o.dep_ == "pobj" for r in o.children
                               if r.dep_ in ("relcl", "acl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in r.children)
                               and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in r.children)),
                              None)
            if clause is None and advanced is not None:
                # "raised concerns over whether the real reason was …": the clause after
                # "whether" is the concern voiced
                clause = next((g for p in t.children if p.dep_ == "prep" and p.i == t.i + 1
                               and p.lower_ in ("over", "about", "on", "as")
                               for g in p.children if g.dep_ == "pcomp" and any(
                                   m.dep_ == "mark" and m.lower_ == "whether" and m.i == p.i + 1 for m in g.children)
                               and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in g.children)), None)
            if clause is None:
                continue
            toks = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i
                                                      and x.lower_ in ("that", "whether"))]
            span = self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
            if span is None or span[1] - span[0] < 8:
                continue
            subj = owner
            if subj.dep_ == "poss" and subj.pos_ in ("PROPN", "NOUN"):
                while subj.head.i != subj.i and subj.head.dep_ == "compound":
                    subj = subj.head
            out.append(_Cand(span[0], span[1], "indirect", t.text, t, subj, f"cue-noun:{t.lemma_.lower()}"))
        return out

    def _from_preps(self, noun: Token) -> list[Token]:
        """The "from" phrases of a claim noun, also one the parser hung on the receiving
        verb right after the noun (``received confirmation from X that …``)."""
        out = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.c.receiving_verbs:
            out += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "from"
                    and p.i == noun.i + 1]
        return out

    def _advanced_by(self, noun: Token) -> Token | None:
        """``The government put forth the notion that …`` / ``advanced the argument that``:
        the subject of a verb that puts the claim noun forward as its object (no owner)."""
        if noun.dep_ != "dobj" or any(c.dep_ == "poss" for c in noun.children):
            return None
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
            return None
        verb = noun.head
        parts = self.c.advance_verbs.get(verb.lemma_.lower())
        if not parts or any(c.dep_ == "neg" for c in verb.children):
            return None
        if "" not in parts and not any(c.dep_ in ("prt", "advmod") and c.lower_ in parts and c.i == verb.i + 1
                                       for c in verb.children):
            return None  # ("put forward" with the particle parsed as an adverb)
        subj = self._subject_of(verb)
        if subj is None or not self.subject_ok(verb, subj, verb.lemma_.lower()) or self._mute(subj) \
                or subj.lower_ in ("it", "which", "who"):
            return None
        return subj

    @staticmethod
    def _nonfinite_head(h: Token) -> bool:
        """``would build`` / ``is building`` / ``had been closed``: a verb after an auxiliary
        that a past or present finite verb cannot be coordinated with."""
        auxes = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
        return (h.tag_ in ("VB", "VBG") and any(c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in auxes)) or (
            h.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in auxes))

    def _reattached_cue(self, t: Token) -> Token | None:
        """``X said that he had seen progress but warned that …``: a cue with no subject
        coordinated with the reported verb of an earlier cue, whose subject is a pronoun,
        is that earlier cue's coordinate (the parser hung it inside the content)."""
        h = t.head
        if t.dep_ != "conj" or h.dep_ != "ccomp" or h.i >= t.i or not self.c.is_cue_verb(h.head) \
                or h.head.i > h.i or t.tag_ != h.head.tag_:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        if not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children) and not any(
                c.dep_ == "dobj" and c.i > t.i and c.lemma_.lower() in self.c.advance_nouns
                for c in t.children):  # ("… and expressed concerns the tax would …")
            return None
        hs = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if hs is None:
            return None
        comma_and = t.i >= 2 and t.doc[t.i - 1].dep_ == "cc" and t.doc[t.i - 2].text == ","
        if hs.lower_ not in ("he", "she", "they", "it") and not (
                t.tag_ in ("VBD", "VBZ") and self._nonfinite_head(h)) and not (
                self._tense_clash(h, t)) and not (
                comma_and and t.tag_ == "VBD" and h.tag_ == "VBN") and not (
                self._mute(hs) and hs.lemma_.lower() not in self.c.doc_nouns):
            # ("said its dam had passed every test and warned that …": a thing cannot warn)
            # ("said that only a third had stopped work, and warned that …": a past form after
            # ", and" is the saying subject's second act, not a participle under "had")
            # ("said the city would build homes and promised that …": a finite cue cannot be
            # coordinated with a verb after "would"; it goes with the finite cue)
            return None
        return h.head

    @staticmethod
    def _tense_clash(h: Token, t: Token) -> bool:
        """``said X "doesn't understand Y" and expressed …``: a past cue cannot be coordinated
        with a present-tense reported verb (nor a present cue with a past one)."""
        fin = h.tag_ if h.tag_ in ("VBD", "VBZ", "VBP") else next(
            (a.tag_ for a in h.children if a.dep_ in ("aux", "auxpass") and a.i < h.i
             and a.tag_ in ("VBD", "VBZ", "VBP")), None)
        if fin is None or t.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        return (fin == "VBD") != (t.tag_ == "VBD")

    def misparsed_cands(self) -> list[_Cand]:
        """A reporting verb form the tagger took for a noun (``… claims that …``): the
        clause after ``that`` is the content, the noun phrase before it the source."""
        out = []
        doc = self.doc
        for k in self.that_idx:
            if k == 0:
                continue
            t = doc[k - 1]
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            # "Police allege that …" / "police state that …": a plural speaker noun and the
            # verb's base form read as a compound noun
            plural = prev is not None and t.lower_ in self.c.verbs and t.tag_ == "NN" and prev.dep_ == "compound" \
                and prev.head.i == t.i and prev.pos_ == "NOUN" and not prev.ent_type_ and (
                    prev.tag_ == "NNS" or prev.lemma_.lower() in self.c.resolver.org_nouns) \
                and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in list(t.children) + list(prev.children)) \
                and k + 1 < len(doc) and doc[k].head.i > k and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.i > k for g in doc[k].head.children)
            # (not "the police report that was leaked": a determiner, a relative clause)
            if not plural and (not t.lower_.endswith("s") or t.lower_[:-1] not in self.c.verbs):
                continue
            if self.in_marks(t.idx):
                continue
            if t.ent_type_ or (t.text[:1].isupper() and t.i > self.sent_of(t).start):
                continue  # "the United States that …": part of a name, not a verb
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and (prev.pos_ in ("DET", "ADP", "NUM", "PRON") or (
                    prev.pos_ == "ADJ" and self.sent_of(t).root.pos_ in ("VERB", "AUX"))):
                continue  # "the claims that", "false claims that": a noun
            that = doc[t.i + 1]
            clause = that.head if that.head.i > that.i else None
            if clause is None:
                continue
            sent = self.sent_of(t)
            subj = None
            for x in doc[sent.start : t.i]:
                if x.pos_ in ("NOUN", "PROPN") and not (sent.start <= x.head.i < t.i and x.head.i != x.i):
                    subj = x
                    break
            if subj is None:
                continue
            span = self.span_of_tokens([x for x in clause.subtree if x.i > t.i + 1])
            if span is None:
                continue
            out.append(_Cand(span[0], span[1], "indirect", t.text, t, subj, "cue-misparsed"))
        return out

    def cue_text(self, t: Token) -> str:
        parts = [t]
        for c in t.children:
            if (c.dep_ == "prt" and c.i == t.i + 1) or self.c.adj_particle(t, c):
                parts.append(c)
        return " ".join(p.text for p in parts)

    def _count_subject(self, t: Token, c: Token) -> bool:
        """``estimated upwards of 300 attended``: the words between the cue ``t`` and the
        subjectless verb ``c`` after it are a count phrase (a number with its modifiers)
        the parser did not make the verb's subject."""
        gap = self.doc[t.i + 1 : c.i]
        return bool(gap) and c.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for g in c.children) \
            and any(x.tag_ == "CD" for x in gap) and all(
                x.dep_ in ("advmod", "prep", "pobj", "quantmod", "nummod", "amod") and not x.is_punct
                and x.pos_ in ("ADV", "ADP", "NUM", "ADJ") for x in gap)

    def content_of(self, t: Token) -> tuple[int, int] | None:
        comps = [c for c in t.children if c.dep_ in _CONTENT_DEPS and not self.c.adj_particle(t, c)]
        if not comps:
            comps = [c for c in t.children if c.dep_ == "advcl" and c.i > t.i and self._count_subject(t, c)]
        adj = next((c for c in t.children if self.c.adj_particle(t, c)), None)
        if adj is not None and not comps:
            # "made it clear that she intends …": the clause hangs on the adjective
            comps = [g for g in adj.children if g.i > adj.i and g.pos_ in ("VERB", "AUX") and (
                g.dep_ == "ccomp" or (g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                for m in g.children)))]
            if not comps:
                return None  # "made clear her opposition": no reported clause
        if comps:
            after = [x for x in comps if x.i > t.i]  # the clause after the cue, if any
            c = after[0] if after else comps[0]
            if t.dep_ == "parataxis" and t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i < c.i \
                    and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == "," \
                    and c.left_edge.lower_ in _SUBORDINATORS and any(
                        g.dep_ == "nsubj" and g.i < t.i for g in t.children):
                # "The attack took place at dawn, the statement said, when a patrol …": the
                # parser hung the rest of the reported sentence on the parenthetical cue
                own = {x.i for x in t.subtree} - {x.i for x in c.subtree}
                sent = self.sent_of(t)
                toks = [x for x in t.head.subtree if x.i not in own and sent.start <= x.i < sent.end]
                if toks:
                    return self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
            if c.tag_ == "VB" and not any(g.dep_ in ("aux", "mark") for g in c.children) and any(
                    g.dep_ == "nsubj" and g.lower_ in ("them", "him", "her", "me", "us") for g in c.children):
                return None  # "found them work", "saw him leave": a small clause, nothing reported
            toks = self.cut_after_quote(list(c.subtree))
            if t.i < c.i and self._count_subject(t, c):
                toks = list(self.doc[t.i + 1 : c.i]) + toks  # the count phrase is the subject
            if any(x.tag_ in ("WP", "WDT") and x.dep_ in ("nsubj", "nsubjpass") and x.head.i == c.i and x.i < t.i
                   for x in toks):
                # "men, whom residents said were from outside": the relative pronoun (the
                # reported clause's subject) stands before the cue; the content is what follows
                toks = [x for x in toks if x.i > t.i]
            if t.i < c.i and self._nonfinite_head(c):
                for x in c.children:
                    if x.dep_ == "conj" and x.i > c.i and x.tag_ in ("VBD", "VBZ") and not any(
                            g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in x.children) and any(
                            g.dep_ == "cc" and c.i < g.i < x.i for g in c.children):
                        # "said the police would investigate and arrested two men": the finite
                        # verb goes with the cue's subject, not with the reported clause
                        cc = min(g.i for g in c.children if g.dep_ == "cc" and c.i < g.i < x.i)
                        toks = [y for y in toks if y.i < cc or y.i > x.right_edge.i]
            for x in list(toks):
                if x.tag_ == "VBG" and x.lemma_.lower() in self.c.evidence_verbs and x.i > c.i and x.i > 0 \
                        and x.doc[x.i - 1].text == "," and x.head.i == c.i and not self.in_marks(x.idx) \
                        and not any(g.dep_ in ("nsubj", "ccomp") for g in x.children):
                    # "…, citing figures obtained under FOI laws": the evidence, not the content
                    cut = {y.i for y in x.subtree}
                    toks = [y for y in toks if y.i not in cut]
                    continue
                deep = self._deep_participle_cue(x)
                if self._participle_cue(x, c) or (deep is not None and deep.i == t.i):
                    # "claims that supplies are short, stating, “…”": the participle opens
                    # a second quote of the same speaker, not part of this content
                    cut = {y.i for y in x.subtree}
                    toks = [y for y in toks if y.i not in cut and not (y.i == x.i - 1 and y.text == ",")]
            for x in list(toks):
                if x.dep_ == "advcl" and x.i > t.i and (self.c.is_cue_verb(x) or x.lemma_.lower() in self.c.stance_verbs) and any(
                        m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in x.children) and any(
                        g.dep_ == "nsubj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "PERSON", "NORP"))
                        for g in x.children):
                    # "X said …, while Y called for …": Y's words, not X's
                    cut = {y.i for y in x.subtree}
                    toks = [y for y in toks if y.i not in cut]
            that = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if that is not None and toks and toks[0].i < that.i and t.i < toks[0].i:
                # "reported, citing two officials, that …": the aside before "that" is not content
                toks = [x for x in toks if x.i > that.i]
            obj = next((d for d in t.children if d.dep_ == "dobj" and t.i < d.i < c.i), None)
            if obj is not None and not any(d.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for d in c.children):
                # "show dicot species, such as …, lose more yield": the object is the
                # subject of the reported clause
                toks = list(obj.subtree) + toks
            # "urged that the talks resume" with the clause's verb tagged a noun: a head with
            # its own subject is still a clause
            clause = any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and any(
                d.dep_ == "mark" for d in c.children)
            return self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True, need_verb=not clause)
        # "found reduction of yields exceeded …" / "denied the missile belonged to …":
        # the clause's subject parsed as the cue's object, its verb as a conjunct
        obj = next((d for d in t.children if d.dep_ == "dobj" and d.i > t.i), None)
        if obj is not None:
            conj = next((d for d in t.children if d.dep_ == "conj" and d.i > obj.i and d.tag_ in (
                "VBD", "VBZ", "VBP", "MD") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in d.children)), None)
            if conj is not None and not any(d.dep_ == "cc" and t.i < d.i < conj.i for d in t.children) \
                    and not any(x.text == "," for x in self.doc[obj.right_edge.i + 1 : conj.i]):
                sent = self.sent_of(t)
                toks = [x for x in self.doc[obj.left_edge.i : sent.end]]
                return self.span_of_tokens(self.same_par(toks, t))
        if obj is not None and not self.in_marks(obj.idx):
            # "denied the ship which left port carried arms": a finite verb hung on the
            # object as a clause without a subject is the reported clause's verb
            fin = next((d for d in obj.subtree if d.dep_ == "acl" and d.tag_ in ("VBD", "VBZ", "VBP")
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in d.children)), None)
            if fin is not None and self.sent_of(fin).start == self.sent_of(t).start:
                sent = self.sent_of(t)
                toks = [x for x in self.doc[obj.left_edge.i : sent.end]]
                if toks and toks[0].lower_ == "that":
                    toks = toks[1:]  # "observed that the date …" with "that" taken for a determiner
                return self.span_of_tokens(self.same_par(toks, t))
        if obj is not None and not self.in_marks(obj.idx) and obj.dep_ == "dobj":
            # "said the presence of X, as well as Y, have reduced …": the finite verb of the
            # reported clause hung outside the cue's phrase after its long subject
            k = obj.right_edge.i + 1
            while k < len(self.doc) and self.doc[k].text == ",":
                k += 1
            while k < len(self.doc) and self.doc[k].dep_ in ("aux", "advmod", "neg") and self.doc[k].head.i > k:
                k += 1
            v = self.doc[k] if k < len(self.doc) else None
            own = {x.i for x in t.subtree}
            if v is not None and v.pos_ == "VERB" and v.i not in own and v.i > obj.right_edge.i + 1 \
                    and self.sent_of(v).start == self.sent_of(t).start and self.doc[obj.right_edge.i + 1].text == "," \
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in v.children) and any(
                        g.dep_ == "aux" and g.tag_ in ("VBD", "VBZ", "VBP", "MD") for g in v.children) \
                    and any(x.dep_ == "cc" or x.dep_ == "conj" for x in obj.subtree):
                toks = [x for x in self.doc[obj.left_edge.i : v.right_edge.i + 1]]
                return self.span_of_tokens(self.same_par(toks, t))
        if obj is not None and t.lemma_.lower() in self.c.object_clause_verbs and not self.in_marks(obj.idx):
            # "Witnesses reported acts of looting being committed by …": an object with a
            # participle (active, or passive with "being") is the reported event
            part = next((d for d in obj.children if d.dep_ == "acl" and d.i > obj.i and (
                d.tag_ == "VBG" or (d.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "being"
                                                            for a in d.children)))), None)
            if part is not None and not any(x.text == "," for x in self.doc[obj.i : part.i]):
                toks = [x for x in obj.subtree if x.i <= part.right_edge.i]
                return self.span_of_tokens(self.same_par(toks, t), need_verb=False)
        if obj is not None and not self.in_marks(obj.idx) and obj.dep_ == "dobj":
            # "said Kowal required surgery, and was …": the reported verb tagged a past-tense
            # modifier of its object, its subject a name right after the cue
            a = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < obj.i), None)
            if a is not None and a.i >= t.i + 2 and self.doc[a.i - 1].pos_ in ("PROPN", "NOUN") \
                    and self.doc[a.i - 1].head.i in (obj.i, a.i) and self.doc[a.i - 1].left_edge.i == t.i + 1:
                sent = self.sent_of(t)
                hi = min(t.right_edge.i, sent.end - 1)
                toks = [x for x in self.doc[t.i + 1 : hi + 1]]
                return self.span_of_tokens(self.same_par(toks, t))
        if obj is not None and obj.lemma_.lower() in self.c.advance_nouns and not self.in_marks(obj.idx):
            # "expressed concerns the tax would hurt shops": the voiced noun's clause with
            # "that" left out (a finite clause with its own subject right after the noun;
            # a relative clause, "the concerns he raised", is parsed as relcl)
            cl = next((d for d in obj.children if d.dep_ in ("acl", "ccomp") and d.left_edge.i == obj.i + 1
                       and not any(g.dep_ == "mark" for g in d.children) and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                               for g in d.children)
                       and (d.tag_ in ("VBD", "VBZ", "VBP") or any(
                           g.dep_ in ("aux", "auxpass") and g.tag_ in ("MD", "VBD", "VBZ", "VBP")
                           for g in d.children))), None)
            if cl is not None:
                return self.span_of_tokens(self.same_par(list(cl.subtree), t))
        # "Officials noted exports were down": the cue hung on the next noun as a modifier;
        # the clause after it is the content
        if t.dep_ in ("amod", "compound", "nmod") and t.tag_ in ("VBD", "VBZ") and t.head.i == t.i + 1 \
                and t.head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
            sent = self.sent_of(t)
            toks = [x for x in self.doc[t.i + 1 : sent.end]]
            return self.span_of_tokens(self.same_par(toks, t))
        # "They estimated by 2050, demand would rise …": a comma-spliced clause with its own
        # subject, coordinated with the cue without a conjunction
        for d in t.children:
            if d.dep_ == "conj" and d.i > t.i and d.tag_ in ("VBD", "VBZ", "VBP", "MD", "VB") \
                    and any(g.dep_ in ("nsubj", "nsubjpass", "csubj") and g.i < d.i for g in d.children) \
                    and not any(c.dep_ == "cc" and t.i < c.i < d.i for c in t.children) \
                    and "," in (self.doc[d.left_edge.i - 1].text, d.left_edge.text) and d.left_edge.i > t.i:
                toks = [x for x in d.subtree]
                if d.tag_ == "VB" and not any(g.dep_ == "aux" for g in d.children):
                    continue
                return self.span_of_tokens(self.same_par(toks, t))
        # "observed that …" with the clause misattached by the parser
        j = t.i + 1
        doc = t.doc
        while j < len(doc) and j <= t.i + 6 and doc[j].lower_ != "that" and doc[j].dep_ in (
                "prt", "dobj", "dative", "prep", "pobj", "advmod", "det", "amod", "compound", "poss", "case"):
            j += 1
        owned = j < len(doc) and doc[j].head.dep_ == "acl" and doc[j].head.head.pos_ == "NOUN" \
            and t.i < doc[j].head.head.i < j and doc[j].head.head.lemma_.lower() in self.c.claim_nouns | {"argument"}
        # ("rejected arguments that …": the clause is the rejected claim, someone else's)
        if j < len(doc) and doc[j].lower_ == "that" and (doc[j].dep_ == "mark" or doc[j].tag_ == "IN") and not owned:
            sent = self.sent_of(t)
            toks = [x for x in doc[j + 1 : sent.end]]
            if toks:
                return self.span_of_tokens(self.same_par(toks, t))
        # "Figures … showed an unprecedented growth …": a finding stated as an object
        if t.lemma_.lower() in self.c.source_verbs:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
            if subj is not None and obj is not None and subj.lemma_.lower() in self.c.doc_nouns:
                toks = list(obj.subtree)
                w = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                          and c.i == obj.right_edge.i + 2 and self.doc[c.i - 1].text == ","), None)
                if w is not None and any(g.dep_ in ("pcomp", "acl") and g.tag_ == "VBG" for g in w.subtree):
                    # "showed similar results, with 54% of voters supporting …": the finding
                    # spelled out in an absolute "with" phrase belongs to it
                    toks += [self.doc[w.i - 1]] + list(w.subtree)
                if len(toks) >= 4:
                    return self.span_of_tokens(self.same_par(toks, t), need_verb=False)
        if self.inverted_source(t) is not None:
            p_lo = self.par_starts[self.par_of(t.idx)]
            toks = [x for x in t.head.subtree if x.i < t.i - 1 and x.idx >= p_lo]
            return self.span_of_tokens(toks)
        # "Content …, the council confirmed on Monday." with the clause attached elsewhere
        trailing = self.trailing_content(t)
        if trailing is not None:
            return trailing
        # "As X told Y, <clause>" / "They estimated by 2050, <clause>": the cue's clause
        # hangs from the reported clause, which follows it after a comma
        framed = self.framing_content(t)
        if framed is not None:
            return framed
        # "…, he adds" / "Prosecutors, he said, had …": a parenthetical cue verb
        if t.dep_ == "parataxis" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
            head = t.head
            own = {x.i for x in t.subtree}  # the clause around the parenthetical cue
            toks = [x for x in head.subtree if x.i not in own]
            sent = self.sent_of(t)
            toks = [x for x in toks if sent.start <= x.i < sent.end]
            if toks:
                return self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
        return None

    def _deep_participle_cue(self, x: Token) -> Token | None:
        """``X recommended that the council give a pledge, just as it has given to others,
        stating, “…”``: a cue participle between commas right before a quote, hung by the
        parser on a verb deeper in the reported clause: the cue verb whose reported clause
        that is (the participle goes on with that cue's speaker)."""
        doc = x.doc
        if x.tag_ != "VBG" or x.dep_ not in ("advcl", "conj", "xcomp") or x.i == 0 or doc[x.i - 1].text != "," \
                or not self.c.is_cue_verb(x) or self.in_marks(x.idx) \
                or any(c.dep_ in _SUBJ_DEPS or c.dep_ == "nsubjpass" for c in x.children):
            return None
        k = x.i + 1
        while k < len(doc) and doc[k].text in (",", ":"):
            k += 1
        if not (k < len(doc) and k > x.i + 1 and self._opens_mark(doc[k])):
            return None
        h = x.head
        for _ in range(5):
            if h.dep_ == "ccomp" and h.head.i < h.i and self.c.is_cue_verb(h.head):
                return h.head if h.i != x.head.i else None  # (directly on the clause: _participle_cue)
            if h.dep_ not in ("advcl", "conj", "acl", "relcl", "xcomp", "ccomp") or h.head.i == h.i:
                return None
            h = h.head
        return None

    def _participle_cue(self, x: Token, clause: Token) -> bool:
        """``…, stating, “…”`` / ``…, adding that …`` / ``…, before adding: “…”``: a cue
        participle after a comma (or after before/after/while and a comma) that hangs on
        the reported clause ``clause`` and has content of its own."""
        if x.dep_ == "prep" and x.lower_ in ("before", "after", "while") and x.head.i == clause.i:
            x = next((c for c in x.children if c.dep_ == "pcomp" and c.i == x.i + 1), x)
            if x.dep_ != "pcomp" or x.head.i == 0 or x.doc[x.head.i - 1].text != ",":
                return False
        elif not (x.head.i == clause.i and x.dep_ in ("advcl", "conj", "xcomp") and x.i > 0
                  and x.doc[x.i - 1].text == ","):
            return False
        if not (x.lower_.endswith("ing") and x.i > 0
                and self.c.is_cue_verb(x) and not any(c.dep_ in _SUBJ_DEPS or c.dep_ == "nsubjpass" for c in x.children)):
            return False
        if x.tag_ == "VBG" and any(c.dep_ in _CONTENT_DEPS and c.i > x.i for c in x.children):
            return True
        # ("…, writing, “…”" with the participle tagged a noun and the quote hung elsewhere)
        k = x.i + 1
        while k < len(x.doc) and x.doc[k].text in (",", ":"):
            k += 1
        return k < len(x.doc) and k > x.i + 1 and self._opens_mark(x.doc[k])

    def cut_after_quote(self, toks: list[Token]) -> list[Token]:
        """``notes, “…”, highlighting …``: a participle clause after the closing mark
        and a comma is the writer's comment, not part of the quoted content; so is a
        verbless circumstance after a quote that opens the content (``stated that “…” in
        a letter to lawmakers``), which the parser hung inside the clause."""
        lead = [x for x in toks if not (x.dep_ == "mark" and x.lower_ in ("that",)) and not x.is_space]
        if lead and self._opens_mark(lead[0]):
            q = self.mark_at(lead[0].idx)
            rest = [x for x in toks if q is not None and x.idx >= q.close]
            words = [x for x in rest if not x.is_punct]
            if q is not None and words and words[0].dep_ in ("prep", "npadvmod", "advmod") \
                    and not any(x.pos_ in ("VERB", "AUX") for x in words):
                return [x for x in toks if x.idx < q.close]
        for n, x in enumerate(toks[:-2]):
            if self._closes_mark(x) and toks[n + 1].text == "," and toks[n + 2].tag_ == "VBG" \
                    and toks[n + 2].dep_ in ("advcl", "xcomp", "conj", "acl"):
                return toks[: n + 1]
            if x.text == "," and self._closes_mark(toks[n + 1]) and toks[n + 2].tag_ == "VBG" \
                    and toks[n + 2].dep_ in ("advcl", "xcomp", "conj", "acl"):
                return toks[: n + 2]
        return toks

    def framing_content(self, t: Token) -> tuple[int, int] | None:
        """A cue clause opening its sentence and set off by a comma, which the parser hung
        from the reported clause: ``As X told Y, <clause>`` (advcl with "as") or ``They
        estimated by 2050, <clause>`` (ccomp of the later root)."""
        head = t.head
        if head.i <= t.i or head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if t.dep_ == "advcl":
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                return None
        elif t.dep_ != "ccomp" or subj.i > t.i:
            return None
        if t.dep_ == "ccomp" and self.c.is_cue_verb(head) and any(
                c.dep_ == "nsubj" and c.i > t.i for c in head.children) and not any(
                c.dep_ in _CONTENT_DEPS and c.i != t.i for c in head.children):
            # "The driver confessed to speeding, police said.": the later cue reports this
            # clause; its own attribution is no content of the first verb
            return None
        own = {x.i for x in t.subtree}
        if any(self.doc[i].pos_ in ("VERB", "AUX") and i != t.i for i in own):
            return None  # the cue's clause holds more than the cue: not a short frame
        sent = self.sent_of(t)
        start = sent.start  # the sentence (or, when the parser ran one over, paragraph) start
        while start < min(own) and (self.par_of(self.doc[start].idx) != self.par_of(t.idx) or self.doc[start].is_space):
            start += 1
        if min(own) != start and not (min(own) > start and all(
                x.is_punct or x.dep_ in ("advmod", "cc") for x in self.doc[start : min(own)])):
            return None
        last = max(own)
        if last + 1 >= len(self.doc) or self.doc[last + 1].text != ",":
            if self.doc[last].text != ",":
                return None
        toks = [x for x in head.subtree if x.i not in own and x.i > last and sent.start <= x.i < sent.end]
        if not toks:
            return None
        return self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)

    def inverted_source(self, t: Token) -> Token | None:
        """``…, reported the Associated Press.`` / ``…, warned the governor.``: a subjectless
        cue verb right after a comma, coordinated with the clause before it, with its
        source as the parser's object and nothing after it: that object."""
        doc = self.doc
        if t.dep_ != "conj" or t.head.i >= t.i or t.i == 0 or doc[t.i - 1].text != "," \
                or t.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJ_DEPS or c.dep_ == "nsubjpass" for c in t.children):
            return None
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            return None
        for x in doc[obj.right_edge.i + 1 : self.sent_of(t).end]:
            if x.text in _SENT_END or x.is_space:
                break
            if not (x.is_punct or any(a.i == t.i for a in x.ancestors)):
                return None
        r = self.c.resolver
        lem = obj.lemma_.lower()
        if not (obj.ent_type_ in ("PERSON", "ORG", "NORP") or (obj.pos_ == "PROPN" and obj.ent_type_ != "GPE")
                or lem in r.titles or lem in r.person_roles or lem in r.org_nouns or lem in r.company_nouns
                or lem in r.epithets or lem in self.c.doc_nouns):
            return None
        return obj

    def trailing_content(self, t: Token) -> tuple[int, int] | None:
        """A cue closing its sentence after a comma (``…, the council confirmed on
        Monday.``) reports what comes before the comma, in its paragraph."""
        doc = self.doc
        # the subject nearest the cue: "The suspect, …, confessed to X, police spokesman Y told
        # reporters." parsed with both noun phrases as subjects of the cue
        subj = next((c for c in reversed(list(t.children)) if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or any(
                c.dep_ == "dobj" and not self._addressee(c) for c in t.children):
            return None
        left = subj.left_edge.i
        if left == 0 or doc[left - 1].text != ",":
            return None
        for x in doc[t.i + 1 : self.sent_of(t).end]:
            if x.text in _SENT_END or x.is_space:
                break
            if x.head.i != t.i and not any(a.i == t.i for a in x.ancestors):
                return None  # more clause after the cue: not a closing attribution
        p_lo = self.par_starts[self.par_of(t.idx)]
        toks = [x for x in doc[: left - 1] if x.idx >= p_lo and x.i >= self._clause_start(left - 1, p_lo)]
        if toks and all(x.i == t.i or any(a.i == t.i for a in x.ancestors) for x in toks) and any(
                x.head.i == t.i and x.dep_ in ("prep", "advmod", "npadvmod", "advcl") for x in toks):
            return None  # "In reply to X, Y responded by …": the cue's own modifier, not content
        return self.span_of_tokens(toks)

    @staticmethod
    def _addressee(obj: Token) -> bool:
        """``told reporters``: the object of "tell" is whom the words went to."""
        return obj.head.lemma_.lower() == "tell"

    def _clause_start(self, i: int, p_lo: int) -> int:
        """Token index where the sentence holding token ``i`` starts (its paragraph, or
        the last sentence end before it outside quotation marks)."""
        doc = self.doc
        j = i
        while j > 0 and doc[j - 1].idx >= p_lo:
            if doc[j - 1].text in _SENT_END and not self.in_marks(doc[j - 1].idx):
                break
            j -= 1
        return j

    def same_par(self, toks: list[Token], t: Token) -> list[Token]:
        """The tokens in the paragraph of ``t`` (a sentence the parser ran across a
        paragraph break is cut there)."""
        par = self.par_of(t.idx)
        return [x for x in toks if self.par_of(x.idx) == par]

    def span_of_tokens(self, toks: list[Token], drop_lead_mark: bool = False,
                       need_verb: bool = True) -> tuple[int, int] | None:
        toks = sorted(toks, key=lambda x: x.i)
        # a semicolon outside quotation marks ends the reported clause; so does a colon
        # before a quotation ('told reporters the attack showed X: “…”' -- the quote after
        # it is a quote of its own)
        for n, x in enumerate(toks):
            if x.text == ";" and n > 0 and not self.in_marks(x.idx):
                toks = toks[:n]
                break
            if x.text == ":" and n >= 3 and n + 1 < len(toks) and self._opens_mark(toks[n + 1]) \
                    and not self.in_marks(x.idx) and not any(self._opens_mark(y) for y in toks[:n]):
                q = self.mark_at(toks[n + 1].idx)
                if q is not None and self.sentence_like(q):
                    toks = toks[:n]
                    break
        dropped_mark = False
        while toks and (toks[0].is_punct and not self._opens_mark(toks[0]) or toks[0].is_space
                        or (drop_lead_mark and not dropped_mark and toks[0].dep_ == "mark"
                            and toks[0].lower_ in ("that", "whether", "if") and not self._determiner_that(toks))
                        or (drop_lead_mark and not dropped_mark and toks[0].lower_ == "that"
                            and toks[0].dep_ != "mark" and not self._determiner_that(toks)
                            and (toks[0].tag_ == "IN"
                                 or toks[0].dep_ not in ("det", "nsubj", "nsubjpass", "dobj", "attr", "pobj")))):
            # (a complementiser "that" the parser labelled otherwise, e.g. "dative")
            # one complementiser only: "said that, if elected, she …" keeps "if elected"
            dropped_mark = dropped_mark or toks[0].dep_ == "mark" or toks[0].lower_ == "that"
            toks = toks[1:]
        # an editorial note after the closing mark ('“…” ((it))', '“…” [sic]') is no content
        for n in range(len(toks) - 1, 0, -1):
            if self._closes_mark(toks[n - 1]) and toks[n].text[:1] in "([":
                rest = toks[n:]
                if len([x for x in rest if not x.is_punct]) <= 3 and rest[-1].text[-1:] in ")]." :
                    toks = toks[:n]
                break
            if not (toks[n].is_punct or toks[n].is_space or toks[n].i > toks[0].i and len(toks) - n <= 6):
                break
        while toks and (toks[-1].is_punct and not self._closes_mark(toks[-1]) or toks[-1].is_space
                        or (toks[-1].dep_ == "cc" and toks[-1].pos_ == "CCONJ" and len(toks) > 1)):
            toks = toks[:-1]  # (a dangling "and" the clause kept of a coordination it heads)
        if len([x for x in toks if not x.is_punct]) < 2:
            return None
        if need_verb and not any(x.pos_ in ("VERB", "AUX") for x in toks):
            return None  # reported content is a clause
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # content starting on an opening mark: the content starts inside it
        q = self.mark_at(s)
        if q is not None and s == q.open:
            s = q.start
        return (s, e) if e > s else None

    def _determiner_that(self, toks: list[Token]) -> bool:
        """``estimates that number is closer to …``: "that" before a bare singular count
        noun that heads the clause's subject is a determiner (a count noun needs one)."""
        if len(toks) < 3 or toks[0].lower_ != "that":
            return False
        noun = toks[1]
        return (noun.tag_ == "NN" and noun.is_lower and noun.lemma_.lower() in self.c.anaphoric_nouns
                and noun.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "det" for c in noun.children))

    def _opens_mark(self, t: Token) -> bool:
        q = self.mark_at(t.idx)
        return q is not None and t.idx == q.open

    def _closes_mark(self, t: Token) -> bool:
        return _is_quote_tok(t) and any(q.close == t.idx + len(t.text) for q in self.marks)

    def subject_of(self, t: Token) -> Token | None:
        subj = self._subject_of(t)
        if subj is not None:
            relayed = self._quoted_source(t, subj)
            if relayed is not None:
                return relayed
        if subj is not None and t.dep_ == "conj" and subj.head.i != t.i and (
                self._mute(subj) or subj.lemma_.lower() in self.c.doc_nouns):
            # "The verdict came after Selim announced …, and said …": the parser tied the
            # cue to the wrong verb; the nearest cue verb before it with a speaking subject
            for v in reversed(self.doc[t.head.i + 1 : t.i]):
                if v.tag_ == t.tag_ and self.c.is_cue_verb(v):
                    s2 = next((c for c in v.children if c.dep_ == "nsubj"), None)
                    if s2 is not None and not self._mute(s2) and s2.lemma_.lower() not in self.c.doc_nouns:
                        return s2
        return subj

    def _quoted_source(self, verb: Token, subj: Token) -> Token | None:
        """``Reuters, quoting an official at the ministry, said …`` / ``…, the paper said,
        quoting a senior officer``: the one quoted is the source, the outlet only relays."""
        r = self.c.resolver
        person = subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she") or (
            subj.pos_ in ("NOUN", "PROPN") and (subj.lower_ in r.titles or subj.lemma_.lower() in r.person_roles)) or (
            subj.pos_ == "PROPN" and bool((self.speakers.speaker_of(subj) or {}).get("_person")))
        for q in list(subj.children) + list(verb.children):
            if q.dep_ not in ("acl", "advcl") or q.lemma_.lower() != "quote" or q.tag_ != "VBG":
                continue
            if person and q.head.i == verb.i and any(c.dep_ == "ccomp" and verb.i < c.i and c.right_edge.i < q.i
                                                     for c in verb.children):
                continue  # "The Vice President remarked he is …, quoting President X, “…”": his own words
            obj = next((c for c in q.children if c.dep_ == "dobj"), None)
            if obj is None or self.in_marks(obj.idx):
                continue
            lemma = obj.lemma_.lower()
            if obj.ent_type_ == "PERSON" or (obj.pos_ == "NOUN" and (
                    lemma in r.person_roles or lemma in r.titles or lemma in r.indefinite_persons)):
                return obj
        return None

    def _mute(self, subj: Token) -> bool:
        """A plain common noun that names no speaker (``the verdict``, ``the news``)."""
        lemma = subj.lemma_.lower()
        r = self.c.resolver
        return subj.pos_ == "NOUN" and not subj.ent_type_ and lemma not in r.person_roles \
            and lemma not in r.titles and lemma not in r.org_nouns and lemma not in r.company_nouns \
            and lemma not in r.group_nouns and not any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
                        for c in subj.children)

    def _subject_of(self, t: Token) -> Token | None:
        subj = self._subject_of_raw(t)
        if subj is not None and subj.pos_ == "NOUN" and subj.dep_ in ("nsubj", "nsubjpass"):
            # "the charity Hope Relief issued …": the parser gave the verb two subjects,
            # the common noun and the name right after it; the name is the speaker
            nxt = next((c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > subj.i
                        and c.pos_ == "PROPN" and c.left_edge.i == subj.i + 1), None)
            if nxt is not None:
                subj = nxt
        return subj

    def _reaction_owner(self, t: Token) -> Token | None:
        """``The law drew the criticism of Amnesty International, stating it …``: a
        participle on a clause whose object is a reaction of a named body or person
        (quote_reaction_nouns.txt) is that body's."""
        if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj", "xcomp") or t.head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        for obj in t.head.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in self.c.reaction_nouns or obj.i > t.i:
                continue
            preps = list(obj.children) + [c for c in t.head.children if c.lower_ == "from" and obj.i < c.i < t.i]
            for p in preps:
                if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                    owner = next((g for g in p.children if g.dep_ == "pobj"
                                  and g.ent_type_ in ("ORG", "PERSON", "NORP")), None)
                    if owner is not None:
                        return owner
        return None

    def _subject_of_raw(self, t: Token) -> Token | None:
        owner = self._reaction_owner(t)
        if owner is not None:
            return owner
        deep = self._deep_participle_cue(t)
        if deep is not None:
            return self._subject_of(deep)
        if t.head.dep_ == "ccomp" and self.c.is_cue_verb(t.head.head) and t.head.head.i < t.head.i \
                and self._participle_cue(t, t.head):
            # "The paper claims that supplies are short, stating, “…”": the participle goes on
            # with the speaker of the cue whose clause it hangs on
            return self._subject_of(t.head.head)
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.dep_ == "ccomp" \
                and self.c.is_cue_verb(t.head.head.head) and t.head.head.head.i < t.head.head.i \
                and self._participle_cue(t.head, t.head.head):
            # "The minister said the talks were over, before adding: “…”"
            return self._subject_of(t.head.head.head)
        if t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in _QUOTED_AS:
            # "The agency quoted a spokesman as saying …": the one quoted speaks
            obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                k = obj.right_edge.i + 1
                doc = self.doc
                if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ == "PERSON" \
                        and doc[k + 1].ent_iob_ == "B":
                    # "quoted a farmer, Joseph X, as saying": the name the parser split off the role
                    ent = next((e for e in self.speakers.ents if e.start == k + 1), None)
                    if ent is not None and ent.end < len(doc) and doc[ent.end].text == "," \
                            and ent.end < t.head.i:
                        return ent.root
                named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                              and any(m.pos_ == "PROPN" for m in c.conjuncts)), None)
                if named is not None:
                    return named  # "quoted two officials, A and B, as saying": A and B together
                return obj
        if (t.pos_ in ("NOUN", "PROPN") and t.dep_ == "ROOT") or (
                t.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)):
            # a cue tagged as a noun ("The X Agency notes, …"): its name modifier is the subject
            mods = [c for c in t.children if c.dep_ in ("nsubj", "nmod", "compound") and c.i < t.i
                    and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "NORP"))]
            if mods:
                return mods[-1]
        if t.tag_ == "VBG" and not any(c.dep_ in _SUBJ_DEPS or c.dep_ == "nsubjpass" for c in t.children):
            # "…, with an engineer at the agency noting that …": the absolute 'with' clause
            # names its own speaker even when the parser hung the gerund on the main verb
            sent = self.sent_of(t)
            w = next((x for x in reversed(self.doc[sent.start : t.i]) if x.lower_ == "with"), None)
            if w is not None and t.i - w.i <= 12 and not any(
                    x.is_punct or x.pos_ == "AUX" for x in self.doc[w.i + 1 : t.i]):
                noun = next((x for x in self.doc[w.i + 1 : t.i] if x.pos_ in ("NOUN", "PROPN")
                             and x.dep_ not in ("compound", "amod", "nmod", "poss")), None)
                if noun is not None and not self._mute(noun):
                    return noun
        inverted = self.inverted_source(t)
        if inverted is not None:
            return inverted
        if not any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("nsubjpass", "expl") for c in t.children):
            # "The 48-year-old added …" parsed with "old" as the verb's modifier
            old = next((c for c in t.children if c.dep_ == "amod" and c.lower_ == "old" and c.i < t.i
                        and any(x.lower_ in ("year", "years") for x in c.subtree)), None)
            if old is not None:
                return old
        cur = t
        for _ in range(4):
            subs = [c for c in cur.children if c.dep_ in _SUBJ_DEPS and not self.across_paragraph(c, cur)]
            if not subs and any(c.dep_ in _SUBJ_DEPS and self.across_paragraph(c, cur) and c.i < cur.i
                                for c in cur.children):
                # the parser ran the headline into the first sentence and made the title the
                # subject: the real one is the first noun phrase of the verb's paragraph
                # whose head lies in the headline
                lo = self.par_starts[self.par_of(cur.idx)]
                real = next((x for x in self.doc[self.tok_at(lo) : cur.i] if x.idx >= lo
                             and x.pos_ in ("NOUN", "PROPN", "PRON") and self.across_paragraph(x.head, x)), None)
                if real is not None:
                    return real
            if len(subs) > 1 and subs[0].tag_ in ("WP", "WDT") and cur is t and any(
                    c.dep_ == "ccomp" and c.i > t.i for c in t.children) and subs[1].pos_ in ("NOUN", "PROPN", "PRON"):
                # "The gunman, who police said was armed, …": the relative pronoun is the
                # reported clause's subject; the other subject speaks
                return subs[1]
            if subs and subs[0].tag_ in ("WP", "WDT") and cur.dep_ == "relcl" and not subs[0].text.isupper():
                # "… A and B, who adds …": the relative goes to the nearest conjunct
                k = subs[0].i - 1
                while k > cur.head.i and self.doc[k].is_punct:
                    k -= 1
                for c in cur.head.conjuncts:
                    if c.i > cur.head.i and c.left_edge.i <= k <= c.right_edge.i:
                        return c
                if subs[0].lower_ == "who" and cur.head.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "NORP"):
                    # "Jun Tanaka, a specialist with the X Department, who said …": "who" is
                    # a person; the parser hung it on the organisation that ends the
                    # apposition: climb back to the person it describes
                    x = cur.head
                    r = self.c.resolver
                    for _ in range(5):
                        if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.i != x.head.i:
                            x = x.head.head
                        elif x.dep_ == "appos":
                            x = x.head
                        else:
                            break
                        if x.ent_type_ == "PERSON" and not any(a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                                               for a in x.children):
                            return x
                        if x.pos_ == "NOUN" and not any(a.dep_ == "appos" for a in x.children) and (
                                x.lemma_.lower() in r.person_roles or x.lemma_.lower() in r.titles):
                            return x
                return cur.head  # "Terence Fan, an expert, who said …"
            if subs and cur is t and t.dep_ == "ccomp" and t.head.dep_ == "relcl" and subs[0].i < t.i \
                    and t.head.head.dep_ == "ROOT" and t.head.head.pos_ in ("NOUN", "PROPN") \
                    and t.head.i < subs[0].i and subs[0].right_edge.i == t.i - 1:
                # "A driver who knew the victim said he …": the parser made the noun the root
                # and the cue a clause of the relative; the relative's object is no speaker
                return t.head.head
            if len(subs) > 1:
                # "A woman who lives opposite the club said …": a second subject inside the
                # first one's relative clause is part of its description
                inner = [s for s in subs if any(
                    o is not s and any(rc.dep_ in ("relcl", "acl") and (
                        rc.left_edge.i <= s.i <= rc.right_edge.i or (
                            s.left_edge.i == rc.right_edge.i + 1 and not rc.right_edge.is_punct))
                        for rc in o.children) for o in subs)]
                if inner and len(inner) < len(subs):
                    subs = [s for s in subs if s not in inner]
            if subs:
                if len(subs) > 1:  # a misparse: prefer a name, then the nearest to the verb
                    subs.sort(key=lambda x: (x.ent_type_ != "PERSON", x.lemma_.lower() not in self.c.doc_nouns,
                                             x.pos_ != "PROPN", abs(x.i - cur.i)))
                return subs[0]
            passive = [c for c in cur.children if c.dep_ == "nsubjpass"]
            if passive and cur.lemma_.lower() in _QUOTED_AS:  # "X was quoted as saying"
                return passive[0]
            if cur is t and ((passive and passive[0].lower_ == "it")
                             or any(c.dep_ == "expl" for c in cur.children)):
                src = self.passive_source(cur)  # "It is noted on the X website that …"
                if src is not None:
                    return src
            if passive and cur is t and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
                # "She was told by a nurse that …": the passive's agent says it
                agent = next((g for c in t.children if c.dep_ == "agent" and t.i < c.i
                              for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                              and not self.in_marks(g.idx)), None)
                if agent is not None:
                    return agent
            if passive or any(c.dep_ == "expl" for c in cur.children):
                return None
            if cur is t and t.tag_ == "VBG" and cur.dep_ == "acl" and cur.head.dep_ == "pobj" \
                    and cur.head.head.lower_ == "to" and cur.head.head.head.pos_ == "VERB" \
                    and cur.head.head.head.i < cur.head.i and self.doc[cur.i - 1].text != ",":
                # "The union has written to ministers warning that …": the writer warns, not
                # the addressee the parser hung the participle on
                outer = self._subject_of(cur.head.head.head)
                if outer is not None:
                    return outer
            if cur is t and t.tag_ == "VBG" and cur.dep_ == "acl" and self._mute(cur.head) \
                    and cur.head.lemma_.lower() not in self.c.doc_nouns and t.lemma_.lower() not in self.c.source_verbs:
                # "X has supported the push for a higher wage arguing that …": a speaking
                # participle the parser hung on a thing in the object; the clause's subject speaks
                x = cur.head
                while x.dep_ in ("pobj", "prep", "compound", "conj") and x.head.i != x.i and x.head.pos_ != "VERB":
                    x = x.head
                if x.dep_ in ("dobj", "pobj", "prep") and x.head.pos_ == "VERB" and x.head.i < t.i:
                    outer = self._subject_of(x.head)
                    if outer is not None:
                        return outer
            if cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.dep_ == "dobj" and cur.head.pos_ == "NOUN" \
                    and cur.head.head.pos_ in ("VERB", "AUX") and cur.head.head.i < cur.i \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
                    and any(c.dep_ == "nsubj" for c in cur.head.head.children):
                # "X have stated intent to sue Y and claim …": the one who has the intent
                cur = cur.head.head
                continue
            if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN"):
                return cur.head
            if (cur.dep_ in _INHERIT_DEPS or (cur.dep_ == "prep" and cur.pos_ == "ADP") or (
                    # "went (so) far as to say": through the degree adverb the parser hung it on
                    cur is not t and cur.dep_ == "advmod" and cur.pos_ == "ADV" and cur.head.pos_ == "VERB"
                    and t.dep_ in ("xcomp", "advcl") and t.head.i == cur.i)) \
                    and cur.head.i != cur.i and not self.across_paragraph(cur.head, t):
                cur = cur.head
                continue
            if (cur.dep_ in _INHERIT_DEPS or (cur.dep_ == "ccomp" and self.across_paragraph(cur.head, cur))) \
                    and cur.head.i != cur.i and cur.head.i < cur.i:
                # "Court strikes down ban\n\nThe Supreme Court … struck down …, ruling that":
                # the parser hung the clause on the headline; its subject is the first noun
                # phrase of its paragraph that the parser also hung up there (also a cue the
                # parser made the headline verb's clause: "X calls for Y\n\nZ has said that …")
                lo = self.par_starts[self.par_of(cur.idx)]
                real = next((x for x in self.doc[self.tok_at(lo) : cur.i] if x.idx >= lo
                             and x.pos_ in ("NOUN", "PROPN", "PRON") and x.head.i < x.i
                             and self.across_paragraph(x.head, x)), None)
                if real is not None:
                    return real
            break
        return self.fallback_subject(t)

    def passive_source(self, verb: Token) -> Token | None:
        """The document or body an impersonal passive cue names: ``It is stated in the
        report that …`` / ``It was noted by the agency that …`` -> that noun."""
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "on", "by"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lemma_.lower() in self.c.doc_nouns
                                             or g.ent_type_ in ("ORG", "PERSON", "NORP")
                                             or (c.lower_ == "by" and g.pos_ in ("NOUN", "PROPN"))):
                        return g
                    owner = next((o for o in g.children if o.dep_ == "poss"), None) if g.dep_ == "pobj" else None
                    if owner is not None and c.lower_ in ("in", "on") and (
                            owner.ent_type_ in ("ORG", "NORP") or owner.pos_ == "PROPN"
                            or owner.lemma_.lower() in self.c.resolver.org_nouns
                            or owner.lemma_.lower() in self.c.resolver.company_nouns):
                        return owner  # "It is noted on the agency's website that …": the agency
        return None

    def source_in_subjects(self, verb: Token) -> Token | None:
        """A misparsed subject (``A new study documenting X … has revealed``): the first
        document noun inside the verb's subject phrases."""
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            for x in c.subtree:
                if x.pos_ == "NOUN" and x.lemma_.lower() in self.c.doc_nouns:
                    return x
        return None

    def across_paragraph(self, a: Token, b: Token) -> bool:
        lo, hi = sorted((a.idx, b.idx))
        return "\n" in self.text[lo:hi]

    def fallback_subject(self, verb: Token) -> Token | None:
        """The parser found no subject: the first person named before the verb in the
        same sentence and paragraph, outside prepositional phrases."""
        lo = self.par_starts[self.par_of(verb.idx)]
        doc = self.doc
        for ent in self.speakers.ents:
            if ent.label_ != "PERSON" or ent.start_char < lo:
                continue
            if ent.end > verb.i:
                break
            if ent.root.dep_ in ("pobj", "poss", "compound") or self.in_marks(ent.start_char):
                if ent.root.dep_ == "pobj" and getattr(self._fronted_person(verb), "i", -1) == ent.root.i:
                    return ent.root
                continue
            if any(t.text in _SENT_END and not self.in_marks(t.idx) for t in doc[ent.end : verb.i]):
                continue
            return ent.root
        # "In an interview with Radio X, a rebel fighter, who …, said": the subject the parser
        # hung in apposition on the fronted phrase's object, closed by a comma before the verb
        r = self.c.resolver
        sent = self.sent_of(verb)
        if verb.i > 0 and doc[verb.i - 1].text == ",":
            for x in doc[max(sent.start, self.tok_at(lo)) : verb.i]:
                lem = x.lemma_.lower()
                if x.dep_ == "appos" and x.pos_ == "NOUN" and x.head.dep_ == "pobj" and x.right_edge.i == verb.i - 2 \
                        and (lem in r.person_roles or lem in r.generic_persons or lem in r.epithets
                             or lem in r.indefinite_persons or lem in r.titles):
                    return x
        # "According to the paper X, one of the owner's nephews, …, said …": the subject the
        # parser hung in apposition on the source phrase's object, ending right before the
        # verb (or its comma); the phrase hangs on the verb
        for x in doc[max(sent.start, self.tok_at(lo)) : verb.i]:
            if x.dep_ != "appos" or x.head.dep_ not in ("pobj", "appos") or self.in_marks(x.idx):
                continue
            gap = doc[x.right_edge.i + 1 : verb.i]
            if len(gap) > 6 or (gap and gap[0].text != ",") or any(
                    g.head.i == verb.i and not g.is_punct for g in gap):
                continue  # (", allegedly involved," between: an aside the parser hung elsewhere)
            h = x.head
            for _ in range(6):
                if h.dep_ in ("pobj", "appos", "prep") and h.head.i != h.i:
                    h = h.head
                else:
                    break
            if h.i != verb.i:
                continue
            lem = x.lemma_.lower()
            if x.ent_type_ == "PERSON" or lem in r.person_roles or lem in r.generic_persons \
                    or lem in r.indefinite_persons or (x.lower_ == "one" and any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in x.children)):
                return x
        return None

    def _fronted_person(self, verb: Token) -> Token | None:
        """``In a comment to the Post, army Colonel X shared …``: a subjectless verb right
        after a fronted phrase whose last object is a person's name: the parser swallowed
        the subject into the phrase (there was a comma after the phrase, none before the verb)."""
        if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        x = self.doc[verb.i - 1]
        if x.ent_type_ != "PERSON" or x.dep_ != "pobj" or x.i + 1 != verb.i:
            return None
        sent = self.sent_of(verb)
        start = sent.start
        while start < x.i and (self.doc[start].is_space or self.doc[start].is_punct):
            start += 1  # a closing mark and paragraph break the parser ran into the sentence
        p = x
        while (p.dep_ in ("pobj", "prep") or (p.dep_ == "acl" and p.tag_ == "VBN")) \
                and p.head.i != p.i and p.i > start:
            p = p.head  # "In an interview published on Friday X said": through the participle
        if not (p.dep_ == "prep" and p.i == start and p.head.i == verb.i):
            return None
        if not any(t.text == "," for t in self.doc[p.i : x.i]) and not (
                x.i > 0 and self.doc[x.i - 1].ent_type_ in ("DATE", "TIME")
                and self.doc[x.i - 1].ent_iob_ != "O" and x.ent_iob_ == "B"):
            # no comma closed the phrase: only a time expression right before the name
            # ("On Friday Smith said") shows where the phrase ends
            return None
        return x

    def subject_ok(self, verb: Token, subj: Token, lemma: str) -> bool:
        slem = subj.lemma_.lower()
        if subj.lower_ in ("i", "we", "you", "me", "us") and not (len(subj.text) > 1 and subj.text.isupper()):
            return False
        if lemma in self.c.source_verbs:
            if not (slem in self.c.doc_nouns or slem in self.c.resolver.org_nouns
                    or slem in self.c.resolver.person_roles  # "Port officials confirmed …"
                    or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    or subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "it")
                    or self.specific_group(subj)):
                return False
        if self.is_collective(subj):
            return False
        if lemma in self.c.belief_verbs and (self.is_vague(subj) or self.vague_class(subj)):
            return False
        if subj.lower_ in ("this", "that", "which", "what", "there"):
            return False
        if subj.tag_ == "VBG" and subj.i == subj.sent.start:
            return False  # "Countering claims that …, he replied": a gerund is no speaker
        return True

    def specific_group(self, subj: Token) -> bool:
        """``the researchers``, ``these engineers``, ``her colleagues``: people already
        introduced (a plural noun made specific by a definite determiner or owner)."""
        if subj.tag_ != "NNS" or subj.pos_ != "NOUN" or subj.ent_type_ in _NOT_SOURCE:
            return False
        return any((c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss"
                   for c in subj.children)

    def is_collective(self, subj: Token) -> bool:
        """``Critics claim …``, ``Some say …``: a vague collective with no specific source
        (not a quote whatever the verb)."""
        slem = subj.lemma_.lower()
        if slem not in self.c.collective and subj.lower_ not in self.c.collective:
            return False
        if subj.pos_ in ("PRON", "DET", "ADJ"):  # "some", "many", "others"
            return not any(c.dep_ in ("prep", "relcl", "acl") for c in subj.children)
        if subj.tag_ != "NNS" or subj.ent_type_:
            return False
        for c in subj.children:
            if c.dep_ in ("det", "nummod", "poss", "compound", "appos", "relcl", "acl", "prep", "amod") \
                    and c.lower_ not in ("many", "some", "most", "other"):
                return False
        return True

    def vague_class(self, subj: Token) -> bool:
        """``critics of the war believe …``: a bare plural of a collective word defined
        only by an "of" phrase is still no specific source for a belief."""
        slem = subj.lemma_.lower()
        if subj.tag_ != "NNS" or subj.ent_type_ or (slem not in self.c.collective and subj.lower_ not in self.c.collective):
            return False
        kids = [c for c in subj.children if c.dep_ not in ("punct",)]
        return bool(kids) and all(c.dep_ == "prep" and c.lower_ == "of" for c in kids)

    def is_vague(self, subj: Token) -> bool:
        slem = subj.lemma_.lower()
        bare_plural = subj.tag_ == "NNS" and not subj.ent_type_
        if slem not in self.c.vague and subj.lower_ not in self.c.vague and not bare_plural:
            return False
        # a determiner, a number, a name or a modifier makes the source specific
        for c in subj.children:
            if c.dep_ in ("det", "nummod", "poss", "compound", "appos", "relcl", "acl", "prep") and c.lower_ not in ("many", "some", "most"):
                return False
        return True

    # -- family 2: source phrases -----------------------------------------------------------
    def _initial_source(self, t: Token, src: Token) -> bool:
        """``Per the report, …`` / ``Per police, …``: a sentence-opening phrase (outside
        quotation marks) whose object is a source -- a name, or an organisation, document or
        person-role noun; not a rate ("per capita") or a scheme ("per this programme")."""
        if t.i != self.sent_of(t).start or src.i <= t.i or src.ent_type_ in (
                "DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"):
            return False
        lemma = src.lemma_.lower()
        return src.pos_ == "PROPN" or src.ent_type_ in ("ORG", "PERSON", "NORP") or (
            src.pos_ == "NOUN" and (lemma in self.c.doc_nouns or lemma in self.c.resolver.org_nouns
                                    or lemma in self.c.resolver.person_roles))

    def colon_paragraph(self, t: Token, hi: int) -> tuple[int, int] | None:
        """A paragraph that is only a source phrase closed by a colon (``According to the
        ministry's release:``): the span of the next paragraph (unquoted prose), which it
        introduces."""
        par = self.par_of(t.idx)
        if t.idx != self.par_starts[par] or par + 1 >= len(self.par_starts):
            return None
        nxt = self.par_starts[par + 1]
        rest = [x for x in self.doc[hi + 1 :] if x.idx < nxt and not x.is_space]
        if not rest or any(x.text != ":" for x in rest):
            return None
        end = self.par_starts[par + 2] if par + 2 < len(self.par_starts) else len(self.text)
        toks = [x for x in self.doc[self.tok_at(nxt) :] if nxt <= x.idx < end and not x.is_space]
        if not toks or self._opens_mark(toks[0]) or self.in_marks(toks[0].idx):
            return None
        return self.span_of_tokens(toks)

    def phrase_cands(self) -> list[_Cand]:
        out = []
        doc = self.doc
        lowers = self.lowers
        for i in self.phrase_idx:
            t = doc[i]
            opts = self.c.phrases.get(t.lower_)
            if not opts:
                continue
            for words in opts:
                n = len(words)
                if i + n > len(doc) or tuple(lowers[i : i + n]) != self.c.phrase_ids[words]:
                    continue
                last = doc[t.i + n - 1]
                pobjs = [c for c in last.children if c.dep_ == "pobj"]
                rank = {"PERSON": 0, "ORG": 1}
                pobjs.sort(key=lambda c: (rank.get(c.ent_type_, 2), c.pos_ != "PROPN", -c.i))
                src = pobjs[0] if pobjs else None
                if src is None and t.i + n < len(doc):
                    nxt = doc[t.i + n]
                    src = nxt
                    while src.head.i != src.i and src.head.i < t.i + n + 8 and src.head.i >= t.i + n and src.head.pos_ in ("NOUN", "PROPN"):
                        src = src.head
                if src is None or self.in_marks(t.idx):
                    continue
                if words in self.c.initial_phrases and not self._initial_source(t, src):
                    continue
                phrase_toks = set(range(t.i, t.i + n)) | {x.i for x in src.subtree}
                lo, hi = min(phrase_toks), max(phrase_toks)
                intro = self.colon_paragraph(t, hi)
                if intro is not None:
                    # "According to the ministry's release:" alone, the next paragraph its words
                    out.append(_Cand(intro[0], intro[1], "indirect", " ".join(words), t, src, "source-phrase"))
                    break
                head = t.head
                while head.dep_ in ("prep", "pobj") and head.head.i != head.i and head.i in phrase_toks:
                    head = head.head
                sent = self.sent_of(t)
                if head.i in phrase_toks or head.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
                    head = sent.root
                if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") \
                        and head.head.pos_ in ("VERB", "AUX") and head.i < lo:
                    head = head.head  # "The bridge, according to X, will reopen": the clause
                if head.dep_ == "ccomp" and head.i < t.i and self.c.is_cue_verb(head.head) \
                        and head.head.i < head.i and any(x.dep_ == "nsubj" for x in head.head.children) \
                        and not self.across_paragraph(head.head, t):
                    # "Officials confirmed the ship sank, according to radar data": the
                    # phrase backs the cue's claim; the cue's subject is the source
                    break
                if self.across_paragraph(head, t):
                    # the parser hung the phrase on the headline above: the content is
                    # the rest of the phrase's sentence in its own paragraph
                    head = t
                    clause = [x for x in doc[t.i : sent.end] if self.par_of(x.idx) == self.par_of(t.idx)]
                else:
                    clause = [x for x in head.subtree if sent.start <= x.i < sent.end]
                if lo <= clause[0].i:  # phrase at the start: content after it
                    toks = [x for x in clause if x.i > hi]
                    # "According to the airport's operator, AOT, losses …": the name in
                    # apposition closes the source phrase
                    k = hi + 2
                    while k < len(doc) and k - hi <= 5 and doc[k].pos_ == "PROPN":
                        k += 1
                    if src.pos_ == "NOUN" and hi + 1 < len(doc) and doc[hi + 1].text == "," and k > hi + 2 \
                            and k < len(doc) and doc[k].text == "," and any(x.i == hi + 2 for x in toks) \
                            and doc[k - 1].ent_type_ in ("ORG", "PERSON", "") and not any(
                            x.pos_ == "CCONJ" or x.dep_ == "conj" for x in doc[hi + 2 : min(k + 4, len(doc))]):
                        src = doc[k - 1]
                        hi = k
                        toks = [x for x in toks if x.i > k]
                    # "…, which, according to B, is …": B's own claim ends this content
                    rel = next((x for x in toks if x.tag_ in ("WDT", "WP") and x.i + 3 < len(doc)
                                and any(doc[j].lower_ == "according" and doc[j + 1].lower_ == "to"
                                        for j in range(x.i + 1, min(x.i + 3, len(doc) - 1)))), None)
                    if rel is not None:
                        toks = [x for x in toks if x.i < rel.i]
                else:  # phrase at the end or in the middle: content before it
                    toks = [x for x in clause if x.i < lo]
                    after = [x for x in clause if x.i > hi and not x.is_punct]
                    # "according to A and B, who adds …": what follows still names the source
                    continues_source = bool(after) and (after[0].pos_ == "CCONJ" or after[0].tag_ in ("WP", "WDT"))
                    before = [x for x in toks if not x.is_punct]
                    commas = lo > 0 and hi + 1 < len(doc) and (doc[lo - 1].text, doc[hi + 1].text) in (
                        (",", ","), ("—", "—"), ("–", "–"), ("-", "-"), ("(", ")"))  # (or dashes, brackets)
                    if commas and len(before) >= 2 and before[0].tag_ not in ("WDT", "WP") and after \
                            and not continues_source and any(
                            x.pos_ in ("VERB", "AUX") for x in after) and not any(
                            x.pos_ in ("VERB", "AUX") and x.dep_ in ("ROOT", "ccomp", "conj") for x in before):
                        # "The plant, according to X, will close": both sides, one clause
                        toks = [x for x in clause if x.i < lo or x.i > hi]
                    elif hi < clause[-1].i and len(after) > len(toks) and not continues_source:
                        toks = [x for x in clause if x.i > hi]
                kept = [x for x in toks if not x.is_punct]
                if kept and kept[-1].i < lo and kept[-1].pos_ in ("CCONJ", "DET") and kept[-1].i >= lo - 3:
                    # "X spoke about A and, according to B, C": the phrase splits a
                    # coordination; the words before it are no claim of B's
                    break
                span = self.span_of_tokens(self.same_par(toks, t), drop_lead_mark=True)
                if span is None:
                    continue
                out.append(_Cand(span[0], span[1], "indirect", " ".join(words), t, src, "source-phrase"))
                break
        return out

    # -- family 3: quotation marks --------------------------------------------------------
    def attach_marks(self, cands: list[_Cand]) -> set[int]:
        """Marked quotes inside a cue's content make it direct or mixed."""
        used: set[int] = set()
        for c in cands:
            inside = []
            lo = max(bisect_right(self.mark_opens, c.start) - 1, 0)
            for k in range(lo, bisect_right(self.mark_opens, c.end)):
                q = self.marks[k]
                ov = min(c.end, q.end) - max(c.start, q.start)
                if ov > 0 and (ov * 2 >= min(len(c), q.end - q.start) or c.start <= q.open < c.end):
                    inside.append(k)
            if not inside:
                continue
            qs = [self.marks[k] for k in inside]
            if c.cue_tok is not None and c.cue_tok.idx >= c.end:
                # 'Residents were angry — “…,” one woman said': a clause closed by a dash
                # or colon before the quote that ends at the cue is the writer's, not hers
                first = min(qs, key=lambda q: q.open)
                lead = self.text[c.start : first.open].rstrip()
                if lead and lead[-1] in "—–:;" and not self.text[max(q.close for q in qs) : c.end].strip(
                        " ,.\u201d\u2019\"'"):
                    c.start = first.open
            # words of the content outside the marks make it mixed
            outside = self.text[c.start : c.end]
            for q in sorted(qs, key=lambda q: q.open, reverse=True):
                lo, hi = max(q.open, c.start) - c.start, min(q.close, c.end) - c.start
                if hi > lo:
                    outside = outside[:lo] + " " + outside[hi:]
            outside = re.sub(r"\(\(?[^()]*\)\)?|\[[^\]]*\]", " ", outside)  # editorial "(it)", "[...]"
            words = [w for w in re.findall(r"\w+", outside) if w.lower() not in ("that", "and", "but")]
            if not words:
                c.kind = "direct"
                c.start = min(q.start for q in qs)
                c.end = max(q.end for q in qs)
                c.rule = c.rule + "+marks"
            else:
                c.kind = "mixed"
                c.start = min(c.start, min(q.open for q in qs))
                c.end = max(c.end, max(q.close for q in qs))
            c.marks = qs
            used.update(inside)
        return used

    def mark_cands(self, used: set[int]) -> list[_Cand]:
        out: list[_Cand] = []
        pending: list[tuple[int, MarkedQuote]] = []
        for k, q in enumerate(self.marks):
            if k in used:
                continue
            if self.is_title(q):
                continue
            cand = self.attribute_mark(k, q)
            if cand is None:
                if self.sentence_like(q) and (self.starts_sentence(k, q) or self.carries_on(k, q)
                                              or self.qualifies_previous(k, q)):
                    pending.append((k, q))
                continue
            out.append(cand)
        for _k, q in pending:
            if any(c.start <= q.start < c.end for c in out):
                continue
            c = _Cand(q.start, q.end, "direct", None, None, None, "floating", [q])
            c.float_ = True
            out.append(c)
        return out

    def block_cands(self, cands: list[_Cand]) -> list[_Cand]:
        """A block quote with no marks: a paragraph ending on a colon after a cue (``The
        ministry said in a statement:``) introduces the next paragraph as the words."""
        out = []
        doc = self.doc
        for n, p0 in enumerate(self.par_starts[:-1]):
            p1 = self.par_starts[n + 1]
            line = self.text[p0:p1].rstrip()
            if not line.endswith(":"):
                continue
            nxt_end = self.text.find("\n", p1)
            nxt_end = len(self.text) if nxt_end < 0 else nxt_end
            block = self.text[p1:nxt_end].rstrip()
            if not block or block[0] in "\"“‘'«„" or self.mark_at(p1) is not None or self.in_headline(p1):
                continue
            if any(c.start < nxt_end and p1 < c.end for c in cands):
                continue
            colon = doc[self.tok_at(p0 + len(line) - 1)]
            sent = self.sent_of(colon)
            verbs = [t for t in doc[max(sent.start, self.tok_at(p0)) : colon.i] if self.c.is_mark_cue_verb(t)
                     and not any(c.dep_ in ("ccomp", "dobj") and t.i < c.i < colon.i
                                 and c.lower_ not in ("following", "this") for c in t.children)]
            if not verbs:
                continue
            verb = verbs[-1]
            subj = self.subject_of(verb)
            if subj is None or not self.subject_ok(verb, subj, verb.lemma_.lower()):
                continue
            # a closing mark left at the block's end (its opening mark dropped) is no content
            core = block[:-1].rstrip() if block[-1] in "\"”" and block.count(block[-1]) == 1 else block
            if len(core.split()) < 6 or core[-1] not in ".!?":
                continue
            out.append(_Cand(p1, p1 + len(core), "direct", self.cue_text(verb), verb, subj, "block-colon"))
        return out

    def starts_sentence(self, k: int, q: MarkedQuote) -> bool:
        """A floating quote stands as its own sentence: nothing but a sentence end, a
        colon or another quote before it in the paragraph."""
        lo = self.par_starts[self.par_of(q.open)]
        before = self.text[lo : q.open].rstrip()
        if not before:
            return True
        if k > 0 and self.marks[k - 1].close >= lo and not self.text[self.marks[k - 1].close : q.open].strip(" ,.;:"):
            return True
        return before[-1] in ".!?:" or before[-1] in "\"”’'"

    def qualifies_previous(self, k: int, q: MarkedQuote) -> bool:
        """``“…”; however, this was qualified, “…”``: an agentless passive whose subject
        points back at the quote before it (this/that/it) introduces more words of the
        same source, in the same paragraph."""
        lo = self.par_starts[self.par_of(q.open)]
        if k == 0 or self.marks[k - 1].close < lo:
            return False
        between = self.text[self.marks[k - 1].close : q.open]
        if not between.rstrip().endswith((",", ":")) or len(re.findall(r"\w+", between)) > 8 or re.search(r"[.!?]", between):
            return False
        toks = [t for t in self.doc[self.tok_at(self.marks[k - 1].close) : self.tok_at(q.open)]
                if self.marks[k - 1].close <= t.idx < q.open]
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.lower_ == "by" for t in toks):
            return False
        return re.search(r"\b(?:this|that|it)\s+(?:was|is|has been|had been)\s+(?:\w+ly\s+)?\w+ed\s*[,:]\s*$",
                         between, re.IGNORECASE) is not None

    def carries_on(self, k: int, q: MarkedQuote) -> bool:
        """``“…” Therefore, since X, “it could …”``: a quoted clause closing a sentence
        that opens on a connective, right after a quote in the same paragraph."""
        lo = self.par_starts[self.par_of(q.open)]
        if k == 0 or self.marks[k - 1].close < lo:
            return False
        before = self.text[self.marks[k - 1].close : q.open]
        m = re.match(r"\s*[.!?]?\s*([A-Z][a-z]+),", before)
        if m is None or m.group(1).lower() not in self.c.connectives or re.search(r"[.!?;:]", before[m.end():]):
            return False
        toks = [t for t in self.content_toks(q) if not t.is_punct]
        after = self.text[q.close : q.close + 3].lstrip()
        between = self.doc[self.tok_at(self.marks[k - 1].close) : self.tok_at(q.open)]
        return any(t.dep_ in ("nsubj", "nsubjpass") for t in toks) and (
            self.text[q.end - 1 : q.end] in ".!?" or after[:1] in (".", "")) and not any(
            self.c.is_cue_verb(t) for t in between)

    def is_title(self, q: MarkedQuote) -> bool:
        """Quoted titles and names: a title cue right before the mark."""
        i = self.tok_at(q.open)
        before = [t.lower_ for t in self.doc[max(0, i - 3) : i]]
        for cue in self.c.title_cues:
            n = len(cue)
            if n <= len(before) and tuple(before[-n:]) == cue:
                return not self.sentence_like(q) or cue[-1] in ("of", "titled", "entitled")
        return False

    def content_toks(self, q: MarkedQuote) -> list[Token]:
        i, j = self.tok_at(q.start), self.tok_at(max(q.end - 1, q.start))
        return [t for t in self.doc[i : j + 1] if not t.is_space]

    def sentence_like(self, q: MarkedQuote) -> bool:
        toks = self.content_toks(q)
        words = [t for t in toks if not t.is_punct]
        if len(words) >= 8:
            return True
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        return len(words) >= 3 and has_verb

    def attribute_mark(self, k: int, q: MarkedQuote) -> _Cand | None:
        doc = self.doc
        par = self.par_of(q.open)
        par_end = self.par_starts[par + 1] if par + 1 < len(self.par_starts) else len(self.text)
        next_open = self.marks[k + 1].open if k + 1 < len(self.marks) else len(self.text)
        # -- after: "…," she said / says Dr. Lee / — Name
        limit = min(par_end, next_open)
        i = self.tok_at(q.close) if q.close < len(self.text) else len(doc)
        if i < len(doc) and doc[i].idx < q.close:
            i += 1
        window: list[Token] = []
        j = i
        if not self.text[q.close : par_end].strip() and par + 1 < len(self.par_starts):
            # the quote closes its paragraph: "— Name, title" may stand on the next line
            nxt_start = self.par_starts[par + 1]
            if self.text[nxt_start : nxt_start + 1] in ("—", "–", "-") and next_open > nxt_start:
                nxt_end = self.text.find("\n", nxt_start)
                limit = min(len(self.text) if nxt_end < 0 else nxt_end, next_open)
                j = self.tok_at(nxt_start)
        while j < len(doc) and doc[j].idx < limit and len(window) < 12:
            if doc[j].text in _SENT_END and window:
                break
            if not doc[j].is_space:
                window.append(doc[j])
            j += 1
        lead = [t for t in window if not t.is_punct]
        content_end = self.text[q.end - 1] if q.end > q.start else ""
        new_sentence = bool(window) and content_end in ".!?" and window[0].text[:1].isupper() \
            and window[0].pos_ in ("PRON", "DET", "ADV", "NOUN", "ADP", "SCONJ", "CCONJ") \
            and not (window[0].lower_ == "so" and len(window) > 2 and self.c.is_mark_cue_verb(window[1])
                     and window[1].tag_ in ("VBZ", "VBD"))  # '“…” So says X, …'

        adjacent = bool(window) and (window[0].text in (",", ":") or content_end in ",!?:")
        if window and lead and not new_sentence:
            verb = next((t for t in window[:7] if self.c.is_mark_cue_verb(t)), None)
            if verb is not None:
                before_verb = [t for t in window if t.i < verb.i]
                # a name right before the cue makes a mistagged role word before it harmless
                # ("…," Holocaust survivor Eva Stern said)
                named = verb.i > 0 and self.doc[verb.i - 1].ent_type_ == "PERSON" and not any(
                    t.pos_ == "CCONJ" or t.text == "," for t in before_verb[1:])
                if (any(t.pos_ in ("VERB", "AUX", "CCONJ") for t in before_verb) and not named) or len(before_verb) > 6:
                    verb = None
                elif verb.tag_ == "VBG":  # ", adding …" / ", telling …" opens new content
                    verb = None
                elif lead[0].tag_ in ("WP", "WDT") and lead[0].i < verb.i:
                    verb = None  # 'the "old guard", who ruled the club': the phrase is the subject

                elif not self.sentence_like(q) and not adjacent:
                    verb = None
            if verb is None and adjacent:
                verb = self._appositive_cue(j, limit, window)
            if verb is not None:
                subj = self.subject_of(verb)
                if subj is None:
                    subj = self.near_noun(window, verb)
                if subj is not None and subj.lower_ not in ("i", "we", "you"):
                    return _Cand(q.start, q.end, "direct", self.cue_text(verb), verb, subj, "marks-after", [q])
            first = window[0]
            term = len([t for t in self.content_toks(q) if not t.is_punct]) == 1
            # ('The signal was "dawn" – the moment when farmers …': a quoted term glossed after
            # a dash; a dash is no reporting cue)
            if (first.text in _DASHES or first.text.startswith(("—", "–"))) and not term:
                name = next((t for t in window[1:5] if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")), None)
                if name is not None:
                    head = name
                    while head.head.i != head.i and head.head.pos_ == "PROPN" and head.head.i in {t.i for t in window}:
                        head = head.head
                    return _Cand(q.start, q.end, "direct", first.text, first, head, "marks-dash", [q])
        # -- before: He said: "…" / Name, a title, said, "…"
        prev_close = self.marks[k - 1].close if k > 0 else 0
        start = max(self.par_starts[par], prev_close)
        i0 = self.tok_at(q.open)
        toks = [t for t in doc[self.tok_at(start) : i0] if t.idx >= start and t.idx < q.open]
        # the current sentence only
        for n in range(len(toks) - 1, -1, -1):
            if toks[n].text in _SENT_END and n < len(toks) - 1:
                toks = toks[n + 1 :]
                break
        if toks and toks[-1].text in _SENT_END:
            toks = []
        if not toks and par > 0 and start == self.par_starts[par]:
            # "US President X tweeted using his account:" closing the paragraph before
            prev_text = self.text[self.par_starts[par - 1] : start].rstrip()
            if prev_text.endswith(":"):
                p0 = self.par_starts[par - 1]
                lo = max((p0 + m.end() for m in re.finditer(r"[.!?][\"”’]?\s", prev_text)), default=p0)
                toks = [t for t in doc[self.tok_at(lo) : self.tok_at(p0 + len(prev_text) - 1) + 1]
                        if lo <= t.idx and not t.is_space]
        if toks:
            verbs = [t for t in toks if self.c.is_mark_cue_verb(t) or self._appeal_cue(t, q)
                     or self._naming_clause_cue(t, q)]
            if verbs:
                verb = verbs[-1]
                while verb.dep_ == "ccomp" and any(v.i == verb.head.i for v in verbs):
                    # 'X said the remarks showed panic: “…”': a cue inside the reported clause
                    # whose subject speaks no words hands the quote to the cue around it
                    inner = self._subject_of(verb)
                    if inner is not None and not (inner.pos_ == "NOUN" and (
                            self._mute(inner) or inner.lemma_.lower() in self.c.doc_nouns
                            or inner.lower_ in self.c.doc_nouns)):  # ("X's remarks hinted at …")
                        break
                    verb = verb.head
                gap = [t for t in toks if t.i > verb.i]
                gap_words = [t for t in gap if not t.is_punct]
                tail = toks[-1].text if toks else ""
                if tail in (",", ":"):
                    # "…, quoting President X, “…”": the words of the one quoted
                    obj = self.quoted_object(verb)
                    if obj is not None and gap_words and all(x.i in {y.i for y in obj.subtree} for x in gap_words):
                        return _Cand(q.start, q.end, "direct", self.cue_text(verb), verb, obj, "marks-quoting", [q])
                # another finite clause between the cue and the quote (not the cue's own
                # content clause) has its own speaker
                finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _in_complement(t, verb) for t in gap)
                if finite and verb.tag_ == "VBG" and 2 <= len(gap_words) <= 5 and gap_words[0].pos_ in (
                        "NOUN", "PROPN", "PRON", "DET") and all(
                        t.head.idx >= q.open for t in gap_words if t.tag_ in ("VBD", "VBZ", "VBP", "MD")) \
                        and all(t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "AUX") for t in gap_words):
                    # "…; arguing publication would, “cause real damage …”": the participle's
                    # clause runs on into the quote (subject and auxiliary outside the marks)
                    subj = self.subject_of(verb) or self.fallback_subject(verb) or next(
                        (c for v in verbs if v.i < verb.i for c in v.children
                         if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") and not self.in_marks(c.idx)), None)
                    # (else the first named subject of a cue before it: "X denied …; arguing …")
                    if subj is not None and subj.lower_ not in ("i", "we", "you") and not self._mute(subj):
                        c = _Cand(gap_words[0].idx, q.close, "mixed", self.cue_text(verb), verb, subj,
                                  "marks-before-clause", [q])
                        return c
                if not finite and (len(gap_words) <= 5 or tail in (":", ",")):
                    subj = self.subject_of(verb)
                    if subj is not None and (verb.dep_ == "acl" or verb.tag_ == "VBG") and self._mute(subj):
                        subj = None  # 'banners reading “…”': the thing that bears the words
                    if subj is not None and subj.lower_ not in ("i", "we", "you"):
                        if self.sentence_like(q) or tail in (":", ",") or not gap_words:
                            return _Cand(q.start, q.end, "direct", self.cue_text(verb), verb, subj, "marks-before", [q])
            between = re.sub(r"\(\(?[^()]*\)\)?", " ", self.text[toks[0].idx : q.open]).strip()
            if between == ":" and k > 0 and self.sentence_like(q) and self.par_of(self.marks[k - 1].open) == par:
                # 'X has called it “A” and “B”: “…”' -- the colon ends X's clause, whose
                # own marks were scare quotes (editorial "(it)" notes aside)
                verb = toks[-1].head
                for _ in range(6):
                    if verb.pos_ in ("VERB", "AUX") and not self.in_marks(verb.idx) or verb.head.i == verb.i:
                        break
                    verb = verb.head
                if verb.pos_ in ("VERB", "AUX") and verb.i < toks[-1].i and not self.in_marks(verb.idx):
                    subj = self.subject_of(verb)
                    if subj is not None and subj.lower_ not in ("i", "we", "you") and not self.in_marks(subj.idx):
                        return _Cand(q.start, q.end, "direct", ":", toks[-1], subj, "marks-colon-clause", [q])
            if toks[-1].text == ":" and self.sentence_like(q):
                # "And from Chairwoman X:" -- a name with a colon
                name = next((t for t in reversed(toks) if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"), None)
                if name is not None:
                    # "X from the group Y also welcomed the vote:": the person, not their group
                    h = name
                    while (h.dep_ == "compound" and h.head.i > h.i) or (h.dep_ == "appos" and h.head.i < h.i
                                                                         and h.head.pos_ == "NOUN"):
                        h = h.head
                    if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("from", "of", "at", "with") \
                            and h.head.head.ent_type_ == "PERSON" and h.head.head.i < h.i \
                            and h.head.head.i in {t.i for t in toks}:
                        name = h.head.head
                if name is not None and not self.topic_not_source(name):
                    return _Cand(q.start, q.end, "direct", ":", toks[-1], name, "marks-colon", [q])
            reason = toks[-2] if len(toks) > 1 and toks[-1].lower_ == "that" else toks[-1]
            verb = reason.head.head if reason.dep_ == "pobj" and reason.head.dep_ == "prep" else reason
            for _ in range(2):  # "justified the sentence on the grounds": the phrase may hang on the object
                if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.i != verb.i:
                    verb = verb.head
            if reason.lower_ in self.c.reason_nouns and verb.pos_ == "VERB" and self.sentence_like(q):
                # "The court rejected the appeal on the grounds “…”": the subject gave the reasons
                subj = self.subject_of(verb)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") and not self.is_collective(subj) \
                        and subj.lower_ not in ("i", "we", "you", "this", "that", "it"):
                    return _Cand(q.start, q.end, "direct", reason.text, reason, subj, "marks-reason", [q])
            if toks[-1].text == ":" and self.sentence_like(q):
                cand = self.colon_subject(toks, q) or self.colon_clause_subject(toks, q)
                if cand is not None:
                    return cand
        # -- grammar: the quote's root hangs from a cue verb ("described it as “…”")
        ctoks = self.content_toks(q)
        ids = {t.i for t in ctoks}
        for t in ctoks:
            if t.head.i in ids:
                continue
            h = t.head
            if h.dep_ == "prep" and h.lower_ == "as":
                h = h.head
            if self.c.is_cue_verb(h) and not self.in_marks(h.idx) and self.par_of(h.idx) == par:
                subj = self.subject_of(h)
                if subj is not None and subj.lower_ not in ("i", "we", "you") and self.sentence_like(q):
                    return _Cand(q.start, q.end, "direct", self.cue_text(h), h, subj, "marks-grammar", [q])
            break
        return None

    def _appeal_cue(self, t: Token, q: MarkedQuote) -> bool:
        """``X called on both sides “to stop the fighting”``: an appeal verb whose addressee
        ends right before quoted words that open with "to" (quote_appeal_verbs.txt)."""
        preps = self.c.appeal_verbs.get(t.lemma_.lower())
        if not preps or t.pos_ != "VERB":
            return False
        k = self.tok_at(q.open)
        doc = self.doc
        if k + 1 >= len(doc) or doc[k + 1].lower_ != "to":
            return False
        return any(p.dep_ in ("prep", "prt") and p.lower_ in preps and any(
            o.dep_ == "pobj" and o.right_edge.i + 1 == k for o in p.children) for p in t.children)

    def _naming_clause_cue(self, t: Token, q: MarkedQuote) -> bool:
        """``X called the ban “a sign that the council will do anything …”``: a naming verb
        (quote_naming_verbs.txt) with its own subject whose object ends right before quoted
        words holding a clause of their own (left alone by :meth:`naming_cands`): a direct
        quote of the subject's."""
        if t.pos_ != "VERB" or t.lemma_.lower() not in self.c.naming_verbs or t.dep_ == "xcomp" \
                or not any(c.dep_ == "nsubj" for c in t.children) \
                or any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in t.children):
            return False
        k = self.tok_at(q.open)
        if not any(c.dep_ == "dobj" and c.i > t.i and c.right_edge.i + 1 == k and c.right_edge.i - c.left_edge.i < 4
                   for c in t.children):
            return False
        return any(x.dep_ in ("nsubj", "nsubjpass") for x in self.content_toks(q))

    def _appositive_cue(self, j: int, limit: int, window: list[Token]) -> Token | None:
        """``“…,” Sheikh Omar X, chief of Y's security detail, told the BBC.``: a name
        with a long apposition before the cue (past the usual window): the finite cue
        verb whose subject is the name right after the quote, everything between being
        that subject's own phrase."""
        doc = self.doc
        lead = [t for t in window if not t.is_punct]
        if not lead or not (lead[0].pos_ == "PROPN" or lead[0].ent_type_ == "PERSON"):
            return None
        toks = list(window)
        while j < len(doc) and doc[j].idx < limit and len(toks) < 24:
            if doc[j].text in _SENT_END:
                break
            if not doc[j].is_space:
                toks.append(doc[j])
            j += 1
        for v in toks[7:]:
            if not self.c.is_mark_cue_verb(v) or v.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON"):
                return None
            own = {x.i for x in subj.subtree}
            before = [t for t in toks if t.i < v.i and not t.is_punct]
            if before and all(t.i in own for t in before):
                return v
            return None
        return None

    def colon_cands(self) -> list[_Cand]:
        """``Kim was direct: the city must raise taxes.``: the unquoted clause after a colon
        that closes a clause characterising a speaking subject's words (see
        :meth:`colon_subject`) is that subject's reported speech."""
        out = []
        doc = self.doc
        for i in self.colon_idx:  # (the tokens whose lower_ is ":", without a Token per word)
            t = doc[i]
            if t.text != ":" or self.in_marks(t.idx) or self.in_headline(t.idx):
                continue
            sent = self.sent_of(t)
            before = [x for x in doc[sent.start : t.i + 1] if not x.is_space]
            after = [x for x in doc[t.i + 1 : sent.end] if not x.is_space and self.par_of(x.idx) == self.par_of(t.idx)]
            if not after or after[0].is_punct or any(self._opens_mark(x) or self.in_marks(x.idx) for x in after):
                continue
            if not any(x.dep_ in ("nsubj", "nsubjpass") and x.head.pos_ in ("VERB", "AUX")
                       and x.head.tag_ in ("VBD", "VBZ", "VBP", "MD", "VB") for x in after) \
                    or not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in after):
                continue
            subj = self._colon_subject(before, manner_only=True)
            if subj is None:
                continue
            span = self.span_of_tokens(after)
            if span is None or span[1] - span[0] < 8:
                continue
            out.append(_Cand(span[0], span[1], "indirect", ":", t, subj, "colon-clause"))
        return out

    def _colon_subject(self, toks: list[Token], manner_only: bool = False) -> Token | None:
        ids = {t.i for t in toks}
        r = self.c.resolver
        for verb in toks[:-1]:
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in ids), None) \
                or self._fronted_person(verb)
            if subj is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lemma_.lower() in self.c.receiving_verbs:
                return None  # "The club faces a difficult question: “…”": not the club's words
            if any(t.pos_ in ("VERB", "AUX") and t.i > verb.i and t.dep_ not in ("aux", "auxpass")
                   and t.head.i == verb.i and t.dep_ != "acomp" for t in toks):
                continue  # another clause follows before the colon
            kids = list(verb.children)
            slem = subj.lemma_.lower()
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None and (slem in self.c.colon_nouns or slem in self.c.claim_nouns) and verb.lemma_ == "be":
                # "Smith's argument is simple: …" / "The ministry's message was clear: …": the owner's words
                subj, slem, manner_only = owner, owner.lemma_.lower(), False
            characterises = (verb.lemma_ == "be" and any(
                c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN") and (
                    not manner_only or c.lower_ in self.c.colon_adjectives) for c in kids)) \
                or any(c.dep_ == "dobj" and c.lemma_.lower() in self.c.colon_nouns for c in kids) \
                or (verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids))
            if not characterises:
                continue
            speaks = subj.ent_type_ in ("PERSON", "ORG") or (subj.pos_ == "PROPN" and not subj.ent_type_) \
                or subj.lower_ in ("he", "she", "they") or slem in r.titles or slem in r.person_roles \
                or slem in r.org_nouns or slem in r.company_nouns or slem in r.epithets
            if not speaks or self.in_marks(subj.idx):
                return None
            return subj
        return None

    def colon_subject(self, toks: list[Token], q: MarkedQuote) -> _Cand | None:
        """``The senator was blunt: “…”`` / ``The mayor had a clear message: “…”``: a
        clause that characterises its subject's words (be + adjective, or a message noun
        as object) and ends in a colon gives the quote to that subject, when the subject
        can speak (a name, a pronoun, a role, an organisation)."""
        subj = self._colon_subject(toks)
        if subj is None:
            return None
        return _Cand(q.start, q.end, "direct", ":", toks[-1], subj, "marks-colon-subject", [q])

    def colon_clause_subject(self, toks: list[Token], q: MarkedQuote) -> _Cand | None:
        """``Jane Hollis took to Twitter with this message: “…”`` / ``The ministry issued a
        notice to parents: “…”``: a clause whose verb is no reporting verb but whose subject
        can speak, closed by a colon before a quoted sentence (a clause with its own subject
        and finite verb, not a list of items), gives the words to that subject."""
        colon = toks[-1]
        ids = {t.i for t in toks}
        # the clause's verb: a verb before the colon whose head lies outside the clause
        # (the parser often hangs the clause on the quoted sentence's verb)
        tops = [t for t in toks if t.pos_ in ("VERB", "AUX") and (t.head.i not in ids or t.head.i == t.i)
                and t.dep_ not in ("aux", "auxpass")]
        if len(tops) != 1 or self.in_marks(tops[0].idx):
            return None
        verb = tops[0]
        if verb.lemma_.lower() in self.c.blocking | self.c.receiving_verbs or any(c.dep_ == "neg" for c in verb.children):
            return None  # ("Reporters obtained a copy of the memo: “…”": not theirs)
        if any(t.lower_ == "from" and t.dep_ == "prep" and t.head.i != verb.i for t in toks):
            return None  # ("a letter from the union: “…”": someone else's words)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None) \
            or self._fronted_person(verb)
        if subj is None or self.in_marks(subj.idx) or subj.lower_ in ("i", "we", "you", "it", "this", "that"):
            return None
        r = self.c.resolver
        slem = subj.lemma_.lower()
        speaks = subj.ent_type_ in ("PERSON", "ORG") or (subj.pos_ == "PROPN" and not subj.ent_type_) \
            or subj.lower_ in ("he", "she", "they") or slem in r.titles or slem in r.person_roles \
            or slem in r.org_nouns or slem in r.company_nouns or slem in r.epithets \
            or (slem in self.c.doc_nouns and any(  # "A statement released by the UN office addressed …: “…”"
                c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in subj.children))
        if not speaks or self.is_collective(subj):
            return None
        ctoks = self.content_toks(q)
        if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.tag_ in ("VBD", "VBZ", "VBP", "MD")
                   or (t.dep_ in ("nsubj", "nsubjpass") and any(a.dep_ in ("aux", "auxpass") and a.tag_ in (
                       "VBD", "VBZ", "VBP", "MD") for a in t.head.children)) for t in ctoks):
            return None  # a list or a phrase, not a statement
        return _Cand(q.start, q.end, "direct", ":", colon, subj, "marks-colon-clause-subject", [q])

    def topic_not_source(self, name: Token) -> bool:
        """A place, event or topic before a colon (``In Kabul:``, ``On the Holocaust:``)
        is what the words are about, not who said them: a name that is no person or
        organisation, or that sits in a prepositional phrase other than from/by."""
        if name.ent_type_ in ("GPE", "LOC", "FAC", "EVENT", "NORP", "DATE", "TIME", "WORK_OF_ART", "LAW",
                              "PRODUCT", "LANGUAGE"):
            return True
        x = name
        for _ in range(4):  # climb the name's own compound words to its phrase head
            if x.dep_ in ("compound", "flat") and x.head.i != x.i:
                x = x.head
            else:
                break
        return x.dep_ == "pobj" and x.head.lower_ not in ("from", "by")

    def near_noun(self, window: list[Token], verb: Token) -> Token | None:
        """A speaker the parser left unattached: the nearest name/noun after the verb
        (inversion), else before it."""
        after = [t for t in window if t.i > verb.i]
        for t in after[:5]:
            if t.pos_ in ("PROPN", "NOUN") or t.lower_ in self.c.resolver.pronouns:
                head = t
                while head.head.i != head.i and head.head.i in {x.i for x in after} and head.head.pos_ in ("PROPN", "NOUN"):
                    head = head.head
                return head
        before = [t for t in window if t.i < verb.i]
        for t in reversed(before):
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
        return None

    def merge_interrupted(self, cands: list[_Cand]) -> list[_Cand]:
        """“A,” she said, “B.” -> one quote: a floating quote right after a direct quote
        whose cue stands between the two is its second half."""
        out: list[_Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            same_cue = (c.cue_tok is not None and prev is not None and prev.cue_tok is not None
                        and c.cue_tok.i == prev.cue_tok.i)
            if ((c.float_ or same_cue) and c.kind == "direct" and prev is not None and prev.kind == "direct"
                    and prev.marks and c.marks and prev.cue_tok is not None):
                q, nxt = prev.marks[-1], c.marks[0]
                between = self.text[q.close : nxt.open]
                # the attribution alone between the halves, possibly closing its own
                # sentence ("“A,” X, editor of Y, said. “B.”"): up to 8 words, or up
                # to 20 when A ends on a comma and nothing but the cue's clause intervenes
                inner = between.strip().rstrip(".")
                short = len(between.split()) <= 8 or (
                    len(between.split()) <= 20 and self.text[q.start:q.end].rstrip()[-1:] == ","
                    and not re.search(r"[.!?;:]", inner))
                semi = ";" in between and between.rstrip()[-1:] != ";"  # '“A,” said X; “B.”' is one
                if self._introduces_next(prev, q, between):
                    # '“A.” Says X, “B.”': a new sentence whose cue introduces B; A is
                    # not X's but floats on what came before
                    c.cue, c.cue_tok, c.subj, c.rule, c.float_ = prev.cue, prev.cue_tok, prev.subj, prev.rule, False
                    prev.cue, prev.cue_tok, prev.subj, prev.rule, prev.float_ = None, None, None, "floating", True
                    out.append(c)
                    continue
                if (self.par_of(q.close) == self.par_of(nxt.open) and short
                        and not semi and q.close <= prev.cue_tok.idx < nxt.open):
                    prev.end = max(prev.end, c.end)
                    prev.marks.append(nxt)
                    continue
            out.append(c)
        return out

    def coordinated_marks(self, cands: list[_Cand]) -> list[_Cand]:
        """``X wrote, "A?" and "B."``: a quote joined by a bare "and"/"or" to a quote a cue
        attributed is the same speaker's too."""
        out: list[_Cand] = []
        by_mark = {}
        for c in cands:
            if c.kind == "direct" and c.cue_tok is not None and len(c.marks) == 1 and not c.float_:
                by_mark[c.marks[0].open] = c
        for k in range(1, len(self.marks)):
            q0, q = self.marks[k - 1], self.marks[k]
            c0 = by_mark.get(q0.open)
            if c0 is None or any(c.start <= q.start < c.end for c in cands + out):
                continue
            if re.fullmatch(r"\s*,?\s*(?:and|or)\s*", self.text[q0.close : q.open]) \
                    and self.par_of(q0.open) == self.par_of(q.open) and self.sentence_like(q):
                out.append(_Cand(q.start, q.end, "direct", c0.cue, c0.cue_tok, c0.subj, c0.rule, [q]))
        return out

    def merge_continued(self, cands: list[_Cand]) -> list[_Cand]:
        """``He said that should X happen "[i]f …"``: reported words running straight into a
        quote of the same cue (no punctuation between) are one mixed quote."""
        out: list[_Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if (prev is not None and prev.kind == "indirect" and c.kind == "direct" and c.marks
                    and prev.cue_tok is not None and c.cue_tok is not None and prev.cue_tok.i == c.cue_tok.i
                    and prev.end <= c.marks[0].open and not self.text[prev.end : c.marks[0].open].strip()
                    and self.par_of(prev.start) == self.par_of(c.end)):
                prev.end, prev.kind = max(c.end, c.marks[-1].close), "mixed"
                prev.marks = prev.marks + c.marks
                continue
            out.append(c)
        return out

    def _introduces_next(self, prev: _Cand, q: MarkedQuote, between: str) -> bool:
        """``“A.” Says X, “B.”`` / ``“A.” She adds: “B.”``: A closed its sentence and the
        attribution starts a new one ending on a comma or colon before B."""
        inner = between.strip()
        return (self.text[q.start:q.end].rstrip()[-1:] in (".", "!", "?") and inner[:1].isupper()
                and inner[-1:] in (",", ":") and not re.search(r"[.!?;]", inner)
                and prev.cue_tok is not None and q.close <= prev.cue_tok.idx
                and prev.rule == "marks-after")


    # -- family 5: clean-up -------------------------------------------------------------------
    def split_coordinated(self, cands: list[_Cand]) -> None:
        """``X commented that A and said B``: a content that runs over a second cue
        coordinated with its own ends before that cue."""
        doc = self.doc
        by_cue: dict[int, list[_Cand]] = {}
        for a in cands:
            if a.cue_tok is not None:
                by_cue.setdefault(a.cue_tok.i, []).append(a)
        for b in cands:
            cue = b.cue_tok
            if cue is None or cue.dep_ != "conj":
                continue
            heads = [cue.head.i]
            if self._reattached_cue(cue) is not None:
                heads.append(cue.head.head.i)
            elif cue.head.dep_ == "ccomp" and cue.head.head.i < cue.head.i and b.subj is not None \
                    and b.subj.head.i == cue.i and b.subj.dep_ == "nsubj" and b.subj.i > cue.head.i and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "and", "yet") and cue.head.i < c.i < cue.i
                    for c in cue.head.children) and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they") for c in cue.children):
                # "Rebels said the army broke the deal but officials insist that …": a cue with
                # its own named subject coordinated with the reported clause is a new claim
                heads.append(cue.head.head.i)
            for a in (x for i in heads for x in by_cue.get(i, [])):
                if a is not b and a.start < cue.idx < a.end:
                    own = [c.left_edge.i for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
                    k = min([cue.i] + own) - 1
                    while k > 0 and doc[k].dep_ == "advmod" and doc[k].head.i == cue.i:
                        k -= 1  # "and also said"
                    while k > 0 and (doc[k].dep_ in ("cc", "punct") or doc[k].is_space):
                        k -= 1  # (not "had fired first but …": that adverb is content)
                    end = doc[k].idx + len(doc[k].text)
                    if end - a.start >= 8:
                        a.end = end

    def split_according(self, cands: list[_Cand]) -> None:
        """``According to the report, X led the review …, and told the paper that …``: a
        cue verb coordinated with the attributed clause is X's own claim; the attributed
        content ends before it."""
        doc = self.doc
        for a in cands:
            if a.rule != "source-phrase" or a.cue_tok is None or a.kind != "indirect":
                continue
            head = a.cue_tok.head
            if head.pos_ not in ("VERB", "AUX") or not a.start <= head.idx < a.end:
                continue
            cue = next((c for c in head.children if c.dep_ == "conj" and a.start < c.idx < a.end
                        and self.c.is_cue_verb(c)
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)),
                       None)
            if cue is None:
                continue
            k = cue.i - 1
            while k > head.i and (doc[k].dep_ in ("cc", "punct", "advmod") or doc[k].is_space):
                k -= 1
            end = doc[k].idx + len(doc[k].text)
            if end - a.start >= 8:
                a.end = end

    def split_actions(self, cands: list[_Cand]) -> None:
        """``The court found that the law was unfair and ordered …``: the parser tied the
        finder's next act to the reported clause; a ruling verb (quote_ruling_actions.txt)
        with no subject of its own, coordinated with a clause about a thing (no person,
        organisation or pronoun as its subject), ends the content before it."""
        doc = self.doc
        r = self.c.resolver
        for a in cands:
            if a.kind != "indirect" or a.cue_tok is None:
                continue
            for clause in a.cue_tok.children:
                if clause.dep_ != "ccomp" or not a.start <= clause.idx < a.end:
                    continue
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in r.person_roles \
                        or subj.lemma_.lower() in r.titles or subj.lemma_.lower() in r.org_nouns \
                        or subj.lemma_.lower() in r.group_nouns:
                    continue
                act = next((c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                            and c.lemma_.lower() in self.c.ruling_actions and c.tag_ == a.cue_tok.tag_
                            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)
                            and a.start < c.idx < a.end), None)
                if act is None:
                    continue
                k = act.i - 1
                while k > clause.i and (doc[k].dep_ in ("cc", "punct") or doc[k].is_space):
                    k -= 1
                end = doc[k].idx + len(doc[k].text)
                if end - a.start >= 8:
                    a.end = end

    def drop_relayed(self, cands: list[_Cand]) -> list[_Cand]:
        """``According to the AP, X said …`` / ``Agency reported that officials said …``:
        the outlet only relays; a cue inside the content whose speaker is inside it too
        is the real source, and the outer candidate goes."""
        out = []
        for a in cands:
            evidence = a.cue_tok is not None and a.cue_tok.lemma_.lower() in self.c.source_verbs \
                and a.subj is not None and a.subj.pos_ == "NOUN" and not a.subj.ent_type_
            # ("Media reports said the suspect told police …": a report relays too)
            outlet = (a.rule == "source-phrase" or (a.cue_tok is not None and a.cue_tok.lemma_.lower() == "report")
                      or evidence or (a.subj is not None and a.subj.pos_ == "NOUN" and a.subj.tag_ == "NNS"
                                      and a.subj.lemma_.lower() == "report")) \
                and (a.subj is None or a.subj.ent_type_ != "PERSON")
            # ("The records imply that X misled them when he said …": the person's own cue)
            relayed = outlet and any(b is not a and b.cue_tok is not None and b.subj is not None
                          and a.start <= b.cue_tok.idx < a.end and (a.start <= b.subj.idx < a.end or (
                              # "According to paper X, one of Y, said …": the subject hung on
                              # the phrase, the phrase's content opening with the cue
                              a.rule == "source-phrase" and b.subj.dep_ == "appos"
                              and b.subj.idx < a.start and b.cue_tok.idx == a.start))
                          and a.start <= b.start and b.end <= a.end and (
                              b.cue_tok.dep_ in ("ROOT", "ccomp", "conj") or (evidence and b.cue_tok.dep_ == "advcl"
                                                                             and b.subj.lower_ in ("he", "she")))
                          and b.cue_tok.lemma_.lower() not in self.c.belief_verbs  # a relayed belief stays the outlet's
                          and not (a.rule == "source-phrase" and self.generic_subject(b.subj))
                          and (b.end - b.start) * 2 >= (a.end - a.start) * 0.6
                          for b in cands)
            # "The paper said it had received assurances from the ministry that …": the
            # ministry's claim, relayed by whoever received it
            relayed = relayed or any(
                b is not a and b.rule.startswith("cue-noun:") and b.cue_tok is not None and b.subj is not None
                and b.cue_tok.dep_ == "dobj" and b.cue_tok.head.lemma_.lower() in self.c.receiving_verbs
                and b.subj.dep_ == "pobj" and b.subj.head.lower_ == "from"
                and a.start <= b.cue_tok.head.idx < a.end and a.start <= b.start and b.end <= a.end
                for b in cands)
            if not relayed:
                out.append(a)
        return out

    def generic_subject(self, subj: Token) -> bool:
        """``studies`` / ``research`` / ``experts`` used bare (quote_generic_subjects.txt):
        a reporting clause so introduced names no source of its own ("According to the
        ministry, studies show that …": the ministry's claim)."""
        if subj.lemma_.lower() not in self.c.generic_subjects or subj.ent_type_ or subj.pos_ != "NOUN":
            return False
        return not any(c.dep_ in ("det", "nummod", "poss", "compound", "appos", "relcl", "acl", "prep")
                       for c in subj.children)

    def dedupe(self, cands: list[_Cand]) -> list[_Cand]:
        order = {"direct": 0, "mixed": 0, "indirect": 1}
        ranked = sorted(cands, key=lambda c: (c.float_, order[c.kind], -len(c)))
        kept: list[_Cand] = []
        starts: list[int] = []  # kept candidates by start, to look only at neighbours
        by_start: list[_Cand] = []
        longest = 0
        for c in ranked:
            clash = False
            k = bisect_right(starts, c.end)
            while k > 0 and starts[k - 1] > c.start - longest:
                o = by_start[k - 1]
                k -= 1
                ov = min(c.end, o.end) - max(c.start, o.start)
                if ov > 0 and (ov * 2 >= len(c) or ov * 2 >= len(o)):
                    clash = True
                    break
            if not clash:
                kept.append(c)
                k = bisect_right(starts, c.start)
                starts.insert(k, c.start)
                by_start.insert(k, c)
                longest = max(longest, len(c))
        return kept

    # -- speakers -------------------------------------------------------------------------------
    def resolve(self, cands: list[_Cand]) -> list[dict[str, Any]]:
        sp = self.speakers
        # pass 1: named speakers become salient for the pronouns that follow them
        extra = []
        for c in cands:
            if c.subj is not None and c.subj.lower_ not in self.c.resolver.pronouns and not c.float_:
                found = sp.speaker_of(c.subj)
                if found is not None and found.get("_pobj") is not None:
                    extra.append((c.subj.idx, found["_pobj"]))
        if extra:
            sp.rebuild(extra)
        out = []
        prev: _Cand | None = None
        for c in cands:
            if c.float_:
                c.speaker = self.float_speaker(c, prev)
                if c.speaker is None:
                    continue
            elif c.subj is not None:
                avoid = (c.start, c.end) if c.kind in ("direct", "mixed") else None
                c.speaker = sp.speaker_of(c.subj, avoid)
                if c.speaker is not None and c.speaker.get("_person") and c.subj.lower_ in ("he", "she"):
                    self._learn_gender(sp, c.speaker, c.subj.lower_)
            if c.speaker is None and c.kind == "indirect":
                continue
            if c.speaker is not None:
                if c.cue_tok is not None and c.cue_tok.lemma_.lower() == "report" \
                        and c.subj is not None and c.subj.pos_ == "PROPN":
                    c.speaker["_outlet"] = True  # "Le Monde reported …": a later "the paper"
                sp.remember(c.start, c.speaker, "person" if c.speaker.get("_person") else "other")
                if c.subj is not None:
                    sp.remember(c.subj.idx, c.speaker, "person" if c.speaker.get("_person") else "other")
            prev = c
            out.append({
                "type": "quote",
                "start": c.start,
                "end": c.end,
                "kind": c.kind,
                "speaker": clean_speaker(c.speaker),
                "cue": c.cue,
                "rule": c.rule,
            })
        return out

    @staticmethod
    def _learn_gender(sp: Any, speaker: dict[str, Any], pron: str) -> None:
        """A he/she cue resolved to a person: a per-document GUESS of that person's
        gender (kept by the speaker resolver, never written into the shared registry)."""
        person = speaker.get("_pobj")
        if person is not None:
            sp.learn(person, "male" if pron == "he" else "female")

    def float_speaker(self, c: _Cand, prev: _Cand | None) -> dict[str, Any] | None:
        """The speaker of a quote with no cue: a person the text puts in subject position
        since the last quote (in this or the previous paragraph), else the previous quote's
        speaker when it is in this or the previous paragraph."""
        par = self.par_of(c.start)
        q = c.marks[0]
        lo = max(self.par_starts[max(par - 1, 0)], prev.end if prev is not None else 0)
        ev = self.speakers.subject_person_between(lo, q.open)
        if ev is not None:
            s, p = ev
            p = self.speakers.fullest(p)
            return {"name": p["name"], "mention": self.doc[self.tok_at(s)].text, "start": s,
                    "end": s + len(self.doc[self.tok_at(s)].text),
                    "titles": list(p.get("titles") or []), "_person": True}
        if prev is not None and prev.speaker is not None and self.par_of(prev.end) >= par - 1:
            return dict(prev.speaker)
        return None


__all__ = ["QuotesComponent", "make_quotes", "claim_quotes"]
