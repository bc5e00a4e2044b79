"""Guides and help contacts in Vietnamese, keyed like the English in __init__.py."""

GUIDES = {
    "employer-pays": {
        "title": "Bạn không nên phải trả tiền để có việc làm",
        "summary": "Theo Nguyên tắc Chủ lao động trả phí, chủ lao động trả các chi phí tuyển bạn. Có những khoản thu bị cấm, và ở Việt Nam tiền dịch vụ có mức tối đa.",
        "body": """Nguyên tắc Chủ lao động trả phí nói rằng không người lao động nào phải trả tiền để có việc làm. Chủ lao động ở Nhật Bản nên trả các chi phí tuyển bạn: phí của công ty phái cử, tiền đào tạo, tiền đi lại, tiền visa và tiền khám sức khỏe. Các quy định về tuyển dụng công bằng của Tổ chức Lao động Quốc tế (2019) và Tuyên bố Tokyo của các công ty Nhật Bản (2020) cũng nói như vậy. Đây là chuẩn mực quốc tế: luật của nước bạn có thể vẫn cho thu một số khoản.

Có những khoản thu bị cấm:
- Tiền đặt cọc/ký quỹ, "tiền bảo lãnh", hay giấy tờ bắt bạn nộp phạt nếu bỏ việc. Các thỏa thuận giữa Nhật Bản và Campuchia, giữa Nhật Bản và Việt Nam cấm những khoản này, Luật Thực tập kỹ năng của Nhật Bản (Điều 47) cũng cấm, từ ngày 1/11/2017. Quy định về lao động kỹ năng đặc định cũng cấm như vậy.
- Ở Việt Nam, không ai được thu tiền môi giới của bạn. Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng cấm việc này (Luật 69/2020/QH14, Điều 7 khoản 8), từ ngày 1/1/2022.

Ở Việt Nam, công ty phái cử được thu tiền dịch vụ, nhưng luật đặt giới hạn (Luật 69/2020/QH14, Điều 23):
- Tối đa một tháng tiền lương cơ bản cho mỗi 12 tháng làm việc theo hợp đồng. Lương cơ bản là tiền lương ghi trong hợp đồng, không tính tiền làm thêm giờ và các khoản phụ cấp. Với hợp đồng 3 năm, tối đa là 3 tháng lương cơ bản.
- Chỉ được thu sau khi hợp đồng cung ứng lao động với chủ lao động ở Nhật Bản đã được đăng ký, và sau khi bạn đã ký hợp đồng của mình.
- Nếu chủ lao động hoặc bên phía Nhật Bản đã trả một phần tiền dịch vụ, công ty chỉ được thu của bạn phần còn lại.
- Nếu bạn phải về nước sớm mà không phải lỗi của bạn, công ty phải trả lại phần tiền dịch vụ tương ứng với thời gian bạn chưa làm việc, kèm tiền lãi.

Với chương trình Lao động phát triển kỹ năng (ESD, Ikusei Shuro), chương trình mới của Nhật Bản từ ngày 1/4/2027, số tiền bạn trả cho công ty phái cử tối đa là 2 tháng lương ghi trong kế hoạch ESD của bạn, không tính tiền làm thêm giờ (quy định của Bộ Tư pháp và Bộ Y tế, Lao động và Phúc lợi Nhật Bản, ngày 30/9/2025).

Ở Campuchia, chúng tôi không tìm thấy mức phí tối đa theo luật cho việc đi làm ở Nhật Bản. Dù vậy, Nguyên tắc Chủ lao động trả phí vẫn nói bạn không phải trả gì.

Nếu công ty phái cử đòi bạn trả tiền, hãy yêu cầu họ viết ra giấy tất cả các khoản phí, và đưa biên lai cho mỗi lần bạn trả tiền. Hãy so sánh số tiền họ đòi với số tiền các công ty phái cử khác công bố trên FairFee, và dùng mục kiểm tra phí để xem một khoản phí có trái quy định không.""",
    },
    "check-licence": {
        "title": "Cách kiểm tra giấy phép của công ty phái cử",
        "summary": "Chỉ công ty phái cử có giấy phép mới được đưa người lao động sang Nhật Bản. Hãy kiểm tra giấy phép trước khi trả bất kỳ khoản tiền nào.",
        "body": """Chỉ công ty phái cử có giấy phép mới được đưa người lao động sang Nhật Bản.

- Ở Campuchia, giấy phép do Bộ Lao động và Đào tạo nghề cấp. Chỉ công ty có giấy phép mới được tuyển và đưa người lao động ra nước ngoài (Nghị định 190 năm 2011 của Campuchia, Điều 5).
- Ở Việt Nam, giấy phép do Cục Quản lý lao động ngoài nước thuộc Bộ Nội vụ phụ trách. Từ ngày 1/3/2025, Bộ Nội vụ làm các công việc của Bộ Lao động - Thương binh và Xã hội trước đây (Nghị định 25/2025/NĐ-CP). Đưa người lao động đi mà không có giấy phép, hoặc cho mượn, mượn giấy phép, là trái pháp luật (Luật 69/2020/QH14, Điều 7 khoản 5).

Cách kiểm tra:
- Hỏi công ty phái cử số giấy phép và tên ghi trên giấy phép.
- Tìm công ty đó trên FairFee. Trang của công ty cho biết số giấy phép, cơ quan nào cấp, giấy phép còn hạn đến khi nào, và giấy phép có đang bị đình chỉ hay bị thu hồi không.
- Xem tên trên hợp đồng của bạn có giống tên trên giấy phép không.
- Cẩn thận với người môi giới trong làng đòi bạn đưa tiền: người môi giới không phải là công ty phái cử có giấy phép.

Nếu giấy phép đã hết hạn, bị đình chỉ hoặc bị thu hồi, đừng trả tiền. Hãy báo cho một tổ chức phi chính phủ (NGO), hoặc cơ quan cấp giấy phép.""",
    },
    "before-signing": {
        "title": "Trước khi ký hoặc trả tiền",
        "summary": "Danh sách mọi khoản phí, biên lai cho mỗi lần trả tiền, hợp đồng bạn đọc được, và hộ chiếu luôn ở bên bạn.",
        "body": """- Yêu cầu viết ra giấy tất cả các khoản phí: phí gì, bao nhiêu tiền, ai trả và trả khi nào.
- Xin biên lai cho mỗi lần trả tiền, có ghi tên công ty phái cử và số tiền.
- Nhận hợp đồng bằng thứ tiếng bạn đọc được, và giữ lại một bản. Cứ đọc từ từ, và nhờ một người bạn tin tưởng đọc cùng.
- Ở Việt Nam, đừng trả tiền dịch vụ trước khi bạn đã ký hợp đồng của mình.
- Không bao giờ đưa hộ chiếu hay thẻ cư trú cho công ty phái cử, chủ lao động hay bất kỳ ai khác giữ. Ở Nhật Bản, giữ hộ chiếu hay thẻ cư trú của thực tập sinh là trái pháp luật (Luật Thực tập kỹ năng, Điều 48 khoản 1).
- Không đóng tiền đặt cọc/ký quỹ, và không ký giấy nào nói rằng bạn sẽ bị phạt tiền nếu bỏ việc.
- Nếu bạn vay tiền, hãy ghi lại vay bao nhiêu, vay của ai và lãi bao nhiêu. Nếu lãi cao, hãy nhờ người giúp đỡ.
- Kiểm tra giấy phép của công ty phái cử, và so sánh phí của công ty đó với các công ty khác trên FairFee.

Chương trình nào? Chương trình mới của Nhật Bản, Lao động phát triển kỹ năng (ESD, Ikusei Shuro), bắt đầu từ ngày 1/4/2027. Chương trình thực tập sinh kỹ năng (TITP) không dừng vào ngày đó: TITP vẫn tiếp tục song song với ESD cho những thực tập sinh đang tham gia, đến hết ngày 31/3/2030. Hãy hỏi công ty phái cử công việc của bạn thuộc chương trình nào, và xem giấy tờ của bạn có ghi đúng như vậy không.""",
    },
    "pregnancy-rights": {
        "title": "Mang thai, kết hôn và công việc của bạn ở Nhật Bản",
        "summary": "Ở Nhật Bản, không ai được đuổi việc bạn hay bắt bạn về nước vì bạn mang thai, kết hôn hoặc sinh con. Điều này cũng bảo vệ thực tập sinh kỹ năng và người lao động kỹ năng đặc định.",
        "body": """Ở Nhật Bản, đuổi việc một người lao động nữ, hay bắt cô ấy về nước, vì cô ấy mang thai, kết hôn hoặc sinh con là trái pháp luật (Luật Bình đẳng cơ hội việc làm, Điều 9). Điều này bảo vệ thực tập sinh kỹ năng, người lao động kỹ năng đặc định và người lao động theo chương trình Lao động phát triển kỹ năng, giống như mọi người lao động khác. Với thực tập sinh, Luật Thực tập kỹ năng (Điều 48 khoản 2) còn cấm hạn chế đời sống riêng của bạn, ví dụ cấm bạn yêu, kết hôn hay có con.

- Không ai được bắt bạn hứa không mang thai hay không kết hôn, kể cả bằng giấy bạn đã ký ở quê nhà. Lời hứa như vậy không có giá trị ở Nhật Bản.
- Nếu mang thai, bạn có thể tiếp tục làm việc hoặc thực tập. Thực tập sinh cũng có thể tạm nghỉ thực tập một thời gian rồi tiếp tục sau.
- Bạn có quyền nghỉ thai sản: 6 tuần trước khi sinh và 8 tuần sau khi sinh.
- Hãy báo cho ủy ban thành phố, thị trấn nơi bạn sống rằng bạn mang thai. Họ sẽ phát cho bạn Sổ tay sức khỏe mẹ và bé (boshi techo) và phiếu khám thai.
- Bảo hiểm y tế Nhật Bản trả một khoản tiền trọn gói khi sinh con (trợ cấp sinh con một lần).
- Nếu ai đó bảo bạn về nước vì bạn mang thai, đừng ký bất cứ giấy tờ gì. Hãy nhờ giúp đỡ: OTIT, đại sứ quán nước mình hoặc một tổ chức phi chính phủ (NGO) (xem trang Nơi bạn có thể nhờ giúp đỡ).""",
    },
    "get-help": {
        "title": "Nơi bạn có thể nhờ giúp đỡ",
        "summary": "Giúp đỡ miễn phí ở Nhật Bản và ở quê nhà, bằng tiếng mẹ đẻ của bạn, khi bạn gặp chuyện với công ty phái cử, công việc, khoản nợ hay sức khỏe.",
        "body": """Bạn không đơn độc. Nếu bạn gặp chuyện với công ty phái cử, chủ lao động, tiền lương, khoản nợ hay sức khỏe, hãy liên hệ một trong những nơi dưới đây. Họ giúp miễn phí, và nhiều nơi nói được tiếng của bạn.

Chúng tôi chỉ ghi số điện thoại khi đã đọc được số đó trên trang web của chính tổ chức đó, trang web của cơ quan nhà nước hoặc của đại sứ quán. Nguồn và ngày chúng tôi kiểm tra được ghi dưới mỗi số. Nơi nào không có số điện thoại là vì chúng tôi chưa xác nhận được: phần chữ bên dưới cho biết tìm số ở đâu.

Nếu công ty phái cử thu của bạn nhiều hơn số tiền họ đã công bố, hoặc thu một khoản phí bị cấm, bạn cũng có thể báo cho chúng tôi trên FairFee. Chúng tôi không hỏi tên bạn.""",
    },
}

CONTACTS = {
    "otit": {
        "name": "OTIT, tư vấn bằng tiếng mẹ đẻ",
        "description": "Tổ chức Thực tập kỹ năng người nước ngoài (OTIT) tư vấn miễn phí cho thực tập sinh kỹ năng, bằng 8 thứ tiếng: chuyện ở nơi làm việc, tiền lương, bạo lực, mang thai, chuyển sang chủ lao động khác.",
        "hours": "",
        "instead": "Số điện thoại miễn phí cho tiếng của bạn có trên otit.go.jp và trong ứng dụng sổ tay thực tập sinh của OTIT (技能実習生手帳).",
        "source": "Thành phố Naha, trang dành cho thực tập sinh kỹ năng (city.naha.okinawa.jp/kurasitetuduki/soudan/fr/trainees.html, cập nhật ngày 2025-09-03): OTIT nhận cuộc gọi miễn phí bằng 8 thứ tiếng. Chúng tôi không tìm thấy bản lưu nào của trang riêng của OTIT có các số điện thoại này.",
    },
    "jp-mirai": {
        "name": "JP-MIRAI Assist",
        "description": "Tư vấn cho người lao động nước ngoài ở Nhật Bản, qua điện thoại hoặc tin nhắn, bằng nhiều thứ tiếng, do JP-MIRAI điều hành, một mạng lưới gồm các công ty, tổ chức phi chính phủ và JICA.",
        "hours": "",
        "instead": "Trang jp-mirai.org cho biết cách liên hệ với JP-MIRAI Assist.",
        "source": "jp-mirai.org (trang dự án JP-MIRAI Assist) và jica.go.jp (báo cáo ngày 2024-08-06 về đợt thí điểm JP-MIRAI Assist, từ tháng 5/2022 đến tháng 4/2024). Cả hai trang đều không ghi số điện thoại.",
    },
    "fresc": {
        "name": "FRESC (Trung tâm Hỗ trợ Người nước ngoài lưu trú)",
        "description": "Trung tâm của chính phủ ở Tokyo dành cho người nước ngoài sinh sống tại Nhật Bản: cơ quan xuất nhập cảnh, Cục Lao động Tokyo, tư vấn pháp lý miễn phí (Houterasu) và hỗ trợ tìm việc ở cùng một nơi, bằng 11 thứ tiếng.",
        "hours": "",
        "instead": "Trang web của Cục Quản lý Xuất nhập cảnh và Lưu trú (moj.go.jp/isa) có số điện thoại của FRESC. Bạn cũng có thể đến trực tiếp: tầng 13 tòa nhà Yotsuya Tower, cạnh ga Yotsuya, Tokyo.",
        "source": "Cục Quản lý Xuất nhập cảnh và Lưu trú, moj.go.jp/isa (trang về FRESC của Cục không có trong các bản lưu của chúng tôi). Số điện thoại của FRESC chỉ có trên trang của một công ty tư nhân, nên chúng tôi không ghi ở đây.",
    },
    "isa-information": {
        "name": "Cục Quản lý Xuất nhập cảnh và Lưu trú, Trung tâm Thông tin",
        "description": "Hỏi về tư cách lưu trú và visa của bạn: gia hạn hay thay đổi, chuyển chủ lao động, thẻ cư trú.",
        "hours": "Ngày thường, 8:30 đến 17:15. Gọi từ điện thoại IP hoặc từ nước ngoài: 03-5796-7112.",
        "instead": "",
        "source": "Cục Quản lý Xuất nhập cảnh và Lưu trú Nhật Bản, isa.go.jp/en/publications/materials/newimmiact_4_q-and-a.html (trang cập nhật ngày 2020-10-21).",
    },
    "embassy-kh": {
        "name": "Đại sứ quán Hoàng gia Campuchia tại Nhật Bản",
        "description": "Hỗ trợ công dân Campuchia ở Nhật Bản, kể cả khi mất hộ chiếu và khi gặp chuyện khẩn cấp. Địa chỉ: 8-6-9 Akasaka, Minato-ku, Tokyo.",
        "hours": "",
        "instead": "",
        "source": "Trung tâm ASEAN-Nhật Bản (ASEAN-Japan Centre), một tổ chức của chính phủ các nước ASEAN và Nhật Bản, trang về Campuchia (asean.or.jp/en/asean/know/country/cambodia.html): điện thoại +81-3-5412-8521/2, 8-6-9 Akasaka. Số này cũng có trên trang du lịch của quận Minato (visit-minato-city.tokyo).",
    },
    "embassy-vn": {
        "name": "Đại sứ quán Việt Nam tại Nhật Bản",
        "description": "Hỗ trợ công dân Việt Nam ở Nhật Bản, kể cả khi mất hộ chiếu và khi gặp chuyện khẩn cấp. Hộp thư bảo hộ công dân: baohocongdan@vnembassy.jp. Địa chỉ: 50-11 Motoyoyogi-cho, Shibuya-ku, Tokyo.",
        "hours": "",
        "instead": "",
        "source": "Đại sứ quán Việt Nam tại Nhật Bản, vnembassy-jp.org, mục “Quick contact”: (81-3) 3466-3311, 3466-3313, 3466-3314.",
    },
    "tomoiki": {
        "name": "Hội hỗ trợ Nhật Việt Tomoiki (NPO)",
        "description": "Tổ chức phi chính phủ ở Nhật Bản giúp thực tập sinh, người lao động và du học sinh Việt Nam: chỗ ở an toàn khi bị bạo lực hay bị đuổi việc, nói chuyện với công ty hoặc nhà trường, hỗ trợ khi mang thai, thực phẩm.",
        "hours": "",
        "instead": "Hội trả lời tin nhắn qua Facebook Messenger; trang web của hội cho biết cách liên hệ.",
        "source": "nv-tomoiki.or.jp (trang web của hội: hoạt động hỗ trợ đời sống) và jp-mirai.org (báo cáo diễn đàn ngày 2025-07-04). Không có số điện thoại.",
    },
    "molvt": {
        "name": "Bộ Lao động và Đào tạo nghề Campuchia (MoLVT)",
        "description": "Cấp và thu hồi giấy phép của các công ty tuyển dụng Campuchia, và nhận khiếu nại về các công ty này.",
        "hours": "",
        "instead": "Trang mlvt.gov.kh, mục Liên hệ (Contact), có thông tin liên hệ của bộ và của sở lao động từng tỉnh. Sở Lao động và Đào tạo nghề tỉnh của bạn cũng có thể giúp.",
        "source": "mlvt.gov.kh (trang web của chính bộ). Số đường dây nóng chỉ có trên báo chí, nên chúng tôi không ghi ở đây.",
    },
    "central": {
        "name": "CENTRAL (Trung tâm Liên minh vì Lao động và Nhân quyền)",
        "description": "Tổ chức phi chính phủ của Campuchia tư vấn pháp lý miễn phí và giúp người lao động di cư khiếu nại, trước khi đi và sau khi về, kể cả khi đi Nhật Bản.",
        "hours": "",
        "instead": "Trang central-cambodia.org cho biết các văn phòng của họ, trong đó có trung tâm cho người lao động di cư ở Sisophon, tỉnh Banteay Meanchey, và cách liên hệ.",
        "source": "central-cambodia.org (trang web của họ: chương trình chống mua bán người và di cư). Không tìm thấy số điện thoại.",
    },
    "dolab": {
        "name": "Cục Quản lý lao động ngoài nước (Bộ Nội vụ)",
        "description": "Cấp giấy phép cho các doanh nghiệp Việt Nam đưa người lao động đi làm việc ở nước ngoài, và nhận khiếu nại về các doanh nghiệp này. Cục thuộc Bộ Nội vụ từ ngày 1/3/2025.",
        "hours": "",
        "instead": "Hãy hỏi Sở Nội vụ tỉnh bạn, hoặc một tổ chức phi chính phủ, để biết số điện thoại hiện nay của Cục.",
        "source": "Nghị định 25/2025/NĐ-CP về Bộ Nội vụ (có hiệu lực từ ngày 2025-03-01). Chúng tôi không tìm thấy trang chính thức nào có số điện thoại của Cục.",
    },
}
