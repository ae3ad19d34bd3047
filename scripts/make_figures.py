"""EIA figures of `make demo`'s outputs with QGIS's layout engine: PDF and PNG in out/figures/.

    .venv/bin/python scripts/make_figures.py out/maps.json [--lang mn] [--template]

Reads the maps.json that scripts/demo.py writes (title, output layers with legend titles,
optional "atlas": [layer index, field]) and exports each as a figure from
resources/layouts/eia_figure.qpt: title, the styled outputs over the workshop context, legend
beside the map, scale bar, north arrow, CRS, data source, rule-profile version and date. An
atlas figure has one page per route or alignment option. --template rewrites the .qpt first.
"""

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import render_maps
from qgis.core import QgsProject, QgsVectorLayer


def _outputs(uris):
    """The output layers of ``uris`` ([uri, legend title] or uri) with content, styled now
    (not with the style stored when the run was made)."""
    from nuudel.processing import layouts
    from nuudel.processing.styles import apply_style

    outputs = [render_maps.output_layer(*([u] if isinstance(u, str) else u)) for u in uris]
    outputs = [layer for layer in outputs if render_maps._has_content(layer)]
    for layer in outputs:
        key = layouts.output_kind(layer)[0]
        if key:
            apply_style(layer, key, species_styles=False)
    return outputs


def _atlas(item, outputs):
    """(layer, field, label field) of an item's "atlas": [layer index, field, label field]."""
    if not item.get("atlas"):
        return None, None, None
    index, field, label = (list(item["atlas"]) + [None])[:3]
    layer = outputs[index] if index < len(outputs) else None
    if isinstance(layer, QgsVectorLayer) and field in layer.fields().names():
        return layer, field, label
    return None, None, None


def make_figure(item, pdf=None, png=None, dpi=150):
    """Export one figure of a maps.json item (title, layers, optional atlas, sources,
    extent_of); return the files written."""
    from nuudel.processing import figures, layouts

    outputs = _outputs(item["layers"])
    if not outputs:
        return []
    project = QgsProject()
    context = render_maps.context_layers()
    backdrop = figures.province_layer()
    context += [backdrop] if backdrop else []
    frame = [render_maps.output_layer(u) for u in item.get("extent_of") or []]
    for layer in outputs + context + frame:
        project.addMapLayer(layer, False)
    atlas_layer, atlas_field, label_field = _atlas(item, outputs)
    layout = layouts.figure(
        project,
        outputs,
        item["title"],
        item.get("sources", ""),
        context_layers=context,
        atlas_layer=atlas_layer,
        atlas_field=atlas_field,
        label_field=label_field,
        extent_of=[layer for layer in frame if render_maps._has_content(layer)] or None,
    )
    return layouts.export(layout, pdf=pdf, png=png, dpi=dpi)


def make_figures(spec, out_dir):
    """Export every figure of ``spec`` as PDF and PNG into ``out_dir``; return the files."""
    written = []
    for item in spec:
        stem = Path(item["png"]).stem
        files = make_figure(item, pdf=out_dir / f"{stem}.pdf", png=out_dir / f"{stem}.png")
        if files:
            print(f"figure {out_dir / stem}.pdf")
        written += files
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--template", action="store_true")
    args = parser.parse_args()
    if args.lang:
        os.environ["NUUDEL_LANG"] = args.lang
    app, owned = render_maps.start_qgis()
    from nuudel.processing import layouts
    from nuudel.processing.i18n import install_translator

    install_translator()
    if args.template or not layouts.TEMPLATE.exists():
        print(layouts.write_template())
    out_dir = args.spec.parent / "figures"
    out_dir.mkdir(parents=True, exist_ok=True)
    make_figures(json.loads(args.spec.read_text(encoding="utf-8")), out_dir)
    if owned:
        app.exitQgis()


if __name__ == "__main__":
    main()
