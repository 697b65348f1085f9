package org.parcelrecon.testkit.generate;

import java.util.SplittableRandom;

/**
 * Vietnamese names with realistic frequencies.
 *
 * <h2>Family names</h2>
 * The shares of the fourteen commonest family names are those of DOMAIN.md §7 (Wikipedia's list, secondary
 * source): Nguyễn 38.4%, Trần 11%, Lê 9.5%, Phạm 7.1%, Hoàng/Huỳnh 5.1%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%,
 * Bùi 2%, Đỗ 1.4%, Hồ 1.3%, Ngô 1.3%, Dương 1%, Lý 0.5%. The source gives Hoàng/Huỳnh and Vũ/Võ one combined
 * share each; Quảng Ninh is in the north, where Hoàng and Vũ are the usual spellings, so the split here (Hoàng
 * 5.0%, Huỳnh 0.1%; Vũ 3.8%, Võ 0.1%) is an assumption. The remaining 10.9% are shared equally among 30 other
 * family names, including some of the province's Dao, Tày and Sán Dìu communities (Bàn, Triệu, Nông, Lục).
 *
 * <h2>Middle and given names</h2>
 * Men born before 1960 carry Văn as the middle name 60% of the time, falling to 15% for those born from 1995;
 * women carry Thị 85% of the time before 1960, falling to 30%. Other middle names and the given names are drawn
 * with Zipf-like weights (the k-th name of a list has weight 1 / (k + 3)), so common names repeat as they do in a
 * real population, which is what makes linking by name hard. These lists and weights are assumptions.
 */
final class NameTables {
    private NameTables() {
    }

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý",
        "Đào", "Đinh", "Mai", "Trương", "Lương", "Hà", "Cao", "Đoàn", "Trịnh", "Lưu", "Tô", "Chu", "Vương",
        "Triệu", "Tạ", "Phùng", "Kiều", "Quách", "Lâm", "Thái", "Nông", "Mạc", "Giang", "Tăng", "Bàn", "Lục",
        "Hứa", "La", "Ninh", "Khúc"};
    private static final double[] FAMILY_SHARE = {
        38.4, 11.0, 9.5, 7.1, 5.0, 0.1, 4.5, 3.8, 0.1, 2.1, 2.0, 1.4, 1.3, 1.3, 1.0, 0.5};
    private static final double OTHER_FAMILY_SHARE = 10.9;

    private static final String[] MALE_MIDDLE = {
        "Đức", "Hữu", "Minh", "Quang", "Mạnh", "Xuân", "Ngọc", "Công", "Đình", "Thanh", "Trung", "Tiến", "Anh",
        "Duy", "Quốc", "Thế", "Bá", "Tuấn", "Hoàng", "Hải", "Gia", "Trọng", "Khắc", "Kim", "Việt", "Huy", "Nhật",
        "Bảo", "Đăng", "Thành"};
    private static final String[] FEMALE_MIDDLE = {
        "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Thúy", "Kim", "Bích", "Hải", "Mai", "Lan", "Thùy",
        "Diệu", "Khánh", "Bảo", "Hoài", "Quỳnh", "Mỹ", "Hà", "Hương", "Tuyết", "Vân", "Thảo", "Ánh", "Như",
        "Yến", "Linh", "Gia", "Cẩm"};
    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Hưng", "Quang", "Thành",
        "Trung", "Đức", "Anh", "Việt", "Hoàng", "Huy", "Tùng", "Phong", "Bình", "Hiếu", "Kiên", "Tiến", "Toàn",
        "Vinh", "Tâm", "Khánh", "Hòa", "Phúc", "Lâm", "Quân", "Tài", "Thịnh", "Lợi", "Nghĩa", "Đạt", "Duy",
        "Công", "Chiến", "Giang", "Hiển", "Hậu", "Khoa", "Khải", "Luân", "Mạnh", "Nhân", "Phương", "Quý",
        "Tân", "Thông", "Trí", "Trường", "Tú", "Xuân", "Bảo", "Khôi", "Thiện", "Hiệp", "Lực", "Thuận", "An",
        "Định", "Đông", "Hào", "Dương", "Vũ", "Ngọc"};
    private static final String[] FEMALE_GIVEN = {
        "Hương", "Lan", "Hoa", "Hằng", "Linh", "Trang", "Mai", "Thảo", "Hà", "Huyền", "Ngọc", "Nga", "Phương",
        "Thủy", "Thúy", "Dung", "Hạnh", "Hiền", "Hồng", "Liên", "Loan", "Nhung", "Yến", "Vân", "Thu", "Tuyết",
        "Anh", "Ánh", "Bích", "Châu", "Chi", "Cúc", "Diệp", "Duyên", "Giang", "Hòa", "Huệ", "Hường", "Liễu",
        "Ly", "My", "Ngân", "Nguyệt", "Oanh", "Phượng", "Quyên", "Quỳnh", "Sen", "Tâm", "Thanh", "Thắm", "Thư",
        "Trâm", "Uyên", "Vy", "Xuân", "Nhàn", "Thoa", "Dịu", "Hảo", "Khánh", "Ngà", "Trinh", "Nhi", "Diệu",
        "Hân", "Lụa", "An", "Lý", "Hậu"};
    private static final String[] FEMALE_SECOND_MIDDLE = {"Thu", "Ngọc", "Minh", "Thanh", "Hồng", "Kim", "Phương"};

    private static final double[] FAMILY_CUMULATIVE = familyCumulative();
    private static final double[] MALE_MIDDLE_CUMULATIVE = zipf(MALE_MIDDLE.length);
    private static final double[] FEMALE_MIDDLE_CUMULATIVE = zipf(FEMALE_MIDDLE.length);
    private static final double[] MALE_GIVEN_CUMULATIVE = zipf(MALE_GIVEN.length);
    private static final double[] FEMALE_GIVEN_CUMULATIVE = zipf(FEMALE_GIVEN.length);

    /** The share in percent of a family name. */
    static double familyShare(String family) {
        for (int i = 0; i < FAMILY.length; i++) {
            if (FAMILY[i].equals(family)) {
                return i < FAMILY_SHARE.length ? FAMILY_SHARE[i]
                        : OTHER_FAMILY_SHARE / (FAMILY.length - FAMILY_SHARE.length);
            }
        }
        return 0;
    }

    static String family(SplittableRandom rng) {
        return FAMILY[pick(FAMILY_CUMULATIVE, rng.nextDouble())];
    }

    /** The middle name(s) for a person of this sex born in this year, e.g. {@code "Văn"} or {@code "Thị Thu"}. */
    static String middle(SplittableRandom rng, boolean female, int birthYear) {
        if (female) {
            double thi = birthYear < 1960 ? 0.85 : birthYear < 1980 ? 0.70 : birthYear < 1995 ? 0.50 : 0.30;
            if (rng.nextDouble() < thi) {
                return rng.nextDouble() < 0.12
                        ? "Thị " + FEMALE_SECOND_MIDDLE[rng.nextInt(FEMALE_SECOND_MIDDLE.length)] : "Thị";
            }
            String m = FEMALE_MIDDLE[pick(FEMALE_MIDDLE_CUMULATIVE, rng.nextDouble())];
            return rng.nextDouble() < 0.05 ? m + " " + FEMALE_MIDDLE[pick(FEMALE_MIDDLE_CUMULATIVE, rng.nextDouble())] : m;
        }
        double van = birthYear < 1960 ? 0.60 : birthYear < 1980 ? 0.45 : birthYear < 1995 ? 0.30 : 0.15;
        if (rng.nextDouble() < van) {
            return "Văn";
        }
        return MALE_MIDDLE[pick(MALE_MIDDLE_CUMULATIVE, rng.nextDouble())];
    }

    static String given(SplittableRandom rng, boolean female) {
        return female ? FEMALE_GIVEN[pick(FEMALE_GIVEN_CUMULATIVE, rng.nextDouble())]
                : MALE_GIVEN[pick(MALE_GIVEN_CUMULATIVE, rng.nextDouble())];
    }

    private static double[] familyCumulative() {
        int others = FAMILY.length - FAMILY_SHARE.length;
        double[] c = new double[FAMILY.length];
        double acc = 0;
        for (int i = 0; i < FAMILY.length; i++) {
            acc += i < FAMILY_SHARE.length ? FAMILY_SHARE[i] : OTHER_FAMILY_SHARE / others;
            c[i] = acc;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= acc;
        }
        return c;
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += 1.0 / (i + 4);
            c[i] = acc;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= acc;
        }
        return c;
    }

    static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
