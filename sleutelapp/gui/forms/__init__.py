"""Python generated from ui/*.ui by pyside6-uic (`make ui`); do not edit the ui_*.py files.

The class that wraps a form (in sleutelapp/gui/) is the only code that knows its widget
names (conventions.md 6).
"""
