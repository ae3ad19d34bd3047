"""Checks that the analysis core's dependencies are usable inside this QGIS."""

from qgis.core import Qgis

from .i18n import tr

MIN_SHAPELY = (2, 0)


def is_shapely2(shapely) -> bool:
    """shapely >= 2, told by its vectorised top-level API rather than by its version string:
    some distribution builds report none (Debian forky's python3-shapely says "0+unknown")."""
    return callable(getattr(shapely, "get_coordinates", None))


def shapely_problem():
    """Return a translated message when shapely 2 is missing, else None."""
    try:
        import shapely  # noqa: PLC0415 (the probe: shapely may be missing)
    except ImportError:
        found = None
    else:
        found = shapely.__version__
    if found is not None and is_shapely2(shapely):
        return None
    return tr(
        "Nuudel needs shapely 2 in QGIS's Python (found: {found}). Use a QGIS that ships it "
        "(OSGeo4W, the QGIS macOS installer, Ubuntu 24.04+, Debian 13), or build it against "
        "QGIS's own GEOS: 'python3 -m pip install --no-binary shapely \"shapely>=2\"' (needs "
        "the GEOS development files; a prebuilt shapely wheel brings a second GEOS that can "
        "corrupt results). On Debian 12 run 'make setup' in the Nuudel folder and start QGIS "
        "with scripts/nuudel-qgis: see the README."
    ).format(found=found or tr("none"))


def geos_mismatch():
    """Return a translated warning when shapely's GEOS differs from QGIS's GEOS, else None."""
    try:
        import shapely  # noqa: PLC0415 (the probe: shapely may be missing)
    except ImportError:
        return None
    qgis_geos = Qgis.geosVersion() if hasattr(Qgis, "geosVersion") else ""
    ours = shapely.geos_version_string
    if qgis_geos and not str(qgis_geos).startswith(ours):
        return tr(
            "shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one "
            "process can corrupt results; install shapely built against QGIS's GEOS."
        ).format(ours=ours, qgis=qgis_geos)
    return None
