package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.parcelrecon.core.admin.AdminUnit;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UnreadableCell;
import org.parcelrecon.core.name.NameCell;
import org.parcelrecon.core.name.PersonName;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.core.parcel.ParcelKey;
import org.parcelrecon.core.parcel.ParcelKeyParse;
import org.parcelrecon.core.parcel.ParcelKeys;
import org.parcelrecon.core.text.DecodedText;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import org.parcelrecon.core.text.VietnameseText;
import org.parcelrecon.matching.io.CsvRows;

/**
 * Reads a land register export (CSV with a header row) into typed {@link RegisterEntry} values: every value is
 * parsed once, here, and travels typed from then on.
 *
 * <p>Columns are found by header name ({@link RegisterField} lists the names recognised, English and Vietnamese,
 * with or without diacritics) or as the caller maps them. Text is UTF-8 (with or without byte-order mark), UTF-16
 * with a byte-order mark, or a Vietnamese code page (Windows-1258, TCVN3, VNI), detected by core's
 * {@link TextFiles} (see {@link #withEncoding} to name it). Per row:
 * <ul>
 *   <li>the parcel key from {@code sheet} and {@code plot}, or from a {@code parcel} cell in any register form
 *       ({@code "Thửa đất số 345, tờ bản đồ số 12"}); a row without a usable key is rejected with the reason;</li>
 *   <li>the commune code as written and today's code(s) for it through the 2025 crosswalk, as of the register
 *       date;</li>
 *   <li>the area in English or Vietnamese number format ({@code 1.234,5}); the birth year from a year or a date
 *       ({@code dd/MM/yyyy}, {@code yyyy-MM-dd}); a cell that cannot be read becomes an {@link UnreadableCell} on
 *       the row (a finding), never a silently empty value;</li>
 *   <li>the land users' name cell decoded from TCVN3/VNI when it was written in a legacy font, split into people
 *       (titles removed), each flagged person or organisation; the first person takes the birth year and ID.</li>
 * </ul>
 * A row with more or fewer cells than the header, or with a broken quote, is rejected with its line (matching's
 * {@link CsvRows}): a quote that is never closed costs its own row only, the lines after it are read as rows. Rejected rows keep their text with ID numbers masked.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegisterReader {
    private final AdministrativeUnits units;
    private final LocalDate registerDate;
    private final Map<RegisterField, String> mapping;
    private final TextFileEncoding encoding;

    private RegisterReader(AdministrativeUnits units, LocalDate registerDate, Map<RegisterField, String> mapping,
                           TextFileEncoding encoding) {
        this.units = units;
        this.registerDate = registerDate;
        this.mapping = mapping;
        this.encoding = encoding;
    }

    /**
     * {@return a reader for registers of this province, resolving commune codes as of {@code registerDate} (the date
     * the
     * register was written: a code retired before it is read as its successor)}
     *
     * @param units the province's units
     * @param registerDate the date the register was written
     */
    public static RegisterReader of(AdministrativeUnits units, LocalDate registerDate) {
        return new RegisterReader(Objects.requireNonNull(units, "units"),
                Objects.requireNonNull(registerDate, "registerDate"), Map.of(), TextFileEncoding.AUTO);
    }

    /**
     * {@return this reader, taking each mapped field from the named column instead of recognising it}
     *
     * @param columns which column each recognised field came from
     */
    public RegisterReader withColumns(Map<RegisterField, String> columns) {
        return new RegisterReader(units, registerDate, Map.copyOf(columns), encoding);
    }

    /**
     * {@return this reader, decoding files in this encoding instead of detecting it}
     *
     * @param value the encoding the files are in
     */
    public RegisterReader withEncoding(TextFileEncoding value) {
        return new RegisterReader(units, registerDate, mapping, Objects.requireNonNull(value, "encoding"));
    }

    /**
     * Reads the file.
     *
     * @throws IOException if it cannot be read, is empty, has no usable key columns, or holds bytes that are not
     *                     text in its encoding (the message names the file, the line and the option to set)
     * @param file the register's CSV file
     * @return the entries read and the rows rejected
     */
    public RegisterTable read(Path file) throws IOException {
        String source = String.valueOf(file.getFileName());
        try (Reader in = TextFiles.open(file, encoding)) {
            return read(in, source);
        } catch (IOException e) {
            throw withOption(e, "--register-encoding");
        }
    }

    /**
     * Reads a register from text; {@code source} names it in messages.
     *
     * @param source the file name
     * @param in the register's text
     * @return the entries read and the rows rejected
     * @throws IOException if the text cannot be read, is empty or has no usable key columns
     */
    public RegisterTable read(Reader in, String source) throws IOException {
        List<RegisterEntry> entries = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Scan scan = scan(in, source, new Sink() {
            @Override
            public void entry(RegisterEntry entry, List<String> cells) {
                entries.add(entry);
            }

            @Override
            public void rejected(RejectedRow row) {
                rejected.add(row);
            }
        });
        return new RegisterTable(source, scan.columns(), entries, rejected, scan.rowsRead());
    }

    /**
     * Reads the file row by row, handing each entry (with its cells as written) or rejection to {@code sink}, in
     * file order, without keeping them: a province register is read this way and spilled commune by commune.
     *
     * @throws IOException as {@link #read(Path)}
     * @param file the register's CSV file
     * @param sink gets each entry or rejection, in file order
     * @return the file's header, the columns recognised and the number of rows, once the file is read
     */
    public Scan scan(Path file, Sink sink) throws IOException {
        String source = String.valueOf(file.getFileName());
        try (Reader in = TextFiles.open(file, encoding)) {
            return scan(in, source, sink);
        } catch (IOException e) {
            throw withOption(e, "--register-encoding");
        }
    }

    /** Receives a scan's rows in file order. */
    public interface Sink {
        /**
         * The header row, before any row.
         *
         * @param header the header row as written
         * @throws IOException if the sink cannot take it; reading stops with it
         */
        default void header(List<String> header) throws IOException {
        }

        /**
         * Which column holds each field the reader recognised (after the header, before any row), e.g. for a sink
         * that reads a field the entry does not keep, such as the parcel's address.
         *
         * @param columns each recognised field's index in the header (and in each row's cells)
         * @throws IOException if the sink cannot take it; reading stops with it
         */
        default void columns(Map<RegisterField, Integer> columns) throws IOException {
        }

        /**
         * A row read, with its cells as written (in header order).
         *
         * @param entry the row's parsed entry
         * @param cells the row's cells as written
         * @throws IOException if the sink cannot take it; reading stops with it
         */
        void entry(RegisterEntry entry, List<String> cells) throws IOException;

        /**
         * A row that could not be read.
         *
         * @param row the row, its line and the reason
         * @throws IOException if the sink cannot take it; reading stops with it
         */
        void rejected(RejectedRow row) throws IOException;
    }

    /**
     * What a scan found.
     *
     * @param source   the file name
     * @param header   the header row as written
     * @param columns  which column each recognised field came from
     * @param rowsRead the data rows
     */
    public record Scan(String source, List<String> header, Map<RegisterField, String> columns, long rowsRead) {
        /**
         * Copies the collections.
         *
         * @param source the file name
         * @param header the header row as written
         * @param columns which column each recognised field came from
         * @param rowsRead the data rows
         */
        public Scan {
            header = List.copyOf(header);
            columns = columns.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(columns));
        }
    }

    /** Scans text; {@code source} names it in messages. */
    Scan scan(Reader in, String source, Sink sink) throws IOException {
        long rows = 0;
        Map<RegisterField, String> columns = new EnumMap<>(RegisterField.class);
        CsvRows csv = new CsvRows(in, ',', source);
        List<String> header = strip(csv.header());
        if (header.isEmpty()) {
            throw new IOException(source + ": empty file, or no header row; a register needs a header naming"
                    + " its columns (sheet and plot, or parcel)");
        }
        EnumMap<RegisterField, Integer> at = Headers.resolve(source, header, RegisterField.class,
                RegisterField::headers, mapping);
        if (!(at.containsKey(RegisterField.SHEET) && at.containsKey(RegisterField.PLOT))
                && !at.containsKey(RegisterField.PARCEL)) {
            throw new IOException(source + ": no sheet and plot columns (nor a parcel column) in the header "
                    + header + "; name them with --register-columns sheet=COLUMN,plot=COLUMN");
        }
        at.forEach((f, i) -> columns.put(f, header.get(i)));
        sink.header(header);
        sink.columns(java.util.Collections.unmodifiableMap(new EnumMap<>(at)));
        // rows are parsed in batches, in parallel, and handed on in file order
        Batch batch = new Batch(sink, header, at, source);
        for (CsvRows.Row row; (row = csv.next()) != null; ) {
            rows++;
            List<String> cells = strip(row.cells());
            if (row.rejection() != null) {
                batch.add(new RejectedRow(source, row.line(), row.rejection().reason(),
                        CitizenIds.maskWithin(String.join(",", cells))));
                continue;
            }
            batch.add(cells, row.line());
        }
        batch.flush();
        if (rows == 0) {
            throw new IOException(source + ": the register has a header but no rows");
        }
        return new Scan(source, header, columns, rows);
    }

    /** The cells without surrounding blanks (as a register's cells are meant). */
    private static List<String> strip(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c == null ? "" : c.strip());
        }
        return out;
    }

    /** Rows waiting to be parsed and handed on, in file order. */
    private final class Batch {
        private static final int SIZE = 2048;

        private final Sink sink;
        private final List<String> header;
        private final Map<RegisterField, Integer> at;
        private final String source;
        private final List<Object> items = new ArrayList<>(SIZE);
        private final List<Long> lines = new ArrayList<>(SIZE);

        Batch(Sink sink, List<String> header, Map<RegisterField, Integer> at, String source) {
            this.sink = sink;
            this.header = header;
            this.at = at;
            this.source = source;
        }

        void add(RejectedRow rejected) throws IOException {
            items.add(rejected);
            lines.add(rejected.line());
            if (items.size() == SIZE) {
                flush();
            }
        }

        void add(List<String> cells, long line) throws IOException {
            items.add(cells);
            lines.add(line);
            if (items.size() == SIZE) {
                flush();
            }
        }

        void flush() throws IOException {
            int n = items.size();
            Object[] parsed = new Object[n];
            java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
            range.parallel().forEach(i -> {
                Object item = items.get(i);
                @SuppressWarnings("unchecked")
                Object result = item instanceof RejectedRow ? item
                        : entry((List<String>) item, header, at, lines.get(i), source);
                parsed[i] = result;
            });
            for (int i = 0; i < n; i++) {
                if (parsed[i] instanceof RejectedRow r) {
                    sink.rejected(r);
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> cells = (List<String>) items.get(i);
                    sink.entry((RegisterEntry) parsed[i], cells);
                }
            }
            items.clear();
            lines.clear();
        }
    }

    /** An encoding failure names the option of this file ({@code --register-encoding}), not the generic one. */
    static IOException withOption(IOException e, String option) {
        String m = e.getMessage();
        return m != null && m.contains("--encoding") ? new IOException(m.replace("--encoding", option), e) : e;
    }

    /** A {@link RegisterEntry}, or a {@link RejectedRow} saying why not. */
    private Object entry(List<String> record, List<String> header, Map<RegisterField, Integer> at, long line,
                         String source) {
        String sheetCell = cell(record, at, RegisterField.SHEET);
        String plotCell = cell(record, at, RegisterField.PLOT);
        String keyText = !sheetCell.isEmpty() || !plotCell.isEmpty() || !at.containsKey(RegisterField.PARCEL)
                ? "tờ " + sheetCell + " thửa " + plotCell : cell(record, at, RegisterField.PARCEL);
        ParcelKeyParse parse = ParcelKeys.parse(keyText);
        if (parse instanceof ParcelKeyParse.Rejected r) {
            return new RejectedRow(source, line, "no parcel key: " + r.reason(),
                    CitizenIds.maskWithin(String.join(",", record)));
        }
        ParcelKey key = ((ParcelKeyParse.Parsed) parse).key();
        String commune = cell(record, at, RegisterField.COMMUNE);
        RegisterRow.Builder row = RegisterRow.builder().sourceLine(line);
        String areaCell = cell(record, at, RegisterField.AREA);
        if (!areaCell.isEmpty()) {
            OptionalDouble area = VietnameseNumbers.parseNonNegative(areaCell);
            if (area.isPresent()) {
                row.registeredAreaM2(area.getAsDouble());
            } else {
                row.addUnreadableCell(new UnreadableCell(header.get(at.get(RegisterField.AREA)),
                        CitizenIds.maskWithin(areaCell), "not an area in m² (a number such as 152.4 or 1.234,5)"));
            }
        }
        String landUse = cell(record, at, RegisterField.LAND_USE);
        if (!landUse.isEmpty()) {
            row.landUseCode(landUse);
        }
        String certificate = cell(record, at, RegisterField.CERTIFICATE);
        if (!certificate.isEmpty()) {
            row.certificateSerial(certificate);
        }
        addUsers(record, header, at, row);
        return new RegisterEntry(line, cell(record, at, RegisterField.ROW_NO), commune, communesToday(commune),
                key.sheet(), key.plot(), row.build());
    }

    private void addUsers(List<String> record, List<String> header, Map<RegisterField, Integer> at,
                          RegisterRow.Builder row) {
        String nameCell = cell(record, at, RegisterField.USER_NAME);
        if (nameCell.isEmpty()) {
            return;
        }
        DecodedText decoded = VietnameseText.decode(nameCell);
        if (decoded.wasDecoded()) {
            row.addDecodedText(new LegacyText(header.get(at.get(RegisterField.USER_NAME)), nameCell, decoded.text(),
                    decoded.encoding()));
        }
        NameCell cell = PersonNames.parse(nameCell);
        List<String> people = new ArrayList<>(2);
        // a cell that is no organisation but splits into no person (garbled text) is still one person, as written
        boolean organisation = cell.organization();
        if (organisation || cell.names().isEmpty()) {
            String name = cell.normalized().isBlank() ? decoded.text().strip() : cell.normalized();
            if (!name.isBlank()) {
                people.add(name);
            }
        } else {
            for (PersonName n : cell.names()) {
                people.add(n.fullName());
            }
        }
        String birthCell = cell(record, at, RegisterField.BIRTH);
        String idCell = cell(record, at, RegisterField.CITIZEN_ID);
        for (int i = 0; i < people.size(); i++) {
            LandUser.Builder user = LandUser.builder(people.get(i)).organization(organisation);
            if (i == 0) {
                if (!birthCell.isEmpty()) {
                    OptionalInt year = BirthYears.parse(birthCell);
                    if (year.isPresent()) {
                        user.birthYear(year.getAsInt());
                    } else {
                        row.addUnreadableCell(new UnreadableCell(header.get(at.get(RegisterField.BIRTH)),
                                CitizenIds.maskWithin(birthCell), "not a birth year or date (1966, 15/08/1966, 1966-08-15)"));
                    }
                }
                if (!idCell.isEmpty()) {
                    user.idNumber(idCell);
                }
            }
            row.addLandUser(user.build());
        }
    }

    /** Today's commune code(s) for a code as written: one for most, several for a split pre-2025 commune. */
    private List<String> communesToday(String written) {
        if (written.isEmpty()) {
            return List.of("-");
        }
        List<AdminUnit> candidates = units.resolve(written, registerDate).currentCandidates();
        if (candidates.isEmpty()) {
            return List.of(written);
        }
        List<String> codes = new ArrayList<>(candidates.size());
        for (AdminUnit u : candidates) {
            codes.add(u.code());
        }
        return codes;
    }

    private static String cell(List<String> record, Map<RegisterField, Integer> at, RegisterField field) {
        Integer i = at.get(field);
        return i == null ? "" : record.get(i).strip();
    }
}
