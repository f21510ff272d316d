"""Files and databases on disk: answer files (atomic, versioned) and the client store."""
