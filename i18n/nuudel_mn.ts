<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
    <context>
        <name>@default</name>
        <message>
            <location filename="../processing/provider.py" line="85" />
            <source>Nuudel</source>
            <translation>Нүүдэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="54" />
            <source>Language</source>
            <translation>Хэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="56" />
            <source>Auto (QGIS locale)</source>
            <translation>Автомат (QGIS-ийн хэл)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="66" />
            <source>Load workshop data</source>
            <translation>Сургалтын өгөгдөл ачаалах</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Help</source>
            <translation>Тусламж</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="226" />
            <source>Fences</source>
            <translation>Хашаа</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="14" />
            <source>Roads and railways</source>
            <translation>Авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="15" />
            <source>Alignment planning</source>
            <translation>Трассын төлөвлөлт</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="23" />
            <source>Mongolian gazelle</source>
            <translation>Цагаан зээр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="24" />
            <source>Goitered gazelle</source>
            <translation>Хар сүүлт зээр</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="25" />
            <source>Mongolian saiga</source>
            <translation>Бөхөн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="26" />
            <source>Khulan (Asiatic wild ass)</source>
            <translation>Хулан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="27" />
            <source>Takhi (Przewalski's horse)</source>
            <translation>Тахь (Пржевальскийн адуу)</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="28" />
            <source>Wild Bactrian camel</source>
            <translation>Хавтгай</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="29" />
            <source>Argali</source>
            <translation>Аргаль</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="30" />
            <source>Siberian ibex</source>
            <translation>Янгир</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>Species</source>
            <translation>Төрөл зүйл</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="80" />
            <source>Species profile (JSON, optional; default: shipped profile)</source>
            <translation>Төрөл зүйлийн профайл (JSON, заавал биш; анхдагч: нэмэлттэй ирсэн профайл)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>Report (HTML)</source>
            <translation>Тайлан (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>HTML files (*.html)</source>
            <translation>HTML файл (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="57" />
            <source>missing; add it (see the shipped species.json).</source>
            <translation>алга байна; нэмнэ үү (нэмэлттэй ирсэн species.json-г үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="127" />
            <source>must be a {kind}, found {found}.</source>
            <translation>{kind} төрөлтэй байх ёстой, {found} байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="257" />
            <source>unknown source '{src}'; define it under 'sources'.</source>
            <translation>'{src}' эх сурвалж тодорхойгүй; 'sources' хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="80" />
            <source>must be 'verified' or 'provisional', not '{value}'.</source>
            <translation>'verified' эсвэл 'provisional' байх ёстой, '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="237" />
            <source>the profile must be a JSON object.</source>
            <translation>профайл нь JSON объект байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="239" />
            <source>must be '{schema}'.</source>
            <translation>'{schema}' байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="248" />
            <source>unknown species code '{code}'; known codes: {codes}.</source>
            <translation>'{code}' төрөл зүйлийн код тодорхойгүй; мэдэгдэх кодууд: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="254" />
            <source>must be one of {values}.</source>
            <translation>дараахын нэг байх ёстой: {values}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="277" />
            <source>unknown crossing group '{group}'; define it under crossings.groups.</source>
            <translation>'{group}' гарцын бүлэг тодорхойгүй; crossings.groups хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="302" />
            <source>Cannot read profile {file}: {error}</source>
            <translation>{file} профайлыг уншиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="307" />
            <source>Profile {file}, line {line}: not valid JSON ({error}).</source>
            <translation>{file} профайл, {line}-р мөр: JSON буруу байна ({error}).</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="33" />
            <source>none</source>
            <translation>байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="45" />
            <source>shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one process can corrupt results; install shapely built against QGIS's GEOS.</source>
            <translation>shapely нь GEOS {ours}, харин QGIS нь GEOS {qgis} ашиглаж байна. Нэг процесст хоёр GEOS сан байвал үр дүн гажиж болно; QGIS-ийн GEOS-оор бүтээсэн shapely суулгана уу.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="88" />
            <source>Nuudel {version}: wildlife-friendly fences, roads and railways</source>
            <translation>Нүүдэл {version}: зэрлэг амьтдад ээлтэй хашаа, авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="115" />
            <source>Cannot load model {path}</source>
            <translation>{path} загварыг ачаалж чадсангүй</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="279" />
            <source>Workshop data is not installed.</source>
            <translation>Сургалтын өгөгдөл суулгагдаагүй байна.</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="293" />
            <source>Nuudel workshop</source>
            <translation>Нүүдэл сургалт</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="44" />
            <source>Profile {file}, line {line}, key '{key}': {problem}</source>
            <translation>{file} профайл, {line}-р мөр, '{key}' түлхүүр: {problem}</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="75" />
            <source>Layer '{layer}' has no field '{field}'. Its fields are: {fields}. Choose the right field in the parameters.</source>
            <translation>'{layer}' давхаргад '{field}' талбар алга. Түүний талбарууд: {fields}. Параметрүүдэд зөв талбарыг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="75" />
            <source>(none)</source>
            <translation>(байхгүй)</translation>
        </message>
        <message>
            <location filename="../processing/feedback.py" line="24" />
            <source>Cancelled.</source>
            <translation>Цуцлагдлаа.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="315" />
            <source>Layer '{layer}' has no coordinate reference system (CRS). Set its CRS in the layer properties (for example EPSG:4326 for degrees, or the UTM zone of your data) and run again.</source>
            <translation>'{layer}' давхаргад координатын лавлах систем (CRS) алга. Давхаргын шинж чанарт CRS-ийг тохируулаад (жишээ нь градусын хувьд EPSG:4326, эсвэл өгөгдлийнхөө UTM бүс) дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="42" />
            <source>verified</source>
            <translation>баталгаажсан</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="42" />
            <source>provisional</source>
            <translation>түр зуурын</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Inputs and parameters</source>
            <translation>Оролт ба параметрүүд</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Parameter</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Description</source>
            <translation>Тайлбар</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Value</source>
            <translation>Утга</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Rules and sources</source>
            <translation>Дүрэм ба эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Rule</source>
            <translation>Дүрэм</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>What it checks</source>
            <translation>Юуг шалгадаг</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Source</source>
            <translation>Эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Status</source>
            <translation>Төлөв</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="78" />
            <source>Made with Nuudel on {date}.</source>
            <translation>Нүүдэл-ээр {date}-нд бэлтгэв.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="68" />
            <source>{rule} conditional</source>
            <translation>{rule} нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="69" />
            <source>{rule} barrier</source>
            <translation>{rule} саад</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="70" />
            <source>{rule} opening, passable</source>
            <translation>{rule} нээлт, нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="71" />
            <source>{rule}: {field} missing</source>
            <translation>{rule}: {field} утга байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="72" />
            <source>{rule}: {field} not readable</source>
            <translation>{rule}: {field} утгыг уншиж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="73" />
            <source>{rule}: {field} physically impossible</source>
            <translation>{rule}: {field} утга физикийн хувьд боломжгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="74" />
            <source>{field} '{value}' not in the data model</source>
            <translation>{field} '{value}' өгөгдлийн загварт байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="75" />
            <source>{rules} met</source>
            <translation>{rules} хангасан</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="76" />
            <source>no geometry: kept as unknown, length 0</source>
            <translation>геометр байхгүй: тодорхойгүй, урт нь 0 гэж хадгалсан</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="105" />
            <source>Unknown units '{units}'; use centimetres or metres.</source>
            <translation>'{units}' гэсэн нэгж танигдсангүй; сантиметр эсвэл метр хэрэглэнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="209" />
            <source>Profile rule {rule} has an unknown kind '{kind}'; use min, max, barbed_bottom or continuous.</source>
            <translation>Профайлын {rule} дүрмийн төрөл '{kind}' танигдсангүй; min, max, barbed_bottom эсвэл continuous хэрэглэнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="322" />
            <source>Species '{code}' is not in the profile; its species are: {codes}.</source>
            <translation>'{code}' төрөл зүйл профайлд алга; профайлд байгаа төрөл зүйлүүд: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="343" />
            <source>{count} values of {field} could not be read as numbers; those segments are unknown.</source>
            <translation>{field} талбарын {count} утгыг тоо болгон уншиж чадсангүй; эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="343" />
            <source>{count} values of {field} are physically impossible (outside {lo} to {hi} cm); those segments are unknown.</source>
            <translation>{field} талбарын {count} утга физикийн хувьд боломжгүй ({lo}–{hi} см-ийн гадна); эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="355" />
            <source>{count} values of {field} are not none, top, bottom, all or a boolean; those segments are unknown.</source>
            <translation>{field} талбарын {count} утга none, top, bottom, all эсвэл логик утга биш; эдгээр хэсэг тодорхойгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="360" />
            <source>{count} segments have a fence type outside the data model ({values}); they are unknown. Known types: {known}.</source>
            <translation>{count} хэсгийн хашааны төрөл өгөгдлийн загварт байхгүй ({values}); тэдгээр тодорхойгүй. Мэдэгдэж буй төрлүүд: {known}.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="382" />
            <source>Profile rule {rule}: field must be one of {fields}, not '{field}'.</source>
            <translation>Профайлын {rule} дүрэм: талбар нь {fields}-ийн аль нэг байх ёстой, '{field}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="408" />
            <source>Most values of {field} are below {hint} cm, which looks like metres in a centimetre field. If the field holds metres, set UNITS to metres.</source>
            <translation>{field} талбарын ихэнх утга {hint} см-ээс бага байгаа нь сантиметрийн талбарт метрээр бичсэн мэт харагдаж байна. Талбар метрээр бичигдсэн бол UNITS-ийг метр болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/fence.py" line="412" />
            <source>Most values of {field} are above {hint} m, which looks like centimetres in a metre field. If the field holds centimetres, set UNITS to centimetres.</source>
            <translation>{field} талбарын ихэнх утга {hint} м-ээс их байгаа нь метрийн талбарт сантиметрээр бичсэн мэт харагдаж байна. Талбар сантиметрээр бичигдсэн бол UNITS-ийг сантиметр болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="310" />
            <source>The study area is empty: give a STUDY_AREA layer with polygons, or input layers with features.</source>
            <translation>Судалгааны талбай хоосон байна: полигонтой STUDY_AREA давхарга, эсвэл объекттой оролтын давхаргууд өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/core/nogo.py" line="641" />
            <source>The cell size (RESOLUTION) must be greater than 0.</source>
            <translation>Нүдний хэмжээ (RESOLUTION) 0-ээс их байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="498" />
            <source>{rule}: culvert width {value} m is under {limit} m</source>
            <translation>{rule}: ус өнгөрүүлэх хоолойн өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="500" />
            <source>{rule}: culvert height {value} m is under {limit} m</source>
            <translation>{rule}: ус өнгөрүүлэх хоолойн өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="502" />
            <source>{rule}: width {value} m is under {limit} m</source>
            <translation>{rule}: өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="504" />
            <source>{rule}: clear height {value} m is under {limit} m</source>
            <translation>{rule}: чөлөөт өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="506" />
            <source>{rule}: openness index {value} is under {limit}</source>
            <translation>{rule}: нээлттэй байдлын индекс {value} нь {limit}-аас бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="508" />
            <source>{rule}: overpass width {value} m is under {limit} m</source>
            <translation>{rule}: дээгүүр гарцын өргөн {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="511" />
            <source>{rule}: clear height under the bridge {value} m is under {limit} m</source>
            <translation>{rule}: гүүрэн доорх чөлөөт өндөр {value} м нь {limit} м-ээс бага</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="43" />
            <source>suitable</source>
            <translation>тохиромжтой</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="46" />
            <source>unknown</source>
            <translation>тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="43" />
            <source>unsuitable</source>
            <translation>тохиромжгүй</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="549" />
            <source>not on a route: {distance} m from the nearest route, more than the snap tolerance of {tolerance} m</source>
            <translation>маршрут дээр биш: хамгийн ойр маршрутаас {distance} м, наалдуулах хүлцэл {tolerance} м-ээс хол</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="551" />
            <source>not on a route: there are no routes</source>
            <translation>маршрут дээр биш: маршрут алга</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="65" />
            <source>no geometry</source>
            <translation>геометр алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="553" />
            <source>duplicate of feature {fid} at the same place: counted once</source>
            <translation>ижил газарт байгаа {fid} объектын давхардал: нэг удаа тоолов</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="554" />
            <source>no crossing type in field '{field}'</source>
            <translation>'{field}' талбарт гарцын төрөл алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="555" />
            <source>unknown crossing type '{value}' in field '{field}' (expected: {types})</source>
            <translation>'{field}' талбарт үл мэдэгдэх гарцын төрөл '{value}' (хүлээгдэж буй: {types})</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="557" />
            <source>{rule}: no value in field '{field}'</source>
            <translation>{rule}: '{field}' талбарт утга алга</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="558" />
            <source>{rule}: value in field '{field}' is not a positive number</source>
            <translation>{rule}: '{field}' талбарын утга эерэг тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="559" />
            <source>{rule}: level crossing or opening, passable</source>
            <translation>{rule}: түвшний огтлолцол эсвэл нээлт, нэвтрэх боломжтой</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="835" />
            <source>MAX_SPACING must be a positive distance in metres, not {value}.</source>
            <translation>MAX_SPACING нь метрээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="838" />
            <source>SNAP_TOLERANCE must be zero or a positive distance in metres, not {value}.</source>
            <translation>SNAP_TOLERANCE нь тэг эсвэл метрээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="44" />
            <source>unmatched</source>
            <translation>маршрутад холбогдоогүй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="530" />
            <source>Crossing spacing check</source>
            <translation>Гарц хоорондын зайн шалгалт</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="56" />
            <source>Roads or railways (lines)</source>
            <translation>Авто зам эсвэл төмөр зам (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="58" />
            <source>Route field (optional; without it connected segments form routes)</source>
            <translation>Маршрутын талбар (заавал биш; үгүй бол холбогдсон хэсгүүд маршрут болно)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="61" />
            <source>Crossing structures (points)</source>
            <translation>Гарц гарам (цэг)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="64" />
            <source>Crossing type field (underpass, overpass, bridge, culvert, level, opening)</source>
            <translation>Гарцын төрлийн талбар (underpass, overpass, bridge, culvert, level, opening)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="66" />
            <source>Width field (m)</source>
            <translation>Өргөний талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="67" />
            <source>Clear height field (m)</source>
            <translation>Чөлөөт өндрийн талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="68" />
            <source>Length field (m, the distance an animal walks through)</source>
            <translation>Уртын талбар (м, амьтны дундуур нь явах зай)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="74" />
            <source>Zones where the spacing rule applies (polygons, optional)</source>
            <translation>Зайн дүрэм үйлчлэх бүсүүд (полигон, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="85" />
            <source>Snap tolerance: largest distance of a crossing from its route (metres)</source>
            <translation>Наалдуулах хүлцэл: гарцаас маршрут хүртэлх хамгийн их зай (метр)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="96" />
            <source>Crossings judged</source>
            <translation>Үнэлсэн гарцууд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="98" />
            <source>Gaps between suitable crossings</source>
            <translation>Тохиромжтой гарцуудын хоорондох завсрууд</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="34" />
            <source>Proposed crossings</source>
            <translation>Санал болгосон гарцууд</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="130" />
            <source>The input layer could not be read: {layer}</source>
            <translation>Оролтын давхаргыг уншиж чадсангүй: {layer}</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="132" />
            <source>Choose the crossing type field (CROSSING_TYPE_FIELD).</source>
            <translation>Гарцын төрлийн талбарыг (CROSSING_TYPE_FIELD) сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="148" />
            <source>The input layer '{layer}' has no features; every crossing is unmatched and there are no gaps.</source>
            <translation>'{layer}' оролтын давхаргад объект алга; бүх гарц маршрутад холбогдоогүй бөгөөд завсар байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="152" />
            <source>{count} route features have no geometry and are left out of the routes.</source>
            <translation>{count} замын объектод геометр алга тул маршрутад оруулсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="171" />
            <source>The crossings layer '{layer}' has no features: every route is one gap.</source>
            <translation>'{layer}' гарцын давхаргад объект алга: маршрут бүр нэг завсар болно.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="188" />
            <source>{count} invalid zone polygons were repaired.</source>
            <translation>Бүсийн {count} буруу полигоныг засав.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="192" />
            <source>The zones layer has no features: the spacing rule applies nowhere.</source>
            <translation>Бүсийн давхаргад объект алга: зайн дүрэм хаана ч үйлчлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="319" />
            <source>{count} of {total} crossings are not on a route (farther than the snap tolerance, or without geometry); they are kept with matched = no.</source>
            <translation>{total} гарцын {count} нь маршрут дээр биш (наалдуулах хүлцлээс хол, эсвэл геометргүй); тэдгээрийг matched = no гэж хадгалав.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="324" />
            <source>{count} crossings duplicate another crossing at the same place; each place is counted once.</source>
            <translation>{count} гарц ижил газарт байгаа өөр гарцыг давхардуулж байна; газар бүрийг нэг удаа тоолов.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="337" />
            <source>Input fields {fields} are replaced by the check's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг шалгалтын ижил нэртэй өөрийн талбараар солив.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="243" />
            <source>Could not create the output layer {output}.</source>
            <translation>{output} гаралтын давхаргыг үүсгэж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/output.py" line="156" />
            <source>{count} features could not be read a second time and are missing from the output.</source>
            <translation>{count} объектыг дахин уншиж чадсангүй; тэдгээр гаралтад ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/output.py" line="72" />
            <source>Could not write a feature to the output layer: {error}</source>
            <translation>Гаралтын давхаргад объект бичиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="425" />
            <source>{species}: {suitable} suitable crossings; {too_long} of {gaps} gaps too long ({excess:.1f} km over the limit); {proposed} new crossings proposed.</source>
            <translation>{species}: {suitable} тохиромжтой гарц; {gaps} завсрын {too_long} нь хэт урт (хязгаараас {excess:.1f} км илүү); {proposed} шинэ гарц санал болгов.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="436" />
            <source>Openness index OI = width x height / length (m) of an underpass or culvert: at least {v}.</source>
            <translation>Доогуур гарц эсвэл ус өнгөрүүлэх хоолойн нээлттэй байдлын индекс OI = өргөн x өндөр / урт (м): {v}-аас багагүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="440" />
            <source>A culvert narrower or lower than {v} m is unsuitable for ungulates.</source>
            <translation>{v} м-ээс нарийн эсвэл нам ус өнгөрүүлэх хоолой туурайтанд тохиромжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="450" />
            <source>Underpass or culvert for {species}: at least {w} m wide and {h} m clear height.</source>
            <translation>{species}-д зориулсан доогуур гарц эсвэл ус өнгөрүүлэх хоолой: өргөн нь {w} м-ээс, чөлөөт өндөр нь {h} м-ээс багагүй.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="456" />
            <source>A bridge is suitable where its clear height meets the species' underpass height.</source>
            <translation>Гүүрийн чөлөөт өндөр нь тухайн төрөл зүйлийн доогуур гарцын өндөрт хүрвэл тохиромжтой.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="459" />
            <source>An overpass (green bridge) is suitable from {v} m width.</source>
            <translation>Дээгүүр гарц (ногоон гүүр) {v} м-ээс өргөн бол тохиромжтой.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="464" />
            <source>Crossing types {types} are suitable for every species.</source>
            <translation>{types} төрлийн гарц бүх төрөл зүйлд тохиромжтой.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="468" />
            <source>Suitable crossings at most MAX_SPACING apart (profile default {v} m), measured inside the zones.</source>
            <translation>Тохиромжтой гарцуудын хоорондох зай MAX_SPACING-ээс ихгүй (профайлын анхдагч {v} м), бүсийн дотор хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="473" />
            <source>A gap counts as too long only when it exceeds MAX_SPACING by more than {pct} % (the precision of distances across coordinate systems); excess_m is measured from MAX_SPACING itself.</source>
            <translation>Завсар MAX_SPACING-ийг {pct} %-иас илүү давсан үед л хэт урт гэж тооцно (координатын системүүдийн хоорондох зайн нарийвчлал); excess_m-ийг MAX_SPACING-ээс өөрөөс нь хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="480" />
            <source>Crossings within {v} m of each other are one place, counted once.</source>
            <translation>Бие биеэсээ {v} м-ийн дотор орших гарцууд нэг газар бөгөөд нэг удаа тоологдоно.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="495" />
            <source>Gaps</source>
            <translation>Завсар</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="495" />
            <source>Too long</source>
            <translation>Хэт урт</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="509" />
            <source>Over the limit (km)</source>
            <translation>Хязгаараас илүү (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="496" />
            <source>Longest gap (km)</source>
            <translation>Хамгийн урт завсар (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="498" />
            <source>{n} crossings: {matched} on a route, {unmatched} not on a route, {dups} duplicates counted once.</source>
            <translation>{n} гарц: {matched} нь маршрут дээр, {unmatched} нь маршрут дээр биш, {dups} давхардлыг нэг удаа тоолов.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="331" />
            <source>Summary</source>
            <translation>Хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="541" />
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="509" />
            <source>From (km)</source>
            <translation>Эхлэл (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="509" />
            <source>To (km)</source>
            <translation>Төгсгөл (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="375" />
            <source>Length (km)</source>
            <translation>Урт (км)</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="517" />
            <source>No gap is longer than the limit.</source>
            <translation>Хязгаараас урт завсар алга.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="518" />
            <source>Longest gaps</source>
            <translation>Хамгийн урт завсрууд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="522" />
            <source>Routes '{routes}': {count} routes, {km:.2f} km (true lengths on the WGS84 ellipsoid); crossings '{crossings}'. Maximum spacing {max} m, snap tolerance {snap} m{zones}.</source>
            <translation>'{routes}' зам: {count} маршрут, {km:.2f} км (WGS84 эллипсоид дээрх жинхэнэ урт); '{crossings}' гарц. Хамгийн их зай {max} м, наалдуулах хүлцэл {snap} м{zones}.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="522" />
            <source>, inside the zones only</source>
            <translation>, зөвхөн бүсийн дотор</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="45" />
            <source>permeable</source>
            <translation>нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="45" />
            <source>conditional</source>
            <translation>нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="46" />
            <source>barrier</source>
            <translation>саад</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="50" />
            <source>crawls under</source>
            <translation>доогуур нь мөлхөж гардаг</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="50" />
            <source>jumps over</source>
            <translation>дээгүүр нь үсэрч гардаг</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="51" />
            <source>needs openings</source>
            <translation>хашааны нээлт шаардлагатай</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="354" />
            <source>Fence permeability audit</source>
            <translation>Хашааны нэвтрүүлэх чадварын үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="62" />
            <source>Fence segments (lines)</source>
            <translation>Хашааны хэсгүүд (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="65" />
            <source>Fence type field (strand, mesh, solid, electric, rail, opening)</source>
            <translation>Хашааны төрлийн талбар (strand, mesh, solid, electric, rail, opening)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="66" />
            <source>Top wire height field</source>
            <translation>Дээд утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="67" />
            <source>Bottom wire height field</source>
            <translation>Доод утасны өндрийн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="68" />
            <source>Gap between the top two wires field</source>
            <translation>Дээд хоёр утасны хоорондох зайн талбар</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="69" />
            <source>Barbed wire field (none, top, bottom, all or true/false)</source>
            <translation>Өргөст утасны талбар (none, top, bottom, all эсвэл true/false)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="75" />
            <source>Units of the height fields</source>
            <translation>Өндрийн талбаруудын хэмжих нэгж</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="75" />
            <source>centimetres</source>
            <translation>сантиметр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="75" />
            <source>metres</source>
            <translation>метр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="81" />
            <source>Fence verdicts</source>
            <translation>Хашааны дүгнэлт</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="83" />
            <source>Summary per species</source>
            <translation>Төрөл зүйл тус бүрийн хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="170" />
            <source>The input layer '{layer}' has no features; the outputs are empty.</source>
            <translation>'{layer}' оролтын давхаргад объект алга; гаралтууд хоосон байна.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="183" />
            <source>Choose the fence type field (TYPE_FIELD): without it no segment can be judged.</source>
            <translation>Хашааны төрлийн талбарыг (TYPE_FIELD) сонгоно уу: түүнгүйгээр аль ч хэсгийг үнэлэх боломжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="185" />
            <source>No field chosen for {parameter}: every rule that needs it gives unknown.</source>
            <translation>{parameter} параметрт талбар сонгоогүй: түүнийг шаарддаг бүх дүрэм тодорхойгүй гэсэн дүгнэлт өгнө.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="197" />
            <source>{count} features have no geometry; they are kept as unknown with length 0.</source>
            <translation>{count} объект геометргүй; тэдгээрийг тодорхойгүй, урт нь 0 гэж хадгалсан.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="205" />
            <source>{count} line geometries are invalid (for example fewer than two distinct points); they are kept with the length measured along their vertices.</source>
            <translation>{count} шугамын геометр буруу (жишээ нь ялгаатай хоёроос цөөн цэгтэй); тэдгээрийг оройнуудаар нь хэмжсэн уртаар хадгалсан.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="215" />
            <source>Input fields {fields} are replaced by the audit's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг үнэлгээний ижил нэртэй талбаруудаар сольсон.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="252" />
            <source>{species}: {barrier:.1f} km barrier of {total:.1f} km ({pct:.1f} %), longest unbroken barrier {longest:.1f} km, unknown {unknown:.1f} km.</source>
            <translation>{species}: нийт {total:.1f} км-ээс {barrier:.1f} км нь саад ({pct:.1f} %), тасралтгүй хамгийн урт саад {longest:.1f} км, тодорхойгүй {unknown:.1f} км.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="272" />
            <source>Fence types {types} are a barrier to every species.</source>
            <translation>{types} төрлийн хашаа бүх төрөл зүйлд саад болно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="274" />
            <source>Fence types {types} (gaps, let-down sections, gates left open) are passable for every species.</source>
            <translation>{types} төрөл (хашааны нээлт, буулгасан хэсэг, онгорхой орхисон хаалга) бүх төрөл зүйлийг нэвтрүүлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="278" />
            <source>{mode}: {species}</source>
            <translation>{mode}: {species}</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="285" />
            <source>Physically possible values (cm): top wire {h0} to {h1}, bottom wire {b0} to {b1}, gap between the top two wires {g0} to {g1}; other values make the segment unknown.</source>
            <translation>Физикийн хувьд боломжит утга (см): дээд утас {h0}–{h1}, доод утас {b0}–{b1}, дээд хоёр утасны хоорондох зай {g0}–{g1}; бусад утгатай хэсэг тодорхойгүй болно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="291" />
            <source>Barrier segments whose ends lie within {tol} m of each other form one unbroken barrier run.</source>
            <translation>Төгсгөлүүд нь хоорондоо {tol} м-ийн дотор орших саад хэсгүүд нэг тасралтгүй саадыг бүрдүүлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="303" />
            <source>top wire height</source>
            <translation>дээд утасны өндөр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="303" />
            <source>bottom wire height</source>
            <translation>доод утасны өндөр</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="304" />
            <source>gap between the top two wires</source>
            <translation>дээд хоёр утасны хоорондох зай</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="307" />
            <source>{field}: at least {p} cm permeable, {c} to {p} cm conditional, below {c} cm barrier.</source>
            <translation>{field}: {p} см ба түүнээс дээш бол нэвтрүүлэх, {c}–{p} см бол нөхцөлтэй, {c} см-ээс доош бол саад.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="310" />
            <source>{field}: at most {p} cm permeable, {p} to {c} cm conditional, above {c} cm barrier.</source>
            <translation>{field}: {p} см ба түүнээс доош бол нэвтрүүлэх, {p}–{c} см бол нөхцөлтэй, {c} см-ээс дээш бол саад.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="313" />
            <source>A barbed bottom wire (barbed = bottom or all) is a barrier.</source>
            <translation>Өргөст доод утас (barbed = bottom эсвэл all) саад болно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="315" />
            <source>A continuous fence without an opening is a barrier.</source>
            <translation>Нээлтгүй тасралтгүй хашаа саад болно.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="328" />
            <source>{verdict} (km)</source>
            <translation>{verdict} (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="330" />
            <source>Barrier %</source>
            <translation>Саад, %</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="330" />
            <source>Longest unbroken barrier (km)</source>
            <translation>Тасралтгүй хамгийн урт саад (км)</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="331" />
            <source>The verdict of a segment is the worst over the selected species, in the order barrier, unknown, conditional, permeable: missing data is never rated better than a known conditional.</source>
            <translation>Хэсгийн дүгнэлт нь сонгосон төрөл зүйлүүдийн хамгийн муу дүгнэлт бөгөөд эрэмбэ нь: саад, тодорхойгүй, нөхцөлтэй, нэвтрүүлэх. Дутуу өгөгдлийг мэдэгдэж буй нөхцөлтэй дүгнэлтээс хэзээ ч илүү сайн гэж үнэлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="343" />
            <source>How each species crosses a fence</source>
            <translation>Төрөл зүйл бүр хашааг хэрхэн давдаг</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="343" />
            <source>Crossing mode</source>
            <translation>Давах арга</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="347" />
            <source>Worst stretches</source>
            <translation>Хамгийн муу хэсгүүд</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="351" />
            <source>Layer '{layer}': {count} segments, {km:.2f} km (lengths on the WGS84 ellipsoid).</source>
            <translation>'{layer}' давхарга: {count} хэсэг, {km:.2f} км (уртыг WGS84 эллипсоид дээр хэмжсэн).</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="374" />
            <source>No barrier segments.</source>
            <translation>Саад болох хэсэг алга.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="432" />
            <source>Rank</source>
            <translation>Эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="375" />
            <source>Segments</source>
            <translation>Хэсгийн тоо</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="375" />
            <source>Feature ids</source>
            <translation>Объектын дугаар</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="225" />
            <source>Proposed alignment</source>
            <translation>Санал болгож буй трасс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="18" />
            <source>Alignment option field (optional: one route per option)</source>
            <translation>Трассын хувилбарын талбар (заавал биш: хувилбар бүр нэг маршрут)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="19" />
            <source>Protected areas and other no-go areas</source>
            <translation>Тусгай хамгаалалттай газар нутаг (ТХГН) болон бусад хориглох бүс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="20" />
            <source>Field with a buffer in metres around each no-go area (optional)</source>
            <translation>Хориглох бүс бүрийн хамгаалалтын бүсийн өргөн (м) бүхий талбар (заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="21" />
            <source>Caution areas (calving grounds, ...)</source>
            <translation>Анхааралтай бүс (төллөх газар г.м.)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="223" />
            <source>Water sources</source>
            <translation>Усны эх үүсвэр</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="23" />
            <source>Study area (optional)</source>
            <translation>Судалгааны талбай (заавал биш)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="222" />
            <source>Crossing structures</source>
            <translation>Гарц гарамын байгууламж</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="25" />
            <source>Migration range</source>
            <translation>Нүүдлийн нутаг</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="27" />
            <source>Fence search distance either side of the alignment</source>
            <translation>Трассын хоёр талд хашаа хайх зай</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>Zones</source>
            <translation>Бүсүүд</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="30" />
            <source>Alignment in zones</source>
            <translation>Бүсээр хуваагдсан трасс</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="31" />
            <source>No-go mask report</source>
            <translation>Хориглох бүсийн маскийн тайлан</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="32" />
            <source>Crossings on the alignment</source>
            <translation>Трасс дээрх гарц гарам</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="33" />
            <source>Crossing gaps</source>
            <translation>Гарц хоорондын зай</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="35" />
            <source>Crossing spacing report</source>
            <translation>Гарц хоорондын зайн шалгалтын тайлан</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="36" />
            <source>Audited fences along the alignment</source>
            <translation>Трассын дагуух үнэлсэн хашаа</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="37" />
            <source>Fence audit summary</source>
            <translation>Хашааны үнэлгээний хураангуй</translation>
        </message>
        <message>
            <location filename="../processing/model_text.py" line="38" />
            <source>Fence audit report</source>
            <translation>Хашааны үнэлгээний тайлан</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="138" />
            <source>No-go zone</source>
            <translation>Хориглох бүс</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="139" />
            <source>Caution zone</source>
            <translation>Анхааралтай бүс</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="140" />
            <source>Suitable area</source>
            <translation>Тохиромжтой талбай</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="562" />
            <source>No-go alignment mask</source>
            <translation>Трасс тавихыг хориглох бүсийн маск</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="111" />
            <source>Study area (optional; default: extent of all inputs grown by the largest buffer)</source>
            <translation>Судалгааны талбай (заавал биш; өгөгдмөл: бүх оролтын давхаргын хүрээг хамгийн өргөн хамгаалалтын бүсээр тэлсэн талбай)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="115" />
            <source>No-go layers (protected areas, calving grounds, ...)</source>
            <translation>Хориглох бүсийн давхаргууд (тусгай хамгаалалттай газар нутаг, төллөх газар, ...)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="118" />
            <source>Buffer around no-go features (m)</source>
            <translation>Хориглох объектын хамгаалалтын бүс (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="119" />
            <source>Caution layers (migration corridors, ...)</source>
            <translation>Анхааралтай бүсийн давхаргууд (нүүдлийн коридор, ...)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="122" />
            <source>Buffer around caution features (m)</source>
            <translation>Анхааралтай бүсийн объектын хамгаалалтын бүс (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="123" />
            <source>Field with a per-feature buffer in metres (optional; used where the field exists and is not empty)</source>
            <translation>Объект тус бүрийн хамгаалалтын бүсийн өргөнийг метрээр агуулсан талбар (заавал биш; талбар байгаа бөгөөд утга нь хоосон биш үед хэрэглэнэ)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="126" />
            <source>Water sources (points, optional)</source>
            <translation>Усны эх үүсвэр (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="129" />
            <source>No-go distance around water sources (m)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрон дахь хориглох зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="131" />
            <source>Caution distance around water sources (m)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрон дахь анхааралтай зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="133" />
            <source>Proposed alignment (lines, optional)</source>
            <translation>Төлөвлөсөн трасс (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="136" />
            <source>Cell size of the cost raster (m)</source>
            <translation>Зардлын растерын нүдний хэмжээ (м)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="139" />
            <source>Cost of a caution cell (a suitable cell costs 1)</source>
            <translation>Анхааралтай бүсийн нүдний зардал (тохиромжтой нүдний зардал 1)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="144" />
            <source>Cost raster (GeoTIFF)</source>
            <translation>Зардлын растер (GeoTIFF)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="146" />
            <source>Alignment by zone</source>
            <translation>Трасс бүсээр</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="289" />
            <source>study area</source>
            <translation>судалгааны талбай</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="215" />
            <source>Nothing to map: give a study area or at least one input layer.</source>
            <translation>Зураглах зүйл алга: судалгааны талбай эсвэл дор хаяж нэг оролтын давхарга өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="221" />
            <source>The inputs hold no features: give a study area or layers with features.</source>
            <translation>Оролтын давхаргуудад объект алга: судалгааны талбай эсвэл объекттой давхарга өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="267" />
            <source>Layer '{layer}': {n} features have a value in '{field}' that is not a distance in metres (&gt;= 0); they use the buffer of {default} m.</source>
            <translation>'{layer}' давхарга: {n} объектын '{field}' талбарын утга метрээр илэрхийлсэн зай (&gt;= 0) биш байна; эдгээрт {default} м хамгаалалтын бүсийг хэрэглэв.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="275" />
            <source>Layer '{layer}' has points or lines and no buffer: they cover no area. Set a buffer distance.</source>
            <translation>'{layer}' давхарга цэг эсвэл шугамаас бүрдэх ба хамгаалалтын бүсгүй тул ямар ч талбай эзлэхгүй. Хамгаалалтын бүсийн зайг тохируулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="474" />
            <source>Layer '{layer}': {n} features have no geometry and were left out.</source>
            <translation>'{layer}' давхарга: {n} объект геометргүй тул тооцоонд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="292" />
            <source>{n} invalid polygons were repaired (make valid) before use.</source>
            <translation>Буруу {n} полигоныг ашиглахын өмнө засварлав (make valid).</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="373" />
            <source>The output CRS is not in metres: the cost raster uses the local transverse Mercator CRS of the data.</source>
            <translation>Гаралтын координатын систем метрээр биш байна: зардлын растерт өгөгдөлд төвлөрсөн хөндлөн Меркаторын координатын системийг хэрэглэв.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="384" />
            <source>{zone}: {km2} km² ({sources})</source>
            <translation>{zone}: {km2} км² ({sources})</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="465" />
            <source>Alignment {name}: {km} km in {zone} ({sources}).</source>
            <translation>{name} трасс: {km} км нь {zone} дотор ({sources}).</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="478" />
            <source>{km} km of the alignment lie outside the study area and were not screened.</source>
            <translation>Трассын {km} км нь судалгааны талбайн гадна байгаа тул үнэлгээнд ороогүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="500" />
            <source>Could not write {path}.</source>
            <translation>{path} файлыг бичиж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>Zone</source>
            <translation>Бүс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>Area (km²)</source>
            <translation>Талбай (км²)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="531" />
            <source>Sources</source>
            <translation>Эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>Alignment screening</source>
            <translation>Трассын урьдчилсан үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>Alignment</source>
            <translation>Трасс</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>No-go (km)</source>
            <translation>Хориглох бүс (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>No-go sources</source>
            <translation>Хориглох бүсийн эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>Caution (km)</source>
            <translation>Анхааралтай бүс (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>Caution sources</source>
            <translation>Анхааралтай бүсийн эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="539" />
            <source>Suitable (km)</source>
            <translation>Тохиромжтой талбай (км)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="544" />
            <source>No-go distance around water sources: {m} m (special protection zone)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрон дахь хориглох зай: {m} м (тусгай хамгаалалтын бүс)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="544" />
            <source>Caution distance around water sources: {m} m (ordinary protection zone)</source>
            <translation>Усны эх үүсвэрийн эргэн тойрон дахь анхааралтай зай: {m} м (энгийн хамгаалалтын бүс)</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="544" />
            <source>Protected areas are no-go; their buffer is set by the user</source>
            <translation>Тусгай хамгаалалттай газар нутаг нь хориглох бүс; түүний хамгаалалтын бүсийг хэрэглэгч тогтооно</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="544" />
            <source>Guidance: keep {m} m from Przewalski's horse (takhi) herds</source>
            <translation>Зөвлөмж: тахийн сүргээс {m} м-ээс ойртохгүй байх</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="562" />
            <source>No-go wins over caution; the three zones cover the study area exactly. Buffers are true metres (computed in a transverse Mercator CRS centred on the data); areas and lengths are measured on the WGS 84 ellipsoid.</source>
            <translation>Хориглох бүс анхааралтай бүсээс давуу эрэмбэтэй; гурван бүс судалгааны талбайг давхцалгүй, бүрэн хамарна. Хамгаалалтын бүсийн зайг бодит метрээр (өгөгдөлд төвлөрсөн хөндлөн Меркаторын координатын системд) тооцно; талбай, уртыг WGS 84 эллипсоид дээр хэмжинэ.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="42" />
            <source>EIA screening of a proposed alignment</source>
            <translation>Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан үнэлгээ</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="69" />
            <source>Models</source>
            <translation>Загварууд</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="118" />
            <source>Permeable</source>
            <translation>Нэвтрүүлэх</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="119" />
            <source>Conditional</source>
            <translation>Нөхцөлтэй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="120" />
            <source>Barrier</source>
            <translation>Саад</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="121" />
            <source>Unknown</source>
            <translation>Тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="122" />
            <source>Suitable crossing</source>
            <translation>Тохиромжтой гарц</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="123" />
            <source>Unsuitable crossing</source>
            <translation>Тохиромжгүй гарц</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="124" />
            <source>Suitability unknown</source>
            <translation>Тохиромж нь тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="125" />
            <source>Not on a route (unmatched)</source>
            <translation>Зам дээр байхгүй (холбогдоогүй)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="126" />
            <source>Underpass</source>
            <translation>Доогуур гарц</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="127" />
            <source>Overpass, green bridge</source>
            <translation>Дээгүүр гарц, ногоон гүүр</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="128" />
            <source>Bridge</source>
            <translation>Гүүр</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="129" />
            <source>Culvert</source>
            <translation>Ус өнгөрүүлэх хоолой</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="130" />
            <source>Level crossing</source>
            <translation>Түвшний огтлолцол</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="69" />
            <source>Opening</source>
            <translation>Нээлт</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="132" />
            <source>Spacing within the limit</source>
            <translation>Зай зөвшөөрөгдөх хэмжээнд</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="133" />
            <source>Too long: up to 2 km over the limit</source>
            <translation>Хэт урт: хязгаараас 2 км хүртэл илүү</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="134" />
            <source>Too long: 2 to 5 km over the limit</source>
            <translation>Хэт урт: хязгаараас 2–5 км илүү</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="136" />
            <source>Too long: more than 5 km over the limit</source>
            <translation>Хэт урт: хязгаараас 5 км-ээс илүү</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="137" />
            <source>Proposed crossing</source>
            <translation>Санал болгож буй гарц</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="141" />
            <source>Crosses a no-go zone</source>
            <translation>Хориглох бүсийг огтолно</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="142" />
            <source>Crosses a caution zone</source>
            <translation>Анхааралтай бүсийг огтолно</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="143" />
            <source>In a suitable area</source>
            <translation>Тохиромжтой талбайд</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="144" />
            <source>Suitable (cost 1)</source>
            <translation>Тохиромжтой (өртөг 1)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="145" />
            <source>Caution (higher cost)</source>
            <translation>Анхааралтай (өртөг өндөр)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="251" />
            <source>By species: {species}</source>
            <translation>Төрөл зүйлээр: {species}</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="418" />
            <source>the output could not be opened</source>
            <translation>гаралтын давхаргыг нээж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="429" />
            <source>Could not save the map style with {path}: {error}</source>
            <translation>Газрын зургийн загварыг {path}-д хадгалж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="224" />
            <source>Railway stations</source>
            <translation>Төмөр замын өртөө</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="227" />
            <source>Railway</source>
            <translation>Төмөр зам</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="228" />
            <source>Roads</source>
            <translation>Авто зам</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="229" />
            <source>Calving ground</source>
            <translation>Төллөх газар</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="230" />
            <source>Protected areas</source>
            <translation>Тусгай хамгаалалттай газар нутаг (ТХГН)</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="231" />
            <source>Migration ranges</source>
            <translation>Нүүдлийн нутаг</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="232" />
            <source>Aimags</source>
            <translation>Аймаг</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="304" />
            <source>Workshop data loaded: {count} layers (illustrative, not survey data).</source>
            <translation>Сургалтын өгөгдөл ачааллаа: {count} давхарга (жишээ өгөгдөл, хээрийн судалгааны өгөгдөл биш).</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="381" />
            <source>the style {name} could not be stored</source>
            <translation>{name} загварыг хадгалж чадсангүй</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="190" />
            <source>No no-go or caution layer has the field '{field}' (BUFFER_FIELD): every feature gets the fixed buffer. The fields of '{layer}' are: {fields}.</source>
            <translation>Хориглох болон анхааралтай бүсийн аль ч давхаргад '{field}' талбар алга (BUFFER_FIELD): объект бүрт тогтмол хамгаалалтын бүсийг хэрэглэнэ. '{layer}' давхаргын талбарууд: {fields}.</translation>
        </message>
        <message>
            <location filename="../processing/nogo_mask.py" line="243" />
            <source>Layer '{layer}' has no features; it adds nothing to the outputs.</source>
            <translation>'{layer}' давхаргад объект алга; гаралтад юу ч нэмэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="26" />
            <source>Nuudel needs shapely 2 in QGIS's Python (found: {found}). Use a QGIS that ships it (OSGeo4W, the QGIS macOS installer, Ubuntu 24.04+, Debian 13), or build it against QGIS's own GEOS: 'python3 -m pip install --no-binary shapely "shapely&gt;=2"' (needs the GEOS development files; a prebuilt shapely wheel brings a second GEOS that can corrupt results). On Debian 12 run 'make setup' in the Nuudel folder and start QGIS with scripts/nuudel-qgis: see the README.</source>
            <translation>Нүүдэлд QGIS-ийн Python дотор shapely 2 хэрэгтэй (олдсон: {found}). Үүнийг агуулсан QGIS (OSGeo4W, macOS-ийн QGIS суулгагч, Ubuntu 24.04+, Debian 13) ашиглах, эсвэл QGIS-ийн өөрийн GEOS-оор бүтээнэ үү: 'python3 -m pip install --no-binary shapely "shapely&gt;=2"' (GEOS-ийн хөгжүүлэлтийн файлууд хэрэгтэй; бэлэн shapely wheel хоёр дахь GEOS авчирч үр дүнг гажуудуулж болзошгүй). Debian 12 дээр Нүүдэлийн хавтсанд 'make setup' ажиллуулаад QGIS-ийг scripts/nuudel-qgis-ээр эхлүүлнэ үү: README-г үзнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="79" />
            <source>Provisional rules stand in for national standard tables that were not available; when you have the tables, replace them with a PROFILE file (fence audit, crossing spacing) or the distance parameters (no-go mask).</source>
            <translation>Түр зуурын дүрмүүд нь олдоогүй үндэсний стандартын хүснэгтийг орлож байна; хүснэгтүүд гарт орвол PROFILE файлаар (хашааны үнэлгээ, гарц хоорондын зай) эсвэл зайн параметрүүдээр (хориглох бүсийн маск) солино уу.</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="64" />
            <source>Strand (wire) fence</source>
            <translation>Утсан хашаа</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="65" />
            <source>Mesh fence</source>
            <translation>Торон хашаа</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="66" />
            <source>Solid wall</source>
            <translation>Битүү хана</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="67" />
            <source>Electric fence</source>
            <translation>Цахилгаан хашаа</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="68" />
            <source>Rail fence</source>
            <translation>Хашлага</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="70" />
            <source>Fence type not recorded</source>
            <translation>Хашааны төрөл бичигдээгүй</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="166" />
            <source>Crossing structure (suitability not checked yet)</source>
            <translation>Гарц гарамын байгууламж (тохиромжтой эсэхийг шалгаагүй)</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="333" />
            <source>Layer '{layer}' has coordinates up to {x}, {y}, which are not degrees, but its CRS {crs} is in degrees. Set the CRS the coordinates are in (for example the UTM zone of your data) in the layer properties and run again.</source>
            <translation>'{layer}' давхаргын координат {x}, {y} хүртэл хүрч байгаа нь градус биш, гэтэл түүний {crs} CRS градусаар илэрхийлэгддэг. Координатууд аль CRS-д байгааг (жишээ нь өгөгдлийнхөө UTM бүс) давхаргын шинж чанарт тохируулаад дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="81" />
            <source>Maximum spacing between suitable crossings (metres; empty: the profile's value)</source>
            <translation>Тохиромжтой гарцуудын хоорондох хамгийн их зай (метр; хоосон бол профайлын утга)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="166" />
            <source>must be larger than the band before it.</source>
            <translation>өмнөх ангиллаасаа их байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="169" />
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
            <location filename="../processing/core/traffic.py" line="148" />
            <source>The profile has no '{key}' section; copy it from the shipped resources/profiles/species.json.</source>
            <translation>Профайлд '{key}' хэсэг алга; үүнийг дагалдах resources/profiles/species.json файлаас хуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="158" />
            <source>A target year needs a base year (BASE_YEAR).</source>
            <translation>Зорилтот онд суурь он (BASE_YEAR) хэрэгтэй.</translation>
        </message>
        <message>
            <location filename="../processing/core/traffic.py" line="160" />
            <source>TARGET_YEAR {target} is before BASE_YEAR {base}.</source>
            <translation>TARGET_YEAR {target} нь BASE_YEAR {base}-аас өмнө байна.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="37" />
            <source>low traffic</source>
            <translation>бага хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="38" />
            <source>moderate traffic</source>
            <translation>дунд зэргийн хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="39" />
            <source>high traffic</source>
            <translation>их хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="40" />
            <source>very high traffic</source>
            <translation>маш их хөдөлгөөнтэй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="41" />
            <source>traffic unknown</source>
            <translation>хөдөлгөөн тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="275" />
            <source>Road traffic barriers</source>
            <translation>Авто замын хөдөлгөөний саад</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="72" />
            <source>Roads (lines)</source>
            <translation>Авто замууд (шугам)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="74" />
            <source>Traffic field (vehicles a day, AADT)</source>
            <translation>Хөдөлгөөний талбар (тээврийн хэрэгсэл/хоног, AADT)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="77" />
            <source>Year of the traffic counts (base year)</source>
            <translation>Хөдөлгөөн тоолсон он (суурь он)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="81" />
            <source>Traffic growth field (% a year, optional)</source>
            <translation>Хөдөлгөөний өсөлтийн талбар (жилд %, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="84" />
            <source>Traffic growth rate (% a year, optional; for roads without their own)</source>
            <translation>Хөдөлгөөний өсөлтийн хувь (жилд %, заавал биш; өөрийн утгагүй замуудад)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="88" />
            <source>Target year (optional; without it the base year's traffic is assessed)</source>
            <translation>Зорилтот он (заавал биш; үгүй бол суурь оны хөдөлгөөнийг үнэлнэ)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="93" />
            <source>Roads by traffic band</source>
            <translation>Хөдөлгөөний ангиллаар авто замууд</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="270" />
            <source>Kilometres per traffic band</source>
            <translation>Хөдөлгөөний ангилал бүрийн километр</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="97" />
            <source>Reporting units (polygons, optional)</source>
            <translation>Тайлангийн нэгжүүд (полигон, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="136" />
            <source>Choose the traffic field (TRAFFIC_FIELD, vehicles a day).</source>
            <translation>Хөдөлгөөний талбарыг (TRAFFIC_FIELD, тээврийн хэрэгсэл/хоног) сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="142" />
            <source>A target year without a growth rate or growth field: the traffic is assessed as it was counted.</source>
            <translation>Зорилтот он өгсөн ч өсөлтийн хувь эсвэл өсөлтийн талбар алга: хөдөлгөөнийг тоолсноор нь үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="174" />
            <source>{count} roads have no geometry; they are kept with length 0.</source>
            <translation>{count} замд геометр алга; тэдгээрийг 0 урттайгаар хадгална.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="190" />
            <source>{count} invalid reporting unit polygons were repaired.</source>
            <translation>Тайлангийн нэгжийн буруу {count} полигоныг засав.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="217" />
            <source>Input fields {fields} are replaced by the algorithm's own fields of the same name.</source>
            <translation>Оролтын {fields} талбаруудыг алгоритмын ижил нэртэй талбарууд орлоно.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="256" />
            <source>{count} roads: {parts}.</source>
            <translation>{count} зам: {parts}.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="259" />
            <source>{count} roads have no usable traffic value; their band is unknown (never low).</source>
            <translation>{count} замд ашиглах боломжтой хөдөлгөөний утга алга; ангилал нь тодорхойгүй (хэзээ ч бага биш).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="265" />
            <source>Reporting unit (feature id)</source>
            <translation>Тайлангийн нэгж (объектын дугаар)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="266" />
            <source>{band} (km)</source>
            <translation>{band} (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="267" />
            <source>Total (km)</source>
            <translation>Нийт (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="267" />
            <source>Above the CAMI threshold (km)</source>
            <translation>CAMI-гийн босгоос дээш (км)</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="268" />
            <source>all roads</source>
            <translation>бүх зам</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="273" />
            <source>Layer '{layer}': {count} roads (lengths on the WGS84 ellipsoid).</source>
            <translation>'{layer}' давхарга: {count} зам (урт нь WGS84 эллипсоид дээр).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="288" />
            <source>Traffic bands (vehicles a day, each from its lower limit): {limits}.</source>
            <translation>Хөдөлгөөний ангилал (тээврийн хэрэгсэл/хоног, тус бүр доод хязгаараасаа): {limits}.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="291" />
            <source>Roads above {value:g} vehicles a day are high volume (the map CAMI asks for).</source>
            <translation>Хоногт {value:g}-аас олон тээврийн хэрэгсэлтэй зам их ачаалалтай (CAMI-гийн шаардсан зураг).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="294" />
            <source>Chance of a gap of {gap:g} s between vehicles: exp(-q x {gap:g} / 3600) with q vehicles an hour, at the mean hour (AADT / 24).</source>
            <translation>Тээврийн хэрэгслийн хооронд {gap:g} с зай гарах магадлал: exp(-q x {gap:g} / 3600), q нь цагийн тээврийн хэрэгсэл, дундаж цагт (AADT / 24).</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="297" />
            <source>The peak hour carries {pct:g} % of the day's traffic.</source>
            <translation>Оргил цагт хоногийн хөдөлгөөний {pct:g} % өнгөрнө.</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="146" />
            <source>Low traffic (under 1,000 vehicles a day)</source>
            <translation>Бага хөдөлгөөн (хоногт 1,000-аас бага тээврийн хэрэгсэл)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="147" />
            <source>Moderate traffic (1,000 to 4,000)</source>
            <translation>Дунд зэргийн хөдөлгөөн (1,000–4,000)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="148" />
            <source>High traffic (4,000 to 10,000)</source>
            <translation>Их хөдөлгөөн (4,000–10,000)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="149" />
            <source>Very high traffic (over 10,000)</source>
            <translation>Маш их хөдөлгөөн (10,000-аас дээш)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="150" />
            <source>Traffic unknown</source>
            <translation>Хөдөлгөөн тодорхойгүй</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="151" />
            <source>Effective mesh size under 10 km²</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ 10 км²-аас бага</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="152" />
            <source>10 to 100 km²</source>
            <translation>10–100 км²</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="153" />
            <source>100 to 1,000 km²</source>
            <translation>100–1,000 км²</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="154" />
            <source>1,000 to 10,000 km²</source>
            <translation>1,000–10,000 км²</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="155" />
            <source>10,000 km² or more</source>
            <translation>10,000 км² ба түүнээс их</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="156" />
            <source>Mesh under 10 km²</source>
            <translation>10 км²-аас бага холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/core/landscape.py" line="295" />
            <source>The reporting units layer has no polygons: there is no region to measure.</source>
            <translation>Тайлангийн нэгжийн давхаргад полигон алга: хэмжих нутаг дэвсгэр байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/topology.py" line="213" />
            <source>{count} line ends lie {lo}–{hi} m from another line; they are not joined. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} шугамын төгсгөл өөр шугамаас {lo}–{hi} м зайтай; тэдгээрийг холбосонгүй. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/topology.py" line="220" />
            <source>Join tolerance {tolerance} m: {ends} ends joined to ends, {lines} to lines, {targets} to targets; {near} near misses within {near_m} m.</source>
            <translation>Холболтын хүлцэл {tolerance} м: {ends} төгсгөлийг төгсгөлтэй, {lines}-ийг шугамтай, {targets}-ийг зорилтот объекттой холбов; {near_m} м-ийн дотор {near} холбогдох шахсан төгсгөл.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="474" />
            <source>Landscape permeability per species</source>
            <translation>Зүйл тус бүрийн газар нутгийн нэвтрүүлэх чадвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="80" />
            <source>Reporting units (polygons: aimags, soums, a grid or a study area)</source>
            <translation>Тайлангийн нэгжүүд (полигон: аймаг, сум, тор эсвэл судалгааны талбай)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="32" />
            <source>Fences (lines, the fence data model; optional)</source>
            <translation>Хашаа (шугам, хашааны өгөгдлийн загвар; заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="48" />
            <source>Roads and railways (lines, optional)</source>
            <translation>Авто зам, төмөр зам (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="50" />
            <source>Traffic field (vehicles a day; empty: every road cuts)</source>
            <translation>Хөдөлгөөний талбар (тээврийн хэрэгсэл/хоног; хоосон бол бүх зам хуваана)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="53" />
            <source>Other barriers that cut for every species (lines, optional)</source>
            <translation>Бүх зүйлд хуваах бусад саад (шугам, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="56" />
            <source>Crossing structures (points, optional)</source>
            <translation>Гарцын байгууламжууд (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="61" />
            <source>Crossing width field (m)</source>
            <translation>Гарцын өргөний талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="62" />
            <source>Crossing clear height field (m)</source>
            <translation>Гарцын чөлөөт өндрийн талбар (м)</translation>
        </message>
        <message>
            <location filename="../processing/barrier_inputs.py" line="63" />
            <source>Crossing length field (m, the distance an animal walks through)</source>
            <translation>Гарцын уртын талбар (м, амьтны дундуур нь явах зай)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="115" />
            <source>Snap tolerance: largest distance of a crossing from a cutting line (metres)</source>
            <translation>Наалдуулах хүлцэл: гарцаас хуваагч шугам хүртэлх хамгийн их зай (метр)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="117" />
            <source>Planned alignment (lines, optional: the after state)</source>
            <translation>Төлөвлөсөн трасс (шугам, заавал биш: дараах төлөв)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="122" />
            <source>Fences of unknown verdict cut</source>
            <translation>Дүгнэлт нь тодорхойгүй хашаа хуваана</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="124" />
            <source>Join tolerance: line ends this close to a cutting line or the region's edge are joined (metres; empty: the profile's)</source>
            <translation>Холболтын хүлцэл: хуваагч шугам эсвэл нутгийн хязгаарт ийм ойр байгаа шугамын үзүүрийг холбоно (метр; хоосон бол профайлынх)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="127" />
            <source>Effective mesh size per reporting unit</source>
            <translation>Тайлангийн нэгж бүрийн холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="130" />
            <source>Meshes per species</source>
            <translation>Зүйл тус бүрийн холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="183" />
            <source>Choose the {parameter} layer.</source>
            <translation>{parameter} давхаргыг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="200" />
            <source>Choose the {parameter} of layer '{layer}'.</source>
            <translation>'{layer}' давхаргын {parameter}-ийг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="251" />
            <source>Layer '{layer}': {count} features have no geometry; they take no part.</source>
            <translation>'{layer}' давхарга: {count} объектод геометр алга; тэдгээр оролцохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="258" />
            <source>The reporting units layer '{layer}' has no features.</source>
            <translation>'{layer}' тайлангийн нэгжийн давхаргад объект алга.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="495" />
            <source>{count} roads have no usable traffic value; they cut.</source>
            <translation>{count} замд ашиглах боломжтой хөдөлгөөний утга алга; тэдгээр хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="334" />
            <source>No traffic field: every road cuts (the EEA convention).</source>
            <translation>Хөдөлгөөний талбар алга: бүх зам хуваана (EEA-гийн журам).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="482" />
            <source>{count} line ends were joined across gaps up to {max} m (JOIN_TOLERANCE {tol} m).</source>
            <translation>Шугамын {count} үзүүрийг {max} м хүртэлх завсраар холбов (JOIN_TOLERANCE {tol} м).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="367" />
            <source>{count} of {total} crossings lie farther than the snap tolerance ({tol} m) from every line; they join nothing.</source>
            <translation>{total} гарцын {count} нь бүх шугамаас наалдуулах хүлцлээс ({tol} м) хол байна; тэдгээр юуг ч холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="373" />
            <source>{species}: {used} crossings join meshes; {bad} are not suitable (or unknown) and join nothing.</source>
            <translation>{species}: {used} гарц холбоот талбайг холбоно; {bad} нь тохиромжгүй (эсвэл тодорхойгүй) тул юуг ч холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="450" />
            <source>{species}: effective mesh size {lo:.1f} to {hi:.1f} km² over {n} units.</source>
            <translation>{species}: {n} нэгжид холбоот талбайн үр дүнтэй хэмжээ {lo:.1f}–{hi:.1f} км².</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="456" />
            <source>Effective mesh size per unit and species</source>
            <translation>Нэгж ба зүйл тус бүрийн холбоот талбайн үр дүнтэй хэмжээ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="402" />
            <source>Map</source>
            <translation>Зураг</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="407" />
            <source>What the numbers mean</source>
            <translation>Тоонуудын утга</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="459" />
            <source>The effective mesh size m_eff is the size of the area an animal placed at random in the unit can reach without crossing a barrier (km²). CBC (Moser 2007) counts each mesh with its whole area, also beyond the unit; CUT (Jaeger 2000) cuts the meshes at the unit's boundary. s_eff = 1000 / m_eff is the number of meshes per 1000 km² (the EEA indicator).</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ m_eff нь нэгжид санамсаргүй байрлуулсан амьтан саад давалгүйгээр хүрч чадах талбайн хэмжээ (км²). CBC (Moser 2007) холбоот талбай бүрийг нэгжээс гадна хэсгийг оролцуулан бүх талбайгаар нь тоолно; CUT (Jaeger 2000) холбоот талбайг нэгжийн хилээр тасална. s_eff = 1000 / m_eff нь 1000 км² тутамд ногдох холбоот талбайн тоо (EEA-гийн үзүүлэлт).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="469" />
            <source>Reporting units '{layer}': {count} units, {km2:.1f} km² (areas on the WGS84 ellipsoid).</source>
            <translation>'{layer}' тайлангийн нэгжүүд: {count} нэгж, {km2:.1f} км² (талбай нь WGS84 эллипсоид дээр).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>Unit (feature id)</source>
            <translation>Нэгж (объектын дугаар)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>m_eff CBC (km²)</source>
            <translation>m_eff CBC (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>m_eff CUT (km²)</source>
            <translation>m_eff CUT (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>m_eff after (km²)</source>
            <translation>m_eff дараа (км²)</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>Loss %</source>
            <translation>Алдагдал %</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>Meshes</source>
            <translation>Холбоот талбай</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="515" />
            <source>Barrier (km)</source>
            <translation>Саад (км)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="510" />
            <source>The map could not be drawn.</source>
            <translation>Зургийг зурж чадсангүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="553" />
            <source>Effective mesh size: CBC sum(a_inside x a_complete) / A_unit, CUT sum(a_i²) / A_unit; s_eff = 1000 / m_eff.</source>
            <translation>Холбоот талбайн үр дүнтэй хэмжээ: CBC sum(a_inside x a_complete) / A_unit, CUT sum(a_i²) / A_unit; s_eff = 1000 / m_eff.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="556" />
            <source>With a traffic field, roads of at least {vpd:g} vehicles a day and roads of unknown traffic cut; without it every road cuts.</source>
            <translation>Хөдөлгөөний талбартай бол хоногт {vpd:g}-аас доошгүй тээврийн хэрэгсэлтэй болон хөдөлгөөн нь тодорхойгүй зам хуваана; талбаргүй бол бүх зам хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="563" />
            <source>A crossing suitable for the species (the crossing spacing check's rules) within {snap:g} m of a cutting line joins the meshes on both sides of the nearest cutting line.</source>
            <translation>Хуваагч шугамаас {snap:g} м дотор байгаа, зүйлд тохиромжтой гарц (гарц хоорондын зайн шалгалтын дүрмээр) хамгийн ойрын хуваагч шугамын хоёр талын холбоот талбайг холбоно.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="567" />
            <source>Line ends within {tol:g} m of another line or the region's edge are joined (digitising gaps); a line with a free end splits nothing.</source>
            <translation>Өөр шугам эсвэл нутгийн хязгаараас {tol:g} м дотор байгаа шугамын үзүүрийг холбоно (зурах үеийн завсар); чөлөөтэй үзүүртэй шугам юуг ч хуваахгүй.</translation>
        </message>
        <message>
            <location filename="../processing/road_traffic.py" line="282" />
            <source>{band} from {value:g}</source>
            <translation>{band} {value:g}-аас</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="207" />
            <source>must be zero or more, not {value}.</source>
            <translation>тэг буюу түүнээс их байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="221" />
            <source>The profile's fence.run_tolerance_m is deprecated: use topology.join_tolerance_m (or the JOIN_TOLERANCE parameter). {used}</source>
            <translation>Профайлын fence.run_tolerance_m хуучирсан: оронд нь topology.join_tolerance_m (эсвэл JOIN_TOLERANCE параметр)-ийг хэрэглэнэ үү. {used}</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="221" />
            <source>Its value {value} m is used as the join tolerance.</source>
            <translation>Түүний {value} м утгыг холболтын хүлцэл болгон ашиглав.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="221" />
            <source>It is ignored; topology.join_tolerance_m applies.</source>
            <translation>Үүнийг үл тооцов; topology.join_tolerance_m хүчинтэй.</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="114" />
            <source>{count} junctions (the route goes on along the straightest arm, the other arms are pieces of their own)</source>
            <translation>{count} уулзвар (маршрут хамгийн шулуун салаагаар үргэлжилж, бусад салаа тус тусдаа хэсэг болно)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="118" />
            <source>{count} lines end on the middle of another line (branches)</source>
            <translation>{count} шугам өөр шугамын дунд төгсөнө (салаа)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="121" />
            <source>{count} breaks (parts not joined within JOIN_TOLERANCE)</source>
            <translation>{count} тасалдал (JOIN_TOLERANCE-ийн дотор холбогдоогүй хэсгүүд)</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="125" />
            <source>{count} near misses</source>
            <translation>{count} холбогдох шахсан төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/core/spacing.py" line="128" />
            <source>{count} closed loops</source>
            <translation>{count} битүү гогцоо</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="238" />
            <source>Chainage origins (points, optional): each route's chainage runs from its end nearest such a point</source>
            <translation>Пикетийн эхлэл (цэг, заавал биш): маршрут бүрийн пикет ийм цэгт хамгийн ойр төгсгөлөөс нь эхэлнэ</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="253" />
            <source>{count} route ends lie {lo}–{hi} m from another route; the routes are split there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} маршрутын төгсгөл өөр маршрутаас {lo}–{hi} м зайтай; маршрутууд тэнд тасарна. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="253" />
            <source>{count} route ends lie {distance} m from another route; the routes are split there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>{count} маршрутын төгсгөл өөр маршрутаас {distance} м зайтай; маршрутууд тэнд тасарна. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="259" />
            <source>Route {route} became {pieces} pieces, each with its own chainage: {reasons}.</source>
            <translation>{route} маршрут {pieces} хэсэг болов, хэсэг бүр өөрийн пикеттэй: {reasons}.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="259" />
            <source>no reason found</source>
            <translation>шалтгаан олдсонгүй</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="264" />
            <source>Chainage 0 is at the start of each route piece, in the direction most of its segments were digitised (by length).</source>
            <translation>Пикет 0 нь маршрутын хэсэг бүрийн эхэнд, түүний хэсгүүдийн ихэнх нь (уртаар) цахимжуулсан чиглэлд байна.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="267" />
            <source>Chainage runs from the end of each route piece nearest a CHAINAGE_START point; {count} pieces were turned round.</source>
            <translation>Пикет нь маршрутын хэсэг бүрийн CHAINAGE_START цэгт хамгийн ойр төгсгөлөөс эхэлнэ; {count} хэсгийн чиглэлийг эргүүлэв.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="286" />
            <source>The chainage origins layer '{layer}' has no points; the default direction applies.</source>
            <translation>'{layer}' пикетийн эхлэлийн давхаргад цэг алга; анхдагч чиглэл хэрэглэгдэнэ.</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="535" />
            <source>Route pieces, joins and near misses</source>
            <translation>Маршрутын хэсгүүд, холболт ба холбогдох шахсан төгсгөлүүд</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="541" />
            <source>Pieces</source>
            <translation>Хэсэг</translation>
        </message>
        <message>
            <location filename="../processing/crossing_spacing.py" line="541" />
            <source>Why</source>
            <translation>Шалтгаан</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="160" />
            <source>{count} fence ends lie {lo}–{hi} m from another end; runs stop there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>Хашааны {count} төгсгөл өөр төгсгөлөөс {lo}–{hi} м зайтай; тасралтгүй саад тэнд зогсоно. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="160" />
            <source>{count} fence ends lie {distance} m from another end; runs stop there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m.</source>
            <translation>Хашааны {count} төгсгөл өөр төгсгөлөөс {distance} м зайтай; тасралтгүй саад тэнд зогсоно. Хэрэв эдгээр нь цахимжуулалтын завсар бол JOIN_TOLERANCE-ийг {suggest} м болгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="295" />
            <source>Line ends closer than {tol} m are joined (a digitising tolerance, not a gap an animal could use); ends within the near-miss distance but farther are reported.</source>
            <translation>{tol} м-ээс ойр шугамын төгсгөлүүдийг холбоно (энэ нь цахимжуулалтын хүлцэл, амьтан ашиглаж болох завсар биш); холбогдох шахсан зайн дотор боловч түүнээс хол төгсгөлүүдийг мэдээлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/fence_audit.py" line="348" />
            <source>Joins and near misses</source>
            <translation>Холболт ба холбогдох шахсан төгсгөлүүд</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="28" />
            <source>Join tolerance: line ends closer than this are joined (metres whatever the CRS; empty: the profile's value)</source>
            <translation>Холболтын хүлцэл: үүнээс ойр шугамын төгсгөлүүдийг холбоно (координатын системээс үл хамааран метр; хоосон бол профайлын утга)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="35" />
            <source>Line joins and near misses (points, optional)</source>
            <translation>Шугамын холболт ба холбогдох шахсан төгсгөлүүд (цэг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="98" />
            <source>Join tolerance {tolerance} m ({source}): {ends} ends joined to other ends, {lines} ends joined onto other lines. {near} near misses (ends within {near_m} m of another end or line but farther than the tolerance).</source>
            <translation>Холболтын хүлцэл {tolerance} м ({source}): {ends} төгсгөлийг өөр төгсгөлтэй, {lines} төгсгөлийг өөр шугамтай холбов. {near} холбогдох шахсан төгсгөл (өөр төгсгөл эсвэл шугамаас {near_m} м-ийн дотор боловч хүлцлээс хол).</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="108" />
            <source>start</source>
            <translation>эхлэл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="108" />
            <source>end</source>
            <translation>төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="111" />
            <source>Feature id</source>
            <translation>Объектын дугаар</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="111" />
            <source>End</source>
            <translation>Төгсгөл</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="111" />
            <source>Nearest feature id</source>
            <translation>Хамгийн ойр объектын дугаар</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="111" />
            <source>Distance (m)</source>
            <translation>Зай (м)</translation>
        </message>
        <message>
            <location filename="../processing/topology_io.py" line="114" />
            <source>The {count} nearest are listed; OUTPUT_TOPOLOGY has them all.</source>
            <translation>Хамгийн ойр {count}-ийг жагсаав; бүгд OUTPUT_TOPOLOGY-д бий.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="319" />
            <source>Fence segments of unknown verdict ({counts}) cut (UNKNOWN_AS_BARRIER).</source>
            <translation>Дүгнэлт нь тодорхойгүй хашааны хэсгүүд ({counts}) хуваана (UNKNOWN_AS_BARRIER).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="320" />
            <source>Fence segments of unknown verdict ({counts}) do not cut (UNKNOWN_AS_BARRIER is off).</source>
            <translation>Дүгнэлт нь тодорхойгүй хашааны хэсгүүд ({counts}) хуваахгүй (UNKNOWN_AS_BARRIER унтраалттай).</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="559" />
            <source>Fence segments cut where the fence audit's verdict is barrier or unknown.</source>
            <translation>Хашааны үнэлгээний дүгнэлт саад эсвэл тодорхойгүй бол хашааны хэсэг хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="559" />
            <source>Fence segments cut where the fence audit's verdict is barrier.</source>
            <translation>Хашааны үнэлгээний дүгнэлт саад бол хашааны хэсэг хуваана.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="465" />
            <source>Joins, near misses and unknown data</source>
            <translation>Холболт, ойрын алдалт ба тодорхойгүй өгөгдөл</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="487" />
            <source>No near misses: no line end lies within {near} m of another line without being joined.</source>
            <translation>Ойрын алдалт алга: холбогдоогүй атлаа өөр шугамаас {near} м дотор байгаа шугамын үзүүр байхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/landscape_permeability.py" line="492" />
            <source>Fence segments of unknown verdict per species: {counts}.</source>
            <translation>Зүйл тус бүрийн дүгнэлт нь тодорхойгүй хашааны хэсэг: {counts}.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="56" />
            <source>The profile's 'mitigation' section has no '{key}'; copy it from the shipped resources/profiles/species.json.</source>
            <translation>Профайлын 'mitigation' хэсэгт '{key}' алга; үүнийг суулгацын resources/profiles/species.json файлаас хуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="73" />
            <source>The profile's mitigation.unit_costs.types.{type} needs a 'value' (MNT) and 'per' (each or km).</source>
            <translation>Профайлын mitigation.unit_costs.types.{type} нь 'value' (төгрөг) ба 'per' (each эсвэл km) утгатай байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="95" />
            <source>SPECIES_WEIGHTS: '{part}' is not species:weight with a weight of zero or more (e.g. khulan:2,mgaz:1).</source>
            <translation>SPECIES_WEIGHTS: '{part}' нь тэг буюу түүнээс их жинтэй зүйл:жин хэлбэр биш байна (жишээ нь khulan:2,mgaz:1).</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="98" />
            <source>SPECIES_WEIGHTS: '{code}' is not one of the chosen species ({codes}).</source>
            <translation>SPECIES_WEIGHTS: '{code}' нь сонгосон зүйлүүдийн ({codes}) нэг биш байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="102" />
            <source>SPECIES_WEIGHTS gives every species the weight 0: nothing would count.</source>
            <translation>SPECIES_WEIGHTS бүх зүйлд 0 жин өгч байна: юу ч тооцогдохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="133" />
            <source>OPENING_SPACING must be a positive distance in km, not {value}.</source>
            <translation>OPENING_SPACING нь км-ээр илэрхийлсэн эерэг зай байх ёстой, {value} биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/mitigation.py" line="427" />
            <source>The profile's fence rules for crawlers have no bottom wire rule: a raised bottom wire cannot be judged.</source>
            <translation>Профайлын доогуур шургагч амьтдын хашааны дүрэмд доод утасны дүрэм алга: өндөрсгөсөн доод утсыг үнэлэх боломжгүй.</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="48" />
            <source>opening</source>
            <translation>хашааны нээлт</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="49" />
            <source>let-down section</source>
            <translation>буулгадаг хэсэг</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="50" />
            <source>fence removed</source>
            <translation>хашааг буулгасан</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="51" />
            <source>bottom wire raised</source>
            <translation>доод утсыг өндөрсгөсөн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="52" />
            <source>smooth bottom wire</source>
            <translation>өргөсгүй доод утас</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="53" />
            <source>underpass</source>
            <translation>доогуур гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="54" />
            <source>overpass</source>
            <translation>дээгүүр гарц</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="61" />
            <source>ranked</source>
            <translation>эрэмбэлсэн</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="62" />
            <source>type not one of opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove</source>
            <translation>төрөл нь opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove-ийн аль нь ч биш</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="64" />
            <source>cost not a number of zero or more</source>
            <translation>өртөг нь тэг буюу түүнээс их тоо биш</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="66" />
            <source>no cutting line near it: it joins nothing</source>
            <translation>ойролцоо нь огтлох шугам алга: юуг ч холбохгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="67" />
            <source>joins no meshes for the weighted species</source>
            <translation>жинтэй зүйлүүдэд холбоот талбай холбохгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="68" />
            <source>does not fit in what is left of the budget</source>
            <translation>төсвийн үлдэгдэлд багтахгүй</translation>
        </message>
        <message>
            <location filename="../processing/labels.py" line="69" />
            <source>gains, but beyond MAX_CANDIDATES</source>
            <translation>ашигтай боловч MAX_CANDIDATES-аас хэтэрсэн</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="77" />
            <source>Mitigation priorities: which fence fix or crossing gains the most</source>
            <translation>Сөрөг нөлөө бууруулах тэргүүлэх ач холбогдол: хашааны ямар засвар, гарц хамгийн их ашиг өгөх вэ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="84" />
            <source>Candidate fixes (points or lines, optional; empty: openings along the fences and the crossings a spacing check proposes)</source>
            <translation>Нэр дэвшигч засварууд (цэг эсвэл шугам, заавал биш; хоосон бол: хашааны дагуух нээлтүүд ба гарц хоорондын зайн шалгалтын санал болгосон гарцууд)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="88" />
            <source>Candidate type field (opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove)</source>
            <translation>Нэр дэвшигчийн төрлийн талбар (opening, raise_bottom_wire, smooth_bottom_wire, let_down, underpass, overpass, remove)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="94" />
            <source>Cost field (MNT, optional; empty: the profile's unit costs)</source>
            <translation>Өртгийн талбар (төгрөг, заавал биш; хоосон бол: профайлын нэгж өртөг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="97" />
            <source>Opening spacing for generated candidates (km; empty: the profile's)</source>
            <translation>Үүсгэх нэр дэвшигчдийн нээлт хоорондын зай (км; хоосон бол: профайлынх)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="102" />
            <source>Species weights (e.g. khulan:2,mgaz:1; empty: equal)</source>
            <translation>Зүйлийн жин (жишээ нь khulan:2,mgaz:1; хоосон бол: тэнцүү)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="105" />
            <source>Budget (MNT, optional)</source>
            <translation>Төсөв (төгрөг, заавал биш)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="108" />
            <source>Most candidates to rank</source>
            <translation>Эрэмбэлэх нэр дэвшигчийн дээд тоо</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="112" />
            <source>Candidate fixes in rank order</source>
            <translation>Эрэмбийн дарааллаар нэр дэвшигч засварууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="202" />
            <source>{species}: {count} meshes before any fix.</source>
            <translation>{species}: засвар хийхээс өмнө {count} холбоот талбай.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="215" />
            <source>Generated candidates: {openings} openings every {km:g} km along the fences that cut, {crossings} crossings proposed by a spacing check of the roads that cut.</source>
            <translation>Үүсгэсэн нэр дэвшигчид: огтлох хашааны дагуу {km:g} км тутамд {openings} нээлт, огтлох замуудын гарц хоорондын зайн шалгалтын санал болгосон {crossings} гарц.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="233" />
            <source>No CANDIDATE_TYPE_FIELD: points are taken as underpasses and lines as let-down fence stretches.</source>
            <translation>CANDIDATE_TYPE_FIELD алга: цэгүүдийг доогуур гарц, шугамуудыг хашааны буулгадаг хэсэг гэж үзнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="240" />
            <source>{count} candidates have a cost in {field} that is not a number of zero or more; they are not ranked.</source>
            <translation>{count} нэр дэвшигчийн {field} талбар дахь өртөг тэг буюу түүнээс их тоо биш; тэдгээрийг эрэмбэлэхгүй.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="269" />
            <source>Species not named in SPECIES_WEIGHTS count 0: {codes}.</source>
            <translation>SPECIES_WEIGHTS-д нэрлээгүй зүйлүүд 0 жинтэй: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="295" />
            <source>Candidates: {counts}.</source>
            <translation>Нэр дэвшигчид: {counts}.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="299" />
            <source>{count} fixes ranked for {cost:,.0f} MNT reach {pct:.1f} % of the gain all candidates together would give.</source>
            <translation>{cost:,.0f} төгрөгийн эрэмбэлсэн {count} засвар нь бүх нэр дэвшигчийн хамтдаа өгөх ашгийн {pct:.1f} %-д хүрнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="304" />
            <source>No candidate gains anything: no fix joins meshes.</source>
            <translation>Ямар ч нэр дэвшигч ашиг өгөхгүй: ямар ч засвар холбоот талбай холбохгүй.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="387" />
            <source>{species}: joins meshes of {areas} km²</source>
            <translation>{species}: {areas} км² холбоот талбайнуудыг холбоно</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="399" />
            <source>Cumulative gain against cumulative cost</source>
            <translation>Хуримтлагдсан өртөгтэй харьцуулсан хуримтлагдсан ашиг</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="400" />
            <source>The first {count} fixes</source>
            <translation>Эхний {count} засвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="404" />
            <source>What the budget buys</source>
            <translation>Төсвөөр юу хийж болох вэ</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="407" />
            <source>Gain: the increase of the landscape's total connected area, the sum over reporting units of m_eff × unit area (CBC, Moser 2007), given as km² of effective mesh size over the whole region; gain_total weights the species by SPECIES_WEIGHTS. Fixes are chosen one by one, the best gain per cost first, each after the ones before it are applied. cum_gain_pct is the share of the gain all candidates together would give. The unit costs are Nuudel placeholders: replace them with ministry unit costs in the profile or give COST_FIELD.</source>
            <translation>Ашиг: ландшафтын нийт холбоот талбайн өсөлт, тайлангийн нэгжүүдийн m_eff × нэгжийн талбайн нийлбэр (CBC, Moser 2007), бүх бүс нутгийн холбоот талбайн үр дүнтэй хэмжээний км²-аар; gain_total нь зүйлүүдийг SPECIES_WEIGHTS-ээр жинлэнэ. Засваруудыг нэг нэгээр, өртгийн нэгжид ногдох ашиг хамгийн ихээс нь эхлэн, өмнөх засваруудыг хийсэн гэж үзэн сонгоно. cum_gain_pct нь бүх нэр дэвшигчийн хамтдаа өгөх ашгийн эзлэх хувь. Нэгж өртөг нь Nuudel-ийн түр утга: профайлд яамны нэгж өртгөөр солих эсвэл COST_FIELD өгнө үү.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="443" />
            <source>Fix</source>
            <translation>Засвар</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="443" />
            <source>Cost (MNT)</source>
            <translation>Өртөг (төгрөг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="432" />
            <source>Gain (km²)</source>
            <translation>Ашиг (км²)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="432" />
            <source>Gains most for</source>
            <translation>Хамгийн их ашиг өгөх зүйл</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="432" />
            <source>Share of the possible gain %</source>
            <translation>Боломжит ашгийн эзлэх хувь %</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="454" />
            <source>No budget given: the first {count} fixes cost {cost:,.0f} MNT and reach {pct:.1f} % of the possible gain.</source>
            <translation>Төсөв өгөөгүй: эхний {count} засвар {cost:,.0f} төгрөг бөгөөд боломжит ашгийн {pct:.1f} %-д хүрнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="456" />
            <source>A budget of {budget:,.0f} MNT buys the first {count} fixes ({cost:,.0f} MNT): {pct:.1f} % of the gain all candidates together would give.</source>
            <translation>{budget:,.0f} төгрөгийн төсвөөр эхний {count} засварыг ({cost:,.0f} төгрөг) хийж болно: бүх нэр дэвшигчийн хамтдаа өгөх ашгийн {pct:.1f} %.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="518" />
            <source>Unit costs per type of fix (MNT): Nuudel placeholders, replace with ministry unit costs.</source>
            <translation>Засварын төрөл тус бүрийн нэгж өртөг (төгрөг): Nuudel-ийн түр утга, яамны нэгж өртгөөр солино уу.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="518" />
            <source>Generated openings: one every OPENING_SPACING km along the fences that cut.</source>
            <translation>Үүсгэх нээлтүүд: огтлох хашааны дагуу OPENING_SPACING км тутамд нэг.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="518" />
            <source>A proposed underpass or overpass is judged as built to the profile's crossing minima.</source>
            <translation>Санал болгож буй доогуур эсвэл дээгүүр гарцыг профайлын гарцын доод хэмжээгээр барьсан гэж үнэлнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="518" />
            <source>A point candidate acts on the nearest cutting line within {m:g} m.</source>
            <translation>Цэгэн нэр дэвшигч нь {m:g} м дотор хамгийн ойр огтлох шугамд үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="518" />
            <source>A line candidate acts on the fence within {m:g} m of it.</source>
            <translation>Шугаман нэр дэвшигч нь өөрөөсөө {m:g} м дотор орших хашаанд үйлчилнэ.</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="556" />
            <source>cumulative cost (MNT)</source>
            <translation>хуримтлагдсан өртөг (төгрөг)</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="557" />
            <source>share of the possible gain (%)</source>
            <translation>боломжит ашгийн эзлэх хувь (%)</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="157" />
            <source>Rank 1 to 10</source>
            <translation>1–10-р эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="158" />
            <source>Rank 11 to 50</source>
            <translation>11–50-р эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="159" />
            <source>Rank over 50</source>
            <translation>50-аас дээш эрэмбэ</translation>
        </message>
        <message>
            <location filename="../processing/styles.py" line="160" />
            <source>Not ranked</source>
            <translation>Эрэмбэлээгүй</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="468" />
            <source>Reporting units</source>
            <translation>Тайлангийн нэгжүүд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="475" />
            <source>Lines that cut</source>
            <translation>Огтлох шугамууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="485" />
            <source>Fixes by rank</source>
            <translation>Эрэмбээрх засварууд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="406" />
            <source>Unit costs</source>
            <translation>Нэгж өртөг</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="439" />
            <source>each</source>
            <translation>ширхэг тутамд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="439" />
            <source>a km</source>
            <translation>км тутамд</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="443" />
            <source>Per</source>
            <translation>Нэгж</translation>
        </message>
        <message>
            <location filename="../processing/mitigation_priorities.py" line="444" />
            <source>Nuudel placeholders: replace them with ministry unit costs (a copy of the profile passed as PROFILE, or COST_FIELD).</source>
            <translation>Nuudel-ийн түр утга: яамны нэгж өртгөөр солино уу (профайлын хуулбарыг PROFILE-д өгөх эсвэл COST_FIELD).</translation>
        </message>
    </context>
</TS>
