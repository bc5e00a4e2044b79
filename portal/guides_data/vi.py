"""Guides and help contacts in Vietnamese, keyed like the English in __init__.py."""

GUIDES = {
    "employer-pays": {
        "title": "Bạn không nên phải trả tiền để có việc làm",
        "summary": "Theo Nguyên tắc Chủ lao động trả phí, chủ lao động trả các chi phí tuyển bạn. Có những khoản thu bị pháp luật cấm.",
        "body": """Nguyên tắc Chủ lao động trả phí nói rằng không người lao động nào phải trả tiền để có việc làm. Chủ lao động ở Nhật Bản nên trả các chi phí tuyển bạn: phí của công ty phái cử, tiền đào tạo, tiền đi lại, tiền visa và tiền khám sức khỏe. Các quy định về tuyển dụng công bằng của Tổ chức Lao động Quốc tế, và Tuyên bố Tokyo của các công ty Nhật Bản (2020), cũng nói như vậy.

Có những khoản thu bị pháp luật cấm:
- Tiền đặt cọc/ký quỹ hay "tiền bảo lãnh" để giữ bạn không bỏ việc bị cấm theo các thỏa thuận giữa Nhật Bản và Campuchia, và giữa Nhật Bản và Việt Nam.
- Ở Việt Nam, không ai được thu tiền môi giới của bạn khi đi làm việc ở Nhật Bản (Thông tư 02/2024, từ ngày 15/5/2024).
- Ở Việt Nam, tiền dịch vụ tối đa là một tháng lương cho mỗi năm làm việc theo hợp đồng (Luật 69/2020).

Nếu công ty phái cử đòi bạn trả tiền, hãy yêu cầu họ viết ra giấy tất cả các khoản phí, và đưa biên lai cho mỗi lần bạn trả tiền. Hãy so sánh số tiền họ đòi với số tiền các công ty phái cử khác công bố trên FairFee, và dùng mục kiểm tra phí để xem một khoản phí có trái quy định không.""",
    },
    "check-licence": {
        "title": "Cách kiểm tra giấy phép của công ty phái cử",
        "summary": "Chỉ công ty phái cử có giấy phép mới được đưa người lao động sang Nhật Bản. Hãy kiểm tra giấy phép trước khi trả bất kỳ khoản tiền nào.",
        "body": """Chỉ công ty phái cử có giấy phép mới được đưa người lao động sang Nhật Bản. Ở Campuchia, giấy phép do Bộ Lao động và Đào tạo nghề cấp. Ở Việt Nam, giấy phép do Cục Quản lý lao động ngoài nước thuộc Bộ Lao động cấp.

- Hỏi công ty phái cử số giấy phép và tên ghi trên giấy phép.
- Tìm công ty đó trên FairFee. Trang của công ty cho biết số giấy phép, cơ quan nào cấp, giấy phép còn hạn đến khi nào, và giấy phép có đang bị đình chỉ hay bị thu hồi không.
- Xem tên trên hợp đồng của bạn có giống tên trên giấy phép không.
- Cẩn thận với người môi giới trong làng đòi bạn đưa tiền: người môi giới không phải là công ty phái cử có giấy phép.

Nếu giấy phép đã hết hạn, bị đình chỉ hoặc bị thu hồi, đừng trả tiền. Hãy báo cho một tổ chức phi chính phủ (NGO) hoặc Bộ Lao động.""",
    },
    "before-signing": {
        "title": "Trước khi ký hoặc trả tiền",
        "summary": "Danh sách mọi khoản phí, biên lai cho mỗi lần trả tiền, hợp đồng bạn đọc được, và hộ chiếu luôn ở bên bạn.",
        "body": """- Yêu cầu viết ra giấy tất cả các khoản phí: phí gì, bao nhiêu tiền, ai trả và trả khi nào.
- Xin biên lai cho mỗi lần trả tiền, có ghi tên công ty phái cử và số tiền.
- Nhận hợp đồng bằng thứ tiếng bạn đọc được, và giữ lại một bản. Cứ đọc từ từ, và nhờ một người bạn tin tưởng đọc cùng.
- Không bao giờ đưa hộ chiếu hay thẻ căn cước cho công ty phái cử, chủ lao động hay bất kỳ ai khác giữ. Ở Nhật Bản, không ai được phép giữ hộ chiếu của người lao động.
- Không đóng tiền đặt cọc/ký quỹ, và không ký giấy nào nói rằng bạn sẽ bị phạt tiền nếu bỏ việc.
- Nếu bạn vay tiền, hãy ghi lại vay bao nhiêu, vay của ai và lãi bao nhiêu. Nếu lãi cao, hãy nhờ người giúp đỡ.
- Kiểm tra giấy phép của công ty phái cử, và so sánh phí của công ty đó với các công ty khác trên FairFee.""",
    },
    "pregnancy-rights": {
        "title": "Mang thai, kết hôn và công việc của bạn ở Nhật Bản",
        "summary": "Ở Nhật Bản, không ai được đuổi việc bạn hay bắt bạn về nước vì bạn mang thai, kết hôn hoặc sinh con. Điều này cũng bảo vệ thực tập sinh kỹ năng và người lao động kỹ năng đặc định.",
        "body": """Ở Nhật Bản, đuổi việc một người lao động nữ, hay bắt cô ấy về nước, vì cô ấy mang thai, kết hôn hoặc sinh con là trái pháp luật. Điều này bảo vệ thực tập sinh kỹ năng và người lao động kỹ năng đặc định, giống như mọi người lao động khác.

- Không ai được bắt bạn hứa không mang thai, kể cả bằng giấy bạn đã ký ở quê nhà. Lời hứa như vậy không có giá trị.
- Nếu mang thai, bạn có thể tiếp tục làm việc hoặc thực tập, hoặc nghỉ một thời gian rồi tiếp tục sau.
- Bạn có thể nghỉ thai sản trước và sau khi sinh.
- Bạn có thể đi khám bác sĩ. Bảo hiểm y tế của bạn ở Nhật Bản giúp trả tiền khám thai và tiền sinh con.
- Nếu ai đó bảo bạn về nước vì bạn mang thai, đừng ký bất cứ giấy tờ gì. Hãy nhờ giúp đỡ: OTIT, JP-MIRAI Assist, đại sứ quán nước mình hoặc một tổ chức phi chính phủ (NGO).""",
    },
    "get-help": {
        "title": "Nơi bạn có thể nhờ giúp đỡ",
        "summary": "Giúp đỡ miễn phí ở Nhật Bản và ở quê nhà, bằng tiếng mẹ đẻ của bạn, khi bạn gặp chuyện với công ty phái cử, công việc, khoản nợ hay sức khỏe.",
        "body": """Bạn không đơn độc. Nếu bạn gặp chuyện với công ty phái cử, chủ lao động, tiền lương, khoản nợ hay sức khỏe, hãy liên hệ một trong những nơi dưới đây. Họ giúp miễn phí, và nhiều nơi nói được tiếng của bạn.

Nếu công ty phái cử thu của bạn nhiều hơn số tiền họ đã công bố, hoặc thu một khoản phí bị cấm, bạn cũng có thể báo cho chúng tôi trên FairFee. Chúng tôi không hỏi tên bạn.""",
    },
}

CONTACTS = {
    "otit": "Tư vấn bằng tiếng mẹ đẻ cho thực tập sinh kỹ năng: chuyện ở nơi làm việc, tiền lương, chuyển sang chủ lao động khác.",
    "jp-mirai": "Tư vấn cho người lao động nước ngoài ở Nhật Bản, qua tin nhắn, bằng nhiều thứ tiếng.",
    "fresc": "Quầy hỗ trợ của chính phủ ở Tokyo dành cho người nước ngoài sinh sống tại Nhật Bản: visa, việc làm, cuộc sống hằng ngày.",
    "embassy-kh": "Hỗ trợ công dân Campuchia ở Nhật Bản, kể cả khi mất hộ chiếu và khi gặp chuyện khẩn cấp.",
    "embassy-vn": "Hỗ trợ công dân Việt Nam ở Nhật Bản, kể cả khi mất hộ chiếu và khi gặp chuyện khẩn cấp.",
    "molvt": "Phụ trách giấy phép của các công ty phái cử Campuchia, và nhận khiếu nại về các công ty này.",
    "dolab": "Phụ trách giấy phép của các công ty phái cử Việt Nam, và nhận khiếu nại về các công ty này.",
}
