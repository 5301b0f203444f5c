"""Deal cues: the words that say organizations deal ("partnered", "memorandum of understanding",
"invests", "joint venture"), each with the deal type it gives and the words that lead to its
parties; found in a sentence at a set look-up per token."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.amounts import MONEY_AFTER
from graph.extract.lexicon import PURPOSE_VERBS, RATINGS
from graph.extract.sentence import PLACE_PREPOSITIONS, Sentence, is_organization, words_back


DIRECT = "<direct>"


@dataclass(frozen=True)
class Cue:
    deal_type: str
    pattern: re.Pattern
    linkers: tuple[str, ...]
    specific: bool = True
    consortium: bool = False
    alone: bool = True  # whether the word alone, unparsed, still says two organizations deal
    together: bool = False  # a deal only when firms named together right before do it ("A and B will build")
    owners: bool = False  # the parties are the owners of what follows ("deploy X's chips", "join X's initiative")
    pays: bool = False  # the subject pays the firm after the cue: it buys, the firm supplies ("pay Nebius $17.4bn")


def cue(deal_type, pattern, linkers=("with", "between"), **flags) -> Cue:
    return Cue(deal_type, re.compile(pattern, re.IGNORECASE), tuple(linkers), **flags)


# A name of up to four capitalized words, and a sum of money: "pay Nebius $17.4bn", "lent Crusoe about $2.3 billion".
NAME = r"(?-i:[A-Z])\S*(?: (?-i:[A-Z])\S*){0,3}"
SUM = r"(?:about |around |roughly |nearly |up to |some )?(?:US)?[$€£¥]\S*(?: (?:[mb]illion|bn|mn|trillion|crore))?"
# A sum whose currency is a word after it: "250 billion yen" (as amounts.MONEY_AFTER reads it).
WORDED_SUM = r"(?:about |around |roughly |nearly |up to |some )?(?:" + MONEY_AFTER.pattern + ")"

# Goods words that describe a firm, not what is bought: "buy equipment maker Nexx Systems".
FIRM_NOUN = r"(?:makers?|manufacturers?|suppliers?|providers?|producers?|compan(?:y|ies)|firms?|developers?|" \
            r"specialists?|vendors?|startups?|giants?|groups?)\b"
# Sites one firm builds for another: "building data centres for OpenAI", "building OpenAI's campus".
SITES = r"data cent(?:er|re)s?|campus(?:es)?|capacity|facilit(?:y|ies)|clusters?|supercomputers?"

CUES = [
    cue("MemorandumOfUnderstanding", r"\bmemorand(?:um|a)(?: of understanding)?\b|\bMOUs?\b"),
    cue("LetterOfIntent", r"\bletters? of intent\b|\bLOIs?\b", linkers=("with", "between", "from")),
    cue("JointVenture", r"\bjoint[- ]ventures?\b|(?:(?<=two-way )|(?<=three-way )|(?<=four-way )|(?<=50-50 ))ventures?\b|"
        r"\b(?-i:venture)(?= (?:with|that|between)\b|"
        r" (?-i:[A-Z])[^\s,]*(?: [^\s,]+){0,2}? (?:formed|launched|created|set up|established|unveiled|announced)\b)",
        linkers=("with", "between", "of"), consortium=True),
    cue("FinancialCooperation", r"\bfinancial (?:cooperation|support|partnership)\b|"
        r"\b(?:financing|debt) (?:agreement|deal|package|facilit(?:y|ies))\b|\brevolving facilit(?:y|ies)\b|"
        r"\bcredit (?:lines?|facilit(?:y|ies))\b|"
        r"\bloan (?:agreement|deal|facilit(?:y|ies)|package)\b|\bsubsid(?:y|ies)\b|"
        r"\b(?:loans?|financing) to\b(?! (?:" + "|".join(sorted(PURPOSE_VERBS)) + r")\b)|"  # to a borrower, not
        # "a loan to fund its OpenAI bet"
        r"\b(?:bridge|construction|term|syndicated|project|green|bank|margin) (?:loans?|debt)\b|\bproject financ(?:e|ing)\b|"
        r"\b(?:loans?|debt) (?:from|with)\b|"
        r"(?:(?<=asset-backed )|(?<=secured )|(?<=billion )|(?<=million )|(?<=bn ))loans?\b|"  # "over a $3 billion loan"
        r"(?:(?<=billion )|(?<=million )|(?<=bn ))facilit(?:y|ies)\b(?= (?:led|provided|arranged|underwritten) by\b)|"
        # "a $7.5 billion facility led by Blackstone", not "a $2 billion facility in Texas"
        r"\bloans? of (?:up to |about |around )?(?:US)?[$€£¥]|"  # "an asset-backed loan of up to $3 billion"
        r"\babout raising\b|\bfinanc(?:e|es|ed|ing)\b(?= (?:it|them|the \w+|its \w+) with\b)|"
        r"\bgrants?\b",
        linkers=("with", "between", "from", "by", "to", "for")),
    cue("FinancialCooperation", r"\bgrant(?:s|ed|ing)\b(?=(?:\s+\S+){1,10}?\s+(?:subsid|grants?\b|funding\b))",
        linkers=(DIRECT,), alone=False),  # "METI granted the company up to ¥50 billion in subsidies"
    cue("Investment", r"(?:(?<=yen )|(?<=won )|(?<=llion )|(?<=dollars )|(?<=euros ))contributed by\b", linkers=("by",),
        consortium=True, alone=False),  # "with 7.3 billion yen contributed by A and B": one investment of all
    cue("FinancialCooperation", r"\bborrow(?:s|ed|ing)?\b(?=(?:\s+\S+){0,8}?\s+from\b)", linkers=("from",),
        alone=False),  # "Crusoe borrowed $2.3 billion from JPMorgan"
    cue("SupplyAgreement", r"\bsupply (?:agreement|deal|contract|pact|partnership)s?\b|"
        r"(?<!squeezing )(?<!tightening )(?<!constraining )(?<!global )(?<!tight )(?<!limited )\bsuppl(?:y|ies|ied|ying)\b"
        r"(?!\s+(?:chains?|shortages?|crunch|glut)\b)",
        linkers=("with", "to", "for", "between", DIRECT)),  # not the market's: "squeezing supply of memory"
    cue("SupplyAgreement", r"\bsuppliers?\b", linkers=("with", "to", "for", "between", DIRECT), alone=False),
    cue("SupplyAgreement", r"(?<!in )\border(?:s|ed)?\b(?! to\b)", linkers=("from", "with", "for"), alone=False),
    cue("Investment", r"\b(?:pour(?:s|ed|ing)?|put(?:s|ting)?)\b(?=(?:\s+\S+){0,7}?\s+(?:\S*\d\S*|billions?|millions?|trillions?|money|"
        r"capital|cash|funds|equity|fortune|investments?)(?:\s+\S+){0,4}?\s+into\b)", linkers=("into",),
        alone=False),  # "has poured tens of billions into OpenAI", "has put $3 billion into Anthropic"; not "puts X into its plans"
    cue("Partnership", r"(?<!\bof )\bbundl(?:e|es|ed|ing)\b", linkers=(DIRECT, "with"), specific=False, alone=False,
        owners=True),  # "Telekom has bundled Perplexity's assistant into its AI Phone"; not "accused of bundling"
    cue("Investment", r"\bshareholder\b(?= of\b)", linkers=("of",), alone=False),  # "the largest shareholder of X"
    cue("Investment", r"\bshareholders?\b", linkers=("in", "include", "includes", "including"), alone=False),
    cue("Investment", r"\binvestors?\b|\bbackers?\b|\bfunders?\b",
        linkers=("in", "into", "of", "with", "include", "includes", "including"),
        alone=False),  # "some investors", "A and B are backers": no deal without whom they back
    cue("FinancialCooperation", r"\b(?:lend|lends|lent)\b(?= (?:" + NAME + "|the partners|the consortium) (?:" + SUM
        + r"|" + WORDED_SUM + "))",
        linkers=(DIRECT,), alone=False),  # "JPMorgan lent Crusoe $2.3 billion to build", "lent the partners $9.6 billion",
    # "plan to lend the consortium 250 billion yen" (a sum with its currency in words)
    cue("FinancialCooperation", r"\b(?:lend|lends|lent|lending)\b(?= (?:\S+ ){0,5}?to\b)", linkers=("to",),
        alone=False),  # "A and B will each lend ¥40 billion to C"
    cue("FinancialCooperation", r"\blenders?\b", linkers=("include", "includes", "including"),
        alone=False),  # "lenders including A, B and C": a loan's, told with whom it was raised
    cue("Investment", r"\b(?:funding|investment)(?= to (?:the )?(?-i:[A-Z]))", linkers=("to",),
        alone=False),  # "provide $110 million in funding to AST SpaceMobile": the firm funded
    cue("Investment", r"\binvest(?:s|ed|ing|ment|ments)?\b(?! (?:management|banking|compan(?:y|ies)|managers?|"
        r"houses?|grade|vehicles?)\b)(?!-grade\b)(?!(?<=\ban investment) (?:firm|bank|fund|group)\b)"
        r"(?!(?<=\binvestment) (?:firm|bank|fund|group|arm|vehicle) of\b)|"  # "the investment firm of Amazon founder X"
        r"\bstakes?\b|\bfunding\b|\bbacked by\b|"
        r"\b(?:owns|owned|holds|held)\b(?= (?:about |around |roughly |some |nearly |almost |a )?"
        r"\d[\d.,]*\s?(?:%|percent|per cent)(?! share of)(?! of (?:the )?(?:[\w-]+ ){0,3}?"
        r"(?:market|shipments|sales|revenue|supply|output|capacity|production|demand)\b"
        r"(?! (?:venture|company|unit|business|joint|firm|arm|subsidiary)\b)))|"  # a share, not "of the production venture"
        r"\b(?:majority-|wholly-|partly-|part-|jointly-|minority-)?owned by\b",
        linkers=("in", "into", "from", "by", "with", "of")),
    cue("SupplyAgreement", r"\boutsourc(?:e|es|ed|ing)\b|\bfarm(?:s|ed|ing)? out\b", linkers=("to",), alone=False),
    cue("SupplyAgreement", r"\bleas(?:e|es|ed|ing)\b|\brent(?:s|ed|ing)?\b", linkers=("to", "from", "with"),
        alone=False),
    cue("FinancialCooperation", r"\b(?:arranged|underwritten) by\b|(?:(?<=deal )|(?<=offering )|(?<=issue )|(?<=sale )|"
        r"(?<=placement ))(?:managed|run) by\b", linkers=("by",), alone=False),  # "bonds, in a deal managed by A and B"
    cue("Investment", r"(?<!\bto )\bbankroll(?:s|ed|ing)?\b", linkers=(DIRECT, "by"), alone=False),  # "the AWS that
    # bankrolls Anthropic"; not after "to", where the nearest firm is often not the payer ("sells its Nvidia stake
    # to bankroll OpenAI bets"), though "plans to bankroll X" is missed
    cue("SupplyAgreement", r"\b(?:manufactured|made|produced|fabricated|supplied) by\b", linkers=("by",),
        alone=False),  # "The chip is manufactured by Samsung Electronics": the article's firm's supplier
    # "Its accelerators are already deployed by Microsoft, Meta and Oracle": each a customer of the maker
    cue("SupplyAgreement", r"(?:(?<=are )|(?<=is )|(?<=was )|(?<=were )|(?<=been )|(?<=already )|(?<=widely )"
        r"|(?<=now ))(?:deployed|used|adopted) by\b", linkers=("by",), specific=False, alone=False),  # not "bought by": a takeover
    cue("SupplyAgreement", r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?) "
        r"(?:heavily |largely |mainly |solely |mostly |primarily |entirely |increasingly )?on\b",
        linkers=("on",), alone=False),  # "Broadcom relies on TSMC to make the chips": TSMC supplies
    cue("SupplyAgreement", r"\b(?:ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?)\b(?! (?:lines?|industry)(?![\w-])| " + FIRM_NOUN + r")",
        linkers=("to", DIRECT), specific=False, alone=False),  # "has been shipping HBM3E to X"; not "shipping group X"
    cue("SupplyAgreement", r"\b(?:power|energy|electricity) purchase agreements?\b|\bPPAs?\b|\bofftake (?:agreement|deal)s?\b"),
    cue("SupplyAgreement", r"\b(?:(?:deploy|use|buy|purchase|source|design|make|manufacture|produce|host|assemble)(?:s|d|ed|ing)?|"
        r"spen(?:d|ds|t|ding)|lin(?:e|es|ed|ing) up|secur(?:e|es|ing|ed(?! by\b| against\b))|book(?:s|ed|ing)?|reserv(?:e|es|ed|ing)|"
        r"cho(?:se|oses|osing)|(?:select|pick)(?:s|ed|ing)?|(?:(?<=largest )|(?<=biggest )|(?<=major ))buyers? of)\b"
        r"(?= (?:\S+ ){0,6}?(?-i:chips|GPUs|TPUs|ASICs|"
        r"processors|accelerators|semiconductors|servers|equipment|batteries|cells|systems|power|electricity|"
        r"capacity|compute|computing|technology|models|units|memory|wafers|packaging|substrates|racks|"
        r"megawatts|gigawatts|MW|GW|MWh|GWh|turbines|reactors|generators|workloads|HBM\w*|DRAM|NAND|"
        r"cores|instruction set|architecture|boards(?! of)|modules|components)\b(?! " + FIRM_NOUN + r"))",
        linkers=("from", "of", "for"), alone=False, owners=True),  # not "buy equipment maker Nexx"
    cue("SupplyAgreement", r"\bwith (?:\S+ ){0,3}?(?-i:chips|GPUs|processors|"
        r"accelerators|servers|turbines|reactors) (?:made |supplied |designed |built )?(?:from|by)\b",
        linkers=(DIRECT,), specific=False, alone=False),  # "is building data centres with chips from Zeta and Orbit"
    cue("SupplyAgreement", r"\bbuil(?:d|ds|t|ding)\b(?= (?:\S+ ){0,4}?(?:(?:chips|accelerators|processors|ASICs|XPUs|racks|"
        r"servers|systems|" + SITES + r") for\b|\S+['’]s? (?:\S+ ){0,2}?(?:" + SITES + r")\b))",
        linkers=("for",), specific=False, alone=False, owners=True),  # "builds accelerators for Meta", "building OpenAI's campus"
    cue("SupplyAgreement", r"\b(?:reopen|restart|revive|recommission)(?:s|ed|ing)?\b(?= (?:\S+ ){0,6}?(?:plant|reactor|unit|"
        r"site|station|facility)\b(?: \S+){0,3}? for\b)", linkers=("for",), specific=False, alone=False),
    # "is reopening the Crane plant in Pennsylvania for Microsoft": its power is the customer's
    cue("Acquisition", r"\bacqui(?:re|res|red|ring)\b|\b(?:buy|buys|bought|buying)\b|"
        r"(?<!mergers and )\b(?:acquisitions?|takeover)\b(?! (?:debt|financing|loans?|facilit|team|group|practice|advis))|"
        r"\bpurchas(?:e|es|ed|ing)\b|\btak(?:e|es|ing) over\b|\btook over\b|"
        r"\bmerg(?:e|er|es|ed|ing)\b", linkers=(DIRECT, "of", "by", "with")),
    cue("Acquisition", r"\bsale\b|\bsell(?:s|ing)?\b|\bsold\b", linkers=("to",), alone=False),
    cue("Acquisition", r"\b(?:its|their|launch(?:ed|es)?|complet(?:ed|es)) (?:[\w$.,-]+ ){0,4}?tender offers? for\b",
        linkers=("for",), alone=False),  # "completed its tender offer for Lawson"; not "X said the tender offer for"
    cue("Acquisition", r"\btaken private\b|\b(?:take|takes|taking|took)\b(?= (?:\S+ ){1,3}?private\b)",
        linkers=(DIRECT, "by"), alone=False),  # "Shinko, taken private this year by a fund led by Japan Industrial
    # Partners", "will take Orbit Data private": the firm between is bought
    cue("Acquisition", r"\bpa(?:y|ys|id|ying)\b(?= " + SUM + r" for (?:the )?" + NAME + r"(?:[,.;]| (?:and|from|in|on|to)\b|$))",
        linkers=("for",), alone=False),  # "agreed to pay $6.5 billion for X" (not "for X's processors")
    cue("SupplyAgreement", r"\bpa(?:y|ys|id|ying)\b(?= " + NAME + " " + SUM + ")", linkers=(DIRECT,), alone=False,
        pays=True),  # "agreed to pay Nebius $17.4bn for GPUs": bought from the firm paid
    cue("Investment", r"\bcommit(?:s|ted|ting|ments?)?\b|\bpledg(?:e|es|ed|ing)\b", linkers=("to", "with"), alone=False),
    cue("Integration", r"\bintegrat(?:e|es|ed|ing|ion)\b(?! circuits?\b)", linkers=("with",), owners=True),
    cue("Integration", r"\b(?:offer|offers|offered|offering|add|adds|added|adding)\b(?= (?:\S+ ){0,2}?[A-Z]\S*(?:’s|'s) "
        r"(?:\S+ ){0,3}?(?:models?|chatbots?|assistants?|agents?|tools|search)\b)", linkers=(), specific=False, alone=False,
        owners=True),  # "now offers Anthropic's Claude models in Copilot": another's AI inside its own
    cue("Investment", r"\b(?:join(?:s|ed|ing)?|(?:participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)\s+part)\s+in)\b"
        r"(?=(?:\s+(?!ahead\b|before\b|after\b|in\b|talks\b|discussions\b)\S+){0,4}?(?:\s+\([^()]{1,40}\))?\s+(?:funding\s+)?"
        r"(?:round|series [a-h]\d?)\b(?!\s+of\b|-))",
        linkers=(DIRECT,), alone=False, owners=True),  # "QIA joins $13bn Anthropic round", "participated in Zeta's Series B"
    cue("Partnership", r"\bjoin(?:s|ed|ing)?\b(?!\s+(?:forces|hands))", linkers=(DIRECT,), specific=False,
        alone=False, owners=True),
    cue("Investment", r"\bback(?:s|ed|ing)\b(?!\s+by)", linkers=(DIRECT,)),
    cue("Investment", r"\b(?:led|leads?|leading|co-led|anchor(?:s|ed|ing)?)\b(?=(?:\s+\S+){0,7}?\s+(?:round|series [a-h]\d?)\b)",
        linkers=("in", "into", "for"), owners=True),  # "Zeta led a $6.6 billion round in Orbit", "anchored X's Series F"
    cue("Investment", r"\b(?:closed|closes|completed|completes|landed|lands)\b(?=\s+(?:a|an|its)\s+(?:\S+\s+){0,3}?"
        r"(?:round|series\s+[a-h]\d?)\b)|"  # "Nscale closed a $1.1bn Series B led by Aker"
        r"\brais(?:e|es|ed|ing)\b(?=(?:\s+\S+){0,12}?\s+(?:round|funding|placement)\b|"
        r"\s+(?:about |around |nearly |up to |more than )?[$€£¥]\d[\d.,]*\s*(?:[mbk]n?|billion|million|trillion)?\s+from\b)|"
        r"\b(?:took|takes|taking)\b(?=\s+(?:about |around |nearly |more than )?[$€£¥]\d[\d.,]*\s*(?:[mbk]n?|billion|million)?"
        r"\s+(?:in\s+(?:funding|investment|new\s+capital)\s+)?from\b)",  # "Toloka took $72 million from Bezos"
        linkers=("from", "by"), alone=False, consortium=True),  # "raised $13 billion in a round led by A and B": one round
    cue("Investment", r"\b(?:got|gets|received|receives|secured|secures|drew|draws|attracted|attracts|won|wins)\b"
        r"(?=(?:\s+\S+){0,4}?\s+(?:capital|funding|investment|money|backing|equity)\s+from\b)",
        linkers=("from",), alone=False, consortium=True),  # "got new capital from A as well as B": one round
    cue("Partnership", r"\b(?:pick(?:s|ed)?|tap(?:s|ped)?|select(?:s|ed)?|cho(?:se|oses|sen)|hire[sd]?)\b"
        r"(?=(?:\s+\S+){1,5}\s+(?:as|to)\s|(?:\s+(?:(?-i:[A-Z0-9])\S*|and)){1,12}?\s+(?:as|to)\s)", linkers=(DIRECT,),
        specific=False, alone=False),  # "selected A, B and C to supply": a long list of names too
    cue("Partnership", r"\bnamed\b(?=(?:\s+\S+){1,10}?\s+as\s+(?:\S+\s+){0,4}?"
        r"(?:partners?|customers|suppliers|providers)\b)",
        linkers=(DIRECT,), specific=False, alone=False),  # "named A, B and C as the first enterprise partners"
    cue("Partnership", r"\b(?:picked|tapped|selected|chosen|hired|named) by\b", linkers=("by",), specific=False,
        alone=False),  # "Naver and Kakao were selected by the ministry for the project"
    cue("Partnership", r"\benlist(?:s|ed|ing)?\b", linkers=(DIRECT,), specific=False),
    cue("SupplyAgreement", r"\b(?:go(?:es)?|going|went) into\b", linkers=(), specific=False, alone=False,
        owners=True),  # "its HBM3E goes into Nvidia's Blackwell platform"
    cue("Partnership", r"\b(?:formed|set up|created|founded|co-founded)(?:\s+(?:in|on|last|earlier)(?:\s+[\w.]+){1,2}?)?"
        r"\s+with\b(?!\s+(?:backing|funding|support|money|help|capital)\b)",
        consortium=True),  # "formed in January with A, B and C"; not "founded in 2015 with backing from"
    cue("Partnership", r"\bjoint (?:proposal|bid|offer|application|submission|tender)s?\b",
        linkers=("with", "between")),  # "submitted a joint proposal with Naturgy"
    cue("Partnership", r"\b(?:leads?|led|leading)\s+(?:a|an|the|its)\s+(?:group|team)\b(?=\s+with\s+(?-i:[A-Z]))",
        consortium=True),  # "Samsung SDS leads the group with Naver Cloud, Kakao and KT": one consortium (not
    # "leads a lending group with A that will lend to B", "leads the group with a 30% share")
    cue("Partnership", r"\b(?:form|forms|formed|forming)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:consortium|alliance|coalition|partnership)\b", linkers=(DIRECT, "with"), specific=False, alone=False,
        together=True, consortium=True),  # "A, B and C formed a consortium"
    cue("Partnership", r"\blicense(?= " + NAME + r"(?:(?:'s|’s|'|’) | (?:designs?|technology|architectures?|cores?|"
        r"patents?|IP)\b))|"  # "license Arm's designs", "license Arm designs"
        r"\blicens(?:es|ed|ing)\b(?!\s+(?:fees?|plates?|holders?|agreements?|deals?|applications?)\b)|"
        r"(?<=\bto )licen[sc]e\b(?!\s+(?:fees?|applications?)\b)",
        linkers=(DIRECT, "to", "from"), specific=False, alone=False, owners=True),  # "licensed its designs to A"
    cue("SupplyAgreement", r"\bprovid(?:e|es|ed|ing)\b(?= (?:the |its )?[A-Z]\S* (?:\S+ ){0,3}?with\b)|"
        r"\bprovid(?:e|es|ed|ing)\b(?! (?:financing|funding|loans?|capital|support|grants?)\b)(?= (?:\S+ ){1,4}?to\b)",
        linkers=(DIRECT, "to"), specific=False, alone=False),  # "provide Nscale with GPUs", "provide capacity to X"
    cue("Partnership", r"\b(?:announced|unveiled|introduced)\s+with\b", specific=False, alone=False),
    cue("Partnership", r"\bcode-?shar(?:e|es|ed|ing)\b", linkers=("with",), specific=False),
    cue("Partnership", r"\bresell(?:s|ing)?\b|\bdistribut(?:e|es|ing)\b|\breseller(?:s)? (?:of|for)\b|"
        r"\breseller (?:deal|agreement|partnership|contract|pact) (?:under which|that lets|allowing) "
        r"(?:it|them|the company) (?:will |would |to |can )?sell\b", linkers=(DIRECT,), specific=False,
        alone=False),  # "agreed to resell ChatGPT Enterprise", "resells Google's models": a partner of its maker
    cue("Partnership", r"\bexplor(?:e|es|ed|ing)\b", linkers=("with",), specific=False, alone=False),
    cue("Partnership", r"\b(?:build|develop|set up|establish|launch|construct|operate|create)(?:s|es|ed|d|ing)?\b(?!-)|"
        r"\b(?:break|breaks|broke|breaking)\s+ground\b",
        linkers=(DIRECT, "with"), specific=False, alone=False, together=True, consortium=True),
    cue("Investment", r"\bco-?invest(?:s|ed|ing|ment|ments)?\b", linkers=(DIRECT, "with", "in"), specific=False,
        alone=False, together=True, consortium=True),  # "A and B plan to co-invest in a solar farm"
    cue("Partnership", r"\bco-?develop(?:s|ed|ing)?\b|\bco-?design(?:s|ed|ing)?\b", specific=False,
        owners=True),  # "Broadcom co-designs Google's TPUs": with their owner
    cue("Partnership", r"\bco-?development\b|\bjointly (?:develop|build|design)\w*\b|"
        r"\btogether\b(?!,)(?!\s+(?:account|spend|control|hold|make|represent|command|pledge|produce|plan|signal|forecast|"
        r"guide|expect|project|report|post|earn|employ)\w*)",
        specific=False),  # not "together account for 63%", "Together, they spend": a market, not a deal
    cue("SupplyAgreement", r"\b(?:customers?|clients?)(?:\s+(?:list|base|roster)(?:\s+that(?:\s+already)?)?)?\b|\btenants?\b|"
        r"(?<!customer )(?<!client )\broster\b(?=\s+(?:also\s+)?includ)|"
        r"(?:(?<=early )|(?<=first )|(?<=initial ))(?:users|adopters)\b(?=\s+(?:also\s+)?includ)",
        linkers=("include", "includes", "including", "of", "are", "is"),
        alone=False),  # "a Zeta customer list that includes A", "its largest customer is B", "early users include C"

    cue("Partnership", r"\bpartner(?:s|ed|ing)?\b|\bpartnerships?\b|\bteam(?:s|ed|ing)?\s+(?:up|with)\b|\b(?:link|tie)(?:s|ed|d|ing)?\s+up\b|"
        r"\bjoin(?:s|ed|ing)?\s+(?:hands|forces)\b|\bwork(?:s|ed|ing)?\s+(?:together\s+|[a-z]+ly\s+)?with\b|"
        r"\bcollaborat(?:e|es|ed|ing|ion|ions)\b|\bcooperat(?:e|es|ed|ing|ion)\b|\balliances?\b|\bties\b|"
        r"\btie-?ups?\b", specific=False),
    cue("Partnership", r"\bagreements?\b|\bdeals?\b|\bcontract(?:s|ed)?\b(?!\s+prices?\b)|\bpacts?\b|\barrangements?\b",
        specific=False),  # not the market's "contract prices"
    cue("Partnership", r"\btalks\b|\bdiscussions\b|\bnegotiat(?:ions|ing)\b", linkers=("with",), specific=False),
    cue("Partnership", r"\bagreed to\b|\bagree(?:s|d)? with\b|\bsign(?:s|ed|ing)?\s+(?:up|on)(?=\s+with\b)",
        specific=False),  # "A and B signed up with C to develop a plant"
    cue("Partnership", r"\bjoint (?:[a-z]+ ){0,2}(?:products?|services?|offerings?|research|development|projects?|"
        r"operations?|bids?)\b",
        specific=False),  # "Kakao and OpenAI unveiled their first joint products"
]


# At one place the first (most specific) cue wins.
ANY_CUE = re.compile("|".join(f"(?P<c{i}>{c.pattern.pattern})" for i, c in enumerate(CUES)), re.IGNORECASE)


# The words a cue may start with, by their first three letters: a sentence costs a set look-up
# per token, and the cue patterns run only where one may start.
CUE_STEMS = (
    "memorand mou letter loi joint ventur financ facilit debt leas rent credit loan lender form found bridge construction term syndicated project green bank margin shareholder anchor goes went going subsid grant suppl invest stake funding acqui buy bought takeover "
    "merg sale sell sold commit pledg integrat partner team link join work back collaborat cooperat allian tie "
    "agree deal contract pact talks discussions negotiat code co- deploy use adopt purchas sourc take took together "
    "customer client pick tap select design make manufactur cho hire licens build develop set establish launch construct operat creat "
    "explor rais pour put arrang about underwrit outsourc farm ten rel depend spen host assembl enlist provid announc unveil introduc manufactur made produc fabricat ship deliver resell distribut order power energy electricity ppa offtake led lead owned owns majority wholly holds held secur book reserv line borrow named got get receiv drew draw attract won win pay paid roster sign reopen restart break broke reviv recommission bundl with manag clos complet land").split()


CUE_PREFIXES = frozenset(stem[:3] for stem in CUE_STEMS)


@dataclass
class CueHit:
    cue: Cue
    first: int  # token indices of the cue words
    last: int


def find_cues(s: Sentence) -> list[CueHit]:
    """Cue matches in token terms; a generic word next to a specific cue ("supply agreement",
    "financial cooperation agreement") belongs to it, but not one after "the" ("lent the partners")."""
    hits = []
    for first in range(len(s.tokens)):
        match = cue_match(s, first)
        inside = s.at[first]
        if match is None or (inside is not None and inside.entity is not None and inside.entity.is_organization):
            continue  # "Daol Investment & Securities": a word of a firm's name
        number, end = match
        c = CUES[number]
        last = s.token_at(end)
        if hits and first < hits[-1].last:
            continue  # "power purchase agreement": one cue, its "purchase" is no second one
        if hits and s.lower(first - 1) == "(" and hits[-1].last == first - 1 and s.lower(last) == ")":
            hits[-1].last = last + 1  # "letters of intent (LOIs)": the cue's abbreviation is part of it
            continue
        if not verb_use(s, first, c):
            hits.append(CueHit(c, first, max(last, first + 1)))
    specific = [h for h in hits if h.cue.specific]
    for h in specific:
        for other in hits:
            if not other.cue.specific and h.first - 1 <= other.first <= h.last + 2 \
                    and not (other.first > h.last and s.lower(other.first - 1) == "the") \
                    and s.lower(h.last) != ",":  # "lent the partners", "which X backs, is working with"
                h.last = max(h.last, other.last)
    return sorted([h for h in hits if h.cue.specific or not near_specific(h, specific)], key=lambda h: h.first)


def near_specific(h: CueHit, specific: list[CueHit]) -> bool:
    return any(o.first - 1 <= h.first <= o.last for o in specific)


def verb_use(s: Sentence, k: int, c: Cue) -> bool:
    """"to deal with", "in agreement with", "The deal complements ...": words that look like cues
    but are no new deal (the last names one told before)."""
    word = s.lower(k)
    told_before = (k == 1 and s.lower(0) in ("the", "this") and word in BACK_REFERENCES
                   and s.lower(k + 1) not in ("with", "between", ",", "of") and signer_after(s, k + 1) is None)
    career = word in ("join", "joins", "joined", "joining") and (s.lower(k + 1) == "from" or person_before(s, k))
    joiner = word == "together" and s.lower(k + 1) == "with" and s.lower(k - 1) == ","  # "A, together with B, signed"
    rivals = word == "with" and any(s.lower(j).startswith(RIVALRY_STEMS) for j in range(k - 8, k))
    racing = s.lower(k - 1) == "to" and s.lower(k - 2) in RACE_WORDS \
        and not any(s.lower(j).startswith("win") or s.lower(j) == "won" for j in range(k - 9, k - 2))
    rating = s.tokens[k].text in RATINGS and s.lower(k - 1) in ("to", "from", "at") \
        and s.lower(k + 1) in ("from", "to", ",", ".", "rating", "on", "")  # "upgraded AMD to Buy from Hold"
    return (word in ("deal", "deals") and s.lower(k - 1) == "to") or (word == "agreement" and s.lower(k - 1) == "in") \
        or told_before or career or joiner or rivals or rating or racing


# Words before a "with" that set its firms against the subject's: "competes for orders with Nvidia and with
# chips designed by X", "goes head to head with chips from Nvidia", "replace them with chips from Huawei".
RIVALRY_STEMS = ("compet", "rival", "replac", "compar", "head", "against", "versus")


# "in the race to supply Nvidia", "vying to build it": a contest for a deal, none made (but "won the race to supply").
RACE_WORDS = frozenset("race races racing vie vies vying scramble scrambling jostling".split())


PERSONAL_PRONOUNS = frozenset("he she who".split())


def person_before(s: Sentence, k: int) -> bool:
    """"she graduated from X in 2005 and joined Y": a career move, not a firm joining another."""
    for j in range(k - 1, max(-1, k - 16), -1):
        m = s.at[j]
        if m is not None and m.entity is not None and not after_preposition(s, m.first) and not s.possessive_at(m.last):
            return m.entity.cls == "Person"  # past "who was Intel's CTO": the firm qualifies a title
        if s.lower(j) in PERSONAL_PRONOUNS:
            return True
    return False


def signer_after(s: Sentence, k: int):
    """"an MoU the ministry signed with A", "the deal (that) Orbit struck with B": the firm right after
    a cue ending before token k that signs it, in a relative clause."""
    k += s.lower(k) == "that"
    m = s.mention_starting(k + (s.lower(k) == "the"))
    if not is_organization(m):
        return None
    verb = m.last + (s.lower(m.last) in ("has", "had"))
    return m if s.lower(verb) in SIGNING_VERBS else None


SIGNING_VERBS = frozenset("signed struck inked sealed reached agreed entered announced".split())


def after_preposition(s: Sentence, k: int) -> bool:
    """"at X", "at trading company X": a name that a preposition, past a few words of description, governs."""
    return s.lower(words_back(s, k, 3, PLACE_PREPOSITIONS | PERSONAL_PRONOUNS) - 1) in PLACE_PREPOSITIONS


BACK_REFERENCES = frozenset("deal agreement arrangement contract pact partnership transaction venture purchase acquisition "
                            "takeover merger investment sale".split())


def cue_match(s: Sentence, k: int) -> tuple[int, int] | None:
    """The cue pattern that matches at token k, as (its number in CUES, where its match ends)."""
    if "cues" not in s.cache:
        s.cache["cues"] = cue_matches(s)
    return s.cache["cues"].get(k)


def cue_matches(s: Sentence) -> dict[int, tuple[int, int]]:
    """Token index -> (cue number, end offset in the text) of each place a cue pattern matches."""
    found = {}
    for k, token in enumerate(s.tokens):
        if token.lower[:3] in CUE_PREFIXES:
            match = ANY_CUE.match(s.span.text, token.start - s.span.start)
            if match is not None:
                found[k] = (int(match.lastgroup[1:]), s.span.start + match.end())
    return found


def is_cue_word(s: Sentence, j: int) -> bool:
    """Whether a specific cue ("supply", "invest", "MoU") starts at token j."""
    match = cue_match(s, j)
    return match is not None and CUES[match[0]].specific
