"""Lexical checks on SPARQL text: SERVICE and update detection, the WHERE group."""

import pytest

from graph.query.text import is_update_text, mask_noise, uses_service, where_group


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://e/> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE {\n  ?s ?p ?o .SERVICE<http://e/>{}\n}",
    'SELECT * WHERE { BIND("""a\\"""" AS ?x) SERVICE <http://e/> { BIND("x" AS ?y) } }',
    "SELECT * WHERE { BIND('''it''s''' AS ?x) SERVICE <http://e/> {} }",
    "SELECT * WHERE { FILTER(?a<?b) SERVICE<http://e/>{} FILTER(?c>?d) }",
    "SELECT * WHERE { # a comment\n SERVICE <http://e/#frag> {} }",
    "SELECT * WHERE { ?s ?p ?o } VALUES ?x { 1 } # then\nSERVICE",
])
def test_service_is_found_wherever_it_hides(query):
    assert uses_service(query)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a <http://e/SERVICE> }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://e/> {}" }',
    "PREFIX service: <http://e/> SELECT * WHERE { ?s service:SERVICE ?o }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://e/> {}",
    'SELECT * WHERE { ?s ?p "x"@service }',
    "SELECT * WHERE { _:service ?p $service }",
])
def test_names_that_only_spell_service_are_not_service(query):
    assert not uses_service(query)


@pytest.mark.parametrize("text, update", [
    ("INSERT DATA { <a:a> <a:b> <a:c> }", True),
    ("  # comment\nPREFIX x: <http://e/>\nBASE <http://e/>\ndelete where { ?s ?p ?o }", True),
    ("DROP ALL", True),
    ("WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("PREFIX insert: <http://e/> SELECT * WHERE { ?s insert:p ?o }", False),
    ('SELECT * WHERE { ?s ?p "INSERT DATA" }', False),
    ("ASK {}", False),
])
def test_update_text(text, update):
    assert is_update_text(text) is update


def test_mask_keeps_positions():
    text = 'SELECT ?x { ?x <http://e/#a> "}" } # }'
    masked = mask_noise(text)
    assert len(masked) == len(text)
    assert masked.count("{") == 1 and masked.count("}") == 1


@pytest.mark.parametrize("query, group", [
    ("SELECT ?x WHERE { ?x ?p ?o }", "{ ?x ?p ?o }"),
    ("SELECT ?x { ?x ?p '{' }", "{ ?x ?p '{' }"),
    ("ASK { { ?x ?p ?o } UNION { ?x ?q ?o } }", "{ { ?x ?p ?o } UNION { ?x ?q ?o } }"),
    ("CONSTRUCT { ?x ?p ?o } FROM <http://e/g> WHERE { ?x ?p ?o }", "{ ?x ?p ?o }"),
    ("PREFIX select: <http://e/> DESCRIBE ?x WHERE { ?x select:p 1 }", "{ ?x select:p 1 }"),
])
def test_where_group(query, group):
    start, end = where_group(query)
    assert query[start:end + 1] == group


@pytest.mark.parametrize("query, message", [
    ("CONSTRUCT WHERE { ?s ?p ?o }", "the CONSTRUCT WHERE short form cannot take bindings"),
    ("DESCRIBE <http://e/x>", "the query has no WHERE group"),
    ("SELECT * WHERE { ?s ?p ?o", "unbalanced braces in the query"),
    ("INSERT DATA {}", "not a SELECT, CONSTRUCT, DESCRIBE or ASK query"),
])
def test_where_group_refuses(query, message):
    with pytest.raises(ValueError, match=message):
        where_group(query)
