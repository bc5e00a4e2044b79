"""Seed content of the guides and help contacts, in every portal language.

English lives here; km.py, vi.py and ja.py hold the translations, keyed by the
same slugs. After seeding, everything is edited in the admin.
"""

from . import ja, km, vi

TRANSLATIONS = {"km": km, "vi": vi, "ja": ja}

GUIDES = [
    {
        "slug": "employer-pays",
        "order": 1,
        "related": ["before-signing", "check-licence"],
        "title": "You should not pay to get a job",
        "summary": "Under the Employer Pays Principle, the employer pays the costs of recruiting you. Some charges are forbidden by law.",
        "body": """The Employer Pays Principle says that no worker should pay to get a job. The employer in Japan should pay the costs of recruiting you: the agency's fee, training, travel, the visa and medical checks. The International Labour Organization's rules on fair recruitment, and the Tokyo Declaration of Japanese companies (2020), say the same.

Some charges are forbidden by law:
- A deposit, bond or "guarantee money" to stop you leaving your job is banned by the agreements between Japan and Cambodia and between Japan and Vietnam.
- In Vietnam, no one may charge you a broker's commission for work in Japan (Circular 02/2024, from 15 May 2024).
- In Vietnam, the service fee may be at most one month's wage for each year of your contract (Law 69/2020).

If an agency asks you for money, ask for a written list of every cost and a receipt for every payment. Compare what it asks with what other agencies publish on FairFee, and use the fee check to see whether a fee breaks the rules.""",
    },
    {
        "slug": "check-licence",
        "order": 2,
        "related": ["before-signing", "get-help"],
        "title": "How to check an agency's licence",
        "summary": "Only licensed agencies may send workers to Japan. Check the licence before you pay anything.",
        "body": """Only licensed agencies may send workers to Japan. In Cambodia, licences are given by the Ministry of Labour and Vocational Training. In Vietnam, they are given by the Department of Overseas Labour of the Ministry of Labour.

- Ask the agency for its licence number and the name written on the licence.
- Look the agency up on FairFee. Its page shows the licence number, who gave it, until when it is valid, and whether it is suspended or taken away.
- Check that the name on your contract is the same as the name on the licence.
- Be careful with a broker in the village who asks for money: a broker is not a licensed agency.

If the licence has run out, is suspended or was taken away, do not pay. Tell an NGO or the labour ministry.""",
    },
    {
        "slug": "before-signing",
        "order": 3,
        "related": ["employer-pays", "check-licence", "get-help"],
        "title": "Before you sign or pay",
        "summary": "A list of every cost, a receipt for every payment, a contract you can read, and your passport always with you.",
        "body": """- Ask for a written list of every cost: what it is for, how much, who pays it and when.
- Ask for a receipt for every payment, with the agency's name and the amount.
- Get your contract in a language you can read, and keep a copy. Take your time, and ask someone you trust to read it with you.
- Never give your passport or ID card to the agency, the employer or anyone else to keep. Keeping a worker's passport is not allowed in Japan.
- Do not pay a deposit, and do not sign a paper that says you will pay a penalty if you leave.
- If you borrow money, write down how much, from whom and the interest. Ask for help if the interest is high.
- Check the agency's licence, and compare its fees with other agencies on FairFee.""",
    },
    {
        "slug": "pregnancy-rights",
        "order": 4,
        "related": ["get-help", "before-signing"],
        "title": "Pregnancy, marriage and your job in Japan",
        "summary": "In Japan you cannot be dismissed or sent home because you are pregnant, marry or give birth. This protects technical intern trainees and Specified Skilled Workers too.",
        "body": """In Japan it is against the law to dismiss a worker, or to send her home, because she is pregnant, gets married or gives birth. This protects technical intern trainees and Specified Skilled Workers, like every other worker.

- No one may make you promise not to get pregnant, not even in a paper you signed at home. Such a promise has no force.
- If you are pregnant, you can keep working or training, or take a break and continue later.
- You can take maternity leave before and after the birth.
- You can see a doctor. Your health insurance in Japan helps pay for check-ups and for the birth.
- If someone tells you to go home because you are pregnant, do not sign anything. Ask for help: OTIT, JP-MIRAI Assist, your embassy or an NGO.""",
    },
    {
        "slug": "get-help",
        "order": 5,
        "related": ["pregnancy-rights", "check-licence"],
        "title": "Where to get help",
        "summary": "Free help in Japan and at home, in your language, for problems with your agency, your job, your debt or your health.",
        "body": """You are not alone. If you have a problem with your agency, your employer, your wages, your debt or your health, contact one of the places below. Their help is free, and many speak your language.

If your agency charged you more than it published, or charged you a forbidden fee, you can also tell us on FairFee. Your name is not asked.""",
    },
]

# Contacts an admin keeps up to date; details not yet checked say so on the page.
CONTACTS = [
    {
        "key": "otit",
        "name": "OTIT (Organization for Technical Intern Training)",
        "where": "JP",
        "website": "https://www.otit.go.jp/",
        "order": 1,
        "description": "Advice in your own language for technical intern trainees: problems at work, wages, changing employer.",
    },
    {
        "key": "jp-mirai",
        "name": "JP-MIRAI Assist",
        "where": "JP",
        "website": "https://jp-mirai.org/",
        "order": 2,
        "description": "Advice for foreign workers in Japan, by message, in many languages.",
    },
    {
        "key": "fresc",
        "name": "FRESC (Foreign Residents Support Center)",
        "where": "JP",
        "website": "https://www.moj.go.jp/isa/support/fresc/",
        "order": 3,
        "description": "Government help desk in Tokyo for foreign residents: visas, work, daily life.",
    },
    {
        "key": "embassy-kh",
        "name": "Royal Embassy of Cambodia in Japan",
        "where": "JP",
        "website": "",
        "order": 4,
        "description": "Help for Cambodian citizens in Japan, including lost passports and emergencies.",
    },
    {
        "key": "embassy-vn",
        "name": "Embassy of Vietnam in Japan",
        "where": "JP",
        "website": "",
        "order": 5,
        "description": "Help for Vietnamese citizens in Japan, including lost passports and emergencies.",
    },
    {
        "key": "molvt",
        "name": "Ministry of Labour and Vocational Training",
        "where": "KH",
        "website": "",
        "order": 1,
        "description": "Licences of Cambodian recruitment agencies, and complaints about them.",
    },
    {
        "key": "dolab",
        "name": "Department of Overseas Labour (DOLAB)",
        "where": "VN",
        "website": "",
        "order": 1,
        "description": "Licences of Vietnamese recruitment agencies, and complaints about them.",
    },
]
