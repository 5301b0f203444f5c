"""Offices opened and data centres weighed become activities with a place."""

from extract_helpers import extraction


def test_offices_and_data_centres_are_activities():
    text = ("OpenAI officially opened its office in Seoul this week. "
            "Zeta Labs weighs building a data center in Lisbon.")
    activities = extraction(text).docs[0].activities
    assert [(a.activity_type, a.agent.label, a.place.label, a.status, a.date and a.date.value)
            for a in activities] == [("Opening", "OpenAI", "Seoul", "completed", "2025-09"),
                                     ("Construction", "Zeta Labs", "Lisbon", "considering", None)]


def test_a_planned_office_is_reported_with_its_month():
    text = "Seoul-based Hanul Mobility is getting ready to open an office in Berlin next month, the Daily Ledger reported."
    [opening] = extraction(text).docs[0].activities
    assert (opening.activity_type, opening.agent.label, opening.place.label, opening.status) == (
        "Opening", "Hanul Mobility", "Berlin", "planned")
    assert opening.date.value == "2025-10" and opening.reported_by.label == "Daily Ledger"


def test_new_facilities_are_placed_and_operated_once_they_exist():
    from graph.extract.draft import to_turtle

    text = to_turtle(extraction("Zeta Labs opened an office in Lisbon. Zeta Labs weighs a data centre in Porto."))
    assert ("dgr:zeta-labs-office-in-lisbon a dg:Office ;\n    rdfs:label \"Zeta Labs office in Lisbon\"@en ;\n"
            "    dg:location dgr:lisbon ;\n    dg:operatedBy dgr:zeta-labs .") in text
    assert ("dgr:zeta-labs-data-centre-in-porto a dg:DataCenter ;\n    rdfs:label \"Zeta Labs data centre in Porto\"@en ;\n"
            "    dg:location dgr:porto .") in text
