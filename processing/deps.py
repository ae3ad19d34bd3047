"""Checks that the analysis core's dependencies are usable inside this QGIS."""

from qgis.core import Qgis

from .i18n import tr

MIN_SHAPELY = (2, 0)


def shapely_problem():
    """Return a translated message when shapely 2 is missing, else None."""
    try:
        import shapely
    except ImportError:
        found = None
    else:
        found = shapely.__version__
    if found is not None and tuple(int(p) for p in found.split(".")[:2]) >= MIN_SHAPELY:
        return None
    return tr(
        "Nuudel needs shapely 2 in QGIS's Python (found: {found}). Install it with "
        "'python3 -m pip install \"shapely>=2\"' in the QGIS Python, or use a QGIS that ships it "
        "(OSGeo4W, Ubuntu 24.04+, Debian 13). On Debian 12 build it against the system GEOS: "
        "see the README."
    ).format(found=found or tr("none"))


def geos_mismatch():
    """Return a translated warning when shapely's GEOS differs from QGIS's GEOS, else None."""
    try:
        import shapely
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
