"""The desktop wizard (PySide6): start page, a page per questionnaire section, results, export."""
