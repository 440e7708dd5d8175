"""Scoring newsgraph against the gold corpora in ``../shared/data``, each score next
to a baseline measured in the same run."""
