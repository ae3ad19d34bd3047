"""Styles for Nuudel outputs: applied when a layer loads and saved into output GeoPackages.

API used by the algorithms (through NuudelAlgorithm.style_output):
    register_style(context, dest_id, style_key)  # in processAlgorithm, once the sink exists
    save_default_style(context, dest_id, style_key, feedback)  # in postProcessAlgorithm
``style_key`` names styles/<style_key>.qml (fence_verdict, crossings, gaps, proposed, zones,
cost, conflicts).
"""

from pathlib import Path

STYLES_DIR = Path(__file__).resolve().parent.parent / "styles"


def style_file(style_key: str) -> Path:
    return STYLES_DIR / f"{style_key}.qml"


def register_style(context, dest_id, style_key):
    """Placeholder until the styling issue lands: nothing to do."""


def save_default_style(context, dest_id, style_key, feedback=None):
    """Placeholder until the styling issue lands: nothing to do."""
