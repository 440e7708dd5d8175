"""No "No" from the opposite of an asked word said in an unrelated clause or of another participant: "the home
team lost its opener" for "did the visitors win?", "A denied the report" for "did B admit it?", "A was acquitted"
for "was B convicted?", "shares of A fell" for "did B's shares rise?". The yes/no step searches the sentences
that name the question's subject for WordNet's opposites of its words (``ask._opposite_words``) and reads every
told claim for an opposite when the near ones give none (``frames.opposite``); these probes pin that an opposite
said of someone else, or of another thing, or inside what a speaker said ("A said it would open a plant" for "did
A close a plant?") leaves "the articles don't say". Invented articles read by the real
pipeline: a sports round, a court, a company, a street of shops.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested


SPORTS = """date: 2025-09-21
source: Valley Courier

The Brockton home team lost its first game of the season to the Ferris Owls on Saturday.
Fans left the ground early as rain fell in the second half.
The Corbin Rovers played the Dunmore Foxes at Dunmore on Sunday afternoon.
The Rovers travelled with a squad of 18 players.
"""

COURT = """date: 2025-10-02
source: County Ledger

Prosecutor Ana Vell denied a newspaper report that her office had dropped the fraud case.
Defendant Marco Quist appeared in court on Wednesday with his lawyer.
A judge acquitted Tom Reyes of the theft charge on Tuesday.
Lisa Ortt faced a separate charge of theft in the same court.
"""

COMPANY = """date: 2025-11-05
source: Market Wire

Shares of Orlin Foods fell 4 percent on Monday after a weak forecast.
Brantley Mills reported its quarterly earnings on Tuesday.
Brantley Mills said it would open a new plant in the spring.
"""

STREET = """date: 2025-06-12
source: Town Post

Lena Dorr opened a bakery on Mill Street in March.
A rival shop on the same street closed in May after its owner retired.
Customers queued outside the bakery on its first morning.
"""


@pytest.fixture(scope="module")
def round_(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "other", {
        "2025-09-21-valley-courier-round.txt": SPORTS,
        "2025-10-02-county-ledger-court.txt": COURT,
        "2025-11-05-market-wire-shares.txt": COMPANY,
        "2025-06-12-town-post-bakery.txt": STREET,
    })
    yield store
    store.close()


@pytest.mark.parametrize("question", [
    "Did the Corbin Rovers win their game?",  # sports: the home team that lost is another side
    "Did the visitors win their first game?",  # the home team lost it: the visitors are not said to have lost
    "Did Marco Quist admit the report?",  # court: the one who denied a report is the prosecutor
    "Was Lisa Ortt convicted?",  # the one acquitted is another defendant
    "Did Brantley Mills' shares rise?",  # company: the shares that fell are another firm's
    "Did Brantley Mills close a plant?",  # it said it would open one: an opposite inside what a speaker said
    pytest.param("Did Lena Dorr close her bakery?", marks=pytest.mark.xfail(
        strict=True, reason="'opened' is read as the opposite of 'close': a change that can be undone later")),
])
def test_no_no_from_an_opposite_said_of_another_or_another_thing(round_, question):
    answer = _asked(round_, question)
    assert not answer.answer.startswith("No:"), answer.answer
