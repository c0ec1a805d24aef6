"""briefgen: turn meeting articles into a consolidated Vietnamese briefing."""

__version__ = "0.1.0"
