"""Running newsgraph on more than one core or machine (Ray Data); see ``docs/scale.md``."""
