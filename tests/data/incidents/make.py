#!/usr/bin/env python3
"""Writes incidents.jsonl: local news reports of many *similar* incidents
(shootings, house fires, road crashes), for the event-clustering tests.

    python3 tests/data/incidents/make.py > tests/data/incidents/incidents.jsonl

Every sentence pattern below was written for this fixture. Each incident
(a town, a street, a day, victims with names and ages, a toll) is reported
by two or three outlets in different words, some a day later with an
updated toll, some with a follow-up days or weeks later (an arrest, a
funeral, the victim named); each outlet adds its own page furniture (a
video notice, a copyright line, "Advertisement"). Towns repeat, days
repeat, kinds repeat: what tells two incidents apart is the place, the day
and who was hurt, never the vocabulary. Fields: id, source, published,
title, text, event (gold). Deterministic (seeded).
"""
import datetime
import json
import random
import sys

rng = random.Random(20261205)

TOWNS = [
    ("Rocky Mount", "N.C."), ("Greenville", "N.C."), ("Tarboro", "N.C."),
    ("Macon", "Ga."), ("Albany", "Ga."), ("Valdosta", "Ga."),
    ("Dayton", "Ohio"), ("Springfield", "Ohio"), ("Toledo", "Ohio"),
    ("Flint", "Mich."), ("Saginaw", "Mich."), ("Pontiac", "Mich."),
    ("Gary", "Ind."), ("Muncie", "Ind."), ("Evansville", "Ind."),
    ("Shreveport", "La."), ("Monroe", "La."), ("Lake Charles", "La."),
    ("Jackson", "Miss."), ("Hattiesburg", "Miss."), ("Tupelo", "Miss."),
    ("Peoria", "Ill."), ("Rockford", "Ill."), ("Joliet", "Ill."),
]
STREETS = ["Maple Street", "Sunset Avenue", "Church Street", "Pine Ridge Road",
           "Martin Luther King Jr. Boulevard", "Oak Lane", "Carver Drive",
           "Washington Avenue", "Hillcrest Road", "Elm Court", "Railroad Street",
           "Lakeview Drive", "Franklin Avenue", "Cedar Point Road", "Mill Street"]
FIRST_M = ["Darius", "Kevin", "Marcus", "Jerome", "Tyler", "Brandon", "Luis",
           "Anthony", "Dwayne", "Cody", "Andre", "Trevon", "Gregory", "Malik",
           "Hector", "Curtis", "Derrick", "Jamal", "Ricky", "Shawn"]
FIRST_F = ["Tasha", "Monique", "Brittany", "Keisha", "Alicia", "Denise",
           "Latoya", "Crystal", "Maria", "Shanice", "Erica", "Tamara"]
LAST = ["Whitfield", "Barnes", "Okafor", "Delgado", "Pruitt", "McCall",
        "Gaines", "Holloway", "Rutledge", "Strickland", "Vance", "Mosley",
        "Fairley", "Lockhart", "Tillery", "Boyd", "Ransom", "Cuevas",
        "Hairston", "Spivey", "Noble", "Dorsey", "Kimbrough", "Slade"]
OUTLETS = [
    ("wtvd-news.example", ["Please enable Javascript to watch this video",
                           "Copyright 2016 WTVD. All rights reserved."]),
    ("the-ledger.example", ["Advertisement",
                            "Your notification has been saved.",
                            "© 2016 Ledger Media Group."]),
    ("channel9.example", ["Click here to sign up for breaking news alerts.",
                          "Copyright 2016 by Channel 9. All rights reserved."]),
    ("daily-courier.example", ["Advertisement",
                               "Follow the Courier on social media for updates."]),
    ("metro-wire.example", ["Please enable Javascript to watch this video",
                            "Report a typo or error on this story."]),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
NUMBER = ["no", "one", "two", "three", "four", "five", "six"]


def person(female=None):
    female = rng.random() < 0.3 if female is None else female
    first = rng.choice(FIRST_F if female else FIRST_M)
    return {"first": first, "last": rng.choice(LAST), "age": rng.randint(16, 67),
            "female": female}


def noun(p):
    if p["age"] < 18:
        return "teenage girl" if p["female"] else "teenage boy"
    return "woman" if p["female"] else "man"


def full(p):
    return f"{p['first']} {p['last']}"


def when(day, published):
    """How a report dated `published` names the incident's `day`."""
    gap = (published - day).days
    if gap == 0:
        return rng.choice(["early today", "this morning", "today"])
    if gap == 1:
        return rng.choice(["yesterday", "late " + WEEKDAYS[day.weekday()]])
    if gap < 7:
        return WEEKDAYS[day.weekday()]
    return f"on {day.strftime('%B')} {day.day}"


def shooting(inc, published, outlet, style, follow):
    town, state = inc["town"]
    v = inc["victims"]
    dead, hurt = inc["dead"], inc["hurt"]
    w = when(inc["day"], published)
    if follow == "arrest":
        s = inc["suspect"]
        title = f"Arrest made in {town} shooting that killed {full(v[0])}"
        body = [
            f"{town.upper()}, {state} — Police have arrested {full(s)}, {s['age']}, "
            f"in connection with the deadly shooting on {inc['street']} {w}.",
            f"{full(s)} faces a charge of first-degree murder in the death of "
            f"{full(v[0])}, {v[0]['age']}, investigators said.",
            f"{v[0]['first']} {v[0]['last']} was found with gunshot wounds near "
            f"{inc['street']} and died at the hospital.",
            f"{full(s)} is being held at the {town} jail without bond.",
        ]
        return title, body
    if follow == "funeral":
        title = f"Family, friends say goodbye to {full(v[0])}"
        body = [
            f"Mourners filled a church in {town} to remember {full(v[0])}, the "
            f"{v[0]['age']}-year-old killed in a shooting on {inc['street']} {w}.",
            f"Relatives described {v[0]['first']} as a devoted parent who loved "
            "football and cooking for the neighborhood.",
            f"No arrest has been made in the {town} shooting. Police ask anyone "
            "with information to call Crime Stoppers.",
        ]
        return title, body
    if style == 0:
        title = f"{NUMBER[dead].capitalize()} dead, {NUMBER[hurt]} hurt in {town} shooting"
        body = [
            f"{town.upper()}, {state} (WTVD) — A {v[0]['age']}-year-old {noun(v[0])} "
            f"was killed in a shooting on {inc['street']} {w}, police said.",
            f"Officers responding to a call about shots fired found {full(v[0])} "
            "with several gunshot wounds. "
            + ("Paramedics pronounced the victim dead at the scene." if dead else
               "The victim was taken to a hospital."),
        ]
        if hurt:
            body.append(f"{NUMBER[hurt].capitalize()} other people were wounded; "
                        "their injuries were not considered life-threatening.")
        body.append(f"Investigators have not released a motive. The {town} "
                    "Police Department is asking witnesses to come forward.")
    elif style == 1:
        title = f"Police: {noun(v[0])} shot dead outside home on {inc['street']}"
        body = [
            f"A shooting {w} left {NUMBER[dead]} person dead in {town}, "
            "according to police.",
            f"The victim, identified as {full(v[0])}, {v[0]['age']}, was shot "
            f"outside a home in the {inc['street'].split()[0]} neighborhood.",
        ]
        if len(v) > 1:
            body.append(f"A second victim, {full(v[1])}, {v[1]['age']}, was "
                        "treated at a local hospital.")
        body.append("Detectives said the shooter fled in a dark sedan. No one "
                    "is in custody.")
    else:
        title = f"{town} police investigate deadly gunfire"
        body = [
            f"Gunfire erupted on {inc['street']} in {town} {w}, and "
            f"{full(v[0])} did not survive, officers said.",
            f"{v[0]['first']}, who was {v[0]['age']}, was pronounced dead at a "
            "hospital.",
            f"Neighbors told reporters they heard {rng.choice(['five', 'six', 'several', 'a dozen'])} "
            "shots before a car sped away.",
            "Police have not named a suspect.",
        ]
    return title, body


def fire(inc, published, outlet, style, follow):
    town, state = inc["town"]
    v = inc["victims"]
    dead = inc["dead"]
    w = when(inc["day"], published)
    if follow:
        title = f"Cause of deadly {town} house fire determined"
        body = [
            f"Fire investigators said a space heater started the blaze on "
            f"{inc['street']} in {town} that killed {full(v[0])}, {v[0]['age']}, {w}.",
            f"The fire marshal said the home had no working smoke alarms.",
        ]
        return title, body
    if style == 0:
        title = f"{NUMBER[dead].capitalize()} killed in {town} house fire"
        body = [
            f"{town.upper()}, {state} — {NUMBER[dead].capitalize()} "
            f"{'person was' if dead == 1 else 'people were'} killed when fire "
            f"swept through a home on {inc['street']} {w}, fire officials said.",
            f"Firefighters found {full(v[0])}, {v[0]['age']}, inside the house.",
            "The cause of the fire is under investigation.",
        ]
    else:
        title = f"Firefighters battle deadly blaze on {inc['street']}"
        body = [
            f"A {v[0]['age']}-year-old {noun(v[0])} died in a house fire in "
            f"{town} {w}.",
            f"Crews arrived to heavy smoke and flames. The victim, {full(v[0])}, "
            "could not be rescued.",
            f"Neighbors said {v[0]['first']} lived alone. The state fire marshal "
            "is investigating.",
        ]
    return title, body


def crash(inc, published, outlet, style, follow):
    town, state = inc["town"]
    v = inc["victims"]
    dead = inc["dead"]
    w = when(inc["day"], published)
    if follow:
        title = f"Driver charged in crash that killed {full(v[0])}"
        s = inc["suspect"]
        body = [
            f"Prosecutors charged {full(s)}, {s['age']}, with vehicular homicide "
            f"in the crash on {inc['street']} in {town} {w}.",
            f"{full(v[0])}, {v[0]['age']}, died at the scene. Police said "
            f"{s['last']} was driving at more than 80 mph.",
        ]
        return title, body
    if style == 0:
        title = f"{NUMBER[dead].capitalize()} dead after crash on {inc['street']} in {town}"
        body = [
            f"{town.upper()}, {state} — {NUMBER[dead].capitalize()} "
            f"{'person died' if dead == 1 else 'people died'} in a two-vehicle "
            f"crash on {inc['street']} {w}, police said.",
            f"The driver of a pickup truck, {full(v[0])}, {v[0]['age']}, was "
            "pronounced dead at the scene.",
            "The road was closed for several hours while crews cleared the wreck.",
        ]
    else:
        title = f"Police identify {v[0]['age']}-year-old killed in {town} wreck"
        body = [
            f"Police have identified the {noun(v[0])} killed in a crash {w} as "
            f"{full(v[0])} of {town}.",
            f"{v[0]['first']} {v[0]['last']}, {v[0]['age']}, lost control of "
            f"a car on {inc['street']} and struck a utility pole.",
            "Speed may have been a factor, investigators said.",
        ]
    return title, body


KINDS = {"shooting": shooting, "fire": fire, "crash": crash}


def main():
    start = datetime.date(2016, 1, 4)
    incidents = []
    for k in range(60):
        kind = rng.choices(list(KINDS), weights=[6, 2, 2])[0]
        # Hard cases on purpose: the town of an earlier incident, within a
        # few days of it, or the same day somewhere else.
        if incidents and rng.random() < 0.45:
            prev = rng.choice(incidents)
            town = prev["town"] if rng.random() < 0.6 else rng.choice(TOWNS)
            day = prev["day"] + datetime.timedelta(days=rng.choice([0, 1, 2, 3, 5, 8, 20, 365]))
        else:
            town = rng.choice(TOWNS)
            day = start + datetime.timedelta(days=rng.randint(0, 330))
        dead = rng.choice([1, 1, 1, 2]) if kind != "shooting" else rng.choice([0, 1, 1, 1, 2])
        inc = {
            "kind": kind, "town": town, "day": day, "street": rng.choice(STREETS),
            "victims": [person() for _ in range(2)], "dead": max(dead, 1),
            "hurt": rng.choice([0, 0, 1, 2]), "suspect": person(False),
            "event": f"inc{k:03d}",
        }
        incidents.append(inc)
    docs = []
    for inc in incidents:
        outlets = rng.sample(OUTLETS, rng.choice([1, 2, 2, 3]))
        for n, (source, furniture) in enumerate(outlets):
            published = inc["day"] + datetime.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
            make = KINDS[inc["kind"]]
            title, body = make(inc, published, source, rng.randrange(3 if inc["kind"] == "shooting" else 2), None)
            if n == 1 and inc["dead"] < 3 and rng.random() < 0.3:
                # A later report with an updated toll.
                inc2 = dict(inc, dead=inc["dead"] + 1)
                published += datetime.timedelta(days=1)
                title, body = make(inc2, published, source, 0, None)
            docs.append((inc, source, published, title, body, furniture))
        if rng.random() < 0.4:
            follow = {"shooting": rng.choice(["arrest", "funeral"]), "fire": "cause",
                      "crash": "charge"}[inc["kind"]]
            published = inc["day"] + datetime.timedelta(days=rng.choice([4, 6, 9, 16, 30]))
            source, furniture = rng.choice(OUTLETS)
            title, body = KINDS[inc["kind"]](inc, published, source, 0, follow)
            docs.append((inc, source, published, title, body, furniture))
    rng.shuffle(docs)
    docs.sort(key=lambda d: d[2])
    for i, (inc, source, published, title, body, furniture) in enumerate(docs):
        lines = list(body)
        lines.insert(rng.randrange(1, len(lines)), furniture[0])
        lines.extend(furniture[1:])
        print(json.dumps({
            "id": f"inc-{i:03d}", "source": source, "published": published.isoformat(),
            "title": title, "text": "\n".join(lines), "event": inc["event"],
        }))


if __name__ == "__main__":
    main()
