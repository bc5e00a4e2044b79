"""Seed data for the reference catalogue, in every portal language.

Loaded by `manage.py load_reference` (idempotent: rows are matched by code and
updated). After seeding, everything here is edited in the admin.

Exchange rates are not seeded: real ones are imported from an official source
(`manage.py import_rates`), and the demo makes up its own, marked as demo.
"""

# Each translated text is a dict of language code to text.

COUNTRIES = [
    {
        "code": "KH",
        "currency": "KHR",
        "is_origin": True,
        "name": {"en": "Cambodia", "km": "កម្ពុជា", "vi": "Campuchia", "ja": "カンボジア"},
    },
    {
        "code": "VN",
        "currency": "VND",
        "is_origin": True,
        "name": {"en": "Vietnam", "km": "វៀតណាម", "vi": "Việt Nam", "ja": "ベトナム"},
    },
    {
        "code": "JP",
        "currency": "JPY",
        "is_destination": True,
        "name": {"en": "Japan", "km": "ជប៉ុន", "vi": "Nhật Bản", "ja": "日本"},
    },
]

PROGRAMMES = [
    {
        "code": "titp",
        "typical_basic_wage": "181700",
        "typical_wage": "204100",
        "order": 1,
        # New trainees until 2027-03-31; those already in it may finish, until 2030-03-31.
        "valid_until": "2030-03-31",
        "short_name": {
            "en": "TITP",
            "km": "កម្មសិក្សាការី (TITP)",
            "vi": "TTS kỹ năng (TITP)",
            "ja": "技能実習",
        },
        "name": {
            "en": "Technical Intern Training Program",
            "km": "កម្មវិធីបណ្តុះបណ្តាលកម្មសិក្សាការីបច្ចេកទេស",
            "vi": "Chương trình thực tập sinh kỹ năng",
            "ja": "技能実習制度",
        },
        "description": {
            "en": "Japan's programme for technical intern trainees. Workers are sent by an "
            "agency at home and received by a supervising organisation in Japan. New "
            "trainees start until 31 March 2027; from 1 April 2027 new workers come under "
            "Employment for Skill Development, and trainees already in the programme may "
            "finish it, until 31 March 2030.",
            "km": "កម្មវិធីរបស់ប្រទេសជប៉ុន សម្រាប់កម្មសិក្សាការីបច្ចេកទេស។ ពលករត្រូវបានបញ្ជូនទៅដោយក្រុមហ៊ុនជ្រើសរើសពលករនៅក្នុងប្រទេសរបស់ខ្លួន ហើយត្រូវបានទទួលដោយអង្គការត្រួតពិនិត្យនៅប្រទេសជប៉ុន។ កម្មសិក្សាការីថ្មីអាចចាប់ផ្តើមបានរហូតដល់ថ្ងៃទី 31 ខែមីនា ឆ្នាំ 2027។ ចាប់ពីថ្ងៃទី 1 ខែមេសា ឆ្នាំ 2027 ពលករថ្មីចូលក្នុងកម្មវិធីការងារដើម្បីអភិវឌ្ឍជំនាញ ហើយកម្មសិក្សាការីដែលកំពុងនៅក្នុងកម្មវិធីនេះ អាចបន្តរហូតដល់ចប់ មិនឱ្យហួសថ្ងៃទី 31 ខែមីនា ឆ្នាំ 2030។",
            "vi": "Chương trình của Nhật Bản dành cho thực tập sinh kỹ năng. Người lao động được công ty phái cử trong nước đưa đi và được nghiệp đoàn (tổ chức quản lý) ở Nhật Bản tiếp nhận. Thực tập sinh mới được bắt đầu đến hết ngày 31/3/2027; từ ngày 1/4/2027 người lao động mới sẽ theo chương trình Lao động phát triển kỹ năng (Ikusei Shuro), còn thực tập sinh đang trong chương trình được tiếp tục cho đến khi hoàn thành, chậm nhất đến ngày 31/3/2030.",
            "ja": "技能実習生のための日本の制度です。実習生は母国の送出機関から送り出され、日本の監理団体が受け入れます。新しい実習生の受入れは2027年3月31日までです。2027年4月1日からは新しく来る人は育成就労制度になり、すでに実習中の人は2030年3月31日まで続けて修了できます。",
        },
    },
    {
        "code": "ssw1",
        "typical_basic_wage": "198000",
        "typical_wage": "232600",
        "order": 2,
        "valid_from": "2019-04-01",
        "short_name": {
            "en": "SSW (i)",
            "km": "ពលករជំនាញជាក់លាក់ 1",
            "vi": "Kỹ năng đặc định 1",
            "ja": "特定技能1号",
        },
        "name": {
            "en": "Specified Skilled Worker (i)",
            "km": "ពលករជំនាញជាក់លាក់ ប្រភេទទី 1",
            "vi": "Kỹ năng đặc định loại 1",
            "ja": "特定技能1号",
        },
        "description": {
            "en": "A work visa for up to five years in one of 16 fields. You must pass a "
            "skills test and a Japanese test. You may change employer within your field.",
            "km": "ទិដ្ឋាការការងាររយៈពេលរហូតដល់ 5 ឆ្នាំ ក្នុងវិស័យណាមួយក្នុងចំណោម 16 វិស័យ។ អ្នកត្រូវប្រឡងជាប់ការប្រឡងជំនាញ និងការប្រឡងភាសាជប៉ុន។ អ្នកអាចប្តូរនិយោជក (កន្លែងធ្វើការ) បាន ក្នុងវិស័យដដែល។",
            "vi": "Visa lao động cho phép làm việc tối đa 5 năm, trong một trong 16 ngành nghề. Bạn phải thi đỗ kỳ thi tay nghề và kỳ thi tiếng Nhật. Bạn được đổi công ty (chủ sử dụng lao động) trong cùng ngành nghề.",
            "ja": "16分野のいずれかで、最長5年まで働ける在留資格（ビザ）です。技能試験と日本語試験に合格する必要があります。同じ分野の中であれば、勤め先を変えることができます。",
        },
    },
    {
        "code": "ssw2",
        "typical_basic_wage": "198000",
        "typical_wage": "232600",
        "order": 3,
        "valid_from": "2019-04-01",
        "short_name": {
            "en": "SSW (ii)",
            "km": "ពលករជំនាញជាក់លាក់ 2",
            "vi": "Kỹ năng đặc định 2",
            "ja": "特定技能2号",
        },
        "name": {
            "en": "Specified Skilled Worker (ii)",
            "km": "ពលករជំនាញជាក់លាក់ ប្រភេទទី 2",
            "vi": "Kỹ năng đặc định loại 2",
            "ja": "特定技能2号",
        },
        "description": {
            "en": "A work visa for experienced workers that can be renewed without limit. "
            "Your family may join you.",
            "km": "ទិដ្ឋាការការងារសម្រាប់ពលករដែលមានបទពិសោធន៍ ហើយអាចបន្តបានរហូតដោយគ្មានកំណត់។ ក្រុមគ្រួសាររបស់អ្នកអាចមករស់នៅជាមួយអ្នកបាន។",
            "vi": "Visa lao động dành cho người lao động đã có kinh nghiệm, được gia hạn không giới hạn số lần. Gia đình bạn có thể sang sống cùng bạn.",
            "ja": "経験を積んだ人のための在留資格（ビザ）で、何度でも更新できます。家族を呼び寄せて一緒に暮らすことができます。",
        },
    },
    {
        "code": "esd",
        "typical_basic_wage": "181700",
        "typical_wage": "204100",
        "order": 4,
        "valid_from": "2027-04-01",
        "short_name": {
            "en": "ESD",
            "km": "ការងារអភិវឌ្ឍជំនាញ",
            "vi": "Ikusei Shuro (ESD)",
            "ja": "育成就労",
        },
        "name": {
            "en": "Employment for Skill Development",
            "km": "កម្មវិធីការងារដើម្បីអភិវឌ្ឍជំនាញ",
            "vi": "Chương trình Lao động phát triển kỹ năng (Ikusei Shuro)",
            "ja": "育成就労制度",
        },
        "description": {
            "en": "The new programme that replaces the Technical Intern Training Program for new "
            "workers from 1 April 2027 (trainees already in it may finish it, until 31 March "
            "2030). It trains workers to the level of Specified Skilled Worker (i).",
            "km": "កម្មវិធីថ្មីដែលជំនួសកម្មវិធីបណ្តុះបណ្តាលកម្មសិក្សាការីបច្ចេកទេស ចាប់ពីថ្ងៃទី 1 ខែមេសា ឆ្នាំ 2027។ កម្មវិធីនេះបណ្តុះបណ្តាលពលករ ឱ្យមានជំនាញដល់កម្រិតពលករជំនាញជាក់លាក់ ប្រភេទទី 1។",
            "vi": "Chương trình mới thay thế chương trình thực tập sinh kỹ năng từ ngày 1/4/2027. Chương trình này đào tạo người lao động đạt trình độ kỹ năng đặc định loại 1.",
            "ja": "2027年4月1日から技能実習制度に代わる新しい制度です。働く人を特定技能1号のレベルまで育てます。",
        },
    },
]

# The 16 SSW fields; the last four were added by the Cabinet decision of
# 2024-03-29 (their `valid_from`) and are SSW (i) only. `ssw2` marks the fields
# open to SSW (ii). The Cabinet decision of 2026-01-23 names 19 SSW and 17 ESD
# fields; the three new SSW fields are left out until the day they open is
# confirmed.
SSW_FIELDS = [
    {
        "code": "nursing-care",
        "ssw2": False,
        "name": {
            "en": "Nursing care",
            "km": "ការថែទាំមនុស្សចាស់ និងជនពិការ",
            "vi": "Chăm sóc điều dưỡng",
            "ja": "介護",
        },
    },
    {
        "code": "building-cleaning",
        "ssw2": True,
        "name": {
            "en": "Building cleaning",
            "km": "ការសម្អាតអគារ",
            "vi": "Vệ sinh tòa nhà",
            "ja": "ビルクリーニング",
        },
    },
    {
        "code": "industrial-manufacturing",
        "ssw2": True,
        "name": {
            "en": "Industrial product manufacturing",
            "km": "ការផលិតផលិតផលឧស្សាហកម្ម",
            "vi": "Sản xuất sản phẩm công nghiệp",
            "ja": "工業製品製造業",
        },
    },
    {
        "code": "construction",
        "ssw2": True,
        "name": {"en": "Construction", "km": "សំណង់", "vi": "Xây dựng", "ja": "建設"},
    },
    {
        "code": "shipbuilding",
        "ssw2": True,
        "name": {
            "en": "Shipbuilding and ship machinery",
            "km": "ការសាងសង់នាវា និងគ្រឿងម៉ាស៊ីននាវា",
            "vi": "Đóng tàu và thiết bị tàu thủy",
            "ja": "造船・舶用工業",
        },
    },
    {
        "code": "automobile-repair",
        "ssw2": True,
        "name": {
            "en": "Automobile repair and maintenance",
            "km": "ការជួសជុល និងថែទាំរថយន្ត",
            "vi": "Sửa chữa và bảo dưỡng ô tô",
            "ja": "自動車整備",
        },
    },
    {
        "code": "aviation",
        "ssw2": True,
        "name": {"en": "Aviation", "km": "អាកាសចរណ៍", "vi": "Hàng không", "ja": "航空"},
    },
    {
        "code": "accommodation",
        "ssw2": True,
        "name": {
            "en": "Accommodation",
            "km": "សណ្ឋាគារ និងកន្លែងស្នាក់នៅ",
            "vi": "Khách sạn, lưu trú",
            "ja": "宿泊",
        },
    },
    {
        "code": "agriculture",
        "ssw2": True,
        "name": {"en": "Agriculture", "km": "កសិកម្ម", "vi": "Nông nghiệp", "ja": "農業"},
    },
    {
        "code": "fishery",
        "ssw2": True,
        "name": {
            "en": "Fishery and aquaculture",
            "km": "ការនេសាទ និងការចិញ្ចឹមត្រី សត្វទឹក",
            "vi": "Ngư nghiệp và nuôi trồng thủy sản",
            "ja": "漁業",
        },
    },
    {
        "code": "food-manufacturing",
        "ssw2": True,
        "name": {
            "en": "Food and beverage manufacturing",
            "km": "ការផលិតម្ហូបអាហារ និងភេសជ្ជៈ",
            "vi": "Chế biến thực phẩm và đồ uống",
            "ja": "飲食料品製造業",
        },
    },
    {
        "code": "food-service",
        "ssw2": True,
        "name": {
            "en": "Food service",
            "km": "សេវាម្ហូបអាហារ (ភោជនីយដ្ឋាន)",
            "vi": "Dịch vụ ăn uống (nhà hàng)",
            "ja": "外食業",
        },
    },
    {
        "code": "automobile-transportation",
        "ssw2": False,
        "valid_from": "2024-03-29",
        "name": {
            "en": "Automobile transportation",
            "km": "ការដឹកជញ្ជូនដោយរថយន្ត",
            "vi": "Vận tải bằng ô tô",
            "ja": "自動車運送業",
        },
    },
    {
        "code": "railway",
        "ssw2": False,
        "valid_from": "2024-03-29",
        "name": {"en": "Railway", "km": "ផ្លូវដែក", "vi": "Đường sắt", "ja": "鉄道"},
    },
    {
        "code": "forestry",
        "ssw2": False,
        "valid_from": "2024-03-29",
        "name": {"en": "Forestry", "km": "ការងារព្រៃឈើ", "vi": "Lâm nghiệp", "ja": "林業"},
    },
    {
        "code": "wood-industry",
        "ssw2": False,
        "valid_from": "2024-03-29",
        "name": {
            "en": "Wood industry",
            "km": "ឧស្សាហកម្មឈើ",
            "vi": "Công nghiệp gỗ",
            "ja": "木材産業",
        },
    },
]

# TITP job category groups, as OTIT groups its occupations.
TITP_GROUPS = [
    {
        "code": "titp-agriculture",
        "name": {
            "en": "Agriculture (TITP)",
            "km": "កសិកម្ម (កម្មសិក្សាការី)",
            "vi": "Nông nghiệp (thực tập sinh)",
            "ja": "農業関係（技能実習）",
        },
    },
    {
        "code": "titp-fishery",
        "name": {
            "en": "Fishery (TITP)",
            "km": "ការនេសាទ (កម្មសិក្សាការី)",
            "vi": "Ngư nghiệp (thực tập sinh)",
            "ja": "漁業関係（技能実習）",
        },
    },
    {
        "code": "titp-construction",
        "name": {
            "en": "Construction (TITP)",
            "km": "សំណង់ (កម្មសិក្សាការី)",
            "vi": "Xây dựng (thực tập sinh)",
            "ja": "建設関係（技能実習）",
        },
    },
    {
        "code": "titp-food-manufacturing",
        "name": {
            "en": "Food manufacturing (TITP)",
            "km": "ការផលិតម្ហូបអាហារ (កម្មសិក្សាការី)",
            "vi": "Chế biến thực phẩm (thực tập sinh)",
            "ja": "食品製造関係（技能実習）",
        },
    },
    {
        "code": "titp-textiles",
        "name": {
            "en": "Textiles and clothing (TITP)",
            "km": "តម្បាញ និងកាត់ដេរ (កម្មសិក្សាការី)",
            "vi": "Dệt may (thực tập sinh)",
            "ja": "繊維・衣服関係（技能実習）",
        },
    },
    {
        "code": "titp-machinery-metal",
        "name": {
            "en": "Machinery and metal (TITP)",
            "km": "គ្រឿងម៉ាស៊ីន និងលោហៈ (កម្មសិក្សាការី)",
            "vi": "Cơ khí và kim loại (thực tập sinh)",
            "ja": "機械・金属関係（技能実習）",
        },
    },
    {
        "code": "titp-nursing-care",
        "name": {
            "en": "Nursing care (TITP)",
            "km": "ការថែទាំមនុស្សចាស់ និងជនពិការ (កម្មសិក្សាការី)",
            "vi": "Chăm sóc điều dưỡng (thực tập sinh)",
            "ja": "介護（技能実習）",
        },
    },
    {
        "code": "titp-other",
        "name": {
            "en": "Other jobs (TITP)",
            "km": "ការងារផ្សេងៗ (កម្មសិក្សាការី)",
            "vi": "Ngành nghề khác (thực tập sinh)",
            "ja": "その他の職種（技能実習）",
        },
    },
]

COST_CATEGORIES = [
    {
        "code": "service-fee",
        "kind": "recruitment_fee",
        "name": {
            "en": "Recruitment or service fee",
            "km": "ថ្លៃសេវា ឬថ្លៃជ្រើសរើសពលករ",
            "vi": "Phí dịch vụ (phí tuyển dụng)",
            "ja": "送出手数料（サービス料）",
        },
        "description": {
            "en": "The fee the agency charges for finding the job and sending you.",
            "km": "ថ្លៃដែលក្រុមហ៊ុនជ្រើសរើសពលករយកពីអ្នក សម្រាប់រកការងារ និងបញ្ជូនអ្នកទៅធ្វើការ។",
            "vi": "Khoản phí công ty phái cử thu để tìm việc và đưa bạn đi làm.",
            "ja": "仕事を探して、あなたを送り出すために、送出機関が取る手数料です。",
        },
    },
    {
        "code": "brokerage",
        "kind": "recruitment_fee",
        "name": {
            "en": "Broker or sub-agent commission",
            "km": "ប្រាក់ជើងសារមេខ្យល់ ឬភ្នាក់ងាររង",
            "vi": "Tiền môi giới (cho cò, đại lý)",
            "ja": "ブローカー・仲介者への手数料",
        },
        "description": {
            "en": "Money paid to a broker or village agent who brought you to the agency.",
            "km": "ប្រាក់ដែលបង់ឱ្យមេខ្យល់ ឬភ្នាក់ងារនៅភូមិ ដែលនាំអ្នកមកក្រុមហ៊ុនជ្រើសរើសពលករ។",
            "vi": "Tiền trả cho người môi giới (cò) hoặc người ở địa phương đã dẫn bạn đến công ty phái cử.",
            "ja": "あなたを送出機関に連れて行ったブローカーや村の仲介者に払ったお金です。",
        },
    },
    {
        "code": "medical",
        "kind": "related_cost",
        "name": {
            "en": "Medical check-up",
            "km": "ការពិនិត្យសុខភាព",
            "vi": "Khám sức khỏe",
            "ja": "健康診断",
        },
        "description": {
            "en": "Health checks and vaccinations needed before you leave.",
            "km": "ការពិនិត្យសុខភាព និងការចាក់វ៉ាក់សាំង ដែលត្រូវធ្វើមុនពេលចេញដំណើរ។",
            "vi": "Khám sức khỏe và tiêm phòng cần làm trước khi đi.",
            "ja": "出発前に必要な健康診断と予防接種です。",
        },
    },
    {
        "code": "insurance",
        "kind": "related_cost",
        "name": {"en": "Insurance", "km": "ធានារ៉ាប់រង", "vi": "Bảo hiểm", "ja": "保険"},
        "description": {
            "en": "Insurance before departure or for the journey.",
            "km": "ធានារ៉ាប់រងមុនពេលចេញដំណើរ ឬសម្រាប់ការធ្វើដំណើរ។",
            "vi": "Bảo hiểm trước khi xuất cảnh hoặc cho chuyến đi.",
            "ja": "出発前や移動中のための保険です。",
        },
    },
    {
        "code": "tests",
        "kind": "related_cost",
        "name": {
            "en": "Skills and language tests",
            "km": "ការប្រឡងជំនាញ និងភាសា",
            "vi": "Thi tay nghề và thi tiếng",
            "ja": "技能試験・語学試験",
        },
        "description": {
            "en": "Fees for skills tests and Japanese language tests.",
            "km": "ថ្លៃប្រឡងជំនាញ និងថ្លៃប្រឡងភាសាជប៉ុន។",
            "vi": "Lệ phí thi tay nghề và thi tiếng Nhật.",
            "ja": "技能試験や日本語試験の受験料です。",
        },
    },
    {
        "code": "training",
        "kind": "related_cost",
        "name": {
            "en": "Training and orientation",
            "km": "វគ្គបណ្តុះបណ្តាល និងវគ្គតម្រង់ទិស",
            "vi": "Đào tạo và giáo dục định hướng",
            "ja": "研修・オリエンテーション",
        },
        "description": {
            "en": "Japanese language classes, job training and pre-departure orientation.",
            "km": "ថ្នាក់រៀនភាសាជប៉ុន វគ្គបណ្តុះបណ្តាលការងារ និងវគ្គតម្រង់ទិសមុនចេញដំណើរ។",
            "vi": "Học tiếng Nhật, học nghề và học giáo dục định hướng trước khi xuất cảnh.",
            "ja": "日本語の授業、仕事の訓練、出発前のオリエンテーションです。",
        },
    },
    {
        "code": "equipment",
        "kind": "related_cost",
        "name": {
            "en": "Equipment and uniforms",
            "km": "សម្ភារៈ និងឯកសណ្ឋាន",
            "vi": "Dụng cụ và đồng phục",
            "ja": "道具・制服",
        },
        "description": {
            "en": "Tools, uniforms, books and other things you were told to buy.",
            "km": "ឧបករណ៍ ឯកសណ្ឋាន សៀវភៅ និងរបស់ផ្សេងៗទៀត ដែលគេប្រាប់ឱ្យអ្នកទិញ។",
            "vi": "Dụng cụ, đồng phục, sách vở và những thứ khác bạn bị bắt phải mua.",
            "ja": "道具、制服、本など、買うように言われたものです。",
        },
    },
    {
        "code": "travel-lodging",
        "kind": "related_cost",
        "name": {
            "en": "Travel, lodging and food",
            "km": "ការធ្វើដំណើរ កន្លែងស្នាក់នៅ និងអាហារ",
            "vi": "Đi lại, chỗ ở và ăn uống",
            "ja": "交通費・宿泊費・食費",
        },
        "description": {
            "en": "Air tickets, local travel, the training-centre dormitory and meals.",
            "km": "សំបុត្រយន្តហោះ ការធ្វើដំណើរក្នុងស្រុក កន្លែងស្នាក់នៅក្នុងមជ្ឈមណ្ឌលបណ្តុះបណ្តាល និងអាហារ។",
            "vi": "Vé máy bay, đi lại trong nước, ký túc xá ở trung tâm đào tạo và tiền ăn.",
            "ja": "航空券、国内の交通費、研修センターの寮、食事の費用です。",
        },
    },
    {
        "code": "administrative",
        "kind": "related_cost",
        "name": {
            "en": "Passport, visa and documents",
            "km": "លិខិតឆ្លងដែន ទិដ្ឋាការ និងឯកសារ",
            "vi": "Hộ chiếu, visa và giấy tờ",
            "ja": "パスポート・ビザ・書類",
        },
        "description": {
            "en": "Passport, visa, certificates, translations and permits.",
            "km": "លិខិតឆ្លងដែន (ប៉ាស្ព័រ) ទិដ្ឋាការ (វីសា) វិញ្ញាបនបត្រ ការបកប្រែឯកសារ និងលិខិតអនុញ្ញាតនានា។",
            "vi": "Hộ chiếu, visa, các loại giấy chứng nhận, dịch thuật giấy tờ và giấy phép.",
            "ja": "パスポート、ビザ、証明書、翻訳、許可証などです。",
        },
    },
    {
        "code": "deposit",
        "kind": "illegitimate",
        "name": {
            "en": "Deposit, bond or guarantee",
            "km": "ប្រាក់កក់ ប្រាក់ធានា ឬទ្រព្យធានា",
            "vi": "Tiền đặt cọc, ký quỹ, bảo lãnh",
            "ja": "保証金・担保",
        },
        "description": {
            "en": "Money or property held so that you do not leave the job. This is banned.",
            "km": "ប្រាក់ ឬទ្រព្យសម្បត្តិដែលគេយកទុក ដើម្បីកុំឱ្យអ្នកឈប់ពីការងារ។ ការធ្វើបែបនេះត្រូវបានហាមឃាត់។",
            "vi": "Tiền hoặc tài sản bị giữ lại để bạn không bỏ việc. Việc này bị cấm.",
            "ja": "仕事をやめないように預けさせられるお金や財産です。これは禁止されています。",
        },
    },
    {
        "code": "other",
        "kind": "related_cost",
        "name": {"en": "Other costs", "km": "ថ្លៃផ្សេងៗ", "vi": "Chi phí khác", "ja": "その他の費用"},
        "description": {
            "en": "Any other payment asked of you.",
            "km": "ប្រាក់ផ្សេងទៀតណាមួយ ដែលគេទាមទារឱ្យអ្នកបង់។",
            "vi": "Bất kỳ khoản tiền nào khác mà bạn bị đòi phải trả.",
            "ja": "そのほかに払うように言われたお金です。",
        },
    },
]

# The rules, checked against the law in December 2026 (the team's LAW.md; each
# source named here was read again where it is marked confirmed). Values are
# data: an admin edits them, and every change is kept as a new version of the
# rule. `tier` says what kind of source sets it and so which words a verdict may
# use; `reference` is the short, article-level reference a verdict quotes (for a
# benchmark: who set it); `source_url` links the text or a reputable legal
# database page. `confirmed` stays false until the text setting the value is read.
LAW_69_ART_7 = (
    "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/lao-dong--tien-luomg/"
    "is-it-permissible-to-charge-vietnamese-guest-workers-with-broker-fees-387649"
)
LAW_69_ART_23 = (
    "https://kimlaw.com.vn/2025/09/08/"
    "regulation-on-service-fees-collected-from-vietnamese-workers-going-abroad-for-employment/"
)
TITP_ACT_SECTION_3 = (
    "https://iuris.jp/%E5%A4%96%E5%9B%BD%E4%BA%BA%E3%81%AE%E6%8A%80%E8%83%BD%E5%AE%9F%E7%BF%92"
    "%E3%81%AE%E9%81%A9%E6%AD%A3%E3%81%AA%E5%AE%9F%E6%96%BD%E5%8F%8A%E3%81%B3%E6%8A%80%E8%83%BD"
    "%E5%AE%9F%E7%BF%92%E7%94%9F%E3%81%AE%E4%BF%9D%E8%AD%B7%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B"
    "%E6%B3%95%E5%BE%8B-%E7%AC%AC%E4%B8%89%E7%AF%80-%E6%8A%80%E8%83%BD%E5%AE%9F%E7%BF%92%E7%94"
    "%9F%E3%81%AE%E4%BF%9D%E8%AD%B7/jpn/s/1402"
)
EEO_ACT_ART_9 = (
    "https://iuris.jp/%E9%9B%87%E7%94%A8%E3%81%AE%E5%88%86%E9%87%8E%E3%81%AB%E3%81%8A%E3%81%91"
    "%E3%82%8B%E7%94%B7%E5%A5%B3%E3%81%AE%E5%9D%87%E7%AD%89%E3%81%AA%E6%A9%9F%E4%BC%9A%E5%8F%8A"
    "%E3%81%B3%E5%BE%85%E9%81%87%E3%81%AE%E7%A2%BA%E4%BF%9D%E7%AD%89%E3%81%AB%E9%96%A2%E3%81%99"
    "%E3%82%8B%E6%B3%95%E5%BE%8B-%E7%AC%AC%E4%B9%9D%E6%9D%A1-%E5%A9%9A%E5%A7%BB%E3%80%81%E5%A6"
    "%8A%E5%A8%A0%E3%80%81%E5%87%BA%E7%94%A3%E7%AD%89%E3%82%92%E7%90%86%E7%94%B1%E3%81%A8%E3%81"
    "%99%E3%82%8B%E4%B8%8D%E5%88%A9%E7%9B%8A%E5%8F%96%E6%89%B1%E3%81%84%E3%81%AE%E7%A6%81%E6%AD"
    "%A2%E7%AD%89/jpn/a/6913"
)
MOC_JAPAN_VIETNAM = "https://www.moj.go.jp/isa/content/930003310.pdf"
MOC_JAPAN_CAMBODIA = "https://www.jitco.or.jp/en/regulation/consultation/392/"
ESD_ORDINANCE = "https://www.jil.go.jp/kokunai/mm/hourei/syourei/20250930a.html"
ILO_DEFINITION = "https://www.ilo.org/hanoi/Whatwedo/Publications/WCMS_743685/lang--en/index.htm"
MMN_STATEMENT = "https://mekongmigration.org/?p=20146"
MOLISA_1123 = "https://www.jitco.or.jp/en/regulation/consultation/329/"
SUB_DECREE_190 = (
    "http://www.mekongmigration.org/labourlaw/index.php?option=com_content&view=article"
    "&id=149:cambodia&catid=57:section-12&Itemid=96"
)

_BENCHMARK_WHO = {
    "en": "the chair of the Manpower Association of Cambodia (Mekong Migration Network workshop, 24 November 2021)",
    "km": "ប្រធានសមាគម Manpower Association of Cambodia (សិក្ខាសាលារបស់បណ្តាញចំណាកស្រុកមេគង្គ ថ្ងៃទី 24 ខែវិច្ឆិកា ឆ្នាំ 2021)",
    "vi": "Chủ tịch Hiệp hội Nhân lực Campuchia (hội thảo của Mạng lưới Di cư Mê Kông, ngày 24/11/2021)",
    "ja": "カンボジア人材派遣協会の会長（メコン移住ネットワークのワークショップ、2021年11月24日）",
}
_DEPOSIT_REFERENCE = {
    "en": "Japan's Memoranda of Cooperation with Vietnam and Cambodia on technical intern training, in force from 1 November 2017",
    "km": "អនុស្សរណៈសហប្រតិបត្តិការរបស់ជប៉ុនជាមួយវៀតណាម និងកម្ពុជា ស្តីពីកម្មសិក្សាការីបច្ចេកទេស ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017",
    "vi": "Bản ghi nhớ hợp tác về thực tập kỹ năng giữa Nhật Bản với Việt Nam và Campuchia, có hiệu lực từ ngày 1/11/2017",
    "ja": "技能実習に関する日本とベトナム・カンボジアとの協力覚書（2017年11月1日発効）",
}
_DEPOSIT_CITATION_TAIL = {
    "en": "Japan's rules say the same: the Technical Intern Training Act (Art. 47) bans penalty contracts with trainees and their families, its enforcement ordinance (Art. 25) bars sending organisations that take deposits, and the ordinance on SSW employment contracts does the same for SSW. The article texts of the memoranda and ordinances are not yet confirmed here.",
    "km": "ច្បាប់របស់ជប៉ុនក៏ដូចគ្នា៖ ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេស (មាត្រា 47) ហាមកិច្ចសន្យាពិន័យជាមួយកម្មសិក្សាការី និងក្រុមគ្រួសារ បទបញ្ជាអនុវត្តរបស់ច្បាប់នេះ (មាត្រា 25) មិនទទួលយកអង្គការបញ្ជូនដែលយកប្រាក់កក់ ហើយបទបញ្ជាស្តីពីកិច្ចសន្យាការងារ SSW ក៏ដូចគ្នាសម្រាប់ SSW។ អត្ថបទមាត្រានៃអនុស្សរណៈ និងបទបញ្ជាទាំងនេះ មិនទាន់បានបញ្ជាក់នៅទីនេះនៅឡើយ។",
    "vi": "Quy định của Nhật Bản cũng vậy: Luật Thực tập kỹ năng (Điều 47) cấm hợp đồng phạt tiền với thực tập sinh và gia đình họ, Quy tắc thi hành của luật này (Điều 25) không chấp nhận tổ chức phái cử thu tiền đặt cọc, và Quy tắc về hợp đồng lao động kỹ năng đặc định cũng quy định như vậy cho SSW. Nội dung từng điều của các bản ghi nhớ và quy tắc này chưa được xác nhận tại đây.",
    "ja": "日本の法令も同じです。技能実習法第47条は実習生やその家族との違約金契約を禁じ、同法施行規則第25条は保証金を徴収する送出機関を認めず、特定技能雇用契約の基準省令も特定技能について同様に定めています。覚書と省令の条文は、ここではまだ確認されていません。",
}


def _join(*parts: dict) -> dict:
    return {lang: " ".join(part[lang] for part in parts) for lang in ("en", "km", "vi", "ja")}


_PASSPORT = {
    "tier": "statute",
    "practice": "passport_held",
    "effective_from": "2017-11-01",
    "source_url": TITP_ACT_SECTION_3,
    "reference": {
        "en": "Technical Intern Training Act, Art. 48(1)",
        "km": "ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេស មាត្រា 48(1)",
        "vi": "Luật Thực tập kỹ năng, Điều 48 khoản 1",
        "ja": "技能実習法第48条第1項",
    },
    "citation": {
        "en": "Japan's Technical Intern Training Act (Act No. 89 of 2016, in force from 1 November 2017), Art. 48(1): no one who trains or supervises a trainee may keep the trainee's passport or residence card. For SSW the ordinance on SSW employment contracts requires the same.",
        "km": "ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេសរបស់ជប៉ុន (ច្បាប់លេខ 89 ឆ្នាំ 2016 ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017) មាត្រា 48(1)៖ អ្នកបណ្តុះបណ្តាល ឬអ្នកគ្រប់គ្រងកម្មសិក្សាការី មិនអាចយកលិខិតឆ្លងដែន ឬប័ណ្ណស្នាក់នៅរបស់កម្មសិក្សាការីទៅរក្សាទុកបានឡើយ។ សម្រាប់ SSW បទបញ្ជាស្តីពីកិច្ចសន្យាការងារ SSW ក៏តម្រូវដូចគ្នា។",
        "vi": "Luật Thực tập kỹ năng của Nhật Bản (Luật số 89 năm 2016, có hiệu lực từ ngày 1/11/2017), Điều 48 khoản 1: người đào tạo hoặc quản lý thực tập sinh không được giữ hộ chiếu hoặc thẻ cư trú của thực tập sinh. Với SSW, quy tắc về hợp đồng lao động kỹ năng đặc định cũng yêu cầu như vậy.",
        "ja": "技能実習法（平成28年法律第89号、2017年11月1日施行）第48条第1項：技能実習を行わせる者や実習監理者は、技能実習生の旅券や在留カードを保管してはならない。特定技能についても、特定技能雇用契約の基準省令が同じことを求めている。",
    },
}
_PREGNANCY = {
    "tier": "statute",
    "practice": "pregnancy_prohibited",
    "source_url": EEO_ACT_ART_9,
    "reference": {
        "en": "Equal Employment Opportunity Act, Art. 9",
        "km": "ច្បាប់ស្តីពីឱកាសការងារស្មើគ្នា មាត្រា 9",
        "vi": "Luật Bình đẳng cơ hội việc làm, Điều 9",
        "ja": "男女雇用機会均等法第9条",
    },
    "citation": {
        "en": "Japan's Equal Employment Opportunity Act (Act No. 113 of 1972), Art. 9: an employer may not plan the end of a woman's job for marriage, pregnancy or birth, nor dismiss her or treat her worse for it; this protects TITP, SSW and ESD workers alike. A trainee's private life may not be unjustly restricted (Technical Intern Training Act, Art. 48(2)). A promise signed at home has no force in Japan (Ministry of Justice, Ministry of Health, Labour and Welfare and OTIT notice of 11 March 2019).",
        "km": "ច្បាប់ស្តីពីឱកាសការងារស្មើគ្នារបស់ជប៉ុន (ច្បាប់លេខ 113 ឆ្នាំ 1972) មាត្រា 9៖ និយោជកមិនអាចកំណត់ទុកជាមុនថា ស្ត្រីត្រូវឈប់ពីការងារ ដោយសាររៀបការ មានផ្ទៃពោះ ឬសម្រាលកូនបានឡើយ ហើយក៏មិនអាចបណ្តេញ ឬធ្វើបាបនាង ដោយសារហេតុនេះដែរ។ ច្បាប់នេះការពារពលករ TITP SSW និង ESD ដូចគ្នា។ ជីវិតឯកជនរបស់កម្មសិក្សាការី មិនអាចត្រូវបានរឹតត្បិតដោយអយុត្តិធម៌ឡើយ (ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេស មាត្រា 48(2))។ ការសន្យាដែលបានចុះហត្ថលេខានៅស្រុកកំណើត គ្មានអានុភាពនៅប្រទេសជប៉ុនឡើយ (សេចក្តីជូនដំណឹងរបស់ក្រសួងយុត្តិធម៌ ក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាព និង OTIT ថ្ងៃទី 11 ខែមីនា ឆ្នាំ 2019)។",
        "vi": "Luật Bình đẳng cơ hội việc làm của Nhật Bản (Luật số 113 năm 1972), Điều 9: chủ sử dụng không được định trước việc người lao động nữ phải nghỉ việc vì kết hôn, mang thai hay sinh con, cũng không được sa thải hay đối xử bất lợi với họ vì lý do đó; luật bảo vệ như nhau người lao động TITP, SSW và ESD. Không được hạn chế bất hợp lý đời sống riêng của thực tập sinh (Luật Thực tập kỹ năng, Điều 48 khoản 2). Lời cam kết ký ở trong nước không có hiệu lực tại Nhật Bản (thông báo ngày 11/3/2019 của Bộ Tư pháp, Bộ Y tế, Lao động và Phúc lợi và OTIT).",
        "ja": "男女雇用機会均等法（昭和47年法律第113号）第9条：事業主は、女性労働者の婚姻・妊娠・出産を退職理由として予定する定めをしてはならず、それを理由に解雇その他不利益な取扱いをしてはならない。技能実習・特定技能・育成就労で働く人も同じように守られる。技能実習生の私生活の自由を不当に制限してはならない（技能実習法第48条第2項）。母国で署名した約束は日本では効力がない（法務省・厚生労働省・外国人技能実習機構の注意喚起、2019年3月11日）。",
    },
}
_DEPOSIT_PRACTICE = {
    "tier": "agreement",
    "practice": "deposit_demanded",
    "effective_from": "2017-11-01",
    "source_url": MOC_JAPAN_VIETNAM,
    "confirmed": False,
    "reference": _DEPOSIT_REFERENCE,
    "citation": _join(
        {
            "en": "No deposit, bond or penalty contract may be demanded of a worker going to Japan: Japan's Memoranda of Cooperation with Vietnam (signed 6 June 2017) and Cambodia (signed 11 July 2017), both in force from 1 November 2017.",
            "km": "មិនអាចទាមទារប្រាក់កក់ ប្រាក់ធានា ឬកិច្ចសន្យាពិន័យ ពីពលករដែលទៅធ្វើការនៅប្រទេសជប៉ុនបានឡើយ៖ អនុស្សរណៈសហប្រតិបត្តិការរបស់ជប៉ុនជាមួយវៀតណាម (ចុះហត្ថលេខាថ្ងៃទី 6 ខែមិថុនា ឆ្នាំ 2017) និងកម្ពុជា (ចុះហត្ថលេខាថ្ងៃទី 11 ខែកក្កដា ឆ្នាំ 2017) ទាំងពីរចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017។",
            "vi": "Không được đòi người lao động đi Nhật Bản tiền đặt cọc, ký quỹ hay ký hợp đồng phạt tiền: các bản ghi nhớ hợp tác của Nhật Bản với Việt Nam (ký ngày 6/6/2017) và Campuchia (ký ngày 11/7/2017), đều có hiệu lực từ ngày 1/11/2017.",
            "ja": "日本へ働きに行く人に保証金・担保や違約金契約を求めてはならない：日本とベトナム（2017年6月6日署名）、カンボジア（2017年7月11日署名）との協力覚書。どちらも2017年11月1日発効。",
        },
        _DEPOSIT_CITATION_TAIL,
    ),
}


def _levels(code: str, base: dict) -> list[dict]:
    """A contract-issue rule at its two levels: one report is a signal for
    reviewers (a warning), three make it serious; only the highest reached is flagged."""
    return [
        {
            **base,
            "code": f"{code}-1-report",
            "kind": "contract_issue",
            "value": "1",
            "unit": "reports",
            "min_reports": 1,
            "severity": "warning",
        },
        {
            **base,
            "code": f"{code}-3-reports",
            "kind": "contract_issue",
            "value": "3",
            "unit": "reports",
            "min_reports": 3,
            "severity": "high",
        },
    ]


THRESHOLD_RULES = [
    {
        "code": "gap-10pct-100usd",
        "kind": "gap",
        "tier": "heuristic",
        "value": "0.10",
        "unit": "ratio",
        "absolute_tolerance_usd": "100",
        "min_reports": 3,
        "severity": "warning",
        "reference": {
            "en": "reports more than 10% and USD 100 above the disclosure, from at least 3 reports",
            "km": "របាយការណ៍ខ្ពស់ជាងការប្រកាស លើសពី 10% និង 100 ដុល្លារអាមេរិក ពីរបាយការណ៍យ៉ាងហោចណាស់ 3",
            "vi": "báo cáo cao hơn mức công khai trên 10% và trên 100 USD, từ ít nhất 3 báo cáo",
            "ja": "3件以上の報告が公開額より10%超かつ100米ドル超高い",
        },
        "citation": {
            "en": "FairFee rule: reported costs more than 10% and USD 100 above the disclosure, from at least 3 accepted reports.",
            "km": "វិធានរបស់ FairFee៖ ថ្លៃដែលពលកររាយការណ៍ ខ្ពស់ជាងថ្លៃដែលក្រុមហ៊ុនបានប្រកាស លើសពី 10% និងលើសពី 100 ដុល្លារអាមេរិក ដោយផ្អែកលើរបាយការណ៍ដែលបានទទួលយកយ៉ាងហោចណាស់ចំនួន 3។",
            "vi": "Quy tắc của FairFee: chi phí người lao động báo cáo cao hơn mức công ty đã công khai trên 10% và trên 100 USD, dựa trên ít nhất 3 báo cáo đã được duyệt.",
            "ja": "FairFeeのルール：承認された3件以上の報告で、報告された費用が公開された金額より10%を超え、かつ100米ドルを超えて高い場合。",
        },
    },
    {
        "code": "worker-fee-epp",
        "kind": "worker_fee",
        "tier": "standard",
        "severity": "info",
        "source_url": ILO_DEFINITION,
        "reference": {
            "en": "ILO General Principles for Fair Recruitment 2016 and Definition of recruitment fees 2019",
            "km": "គោលការណ៍ទូទៅសម្រាប់ការជ្រើសរើសដោយយុត្តិធម៌ ILO ឆ្នាំ 2016 និងនិយមន័យនៃថ្លៃជ្រើសរើស ឆ្នាំ 2019",
            "vi": "Các nguyên tắc chung về tuyển dụng công bằng của ILO 2016 và Định nghĩa phí tuyển dụng 2019",
            "ja": "ILO「公正な採用のための一般原則」2016年・「採用手数料の定義」2019年",
        },
        "citation": {
            "en": "Employer Pays Principle: no recruitment fees or related costs should be charged to workers (ILO General Principles and Operational Guidelines for Fair Recruitment, 2016, and Definition of recruitment fees and related costs, 2019; ASSC Tokyo Declaration 2020, requirement 3). The Employer Pays Principle is the name the Leadership Group for Responsible Recruitment (IHRB) gives it.",
            "km": "គោលការណ៍និយោជកជាអ្នកបង់ថ្លៃ៖ មិនត្រូវយកថ្លៃជ្រើសរើស ឬថ្លៃពាក់ព័ន្ធណាមួយពីពលករឡើយ (គោលការណ៍ទូទៅ និងគោលការណ៍ណែនាំប្រតិបត្តិសម្រាប់ការជ្រើសរើសពលករដោយយុត្តិធម៌ របស់ ILO ឆ្នាំ 2016 និងនិយមន័យនៃថ្លៃជ្រើសរើស និងថ្លៃពាក់ព័ន្ធ ឆ្នាំ 2019; សេចក្តីប្រកាសតូក្យូ 2020 របស់ ASSC តម្រូវការទី 3)។ «គោលការណ៍និយោជកជាអ្នកបង់ថ្លៃ» គឺជាឈ្មោះដែលក្រុមដឹកនាំសម្រាប់ការជ្រើសរើសដោយទំនួលខុសត្រូវ (IHRB) ប្រើ។",
            "vi": 'Nguyên tắc chủ sử dụng lao động trả phí: không được thu của người lao động bất kỳ phí tuyển dụng hay chi phí liên quan nào (Các nguyên tắc chung và hướng dẫn thực hiện về tuyển dụng công bằng của ILO, 2016, và Định nghĩa phí tuyển dụng và chi phí liên quan, 2019; Tuyên bố Tokyo 2020 của ASSC, yêu cầu số 3). "Nguyên tắc chủ sử dụng lao động trả phí" là tên do Nhóm Lãnh đạo về Tuyển dụng có trách nhiệm (IHRB) đặt.',
            "ja": "雇用主負担の原則：採用手数料や関連費用を労働者に負担させてはならない（ILO「公正な採用のための一般原則と実務指針」2016年、「採用手数料及び関連費用の定義」2019年、ASSC「東京宣言2020」要件3）。「雇用主負担の原則」は、責任ある採用のためのリーダーシップ・グループ（IHRB）による呼び名。",
        },
    },
    {
        "code": "benchmark-total-3000usd",
        "kind": "benchmark_total",
        "tier": "benchmark",
        "value": "3000",
        "unit": "usd",
        "severity": "warning",
        "effective_from": "2021-11-24",
        "source_url": MMN_STATEMENT,
        "confirmed": False,
        "reference": _BENCHMARK_WHO,
        "citation": {
            "en": "USD 3,000 per worker paid by the employer, called enough to cover an agency's operating costs without charging workers by the chair of the Manpower Association of Cambodia (Mekong Migration Network workshop, 24 November 2021; MMN statement of 10 December 2021). It speaks of the agency's own fees, so it is compared with the recruitment-fee costs only, not airfare, travel or training. A benchmark, not the law; the sentence itself is not yet confirmed here.",
            "km": "ប្រធានសមាគម Manpower Association of Cambodia បាននិយាយថា ប្រាក់ 3,000 ដុល្លារអាមេរិកក្នុងពលករម្នាក់ ដែលនិយោជកបង់ គឺគ្រប់គ្រាន់ដើម្បីចំណាយលើថ្លៃដំណើរការរបស់ក្រុមហ៊ុនជ្រើសរើសពលករ ដោយមិនចាំបាច់យកថ្លៃពីពលករ (សិក្ខាសាលារបស់បណ្តាញចំណាកស្រុកមេគង្គ ថ្ងៃទី 24 ខែវិច្ឆិកា ឆ្នាំ 2021; សេចក្តីថ្លែងការណ៍របស់ MMN ថ្ងៃទី 10 ខែធ្នូ ឆ្នាំ 2021)។ វានិយាយអំពីថ្លៃសេវារបស់ក្រុមហ៊ុនខ្លួនឯង ដូច្នេះវាត្រូវបានប្រៀបធៀបតែជាមួយថ្លៃជ្រើសរើសប៉ុណ្ណោះ មិនមែនសំបុត្រយន្តហោះ ការធ្វើដំណើរ ឬវគ្គបណ្តុះបណ្តាលទេ។ នេះជាកម្រិតយោង មិនមែនច្បាប់ទេ; ឃ្លានេះផ្ទាល់ មិនទាន់បានបញ្ជាក់នៅទីនេះនៅឡើយ។",
            "vi": "Chủ tịch Hiệp hội Nhân lực Campuchia cho rằng 3.000 USD cho mỗi lao động do chủ sử dụng lao động trả là đủ để trang trải chi phí hoạt động của công ty phái cử mà không cần thu tiền của người lao động (hội thảo của Mạng lưới Di cư Mê Kông, ngày 24/11/2021; tuyên bố của MMN ngày 10/12/2021). Con số này nói về phí của chính công ty, nên chỉ được so với các khoản phí tuyển dụng, không tính vé máy bay, đi lại hay đào tạo. Đây là mức tham chiếu, không phải luật; bản thân câu nói này chưa được xác nhận tại đây.",
            "ja": "カンボジア人材派遣協会の会長は、雇用主が労働者1人あたり3,000米ドルを払えば、労働者から取らずに送出機関の運営費をまかなえると述べた（メコン移住ネットワークのワークショップ、2021年11月24日。MMNの声明、2021年12月10日）。送出機関自身の手数料の話なので、採用手数料の費目だけと比べ、航空券・交通費・研修費は含めない。これは目安であって法律ではない。発言そのものは、ここではまだ確認されていない。",
        },
    },
    {
        "code": "double-charge-3000usd",
        "kind": "double_charge",
        "tier": "benchmark",
        "value": "3000",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2021-11-24",
        "source_url": MMN_STATEMENT,
        "confirmed": False,
        "reference": _BENCHMARK_WHO,
        "citation": {
            "en": "The employer already pays the agency at least USD 3,000 in agency fees per worker, the figure the chair of the Manpower Association of Cambodia called enough (Mekong Migration Network workshop, 24 November 2021); charging the worker as well is a double charge.",
            "km": "និយោជកបានបង់ថ្លៃសេវាឱ្យក្រុមហ៊ុនរួចហើយ យ៉ាងហោចណាស់ 3,000 ដុល្លារអាមេរិកក្នុងពលករម្នាក់ ដែលជាចំនួនដែលប្រធានសមាគម Manpower Association of Cambodia ថាគ្រប់គ្រាន់ (សិក្ខាសាលារបស់បណ្តាញចំណាកស្រុកមេគង្គ ថ្ងៃទី 24 ខែវិច្ឆិកា ឆ្នាំ 2021)។ ការយកថ្លៃពីពលករទៀត គឺជាការយកថ្លៃពីរដង។",
            "vi": "Chủ sử dụng lao động đã trả cho công ty ít nhất 3.000 USD phí tuyển dụng cho mỗi lao động, con số mà Chủ tịch Hiệp hội Nhân lực Campuchia cho là đủ (hội thảo của Mạng lưới Di cư Mê Kông, ngày 24/11/2021); nếu còn thu tiền của người lao động nữa là thu hai lần.",
            "ja": "雇用主はすでに送出機関に労働者1人あたり少なくとも3,000米ドルの手数料を払っている。カンボジア人材派遣協会の会長が十分だと述べた額である（メコン移住ネットワークのワークショップ、2021年11月24日）。労働者からも取るのは二重取りです。",
        },
    },
    {
        "code": "vn-brokerage-zero",
        "kind": "category_cap",
        "tier": "statute",
        "origin": "VN",
        "category": "brokerage",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2022-01-01",
        "source_url": LAW_69_ART_7,
        "reference": {
            "en": "Law 69/2020/QH14, Art. 7(8)",
            "km": "ច្បាប់លេខ 69/2020/QH14 មាត្រា 7(8)",
            "vi": "Luật 69/2020/QH14, Điều 7 khoản 8",
            "ja": "法律69/2020/QH14 第7条第8項",
        },
        "citation": {
            "en": "Vietnam: collecting a brokerage fee from a worker is a prohibited act (Law 69/2020/QH14 on Vietnamese workers working abroad under contracts, Art. 7(8), in force from 1 January 2022). Before 2022 the old law let agencies recover part of the brokerage from workers.",
            "km": "វៀតណាម៖ ការយកប្រាក់ជើងសារមេខ្យល់ពីពលករ គឺជាអំពើហាមឃាត់ (ច្បាប់លេខ 69/2020/QH14 ស្តីពីពលករវៀតណាមដែលទៅធ្វើការនៅបរទេសតាមកិច្ចសន្យា មាត្រា 7(8) ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2022)។ មុនឆ្នាំ 2022 ច្បាប់ចាស់អនុញ្ញាតឱ្យក្រុមហ៊ុនយកប្រាក់ជើងសារមួយផ្នែកពីពលករវិញបាន។",
            "vi": "Việt Nam: thu tiền môi giới của người lao động là hành vi bị nghiêm cấm (Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14, Điều 7 khoản 8, có hiệu lực từ ngày 1/1/2022). Trước năm 2022, luật cũ cho phép doanh nghiệp thu lại của người lao động một phần tiền môi giới.",
            "ja": "ベトナム：労働者から仲介手数料を徴収することは禁止行為（契約に基づき海外で働くベトナム人労働者に関する法律 69/2020/QH14 第7条第8項、2022年1月1日施行）。2022年より前は、旧法により仲介手数料の一部を労働者に負担させることができた。",
        },
    },
    {
        "code": "vn-deposit-zero",
        "kind": "category_cap",
        "tier": "agreement",
        "origin": "VN",
        "category": "deposit",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2017-11-01",
        "source_url": MOC_JAPAN_VIETNAM,
        "confirmed": False,
        "reference": {
            "en": "Japan–Vietnam Memorandum of Cooperation on technical intern training, in force from 1 November 2017",
            "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងវៀតណាម ស្តីពីកម្មសិក្សាការីបច្ចេកទេស ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017",
            "vi": "Bản ghi nhớ hợp tác Nhật Bản – Việt Nam về thực tập kỹ năng, có hiệu lực từ ngày 1/11/2017",
            "ja": "技能実習に関する日本・ベトナム協力覚書（2017年11月1日発効）",
        },
        "citation": _join(
            {
                "en": "Japan–Vietnam Memorandum of Cooperation on technical intern training (signed 6 June 2017, in force from 1 November 2017): no deposits, bonds or penalty contracts.",
                "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងវៀតណាម ស្តីពីកម្មសិក្សាការីបច្ចេកទេស (ចុះហត្ថលេខាថ្ងៃទី 6 ខែមិថុនា ឆ្នាំ 2017 ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017)៖ ហាមយកប្រាក់កក់ ប្រាក់ធានា ឬធ្វើកិច្ចសន្យាពិន័យ។",
                "vi": "Bản ghi nhớ hợp tác Nhật Bản – Việt Nam về thực tập kỹ năng (ký ngày 6/6/2017, có hiệu lực từ ngày 1/11/2017): không được thu tiền đặt cọc, ký quỹ và không được ký hợp đồng phạt tiền.",
                "ja": "技能実習に関する日本・ベトナム協力覚書（2017年6月6日署名、2017年11月1日発効）：保証金・担保の徴収や違約金契約は禁止。",
            },
            _DEPOSIT_CITATION_TAIL,
        ),
    },
    {
        "code": "kh-deposit-zero",
        "kind": "category_cap",
        "tier": "agreement",
        "origin": "KH",
        "category": "deposit",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2017-11-01",
        "source_url": MOC_JAPAN_CAMBODIA,
        "confirmed": False,
        "reference": {
            "en": "Japan–Cambodia Memorandum of Cooperation on technical intern training, in force from 1 November 2017",
            "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងកម្ពុជា ស្តីពីកម្មសិក្សាការីបច្ចេកទេស ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017",
            "vi": "Bản ghi nhớ hợp tác Nhật Bản – Campuchia về thực tập kỹ năng, có hiệu lực từ ngày 1/11/2017",
            "ja": "技能実習に関する日本・カンボジア協力覚書（2017年11月1日発効）",
        },
        "citation": _join(
            {
                "en": "Japan–Cambodia Memorandum of Cooperation on technical intern training (signed 11 July 2017, in force from 1 November 2017): no deposits, bonds or penalty contracts.",
                "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងកម្ពុជា ស្តីពីកម្មសិក្សាការីបច្ចេកទេស (ចុះហត្ថលេខាថ្ងៃទី 11 ខែកក្កដា ឆ្នាំ 2017 ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែវិច្ឆិកា ឆ្នាំ 2017)៖ ហាមយកប្រាក់កក់ ប្រាក់ធានា ឬធ្វើកិច្ចសន្យាពិន័យ។",
                "vi": "Bản ghi nhớ hợp tác Nhật Bản – Campuchia về thực tập kỹ năng (ký ngày 11/7/2017, có hiệu lực từ ngày 1/11/2017): không được thu tiền đặt cọc, ký quỹ và không được ký hợp đồng phạt tiền.",
                "ja": "技能実習に関する日本・カンボジア協力覚書（2017年7月11日署名、2017年11月1日発効）：保証金・担保の徴収や違約金契約は禁止。",
            },
            _DEPOSIT_CITATION_TAIL,
        ),
    },
    {
        "code": "vn-service-fee-1-month-per-year",
        "kind": "months_cap",
        "tier": "statute",
        "origin": "VN",
        "category": "service-fee",
        "value": "1",
        "unit": "months_per_year",
        "severity": "high",
        "effective_from": "2022-01-01",
        "source_url": LAW_69_ART_23,
        "reference": {
            "en": "Law 69/2020/QH14, Art. 23(4)(a)",
            "km": "ច្បាប់លេខ 69/2020/QH14 មាត្រា 23(4)(a)",
            "vi": "Luật 69/2020/QH14, Điều 23 khoản 4 điểm a",
            "ja": "法律69/2020/QH14 第23条第4項a",
        },
        "citation": {
            "en": "Vietnam: the service fee a worker pays may be at most one month of the basic wage in the contract (without overtime or allowances) for each 12 months of work (Law 69/2020/QH14, Art. 23(4)(a), in force from 1 January 2022; Circular 21/2021/TT-BLDTBXH). It may be collected only after the supply contract is registered and the worker's contract is signed; if the employer abroad paid part of it, only the rest; it is refunded pro rata, with interest, if the worker must come home early through no fault of their own (Art. 23(2) and (3)).",
            "km": "វៀតណាម៖ ថ្លៃសេវាដែលពលករបង់ អាចយកបានយ៉ាងច្រើនបំផុត ស្មើនឹងប្រាក់ឈ្នួលគោល 1 ខែតាមកិច្ចសន្យា (មិនរាប់ម៉ោងបន្ថែម ឬប្រាក់ឧបត្ថម្ភ) សម្រាប់ការងាររៀងរាល់ 12 ខែ (ច្បាប់លេខ 69/2020/QH14 មាត្រា 23(4)(a) ចូលជាធរមានចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2022; សារាចរលេខ 21/2021/TT-BLDTBXH)។ ថ្លៃនេះអាចយកបាន លុះត្រាតែកិច្ចសន្យាផ្គត់ផ្គង់ពលករត្រូវបានចុះបញ្ជី និងកិច្ចសន្យារបស់ពលករត្រូវបានចុះហត្ថលេខា; ប្រសិនបើនិយោជកនៅបរទេសបានបង់មួយផ្នែកហើយ អាចយកបានតែផ្នែកដែលនៅសល់; ហើយត្រូវសងវិញតាមសមាមាត្រ ព្រមទាំងការប្រាក់ ប្រសិនបើពលករត្រូវត្រឡប់មកវិញមុនកាលកំណត់ ដោយមិនមែនជាកំហុសរបស់ខ្លួន (មាត្រា 23(2) និង (3))។",
            "vi": "Việt Nam: tiền dịch vụ người lao động trả không được quá 01 tháng tiền lương cơ bản theo hợp đồng (không gồm tiền làm thêm giờ hay phụ cấp) cho mỗi 12 tháng làm việc (Luật 69/2020/QH14, Điều 23 khoản 4 điểm a, có hiệu lực từ ngày 1/1/2022; Thông tư 21/2021/TT-BLĐTBXH). Chỉ được thu sau khi hợp đồng cung ứng lao động được đăng ký và hợp đồng của người lao động được ký; nếu bên nước ngoài đã trả một phần thì chỉ được thu phần còn lại; phải hoàn trả tương ứng kèm tiền lãi nếu người lao động phải về nước trước hạn không do lỗi của mình (Điều 23 khoản 2 và 3).",
            "ja": "ベトナム：労働者が払うサービス料（手数料）の上限は、就労12か月ごとに、契約の基本給（残業代・手当を除く）1か月分（法律69/2020/QH14 第23条第4項a、2022年1月1日施行。通達21/2021/TT-BLDTBXH）。労働者供給契約が登録され、労働者の契約が署名された後でなければ徴収できず、受入れ側が一部を払った場合は残りだけ。本人の責任でなく早く帰国した場合は、残り期間に応じて利息を付けて返金される（第23条第2項・第3項）。",
        },
    },
    {
        "code": "vn-service-fee-3-months-36m",
        "kind": "months_cap",
        "tier": "statute",
        "origin": "VN",
        "category": "service-fee",
        "value": "3",
        "unit": "months",
        "min_contract_months": 36,
        "severity": "high",
        "effective_from": "2022-01-01",
        "source_url": LAW_69_ART_23,
        "confirmed": False,
        "reference": {
            "en": "Law 69/2020/QH14, Art. 23(4)",
            "km": "ច្បាប់លេខ 69/2020/QH14 មាត្រា 23(4)",
            "vi": "Luật 69/2020/QH14, Điều 23 khoản 4",
            "ja": "法律69/2020/QH14 第23条第4項",
        },
        "citation": {
            "en": "Vietnam: the service fee may be at most three months of the basic wage for contracts of 36 months or more (Law 69/2020/QH14, Art. 23(4); not yet confirmed: the text of point (b) has not been read here).",
            "km": "វៀតណាម៖ ថ្លៃសេវាអាចយកបានយ៉ាងច្រើនបំផុត ស្មើនឹងប្រាក់ឈ្នួលគោល 3 ខែ សម្រាប់កិច្ចសន្យាចាប់ពី 36 ខែឡើងទៅ (ច្បាប់លេខ 69/2020/QH14 មាត្រា 23(4); មិនទាន់បានបញ្ជាក់នៅឡើយ៖ អត្ថបទនៃចំណុច (b) មិនទាន់បានអាននៅទីនេះទេ)។",
            "vi": "Việt Nam: tiền dịch vụ không được quá 03 tháng tiền lương cơ bản đối với hợp đồng từ 36 tháng trở lên (Luật 69/2020/QH14, Điều 23 khoản 4; chưa được xác nhận: chưa đọc được nội dung điểm b tại đây).",
            "ja": "ベトナム：契約期間が36か月以上の場合、サービス料（手数料）の上限は基本給3か月分（法律69/2020/QH14 第23条第4項。未確認：b号の条文はここではまだ読めていない）。",
        },
    },
    {
        "code": "vn-titp-service-fee-3600usd",
        "kind": "usd_cap",
        "tier": "regulation",
        "origin": "VN",
        "programme": "titp",
        "category": "service-fee",
        "value": "3600",
        "unit": "usd",
        "min_contract_months": 36,
        "severity": "high",
        "effective_from": "2016-04-01",
        "effective_until": "2021-12-31",
        "source_url": MOLISA_1123,
        "confirmed": False,
        "reference": {
            "en": "MOLISA document 1123/LĐTBXH-QLLĐNN (2016)",
            "km": "លិខិតលេខ 1123/LĐTBXH-QLLĐNN របស់ក្រសួង MOLISA (ឆ្នាំ 2016)",
            "vi": "Công văn 1123/LĐTBXH-QLLĐNN của Bộ LĐTBXH (năm 2016)",
            "ja": "労働・傷病兵・社会省 公文1123/LĐTBXH-QLLĐNN（2016年）",
        },
        "citation": {
            "en": "Vietnam to Japan, TITP, from April 2016 to 31 December 2021: the service fee was at most USD 3,600 for a 3-year contract (USD 1,200 a year) (MOLISA document 1123/LĐTBXH-QLLĐNN, 2016; replaced by Law 69/2020/QH14 from 1 January 2022). The day in April 2016 it took effect is not yet confirmed.",
            "km": "ពីវៀតណាមទៅជប៉ុន កម្មសិក្សាការីបច្ចេកទេស ពីខែមេសា ឆ្នាំ 2016 ដល់ថ្ងៃទី 31 ខែធ្នូ ឆ្នាំ 2021៖ ថ្លៃសេវាយ៉ាងច្រើនបំផុត 3,600 ដុល្លារអាមេរិក សម្រាប់កិច្ចសន្យា 3 ឆ្នាំ (1,200 ដុល្លារក្នុងមួយឆ្នាំ) (លិខិតលេខ 1123/LĐTBXH-QLLĐNN របស់ក្រសួង MOLISA ឆ្នាំ 2016; ត្រូវបានជំនួសដោយច្បាប់លេខ 69/2020/QH14 ចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2022)។ ថ្ងៃណានៃខែមេសា ឆ្នាំ 2016 ដែលវាចូលជាធរមាន មិនទាន់បានបញ្ជាក់នៅឡើយ។",
            "vi": "Từ Việt Nam sang Nhật Bản, thực tập sinh kỹ năng, từ tháng 4/2016 đến ngày 31/12/2021: tiền dịch vụ tối đa là 3.600 USD cho hợp đồng 3 năm (1.200 USD mỗi năm) (Công văn 1123/LĐTBXH-QLLĐNN của Bộ LĐTBXH năm 2016; được thay bằng Luật 69/2020/QH14 từ ngày 1/1/2022). Ngày có hiệu lực cụ thể trong tháng 4/2016 chưa được xác nhận.",
            "ja": "ベトナムから日本への技能実習（2016年4月〜2021年12月31日）：3年契約のサービス料（手数料）の上限は3,600米ドル（年1,200米ドル）（労働・傷病兵・社会省 公文1123/LĐTBXH-QLLĐNN、2016年。2022年1月1日から法律69/2020/QH14に代わった）。2016年4月の何日から適用されたかは未確認。",
        },
    },
    {
        "code": "esd-sending-fee-2-months",
        "kind": "months_cap",
        "tier": "regulation",
        "programme": "esd",
        "value": "2",
        "unit": "months",
        "severity": "high",
        "effective_from": "2027-04-01",
        "source_url": ESD_ORDINANCE,
        "confirmed": False,
        "reference": {
            "en": "ESD ordinance (Ministry of Justice and MHLW Ordinance No. 4 of 2025)",
            "km": "បទបញ្ជា ESD (បទបញ្ជាក្រសួងយុត្តិធម៌ និងក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាព លេខ 4 ឆ្នាំ 2025)",
            "vi": "Quy tắc thi hành ESD (Thông tư số 4 năm 2025 của Bộ Tư pháp và Bộ Y tế, Lao động và Phúc lợi)",
            "ja": "育成就労法施行規則（令和7年法務省・厚生労働省令第4号）",
        },
        "citation": {
            "en": "Japan, Employment for Skill Development (ESD), from 1 April 2027: what the worker pays the sending organisation may be at most two months of the monthly wage written in the ESD plan (the basic wage, without overtime); the employer must show it when the plan is certified (ordinance for the ESD Act, promulgated by the Ministry of Justice and the Ministry of Health, Labour and Welfare on 30 September 2025). The article setting the two months is not yet confirmed here.",
            "km": "ជប៉ុន កម្មវិធីការងារដើម្បីអភិវឌ្ឍជំនាញ (ESD) ចាប់ពីថ្ងៃទី 1 ខែមេសា ឆ្នាំ 2027៖ ប្រាក់ដែលពលករបង់ឱ្យអង្គការបញ្ជូន អាចមានយ៉ាងច្រើនបំផុត ស្មើនឹងប្រាក់ខែ 2 ខែ ដែលសរសេរក្នុងផែនការ ESD (ប្រាក់ខែគោល មិនរាប់ម៉ោងបន្ថែម)។ និយោជកត្រូវបង្ហាញវា នៅពេលផែនការត្រូវបានទទួលស្គាល់ (បទបញ្ជាសម្រាប់ច្បាប់ ESD ដែលក្រសួងយុត្តិធម៌ និងក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាព បានប្រកាសនៅថ្ងៃទី 30 ខែកញ្ញា ឆ្នាំ 2025)។ មាត្រាដែលកំណត់ 2 ខែនេះ មិនទាន់បានបញ្ជាក់នៅទីនេះនៅឡើយ។",
            "vi": "Nhật Bản, chương trình Lao động phát triển kỹ năng (ESD), từ ngày 1/4/2027: số tiền người lao động trả cho tổ chức phái cử không được quá 2 tháng tiền lương ghi trong kế hoạch ESD (lương cơ bản, không gồm làm thêm giờ); chủ sử dụng phải trình khoản này khi kế hoạch được công nhận (quy tắc thi hành Luật ESD do Bộ Tư pháp và Bộ Y tế, Lao động và Phúc lợi ban hành ngày 30/9/2025). Điều khoản quy định 2 tháng chưa được xác nhận tại đây.",
            "ja": "日本の育成就労制度（2027年4月1日から）：本人が送出機関に支払う費用は、育成就労計画に記載された月額報酬（基本給。残業代を除く）の2か月分まで。雇用主は計画の認定の際にこれを示さなければならない（育成就労法施行規則、法務省・厚生労働省、2025年9月30日公布）。2か月分を定める条文は、ここではまだ確認されていない。",
        },
    },
    {
        "code": "undisclosed-3-reports",
        "kind": "undisclosed",
        "tier": "heuristic",
        "min_reports": 3,
        "severity": "warning",
        "reference": {
            "en": "at least 3 reports of a job the agency has not disclosed",
            "km": "របាយការណ៍យ៉ាងហោចណាស់ 3 អំពីការងារដែលក្រុមហ៊ុនមិនបានប្រកាស",
            "vi": "ít nhất 3 báo cáo về một công việc công ty chưa công khai",
            "ja": "機関が公開していない仕事について3件以上の報告",
        },
        "citation": {
            "en": "FairFee rule: at least 3 workers report paying this agency for a programme and sector it has not disclosed.",
            "km": "វិធានរបស់ FairFee៖ ពលករយ៉ាងហោចណាស់ 3 នាក់ រាយការណ៍ថាបានបង់ប្រាក់ឱ្យក្រុមហ៊ុននេះ សម្រាប់កម្មវិធី និងវិស័យការងារ ដែលក្រុមហ៊ុនមិនបានប្រកាស។",
            "vi": "Quy tắc của FairFee: có ít nhất 3 người lao động báo cáo đã trả tiền cho công ty này cho một chương trình và ngành nghề mà công ty không công khai.",
            "ja": "FairFeeのルール：この送出機関が公開していない制度・分野について、3人以上の労働者がこの機関にお金を払ったと報告した場合。",
        },
    },
    {
        "code": "unlicensed",
        "kind": "unlicensed",
        "tier": "statute",
        "origin": "VN",
        "severity": "high",
        "source_url": LAW_69_ART_7,
        "reference": {
            "en": "Law 69/2020/QH14, Art. 7(5)",
            "km": "ច្បាប់លេខ 69/2020/QH14 មាត្រា 7(5)",
            "vi": "Luật 69/2020/QH14, Điều 7 khoản 5",
            "ja": "法律69/2020/QH14 第7条第5項",
        },
        "citation": {
            "en": "Vietnam: sending workers abroad without a licence, or lending or borrowing a licence, is a prohibited act (Law 69/2020/QH14, Art. 7(5)).",
            "km": "វៀតណាម៖ ការបញ្ជូនពលករទៅធ្វើការនៅបរទេសដោយគ្មានអាជ្ញាប័ណ្ណ ឬការខ្ចី ឬឱ្យខ្ចីអាជ្ញាប័ណ្ណ គឺជាអំពើហាមឃាត់ (ច្បាប់លេខ 69/2020/QH14 មាត្រា 7(5))។",
            "vi": "Việt Nam: đưa người lao động đi làm việc ở nước ngoài khi chưa có giấy phép, hoặc cho mượn, mượn giấy phép, là hành vi bị nghiêm cấm (Luật 69/2020/QH14, Điều 7 khoản 5).",
            "ja": "ベトナム：許可なく労働者を海外に送り出すこと、また許可を貸し借りすることは禁止行為（法律69/2020/QH14 第7条第5項）。",
        },
    },
    {
        "code": "unlicensed-kh",
        "kind": "unlicensed",
        "tier": "regulation",
        "origin": "KH",
        "severity": "high",
        "source_url": SUB_DECREE_190,
        "confirmed": False,
        "reference": {
            "en": "Cambodia Sub-decree 190 (2011)",
            "km": "អនុក្រឹត្យលេខ 190 (ឆ្នាំ 2011)",
            "vi": "Nghị định số 190 của Campuchia (năm 2011)",
            "ja": "カンボジア政令第190号（2011年）",
        },
        "citation": {
            "en": "Cambodia: only private recruitment agencies licensed by the Ministry of Labour and Vocational Training may send workers abroad (Sub-decree 190 of 2011 on sending Cambodian workers abroad through private recruitment agencies; Art. 5 makes the Ministry the competent authority). The article that requires the licence is not yet confirmed here.",
            "km": "កម្ពុជា៖ មានតែក្រុមហ៊ុនជ្រើសរើសពលករឯកជន ដែលមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈប៉ុណ្ណោះ ទើបអាចបញ្ជូនពលករទៅធ្វើការនៅបរទេសបាន (អនុក្រឹត្យលេខ 190 ឆ្នាំ 2011 ស្តីពីការគ្រប់គ្រងការបញ្ជូនពលករខ្មែរទៅធ្វើការនៅបរទេស តាមរយៈក្រុមហ៊ុនជ្រើសរើសពលករឯកជន; មាត្រា 5 កំណត់ក្រសួងជាអាជ្ញាធរមានសមត្ថកិច្ច)។ មាត្រាដែលតម្រូវឱ្យមានអាជ្ញាប័ណ្ណ មិនទាន់បានបញ្ជាក់នៅទីនេះនៅឡើយ។",
            "vi": "Campuchia: chỉ các công ty tuyển dụng tư nhân được Bộ Lao động và Đào tạo nghề cấp phép mới được đưa người lao động đi làm việc ở nước ngoài (Nghị định số 190 năm 2011 về quản lý việc đưa lao động Campuchia ra nước ngoài qua các công ty tuyển dụng tư nhân; Điều 5 giao Bộ là cơ quan có thẩm quyền). Điều khoản yêu cầu giấy phép chưa được xác nhận tại đây.",
            "ja": "カンボジア：労働職業訓練省の許可を受けた民間の送出機関だけが、労働者を海外に送り出すことができる（民間送出機関を通じたカンボジア人労働者の海外送出しの管理に関する政令第190号、2011年。第5条は同省を所管官庁とする）。許可を求める条文は、ここではまだ確認されていない。",
        },
    },
    *_levels("passport-kept", _PASSPORT),
    *_levels("pregnancy-ban", _PREGNANCY),
    *_levels("deposit-demanded", _DEPOSIT_PRACTICE),
]

# Retired: the contract-issue rules of before December 2026 counted any
# prohibited practice under one citation and by the group's dates. They stay
# (flags were raised under them) but no longer judge: the practice rules above
# replace them, each with its own law, tier and dates.
_RETIRED_CONTRACT_ISSUE = {
    "tier": "statute",
    "source_url": TITP_ACT_SECTION_3,
    "reference": {
        "en": "Technical Intern Training Act; Memoranda of Cooperation",
        "km": "ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេស; អនុស្សរណៈសហប្រតិបត្តិការ",
        "vi": "Luật Thực tập kỹ năng; các bản ghi nhớ hợp tác",
        "ja": "技能実習法・協力覚書",
    },
}
RETIRED_RULES = {
    "contract-issue-1-report": _RETIRED_CONTRACT_ISSUE,
    "contract-issue-3-reports": _RETIRED_CONTRACT_ISSUE,
}
RETIRED_NOTE = "Retired: replaced by one rule per prohibited practice, each with its own law, tier and dates, counting only the reports dated inside them."
# The note of a version the catalogue loads (a rule row may give its own `note`).
RULES_NOTE = "Reference catalogue, checked against the law in December 2026: tiers, article-level citations with links, effective dates, basic wage."

TYPICAL_WAGE_SOURCE = "Ministry of Health, Labour and Welfare of Japan, 2023 survey of foreign employment (令和5年外国人雇用実態調査): monthly cash earnings of technical intern trainees (JPY 204,100) and Specified Skilled Workers (JPY 232,600), September 2023, with about 25 hours of overtime a month"
TYPICAL_BASIC_WAGE_SOURCE = "MHLW, Basic Survey on Wage Structure 2023 (令和5年賃金構造基本統計調査), scheduled earnings without overtime (所定内給与額), June 2023: JPY 181,700 for technical intern trainees, JPY 198,000 for Specified Skilled Workers"
TYPICAL_BASIC_WAGE_URL = "https://www.jil.go.jp/kokunai/blt/backnumber/2024/06/c_01.html"

# Who licenses each origin's agencies. The codes are the ones register imports
# use (`import_licence_register --authority`) and agencies store. Vietnam's
# Department of Overseas Labour Management belongs to the Ministry of Home
# Affairs since 2025-03-01 (Decree 25/2025/ND-CP, which merged the Ministry of
# Labour, Invalids and Social Affairs into it); the code VN-DOLAB is kept so that
# stored agencies and register snapshots still match. Websites only where read
# on the authority's own site (mlvt.gov.kh, checked 2026-12-01).
LICENCE_AUTHORITIES = [
    {
        "code": "KH-MOLVT",
        "country": "KH",
        "website": "https://mlvt.gov.kh/",
        "name": {
            "en": "Ministry of Labour and Vocational Training (MoLVT)",
            "km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
            "vi": "Bộ Lao động và Đào tạo nghề Campuchia",
            "ja": "カンボジア労働職業訓練省",
        },
    },
    {
        "code": "VN-DOLAB",
        "country": "VN",
        "website": "",
        "name": {
            "en": "Department of Overseas Labour Management, Ministry of Home Affairs",
            "km": "នាយកដ្ឋានគ្រប់គ្រងពលករនៅក្រៅប្រទេស នៃក្រសួងកិច្ចការផ្ទៃក្នុងវៀតណាម",
            "vi": "Cục Quản lý lao động ngoài nước, Bộ Nội vụ",
            "ja": "ベトナム内務省 海外労働管理局",
        },
    },
]
