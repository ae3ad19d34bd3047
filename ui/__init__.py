"""Nuudel's own dialogs and menu actions."""
