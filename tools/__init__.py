"""Data and training tools for detachkit (never imported by the library)."""
