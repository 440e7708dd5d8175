"""The command line: the only part of newsgraph that prints."""
