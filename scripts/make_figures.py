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


def make_figures(spec, out_dir):
    """Export every figure of ``spec``; return the files written."""
    from nuudel.processing import figures, layouts
    from nuudel.processing.styles import apply_style

    written = []
    for item in spec:
        project = QgsProject()
        outputs = [
            render_maps.output_layer(*([u] if isinstance(u, str) else u)) for u in item["layers"]
        ]
        outputs = [layer for layer in outputs if render_maps._has_content(layer)]
        for layer in outputs:  # the current style (not the one stored when the run was made)
            key = layouts.output_kind(layer)[0]
            if key:
                apply_style(layer, key, species_styles=False)
        if not outputs:
            continue
        context = render_maps.context_layers()
        backdrop = figures.province_layer()
        context += [backdrop] if backdrop else []
        for layer in outputs + context:
            project.addMapLayer(layer, False)
        atlas_layer = atlas_field = label_field = None
        if item.get("atlas"):
            index, atlas_field, label_field = (list(item["atlas"]) + [None])[:3]
            candidate = outputs[index] if index < len(outputs) else None
            if isinstance(candidate, QgsVectorLayer) and atlas_field in candidate.fields().names():
                atlas_layer = candidate
        stem = Path(item["png"]).stem
        layout = layouts.figure(
            project,
            outputs,
            item["title"],
            item.get("sources", ""),
            context_layers=context,
            atlas_layer=atlas_layer,
            atlas_field=atlas_field,
            label_field=label_field,
        )
        written += layouts.export(layout, pdf=out_dir / f"{stem}.pdf", png=out_dir / f"{stem}.png")
        print(f"figure {out_dir / stem}.pdf")
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
