"""The extraction contract's JSON Schema, checked and compiled once per test process.

``jsonschema.validate`` checks the schema itself and builds a validator on every call; over the
thousands of pages the extraction tests validate, that was most of their time.
"""

from __future__ import annotations

import json
from functools import cache

import jsonschema

from strategygraph.paths import EXTRACTION_SCHEMA


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(EXTRACTION_SCHEMA.read_text(encoding="utf-8"))
    kind = jsonschema.validators.validator_for(schema)
    kind.check_schema(schema)
    return kind(schema)


def validate_contract(instance: object) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``instance`` follows the extraction contract."""
    _validator().validate(instance)
