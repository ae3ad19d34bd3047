"""The fence audit's worked example (issue 3), QGIS-free: shared by test/core/test_fence.py,
test/test_fence_audit.py (its docstring has the hand computation) and test/test_styles.py."""

FIELDS = {  # name -> python type of the fence attributes
    "fence_type": str,
    "height_cm": float,
    "bottom_cm": float,
    "top_gap_cm": float,
    "barbed": str,
}
ROWS = [  # (fence_type, height_cm, bottom_cm, top_gap_cm, barbed) of the six segments
    ("strand", 100, 50, 30, "none"),
    ("strand", 150, 20, 15, "all"),
    ("opening", None, None, None, None),
    ("mesh", 120, None, None, None),
    ("strand", 105, 43, 27, "top"),
    ("strand", 100, None, 30, "none"),
]
EXPECTED = {
    "mgaz": ["permeable", "barrier", "permeable", "barrier", "conditional", "unknown"],
    "argali": ["permeable", "barrier", "permeable", "barrier", "conditional", "permeable"],
    "khulan": ["barrier", "barrier", "permeable", "barrier", "barrier", "barrier"],
}
WORST = ["barrier", "barrier", "permeable", "barrier", "barrier", "barrier"]
# species -> (permeable, conditional, barrier, unknown, longest barrier) in grid km
SUMMARY = {
    "mgaz": (2, 1, 2, 1, 1),
    "argali": (3, 1, 2, 0, 1),
    "khulan": (1, 0, 5, 0, 3),
}
