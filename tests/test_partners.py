"""Partner pairs on the bundled graph (expected values read from graph/data/*.ttl), filters,
superseded claims and --as-of on a tiny store of our own."""

import pytest
from query_fixtures import twin_store

import graph.answers.partners as partners
import graph.query.rows as rows
from graph.model.namespaces import DGR
from graph.answers.partners import partner_pairs, partner_rows
from graph.answers.vocabulary import BadValue

RCR, AJU = DGR["src-rcr-2025-09-10"], DGR["src-aju-2025-05-26"]


# Within a pair, the party in more pairs of the listing comes first; ties go alphabetically.
def pairs_of(result):
    return [(p["a"], p["b"], len(p["deals"])) for p in result]


def test_every_pair_most_deals_first(query_store):
    assert pairs_of(partner_pairs(query_store)) == [
        ("OpenAI", "Samsung Electronics", 2), ("OpenAI", "SK Group", 2),
        ("OpenAI", "Broadcom", 1), ("OpenAI", "Kakao", 1), ("OpenAI", "Korea Development Bank", 1),
        ("OpenAI", "Krafton", 1), ("OpenAI", "Oracle", 1), ("OpenAI", "Seoul National University", 1),
        ("OpenAI", "SK Telecom", 1), ("OpenAI", "SoftBank", 1), ("Oracle", "SoftBank", 1),
    ]


def test_partners_of_samsung_as_promised_json(query_store):
    assert partner_pairs(query_store, "samsung") == [{
        "a": "Samsung Electronics", "b": "OpenAI",
        "a_iri": DGR["samsung-electronics"], "b_iri": DGR["openai"],
        "deals": [
            {"iri": DGR["deal-openai-samsung-hardware-chips"],
             "label": "OpenAI and Samsung Electronics: hardware chip partnership in motion",
             "type": "Partnership", "type_label": "partnership", "status": "in discussion", "date": None,
             "as_of": "2025-09-10", "reported_by": None, "sources": [RCR]},
            {"iri": DGR["deal-openai-samsung-expanded-cooperation"],
             "label": "OpenAI open to expanding its partnership with Samsung Electronics",
             "type": "Partnership", "type_label": "partnership", "status": "considering", "date": None,
             "as_of": "2025-09-10", "reported_by": None, "sources": [RCR]},
        ],
    }]


def test_a_deal_from_two_sources_keeps_both_and_the_later_details(query_store):
    [pair] = partner_pairs(query_store, "kakao")
    [deal] = pair["deals"]
    assert (deal["type"], deal["status"], deal["date"], deal["as_of"], deal["sources"]) == (
        "Integration", "signed", "2025-02", "2025-09-10", [AJU, RCR])


def test_roles_count_as_parties_and_reporters_are_kept(query_store):
    result = {p["b"]: p["deals"] for p in partner_pairs(query_store, "SoftBank")}
    assert sorted(result) == ["OpenAI", "Oracle"]
    assert [d["label"] for d in result["Oracle"]] == ["Stargate: OpenAI with SoftBank and Oracle"]
    [broadcom] = partner_pairs(query_store, "Broadcom")
    assert broadcom["deals"][0]["reported_by"] == "Financial Times"


@pytest.mark.parametrize("filters, expected", [
    ({"type": "mou"}, [("OpenAI", "Seoul National University", 1)]),
    ({"type": "Memorandum of Understanding"}, [("OpenAI", "Seoul National University", 1)]),
    ({"type": "financial cooperation"}, [("Korea Development Bank", "OpenAI", 1)]),
    ({"type": "integrations"}, [("Kakao", "OpenAI", 1)]),
    ({"status": "signed"}, [("OpenAI", "Kakao", 1), ("OpenAI", "Korea Development Bank", 1),
                            ("OpenAI", "Krafton", 1), ("OpenAI", "SK Telecom", 1)]),
    ({"status": "In Discussion"}, [("OpenAI", "Samsung Electronics", 1), ("OpenAI", "SK Group", 1)]),
    ({"status": "inDiscussion", "limit": 1}, [("OpenAI", "Samsung Electronics", 1)]),
    ({"since": "2025"}, [("OpenAI", "Kakao", 1), ("OpenAI", "Seoul National University", 1)]),
    ({"since": "2025-02-15"}, [("OpenAI", "Kakao", 1), ("OpenAI", "Seoul National University", 1)]),
    ({"since": "2025-03"}, [("OpenAI", "Seoul National University", 1)]),
    ({"until": "2025-02"}, [("Kakao", "OpenAI", 1)]),
    ({"until": "2025-01"}, []),
    ({"since": "2025", "until": "2025-08-31"}, [("Kakao", "OpenAI", 1)]),
    ({"limit": 2}, [("OpenAI", "Samsung Electronics", 2), ("OpenAI", "SK Group", 2)]),
])
def test_filters(query_store, filters, expected):
    assert pairs_of(partner_pairs(query_store, **filters)) == expected


def test_as_of_keeps_what_the_earlier_article_said(query_store):
    result = partner_pairs(query_store, "OpenAI", as_of="2025-06-01")
    assert pairs_of(result) == [("OpenAI", "Kakao", 1), ("OpenAI", "Korea Development Bank", 1),
                                ("OpenAI", "Krafton", 1), ("OpenAI", "SK Telecom", 1)]
    kakao = result[0]["deals"][0]
    assert (kakao["type"], kakao["date"], kakao["as_of"], kakao["sources"]) == ("Partnership", None, "2025-05-26", [AJU])
    assert len(partner_pairs(query_store, as_of="2025-05")) == 4  # a month stands for all its days
    assert partner_pairs(query_store, as_of="2025-04") == []


@pytest.mark.parametrize("filters, message", [
    ({"status": "maybe"}, "unknown status 'maybe'; use one of: considering, in discussion, planned, "
                          "announced, signed, active, completed, cancelled"),
    ({"type": "handshake"}, "unknown deal type 'handshake'; use one of: acquisition, deal, financial "
                            "cooperation, integration, investment, joint venture, letter of intent, "
                            "memorandum of understanding, partnership, supply agreement"),
    ({"type": "person"}, "unknown deal type 'person'"),
    ({"since": "2025-13"}, "--since: '2025-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"until": "last year"}, "--until: 'last year' is not a date"),
    ({"as_of": "2025-02-30x"}, "--as-of: '2025-02-30x' is not a date"),
])
def test_bad_filter_values(query_store, filters, message):
    with pytest.raises(BadValue) as err:
        partner_pairs(query_store, **filters)
    assert str(err.value).startswith(message)


def test_deals_read_in_small_chunks_give_the_same_pairs(query_store, monkeypatch):
    whole = partner_pairs(query_store)
    monkeypatch.setattr(rows, "VALUES_CHUNK", 1)
    assert partner_pairs(query_store) == whole


@pytest.mark.parametrize("name", ["OpenAI", "SK Group", "Samsung Electronics"])
def test_an_entitys_partners_agree_with_the_list_of_all_pairs(query_store, name):
    """The two readings (an entity's deals with their co-parties; the deals of the top
    pairs) give each pair the same deals."""
    def by_pair(pairs):
        return {frozenset((p["a_iri"], p["b_iri"])): p["deals"] for p in pairs}

    everything = by_pair(partner_pairs(query_store))
    own = by_pair(partner_pairs(query_store, name))
    assert own and all(everything[pair] == deals for pair, deals in own.items())


def test_table_rows_show_status_plainly(query_store):
    rows = partner_rows(query_store, partner_pairs(query_store, "Broadcom"))
    assert rows == [{"a": "Broadcom", "b": "OpenAI", "deals": 1, "type": "partnership",
                     "status": "active (reported by Financial Times)", "date": None,
                     "sources": ["RCR Wireless News 2025-09-10"],
                     "deal": "OpenAI and Broadcom: partnership on OpenAI's own AI chips"}]


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    store = twin_store(tmp_path_factory.mktemp("twins") / "store")
    yield store
    store.close()


def deal_view(result):
    return [(d["label"], d["type"], d["status"], d["date"]) for p in result for d in p["deals"]]


def test_a_superseded_deal_is_left_out(twins):
    assert deal_view(partner_pairs(twins, "Apex Robotics")) == [
        ("Apex firms sign a joint venture", "JointVenture", "signed", "2024-11-15")]


def test_as_of_shows_the_claim_before_it_was_superseded(twins):
    assert deal_view(partner_pairs(twins, "Apex Robotics", as_of="2024-06")) == [
        ("Apex firms plan to work together", "Partnership", "planned", "2024-03")]
    assert deal_view(partner_pairs(twins, "Apex Capital", as_of="2024-12-01")) == [
        ("Apex firms sign a joint venture", "JointVenture", "signed", "2024-11-15")]
    assert partner_pairs(twins, "Apex Robotics", as_of="2024-03") == []


def test_role_sub_properties_make_partners(twins):
    assert pairs_of(partner_pairs(twins, type="joint venture")) == [("Apex Capital", "Apex Robotics", 1)]


BLANK_DEALS = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
[] a dg:JointVenture ; rdfs:label "An unnamed venture"@en ; dg:status dg:planned ;
   dg:party dgr:apex-robotics, [ a dg:Company ; rdfs:label "Nameless Partner"@en ] .
"""


def test_blank_node_deals_and_parties_are_listed(tmp_path):
    """Turtle's [ ... ] gives deals and parties with no IRI: they are listed with their labels
    (a VALUES block cannot name them, so they are read apart)."""
    store = twin_store(tmp_path / "store")
    (tmp_path / "blank.ttl").write_text(BLANK_DEALS)
    from graph.store.load import load_files

    load_files(store, [tmp_path / "blank.ttl"])
    own = [p for p in partner_pairs(store, "Apex Robotics") if p["b"] == "Nameless Partner"]
    everything = [p for p in partner_pairs(store) if "Nameless Partner" in (p["a"], p["b"])]
    for found in (own, everything):
        assert [(d["label"], d["status"]) for p in found for d in p["deals"]] == [("An unnamed venture", "planned")]
        assert found[0]["deals"][0]["iri"].startswith("_:")
    store.close()


def test_a_limit_reads_labels_only_for_the_deals_listed(query_store, monkeypatch):
    all_deals = {d["iri"] for p in partner_pairs(query_store, "OpenAI") for d in p["deals"]}
    asked = set()
    read_labels = partners.read_labels

    def recording(store, keys):
        asked.update(keys)
        return read_labels(store, keys)

    monkeypatch.setattr(partners, "read_labels", recording)
    shown = {d["iri"] for p in partner_pairs(query_store, "OpenAI", limit=1) for d in p["deals"]}
    assert len(shown) == 2 and shown < all_deals
    assert shown <= asked and not (all_deals - shown) & asked


def test_deals_are_listed_newest_first_a_year_before_its_months_undated_last_then_by_label():
    def deal(label, date, iri=None):
        return {"label": label, "date": date, "iri": iri or f"https://e/{label}"}

    deals = [deal("b", None), deal("a", "2024-12"), deal("Z", "2025"), deal("c", "2025-02"),
             deal("a", "2025-02"), deal("A", "2025-02-15"), deal("d", None), deal("y", "2025", "https://e/0")]
    ordered = [(d["date"], d["label"]) for d in partners.sort_deals(deals)]
    assert ordered == [("2025", "y"), ("2025", "Z"), ("2025-02", "a"), ("2025-02", "c"),
                       ("2025-02-15", "A"), ("2024-12", "a"), (None, "b"), (None, "d")]
