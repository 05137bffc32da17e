#!/usr/bin/env python3
"""Writes meetings.jsonl: two library board meetings on one evening in two
towns, for the event-clustering tests. Every sentence was written for this
fixture.

    python3 tests/data/meetings/make.py > tests/data/meetings/meetings.jsonl

Event `a`, the Pellham library board's vote on Monday 6 October 2025 to
close its branch on Fridays, is told by the town paper (its lead names
Pellham once) and by a county paper, whose lead names only the village
the branch is in (Ashgrove) and later quotes "Pellham residents": one
event told from its town in one report and from a village of it in the
other. Event `b`, the Dunsby library board's vote the same evening to cut
its Saturday hours, is told by the Dunsby paper, naming Dunsby once.
No report names a date, a figure or a person the others name.

Events `c` and `d` are two parks boards' votes the same evening to close
their outdoor pools early, in Tolland and in Wrexford, each told once.
The Wrexford report quotes its board chair, Tolland Pryce: the other
town's name as a given name, which names no town. Fields: id, source,
published, title, text, event (gold).
"""
import json

FIELDS = ("id", "event", "source", "published", "title", "text")
ROWS = []


def doc(*row):
    ROWS.append(row)


doc(0, "a", "pellham-post.example", "2025-10-07", "Library board votes to cut branch hours",
    """The library board in Pellham voted on Monday evening to close the branch library on Fridays starting next month, citing a shortfall in the budget.
Board members said the cut was the least painful of the options in front of them after the county trimmed its support for libraries this year.
Several parents spoke against the change during the public comment period, saying the branch is the only place nearby where their children can study after school.
The board chair said the schedule would be reviewed in the spring if the budget improves.
The main library will keep its current hours.""")
doc(1, "a", "county-courier.example", "2025-10-07", "Branch library to close Fridays after board vote",
    """The branch library in Ashgrove will close on Fridays starting next month after the library board voted on Monday evening to trim its schedule to cover a budget gap.
Board members called the cut the least painful of their options after the county reduced its support for libraries this year.
Parents who spoke at the meeting said the branch is the only place nearby where their children can study after school, and some Pellham residents asked the board to look for savings elsewhere.
The board chair said the schedule would be reviewed in the spring.""")
doc(2, "b", "dunsby-daily.example", "2025-10-07", "Library board votes to trim Saturday hours",
    """The library board in Dunsby voted on Monday evening to shorten Saturday hours at the main library starting next month, citing a shortfall in the budget.
Board members said the cut was the least painful of the options in front of them after the county trimmed its support for libraries this year.
Several parents spoke against the change during the public comment period, saying weekends are the only time their families can visit.
The board chair said the schedule would be reviewed in the spring if the budget improves.
The branch libraries will keep their current hours.""")

doc(3, "c", "tolland-ledger.example", "2025-10-07", "Parks board shuts outdoor pool early",
    """The parks board in Tolland voted on Monday evening to close the outdoor pool two weeks ahead of schedule, after a pump failed over the weekend.
Repairing the pump this late in the season would cost more than the pool takes in before it closes, board members said.
Swimmers who came to the meeting asked whether the lanes could stay open on weekends, and the board said it would look at that next year.
The indoor pool at the recreation center is not affected.""")
doc(4, "d", "wrexford-weekly.example", "2025-10-07", "Outdoor pool to close early, parks board decides",
    """The parks board in Wrexford voted on Monday evening to close the outdoor pool ahead of schedule because too few lifeguards are left now that students are back in class.
Board chair Tolland Pryce said the board tried to hire more guards over the summer but could not fill the shifts.
A handful of lap swimmers at the meeting asked for morning hours on weekends, and the board promised to consider it next season.
The splash pad in the park will stay open until the end of the month.""")

for i, *rest in ROWS:
    row = dict(zip(FIELDS, [f"mt-{i:02d}", *rest]))
    row["text"] = row["text"].strip()
    print(json.dumps({k: row[k] for k in ("id", "source", "published", "title", "text", "event")}))
