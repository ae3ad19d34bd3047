"""No English reaches a Mongolian user: every algorithm runs on the workshop data in Mongolian
(processing.run with REPORT), and its report, the messages of the run, the legends of its
outputs and the Mongolian help pages are scanned for Latin words. Allowed: text inside
<code>, data codes and field names, parameter and output names (ALL CAPS or with _ or a digit),
product and QGIS interface names (QGIS 3.22 has no Mongolian interface), single letters
(option A/B, source labels V/S/I, list items), the citations of non-Mongolian sources, and the
names in the user's data (layer, field, route and alignment names are shown as they are)."""

import html
import re

import pytest
from helpers import ROOT
from inventory_helpers import write_osm
from qgis.core import QgsProcessingFeedback, QgsVectorLayer
from test_desktop_flow import gps_fixes, traffic_roads

GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_.&'\-]*")
# product, format and library names
PRODUCTS = {
    "QGIS",
    "GeoPackage",
    "GeoTIFF",
    "GRASS",
    "r.cost",
    "r.path",
    "Least",
    "Cost",
    "Path",
    "shapefile",
    "dbf",
    "Natural",
    "Earth",
    "Web",
    "Mercator",
    "shapely",
    "Python",
    "English",
    "nodata",
    "Nodata",
    "make",
    "valid",
    "OSGeo4W",
    "macOS",
    "Ubuntu",
    "Debian",
    "python3",
    "pip",
    "install",
    "no-binary",
    "scripts/nuudel-qgis",
    "wheel",
    "setup",
}
# QGIS 3.22 interface names the help must give in English (the user sees them in English)
QGIS_UI = {
    "Processing",
    "Toolbox",
    "Plugins",
    "Manage",
    "and",
    "Install",
    "Layer",
    "Properties",
    "Style",
    "Select",
    "by",
    "expression",
    "Selected",
    "features",
    "only",
    "Graphical",
    "Modeler",
    "Extract",
    "within",
    "distance",
    "Vector",
    "layer",
    "Multiple",
    "layers",
    "String",
    "Field",
    "Distance",
    "Raster",
}
# authors and titles of non-Mongolian sources cited in the help (the profile's own citations
# are added from species.json below)
# Barrier Behaviour Analysis: its paper (Xu et al. 2021, J. Appl. Ecol.) and its R package's
# name, repository and files, cited in the barrier behaviour report
BABA = {
    "Xu",
    "Appl",
    "Ecol",
    "BaBA",
    "BaBA.R",
    "BaRanking.R",
    "wx-ecology",
    "BaRanking",
    "Dejid",
    "Herrmann",
    "Sawyer",
    "Middleton",
}
# help pages only: field-data apps and OSM tools, the OSM Wiki pages cited (Key:barrier,
# Tag:barrier=gate), OSM height values quoted ("120 cm", "1200 mm"), the audit's reason quoted
# ("bottom_cm missing") and field names split by a placeholder (meff_<s>_after)
HELP_ONLY = {
    "QField",
    "Mergin",
    "Maps",
    "OpenStreetMap",
    "QuickOSM",
    "hstore",
    "Shapefile",
    "github.com",
    "qgz",
    "Key",
    "Tag",
    "Wiki",
    "Barrier",
    "cm",
    "mm",
    "missing",
    "meff",
    "after",
}
# layer and field names of the inputs the runs write (data, shown as they are); "lines" is the
# layer of an OSM file (GDAL's OSM driver)
TEST_DATA = {
    "fixes",
    "fences",
    "roads",
    "units",
    "aadt",
    "animal_id",
    "time",
    "lines",
    "tracks.gpkg",
    "roads.gpkg",
}
HELP_CITATIONS = {
    "Zhang",
    "Transp",
    "Res",
    "Brennan",
    "Chow",
    "Lamb",
    "PeerJ",
    "Huijser",
    "Iuell",
    "Wyoming",
    "G&amp;F",
    "G&F",
    "Montana",
    "FWP",
    "Jones",
    "Ito",
    "You",
    "Seveque",
    "BLM",
    "Idaho",
    "Front",
    "Conserv",
    "Sci",
    "Saiga",
    "Crossing",
    "Options",
    "IENE",
    "COST",
    "CAMI",
    "IFC",
    "PS6",
    "WTI",
}


SPECIES = {"mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex"}
TYPES = {
    "strand",
    "mesh",
    "solid",
    "electric",
    "rail",
    "opening",
    "underpass",
    "overpass",
    "bridge",
    "culvert",
    "level",
}


def data_codes():
    """Codes that stay English in the data: species, types, verdicts, field names, values."""
    from nuudel.processing.core import fence
    from nuudel.processing.core.profile import load_profile
    from nuudel.processing.styles import STYLES

    profile = load_profile()
    codes = set(profile["species"]) | set(fence.BARBED_WORDS) | set(fence.UNITS)
    codes |= {
        "strand",
        "mesh",
        "solid",
        "electric",
        "rail",
        "opening",
        "yes",
        "no",
        "true",
        "false",
        "verified",
        "provisional",
        "barbed",
        "matched",
        "reasons",
        "verdict",
        "permeable",
        "conditional",
        "barrier",
        "unknown",
        "nogo",
        "caution",
        "suitable",
        "unsuitable",
        "unmatched",
        "ok",
        "too_long",
        "top",
        "bottom",
        "all",
        "none",
    }
    codes |= {
        "opening",
        "let_down",
        "remove",
        "raise_bottom_wire",
        "smooth_bottom_wire",
        "underpass",
        "overpass",
    }  # mitigation candidate types (data codes, issue 22)
    for style in STYLES.values():
        codes |= set(style["fields"])
        for values in style["values"].values():
            codes |= set(values)
    return codes


def foreign_citations():
    """Words of the citations that stay in their original language (no citation_mn)."""
    from nuudel.processing.core.profile import load_profile

    words = set()
    for source in load_profile()["sources"].values():
        if not source.get("citation_mn"):
            words |= words_of(source["citation"])
    return words


def workshop_names():
    """Layer and field names of the workshop data (they are data, shown as they are)."""
    words = set()
    for name in (
        "fences",
        "road",
        "crossings",
        "aimags",
        "protected_areas",
        "calving",
        "water",
        "alignment",
    ):
        layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
        words |= {name, *layer.fields().names()}
        for field in ("route", "name"):  # route and alignment names the reports quote
            if field in layer.fields().names():
                for feature in layer.getFeatures():
                    words |= words_of(str(feature[field] or ""))
    return words


def words_of(text):
    """The Latin words of ``text``, without the punctuation around them."""
    return {w.strip(".-'&") for w in LATIN.findall(text)} - {""}


def allowed(word, extra) -> bool:
    """A single letter (but not the metre sign m), a code or name with a digit or _, an
    acronym or parameter name in capitals, or a word of the allow-list."""
    return (
        (len(word) == 1 and word != "m")
        or bool(re.search(r"[\d_]", word))
        or (word.isupper() and len(word) > 1)
        or word in extra
    )


def visible(text: str) -> str:
    """The text a reader sees: tags, <code> and <style> contents removed, entities resolved."""
    text = re.sub(r"<code>.*?</code>", " ", text, flags=re.S)
    text = re.sub(r"<(style|title)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def latin_words(text, extra):
    return sorted(w for w in words_of(text) if not allowed(w, extra))


class Recorder(QgsProcessingFeedback):
    """Every message a run gives the user."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.messages.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N803
        self.messages.append(error)
        super().reportError(error, fatalError)

    def setProgressText(self, text):
        self.messages.append(text)
        super().setProgressText(text)


def uri(name, subset=None):
    return f"{GPKG}|layername={name}" + (f"|subset={subset}" if subset else "")


def runs(tmp):
    """(algorithm id, parameters) of each algorithm on the workshop data, with REPORT."""
    landscape = {  # the inputs of landscape permeability and mitigation priorities
        "REPORTING_UNITS": uri("aimags"),
        "FENCES": uri("fences"),
        "ROADS": uri("road"),
        "CROSSINGS": uri("crossings"),
    }
    return [
        (
            "nuudel:fencepermeabilityaudit",
            {
                "INPUT": uri("fences"),
                "OUTPUT": str(tmp / "f.gpkg"),
                "SUMMARY": str(tmp / "f_summary.gpkg"),
                "REPORT": str(tmp / "f.html"),
            },
        ),
        (
            "nuudel:crossingspacingcheck",
            {
                "INPUT": uri("road"),
                "ROUTE_FIELD": "route",
                "CROSSINGS": uri("crossings"),
                "OUTPUT_CROSSINGS": str(tmp / "c.gpkg"),
                "OUTPUT_GAPS": str(tmp / "c_gaps.gpkg"),
                "OUTPUT_PROPOSED": str(tmp / "c_prop.gpkg"),
                "REPORT": str(tmp / "c.html"),
            },
        ),
        (
            "nuudel:nogoalignmentmask",
            {
                "STUDY_AREA": uri("aimags"),
                "NOGO": [uri("protected_areas")],
                "BUFFER_FIELD": "buffer_m",
                "CAUTION": [uri("calving")],
                "WATER": uri("water"),
                "ALIGNMENT": uri("alignment"),
                "OUTPUT": str(tmp / "n.gpkg"),
                "OUTPUT_CONFLICTS": str(tmp / "n_conf.gpkg"),
                "REPORT": str(tmp / "n.html"),
            },
        ),
        (
            "nuudel:withindistance",
            {
                "INPUT": uri("fences"),
                "REFERENCE": uri("alignment"),
                "DISTANCE": 5000,
                "OUTPUT": str(tmp / "w.gpkg"),
            },
        ),
        (
            "nuudel:barrierbehaviour",
            dict(
                gps_fixes(tmp),
                OUTPUT_EVENTS=str(tmp / "b.gpkg"),
                OUTPUT_BARRIERS=str(tmp / "b_barriers.gpkg"),
                REPORT=str(tmp / "b.html"),
            ),
        ),
        (
            "nuudel:roadtrafficbarrier",
            dict(
                traffic_roads(tmp),
                OUTPUT=str(tmp / "t.gpkg"),
                SUMMARY=str(tmp / "t_sum.gpkg"),
                REPORT=str(tmp / "t.html"),
            ),
        ),
        (
            "nuudel:landscapepermeability",
            dict(
                landscape,
                ALIGNMENT=uri("alignment"),
                OUTPUT=str(tmp / "l.gpkg"),
                OUTPUT_MESHES=str(tmp / "l_mesh.gpkg"),
                REPORT=str(tmp / "l.html"),
            ),
        ),
        (
            "nuudel:mitigationpriorities",
            dict(
                landscape,
                MAX_CANDIDATES=10,
                OUTPUT=str(tmp / "m.gpkg"),
                REPORT=str(tmp / "m.html"),
            ),
        ),
        (
            "nuudel:importosmfences",
            {"INPUT": write_osm(tmp / "extract.osm"), "OUTPUT": str(tmp / "o.gpkg")},
        ),
        # LANGUAGE 1: Mongolian form labels (the default, 2, is Mongolian / English by design)
        ("nuudel:createfenceinventory", {"LANGUAGE": 1, "OUTPUT": str(tmp / "inv.gpkg")}),
        (
            "nuudel:checkfenceinventory",
            {
                "INPUT": uri("fences"),
                "CROSSINGS": uri("crossings", "network = 'road'"),
                "ROUTES": uri("road"),
                "OUTPUT_ISSUES": str(tmp / "i.gpkg"),
                "REPORT": str(tmp / "i.html"),
            },
        ),
    ]


def legend_labels(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    from nuudel.processing.styles import translate_labels

    translate_labels(layer)
    renderer = layer.renderer()
    return [item.label() for item in renderer.legendSymbolItems()] if renderer else []


@pytest.fixture(scope="module")
def allow():
    """Allowed in help pages: the data model tables there list the codes."""
    return (
        PRODUCTS
        | QGIS_UI
        | HELP_CITATIONS
        | BABA
        | data_codes()
        | foreign_citations()
        | workshop_names()
        | TEST_DATA
    )


@pytest.fixture(scope="module")
def allow_run(allow):
    """Allowed in reports and messages: species codes only inside <code> (a sentence names the
    species); a non-Mongolian citation keeps its words."""
    return (allow - SPECIES) | foreign_citations()


@pytest.fixture(scope="module")
def allow_rules(allow_run):
    """Allowed in the rule sentences of a report: no type code either (they use labels; the
    parameter descriptions elsewhere list the codes a field holds)."""
    return (allow_run - TYPES) | foreign_citations()


def rules_section(report):
    """The report's "Rules and sources" section (Mongolian heading; the barrier behaviour
    report, whose rules are a published method, calls it "Method and sources")."""
    match = re.search(r"<h2>(?:Дүрэм|Арга) ба эх сурвалж</h2>(.*?)(<h2>|</body>)", report, re.S)
    assert match, "no rules section"
    return match.group(1)


def test_every_algorithm_in_mongolian_has_no_english(mongolian, tmp_path, allow_run, allow_rules):
    from nuudel.processing.algorithms import ALGORITHMS

    import processing

    done = set()
    found = {}
    for alg_id, params in runs(tmp_path):
        feedback = Recorder()
        result = processing.run(alg_id, params, feedback=feedback)
        done.add(alg_id)
        report = (
            (tmp_path / params["REPORT"]).read_text(encoding="utf-8")
            if "REPORT" in params
            else None
        )  # some algorithms write no report
        # "Results: {...}" is QGIS's own line after every run, not Nuudel's
        messages = [m for m in feedback.messages if not m.startswith("Results:")]
        texts = {"messages": "\n".join(messages)}
        if report is not None:
            assert '<html lang="mn">' in report
            texts["report"] = visible(report)
        # the paths of the inputs and outputs (the parameters section, the log) are the user's
        texts = {
            k: re.sub(re.escape(str(tmp_path)) + r"[^\s<>\"'),;]*", " ", v)
            for k, v in texts.items()
        }
        for key, value in result.items():
            if isinstance(value, str) and value.endswith(".gpkg"):
                texts[f"legend {key}"] = "\n".join(legend_labels(value))
        for where, text in texts.items():
            words = latin_words(text, allow_run)
            if words:
                found[f"{alg_id} {where}"] = words
        words = latin_words(visible(rules_section(report)), allow_rules) if report else []
        if words:
            found[f"{alg_id} rules"] = words
    assert done == {f"nuudel:{a().name()}" for a in ALGORITHMS}, "an algorithm is not scanned"
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def inventory_and_osm_codes():
    """The fence inventory's field values and issue codes, and the OSM tags and values the
    shipped mapping reads: data codes the help pages list."""
    from nuudel.processing.core import inventory, inventory_check

    codes = set(inventory_check.SEVERITY) | {"error", "warning"}
    for values in inventory.VALUE_LABELS.values():
        codes |= set(values)
    mapping = (ROOT / "resources" / "osm_fence_mapping.json").read_text(encoding="utf-8")
    return codes | words_of(mapping)


def test_mongolian_help_pages_have_no_english(allow):
    allow = allow | HELP_ONLY | inventory_and_osm_codes()
    found = {}
    for page in sorted((ROOT / "resources" / "help" / "mn").glob("*.html")):
        words = latin_words(visible(page.read_text(encoding="utf-8")), allow)
        if words:
            found[page.name] = words
    assert not found, found


def test_the_scan_can_fail(allow_run, allow_rules):
    # "solid", not "mesh": a cited title has "effective mesh size" (Jaeger 2000)
    text = visible(
        "<p>Хориглох бүс: 4 км (water, 50 m) <code>mgaz</code> is a wall; solid, ggaz</p>"
    )
    assert latin_words(text, allow_run) == ["ggaz", "is", "m", "wall"]
    assert latin_words(text, allow_rules) == ["ggaz", "is", "m", "solid", "wall"]


def test_mongolian_model_help_has_no_english(mongolian, allow):
    """The shipped EIA model's help and input names in Mongolian."""
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById("nuudel:eiascreening")
    assert model is not None
    text = (
        visible(model.shortHelpString())
        + "\n"
        + "\n".join(p.description() for p in model.parameterDefinitions())
    )
    assert re.search("[\u0400-\u04ff]", text)
    assert latin_words(text, allow) == []
