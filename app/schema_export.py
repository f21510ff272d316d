"""Write the JSON Schemas of the data-file formats for editors: `python -m app.schema_export`.

Point an editor at them with a first line such as
`# yaml-language-server: $schema=schema/questionnaire.schema.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app import paths
from app.content import FILE_TYPES

SCHEMA_DIR = paths.QUESTIONNAIRES / "schema"


def schemas() -> dict[str, str]:
    """File name → schema text, one per data-file type."""
    out = {}
    for kind, model in FILE_TYPES.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"smm-career/{kind}.schema.json"
        out[f"{kind}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return out


def main(target: Path = SCHEMA_DIR) -> int:
    target.mkdir(parents=True, exist_ok=True)
    for name, text in schemas().items():
        (target / name).write_text(text, encoding="utf-8")
        print(target / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR))
