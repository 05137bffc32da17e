#!/usr/bin/env python3
"""Writes incidents2.jsonl: a second stream of local news reports of many
*similar* incidents (shootings, armed robberies, house fires, storms), for
the event-clustering tests, written apart from the first fixture
(`../incidents/make.py`: other towns, other sentences, other structure).

    python3 tests/data/incidents2/make.py > tests/data/incidents2/incidents2.jsonl
    python3 tests/data/incidents2/make.py SEED > other.jsonl   # another draw

What it models, on purpose:

- A first report often knows little: "a man" shot "in the 1400 block of
  West Vine Street", no name; the next day's report names the victim and
  gives an updated toll; a follow-up weeks later (an arrest, a vigil, the
  cause of a fire, the cleanup after a storm) names the victim or the
  store and the day ("the Aug. 14 shooting", "last month's tornado").
- Ages written three ways ("Jaylen Price, 27,", "27-year-old Jaylen
  Price", "Price (27)"); days as news writes them ("late Friday", "Sunday
  night", "early today", "on Aug. 14", "last month").
- Datelines in the wire and TV styles for some outlets, none for others;
  about one page in twelve has no publication date.
- Page furniture per outlet (copyright lines, newsletter prompts, "Listen
  live"), and, as scraped pages do, a "More local news" box with the
  headlines of *other* incidents of the same outlet.
- Hard cases: towns and streets of earlier incidents, days apart or the
  same day a year later; robberies of one store chain in several towns;
  a storm reported from two neighbouring towns (one event, two datelines,
  each naming the other town).

Every sentence pattern below was written for this fixture. Fields: id,
source, published (or null), title, text, event (gold). Deterministic
(seeded).
"""
import datetime
import json
import random
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20270114)

# (town, state, county, neighbouring town of the same county area)
TOWNS = [
    ("Conway", "Ark.", "Faulkner", "Greenbrier"),
    ("Jonesboro", "Ark.", "Craighead", "Bono"),
    ("Pine Bluff", "Ark.", "Jefferson", "White Hall"),
    ("Bowling Green", "Ky.", "Warren", "Plano"),
    ("Owensboro", "Ky.", "Daviess", "Utica"),
    ("Paducah", "Ky.", "McCracken", "Reidland"),
    ("Florence", "S.C.", "Florence", "Timmonsville"),
    ("Sumter", "S.C.", "Sumter", "Dalzell"),
    ("Anderson", "S.C.", "Anderson", "Belton"),
    ("Dothan", "Ala.", "Houston", "Cowarts"),
    ("Gadsden", "Ala.", "Etowah", "Attalla"),
    ("Decatur", "Ala.", "Morgan", "Hartselle"),
    ("Clarksville", "Tenn.", "Montgomery", "Woodlawn"),
    ("Kingsport", "Tenn.", "Sullivan", "Blountville"),
    ("Joplin", "Mo.", "Jasper", "Duquesne"),
    ("Sedalia", "Mo.", "Pettis", "Smithton"),
    ("Lawton", "Okla.", "Comanche", "Cache"),
    ("Enid", "Okla.", "Garfield", "Waukomis"),
    ("Tyler", "Texas", "Smith", "Whitehouse"),
    ("Longview", "Texas", "Gregg", "Kilgore"),
]
STREETS = [
    "Vine Street", "Oakland Avenue", "Prince Street", "College Avenue",
    "Robinson Road", "Harding Street", "Cherry Lane", "Poplar Street",
    "Dogwood Drive", "Main Street", "Jefferson Avenue", "Wildwood Road",
    "Magnolia Street", "Pecan Street", "Highland Avenue", "Bellview Road",
    "Shady Lane", "Locust Street", "Mockingbird Lane", "Holly Street",
]
DIRS = ["North", "South", "East", "West", ""]
STORES = ["Dollar General", "Circle K", "Family Dollar", "Walgreens",
          "Casey's General Store", "Exxon station", "Subway restaurant",
          "Regions Bank branch", "AutoZone", "Sonic Drive-In"]
FIRST_M = ["Jaylen", "Travis", "Dominic", "Quentin", "Austin", "Reginald",
           "Colby", "Terrance", "Mason", "Javier", "Demetrius", "Hunter",
           "Lamar", "Wesley", "Isaiah", "Cedric", "Dustin", "Xavier"]
FIRST_F = ["Kiara", "Ashley", "Tiana", "Brandi", "Yolanda", "Destiny",
           "Courtney", "Imani", "Rosa", "Heather", "Jasmine", "Felicia"]
LAST = ["Price", "Haskins", "Abernathy", "Oyelaran", "Trammell", "Quarles",
        "Lindsey", "Buckner", "Pettaway", "Sandoval", "Crenshaw", "Yarbrough",
        "Hightower", "Mayfield", "Gentry", "Ashby", "Truitt", "Wofford",
        "Kirkland", "Baptiste", "Chisholm", "Renfro", "Epps", "Galloway"]
# A town's police spokesperson and its county's coroner speak for every
# incident there (as they do): a name shared by reports of *different*
# incidents of one town.
OFFICIALS = ["Lt. Dana Kirby", "Sgt. Marcus Hale", "Capt. Renee Oduya",
             "Chief Ron Tolliver", "Sgt. Beth Carrington", "Lt. Omar Wheatley",
             "Sgt. Luis Amaro", "Lt. Tonya Greer", "Capt. Will Harwell",
             "Sgt. Nadine Okoro"]
CORONERS = ["Coroner Gail Pruett", "Coroner Stan Mabry",
            "Deputy Coroner Lisa Fenwick", "Coroner Earl Dobbins",
            "Coroner Vic Santangelo", "Deputy Coroner Hal Brister"]
NUM = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
             "Sept.", "Oct.", "Nov.", "Dec."]

# (source, dateline style, furniture lines, shows a "more news" box)
OUTLETS = [
    ("kxan-7.example", "tv", ["Copyright 2017 Nexstar Broadcasting, Inc. All rights "
                              "reserved. This material may not be published, "
                              "broadcast, rewritten, or redistributed.",
                              "Trending Stories"], True),
    ("herald-dispatch.example", "none", ["Sign up for daily headlines delivered "
                                         "to your inbox.",
                                         "Subscribe to the e-edition"], False),
    ("state-wire.example", "wire", ["Copyright 2017 The Associated Press. All "
                                    "rights reserved."], False),
    ("townpatch.example", "none", ["Get the latest news from your town: "
                                   "subscribe to Patch",
                                   "Thank you for reading. Comments are closed."],
     True),
    ("river-radio.example", "none", ["Listen live", "Download our app for "
                                     "breaking news alerts"], False),
    ("valley-times.example", "paper", ["Have a news tip? Email the newsroom.",
                                       "Copyright 2017 Valley Times Media. "
                                       "All rights reserved."], True),
]


def num(n):
    """A count as news writes it: words up to eight, digits above."""
    return NUM[n] if n < len(NUM) else str(n)


def person(female=None, young=False):
    female = rng.random() < 0.35 if female is None else female
    return {
        "first": rng.choice(FIRST_F if female else FIRST_M),
        "last": rng.choice(LAST),
        "age": rng.randint(15, 29) if young else rng.randint(17, 84),
        "female": female,
    }


def full(p):
    return f"{p['first']} {p['last']}"


def aged(p, style=None):
    """A person with an age, in one of three news styles."""
    style = rng.randrange(3) if style is None else style
    if style == 0:
        return f"{full(p)}, {p['age']},"
    if style == 1:
        return f"{p['age']}-year-old {full(p)}"
    return f"{full(p)} ({p['age']})"


def cap(s):
    """The first letter upper-cased, the rest as it is."""
    return s[:1].upper() + s[1:]


def he(p):
    return "she" if p["female"] else "he"


def who(p):
    if p["age"] < 18:
        return "a teenage girl" if p["female"] else "a teenage boy"
    return "a woman" if p["female"] else "a man"


def ap_date(d):
    return f"{AP_MONTHS[d.month - 1]} {d.day}"


def when(day, published, night=False):
    """How a report dated `published` names the incident's `day`."""
    gap = (published - day).days
    part = rng.choice(["night", "evening", "afternoon"]) if night else rng.choice(
        ["morning", "night", "afternoon"])
    if gap == 0:
        return rng.choice(["early today", "this morning", "tonight",
                           "earlier today"])
    if gap == 1:
        return rng.choice([f"late {WEEKDAYS[day.weekday()]}",
                           f"{WEEKDAYS[day.weekday()]} {part}",
                           f"{WEEKDAYS[day.weekday()]}"])
    if gap < 7:
        return rng.choice([f"{WEEKDAYS[day.weekday()]} {part}",
                           f"early {WEEKDAYS[day.weekday()]}",
                           f"{WEEKDAYS[day.weekday()]}"])
    if gap < 45 and rng.random() < 0.3:
        return "last month" if day.month != published.month else "earlier this month"
    return f"on {ap_date(day)}"


def place(inc):
    return f"the {inc['block']} block of {inc['street']}"


def dateline(style, town, state):
    if style == "tv":
        return f"{town.upper()}, {state} (KXAN) -- "
    if style == "wire":
        return f"{town.upper()}, {state} (AP) — "
    if style == "paper" and rng.random() < 0.5:
        return f"{town.upper()} — "
    return ""


# --- shootings ---------------------------------------------------------


def shooting(inc, pub, dl, role, variant):
    town, state, county, _ = inc["town"]
    v, s = inc["victims"][0], inc["suspect"]
    w = when(inc["day"], pub, night=True)
    dead = inc["dead"]
    official = inc["official"]
    if role == "first":
        if variant % 3 == 2:
            title = f"Shooting on {inc['street']} under investigation"
            body = [
                f"{dl}Someone opened fire on a group of people standing outside "
                f"a house on {inc['street']} in {town} {w}, police said.",
                (f"{cap(num(dead))} "
                 f"{'person was' if dead == 1 else 'people were'} killed"
                 if dead else "No one was killed")
                + (f" and {num(inc['hurt'])} wounded." if inc["hurt"] else "."),
                f"Witnesses told officers a dark SUV drove slowly past the house "
                "before the shots were fired.",
                f"The {town} Police Department's violent crimes unit is "
                "handling the case.",
            ]
        elif variant % 3 == 0:
            title = f"{'Man' if not v['female'] else 'Woman'} killed in {town} shooting" \
                if dead else f"{town} police investigate shooting on {inc['street']}"
            body = [
                f"{dl}{town} police are investigating a shooting {w} in "
                f"{place(inc)} that left {who(v)} "
                + ("dead." if dead else "with serious injuries."),
                f"Officers answering a report of gunfire found the victim lying "
                f"near a parked car, {official} said.",
                f"The victim was taken to {town} Regional Medical Center"
                + (", where " + he(v) + " died." if dead else " in critical condition."),
                "Investigators have not said what led to the shooting. No one "
                "has been arrested.",
            ]
        else:
            title = f"{cap(num(dead + inc['hurt']))} shot on {inc['street']}"
            body = [
                f"{dl}Gunfire {w} on {inc['street']} in {town} hit "
                f"{num(dead + inc['hurt'])} "
                f"{'person' if dead + inc['hurt'] == 1 else 'people'}, "
                + (("fatally, " if dead + inc['hurt'] == 1 else
                    f"{num(dead)} of them fatally, ") if dead else "")
                + "according to police.",
                f"{official} of the {town} Police Department said officers "
                f"arrived within minutes and found shell casings scattered "
                f"across {place(inc)}.",
                "Police asked anyone with video from the area to call the "
                "department's tip line.",
            ]
        return title, body
    if role == "update":
        toll = dead + 1 if inc["dead_later"] else dead
        if variant % 2:
            title = f"Police name {v['last']} as victim of {inc['street']} shooting"
            first = (f"{dl}{cap(aged(v, 1))} was the person shot to "
                     f"death {w} on {inc['street']}, {town} police said.")
        else:
            title = f"Victim identified in {town} shooting"
            first = (f"{dl}The {county} County coroner's office has identified the "
                     f"person killed in the shooting on {inc['street']} {w} as "
                     f"{aged(v)} of {town}.")
        body = [
            first,
            f"{inc['coroner']} said {v['last']} died of gunshot wounds to the "
            "chest.",
        ]
        if inc["dead_later"]:
            v2 = inc["victims"][1]
            body.append(f"A second victim, {aged(v2, 0)} died at the hospital "
                        f"on {WEEKDAYS[(inc['day'] + datetime.timedelta(days=1)).weekday()]}, "
                        f"bringing the number of dead to {num(toll)}.")
        elif inc["hurt"]:
            body.append(f"{cap(num(inc['hurt']))} other "
                        f"{'person was' if inc['hurt'] == 1 else 'people were'} "
                        "treated for wounds that were not life-threatening.")
        body.append(f"Family members described {v['first']} as someone who "
                    "\"never met a stranger.\"")
        return title, body
    if role == "arrest":
        title = (f"Arrest in killing of {full(v)}" if dead else
                 f"Suspect charged in {inc['street']} shooting")
        crime = (f"with murder in the death of {full(v)}, who was" if dead else
                 f"with aggravated assault; {full(v)} was")
        body = [
            f"{dl}Detectives have charged {aged(s, 0)} {crime} shot {w} on "
            f"{inc['street']} in {town}.",
            f"{s['last']} was arrested without incident at a relative's home and "
            f"booked into the {county} County Detention Center, {official} said.",
            f"{v['last']} was {v['age']}." if dead else
            f"{v['last']}, {v['age']}, has since been released from the hospital.",
            "Police did not say what they believe the motive was.",
        ]
        return title, body
    title = f"Vigil held for {full(v)}"
    body = [
        f"{dl}Friends and relatives released balloons on {inc['street']} to "
        f"remember {full(v)}, who was killed in a shooting there {w}.",
        f"\"{v['first']} was the first one to help anybody,\" a cousin told the "
        "crowd.",
        f"No arrest has been made. The {town} Police Department is offering a "
        "reward for information.",
    ]
    return title, body


# --- robberies ---------------------------------------------------------


def robbery(inc, pub, dl, role, variant):
    town, state, county, _ = inc["town"]
    s = inc["suspect"]
    store = inc["store"]
    w = when(inc["day"], pub)
    amount = inc["amount"]
    if role == "first" and variant % 3 == 2:
        title = f"{store} held up at gunpoint"
        body = [
            f"{dl}Two employees of a {town} {store} were ordered to the floor "
            f"{w} by a masked man who demanded money, according to a police "
            "report.",
            f"The store is in {place(inc)}. The man fled on foot with about "
            f"${amount}.",
            f"A K-9 unit searched the area but did not find him, {inc['official']} "
            "said.",
        ]
        return title, body
    if role == "first":
        if variant % 3 == 0:
            title = f"Armed robbery at {town} {store}"
            body = [
                f"{dl}A man with a handgun robbed the {store} on {inc['street']} "
                f"{w}, {town} police said.",
                f"The robber handed the clerk a note, took about ${amount} from "
                "the register and ran behind the building.",
                "No one was hurt. A police dog tracked the man to a nearby "
                "parking lot, where the trail ended.",
            ]
        else:
            title = f"Police search for man who held up {store}"
            body = [
                f"{dl}Officers are looking for a man who pointed a gun at "
                f"employees of the {store} in {place(inc)} {w}.",
                f"He wore a gray hooded sweatshirt and a bandana, {inc['official']} "
                f"said, and left with ${amount} in cash.",
                f"Anyone who recognizes him is asked to call {town} Crime "
                "Stoppers.",
            ]
        return title, body
    if role == "update" and variant % 2:
        title = f"{store} clerk recounts armed robbery"
        body = [
            f"{dl}The clerk working the night shift at the {town} {store} said "
            f"she thought the robber was joking until she saw the gun.",
            f"\"He just kept saying, 'Hurry up,'\" said {aged(inc['victims'][0], 0)} "
            f"who has worked at the store on {inc['street']} for two years.",
            f"The man took ${amount} {w} and has not been caught, police said.",
        ]
        return title, body
    if role == "update":
        title = f"Surveillance photos released in {store} robbery"
        body = [
            f"{dl}{town} detectives released surveillance images of the man "
            f"they say robbed the {store} on {inc['street']} {w}.",
            f"The images show a thin man about six feet tall. The clerk, "
            f"{aged(inc['victims'][0], 1)} was not injured.",
            f"The robber got away with ${amount}, police said.",
        ]
        return title, body
    title = f"{town} man charged in {store} holdup"
    body = [
        f"{dl}A {s['age']}-year-old {town} man has been charged with aggravated "
        f"robbery in the holdup of the {store} on {inc['street']} {w}.",
        f"{full(s)} was identified from surveillance video and a tip, "
        f"{inc['official']} said.",
        f"{s['last']} is held in the {county} County jail on a $150,000 bond.",
    ]
    return title, body


# --- house fires -------------------------------------------------------


def fire(inc, pub, dl, role, variant):
    town, state, county, _ = inc["town"]
    v = inc["victims"][0]
    w = when(inc["day"], pub)
    dead = inc["dead"]
    if role == "first" and variant % 3 == 2:
        title = f"{'Deadly f' if dead else 'F'}ire on {inc['street']}"
        body = [
            f"{dl}It took {town} firefighters nearly an hour to put out a fire "
            f"that started in the kitchen of a house on {inc['street']} {w}.",
            (f"{county} County {inc['coroner']} confirmed {num(dead)} "
             f"{'death' if dead == 1 else 'deaths'}." if dead else
             "A dog was rescued from the house. No people were hurt."),
            "Smoke could be seen for miles, neighbors said.",
        ]
        return title, body
    if role == "first" and variant % 3 == 1:
        title = f"Firefighters called to {inc['street']} blaze"
        body = [
            f"{dl}Neighbors on {inc['street']} called 911 {w} when they saw "
            f"smoke pouring from the windows of a one-story house.",
            (f"Firefighters found {num(dead)} "
             f"{'person' if dead == 1 else 'people'} dead inside, {town} fire "
             "officials said." if dead else
             "The family of five who lived there got out safely, fire officials "
             "said. The Red Cross is helping them."),
            "The house is considered a total loss.",
        ]
        return title, body
    if role == "first":
        title = f"House fire in {town}" + (" turns deadly" if dead else " displaces family")
        body = [
            f"{dl}Flames gutted a home in {place(inc)} {w}, the {town} Fire "
            "Department said.",
            (f"{cap(num(dead))} "
             f"{'person' if dead == 1 else 'people'} died inside the house."
             if dead else "Everyone inside escaped, but a firefighter was "
             "treated for heat exhaustion."),
            f"Crews from {inc['town'][3]} helped bring the blaze under control. "
            "The state fire marshal was called to investigate.",
        ]
        return title, body
    if role == "update":
        toll = dead + 1 if inc["dead_later"] else dead
        title = f"Coroner names {'victims' if toll > 1 else 'victim'} of {inc['street']} fire"
        body = [
            f"{dl}{inc['coroner']} identified the person who died in the house "
            f"fire {w} in {town} as {aged(v)} who lived there with "
            f"{'her' if v['female'] else 'his'} family.",
        ]
        if inc["dead_later"]:
            v2 = inc["victims"][1]
            body.append(f"{full(v2)}, who was pulled from the home by "
                        "firefighters, died later at a burn center, raising the "
                        f"toll to {num(toll)}.")
        body.append("Investigators said they found no working smoke detector "
                    "in the house.")
        return title, body
    title = f"Cause of fatal {town} house fire released"
    body = [
        f"{dl}A space heater placed too close to a bed started the fire that "
        f"killed {full(v)} on {inc['street']} {w}, fire investigators said.",
        f"{v['last']}, {v['age']}, was found in a back bedroom.",
        "The fire marshal urged residents to keep heaters three feet from "
        "anything that can burn.",
    ]
    return title, body


# --- storms ------------------------------------------------------------


def storm(inc, pub, dl, role, variant, from_town=False):
    town, state, county, near = inc["town"]
    if from_town:
        town, near = near, town
    w = when(inc["day"], pub)
    dead, hurt = inc["dead"], inc["hurt"]
    ef = inc["ef"]
    if role == "first" and variant % 3 == 2:
        title = f"{town} residents pick up the pieces after twister"
        body = [
            f"{dl}Residents of {town} and {near} woke up to splintered homes "
            f"and downed power lines after a tornado {w}.",
            (f"The storm killed {num(dead)} and hurt {num(hurt)}, according to "
             f"the {county} County sheriff." if dead else
             f"The {county} County sheriff said {num(hurt)} people had minor "
             "injuries."),
            "Schools in the county will be closed for the rest of the week.",
        ]
        return title, body
    if role == "first" and variant % 3 == 1:
        title = f"Storm damage across {county} County"
        body = [
            f"{dl}Emergency crews spent the night clearing roads in {town} "
            f"after a tornado {w} left a trail of snapped trees and wrecked "
            f"houses that stretched to {near}.",
            f"{county} County officials said {num(hurt)} people were taken to "
            "hospitals" + (f" and {num(dead)} died." if dead else "."),
            "Shelters opened at two churches for families who lost their "
            "homes.",
        ]
        return title, body
    if role == "first":
        title = f"Tornado tears through {town}"
        body = [
            f"{dl}A tornado ripped roofs from houses and toppled trees across "
            f"{town} {w}, and the storm also damaged homes in nearby {near}.",
            (f"At least {num(dead)} {'person was' if dead == 1 else 'people were'} "
             f"killed and {num(hurt)} injured, {county} County emergency "
             "officials said." if dead else
             f"{cap(num(hurt))} people were hurt, none seriously, "
             f"according to {county} County emergency management."),
            "More than 6,000 customers lost power. The National Weather "
            "Service will send a team to survey the damage.",
        ]
        return title, body
    if role == "update":
        toll = dead + 1
        v = inc["victims"][0]
        title = f"Death toll rises to {toll} after {town} tornado"
        body = [
            f"{dl}The number of people killed by the tornado that struck {town} "
            f"and {near} {w} rose to {num(toll)}, {county} County officials said.",
            f"Among the dead is {aged(v)} who was in a mobile home on "
            f"{inc['street']} when the storm hit.",
            f"The weather service rated the tornado an EF-{ef}, with winds "
            f"near {90 + 25 * ef} mph along a {inc['path']}-mile path.",
        ]
        return title, body
    title = f"Weeks after tornado, {town} rebuilds"
    body = [
        f"{dl}Crews are still hauling debris from neighborhoods along "
        f"{inc['street']}, where the EF-{ef} tornado {w} destroyed dozens of "
        "homes.",
        f"Federal disaster aid was approved for {county} County this week. The "
        f"storm killed {num(dead + 1)} {'person' if dead == 0 else 'people'} in "
        f"{town} and {near}.",
        "Volunteers from several churches have set up a supply tent at the "
        "high school.",
    ]
    return title, body


KINDS = {"shooting": shooting, "robbery": robbery, "fire": fire, "storm": storm}
FOLLOW = {"shooting": ["arrest", "vigil"], "robbery": ["arrest"],
          "fire": ["cause"], "storm": ["rebuild"]}


def main():
    start = datetime.date(2017, 2, 6)
    incidents = []
    for k in range(72):
        kind = rng.choices(list(KINDS), weights=[6, 3, 3, 1])[0]
        if incidents and rng.random() < 0.45:
            # Hard cases: an earlier incident's town (and sometimes its
            # street, at another block), days apart or a year later.
            prev = rng.choice(incidents)
            town = prev["town"] if rng.random() < 0.7 else rng.choice(TOWNS)
            day = prev["day"] + datetime.timedelta(
                days=rng.choice([0, 1, 2, 4, 7, 12, 30, 364, 365]))
            street = prev["base"] if rng.random() < 0.3 else rng.choice(STREETS)
        else:
            town = rng.choice(TOWNS)
            day = start + datetime.timedelta(days=rng.randint(0, 300))
            street = rng.choice(STREETS)
        d = rng.choice(DIRS)
        inc = {
            "kind": kind, "town": town, "day": day,
            "street": f"{d} {street}".strip(), "base": street,
            "block": rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 18, 21]) * 100,
            "victims": [person(young=kind in ("shooting", "robbery")), person()],
            "suspect": person(False, young=True),
            "dead": (rng.choice([0, 1, 1, 1, 2]) if kind == "shooting" else
                     rng.choice([0, 1, 1, 2]) if kind in ("fire", "storm") else 0),
            "hurt": rng.choice([0, 1, 2, 3]) if kind != "storm" else rng.randint(3, 30),
            "dead_later": rng.random() < 0.3 and kind in ("shooting", "fire"),
            "store": rng.choice(STORES), "amount": rng.choice([180, 260, 340, 500, 720, 1100]),
            "official": OFFICIALS[TOWNS.index(town) % len(OFFICIALS)],
            "coroner": CORONERS[TOWNS.index(town) % len(CORONERS)],
            "ef": rng.choice([1, 2, 2, 3]), "path": rng.choice([4, 7, 11, 16]),
            "event": f"storyline{k:03d}",
        }
        if kind == "shooting":
            inc["dead"] = max(inc["dead"], 1) if rng.random() < 0.8 else 0
            if not inc["dead"]:
                inc["hurt"] = max(inc["hurt"], 1)
        if kind == "fire" and rng.random() < 0.5:
            inc["dead"] = max(inc["dead"], 1)
        incidents.append(inc)
    docs = []
    for inc in incidents:
        make = KINDS[inc["kind"]]
        n = rng.choice([1, 1, 2, 2, 3, 3])
        outlets = rng.sample(OUTLETS, n)
        # Outlets write in different words: each takes the next variant.
        variant = rng.randrange(6)
        for i, (source, style, furniture, box) in enumerate(outlets):
            role = "first"
            published = inc["day"] + datetime.timedelta(days=rng.choice([0, 0, 1]))
            named = inc["kind"] in ("shooting", "fire") and inc["dead"]
            if i >= 1 and (named or inc["kind"] in ("robbery", "storm")) and rng.random() < 0.6:
                role = "update"
                published = inc["day"] + datetime.timedelta(days=rng.choice([1, 1, 2, 3]))
            town, state = inc["town"][0], inc["town"][1]
            from_near = inc["kind"] == "storm" and i == 1 and rng.random() < 0.7
            if from_near:
                town = inc["town"][3]
            dl = dateline(style, town, state)
            if inc["kind"] == "storm":
                title, body = storm(inc, published, dl, role, variant + i, from_town=from_near)
            else:
                title, body = make(inc, published, dl, role, variant + i)
            docs.append([inc, source, published, title, body, furniture, box])
        if rng.random() < 0.4 and not (inc["kind"] == "fire" and not inc["dead"]):
            role = rng.choice(FOLLOW[inc["kind"]])
            if inc["kind"] == "shooting" and not inc["dead"]:
                role = "arrest"
            published = inc["day"] + datetime.timedelta(days=rng.choice([5, 9, 15, 24, 40, 75]))
            source, style, furniture, box = rng.choice(OUTLETS)
            dl = dateline(style, inc["town"][0], inc["town"][1])
            title, body = make(inc, published, dl, role, 0)
            docs.append([inc, source, published, title, body, furniture, box])
    rng.shuffle(docs)
    docs.sort(key=lambda d: d[2])
    by_source = {}
    for d in docs:
        by_source.setdefault(d[1], []).append(d)
    for i, (inc, source, published, title, body, furniture, box) in enumerate(docs):
        lines = list(body)
        lines.insert(rng.randrange(1, len(lines)), furniture[0])
        lines.extend(furniture[1:])
        if box:
            # Other headlines of the same outlet, as a scraped page shows
            # them (never the same incident's).
            others = sorted({d[3] for d in by_source[source]
                             if d[0] is not inc and abs((d[2] - published).days) < 60})
            if others:
                lines.append("More local news")
                lines.extend(rng.sample(others, min(2, len(others))))
        pub = None if rng.random() < 0.08 else published.isoformat()
        print(json.dumps({
            "id": f"inc2-{i:03d}", "source": source, "published": pub,
            "title": title, "text": "\n".join(lines), "event": inc["event"],
        }))


if __name__ == "__main__":
    main()
