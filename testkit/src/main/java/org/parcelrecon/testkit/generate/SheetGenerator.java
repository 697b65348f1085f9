package org.parcelrecon.testkit.generate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.text.TextEncoding;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.testkit.generate.Population.Household;
import org.parcelrecon.testkit.generate.Population.Person;
import org.parcelrecon.testkit.generate.SheetGeometry.Group;
import org.parcelrecon.testkit.generate.SheetGeometry.Piece;

/**
 * Generates everything about one map sheet: both maps, the people who hold its parcels, the register rows and the
 * truth. Depends only on the settings, the plan and the sheet; safe to run for many sheets at once.
 */
final class SheetGenerator {
    private static final String PROVINCE = "Tỉnh Quảng Ninh";
    private static final String[] HAMLETS = {
        "Đông", "Tây", "Nam", "Bắc", "Trung", "Tân Tiến", "Đồng Tâm", "Quyết Tiến", "Thắng Lợi", "Hòa Bình",
        "Tân Lập", "Đồng Mai", "Khe Tâm", "Làng Cổ", "Cao Sơn", "Bình Sơn", "Thủy Cơ", "Vạn Yên", "Đồng Rì",
        "Khe Lương", "Đồng Bé", "Nà Sắn", "Khe Hố", "Pạc Sủi"};
    private static final String[] FIELDS = {
        "Cửa Làng", "Đồng Chùa", "Bãi Dưới", "Đồng Sâu", "Ruộng Cả", "Gò Cao", "Đồng Trên", "Bến Đò", "Cầu Đá",
        "Đồng Giữa", "Ao Sen", "Bãi Bồi"};
    private static final String[] COMPANY_TRADES = {"Thương mại", "Xây dựng", "Dịch vụ", "Vận tải", "Thủy sản",
        "Du lịch", "Đầu tư"};
    private static final String[] COMPANY_NAMES = {"Minh Phát", "Hoàng Long", "Thành Công", "Hạ Long Xanh",
        "Bình Minh", "Phú Cường", "Đông Bắc", "Hải Châu", "Quang Hanh", "Vịnh Xanh", "Tân Phong", "Kim Sơn"};

    /** Who holds a parcel: household members, or an organisation. */
    private record Owner(Household household, List<Person> users, String organisation) {
        String truthName() {
            return household != null ? household.id : organisation;
        }
    }

    /** Land use of a base slot; {@code organisation} non-null when an organisation holds it. */
    private record Use(String code, String organisation) {
    }

    /** A parcel as the register describes it. */
    private record Registration(Piece piece, boolean stale, String registeredId, List<Piece> truthParcels, Use use,
                                Owner owner) {
    }

    private final GeneratorSettings settings;
    private final ProvincePlan.SheetPlan plan;
    private final AdminUnit commune;
    private final String code;
    private final int sheet;
    private final ErrorRates errors;
    private final SheetOutput out;
    private final StringBuilder[] text = new StringBuilder[OutputFile.values().length];
    private final String khu;
    private final String[] hamlets;

    private SheetGenerator(GeneratorSettings settings, ProvincePlan.SheetPlan plan, SplittableRandom context) {
        this.settings = settings;
        this.plan = plan;
        this.commune = plan.commune();
        this.code = commune.code();
        this.sheet = plan.sheetNumber();
        this.errors = settings.errorRates();
        this.out = new SheetOutput(plan);
        for (OutputFile f : OutputFile.values()) {
            text[f.ordinal()] = new StringBuilder(f.isMap() ? 1 << 17 : 1 << 14);
        }
        this.khu = Integer.toString(1 + context.nextInt(12));
        this.hamlets = new String[] {HAMLETS[context.nextInt(HAMLETS.length)], HAMLETS[context.nextInt(HAMLETS.length)]};
    }

    static SheetOutput generate(GeneratorSettings settings, ProvincePlan province, ProvincePlan.SheetPlan plan) {
        long sheetSeed = Seeds.of(settings.seed(), Long.parseLong(plan.commune().code()), plan.sheetNumber());
        SheetGenerator g = new SheetGenerator(settings, plan, Seeds.random(sheetSeed, Seeds.PLAN));
        SheetGeometry geometry = SheetGeometry.build(settings, plan.urban(), plan.targetParcels(), plan.frameLeft(),
                plan.frameTop(), sheetSeed);
        g.run(geometry, province, sheetSeed);
        g.out.baseParcels = geometry.slots;
        return g.out;
    }

    private void run(SheetGeometry geo, ProvincePlan province, long sheetSeed) {
        Use[] uses = landUses(geo, Seeds.random(sheetSeed, Seeds.LAND_USE));
        Population people = new Population(Seeds.random(sheetSeed, Seeds.PEOPLE), code + "-" + sheet,
                plan.globalOrdinal(), province.totalSheets, settings.seed(), errors.rate(InjectedError.USER_NOT_IN_POPULATION));
        SplittableRandom owners = Seeds.random(sheetSeed, Seeds.OWNERS);
        SplittableRandom reg = Seeds.random(sheetSeed, Seeds.REGISTER);

        Map<Piece, Owner> ownerOf = new IdentityHashMap<>();
        Map<Piece, String> stateOf = new IdentityHashMap<>();
        Map<Piece, Boolean> inMap = new IdentityHashMap<>();
        List<Registration> registrations = new ArrayList<>();
        for (Group group : geo.groups) {
            for (Piece p : group.news) {
                ownerOf.put(p, owner(uses[p.slot], geo.slotKinds[p.slot], people, owners));
                inMap.put(p, !(reg.nextDouble() < errors.rate(InjectedError.MISSING_FROM_MAP)));
            }
            boolean stale = staleEligible(group) && reg.nextDouble() < errors.rate(InjectedError.KEY_OLD_SURVEY);
            if (stale) {
                Owner owner = group.news.isEmpty() ? owner(uses[group.olds.get(0).slot],
                        geo.slotKinds[group.olds.get(0).slot], people, owners) : ownerOf.get(group.news.get(0));
                for (Piece old : group.olds) {
                    registrations.add(new Registration(old, true, oldId(old), group.news, uses[old.slot], owner));
                }
                for (Piece p : group.news) {
                    stateOf.put(p, "OLD_SURVEY");
                }
            } else {
                for (Piece p : group.news) {
                    if (reg.nextDouble() < errors.rate(InjectedError.MISSING_FROM_REGISTER)) {
                        stateOf.put(p, "MISSING");
                        truthError(-1, newId(p), InjectedError.MISSING_FROM_REGISTER, "row", "", "");
                    } else {
                        stateOf.put(p, "CURRENT");
                        registrations.add(new Registration(p, false, newId(p), List.of(p), uses[p.slot], ownerOf.get(p)));
                    }
                }
            }
        }
        writeMaps(geo, inMap, uses);
        writeTruthChanges(geo);
        writeTruthParcels(geo, uses, ownerOf, stateOf, inMap);
        writeRegister(registrations, inMap, reg, geo);
        writePopulation(people);
        writeTruthSheet(geo);
        for (OutputFile f : OutputFile.values()) {
            out.put(f, text[f.ordinal()]);
        }
    }

    private static boolean staleEligible(Group g) {
        return g.kind != null && g.kind != ChangeKind.NEW && g.kind != ChangeKind.BOUNDARY_ADJUSTED;
    }

    private String oldId(Piece p) {
        if (p.id == null) {
            p.id = "OLD-" + code + "-" + sheet + "-" + p.plot;
        }
        return p.id;
    }

    private String newId(Piece p) {
        if (p.id == null) {
            p.id = "NEW-" + code + "-" + sheet + "-" + p.plot;
        }
        return p.id;
    }

    // ---------------------------------------------------------------- land use and owners

    private Use[] landUses(SheetGeometry geo, SplittableRandom rng) {
        Use[] uses = new Use[geo.slots];
        for (int i = 0; i < geo.slots; i++) {
            uses[i] = use(geo.slotKinds[i], rng);
        }
        return uses;
    }

    private Use use(LotKind kind, SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        String name = commune.name();
        String unit = commune.type().vietnameseName().toLowerCase(java.util.Locale.ROOT);
        String company = COMPANY_TRADES[rng.nextInt(COMPANY_TRADES.length)] + " " + COMPANY_NAMES[rng.nextInt(COMPANY_NAMES.length)];
        switch (kind) {
            case URBAN:
                if (u < 0.03) {
                    return v < 0.2 ? new Use("TSC", "UBND " + unit + " " + name)
                            : v < 0.45 ? new Use("DGD", (v < 0.35 ? "Trường Tiểu học " : "Trường THCS ") + name)
                            : v < 0.55 ? new Use("DYT", "Trạm Y tế " + unit + " " + name)
                            : v < 0.85 ? new Use("TMD", "Công ty TNHH " + company)
                            : v < 0.95 ? new Use("SKC", "Công ty Cổ phần " + company)
                            : new Use("SKS", "Công ty Cổ phần Than " + name + " - TKV");
                }
                return new Use(v < 0.9 ? "ODT" : v < 0.95 ? "TMD" : "CLN", null);
            case VILLAGE:
                if (u < 0.02) {
                    return v < 0.3 ? new Use("TSC", "UBND " + unit + " " + name)
                            : v < 0.6 ? new Use("DGD", "Trường Mầm non " + name)
                            : v < 0.8 ? new Use("DYT", "Trạm Y tế " + unit + " " + name)
                            : new Use("TMD", "Công ty TNHH " + company);
                }
                return new Use(v < 0.72 ? "ONT" : v < 0.84 ? "ONT+CLN" : v < 0.94 ? "CLN" : "HNK", null);
            default:
                if (u < 0.02) {
                    return v < 0.4 ? new Use("NTS", "Hợp tác xã Thủy sản " + name)
                            : v < 0.7 ? new Use("LUC", "Hợp tác xã Nông nghiệp " + name)
                            : v < 0.9 ? new Use("SKC", "Công ty Cổ phần " + company)
                            : new Use("SKS", "Công ty Cổ phần Than " + name + " - TKV");
                }
                return new Use(v < 0.33 ? "LUC" : v < 0.48 ? "LUK" : v < 0.65 ? "HNK" : v < 0.77 ? "CLN"
                        : v < 0.87 ? "NTS" : v < 0.95 ? "RSX" : "NKH", null);
        }
    }

    private Owner owner(Use use, LotKind kind, Population people, SplittableRandom rng) {
        double reuse = rng.nextDouble();
        double who = rng.nextDouble();
        int pick = rng.nextInt(1 << 30);
        if (use.organisation() != null) {
            return new Owner(null, List.of(), use.organisation());
        }
        double reuseRate = kind == LotKind.FIELD ? 0.95 : kind == LotKind.VILLAGE ? 0.7 : 0.72;
        Household h;
        if (!people.households.isEmpty() && reuse < reuseRate) {
            h = people.households.get(pick % people.households.size());
        } else {
            h = people.newHousehold(householdAddress(rng));
        }
        List<Person> users;
        if (h.spouse != null) {
            users = who < 0.55 ? List.of(h.head, h.spouse) : who < 0.92 ? List.of(h.head) : List.of(h.spouse);
        } else {
            users = List.of(h.head);
        }
        if (who > 0.97) {
            for (Person p : h.members) {
                if (p.relation.equals("Con") && p.adult()) {
                    users = List.of(p);
                    break;
                }
            }
        }
        return new Owner(h, users, null);
    }

    private String householdAddress(SplittableRandom rng) {
        if (plan.urban()) {
            String house = rng.nextDouble() < 0.4 ? "Số " + (1 + rng.nextInt(150)) + ", " : "";
            return house + "Tổ " + (1 + rng.nextInt(20)) + ", Khu " + khu + ", " + commune.fullName() + ", " + PROVINCE;
        }
        return hamletWord() + hamlets[rng.nextInt(2)] + ", " + commune.fullName() + ", " + PROVINCE;
    }

    /** A rural commune (xã) has villages (thôn); a ward or special zone has quarters (khu). */
    private String hamletWord() {
        return commune.type() == org.parcelrecon.core.admin.UnitType.XA ? "Thôn " : "Khu ";
    }

    /** The parcel's place in the commune, to which the commune's full name is appended. */
    private String addressPlace(LotKind kind, SplittableRandom rng) {
        return switch (kind) {
            case URBAN -> "Tổ " + (1 + rng.nextInt(20)) + ", Khu " + khu + ", ";
            case VILLAGE -> hamletWord() + hamlets[rng.nextInt(2)] + ", ";
            case FIELD -> "Xứ đồng " + FIELDS[rng.nextInt(FIELDS.length)] + ", ";
        };
    }

    // ---------------------------------------------------------------- maps and truth of the maps

    private void writeMaps(SheetGeometry geo, Map<Piece, Boolean> inMap, Use[] uses) {
        StringBuilder old = text[OutputFile.MAP_OLD.ordinal()];
        for (Piece p : geo.oldPieces) {
            feature(old, oldId(p), p, uses[p.slot].code());
            out.oldParcels++;
        }
        StringBuilder neu = text[OutputFile.MAP_NEW.ordinal()];
        for (Piece p : geo.newPieces) {
            if (inMap.get(p)) {
                feature(neu, newId(p), p, uses[p.slot].code());
                out.newParcelsInFile++;
            } else {
                truthError(-1, newId(p), InjectedError.MISSING_FROM_MAP, "map", "", "");
            }
        }
    }

    private void feature(StringBuilder b, String id, Piece p, String landUse) {
        if (b.length() > 0) {
            b.append(",\n");
        }
        b.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"").append(id)
                .append("\",\"so_to\":").append(sheet)
                .append(",\"so_thua\":").append(p.plot)
                .append(",\"commune_code\":\"").append(code)
                .append("\",\"area\":").append(Text.fixed(p.areaM2, 2))
                .append(",\"loai_dat\":\"").append(landUse)
                .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        long[] ring = p.ring;
        for (int i = 0; i < ring.length; i += 2) {
            if (i > 0) {
                b.append(',');
            }
            b.append('[');
            Text.thousandths(b, ring[i]);
            b.append(',');
            Text.thousandths(b, ring[i + 1]);
            b.append(']');
        }
        b.append("]]}}");
    }

    private void writeTruthChanges(SheetGeometry geo) {
        StringBuilder b = text[OutputFile.TRUTH_CHANGES.ordinal()];
        for (Group g : geo.groups) {
            ChangeClass cls = g.kind == null ? ChangeClass.UNCHANGED : g.kind.changeClass();
            boolean renumbered = g.kind != null && !g.keepsNumber() && !g.olds.isEmpty() && !g.news.isEmpty();
            StringBuilder ids = new StringBuilder();
            double newArea = 0;
            for (Piece p : g.news) {
                if (ids.length() > 0) {
                    ids.append(';');
                }
                ids.append(newId(p));
                newArea += p.areaM2;
            }
            String newAreaText = g.news.isEmpty() ? "" : Text.fixed(newArea, 2);
            if (g.olds.isEmpty()) {
                line(b, "", cls.name(), "false", ids.toString(), "", newAreaText);
                out.changes[cls.ordinal()]++;
            }
            for (Piece old : g.olds) {
                line(b, oldId(old), cls.name(), Boolean.toString(renumbered), ids.toString(), Text.fixed(old.areaM2, 2),
                        newAreaText);
                out.changes[cls.ordinal()]++;
            }
        }
    }

    private void writeTruthParcels(SheetGeometry geo, Use[] uses, Map<Piece, Owner> ownerOf, Map<Piece, String> stateOf,
                                   Map<Piece, Boolean> inMap) {
        StringBuilder b = text[OutputFile.TRUTH_PARCELS.ordinal()];
        for (Piece p : geo.newPieces) {
            line(b, newId(p), code, plan.oldCommune().code(), Integer.toString(sheet), Integer.toString(p.plot),
                    Text.fixed(p.areaM2, 2), uses[p.slot].code(), geo.slotKinds[p.slot].name(),
                    Boolean.toString(inMap.get(p)), stateOf.get(p), ownerOf.get(p).truthName());
        }
    }

    private void writeTruthSheet(SheetGeometry geo) {
        StringBuilder b = text[OutputFile.TRUTH_SHEETS.ordinal()];
        line(b, code, Integer.toString(sheet), plan.oldCommune().code(), plan.urban() ? "URBAN" : "RURAL",
                Text.fixed(geo.offsetE, 3), Text.fixed(geo.offsetN, 3),
                Integer.toString(geo.oldPieces.size()), Integer.toString(geo.newPieces.size()));
    }

    private void writePopulation(Population people) {
        StringBuilder b = text[OutputFile.POPULATION.ordinal()];
        for (Household h : people.households) {
            for (Person p : h.members) {
                if (!p.inPopulation) {
                    continue;
                }
                line(b, p.cccd, p.cmnd, p.fullName(), p.birthDate.toString(), p.female ? "Nữ" : "Nam", h.address, h.id,
                        p.relation);
                out.citizens++;
            }
        }
    }

    private static void line(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            Text.field(b, fields[i], i == 0);
        }
        b.append('\n');
    }

    // ---------------------------------------------------------------- register

    /** An injected error and the field it changed. */
    private record Detail(InjectedError kind, String field) {
    }

    /** A register row being written: its values as written and the errors behind them. */
    private static final class Row {
        String communeCode;
        String plot;
        String area;
        String landUse;
        String address;
        String serial;
        String name = "";
        String birthYear = "";
        String id = "";
        String citizen = "";
        boolean person;
        boolean inPopulation = true;
        /** True values of the fields that an error changed. */
        String trueCommune;
        String trueKey;
        String trueArea;
        String trueLandUse;
        String trueAddress;
        String trueName;
        String trueId;
        String trueYear;
        final List<InjectedError> errors = new ArrayList<>(4);
        /** Per injected error, the field it changed. */
        final List<Detail> details = new ArrayList<>(4);

        void error(InjectedError kind, String field) {
            errors.add(kind);
            details.add(new Detail(kind, field));
        }

        /** {true value, written value} of a field. */
        String[] values(String field, int sheet) {
            return switch (field) {
                case "commune_code" -> new String[] {trueCommune, communeCode};
                case "sheet/plot" -> new String[] {trueKey, sheet + "/" + plot};
                case "area_m2" -> new String[] {trueArea, area};
                case "land_use_code" -> new String[] {trueLandUse, landUse};
                case "address" -> new String[] {trueAddress, address};
                case "user_name" -> new String[] {trueName, name};
                case "id_number" -> new String[] {trueId, id};
                case "birth_year" -> new String[] {trueYear, birthYear};
                case "citizen" -> new String[] {citizen, ""};
                default -> throw new IllegalStateException("unknown field " + field);
            };
        }
    }

    private void writeRegister(List<Registration> registrations, Map<Piece, Boolean> inMap, SplittableRandom rng,
                               SheetGeometry geo) {
        int localRow = 0;
        StringBuilder register = text[OutputFile.REGISTER.ordinal()];
        StringBuilder truth = text[OutputFile.TRUTH_REGISTER.ordinal()];
        for (Registration r : registrations) {
            Row parcel = parcelValues(r, rng, geo);
            boolean missingFromMap = false;
            StringBuilder trueIds = new StringBuilder();
            for (Piece p : r.truthParcels()) {
                if (trueIds.length() > 0) {
                    trueIds.append(';');
                }
                trueIds.append(newId(p));
                missingFromMap |= !inMap.get(p);
            }
            List<Person> users = r.owner().users();
            int rowsOfRegistration = users.isEmpty() ? 1 : users.size();
            for (int u = 0; u < rowsOfRegistration; u++) {
                Row row = userValues(parcel, users.isEmpty() ? null : users.get(u), r, rng);
                if (missingFromMap) {
                    row.errors.add(InjectedError.MISSING_FROM_MAP);
                }
                boolean duplicate = rng.nextDouble() < errors.rate(InjectedError.DUPLICATE_ROW);
                int original = localRow;
                writeRow(register, truth, row, localRow++, r, trueIds, -1);
                if (duplicate) {
                    writeRow(register, truth, row, localRow, r, trueIds, original);
                    truthError(localRow, r.registeredId(), InjectedError.DUPLICATE_ROW, "row", "",
                            "copy of row " + Text.rowMark(original));
                    localRow++;
                }
            }
        }
        out.registerRows = localRow;
    }

    /** The values every row of a registration shares (commune, key, area, land use, address, certificate). */
    private Row parcelValues(Registration r, SplittableRandom rng, SheetGeometry geo) {
        Row row = new Row();
        Piece p = r.piece();
        AdminUnit unit = commune;
        boolean oldCodeEligible = !plan.oldCommune().code().equals(code);
        row.trueCommune = code;
        if (rng.nextDouble() < errors.rate(InjectedError.COMMUNE_CODE_OLD) && oldCodeEligible) {
            unit = plan.oldCommune();
            row.error(InjectedError.COMMUNE_CODE_OLD, "commune_code");
        }
        row.communeCode = unit.code();
        row.plot = Integer.toString(p.plot);
        StringBuilder keys = new StringBuilder();
        for (Piece t : r.truthParcels()) {
            keys.append(keys.length() > 0 ? ";" : "").append(sheet).append('/').append(t.plot);
        }
        row.trueKey = keys.toString();
        if (r.stale()) {
            row.error(InjectedError.KEY_OLD_SURVEY, "sheet/plot");
        }
        double area = r.stale() ? p.areaM2 : p.areaM2 * (1 + SheetGeometry.jitter(rng, 0.005));
        double off = rng.nextDouble();
        double factor = 1 + SheetGeometry.uniform(rng, 0.08, 0.35) * (rng.nextBoolean() ? 1 : -1);
        row.area = Text.fixed(area, 1);
        row.trueArea = row.area;
        if (off < errors.rate(InjectedError.AREA_OFF)) {
            row.area = Text.fixed(area * factor, 1);
            row.error(InjectedError.AREA_OFF, "area_m2");
        }
        String trueUse = r.use().code();
        row.trueLandUse = trueUse;
        row.landUse = trueUse;
        double lu = rng.nextDouble();
        double retired = Mistakes.hasRetiredForm(trueUse) ? errors.rate(InjectedError.LAND_USE_RETIRED) : 0;
        if (lu < retired) {
            row.landUse = Mistakes.retiredLandUse(trueUse, rng);
            row.error(InjectedError.LAND_USE_RETIRED, "land_use_code");
        } else if (lu < retired + errors.rate(InjectedError.LAND_USE_WRONG)) {
            row.landUse = Mistakes.wrongLandUse(trueUse);
            row.error(InjectedError.LAND_USE_WRONG, "land_use_code");
        }
        String place = addressPlace(geo.slotKinds[p.slot], rng);
        row.address = place + unit.fullName();
        row.trueAddress = place + commune.fullName();
        row.serial = serial(rng);
        return row;
    }

    private static String serial(SplittableRandom rng) {
        double u = rng.nextDouble();
        char first = "ABBBCCD".charAt(rng.nextInt(7));
        char second = (char) ('A' + rng.nextInt(26));
        if ((first == 'C' && (second == 'S' || second == 'H')) || (first == 'B' && second == 'C')) {
            second = 'N';
        }
        int number = rng.nextInt(1_000_000);
        if (u < 0.12) {
            return "";
        }
        if (u < 0.17) {
            return "A" + second + " " + pad(number * 97L % 100_000_000L, 8);
        }
        return "" + first + second + " " + pad(number, 6);
    }

    private static String pad(long value, int digits) {
        String s = Long.toString(value);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** A row of a registration for one user (null for an organisation), with the user's errors drawn. */
    private Row userValues(Row parcel, Person user, Registration r, SplittableRandom rng) {
        Row row = new Row();
        row.communeCode = parcel.communeCode;
        row.plot = parcel.plot;
        row.area = parcel.area;
        row.landUse = parcel.landUse;
        row.address = parcel.address;
        row.serial = parcel.serial;
        row.trueCommune = parcel.trueCommune;
        row.trueKey = parcel.trueKey;
        row.trueArea = parcel.trueArea;
        row.trueLandUse = parcel.trueLandUse;
        row.trueAddress = parcel.trueAddress;
        row.errors.addAll(parcel.errors);
        row.details.addAll(parcel.details);
        if (user == null) {
            row.name = r.owner().organisation();
            row.trueName = row.name;
            return row;
        }
        row.person = true;
        row.citizen = user.cccd;
        row.inPopulation = user.inPopulation;
        double typo = rng.nextDouble();
        double title = rng.nextDouble();
        double plain = rng.nextDouble();
        double caps = rng.nextDouble();
        double legacy = rng.nextDouble();
        double idDraw = rng.nextDouble();
        double yearDraw = rng.nextDouble();
        String name = user.fullName();
        row.trueName = name;
        if (typo < errors.rate(InjectedError.NAME_TYPO)) {
            name = Mistakes.typo(name, rng);
            row.error(InjectedError.NAME_TYPO, "user_name");
        }
        if (title < errors.rate(InjectedError.NAME_WITH_TITLE)) {
            name = Mistakes.withTitle(name, user.female, rng);
            row.error(InjectedError.NAME_WITH_TITLE, "user_name");
        }
        boolean stripped = plain < errors.rate(InjectedError.NAME_NO_DIACRITICS);
        if (stripped) {
            String plainName = Text.stripDiacritics(name);
            if (!plainName.equals(name)) {
                name = plainName;
                row.error(InjectedError.NAME_NO_DIACRITICS, "user_name");
            }
        }
        if (caps < errors.rate(InjectedError.NAME_ALL_CAPS)) {
            name = name.toUpperCase(java.util.Locale.ROOT);
            row.error(InjectedError.NAME_ALL_CAPS, "user_name");
        }
        if (!stripped) {
            double tcvn3 = errors.rate(InjectedError.TEXT_TCVN3);
            InjectedError kind = legacy < tcvn3 ? InjectedError.TEXT_TCVN3
                    : legacy < tcvn3 + errors.rate(InjectedError.TEXT_VNI) ? InjectedError.TEXT_VNI : null;
            if (kind != null) {
                TextEncoding encoding = kind == InjectedError.TEXT_TCVN3 ? TextEncoding.TCVN3 : TextEncoding.VNI_WINDOWS;
                String encodedName = VietnameseText.encodeLegacy(name, encoding);
                String encodedAddress = VietnameseText.encodeLegacy(row.address, encoding);
                row.errors.add(kind);
                if (!encodedName.equals(name)) {
                    row.details.add(new Detail(kind, "user_name"));
                }
                if (!encodedAddress.equals(row.address)) {
                    row.details.add(new Detail(kind, "address"));
                }
                name = encodedName;
                row.address = encodedAddress;
            }
        }
        row.name = name;

        String id = user.cccd;
        row.trueId = id;
        double acc = errors.rate(InjectedError.ID_OLD_CMND);
        if (idDraw < acc) {
            if (!user.cmnd.isEmpty()) {
                id = user.cmnd;
                row.error(InjectedError.ID_OLD_CMND, "id_number");
            }
        } else if (idDraw < (acc += errors.rate(InjectedError.ID_MISSING))) {
            id = "";
            row.error(InjectedError.ID_MISSING, "id_number");
        } else if (idDraw < (acc += errors.rate(InjectedError.ID_SCIENTIFIC))) {
            id = Mistakes.scientific(user.cccd, rng);
            row.error(InjectedError.ID_SCIENTIFIC, "id_number");
        } else if (idDraw < (acc += errors.rate(InjectedError.ID_LEADING_ZERO_LOST))) {
            id = Mistakes.leadingZerosLost(user.cccd);
            row.error(InjectedError.ID_LEADING_ZERO_LOST, "id_number");
        } else if (idDraw < acc + errors.rate(InjectedError.ID_SEPARATORS)) {
            id = Mistakes.separated(user.cccd, rng);
            row.error(InjectedError.ID_SEPARATORS, "id_number");
        }
        row.id = id;

        int year = user.birthYear();
        row.trueYear = Integer.toString(year);
        row.birthYear = row.trueYear;
        double wrong = errors.rate(InjectedError.BIRTH_YEAR_WRONG);
        if (yearDraw < wrong) {
            row.birthYear = Integer.toString(Mistakes.wrongYear(year, rng));
            row.error(InjectedError.BIRTH_YEAR_WRONG, "birth_year");
        } else if (yearDraw < wrong + errors.rate(InjectedError.BIRTH_YEAR_MISSING)) {
            row.birthYear = "";
            row.error(InjectedError.BIRTH_YEAR_MISSING, "birth_year");
        }
        if (!user.inPopulation) {
            row.error(InjectedError.USER_NOT_IN_POPULATION, "citizen");
        }
        return row;
    }

    private void writeRow(StringBuilder register, StringBuilder truth, Row row, int localRow, Registration r,
                          CharSequence trueIds, int duplicateOf) {
        Text.rowMark(register, localRow, true);
        Text.raw(register, row.communeCode, false);
        Text.raw(register, Integer.toString(sheet), false);
        Text.raw(register, row.plot, false);
        Text.raw(register, row.area, false);
        Text.field(register, row.landUse, false);
        Text.field(register, row.address, false);
        Text.field(register, row.serial, false);
        Text.field(register, row.name, false);
        Text.raw(register, row.birthYear, false);
        Text.field(register, row.id, false);
        register.append('\n');

        Text.rowMark(truth, localRow, true);
        Text.raw(truth, r.registeredId(), false);
        Text.field(truth, trueIds.toString(), false);
        Text.raw(truth, row.citizen, false);
        Text.raw(truth, row.person ? "PERSON" : "ORGANISATION", false);
        Text.raw(truth, Boolean.toString(row.inPopulation), false);
        Text.field(truth, r.use().code(), false);
        StringBuilder kinds = new StringBuilder();
        if (duplicateOf >= 0) {
            kinds.append(InjectedError.DUPLICATE_ROW.name());
        }
        for (InjectedError e : row.errors) {
            kinds.append(kinds.length() > 0 ? ";" : "").append(e.name());
        }
        Text.field(truth, kinds.toString(), false);
        if (duplicateOf >= 0) {
            Text.rowMark(truth, duplicateOf, false);
        } else {
            Text.raw(truth, "", false);
        }
        truth.append('\n');

        if (duplicateOf < 0) {
            for (Detail d : row.details) {
                String[] values = row.values(d.field(), sheet);
                truthError(localRow, r.registeredId(), d.kind(), d.field(), values[0], values[1]);
            }
        }
    }

    private void truthError(int localRow, String parcelId, InjectedError kind, String field, String trueValue,
                            String written) {
        StringBuilder b = text[OutputFile.TRUTH_ERRORS.ordinal()];
        if (localRow >= 0) {
            Text.rowMark(b, localRow, true);
        }
        Text.field(b, parcelId, false);
        Text.raw(b, kind.name(), false);
        Text.field(b, field, false);
        Text.field(b, trueValue, false);
        Text.field(b, written, false);
        b.append('\n');
        out.errors[kind.ordinal()]++;
    }
}
