#!/usr/bin/env python3
"""Writes kinds.jsonl: incidents of one weekend in two towns whose reports
share a street, a day or a target, and differ in what happened, for the
event-clustering tests of incident kinds (`events::kinds`) and of
organisations' acts (`events::acts`). Every sentence was written for this
fixture; towns, streets, firms and people are invented.

    python3 tests/data/kinds/make.py > tests/data/kinds/kinds.jsonl

- `a`: a stabbing on Ormond Street, Pellbrook, on Friday evening 6 June
  2025, told by the town paper that night and by a TV site the next day.
- `b`: a kitchen fire on Ormond Street, Pellbrook, the same Friday
  evening, told twice. The reports of `a` and `b` share the town, the
  street, the evening and the words of police and ambulances; only what
  happened differs (different kinds, one street, one day).
- `c`: another stabbing in Pellbrook on Monday 9 June, on Weston Road
  (the same kind in the same town on another day).
- `d`: a man shot at 41 Larkspur Lane, Tadley, late on Saturday 7 June,
  and the house set on fire hours later: a first report of the shooting
  alone, the fire service's brief of the fire alone (both name the
  address), and the next day's report of both. One story.
- `e`: a car crash on Larkspur Lane, Tadley, on Saturday afternoon 7 June
  (another kind, on the street of `d`, the same day).
- `f`: Ardenne Paper's $360 million offer for Stanway Mills (two
  reports), and `g`: Kestrel Capital's $410 million bid for Stanway Mills
  two days later (two reports, each recalling Ardenne's offer below its
  headline). Each pair shares the target, its chief executive and every
  word of an offer; the firm each headline names tells them apart.
Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"kd-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text, "event": ev})


doc(0, "a", "pellbrook-gazette.example", "2025-06-06", "Man stabbed on Ormond Street",
"""A man was stabbed on Ormond Street in Pellbrook on Friday evening and taken to hospital, police said.
Officers were called shortly after 7pm to reports of a fight outside a takeaway. The man, in his twenties, had a wound to his side.
Ormond Street was closed for several hours while officers searched the area. No one has been arrested.""")

doc(1, "a", "channel-six.example", "2025-06-07", "Police appeal after Pellbrook stabbing",
"""Detectives in Pellbrook are asking for witnesses after a 22-year-old man was knifed outside a takeaway on Ormond Street on Friday night.
The man was treated in hospital overnight and his injuries are not thought to be life-threatening, police said.
Anyone who saw a group of three men running towards the river path is asked to call the police.""")

doc(2, "b", "pellbrook-gazette.example", "2025-06-06", "Crews tackle kitchen fire on Ormond Street",
"""Firefighters were called to a kitchen fire at a terraced house on Ormond Street in Pellbrook on Friday evening.
Two crews put out the blaze within half an hour. A woman was checked by paramedics at the scene for smoke inhalation.
Police closed part of Ormond Street while the crews worked.""")

doc(3, "b", "channel-six.example", "2025-06-07", "Cooking pan blamed for Pellbrook house fire",
"""A pan left on a hob caused the fire that badly damaged a kitchen on Ormond Street in Pellbrook on Friday evening, the fire service said.
The woman who lives there got out before crews arrived and was treated by paramedics for breathing in smoke.
Station manager Ruth Okoro said the smoke alarm had given her time to get out.""")

doc(4, "c", "pellbrook-gazette.example", "2025-06-10", "Teenager stabbed on Weston Road",
"""A 17-year-old boy was stabbed on Weston Road in Pellbrook on Monday afternoon, police said.
He was taken to hospital with a leg wound. Officers sealed off a stretch of the road near the bus depot.
Police said they were not linking the attack to any other incident in the town.""")

doc(5, "d", "tadley-record.example", "2025-06-08", "Man shot at Tadley house",
"""A man was shot at a house at 41 Larkspur Lane in Tadley late on Saturday night, police said.
Neighbors heard several bangs at about 11:30 p.m. The man, 52, was taken to Tadley General Hospital with wounds to his arm and chest.
Police said they were looking for two men who drove off in a dark pickup.""")

doc(6, "d", "tadley-fire.example", "2025-06-08", "Crews called to fire at 41 Larkspur Lane",
"""Crews were called to a fire at 41 Larkspur Lane in Tadley at about 3 a.m. on Sunday. The two-story house was empty and the roof had fallen in by the time the flames were out.
The fire marshal's office is investigating the cause. Larkspur Lane was closed until 8 a.m.""")

doc(7, "d", "tadley-record.example", "2025-06-09", "House where man was shot set on fire hours later",
"""The Tadley house where a man was shot on Saturday night was set on fire hours later, police said on Monday.
Investigators believe someone returned to 41 Larkspur Lane after the man was taken to hospital and started the fire on purpose. No one was inside.
The man, 52, was in stable condition. Police have not said whether the two men they are seeking are also suspected of the arson.""")

doc(8, "e", "tadley-record.example", "2025-06-08", "Two hurt in Larkspur Lane crash",
"""Two people were hurt when a car and a delivery van collided on Larkspur Lane in Tadley on Saturday afternoon, police said.
The van driver was taken to Tadley General Hospital with a broken wrist. The car's driver was treated at the scene.
Larkspur Lane was closed for two hours while the vehicles were removed.""")

doc(9, "f", "business-wire-desk.example", "2025-09-02", "Ardenne Paper offers $360 million for Stanway Mills",
"""Ardenne Paper offered $360 million in cash for Stanway Mills on Tuesday, a bid to join two of the oldest paper makers in New England.
Stanway shareholders would get $18 a share, 22 percent more than Monday's closing price.
Stanway chief executive Marian Fosse said the board would study the offer. "We will take the time to get this right," Fosse said.""")

doc(10, "f", "mill-town-journal.example", "2025-09-03", "Stanway Mills weighs Ardenne's $360 million offer",
"""Ardenne Paper's $360 million offer for Stanway Mills would keep the Stanway name on the mill, the buyer said on Tuesday.
The cash offer values each Stanway share at $18. Chief executive Marian Fosse said the board had hired advisers to weigh it.
Stanway employs about 900 people at two mills.""")

doc(11, "g", "business-wire-desk.example", "2025-09-04", "Kestrel Capital bids $410 million for Stanway Mills",
"""Kestrel Capital bid $410 million in cash for Stanway Mills on Thursday, topping the offer Ardenne Paper made on Tuesday.
Stanway shareholders would get $20.50 a share under the investment firm's bid.
Stanway chief executive Marian Fosse said the board would study the offer. "We owe our shareholders the best price," Fosse said.""")

doc(12, "g", "mill-town-journal.example", "2025-09-05", "Kestrel tops Stanway offer with $410 million bid",
"""Kestrel Capital's $410 million bid for Stanway Mills is $50 million more than Ardenne Paper's offer of two days earlier, the paper maker said on Thursday.
Chief executive Marian Fosse said the board had not yet met to discuss it.
Stanway employs about 900 people at two mills.""")

for d in D:
    print(json.dumps(d))
