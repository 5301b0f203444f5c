"""graph/output.py: JSON is written exactly as json.dumps(indent=2, ensure_ascii=False) writes it."""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict

import pytest

from graph.output import render_json

VALUES = [
    [],
    {},
    "plain",
    [{"a": "OpenAI", "b": "카카오", "deals": [{"iri": "https://x/d", "sources": [], "date": None}]}],
    {"quote": 'say "hi"\n\t\\ </script> \u2028 \x00 é 🚀', "empty": {"inner": [[], {}]}},
    {"numbers": [0, -7, 2**70, 1.5, -0.0, 1e300, float("nan"), float("inf"), float("-inf")]},
    {"flags": [True, False, None], "tuple": (1, "two", (3,))},
    {"": "", " key with space ": [{"x": [[["deep"]]]}]},
]


@pytest.mark.parametrize("value", VALUES)
def test_same_text_as_json_dumps(value):
    assert render_json(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("value", [{1: "int key"}, {None: [1]}, defaultdict(list, a=[1]),
                                   OrderedDict(b=2), [{True: "x"}]])
def test_unusual_values_go_to_json_dumps(value):
    assert render_json(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_what_json_cannot_write_is_refused_as_json_refuses_it():
    with pytest.raises(TypeError, match="not JSON serializable"):
        render_json({"when": {1, 2}})
