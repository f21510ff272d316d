"""May a PDF be written here? Never over a folder or over a file that is not a PDF."""

from __future__ import annotations

from pathlib import Path

from app.domain.text import Language

PDF_MAGIC = b"%PDF-"

MESSAGES: dict[str, dict[Language, str]] = {
    "is_folder": {
        "en": "{path}: is a folder; give a file name such as {path}/plan.pdf",
        "sv": "{path}: är en mapp; ange ett filnamn, till exempel {path}/plan.pdf",
        "nl": "{path}: is een map; geef een bestandsnaam, bijvoorbeeld {path}/plan.pdf",
    },
    "not_pdf": {
        "en": "{path}: exists and is not a PDF; it was left as it is (choose another name)",
        "sv": "{path}: finns redan och är ingen PDF; filen lämnades orörd (välj ett annat namn)",
        "nl": "{path}: bestaat al en is geen pdf; het bestand is niet aangeraakt (kies een andere naam)",
    },
    "no_folder": {
        "en": "{path}: the folder {folder} does not exist",
        "sv": "{path}: mappen {folder} finns inte",
        "nl": "{path}: de map {folder} bestaat niet",
    },
    "unreadable": {
        "en": "{path}: cannot be checked: {detail}",
        "sv": "{path}: kan inte kontrolleras: {detail}",
        "nl": "{path}: kan niet worden gecontroleerd: {detail}",
    },
}


def message(key: str, lang: Language, **params: object) -> str:
    return MESSAGES[key][lang].format(**params)


def out_problem(path: Path, lang: Language) -> str | None:
    """None when `path` may receive a PDF; otherwise one line saying why not."""
    try:
        if path.is_dir():
            return message("is_folder", lang, path=path)
        if not path.parent.is_dir():
            return message("no_folder", lang, path=path, folder=path.parent)
        if path.exists():
            with path.open("rb") as handle:
                if handle.read(len(PDF_MAGIC)) != PDF_MAGIC:
                    return message("not_pdf", lang, path=path)
    except OSError as exc:
        return message("unreadable", lang, path=path, detail=exc.strerror or exc)
    return None
