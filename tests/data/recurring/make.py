#!/usr/bin/env python3
"""Writes recurring.jsonl: one town's budget vote two years running and a
shooting with the trial of its suspect eight months later, for the
event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/recurring/make.py > tests/data/recurring/recurring.jsonl

Event `a`, the Pellham town council's budget vote of Tuesday 13 June 2023,
is told by the town paper and a county paper; both name Councillor Dale
Harmon, who led the opposition to a tax rise. Event `b`, the council's
budget vote of Tuesday 10 June 2025, two years later, is told by the town
paper, which names him by his surname alone, and by the county
paper, which names him in full: the same man, the same town, the same
kind of vote; the town had a new mayor by then, whom both reports of
each vote name, and nothing else of one event ties the two votes. Event `c` is a shooting
outside a bar in Marlow on Saturday 16 March 2024 and the opening of the
trial of the man charged with it on Monday 18 November 2024, eight months
later, told by the Marlow paper (which names the month of the shooting)
and by a regional paper (which names no day or month of it); both trial
reports name the defendant and the victim in full, and the street.
Fields: id, source, published, title, text, event (gold).
"""
import json

FIELDS = ("id", "event", "source", "published", "title", "text")
ROWS = []


def doc(*row):
    ROWS.append(row)


doc(0, "a", "pellham-post.example", "2023-06-14", "Council passes budget with smaller tax rise",
    """The Pellham town council approved next year's budget on Tuesday night after trimming the proposed property tax increase from four percent to two.
Councillor Dale Harmon, who had argued for weeks that residents could not absorb a larger increase, said the compromise still asked too much of retirees.
Harmon cast one of the two votes against the spending plan.
The budget adds two positions at the public works department and sets aside money for repaving the downtown lots.
Mayor Lena Ostrow said the compromise was fair, and Ostrow signed the budget the next morning.
The council will hold a hearing on water rates next month.""")
doc(1, "a", "county-courier.example", "2023-06-14", "Pellham trims tax increase, adopts spending plan",
    """Pellham's council adopted its spending plan on Tuesday evening, halving a proposed property tax increase to two percent after a long debate.
Dale Harmon, a councillor who opposed the original increase, told the meeting that older homeowners were being squeezed and voted against the final plan.
The adopted budget pays for two new public works jobs and the repaving of municipal parking lots downtown.
Mayor Lena Ostrow praised the compromise; Ostrow is expected to sign the plan this week.
A hearing on water rates is scheduled for July.""")
doc(2, "b", "pellham-post.example", "2025-06-11", "Council approves budget over objections",
    """The Pellham town council approved next year's budget on Tuesday night, keeping the property tax increase at three percent despite calls to lower it.
Council member Harmon, who has sat on the board for six years, said the increase would fall hardest on residents living on fixed incomes and urged colleagues to delay the purchase of a new fire engine.
Harmon and one other member voted against the plan.
The budget adds a librarian and funds the second phase of the sidewalk program.
Mayor Curtis Bale called the plan responsible, and Bale said the fire engine could not wait.
The council meets again in two weeks.""")
doc(3, "b", "county-courier.example", "2025-06-11", "Pellham budget passes with three percent tax hike",
    """Pellham's council passed its spending plan on Tuesday evening with a three percent property tax increase, turning back a push to shrink it.
Dale Harmon, one of the two councillors voting no, said people on fixed incomes could not keep up and that the fire engine purchase should wait a year.
The plan pays for a new librarian and more sidewalk work.
Mayor Curtis Bale defended the increase, and Bale said he would sign the plan on Friday.
Council members are expected to take up a parking ordinance later this month.""")
doc(4, "c", "marlow-ledger.example", "2024-03-18", "Man charged in fatal shooting outside Quarry Street bar",
    """A Marlow man has been charged with murder in the shooting death of Victor Moreno outside a bar on Quarry Street early Saturday, police said.
Daniel Reese, 22, was arrested Sunday at a relative's home and is being held without bail.
Moreno, 41, was shot twice after an argument inside the bar spilled onto the sidewalk, according to a police report.
Witnesses told officers that Reese left the scene in a grey pickup.
Reese is scheduled to appear in court on Tuesday.""")
doc(5, "c", "marlow-ledger.example", "2024-11-19", "Trial opens for man accused of killing Victor Moreno",
    """Opening statements began Monday in the murder trial of Daniel Reese, the man accused of shooting Victor Moreno to death outside a Quarry Street bar in March.
Prosecutors told jurors that Reese, 23, followed Moreno out of the bar after an argument and fired twice.
A defense lawyer said the witnesses who placed Reese at the scene had been drinking for hours and could not be trusted.
Moreno was 41 and worked as a mechanic in Marlow.
The trial is expected to last two weeks.""")

doc(6, "c", "valley-herald.example", "2024-11-19", "Jury hears opening statements in Quarry Street bar killing",
    """Jurors in Marlow heard opening statements on Monday in the case against Daniel Reese, who is charged with murder in the death of Victor Moreno outside a Quarry Street bar.
A prosecutor said Reese followed the victim outside after the two argued and shot him twice in front of several witnesses.
Reese's lawyer urged jurors to doubt witnesses who had been drinking.
Moreno, a mechanic, was 41.
Testimony resumes Tuesday.""")

for i, *rest in ROWS:
    row = dict(zip(FIELDS, [f"rc-{i:02d}", *rest]))
    row["text"] = row["text"].strip()
    print(json.dumps({k: row[k] for k in ("id", "source", "published", "title", "text", "event")}))
