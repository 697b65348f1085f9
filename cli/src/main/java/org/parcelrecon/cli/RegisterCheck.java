package org.parcelrecon.cli;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.admin.CommuneResolution;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.name.NameCell;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.parcel.ParcelKey;
import org.parcelrecon.core.parcel.ParcelKeyParse;
import org.parcelrecon.core.parcel.ParcelKeys;
import org.parcelrecon.core.rule.RuleSet;
import org.parcelrecon.core.rule.builtin.BuiltInRules;
import org.parcelrecon.core.score.RecordScorer;
import org.parcelrecon.core.score.ScoreModel;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.core.text.DecodedText;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Checks a land register on its own, before map and population are joined: reads a register CSV, normalises every
 * row (commune code as of today, parcel key, land users' names, IDs), groups rows into records by parcel key and runs
 * the built-in rules that need neither a map nor a population (the map and linking rules are left out, and the
 * summary says so). Every input row comes out: in a record, or rejected with its line and reason.
 *
 * <p>Columns, by header name: {@code commune_code}, either {@code parcel} (a key in any register form) or
 * {@code sheet} and {@code plot}, {@code area_m2}, {@code land_use}, {@code certificate}, {@code user_name},
 * {@code birth_year}, {@code citizen_id}. Missing optional columns are empty values.
 */
final class RegisterCheck {
    /** Rules that need a map or a population, so mean nothing for a register alone. */
    static final List<String> NEEDS_MAP_OR_POPULATION = List.of("MAP_PARCEL_MISSING", "REGISTER_ROW_MISSING",
            "AREA_MISMATCH", "PARCEL_CHANGED_SINCE_SURVEY", "RENUMBERED", "USER_NOT_FOUND", "USER_AMBIGUOUS",
            "USER_NAME_MISMATCH", "USER_BIRTH_YEAR_MISMATCH");

    /** One input row that could not become part of a record; ID numbers in its reason and text are masked. */
    record Rejected(long line, String reason, String raw) {
        Rejected {
            reason = CitizenIds.maskWithin(reason);
            raw = CitizenIds.maskWithin(raw);
        }
    }

    /** The outcome: scored records in key order, rejected rows in line order, counts. */
    record Result(List<ScoredRecord> records, Map<RecordKey, List<Long>> linesByKey, List<Rejected> rejected,
                  long rowsRead, Map<Status, Integer> statusCounts) {
    }

    private final LocalDate registerDate;
    private final RecordScorer scorer;

    RegisterCheck(LocalDate registerDate) {
        this.registerDate = registerDate;
        RuleSet.Builder rules = RuleSet.builder().add(BuiltInRules.all());
        NEEDS_MAP_OR_POPULATION.forEach(rules::disable);
        this.scorer = RecordScorer.of(rules.build(), ScoreModel.standard());
    }

    Result run(Reader csv) throws IOException {
        Map<RecordKey, List<RegisterRow>> rowsByKey = new TreeMap<>(
                (a, b) -> a.toString().compareTo(b.toString()));
        Map<RecordKey, List<Long>> linesByKey = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        long rows = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (CSVRecord record : parser) {
                rows++;
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    rejected.add(new Rejected(line, "expected " + parser.getHeaderNames().size() + " fields, found "
                            + record.size(), String.join(",", record.toList())));
                    continue;
                }
                Map<String, String> row = record.toMap();
                ParcelKeyParse key = parcelKey(row);
                if (key instanceof ParcelKeyParse.Rejected r) {
                    rejected.add(new Rejected(line, "no parcel key: " + r.reason(), String.join(",", record.toList())));
                    continue;
                }
                ParcelKey parcel = ((ParcelKeyParse.Parsed) key).key();
                String communeAsWritten = get(row, "commune_code");
                RecordKey recordKey = new RecordKey(communeAsWritten, communeToday(communeAsWritten),
                        Integer.toString(parcel.sheet()), Integer.toString(parcel.plot()));
                rowsByKey.computeIfAbsent(recordKey, k -> new ArrayList<>()).add(registerRow(row, line));
                linesByKey.computeIfAbsent(recordKey, k -> new ArrayList<>()).add(line);
            }
        }
        List<ScoredRecord> scored = new ArrayList<>(rowsByKey.size());
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Map.Entry<RecordKey, List<RegisterRow>> e : rowsByKey.entrySet()) {
            Evidence.Builder evidence = Evidence.builder(e.getKey());
            e.getValue().forEach(evidence::addRow);
            ScoredRecord s = scorer.score(evidence.build());
            scored.add(s);
            counts.merge(s.status(), 1, Integer::sum);
        }
        return new Result(scored, linesByKey, rejected, rows, counts);
    }

    private ParcelKeyParse parcelKey(Map<String, String> row) {
        String text = get(row, "parcel");
        if (text.isEmpty()) {
            text = "tờ " + get(row, "sheet") + " thửa " + get(row, "plot");
        }
        return ParcelKeys.parse(text);
    }

    /** Today's code for a code as written: the successor of a pre-merger code where that is one unit. */
    private String communeToday(String written) {
        if (written.isBlank()) {
            return "unknown";
        }
        CommuneResolution r = AdministrativeUnits.quangNinh().resolve(written, registerDate);
        return r.currentUnit().map(u -> u.code()).orElse(written.strip());
    }

    private static RegisterRow registerRow(Map<String, String> row, long line) {
        RegisterRow.Builder b = RegisterRow.builder().sourceLine(line);
        String area = get(row, "area_m2");
        if (!area.isEmpty()) {
            try {
                double value = Double.parseDouble(area.replace(',', '.'));
                if (Double.isFinite(value) && value >= 0) {
                    b.registeredAreaM2(value);
                }
            } catch (NumberFormatException ignored) {
                // an unreadable area is an absent area: AREA_MISMATCH cannot judge it
            }
        }
        if (!get(row, "land_use").isEmpty()) {
            b.landUseCode(get(row, "land_use"));
        }
        if (!get(row, "certificate").isEmpty()) {
            b.certificateSerial(get(row, "certificate"));
        }
        String nameCell = get(row, "user_name");
        DecodedText decoded = VietnameseText.decode(nameCell);
        if (decoded.wasDecoded()) {
            b.addDecodedText(new LegacyText("user_name", nameCell, decoded.text(), decoded.encoding()));
        }
        NameCell cell = PersonNames.parse(nameCell);
        List<String> people = new ArrayList<>();
        if (cell.organization() || cell.names().isEmpty()) {
            people.add(cell.normalized().isEmpty() ? nameCell : cell.normalized());
        } else {
            cell.names().forEach(n -> people.add(n.fullName()));
        }
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).isBlank()) {
                continue;
            }
            LandUser.Builder user = LandUser.builder(people.get(i));
            if (i == 0) {
                String year = get(row, "birth_year");
                if (year.matches("\\d{4}")) {
                    user.birthYear(Integer.parseInt(year));
                }
                if (!get(row, "citizen_id").isEmpty()) {
                    user.idNumber(get(row, "citizen_id"));
                }
            }
            b.addLandUser(user.build());
        }
        return b.build();
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    static String codes(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(f.code().value());
        }
        return b.toString();
    }

    static String lower(Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
