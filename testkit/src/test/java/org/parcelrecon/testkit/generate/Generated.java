package org.parcelrecon.testkit.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One generated province shared by the test classes of this package (made once per test JVM), read back with
 * commons-csv and {@link GeneratedMaps}: 20,000 parcels over all 54 communes, default rates, seed 7.
 */
final class Generated {
    static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withParcels(20_000).withSeed(7);

    private static Generated instance;

    final GenerationReport report;
    final List<CSVRecord> register;
    final List<CSVRecord> population;
    final List<CSVRecord> truthRegister;
    final List<CSVRecord> truthChanges;
    final List<CSVRecord> truthParcels;
    final List<CSVRecord> truthErrors;
    final List<CSVRecord> truthSheets;
    final List<GeneratedMaps.Feature> oldMap;
    final List<GeneratedMaps.Feature> newMap;

    private Generated(GenerationReport report) throws IOException {
        this.report = report;
        register = csv(report.file(OutputFile.REGISTER));
        population = csv(report.file(OutputFile.POPULATION));
        truthRegister = csv(report.file(OutputFile.TRUTH_REGISTER));
        truthChanges = csv(report.file(OutputFile.TRUTH_CHANGES));
        truthParcels = csv(report.file(OutputFile.TRUTH_PARCELS));
        truthErrors = csv(report.file(OutputFile.TRUTH_ERRORS));
        truthSheets = csv(report.file(OutputFile.TRUTH_SHEETS));
        oldMap = GeneratedMaps.read(report.file(OutputFile.MAP_OLD));
        newMap = GeneratedMaps.read(report.file(OutputFile.MAP_NEW));
    }

    static synchronized Generated province() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("parcelrecon-testkit-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                instance = new Generated(ProvinceGenerator.of(SETTINGS).generate(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Records by the value of one column; the column's values must be unique. */
    static Map<String, CSVRecord> byColumn(List<CSVRecord> records, String column) {
        Map<String, CSVRecord> map = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            if (map.put(r.get(column), r) != null) {
                throw new IllegalStateException(column + " " + r.get(column) + " twice");
            }
        }
        return map;
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort in a shutdown hook
        }
    }
}
