#!/usr/bin/env python3
"""The one home of the rules the two JSON Schemas share (docs/schema/*.schema.json).

Run from the project root after changing a rule here; it rewrites both schemas in place and is
idempotent. SchemaAgreementTest holds the schemas against the reader on a probe corpus, and
SchemaRulesTest holds the currency list against Currencies and the JDK, so a rule that drifts
from the code fails the build.
"""
import json
import re

# ISO 4217 codes the JDK 17 knows (java.util.Currency.getAvailableCurrencies()), and the
# aliases io.github.tradecoop.money.Currencies accepts. SchemaRulesTest checks both lists.
ISO_CODES = """
ADP AED AFA AFN ALL AMD ANG AOA ARS ATS AUD AWG AYM AZM AZN BAM BBD BDT BEF BGL BGN BHD BIF BMD
BND BOB BOV BRL BSD BTN BWP BYB BYN BYR BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CSD CUC
CUP CVE CYP CZK DEM DJF DKK DOP DZD EEK EGP ERN ESP ETB EUR FIM FJD FKP FRF GBP GEL GHC GHS GIP
GMD GNF GRD GTQ GWP GYD HKD HNL HRK HTG HUF IDR IEP ILS INR IQD IRR ISK ITL JMD JOD JPY KES KGS
KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LUF LVL LYD MAD MDL MGA MGF MKD MMK MNT MOP
MRO MRU MTL MUR MVR MWK MXN MXV MYR MZM MZN NAD NGN NIO NLG NOK NPR NZD OMR PAB PEN PGK PHP PKR
PLN PTE PYG QAR ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG SEK SGD SHP SIT SKK SLE SLL SOS SRD
SRG SSP STD STN SVC SYP SZL THB TJS TMM TMT TND TOP TPE TRL TRY TTD TWD TZS UAH UGX USD USN USS
UYI UYU UZS VEB VED VEF VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XFO XFU XOF XPD
XPF XPT XSU XTS XUA XXX YER YUM ZAR ZMK ZMW ZWD ZWG ZWL ZWN ZWR
""".split()
ALIASES = ["RMB", "yuan", "renminbi", "Chinese yuan", "元", "人民币", "人民币元", "юань", "юаня", "юаней", "юанях", "юанями", "ruble", "rubles", "rouble", "roubles", "Russian ruble", "Russian rubles", "руб.", "руб", "рубль", "рубля", "рублей", "₽", "卢布", "US$", "U.S. dollar", "U.S. dollars", "US dollar", "US dollars", "доллар США", "доллара США", "долларов США", "долл. США", "美元", "€", "euro", "euros", "евро", "欧元"]

NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
                " eighty ninety hundred thousand million billion trillion dozen").split()


def case_insensitive(text):
    """A regex for text in any case, as Currencies reads it (it folds with toLowerCase)."""
    out = []
    for c in text:
        lower, upper = c.lower(), c.upper()
        if lower != upper and len(upper) == 1:
            out.append('[' + upper + lower + ']')
        else:
            out.append(re.escape(c) if c in '.^$*+?()[]{}|\\/' else c)
    return ''.join(out)


def at_most(limit):
    """A regex for whole numbers from 0 to limit (no sign, no leading zeros)."""
    digits = str(limit)
    parts = [f'[0-9]{{1,{len(digits) - 1}}}'] if len(digits) > 1 else []
    for i, d in enumerate(digits):
        d = int(d)
        rest = len(digits) - i - 1
        if i == 0 and d > 1:
            parts.append(f'[1-{d - 1}][0-9]{{{rest}}}')
        elif i > 0 and d > 0:
            parts.append(digits[:i] + (f'[0-{d - 1}]' if d > 1 else '0') + f'[0-9]{{{rest}}}')
    parts.append(digits)
    return '(?:' + '|'.join(parts) + ')'


CURRENCY = '(?:' + '|'.join(case_insensitive(c) for c in ISO_CODES + sorted(ALIASES, key=len, reverse=True)) + ')'
NUMBER = '(?:[0-9]|' + '|'.join(case_insensitive(w) for w in NUMBER_WORDS) + ')'
YEAR_2_9999 = '(?:000[2-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})'
MONTH = '(?:0[1-9]|1[0-2])'
PLAIN = '(?=-?[0-9]{1,40}(?:\\.[0-9]{1,40})?$)'

def figure_of(description, value, resolution):
    """A figure: an object of value, resolution and qualifier, or a string in the English form."""
    return {
        "description": description,
        "oneOf": [
            {
                "type": "object",
                "properties": {
                    "value": {"$ref": "#/$defs/" + value},
                    "resolution": {"$ref": "#/$defs/" + resolution},
                    "qualifier": {"$ref": "#/$defs/qualifier"}
                },
                "additionalProperties": False,
                "required": ["value"]
            },
            {"$ref": "#/$defs/figureText"}
        ]
    }


SHARED = {
    "decimal": {
        "type": "string",
        "pattern": "^" + PLAIN + "-?0*[0-9]{1,21}(?:\\.[0-9]{1,12})?$",
        "description": "a plain decimal written as a string, so nothing is lost in JavaScript: below 10^21"
                       " in absolute value, at most 12 decimal places as written"
    },
    "resolution": {
        "type": "string",
        "pattern": "^" + PLAIN + "0*(?:10{0,12}(?:\\.0+)?|0\\.0{0,11}10*)$",
        "description": "a power of ten from 10^-12 to 10^12, the unit of the last stated digit"
    },
    "countValue": {
        "type": "string",
        "pattern": "^(?=[0-9]{1,40}(?:\\.[0-9]{1,40})?$)0*" + at_most(2**63 - 1) + "(?:\\.0+)?$",
        "description": "a whole number from 0 to 2^63 - 1, written as a string"
    },
    "countResolution": {
        "type": "string",
        "pattern": "^(?=[0-9]{1,40}(?:\\.[0-9]{1,40})?$)0*10{0,12}(?:\\.0+)?$",
        "description": "a power of ten from 1 to 10^12"
    },
    "qualifier": {
        "enum": ["EXACT", "ABOUT", "MORE_THAN", "AT_LEAST", "LESS_THAN", "UP_TO", "NEARLY"]
    },
    "figureText": {
        "type": "string",
        "maxLength": 300,
        "pattern": NUMBER,
        "description": "a figure in the English form FigureFormat.english() reads (\"more than 100\", \"80.2%\");"
                       " the schema checks that it states a number, the reader reads it"
    },
    "figure": figure_of("a reported figure: an object, or a string in the English form (\"more than 100\", \"80.2%\")",
                        "decimal", "resolution"),
    "count": figure_of("a reported count: an object with a whole, non-negative value, or a string in the English"
                       " form (\"more than 100\", \"a total of 55\")", "countValue", "countResolution"),
    "currency": {
        "type": "string",
        "pattern": "^" + CURRENCY + "$",
        "description": "an ISO 4217 code or an alias Currencies knows (\"RMB\", \"人民币\"), in any case"
    },
    "amount": {
        "description": "a reported amount: an object, or a string such as \"CNY 13.6 billion\"",
        "oneOf": [
            {
                "type": "object",
                "properties": {
                    "currency": {"$ref": "#/$defs/currency"},
                    "value": {"$ref": "#/$defs/decimal"},
                    "resolution": {"$ref": "#/$defs/resolution"},
                    "qualifier": {"$ref": "#/$defs/qualifier"}
                },
                "additionalProperties": False,
                "required": ["currency", "value"]
            },
            {
                "type": "string",
                "maxLength": 300,
                "allOf": [{"pattern": NUMBER}, {"pattern": CURRENCY}],
                "description": "the English form; the schema checks that it states a number and a currency"
            }
        ]
    },
    "converted": {
        "type": "object",
        "description": "an amount as the report also states it in a second currency, with the rate it gives",
        "properties": {
            "amount": {"$ref": "#/$defs/amount"},
            "rate": {
                "type": "string",
                "pattern": "^(?=[^-]*[1-9])" + PLAIN + "0*[0-9]{1,21}(?:\\.[0-9]{1,12})?$",
                "description": "units of the first currency per unit of the second, as stated; positive"
            }
        },
        "additionalProperties": False,
        "required": ["amount"]
    },
    "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100},
    "country": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2"},
    "date": {
        "type": "string",
        "pattern": "^(?:(?:19[0-9]{2}|20[0-9]{2}|2100)-(?:" + MONTH + "-(?:0[1-9]|1[0-9]|2[0-8])"
                   "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
                   "|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))-02-29)$",
        "format": "date",
        "description": "an ISO 8601 calendar date in the years 1900 to 2100 (@PlausibleDate)"
    },
}

FAIR_ONLY = {
    "quantity": {
        "description": "a reported quantity: an object with a unit and a non-negative value, or a string in the"
                       " English form (\"104,000 square metres\")",
        "oneOf": [
            {
                "type": "object",
                "properties": {
                    "unit": {"enum": ["SQUARE_METRE", "TONNE"]},
                    "value": {"allOf": [{"$ref": "#/$defs/decimal"}, {"pattern": "^[^-]"}]},
                    "resolution": {"$ref": "#/$defs/resolution"},
                    "qualifier": {"$ref": "#/$defs/qualifier"}
                },
                "additionalProperties": False,
                "required": ["unit", "value"]
            },
            {"$ref": "#/$defs/figureText"}
        ]
    },
    "otherNames": {
        "type": "object",
        "propertyNames": {
            "pattern": "^(?=.{1,35}$)[A-Za-z]{2,8}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
                       "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
                       "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$",
            "description": "a BCP 47 language tag with a language (@LanguageTag): zh, ru, zh-Hans"
        },
        "additionalProperties": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "\\S"}
    }
}

STATISTICS_ONLY = {
    "period": {
        "type": "string",
        "pattern": "^" + YEAR_2_9999 + "(?:-Q[1-4]|-H[12]|-" + MONTH + "(?:/" + YEAR_2_9999 + "-" + MONTH + ")?)?$",
        "description": "a year (2023), a half-year (2023-H1), a quarter (2023-Q1), a month (2023-08) or a range"
                       " of months (2023-01/2023-08); years 2 to 9999; that a range ends after it starts is"
                       " checked by the reader"
    }
}

# Properties that hold counts rather than any figure.
COUNTS = {("attendance", "count"), ("signing", "projects"), ("indicator", "count")}

IDS = {
    "trade-fair": "https://github.com/tradecoop/tradecoop/blob/main/docs/schema/trade-fair.schema.json",
    "trade-statistics": "https://github.com/tradecoop/tradecoop/blob/main/docs/schema/trade-statistics.schema.json",
}


def allows_null(schema):
    t = schema.get("type")
    return t == "null" or (isinstance(t, list) and "null" in t) or any(
        s == {"type": "null"} for s in schema.get("anyOf", []))


def nullable_optionals(schema):
    """Optional properties accept an explicit null, as the reader does."""
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict):
            required = set(schema.get("required", []))
            for name, prop in list(schema["properties"].items()):
                if name not in required and not allows_null(prop):
                    schema["properties"][name] = {"anyOf": [{"type": "null"}, prop]}
        for value in schema.values():
            nullable_optionals(value)
    elif isinstance(schema, list):
        for value in schema:
            nullable_optionals(value)


def update(name, extra):
    path = f"docs/schema/{name}.schema.json"
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    ordered = {"$schema": schema["$schema"], "$id": IDS[name]}
    ordered.update({k: v for k, v in schema.items() if k not in ("$schema", "$id")})
    schema = ordered
    defs = schema["$defs"]
    for key, value in {**SHARED, **extra}.items():
        defs[key] = json.loads(json.dumps(value))
    for (owner, prop) in COUNTS:
        if owner in defs:
            p = defs[owner]["properties"][prop]
            target = p["anyOf"][1] if "anyOf" in p else p
            target["$ref"] = "#/$defs/count"
    nullable_optionals(schema)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    update("trade-fair", FAIR_ONLY)
    update("trade-statistics", STATISTICS_ONLY)
