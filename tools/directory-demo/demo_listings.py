"""The demo directory's listings, written by hand. Read by demo_services.py.

Each listing: slug, organisation slug, name, needs, how it is delivered (in person "in", phone
"phone", online "online"), whether people can refer themselves, places, opening times
(day codes, opens, closes), cost (None: no cost given; "0": free; "pwyc": pay what you can; or pounds
with an optional concession), ages, languages, phone, date last checked, description, and
optionally status, alert and notes.
"""


def listing(slug, org, name, needs, delivery, self_referral, places, times, cost, checked,
            description, phone, ages=(None, None), languages=("en",), status="active", alert=None,
            notes=None, url_path="", monthly=False):
    return dict(slug=slug, org=org, name=name, needs=needs, delivery=delivery,
                self_referral=self_referral, places=places, times=times, cost=cost, checked=checked,
                description=description, phone=phone, ages=ages, languages=languages,
                status=status, alert=alert, notes=notes, url_path=url_path, monthly=monthly)


CRISIS = "If you are in danger now, call 999."

LISTINGS = [
    # =========================== Newcastle-under-Lyme and Stoke-on-Trent ===========================
    listing("tuesday-pain-cafe", "potteries-pain", "Tuesday Pain Café",
        ["peer-support", "pain-self-management"], ["in"], True, ["silverdale-hub"],
        [("TU", "10:30", "12:30")], "0", "2026-10-14",
        "A friendly drop-in for anyone living with back, neck or other long-term pain. Have a cuppa, "
        "swap tips and talk with people who understand. You do not need to book, and you can leave "
        "whenever you like.",
        "01632 960101", ages=(18, None), url_path="/tuesday-cafe"),
    listing("evening-pain-circle", "lymeside", "Evening Pain Support Circle",
        ["peer-support", "pain-self-management"], ["in"], True, ["lyme-wellbeing-rooms"],
        [("TU", "18:30", "20:00")], ("3.00", None), "2026-09-30",
        "A small, guided support circle for people with persistent pain who work in the day. Each "
        "week a trained facilitator leads a short topic, such as pacing or flare-up plans, then the "
        "group talks. Please book your first visit by phone.",
        "01632 960102", ages=(18, None)),
    listing("wednesday-walk-and-talk", "potteries-pain", "Wednesday Walk and Talk",
        ["peer-support", "social-activity-and-green-space"], ["in"], True,
        ["knutton-community-centre"], [("WE", "10:00", "11:30")], "0", "2026-11-03",
        "A gentle, short walk followed by tea and a chat with others who live with pain. We go at "
        "the pace of the slowest walker and there are benches on the way. Come along even if you can "
        "only manage the tea.",
        "01632 960103", ages=(18, None)),
    listing("hanley-back-pain-group", "potteries-pain", "Hanley Back Pain Peer Group",
        ["peer-support"], ["in"], True, ["hanley-wellbeing-centre"], [("TU", "13:00", "15:00")],
        "0", "2026-08-19",
        "A peer group for people with long-term back or neck pain, run by volunteers who live with "
        "pain themselves. Sessions mix a relaxed chat with a short relaxation exercise. Carers and "
        "partners are welcome too.",
        "01632 960104", ages=(18, None)),
    listing("online-pain-chat", "potteries-pain", "Online Pain Chat",
        ["peer-support"], ["online"], True, [], [("TU", "19:00", "20:30")], "0", "2026-10-21",
        "A video-call group for people who cannot easily get out because of pain or tiredness. You "
        "can keep your camera off and just listen. We send the link by e-mail after you sign up.",
        "01632 960105", ages=(18, None)),
    listing("living-well-with-pain", "trentvale-nhs", "Living Well with Pain course",
        ["pain-self-management"], ["in", "online"], False, ["burslem-health-village"],
        [("TH", "13:30", "16:00")], "0", "2026-07-08",
        "A six-week course run by a physiotherapist and a psychologist for people whose pain has "
        "lasted more than three months. You learn about pacing, sleep, flare-ups and setting small "
        "goals. Ask your GP or physiotherapist to refer you.",
        "01632 960110", ages=(18, None), languages=("en", "ur"),
        notes="New courses start every eight weeks. An online version runs on the same days."),
    listing("back-on-track", "lymeside", "Back on Track exercise class",
        ["physiotherapy-and-exercise", "pain-self-management"], ["in"], True, ["jubilee-leisure"],
        [("MO,TH", "09:30", "10:30")], ("4.50", "2.50"), "2026-09-02",
        "A physio-led exercise class for people with back pain who want to get stronger safely. "
        "Exercises can be done standing or seated, and the instructor will adapt them for you. "
        "Wear comfy clothes and bring a bottle of water.",
        "01632 960111", ages=(18, None)),
    listing("chair-based-exercise-longton", "lymeside", "Gentle chair-based exercise",
        ["physiotherapy-and-exercise", "social-activity-and-green-space"], ["in"], True,
        ["longton-chapel-hall"], [("WE", "14:00", "15:00")], "pwyc", "2026-10-01",
        "Light, seated exercise to music for people who find standing classes too much. It helps "
        "with stiffness and balance, and there is always time for a chat afterwards. Pay what you "
        "can; nobody is turned away.",
        "01632 960112", ages=(50, None)),
    listing("warm-water-exercise", "trentvale-nhs", "Warm Water Exercise",
        ["physiotherapy-and-exercise"], ["in"], True, ["hanley-pool"], [("SA", "08:30", "09:30")],
        ("5.00", "3.00"), "2026-06-30",
        "Exercise in a warm pool, where the water takes the weight off painful joints. A "
        "physiotherapy assistant leads the session from the poolside. You do not need to be able "
        "to swim.",
        "01632 960113", ages=(16, None)),
    listing("trentvale-talking-therapies", "trentvale-nhs", "Trentvale Talking Therapies",
        ["talking-therapies", "sleep"], ["in", "phone", "online"], True, ["hanley-wellbeing-centre"],
        [("MO,TU,WE,TH", "08:00", "20:00"), ("FR", "08:00", "17:00")], "0", "2026-11-10",
        "Free NHS talking therapies for low mood, worry, stress and sleep problems, including help "
        "for people living with pain. You can refer yourself online or by phone. We offer sessions "
        "face to face, by phone or by video call.",
        "01632 960120", ages=(16, None), languages=("en", "ur", "pl"), url_path="/self-refer"),
    listing("teen-talk-drop-in", "teen-talk", "Teen Talk drop-in counselling",
        ["talking-therapies"], ["in", "online"], True, ["stoke-town-hub"],
        [("WE", "15:30", "18:30"), ("SA", "10:00", "13:00")], "0", "2026-08-27",
        "Free, confidential counselling for young people aged 11 to 18. Drop in after school or on "
        "a Saturday morning, or book a video session. You do not need to tell your parents or your "
        "school, unless you are in danger.",
        "01632 960121", ages=(11, 18)),
    listing("harbour-crisis-cafe", "harbour", "The Harbour Crisis Café",
        ["crisis-support"], ["in", "phone"], True, ["hanley-wellbeing-centre"],
        [("MO,TU,WE,TH,FR,SA,SU", "18:00", "23:00")], "0", "2026-11-12",
        "A calm, welcoming place to go in the evening when you feel you cannot cope. Trained staff "
        "and volunteers will listen and help you make a plan to stay safe tonight. You can walk in "
        "or phone first. " + CRISIS,
        "01632 960130", ages=(18, None), languages=("en", "ur")),
    listing("potteries-night-line", "harbour", "Potteries Night Line",
        ["crisis-support", "sleep"], ["phone"], True, [],
        [("MO,TU,WE,TH,FR,SA,SU", "20:00", "23:59")], "0", "2026-10-28",
        "A listening phone line for the evening and night, when worries and pain can feel worse. "
        "The volunteers will not judge you or tell you what to do. " + CRISIS,
        "01632 960131", ages=(16, None)),
    listing("lyme-money-advice", "lyme-advice", "Money and Debt Advice",
        ["money-and-debt"], ["in", "phone"], True, ["newcastle-library"],
        [("MO,WE,FR", "09:30", "16:00")], "0", "2026-09-16",
        "Free, confidential help with debts, bills and money worries. An adviser can look at "
        "everything you owe, talk to the people you owe and help you make a plan. Bring any letters "
        "you have, even unopened ones.",
        "01632 960140", ages=(18, None), languages=("en", "pl")),
    listing("benefits-help-kidsgrove", "lyme-advice", "Benefits Help Desk, Kidsgrove",
        ["work-and-benefits", "money-and-debt"], ["in"], True, ["kidsgrove-library"],
        [("TU", "10:00", "13:00")], "0", "2025-08-12",
        "Get help to claim benefits, fill in forms and get ready for an assessment. We can help with "
        "Universal Credit, PIP and appeals. Just turn up: we see people in the order they arrive.",
        "01632 960141", ages=(16, None)),
    listing("working-well-potteries", "working-well-staffs", "Working Well employment support",
        ["work-and-benefits"], ["in", "phone", "online"], True, ["stoke-town-hub"],
        [("TU,TH", "09:00", "17:00")], "0", "2026-10-06",
        "One-to-one support from a work coach if pain or your mental health is making work hard. We "
        "can help you talk to your employer, plan a return to work or look for a new job. It is "
        "free and you can leave at any time.",
        "01632 960150", ages=(18, 66)),
    listing("lyme-housing-advice", "lyme-advice", "Housing Advice Line",
        ["housing"], ["in", "phone"], True, ["hanley-wellbeing-centre"],
        [("MO,TU,WE,TH,FR", "09:00", "17:00")], "0", "2026-07-22",
        "Advice if you are behind with rent, have problems with repairs or are worried about losing "
        "your home. We can help you talk to your landlord or the council. Call us early: there is "
        "usually more we can do.",
        "01632 960142", ages=(16, None)),
    listing("handy-homes-adaptations", "handy-homes", "Handy Homes small adaptations",
        ["housing"], ["phone"], True, [], [("MO,TU,WE,TH,FR", "08:30", "16:30")], ("15.00", None),
        "2026-09-09",
        "A trusted handyperson fits grab rails, stair rails, key safes and other small aids to make "
        "home safer when pain makes moving hard. Call to book a visit. There is a small call-out "
        "charge, and help with the cost may be available.",
        "01632 960160", ages=(18, None)),
    listing("potteries-carers-centre", "potteries-carers", "Carers' drop-in and advice",
        ["carers"], ["in", "phone"], True, ["bucknall-carers"],
        [("MO,TU,WE,TH,FR", "09:00", "17:00"), ("SA", "10:00", "12:00")], "0", "2026-10-19",
        "Support for anyone who looks after a family member or friend. Talk to someone who "
        "understands, get advice on carer's assessments and benefits, or join the Saturday coffee "
        "morning. You do not have to call yourself a carer to come.",
        "01632 960170", languages=("en", "ur", "pa")),
    listing("fenton-growing-space", "green-potteries", "Fenton Growing Space",
        ["social-activity-and-green-space"], ["in"], True, ["fenton-growing-space"],
        [("WE,SA", "10:00", "14:00")], "0", "2026-08-05",
        "A community garden where you can grow vegetables, potter and meet people. Raised beds mean "
        "less bending, and nobody minds if you just sit and watch. Tools, gloves and tea are "
        "provided.",
        "01632 960180", ages=(16, None)),
    listing("westport-lake-walks", "green-potteries", "Westport Lake gentle walks",
        ["social-activity-and-green-space", "physiotherapy-and-exercise"], ["in"], True,
        ["westport-lake"], [("SU", "10:30", "11:30")], "0", "2025-06-03",
        "A slow, flat walk around the lake with a trained walk leader, then a hot drink at the "
        "visitor centre. Walks last about 40 minutes and you can turn back at any time. Good for "
        "getting moving again after a bad patch.",
        "01632 960181"),
    listing("sleep-better-newcastle", "trentvale-nhs", "Sleep Better workshop",
        ["sleep", "pain-self-management"], ["in", "online"], True, ["newcastle-library"],
        [("TH", "18:00", "19:30")], "0", "2026-09-24",
        "A one-evening workshop on sleeping better when pain or worry keeps you awake. You will learn "
        "simple ways to wind down and what to do when you cannot sleep. Join in the room or online.",
        "01632 960190", ages=(18, None)),
    listing("silverdale-shed", "lymeside", "Silverdale Shed",
        ["social-activity-and-green-space", "peer-support"], ["in"], True, ["silverdale-hub"],
        [("MO,TH", "10:00", "15:00")], "pwyc", "2026-10-27",
        "A workshop where people make, mend and chat side by side. Many members live with pain or "
        "low mood and say it helps to have somewhere to go. Pay what you can for tea and materials.",
        "01632 960106", ages=(18, None)),
    listing("chesterton-pain-cafe", "potteries-pain", "Chesterton Pain Café",
        ["peer-support", "pain-self-management"], ["in"], True, ["chesterton-hall"],
        [("TU", "14:00", "16:00")], "0", "2026-11-02",
        "A relaxed café-style group for people living with pain in Chesterton and Wolstanton. "
        "Volunteers share what helps them and you can simply listen.",
        "01632 960107", status="temporarily closed",
        alert="Closed until 13 January 2027 while the hall roof is repaired. Try the Tuesday Pain "
              "Café in Silverdale instead."),
    listing("welfare-rights-home-visits", "lyme-advice", "Welfare rights home visits",
        ["work-and-benefits", "carers"], ["in", "phone"], False, [],
        [("WE", "09:30", "15:30")], "0", "2025-11-18",
        "An adviser can visit you at home if you cannot get out because of pain, illness or caring. "
        "They help with benefit forms and appeals. A health or care worker needs to refer you.",
        "01632 960143", ages=(18, None)),

    # ===================================== Leeds ===================================================
    listing("leeds-pain-toolkit", "aire-pain", "Pain Toolkit course, Seacroft",
        ["pain-self-management"], ["in"], True, ["seacroft-hub"], [("WE", "10:00", "12:30")],
        "0", "2026-10-15",
        "A friendly six-week course to help you understand your pain and find ways to do more of "
        "what matters to you. Sessions cover pacing, movement, sleep and managing setbacks. You can "
        "refer yourself or ask your GP.",
        "0113 496 0101", ages=(18, None), languages=("en", "ur")),
    listing("chronic-pain-cuppa", "aire-pain", "Chronic Pain Cuppa",
        ["peer-support", "pain-self-management"], ["in"], True, ["chapeltown-centre"],
        [("TU", "14:00", "16:00")], "0", "2026-09-08",
        "A relaxed afternoon get-together for people with long-term pain. Meet others, share what "
        "helps and leave feeling a little less alone. Drop in, no booking needed.",
        "0113 496 0102", ages=(18, None)),
    listing("moving-with-back-pain", "aire-pain", "Moving with Back Pain class",
        ["physiotherapy-and-exercise"], ["in"], True, ["armley-leisure"],
        [("MO,WE", "11:00", "12:00")], ("3.50", "2.00"), "2026-08-12",
        "A physiotherapist-led exercise class that builds strength and confidence for people with "
        "back pain. Every exercise has an easier version. Come ten minutes early on your first "
        "visit for a quick chat.",
        "0113 496 0103", ages=(18, None)),
    listing("gentle-yoga-headingley", "aire-pain", "Gentle yoga for pain",
        ["physiotherapy-and-exercise", "sleep"], ["in"], True, ["headingley-hall"],
        [("SA", "09:30", "10:45")], "pwyc", "2026-10-03",
        "Slow, gentle yoga with lots of rest, suitable for people with back or neck pain. Chairs are "
        "there for anyone who cannot get down to the floor. Pay what you can on the day.",
        "0113 496 0104", ages=(16, None)),
    listing("aireside-talking-therapies", "aireside-therapies", "Aireside Talking Therapies",
        ["talking-therapies"], ["in", "phone", "online"], True, ["leeds-city-wellbeing"],
        [("MO,TU,WE,TH", "08:00", "20:00"), ("FR", "08:00", "17:00")], "0", "2026-11-05",
        "Free NHS therapy for adults with low mood, anxiety and stress, including people whose pain "
        "affects their mood. Refer yourself online or by phone in about ten minutes. Sessions are "
        "by phone, video or face to face.",
        "0113 496 0110", ages=(17, None), languages=("en", "ur", "pa", "pl", "ro"),
        url_path="/refer-yourself"),
    listing("nightingale-safe-haven", "nightingale", "Nightingale Safe Haven",
        ["crisis-support"], ["in", "phone"], True, ["leeds-city-haven"],
        [("MO,TU,WE,TH,FR,SA,SU", "18:00", "23:30")], "0", "2026-11-11",
        "A safe, calm place to come in the evening if you are struggling to cope. You can talk to "
        "trained staff, have a hot drink and take time to feel safer. No referral or appointment "
        "needed. " + CRISIS,
        "0113 496 0120", ages=(18, None), languages=("en", "ur", "pa")),
    listing("aire-money-matters", "aire-money", "Debt and money advice",
        ["money-and-debt"], ["in", "phone"], True, ["beeston-advice"],
        [("TU,TH", "10:00", "16:00")], "0", "2026-09-29",
        "Free and confidential help if you are behind with bills or struggling with debt. An adviser "
        "will go through everything with you and help you deal with the people you owe. You will "
        "not be judged.",
        "0113 496 0130", ages=(18, None), languages=("en", "pl", "ro")),
    listing("welfare-rights-bramley", "aire-money", "Welfare rights drop-in, Bramley",
        ["work-and-benefits", "money-and-debt"], ["in"], True, ["bramley-library"],
        [("WE", "10:00", "13:00")], "0", "2025-09-24",
        "Drop in for help with benefit claims, forms and appeals, including Personal Independence "
        "Payment. Bring any letters you have. Advisers can book a longer appointment if you need "
        "one.",
        "0113 496 0131", ages=(16, None)),
    listing("steps-to-work", "steps-to-work", "Steps to Work",
        ["work-and-benefits"], ["in", "phone", "online"], True, ["harehills-hub"],
        [("MO,TU,WE,TH,FR", "09:00", "17:00")], "0", "2026-07-14",
        "A work coach helps you find or keep a job when a health condition gets in the way. Support "
        "goes at your pace and can include talking to your employer. Free for anyone aged 18 to 66 "
        "in Leeds.",
        "0113 496 0140", ages=(18, 66), languages=("en", "ur", "pa")),
    listing("pain-at-work-line", "steps-to-work", "Pain at Work advice line",
        ["work-and-benefits", "pain-self-management"], ["phone"], True, [],
        [("WE", "09:00", "17:00")], "0", "2025-12-09",
        "A phone line for people whose back or neck pain is making work difficult. An adviser can "
        "explain your rights, reasonable adjustments and fit notes. Calls last up to 30 minutes.",
        "0113 496 0141", ages=(16, None)),
    listing("hometrue-repairs", "hometrue", "Handyperson and adaptations",
        ["housing"], ["phone"], True, [], [("MO,TU,WE,TH,FR", "08:30", "16:30")],
        ("10.00", None), "2026-08-26",
        "Small repairs and adaptations, such as grab rails and stair rails, for older and disabled "
        "people. Labour costs a small hourly charge, and some jobs are free if you get certain "
        "benefits.",
        "0113 496 0150", ages=(18, None)),
    listing("roof-over-us", "roof-over-us", "Housing advice",
        ["housing", "money-and-debt"], ["in", "phone"], True, ["leeds-city-wellbeing"],
        [("MO,TU,TH", "09:30", "16:30")], "0", "2026-10-20",
        "Advice if you are behind on rent or mortgage payments, facing eviction or living somewhere "
        "in poor repair. We will explain your options in plain words and help you act quickly.",
        "0113 496 0151", ages=(16, None)),
    listing("aire-carers-circle", "aire-carers", "Carers' support and monthly group",
        ["carers", "peer-support"], ["in", "phone"], True, ["moortown-carers"],
        [("1TU", "10:00", "12:00")], "0", "2026-09-15",
        "Advice, a listening ear and a carers' group on the first Tuesday of each month. We can help "
        "with carer's assessments, breaks and benefits. Phone any weekday to talk to a support "
        "worker.",
        "0113 496 0160", monthly=True),
    listing("hollin-lane-garden", "leeds-green", "Hollin Lane Community Garden",
        ["social-activity-and-green-space"], ["in"], True, ["hollin-garden"],
        [("TH,SA", "10:00", "13:00")], "0", "2026-10-08",
        "Grow food and flowers with friendly people in a calm green space. The raised beds are at "
        "seat height so you can garden without bending. Come for half an hour or stay all morning.",
        "0113 496 0170"),
    listing("roundhay-health-walks", "leeds-green", "Roundhay health walks",
        ["social-activity-and-green-space", "physiotherapy-and-exercise"], ["in"], True,
        ["roundhay-mansion"], [("SU", "10:00", "11:00")], "0", "2025-07-20",
        "Short, led walks around the park at an easy pace, finishing with a drink at the café. There "
        "is always a back marker so nobody is left behind.",
        "0113 496 0171"),
    listing("sleep-well-leeds", "aireside-therapies", "Sleep Well online course",
        ["sleep"], ["online"], True, [], [("TU", "19:00", "20:00")], "0", "2026-11-02",
        "A four-week online course for people whose sleep is broken by pain, worry or low mood. Each "
        "session is a short talk and some tips to try that week. You can watch with your camera off.",
        "0113 496 0111", ages=(18, None)),
    listing("hear-us-out-pudsey", "hear-us-out", "Hear Us Out peer group, Pudsey",
        ["peer-support"], ["in"], True, ["pudsey-hall"], [("TH", "18:30", "20:00")], "0",
        "2026-10-29",
        "An evening group for adults who live with anxiety, low mood or other mental health problems. "
        "It is run by people who have been there too. You can talk or just listen.",
        "0113 496 0180", ages=(18, None)),
    listing("blokes-brew", "hear-us-out", "Blokes' Brew",
        ["peer-support", "social-activity-and-green-space"], ["in"], True, ["holbeck-rooms"],
        [("MO", "19:00", "21:00")], "0", "2026-08-31",
        "A relaxed Monday evening for men to have a brew and talk about whatever is on their mind. "
        "Lots of members live with pain or have been off work. No pressure to share.",
        "0113 496 0181", ages=(18, None)),
    listing("sister-circle", "sister-circle", "Sister Circle women's wellbeing group",
        ["peer-support", "social-activity-and-green-space"], ["in"], True, ["harehills-hub"],
        [("FR", "10:00", "12:00")], "0", "2026-10-10",
        "A warm group for women to make friends, move gently and talk about how they feel. We speak "
        "English, Urdu and Punjabi. You can bring children under five.",
        "0113 496 0190", ages=(18, None), languages=("ur", "pa", "en")),
    listing("aqua-ease-crossgates", "aire-pain", "Aqua Ease",
        ["physiotherapy-and-exercise"], ["in"], True, ["crossgates-pool"],
        [("SA", "08:00", "09:00")], ("4.20", "2.10"), "2026-09-19",
        "Gentle exercise in warm water for people with joint or back pain. The water supports you, "
        "so moving is easier and less painful. You do not need to be able to swim.",
        "0113 496 0105", ages=(16, None)),
    listing("armley-art-wellbeing", "hear-us-out", "Art for Wellbeing, Armley",
        ["social-activity-and-green-space", "peer-support"], ["in"], True, ["armley-arts"],
        [("WE", "13:30", "15:30")], "pwyc", "2026-06-28",
        "A relaxed art group for people who are finding life hard. No skills needed: just come and "
        "try painting, collage or clay.",
        "0113 496 0182", ages=(18, None), status="temporarily closed",
        alert="Paused over the winter. Sessions start again in March 2027."),

    # ============================== Lambeth and Southwark, south London ============================
    listing("joint-pain-advice-kennington", "thameside-pain", "Joint Pain Advice sessions",
        ["pain-self-management", "physiotherapy-and-exercise"], ["in", "phone"], True,
        ["kennington-clinic"], [("TU", "10:00", "12:00")], "0", "2026-10-13",
        "Up to four one-to-one sessions with a trained adviser for people with back, knee or hip "
        "pain. Together you make a simple plan to be more active and manage pain day to day. You can "
        "refer yourself.",
        "020 7946 0101", ages=(18, None), languages=("en", "es", "pt")),
    listing("peckham-pain-circle", "thameside-pain", "Peckham Pain Circle",
        ["peer-support", "pain-self-management"], ["in"], True, ["peckham-centre"],
        [("TU", "18:00", "19:30")], "0", "2026-09-22",
        "An evening peer group for people living with long-term pain. Share experiences and ideas in "
        "a warm, safe group led by volunteers. Come straight from work; there is tea and toast.",
        "020 7946 0102", ages=(18, None)),
    listing("strong-backs-walworth", "thameside-pain", "Strong Backs class",
        ["physiotherapy-and-exercise"], ["in"], True, ["walworth-hall"],
        [("MO,TH", "10:00", "11:00")], ("5.00", "2.50"), "2026-08-18",
        "A weekly exercise class for people with back pain, planned by physios. It helps you get "
        "stronger slowly and safely. You can do every move sitting down if you need to.",
        "020 7946 0103", ages=(18, None)),
    listing("tai-chi-dulwich", "south-green", "Tai chi for pain",
        ["physiotherapy-and-exercise", "social-activity-and-green-space"], ["in"], True,
        ["dulwich-pavilion"], [("WE", "11:00", "12:00")], "pwyc", "2026-09-30",
        "Slow, flowing tai chi movements that can ease stiffness and help you relax. Outdoors when "
        "dry, inside the pavilion when wet. Pay what you can.",
        "020 7946 0104", ages=(16, None)),
    listing("riverside-talking-therapies", "riverside-therapies", "Riverside Talking Therapies",
        ["talking-therapies", "sleep"], ["in", "phone", "online"], True, ["riverside-therapies"],
        [("MO,TU,WE,TH", "08:00", "20:00"), ("FR", "08:00", "17:00"), ("SA", "09:00", "13:00")],
        "0", "2026-11-09",
        "Free NHS talking therapies for adults in Lambeth and Southwark who feel low, anxious or "
        "stressed. There is a group for people living with long-term pain. Refer yourself online or "
        "by phone.",
        "020 7946 0110", ages=(18, None), languages=("en", "es", "pt", "yo", "so", "bfi"),
        url_path="/refer"),
    listing("lantern-crisis-cafe", "lantern", "The Lantern Crisis Café",
        ["crisis-support"], ["in", "phone"], True, ["camberwell-lantern"],
        [("MO,TU,WE,TH,FR,SA,SU", "17:00", "23:00")], "0", "2026-11-16",
        "A crisis café open every evening for adults who are struggling and need someone to talk to. "
        "Walk in or phone ahead; staff will help you feel calmer and plan for the next few days. "
        + CRISIS,
        "020 7946 0120", ages=(18, None), languages=("en", "es", "yo")),
    listing("borough-money-advice", "borough-advice", "Money and benefits advice",
        ["money-and-debt", "work-and-benefits"], ["in", "phone", "online"], True,
        ["borough-advice"], [("MO,TU,WE,TH", "09:30", "16:30")], "0", "2026-10-22",
        "Free advice on debt, bills and benefits, by phone, video or face to face. We can check you "
        "are getting every benefit you are entitled to and help with appeals.",
        "020 7946 0130", ages=(18, None), languages=("en", "es", "so")),
    listing("walworth-benefits-surgery", "borough-advice", "Walworth benefits surgery",
        ["work-and-benefits"], ["in"], True, ["walworth-hall"], [("TH", "13:00", "16:00")], "0",
        "2025-10-30",
        "Come along each week for help with benefit forms, sanctions and assessments. Bring your "
        "letters and any notes from your doctor.",
        "020 7946 0131", ages=(16, None)),
    listing("working-minds", "working-minds", "Working Minds employment advice",
        ["work-and-benefits"], ["phone", "online"], True, [], [("MO,TU,WE,TH,FR", "09:00", "17:00")],
        "0", "2026-07-28",
        "Employment advisers for people having talking therapy or pain treatment. They help you stay "
        "in work, ask for changes at work, or plan a return after time off.",
        "020 7946 0140", ages=(18, 66)),
    listing("southside-housing-advice", "southside-housing", "Southside housing advice",
        ["housing"], ["in", "phone"], True, ["norwood-advice"],
        [("MO,WE", "10:00", "16:00"), ("TU", "17:00", "19:30")], "0", "2026-09-01",
        "Free advice on renting, repairs, rent arrears and homelessness. There is an evening session "
        "on Tuesdays if you work in the day.",
        "020 7946 0150", ages=(16, None)),
    listing("homefit-london", "homefit", "HomeFit adaptations",
        ["housing"], ["in", "phone"], True, ["borough-advice"], [("MO,TU,WE,TH,FR", "09:00", "17:00")],
        ("25.00", None), "2025-07-02",
        "An occupational therapist visits to see what would make home easier, such as rails, a "
        "shower seat or a raised bed. Our handypeople can then fit them. There is a charge for the "
        "assessment visit.",
        "020 7946 0151", ages=(18, None)),
    listing("carers-together-dulwich", "carers-together", "Carers' café and advice",
        ["carers", "peer-support"], ["in", "phone"], True, ["east-dulwich-carers"],
        [("WE", "10:30", "12:30"), ("TU,TH", "09:30", "16:30")], "0", "2026-10-05",
        "A café morning every Wednesday for unpaid carers, plus advice on carer's assessments, "
        "breaks and money. Bring the person you care for if that is easier.",
        "020 7946 0160", languages=("en", "yo", "pt")),
    listing("camberwell-roots-garden", "south-green", "Camberwell Roots Garden",
        ["social-activity-and-green-space"], ["in"], True, ["camberwell-roots"],
        [("TU,SA", "10:00", "14:00")], "0", "2026-08-09",
        "A friendly community garden where you can grow food, learn new skills and take time out. "
        "Gardening is gentle and adapted to what your body can do today.",
        "020 7946 0170", ages=(16, None)),
    listing("peckham-rye-walks", "south-green", "Peckham Rye health walks",
        ["social-activity-and-green-space", "physiotherapy-and-exercise"], ["in"], True,
        ["peckham-rye-gate"], [("SU", "10:30", "11:30")], "0", "2026-10-18",
        "A gentle, led walk round the park on Sunday mornings, about 45 minutes. Stop whenever you "
        "need to; a walk leader stays at the back.",
        "020 7946 0171"),
    listing("quiet-nights-herne-hill", "riverside-therapies", "Quiet Nights sleep workshop",
        ["sleep"], ["in", "online"], True, ["herne-hill-rooms"], [("WE", "18:30", "20:00")], "0",
        "2026-09-14",
        "A two-evening workshop on getting better sleep with pain, worry or shift work. Learn simple "
        "routines and ways to settle your mind. Come in person or join online.",
        "020 7946 0111", ages=(18, None)),
    listing("open-door-bermondsey", "open-door", "Open Door peer group",
        ["peer-support"], ["in"], True, ["bermondsey-rooms"], [("SA", "11:00", "13:00")], "0",
        "2026-11-07",
        "A Saturday peer group for adults with experience of mental health problems. It is a kind, "
        "no-pressure space run by people who have been there too.",
        "020 7946 0180", ages=(18, None)),
    listing("circulo-bienestar", "circulo", "Círculo de apoyo, Walworth",
        ["peer-support", "social-activity-and-green-space"], ["in"], True, ["walworth-centro"],
        [("FR", "18:00", "20:00")], "0", "2026-03-10",
        "A Friday evening wellbeing group for Spanish and Portuguese speakers. Share food, talk "
        "about life in London and find out about local help.",
        "020 7946 0190", ages=(18, None), languages=("es", "pt")),
    listing("next-steps-peer", "next-steps", "Next Steps young adults group",
        ["peer-support", "talking-therapies"], ["in", "online"], True, ["nunhead-rooms"],
        [("TH", "17:00", "19:00")], "0", "2026-10-26",
        "A peer group for young adults aged 16 to 25 who are finding things hard. Talk, play games or "
        "just hang out. A youth counsellor is there if you want a private chat.",
        "020 7946 0191", ages=(16, 25)),
    listing("warm-water-waterloo", "thameside-pain", "Warm Water Wednesdays",
        ["physiotherapy-and-exercise", "pain-self-management"], ["in"], True, ["waterloo-pool"],
        [("WE", "12:30", "13:30")], ("4.00", "2.00"), "2026-07-04",
        "Exercise in a warm pool with a physio's helper. The water holds you up, so moving is easier "
        "when your back or joints hurt.",
        "020 7946 0105", ages=(16, None)),
    listing("south-london-night-listeners", "lantern", "Night Listeners phone line",
        ["crisis-support"], ["phone"], True, [], [("FR,SA,SU", "22:00", "23:59")], "0",
        "2026-10-30",
        "A weekend night phone line staffed by trained volunteers. Call if you feel alone, "
        "overwhelmed or cannot sleep for worry. " + CRISIS,
        "020 7946 0121", ages=(18, None)),
]

# Where each listing without a place is offered.
AREAS = {"potteries": "Stoke-on-Trent and Newcastle-under-Lyme", "leeds": "Leeds",
         "london": "Lambeth and Southwark"}
ORG_LOCALITY = {}  # filled by demo_services.py from the listings' places
