"""Shared by the fence inventory tests: a feedback that keeps the log, runs through
processing.run and runAndLoadResults, and a small hand-made OSM extract."""

from helpers import LogFeedback
from qgis.core import QgsProcessingContext, QgsProject


def run(alg_id, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, parameters, context=context, feedback=feedback or LogFeedback())


def run_and_load(alg_id, parameters):
    """The Processing dialog's flow: outputs loaded into the project; returns (result, feedback)
    after checking that QGIS reported no output it could not load. Layer outputs in ``result``
    are the loaded layers (QgsMapLayer), not their ids."""
    import processing

    feedback = LogFeedback()
    result = processing.runAndLoadResults(alg_id, parameters, feedback=feedback)
    assert not any("not correctly generated" in e for e in feedback.errors), feedback.errors
    project = QgsProject.instance()
    loaded = {
        k: project.mapLayer(v) if isinstance(v, str) and project.mapLayer(v) else v
        for k, v in result.items()
    }
    return loaded, feedback


# Five fence ways (the worked example), a road (not a fence) and a gate node on the
# fifth fence. Node coordinates in degrees.
OSM_EXTRACT = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="nuudel-test">
  <node id="1" lat="45.0" lon="108.00"/>
  <node id="2" lat="45.0" lon="108.01"/>
  <node id="3" lat="45.01" lon="108.00"/>
  <node id="4" lat="45.01" lon="108.01"/>
  <node id="5" lat="45.02" lon="108.00"/>
  <node id="6" lat="45.02" lon="108.01"/>
  <node id="7" lat="45.03" lon="108.00"/>
  <node id="8" lat="45.03" lon="108.01"/>
  <node id="9" lat="45.04" lon="108.00"/>
  <node id="10" lat="45.04" lon="108.005"><tag k="barrier" v="gate"/></node>
  <node id="11" lat="45.04" lon="108.01"/>
  <node id="12" lat="45.05" lon="108.00"/>
  <node id="13" lat="45.05" lon="108.01"/>
  <way id="101"><nd ref="1"/><nd ref="2"/>
    <tag k="barrier" v="fence"/><tag k="fence_type" v="barbed_wire"/><tag k="height" v="1.2"/>
    <tag k="operator" v="Railway"/></way>
  <way id="102"><nd ref="3"/><nd ref="4"/>
    <tag k="barrier" v="fence"/><tag k="fence_type" v="chain_link"/>
    <tag k="height" v="2 m"/></way>
  <way id="103"><nd ref="5"/><nd ref="6"/><tag k="barrier" v="wall"/>
    <tag k="height" v="tall"/></way>
  <way id="104"><nd ref="7"/><nd ref="8"/><tag k="barrier" v="hedge"/></way>
  <way id="105"><nd ref="9"/><nd ref="10"/><nd ref="11"/>
    <tag k="barrier" v="fence"/><tag k="fence_type" v="split_rail"/>
    <tag k="height" v="4'6&quot;"/></way>
  <way id="106"><nd ref="12"/><nd ref="13"/><tag k="highway" v="track"/></way>
</osm>
"""
# (osm_id, fence_type, height_cm, barbed) expected of the five fences
OSM_EXPECTED = [
    ("101", "strand", 120.0, "all"),
    ("102", "mesh", 200.0, None),
    ("103", "solid", None, None),
    ("104", "solid", None, None),
    ("105", "rail", 137.16, "none"),
]


def write_osm(path):
    path.write_text(OSM_EXTRACT, encoding="utf-8")
    return str(path)
