"""Names to entities on the bundled graph: case, accents, punctuation, aliases, errors."""

import pytest
from query_fixtures import twin_store

from graph.model.errors import AmbiguousEntity, EntityNotFound
from graph.answers.resolve import normalize, resolve


@pytest.mark.parametrize("name, label", [
    ("sk", "SK Group"),
    ("samsung", "Samsung Electronics"),
    ("SAMSUNG ELECTRONICS", "Samsung Electronics"),
    ("juan pedro tomas", "Juan Pedro Tomás"),
    ("Chey Tae-won", "Chey Tae-won"),
    ("chey tae won", "Chey Tae-won"),
    ("cheytaewon", "Chey Tae-won"),
    ("u.s.", "United States"),
    ("FT", "Financial Times"),
    ("삼성전자", "Samsung Electronics"),
    ("  kwon ", "Jason Kwon"),
    ("dgr:openai", "OpenAI"),
    ("https://dealgraph.org/id/kakao", "Kakao"),
])
def test_names_resolve_to_one_entity(query_store, name, label):
    assert resolve(query_store, name).label == label


def test_resolved_entity_has_iri_and_stated_classes(query_store):
    entity = resolve(query_store, "sk")
    assert (entity.iri, entity.classes) == ("https://dealgraph.org/id/sk-group", ("BusinessGroup",))


def test_unknown_name_suggests_the_nearest(query_store):
    with pytest.raises(EntityNotFound) as err:
        resolve(query_store, "Samsnug")
    assert str(err.value) == ("no entity named 'Samsnug'; did you mean 'Samsung Electronics' "
                              "or 'Seoul National University'?")


@pytest.mark.parametrize("name", ['"} UNION { ?s ?p ?o }', "x' OR '1'='1", "dgr:nobody", "Kakao\" } UNION { ?x"])
def test_hostile_or_unknown_names_are_just_names(query_store, name):
    with pytest.raises(EntityNotFound) as err:
        resolve(query_store, name)
    assert str(err.value).startswith(f"no entity named {name!r}")


def test_braces_are_punctuation_like_any_other(query_store):
    assert resolve(query_store, "{Open}AI").label == "OpenAI"


def test_empty_name_is_not_found(query_store):
    with pytest.raises(EntityNotFound):
        resolve(query_store, "   ")


def test_shared_alias_is_ambiguous_and_lists_candidates_with_classes(tmp_path):
    store = twin_store(tmp_path / "store")
    try:
        with pytest.raises(AmbiguousEntity) as err:
            resolve(store, "apex")
        assert str(err.value) == "'apex' is ambiguous: Apex Capital (Bank); Apex Robotics (Company)"
        assert resolve(store, "Apex Capital").label == "Apex Capital"
    finally:
        store.close()


def test_normalize_drops_accents_case_and_inner_punctuation():
    assert normalize("Juan Pedro TOMÁS") == "juan pedro tomas"
    assert normalize("Washington, D.C.") == "washington dc"


def test_exact_spelling_is_found_by_index_lookup_before_any_scan(query_store):
    from graph.answers.resolve import exact_matches

    assert [e.label for _, e in exact_matches(query_store, "SK").values()] == ["SK Group"]
    assert [e.label for _, e in exact_matches(query_store, "삼성전자").values()] == ["Samsung Electronics"]
    # other spellings are left to the normalizing scan
    assert exact_matches(query_store, "sk") == {}
