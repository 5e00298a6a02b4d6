"""The Qt application of design.md §6: windows, dialogs, item models, background operations.

Only this package imports PySide6. Modules load lazily: the first window imports only what
it needs (design.md §2), dialogs are imported when their menu item is used.
"""
