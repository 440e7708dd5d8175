"""Names written as a list reads in English: "A and B", "A, B and C".

Both the claim extractor (a conjoined subject, "Ann Lee, Tom Ray and Bo Kim") and the answer writer (the places a
sentence lists, "India, Saudi Arabia, Egypt and Malaysia") write lists back out; one function does it for both.
"""

from __future__ import annotations


def join_names(names: list[str], word: str = "and") -> str:
    """"A and B", "A, B and C" (``word`` the conjunction as written: "or", "nor"); empty names are left out."""
    names = [n for n in names if n]
    if len(names) < 3:
        return f" {word} ".join(names)
    return f"{', '.join(names[:-1])} {word} {names[-1]}"
