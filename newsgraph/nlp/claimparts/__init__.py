"""The parts of the claim reader (``newsgraph.nlp.claims``), one concern per module.

``view`` (one sentence of the parse), ``lexicon`` (word lists), ``predicate``
(verb chains), ``arguments`` (subject, object, purpose, reason, channel…),
``attribution`` (sources, quotes), ``corefer`` (names and pronouns →
entities), ``nominal`` (events named by nouns), ``status``, ``timing``,
``settle`` (later sentences settling earlier claims).
"""
