"""Checks that the analysis core's dependencies are usable inside this QGIS.

Never raises: an old shapely (Debian 12's 1.8), a broken one (its GEOS library missing) and no
shapely at all give the same clean degraded start, with one message that says what to do.
"""

from qgis.core import Qgis

from .i18n import tr

MIN_SHAPELY = (2, 0)


def is_shapely2(shapely) -> bool:
    """shapely >= 2, told by its vectorised top-level API rather than by its version string:
    some distribution builds report none (Debian forky's python3-shapely says "0+unknown")."""
    return callable(getattr(shapely, "get_coordinates", None))


def _import_shapely():
    """(module or None, what was found as text). Any failure of the import is caught: a
    broken install can raise OSError or AttributeError, not only ImportError."""
    try:
        import shapely  # noqa: PLC0415 (the probe: shapely may be missing)
    except ImportError:
        return None, tr("none")
    except Exception as exc:
        return None, tr("a shapely that fails to import ({error})").format(
            error=f"{type(exc).__name__}: {exc}"
        )
    version = str(getattr(shapely, "__version__", "") or "?")
    return shapely, tr("shapely {version}").format(version=version)


def install_advice() -> str:
    """What to do, per platform (translated). No bare pip: QGIS's Python on Debian 12 and
    Ubuntu 24.04 is externally managed, so pip refuses to install into it."""
    return tr(
        "Debian 13, Ubuntu 24.04 and later: 'sudo apt install python3-shapely', then restart "
        "QGIS. Windows (OSGeo4W or the QGIS installer) and the QGIS macOS installer ship "
        "shapely 2: update QGIS. Debian 12 (its python3-shapely is 1.8): use Nuudel from a "
        "source checkout and start QGIS through it, as README.md in the Nuudel plugin folder "
        "describes under 'Install into QGIS' (the steps need the checkout, not the zip)."
    )


def shapely_problem():
    """Return a translated message when shapely 2 is missing, old or broken, else None."""
    shapely, found = _import_shapely()
    if shapely is not None and is_shapely2(shapely):
        return None
    return tr(
        "Nuudel needs shapely 2 in QGIS's Python (found: {found}), so its algorithms are not "
        "available. {advice}"
    ).format(found=found, advice=install_advice())


def geos_mismatch():
    """Return a translated warning when shapely's GEOS differs from QGIS's GEOS, else None."""
    shapely, _found = _import_shapely()
    if shapely is None or not is_shapely2(shapely):
        return None
    qgis_geos = Qgis.geosVersion() if hasattr(Qgis, "geosVersion") else ""
    ours = str(getattr(shapely, "geos_version_string", "") or "")
    if ours and qgis_geos and not str(qgis_geos).startswith(ours):
        return tr(
            "shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one "
            "process can corrupt results; install shapely built against QGIS's GEOS."
        ).format(ours=ours, qgis=qgis_geos)
    return None
