"""The small logistic models that judge what the rules left unread (pairs.py, learned_roles.py),
trained on gold articles by `scripts/train_models.py`."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from graph.model.errors import InvalidData

MODEL_DIR = Path(__file__).parent / "model"


@dataclass
class LogisticModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0, len(features))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, candidate) -> bool:
        """Whether a candidate (anything with `features`) scores at least the threshold."""
        return self.probability(candidate.features) >= self.threshold

    @classmethod
    def read(cls, path: Path) -> LogisticModel:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            model = cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InvalidData(f"model {path} cannot be read ({err}); retrain it with "
                              f"scripts/train_models.py, or extract with --rules-only") from None
        return model


def never(candidate) -> bool:
    """The judge that accepts nothing learned: the rules' reading alone."""
    return False


def bucket(n: int) -> str:
    """A count as a feature value: 0, 1, 2, up to 4, 8, 16, or more."""
    for top in (0, 1, 2, 4, 8, 16):
        if n <= top:
            return str(top)
    return "more"
