package org.parcelrecon.core.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Syllables that are frequent in the text parcelrecon reads: personal names, addresses and land
 * register terms. The encoding detector uses them to break ties between two decodings that both
 * give well-formed syllables: {@code "LÝU VÃN"} is Windows-1258 {@code "LƯU VĂN"}, not TCVN3
 * {@code "LÍU VẪN"}.
 *
 * <p>Source: compiled by hand for this project, not a measured frequency list: the family names of
 * DOMAIN.md §7 and other common ones, common middle and given names, every word of the
 * Vietnamese names in {@code shared/data/admin} (Quảng Ninh's administrative units before and
 * after the 2025 merger, the 63 provinces, the land-use code names), and common address and
 * land-register words. Membership only nudges a tie; a syllable missing here
 * is still a valid syllable.
 *
 * <p>Immutable and thread-safe.
 */
final class CommonSyllables {
    private static final String WORDS = ""
            // family names (DOMAIN.md §7 and others)
            + "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh "
            + "đoàn mai lưu cao lâm tô hà chu tạ kiều quách triệu thái giáp lương vương la đào lại "
            + "tăng mạc khổng thân từ hứa âu ninh nông lò vi tống đàm lục mã thạch doãn châu khúc "
            + "lã phùng tôn thân văn diệp "
            // middle and given names
            + "văn thị đức minh hữu thanh ngọc quang xuân thu hồng kim bá công đình quốc thế tiến "
            + "như diệu mạnh khắc duy trọng anh hoài gia bảo thành trung tuấn hải việt phương thúy "
            + "thủy mỹ bích khánh an bình cường dũng hằng hòa hương lan linh long nam nga phúc quý "
            + "sơn tâm thảo trang yến giang quỳnh huệ nguyệt oanh khoa toàn tú hiền hạnh lực lộc "
            + "thắng tùng vân vinh vy hùng huy hiếu hiệp hậu hoa học kiên lợi luân nghĩa nhân "
            + "nhung phong quân sáng tài tân thịnh thơ thư trí trinh tuyết uyên ánh ân cúc dung "
            + "duyên điệp định đông đạt đăng giao hạ hân hiển hòe huyền khải khang khoa lâm liên "
            + "loan lụa mến my mừng nga ngân nghị nhàn nhất nhi nhiên nho như ninh oanh phát "
            + "phụng quế quyên quyết sinh sang tạo thao thắm thoa thông thuận thương tình trà "
            + "trâm triều trường tư tuệ tươi uy ước vịnh vui xuyến yên út bé tý tèo "
            // address words
            + "xã phường thị trấn huyện tỉnh thành phố thôn xóm bản ấp khu tổ dân số đường quận "
            + "làng ngõ ngách hẻm đội cụm ở tại và của gần cạnh sau trước "
            // Quảng Ninh place names
            + "quảng ninh hạ long cẩm phả uông bí móng cái đông triều yên đồn cô tiên ba chẽ liêu "
            + "đầm hoành bồ gai bãi cháy mạo khê vàng danh tuần châu hòn cửa ông quang hanh "
            + "đại dực hưng vĩnh thực tràng lương sở biên vạn tiến hoa hải "
            // every word of the Vietnamese names in shared/data/admin (units of Quảng Ninh before and
            // after 2025, the 63 provinces, land-use code names; sources DV25, TLQ, ESRI, NEW-a/b/c)
            + "an ba biên biển bà bái bãi bình bí bưu bạc bạch bản bắc bằng bến bồ cai cao chiên cho "
            + "chuyên cháy châu chí chính chăn chơi chưa chất chẽ chế chợ chủ chức cà cái cây còn có "
            + "cô công cơ cả cảnh cần cẩm cốc cổ cộng cụm của cửa danh di doanh dân dùng dương dịch dụ "
            + "dục dụng dực dựng gai gia giang giao giáo giải giếng gốm hanh hiệp hoa hoà hoàng hoành "
            + "hoạt huy huyện huế huệ hà hàng hòa hóa hùng húc hưng hạ hải hậu hằng học hỏa hồ hồn "
            + "hồng hộ hội ka khoa khoai khoáng khu khác khánh khê không khẩu kim kinh kiên kon kênh "
            + "kạn kết kỳ la lai lam liên liêu liệu long làm lào lâm lân lâu lãng lê lúa lý lương "
            + "lượng lại lạn lạng lầm lập lắk lễ lịch lợi lục mai mau minh muối móng mô mông mại mạo "
            + "mặn mặt mục nai nam nghiệp nghĩa nghệ ngoại nguyên nguyễn ngãi ngòi ngũ ngưỡng ngại "
            + "ngập ngọc nhà nhóm nhất ninh nuôi nông núi năm năng nương nước nẵng nội oai phi phong "
            + "phòng phú phúc phương phước phường phả phố quan quang quảng quế quốc rui rạch rẫy rịa "
            + "rồng rừng sen sinh suối sóc sông sơn sản sở sử sự tang than thanh thao thuận thành thái "
            + "tháp thôn thông thơ thương thượng thạch thải thắng thể thị thịnh thọ thống thủy thực "
            + "tiên tiến tiền trang tre triều trung trà tràng trình trí trăng trưng trấn trần trị "
            + "trồng trụ tu tum tuyên tuần tàu táng tâm tân tây tích tín tô tôn tĩnh tại tạo tập tế "
            + "tỉnh tổ tử uông ven vinh viễn việt vui và vàng vào vân vô văn vĩnh vũ vũng vương vạn "
            + "vật vị vụ vừng xanh xuyên xuân xuất xá xây xã xử y yên ông điền điện đoàn đà đài đào đá "
            + "đáy đích đô đông đường đạc đại đạo đạp đất đầm đắk đằng đặc định đồ đồi đồn đồng động "
            + "đức ở "
            // land register words
            + "thửa đất tờ bản đồ diện tích sử dụng giấy chứng nhận quyền nông nghiệp rừng lúa "
            + "trồng cây hàng năm lâu nuôi trồng thủy sản chuyên lúa nước khác có không mục đích "
            + "hộ gia đình cá nhân tổ chức sở hữu nhà cấp đổi chuyển nhượng thừa kế tặng cho "
            + "thế chấp thuê giao hạn mét vuông ngõ số nhà tờ thửa kênh mương đê";

    private static final Set<String> SET = build();

    private CommonSyllables() {
    }

    private static Set<String> build() {
        Set<String> set = new HashSet<>();
        for (String w : WORDS.split(" ")) {
            if (!w.isEmpty()) {
                set.add(Syllables.canonicalize(w));
            }
        }
        return Set.copyOf(set);
    }

    /** Whether the word (any case, either tone style) is one of the common syllables. */
    static boolean contains(String word) {
        return SET.contains(Syllables.canonicalize(word.toLowerCase(Locale.ROOT)));
    }
}
