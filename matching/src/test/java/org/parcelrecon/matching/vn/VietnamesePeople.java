package org.parcelrecon.matching.vn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.eval.TruthPairs;

/**
 * A seeded generator of a Vietnamese population registry and a land register whose land users are drawn from it
 * with the errors registers have: missing diacritics, upper case, titles, typos, birth year only, swapped day and
 * month, IDs missing, spaced, with lost leading zeros, as old CMND numbers or in scientific notation, communes
 * written several ways; plus land users who are not in the population. Family names follow the national shares
 * of DOMAIN.md §7 (Nguyễn 38.4%, ...). For tests only; the project's testkit has the full generator.
 */
final class VietnamesePeople {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Quách", "Đinh", "Trịnh", "Lương", "Mai", "Đào", "Cao", "Lâm", "Hà", "Tạ"};
    private static final double[] FAMILY_SHARE = {38.4, 11, 9.5, 7.1, 5.1, 4.5, 3.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5,
        0.3, 1.2, 0.9, 0.8, 0.9, 0.8, 0.7, 0.6, 0.6, 0.4};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công",
        "Xuân", "Ngọc", "Đình"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
        "Phương", "Hồng", "Kim"};
    private static final String[] GIVEN = {"An", "Anh", "Bình", "Cường", "Dũng", "Dung", "Giang", "Hà", "Hải", "Hạnh",
        "Hiếu", "Hoa", "Hòa", "Hồng", "Hùng", "Hưng", "Hương", "Huy", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh",
        "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phương", "Quân", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Thanh",
        "Thành", "Thủy", "Trang", "Trung", "Tuấn", "Tùng", "Vân", "Việt", "Yến", "Đạt", "Đông", "Lộc", "Khoa"};
    private static final String[] COMMUNES = {"Hải Hòa", "Hải Yên", "Hải Tiến", "Quảng Nghĩa", "Vạn Ninh", "Hồng Gai",
        "Bạch Đằng", "Tiên Lãng", "Đông Ngũ", "Đông Hải", "Hà An", "Yên Giang", "Cẩm Phả", "Mông Dương", "Cửa Ông",
        "Quang Hanh", "Hạ Long", "Bãi Cháy", "Hà Khánh", "Cao Xanh"};

    final Table population;
    final Table register;
    final TruthPairs truth;
    /** Land users that are in the population (the rest are not). */
    final int linkable;

    private VietnamesePeople(Table population, Table register, TruthPairs truth, int linkable) {
        this.population = population;
        this.register = register;
        this.truth = truth;
        this.linkable = linkable;
    }

    static VietnamesePeople generate(int citizens, int landUsers, double outsiders, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> people = new ArrayList<>();
        Table.Builder pop = Table.builder("id", "full_name", "birth", "citizen_id", "commune");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < citizens; i++) {
            String[] p = person(random, ids);
            people.add(p);
            pop.addRow("C" + i, p[0], p[1], p[2], "Xã " + p[3]);
        }
        Table.Builder reg = Table.builder("id", "full_name", "birth", "citizen_id", "commune");
        List<List<String>> links = new ArrayList<>();
        int linkable = 0;
        for (int i = 0; i < landUsers; i++) {
            String[] p;
            int citizen = -1;
            if (random.nextDouble() < outsiders) {
                p = person(random, ids);
            } else {
                citizen = random.nextInt(citizens);
                p = people.get(citizen);
                linkable++;
                links.add(List.of("L" + i, "C" + citizen));
            }
            reg.addRow("L" + i, writeName(random, p[0]), writeBirth(random, p[1]), writeId(random, p[2]),
                    writeCommune(random, p[3]));
        }
        return new VietnamesePeople(pop.build(), reg.build(), TruthPairs.of(links, false), linkable);
    }

    /** Name, ISO birth date, CCCD, commune. */
    private static String[] person(SplittableRandom random, Set<String> ids) {
        boolean male = random.nextBoolean();
        String family = pick(random, FAMILY, FAMILY_SHARE);
        String[] middles = male ? MALE_MIDDLE : FEMALE_MIDDLE;
        double r = random.nextDouble();
        String middle = r < 0.08 ? "" : r < 0.2 ? middles[random.nextInt(middles.length)] + " "
                + middles[random.nextInt(middles.length)] : middles[random.nextInt(middles.length)];
        int g = (int) (GIVEN.length * Math.pow(random.nextDouble(), 1.6));
        String name = family + (middle.isEmpty() ? "" : " " + middle) + " " + GIVEN[g];
        int year = 1940 + random.nextInt(66);
        String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String id;
        do {
            int century = year >= 2000 ? 2 : 0;
            id = String.format(Locale.ROOT, "022%d%02d%06d", century + (male ? 0 : 1), year % 100,
                    random.nextInt(1_000_000));
        } while (!ids.add(id));
        return new String[] {name, birth, id, COMMUNES[random.nextInt(COMMUNES.length)]};
    }

    private static String pick(SplittableRandom random, String[] values, double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String writeName(SplittableRandom random, String name) {
        String n = name;
        if (random.nextDouble() < 0.03) {
            n = typo(random, n);
        }
        if (random.nextDouble() < 0.3) {
            n = titleCase(VietnameseText.fold(n));
        }
        if (random.nextDouble() < 0.2) {
            n = n.toUpperCase(Locale.ROOT);
        }
        double t = random.nextDouble();
        if (t < 0.1) {
            n = "Ông " + n;
        } else if (t < 0.2) {
            n = "Hộ bà " + n;
        }
        return n;
    }

    private static String typo(SplittableRandom random, String name) {
        int space = name.lastIndexOf(' ');
        String given = name.substring(space + 1);
        if (given.length() < 3) {
            return name;
        }
        char[] c = given.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        c[i] = c[i] == 'n' ? 'm' : 'n';
        return name.substring(0, space + 1) + new String(c);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String writeBirth(SplittableRandom random, String iso) {
        double r = random.nextDouble();
        String y = iso.substring(0, 4);
        String m = iso.substring(5, 7);
        String d = iso.substring(8, 10);
        if (r < 0.1) {
            return "";
        }
        if (r < 0.55) {
            return random.nextDouble() < 0.04 ? Integer.toString(Integer.parseInt(y) + 1) : y;
        }
        if (r < 0.57) {
            return d.equals(m) ? iso : y + "-" + d + "-" + m;
        }
        return d + "/" + m + "/" + y;
    }

    private static String writeId(SplittableRandom random, String cccd) {
        double r = random.nextDouble();
        if (r < 0.25) {
            return "";
        }
        if (r < 0.35) {
            return cccd.substring(0, 3) + " " + cccd.substring(3, 6) + " " + cccd.substring(6, 9) + " "
                    + cccd.substring(9);
        }
        if (r < 0.45) {
            return cccd.substring(1);
        }
        if (r < 0.55) {
            return String.format(Locale.ROOT, "1%08d", random.nextInt(100_000_000));
        }
        if (r < 0.57) {
            return "2.21900E+10";
        }
        if (r < 0.59) {
            char[] c = cccd.toCharArray();
            int i = 6 + random.nextInt(6);
            c[i] = c[i] == '9' ? '0' : (char) (c[i] + 1);
            return new String(c);
        }
        return cccd;
    }

    private static String writeCommune(SplittableRandom random, String commune) {
        double r = random.nextDouble();
        if (r < 0.05) {
            return "Xã " + COMMUNES[random.nextInt(COMMUNES.length)];
        }
        if (r < 0.35) {
            return commune;
        }
        if (r < 0.6) {
            return "xa " + VietnameseText.fold(commune);
        }
        return "Xã " + commune;
    }
}
