#!/usr/bin/env python3
"""Writes the demo directory: src/main/resources/directory/demo/services.json (fully nested Open
Referral UK services) and src/main/resources/directory/demo/postcodes.csv (ONS Postcode Directory
columns), from the hand-written listings in demo_listings.py and demo_places.py.

Every id is a UUID v5 of a fixed name-space and a slug, so the demo stays the same from run to run
and a re-import updates rather than duplicates. Before writing, it checks what the demo promises
(see "The demo directory" in docs/modules/directory.md): at least 60 services, 20 in each locality, every needs term in every
locality, a free in-person peer support group open on Tuesdays within 5 km of ST5 5BG (with a paid
one and a Wednesday one nearby), about 8 stale listings, positions inside each locality, and every
service valid against the compiled ORUK schema.

    python3 tools/directory-demo/demo_services.py           write both files
    python3 tools/directory-demo/demo_services.py --check   check the committed files are up to date
"""
import csv
import io
import json
import math
import re
import sys
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_listings import AREAS, LISTINGS  # noqa: E402
from demo_places import (ORGANISATIONS, PLACES, SEARCH_POSTCODES,  # noqa: E402
                         TERMINATED_POSTCODES)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/main/resources/directory/demo"
MIGRATION = ROOT / "src/main/resources/db/migration/directory/V2026_11_28_1010__directory_taxonomies.sql"
SCHEMA = ROOT.parent / "shared/reference/oruk/schema/compiled/service.json"
TODAY = date(2026, 11, 26)
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://tandem.care/demo/directory")
DEMO_POSTCODE = "ST5 5BG"
LEAD = "lead@demo.tandem"

LANGUAGES = {"en": "English", "ur": "Urdu", "pl": "Polish", "pa": "Punjabi", "ro": "Romanian",
             "es": "Spanish", "pt": "Portuguese", "yo": "Yoruba", "so": "Somali",
             "bfi": "British Sign Language"}
DELIVERY = {"in": "in-person", "phone": "by-phone", "online": "online"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NAMES = dict(zip(DAYS, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday"]))
LOCALITY_BOUNDS = {  # south, north, west, east
    "potteries": (52.95, 53.10, -2.32, -2.10),
    "northfield": (52.95, 53.10, -2.32, -2.10),
    "leeds": (53.70, 53.90, -1.72, -1.40),
    "london": (51.42, 51.51, -0.13, -0.04),
}
# Place-less listings whose organisation has no place either.
ORG_LOCALITY = {"handy-homes": "potteries", "hometrue": "leeds", "working-minds": "london"}


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def taxonomy_terms():
    """The seeded terms, read from the migration so names and descriptions match exactly."""
    sql = MIGRATION.read_text()
    terms = {}
    pattern = re.compile(
        r"\('([0-9a-f-]{36})', '([a-z-]+)', '((?:[^']|'')*)',\s*'((?:[^']|'')*)', '([^']*)', "
        r"'([0-9a-f-]{36})'\)")
    for term_id, code, name, description, taxonomy, taxonomy_id in pattern.findall(sql):
        terms[code] = {"id": term_id, "code": code, "name": name.replace("''", "'"),
                       "description": description.replace("''", "'"), "taxonomy": taxonomy,
                       "taxonomy_id": taxonomy_id}
    if len(terms) != 20:
        sys.exit(f"expected 20 taxonomy terms in {MIGRATION.name}, found {len(terms)}")
    return terms


def clock(text):
    hours, minutes = map(int, text.split(":"))
    if (hours, minutes) == (12, 0):
        return "12 noon"
    if (hours, minutes) in ((23, 59), (0, 0)):
        return "midnight"
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12 or 12
    return f"{hours}{suffix}" if minutes == 0 else f"{hours}:{minutes:02d}{suffix}"


def days_in_words(byday):
    if re.fullmatch(r"1[A-Z]{2}", byday):
        return f"First {DAY_NAMES[byday[1:]]} of the month"
    days = byday.split(",")
    if days == DAYS:
        return "Every day"
    indexes = [DAYS.index(d) for d in days]
    if len(days) >= 3 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}"
    names = [DAY_NAMES[d] + "s" for d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def money(amount):
    pounds = float(amount)
    return f"£{pounds:.0f}" if pounds == int(pounds) else f"£{pounds:.2f}"


def cost_options(service_id, listing):
    cost = listing["cost"]
    if cost == "0":
        if listing["org"].endswith("-nhs") or "therapies" in listing["org"]:
            return []  # free NHS services often say nothing about cost; no cost means free
        return [{"id": uid("cost", listing["slug"], "free"), "service_id": service_id,
                 "option": "Free", "amount": 0, "currency": "GBP",
                 "amount_description": "Free of charge"}]
    if cost == "pwyc":
        return [{"id": uid("cost", listing["slug"], "pwyc"), "service_id": service_id,
                 "option": "Pay what you can", "amount": 0, "currency": "GBP",
                 "amount_description": "Pay what you can, if you can. Nobody is turned away."}]
    full, concession = cost
    options = [{"id": uid("cost", listing["slug"], "full"), "service_id": service_id,
                "option": "Per session", "amount": float(full), "currency": "GBP",
                "amount_description": f"{money(full)} each time"}]
    if concession:
        options.append({"id": uid("cost", listing["slug"], "concession"), "service_id": service_id,
                        "option": "Concessions", "amount": float(concession), "currency": "GBP",
                        "amount_description": f"{money(concession)} if you get benefits or are "
                                              "over 65"})
    return options


def location(slug, terms):
    (_locality, name, address_1, city, region, county, postcode, latitude, longitude, features,
     note) = PLACES[slug]
    location_id = uid("location", slug)
    return {
        "id": location_id,
        "location_type": "physical",
        "name": name,
        "latitude": latitude,
        "longitude": longitude,
        "addresses": [{"id": uid("address", slug), "location_id": location_id,
                       "address_1": address_1, "city": city, "region": region,
                       "state_province": county, "postal_code": postcode, "country": "GB",
                       "address_type": "physical"}],
        "accessibility": [{"id": uid("accessibility", slug), "location_id": location_id,
                           "description": note}],
        "attributes": [attribute(uid("location-attribute", slug, code), location_id, "location",
                                 terms[code]) for code in features],
    }


def attribute(attribute_id, link_id, entity, term):
    return {"id": attribute_id, "link_id": link_id, "link_entity": entity,
            "taxonomy_term_id": term["id"], "taxonomy_term": dict(term)}


def schedules(service_id, listing):
    result = []
    for index, (byday, opens, closes) in enumerate(listing["times"]):
        schedule = {"id": uid("schedule", listing["slug"], str(index)), "service_id": service_id,
                    "freq": "MONTHLY" if listing["monthly"] else "WEEKLY", "interval": 1,
                    "byday": byday, "opens_at": f"{opens}:00", "closes_at": f"{closes}:00",
                    "description": f"{days_in_words(byday)}, {clock(opens)} to {clock(closes)}."}
        if listing["notes"] and index == 0:
            schedule["notes"] = listing["notes"]
        result.append(schedule)
    return result


def locality_of(listing):
    if listing["places"]:
        return PLACES[listing["places"][0]][0]
    for other in LISTINGS:
        if other["org"] == listing["org"] and other["places"]:
            return PLACES[other["places"][0]][0]
    return ORG_LOCALITY[listing["org"]]


def service(index, listing, terms):
    service_id = uid("service", listing["slug"])
    org_name, org_description, website, email = ORGANISATIONS[listing["org"]]
    organization_id = uid("organization", listing["org"])
    locality = locality_of(listing)
    codes = list(listing["needs"]) + [DELIVERY[d] for d in listing["delivery"]]
    if listing["self_referral"]:
        codes.append("self-referral")
    result = {
        "id": service_id,
        "organization_id": organization_id,
        "name": listing["name"],
        "description": listing["description"],
        "url": website + listing["url_path"],
        "email": email,
        "status": listing["status"],
        "assured_date": listing["checked"],
        "assurer_email": LEAD if locality == "potteries" else "directory@" + website.split("//")[1],
        "last_modified": f"{listing['checked']}T09:{index % 60:02d}:00.000Z",
        "organization": {"id": organization_id, "name": org_name, "description": org_description,
                         "email": email, "website": website},
        "phones": [{"id": uid("phone", listing["slug"]), "service_id": service_id,
                    "number": listing["phone"], "type": "voice"}],
        "schedules": schedules(service_id, listing),
        "service_at_locations": [
            {"id": uid("service-at-location", listing["slug"], place), "service_id": service_id,
             "location_id": uid("location", place), "location": location(place, terms)}
            for place in listing["places"]],
        "languages": [{"id": uid("language", listing["slug"], code), "service_id": service_id,
                       "name": LANGUAGES[code], "code": code} for code in listing["languages"]],
        "cost_options": cost_options(service_id, listing),
        "attributes": [attribute(uid("service-attribute", listing["slug"], code), service_id,
                                 "service", terms[code]) for code in codes],
    }
    minimum, maximum = listing["ages"]
    if minimum is not None:
        result["minimum_age"] = minimum
    if maximum is not None:
        result["maximum_age"] = maximum
    if listing["alert"]:
        result["alert"] = listing["alert"]
    if not listing["places"]:
        result["service_areas"] = [{"id": uid("service-area", listing["slug"]),
                                    "service_id": service_id, "name": AREAS[locality],
                                    "description": f"Anyone living in {AREAS[locality]}."}]
    return result


# ---------------------------------------------------------------- postcodes, ONSPD columns
ONSPD_HEADER = ("pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,"
                "osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,"
                "statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,"
                "sicbl,bua11,buasd11,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,"
                "lsoa21,msoa21").split(",")
# Area codes by locality (county, district, region, country, police force area), for realism only:
# the importer reads pcds/pcd, lat, long and doterm.
AREA_CODES = {
    "potteries": dict(oscty="E10000028", oslaua="E07000195", rgn="E12000005", pfa="E23000015",
                      eer="E15000005", nhser="E40000011", icb="E54000010"),
    "leeds": dict(oscty="E99999999", oslaua="E08000035", rgn="E12000003", pfa="E23000010",
                  eer="E15000003", nhser="E40000012", icb="E54000054"),
    "london": dict(oscty="E99999999", oslaua="E09000028", rgn="E12000007", pfa="E23000001",
                   eer="E15000007", nhser="E40000003", icb="E54000030"),
}
AREA_CODES["northfield"] = AREA_CODES["potteries"]


def osgb(latitude, longitude):
    """Approximate British National Grid easting and northing (Airy 1830 on WGS84 positions, no
    datum shift: within about 120 m, enough for a demo file)."""
    a, b, f0 = 6377563.396, 6356256.909, 0.9996012717
    lat0, lon0, n0, e0 = math.radians(49), math.radians(-2), -100000, 400000
    phi, lam = math.radians(latitude), math.radians(longitude)
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)
    nu = a * f0 / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    rho = a * f0 * (1 - e2) / (1 - e2 * math.sin(phi) ** 2) ** 1.5
    eta2 = nu / rho - 1
    m = b * f0 * ((1 + n + 5 / 4 * n ** 2 + 5 / 4 * n ** 3) * (phi - lat0)
                  - (3 * n + 3 * n ** 2 + 21 / 8 * n ** 3) * math.sin(phi - lat0) * math.cos(phi + lat0)
                  + (15 / 8 * n ** 2 + 15 / 8 * n ** 3) * math.sin(2 * (phi - lat0)) * math.cos(2 * (phi + lat0))
                  - 35 / 24 * n ** 3 * math.sin(3 * (phi - lat0)) * math.cos(3 * (phi + lat0)))
    c, s, t = math.cos(phi), math.sin(phi), math.tan(phi)
    i = m + n0
    ii = nu / 2 * s * c
    iii = nu / 24 * s * c ** 3 * (5 - t ** 2 + 9 * eta2)
    iiia = nu / 720 * s * c ** 5 * (61 - 58 * t ** 2 + t ** 4)
    iv = nu * c
    v = nu / 6 * c ** 3 * (nu / rho - t ** 2)
    vi = nu / 120 * c ** 5 * (5 - 18 * t ** 2 + t ** 4 + 14 * eta2 - 58 * t ** 2 * eta2)
    d = lam - lon0
    northing = i + ii * d ** 2 + iii * d ** 4 + iiia * d ** 6
    easting = e0 + iv * d + v * d ** 3 + vi * d ** 5
    return round(easting), round(northing)


def postcode_rows():
    rows = {}
    for slug, place in PLACES.items():
        rows.setdefault(place[6], (place[7], place[8], place[0], ""))
    for postcode, latitude, longitude, locality in SEARCH_POSTCODES:
        rows.setdefault(postcode, (latitude, longitude, locality, ""))
    for postcode, latitude, longitude, locality, terminated in TERMINATED_POSTCODES:
        rows.setdefault(postcode, (latitude, longitude, locality, terminated))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ONSPD_HEADER)
    for postcode in sorted(rows):
        latitude, longitude, locality, terminated = rows[postcode]
        outward, inward = postcode.split(" ")
        easting, northing = osgb(latitude, longitude)
        row = dict.fromkeys(ONSPD_HEADER, "")
        row.update(AREA_CODES[locality])
        row.update(pcd=outward.ljust(4) + inward if len(outward) < 4 else outward + inward,
                   pcd2=f"{outward:<4} {inward}", pcds=postcode, dointr="198001",
                   doterm=terminated, usertype="0", oseast1m=str(easting), osnrth1m=str(northing),
                   osgrdind="1", ctry="E92000001", lat=f"{latitude:.6f}", long=f"{longitude:.6f}")
        writer.writerow([row[column] for column in ONSPD_HEADER])
    return out.getvalue(), {p: (v[0], v[1]) for p, v in rows.items()}


# ---------------------------------------------------------------- checks
def metres(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def months_before(day):
    return (TODAY.year - day.year) * 12 + TODAY.month - day.month - (TODAY.day < day.day)


def validate_schema(services):
    try:
        import jsonschema
    except ImportError:
        print("python jsonschema not installed: schema check skipped", file=sys.stderr)
        return
    schema = json.loads(SCHEMA.read_text())
    checker = jsonschema.FormatChecker()

    @checker.checks("uri")
    def is_uri(value):
        return bool(re.fullmatch(r"https?://[A-Za-z0-9.-]+(/[A-Za-z0-9._~/-]*)?", value))

    @checker.checks("email")
    def is_email(value):
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value))

    @checker.checks("uuid")
    def is_uuid(value):
        return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                                 value))

    @checker.checks("date-time")
    def is_date_time(value):
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", value))

    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
    problems = [f"{s['name']}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                for s in services for e in validator.iter_errors(s)]
    if problems:
        sys.exit("schema problems:\n" + "\n".join(problems))


def check(services, centroids, terms):
    problems = []
    needs = [code for code, term in terms.items() if term["taxonomy"] == "Tandem needs"]
    by_locality = {}
    for listing, s in zip(LISTINGS, services):
        by_locality.setdefault(locality_of(listing), []).append((listing, s))
    if len(services) < 60:
        problems.append(f"only {len(services)} services")
    if len({s["id"] for s in services}) != len(services):
        problems.append("duplicate service ids")
    for locality, items in by_locality.items():
        if len(items) < 20:
            problems.append(f"{locality}: only {len(items)} services")
        for code in needs:
            if not any(code in listing["needs"] for listing, _ in items):
                problems.append(f"{locality}: no {code} service")
            if not any(code in listing["needs"] and listing["places"] for listing, _ in items):
                problems.append(f"{locality}: no {code} service with a place")
    for listing, s in zip(LISTINGS, services):
        bounds = LOCALITY_BOUNDS[locality_of(listing)]
        for sal in s["service_at_locations"]:
            loc = sal["location"]
            if not (bounds[0] <= loc["latitude"] <= bounds[1]
                    and bounds[2] <= loc["longitude"] <= bounds[3]):
                problems.append(f"{s['name']}: {loc['name']} is outside {locality_of(listing)}")
            postcode = loc["addresses"][0]["postal_code"]
            if postcode not in centroids:
                problems.append(f"{s['name']}: postcode {postcode} not in postcodes.csv")
            elif metres(centroids[postcode], (loc["latitude"], loc["longitude"])) > 1000:
                problems.append(f"{s['name']}: more than 1 km from its postcode's centroid")
        digits = re.sub(r"\D", "", listing["phone"])
        if not re.fullmatch(r"(01632960|01134960|02079460)\d{3}", digits):
            problems.append(f"{s['name']}: phone {listing['phone']} is not in an Ofcom drama range")
        for text in (s["url"], s["email"], s["organization"]["website"]):
            if ".example" not in text:
                problems.append(f"{s['name']}: {text} is not under .example")
        age = months_before(date.fromisoformat(listing["checked"]))
        stale = date.fromisoformat(listing["checked"]) < date(2026, 5, 26)
        if stale and not 7 <= age < 18:
            problems.append(f"{s['name']}: stale, but checked {age} months ago (want 7 to 18)")
        if not stale and date.fromisoformat(listing["checked"]) < date(2026, 6, 26):
            problems.append(f"{s['name']}: checked more than 5 months ago but not meant stale")
        if date.fromisoformat(listing["checked"]) > TODAY:
            problems.append(f"{s['name']}: checked in the future")
    stale = [listing for listing in LISTINGS if date.fromisoformat(listing["checked"]) < date(2026, 5, 26)]
    if not 7 <= len(stale) <= 10:
        problems.append(f"{len(stale)} stale listings, want about 8")
    home = centroids[DEMO_POSTCODE]

    def near(listing, want_free, day):
        s = services[LISTINGS.index(listing)]
        free = all(option.get("amount", 0) == 0 for option in s["cost_options"])
        return ("peer-support" in listing["needs"] and "in" in listing["delivery"]
                and listing["status"] == "active" and free == want_free
                and any(day in times[0].split(",") for times in listing["times"])
                and any(metres(home, (sal["location"]["latitude"], sal["location"]["longitude"]))
                        <= 5000 for sal in s["service_at_locations"]))

    if not any(near(listing, True, "TU") for listing in LISTINGS):
        problems.append(f"no free in-person peer support open on Tuesdays within 5 km of {DEMO_POSTCODE}")
    if not any(near(listing, False, "TU") for listing in LISTINGS):
        problems.append(f"no paid peer support on Tuesdays within 5 km of {DEMO_POSTCODE}")
    if not any(near(listing, True, "WE") for listing in LISTINGS):
        problems.append(f"no Wednesday peer support within 5 km of {DEMO_POSTCODE}")
    for listing in LISTINGS:
        sentences = len(re.findall(r"[.!?](\s|$)", listing["description"]))
        if not 2 <= sentences <= 5:
            problems.append(f"{listing['name']}: description has {sentences} sentences")
    if problems:
        sys.exit("demo directory problems:\n" + "\n".join(problems))
    return {locality: len(items) for locality, items in by_locality.items()}, stale


def main():
    terms = taxonomy_terms()
    services = [service(i, listing, terms) for i, listing in enumerate(LISTINGS)]
    services_json = json.dumps(services, indent=2, ensure_ascii=False) + "\n"
    postcodes_csv, centroids = postcode_rows()
    validate_schema(services)
    counts, stale = check(services, centroids, terms)
    targets = {OUT / "services.json": services_json, OUT / "postcodes.csv": postcodes_csv}
    if "--check" in sys.argv:
        stale_files = [str(p.relative_to(ROOT)) for p, text in targets.items()
                       if not p.exists() or p.read_text() != text]
        if stale_files:
            sys.exit("out of date, run tools/directory-demo/demo_services.py: " + ", ".join(stale_files))
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        for path, text in targets.items():
            path.write_text(text)
    print(f"{len(services)} services ({', '.join(f'{k} {v}' for k, v in counts.items())}), "
          f"{len(stale)} stale, {postcodes_csv.count(chr(10)) - 1} postcodes")
    for listing in stale:
        print(f"  stale: {listing['name']} (checked {listing['checked']})")


if __name__ == "__main__":
    main()
