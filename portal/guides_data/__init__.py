"""Seed content of the guides and help contacts, in every portal language.

English lives here; km.py, vi.py and ja.py hold the translations, keyed by the
same slugs and contact keys. After seeding, everything is edited in the admin:
`load_guides` writes a corrected seed text only into fields that still hold what
the seed wrote there (see portal/guides.py), never over an admin's edit.

The facts follow ../shared/LAW.md (checked in December 2026). A phone number is
here only when it was read on the organisation's own website, a government
website or an embassy's, and `source` says where; every other contact says
where to look instead.
"""

from . import ja, km, vi

TRANSLATIONS = {"km": km, "vi": vi, "ja": ja}

# The day the laws, dates and contact details below were last read at their source.
CHECKED_ON = "2026-12-01"

GUIDES = [
    {
        "slug": "employer-pays",
        "order": 1,
        "related": ["before-signing", "check-licence"],
        "checked_on": CHECKED_ON,
        "title": "You should not pay to get a job",
        "summary": "Under the Employer Pays Principle, the employer pays the costs of recruiting you. Some charges are forbidden, and in Vietnam the service fee has a limit.",
        "body": """The Employer Pays Principle says that no worker should pay to get a job. The employer in Japan should pay the costs of recruiting you: the agency's fee, training, travel, the visa and medical checks. The rules of the International Labour Organization on fair recruitment (2019) and the Tokyo Declaration of Japanese companies (2020) say the same. This is an international standard: the law of your country may still allow some fees.

Some charges are forbidden:
- A deposit, a bond, "guarantee money", or a paper that makes you pay a penalty if you leave your job. The agreements between Japan and Cambodia and between Japan and Vietnam forbid them, and so does Japan's Technical Intern Training Act (Article 47), since 1 November 2017. The rules for Specified Skilled Workers forbid them too.
- In Vietnam, no one may take a brokerage fee (tiền môi giới) from you. The law on Vietnamese workers abroad forbids it (Law 69/2020/QH14, Article 7(8)), since 1 January 2022.

In Vietnam, an agency may ask you for a service fee, but the law sets limits (Law 69/2020/QH14, Article 23):
- At most one month of your basic wage for each 12 months of your contract. The basic wage is the wage in your contract, without overtime or extra allowances. For a 3-year contract, that is at most 3 months of basic wage.
- Only after the agency's supply contract with the employer in Japan is registered, and after you have signed your own contract.
- If the employer or another party in Japan has paid part of the fee, the agency may ask you only for the rest.
- If you must come home early and it is not your fault, the agency must give back the part of the fee for the time you did not work, with interest.

Under Employment for Skill Development (ESD), Japan's new programme from 1 April 2027, what you pay the sending agency may be at most 2 months of the monthly wage written in your ESD plan, without overtime (ordinance of Japan's Ministry of Justice and Ministry of Health, Labour and Welfare, 30 September 2025).

In Cambodia we found no legal limit on the fee for work in Japan. The Employer Pays Principle still says you should pay nothing.

If an agency asks you for money, ask for a written list of every cost and a receipt for every payment. Compare what it asks with what other agencies publish on FairFee, and use the fee check to see whether a fee breaks the rules.""",
    },
    {
        "slug": "check-licence",
        "order": 2,
        "related": ["before-signing", "get-help"],
        "checked_on": CHECKED_ON,
        "title": "How to check an agency's licence",
        "summary": "Only licensed agencies may send workers to Japan. Check the licence before you pay anything.",
        "body": """Only licensed agencies may send workers to Japan.

- In Cambodia, licences are given by the Ministry of Labour and Vocational Training. Only a licensed agency may recruit and send workers abroad (Sub-decree 190 of 2011, Article 5).
- In Vietnam, licences are handled by the Department of Overseas Labour Management (Cục Quản lý lao động ngoài nước) of the Ministry of Home Affairs. Since 1 March 2025 the Ministry of Home Affairs does the work of the former Ministry of Labour, Invalids and Social Affairs (Decree 25/2025/ND-CP). Sending workers without a licence, or lending or borrowing a licence, is against the law (Law 69/2020/QH14, Article 7(5)).

How to check:
- Ask the agency for its licence number and the name written on the licence.
- Look the agency up on FairFee. Its page shows the licence number, who gave it, until when it is valid, and whether it is suspended or taken away.
- Check that the name on your contract is the same as the name on the licence.
- Be careful with a broker in the village who asks for money: a broker is not a licensed agency.

If the licence has run out, is suspended or was taken away, do not pay. Tell an NGO, or the authority that gives the licences.""",
    },
    {
        "slug": "before-signing",
        "order": 3,
        "related": ["employer-pays", "check-licence", "get-help"],
        "checked_on": CHECKED_ON,
        "title": "Before you sign or pay",
        "summary": "A list of every cost, a receipt for every payment, a contract you can read, and your passport always with you.",
        "body": """- Ask for a written list of every cost: what it is for, how much, who pays it and when.
- Ask for a receipt for every payment, with the agency's name and the amount.
- Get your contract in a language you can read, and keep a copy. Take your time, and ask someone you trust to read it with you.
- In Vietnam, do not pay a service fee before you have signed your own contract.
- Never give your passport or residence card to the agency, the employer or anyone else to keep. In Japan, keeping a trainee's passport or residence card is against the law (Technical Intern Training Act, Article 48(1)).
- Do not pay a deposit, and do not sign a paper that says you will pay a penalty if you leave.
- If you borrow money, write down how much, from whom and the interest. Ask for help if the interest is high.
- Check the agency's licence, and compare its fees with other agencies on FairFee.

Which programme? Japan's new programme, Employment for Skill Development (ESD), starts on 1 April 2027. Technical Intern Training (TITP) does not stop on that day: it goes on beside ESD for trainees already in it, until 31 March 2030. Ask the agency which programme your job is under, and check that your papers say the same.""",
    },
    {
        "slug": "pregnancy-rights",
        "order": 4,
        "related": ["get-help", "before-signing"],
        "checked_on": CHECKED_ON,
        "title": "Pregnancy, marriage and your job in Japan",
        "summary": "In Japan you cannot be dismissed or sent home because you are pregnant, marry or give birth. This protects technical intern trainees and Specified Skilled Workers too.",
        "body": """In Japan it is against the law to dismiss a worker, or to send her home, because she is pregnant, gets married or gives birth (Equal Employment Opportunity Act, Article 9). This protects technical intern trainees, Specified Skilled Workers and workers in Employment for Skill Development, like every other worker. For trainees, the Technical Intern Training Act (Article 48(2)) also forbids limiting your private life, for example forbidding you to date, marry or have a baby.

- No one may make you promise not to get pregnant or not to marry, not even in a paper you signed at home. Such a promise has no force in Japan.
- If you are pregnant, you can keep working or training. A trainee can also stop training for a while and continue it later.
- You have the right to maternity leave: 6 weeks before the birth, and 8 weeks after it.
- Tell the city or town office where you live that you are pregnant. It gives you a Mother and Child Health Handbook (boshi techo) and vouchers for your pregnancy check-ups.
- Japan's health insurance pays a lump sum for the birth (the childbirth lump-sum grant).
- If someone tells you to go home because you are pregnant, do not sign anything. Ask for help: OTIT, your embassy or an NGO (see Where to get help).""",
    },
    {
        "slug": "get-help",
        "order": 5,
        "related": ["pregnancy-rights", "check-licence"],
        "checked_on": CHECKED_ON,
        "title": "Where to get help",
        "summary": "Free help in Japan and at home, in your language, for problems with your agency, your job, your debt or your health.",
        "body": """You are not alone. If you have a problem with your agency, your employer, your wages, your debt or your health, contact one of the places below. Their help is free, and many speak your language.

We show a phone number only when we read it on the organisation's own website, a government website or an embassy's. The source and the day we checked are written under each one. Where no number is shown, we could not confirm one yet: the text says where to find it.

If your agency charged you more than it published, or charged you a forbidden fee, you can also tell us on FairFee. Your name is not asked.""",
    },
]

# Help contacts. `where`: the country the contact is in; `for_origin`: set when
# it helps only people from one country (an embassy). A phone only with its source.
CONTACTS = [
    {
        "key": "otit",
        "order": 1,
        "where": "JP",
        "for_origin": "",
        "name": "OTIT, consultation in your own language",
        "description": "The Organization for Technical Intern Training answers technical intern trainees for free, in 8 languages: problems at work, wages, violence, pregnancy, changing employer.",
        "phone": "",
        "hours": "",
        "languages": "",
        "website": "https://www.otit.go.jp/",
        "instead": "The free number for your language is on otit.go.jp and in OTIT's handbook app for trainees (技能実習生手帳).",
        "source": "Naha City, page for technical intern trainees (city.naha.okinawa.jp/kurasitetuduki/soudan/fr/trainees.html, updated 2025-09-03): OTIT answers free calls in 8 languages. We found no stored copy of OTIT's own page with the numbers.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "jp-mirai",
        "order": 2,
        "where": "JP",
        "for_origin": "",
        "name": "JP-MIRAI Assist",
        "description": "Advice for foreign workers in Japan, by phone or message, in many languages, run by JP-MIRAI, a platform of companies, NGOs and JICA.",
        "phone": "",
        "hours": "",
        "languages": "",
        "website": "https://jp-mirai.org/",
        "instead": "jp-mirai.org says how to reach JP-MIRAI Assist.",
        "source": "jp-mirai.org (JP-MIRAI Assist project page) and jica.go.jp (report of 2024-08-06 on the JP-MIRAI Assist pilot, May 2022 to April 2024). Neither gives a phone number.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "fresc",
        "order": 3,
        "where": "JP",
        "for_origin": "",
        "name": "FRESC (Foreign Residents Support Center)",
        "description": "A government centre in Tokyo for foreign residents: immigration, the Tokyo Labour Bureau, free legal advice (Houterasu) and job help in one place, in 11 languages.",
        "phone": "",
        "hours": "",
        "languages": "",
        "website": "https://www.moj.go.jp/isa/support/fresc/",
        "instead": "The Immigration Services Agency's website (moj.go.jp/isa) gives FRESC's number. You can also go there: Yotsuya Tower 13th floor, next to Yotsuya Station, Tokyo.",
        "source": "Immigration Services Agency, moj.go.jp/isa (its FRESC page was not in our stored copies). FRESC's number appears only on a private company's page, so it is not shown.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "isa-information",
        "order": 4,
        "where": "JP",
        "for_origin": "",
        "name": "Immigration Services Agency, Immigration Information Center",
        "description": "Questions about your residence status and visa: renewing or changing it, changing employer, your residence card.",
        "phone": "0570-013904",
        "hours": "Weekdays 8:30 to 17:15. From an IP phone or from abroad, call 03-5796-7112.",
        "languages": "",
        "website": "https://www.isa.go.jp/en/",
        "instead": "",
        "source": "Immigration Services Agency of Japan, isa.go.jp/en/publications/materials/newimmiact_4_q-and-a.html (page updated 2020-10-21).",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "embassy-kh",
        "order": 5,
        "where": "JP",
        "for_origin": "KH",
        "name": "Royal Embassy of Cambodia in Japan",
        "description": "Help for Cambodian citizens in Japan, including lost passports and emergencies. 8-6-9 Akasaka, Minato-ku, Tokyo.",
        "phone": "+81-3-5412-8521",
        "hours": "",
        "languages": "km",
        "website": "https://www.cambodianembassy.jp/",
        "instead": "",
        "source": "ASEAN-Japan Centre, an organisation of the ASEAN governments and Japan, Cambodia page (asean.or.jp/en/asean/know/country/cambodia.html): Tel +81-3-5412-8521/2, 8-6-9 Akasaka. The same number is on Minato City's tourism site (visit-minato-city.tokyo).",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "embassy-vn",
        "order": 6,
        "where": "JP",
        "for_origin": "VN",
        "name": "Embassy of Vietnam in Japan",
        "description": "Help for Vietnamese citizens in Japan, including lost passports and emergencies. Citizen protection e-mail: baohocongdan@vnembassy.jp. 50-11 Motoyoyogi-cho, Shibuya-ku, Tokyo.",
        "phone": "+81-3-3466-3311",
        "hours": "",
        "languages": "vi",
        "website": "https://vnembassy-jp.org/",
        "instead": "",
        "source": "Embassy of Vietnam in Japan, vnembassy-jp.org, 'Quick contact': (81-3) 3466-3311, 3466-3313, 3466-3314.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "tomoiki",
        "order": 7,
        "where": "JP",
        "for_origin": "VN",
        "name": "Nichi-Vietnam Tomoiki Support Group (NPO)",
        "description": "An NGO in Japan that helps Vietnamese trainees, workers and students: a safe place after violence or dismissal, talks with the employer or school, pregnancy support, food.",
        "phone": "",
        "hours": "",
        "languages": "vi",
        "website": "https://nv-tomoiki.or.jp/",
        "instead": "They answer messages on Facebook Messenger; their website shows how to reach them.",
        "source": "nv-tomoiki.or.jp (their own site: life support work) and jp-mirai.org (forum report of 2025-07-04). No phone number given.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "molvt",
        "order": 1,
        "where": "KH",
        "for_origin": "",
        "name": "Ministry of Labour and Vocational Training (MoLVT)",
        "description": "Gives and takes away the licences of Cambodian recruitment agencies, and receives complaints about them.",
        "phone": "",
        "hours": "",
        "languages": "km",
        "website": "https://mlvt.gov.kh/",
        "instead": "mlvt.gov.kh lists the contacts of the ministry and of the labour department of every province, under Contact. Your province's Department of Labour and Vocational Training can also help.",
        "source": "mlvt.gov.kh (the ministry's own site). A hotline number appears only in press reports, so it is not shown.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "central",
        "order": 2,
        "where": "KH",
        "for_origin": "",
        "name": "CENTRAL (Center for Alliance of Labor and Human Rights)",
        "description": "A Cambodian NGO that gives migrant workers free legal advice and help to complain, before they leave and after they come back, for Japan too.",
        "phone": "",
        "hours": "",
        "languages": "km",
        "website": "https://central-cambodia.org/",
        "instead": "central-cambodia.org shows their offices, including a migrant worker centre in Sisophon, Banteay Meanchey, and how to reach them.",
        "source": "central-cambodia.org (their own site: anti-human trafficking and migration programme). No phone number found.",
        "checked_on": CHECKED_ON,
    },
    {
        "key": "dolab",
        "order": 1,
        "where": "VN",
        "for_origin": "",
        "name": "Department of Overseas Labour Management (Ministry of Home Affairs)",
        "description": "Licenses the Vietnamese agencies that send workers abroad, and receives complaints about them. It belongs to the Ministry of Home Affairs since 1 March 2025.",
        "phone": "",
        "hours": "",
        "languages": "vi",
        "website": "",
        "instead": "Ask the Department of Home Affairs (Sở Nội vụ) of your province, or an NGO, for the department's current number.",
        "source": "Decree 25/2025/ND-CP on the Ministry of Home Affairs (in force 2025-03-01). We found no official page with the department's phone number.",
        "checked_on": CHECKED_ON,
    },
]
