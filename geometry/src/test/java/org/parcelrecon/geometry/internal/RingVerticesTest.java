package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

class RingVerticesTest {
    /**
     * The packed sequence's raw array is read as the sequence's getX/getY read it, whatever its dimension (XY, XYZ,
     * XYM, XYZM): the same vertices, repeats left out ({@code distinct}) or all kept ({@code all}), as from an object
     * sequence of the same coordinates.
     */
    @Test
    void readsAPackedSequenceAsItsGetXAndGetYDoWhateverItsDimension() {
        Random r = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int count = 1 + r.nextInt(30);
            Coordinate[] cs = new Coordinate[count];
            for (int i = 0; i < count; i++) {
                cs[i] = i > 0 && r.nextInt(4) == 0 ? cs[i - 1].copy()
                        : new Coordinate(500_000 + r.nextDouble() * 100, r.nextDouble() * 100);
            }
            if (trial % 50 == 0) {
                cs[r.nextInt(count)].y = Double.NaN;
            }
            int dim = 2 + trial % 3;
            int measures = dim == 4 || trial % 6 == 1 ? 1 : 0;
            CoordinateSequence packed = PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(cs.length, dim, measures);
            for (int i = 0; i < count; i++) {
                packed.setOrdinate(i, 0, cs[i].x);
                packed.setOrdinate(i, 1, cs[i].y);
                for (int o = 2; o < dim; o++) {
                    packed.setOrdinate(i, o, r.nextDouble()); // z or m: never read
                }
            }
            CoordinateSequence objects = new CoordinateArraySequence(count);
            for (int i = 0; i < count; i++) {
                objects.setOrdinate(i, 0, cs[i].x);
                objects.setOrdinate(i, 1, cs[i].y);
            }
            int read = count - trial % 2;
            double[] px = new double[count];
            double[] py = new double[count];
            double[] ox = new double[count];
            double[] oy = new double[count];
            int n = RingVertices.distinct(packed, read, px, py);
            assertThat(n).isEqualTo(RingVertices.distinct(objects, read, ox, oy));
            assertThat(px).containsExactly(ox);
            assertThat(py).containsExactly(oy);
            RingVertices.all(packed, read, px, py);
            RingVertices.all(objects, read, ox, oy);
            for (int i = 0; i < read; i++) {
                assertThat(Double.doubleToRawLongBits(px[i])).isEqualTo(Double.doubleToRawLongBits(cs[i].x))
                        .isEqualTo(Double.doubleToRawLongBits(ox[i]));
                assertThat(Double.doubleToRawLongBits(py[i])).isEqualTo(Double.doubleToRawLongBits(cs[i].y))
                        .isEqualTo(Double.doubleToRawLongBits(oy[i]));
            }
        }
    }
}
