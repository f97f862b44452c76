"""Data tables for the officials tagger: titles of public office, organisation words, honorifics,
academic degrees and the words that end or cannot be a personal name.

Curated by hand from Indonesian regional-government usage (UU 23/2014 on regional government,
PP 18/2016 on perangkat daerah, the Ombudsman RI organisation) and from the press forms seen in the
seed articles. All entries are lower-case; matching is case-insensitive.
"""
from __future__ import annotations

# --- titles -----------------------------------------------------------------------------------
# title head (as written, lower-case) -> (category, needs)
#   needs: "" the head alone is an office ("Bupati", "Sekda", "Camat");
#          "org" the head is an office only with an organisation after it ("Kepala Dinas …",
#          "Ketua DPRD …", "Asisten II …"): "Ketua panitia" or "kepala sekolah" alone is not.
TITLES: dict[str, tuple[str, str]] = {}


def _add(category: str, needs: str, *heads: str) -> None:
    for h in heads:
        TITLES[h] = (category, needs)


_add("kepala_daerah", "",
     "bupati", "wali kota", "walikota", "wako", "gubernur",
     "pj bupati", "pj. bupati", "pj wali kota", "pj walikota", "pj. wali kota", "pj gubernur",
     "pj. gubernur", "penjabat bupati", "penjabat wali kota", "penjabat walikota",
     "penjabat gubernur", "plt bupati", "plt. bupati", "plt wali kota", "plt walikota",
     "plt gubernur", "plh bupati", "plh wali kota", "plh walikota", "plh gubernur",
     "pjs bupati", "pjs wali kota", "pjs gubernur")
_add("wakil_kepala_daerah", "",
     "wakil bupati", "wabup", "wakil wali kota", "wakil walikota", "wawako", "wawali",
     "wakil gubernur", "wagub", "plt wakil bupati", "plt wakil wali kota")
_add("sekda", "",
     "sekda", "sekretaris daerah", "sekdakab", "sekdakot", "sekdaprov", "sekdako",
     "pj sekda", "pj. sekda", "plt sekda", "plt. sekda", "plh sekda", "plh. sekda",
     "penjabat sekda", "pj sekretaris daerah", "plt sekretaris daerah", "plh sekretaris daerah",
     "penjabat sekretaris daerah")
_add("perangkat_daerah", "",
     "kepala dinas", "kadis", "kepala badan", "kaban", "kepala bagian", "kabag", "kepala bidang",
     "kabid", "kepala kantor", "kepala satuan", "kasatpol pp", "kepala pelaksana",
     "sekretaris dinas", "sekretaris badan", "direktur rsud", "direktur utama rsud", "dirut rsud",
     "staf ahli", "inspektur", "inspektur daerah", "asisten daerah", "kepala upt", "kepala uptd")
_add("perangkat_daerah", "org",
     "kepala", "direktur", "direktur utama", "dirut", "asisten", "sekretaris", "kasubag",
     "kepala subbagian", "kepala sub bagian", "kasubbag", "kepala seksi", "kasi")
_add("camat_desa", "",
     "camat", "lurah", "wali nagari", "walinagari", "kepala desa", "kades", "keuchik", "geuchik",
     "perbekel", "kepala kampung", "kepala kelurahan", "pj kepala desa", "pj kades", "pjs kades",
     "pj wali nagari", "kepala lembang", "kepala negeri", "raja negeri", "sekcam",
     "sekretaris camat", "sekretaris kecamatan", "sekretaris desa", "sekdes",
     # Papua's distrik is the kecamatan (UU 21/2001); Bali's perbekel and Aceh's keuchik head a desa
     "kepala distrik", "plt kepala distrik", "kadistrik", "pj perbekel", "pj keuchik",
     "kepala gampong", "kepala dusun", "kadus")
_add("ombudsman", "",
     "ketua ombudsman", "wakil ketua ombudsman", "anggota ombudsman", "kepala keasistenan",
     "kepala perwakilan ombudsman", "kepala ombudsman", "asisten ombudsman", "pimpinan ombudsman",
     "plt kepala perwakilan ombudsman")
_add("legislatif", "",
     "ketua dprd", "wakil ketua dprd", "anggota dprd", "ketua komisi", "wakil ketua komisi",
     "anggota komisi", "anggota dpr", "anggota dpr ri", "ketua dpr", "ketua fraksi",
     "anggota dpd", "senator", "legislator")
_add("legislatif", "org", "ketua", "wakil ketua", "anggota", "pimpinan")
_add("pusat", "",
     "presiden", "wakil presiden", "wapres", "menteri", "wakil menteri", "wamen", "menpan-rb",
     "menpan rb", "menpanrb", "menpan", "mendagri", "menkeu", "menkes", "deputi", "dirjen",
     "direktur jenderal", "sekjen", "sekretaris jenderal", "kepala staf kepresidenan")
_add("lainnya", "",
     "kapolres", "kapolresta", "kapolda", "kapolsek", "dandim", "danrem", "kajari", "kajati",
     "kepala kejaksaan negeri", "ketua pengadilan negeri", "kepala bps", "kepala kantor pertanahan")

#: acting-office prefixes that may stand before any head ("Plt Kepala Diskominfo", "Penjabat (Pj)")
ACTING_PREFIXES = frozenset({"pj", "pj.", "plt", "plt.", "plh", "plh.", "pjs", "pjs.", "penjabat",
                             "pelaksana", "tugas", "harian", "(", ")"})

# --- what makes a role's category -------------------------------------------------------------
#: a role mentioning one of these words belongs to that category whatever its head says
CATEGORY_BY_ORG_WORD: tuple[tuple[str, str], ...] = (
    ("ombudsman", "ombudsman"),
    ("dprd", "legislatif"), ("dpr", "legislatif"), ("dpd", "legislatif"), ("dprk", "legislatif"),
    ("dpra", "legislatif"), ("dprp", "legislatif"), ("fraksi", "legislatif"),
    ("komisi", "legislatif"),
    ("desa", "camat_desa"), ("kelurahan", "camat_desa"), ("gampong", "camat_desa"),
    ("kampung", "camat_desa"), ("nagari", "camat_desa"), ("kecamatan", "camat_desa"),
    ("distrik", "camat_desa"),
)
#: heads needing an organisation: the organisation words that make them public offices
PUBLIC_ORG_WORDS = frozenset({
    "ombudsman", "dprd", "dpr", "dpd", "dprk", "dpra", "dprp", "komisi", "fraksi", "dinas", "badan",
    "bagian", "bidang", "kantor", "satuan", "rsud", "rumah", "puskesmas", "inspektorat", "upt",
    "uptd", "setda", "sekretariat", "sekda", "desa", "kelurahan", "kecamatan", "nagari", "gampong",
    "kampung", "perwakilan", "keasistenan", "bupati", "gubernur", "walikota", "wali", "pemkab",
    "pemkot", "pemprov", "pemko", "pemerintah", "pemerintahan", "kementerian", "direktorat",
    "subbagian", "seksi", "satpol", "kesbangpol", "bappeda", "bapenda", "bappelitbangda",
    "bapelitbangda", "bkpsdm", "bkd", "bpbd", "bpkad", "bpkd", "bppkad", "dpmptsp", "dpmpptsp",
    "dukcapil", "disdukcapil", "dispendukcapil", "diskominfo", "kominfo", "dinkes", "disdik",
    "disdikbud", "dishub", "disnaker", "disperindag", "dispar", "dispora", "distan", "dinsos",
    "dpupr", "pupr", "dlh", "dpmd", "dp3a", "dp3ap2kb", "dppkb", "disbun", "dkp", "setwan",
    "ortala", "organisasi", "perekonomian", "kesra", "tapem", "hukum", "prokopim", "humas",
    "bumd", "pdam", "perumda", "bank", "setprov", "setdakab", "setdako", "setdaprov", "distrik",
    "partai", "dapil",
})

# --- organisation vocabulary (words that continue a role, not a name) --------------------------
#: capitalised words that belong to an organisation's name. Affixed words ("Pelayanan",
#: "Kesehatan") are recognised by the stemmer; this table holds the root words and abbreviations.
ORG_WORDS = frozenset({
    # generic organisation words
    "dinas", "badan", "bagian", "bidang", "kantor", "satuan", "unit", "pelaksana", "teknis",
    "daerah", "umum", "rumah", "sakit", "rsud", "puskesmas", "inspektorat", "sekretariat",
    "setda", "setdakab", "setdako", "setdaprov", "sekda", "perwakilan", "ombudsman", "ri",
    "republik", "indonesia", "provinsi", "prov", "kabupaten", "kab", "kab.", "kota", "kecamatan",
    "desa", "kelurahan", "nagari", "gampong", "kampung", "pemkab", "pemkot", "pemko", "pemprov",
    "pemerintah", "pemerintahan", "dprd", "dpr", "dpd", "dprk", "dpra", "dprp", "komisi", "fraksi",
    "bupati", "gubernur", "wali", "walikota", "upt", "uptd", "subbagian", "sub", "seksi",
    "direktorat", "jenderal", "kementerian", "lembaga", "biro", "staf", "ahli", "asisten",
    "keasistenan", "kepala", "sekretaris", "setprov", "distrik", "partai", "dapil",
    # root words of agency names
    "modal", "terpadu", "satu", "pintu", "negara", "aparatur", "reformasi", "birokrasi", "sipil",
    "komunikasi", "informatika", "statistik", "persandian", "organisasi", "tata", "laksana",
    "hukum", "ruang", "hidup", "sosial", "bencana", "pangan", "bangsa", "politik", "masyarakat",
    "perempuan", "anak", "pemuda", "olahraga", "tenaga", "kerja", "transmigrasi", "koperasi",
    "usaha", "kecil", "mikro", "menengah", "aset", "pariwisata", "budaya", "ekonomi",
    "perekonomian", "kesra", "tapem", "prokopim", "protokol", "humas", "air", "minum", "pasar",
    "api", "pemadam", "keluarga", "berencana", "sumber", "daya", "manusia", "sdm", "pendidikan",
    "latihan", "diklat", "barang", "jasa", "aduan", "pengaduan", "kualitas", "mutu", "sistem",
    "informasi", "teknologi", "digital", "layanan", "publik", "kesejahteraan", "rakyat",
    "pembangunan", "administrasi", "umum", "keuangan", "pendapatan", "perencanaan", "penelitian",
    "pengembangan", "litbang", "riset", "inovasi", "pelayanan", "pencegahan", "penerimaan",
    "verifikasi", "laporan", "pemeriksaan", "penyelesaian", "monitoring", "evaluasi", "kesehatan",
    "lingkungan", "perhubungan", "pertanian", "perikanan", "kelautan", "peternakan", "kehutanan",
    "perkebunan", "perdagangan", "perindustrian", "pekerjaan", "perumahan", "permukiman",
    "kawasan", "kependudukan", "pencatatan", "pemberdayaan", "perlindungan", "penanaman",
    "penanggulangan", "pendayagunaan", "perizinan", "kepegawaian", "kearsipan", "perpustakaan",
    "ketahanan", "kesatuan", "ketertiban", "ketenteraman", "kebakaran", "penyelamatan",
    "pengelolaan", "penataan", "kebudayaan", "kepemudaan", "pengawasan", "pelaksanaan",
    "maladministrasi", "pengendalian", "penduduk", "pendaftaran", "pemerintahan", "otonomi",
    "keasistenan", "fasilitasi", "pengaduan", "pemantauan", "investigasi", "konsiliasi",
    # agency abbreviations
    "bappeda", "bapenda", "bappelitbangda", "bapelitbangda", "bkpsdm", "bkpsdmd", "bkd", "bpbd",
    "bpkad", "bpkd", "bppkad", "dpmptsp", "dpmpptsp", "dpmpt", "dukcapil", "disdukcapil",
    "dispendukcapil", "diskominfo", "kominfo", "diskominfotik", "diskominfostandi", "dinkes",
    "disdik", "disdikbud", "dikbud", "dishub", "disnaker", "disnakertrans", "disperindag",
    "disperindagkop", "dispar", "disparbud", "dispora", "distan", "dinsos", "dpupr", "pupr",
    "dpu", "dlh", "dpmd", "dp3a", "dp3ap2kb", "dppkb", "disbun", "dkp", "dkpp", "setwan",
    "ortala", "satpol", "pp", "kesbangpol", "dpkp", "dprkp", "disperkim", "dinas", "opd", "skpd",
    "panrb", "pan", "rb", "menpan", "menpanrb", "kemenpan", "kemenpanrb", "kemendagri",
    "bumd", "pdam", "perumda", "tirta", "bank", "pmptsp", "ptsp", "mpp",
    # ministries and national agencies ("Menteri Dalam Negeri", "Deputi Bidang …")
    "dalam", "luar", "negeri", "agama", "ham", "esdm", "atr", "bpn", "bumn", "koordinator",
    "keamanan", "polhukam", "pmk", "maritim", "investasi", "lhk", "ppn", "bappenas", "kkp",
    "kemenkes", "kemenag", "kemenkumham", "kemensos", "kemendikbud", "pdtt", "kesehatan",
})

#: words that can close an organisation and after which the next capitalised word is the place or
#: the name of that unit ("RSUD Arosuka", "Camat Lembah Gumanti", "Puskesmas Sungai Lasi")
NAMED_UNIT_WORDS = frozenset({"rsud", "puskesmas", "camat", "lurah", "kecamatan", "desa",
                              "kelurahan", "nagari", "gampong", "kampung", "upt", "uptd",
                              "kades", "keuchik", "geuchik", "perbekel", "lembang", "sekcam",
                              "distrik", "kadistrik"})

#: words after which a region name is the name of the village or district itself, not the office's
#: place ("Kepala Desa Bone", "Lurah Banjar", "Camat Kendal"): the place comes from elsewhere
UNIT_BEFORE_OWN_NAME = NAMED_UNIT_WORDS | frozenset({"wali nagari", "walinagari", "dusun"})

#: lower-case words that may stand inside a long role: connectors and the legislator's electoral
#: district ("Anggota DPRD Jambi dari daerah pemilihan Kerinci, …")
ROLE_CONNECTORS = frozenset({"dan", "&", "-", "/", "(", ")", "dari", "daerah", "pemilihan", "dapil",
                             "serta", "bidang", "urusan", "se"})
#: words that open the electoral-district part of a legislator's role: no office place after them
ELECTORAL_DISTRICT_WORDS = frozenset({"dapil", "pemilihan"})

# --- names ------------------------------------------------------------------------------------
#: honorifics before a name (religious, noble, academic, military and police ranks), as tokens
#: written without the final dot, lower-case: "H.", "Hj.", "Dr.", "drg.", "K.H.", "R.", "Tgk."
HONORIFICS = frozenset({
    "h", "hj", "hi", "dr", "drg", "dra", "drs", "ir", "prof", "k.h", "kh", "r", "ra", "rr", "ny",
    "ust", "ustadz", "ustaz", "habib", "bapak", "ibu", "pak",
    "bu", "sdr", "saudara", "saudari", "kol", "kolonel", "letkol", "mayjen", "brigjen", "irjen",
    "kombes", "akbp", "kompol", "akp", "iptu", "laksma", "marsma", "jenderal", "dt", "datuk",
    "datuak", "yth",
})
#: academic degrees, written without dots, commas or spaces, lower-case ("S.Sos" -> "ssos")
DEGREES = frozenset({
    "sh", "mh", "msi", "ssos", "st", "se", "spd", "mpd", "mm", "mkes", "spi", "ssi", "skm", "sip",
    "sag", "mag", "mt", "phd", "map", "ak", "sp", "skom", "mkom", "sstp", "ssttp", "ap", "sthi",
    "mt", "ma", "msc", "mba", "mpa", "mpp", "shi", "sei", "spdi", "mpdi", "shut", "ssy", "sked",
    "mked", "sked", "spog", "spa", "sppd", "sps", "spb", "spm", "mars", "ssit", "stp", "mtp",
    "se mm", "sh mh", "shmh", "semm", "ir", "cpa", "ca", "sfarm", "apt", "skep", "ners", "amd",
    "ampd", "sik", "mik", "msi", "sstp msi", "spt", "ssi", "mp", "mhum", "shum", "sipol", "sn",
    "sgz", "sterkeb", "sst", "ssn", "msp", "mec", "mkn", "mhkes", "mmr", "maph", "sosio", "mkp",
    "ipu", "ipm", "asean eng", "ckm", "cht", "mtcp", "sa", "sps", "spt",
})
#: abbreviated given names that belong to the name (unlike honorifics): "Muh. Idris", "Abd. Rahman",
#: "Moh. Ramli", "St. Aisyah" (Siti), "Mhd. Yusuf"; kept in the name, the scorer drops the dot
GIVEN_NAME_ABBREVIATIONS = frozenset({"muh", "moh", "muhd", "mhd", "moch", "mochd", "mohd", "abd",
                                      "st", "ach", "ahm"})

#: the second half of degrees the tokenizer splits ("S." "Sos", "M." "Si", ".S.H" handled apart)
DEGREE_TAILS = frozenset({"sos", "si", "h", "e", "pd", "t", "kom", "kes", "pi", "ip", "ag", "stp",
                          "hut", "km", "sos.", "si.", "h.", "e.", "pd.", "t.", "kom.", "kes.",
                          "pi.", "ip.", "ag.", "m", "m."})

#: words that end a name when they follow it (verbs of saying, prepositions, conjunctions) are all
#: lower-case and so end it anyway; these capitalised words can never be part of a name
NOT_NAME_WORDS = frozenset({
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "kabupaten", "kota", "provinsi", "pemkab", "pemkot",
    "pemko", "pemprov", "pemerintah", "bapak", "ibu", "beliau", "ia", "dia", "mereka", "kami",
    "kita", "saya", "tim", "para", "seluruh", "sejumlah", "selaku", "sebagai", "yang",
    "serta", "bersama", "saat", "dalam", "di", "ke", "dari", "pada", "kepada", "oleh", "untuk",
    "menurut", "kata", "ujar", "tutur", "ungkap", "jelas", "terang", "hal", "hadir", "foto",
    "reporter", "editor", "penulis", "sumber", "baca", "juga", "ombudsman", "mpp", "mal", "mall",
    "ri", "indonesia", "republik", "kantor", "gedung", "jalan", "jl", "aula", "ruang", "hotel",
    "rsud", "dprd", "dpr", "opd", "skpd", "setda", "asn", "pns", "bumn", "bumd", "wib", "wita",
    "wit", "hut", "ke-", "zona", "hijau", "kuning", "merah", "predikat", "nilai", "tahun",
    "the", "covid-19", "covid", "corona", "sementara", "adapun", "namun", "tetapi", "sedangkan",
    "selain", "setelah", "sebelum", "usai", "sambutannya", "ketika", "apel", "rapat", "acara",
    "kegiatan", "penghargaan", "piagam", "kunjungan", "rakor", "gerai", "terkait", "sekretariat",
})

#: lines that are never evidence for an official (bylines, credits, cross-links)
SKIP_LINE_PREFIXES = ("baca juga", "reporter", "editor", "penulis", "pewarta", "redaktur",
                      "fotografer", "sumber", "simak juga", "lihat juga", "artikel terkait",
                      "berita terkait", "copyright", "©")

#: words between a name and its role ("X selaku Kepala …", "X dari pimpinan Ombudsman RI")
NAME_ROLE_LINKS = frozenset({",", "selaku", "sebagai", "dari", "yakni", "yaitu", "(", "-", "–"})
#: markers that a role belongs to the province's government (the office has no other place)
PROVINCIAL_MARKERS = frozenset({"gubernur", "provinsi", "pemprov", "setdaprov", "sekdaprov",
                                "prov", "wagub", "gub", "setprov"})

#: a title right after one of these words names a place, a document or a prize, not a person
#: ("Kantor Gubernur Kalbar", "Rumah Dinas Bupati", "Peraturan Bupati", "Piala Wali Kota")
NOT_PERSON_BEFORE_TITLE = frozenset({
    "kantor", "rumah", "dinas", "jabatan", "rujab", "rumdin", "pendopo", "pendapa", "aula",
    "ruang", "ruangan", "gedung", "halaman", "kompleks", "komplek", "istana", "jalan", "jl",
    "piala", "peraturan", "perbup", "perwako", "pergub", "keputusan", "surat", "sk", "instruksi",
    "edaran", "cup", "lapangan", "masjid", "wisma", "lantai", "balai", "bagian", "sekretariat",
    "calon", "bakal", "mantan", "eks", "almarhum", "kandidat", "paslon", "pasangan",
})

#: press abbreviations of provinces, a fallback for the place of a role when the regions component
#: left the word unmarked (source: /work/shared/data/wilayah/README.md and common press usage)
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "sumut": "12", "sumbar": "13", "sumsel": "16", "babel": "19", "kepri": "21", "dki": "31",
    "jabar": "32", "jateng": "33", "diy": "34", "jatim": "35", "ntb": "52", "ntt": "53",
    "kalbar": "61", "kalteng": "62", "kalsel": "63", "kaltim": "64", "kaltara": "65",
    "sulut": "71", "sulteng": "72", "sulsel": "73", "sultra": "74", "sulbar": "76",
    "malut": "82", "pabar": "92", "papbar": "92", "pbd": "96",
}
