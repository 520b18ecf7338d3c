"""Chapters, categories, members, chapter roles, meetings, attendance and visitors."""
