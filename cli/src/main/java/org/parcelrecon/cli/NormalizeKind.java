package org.parcelrecon.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** The kinds of value {@code parcelrecon normalize} understands, by their command-line names. */
enum NormalizeKind {
    PARCEL_KEY("parcel-key"),
    NAME("name"),
    CITIZEN_ID("citizen-id"),
    TEXT("text");

    final String cliName;

    NormalizeKind(String cliName) {
        this.cliName = cliName;
    }

    static final class Converter implements CommandLine.ITypeConverter<NormalizeKind> {
        @Override
        public NormalizeKind convert(String value) {
            for (NormalizeKind k : values()) {
                if (k.cliName.equals(value.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown KIND '" + value + "'; use one of parcel-key, name, citizen-id, text");
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            ArrayList<String> names = new ArrayList<>();
            for (NormalizeKind k : values()) {
                names.add(k.cliName);
            }
            return names.iterator();
        }
    }
}
