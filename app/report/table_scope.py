"""Give every table header cell of the tagged PDF a /Scope (PDF/UA-1 §7.5).

WeasyPrint 70 links each data cell to its headers (/Headers on the /TD, /ID on the /TH) but
writes no /Scope on the /TH, which PDF/UA checkers and some screen readers look for. This
finisher runs on WeasyPrint's finished object list, before the file is written, and marks
each header cell as a row header when a data cell of its own row names it (that is how
WeasyPrint sorted `<th scope="row">`), otherwise as a column header.

Imports pydyf (a WeasyPrint dependency), so it is imported only when a PDF is made.
"""

from __future__ import annotations

from typing import Any

import pydyf


def _number(reference: object) -> int | None:
    """The object number of an indirect reference such as b"12 0 R"."""
    if isinstance(reference, bytes) and reference.endswith(b" R"):
        return int(reference.split()[0])
    return None


def add_header_scopes(_document: Any, pdf: pydyf.PDF) -> None:
    """A WeasyPrint `finisher`: /Scope /Row or /Column on every /TH structure element."""
    elements = {
        obj.number: obj
        for obj in pdf.objects
        if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructElem"
    }
    for row in elements.values():
        if row.get("S") != "/TR":
            continue
        cells = [elements[n] for n in map(_number, row.get("K", [])) if n in elements]
        named_in_row = {
            str(header.string)
            for cell in cells
            if cell.get("S") == "/TD"
            for header in cell.get("A", {}).get("Headers", [])
        }
        for cell in cells:
            if cell.get("S") != "/TH":
                continue
            ident = cell.get("ID")
            in_row = isinstance(ident, pydyf.String) and str(ident.string) in named_in_row
            attributes = cell.setdefault("A", pydyf.Dictionary({"O": "/Table"}))
            attributes["Scope"] = "/Row" if in_row else "/Column"
