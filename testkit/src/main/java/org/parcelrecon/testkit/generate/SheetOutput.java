package org.parcelrecon.testkit.generate;

import java.nio.charset.StandardCharsets;
import org.parcelrecon.core.evidence.ChangeClass;

/**
 * What one sheet adds to each output file, encoded, plus its counts. Register row numbers inside are local to the
 * sheet and marked ({@link Text#MARK}); the writer turns them into file-wide numbers.
 */
final class SheetOutput {
    final ProvincePlan.SheetPlan sheet;
    final byte[][] bytes = new byte[OutputFile.values().length][];
    int registerRows;
    int baseParcels;
    int oldParcels;
    int newParcelsInFile;
    int citizens;
    final long[] changes = new long[ChangeClass.values().length];
    final long[] errors = new long[InjectedError.values().length];

    SheetOutput(ProvincePlan.SheetPlan sheet) {
        this.sheet = sheet;
    }

    void put(OutputFile file, StringBuilder text) {
        bytes[file.ordinal()] = text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] get(OutputFile file) {
        return bytes[file.ordinal()];
    }
}
