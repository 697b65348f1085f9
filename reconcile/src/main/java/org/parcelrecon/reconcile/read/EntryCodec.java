package org.parcelrecon.reconcile.read;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.LegacyText;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UnreadableCell;
import org.parcelrecon.core.text.TextEncoding;

/**
 * Writes a {@link RegisterEntry} as bytes and reads it back equal, so that a spilled register is read back without
 * parsing a row twice (names, keys and legacy text are parsed once, in the first pass). Land users' links are not
 * part of an entry. Strings are written as UTF-8 with an int length (no 64 KB limit).
 */
final class EntryCodec {
    private static final int NONE = Integer.MIN_VALUE;

    private EntryCodec() {
    }

    static void write(DataOutput out, RegisterEntry e) throws IOException {
        out.writeLong(e.line());
        string(out, e.rowNo());
        string(out, e.communeAsWritten());
        out.writeShort(e.communeCandidates().size());
        for (String c : e.communeCandidates()) {
            string(out, c);
        }
        out.writeInt(e.sheet());
        out.writeInt(e.plot());
        RegisterRow row = e.row();
        out.writeLong(row.sourceLine().isPresent() ? row.sourceLine().getAsLong() : Long.MIN_VALUE);
        out.writeDouble(row.registeredAreaM2().isPresent() ? row.registeredAreaM2().getAsDouble() : Double.NaN);
        optional(out, row.landUseCode());
        optional(out, row.certificateSerial());
        out.writeShort(row.landUsers().size());
        for (LandUser u : row.landUsers()) {
            string(out, u.name());
            out.writeInt(u.birthYear().isPresent() ? u.birthYear().getAsInt() : NONE);
            optional(out, u.idNumber());
            out.writeBoolean(u.organization());
        }
        out.writeShort(row.decodedTexts().size());
        for (LegacyText t : row.decodedTexts()) {
            string(out, t.field());
            string(out, t.asWritten());
            string(out, t.decoded());
            string(out, t.encoding().name());
        }
        out.writeShort(row.unreadableCells().size());
        for (UnreadableCell c : row.unreadableCells()) {
            string(out, c.column());
            string(out, c.value());
            string(out, c.reason());
        }
    }

    static RegisterEntry read(DataInput in) throws IOException {
        long line = in.readLong();
        String rowNo = string(in);
        String commune = string(in);
        int n = in.readShort();
        List<String> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            candidates.add(string(in));
        }
        int sheet = in.readInt();
        int plot = in.readInt();
        long source = in.readLong();
        double area = in.readDouble();
        Optional<String> landUse = optional(in);
        Optional<String> certificate = optional(in);
        int users = in.readShort();
        List<LandUser> landUsers = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            String name = string(in);
            int year = in.readInt();
            Optional<String> id = optional(in);
            boolean organization = in.readBoolean();
            landUsers.add(new LandUser(name, year == NONE ? OptionalInt.empty() : OptionalInt.of(year), id,
                    Optional.empty(), organization));
        }
        int texts = in.readShort();
        List<LegacyText> decoded = new ArrayList<>(texts);
        for (int i = 0; i < texts; i++) {
            decoded.add(new LegacyText(string(in), string(in), string(in), TextEncoding.valueOf(string(in))));
        }
        int cells = in.readShort();
        List<UnreadableCell> unreadable = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            unreadable.add(new UnreadableCell(string(in), string(in), string(in)));
        }
        RegisterRow row = new RegisterRow(source == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(source),
                Double.isNaN(area) ? OptionalDouble.empty() : OptionalDouble.of(area), landUse, certificate,
                landUsers, decoded, unreadable);
        return new RegisterEntry(line, rowNo, commune, candidates, sheet, plot, row);
    }

    private static void string(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void optional(DataOutput out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            string(out, s.get());
        }
    }

    private static Optional<String> optional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }
}
