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
        "typical_wage": "204100",
        "order": 1,
        "valid_until": "2027-03-31",
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
            "agency at home and received by a supervising organisation in Japan. It ends "
            "on 31 March 2027 and is replaced by Employment for Skill Development.",
            "km": "កម្មវិធីរបស់ប្រទេសជប៉ុន សម្រាប់កម្មសិក្សាការីបច្ចេកទេស។ ពលករត្រូវបានបញ្ជូនទៅដោយក្រុមហ៊ុនជ្រើសរើសពលករនៅក្នុងប្រទេសរបស់ខ្លួន ហើយត្រូវបានទទួលដោយអង្គការគ្រប់គ្រងនៅប្រទេសជប៉ុន។ កម្មវិធីនេះនឹងបញ្ចប់នៅថ្ងៃទី 31 ខែមីនា ឆ្នាំ 2027 ហើយនឹងត្រូវជំនួសដោយកម្មវិធីការងារដើម្បីអភិវឌ្ឍជំនាញ។",
            "vi": "Chương trình của Nhật Bản dành cho thực tập sinh kỹ năng. Người lao động được công ty phái cử trong nước đưa đi và được nghiệp đoàn (tổ chức quản lý) ở Nhật Bản tiếp nhận. Chương trình kết thúc vào ngày 31/3/2027 và được thay bằng chương trình Lao động phát triển kỹ năng (Ikusei Shuro).",
            "ja": "技能実習生のための日本の制度です。実習生は母国の送出機関から送り出され、日本の監理団体が受け入れます。2027年3月31日に終わり、育成就労制度に変わります。",
        },
    },
    {
        "code": "ssw1",
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
            "en": "The new programme that replaces the Technical Intern Training Program "
            "from 1 April 2027. It trains workers to the level of Specified Skilled Worker (i).",
            "km": "កម្មវិធីថ្មីដែលជំនួសកម្មវិធីបណ្តុះបណ្តាលកម្មសិក្សាការីបច្ចេកទេស ចាប់ពីថ្ងៃទី 1 ខែមេសា ឆ្នាំ 2027។ កម្មវិធីនេះបណ្តុះបណ្តាលពលករ ឱ្យមានជំនាញដល់កម្រិតពលករជំនាញជាក់លាក់ ប្រភេទទី 1។",
            "vi": "Chương trình mới thay thế chương trình thực tập sinh kỹ năng từ ngày 1/4/2027. Chương trình này đào tạo người lao động đạt trình độ kỹ năng đặc định loại 1.",
            "ja": "2027年4月1日から技能実習制度に代わる新しい制度です。働く人を特定技能1号のレベルまで育てます。",
        },
    },
]

# The 16 SSW fields; the last four were added by the 2024 amendment and are
# SSW (i) only. `ssw2` marks the fields open to SSW (ii).
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
        "name": {"en": "Railway", "km": "ផ្លូវដែក", "vi": "Đường sắt", "ja": "鉄道"},
    },
    {
        "code": "forestry",
        "ssw2": False,
        "name": {"en": "Forestry", "km": "ការងារព្រៃឈើ", "vi": "Lâm nghiệp", "ja": "林業"},
    },
    {
        "code": "wood-industry",
        "ssw2": False,
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

# DESIGN.md section 5. Values are data: an admin edits them as the law changes.
THRESHOLD_RULES = [
    {
        "code": "gap-10pct-100usd",
        "kind": "gap",
        "value": "0.10",
        "unit": "ratio",
        "absolute_tolerance_usd": "100",
        "min_reports": 3,
        "severity": "warning",
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
        "severity": "info",
        "citation": {
            "en": "Employer Pays Principle: ILO General principles and operational guidelines for fair recruitment (2019); ASSC Tokyo Declaration 2020.",
            "km": "គោលការណ៍និយោជកជាអ្នកបង់ថ្លៃ៖ គោលការណ៍ទូទៅ និងគោលការណ៍ណែនាំប្រតិបត្តិ សម្រាប់ការជ្រើសរើសពលករដោយយុត្តិធម៌ របស់អង្គការពលកម្មអន្តរជាតិ ILO (2019); សេចក្តីប្រកាសតូក្យូ 2020 របស់ ASSC។",
            "vi": "Nguyên tắc chủ sử dụng lao động trả phí: Các nguyên tắc chung và hướng dẫn thực hiện về tuyển dụng công bằng của ILO (2019); Tuyên bố Tokyo 2020 của ASSC.",
            "ja": "雇用主負担の原則：ILO「公正な採用のための一般原則と実務指針」（2019年）、ASSC「東京宣言2020」。",
        },
    },
    {
        "code": "benchmark-total-3000usd",
        "kind": "benchmark_total",
        "value": "3000",
        "unit": "usd",
        "severity": "warning",
        "citation": {
            "en": "USD 3,000 per worker paid by the employer, called enough to cover agency costs by the chair of the Manpower Association of Cambodia (Mekong Migration Network workshop, 24 November 2021).",
            "km": "ប្រធានសមាគម Manpower Association of Cambodia បាននិយាយថា ប្រាក់ 3,000 ដុល្លារអាមេរិកក្នុងពលករម្នាក់ ដែលនិយោជកបង់ គឺគ្រប់គ្រាន់ដើម្បីចំណាយលើថ្លៃរបស់ក្រុមហ៊ុនជ្រើសរើសពលករ (សិក្ខាសាលារបស់បណ្តាញចំណាកស្រុកមេគង្គ ថ្ងៃទី 24 ខែវិច្ឆិកា ឆ្នាំ 2021)។",
            "vi": "Chủ tịch Hiệp hội Nhân lực Campuchia (Manpower Association of Cambodia) cho rằng khoản 3.000 USD cho mỗi lao động do chủ sử dụng lao động trả là đủ để trang trải chi phí của công ty phái cử (hội thảo của Mạng lưới Di cư Mê Kông, ngày 24/11/2021).",
            "ja": "雇用主が労働者1人あたり3,000米ドルを払えば、送出機関の費用をまかなうのに十分だと、カンボジア人材派遣協会（Manpower Association of Cambodia）の会長が述べた（メコン移住ネットワークのワークショップ、2021年11月24日）。",
        },
    },
    {
        "code": "double-charge-3000usd",
        "kind": "double_charge",
        "value": "3000",
        "unit": "usd",
        "severity": "high",
        "citation": {
            "en": "The employer already pays at least USD 3,000 per worker (Mekong Migration Network workshop, 24 November 2021); charging the worker as well is a double charge.",
            "km": "និយោជកបានបង់រួចហើយ យ៉ាងហោចណាស់ 3,000 ដុល្លារអាមេរិកក្នុងពលករម្នាក់ (សិក្ខាសាលារបស់បណ្តាញចំណាកស្រុកមេគង្គ ថ្ងៃទី 24 ខែវិច្ឆិកា ឆ្នាំ 2021)។ ការយកថ្លៃពីពលករទៀត គឺជាការយកថ្លៃពីរដង។",
            "vi": "Chủ sử dụng lao động đã trả ít nhất 3.000 USD cho mỗi lao động (hội thảo của Mạng lưới Di cư Mê Kông, ngày 24/11/2021); nếu còn thu tiền của người lao động nữa là thu hai lần.",
            "ja": "雇用主はすでに労働者1人あたり少なくとも3,000米ドルを払っています（メコン移住ネットワークのワークショップ、2021年11月24日）。労働者からも取るのは二重取りです。",
        },
    },
    {
        "code": "vn-brokerage-zero",
        "kind": "category_cap",
        "origin": "VN",
        "category": "brokerage",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2024-05-15",
        "citation": {
            "en": "Vietnam: no brokerage commission may be charged to workers going to Japan (Circular 02/2024/TT-BLDTBXH, in force from 15 May 2024).",
            "km": "វៀតណាម៖ មិនអនុញ្ញាតឱ្យយកប្រាក់ជើងសារមេខ្យល់ ពីពលករដែលទៅធ្វើការនៅប្រទេសជប៉ុនឡើយ (សារាចរលេខ 02/2024/TT-BLDTBXH ចូលជាធរមានចាប់ពីថ្ងៃទី 15 ខែឧសភា ឆ្នាំ 2024)។",
            "vi": "Việt Nam: không được thu tiền môi giới của người lao động đi làm việc tại Nhật Bản (Thông tư 02/2024/TT-BLĐTBXH, có hiệu lực từ ngày 15/5/2024).",
            "ja": "ベトナム：日本へ働きに行く労働者から仲介手数料を取ってはならない（労働・傷病兵・社会省 通達02/2024/TT-BLDTBXH、2024年5月15日施行）。",
        },
    },
    {
        "code": "vn-deposit-zero",
        "kind": "category_cap",
        "origin": "VN",
        "category": "deposit",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2017-06-06",
        "citation": {
            "en": "Japan-Vietnam Memorandum of Cooperation: no deposits, bonds or penalty contracts.",
            "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងវៀតណាម៖ ហាមយកប្រាក់កក់ ប្រាក់ធានា ឬធ្វើកិច្ចសន្យាពិន័យ។",
            "vi": "Bản ghi nhớ hợp tác giữa Nhật Bản và Việt Nam: không được thu tiền đặt cọc, ký quỹ và không được ký hợp đồng phạt tiền.",
            "ja": "日本とベトナムの二国間の協力覚書：保証金・担保の徴収や違約金契約は禁止。",
        },
    },
    {
        "code": "kh-deposit-zero",
        "kind": "category_cap",
        "origin": "KH",
        "category": "deposit",
        "value": "0",
        "unit": "usd",
        "severity": "high",
        "effective_from": "2017-07-11",
        "citation": {
            "en": "Japan-Cambodia Memorandum of Cooperation: no deposits, bonds or penalty contracts.",
            "km": "អនុស្សរណៈសហប្រតិបត្តិការរវាងជប៉ុន និងកម្ពុជា៖ ហាមយកប្រាក់កក់ ប្រាក់ធានា ឬធ្វើកិច្ចសន្យាពិន័យ។",
            "vi": "Bản ghi nhớ hợp tác giữa Nhật Bản và Campuchia: không được thu tiền đặt cọc, ký quỹ và không được ký hợp đồng phạt tiền.",
            "ja": "日本とカンボジアの二国間の協力覚書：保証金・担保の徴収や違約金契約は禁止。",
        },
    },
    {
        "code": "vn-service-fee-1-month-per-year",
        "kind": "months_cap",
        "origin": "VN",
        "category": "service-fee",
        "value": "1",
        "unit": "months_per_year",
        "severity": "high",
        "effective_from": "2022-01-01",
        "citation": {
            "en": "Vietnam: the service fee may be at most one month's wage for each 12 months of contract (Law 69/2020/QH14, Article 23).",
            "km": "វៀតណាម៖ ថ្លៃសេវាអាចយកបានយ៉ាងច្រើនបំផុត ស្មើនឹងប្រាក់ឈ្នួល 1 ខែ សម្រាប់កិច្ចសន្យារៀងរាល់ 12 ខែ (ច្បាប់លេខ 69/2020/QH14 មាត្រា 23)។",
            "vi": "Việt Nam: phí dịch vụ không được quá 1 tháng tiền lương cho mỗi 12 tháng làm việc theo hợp đồng (Luật 69/2020/QH14, Điều 23).",
            "ja": "ベトナム：サービス料（手数料）の上限は、契約12か月ごとに賃金1か月分（法律69/2020/QH14、第23条）。",
        },
    },
    {
        "code": "vn-service-fee-3-months-36m",
        "kind": "months_cap",
        "origin": "VN",
        "category": "service-fee",
        "value": "3",
        "unit": "months",
        "min_contract_months": 36,
        "severity": "high",
        "effective_from": "2022-01-01",
        "confirmed": False,
        "citation": {
            "en": "Vietnam: the service fee may be at most three months' wage for contracts of 36 months or more (Law 69/2020/QH14; not yet confirmed).",
            "km": "វៀតណាម៖ ថ្លៃសេវាអាចយកបានយ៉ាងច្រើនបំផុត ស្មើនឹងប្រាក់ឈ្នួល 3 ខែ សម្រាប់កិច្ចសន្យាចាប់ពី 36 ខែឡើងទៅ (ច្បាប់លេខ 69/2020/QH14; មិនទាន់បានបញ្ជាក់នៅឡើយ)។",
            "vi": "Việt Nam: phí dịch vụ không được quá 3 tháng tiền lương đối với hợp đồng từ 36 tháng trở lên (Luật 69/2020/QH14; chưa được xác nhận).",
            "ja": "ベトナム：契約期間が36か月以上の場合、サービス料（手数料）の上限は賃金3か月分（法律69/2020/QH14。未確認）。",
        },
    },
    {
        "code": "vn-titp-service-fee-3600usd",
        "kind": "usd_cap",
        "origin": "VN",
        "programme": "titp",
        "category": "service-fee",
        "value": "3600",
        "unit": "usd",
        "min_contract_months": 36,
        "severity": "high",
        "effective_from": "2016-01-01",
        "effective_until": "2021-12-31",
        "citation": {
            "en": "Vietnam to Japan, TITP, 2016 to 2021: the service fee was at most USD 3,600 for a 3-year contract (MOLISA letter 1123/LDTBXH-QLLDNN; no longer in force).",
            "km": "ពីវៀតណាមទៅជប៉ុន កម្មសិក្សាការីបច្ចេកទេស ឆ្នាំ 2016 ដល់ 2021៖ ថ្លៃសេវាយ៉ាងច្រើនបំផុត 3,600 ដុល្លារអាមេរិក សម្រាប់កិច្ចសន្យា 3 ឆ្នាំ (លិខិតលេខ 1123/LDTBXH-QLLDNN របស់ក្រសួងការងារវៀតណាម MOLISA; ឥឡូវលែងអនុវត្តហើយ)។",
            "vi": "Từ Việt Nam sang Nhật Bản, thực tập sinh kỹ năng, từ năm 2016 đến năm 2021: phí dịch vụ tối đa là 3.600 USD cho hợp đồng 3 năm (Công văn 1123/LĐTBXH-QLLĐNN của Bộ LĐTBXH; nay không còn hiệu lực).",
            "ja": "ベトナムから日本への技能実習（2016年〜2021年）：3年契約のサービス料（手数料）の上限は3,600米ドルだった（労働・傷病兵・社会省の公文1123/LDTBXH-QLLDNN。現在は失効）。",
        },
    },
    {
        "code": "undisclosed-3-reports",
        "kind": "undisclosed",
        "min_reports": 3,
        "severity": "warning",
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
        "severity": "high",
        "citation": {
            "en": "Cambodia: Sub-decree 190 (2011); Vietnam: Law 69/2020/QH14. Only licensed agencies may send workers abroad.",
            "km": "កម្ពុជា៖ អនុក្រឹត្យលេខ 190 (ឆ្នាំ 2011); វៀតណាម៖ ច្បាប់លេខ 69/2020/QH14។ មានតែក្រុមហ៊ុនដែលមានអាជ្ញាប័ណ្ណប៉ុណ្ណោះ ទើបអាចបញ្ជូនពលករទៅធ្វើការនៅបរទេសបាន។",
            "vi": "Campuchia: Nghị định số 190 (năm 2011); Việt Nam: Luật 69/2020/QH14. Chỉ công ty có giấy phép mới được đưa người lao động đi làm việc ở nước ngoài.",
            "ja": "カンボジア：政令第190号（2011年）、ベトナム：法律69/2020/QH14。許可を受けた送出機関だけが、労働者を海外に送り出すことができる。",
        },
    },
    {
        "code": "contract-issue-1-report",
        "kind": "contract_issue",
        "value": "1",
        "unit": "reports",
        "min_reports": 1,
        "severity": "warning",
        "citation": {
            "en": "Pregnancy bans, holding passports and demanding deposits are prohibited (Japan's Technical Intern Training Act; bilateral Memoranda of Cooperation).",
            "km": "ការហាមមិនឱ្យមានផ្ទៃពោះ ការយកលិខិតឆ្លងដែនរបស់ពលករទៅរក្សាទុក និងការទាមទារប្រាក់កក់ ត្រូវបានហាមឃាត់ (ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេសរបស់ជប៉ុន; អនុស្សរណៈសហប្រតិបត្តិការទ្វេភាគី)។",
            "vi": "Cấm người lao động mang thai, giữ hộ chiếu của người lao động và đòi tiền đặt cọc đều là những việc bị cấm (Luật Thực tập kỹ năng của Nhật Bản; các bản ghi nhớ hợp tác song phương).",
            "ja": "妊娠の禁止、パスポートの取り上げ、保証金の要求は禁止されている（日本の技能実習法、二国間の協力覚書）。",
        },
    },
    {
        "code": "contract-issue-3-reports",
        "kind": "contract_issue",
        "value": "3",
        "unit": "reports",
        "min_reports": 3,
        "severity": "high",
        "citation": {
            "en": "Pregnancy bans, holding passports and demanding deposits are prohibited (Japan's Technical Intern Training Act; bilateral Memoranda of Cooperation). Reported by 3 or more workers.",
            "km": "ការហាមមិនឱ្យមានផ្ទៃពោះ ការយកលិខិតឆ្លងដែនរបស់ពលករទៅរក្សាទុក និងការទាមទារប្រាក់កក់ ត្រូវបានហាមឃាត់ (ច្បាប់ស្តីពីកម្មសិក្សាការីបច្ចេកទេសរបស់ជប៉ុន; អនុស្សរណៈសហប្រតិបត្តិការទ្វេភាគី)។ មានពលករចាប់ពី 3 នាក់ឡើងទៅបានរាយការណ៍។",
            "vi": "Cấm người lao động mang thai, giữ hộ chiếu của người lao động và đòi tiền đặt cọc đều là những việc bị cấm (Luật Thực tập kỹ năng của Nhật Bản; các bản ghi nhớ hợp tác song phương). Có từ 3 người lao động trở lên báo cáo.",
            "ja": "妊娠の禁止、パスポートの取り上げ、保証金の要求は禁止されている（日本の技能実習法、二国間の協力覚書）。3人以上の労働者から報告あり。",
        },
    },
]

TYPICAL_WAGE_SOURCE = "Immigration Services Agency of Japan: average monthly pay of technical intern trainees (JPY 204,100) and Specified Skilled Workers (JPY 232,600), September 2023"
