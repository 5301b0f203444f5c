"""A small gazetteer and helpers for the extractor's rule tests (no store, no article text)."""

from datetime import date

from graph.extract.logistic import never
from graph.extract.pipeline import ArticleMeta, extract_texts
from graph.extract.draft import to_json
from graph.extract.gazetteer import Gazetteer
from graph.extract.text import Article

DGR = "https://dealgraph.org/id/"
ROWS = [
    (DGR + "samsung-electronics", "Samsung Electronics", True, "Company"),
    (DGR + "samsung-electronics", "Samsung", False, "Company"),
    (DGR + "sk-group", "SK Group", True, "BusinessGroup"),
    (DGR + "sk-group", "SK", False, "BusinessGroup"),
    (DGR + "openai", "OpenAI", True, "Company"),
    (DGR + "stargate", "Stargate", True, "Initiative"),
    (DGR + "seoul", "Seoul", True, "City"),
    (DGR + "reuters", "Reuters", True, "NewsOutlet"),
    (DGR + "nimbus-chat", "Nimbus Chat", True, "Product"),
]
MAKERS = [("Nimbus Chat", DGR + "openai")]
PUBLISHED = date(2025, 9, 10)


def extraction(text, published=PUBLISHED, decide_pair=never, decide_role=never):
    """The rules' reading (the learned partner pairs and positions have tests of their own)."""
    article = Article("test.txt", text, "0" * 64)
    return extract_texts(Gazetteer(ROWS, makers=MAKERS), [(article, ArticleMeta(published))],
                         decide_pair=decide_pair, decide_role=decide_role)


def summary(text, published=PUBLISHED):
    """The rules' reading as `kg extract --json` gives it: entities, roles and deals."""
    return to_json(extraction(text, published))


def typed_parties(text, published=PUBLISHED, decide_pair=never):
    """(type, sorted parties) of each deal the text gives."""
    return [(d["type"], sorted(d["parties"])) for d in to_json(extraction(text, published, decide_pair))["deals"]]


def deals(text, published=PUBLISHED):
    """(type, parties, status, date) of each deal the text gives, as in the JSON summary."""
    return [(d["type"], d["parties"], d["status"], d["date"]) for d in summary(text, published)["deals"]]
