"""Word lists the extractor's rules read: name suffixes, titles, cue words, status words.

General English and business vocabulary only: nothing here names a particular company or
article. Names come from the store (the gazetteer) or from these rules.
"""

from __future__ import annotations

import re
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def wordlist_lines(filename: str) -> list[str]:
    """The lines of graph/extract/wordlists/FILENAME, comments and blank lines left out."""
    from importlib import resources

    text = (resources.files("graph.extract") / "wordlists" / filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def wordlist_words(filename: str) -> frozenset[str]:
    return frozenset(word for line in wordlist_lines(filename) for word in line.split())


# One character of a rule's reach within a clause: anything but a semicolon or a point that ends a
# word ("$1.1 billion" and "Etched.ai" read on; "Inc. " and "U.S. " stop it, as a sentence's end does).
IN_CLAUSE = r"(?:[^.;]|\.(?=\w))"

# Where a word starts, for a long pattern whose every branch opens with one: the look-ahead spares
# the search its tries at the ends of words (it halves the time of the title pattern).
WORD_START = r"(?=\w)\b"


# ---------------------------------------------------------------- classes

AGENT_CLASSES = words(
    "Person Organization Company BusinessGroup GovernmentBody University PoliticalParty NewsOutlet Bank"
)
ORGANIZATION_CLASSES = AGENT_CLASSES - {"Person"}
PLACE_CLASSES = words("City Country Region Place")
# The most specific stated class wins when an entity has several.
CLASS_PRIORITY = (
    "Person NewsOutlet Bank University PoliticalParty GovernmentBody BusinessGroup Company "
    "Organization Initiative Product DataCenter Office Facility Event City Country Region Place "
    "Topic Agent"
).split()

# ---------------------------------------------------------------- name suffixes (last word of a name)

COMPANY_SUFFIXES = wordlist_words("company-suffixes.txt")
# "Lumen Bank", "Zeta Bancorp": a bank, not only a company.
BANK_SUFFIXES = words("Bank Bancorp Banking")
# "SK Group", "Hanwha Chaebol": a group of companies.
GROUP_SUFFIXES = words("Group Chaebol Conglomerate")
PARTY_SUFFIXES = words("Party")
# "Zeta Daily", "Korea Herald": a news outlet (and the wires named alone).
OUTLET_WORDS = wordlist_words("outlet-words.txt")
# "Power Consumption Agreement", "Framework Cooperation Agreement": a deal's name, never a party.
AGREEMENT_WORDS = words("Agreement Agreements Contract Contracts Accord Pact Treaty Memorandum MoU MOU Letter "
                        "Act")  # and laws: "Chips Act grants" name no party
# "Rs15,000-crore", "KRW3tn": an amount glued to its currency, not a name.
# ("$US9.7b", "SR4.5 billion", "a P10-billion loan", "a W600b loan")
GLUED_CURRENCY = re.compile(r"^(?:Rs|Rp|RM|SR|QR|Dh|INR|KRW|JPY|USD|EUR|GBP|CNY|RMB|HK|S|US|NZ|IDR|MYR|SGD|AUD|AED|SAR|"
                            r"QAR|THB|VND|PHP|TWD)\d|^P\d[\d.,]*-(?:billion|million|trillion)$|"
                            r"^W\d[\d.,]*(?:bn|b|tn|tr|t|m)?$")
# "Ibaraki Prefecture": a place, never a party.
PLACE_SUFFIXES = words("Prefecture Province County District Region Island Islands Peninsula Valley Bay Township")
# "Hydrogen Convergence Alliance": an organization that is neither company nor government.
ASSOCIATION_WORDS = words("Association Alliance Federation Foundation Society Consortium Forum Institute Chamber Coalition")
UNIVERSITY_WORDS = words("University Institute College Academy Polytechnic KAIST POSTECH")
# "Ministry of Science and ICT", "Korea Fair Trade Commission": a government body.
GOVERNMENT_WORDS = wordlist_words("government-words.txt")
HEADLINE_WORDS = wordlist_words("headline-words.txt")
PARTICIPLE_OPENERS = wordlist_words("participle-openers.txt")
SENTENCE_OPENERS = wordlist_words("sentence-openers.txt") | PARTICIPLE_OPENERS
# Places often named in deal news (graph/extract/wordlists/places.tsv): a run of words that is
# one of them is that place, so that "a deal with Japan" has no company Japan; a longer run
# ("Telecom Egypt", "Air India") is not.
PLACES = dict(line.split("\t") for line in wordlist_lines("places.tsv"))
# How a place's adjective begins: "Cana" for "Canadian", "Arab" for "Saudi Arabian".
PLACE_STEMS = frozenset(word[:4] for place in PLACES for word in place.split())
# Wire services and papers named without a telling word ("according to Reuters").
KNOWN_OUTLET_NAMES = words("Reuters Bloomberg Yonhap Nikkei AFP AP Axios Politico TechCrunch CNBC CNN BBC Semafor")

# What joins the names of a list: "A, B and C", "A & B", "A or B", "A/B".
LIST_JOINERS = frozenset([",", "and", "&", "or", "/"])

# Verbs after "to" that tell a deal's purpose, not its party: "a bridge loan to fund its OpenAI bet".
PURPOSE_VERBS = words("fund finance pay buy build help cover refinance support expand develop acquire meet bankroll")

# Suffixes dropped to find the core of a company name ("Acme Robotics Inc." ~ "Acme Robotics").
LEGAL_SUFFIXES = words("inc corp corporation co company ltd limited llc plc ag sa se nv gmbh kk holdings holding "
                       "bhd sdn pte pvt tbk spa srl asa oyj lp llp sas sarl bv ab na gk trust")
# Legal forms only: "Nvidia Corp." is Nvidia, but "SK Holdings" is not SK Group. ("Digital Realty Trust" is
# Digital Realty, but its "Trust" is no legal form.)
LEGAL_FORMS = LEGAL_SUFFIXES - {"holdings", "holding", "company", "trust"}
# A legal form written before the name: "PT Telkom Indonesia" is Telkom Indonesia.
LEGAL_PREFIXES = frozenset(["PT"])


def is_legal_form(word: str) -> bool:
    """"Inc.", "Ltd", "S.p.A.", "N.V.": a company's legal form, however it is dotted."""
    return word.lower().replace(".", "") in LEGAL_FORMS

# ---------------------------------------------------------------- cue words before a name

# "chipmaker Broadcom", "gaming company Krafton", "telecom leader SK Telecom".
ORG_CUES = {
    **dict.fromkeys(
        "company companies firm firms startup start-up giant maker chipmaker carmaker automaker "
        "manufacturer provider operator carrier developer retailer platform leader rival "
        "subsidiary unit affiliate supplier vendor designer foundry producer brand player "
        "investor fund startups chipmakers titan behemoth heavyweight powerhouse specialist "
        "shipbuilder builder contractor distributor integrator partner partners airline insurer "
        "drugmaker pharmaceutical miner utility conglomerate biotech neocloud hyperscaler telco lab consultancy".split(),
        "Company"),
    **dict.fromkeys("conglomerate chaebol group".split(), "BusinessGroup"),
    **dict.fromkeys("lender bank banks".split(), "Bank"),
    **dict.fromkeys("university school institute".split(), "University"),
    **dict.fromkeys("party".split(), "PoliticalParty"),
    **dict.fromkeys("ministry agency regulator watchdog government".split(), "GovernmentBody"),
    **dict.fromkeys("newspaper broadcaster outlet daily wire".split(), "NewsOutlet"),
}
# "Seoul-based Kakao", "state-run Korea Development Bank", "SoftBank-backed Arm" (not "Lightspeed co-led": a verb).
ORG_CUE_AFFIX = re.compile(r"^(?!co-).*-(?:based|run|owned|backed|listed|headquartered|controlled|funded|led|founded|co-founded|supported)$", re.I)
# "AI-focused", "GPU-powered", "cloud-native", "Korea-only", "AI-guided": a capitalized word made an
# adjective, not a name. A lower-case participle ends one too; a romanized given name ("Jae-won") does not.
ADJECTIVE_AFFIX = re.compile(r"-(?:born|language|focused|speciali[sz]ed|powered|driven|native|ready|related|enabled|centric|"
                             r"oriented|scale|grade|class|level|sized|wide|capable|compliant|certified|operated|"
                             r"managed|affiliated|linked|dedicated|optimi[sz]ed|intensive|heavy|first|friendly|"
                             r"generation|series|only|specific|area|device|chain|management|software|(?-i:[a-z]+ed))$",
                             re.I)
# "OpenAI-designed chips", "a Fluidstack-built campus": a one-word name made an adjective ("GE Vernova-made" is not
# cut down to "GE").
MADE_AFFIX = re.compile(r"-(?:designed|built|fired|made|developed|engineered|branded)$", re.I)
# What a supplier's name may stand before: "chose Ericsson equipment", "deploy Nvidia chips".
PRODUCT_WORDS = frozenset("chips gpus tpus npus asics xpus processors accelerators semiconductors servers racks "
                          "equipment batteries cells systems technology products software hardware".split())
# The same in the singular, which name a product only before what it makes up: "Nvidia GPU clusters", "Nvidia
# graphics processors" (not "the Samsung chip unit", "the G42 chip deal").
PRODUCT_WORDS_SINGULAR = frozenset("chip gpu tpu npu asic processor accelerator server rack graphics".split())
HARDWARE_WHOLES = frozenset("clusters cluster processors processing chips chiplets systems racks servers cards".split())
# The last words of a reporter's title: "Staff writer", "Senior Credit Reporter".
REPORTER_TITLES = words("writer reporter correspondent editor columnist journalist")
# A product's model after its maker's name: "Nvidia B200", "AMD MI300X", "Nvidia GB200".
MODEL = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}s?$")  # "B200", "MI300X", "GB300s"
# Words that are things, not names: a model with a hyphen and a number ("Xe-100"), a service
# spelled with small words inside ("GPU-as-a-service").
THING_WORD = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]?$|^[A-Z]\w*-as-a-")
# "Q3", "FY24", "H1": a period of a fiscal year, not a name.
FISCAL_PERIOD = re.compile(r"^(?:FY(?:\d{2}|\d{4})?|Q[1-4](?:20\d{2})?|[1-4]Q(?:\d{2})?|H[12](?:20\d{2})?)$")  # not "H100"
# "DCs", "GPUs", "LLMs": an abbreviation in the plural is a thing, not a name.
PLURAL_ABBREVIATION = re.compile(r"^[A-Z]{2,5}s$")
POSSESSIVES = frozenset(["’s", "'s", "’S", "'S", "’", "'"])
# Dashes as tokens: spaced, en, em, and the double hyphen of plain-text copy.
DASHES = frozenset("— – - --".split())
# Analysts' ratings, capitalized in "upgraded AMD to Buy from Hold": no names, no purchase.
RATINGS = frozenset("Buy Hold Sell Outperform Underperform Neutral Overweight Underweight Equal-weight Accumulate "
                    "Reduce".split())
PERSON_HONORIFICS = words("Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Mr Mrs Ms Dr Sir Dame Excellency H.E. "
                          "Datuk Dato Dato' Datin Shri Smt. Prince Sheikh Sheikha Emir Sultan")  # Malaysian, Indian, Gulf
# Styles of two words before a name: "Crown Prince Mohammed bin Salman", "Tan Sri Shahril Ridza".
TWO_WORD_STYLES = frozenset([("Crown", "Prince"), ("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Dato", "Sri"),
                             ("Datuk", "Sri"), ("His", "Highness"), ("Her", "Highness"), ("His", "Excellency"),
                             ("Her", "Excellency")])  # "chaired by His Highness Sheikh Tahnoon"
LEAD_VERBS = words("leads heads runs founded co-founded cofounded chairs")
SPEECH_VERBS = words("said says told added noted stressed explained wrote argued warned according")
# Verbs by which a person takes another's post: "Tamon Tseng will succeed Luke Lin", "replacing Mike Sievert".
SUCCESSION_VERBS = words("succeed succeeds succeeding replace replaces replacing")
SUCCEEDED = words("succeeded replaced")  # "succeeded by Luke Lin"

# ---------------------------------------------------------------- titles

# The fields of a chief officer or chief: "chief financial officer", "finance chief".
OFFICER_FIELDS = r"investment|information|operating|financial|finance|technology|tech|strategy|marketing|risk|legal|" \
                 r"data|security|revenue|product|commercial|people|digital|credit"
TITLE_PATTERN = re.compile(
    WORD_START + r"(?:(?:former|then|acting|interim|incoming|outgoing|principal|fellow|departing|retiring|contributing|representative|deputy|executive|senior|vice|general|"
    r"(?:additional|joint|special)(?=\s+secretar)|(?:first|second)(?=\s+vice\b)|"
    r"non-executive|non-independent|(?:lead\s+)?independent|"
    r"managing|global|regional|founding|(?:(?<![\w.&] )|(?<=['’]s )|(?<=['’] ))group|(?-i:co-?|Co-|CO-)|"
    r"(?-i:Asia-Pacific|Asia Pacific|APAC|EMEA|Americas|Asia|Europe))[ -]?)*"  # "Asia-Pacific president of X"
    r"(?:chief\s+(?:architect|scientist|engineer|economist|strategist|designer|counsel)s?|chief(?:\s+(?:and|&))?(?:\s+[a-z]+){1,5}?\s+officers?|chief\s+executives?|chief\s+execs?|"
    r"C[EFTOSMIP]Os|C[EFTOSMIP]O|CXO|(?-i:MD)(?=\s+(?:and|&|at|of)\s)|(?<=and\s)(?-i:MD)|(?<=&\s)(?-i:MD)|[ES]?VP|EVP|SVP|board\s+members?|chair(?:man|woman|person)?|president|vice\s+president|founders?|"
    r"co-?founders?|executives?|managing\s+director|general\s+manager|director|head(?=\s+of\b|\s+(?-i:[A-Z]))|(?<=co-)heads(?=\s+of\b|\s+(?-i:[A-Z]))|minister|"
    r"prime\s+minister|attorney\s+general|commissioner|(?:county|country|city|fund|portfolio|program)\s+(?:manager|director)|"
    r"(?:(?:PR|media|press|communications|relations|product|marketing|sales|account|project)\s+manager|"
    r"(?:PR|media|press|communications)\s+lead(?!\s+(?-i:[a-z])))(?:\s+(?-i:EMEA|APAC|Americas))?|"
    r"(?:managing|general|founding|senior)\s+partner|(?<=\ba )partner(?= at )|(?<=, )partner(?= at )|(?<=\ba )principal(?= at )|(?<=, )principal(?= at )|(?<=, )(?-i:Partner)(?= (?:at|of) )|(?:" + OFFICER_FIELDS + r")\s+officer|secretary|spokes(?:man|woman|person)|governor|senator|lawmaker|mayor|ambassador|envoy|"
    r"treasurer|dean|(?:vice-)?chancellor|professor|editor|(?:national\s+security\s+)?(?<!proxy )(?<!proxy-)(?<!financial )(?<!legal )(?<!investment )advis[eo]r|(?:(?:staff|technology|tech|business|science|economics|markets|finance|political|foreign|senior|systems|news|"
    r"industry|data|features)\s+)?(?:writer|reporter|correspondent|columnist|photographer|editor)|analyst|general\s+counsel|fellow(?=\s+(?:at|of)\s)|researcher|strategist|economist|boss|"
    r"(?<=managing )officer|(?<=executive )officer|(?<=corporate )officer|"
    r"(?:county|district|federal|circuit|presiding|bankruptcy)\s+judge|"
    r"(?:(?:" + OFFICER_FIELDS + r")\s+)?chiefs?)\b(?:\s+emeritus\b)?"
    r"(?:\s+of\s+(?:(?-i:[a-z]+)\s+){0,2}?(?:operations|strategy|research|engineering|product|sales|"
    r"marketing|policy|communications|technology|finance|investments?|partnerships|AI|commerce|energy|state|"
    r"defen[cs]e|treasury|labou?r|health|education|transportation|agriculture|trade|industry|science(?:\s+and\s+ICT)?)\b"
    r"(?!\s+(?:firm|company|group|giant|provider|maker|startup|house|agency|consultancy|institute)\b))?",
    re.IGNORECASE,
)
# Words one of which every title contains: sentences without any skip the title pattern.
TITLE_HEADS = words(
    "chief officer ceo cfo cto coo cso cmo cio cpo cxo vp evp svp member members chair chairman chairwoman chairperson president "
    "founder co-founder cofounder director manager head minister secretary spokesman spokeswoman "
    "spokesperson governor senator lawmaker mayor treasurer dean professor editor correspondent founders co-founders chiefs "
    "analyst researcher strategist economist boss executive ceos officers executives writer reporter columnist ambassador envoy "
    "commissioner general partner principal adviser advisor co-heads chancellor vice-chancellor md counsel fellow photographer lead judge"
)
# "Oracle co-CEOs Clay Magouyrk and Mike Sicilia": a title in the plural names each person after it.
PLURAL_TITLE = re.compile(r"(?:members|C[EFTOSMIP]Os|officers|executives|founders|chiefs|heads)$", re.IGNORECASE)
# Words of a business function after a title's "of": "Vice President of Strategic Development",
# "head of Corporate Affairs". Such a field is no employer.
BUSINESS_FUNCTIONS = words("Strategic Development Strategy Product Products Design Operations Engineering Marketing "
                           "Content Publisher Publishers Editorial "
                           "Sales Purchasing Finance Communications Corporate Affairs Public Relations Partnerships Business "
                           "Innovation Growth Policy Legal Customer Procurement Supply Chain People Human Resources "
                           "Talent Brand Investor Compliance Risk Alliances Ecosystem Solutions Services Global "
                           "Origination Structuring Wholesale Retail Banking Investment Treasury Markets Research Technology "
                           "International Regional Worldwide Sustainability Digital Industries Enterprise Consumer "
                           "Commercial Public Sector Cloud Data Infrastructure Mobile Security Platforms Software Hardware "
                           "APAC EMEA LATAM Americas and &")
# A minister's portfolio before the title: "Commerce Secretary", "Finance Minister".
PORTFOLIO_WORDS = words("Commerce Finance Trade Energy Foreign Defense Defence Industry Science Economy Treasury "
                        "State Interior Digital Health Transport Education Labor Labour Justice Agriculture")
# Titles that name a public office: "President Donald Trump" says nothing about a company.
PUBLIC_TITLES = re.compile(r"president$|minister|secretary|governor|senator|lawmaker|mayor|attorney general|commissioner|"
                           r"county manager|judge|^chancellor\b", re.I)
# Posts held only in a state: a minister, mayor or lawmaker is no firm's officer. Narrower than PUBLIC_TITLES,
# whose governors, secretaries-general and chancellors also head funds, boards and universities.
STATE_TITLES = re.compile(r"minister|mayor|senator|lawmaker|congressman|congresswoman", re.I)
STATE_CLASSES = frozenset({"GovernmentBody", "PoliticalParty"})
FIRM_POSTS = re.compile(r"chief|executive|officer|chair|president|director|founder|CEO", re.I)


def state_post(title: str) -> bool:
    """"IT Minister", not "Minister of Industry and chief executive" (of ADNOC too)."""
    return bool(STATE_TITLES.search(title)) and not FIRM_POSTS.search(title)


# Titles of people who speak of a firm from outside it: "Analyst X has said Apple will ...".
OUTSIDE_VOICES = re.compile(r"analyst|economist|strategist|researcher|professor|reporter|correspondent|columnist|"
                            r"editor|writer", re.I)

# ---------------------------------------------------------------- words that are never names

# A person's degrees after the name: "Mikael Dolsten, M.D., Ph.D., chief scientific officer".
DEGREES = words("M.D. Ph.D. PhD MBA")
FUNCTION_CAPS = words(
    "The A An It Its It's He She We They I You This That These Those In On At But And Or Nor For "
    "With By Of As If When While After Before Despite Over Under During Since Both Each All Some "
    "Many Most Their His Her Our Your My There Here Prior According Meanwhile However Also Yet So "
    "Still Such Other Another Then Thus Instead Although Though Because Whether Which Who What "
    "Where Why How Not No Yes Last Next This Earlier Later Today Tomorrow Yesterday Now About "
    "Outside Inside Beyond Across Among Amid Between Into Through From To Up Down Out Off Via Per Upon Within Without "
    "Against Toward Towards Like Unlike Following Including Copyright ABOUT AUTHOR In-sum "
    "BY No. Nobody Somebody Someone Anyone Anybody Everybody Nothing Rival Rivals Peers Affiliates Subsidiaries Million Billion Trillion Asked Everyone Mr Mrs Ms Dr Sir Meanwhile Separately Additionally Furthermore Moreover Overall Currently "
    "Recently Previously Already Once Further Just Only Even Every Any Several Few Much More Less Former "
    "Specifically Notably Importantly Initially Ultimately Finally Similarly Likewise Elsewhere Together "
    "Subsequently Consequently Accordingly Nevertheless Nonetheless Alternatively Hence Therefore Indeed Besides Nearby "
    "Series Memorandum MoU MOU MOUs EV EVs PE VC IPO IPOs SPAC SPACs RISC-V PC PCs HPC DPI C-Band GW MW GWh MWh MWe GWe IT MD SPV JV JVs M&A R&D EDA OEM OEMs ODM ODMs "
    "Rs Rs. INR USD KRW JPY CNY RMB EUR GBP HKD SGD AED QAR SAR AUD CAD CHF SEK NOK DKK ZAR NGN KES EGP "
    "BRL MXN MYR IDR THB VND TWD NIS ILS PHP PKR Rp "  # currencies: "Rs 74 crore", "KRW 3 trillion", "QAR 2 billion"
    # chips and networks: "900,000 DRAM wafers", "AMD GPUs", "LTE-ready HSPA"
    "DRAM DRAMs HBM HBM2 HBM3 HBM3E HBM4 NAND SSD SSDs GPU GPUs CPU CPUs TPU TPUs NPU NPUs ASIC ASICs "
    "IC ICs SoC SoCs LLM LLMs API APIs 5G 6G LTE HSPA RAN EUV XPU XPUs CoWoS NVLink Blackwell Hopper Rubin Instinct EPYC Xeon "
    "Gaudi Trainium Ethernet InfiniBand CoWoS-S CoWoS-L CoWoS-R High-NA CXL PCIe UALink SerDes "
    # languages a product handles: "Arabic speech recognition"
    "Arabic Hindi Urdu Farsi "
    "Exynos Snapdragon "
    # business and engineering abbreviations: "its ESG goals", "IoT devices"
    "ESG GHG IoT IIoT Wi-Fi SSL CAGR EBITDA GDP ROI SaaS IaaS PaaS KPI KPIs CSR DEI HVAC PUE LNG CCS CCUS "
    "SMR SMRs NDA AR VR XR B2B B2C ESS BESS LFP NCM NMC LOI LOIs LCD LCDs OLED OSAT OSATs SAFE SAFEs "
    # rates and ratings in debt news: "400 basis points over SOFR", "rated Baa2 by Moody's and BBB by S&P"
    "SOFR SONIA LIBOR EURIBOR Euribor TONA Treasurys Treasuries Gilts Bunds "
    "AAA AA+ AA- BBB+ BBB BBB- BB+ BB- Aaa Aa1 Aa2 Aa3 Baa1 Baa2 Baa3 Ba1 Ba2 Ba3 "
    # plural nouns that open sentences: "Critics say ...", "Analysts expect ..."
    "Analysts Critics Officials Investors Executives Shares Sources Regulators Experts Observers Shareholders"
) | DEGREES
MONTHS = {
    name: number
    for number, names in enumerate(
        ["january jan jan.", "february feb feb.", "march mar mar.", "april apr apr.", "may",
         "june jun jun.", "july jul jul.", "august aug aug.", "september sep sep. sept sept.",
         "october oct oct.", "november nov nov.", "december dec dec."], start=1)
    for name in names.split()
}
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
WEEKDAYS_SHORT = words("mon tue tues wed thu thur thurs fri sat sun")
# Adjectives of nationality: "Korean firms" names no one.
DEMONYM = re.compile(
    r"^(?:[A-Z][a-z]+(?P<suffix>eans?|ians?)|[A-Z][a-z]+(?:ese|ish)|Nordic|Anglo|Arab|Baltic|American|German|Mexican|"
    r"African|European|Asian|Emirati|"
    r"Saudi|Israeli|Qatari|Thai|French|Dutch|Swiss|Greek|Korean|Moroccan|Pakistani|Iraqi|Kuwaiti|Omani|Argentine|Kenyan|"
    r"Ugandan|Rwandan|Islamic|"
    r"Bahraini|Singaporean|Filipino|Kazakh|Uzbek|Western|Eastern|Northern|"
    r"Southern|South|North|East|West|Southeast|Northeast|Southwest|Northwest|Midwest|Global|National|International|Local|Federal|State|Central|"
    r"U\.?S\.?|UK|EU)$"
)


@lru_cache(maxsize=1 << 14)
def is_demonym(word: str) -> bool:
    """Whether the word is an adjective of nationality. One that only ends like one ("-ian", "-ean")
    must begin like a place ("Canadian", "Chilean"): "Meridian" and "Veridian" are names."""
    match = DEMONYM.match(word)
    return match is not None and (not match.group("suffix") or word[:4] in PLACE_STEMS)


# Joins inside a name: "Bank of America", "Ministry of Science and ICT", "Procter & Gamble".
# What a firm's unit is called: "a unit of FirstEnergy", "Alphabet's cloud unit Google Cloud".
OWNED_NOUNS = words("venture subsidiary subsidiaries unit units affiliate arm division spin-off spinoff")
PORTUGUESE_JOINERS = words("do dos da das")  # "Banco do Nordeste", "Casa dos Ventos"
NAME_JOINERS = words("of for de des du la del della di von van und y & and") | PORTUGUESE_JOINERS
# "and" joins only inside the names of institutions, never two companies.
INSTITUTION_HEADS = words(
    "Ministry Department Institute University College School Center Centre Council Commission "
    "Agency Academy Association Federation Foundation Society Office Bureau Board Committee Alliance Chamber "
    "Fund Authority Corporation Administration"  # "National Investment and Infrastructure Fund"
)
# What an abbreviated phrase names when it is no party: "Compound Annual Growth Rate (CAGR)",
# "Production Linked Incentive Scheme (PLI)", "Inflation Reduction Act (IRA)", and technologies:
# "High Bandwidth Memory (HBM)", "Open Radio Access Network (ORAN)", "Compute Express Link (CXL)".
CONCEPT_HEADS = words("Rate Ratio Index Protocol Standard Margin Income Growth Scheme Act Law Policy Program "
                      "Access Architecture Interface Model Models Method Memory Unit Units Circuit Circuits "
                      "Network Link Intelligence Processing Computing Learning Radio Bandwidth Chip "
                      "Accelerator Accelerators Processor Processors Module Modules Interconnect Packaging "
                      "Vehicle Battery Language Reality")
