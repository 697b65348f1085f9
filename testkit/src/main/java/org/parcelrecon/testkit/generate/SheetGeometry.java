package org.parcelrecon.testkit.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The parcels of one map sheet in both survey periods, and how each changed.
 *
 * <h2>How parcels tile the ground</h2>
 * A sheet is filled with blocks between roads (4-10 m wide), left to right and top to bottom. A block is an
 * irregular quadrilateral (corners jittered by up to 1.5 m) split by a middle line into two rows of parcels back to
 * back, each row facing its road. A row is cut into parcels by cut lines from a point on the front (road) edge to a
 * point on the middle line. Consecutive cuts are ordered along both lines, so parcels never overlap; neighbours use
 * the very same vertices; and every vertex on the middle line, from either row, is a vertex of every parcel whose
 * edge it lies on (no T-junctions). Middle-line points sit on a 1 m lattice along that line, so two distinct
 * vertices there are at least 1 m apart and noise below 0.4 m cannot fold a parcel.
 *
 * <h2>Two periods</h2>
 * The base layout is cut once; the old survey shows the base parcels except {@link ChangeKind#NEW} ones, and the
 * new survey shows what the changes (split, merge, re-parcel, moved boundary, removal) leave. Coordinates are
 * rounded to millimetres; the old map's vertices are then moved by the sheet's offset and a per-vertex noise that
 * is a function of the vertex itself, so shared vertices stay shared.
 */
final class SheetGeometry {

    /** A block between roads: corners and middle line, in metres. */
    static final class Block {
        final LotKind kind;
        final double[] tl;
        final double[] tr;
        final double[] br;
        final double[] bl;
        final double[] ml;
        final double[] mr;
        final double topLength;
        final double bottomLength;
        final double middleLength;
        /** Middle-line positions used by parcels, per period, sorted; filled before rendering. */
        double[] oldMiddle = new double[0];
        double[] newMiddle = new double[0];

        Block(LotKind kind, double[] tl, double[] tr, double[] br, double[] bl, double[] ml, double[] mr) {
            this.kind = kind;
            this.tl = tl;
            this.tr = tr;
            this.br = br;
            this.bl = bl;
            this.ml = ml;
            this.mr = mr;
            this.topLength = dist(tl, tr);
            this.bottomLength = dist(bl, br);
            this.middleLength = dist(ml, mr);
        }
    }

    /** A parcel of one period: a stretch of a row between two cuts. */
    static final class Piece {
        final Block block;
        final boolean top;
        final double frontA;
        final double frontB;
        final double middleA;
        final double middleB;
        /** The base parcel whose land use and owner this parcel takes. */
        final int slot;
        int plot;
        /** The map id, set by whoever writes the parcel first. */
        String id;
        long[] ring;
        double areaM2;

        Piece(Block block, boolean top, double frontA, double frontB, double middleA, double middleB, int slot) {
            this.block = block;
            this.top = top;
            this.frontA = frontA;
            this.frontB = frontB;
            this.middleA = middleA;
            this.middleB = middleB;
            this.slot = slot;
        }

        Piece copy() {
            return new Piece(block, top, frontA, frontB, middleA, middleB, slot);
        }
    }

    /**
     * Old parcels and the new parcels they became. {@code kind} null means unchanged; {@link ChangeKind#NEW} has
     * no old parcel and {@link ChangeKind#REMOVED} no new one; {@link ChangeKind#BOUNDARY_ADJUSTED} is one group
     * per parcel (one old, one new).
     */
    static final class Group {
        final ChangeKind kind;
        final List<Piece> olds;
        final List<Piece> news;

        Group(ChangeKind kind, List<Piece> olds, List<Piece> news) {
            this.kind = kind;
            this.olds = olds;
            this.news = news;
        }

        /** Whether the new parcels keep the old parcel's plot number. */
        boolean keepsNumber() {
            return kind == null || kind == ChangeKind.BOUNDARY_ADJUSTED;
        }
    }

    final List<Block> blocks = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Piece> oldPieces = new ArrayList<>();
    final List<Piece> newPieces = new ArrayList<>();
    /** The kind of land of each base slot, by slot index. */
    LotKind[] slotKinds = new LotKind[0];
    int slots;
    double offsetE;
    double offsetN;

    private SheetGeometry() {
    }

    /**
     * Lays out, changes, numbers and renders one sheet.
     *
     * @param target     base parcels to lay out; fewer only if the frame fills up first, which with the sizes of
     *                   {@link LotKind} needs a sheet of 240 parcels whose blocks all come out near the smallest
     *                   length and widest parcels: practically never
     * @param frameLeft  west edge of the sheet's frame
     * @param frameTop   north edge of the sheet's frame
     * @param sheetSeed  the sheet's seed
     */
    static SheetGeometry build(GeneratorSettings settings, boolean urban, int target, double frameLeft,
                               double frameTop, long sheetSeed) {
        SheetGeometry g = new SheetGeometry();
        SplittableRandom layout = Seeds.random(sheetSeed, Seeds.LAYOUT);
        SplittableRandom changes = Seeds.random(sheetSeed, Seeds.CHANGES);
        g.layOut(settings, urban, target, frameLeft, frameTop, layout, changes);
        g.number();
        SplittableRandom distortion = Seeds.random(sheetSeed, Seeds.DISTORTION);
        double angle = distortion.nextDouble() * 2 * Math.PI;
        double radius = settings.maxOffsetM() * Math.sqrt(distortion.nextDouble());
        g.offsetE = Math.round(radius * Math.cos(angle) * 1000) / 1000.0;
        g.offsetN = Math.round(radius * Math.sin(angle) * 1000) / 1000.0;
        g.render(settings.maxNoiseM(), Seeds.of(sheetSeed, Seeds.DISTORTION, 2));
        return g;
    }

    private void layOut(GeneratorSettings settings, boolean urban, int target, double frameLeft, double frameTop,
                        SplittableRandom rng, SplittableRandom changeRng) {
        double margin = settings.maxOffsetM() + 3;
        double right = frameLeft + ProvincePlan.FRAME_M - margin;
        double bottom = frameTop - ProvincePlan.FRAME_M + margin;
        double x = frameLeft + margin;
        double y = frameTop - margin;
        double rowHeight = 0;
        List<LotKind> kinds = new ArrayList<>();
        int remaining = target;
        ChangeRates rates = settings.changeRates();
        while (remaining > 0) {
            LotKind kind = urban ? LotKind.URBAN : rng.nextDouble() < 0.35 ? LotKind.VILLAGE : LotKind.FIELD;
            double length = uniform(rng, kind.minLength, kind.maxLength);
            double depthTop = uniform(rng, kind.minDepth, kind.maxDepth);
            double depthBottom = uniform(rng, kind.minDepth, kind.maxDepth);
            double road = uniform(rng, 4, 10);
            if (x + length > right) {
                x = frameLeft + margin;
                y -= rowHeight + road;
                rowHeight = 0;
            }
            if (y - depthTop - depthBottom < bottom) {
                break;
            }
            double depth = depthTop + depthBottom;
            double[] tl = {x + jitter(rng, 1.5), y + jitter(rng, 1.5)};
            double[] tr = {x + length + jitter(rng, 1.5), y + jitter(rng, 1.5)};
            double[] bl = {x + jitter(rng, 1.5), y - depth + jitter(rng, 1.5)};
            double[] br = {x + length + jitter(rng, 1.5), y - depth + jitter(rng, 1.5)};
            double[] ml = {x + jitter(rng, 1.0), y - depthTop + jitter(rng, 1.0)};
            double[] mr = {x + length + jitter(rng, 1.0), y - depthTop + jitter(rng, 1.0)};
            Block block = new Block(kind, tl, tr, br, bl, ml, mr);
            blocks.add(block);
            x += length + road;
            rowHeight = Math.max(rowHeight, depth);

            double[][] topCuts = cuts(rng, kind, block.topLength, block.middleLength);
            double[][] bottomCuts = cuts(rng, kind, block.bottomLength, block.middleLength);
            int topSlots = Math.min(topCuts[0].length - 1, remaining);
            int bottomSlots = Math.min(bottomCuts[0].length - 1, remaining - topSlots);
            remaining -= topSlots + bottomSlots;
            changeRow(block, true, topCuts, topSlots, rates, changeRng, kinds);
            changeRow(block, false, bottomCuts, bottomSlots, rates, changeRng, kinds);
        }
        slotKinds = kinds.toArray(new LotKind[0]);
        slots = slotKinds.length;
    }

    /** Cut positions of one row: {front positions, middle positions}, first 0, last the lines' lengths. */
    private static double[][] cuts(SplittableRandom rng, LotKind kind, double frontLength, double middleLength) {
        double[] front = new double[16];
        int n = 0;
        front[n++] = 0;
        double pos = 0;
        while (true) {
            double w = uniform(rng, kind.minWidth, kind.maxWidth);
            if (pos + w > frontLength - kind.minWidth) {
                break;
            }
            pos += w;
            if (n == front.length) {
                front = Arrays.copyOf(front, n * 2);
            }
            front[n++] = pos;
        }
        double[] middle = new double[n + 1];
        double[] kept = new double[n + 1];
        int k = 0;
        kept[k] = 0;
        middle[k++] = 0;
        for (int i = 1; i < n; i++) {
            double m = Math.round(front[i] * middleLength / frontLength + jitter(rng, kind.cutSlant));
            m = Math.max(m, Math.ceil(middle[k - 1] + kind.minMiddleWidth));
            if (m > middleLength - kind.minMiddleWidth) {
                break;
            }
            kept[k] = front[i];
            middle[k++] = m;
        }
        kept[k] = frontLength;
        middle[k++] = middleLength;
        return new double[][] {Arrays.copyOf(kept, k), Arrays.copyOf(middle, k)};
    }

    /** Draws the changes of one row of {@code n} base slots and records groups and pieces. */
    private void changeRow(Block block, boolean top, double[][] cuts, int n, ChangeRates rates,
                           SplittableRandom rng, List<LotKind> kinds) {
        if (n == 0) {
            return;
        }
        double[] f = cuts[0];
        double[] m = cuts[1];
        int firstSlot = kinds.size();
        for (int i = 0; i < n; i++) {
            kinds.add(block.kind);
        }
        boolean[] isNew = new boolean[n];
        double newRate = rates.rate(ChangeKind.NEW);
        for (int i = 0; i < n; i++) {
            isNew[i] = rng.nextDouble() < newRate;
        }
        LotKind kind = block.kind;
        int j = 0;
        while (j < n) {
            int slot = firstSlot + j;
            if (isNew[j]) {
                add(new Group(ChangeKind.NEW, List.of(), List.of(piece(block, top, f, m, j, j + 1, slot))));
                j++;
                continue;
            }
            ChangeKind change = draw(rates, rng.nextDouble());
            int available = 0;
            while (j + available < n && !isNew[j + available]) {
                available++;
            }
            Group group = null;
            int used = 1;
            if (change != null) {
                switch (change) {
                    case SPLIT_2, SPLIT_3 -> group = split(block, top, f, m, j, slot, change == ChangeKind.SPLIT_2 ? 2 : 3, rng);
                    case MERGE_2, MERGE_3 -> {
                        int k = change == ChangeKind.MERGE_2 ? 2 : 3;
                        if (available >= k) {
                            group = new Group(change, olds(block, top, f, m, j, k, slot),
                                    List.of(piece(block, top, f, m, j, j + k, slot)));
                            used = k;
                        }
                    }
                    case REPARCEL -> {
                        int k = 2 + rng.nextInt(3);
                        int parts = Math.max(2, k - 1 + rng.nextInt(3));
                        if (available >= k) {
                            group = reparcel(block, top, f, m, j, k, parts, slot, rng);
                            used = k;
                        }
                    }
                    case BOUNDARY_ADJUSTED -> {
                        if (available >= 2 && adjustBoundary(block, top, f, m, j, slot, rng)) {
                            used = 2;
                            j += used;
                            continue;
                        }
                    }
                    case RENUMBERED -> group = new Group(change, List.of(piece(block, top, f, m, j, j + 1, slot)),
                            List.of(piece(block, top, f, m, j, j + 1, slot)));
                    case REMOVED -> group = new Group(change, List.of(piece(block, top, f, m, j, j + 1, slot)), List.of());
                    case NEW -> throw new IllegalStateException("NEW is drawn per slot, not per change");
                }
            }
            if (group == null) {
                group = new Group(null, List.of(piece(block, top, f, m, j, j + 1, slot)),
                        List.of(piece(block, top, f, m, j, j + 1, slot)));
                used = 1;
            }
            add(group);
            j += used;
        }
    }

    private void add(Group group) {
        groups.add(group);
        oldPieces.addAll(group.olds);
        newPieces.addAll(group.news);
    }

    private static ChangeKind draw(ChangeRates rates, double u) {
        double acc = 0;
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind == ChangeKind.NEW) {
                continue;
            }
            acc += rates.rate(kind);
            if (u < acc) {
                return kind;
            }
        }
        return null;
    }

    private static Piece piece(Block block, boolean top, double[] f, double[] m, int from, int to, int slot) {
        return new Piece(block, top, f[from], f[to], m[from], m[to], slot);
    }

    private static List<Piece> olds(Block block, boolean top, double[] f, double[] m, int j, int k, int slot) {
        List<Piece> list = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            list.add(piece(block, top, f, m, j + i, j + i + 1, slot + i));
        }
        return list;
    }

    /** Cuts slot {@code j} into {@code parts}; null (unchanged) when the parts would be too narrow. */
    private static Group split(Block block, boolean top, double[] f, double[] m, int j, int slot, int parts,
                               SplittableRandom rng) {
        LotKind kind = block.kind;
        double fa = f[j];
        double fb = f[j + 1];
        double ma = m[j];
        double mb = m[j + 1];
        double[] nf = new double[parts + 1];
        double[] nm = new double[parts + 1];
        nf[0] = fa;
        nm[0] = ma;
        nf[parts] = fb;
        nm[parts] = mb;
        for (int i = 1; i < parts; i++) {
            double t = (i + jitter(rng, 0.15)) / parts;
            nf[i] = fa + t * (fb - fa);
            nm[i] = Math.round(ma + t * (mb - ma) + jitter(rng, 0.5));
        }
        if (!wideEnough(nf, nm, kind)) {
            return null;
        }
        List<Piece> news = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            news.add(new Piece(block, top, nf[i], nf[i + 1], nm[i], nm[i + 1], slot));
        }
        return new Group(parts == 2 ? ChangeKind.SPLIT_2 : ChangeKind.SPLIT_3,
                List.of(piece(block, top, f, m, j, j + 1, slot)), news);
    }

    /** Re-cuts slots {@code j .. j+k-1} into {@code parts} with no cut within 1.5 m of an old one. */
    private static Group reparcel(Block block, boolean top, double[] f, double[] m, int j, int k, int parts, int slot,
                                  SplittableRandom rng) {
        LotKind kind = block.kind;
        double fa = f[j];
        double fb = f[j + k];
        double ma = m[j];
        double mb = m[j + k];
        double[] nf = new double[parts + 1];
        double[] nm = new double[parts + 1];
        nf[0] = fa;
        nm[0] = ma;
        nf[parts] = fb;
        nm[parts] = mb;
        for (int i = 1; i < parts; i++) {
            double t = (i + jitter(rng, 0.2)) / parts;
            double front = fa + t * (fb - fa);
            for (int o = j + 1; o < j + k; o++) {
                if (Math.abs(front - f[o]) < 1.5) {
                    front = f[o] + (front < f[o] ? -2.0 : 2.0);
                }
            }
            nf[i] = front;
            nm[i] = Math.round(ma + (front - fa) / (fb - fa) * (mb - ma) + jitter(rng, 0.5));
        }
        if (!wideEnough(nf, nm, kind)) {
            return null;
        }
        List<Piece> news = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            news.add(new Piece(block, top, nf[i], nf[i + 1], nm[i], nm[i + 1], slot));
        }
        return new Group(ChangeKind.REPARCEL, olds(block, top, f, m, j, k, slot), news);
    }

    /** Moves the cut between slots {@code j} and {@code j+1}; false (nothing recorded) when there is no room. */
    private boolean adjustBoundary(Block block, boolean top, double[] f, double[] m, int j, int slot,
                                   SplittableRandom rng) {
        LotKind kind = block.kind;
        double shift = uniform(rng, kind.minBoundaryShift, kind.maxBoundaryShift) * (rng.nextBoolean() ? 1 : -1);
        double nf = f[j + 1] + shift;
        double nm = m[j + 1] + Math.signum(shift) * Math.max(1, Math.round(Math.abs(shift)));
        if (!wideEnough(new double[] {f[j], nf, f[j + 2]}, new double[] {m[j], nm, m[j + 2]}, kind)) {
            return false;
        }
        Piece left = new Piece(block, top, f[j], nf, m[j], nm, slot);
        Piece right = new Piece(block, top, nf, f[j + 2], nm, m[j + 2], slot + 1);
        add(new Group(ChangeKind.BOUNDARY_ADJUSTED, List.of(piece(block, top, f, m, j, j + 1, slot)), List.of(left)));
        add(new Group(ChangeKind.BOUNDARY_ADJUSTED, List.of(piece(block, top, f, m, j + 1, j + 2, slot + 1)),
                List.of(right)));
        return true;
    }

    private static boolean wideEnough(double[] front, double[] middle, LotKind kind) {
        for (int i = 1; i < front.length; i++) {
            if (front[i] - front[i - 1] < kind.minChangedWidth || middle[i] - middle[i - 1] < Math.min(3, kind.minChangedWidth)) {
                return false;
            }
        }
        return true;
    }

    /** Plot numbers: old parcels 1..n in order; new ones keep theirs or get n+1, n+2, ... in order. */
    private void number() {
        int plot = 0;
        for (Piece p : oldPieces) {
            p.plot = ++plot;
        }
        int next = plot;
        for (Group g : groups) {
            for (int i = 0; i < g.news.size(); i++) {
                Piece p = g.news.get(i);
                p.plot = g.keepsNumber() ? g.olds.get(i).plot : ++next;
            }
        }
    }

    private void render(double maxNoiseM, long noiseSeed) {
        for (Block b : blocks) {
            b.oldMiddle = new double[0];
            b.newMiddle = new double[0];
        }
        collectMiddles(oldPieces, true);
        collectMiddles(newPieces, false);
        long offE = Math.round(offsetE * 1000);
        long offN = Math.round(offsetN * 1000);
        long noiseMm = Math.round(maxNoiseM * 1000);
        for (Piece p : oldPieces) {
            long[] ring = ring(p, p.block.oldMiddle);
            for (int i = 0; i < ring.length; i += 2) {
                long x = ring[i];
                long y = ring[i + 1];
                long h = Seeds.of(noiseSeed, x, y);
                double angle = Seeds.unit(h) * 2 * Math.PI;
                double r = noiseMm * Math.sqrt(Seeds.unit(Seeds.mix(h)));
                ring[i] = x + offE + Math.round(r * Math.cos(angle));
                ring[i + 1] = y + offN + Math.round(r * Math.sin(angle));
            }
            finish(p, ring);
        }
        for (Piece p : newPieces) {
            finish(p, ring(p, p.block.newMiddle));
        }
    }

    private static void finish(Piece p, long[] ring) {
        double twiceArea = twiceSignedArea(ring);
        if (twiceArea < 0) {
            reverse(ring);
            twiceArea = -twiceArea;
        }
        p.ring = ring;
        p.areaM2 = twiceArea / 2 / 1_000_000.0;
    }

    private void collectMiddles(List<Piece> pieces, boolean old) {
        Block current = null;
        double[] buffer = new double[64];
        int n = 0;
        for (int i = 0; i <= pieces.size(); i++) {
            Block b = i < pieces.size() ? pieces.get(i).block : null;
            if (b != current && current != null) {
                double[] sorted = Arrays.copyOf(buffer, n);
                Arrays.sort(sorted);
                double[] merged = old ? concatSorted(current.oldMiddle, sorted) : concatSorted(current.newMiddle, sorted);
                if (old) {
                    current.oldMiddle = merged;
                } else {
                    current.newMiddle = merged;
                }
                n = 0;
            }
            current = b;
            if (b == null) {
                break;
            }
            if (n + 2 > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[n++] = pieces.get(i).middleA;
            buffer[n++] = pieces.get(i).middleB;
        }
    }

    private static double[] concatSorted(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (k == 0 || all[i] != all[k - 1]) {
                all[k++] = all[i];
            }
        }
        return Arrays.copyOf(all, k);
    }

    /** The closed ring of a piece in millimetres, with the period's middle-line vertices between its cuts. */
    private static long[] ring(Piece p, double[] middle) {
        Block b = p.block;
        int lo = Arrays.binarySearch(middle, p.middleA);
        int hi = Arrays.binarySearch(middle, p.middleB);
        if (lo < 0 || hi < 0) {
            throw new IllegalStateException("middle position not collected");
        }
        int inner = hi - lo - 1;
        long[] ring = new long[(4 + inner + 1) * 2];
        int k = 0;
        double[] fs = p.top ? b.tl : b.bl;
        double[] fe = p.top ? b.tr : b.br;
        double frontLength = p.top ? b.topLength : b.bottomLength;
        if (p.top) {
            k = put(ring, k, along(fs, fe, p.frontA, frontLength));
            k = put(ring, k, along(fs, fe, p.frontB, frontLength));
            k = put(ring, k, along(b.ml, b.mr, p.middleB, b.middleLength));
            for (int i = hi - 1; i > lo; i--) {
                k = put(ring, k, along(b.ml, b.mr, middle[i], b.middleLength));
            }
            k = put(ring, k, along(b.ml, b.mr, p.middleA, b.middleLength));
        } else {
            k = put(ring, k, along(fs, fe, p.frontA, frontLength));
            k = put(ring, k, along(b.ml, b.mr, p.middleA, b.middleLength));
            for (int i = lo + 1; i < hi; i++) {
                k = put(ring, k, along(b.ml, b.mr, middle[i], b.middleLength));
            }
            k = put(ring, k, along(b.ml, b.mr, p.middleB, b.middleLength));
            k = put(ring, k, along(fs, fe, p.frontB, frontLength));
        }
        ring[k++] = ring[0];
        ring[k++] = ring[1];
        return ring;
    }

    private static int put(long[] ring, int k, long[] xy) {
        ring[k] = xy[0];
        ring[k + 1] = xy[1];
        return k + 2;
    }

    /** The point at {@code pos} metres from {@code a} towards {@code b} (whose distance is {@code length}), in mm. */
    private static long[] along(double[] a, double[] b, double pos, double length) {
        double x;
        double y;
        if (pos <= 0) {
            x = a[0];
            y = a[1];
        } else if (pos >= length) {
            x = b[0];
            y = b[1];
        } else {
            double t = pos / length;
            x = a[0] + (b[0] - a[0]) * t;
            y = a[1] + (b[1] - a[1]) * t;
        }
        return new long[] {Math.round(x * 1000), Math.round(y * 1000)};
    }

    static double twiceSignedArea(long[] ring) {
        // shoelace on coordinates relative to the first vertex, to keep the products small
        long x0 = ring[0];
        long y0 = ring[1];
        double sum = 0;
        for (int i = 2; i + 3 < ring.length; i += 2) {
            double ax = ring[i] - x0;
            double ay = ring[i + 1] - y0;
            double bx = ring[i + 2] - x0;
            double by = ring[i + 3] - y0;
            sum += ax * by - bx * ay;
        }
        return sum;
    }

    private static void reverse(long[] ring) {
        int points = ring.length / 2;
        for (int i = 0, j = points - 1; i < j; i++, j--) {
            long x = ring[2 * i];
            long y = ring[2 * i + 1];
            ring[2 * i] = ring[2 * j];
            ring[2 * i + 1] = ring[2 * j + 1];
            ring[2 * j] = x;
            ring[2 * j + 1] = y;
        }
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    static double jitter(SplittableRandom rng, double max) {
        return (rng.nextDouble() * 2 - 1) * max;
    }
}
