#!/usr/bin/env python3
"""Writes an Open Referral UK JSON feed of fully nested services for the import-rate benchmark:
a JSON array, like src/main/resources/directory/demo/services.json, of 100,000 services by default,
each with its organisation, 3 places (address, access attributes), needs, delivery and
self-referral attributes with their taxonomy terms, 1 or 2 opening times, a cost option, a phone and
a language. Streamed to the file one service at a time, so memory stays small.

    python3 bench/directory/feed.py FILE [--services N]

Same shape and proportions as bench/directory/generate.sql, but its own ids (UUID v5 of a bench
name-space and the record's number): importing it into a database that generate.sql filled adds
services rather than replacing them. The same arguments always write the same bytes.
"""
import argparse
import json
import random
import sys
import uuid
from datetime import date, timedelta

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tandem.care/bench/directory-feed")
NEEDS_TAXONOMY = "b661fc88-f073-5db2-96c9-0bd9db218469"
ACCESS_TAXONOMY = "ba3bcf6e-0bed-5feb-9d2b-3762c61b3c69"
NEEDS = [  # (id, name), the seeded Tandem needs terms
    ("ab8b87e2-b4ce-51c1-99aa-f07f61083995", "Pain self-management"),
    ("6b7682d8-e25a-5dfb-8eb5-06876469a2c0", "Physiotherapy and exercise"),
    ("a4118105-9178-5864-b160-2e6f7dd40cf2", "Talking therapies"),
    ("0347afcf-da80-5851-9689-08ef723b17b3", "Crisis support"),
    ("955f1431-9154-5876-83fd-c5ddf649af68", "Peer support"),
    ("fb3db2ff-4c98-5c3b-a11e-2c1fbc9739af", "Money and debt"),
    ("1724e8e3-90f1-5ef6-aaa8-3cbb4e57c371", "Work and benefits"),
    ("6be6131c-a9df-5114-8b28-d7c7aacc8ac9", "Housing"),
    ("fd3fef50-e663-5471-970a-0339bcaef915", "Carers"),
    ("869365cf-e2c2-5dcc-a215-0f0849b9f993", "Social activity and green space"),
    ("472af32b-7ce0-5b62-b0dd-0b59a06b58ab", "Sleep"),
]
DELIVERY = [("137e0f97-c0a2-53d1-85e6-bf77e81ef08a", "In person", 0.85),
            ("1c6b034e-a778-5d4e-ae4f-d365fab7d470", "By phone", 0.40),
            ("5a173b6c-855a-52f0-ad08-e71fd48675af", "Online", 0.30),
            ("4765bee7-ca08-5dc1-ae36-daec4881ad89", "You can refer yourself", 0.70)]
ACCESS = [("c29692f5-8f20-5e9a-b19f-cfdddab52011", "Step-free access", 0.5),
          ("91f9ca62-5ee9-550c-ad50-764a1d846e9d", "Hearing loop", 0.2),
          ("35c1cada-4059-5343-8130-7aa0ede678c3", "Accessible toilet", 0.4)]
CITIES = [("B", "Birmingham", 52.4797, -1.9026), ("M", "Manchester", 53.4808, -2.2426),
          ("LS", "Leeds", 53.8008, -1.5491), ("L", "Liverpool", 53.4084, -2.9916),
          ("S", "Sheffield", 53.3811, -1.4701), ("BS", "Bristol", 51.4545, -2.5879),
          ("NE", "Newcastle upon Tyne", 54.9783, -1.6178), ("NG", "Nottingham", 52.9548, -1.1581),
          ("LE", "Leicester", 52.6369, -1.1398), ("ST", "Stoke-on-Trent", 53.0027, -2.1794),
          ("CV", "Coventry", 52.4068, -1.5197), ("PL", "Plymouth", 50.3755, -4.1427),
          ("NR", "Norwich", 52.6309, 1.2974), ("SO", "Southampton", 50.9097, -1.4044),
          ("BN", "Brighton", 50.8225, -0.1372), ("OX", "Oxford", 51.7520, -1.2577),
          ("CB", "Cambridge", 52.2053, 0.1218), ("HU", "Hull", 53.7676, -0.3274),
          ("YO", "York", 53.9600, -1.0873), ("N", "London", 51.5074, -0.1278)]
KINDS = ["Pain café", "Back pain exercise class", "Talking therapies", "Crisis café",
         "Peer support group", "Money and debt advice", "Work and benefits help", "Housing advice",
         "Carers' centre", "Community garden", "Sleep workshop"]
DESCRIPTIONS = ["A friendly group for people living with long-term pain.",
                "Gentle exercise led by a physiotherapist, with seated options.",
                "Free NHS therapy for low mood, worry and stress. Refer yourself.",
                "A calm place to go in the evening when you cannot cope.",
                "Meet people who understand what living with pain and low mood is like.",
                "Free, confidential help with debts, bills and money worries.",
                "Help to stay in work, find work or claim benefits.",
                "Advice on rent, repairs and staying in your home.",
                "Support, breaks and advice for unpaid carers.",
                "Grow food and flowers with friendly people outdoors.",
                "Learn ways to sleep better when pain or worry keeps you awake."]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO,WE,FR", "TU,TH", "MO,TU,WE,TH,FR"]
TODAY = date(2026, 11, 26)


def uid(kind, n):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{n}"))


def term(term_id, name, taxonomy_id):
    return {"id": term_id, "name": name, "description": name + ".", "taxonomy_id": taxonomy_id}


def attribute(kind, n, link_id, entity, term_id, name, taxonomy_id):
    """By taxonomy_term_id alone, as feeds of a known taxonomy do (the terms are seeded), except
    on one service in a hundred, which carries the nested term as well."""
    result = {"id": uid(kind, n), "link_id": link_id, "link_entity": entity,
              "taxonomy_term_id": term_id}
    if n % 100 == 1:
        result["taxonomy_term"] = term(term_id, name, taxonomy_id)
    return result


def service(n, rng):
    service_id = uid("service", n)
    org = (n - 1) // 5 + 1
    area, city, lat, lon = CITIES[org % len(CITIES)]
    clustered = rng.random() < 0.7
    kind = rng.randrange(len(KINDS))
    checked = TODAY - timedelta(days=n % 300)
    attributes = [attribute("need", n, service_id, "service", *NEEDS[kind], NEEDS_TAXONOMY)]
    if n % 3 == 0 and kind != 4:
        attributes.append(attribute("need2", n, service_id, "service", *NEEDS[4], NEEDS_TAXONOMY))
    for index, (term_id, name, share) in enumerate(DELIVERY):
        if rng.random() < share:
            attributes.append(attribute(f"access{index}", n, service_id, "service", term_id, name,
                                        ACCESS_TAXONOMY))
    locations = []
    for i in range(1, 4):
        m = (n - 1) * 3 + i
        location_id = uid("location", m)
        if clustered:
            latitude, longitude = lat + rng.gauss(0, 0.09), lon + rng.gauss(0, 0.14)
        else:
            latitude, longitude = 49.9 + rng.random() * 5.9, -5.7 + rng.random() * 7.5
        locations.append({
            "id": uid("service-at-location", m), "location_id": location_id,
            "location": {
                "id": location_id, "location_type": "physical", "name": f"{city} venue {m}",
                "latitude": round(latitude, 6), "longitude": round(longitude, 6),
                "addresses": [{"id": uid("address", m),
                               "address_1": f"{m % 200 + 1} High Street", "city": city,
                               "state_province": "England",
                               "postal_code": f"{area}{1 + m % 50} {m % 10}AB", "country": "GB",
                               "address_type": "physical"}],
                "attributes": [attribute(f"place{j}", m, location_id, "location", term_id, name,
                                         ACCESS_TAXONOMY)
                               for j, (term_id, name, share) in enumerate(ACCESS)
                               if rng.random() < share]}})
    opens = rng.randrange(10)
    schedules = [{"id": uid("schedule", n), "freq": "WEEKLY",
                  "interval": 1, "byday": DAYS[rng.randrange(len(DAYS))],
                  "opens_at": f"{9 + opens:02d}:00:00", "closes_at": f"{min(23, 11 + opens):02d}:00:00",
                  "description": "Weekly opening times."}]
    if n % 3 == 1:
        schedules.append({"id": uid("schedule2", n), "freq": "WEEKLY",
                          "interval": 1, "byday": ["TU", "SA", "WE", "TH"][n % 4],
                          "opens_at": "18:00:00", "closes_at": "20:00:00",
                          "description": "Evening session."})
    cost = rng.randrange(100)
    costs = []
    if cost < 60:
        costs.append({"id": uid("cost", n), "option": "Free",
                      "amount": 0, "currency": "GBP", "amount_description": "Free of charge"})
    elif cost >= 80:
        costs.append({"id": uid("cost", n), "option": "Per session",
                      "amount": 2 + cost % 10, "currency": "GBP", "amount_description": "Each time"})
    result = {
        "id": service_id, "organization_id": uid("organization", org),
        "name": f"{KINDS[kind]} {city} {n}",
        "description": DESCRIPTIONS[kind] + " " + ["Drop in, no need to book.", "Please phone first.",
                                                   "Sessions run weekly."][n % 3],
        "url": f"https://org{org}.bench.example/services/{n}",
        "email": f"service{n}@bench.example",
        "status": "temporarily closed" if n % 50 == 0 else "active",
        "assured_date": checked.isoformat(),
        "last_modified": f"{checked.isoformat()}T10:00:00.000Z",
        "organization": {"id": uid("organization", org), "name": f"Feed {city} Organisation {org}",
                         "description": f"A benchmark organisation in {city}.",
                         "website": f"https://org{org}.bench.example"},
        "phones": [{"id": uid("phone", n), "number": f"01632 960{n % 1000:03d}"}],
        "schedules": schedules,
        "service_at_locations": locations,
        "languages": [{"id": uid("language", n), "name": "English", "code": "en"}],
        "cost_options": costs,
        "attributes": attributes,
    }
    if n % 7 == 0:
        result["minimum_age"] = 16
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--services", type=int, default=100_000)
    arguments = parser.parse_args()
    rng = random.Random(42)
    records = 0
    with open(arguments.file, "w", encoding="utf-8") as out:
        out.write("[\n")
        for n in range(1, arguments.services + 1):
            item = service(n, rng)
            records += (1 + len(item["schedules"]) + len(item["cost_options"]) + 2
                        + len(item["attributes"])
                        + sum(3 + len(s["location"]["attributes"])
                              for s in item["service_at_locations"]))
            out.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
            out.write(",\n" if n < arguments.services else "\n")
        out.write("]\n")
    # services, organisations (one per five services) and every nested record, for records/s
    print(f"{arguments.services} services, {(arguments.services + 4) // 5} organisations,"
          f" {records} records in all")


if __name__ == "__main__":
    sys.exit(main())
