"""Item models over store queries (conventions.md 4): each holds the rows of one list view.

Models never write; `reload(...)` runs one store query and resets the rows, `clear()`
empties them (locking). Column constants and custom roles are declared on each class.
"""
