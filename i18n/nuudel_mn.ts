<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
    <context>
        <name>@default</name>
        <message>
            <location filename="../ui/workshop.py" line="255" />
            <source>Nuudel</source>
            <translation>Нүүдэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="64" />
            <source>Language</source>
            <translation>Хэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="66" />
            <source>Auto (QGIS locale)</source>
            <translation>Автомат (QGIS-ийн хэл)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="79" />
            <source>Load workshop data</source>
            <translation>Сургалтын өгөгдөл ачаалах</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="83" />
            <source>Help</source>
            <translation>Тусламж</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="237" />
            <source>Fences</source>
            <translation>Хашаа</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="16" />
            <source>Roads and railways</source>
            <translation>Авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="17" />
            <source>Alignment planning</source>
            <translation>Трассын төлөвлөлт</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="26" />
            <source>Mongolian gazelle</source>
            <translation>Цагаан зээр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="27" />
            <source>Goitered gazelle</source>
            <translation>Хар сүүлт зээр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="28" />
            <source>Mongolian saiga</source>
            <translation>Бөхөн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="29" />
            <source>Khulan (Asiatic wild ass)</source>
            <translation>Хулан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="30" />
            <source>Takhi (Przewalski's horse)</source>
            <translation>Тахь (Пржевальскийн адуу)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="31" />
            <source>Wild Bactrian camel</source>
            <translation>Хавтгай</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="32" />
            <source>Argali</source>
            <translation>Аргаль</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="33" />
            <source>Siberian ibex</source>
            <translation>Янгир</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>Species</source>
            <translation>Төрөл зүйл</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="161" />
            <source>Species profile (JSON, optional; default: shipped profile)</source>
            <translation>Төрөл зүйлийн профайл (JSON, заавал биш; анхдагч: залгаастай хамт ирсэн профайл)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="177" />
            <source>Report (HTML)</source>
            <translation>Тайлан (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="177" />
            <source>HTML files (*.html)</source>
            <translation>HTML файл (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="82" />
            <source>missing; add it (see the shipped species.json).</source>
            <translation>алга байна; нэмнэ үү (залгаастай хамт ирсэн species.json файлыг үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="230" />
            <source>must be a {kind}, found {found}.</source>
            <translation>{kind} төрөлтэй байх ёстой, {found} байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="410" />
            <source>unknown source '{src}'; define it under 'sources'.</source>
            <translation>'{src}' эх сурвалж тодорхойгүй; 'sources' хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="133" />
            <source>must be 'verified' or 'provisional', not '{value}'.</source>
            <translation>'verified' эсвэл 'provisional' байх ёстой, '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="460" />
            <source>the profile must be a JSON object.</source>
            <translation>профайл нь JSON объект байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="462" />
            <source>must be '{schema}'.</source>
            <translation>'{schema}' байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="388" />
            <source>unknown species code '{code}'; known codes: {codes}.</source>
            <translation>'{code}' төрөл зүйлийн код тодорхойгүй; боломжит кодууд: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="404" />
            <source>must be one of {values}.</source>
            <translation>дараахын нэг байх ёстой: {values}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="448" />
            <source>unknown crossing group '{group}'; define it under crossings.groups.</source>
            <translation>'{group}' гарцын бүлэг тодорхойгүй; crossings.groups хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="552" />
            <source>Cannot read profile {file}: {error}</source>
            <translation>{file} профайлыг уншиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="500" />
            <source>Profile {file}, line {line}: not valid JSON ({error}).</source>
            <translation>{file} профайл, {line}-р мөр: JSON буруу байна ({error}).</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="26" />
            <source>none</source>
            <translation>байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="66" />
            <source>shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one process can corrupt results; install shapely built against QGIS's GEOS.</source>
            <translation>shapely нь GEOS {ours}, харин QGIS нь GEOS {qgis} ашиглаж байна. Нэг процесст хоёр GEOS сан байвал үр дүн гажиж болно; QGIS-ийн GEOS-оор бүтээсэн shapely суулгана уу.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="163" />
            <source>Nuudel {version}: wildlife-friendly fences, roads and railways</source>
            <translation>Нүүдэл {version}: зэрлэг амьтдад ээлтэй хашаа, авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="188" />
            <source>Cannot load model {path}</source>
            <translation>{path} загварыг ачаалж чадсангүй</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="290" />
            <source>Workshop data is not installed.</source>
            <translation>Сургалтын өгөгдөл суулгагдаагүй байна.</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="309" />
            <source>Nuudel workshop</source>
            <translation>“Нүүдэл”: сургалтын өгөгдөл</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="69" />
            <source>Profile {file}, line {line}, key '{key}': {problem}</source>
            <translation>{file} профайл, {line}-р мөр, '{key}' түлхүүр: {problem}</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="82" />
            <source>Layer '{layer}' has no field '{field}'. Its fields are: {fields}. Choose the right field in the parameters.</source>
            <translation>'{layer}' давхаргад '{field}' талбар алга. Давхаргын талбарууд: {fields}. Параметрүүдэд зөв талбарыг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="82" />
            <source>(none)</source>
            <translation>(байхгүй)</translation>
        </message>
        <message>
            <location filename="../processing/feedback.py" line="24" />
            <source>Cancelled.</source>
            <translation>Цуцлагдлаа.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="460" />
            <source>Layer '{layer}' has no coordinate reference system (CRS). Set its CRS in the layer properties (for example EPSG:4326 for degrees, or the UTM zone of your data) and run again.</source>
            <translation>'{layer}' давхаргад координатын лавлах систем (CRS) алга. Давхаргын шинж чанарт CRS-ийг тохируулаад (жишээ нь градусын хувьд EPSG:4326, эсвэл өгөгдлийнхөө UTM бүс) дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="89" />
            <source>verified</source>
            <translation>баталгаажсан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="89" />
            <source>provisional</source>
            <translation>баталгаажаагүй</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="142" />
            <source>Inputs and parameters</source>
            <translation>Оролт ба параметрүүд</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="142" />
            <source>Parameter</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="142" />
            <source>Value</source>
            <translation>Утга</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="216" />
            <source>Rules and sources</source>
            <translation>Дүрэм ба эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="216" />
            <source>Rule</source>
            <translation>Дүрэм</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="216" />
            <source>What it checks</source>
            <translation>Юуг шалгадаг</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="216" />
            <source>Source</source>
            <translation>Эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="216" />
            <source>Status</source>
            <translation>Төлөв</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="238" />
            <source>Made with Nuudel on {date}.</source>
            <translation>Бэлтгэсэн: {date}. “Нүүдэл” залгаас.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="93" />
            <source>{rule} conditional</source>
            <translation>{rule} нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="94" />
            <source>{rule} barrier</source>
            <translation>{rule} саад</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="95" />
            <source>{rule} opening, passable</source>
            <translation>{rule} нээлт, нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="96" />
            <source>{rule}: {field} missing</source>
            <translation>{rule}: {field} утга байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="97" />
            <source>{rule}: {field} not readable</source>
            <translation>{rule}: {field} утгыг уншиж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="98" />
            <source>{rule}: {field} physically impossible</source>
            <translation>{rule}: {field} утга физикийн хувьд боломжгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="99" />
            <source>{field} '{value}' not in the data model</source>
            <translation>{field} '{value}' өгөгдлийн загварт байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="100" />
            <source>{rules} met</source>
            <translation>{rules} хангасан</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="101" />
            <source>no geometry: kept as unknown, length 0</source>
            <translation>геометр байхгүй: тодорхойгүй, урт нь 0 гэж хадгалсан</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="134" />
            <source>Unknown units '{units}'; use centimetres or metres.</source>
            <translation>'{units}' гэсэн нэгж танигдсангүй; сантиметр эсвэл метр хэрэглэнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="247" />
            <source>Profile rule {rule} has an unknown kind '{kind}'; use min, max, barbed_bottom or continuous.</source>
            <translation>Профайлын {rule} дүрмийн төрөл '{kind}' танигдсангүй; min, max, barbed_bottom эсвэл continuous хэрэглэнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="448" />
            <source>Species '{code}' is not in the profile; its species are: {codes}.</source>
            <translation>'{code}' төрөл зүйл профайлд алга; профайлд байгаа төрөл зүйлүүд: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="519" />
            <source>{count} values of {field} could not be read as numbers; those segments are unknown.</source>
            <translation>{field} талбарын {count} утгыг тоо болгон уншиж чадсангүй; эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="519" />
            <source>{count} values of {field} are physically impossible (outside {lo} to {hi} cm); those segments are unknown.</source>
            <translation>{field} талбарын {count} утга физикийн хувьд боломжгүй ({lo}–{hi} см-ийн гадна); эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="551" />
            <source>{count} values of {field} are not none, top, bottom, all or a boolean; those segments are unknown.</source>
            <translation>{field} талбарын {count} утга none, top, bottom, all эсвэл логик утга биш; эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="563" />
            <source>{count} segments have a fence type outside the data model ({values}); they are unknown. Known types: {known}.</source>
            <translation>{count} хэсгийн хашааны төрөл өгөгдлийн загварт байхгүй ({values}); тэдгээр тодорхойгүй. Боломжит төрлүүд: {known}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="490" />
            <source>Profile rule {rule}: field must be one of {fields}, not '{field}'.</source>
            <translation>Профайлын {rule} дүрэм: талбар нь {fields}-ийн аль нэг байх ёстой, '{field}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="589" />
            <source>Most values of {field} are below {hint} cm, which looks like metres in a centimetre field. If the field holds metres, set UNITS to metres.</source>
            <translation>{field} талбарын ихэнх утга {hint} см-ээс бага байгаа нь сантиметрийн талбарт метрээр бичсэн мэт харагдаж байна. Талбар метрээр бичигдсэн бол UNITS-ийг метр болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="601" />
            <source>Most values of {field} are above {hint} m, which looks like centimetres in a metre field. If the field holds centimetres, set UNITS to centimetres.</source>
            <translation>{field} талбарын ихэнх утга {hint} м-ээс их байгаа нь метрийн талбарт сантиметрээр бичсэн мэт харагдаж байна. Талбар сантиметрээр бичигдсэн бол UNITS-ийг сантиметр болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="552" />
            <source>The study area is empty: give a STUDY_AREA layer with polygons, or input layers with features.</source>
            <translation>Судалгааны талбай хоосон байна: полигонтой STUDY_AREA давхарга, эсвэл объекттой оролтын давхаргууд өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/nogo.py" line="842" />
            <source>The cell size (RESOLUTION) must be greater than 0.</source>
            <translation>Нүдний хэмжээ (RESOLUTION) 0-ээс их байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="568" />
            <source>{rule}: culvert width {value} m is under {limit} m</source>
            <translation>{rule}: ус өнгөрүүлэх хоолойн өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="576" />
            <source>{rule}: culvert height {value} m is under {limit} m</source>
            <translation>{rule}: ус өнгөрүүлэх хоолойн өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="592" />
            <source>{rule}: width {value} m is under {limit} m</source>
            <translation>{rule}: өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="600" />
            <source>{rule}: clear height {value} m is under {limit} m</source>
            <translation>{rule}: чөлөөт өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="608" />
            <source>{rule}: openness index {value} is under {limit}</source>
            <translation>{rule}: нээлттэй байдлын индекс {value} нь доод хязгаараас бага (хязгаар: {limit})</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="622" />
            <source>{rule}: overpass width {value} m is under {limit} m</source>
            <translation>{rule}: дээгүүр гарцын өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="630" />
            <source>{rule}: clear height under the bridge {value} m is under {limit} m</source>
            <translation>{rule}: гүүрэн доорх чөлөөт өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="80" />
            <source>suitable</source>
            <translation>тохиромжтой</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="82" />
            <source>unknown</source>
            <translation>тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="81" />
            <source>unsuitable</source>
            <translation>тохиромжгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="740" />
            <source>not on a route: {distance} m from the nearest route, more than the snap tolerance of {tolerance} m</source>
            <translation>маршрут дээр биш: хамгийн ойр маршрутаас {distance} м, наалдуулах хүлцэл {tolerance} м-ээс хол</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="746" />
            <source>not on a route: there are no routes</source>
            <translation>маршрут дээр биш: маршрут алга</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="215" />
            <source>no geometry</source>
            <translation>геометр алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="748" />
            <source>duplicate of feature {fid} at the same place: counted once</source>
            <translation>ижил газарт байгаа {fid} объектын давхардал: нэг удаа тоолов</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="701" />
            <source>no crossing type in field '{field}'</source>
            <translation>'{field}' талбарт гарцын төрөл алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="702" />
            <source>unknown crossing type '{value}' in field '{field}' (expected: {types})</source>
            <translation>'{field}' талбарт үл мэдэгдэх гарцын төрөл '{value}' (хүлээгдэж буй: {types})</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="705" />
            <source>{rule}: no value in field '{field}'</source>
            <translation>{rule}: '{field}' талбарт утга алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="706" />
            <source>{rule}: value in field '{field}' is not a positive number</source>
            <translation>{rule}: '{field}' талбарын утга эерэг тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="707" />
            <source>{rule}: level crossing or opening, passable</source>
            <translation>{rule}: нэг түвшний огтлолцол эсвэл нээлт, нэвтрэх боломжтой</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1085" />
            <source>MAX_SPACING must be a positive distance in metres, not {value}.</source>
            <translation>MAX_SPACING нь метрээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1090" />
            <source>SNAP_TOLERANCE must be zero or a positive distance in metres, not {value}.</source>
            <translation>SNAP_TOLERANCE нь тэг эсвэл метрээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="83" />
            <source>unmatched</source>
            <translation>маршрутад холбогдоогүй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="757" />
            <source>Crossing spacing check</source>
            <translation>Гарц хоорондын зайн шалгалт</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="122" />
            <source>Roads or railways (lines)</source>
            <translation>Авто зам эсвэл төмөр зам (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="127" />
            <source>Route field (optional; without it connected segments form routes)</source>
            <translation>Маршрутын талбар (заавал биш; үгүй бол холбогдсон хэсгүүд маршрут болно)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="135" />
            <source>Crossing structures (points)</source>
            <translation>Гарц гармын байгууламж (цэг)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="141" />
            <source>Crossing type field (underpass, overpass, bridge, culvert, level, opening)</source>
            <translation>Гарцын төрлийн талбар (underpass, overpass, bridge, culvert, level, opening)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="144" />
            <source>Width field (m)</source>
            <translation>Өргөний талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="145" />
            <source>Clear height field (m)</source>
            <translation>Чөлөөт өндрийн талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="146" />
            <source>Length field (m, the distance an animal walks through)</source>
            <translation>Уртын талбар (м, амьтны дундуур нь явах зай)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="158" />
            <source>Zones where the spacing rule applies (polygons, optional)</source>
            <translation>Зайн дүрэм үйлчлэх бүсүүд (полигон, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="181" />
            <source>Snap tolerance: largest distance of a crossing from its route (metres)</source>
            <translation>Наалдуулах хүлцэл: гарцаас маршрут хүртэлх хамгийн их зай (метр)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="195" />
            <source>Crossings judged</source>
            <translation>Үнэлсэн гарцууд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="879" />
            <source>Gaps between suitable crossings</source>
            <translation>Тохиромжтой гарцуудын хоорондох завсрууд</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Proposed crossings</source>
            <translation>Санал болгосон гарцууд</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="123" />
            <source>The input layer could not be read: {layer}</source>
            <translation>Оролтын давхаргыг уншиж чадсангүй: {layer}</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="314" />
            <source>Choose the crossing type field (CROSSING_TYPE_FIELD).</source>
            <translation>Гарцын төрлийн талбарыг (CROSSING_TYPE_FIELD) сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="350" />
            <source>The input layer '{layer}' has no features; every crossing is unmatched and there are no gaps.</source>
            <translation>'{layer}' оролтын давхаргад объект алга; бүх гарц маршрутад холбогдоогүй бөгөөд завсар байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="358" />
            <source>{count} route features have no geometry and are left out of the routes.</source>
            <translation>{count} маршрутын объект геометргүй тул маршрутад оруулсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="393" />
            <source>The crossings layer '{layer}' has no features: every route is one gap.</source>
            <translation>'{layer}' гарцын давхаргад объект алга: маршрут бүр нэг завсар болно.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="409" />
            <source>{count} invalid zone polygons were repaired.</source>
            <translation>Бүсийн {count} буруу полигоныг засав.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="413" />
            <source>The zones layer has no features: the spacing rule applies nowhere.</source>
            <translation>Бүсийн давхаргад объект алга: зайн дүрэм хаана ч үйлчлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="589" />
            <source>{count} of {total} crossings are not on a route (farther than the snap tolerance, or without geometry); they are kept with matched = no.</source>
            <translation>{total} гарцын {count} нь маршрут дээр биш (наалдуулах хүлцлээс хол, эсвэл геометргүй); тэдгээрийг matched = no гэж хадгалав.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="598" />
            <source>{count} crossings duplicate another crossing at the same place; each place is counted once.</source>
            <translation>{count} гарц ижил газарт байгаа өөр гарцтай давхацсан; газар бүрийг нэг удаа тоолов.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="619" />
            <source>Input fields {fields} are replaced by the check's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг шалгалтын ижил нэртэй өөрийн талбараар солив.</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="176" />
            <source>Could not create the output layer {output}.</source>
            <translation>{output} гаралтын давхаргыг үүсгэж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1223" />
            <source>Openness index OI = width x height / length (m) of an underpass or culvert: at least {v}.</source>
            <translation>Доогуур гарц, ус өнгөрүүлэх хоолойн нээлттэй байдлын индекс OI = өргөн × өндөр / урт (м): хамгийн багадаа {v}.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1231" />
            <source>A culvert narrower or lower than {v} m is unsuitable for ungulates.</source>
            <translation>{v} м-ээс нарийн эсвэл нам ус өнгөрүүлэх хоолой туурайтанд тохиромжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1242" />
            <source>Underpass or culvert for {species}: at least {w} m wide and {h} m clear height.</source>
            <translation>Доогуур гарц, ус өнгөрүүлэх хоолой ({species}): өргөн нь {w} м-ээс, чөлөөт өндөр нь {h} м-ээс багагүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1263" />
            <source>A bridge is suitable where its clear height meets the species' underpass height.</source>
            <translation>Гүүрийн чөлөөт өндөр нь тухайн төрөл зүйлийн доогуур гарцын өндөрт хүрвэл тохиромжтой.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1269" />
            <source>An overpass (green bridge) is suitable from {v} m width.</source>
            <translation>Өргөн нь {v} м-ээс багагүй дээгүүр гарц (ногоон гүүр) тохиромжтой.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1277" />
            <source>Crossing types {types} are suitable for every species.</source>
            <translation>Дараах төрлийн гарц бүх төрөл зүйлд тохиромжтой: {types}.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1291" />
            <source>Suitable crossings at most MAX_SPACING apart (profile default {v} m), measured inside the zones.</source>
            <translation>Тохиромжтой гарцуудын хоорондох зай MAX_SPACING-ээс ихгүй (профайлын анхдагч {v} м), бүсийн дотор хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1303" />
            <source>A gap counts as too long only when it exceeds MAX_SPACING by more than {pct} % (the precision of distances across coordinate systems); excess_m is measured from MAX_SPACING itself.</source>
            <translation>Завсар MAX_SPACING-ийг {pct} %-иас илүү давсан үед л хэт урт гэж тооцно (координатын системүүдийн хоорондох зайн нарийвчлал); excess_m-ийг MAX_SPACING-ээс өөрөөс нь хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="1317" />
            <source>Crossings within {v} m of each other are one place, counted once.</source>
            <translation>Бие биеэсээ {v} м-ийн дотор орших гарцууд нэг газар бөгөөд нэг удаа тоологдоно.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="794" />
            <source>Gaps</source>
            <translation>Завсар</translation>
        </message>
        <message>
            <location filename="../processing/figures.py" line="103" />
            <source>Too long</source>
            <translation>Хэт урт</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="829" />
            <source>Over the limit (km)</source>
            <translation>Хязгаараас илүү (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="797" />
            <source>Longest gap (km)</source>
            <translation>Хамгийн урт завсар (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="801" />
            <source>{n} crossings: {matched} on a route, {unmatched} not on a route, {dups} duplicates counted once.</source>
            <translation>{n} гарц: {matched} нь маршрут дээр, {unmatched} нь маршрут дээр биш, {dups} давхардлыг нэг удаа тоолов.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="484" />
            <source>Summary</source>
            <translation>Хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="912" />
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="829" />
            <source>From (km)</source>
            <translation>Эхлэл (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="829" />
            <source>To (km)</source>
            <translation>Төгсгөл (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="614" />
            <source>Length (km)</source>
            <translation>Урт (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="828" />
            <source>No gap is longer than the limit.</source>
            <translation>Хязгаараас урт завсар алга.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="854" />
            <source>Longest gaps</source>
            <translation>Хамгийн урт завсрууд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="859" />
            <source>, inside the zones only</source>
            <translation>, зөвхөн бүсийн дотор</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="65" />
            <source>permeable</source>
            <translation>нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="66" />
            <source>conditional</source>
            <translation>нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="55" />
            <source>barrier</source>
            <translation>саад</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="707" />
            <source>crawls under</source>
            <translation>доогуур нь мөлхөж гардаг</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="707" />
            <source>jumps over</source>
            <translation>дээгүүр нь үсэрч гардаг</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="707" />
            <source>needs openings</source>
            <translation>хашааны нээлт шаардлагатай</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="449" />
            <source>Fence permeability audit</source>
            <translation>Хашааны нэвтрүүлэх чадварын үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="105" />
            <source>Fence segments (lines)</source>
            <translation>Хашааны хэсгүүд (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="111" />
            <source>Fence type field (strand, mesh, solid, electric, rail, opening)</source>
            <translation>Хашааны төрлийн талбар (strand, mesh, solid, electric, rail, opening)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="112" />
            <source>Top wire height field</source>
            <translation>Дээд утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="113" />
            <source>Bottom wire height field</source>
            <translation>Доод утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="114" />
            <source>Gap between the top two wires field</source>
            <translation>Дээд хоёр утасны хоорондох зайн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="115" />
            <source>Barbed wire field (none, top, bottom, all or true/false)</source>
            <translation>Өргөст утасны талбар (none, top, bottom, all эсвэл true/false)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="127" />
            <source>Units of the height fields</source>
            <translation>Өндрийн талбаруудын хэмжих нэгж</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="127" />
            <source>centimetres</source>
            <translation>сантиметр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="127" />
            <source>metres</source>
            <translation>метр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="138" />
            <source>Fence verdicts</source>
            <translation>Хашааны дүгнэлт</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="143" />
            <source>Summary per species</source>
            <translation>Төрөл зүйл тус бүрийн хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="257" />
            <source>The input layer '{layer}' has no features; the outputs are empty.</source>
            <translation>'{layer}' оролтын давхаргад объект алга; гаралтууд хоосон байна.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="320" />
            <source>Choose the fence type field (TYPE_FIELD): without it no segment can be judged.</source>
            <translation>Хашааны төрлийн талбарыг (TYPE_FIELD) сонгоно уу: түүнгүйгээр аль ч хэсгийг үнэлэх боломжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="326" />
            <source>No field chosen for {parameter}: every rule that needs it gives unknown.</source>
            <translation>{parameter} параметрт талбар сонгоогүй: түүнийг шаарддаг бүх дүрэм тодорхойгүй гэсэн дүгнэлт өгнө.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="341" />
            <source>{count} features have no geometry; they are kept as unknown with length 0.</source>
            <translation>{count} объект геометргүй; тэдгээрийг тодорхойгүй, урт нь 0 гэж хадгалсан.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="352" />
            <source>{count} line geometries are invalid (for example fewer than two distinct points); they are kept with the length measured along their vertices.</source>
            <translation>{count} шугамын геометр буруу (жишээ нь ялгаатай хоёроос цөөн цэгтэй); тэдгээрийг оройнуудаар нь хэмжсэн уртаар хадгалсан.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="366" />
            <source>Input fields {fields} are replaced by the audit's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг үнэлгээний ижил нэртэй талбаруудаар сольсон.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="775" />
            <source>Fence types {types} are a barrier to every species.</source>
            <translation>Дараах төрлийн хашаа бүх төрөл зүйлд саад болно: {types}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="784" />
            <source>Fence types {types} (gaps, let-down sections, gates left open) are passable for every species.</source>
            <translation>Дараах төрөл (хашааны нээлт, буулгасан хэсэг, онгорхой орхисон хаалга) бүх төрөл зүйлийг нэвтрүүлнэ: {types}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="807" />
            <source>{mode}: {species}</source>
            <translation>{mode}: {species}</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="832" />
            <source>Physically possible values (cm): top wire {h0} to {h1}, bottom wire {b0} to {b1}, gap between the top two wires {g0} to {g1}; other values make the segment unknown.</source>
            <translation>Физикийн хувьд боломжит утга (см): дээд утас {h0}–{h1}, доод утас {b0}–{b1}, дээд хоёр утасны хоорондох зай {g0}–{g1}; бусад утгатай хэсэг тодорхойгүй болно.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="854" />
            <source>Barrier segments whose ends lie within {tol} m of each other form one unbroken barrier run.</source>
            <translation>Төгсгөлүүд нь хоорондоо {tol} м-ийн дотор орших саад хэсгүүд нэг тасралтгүй саадыг бүрдүүлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="709" />
            <source>top wire height</source>
            <translation>дээд утасны өндөр</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="710" />
            <source>bottom wire height</source>
            <translation>доод утасны өндөр</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="711" />
            <source>gap between the top two wires</source>
            <translation>дээд хоёр утасны хоорондох зай</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="721" />
            <source>{field}: at least {p} cm permeable, {c} to {p} cm conditional, below {c} cm barrier.</source>
            <translation>{field}: {p} см ба түүнээс дээш бол нэвтрүүлэх, {c}–{p} см бол нөхцөлтэй, {c} см-ээс доош бол саад.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="731" />
            <source>{field}: at most {p} cm permeable, {p} to {c} cm conditional, above {c} cm barrier.</source>
            <translation>{field}: {p} см ба түүнээс доош бол нэвтрүүлэх, {p}–{c} см бол нөхцөлтэй, {c} см-ээс дээш бол саад.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="741" />
            <source>A barbed bottom wire (barbed = bottom or all) is a barrier.</source>
            <translation>Өргөст доод утас (barbed = bottom эсвэл all) саад болно.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="743" />
            <source>A continuous fence without an opening is a barrier.</source>
            <translation>Нээлтгүй тасралтгүй хашаа саад болно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="474" />
            <source>{verdict} (km)</source>
            <translation>{verdict} (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="474" />
            <source>Barrier %</source>
            <translation>Саад, %</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="474" />
            <source>Longest unbroken barrier (km)</source>
            <translation>Тасралтгүй хамгийн урт саад (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="479" />
            <source>The verdict of a segment is the worst over the selected species, in the order barrier, unknown, conditional, permeable: missing data is never rated better than a known conditional.</source>
            <translation>Хэсгийн дүгнэлт нь сонгосон төрөл зүйлүүдийн хамгийн муу дүгнэлт бөгөөд эрэмбэ нь: саад, тодорхойгүй, нөхцөлтэй, нэвтрүүлэх. Дутуу өгөгдлийг мэдэгдэж буй нөхцөлтэй дүгнэлтээс хэзээ ч илүү сайн гэж үнэлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="435" />
            <source>How each species crosses a fence</source>
            <translation>Төрөл зүйл бүр хашааг хэрхэн давдаг</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="569" />
            <source>Crossing mode</source>
            <translation>Давах арга</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="437" />
            <source>Worst stretches</source>
            <translation>Хамгийн муу хэсгүүд</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="601" />
            <source>No barrier segments.</source>
            <translation>Саад болох хэсэг алга.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="636" />
            <source>Rank</source>
            <translation>Эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="614" />
            <source>Segments</source>
            <translation>Хэсгийн тоо</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="614" />
            <source>Feature ids</source>
            <translation>Объектын дугаар</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="236" />
            <source>Proposed alignment</source>
            <translation>Төлөвлөж буй трасс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Alignment option field (optional: one route per option)</source>
            <translation>Трассын хувилбарын талбар (заавал биш: хувилбар бүр нэг маршрут)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Protected areas and other no-go areas</source>
            <translation>Тусгай хамгаалалттай газар нутаг (ТХГН) болон бусад хориглох бүс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Field with a buffer in metres around each no-go area (optional)</source>
            <translation>Хориглох бүс бүрийн хамгаалалтын бүсийн өргөн (м) бүхий талбар (заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Caution areas (calving grounds, ...)</source>
            <translation>Анхааралтай бүс (төллөх газар г.м.)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="234" />
            <source>Water sources</source>
            <translation>Усны эх үүсвэр</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Study area (optional)</source>
            <translation>Судалгааны талбай (заавал биш)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="233" />
            <source>Crossing structures</source>
            <translation>Гарц гармын байгууламж</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Migration range</source>
            <translation>Нүүдлийн нутаг</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="953" />
            <source>Zones</source>
            <translation>Бүсүүд</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Alignment in zones</source>
            <translation>Бүсээр хуваагдсан трасс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>No-go mask report</source>
            <translation>Хориглох бүсийн маскийн тайлан</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossings on the alignment</source>
            <translation>Трасс дээрх гарц гарам</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing gaps</source>
            <translation>Гарц хоорондын завсар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing spacing report</source>
            <translation>Гарц хоорондын зайн шалгалтын тайлан</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Audited fences along the alignment</source>
            <translation>Трассын дагуух үнэлсэн хашаа</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence audit summary</source>
            <translation>Хашааны үнэлгээний хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence audit report</source>
            <translation>Хашааны үнэлгээний тайлан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="126" />
            <source>No-go zone</source>
            <translation>Хориглох бүс</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="127" />
            <source>Caution zone</source>
            <translation>Анхааралтай бүс</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="128" />
            <source>Suitable area</source>
            <translation>Тохиромжтой талбай</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="816" />
            <source>No-go alignment mask</source>
            <translation>Трасс тавихыг хориглох бүсийн маск</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="149" />
            <source>Study area (optional; default: extent of all inputs grown by the largest buffer)</source>
            <translation>Судалгааны талбай (заавал биш; анхдагч: бүх оролтын давхаргын хүрээг хамгийн өргөн хамгаалалтын бүсээр тэлсэн талбай)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="160" />
            <source>No-go layers (protected areas, calving grounds, ...)</source>
            <translation>Хориглох бүсийн давхаргууд (тусгай хамгаалалттай газар нутаг, төллөх газар, ...)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="168" />
            <source>Buffer around no-go features (m)</source>
            <translation>Хориглох объектын хамгаалалтын бүс (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="169" />
            <source>Caution layers (migration corridors, ...)</source>
            <translation>Анхааралтай бүсийн давхаргууд (нүүдлийн коридор, ...)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="177" />
            <source>Buffer around caution features (m)</source>
            <translation>Анхааралтай бүсийн объектын хамгаалалтын бүс (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="178" />
            <source>Field with a per-feature buffer in metres (optional; used where the field exists and is not empty)</source>
            <translation>Объект тус бүрийн хамгаалалтын бүсийн өргөнийг метрээр агуулсан талбар (заавал биш; талбар байгаа бөгөөд утга нь хоосон биш үед хэрэглэнэ)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="191" />
            <source>Water sources (points, optional)</source>
            <translation>Усны эх үүсвэр (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="199" />
            <source>No-go distance around water sources (m)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрны хориглох бүсийн зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="204" />
            <source>Caution distance around water sources (m)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрны анхааралтай бүсийн зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="212" />
            <source>Proposed alignment (lines, optional)</source>
            <translation>Төлөвлөж буй трасс (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="220" />
            <source>Cell size of the cost raster (m)</source>
            <translation>Зардлын растерын нүдний хэмжээ (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="229" />
            <source>Cost of a caution cell (a suitable cell costs 1)</source>
            <translation>Анхааралтай бүсийн нүдний зардал (тохиромжтой нүдний зардал 1)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="246" />
            <source>Cost raster (GeoTIFF)</source>
            <translation>Зардлын растер (GeoTIFF)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="251" />
            <source>Alignment by zone</source>
            <translation>Бүсээр хуваагдсан трасс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="537" />
            <source>study area</source>
            <translation>судалгааны талбай</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="321" />
            <source>Nothing to map: give a study area or at least one input layer.</source>
            <translation>Зураглах зүйл алга: судалгааны талбай эсвэл дор хаяж нэг оролтын давхарга өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="326" />
            <source>The inputs hold no features: give a study area or layers with features.</source>
            <translation>Оролтын давхаргуудад объект алга: судалгааны талбай эсвэл объекттой давхарга өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="493" />
            <source>Layer '{layer}': {n} features have a value in '{field}' that is not a distance in metres (&gt;= 0); they use the buffer of {default} m.</source>
            <translation>'{layer}' давхарга: {n} объектын '{field}' талбарын утга метрээр илэрхийлсэн зай (&gt;= 0) биш байна; эдгээрт {default} м хамгаалалтын бүсийг хэрэглэв.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="511" />
            <source>Layer '{layer}' has points or lines and no buffer: they cover no area. Set a buffer distance.</source>
            <translation>'{layer}' давхарга цэг эсвэл шугамаас бүрдэх ба хамгаалалтын бүсгүй тул ямар ч талбай эзлэхгүй. Хамгаалалтын бүсийн зайг тохируулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="763" />
            <source>Layer '{layer}': {n} features have no geometry and were left out.</source>
            <translation>'{layer}' давхарга: {n} объект геометргүй тул тооцоонд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>{n} invalid polygons were repaired (make valid) before use.</source>
            <translation>Буруу {n} полигоныг ашиглахын өмнө засварлав (make valid).</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="682" />
            <source>The output CRS is not in metres: the cost raster uses the local transverse Mercator CRS of the data.</source>
            <translation>Гаралтын координатын систем метрээр биш байна: зардлын растерт өгөгдөлд төвлөрсөн хөндлөн Меркаторын координатын системийг хэрэглэв.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="782" />
            <source>{zone}: {km2} km² ({sources})</source>
            <translation>{zone}: {km2} км² ({sources})</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="793" />
            <source>Alignment {name}: {km} km in {zone} ({sources}).</source>
            <translation>{name} трасс: {km} км нь {zone} дотор ({sources}).</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="770" />
            <source>{km} km of the alignment lie outside the study area and were not screened.</source>
            <translation>Трассын {km} км нь судалгааны талбайн гадна байгаа тул үнэлгээнд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/raster.py" line="92" />
            <source>Could not write {path}.</source>
            <translation>{path} файлыг бичиж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="844" />
            <source>Zone</source>
            <translation>Бүс</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="142" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="844" />
            <source>Area (km²)</source>
            <translation>Талбай (км²)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="844" />
            <source>Sources</source>
            <translation>Эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="868" />
            <source>Alignment screening</source>
            <translation>Трассын урьдчилсан үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="861" />
            <source>Alignment</source>
            <translation>Трасс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="862" />
            <source>No-go (km)</source>
            <translation>Хориглох бүс (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="863" />
            <source>No-go sources</source>
            <translation>Хориглох бүсийн эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="864" />
            <source>Caution (km)</source>
            <translation>Анхааралтай бүс (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="865" />
            <source>Caution sources</source>
            <translation>Анхааралтай бүсийн эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="866" />
            <source>Suitable (km)</source>
            <translation>Тохиромжтой талбай (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="887" />
            <source>No-go distance around water sources: {m} m (special protection zone)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрны хориглох бүсийн зай: {m} м (онцгой хамгаалалтын бүс)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="890" />
            <source>Caution distance around water sources: {m} m (ordinary protection zone)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрны анхааралтай бүсийн зай: {m} м (энгийн хамгаалалтын бүс)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="893" />
            <source>Protected areas are no-go; their buffer is set by the user</source>
            <translation>Тусгай хамгаалалттай газар нутаг нь хориглох бүс; эргэн тойрны хамгаалалтын бүсийн (буфер) өргөнийг хэрэглэгч параметрээр өгнө</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="894" />
            <source>Guidance: keep {m} m from Przewalski's horse (takhi) herds</source>
            <translation>Зөвлөмж: тахийн сүргээс {m} м-ээс ойртохгүй байх</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="41" />
            <source>EIA screening of a proposed alignment</source>
            <translation>Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="131" />
            <source>Models</source>
            <translation>Загварууд</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="104" />
            <source>Permeable</source>
            <translation>Нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="105" />
            <source>Conditional</source>
            <translation>Нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="106" />
            <source>Barrier</source>
            <translation>Саад</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="171" />
            <source>Unknown</source>
            <translation>Тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="108" />
            <source>Suitable crossing</source>
            <translation>Тохиромжтой гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="109" />
            <source>Unsuitable crossing</source>
            <translation>Тохиромжгүй гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="110" />
            <source>Suitability unknown</source>
            <translation>Тохиромжтой эсэх нь тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="111" />
            <source>Not on a route (unmatched)</source>
            <translation>Маршрут дээр биш (маршрутад холбогдоогүй)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="112" />
            <source>Underpass</source>
            <translation>Доогуур гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="113" />
            <source>Overpass, green bridge</source>
            <translation>Дээгүүр гарц, ногоон гүүр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="114" />
            <source>Bridge</source>
            <translation>Гүүр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="115" />
            <source>Culvert</source>
            <translation>Ус өнгөрүүлэх хоолой</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="116" />
            <source>Level crossing</source>
            <translation>Нэг түвшний огтлолцол</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="117" />
            <source>Opening</source>
            <translation>Нээлт</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="118" />
            <source>Spacing within the limit</source>
            <translation>Зай зөвшөөрөгдөх хэмжээнд</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="119" />
            <source>Too long: up to 2 km over the limit</source>
            <translation>Хэт урт: хязгаараас 2 км хүртэл илүү</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="120" />
            <source>Too long: 2 to 5 km over the limit</source>
            <translation>Хэт урт: хязгаараас 2–5 км илүү</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="121" />
            <source>Too long: more than 5 km over the limit</source>
            <translation>Хэт урт: хязгаараас 5 км-ээс илүү</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="122" />
            <source>Proposed crossing</source>
            <translation>Санал болгосон гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="129" />
            <source>Crosses a no-go zone</source>
            <translation>Хориглох бүсийг огтолно</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="130" />
            <source>Crosses a caution zone</source>
            <translation>Анхааралтай бүсийг огтолно</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="131" />
            <source>In a suitable area</source>
            <translation>Тохиромжтой талбайд</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="132" />
            <source>Suitable (cost 1)</source>
            <translation>Тохиромжтой (зардал 1)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="133" />
            <source>Caution (higher cost)</source>
            <translation>Анхааралтай (зардал өндөр)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="261" />
            <source>By species: {species}</source>
            <translation>Төрөл зүйлээр: {species}</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="424" />
            <source>the output could not be opened</source>
            <translation>гаралтын давхаргыг нээж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="435" />
            <source>Could not save the map style with {path}: {error}</source>
            <translation>Газрын зургийн хэв маягийг {path} файлын хамт хадгалж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="235" />
            <source>Railway stations</source>
            <translation>Төмөр замын өртөө</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="238" />
            <source>Railway</source>
            <translation>Төмөр зам</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="239" />
            <source>Roads</source>
            <translation>Авто зам</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="240" />
            <source>Calving ground</source>
            <translation>Төллөх газар</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="241" />
            <source>Protected areas</source>
            <translation>Тусгай хамгаалалттай газар нутаг (ТХГН)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="242" />
            <source>Migration ranges</source>
            <translation>Нүүдлийн нутаг</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="243" />
            <source>Aimags</source>
            <translation>Аймаг</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="320" />
            <source>Workshop data loaded: {count} layers (illustrative, not survey data).</source>
            <translation>Сургалтын өгөгдөл ачааллаа: {count} давхарга (жишээ өгөгдөл, хээрийн судалгааны өгөгдөл биш).</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="386" />
            <source>the style {name} could not be stored</source>
            <translation>{name} хэв маягийг хадгалж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="302" />
            <source>No no-go or caution layer has the field '{field}' (BUFFER_FIELD): every feature gets the fixed buffer. The fields of '{layer}' are: {fields}.</source>
            <translation>Хориглох болон анхааралтай бүсийн аль ч давхаргад '{field}' талбар алга (BUFFER_FIELD): объект бүрт тогтмол хамгаалалтын бүсийг хэрэглэнэ. '{layer}' давхаргын талбарууд: {fields}.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="408" />
            <source>Layer '{layer}' has no features; it adds nothing to the outputs.</source>
            <translation>'{layer}' давхаргад объект алга; гаралтад юу ч нэмэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="239" />
            <source>Provisional rules stand in for national standard tables that were not available; when you have the tables, replace them with a PROFILE file (fence audit, crossing spacing) or the distance parameters (no-go mask).</source>
            <translation>Баталгаажаагүй дүрмүүд нь олдоогүй үндэсний стандартын хүснэгтийг орлож байна; хүснэгтүүдийг олж авбал PROFILE файлаар (хашааны үнэлгээ, гарц хоорондын зай) эсвэл зайн параметрүүдээр (хориглох бүсийн маск) солино уу.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="40" />
            <source>Strand (wire) fence</source>
            <translation>Утсан хашаа</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="41" />
            <source>Mesh fence</source>
            <translation>Торон хашаа</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="42" />
            <source>Solid wall</source>
            <translation>Битүү хана</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="43" />
            <source>Electric fence</source>
            <translation>Цахилгаан хашаа</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="44" />
            <source>Rail fence</source>
            <translation>Хашлага</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="46" />
            <source>Fence type not recorded</source>
            <translation>Хашааны төрөл бичигдээгүй</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="175" />
            <source>Crossing structure (suitability not checked yet)</source>
            <translation>Гарц гармын байгууламж (тохиромжтой эсэхийг шалгаагүй)</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="480" />
            <source>Layer '{layer}' has coordinates up to {x}, {y}, which are not degrees, but its CRS {crs} is in degrees. Set the CRS the coordinates are in (for example the UTM zone of your data) in the layer properties and run again.</source>
            <translation>'{layer}' давхаргын координат {x}, {y} хүртэл утгатай тул градус биш, гэвч давхаргын {crs} CRS нь градусын систем. Координатууд аль CRS-д байгааг (жишээ нь өгөгдлийнхөө UTM бүс) давхаргын шинж чанарт тохируулаад дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="173" />
            <source>Maximum spacing between suitable crossings (metres; empty: the profile's value)</source>
            <translation>Тохиромжтой гарцуудын хоорондох хамгийн их зай (метр; хоосон бол профайлын утга)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="25" />
            <source>an object (keys and values in braces)</source>
            <translation>объект (угалзан хаалтад бичсэн түлхүүр, утга)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="26" />
            <source>a list (values in square brackets)</source>
            <translation>жагсаалт (дөрвөлжин хаалтад бичсэн утгууд)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="27" />
            <source>a text in quotes</source>
            <translation>хашилтад бичсэн текст</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="28" />
            <source>a number</source>
            <translation>тоо</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="29" />
            <source>true or false</source>
            <translation>true эсвэл false</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="30" />
            <source>null (empty)</source>
            <translation>null (хоосон)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="69" />
            <source>(top level)</source>
            <translation>(дээд түвшин)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="102" />
            <source>must be {kind}, found {found}.</source>
            <translation>{kind} байх ёстой, харин {found} байна.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="733" />
            <source>{species}: {suitable} suitable crossings; {too_long} of {gaps} gaps too long ({excess} km over the limit); {proposed} new crossings proposed.</source>
            <translation>{species}: {suitable} тохиромжтой гарц; {gaps} завсрын {too_long} нь хэт урт (хязгаараас {excess} км илүү); {proposed} шинэ гарц санал болгов.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="409" />
            <source>{species}: {barrier} km barrier of {total} km ({pct} %), longest unbroken barrier {longest} km, unknown {unknown} km.</source>
            <translation>{species}: нийт {total} км-ээс {barrier} км нь саад ({pct} %), тасралтгүй хамгийн урт саад {longest} км, тодорхойгүй {unknown} км.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="444" />
            <source>Layer '{layer}': {count} segments, {km} km (lengths on the WGS84 ellipsoid).</source>
            <translation>'{layer}' давхарга: {count} хэсэг, {km} км (уртыг WGS84 эллипсоид дээр хэмжсэн).</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="57" />
            <source>m</source>
            <translation>м</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="212" />
            <source>Source labels: (V) read in the source text; (S) read in a secondary summary; (I) the plugin's own inference.</source>
            <translation>Эх сурвалжийн тэмдэглэгээ: (V) эх бичвэрээс уншсан; (S) хоёрдогч тоймоос уншсан; (I) “Нүүдэл” залгаасын өөрийн дүгнэлт.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="347" />
            <source>must be zero or more, not {value}.</source>
            <translation>тэг буюу түүнээс их байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="362" />
            <source>The profile's fence.run_tolerance_m is deprecated: use topology.join_tolerance_m (or the JOIN_TOLERANCE parameter). {used}</source>
            <translation>Профайлын fence.run_tolerance_m хуучирсан: оронд нь topology.join_tolerance_m (эсвэл JOIN_TOLERANCE параметр)-ийг хэрэглэнэ үү. {used}</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="362" />
            <source>Its value {value} m is used as the join tolerance.</source>
            <translation>Түүний {value} м утгыг холболтын хүлцэл болгон ашиглав.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="362" />
            <source>It is ignored; topology.join_tolerance_m applies.</source>
            <translation>Үүнийг үл тооцов; topology.join_tolerance_m хүчинтэй.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="122" />
            <source>{count} junctions (the route goes on along the straightest arm, the other arms are pieces of their own)</source>
            <translation>{count} уулзвар (маршрут хамгийн шулуун салаагаар үргэлжилж, бусад салаа тус тусдаа хэсэг болно)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="132" />
            <source>{count} lines end on the middle of another line (branches)</source>
            <translation>{count} шугам өөр шугамын дунд төгсөнө (салаа)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="139" />
            <source>{count} breaks (parts not joined within JOIN_TOLERANCE)</source>
            <translation>{count} тасалдал (JOIN_TOLERANCE-ийн дотор холбогдоогүй хэсгүүд)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="146" />
            <source>{count} near misses</source>
            <translation>{count} холбогдох шахсан төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="148" />
            <source>{count} closed loops</source>
            <translation>{count} битүү гогцоо</translation>
        </message>
        <message>
            <location filename="../processing/core/topology.py" line="234" />
            <source>{count} line ends lie {lo}–{hi} m from another line; they are not joined. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} шугамын төгсгөл өөр шугамаас {lo}–{hi} м зайтай; тэдгээрийг холбосонгүй. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/topology.py" line="243" />
            <source>Join tolerance {tolerance} m: {ends} ends joined to ends, {lines} to lines, {targets} to targets; {near} near misses within {near_m} m.</source>
            <translation>Холболтын хүлцэл {tolerance} м: {ends} төгсгөлийг төгсгөлтэй, {lines}-ийг шугамтай, {targets}-ийг зорилтот объекттой холбов; {near_m} м-ийн дотор {near} холбогдох шахсан төгсгөл.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="470" />
            <source>Chainage origins (points, optional): each route's chainage runs from its end nearest such a point</source>
            <translation>Пикетийн эхлэл (цэг, заавал биш): маршрут бүрийн пикет ийм цэгт хамгийн ойр төгсгөлөөс нь эхэлнэ</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="498" />
            <source>{count} route ends lie {lo}–{hi} m from another route; the routes are split there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} маршрутын төгсгөл өөр маршрутаас {lo}–{hi} м зайтай; маршрутууд тэнд тасарна. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="498" />
            <source>{count} route ends lie {distance} m from another route; the routes are split there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} маршрутын төгсгөл өөр маршрутаас {distance} м зайтай; маршрутууд тэнд тасарна. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="512" />
            <source>Route {route} became {pieces} pieces, each with its own chainage: {reasons}.</source>
            <translation>{route} маршрут {pieces} хэсэг болов, хэсэг бүр өөрийн пикеттэй: {reasons}.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="512" />
            <source>no reason found</source>
            <translation>шалтгаан олдсонгүй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="522" />
            <source>Chainage 0 is at the start of each route piece, in the direction most of its segments were digitised (by length).</source>
            <translation>Пикет 0 нь маршрутын хэсэг бүрийн эхэнд, түүний хэсгүүдийн ихэнх нь (уртаар) цахимжуулсан чиглэлд байна.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="529" />
            <source>Chainage runs from the end of each route piece nearest a CHAINAGE_START point; {count} pieces were turned round.</source>
            <translation>Пикет нь маршрутын хэсэг бүрийн CHAINAGE_START цэгт хамгийн ойр төгсгөлөөс эхэлнэ; {count} хэсгийн чиглэлийг эргүүлэв.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="554" />
            <source>The chainage origins layer '{layer}' has no points; the default direction applies.</source>
            <translation>'{layer}' пикетийн эхлэлийн давхаргад цэг алга; анхдагч чиглэл хэрэглэгдэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="900" />
            <source>Route pieces, joins and near misses</source>
            <translation>Маршрутын хэсгүүд, холболт ба холбогдох шахсан төгсгөлүүд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="912" />
            <source>Pieces</source>
            <translation>Хэсэг</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="912" />
            <source>Why</source>
            <translation>Шалтгаан</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="206" />
            <source>{count} fence ends lie {lo}–{hi} m from another end; runs stop there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>Хашааны {count} төгсгөл өөр төгсгөлөөс {lo}–{hi} м зайтай; тасралтгүй саад тэнд зогсоно. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="206" />
            <source>{count} fence ends lie {distance} m from another end; runs stop there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>Хашааны {count} төгсгөл өөр төгсгөлөөс {distance} м зайтай; тасралтгүй саад тэнд зогсоно. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="543" />
            <source>Line ends closer than {tol} m are joined (a digitising tolerance, not a gap an animal could use); ends within the near-miss distance but farther are reported.</source>
            <translation>{tol} м-ээс ойр шугамын төгсгөлүүдийг холбоно (энэ нь цахимжуулалтын хүлцэл, амьтан ашиглаж болох завсар биш); холбогдох шахсан зайн дотор боловч түүнээс хол төгсгөлүүдийг мэдээлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="438" />
            <source>Joins and near misses</source>
            <translation>Холболт ба холбогдох шахсан төгсгөлүүд</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="28" />
            <source>Join tolerance: line ends closer than this are joined (metres whatever the CRS; empty: the profile's value)</source>
            <translation>Холболтын хүлцэл: үүнээс ойр шугамын төгсгөлүүдийг холбоно (координатын системээс үл хамааран метр; хоосон бол профайлын утга)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="46" />
            <source>Line joins and near misses (points, optional)</source>
            <translation>Шугамын холболт ба холбогдох шахсан төгсгөлүүд (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="142" />
            <source>Join tolerance {tolerance} m ({source}): {ends} ends joined to other ends, {lines} ends joined onto other lines. {near} near misses (ends within {near_m} m of another end or line but farther than the tolerance).</source>
            <translation>Холболтын хүлцэл {tolerance} м ({source}): {ends} төгсгөлийг өөр төгсгөлтэй, {lines} төгсгөлийг өөр шугамтай холбов. {near} холбогдох шахсан төгсгөл (өөр төгсгөл эсвэл шугамаас {near_m} м-ийн дотор боловч хүлцлээс хол).</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="159" />
            <source>start</source>
            <translation>эхлэл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="159" />
            <source>end</source>
            <translation>төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="167" />
            <source>Feature id</source>
            <translation>Объектын дугаар</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="167" />
            <source>End</source>
            <translation>Төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="167" />
            <source>Nearest feature id</source>
            <translation>Хамгийн ойр объектын дугаар</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="167" />
            <source>Distance (m)</source>
            <translation>Зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="171" />
            <source>The {count} nearest are listed; OUTPUT_TOPOLOGY has them all.</source>
            <translation>Хамгийн ойр орших {count} төгсгөлийг жагсаав; бүгд OUTPUT_TOPOLOGY гаралтад бий.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>nuudel</source>
            <translation>Нүүдэл</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>wildlife</source>
            <translation>зэрлэг амьтан</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>migration</source>
            <translation>нүүдэл</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="55" />
            <source>mongolia</source>
            <translation>монгол</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>gazelle</source>
            <translation>зээр</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>crossing</source>
            <translation>гарц</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="55" />
            <source>road</source>
            <translation>авто зам</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>railway</source>
            <translation>төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="201" />
            <source>underpass</source>
            <translation>доогуур гарц</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="91" />
            <source>spacing</source>
            <translation>завсар</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>fence</source>
            <translation>хашаа</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="28" />
            <source>a shapely that fails to import ({error})</source>
            <translation>импортлох үед алдаа гардаг shapely ({error})</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="32" />
            <source>shapely {version}</source>
            <translation>shapely {version}</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="38" />
            <source>Debian 13, Ubuntu 24.04 and later: 'sudo apt install python3-shapely', then restart QGIS. Windows (OSGeo4W or the QGIS installer) and the QGIS macOS installer ship shapely 2: update QGIS. Debian 12 (its python3-shapely is 1.8): use Nuudel from a source checkout and start QGIS through it, as README.md in the Nuudel plugin folder describes under 'Install into QGIS' (the steps need the checkout, not the zip).</source>
            <translation>Debian 13, Ubuntu 24.04 болон түүнээс хойшх хувилбар: 'sudo apt install python3-shapely' гэж суулгаад QGIS-ийг дахин эхлүүлнэ. Windows (OSGeo4W эсвэл QGIS суулгагч) болон QGIS-ийн macOS суулгагч shapely 2-ыг агуулдаг тул QGIS-ээ шинэчилнэ. Debian 12 (түүний python3-shapely нь 1.8): Нүүдлийг эх кодын хуулбараас ашиглаж, QGIS-ийг түүгээр эхлүүлнэ; Нүүдэл нэмэлтийн хавтас дахь README.md файлын 'Install into QGIS' хэсгийг үзнэ үү (эдгээр алхамд zip биш, эх кодын хуулбар хэрэгтэй).</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="52" />
            <source>Nuudel needs shapely 2 in QGIS's Python (found: {found}), so its algorithms are not available. {advice}</source>
            <translation>“Нүүдэл” залгаас QGIS-ийн Python-д shapely 2 шаарддаг (олдсон: {found}) тул алгоритмууд нь ажиллахгүй. {advice}</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>wire</source>
            <translation>утас</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="104" />
            <source>permeability</source>
            <translation>нэвтрүүлэх чадвар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>audit</source>
            <translation>үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>saiga</source>
            <translation>бөхөн</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>khulan</source>
            <translation>хулан</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>argali</source>
            <translation>аргаль</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="39" />
            <source>Barrier km of the worst species</source>
            <translation>Хамгийн муу төрөл зүйлийн саадын км</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="39" />
            <source>Longest unbroken barrier km of the worst species</source>
            <translation>Хамгийн муу төрөл зүйлийн хамгийн урт тасралтгүй саадын км</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="39" />
            <source>Worst species (code: most barrier km)</source>
            <translation>Хамгийн муу төрөл зүйл (код: саадын км хамгийн их)</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="55" />
            <source>Gaps too long (worst species)</source>
            <translation>Хэт урт завсар (хамгийн муу төрөл зүйл)</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="55" />
            <source>Km over the spacing limit (worst species)</source>
            <translation>Зайн хязгаараас хэтэрсэн км (хамгийн муу төрөл зүйл)</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="55" />
            <source>Crossings proposed (worst species)</source>
            <translation>Санал болгосон гарц (хамгийн муу төрөл зүйл)</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="55" />
            <source>Worst species for crossing spacing (code: most km over the limit)</source>
            <translation>Гарц хоорондын зайгаар хамгийн муу төрөл зүйл (код: хязгаараас хэтэрсэн км хамгийн их)</translation>
        </message>
        <message>
            <location filename="../processing/key_figures.py" line="72" />
            <source>Km of each alignment in no-go, caution, suitable and not screened (JSON)</source>
            <translation>Трасс бүрийн хориглох, анхааралтай, тохиромжтой болон шалгаагүй бүсэд орох км (JSON)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence search distance either side of the alignment (metres)</source>
            <translation>Трассын хоёр талд хашаа хайх зай (метр)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing type field</source>
            <translation>Гарцын төрлийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing width field (metres)</source>
            <translation>Гарцын өргөний талбар (метр)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing height field (metres)</source>
            <translation>Гарцын өндрийн талбар (метр)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Crossing length field (metres)</source>
            <translation>Гарцын уртын талбар (метр)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence type field</source>
            <translation>Хашааны төрлийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence top wire height field</source>
            <translation>Хашааны дээд утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence bottom wire height field</source>
            <translation>Хашааны доод утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence gap between the top two wires field</source>
            <translation>Хашааны дээд хоёр утасны хоорондын зайн талбар</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="14" />
            <source>Fence barbed wire field</source>
            <translation>Хашааны өргөст утасны талбар</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>alignment</source>
            <translation>трасс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="106" />
            <source>protected area</source>
            <translation>тусгай хамгаалалттай газар нутаг</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="106" />
            <source>no-go</source>
            <translation>хориглох бүс</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>eia</source>
            <translation>БОНБҮ</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="106" />
            <source>route</source>
            <translation>маршрут</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="106" />
            <source>water</source>
            <translation>ус</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>model</source>
            <translation>загвар</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>distance</source>
            <translation>зай</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>select</source>
            <translation>сонгох</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>corridor</source>
            <translation>коридор</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="42" />
            <source>ellipsoid</source>
            <translation>эллипсоид</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="50" />
            <source>Features of a layer within a distance in true metres of another layer.</source>
            <translation>Нэг давхаргын өөр давхаргаас жинхэнэ метрээр өгөгдсөн зайн доторх объектууд.</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="62" />
            <source>Features within a true distance</source>
            <translation>Жинхэнэ зайн доторх объектууд</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="65" />
            <source>Features to select (e.g. fences)</source>
            <translation>Сонгох объектууд (жишээ нь хашаа)</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="72" />
            <source>Reference layer (e.g. the proposed alignment)</source>
            <translation>Жишиг давхарга (жишээ нь төлөвлөж буй трасс)</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="79" />
            <source>Distance (metres on the ellipsoid, whatever the layers' CRS)</source>
            <translation>Зай (давхаргуудын координатын системээс үл хамааран эллипсоид дээрх метр)</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="87" />
            <source>Features within the distance</source>
            <translation>Зайн доторх объектууд</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="92" />
            <source>Features within the distance (count)</source>
            <translation>Зайн доторх объектууд (тоо)</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="95" />
            <source>Features farther away (count)</source>
            <translation>Илүү хол орших объектууд (тоо)</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="154" />
            <source>The reference layer '{layer}' has no geometries: no feature is within the distance.</source>
            <translation>'{layer}' жишиг давхаргад геометр алга: зайн дотор нэг ч объект байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="197" />
            <source>{count} features of '{layer}' have no geometry and are not within any distance.</source>
            <translation>'{layer}' давхаргын {count} объект геометргүй тул ямар ч зайн дотор тооцогдохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/within_distance.py" line="203" />
            <source>{kept} of {total} features of '{layer}' lie within {distance} m (on the ellipsoid) of '{reference}'; {left} are farther away.</source>
            <translation>'{layer}' давхаргын {total} объектын {kept} нь лавлах давхаргаас ('{reference}') {distance} м-ийн (эллипсоид дээр) дотор; {left} нь илүү хол.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="100" />
            <source>must be a finite number, found {value}.</source>
            <translation>төгсгөлөг тоо байх ёстой; олдсон утга: {value}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="114" />
            <source>must be {relation} {low}, found {value}.</source>
            <translation>{relation} {low} байх ёстой; олдсон утга: {value}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="146" />
            <source>a 'min' rule passes at or above its conditional value: 'pass' ({good}) must be &gt;= 'conditional' ({bad}).</source>
            <translation>'min' дүрэм нөхцөлтэй утгаасаа их буюу тэнцүү үед тэнцэнэ: 'pass' ({good}) нь 'conditional' ({bad}) утгаас &gt;= байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="156" />
            <source>a 'max' rule passes at or below its conditional value: 'pass' ({good}) must be &lt;= 'conditional' ({bad}).</source>
            <translation>'max' дүрэм нөхцөлтэй утгаасаа бага буюу тэнцүү үед тэнцэнэ: 'pass' ({good}) нь 'conditional' ({bad}) утгаас &lt;= байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="424" />
            <source>the rule list is empty: every species of this mode would be judged by nothing.</source>
            <translation>дүрмийн жагсаалт хоосон байна: энэ аргаар давдаг бүх төрөл зүйлийг ямар ч дүрмээр үнэлэхгүй болно.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="507" />
            <source>Profile {file}: {value} is not a number JSON allows; write a finite number.</source>
            <translation>Профайл {file}: {value} гэсэн утгыг JSON тоо гэж зөвшөөрдөггүй; төгсгөлөг тоо бичнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="513" />
            <source>Profile {file}: nested too deeply to be a profile.</source>
            <translation>Профайл {file}: хэт олон давхар үүрлэсэн тул профайл биш байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="535" />
            <source>Profile {file} is not a regular file (a folder, a device or a pipe); choose a .json file.</source>
            <translation>Профайл {file} нь энгийн файл биш (хавтас, төхөөрөмж эсвэл суваг) байна; .json файл сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="543" />
            <source>Profile {file} is {size} MB; a profile is a small JSON file (at most 4 MB).</source>
            <translation>Профайл {file} файлын хэмжээ: {size} МБ; профайл нь жижиг JSON файл байдаг (ихдээ 4 МБ).</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="560" />
            <source>Profile {file} is not UTF-8 text (byte {position}); save it as UTF-8.</source>
            <translation>Профайл {file} нь UTF-8 текст биш байна (байт: {position}); UTF-8 кодчилолоор хадгална уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="990" />
            <source>MAX_SPACING {spacing} m would propose {count} crossings (more than {limit}); a spacing this small is not a spacing between crossing structures. Set MAX_SPACING in metres, e.g. 2000.</source>
            <translation>MAX_SPACING = {spacing} м үед санал болгох гарцын тоо {count} болно ({limit}-аас олон); ийм бага зай нь гарц гарам хоорондын зай биш. MAX_SPACING-ийг метрээр өгнө үү, жишээ нь 2000.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="147" />
            <source>Layer '{layer}' gave {read} of its {count} features: it is being written by another program (or was changed during the read). Try again when the other program has finished.</source>
            <translation>'{layer}' давхаргаас нийт {count} объектоос зөвхөн {read} уншигдлаа: өөр программ уг давхаргад бичиж байна (эсвэл уншиж байх үед өөрчлөгдсөн). Нөгөө программ дууссаны дараа дахин оролдоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="201" />
            <source>{count} features of layer '{layer}' have a NaN or infinite coordinate; they are kept without geometry (unknown, length 0). Fix their vertices to judge them.</source>
            <translation>'{layer}' давхаргын {count} объект NaN эсвэл хязгааргүй координаттай; тэдгээрийг геометргүй (тодорхойгүй, урт 0) гэж үлдээлээ. Үнэлэхийн тулд оройн цэгүүдийг засна уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="243" />
            <source>{count} features of layer '{layer}' are geometry collections: their parts of the layer's own kind are used and {dropped} other parts (points, lines or polygons of another kind) are left out.</source>
            <translation>'{layer}' давхаргын {count} объект геометрийн цуглуулга байна: давхаргын өөрийн төрлийн хэсгүүдийг ашиглаж, өөр төрлийн {dropped} хэсгийг (цэг, шугам эсвэл өөр төрлийн полигон) орхилоо.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="259" />
            <source>{count} values of field '{field}' in layer '{layer}' contain bytes that are not UTF-8 text; they were read with the mark {mark} (a code with it is unknown). Re-save the layer as UTF-8 to keep them as typed.</source>
            <translation>'{layer}' давхаргын '{field}' талбарын {count} утга UTF-8 биш байт агуулж байна; тэдгээрийг {mark} тэмдэгтэйгээр уншлаа (ийм тэмдэгтэй код тодорхойгүй болно). Бичсэн хэвээр нь хадгалахын тулд давхаргыг UTF-8 кодчилолоор дахин хадгална уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="451" />
            <source>Layer '{layer}' is a geometry-collection layer, which QGIS reads without its coordinate reference system. Load its polygons, lines or points as a layer of that type (add '|geometrytype=Polygon' to its source, or save it with that geometry type) and run again.</source>
            <translation>'{layer}' давхарга нь геометрийн цуглуулгын давхарга бөгөөд QGIS үүнийг координатын системгүйгээр уншдаг. Түүний полигон, шугам эсвэл цэгийг тухайн төрлийн давхарга болгон ачаалаад (эх сурвалжид нь '|geometrytype=Polygon' нэмэх, эсвэл тэр геометрийн төрлөөр хадгалах) дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/output.py" line="151" />
            <source>Could not write a feature to the output {output}: {error}</source>
            <translation>{output} гаралтад объект бичиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/output.py" line="139" />
            <source>the file could not be written (is the disk full?)</source>
            <translation>файлд бичиж чадсангүй (диск дүүрсэн үү?)</translation>
        </message>
        <message>
            <location filename="../processing/output.py" line="237" />
            <source>{count} features of the input could not be read a second time while output {output} was written (was the layer changed meanwhile?); the output is incomplete. Run again when no other program edits the input.</source>
            <translation>{output} гаралтыг бичих үед оролтын {count} объектыг дахин уншиж чадсангүй (давхарга энэ хооронд өөрчлөгдсөн үү?); гаралт бүрэн биш байна. Оролтыг өөр программ засахгүй байх үед дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="177" />
            <source>The output {output} would be written to the input {input} ({path}), which would replace or empty it. Choose another file for {output}.</source>
            <translation>{output} гаралтыг {input} оролт ({path}) дээр бичих гэж байна; ингэвэл оролт солигдох эсвэл хоосорно. {output} гаралтад өөр файл сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="188" />
            <source>The report {output} must be an HTML file (.html or .htm), not '{path}'.</source>
            <translation>{output} тайлан HTML файл (.html эсвэл .htm) байх ёстой; '{path}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="194" />
            <source>The raster output {output} must name a raster file (for example .tif), not '{path}'.</source>
            <translation>{output} растер гаралт растер файлын нэртэй (жишээ нь .tif) байх ёстой; '{path}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="208" />
            <source>The folder of output {output} does not exist: {folder}</source>
            <translation>{output} гаралтын хавтас байхгүй байна: {folder}</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="216" />
            <source>Output {output} cannot be written (no permission): {path}</source>
            <translation>{output} гаралтыг бичих боломжгүй (зөвшөөрөл алга): {path}</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="234" />
            <source>{parameter} must be a finite number, not '{value}'.</source>
            <translation>{parameter} нь төгсгөлөг тоо байх ёстой; '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/safety.py" line="240" />
            <source>{parameter} is {value} m, longer than any distance on Earth (half the equator is 20,037.5 km). Give the distance in metres.</source>
            <translation>{parameter} = {value} м нь Дэлхий дээрх аливаа зайнаас урт байна (экваторын хагас нь 20 037,5 км). Зайг метрээр өгнө үү.</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="81" />
            <source>Make EIA figures</source>
            <translation>БОНБҮ-ний зураг үүсгэх</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="614" />
            <source>From</source>
            <translation>Эхлэл</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="614" />
            <source>To</source>
            <translation>Төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="756" />
            <source>{n} route</source>
            <translation>{n} маршрут</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="756" />
            <source>{n} routes</source>
            <translation>{n} маршрут</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="859" />
            <source>Routes '{routes}': {count}, {km} km (true lengths on the WGS84 ellipsoid); crossings '{crossings}'. Maximum spacing {max} m, snap tolerance {snap} m{zones}.</source>
            <translation>Маршрутууд '{routes}': {count}, {km} км (WGS84 эллипсоид дээрх жинхэнэ урт); гарцууд '{crossings}'. Хамгийн их зай {max} м, наалдуулах хүлцэл {snap} м{zones}.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="879" />
            <source>Gaps between suitable crossings, the crossings judged and the crossings proposed.</source>
            <translation>Тохиромжтой гарцуудын хоорондох зай, дүгнэсэн гарцууд, санал болгосон гарцууд.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="923" />
            <source>On {routes}, every gap between suitable crossings is within the {limit} km limit for the selected species.</source>
            <translation>{routes}-д тохиромжтой гарцуудын хоорондох бүх зай сонгосон төрөл зүйлүүдэд {limit} км-ийн хязгаарт багтаж байна.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="927" />
            <source>On {routes}, {too_long} of {gaps} gaps between suitable crossings are longer than the {limit} km limit for {species}</source>
            <translation>{routes}-д тохиромжтой гарцуудын хоорондох {gaps} зайн {too_long} нь {species}-д {limit} км-ийн хязгаараас урт байна</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="939" />
            <source>; the worst, {km} km over the limit, is on route {route} from km {a} to km {b} ({start} to {end})</source>
            <translation>; хамгийн муу нь хязгаараас {km} км хэтэрсэн, {route} маршрутын {a}-р км-ээс {b}-р км хүртэл ({start}-аас {end} хүртэл)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="950" />
            <source>; {count} new crossings would close them.</source>
            <translation>; {count} шинэ гарц барьвал эдгээрийг хаана.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="999" />
            <source>Route {name}</source>
            <translation>{name} маршрут</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="1006" />
            <source>Gap lengths between suitable crossings along each route for {species} (bar height: the length counted inside the zones), against the limit.</source>
            <translation>{species}-д маршрут бүрийн дагуух тохиромжтой гарцуудын хоорондох зайн урт (баганын өндөр: бүсийн дотор тоолсон урт), хязгаартай харьцуулсан.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="1011" />
            <source>The {most} routes with the most excess are shown.</source>
            <translation>Хамгийн их хэтрэлттэй {most} маршрутыг харуулав.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="490" />
            <source>Kilometres of fence per verdict, for each species.</source>
            <translation>Төрөл зүйл бүрийн дүгнэлт тус бүрийн хашааны километр.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="498" />
            <source>Fence verdict (worst species)</source>
            <translation>Хашааны дүгнэлт (хамгийн эмзэг зүйлээр)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="498" />
            <source>Fence verdicts: the worst over the selected species.</source>
            <translation>Хашааны дүгнэлт: сонгосон төрөл зүйлүүдийн хамгийн муу нь.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="510" />
            <source>None of the {total} km of fences is a barrier to the selected species; {unknown} km could not be judged.</source>
            <translation>{total} км хашааны аль нь ч сонгосон төрөл зүйлүүдэд саад болохгүй; {unknown} км-ийг дүгнэж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="515" />
            <source>{barrier} km of {total} km of fences are a barrier to {species}; the longest unbroken stretch is {longest} km</source>
            <translation>{total} км хашааны {barrier} км нь {species}-д саад болж байна; тасралтгүй хамгийн урт хэсэг нь {longest} км</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="525" />
            <source>, from {start} to {end}</source>
            <translation>, {start}-аас {end} хүртэл</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="748" />
            <source>km</source>
            <translation>км</translation>
        </message>
        <message>
            <location filename="../processing/figures.py" line="158" />
            <source>Provinces</source>
            <translation>Аймгууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="748" />
            <source>N</source>
            <translation>Х</translation>
        </message>
        <message>
            <location filename="../processing/figures.py" line="232" />
            <source>Context: province boundaries from Natural Earth (QGIS world map). CRS: {crs}.</source>
            <translation>Суурь: Natural Earth-ийн аймгийн хил (QGIS-ийн дэлхийн зураг). Координатын систем: {crs}.</translation>
        </message>
        <message>
            <location filename="../processing/help_text.py" line="69" />
            <source>Full help (data model, every parameter, every rule with its source): {page}</source>
            <translation>Бүрэн тусламж (өгөгдлийн загвар, параметр бүр, дүрэм бүр эх сурвалжтайгаа): {page}</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="204" />
            <source>CRS: {crs}. Data: {sources}. Rules: {profile}. Made with Nuudel on {date}.</source>
            <translation>Координатын систем: {crs}. Өгөгдөл: {sources}. Дүрэм: {profile}. Нүүдлээр {date}-нд үүсгэв.</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="422" />
            <source>the algorithm's inputs</source>
            <translation>алгоритмын оролтууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="428" />
            <source>Could not write the EIA figure {path}: {error}</source>
            <translation>БОНБҮ-ний зургийг {path} бичиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="921" />
            <source>The alignment '{name}' runs {nogo} km of its {total} km through no-go zones ({sources}) and {caution} km through caution zones.</source>
            <translation>'{name}' трассын {total} км-ийн {nogo} км нь хориглох бүсээр ({sources}), {caution} км нь анхааралтай бүсээр дайрч өнгөрнө.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="932" />
            <source>No alignment option crosses a no-go zone; the alignment '{name}' runs {caution} km of its {total} km through caution zones.</source>
            <translation>Трассын аль ч хувилбар хориглох бүсийг дайрахгүй; '{name}' трассын {total} км-ийн {caution} км нь анхааралтай бүсээр дайрна.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="937" />
            <source>{nogo} km² of the {total} km² study area are no-go ({sources}) and {caution} km² need caution.</source>
            <translation>{total} км² судалгааны талбайн {nogo} км² нь хориглох бүс ({sources}), {caution} км² нь анхааралтай бүс.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="953" />
            <source>Proposed alignment by zone</source>
            <translation>Бүсээр хуваагдсан трасс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="960" />
            <source>No-go, caution and suitable zones and the proposed alignment cut by zone.</source>
            <translation>Хориглох, анхааралтай бүс, тохиромжтой талбай болон бүсээр хуваасан төлөвлөж буй трасс.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="967" />
            <source>Kilometres of each alignment option in each zone.</source>
            <translation>Трассын хувилбар бүрийн бүс тус бүр дэх километр.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="81" />
            <source>The field with the clear width of the structure in metres.</source>
            <translation>Байгууламжийн чөлөөт өргөнийг метрээр агуулсан талбар.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="85" />
            <source>The field with the clear height of the structure in metres.</source>
            <translation>Байгууламжийн чөлөөт өндрийг метрээр агуулсан талбар.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="236" />
            <source>Segment ends closer than this are joined into one route.</source>
            <translation>Үзүүрүүд нь үүнээс ойр хэсгүүдийг нэг маршрут болгон нэгтгэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="285" />
            <source>A buffer added around every no-go feature (metres).</source>
            <translation>Хориглох объект бүрийн эргэн тойронд нэмэх хамгаалалтын бүс (метр).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="297" />
            <source>A buffer added around every caution feature (metres).</source>
            <translation>Анхааралтай объект бүрийн эргэн тойронд нэмэх хамгаалалтын бүс (метр).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="866" />
            <source>The no-go, caution and suitable zones.</source>
            <translation>Хориглох, анхааралтай бүс, тохиромжтой талбай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="867" />
            <source>The alignment cut by zone.</source>
            <translation>Бүсээр хуваасан трасс.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="871" />
            <source>The no-go mask's HTML report.</source>
            <translation>Хориглох бүсийн маскийн HTML тайлан.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="875" />
            <source>The crossing structures judged along the alignment.</source>
            <translation>Трассын дагуух дүгнэсэн гарц гармын байгууламжууд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="879" />
            <source>The stretches between suitable crossings.</source>
            <translation>Тохиромжтой гарцуудын хоорондох хэсгүүд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="883" />
            <source>Where new crossings are needed.</source>
            <translation>Шинэ гарц хэрэгтэй газрууд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="887" />
            <source>The crossing spacing check's HTML report.</source>
            <translation>Гарц хоорондын зайн шалгалтын HTML тайлан.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="891" />
            <source>The fences near the alignment, judged per species.</source>
            <translation>Трассын ойролцоох хашаа, төрөл зүйл тус бүрээр дүгнэсэн.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="895" />
            <source>Km per verdict per species for those fences.</source>
            <translation>Эдгээр хашааны төрөл зүйл бүрийн дүгнэлт тус бүрийн км.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="899" />
            <source>The fence audit's HTML report.</source>
            <translation>Хашааны үнэлгээний HTML тайлан.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="97" />
            <source>all ({count})</source>
            <translation>бүгд ({count})</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="116" />
            <source>yes</source>
            <translation>тийм</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="116" />
            <source>no</source>
            <translation>үгүй</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="118" />
            <source>{value} m</source>
            <translation>{value} м</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="123" />
            <source>temporary layer</source>
            <translation>түр давхарга</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="159" />
            <source>{first} and {last}</source>
            <translation>{first}, {last}</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="195" />
            <source>°N</source>
            <translation>° х.ө.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="195" />
            <source>°S</source>
            <translation>° ө.ө.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="196" />
            <source>°E</source>
            <translation>° з.у.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="196" />
            <source>°W</source>
            <translation>° б.у.</translation>
        </message>
        <message>
            <location filename="../ui/figures.py" line="57" />
            <source>{count} EIA figures made: Project &gt; Layouts.</source>
            <translation>БОНБҮ-ний {count} зураг үүсгэв: Төсөл &gt; Байршуулалт.</translation>
        </message>
        <message>
            <location filename="../ui/figures.py" line="57" />
            <source>No Nuudel output in the project: run an algorithm first.</source>
            <translation>Төсөлд Нүүдлийн гаралт алга: эхлээд алгоритм ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="90" />
            <source>Barrier behaviour analysis (GPS tracks)</source>
            <translation>Саадын дэргэдэх зан үйлийн шинжилгээ (GPS мөр)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="99" />
            <source>GPS fixes (points)</source>
            <translation>GPS байршлууд (цэг)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="104" />
            <source>Animal id field</source>
            <translation>Амьтны дугаарын талбар</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="104" />
            <source>Time field (date-time, ISO 8601 text or epoch seconds)</source>
            <translation>Цагийн талбар (огноо-цаг, ISO 8601 текст эсвэл 1970 оноос хойшхи секунд)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="117" />
            <source>Barriers (lines: fences, roads, railways)</source>
            <translation>Саадууд (шугам: хашаа, авто зам, төмөр зам)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Distance to a barrier that makes an encounter (m)</source>
            <translation>Тулгарсан гэж үзэх саад хүртэлх зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Fix interval (hours; empty: each animal's most frequent)</source>
            <translation>Байршил тогтоох завсар (цаг; хоосон бол амьтан бүрийн хамгийн олон давтагдсан нь)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Longest bounce or quick cross (hours, B_TIME)</source>
            <translation>Ойх эсвэл хурдан гатлах хамгийн урт хугацаа (цаг, B_TIME)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Shortest trapped encounter (hours, P_TIME)</source>
            <translation>Гацсан тохиолдлын хамгийн богино хугацаа (цаг, P_TIME)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Window around an event for normal straightness (hours)</source>
            <translation>Ердийн шулуун байдлыг тооцох тохиолдлын орчмын цонх (цаг)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Gap bridged inside an event (hours of missing fixes)</source>
            <translation>Тохиолдол дотор нөхөх цоорхой (дутуу байршлын цаг)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Most crossings of a trace or back-and-forth</source>
            <translation>Даган явах эсвэл нааш цааш явах тохиолдлын хамгийн олон гаталт</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="129" />
            <source>Standard deviations from the mean straightness</source>
            <translation>Дундаж шулуун байдлаас зөрөх стандарт хазайлтын тоо</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="167" />
            <source>Species of the tracks (optional: compares with the audit's v_&lt;species&gt; field)</source>
            <translation>Мөрийн төрөл зүйл (заавал биш: үнэлгээний v_&lt;төрөл зүйл&gt; талбартай харьцуулна)</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="94" />
            <source>Encounter events</source>
            <translation>Тулгарсан тохиолдлууд</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="180" />
            <source>Barriers with behaviour counts</source>
            <translation>Зан үйлийн тоотой саадууд</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="254" />
            <source>DISTANCE must be more than 0 m.</source>
            <translation>DISTANCE 0 м-ээс их байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="265" />
            <source>Choose the field for {parameter}.</source>
            <translation>{parameter}-д талбар сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="328" />
            <source>Layer '{layer}' has no field {field} (the fence audit's verdict for the species): the barriers get no 'agrees' field.</source>
            <translation>'{layer}' давхаргад {field} талбар (төрөл зүйлийн хашааны үнэлгээний дүгнэлт) байхгүй: саадуудад 'agrees' талбар үүсэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="346" />
            <source>{count} barriers of '{layer}' have no geometry; they have no encounters.</source>
            <translation>'{layer}' давхаргын {count} саад геометргүй; тэдгээрт тулгарсан тохиолдол байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="366" />
            <source>{count} fixes have no geometry</source>
            <translation>{count} байршил геометргүй</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="366" />
            <source>{count} fixes have no animal id</source>
            <translation>{count} байршилд амьтны дугаар байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="366" />
            <source>{count} fixes have no time</source>
            <translation>{count} байршилд цаг байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="372" />
            <source>{what}; they are left out of the tracks.</source>
            <translation>{what}; тэдгээрийг мөрөөс хассан.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="379" />
            <source>{count} fixes repeat the time of an earlier fix of the same animal and are dropped (feature ids {fids}).</source>
            <translation>{count} байршил нэг амьтны өмнөх байршлын цагийг давтсан тул хасав (объектын дугаар {fids}).</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="391" />
            <source>Animals with a single fix (no track, any event unknown): {animals}.</source>
            <translation>Ганц байршилтай амьтад (мөргүй, аливаа тохиолдол тодорхойгүй): {animals}.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="398" />
            <source>The animals have different fix intervals ({intervals} h); each is analysed with its own (the BaBA package stops here).</source>
            <translation>Амьтдын байршил тогтоох завсар ялгаатай ({intervals} цаг); тус бүрийг өөрийн завсраар шинжилнэ (BaBA багц энд зогсдог).</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="409" />
            <source>{fixes} fixes of {animals} animals, {near} within {d} m of a barrier; {events} encounter events.</source>
            <translation>{animals} амьтны {fixes} байршил, үүнээс {near} нь саадаас {d} м дотор; {events} тулгарсан тохиолдол.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="422" />
            <source>{count} fixes beyond the distance joined events across gaps up to TOLERANCE.</source>
            <translation>Зайнаас хол {count} байршил TOLERANCE хүртэлх цоорхойг нөхөн тохиолдолд нэгдэв.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="434" />
            <source>Unknown, {reason}: {count}</source>
            <translation>Тодорхойгүй, {reason}: {count}</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="501" />
            <source>Input fields {fields} are replaced by the analysis's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг шинжилгээний ижил нэртэй талбараар солив.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="527" />
            <source>Behaviours</source>
            <translation>Зан үйл</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="578" />
            <source>Behaviour</source>
            <translation>Зан үйл</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="578" />
            <source>Events</source>
            <translation>Тохиолдол</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="535" />
            <source>Why events are unknown</source>
            <translation>Яагаад тохиолдол тодорхойгүй вэ</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="535" />
            <source>Reason</source>
            <translation>Шалтгаан</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="538" />
            <source>Events per animal</source>
            <translation>Амьтан тус бүрийн тохиолдол</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="595" />
            <source>Animal</source>
            <translation>Амьтан</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="595" />
            <source>Fixes</source>
            <translation>Байршил</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="595" />
            <source>Interval (h)</source>
            <translation>Завсар (цаг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="749" />
            <source>Map</source>
            <translation>Зураг</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="540" />
            <source>Barriers with the highest index</source>
            <translation>Хамгийн өндөр индекстэй саадууд</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="544" />
            <source>Where the tracks disagree with the audit</source>
            <translation>Мөр үнэлгээтэй зөрсөн газрууд</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="550" />
            <source>Method and sources</source>
            <translation>Арга ба эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="602" />
            <source>Barrier Behaviour Analysis (Xu et al. 2021, J. Appl. Ecol. 58:690-698), with the rules of the R package BaBA (wx-ecology/BaBA, R/BaBA.R and R/BaRanking.R). Index = (bounce + back and forth + trace + trapped) / encounters x animals, rescaled 0 to 1 over the barriers with encounters.</source>
            <translation>Саадын дэргэдэх зан үйлийн шинжилгээ (Xu нар 2021, J. Appl. Ecol. 58:690-698), R багц BaBA-ийн дүрмээр (wx-ecology/BaBA, R/BaBA.R ба R/BaRanking.R). Индекс = (ойх + нааш цааш + даган явах + гацах) / тулгарсан тохиолдол x амьтдын тоо, тулгарсан тохиолдолтой саадууд дээр 0-ээс 1 болгон хувиргасан.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="553" />
            <source>Fixes '{fixes}' ({n} fixes, {animals} animals), barriers '{barriers}' ({b} features): {events} encounter events.</source>
            <translation>Байршил '{fixes}' ({n} байршил, {animals} амьтан), саад '{barriers}' ({b} объект): {events} тулгарсан тохиолдол.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="566" />
            <source>Barrier behaviour analysis</source>
            <translation>Саадын дэргэдэх зан үйлийн шинжилгээ</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="619" />
            <source>No barrier was encountered.</source>
            <translation>Ямар ч саадтай тулгараагүй.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="632" />
            <source>Index</source>
            <translation>Индекс</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="664" />
            <source>Encounters</source>
            <translation>Тулгарсан тохиолдол</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="632" />
            <source>Animals</source>
            <translation>Амьтад</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="641" />
            <source>'No' where the audit's rules say permeable but most encounters are bounce, trace or trapped, or say barrier and the animals quick-crossed it ({field}).</source>
            <translation>Үнэлгээний дүрэм нэвтрүүлэх гэсэн ч ихэнх тохиолдол ойх, даган явах эсвэл гацах, эсвэл саад гэсэн ч амьтад хурдан гаталсан бол 'no' ({field}).</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="648" />
            <source>No disagreement.</source>
            <translation>Зөрүү байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="664" />
            <source>Audit verdict</source>
            <translation>Үнэлгээний дүгнэлт</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="664" />
            <source>Bounce, trace or trapped</source>
            <translation>Ойх, даган явах эсвэл гацах</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="166" />
            <source>Quick cross</source>
            <translation>Хурдан гатлах</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="52" />
            <source>no crossing seen and the fix before or after the event is missing</source>
            <translation>гаталт илрээгүй бөгөөд тохиолдлын өмнөх эсвэл дараагийн байршил байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="53" />
            <source>too few continuous stretches of the event's duration around it to compare its straightness with</source>
            <translation>шулуун байдлыг харьцуулах, тохиолдлын хугацаатай ижил тасралтгүй хэсэг орчимд нь хэт цөөн</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="57" />
            <source>unusually straight or tortuous but it crossed more often than MAX_CROSS</source>
            <translation>ер бусын шулуун эсвэл мурий боловч MAX_CROSS-оос олон гаталсан</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="60" />
            <source>the animal has a single fix, so it has no fix interval</source>
            <translation>амьтан ганц байршилтай тул байршил тогтоох завсаргүй</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="61" />
            <source>the animal did not move during the event, so its straightness is undefined</source>
            <translation>тохиолдлын үеэр амьтан хөдлөөгүй тул шулуун байдал тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="177" />
            <source>The time field '{field}' has a value that cannot be read as a date and time: '{value}' (row {row}). Use a date-time field, text like 2021-05-01 14:00:00 or ISO 8601, or epoch seconds.</source>
            <translation>'{field}' цагийн талбарт огноо-цаг гэж уншигдахгүй утга байна: '{value}' ({row}-р мөр). Огноо-цаг талбар, 2021-05-01 14:00:00 мэт текст, ISO 8601 эсвэл 1970 оноос хойшхи секунд хэрэглэнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="238" />
            <source>INTERVAL ({interval} h) is shorter than the most frequent fix interval of animal '{animal}' ({mode} h). Set INTERVAL to at least that, or leave it empty to use each animal's own.</source>
            <translation>INTERVAL ({interval} цаг) нь '{animal}' амьтны хамгийн олон давтагдсан байршил тогтоох завсраас ({mode} цаг) богино байна. INTERVAL-ыг дор хаяж түүнтэй тэнцүү болгох эсвэл амьтан бүрийн өөрийнхийг авахаар хоосон орхино уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="260" />
            <source>B_TIME ({value} h) is shorter than the fix interval {interval} h of animal '{animal}'; BaBA needs an interval no longer than B_TIME.</source>
            <translation>B_TIME ({value} цаг) нь '{animal}' амьтны байршил тогтоох завсар {interval} цагаас богино; BaBA-д завсар B_TIME-аас урт байж болохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/behaviour.py" line="270" />
            <source>{parameter} ({value} h) is not a multiple of the fix interval {interval} h of animal '{animal}'. Choose {parameter} as a multiple of the interval, or set INTERVAL.</source>
            <translation>{parameter} ({value} цаг) нь '{animal}' амьтны байршил тогтоох завсар {interval} цагийн үржвэр биш. {parameter}-ыг завсрын үржвэрээр сонгох эсвэл INTERVAL тохируулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="18" />
            <source>Animal tracking</source>
            <translation>Амьтны мөрөөр хянах</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="165" />
            <source>Bounce</source>
            <translation>Ойх</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="167" />
            <source>Back and forth</source>
            <translation>Нааш цааш</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="168" />
            <source>Trace</source>
            <translation>Даган явах</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="169" />
            <source>Trapped</source>
            <translation>Гацсан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="170" />
            <source>Average movement</source>
            <translation>Ердийн хөдөлгөөн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="140" />
            <source>No encounter</source>
            <translation>Тулгараагүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="141" />
            <source>Index 0 to 0.33 (crossed)</source>
            <translation>Индекс 0-0.33 (гаталсан)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="142" />
            <source>Index 0.33 to 0.67</source>
            <translation>Индекс 0.33-0.67</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="143" />
            <source>Index 0.67 to 1 (impermeable)</source>
            <translation>Индекс 0.67-1 (нэвтрэшгүй)</translation>
        </message>
        <message>
            <location filename="../processing/core/landscape.py" line="389" />
            <source>The reporting units layer has no polygons: there is no region to measure.</source>
            <translation>Тайлангийн нэгжийн давхаргад полигон алга: хэмжих нутаг дэвсгэр байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="274" />
            <source>must be larger than the band before it.</source>
            <translation>өмнөх ангиллаасаа их байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="277" />
            <source>the first band must start at 0.</source>
            <translation>эхний ангилал 0-ээс эхлэх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="23" />
            <source>no traffic value in field '{field}'</source>
            <translation>'{field}' талбарт хөдөлгөөний утга алга</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="24" />
            <source>traffic value '{value}' in field '{field}' is not a number</source>
            <translation>'{field}' талбарын хөдөлгөөний утга '{value}' тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="25" />
            <source>traffic value {value} in field '{field}' is negative</source>
            <translation>'{field}' талбарын хөдөлгөөний утга {value} сөрөг байна</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="26" />
            <source>no growth rate in field '{field}'</source>
            <translation>'{field}' талбарт өсөлтийн хувь алга</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="27" />
            <source>growth rate '{value}' in field '{field}' is not a number above -100</source>
            <translation>'{field}' талбарын өсөлтийн хувь '{value}' нь -100-аас их тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="149" />
            <source>The profile has no '{key}' section; copy it from the shipped resources/profiles/species.json.</source>
            <translation>Профайлд '{key}' хэсэг алга; үүнийг дагалдах resources/profiles/species.json файлаас хуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="164" />
            <source>A target year needs a base year (BASE_YEAR).</source>
            <translation>Зорилтот онд суурь он (BASE_YEAR) хэрэгтэй.</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="166" />
            <source>TARGET_YEAR {target} is before BASE_YEAR {base}.</source>
            <translation>TARGET_YEAR {target} нь BASE_YEAR {base}-аас өмнө байна.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="144" />
            <source>Low traffic (under 1,000 vehicles a day)</source>
            <translation>Бага хөдөлгөөн (хоногт 1,000-аас бага тээврийн хэрэгсэл)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="145" />
            <source>Moderate traffic (1,000 to 4,000)</source>
            <translation>Дунд зэргийн хөдөлгөөн (1,000–4,000)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="146" />
            <source>High traffic (4,000 to 10,000)</source>
            <translation>Их хөдөлгөөн (4,000–10,000)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="147" />
            <source>Very high traffic (over 10,000)</source>
            <translation>Маш их хөдөлгөөн (10,000-аас дээш)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="148" />
            <source>Traffic unknown</source>
            <translation>Хөдөлгөөн тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="149" />
            <source>Effective mesh size under 10 km²</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ 10 км²-аас бага</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="150" />
            <source>10 to 100 km²</source>
            <translation>10–100 км²</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="151" />
            <source>100 to 1,000 km²</source>
            <translation>100–1,000 км²</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="152" />
            <source>1,000 to 10,000 km²</source>
            <translation>1,000–10,000 км²</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="153" />
            <source>10,000 km² or more</source>
            <translation>10,000 км² ба түүнээс их</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="154" />
            <source>Mesh under 10 km²</source>
            <translation>10 км²-аас бага холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="178" />
            <source>low traffic</source>
            <translation>бага хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="179" />
            <source>moderate traffic</source>
            <translation>дунд зэргийн хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="180" />
            <source>high traffic</source>
            <translation>их хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="181" />
            <source>very high traffic</source>
            <translation>маш их хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="182" />
            <source>traffic unknown</source>
            <translation>хөдөлгөөн тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="733" />
            <source>Landscape permeability per species</source>
            <translation>Зүйл тус бүрийн газар нутгийн нэвтрүүлэх чадвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="79" />
            <source>Reporting units (polygons: aimags, soums, a grid or a study area)</source>
            <translation>Тайлангийн нэгжүүд (полигон: аймаг, сум, тор эсвэл судалгааны талбай)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="39" />
            <source>Fences (lines, the fence data model; optional)</source>
            <translation>Хашаа (шугам, хашааны өгөгдлийн загвар; заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="74" />
            <source>Roads and railways (lines, optional)</source>
            <translation>Авто зам, төмөр зам (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="79" />
            <source>Traffic field (vehicles a day; empty: every road cuts)</source>
            <translation>Хөдөлгөөний талбар (тээврийн хэрэгсэл/хоног; хоосон бол бүх зам хуваана)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="87" />
            <source>Other barriers that cut for every species (lines, optional)</source>
            <translation>Бүх зүйлд хуваах бусад саад (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="120" />
            <source>Crossing structures (points, optional)</source>
            <translation>Гарц гармын байгууламжууд (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="109" />
            <source>Crossing width field (m)</source>
            <translation>Гарцын өргөний талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="110" />
            <source>Crossing clear height field (m)</source>
            <translation>Гарцын чөлөөт өндрийн талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="111" />
            <source>Crossing length field (m, the distance an animal walks through)</source>
            <translation>Гарцын уртын талбар (м, амьтны дундуур нь явах зай)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="145" />
            <source>Snap tolerance: largest distance of a crossing from a cutting line (metres)</source>
            <translation>Наалдуулах хүлцэл: гарцаас хуваагч шугам хүртэлх хамгийн их зай (метр)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="155" />
            <source>Planned alignment (lines, optional: the after state)</source>
            <translation>Төлөвлөж буй трасс (шугам, заавал биш: дараах төлөв)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="165" />
            <source>Fences of unknown verdict cut</source>
            <translation>Дүгнэлт нь тодорхойгүй хашаа хуваана</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="170" />
            <source>Join tolerance: line ends this close to a cutting line or the region's edge are joined (metres; empty: the profile's)</source>
            <translation>Холболтын хүлцэл: хуваагч шугам эсвэл нутгийн хязгаарт ийм ойр байгаа шугамын үзүүрийг холбоно (метр; хоосон бол профайлынх)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="182" />
            <source>Effective mesh size per reporting unit</source>
            <translation>Тайлангийн нэгж бүрийн холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="189" />
            <source>Meshes per species</source>
            <translation>Зүйл тус бүрийн холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="281" />
            <source>Choose the {parameter} layer.</source>
            <translation>{parameter} давхаргыг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="298" />
            <source>Choose the {parameter} of layer '{layer}'.</source>
            <translation>'{layer}' давхаргын {parameter}-ийг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="371" />
            <source>Layer '{layer}': {count} features have no geometry; they take no part.</source>
            <translation>'{layer}' давхарга: {count} объектод геометр алга; тэдгээр оролцохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="290" />
            <source>{count} invalid reporting unit polygons were repaired.</source>
            <translation>Тайлангийн нэгжийн буруу {count} полигоныг засав.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="383" />
            <source>The reporting units layer '{layer}' has no features.</source>
            <translation>'{layer}' тайлангийн нэгжийн давхаргад объект алга.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="478" />
            <source>Fence segments of unknown verdict ({counts}) cut (UNKNOWN_AS_BARRIER).</source>
            <translation>Дүгнэлт нь тодорхойгүй хашааны хэсгүүд ({counts}) хуваана (UNKNOWN_AS_BARRIER).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="478" />
            <source>Fence segments of unknown verdict ({counts}) do not cut (UNKNOWN_AS_BARRIER is off).</source>
            <translation>Дүгнэлт нь тодорхойгүй хашааны хэсгүүд ({counts}) хуваахгүй (UNKNOWN_AS_BARRIER унтраалттай).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="769" />
            <source>{count} roads have no usable traffic value; they cut.</source>
            <translation>{count} замд ашиглах боломжтой хөдөлгөөний утга алга; тэдгээр хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="500" />
            <source>No traffic field: every road cuts (the EEA convention).</source>
            <translation>Хөдөлгөөний талбар алга: бүх зам хуваана (EEA-гийн журам).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="743" />
            <source>{count} line ends were joined across gaps up to {max} m (JOIN_TOLERANCE {tol} m).</source>
            <translation>Шугамын {count} үзүүрийг {max} м хүртэлх завсраар холбов (JOIN_TOLERANCE {tol} м).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="560" />
            <source>{count} of {total} crossings lie farther than the snap tolerance ({tol} m) from every line; they join nothing.</source>
            <translation>{total} гарцын {count} нь бүх шугамаас наалдуулах хүлцлээс ({tol} м) хол байна; тэдгээр юуг ч холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="569" />
            <source>{species}: {used} crossings join meshes; {bad} are not suitable (or unknown) and join nothing.</source>
            <translation>{species}: {used} гарц холбоот талбайг холбоно; {bad} нь тохиромжгүй (эсвэл тодорхойгүй) тул юуг ч холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="326" />
            <source>Input fields {fields} are replaced by the algorithm's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг алгоритмын ижил нэртэй талбарууд орлоно.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="684" />
            <source>{species}: effective mesh size {lo:.1f} to {hi:.1f} km² over {n} units.</source>
            <translation>{species}: {n} нэгжид холбоот талбайн үр дүнтэй хэмжээ {lo:.1f}–{hi:.1f} км².</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="697" />
            <source>Effective mesh size per unit and species</source>
            <translation>Нэгж ба зүйл тус бүрийн холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="589" />
            <source>What the numbers mean</source>
            <translation>Тоонуудын утга</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="700" />
            <source>The effective mesh size m_eff is the size of the area an animal placed at random in the unit can reach without crossing a barrier (km²). CBC (Moser 2007) counts each mesh with its whole area, also beyond the unit; CUT (Jaeger 2000) cuts the meshes at the unit's boundary. s_eff = 1000 / m_eff is the number of meshes per 1000 km² (the EEA indicator).</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ m_eff нь нэгжид санамсаргүй байрлуулсан амьтан саад давалгүйгээр хүрч чадах талбайн хэмжээ (км²). CBC (Moser 2007) холбоот талбай бүрийг нэгжээс гадна хэсгийг оролцуулан бүх талбайгаар нь тоолно; CUT (Jaeger 2000) холбоот талбайг нэгжийн хилээр тасална. s_eff = 1000 / m_eff нь 1000 км² тутамд ногдох холбоот талбайн тоо (EEA-гийн үзүүлэлт).</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="608" />
            <source>Joins, near misses and unknown data</source>
            <translation>Холболт, ойрын алдалт ба тодорхойгүй өгөгдөл</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="721" />
            <source>Reporting units '{layer}': {count} units, {km2:.1f} km² (areas on the WGS84 ellipsoid).</source>
            <translation>'{layer}' тайлангийн нэгжүүд: {count} нэгж, {km2:.1f} км² (талбай нь WGS84 эллипсоид дээр).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="752" />
            <source>No near misses: no line end lies within {near} m of another line without being joined.</source>
            <translation>Ойрын алдалт алга: холбогдоогүй атлаа өөр шугамаас {near} м дотор байгаа шугамын үзүүр байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="763" />
            <source>Fence segments of unknown verdict per species: {counts}.</source>
            <translation>Зүйл тус бүрийн дүгнэлт нь тодорхойгүй хашааны хэсэг: {counts}.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>Unit (feature id)</source>
            <translation>Нэгж (объектын дугаар)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>m_eff CBC (km²)</source>
            <translation>m_eff CBC (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>m_eff CUT (km²)</source>
            <translation>m_eff CUT (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>m_eff after (km²)</source>
            <translation>m_eff дараа (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>Loss %</source>
            <translation>Алдагдал %</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="93" />
            <source>Meshes</source>
            <translation>Холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="799" />
            <source>Barrier (km)</source>
            <translation>Саад (км)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="747" />
            <source>The map could not be drawn.</source>
            <translation>Зургийг зурж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="832" />
            <source>Effective mesh size: CBC sum(a_inside x a_complete) / A_unit, CUT sum(a_i²) / A_unit; s_eff = 1000 / m_eff.</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ: CBC Σ(a_inside × a_complete) / A_unit, CUT Σ(a_i²) / A_unit; s_eff = 1000 / m_eff.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="841" />
            <source>With a traffic field, roads of at least {vpd:g} vehicles a day and roads of unknown traffic cut; without it every road cuts.</source>
            <translation>Хөдөлгөөний талбартай бол хоногт {vpd:g}-аас доошгүй тээврийн хэрэгсэлтэй болон хөдөлгөөн нь тодорхойгүй зам хуваана; талбаргүй бол бүх зам хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="850" />
            <source>Fence segments cut where the fence audit's verdict is barrier or unknown.</source>
            <translation>Хашааны үнэлгээний дүгнэлт саад эсвэл тодорхойгүй бол хашааны хэсэг хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="850" />
            <source>Fence segments cut where the fence audit's verdict is barrier.</source>
            <translation>Хашааны үнэлгээний дүгнэлт саад бол хашааны хэсэг хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="858" />
            <source>A crossing suitable for the species (the crossing spacing check's rules) within {snap:g} m of a cutting line joins the meshes on both sides of the nearest cutting line.</source>
            <translation>Хуваагч шугамаас {snap:g} м дотор байгаа, зүйлд тохиромжтой гарц (гарц хоорондын зайн шалгалтын дүрмээр) хамгийн ойрын хуваагч шугамын хоёр талын холбоот талбайг холбоно.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="868" />
            <source>Line ends within {tol:g} m of another line or the region's edge are joined (digitising gaps); a line with a free end splits nothing.</source>
            <translation>Өөр шугам эсвэл нутгийн хязгаараас {tol:g} м дотор байгаа шугамын үзүүрийг холбоно (зурах үеийн завсар); чөлөөтэй үзүүртэй шугам юуг ч хуваахгүй.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="427" />
            <source>Road traffic barriers</source>
            <translation>Авто замын хөдөлгөөний саад</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="81" />
            <source>Roads (lines)</source>
            <translation>Авто замууд (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="86" />
            <source>Traffic field (vehicles a day, AADT)</source>
            <translation>Хөдөлгөөний талбар (тээврийн хэрэгсэл/хоног, AADT)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="99" />
            <source>Year of the traffic counts (base year)</source>
            <translation>Хөдөлгөөн тоолсон он (суурь он)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="109" />
            <source>Traffic growth field (% a year, optional)</source>
            <translation>Хөдөлгөөний өсөлтийн талбар (жилд %, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="117" />
            <source>Traffic growth rate (% a year, optional; for roads without their own)</source>
            <translation>Хөдөлгөөний өсөлтийн хувь (жилд %, заавал биш; өөрийн утгагүй замуудад)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="127" />
            <source>Target year (optional; without it the base year's traffic is assessed)</source>
            <translation>Зорилтот он (заавал биш; үгүй бол суурь оны хөдөлгөөнийг үнэлнэ)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="464" />
            <source>Roads by traffic band</source>
            <translation>Хөдөлгөөний ангиллаар авто замууд</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="419" />
            <source>Kilometres per traffic band</source>
            <translation>Хөдөлгөөний ангилал бүрийн километр</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="151" />
            <source>Reporting units (polygons, optional)</source>
            <translation>Тайлангийн нэгжүүд (полигон, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="205" />
            <source>Choose the traffic field (TRAFFIC_FIELD, vehicles a day).</source>
            <translation>Хөдөлгөөний талбарыг (TRAFFIC_FIELD, тээврийн хэрэгсэл/хоног) сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="211" />
            <source>A target year without a growth rate or growth field: the traffic is assessed as it was counted.</source>
            <translation>Зорилтот он өгсөн ч өсөлтийн хувь эсвэл өсөлтийн талбар алга: хөдөлгөөнийг тоолсноор нь үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="264" />
            <source>{count} roads have no geometry; they are kept with length 0.</source>
            <translation>{count} замд геометр алга; тэдгээрийг 0 урттайгаар хадгална.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="394" />
            <source>{count} roads: {parts}.</source>
            <translation>{count} зам: {parts}.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="401" />
            <source>{count} roads have no usable traffic value; their band is unknown (never low).</source>
            <translation>{count} замд ашиглах боломжтой хөдөлгөөний утга алга; ангилал нь тодорхойгүй (хэзээ ч бага биш).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="410" />
            <source>Reporting unit (feature id)</source>
            <translation>Тайлангийн нэгж (объектын дугаар)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="410" />
            <source>{band} (km)</source>
            <translation>{band} (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="410" />
            <source>Total (km)</source>
            <translation>Нийт (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="410" />
            <source>Above the CAMI threshold (km)</source>
            <translation>CAMI-гийн босгоос дээш (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="470" />
            <source>all roads</source>
            <translation>бүх зам</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="422" />
            <source>Layer '{layer}': {count} roads (lengths on the WGS84 ellipsoid).</source>
            <translation>'{layer}' давхарга: {count} зам (урт нь WGS84 эллипсоид дээр).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="486" />
            <source>{band} from {value:g}</source>
            <translation>{band} {value:g}-аас</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="494" />
            <source>Traffic bands (vehicles a day, each from its lower limit): {limits}.</source>
            <translation>Хөдөлгөөний ангилал (тээврийн хэрэгсэл/хоног, тус бүр доод хязгаараасаа): {limits}.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="502" />
            <source>Roads above {value:g} vehicles a day are high volume (the map CAMI asks for).</source>
            <translation>Хоногт {value:g}-аас олон тээврийн хэрэгсэлтэй зам их ачаалалтай (CAMI-гийн шаардсан зураг).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="510" />
            <source>Chance of a gap of {gap:g} s between vehicles: exp(-q x {gap:g} / 3600) with q vehicles an hour, at the mean hour (AADT / 24).</source>
            <translation>Тээврийн хэрэгслийн хооронд {gap:g} с зай гарах магадлал: exp(-q x {gap:g} / 3600), q нь цагийн тээврийн хэрэгсэл, дундаж цагт (AADT / 24).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="519" />
            <source>The peak hour carries {pct:g} % of the day's traffic.</source>
            <translation>Оргил цагт хоногийн хөдөлгөөний {pct:g} % өнгөрнө.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="94" />
            <source>Check fence inventory</source>
            <translation>Хашааны тооллогыг шалгах</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="103" />
            <source>{field} field</source>
            <translation>{field} талбар</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="128" />
            <source>Roads or railways (lines, optional: crossings near them are not far)</source>
            <translation>Авто зам эсвэл төмөр зам (шугам, заавал биш: тэдгээрийн ойролцоох гарц хол биш)</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="139" />
            <source>Inventory issues (one point per problem)</source>
            <translation>Тооллогын асуудал (асуудал бүрт нэг цэг)</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="309" />
            <source>No problems found in '{layer}'.</source>
            <translation>'{layer}'-д асуудал олдсонгүй.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="311" />
            <source>{count} × {code} ({severity})</source>
            <translation>{count} × {code} ({severity})</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="317" />
            <source>{species}: the audit can judge {ok:.1f} km of {total:.1f} km; {unknown:.1f} km unknown.</source>
            <translation>{species}: үнэлгээ {total:.1f} км-ээс {ok:.1f} км-ийг дүгнэж чадна; {unknown:.1f} км тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="352" />
            <source>Problems</source>
            <translation>Асуудал</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="395" />
            <source>Severity</source>
            <translation>Ноцтой байдал</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="352" />
            <source>Count</source>
            <translation>Тоо</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="352" />
            <source>No problems found.</source>
            <translation>Асуудал олдсонгүй.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="372" />
            <source>How much each species' audit can judge</source>
            <translation>Төрөл зүйл тус бүрийн үнэлгээ хэр их хэсгийг дүгнэж чадах вэ</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="372" />
            <source>Judgeable (km)</source>
            <translation>Дүгнэж болох (км)</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="372" />
            <source>Unknown (km)</source>
            <translation>Тодорхойгүй (км)</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="372" />
            <source>Judgeable %</source>
            <translation>Дүгнэж болох %</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="396" />
            <source>Issues</source>
            <translation>Асуудлууд</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="879" />
            <source>Layer</source>
            <translation>Давхарга</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="395" />
            <source>Message</source>
            <translation>Мессеж</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="345" />
            <source>Fence inventory check</source>
            <translation>Хашааны тооллогын шалгалт</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="402" />
            <source>Section ends closer than {tol} m are joined; ends farther but within the near-miss reach are reported as gaps or near misses.</source>
            <translation>{tol} м-ээс ойр хэсгийн төгсгөлүүдийг холбоно; үүнээс хол боловч ойролцоо зайд байгаа төгсгөлийг завсар эсвэл бараг холбогдоогүй гэж мэдээлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="411" />
            <source>Sections within {value} m of each other all along are duplicates.</source>
            <translation>Бүх уртаараа бие биеэсээ {value} м дотор байгаа хэсгүүд давхардсан.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="411" />
            <source>Openings longer than {value} m are reported.</source>
            <translation>{value} м-ээс урт нээлтийг мэдээлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="411" />
            <source>Crossings farther than {value} m from every fence and route are reported.</source>
            <translation>Бүх хашаа, замаас {value} м-ээс хол гарцыг мэдээлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="411" />
            <source>Heights below {value} cm look like metres.</source>
            <translation>{value} см-ээс бага өндөр метр мэт харагдана.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="83" />
            <source>Fence inventory: fences</source>
            <translation>Хашааны тооллого: хашаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="84" />
            <source>Fence inventory: crossing structures</source>
            <translation>Хашааны тооллого: гарц гармын байгууламж</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="85" />
            <source>Fence inventory: survey areas</source>
            <translation>Хашааны тооллого: судалгааны талбай</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="88" />
            <source>One line per fence section in the Nuudel fence data model (fence type, top wire, bottom wire and gap between the top two wires in centimetres, barbed wires), with who surveyed it when, a photo, the side of the road or railway, the owner and the status. Checked by nuudel:checkfenceinventory, judged by nuudel:fencepermeabilityaudit.</source>
            <translation>Nuudel-ийн хашааны өгөгдлийн загвараар хашааны хэсэг бүрт нэг шугам (хашааны төрөл, дээд утас, доод утас, дээд хоёр утасны хоорондын зай сантиметрээр, өргөст утас), хэн хэзээ судалсан, зураг, авто зам эсвэл төмөр замын аль тал, эзэмшигч, төлөв. nuudel:checkfenceinventory шалгаж, nuudel:fencepermeabilityaudit үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="95" />
            <source>One point per crossing structure (underpass, overpass, bridge, culvert, level crossing, opening) with its clear width, clear height and length in metres, as nuudel:crossingspacingcheck reads them.</source>
            <translation>Гарц гармын байгууламж бүрт нэг цэг (доогуур гарц, дээгүүр гарц, гүүр, ус өнгөрүүлэх хоолой, нэг түвшний огтлолцол, нээлт), цэвэр өргөн, цэвэр өндөр, уртыг метрээр, nuudel:crossingspacingcheck уншдаг хэлбэрээр.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="100" />
            <source>The areas a field team surveyed, with the date and the surveyor: fences outside them were not looked for.</source>
            <translation>Хээрийн баг судалсан талбай, огноо, судлаачийн хамт: эдгээрээс гадна хашааг хайгаагүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="106" />
            <source>Name</source>
            <translation>Нэр</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="107" />
            <source>Fence type</source>
            <translation>Хашааны төрөл</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="108" />
            <source>Top wire above ground (cm)</source>
            <translation>Дээд утасны газраас дээших өндөр (см)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="109" />
            <source>Bottom wire above ground (cm)</source>
            <translation>Доод утасны газраас дээших өндөр (см)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="110" />
            <source>Gap between the top two wires (cm)</source>
            <translation>Дээд хоёр утасны хоорондын зай (см)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="111" />
            <source>Barbed wires</source>
            <translation>Өргөст утас</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="112" />
            <source>Survey date</source>
            <translation>Судалгааны огноо</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="113" />
            <source>Surveyor</source>
            <translation>Судлаач</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="114" />
            <source>Photo</source>
            <translation>Зураг</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="115" />
            <source>Side</source>
            <translation>Тал</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="116" />
            <source>Owner</source>
            <translation>Эзэмшигч</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="118" />
            <source>Notes</source>
            <translation>Тэмдэглэл</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="119" />
            <source>Crossing type</source>
            <translation>Гарцын төрөл</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="120" />
            <source>Clear width (m)</source>
            <translation>Цэвэр өргөн (м)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="121" />
            <source>Clear height (m)</source>
            <translation>Цэвэр өндөр (м)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="122" />
            <source>Length (m, the distance an animal walks through)</source>
            <translation>Урт (м, амьтны дундуур нь алхах зай)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="134" />
            <source>no barbed wire</source>
            <translation>өргөст утасгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="135" />
            <source>top wire barbed</source>
            <translation>дээд утас өргөст</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="136" />
            <source>bottom wire barbed</source>
            <translation>доод утас өргөст</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="137" />
            <source>all wires barbed</source>
            <translation>бүх утас өргөст</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="140" />
            <source>left of the road or railway</source>
            <translation>замын зүүн талд</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="141" />
            <source>right of the road or railway</source>
            <translation>замын баруун талд</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="142" />
            <source>single fence</source>
            <translation>ганц хашаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="145" />
            <source>existing</source>
            <translation>одоо байгаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="146" />
            <source>planned</source>
            <translation>төлөвлөсөн</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="147" />
            <source>removed</source>
            <translation>буулгасан</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="148" />
            <source>modified (made wildlife-friendly)</source>
            <translation>өөрчилсөн (зэрлэг амьтдад ээлтэй болгосон)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="160" />
            <source>Fence</source>
            <translation>Хашаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="160" />
            <source>Wires (cm)</source>
            <translation>Утас (см)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="170" />
            <source>Survey</source>
            <translation>Судалгаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="165" />
            <source>Crossing structure</source>
            <translation>Гарц гармын байгууламж</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="165" />
            <source>Clear size (m)</source>
            <translation>Цэвэр хэмжээ (м)</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="187" />
            <source>{rule}: between {lo} and {hi}</source>
            <translation>{rule}: {lo}-аас {hi}-ийн хооронд</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="188" />
            <source>error</source>
            <translation>алдаа</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory.py" line="188" />
            <source>warning</source>
            <translation>анхааруулга</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="30" />
            <source>Feature {fid} has no geometry.</source>
            <translation>{fid} объектод геометр алга.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="31" />
            <source>Feature {fid} has zero length (fewer than two distinct points).</source>
            <translation>{fid} объектын урт тэг (ялгаатай хоёроос цөөн цэгтэй).</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="32" />
            <source>Feature {fid} is not a valid line.</source>
            <translation>{fid} объект зөв шугам биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="33" />
            <source>Feature {fid} crosses itself.</source>
            <translation>{fid} объект өөрийгөө огтолж байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="34" />
            <source>Gap of {distance} m between the ends of sections {fid} and {other}: a digitising miss, or a real opening to record as fence_type = opening?</source>
            <translation>{fid} ба {other} хэсгийн төгсгөлийн хооронд {distance} м завсар: зурах үеийн алдаа юу, эсвэл fence_type = opening гэж бүртгэх бодит нээлт үү?</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="38" />
            <source>The end of section {fid} stops {distance} m short of section {other}.</source>
            <translation>{fid} хэсгийн төгсгөл {other} хэсэгт {distance} м хүрэхгүй зогсож байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="39" />
            <source>Sections {fid} and {other} are the same line ({length} m): digitised twice, or both sides of a road on one line?</source>
            <translation>{fid} ба {other} хэсэг нэг ижил шугам ({length} м): хоёр удаа зурсан уу, эсвэл замын хоёр талыг нэг шугамаар зурсан уу?</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="43" />
            <source>Sections {fid} and {other} lie on each other over {length} m.</source>
            <translation>{fid} ба {other} хэсэг {length} м-т давхцаж байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="44" />
            <source>Feature {fid}: fence_type is empty; the audit cannot judge it.</source>
            <translation>{fid} объект: fence_type хоосон; үнэлгээ дүгнэж чадахгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="45" />
            <source>Feature {fid}: fence_type '{value}' is not in the data model ({known}).</source>
            <translation>{fid} объект: fence_type '{value}' өгөгдлийн загварт алга ({known}).</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="46" />
            <source>Feature {fid}: {field} = {value} cm is physically impossible (outside {lo} to {hi} cm).</source>
            <translation>{fid} объект: {field} = {value} см бодитоор боломжгүй ({lo}-{hi} см-ийн гадна).</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="49" />
            <source>Feature {fid}: {field} = {value} looks like metres in a centimetre field.</source>
            <translation>{fid} объект: {field} = {value} нь сантиметрийн талбарт метрээр бичсэн мэт.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="50" />
            <source>Feature {fid}: the bottom wire ({bottom} cm) is not below the top wire ({height} cm).</source>
            <translation>{fid} объект: доод утас ({bottom} см) дээд утаснаас ({height} см) доор биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="53" />
            <source>Feature {fid}: barbed = '{value}' is not none, top, bottom, all or a boolean.</source>
            <translation>{fid} объект: barbed = '{value}' нь none, top, bottom, all эсвэл логик утга биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="56" />
            <source>Feature {fid}: {fields} empty; the audit rates {modes} unknown.</source>
            <translation>{fid} объект: {fields} хоосон; үнэлгээ {modes}-д тодорхойгүй гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="57" />
            <source>Opening {fid} is {length} m long (more than {limit} m): a gap in the survey or a missing section?</source>
            <translation>{fid} нээлт {length} м урт ({limit} м-ээс их): судалгааны завсар уу, эсвэл дутуу хэсэг үү?</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="61" />
            <source>Crossing {fid} lies {distance} m from the nearest fence or route (more than {limit} m).</source>
            <translation>{fid} гарц хамгийн ойрын хашаа эсвэл замаас {distance} м зайтай ({limit} м-ээс их).</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="86" />
            <source>crawlers</source>
            <translation>доогуур нь мөлхөж гардаг зүйлүүд</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="86" />
            <source>jumpers</source>
            <translation>дээгүүр нь үсэрч гардаг зүйлүүд</translation>
        </message>
        <message>
            <location filename="../processing/core/inventory_check.py" line="86" />
            <source>openings-needers</source>
            <translation>нээлт хэрэгтэй амьтад</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="84" />
            <source>OSM mapping {file}, key '{key}': {problem}</source>
            <translation>OSM харгалзуулалт {file}, түлхүүр '{key}': {problem}</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="96" />
            <source>fence_type must be one of {values} or null, not '{value}'.</source>
            <translation>fence_type нь {values}-ийн нэг эсвэл null байх ёстой, '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="105" />
            <source>barbed must be one of {values} or null, not '{value}'.</source>
            <translation>barbed нь {values}-ийн нэг эсвэл null байх ёстой, '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="118" />
            <source>status must be 'verified' or 'provisional'.</source>
            <translation>status нь 'verified' эсвэл 'provisional' байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="130" />
            <source>missing; add it (see the shipped file).</source>
            <translation>алга; нэмнэ үү (залгаастай хамт ирсэн файлыг үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="133" />
            <source>'{value}' has no table under 'keys'.</source>
            <translation>'{value}'-д 'keys' дотор хүснэгт алга.</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="169" />
            <source>Cannot read the OSM mapping {file}: {error}</source>
            <translation>OSM харгалзуулалт {file}-ийг уншиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="175" />
            <source>OSM mapping {file}, line {line}: not valid JSON ({error}).</source>
            <translation>OSM харгалзуулалт {file}, мөр {line}: JSON буруу ({error}).</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="213" />
            <source>{key}={value} not in the mapping</source>
            <translation>{key}={value} харгалзуулалтад алга</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="231" />
            <source>gate at node {id} (closed or access not mapped)</source>
            <translation>{id} зангилаанд хаалга (хаалттай эсвэл нэвтрэх эрх тэмдэглээгүй)</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="233" />
            <source>open gate at node {id}, {width} m wide: cut out as an opening</source>
            <translation>{id} зангилаанд {width} м өргөн нээлттэй хаалга: нээлт болгон таслав</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="235" />
            <source>open gate at node {id}, width not mapped: not cut out</source>
            <translation>{id} зангилаанд нээлттэй хаалга, өргөн тэмдэглээгүй: таслаагүй</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="249" />
            <source>gate mapped as a line, closed or access not mapped: fence type unknown</source>
            <translation>хаалгыг шугамаар зурсан, хаалттай эсвэл нэвтрэх эрх тэмдэглээгүй: хашааны төрөл тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="256" />
            <source>height '{value}' not readable</source>
            <translation>өндөр '{value}'-ийг уншиж болохгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="265" />
            <source>other OSM tags: {tags}</source>
            <translation>бусад OSM шошго: {tags}</translation>
        </message>
        <message>
            <location filename="../processing/core/osm.py" line="412" />
            <source>open gate at node {id}, {width} m wide (access allows passage)</source>
            <translation>{id} зангилаанд {width} м өргөн нээлттэй хаалга (нэвтрэхийг зөвшөөрсөн)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="89" />
            <source>Create fence inventory</source>
            <translation>Хашааны тооллого үүсгэх</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="93" />
            <source>CRS of the inventory (default EPSG:4326)</source>
            <translation>Тооллогын координатын систем (анхдагч EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="101" />
            <source>Language of the form labels</source>
            <translation>Маягтын бичвэрийн хэл</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="101" />
            <source>English</source>
            <translation>Англи</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="101" />
            <source>Mongolian</source>
            <translation>Монгол</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="101" />
            <source>Mongolian and English</source>
            <translation>Монгол ба англи</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="110" />
            <source>Fence inventory (new GeoPackage)</source>
            <translation>Хашааны тооллого (шинэ GeoPackage)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="110" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="117" />
            <source>QGIS project for QField (optional, .qgz beside the GeoPackage)</source>
            <translation>QField-д зориулсан QGIS төсөл (заавал биш, GeoPackage-ийн хажууд .qgz)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="117" />
            <source>QGIS project (*.qgz)</source>
            <translation>QGIS төсөл (*.qgz)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="126" />
            <source>Survey areas</source>
            <translation>Судалгааны талбай</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="161" />
            <source>Choose where to write the fence inventory (OUTPUT).</source>
            <translation>Хашааны тооллогыг хаана бичихийг сонгоно уу (OUTPUT).</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="165" />
            <source>{path} exists already: the inventory is created in a new GeoPackage. Choose another file name.</source>
            <translation>{path} аль хэдийн байна: тооллогыг шинэ GeoPackage-д үүсгэнэ. Өөр файлын нэр сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="178" />
            <source>The CRS of the inventory is not valid; choose one, e.g. EPSG:4326.</source>
            <translation>Тооллогын координатын систем буруу; нэгийг сонгоно уу, жишээ нь EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="210" />
            <source>Could not write layer {layer} to {path}: {error}</source>
            <translation>{layer} давхаргыг {path}-д бичиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="230" />
            <source>Species profile: {name}, version {version}.</source>
            <translation>Төрөл зүйлийн профайл: {name}, хувилбар {version}.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="251" />
            <source>Fill in who owns the survey data and how it may be shared.</source>
            <translation>Судалгааны өгөгдлийг хэн эзэмших, хэрхэн хуваалцаж болохыг бөглөнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="252" />
            <source>Fill in: the surveying organisation</source>
            <translation>Бөглөнө үү: судалгаа хийсэн байгууллага</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="266" />
            <source>Could not open layer {layer} of {path}.</source>
            <translation>{path}-ийн {layer} давхаргыг нээж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="275" />
            <source>Could not store the form of layer {layer}: {error}</source>
            <translation>{layer} давхаргын маягтыг хадгалж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="357" />
            <source>Fence inventory</source>
            <translation>Хашааны тооллого</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="367" />
            <source>Could not write the project {path}: {error}</source>
            <translation>{path} төслийг бичиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="387" />
            <source>Fence inventory written to {path}: layers {layers}, each with its form and map style as default style and its metadata.</source>
            <translation>Хашааны тооллогыг {path}-д бичлээ: {layers} давхарга, тус бүр маягт, газрын зургийн хэв маягаа анхдагч хэв маяг болгож, мета өгөгдөлтэй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="394" />
            <source>Value ranges from the profile: {ranges}.</source>
            <translation>Профайлаас авсан утгын муж: {ranges}.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="402" />
            <source>Project for QField written to {path}.</source>
            <translation>QField-д зориулсан төслийг {path}-д бичлээ.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="189" />
            <source>no barrier tag (roads, rivers, other lines)</source>
            <translation>barrier шошгогүй (зам, гол, бусад шугам)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="190" />
            <source>barrier={value}, not a fence in the mapping</source>
            <translation>barrier={value}, харгалзуулалтад хашаа биш</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="73" />
            <source>Import fences from OpenStreetMap</source>
            <translation>OpenStreetMap-аас хашаа импортлох</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="76" />
            <source>OSM extract (.osm / .pbf) or OSM line layer with other_tags</source>
            <translation>OSM хэсэг (.osm / .pbf) эсвэл other_tags-тай OSM шугамын давхарга</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="83" />
            <source>Tag mapping (JSON, optional; default: shipped mapping)</source>
            <translation>Шошгоны харгалзуулалт (JSON, заавал биш; анхдагч: залгаастай хамт ирсэн)</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="91" />
            <source>Fences (fence data model)</source>
            <translation>Хашаа (хашааны өгөгдлийн загвар)</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="145" />
            <source>Layer '{layer}' has no OSM tags: it needs an other_tags column (GDAL's OSM driver) or tag columns such as barrier and fence_type. Its fields are: {fields}.</source>
            <translation>'{layer}' давхаргад OSM шошго алга: other_tags багана (GDAL-ийн OSM драйвер) эсвэл barrier, fence_type зэрэг шошгоны багана хэрэгтэй. Түүний талбарууд: {fields}.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="185" />
            <source>The points of {file} could not be read: gate nodes are not looked for.</source>
            <translation>{file}-ийн цэгүүдийг уншиж чадсангүй: хаалганы зангилааг хайхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="236" />
            <source>{count} of {total} lines of '{layer}' are fences, walls, hedges or gates and were imported.</source>
            <translation>'{layer}'-ийн {total} шугамаас {count} нь хашаа, хана, бут хашаа эсвэл хаалга бөгөөд импортлогдов.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="243" />
            <source>{count} lines not imported: {what}.</source>
            <translation>{count} шугамыг импортлоогүй: {what}.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="249" />
            <source>{count} fences have no fence type OSM could tell (barrier=fence without fence_type, wood, metal, closed gates): the audit rates them unknown.</source>
            <translation>{count} хашааны төрлийг OSM-оос мэдэх боломжгүй (fence_type-гүй barrier=fence, мод, төмөр, хаалттай хаалга): үнэлгээ тэдгээрийг тодорхойгүй гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="249" />
            <source>{count} fences carry tag values not in the mapping (see notes).</source>
            <translation>{count} хашаанд харгалзуулалтад байхгүй шошгоны утга байна (тэмдэглэлийг үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="249" />
            <source>{count} height values could not be read (see notes).</source>
            <translation>{count} өндрийн утгыг уншиж чадсангүй (тэмдэглэлийг үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="249" />
            <source>{count} gate nodes lie on the fences (named in notes).</source>
            <translation>{count} хаалганы зангилаа хашаан дээр байна (тэмдэглэлд нэрлэсэн).</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="249" />
            <source>{count} open gates of known width were cut out of their fences as openings.</source>
            <translation>Өргөн нь мэдэгдэх {count} нээлттэй хаалгыг хашаанаас нээлт болгон таслав.</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="271" />
            <source>OSM does not record the bottom wire or the gap between the top two wires: bottom_cm and top_gap_cm are empty, so the fence audit rates crawlers and jumpers unknown until they are surveyed.</source>
            <translation>OSM доод утас болон дээд хоёр утасны хоорондын зайг бүртгэдэггүй: bottom_cm, top_gap_cm хоосон тул судлах хүртэл хашааны үнэлгээ доогуур нь мөлхөж гардаг болон дээгүүр нь үсэрч гардаг зүйлүүдэд тодорхойгүй гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>collar</source>
            <translation>хүзүүвч</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>encounter</source>
            <translation>тааралдах</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>bounce</source>
            <translation>буцаж ойх</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>trace</source>
            <translation>дагаж явах</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="59" />
            <source>trapped</source>
            <translation>гацах</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="58" />
            <source>inventory</source>
            <translation>тооллого</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="74" />
            <source>check</source>
            <translation>шалгалт</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="74" />
            <source>gaps</source>
            <translation>завсар</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="74" />
            <source>duplicates</source>
            <translation>давхацсан</translation>
        </message>
        <message>
            <location filename="../processing/check_inventory.py" line="81" />
            <source>Problems in a fence inventory before the audit: gaps, duplicates, values.</source>
            <translation>Үнэлгээний өмнө хашааны тооллогын асуудлууд: завсар, давхацсан хэсэг, утга.</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="69" />
            <source>survey</source>
            <translation>хээрийн судалгаа</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="69" />
            <source>QField</source>
            <translation>QField</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="69" />
            <source>form</source>
            <translation>маягт</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="76" />
            <source>A new fence inventory GeoPackage with field forms for a survey team.</source>
            <translation>Хээрийн багт зориулсан маягт бүхий хашааны тооллогын шинэ GeoPackage.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="104" />
            <source>fragmentation</source>
            <translation>хуваагдал</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="104" />
            <source>effective mesh size</source>
            <translation>холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="104" />
            <source>landscape</source>
            <translation>газар нутаг</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="104" />
            <source>range</source>
            <translation>тархац нутаг</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="58" />
            <source>OpenStreetMap</source>
            <translation>OpenStreetMap</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="58" />
            <source>OSM</source>
            <translation>OSM</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="58" />
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <location filename="../processing/osm_fences.py" line="65" />
            <source>Fences from an OpenStreetMap extract in the fence data model.</source>
            <translation>OpenStreetMap-ийн хэсгээс авсан хашааг хашааны өгөгдлийн загварт оруулна.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="55" />
            <source>traffic</source>
            <translation>хөдөлгөөний ачаалал</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="55" />
            <source>AADT</source>
            <translation>ЖДХА</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="55" />
            <source>vehicles</source>
            <translation>тээврийн хэрэгсэл</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="62" />
            <source>Traffic barrier bands of roads from vehicles a day, now and in a target year.</source>
            <translation>Авто замын хөдөлгөөний ачааллын саадын ангилал, хоногт өнгөрөх тээврийн хэрэгслээр, одоо болон зорилтот онд.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="124" />
            <source>Join (ends joined)</source>
            <translation>Холболт (төгсгөлүүдийг холбосон)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="125" />
            <source>Near miss (not joined)</source>
            <translation>Холбогдох шахсан төгсгөл (холбоогүй)</translation>
        </message>
        <message>
            <location filename="../processing/fence_inventory.py" line="256" />
            <source>created by Nuudel (nuudel:createfenceinventory)</source>
            <translation>“Нүүдэл” залгаасаар үүсгэв (nuudel:createfenceinventory)</translation>
        </message>
        <message>
            <location filename="../processing/figures.py" line="103" />
            <source>Within the limit</source>
            <translation>Хязгаарын дотор</translation>
        </message>
        <message>
            <location filename="../processing/figures.py" line="104" />
            <source>Limit: {km} km</source>
            <translation>Хязгаар: {km} км</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="88" />
            <source>Inputs:</source>
            <translation>Оролт:</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="88" />
            <source>Outputs:</source>
            <translation>Гаралт:</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="405" />
            <source>The features within the distance, with all their fields.</source>
            <translation>Зайн доторх объектууд, бүх талбартайгаа.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="412" />
            <source>The GPS fixes of the collared animals (points), in any CRS.</source>
            <translation>Хүзүүвчтэй амьтдын GPS байршлууд (цэг), ямар ч координатын систем.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="418" />
            <source>The field with the animal's id: each animal's fixes form one track.</source>
            <translation>Амьтны дугаартай талбар: амьтан бүрийн байршлууд нэг мөр үүсгэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="431" />
            <source>The barriers the animals meet: fences, roads, railways (lines).</source>
            <translation>Амьтдын тулгардаг саадууд: хашаа, авто зам, төмөр зам (шугам).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="451" />
            <source>An event up to this long (hours) is a bounce or a quick cross.</source>
            <translation>Ийм хүртэл урт (цаг) тохиолдол нь ойх эсвэл хурдан гатлах болно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="457" />
            <source>An event longer than this (hours) is trapped.</source>
            <translation>Үүнээс урт (цаг) тохиолдол нь гацсан болно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="517" />
            <source>The roads to classify (lines), in any CRS.</source>
            <translation>Ангилах авто замууд (шугам), ямар ч координатын систем.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="526" />
            <source>The year the traffic was counted.</source>
            <translation>Хөдөлгөөнийг тоолсон он.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="527" />
            <source>Optional: a field with each road's traffic growth in % a year.</source>
            <translation>Заавал биш: зам бүрийн хөдөлгөөний жилийн өсөлт (%)-тэй талбар.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="533" />
            <source>Optional: the traffic growth in % a year for the roads without their own.</source>
            <translation>Заавал биш: өөрийн утгагүй замуудын хөдөлгөөний жилийн өсөлт (%).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="539" />
            <source>Optional: the traffic is grown to this year before it is classified.</source>
            <translation>Заавал биш: хөдөлгөөнийг ангилахаас өмнө энэ он хүртэл өсгөнө.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="570" />
            <source>The polygons to report on: aimags, soums, a grid or a study area.</source>
            <translation>Тайлагнах полигонууд: аймаг, сум, тор эсвэл судалгааны талбай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="624" />
            <source>A crossing farther than this from every cutting line joins nothing.</source>
            <translation>Бүх хуваагч шугамаас үүнээс хол байгаа гарц юуг ч холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="646" />
            <source>Whether fences of unknown verdict cut (on: the careful reading).</source>
            <translation>Дүгнэлт нь тодорхойгүй хашаа хуваах эсэх (асаалттай бол болгоомжтой тооцоо).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="705" />
            <source>The CRS of the new layers; EPSG:4326 is what a phone's GPS records.</source>
            <translation>Шинэ давхаргуудын координатын систем; утасны GPS EPSG:4326-аар бичдэг.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="747" />
            <source>The fence segments to check, one line per segment, in any CRS.</source>
            <translation>Шалгах хашааны хэсгүүд, хэсэг бүрт нэг шугам, ямар ч координатын систем.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="903" />
            <source>The proposed road or railway lines to screen.</source>
            <translation>Урьдчилан үнэлэх төлөвлөж буй авто зам эсвэл төмөр замын шугамууд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="917" />
            <source>The fence segments; those near the alignment are audited.</source>
            <translation>Хашааны хэсгүүд; трассын ойролцоох хэсгүүдийг үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="72" />
            <source>The profile's 'mitigation' section has no '{key}'; copy it from the shipped resources/profiles/species.json.</source>
            <translation>Профайлын 'mitigation' хэсэгт '{key}' алга; үүнийг суулгацын resources/profiles/species.json файлаас хуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="99" />
            <source>The profile's mitigation.unit_costs.types.{type} needs a 'value' (MNT) and 'per' (each or km).</source>
            <translation>Профайлын mitigation.unit_costs.types.{type} нь 'value' (төгрөг) ба 'per' (each эсвэл km) утгатай байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="126" />
            <source>SPECIES_WEIGHTS: '{part}' is not species:weight with a weight of zero or more (e.g. khulan:2,mgaz:1).</source>
            <translation>SPECIES_WEIGHTS: '{part}' нь тэг буюу түүнээс их жинтэй зүйл:жин хэлбэр биш байна (жишээ нь khulan:2,mgaz:1).</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="134" />
            <source>SPECIES_WEIGHTS: '{code}' is not one of the chosen species ({codes}).</source>
            <translation>SPECIES_WEIGHTS: '{code}' нь сонгосон зүйлүүдийн ({codes}) нэг биш байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="141" />
            <source>SPECIES_WEIGHTS gives every species the weight 0: nothing would count.</source>
            <translation>SPECIES_WEIGHTS бүх зүйлд 0 жин өгч байна: юу ч тооцогдохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="176" />
            <source>OPENING_SPACING must be a positive distance in km, not {value}.</source>
            <translation>OPENING_SPACING нь км-ээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="546" />
            <source>The profile's fence rules for crawlers have no bottom wire rule: a raised bottom wire cannot be judged.</source>
            <translation>Профайлын доогуур шургагч амьтдын хашааны дүрэмд доод утасны дүрэм алга: өндөрсгөсөн доод утсыг үнэлэх боломжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="155" />
            <source>Rank 1 to 10</source>
            <translation>1–10-р эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="156" />
            <source>Rank 11 to 50</source>
            <translation>11–50-р эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="157" />
            <source>Rank over 50</source>
            <translation>50-аас дээш эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="158" />
            <source>Not ranked</source>
            <translation>Эрэмбэлээгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="196" />
            <source>opening</source>
            <translation>хашааны нээлт</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="197" />
            <source>let-down section</source>
            <translation>буулгадаг хэсэг</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="198" />
            <source>fence removed</source>
            <translation>хашааг буулгасан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="199" />
            <source>bottom wire raised</source>
            <translation>доод утсыг өндөрсгөсөн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="200" />
            <source>smooth bottom wire</source>
            <translation>өргөсгүй доод утас</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="202" />
            <source>overpass</source>
            <translation>дээгүүр гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="209" />
            <source>ranked</source>
            <translation>эрэмбэлсэн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="210" />
            <source>type not one of opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove</source>
            <translation>төрөл нь opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove-ийн аль нь ч биш</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="214" />
            <source>cost not a number of zero or more</source>
            <translation>зардал нь тэг буюу түүнээс их тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="216" />
            <source>no cutting line near it: it joins nothing</source>
            <translation>ойролцоо нь огтлох шугам алга: юуг ч холбохгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="217" />
            <source>joins no meshes for the weighted species</source>
            <translation>жинтэй зүйлүүдэд холбоот талбай холбохгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="218" />
            <source>does not fit in what is left of the budget</source>
            <translation>төсвийн үлдэгдэлд багтахгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="219" />
            <source>gains, but beyond MAX_CANDIDATES</source>
            <translation>ашигтай боловч MAX_CANDIDATES-аас хэтэрсэн</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="76" />
            <source>Mitigation priorities: which fence fix or crossing gains the most</source>
            <translation>Сөрөг нөлөө бууруулах тэргүүлэх ач холбогдол: хашааны ямар засвар, гарц хамгийн их ашиг өгөх вэ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="102" />
            <source>Candidate fixes (points or lines, optional; empty: openings along the fences and the crossings a spacing check proposes)</source>
            <translation>Нэр дэвшигч засварууд (цэг эсвэл шугам, заавал биш; хоосон бол: хашааны дагуух нээлтүүд ба гарц хоорондын зайн шалгалтын санал болгосон гарцууд)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="113" />
            <source>Candidate type field (opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove)</source>
            <translation>Нэр дэвшигчийн төрлийн талбар (opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="126" />
            <source>Cost field (MNT, optional; empty: the profile's unit costs)</source>
            <translation>Зардлын талбар (төгрөг, заавал биш; хоосон бол: профайлын нэгж зардал)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="134" />
            <source>Opening spacing for generated candidates (km; empty: the profile's)</source>
            <translation>Үүсгэх нэр дэвшигчдийн нээлт хоорондын зай (км; хоосон бол: профайлынх)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="146" />
            <source>Species weights (e.g. khulan:2,mgaz:1; empty: equal)</source>
            <translation>Төрөл зүйлийн жин (заавал биш; хоосон бол бүгд тэнцүү; бичих хэлбэрийг тусламжаас үзнэ үү)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="153" />
            <source>Budget (MNT, optional)</source>
            <translation>Төсөв (төгрөг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="162" />
            <source>Most candidates to rank</source>
            <translation>Эрэмбэлэх нэр дэвшигчийн дээд тоо</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="91" />
            <source>Candidate fixes in rank order</source>
            <translation>Эрэмбийн дарааллаар нэр дэвшигч засварууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="283" />
            <source>{species}: {count} meshes before any fix.</source>
            <translation>{species}: засвар хийхээс өмнө {count} холбоот талбай.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="298" />
            <source>Generated candidates: {openings} openings every {km:g} km along the fences that cut, {crossings} crossings proposed by a spacing check of the roads that cut.</source>
            <translation>Үүсгэсэн нэр дэвшигчид: огтлох хашааны дагуу {km:g} км тутамд {openings} нээлт, огтлох замуудын гарц хоорондын зайн шалгалтын санал болгосон {crossings} гарц.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="322" />
            <source>No CANDIDATE_TYPE_FIELD: points are taken as underpasses and lines as let-down fence stretches.</source>
            <translation>CANDIDATE_TYPE_FIELD алга: цэгүүдийг доогуур гарц, шугамуудыг хашааны буулгадаг хэсэг гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="333" />
            <source>{count} candidates have a cost in {field} that is not a number of zero or more; they are not ranked.</source>
            <translation>{count} нэр дэвшигчийн {field} талбар дахь зардал тэг буюу түүнээс их тоо биш; тэдгээрийг эрэмбэлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="379" />
            <source>Species not named in SPECIES_WEIGHTS count 0: {codes}.</source>
            <translation>SPECIES_WEIGHTS-д нэрлээгүй зүйлүүд 0 жинтэй: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="431" />
            <source>Candidates: {counts}.</source>
            <translation>Нэр дэвшигчид: {counts}.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="441" />
            <source>{count} fixes ranked for {cost:,.0f} MNT reach {pct:.1f} % of the gain all candidates together would give.</source>
            <translation>{cost:,.0f} төгрөгийн эрэмбэлсэн {count} засвар нь бүх нэр дэвшигчийн хамтдаа өгөх ашгийн {pct:.1f} %-д хүрнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="452" />
            <source>No candidate gains anything: no fix joins meshes.</source>
            <translation>Ямар ч нэр дэвшигч ашиг өгөхгүй: ямар ч засвар холбоот талбай холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="555" />
            <source>{species}: joins meshes of {areas} km²</source>
            <translation>{species}: {areas} км² холбоот талбайнуудыг холбоно</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="578" />
            <source>Cumulative gain against cumulative cost</source>
            <translation>Хуримтлагдсан зардалдэй харьцуулсан хуримтлагдсан ашиг</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="579" />
            <source>The first {count} fixes</source>
            <translation>Эхний {count} засвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="584" />
            <source>What the budget buys</source>
            <translation>Төсвөөр юу хийж болох вэ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="588" />
            <source>Unit costs</source>
            <translation>Нэгж зардал</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="589" />
            <source>Gain: the increase of the landscape's total connected area, the sum over reporting units of m_eff × unit area (CBC, Moser 2007), given as km² of effective mesh size over the whole region; gain_total weights the species by SPECIES_WEIGHTS. Fixes are chosen one by one, the best gain per cost first, each after the ones before it are applied. cum_gain_pct is the share of the gain all candidates together would give. The unit costs are Nuudel placeholders: replace them with ministry unit costs in the profile or give COST_FIELD.</source>
            <translation>Ашиг: ландшафтын нийт холбоот талбайн өсөлт, тайлангийн нэгжүүдийн m_eff × нэгжийн талбайн нийлбэр (CBC, Moser 2007), бүх бүс нутгийн холбоот талбайн үр дүнтэй хэмжээний км²-аар; gain_total нь зүйлүүдийг SPECIES_WEIGHTS-ээр жинлэнэ. Засваруудыг нэг нэгээр, зардлын нэгжид ногдох ашиг хамгийн ихээс нь эхлэн, өмнөх засваруудыг хийсэн гэж үзэн сонгоно. cum_gain_pct нь бүх нэр дэвшигчийн хамтдаа өгөх ашгийн эзлэх хувь. Нэгж зардал нь Nuudel-ийн түр утга: профайлд яамны нэгж зардлаар солих эсвэл COST_FIELD өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="663" />
            <source>Fix</source>
            <translation>Засвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="663" />
            <source>Cost (MNT)</source>
            <translation>Зардал (төгрөг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="636" />
            <source>Gain (km²)</source>
            <translation>Ашиг (км²)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="636" />
            <source>Gains most for</source>
            <translation>Хамгийн их ашиг өгөх зүйл</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="636" />
            <source>Share of the possible gain %</source>
            <translation>Боломжит ашгийн эзлэх хувь %</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="652" />
            <source>each</source>
            <translation>ширхэг тутамд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="652" />
            <source>a km</source>
            <translation>км тутамд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="663" />
            <source>Per</source>
            <translation>Нэгж</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="663" />
            <source>Nuudel placeholders: replace them with ministry unit costs (a copy of the profile passed as PROFILE, or COST_FIELD).</source>
            <translation>Nuudel-ийн түр утга: яамны нэгж зардлаар солино уу (профайлын хуулбарыг PROFILE-д өгөх эсвэл COST_FIELD).</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="681" />
            <source>No budget given: the first {count} fixes cost {cost:,.0f} MNT and reach {pct:.1f} % of the possible gain.</source>
            <translation>Төсөв өгөөгүй: эхний {count} засвар {cost:,.0f} төгрөг бөгөөд боломжит ашгийн {pct:.1f} %-д хүрнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="685" />
            <source>A budget of {budget:,.0f} MNT buys the first {count} fixes ({cost:,.0f} MNT): {pct:.1f} % of the gain all candidates together would give.</source>
            <translation>{budget:,.0f} төгрөгийн төсвөөр эхний {count} засварыг ({cost:,.0f} төгрөг) хийж болно: бүх нэр дэвшигчийн хамтдаа өгөх ашгийн {pct:.1f} %.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="711" />
            <source>Reporting units</source>
            <translation>Тайлангийн нэгжүүд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="724" />
            <source>Lines that cut</source>
            <translation>Огтлох шугамууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="733" />
            <source>Fixes by rank</source>
            <translation>Эрэмбээрх засварууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="757" />
            <source>Unit costs per type of fix (MNT): Nuudel placeholders, replace with ministry unit costs.</source>
            <translation>Засварын төрөл тус бүрийн нэгж зардал (төгрөг): Nuudel-ийн түр утга, яамны нэгж зардлаар солино уу.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="757" />
            <source>Generated openings: one every OPENING_SPACING km along the fences that cut.</source>
            <translation>Үүсгэх нээлтүүд: огтлох хашааны дагуу OPENING_SPACING км тутамд нэг.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="757" />
            <source>A proposed underpass or overpass is judged as built to the profile's crossing minima.</source>
            <translation>Санал болгож буй доогуур эсвэл дээгүүр гарцыг профайлын гарцын доод хэмжээгээр барьсан гэж үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="757" />
            <source>A point candidate acts on the nearest cutting line within {m:g} m.</source>
            <translation>Цэгэн нэр дэвшигч нь {m:g} м дотор хамгийн ойр огтлох шугамд үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="757" />
            <source>A line candidate acts on the fence within {m:g} m of it.</source>
            <translation>Шугаман нэр дэвшигч нь өөрөөсөө {m:g} м дотор орших хашаанд үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="837" />
            <source>cumulative cost (MNT)</source>
            <translation>хуримтлагдсан зардал (төгрөг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="838" />
            <source>share of the possible gain (%)</source>
            <translation>боломжит ашгийн эзлэх хувь (%)</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="839" />
            <source>Optional budget in MNT: fixes are ranked until it is spent.</source>
            <translation>Төсөв, төгрөгөөр (заавал биш): төсөв дуустал засваруудыг эрэмбэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="845" />
            <source>How many fixes to rank at most.</source>
            <translation>Хамгийн ихдээ хэдэн засварыг эрэмбэлэх.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="439" />
            <source>Layer '{layer}': {n} features lie farther from the study area than their buffer and were left out.</source>
            <translation>'{layer}' давхарга: {n} объект судалгааны талбайгаас хамгаалалтын бүсийнхээ зайнаас хол оршиж байгаа тул тооцоонд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="816" />
            <source>No-go wins over caution; the three zones cover the study area exactly. Buffers are true metres (computed in a transverse Mercator CRS centred on the study area, each buffer scaled by the CRS's scale at its feature); areas and lengths are measured on the WGS 84 ellipsoid.</source>
            <translation>Хориглох бүс анхааралтай бүсээс давуу эрэмбэтэй; гурван бүс судалгааны талбайг давхцалгүй, бүрэн хамарна. Хамгаалалтын бүсийн зайг бодит метрээр (судалгааны талбайд төвлөрсөн хөндлөн Меркаторын координатын системд, бүс бүрийг объектынх нь цэг дэх масштабаар засч) тооцно; талбай, уртыг WGS 84 эллипсоид дээр хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="873" />
            <source>These features lie farther from the study area than their buffer: they cannot touch it and were left out.</source>
            <translation>Эдгээр объект судалгааны талбайгаас хамгаалалтын бүсийнхээ зайнаас хол оршдог: талбайд хүрэхгүй тул тооцоонд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="879" />
            <source>Features left out</source>
            <translation>Тооцоонд ороогүй объект</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="880" />
            <source>Features far outside the study area</source>
            <translation>Судалгааны талбайгаас хол орших объект</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="82" />
            <source>Fence audit: verdict per fence</source>
            <translation>Хашааны нэвтрүүлэх чадварын үнэлгээ: хашаа тус бүрийн дүгнэлт</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="82" />
            <source>Fence verdict</source>
            <translation>Хашааны дүгнэлт</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="83" />
            <source>Crossing spacing: gaps between crossings</source>
            <translation>Гарц хоорондын зайн шалгалт: гарц хоорондын завсар</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="83" />
            <source>Gaps between crossings</source>
            <translation>Гарц хоорондын завсар</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="84" />
            <source>Crossing spacing: proposed crossings</source>
            <translation>Гарц хоорондын зайн шалгалт: санал болгосон гарцууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="85" />
            <source>Crossing spacing: crossing structures</source>
            <translation>Гарц хоорондын зайн шалгалт: гарц гармын байгууламж</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="86" />
            <source>No-go mask: proposed alignment by zone</source>
            <translation>Хориглох бүсийн маск: бүсээр хуваагдсан трасс</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="87" />
            <source>No-go mask: zones</source>
            <translation>Хориглох бүсийн маск: бүсүүд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="88" />
            <source>Road traffic: roads by traffic band</source>
            <translation>Авто замын хөдөлгөөн: хөдөлгөөний ангиллаар авто замууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="88" />
            <source>Traffic band</source>
            <translation>Хөдөлгөөний ангилал</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="89" />
            <source>Landscape permeability: effective mesh size per unit</source>
            <translation>Газар нутгийн нэвтрүүлэх чадвар: тайлангийн нэгж бүрийн холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="89" />
            <source>Effective mesh size</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="93" />
            <source>Landscape permeability: meshes</source>
            <translation>Газар нутгийн нэвтрүүлэх чадвар: холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="94" />
            <source>Barrier behaviour: encounter events</source>
            <translation>Саадын дэргэдэх зан үйл: тулгарсан тохиолдлууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="95" />
            <source>Barrier behaviour: barriers by behaviour</source>
            <translation>Саадын дэргэдэх зан үйл: зан үйлээр ангилсан саадууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="95" />
            <source>Barrier index</source>
            <translation>Саадын индекс</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="97" />
            <source>Mitigation priorities: candidate fixes</source>
            <translation>Сөрөг нөлөө бууруулах тэргүүлэх ач холбогдол: нэр дэвшигч засварууд</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="249" />
            <source>route {page}</source>
            <translation>маршрут {page}</translation>
        </message>
        <message>
            <location filename="../processing/layouts.py" line="249" />
            <source>alignment {page}</source>
            <translation>трасс {page}</translation>
        </message>
        <message>
            <location filename="../processing/barrier_behaviour.py" line="67" />
            <source>Barrier behaviour of collared animals at fences and roads (BaBA): bounce, trace, trapped, cross.</source>
            <translation>Хүзүүвчтэй амьтдын хашаа, замын дэргэдэх зан төлөв (BaBA): буцаж ойх, дагаж явах, гацах, гарах.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="99" />
            <source>Spacing of suitable wildlife crossings along roads and railways; proposes new ones.</source>
            <translation>Авто зам, төмөр замын дагуух тохиромжтой зэрлэг амьтдын гарц хоорондын зай; шинэ гарц санал болгоно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="75" />
            <source>Judges each fence segment per species: permeable, conditional, barrier or unknown.</source>
            <translation>Хашааны хэсэг бүрийг төрөл зүйл тус бүрээр үнэлнэ: нэвтрүүлэх, нөхцөлтэй, саад эсвэл тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="111" />
            <source>Effective mesh size per species and reporting unit, before and after a planned alignment.</source>
            <translation>Төрөл зүйл, тайлангийн нэгж бүрийн холбоот талбайн үр дүнтэй хэмжээ, төлөвлөж буй трассын өмнө ба дараа.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="114" />
            <source>No-go, caution and suitable areas for a new road or railway, and the km of each option in them.</source>
            <translation>Шинэ авто зам, төмөр замд хориглох, анхааралтай, тохиромжтой бүс болон хувилбар бүрийн тэдгээрт орох км.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="21" />
            <source>The field with the kind of fence: strand, mesh, solid, electric, rail or opening (case does not matter).</source>
            <translation>Хашааны төрлийг агуулсан талбар: strand, mesh, solid, electric, rail эсвэл opening (том жижиг үсэг хамаагүй).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="29" />
            <source>The field with the height of the top wire above the ground. Set no field if the layer has none: the rules that need it give unknown.</source>
            <translation>Дээд утасны газраас дээших өндрийг агуулсан талбар. Давхаргад ийм талбар байхгүй бол хоосон үлдээнэ: түүнийг шаарддаг дүрмүүд тодорхойгүй гэсэн дүгнэлт өгнө.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="38" />
            <source>The field with the height of the bottom wire above the ground: gazelles and saiga crawl under it.</source>
            <translation>Доод утасны газраас дээших өндрийг агуулсан талбар: зээр, бөхөн доогуур нь мөлхөнө.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="46" />
            <source>The field with the gap between the top two wires: argali and ibex catch their legs in a narrow gap.</source>
            <translation>Дээд хоёр утасны хоорондох зайг агуулсан талбар: нарийн завсарт аргаль, янгирын хөл орооцолдоно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="54" />
            <source>The field saying which wires are barbed: none, top, bottom or all (true/false, yes/no and 1/0 are read too).</source>
            <translation>Аль утас нь өргөст утас болохыг заах талбар: none, top, bottom эсвэл all (true/false, yes/no, 1/0-г бас уншина).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="62" />
            <source>Whether the height fields are in centimetres or metres. A unit written in a value ("45 cm") wins.</source>
            <translation>Өндрийн талбарууд сантиметр эсвэл метрээр байгаа эсэх. Утгад бичсэн нэгж ("45 cm") давамгайлна.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="73" />
            <source>The field with the kind of structure: underpass, overpass, bridge, culvert, level or opening.</source>
            <translation>Байгууламжийн төрлийг агуулсан талбар: underpass, overpass, bridge, culvert, level эсвэл opening.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="89" />
            <source>The field with the length of the structure in metres: the distance an animal walks through it.</source>
            <translation>Байгууламжийн уртыг метрээр агуулсан талбар: амьтан дундуур нь явах зай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="98" />
            <source>Optional points where line ends were joined and where they nearly met (near misses), with the distance: check the digitising there.</source>
            <translation>Заавал биш цэгүүд: шугамын төгсгөлүүдийг холбосон болон холбогдох шахсан газрууд, зайтайгаа; тэнд зурсан байдлыг шалгана уу.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="107" />
            <source>Optional polygons to classify. Default: the extent of all inputs grown by the largest buffer.</source>
            <translation>Ангилах полигонууд (заавал биш). Анхдагч: бүх оролтын хүрээг хамгийн өргөн хамгаалалтын бүсээр тэлсэн талбай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="117" />
            <source>The species to judge for. Each output has a column per species; the overall verdict is the worst over the species chosen.</source>
            <translation>Үнэлэх төрөл зүйлүүд. Гаралт бүрт төрөл зүйл бүрийн багана бий; ерөнхий дүгнэлт нь сонгосон төрөл зүйлүүдийн хамгийн муу дүгнэлт.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="125" />
            <source>A JSON file replacing the shipped species profile (resources/profiles/species.json): same structure, your own thresholds and sources. Leave empty for the shipped profile.</source>
            <translation>Хавсаргасан төрөл зүйлийн профайлыг (resources/profiles/species.json) орлох JSON файл: бүтэц нь ижил, босго утга, эх сурвалж нь таных. Залгаастай хамт ирсэн профайлыг хэрэглэх бол хоосон үлдээнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="134" />
            <source>An HTML page for an EIA: a one-sentence conclusion, a map, a chart, the rules with their sources, and the parameters used.</source>
            <translation>БОНБҮ-д зориулсан HTML хуудас: нэг өгүүлбэр дүгнэлт, газрын зураг, график, эх сурвалжтай дүрмүүд, хэрэглэсэн параметрүүд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="147" />
            <source>The fence segments to judge, one line per segment, in any CRS. Lengths are measured on the WGS84 ellipsoid.</source>
            <translation>Үнэлэх хашааны хэсгүүд, хэсэг бүр нэг шугам, дурын координатын систем. Уртыг WGS84 эллипсоид дээр хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="156" />
            <source>Line ends closer than this (metres) are joined into one fence; empty: the profile's value.</source>
            <translation>Үүнээс ойр (метр) шугамын төгсгөлүүдийг нэг хашаа болгон холбоно; хоосон бол профайлын утга.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="165" />
            <source>The fence segments with every input field, a verdict per species (v_&lt;code&gt;), the worst verdict, the reasons and the length.</source>
            <translation>Оролтын бүх талбар, төрөл зүйл бүрийн дүгнэлт (v_&lt;код&gt;), хамгийн муу дүгнэлт, шалтгаан, урт бүхий хашааны хэсгүүд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="173" />
            <source>A table with one row per species: km per verdict, the barrier share and the longest unbroken barrier.</source>
            <translation>Төрөл зүйл бүрт нэг мөртэй хүснэгт: дүгнэлт тус бүрийн км, саадын эзлэх хувь, тасралтгүй хамгийн урт саад.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="184" />
            <source>The road or railway lines. Connected segments form routes; chainage runs along each route.</source>
            <translation>Авто зам эсвэл төмөр замын шугамууд. Холбогдсон хэсгүүд маршрут үүсгэнэ; километрийн тэмдэг маршрут бүрийн дагуу явна.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="192" />
            <source>Optional: segments with the same value form one route. Without it, connected segments are joined into routes.</source>
            <translation>Заавал биш: ижил утгатай хэсгүүд нэг маршрут болно. Үгүй бол холбогдсон хэсгүүдийг маршрут болгон нэгтгэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="200" />
            <source>The crossing structures (points): underpasses, overpasses, bridges, culverts, level crossings and openings.</source>
            <translation>Гарц гармын байгууламжууд (цэг): доогуур гарц, дээгүүр гарц, гүүр, ус өнгөрүүлэх хоолой, нэг түвшний огтлолцол, нээлт.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="212" />
            <source>Optional polygons, such as a migration range: the spacing rule applies only to the parts of the routes inside them.</source>
            <translation>Заавал биш полигонууд, жишээ нь нүүдлийн нутаг: зайн дүрэм зөвхөн тэдгээрийн доторх маршрутын хэсэгт үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="220" />
            <source>The largest allowed distance between suitable crossings. Leave empty to use each species' value from the profile.</source>
            <translation>Тохиромжтой гарцуудын хоорондох зөвшөөрөгдөх хамгийн их зай. Төрөл зүйл бүрийн профайлын утгыг хэрэглэх бол хоосон үлдээнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="228" />
            <source>A crossing farther than this from every route is reported as not on a route (unmatched).</source>
            <translation>Бүх маршрутаас үүнээс хол орших гарцыг маршрут дээр байхгүй (тохироогүй) гэж тэмдэглэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="240" />
            <source>Optional points: each route's chainage starts at its end nearest such a point (for example km 0 of the design).</source>
            <translation>Заавал биш цэгүүд: маршрут бүрийн километрийн тэмдэг ийм цэгт хамгийн ойр төгсгөлөөс нь эхэлнэ (жишээ нь зураг төслийн 0 км).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="249" />
            <source>The crossings with their suitability per species, the route and the chainage where they lie.</source>
            <translation>Төрөл зүйл бүрийн тохиромжтой эсэх, орших маршрут, километрийн тэмдэг бүхий гарцууд.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="257" />
            <source>The stretches between suitable crossings along each route, with their length and how far they exceed the limit.</source>
            <translation>Маршрут бүрийн дагуух тохиромжтой гарцуудын хоорондох хэсгүүд, урт болон хязгаараас хэр хэтэрснийг нь заасан.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="265" />
            <source>Points where new crossings would bring every gap within the limit, with the species each one serves.</source>
            <translation>Шинэ гарц барьвал бүх завсар хязгаартаа багтах цэгүүд, гарц бүр аль төрөл зүйлд үйлчлэхийг заасан.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="277" />
            <source>Layers where no road or railway may go: protected areas, calving grounds, critical habitat. Any geometry.</source>
            <translation>Авто зам, төмөр зам тавьж болохгүй давхаргууд: ТХГН, төллөх газар, амин чухал амьдрах орчин. Дурын геометр.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="289" />
            <source>Layers where a road or railway needs care: migration corridors, seasonal ranges. Any geometry.</source>
            <translation>Авто зам, төмөр зам тавихад болгоомжлох давхаргууд: нүүдлийн коридор, улирлын бэлчээр. Дурын геометр.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="301" />
            <source>The name of a field with each feature's own buffer in metres; where it is empty the layer's buffer applies.</source>
            <translation>Объект бүрийн өөрийн хамгаалалтын бүсийг метрээр агуулсан талбарын нэр; хоосон бол давхаргын хамгаалалтын бүс үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="309" />
            <source>Wells and springs (points). The Law on Water protects a zone around each.</source>
            <translation>Худаг, булаг (цэг). Усны тухай хууль тус бүрийн эргэн тойрны бүсийг хамгаална.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="316" />
            <source>No-go distance around each water source in metres (special protection zone, Law on Water art. 22.1).</source>
            <translation>Усны эх үүсвэр бүрийн эргэн тойрон дахь хориглох зай, метрээр (онцгой хамгаалалтын бүс, Усны тухай хуулийн 22.1 дүгээр зүйл).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="324" />
            <source>Caution distance around each water source in metres (ordinary protection zone, Law on Water art. 22.1).</source>
            <translation>Усны эх үүсвэр бүрийн эргэн тойрон дахь анхааралтай бүсийн зай, метрээр (энгийн хамгаалалтын бүс, Усны тухай хуулийн 22.1 дүгээр зүйл).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="332" />
            <source>Optional proposed road or railway lines: they are cut by zone and the km in each zone are reported.</source>
            <translation>Төлөвлөж буй авто зам эсвэл төмөр замын шугамууд (заавал биш): бүсээр хуваагдаж, бүс бүр дэх км-ийг тайлагнана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="340" />
            <source>The cell size of the cost raster in metres: smaller cells are more precise and slower.</source>
            <translation>Зардлын растерын нүдний хэмжээ, метрээр: жижиг нүд илүү нарийвчлалтай боловч удаан.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="348" />
            <source>The cost of crossing a caution cell, where a suitable cell costs 1 and a no-go cell cannot be crossed.</source>
            <translation>Анхааралтай нүдийг дайрах зардал; тохиромжтой нүдний зардал 1, хориглох нүдийг дайрч болохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="356" />
            <source>The no-go, caution and suitable zones; they cover the study area without overlaps and name the layers behind each zone.</source>
            <translation>Хориглох, анхааралтай бүс, тохиромжтой талбай; судалгааны талбайг давхцалгүй бүрхэж, бүс бүрийг үүсгэсэн давхаргуудыг нэрлэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="364" />
            <source>Optional GeoTIFF for least-cost routing: 1 in suitable cells, the caution cost in caution cells, no data in no-go cells.</source>
            <translation>Хамгийн бага зардлын трасс тооцох GeoTIFF (заавал биш): тохиромжтой нүдэнд 1, анхааралтай нүдэнд анхааралтай бүсийн зардал, хориглох нүдэнд өгөгдөлгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="372" />
            <source>The proposed alignment cut by zone, with the length in each zone and the layers behind it.</source>
            <translation>Бүсээр хуваасан төлөвлөж буй трасс, бүс бүр дэх урт, түүнийг үүсгэсэн давхаргуудтай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="383" />
            <source>The features to keep or leave out, such as fences; any geometry, any CRS.</source>
            <translation>Үлдээх эсвэл хасах объектууд, жишээ нь хашаа; ямар ч геометр, ямар ч координатын систем.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="390" />
            <source>The layer the distance is measured from, such as the proposed alignment.</source>
            <translation>Зайг хэмжих эх давхарга, жишээ нь төлөвлөж буй трасс.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="397" />
            <source>A feature is kept when any part of it lies within this many metres of the reference, measured on the WGS84 ellipsoid.</source>
            <translation>Объектын аль нэг хэсэг жишиг давхаргаас ийм олон метрийн дотор байвал үлдээнэ; зайг WGS84 эллипсоид дээр хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="424" />
            <source>The field with the time of each fix; a time without an offset is taken as UTC.</source>
            <translation>Байршил бүрийн цагтай талбар; цагийн бүсийн зөрүүгүй цагийг UTC гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="437" />
            <source>Fixes closer than this to a barrier (metres) belong to an encounter event.</source>
            <translation>Саадад үүнээс ойр (метр) байршлууд тулгарсан тохиолдолд хамаарна.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="444" />
            <source>The time between two fixes in hours; empty: each animal's most frequent time step.</source>
            <translation>Хоёр байршлын хоорондох хугацаа, цагаар; хоосон бол амьтан бүрийн хамгийн олон давтагдсан алхам.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="461" />
            <source>The hours around an event whose movement gives the animal's normal straightness.</source>
            <translation>Тохиолдлын өмнө, хойших цагууд: тэдгээрийн хөдөлгөөнөөр амьтны ердийн шулуун байдлыг тооцно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="468" />
            <source>Missing fixes up to this many hours inside an event are bridged; 0 bridges nothing.</source>
            <translation>Тохиолдол доторх ийм олон цаг хүртэлх дутуу байршлыг нөхнө; 0 бол юу ч нөхөхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="475" />
            <source>A trace or back-and-forth may cross the barrier at most this many times; more gives unknown.</source>
            <translation>Даган явах эсвэл нааш цааш явах тохиолдол саадыг хамгийн ихдээ ийм олон удаа гатална; үүнээс олон бол тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="483" />
            <source>How many standard deviations from the animal's mean straightness make an event a trace or back-and-forth.</source>
            <translation>Амьтны дундаж шулуун байдлаас хэдэн стандарт хазайлтаар зөрвөл тохиолдол нь даган явах эсвэл нааш цааш явах болох вэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="491" />
            <source>Optional: the species of the animals, to compare the behaviours with the fence audit's verdict for it.</source>
            <translation>Заавал биш: амьтдын төрөл зүйл; зан үйлийг хашааны үнэлгээний энэ зүйлийн дүгнэлттэй харьцуулна.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="499" />
            <source>One point per encounter event: animal, start, end, duration, crossings and behaviour.</source>
            <translation>Тулгарсан тохиолдол бүрт нэг цэг: амьтан, эхлэл, төгсгөл, үргэлжлэх хугацаа, гаталт ба зан үйл.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="506" />
            <source>The barriers with their fields, the count of each behaviour and the barrier index (1: the most impermeable).</source>
            <translation>Саадууд талбартайгаа, зан үйл бүрийн тоо ба саадын индекс (1: хамгийн нэвтрүүлдэггүй).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="518" />
            <source>The field with the vehicles a day (AADT); a missing or unreadable value gives unknown.</source>
            <translation>Хоногт өнгөрөх тээврийн хэрэгслийн тоотой талбар (AADT); дутуу эсвэл уншигдахгүй утга тодорхойгүй болно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="545" />
            <source>The roads with their traffic, band, CAMI high-volume flag and the chance of a 60 s gap between vehicles.</source>
            <translation>Авто замууд хөдөлгөөн, ангилал, CAMI-ийн өндөр ачааллын тэмдэг, тээврийн хэрэгслийн хооронд 60 секундын завсар гарах магадлалтайгаа.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="553" />
            <source>A table of km per traffic band: one row for all roads and one per reporting unit.</source>
            <translation>Хөдөлгөөний ангилал бүрийн километрийн хүснэгт: бүх замд нэг мөр, тайлангийн нэгж бүрт нэг мөр.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="560" />
            <source>Optional polygons (aimags, soums): the summary gives km per band in each.</source>
            <translation>Заавал биш полигонууд (аймаг, сум): хураангуй нь тус бүрт ангилал бүрийн километрийг өгнө.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="576" />
            <source>Optional fences in the fence data model: a fence cuts where the audit's verdict for the species is barrier.</source>
            <translation>Заавал биш, хашааны өгөгдлийн загварын дагуух хашаа: үнэлгээний тухайн зүйлийн дүгнэлт саад бол хашаа хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="585" />
            <source>Optional roads and railways: every road cuts, or with a traffic field only busy roads.</source>
            <translation>Заавал биш авто зам, төмөр зам: бүх зам хуваана, хөдөлгөөний талбартай бол зөвхөн ачаалал ихтэй зам.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="593" />
            <source>Optional: the field with vehicles a day; roads below the profile's threshold do not cut.</source>
            <translation>Заавал биш: хоногт өнгөрөх тээврийн хэрэгслийн тоотой талбар; профайлын босгоос доош замууд хуваахгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="601" />
            <source>Optional lines that cut for every species: walls, canals, impassable tracks.</source>
            <translation>Бүх зүйлд хуваах заавал биш шугамууд: хана, суваг, нэвтрэх боломжгүй зам.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="608" />
            <source>Optional crossing structures: a suitable one joins the meshes on both sides of the line it is on.</source>
            <translation>Заавал биш гарц гармын байгууламж: тохиромжтой байгууламж нь өөрийн байгаа шугамын хоёр талын холбоот талбайг холбоно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="630" />
            <source>Optional planned road or railway lines: they cut only in the after state, and the loss is reported.</source>
            <translation>Заавал биш, төлөвлөж буй авто зам эсвэл төмөр замын шугам: зөвхөн дараах төлөвт хуваах ба алдагдлыг тайлагнана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="638" />
            <source>The species to judge for. Each output has columns per species; meff_min is the smallest over the species chosen.</source>
            <translation>Үнэлэх төрөл зүйл. Гаралт бүр төрөл зүйл тус бүрийн баганатай; meff_min нь сонгосон зүйлүүдийн хамгийн бага нь.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="652" />
            <source>Line ends closer than this to a cutting line or the region's edge are joined; empty: the profile's value.</source>
            <translation>Хуваагч шугам эсвэл нутгийн хязгаарт үүнээс ойр шугамын үзүүрийг холбоно; хоосон бол профайлын утга.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="660" />
            <source>The reporting units with the effective mesh size per species, before and after the alignment.</source>
            <translation>Тайлангийн нэгжүүд зүйл тус бүрийн холбоот талбайн үр дүнтэй хэмжээтэй, трассын өмнө ба дараа.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="668" />
            <source>The meshes of the whole region per species: one multipolygon per mesh with its area.</source>
            <translation>Бүх нутгийн холбоот талбайнууд зүйл тус бүрээр: холбоот талбай бүрт талбайн хэмжээтэй нэг олон полигон.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="678" />
            <source>An OSM file (.osm or .pbf) or an OSM line layer with its tags in other_tags or in one column per tag.</source>
            <translation>OSM файл (.osm эсвэл .pbf) эсвэл шошго нь other_tags-д эсвэл шошго бүр өөрийн баганад байгаа OSM шугамын давхарга.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="686" />
            <source>A JSON file replacing the shipped tag mapping (resources/osm_fence_mapping.json). Leave empty for the shipped mapping.</source>
            <translation>Залгаастай хамт ирсэн шошгоны харгалзуулалтыг (resources/osm_fence_mapping.json) орлох JSON файл. Залгаастай хамт ирсэн харгалзуулалтыг ашиглах бол хоосон үлдээнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="695" />
            <source>One line per fence way in the fence data model, with osm_id, source and notes.</source>
            <translation>OSM-ийн хашааны зам бүрт хашааны өгөгдлийн загварын дагуу нэг шугам, osm_id, source, notes талбартай.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="711" />
            <source>The language of the form labels, value labels and legends; the codes in the data stay English.</source>
            <translation>Маягтын бичвэр, утгын бичвэр, хэв маягийн тайлбарын хэл; өгөгдөл дэх кодууд англиар үлдэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="719" />
            <source>A JSON file replacing the shipped species profile: its plausible values become the form's ranges. Leave empty for the shipped profile.</source>
            <translation>Залгаастай хамт ирсэн зүйлийн профайлыг орлох JSON файл: түүний боломжит утгууд маягтын хязгаар болно. Залгаастай хамт ирсэн профайлыг ашиглах бол хоосон үлдээнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="728" />
            <source>The new GeoPackage with the fences, crossings and survey_areas layers; an existing file is never overwritten.</source>
            <translation>fences, crossings, survey_areas давхаргатай шинэ GeoPackage; байгаа файлыг хэзээ ч дарж бичихгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="736" />
            <source>Optional QGIS project (.qgz) with the three layers, to open in QField; save it beside the GeoPackage.</source>
            <translation>Гурван давхаргатай, QField-д нээх заавал биш QGIS төсөл (.qgz); GeoPackage-ийн хажууд хадгална.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="754" />
            <source>Optional crossing structures: those far from every fence and route are reported.</source>
            <translation>Заавал биш гарц гармын байгууламж: бүх хашаа, маршрутаас хол байгааг нь тайлагнана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="761" />
            <source>Optional roads or railways: a crossing near them is not reported as far.</source>
            <translation>Заавал биш авто зам эсвэл төмөр зам: тэдгээрийн ойролцоох гарцыг хол гэж тайлагнахгүй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="768" />
            <source>Section ends closer than this (metres) are joined; ends a little farther are reported as gaps. Empty: the profile's value.</source>
            <translation>Үүнээс ойр (метр) хэсгийн төгсгөлүүдийг холбоно; арай холыг нь цоорхой гэж тайлагнана. Хоосон бол профайлын утга.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="777" />
            <source>The species whose audit counts: a value is reported missing where their rules need it.</source>
            <translation>Үнэлгээ нь тооцогдох төрөл зүйл: тэдгээрийн дүрэмд хэрэгтэй утга дутуу бол тайлагнана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="785" />
            <source>One point per problem, with its code, severity, rule and a message in English and Mongolian.</source>
            <translation>Асуудал бүрт нэг цэг: код, ноцтой байдал, дүрэм, англи ба монгол мессежтэй.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="797" />
            <source>Optional proposed fixes (points or lines), e.g. the crossing spacing check's proposed crossings; empty: openings along the fences and crossings on the roads are generated.</source>
            <translation>Санал болгож буй засварууд (цэг эсвэл шугам, заавал биш), жишээ нь гарц хоорондын зайн шалгалтын санал болгосон гарцууд; хоосон бол хашааны дагуух нээлт, авто зам дээрх гарцыг үүсгэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="806" />
            <source>The field with the kind of fix: opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass or remove.</source>
            <translation>Засварын төрлийн талбар: opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass эсвэл remove.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="815" />
            <source>Optional field with each fix's cost in MNT; empty: the profile's unit costs (placeholders to replace).</source>
            <translation>Засвар бүрийн зардлыг төгрөгөөр агуулах талбар (заавал биш); хоосон бол профайлын нэгжийн зардал (солих ёстой түр утга).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="823" />
            <source>Spacing in km of the openings generated along the fences; empty: the profile's (1 km).</source>
            <translation>Хашааны дагуу үүсгэх нээлтүүдийн хоорондын зай, км; хоосон бол профайлынх (1 км).</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="831" />
            <source>Optional weights per species, e.g. khulan:2,mgaz:1; empty: every species counts the same.</source>
            <translation>Төрөл зүйл бүрийн жин (заавал биш), жишээ нь khulan:2,mgaz:1; хоосон бол бүх төрөл зүйл адил тооцогдоно.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="846" />
            <source>Every candidate with its rank, cost, gain per species and cumulative gain; the ranked ones first.</source>
            <translation>Санал болгосон засвар бүр эрэмбэ, зардал, төрөл зүйл бүрийн ашиг, хуримтлагдсан ашгийн хамт; эрэмбэлэгдсэн нь эхэндээ.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="857" />
            <source>Optional: a field naming the alignment options; each option is screened as its own route.</source>
            <translation>Заавал биш: трассын хувилбаруудыг нэрлэсэн талбар; хувилбар бүрийг тусдаа маршрутаар шалгана.</translation>
        </message>
        <message>
            <location filename="../processing/param_help.py" line="921" />
            <source>Fences within this distance of the alignment (metres, on the ellipsoid) are audited.</source>
            <translation>Трассаас ийм зайн доторх (метр, эллипсоид дээр) хашааг үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="62" />
            <source>No-go mask, crossing spacing and fence audit of a proposed road or railway in one run.</source>
            <translation>Төлөвлөж буй авто зам, төмөр замын хориглох бүсийн маск, гарц хоорондын зайн шалгалт, хашааны үнэлгээг нэг удаа ажиллуулна.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="816" />
            <source>Smallest m_eff over the species (km²)</source>
            <translation>Төрөл зүйлүүдийн хамгийн бага m_eff (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="816" />
            <source>Reporting units by the smallest effective mesh size over the selected species.</source>
            <translation>Тайлангийн нэгжүүд, сонгосон төрөл зүйлүүдийн холбоот талбайн хамгийн бага үр дүнтэй хэмжээгээр.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="443" />
            <source>{cami} km of {total} km of roads carry more than {limit} vehicles a day in {year} (the high-volume roads CAMI asks to map); {busy} km carry {busy_from} or more.</source>
            <translation>{total} км авто замын {cami} км нь {year} онд хоногт {limit}-аас олон тээврийн хэрэгсэлтэй (CAMI-ийн зураглахыг хүссэн ачаалал ихтэй замууд); {busy} км нь хоногт {busy_from} ба түүнээс олон тээврийн хэрэгсэлтэй.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="455" />
            <source>{km} km have no usable traffic count (band unknown).</source>
            <translation>{km} км-т ашиглах боломжтой хөдөлгөөний тооллого алга (ангилал тодорхойгүй).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="464" />
            <source>Roads by traffic band (wider and darker: more traffic).</source>
            <translation>Хөдөлгөөний ангиллаар авто замууд (өргөн, бараан нь хөдөлгөөн их).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="473" />
            <source>Kilometres of road per traffic band.</source>
            <translation>Хөдөлгөөний ангилал бүрийн авто замын километр.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="123" />
            <source>Proposed crossings (number per gap)</source>
            <translation>Санал болгосон гарцууд (завсар тутамд тоо)</translation>
        </message>
    </context>
</TS>
