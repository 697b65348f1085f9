package org.parcelrecon.reconcile.link;

import java.util.Arrays;
import java.util.List;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.matching.Table;
import org.parcelrecon.reconcile.read.RegisterEntry;

/**
 * The land users of a register, collected row by row as it is read, as the linking table the Vietnamese person
 * preset reads ({@code id, full_name, birth, citizen_id, commune, address}: the address is the parcel's, whose
 * village the preset compares with the citizen's): persons only, the first person of a row with the
 * row's birth year and ID. Remembers each row's line and first user so that a land user's link is found by
 * (line, user) later, when the row is read again commune by commune.
 *
 * <p>Rows must be added in file order (lines increasing). Not thread-safe while collecting.
 */
public final class LandUsers {
    static final List<String> COLUMNS = List.of("id", "full_name", "birth", "citizen_id", "commune", "address");

    private final Table.Builder table = Table.builder(COLUMNS);
    private final String[] cells = new String[COLUMNS.size()];
    private long[] lines = new long[1024];
    private int[] firstUser = new int[1024];
    private int[] leftRowOfUser = new int[1024];
    private int entries;
    private int users;

    /**
     * Adds a row's land users.
     *
     * @param entry a register row as read
     */
    public void add(RegisterEntry entry) {
        add(entry, null);
    }

    /**
     * Adds a row's land users with the parcel's address as written.
     *
     * @param entry   a register row as read
     * @param address the row's address cell (the parcel's: thôn/tổ, commune), or null when the register has none
     */
    public void add(RegisterEntry entry, String address) {
        if (entries > 0 && entry.line() <= lines[entries - 1]) {
            throw new IllegalArgumentException("rows must come in file order: line " + entry.line() + " after line "
                    + lines[entries - 1]);
        }
        if (entries == lines.length) {
            lines = Arrays.copyOf(lines, entries * 2);
            firstUser = Arrays.copyOf(firstUser, entries * 2);
        }
        lines[entries] = entry.line();
        firstUser[entries] = users;
        entries++;
        List<LandUser> landUsers = entry.row().landUsers();
        for (int u = 0; u < landUsers.size(); u++) {
            if (users == leftRowOfUser.length) {
                leftRowOfUser = Arrays.copyOf(leftRowOfUser, users * 2);
            }
            if (landUsers.get(u).organization()) {
                leftRowOfUser[users++] = -1;
                continue;
            }
            LandUser user = landUsers.get(u);
            int row = table.size();
            cells[0] = "U" + row;
            cells[1] = user.name();
            cells[2] = user.birthYear().isPresent() ? Integer.toString(user.birthYear().getAsInt()) : null;
            cells[3] = user.idNumber().orElse(null);
            cells[4] = entry.communeAsWritten();
            cells[5] = address;
            table.addRow(cells);
            leftRowOfUser[users++] = row;
        }
    }

    /** The persons, as a linking table. */
    Table table() {
        return table.build();
    }

    /** The lines of the rows added, in order. */
    long[] lines() {
        return Arrays.copyOf(lines, entries);
    }

    /** Each row's first land user's number. */
    int[] firstUser() {
        return Arrays.copyOf(firstUser, entries);
    }

    /** Each land user's row in {@link #table()}, or -1 for an organisation. */
    int[] leftRowOfUser() {
        return Arrays.copyOf(leftRowOfUser, users);
    }
}
