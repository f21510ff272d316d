"""Counsellor mode: clients, their assessments over time, notes, progress and privacy.

The main window owns a `CounsellorMode` (made on the first click of the start page's
button); the mode reaches the window only through the `CounsellorHost` protocol.
"""

from app.gui.counsellor.counsellor_view import CounsellorView
from app.gui.counsellor.mode import CounsellorHost, CounsellorMode, StoreSaver

__all__ = ["CounsellorHost", "CounsellorMode", "CounsellorView", "StoreSaver"]
