"""Build the shipped Processing models (resources/models/*.model3) reproducibly.

    .venv/bin/python scripts/make_models.py        (or: make models)

The models are assembled with QgsProcessingModelAlgorithm, the same object the graphical model
builder edits, so a trainer can open the .model3 in the model builder and see every step. The
Nuudel provider is registered while building, so that every mandatory child parameter the model
does not wire gets the algorithm's own default as a static value ("Validate model": 0 issues).
The provider registers each model as ``nuudel:<file stem without underscores>``
(eia_screening.model3 -> nuudel:eiascreening).

Model strings cannot go through tr(): the help text carries English and Mongolian.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order, so the file is reproducible

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingDestinationParameter,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "resources" / "models"
PLUGINS = ROOT / "build" / "plugins"  # holds nuudel -> the checkout (as make setup links it)

# The corridor either side of the alignment in which existing fences are audited. A study-design
# choice of the consultant (no standard fixes it), exposed as a model input; 5 km is the
# workshop's choice and is said so in the help.
FENCE_CORRIDOR_M = 5000.0

EIA_HELP_EN = (
    "<p><b>EIA screening of a proposed alignment.</b> Screens a proposed road or railway in one "
    "run: (1) the no-go mask classifies the study area into no-go, caution and suitable zones "
    "from the protected areas, caution areas and water sources and cuts the proposed alignment "
    "by them (km in no-go and caution, with the reasons); (2) the crossing spacing check finds "
    "the stretches of the alignment inside the migration range that lack suitable crossing "
    "structures and proposes where to add them; (3) the fences within the search distance of "
    "the alignment are audited for permeability to each species. Attach the three HTML "
    "reports to the EIA.</p><p>The fence search distance (default 5 km) is a study-design "
    "choice, not a standard: state the value you used. It is metres on the ellipsoid whatever "
    "the CRS of the fences and the alignment (the step nuudel:withindistance).</p>"
    "<p>Key figures for later steps and <code>qgis_process --json</code>: "
    "<code>audit:BARRIER_KM</code>, <code>audit:LONGEST_BARRIER_KM</code>, "
    "<code>audit:WORST_SPECIES</code>, <code>spacing:GAPS_TOO_LONG</code>, "
    "<code>spacing:KM_OVER_LIMIT</code>, <code>spacing:CROSSINGS_PROPOSED</code>, "
    "<code>spacing:SPACING_WORST_SPECIES</code> and <code>nogo:ALIGNMENT_KM</code> (JSON: km "
    "of each alignment in no-go, caution, suitable and not screened); see each algorithm's "
    "help.</p>"
)
EIA_HELP_MN = (
    "<p><b>Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан үнэлгээ.</b> Төлөвлөж буй авто зам эсвэл "
    "төмөр замыг нэг удаагийн ажиллуулалтаар шалгана: (1) трасс тавихыг хориглох бүсийн маск нь"
    " тусгай хамгаалалттай газар нутаг (ТХГН), анхааралтай бүс, усны эх үүсвэрээс судалгааны "
    "талбайг хориглох бүс, анхааралтай бүс, тохиромжтой талбайд ангилж, төлөвлөж буй трассыг "
    "эдгээр бүсээр хуваана (хориглох болон анхааралтай бүсэд орох км, шалтгаантай нь); (2) гарц"
    " хоорондын зайн шалгалт нь нүүдлийн нутаг дахь трассын хэсгүүдээс тохиромжтой гарц "
    "гарамгүй хэсгийг олж, нэмэх байршлыг санал болгоно; (3) трассаас хайлтын зайн дотор орших "
    "хашааны нэвтрүүлэх чадварыг төрөл зүйл тус бүрээр үнэлнэ (хашааны нэвтрүүлэх чадварын "
    "үнэлгээ). Гурван HTML тайланг байгаль орчинд нөлөөлөх байдлын үнэлгээнд (БОНБҮ) "
    "хавсаргана.</p><p>Хашаа хайх зай (анхдагч 5 км) нь стандарт биш, судалгааны арга зүйн "
    "сонголт тул хэрэглэсэн утгаа тайландаа заана уу. Хашаа, трассын координатын системээс үл "
    "хамааран эллипсоид дээрх метрээр хэмжинэ (<code>nuudel:withindistance</code> алхам).</p>"
    "<p>Дараагийн алхам болон <code>qgis_process --json</code>-д зориулсан гол үзүүлэлт: "
    "<code>audit:BARRIER_KM</code>, <code>audit:LONGEST_BARRIER_KM</code>, "
    "<code>audit:WORST_SPECIES</code>, <code>spacing:GAPS_TOO_LONG</code>, "
    "<code>spacing:KM_OVER_LIMIT</code>, <code>spacing:CROSSINGS_PROPOSED</code>, "
    "<code>spacing:SPACING_WORST_SPECIES</code>, <code>nogo:ALIGNMENT_KM</code> (JSON: трасс "
    "бүрийн хориглох, анхааралтай, тохиромжтой, шалгаагүй бүсэд орох км); алгоритм бүрийн "
    "тусламжийг үзнэ үү.</p>"
)


def _param(model, definition, x, y):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    component.setDescription(definition.description())
    model.addModelParameter(definition, component)


def _child(model, child_id, alg_id, description, params, outputs, x, y, depends=()):
    """Add one step. params: name -> ("model", input) | ("child", (child, output)) | value."""
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, y))
    for name, source in params.items():
        kind, value = source
        if kind == "model":
            src = QgsProcessingModelChildParameterSource.fromModelParameter(value)
        elif kind == "child":
            src = QgsProcessingModelChildParameterSource.fromChildOutput(*value)
        else:
            src = QgsProcessingModelChildParameterSource.fromStaticValue(value)
        child.addParameterSources(name, [src])
    _fill_defaults(child, alg_id, params)
    model_outputs = {}
    for i, (output_name, title) in enumerate(outputs):
        out = QgsProcessingModelOutput(title)
        out.setChildId(child_id)
        out.setChildOutputName(output_name)
        out.setDescription(title)
        out.setPosition(QPointF(x + 220, y + 40 * (i + 1)))
        model_outputs[title] = out
    child.setModelOutputs(model_outputs)
    if depends:
        try:  # QGIS >= 3.20: dependencies carry an optional branch
            from qgis.core import QgsProcessingModelChildDependency

            child.setDependencies([QgsProcessingModelChildDependency(d) for d in depends])
        except ImportError:  # pragma: no cover
            child.setDependencies(list(depends))
    model.addChildAlgorithm(child)
    return child


def _fill_defaults(child, alg_id, wired):
    """Give every mandatory, unwired, non-output parameter of the step its algorithm's default
    as a static value, so the model validates (the run would use the same defaults)."""
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is None:
        raise SystemExit(f"{alg_id} is not registered: build the models with the plugin loaded")
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if name in wired or isinstance(definition, QgsProcessingDestinationParameter):
            continue
        optional = definition.flags() & definition.FlagOptional
        if not optional and definition.defaultValue() is not None:
            child.addParameterSources(
                name,
                [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())],
            )


def _field(model, name, description, parent, default, x, y):
    """An optional field input of the model (default: the algorithm's default field name)."""
    _param(
        model,
        QgsProcessingParameterField(
            name, description, default, parentLayerParameterName=parent, optional=True
        ),
        x,
        y,
    )


def eia_screening() -> QgsProcessingModelAlgorithm:
    """ "EIA screening of a proposed alignment": no-go mask -> crossing spacing -> fence audit."""
    model = QgsProcessingModelAlgorithm("EIA screening of a proposed alignment", "Models")
    line, poly, point = (
        QgsProcessing.TypeVectorLine,
        QgsProcessing.TypeVectorPolygon,
        QgsProcessing.TypeVectorPoint,
    )
    any_geom = QgsProcessing.TypeVectorAnyGeometry
    _param(
        model,
        QgsProcessingParameterFeatureSource("ALIGNMENT", "Proposed alignment", [line]),
        120,
        60,
    )
    _param(
        model,
        QgsProcessingParameterField(
            "ALIGNMENT_OPTION_FIELD",
            "Alignment option field (optional: one route per option)",
            parentLayerParameterName="ALIGNMENT",
            optional=True,
        ),
        120,
        120,
    )
    _param(
        model,
        QgsProcessingParameterMultipleLayers(
            "PROTECTED_AREAS", "Protected areas and other no-go areas", any_geom
        ),
        120,
        180,
    )
    _param(
        model,
        QgsProcessingParameterString(
            "BUFFER_FIELD",
            "Field with a buffer in metres around each no-go area (optional)",
            "buffer_m",
            optional=True,
        ),
        120,
        210,
    )
    _param(
        model,
        QgsProcessingParameterMultipleLayers(
            "CAUTION_AREAS", "Caution areas (calving grounds, ...)", any_geom, optional=True
        ),
        120,
        240,
    )
    _param(
        model,
        QgsProcessingParameterFeatureSource("WATER", "Water sources", [point], optional=True),
        120,
        300,
    )
    _param(
        model,
        QgsProcessingParameterFeatureSource(
            "STUDY_AREA", "Study area (optional)", [poly], optional=True
        ),
        120,
        360,
    )
    _param(
        model,
        QgsProcessingParameterFeatureSource("CROSSINGS", "Crossing structures", [point]),
        120,
        420,
    )
    _param(
        model,
        QgsProcessingParameterFeatureSource(
            "MIGRATION_RANGE", "Migration range", [poly], optional=True
        ),
        120,
        480,
    )
    _param(model, QgsProcessingParameterFeatureSource("FENCES", "Fences", [line]), 120, 540)
    # field inputs in a second column, beside their layer
    _field(
        model, "CROSSING_TYPE_FIELD", "Crossing type field", "CROSSINGS", "crossing_type", 300, 390
    )
    _field(
        model,
        "CROSSING_WIDTH_FIELD",
        "Crossing width field (metres)",
        "CROSSINGS",
        "width_m",
        300,
        420,
    )
    _field(
        model,
        "CROSSING_HEIGHT_FIELD",
        "Crossing height field (metres)",
        "CROSSINGS",
        "height_m",
        300,
        450,
    )
    _field(
        model,
        "CROSSING_LENGTH_FIELD",
        "Crossing length field (metres)",
        "CROSSINGS",
        "length_m",
        300,
        480,
    )
    for i, (name, description, default) in enumerate(
        (
            ("FENCE_TYPE_FIELD", "Fence type field", "fence_type"),
            ("FENCE_HEIGHT_FIELD", "Fence top wire height field", "height_cm"),
            ("FENCE_BOTTOM_FIELD", "Fence bottom wire height field", "bottom_cm"),
            ("FENCE_TOP_GAP_FIELD", "Fence gap between the top two wires field", "top_gap_cm"),
            ("FENCE_BARBED_FIELD", "Fence barbed wire field", "barbed"),
        )
    ):
        _field(model, name, description, "FENCES", default, 300, 540 + 30 * i)
    # metres on the ellipsoid whatever the CRS of the fences and the alignment (the step is
    # nuudel:withindistance), so no parent layer: its units would be degrees for EPSG:4326
    distance = QgsProcessingParameterDistance(
        "FENCE_DISTANCE",
        "Fence search distance either side of the alignment (metres)",
        FENCE_CORRIDOR_M,
        minValue=0,
    )
    distance.setDefaultUnit(QgsUnitTypes.DistanceMeters)
    _param(model, distance, 120, 620)

    _child(
        model,
        "nogo",
        "nuudel:nogoalignmentmask",
        "No-go alignment mask",
        {
            "STUDY_AREA": ("model", "STUDY_AREA"),
            "NOGO": ("model", "PROTECTED_AREAS"),
            "CAUTION": ("model", "CAUTION_AREAS"),
            "BUFFER_FIELD": ("model", "BUFFER_FIELD"),
            "WATER": ("model", "WATER"),
            "ALIGNMENT": ("model", "ALIGNMENT"),
        },
        [
            ("OUTPUT", "Zones"),
            ("OUTPUT_CONFLICTS", "Alignment in zones"),
            ("REPORT", "No-go mask report"),
            ("ALIGNMENT_KM", "ALIGNMENT_KM"),
        ],
        480,
        120,
    )
    _child(
        model,
        "spacing",
        "nuudel:crossingspacingcheck",
        "Crossing spacing on the alignment",
        {
            "INPUT": ("model", "ALIGNMENT"),
            "ROUTE_FIELD": ("model", "ALIGNMENT_OPTION_FIELD"),
            "CROSSINGS": ("model", "CROSSINGS"),
            "ZONES": ("model", "MIGRATION_RANGE"),
            "CROSSING_TYPE_FIELD": ("model", "CROSSING_TYPE_FIELD"),
            "WIDTH_FIELD": ("model", "CROSSING_WIDTH_FIELD"),
            "HEIGHT_FIELD": ("model", "CROSSING_HEIGHT_FIELD"),
            "LENGTH_FIELD": ("model", "CROSSING_LENGTH_FIELD"),
        },
        [
            ("OUTPUT_CROSSINGS", "Crossings on the alignment"),
            ("OUTPUT_GAPS", "Crossing gaps"),
            ("OUTPUT_PROPOSED", "Proposed crossings"),
            ("REPORT", "Crossing spacing report"),
        ]
        + [
            (name, name)
            for name in (
                "GAPS_TOO_LONG",
                "KM_OVER_LIMIT",
                "CROSSINGS_PROPOSED",
                "SPACING_WORST_SPECIES",
            )
        ],
        480,
        300,
        depends=["nogo"],
    )
    _child(
        model,
        "fences_near",
        "nuudel:withindistance",
        "Fences along the alignment",
        {
            "INPUT": ("model", "FENCES"),
            "REFERENCE": ("model", "ALIGNMENT"),
            "DISTANCE": ("model", "FENCE_DISTANCE"),
            "OUTPUT": ("static", QgsProcessing.TEMPORARY_OUTPUT),
        },
        [],
        480,
        480,
        depends=["spacing"],
    )
    _child(
        model,
        "audit",
        "nuudel:fencepermeabilityaudit",
        "Fence permeability audit",
        {
            "INPUT": ("child", ("fences_near", "OUTPUT")),
            "TYPE_FIELD": ("model", "FENCE_TYPE_FIELD"),
            "HEIGHT_FIELD": ("model", "FENCE_HEIGHT_FIELD"),
            "BOTTOM_FIELD": ("model", "FENCE_BOTTOM_FIELD"),
            "TOP_GAP_FIELD": ("model", "FENCE_TOP_GAP_FIELD"),
            "BARBED_FIELD": ("model", "FENCE_BARBED_FIELD"),
        },
        [
            ("OUTPUT", "Audited fences along the alignment"),
            ("SUMMARY", "Fence audit summary"),
            ("REPORT", "Fence audit report"),
        ]
        + [(name, name) for name in ("BARRIER_KM", "LONGEST_BARRIER_KM", "WORST_SPECIES")],
        480,
        600,
    )

    model.setHelpContent(
        {
            "ALG_DESC": EIA_HELP_EN,
            "ALG_DESC_mn": EIA_HELP_MN,
            "ALG_CREATOR": "Nuudel",
            "ALG_HELP_CREATOR": "Nuudel",
            "ALIGNMENT": "The proposed road or railway (lines).",
            "ALIGNMENT_mn": "Төлөвлөж буй трасс (шугам).",
            "PROTECTED_AREAS": "Protected areas and other areas kept free: no-go.",
            "PROTECTED_AREAS_mn": "Тусгай хамгаалалттай газар нутаг (ТХГН) зэрэг хориглох бүс.",
            "BUFFER_FIELD": "Where this field exists and is not empty, each no-go area gets its "
            "own buffer.",
            "BUFFER_FIELD_mn": "Энэ талбар байгаа бол хориглох бүс бүрийг өөрийн хамгаалалтын "
            "бүсээр тэлнэ.",
            "CAUTION_AREAS": "Areas to avoid where possible (calving grounds, ...).",
            "CAUTION_AREAS_mn": "Аль болох тойрох анхааралтай бүс (төллөх газар г.м.).",
            "WATER": "Wells and springs.",
            "WATER_mn": "Худаг, булаг зэрэг усны эх үүсвэр.",
            "CROSSINGS": "Existing and planned crossing structures.",
            "CROSSINGS_mn": "Одоо байгаа болон төлөвлөсөн зэрлэг амьтдын гарц гармын байгууламж.",
            "MIGRATION_RANGE": "Where the spacing rule applies.",
            "MIGRATION_RANGE_mn": "Гарцын зайн шаардлага үйлчлэх нүүдлийн нутаг.",
            "FENCES": "The fence inventory (fence data model).",
            "FENCES_mn": "Хашааны бүртгэл (хашааны өгөгдлийн загвар).",
            "FENCE_DISTANCE": "Fences closer than this to the alignment are audited: metres on the "
            "ellipsoid, whatever the CRS of the fences and the alignment.",
            "FENCE_DISTANCE_mn": "Трассаас энэ зайнаас ойр хашааг үнэлнэ: хашаа, трассын "
            "координатын системээс үл хамааран эллипсоид дээрх метрээр.",
            "CROSSING_TYPE_FIELD": "Field of the crossing type (default crossing_type); the other "
            "crossing fields likewise default to width_m, height_m, length_m.",
            "CROSSING_TYPE_FIELD_mn": "Гарцын төрлийн талбар (анхдагч crossing_type); бусад гарцын "
            "талбарын анхдагч нь width_m, height_m, length_m.",
            "FENCE_TYPE_FIELD": "Field of the fence type (default fence_type); the other fence "
            "fields likewise default to height_cm, bottom_cm, top_gap_cm, barbed.",
            "FENCE_TYPE_FIELD_mn": "Хашааны төрлийн талбар (анхдагч fence_type); бусад хашааны "
            "талбарын анхдагч нь height_cm, bottom_cm, top_gap_cm, barbed.",
            "EXAMPLES": "Workshop data: resources/workshop/nuudel_workshop.gpkg.",
            "EXAMPLES_mn": "Сургалтын өгөгдөл: resources/workshop/nuudel_workshop.gpkg.",
        }
    )
    return model


MODEL_BUILDERS = {"eia_screening": eia_screening}


def main(out_dir=MODELS):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QgsApplication.instance()
    own_app = app is None
    if own_app:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
    provider = _register_nuudel()
    written = []
    for stem, build in MODEL_BUILDERS.items():
        path = out_dir / f"{stem}.model3"
        if not build().toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
        print(f"wrote {path}")
    if provider is not None:
        QgsApplication.processingRegistry().removeProvider(provider)
    if own_app:
        app.exitQgis()
    return written


def _register_nuudel():
    """Register the Nuudel provider unless it is there; return it when added here."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("nuudel") is not None:
        return None
    PLUGINS.mkdir(parents=True, exist_ok=True)
    if not (PLUGINS / "nuudel").exists():
        (PLUGINS / "nuudel").symlink_to(ROOT)
    if str(PLUGINS) not in sys.path:
        sys.path.insert(0, str(PLUGINS))
    from nuudel.processing.provider import NuudelProvider

    provider = NuudelProvider()
    registry.addProvider(provider)
    return provider


if __name__ == "__main__":
    main(*sys.argv[1:])
