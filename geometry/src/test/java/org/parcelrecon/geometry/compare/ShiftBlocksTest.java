package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The offset search's vote count: the dense grid against the sorted reference it replaced. */
class ShiftBlocksTest {
    @Test
    void densestBlockIsTheReferencesOnRandomShiftsWithManyTies() {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            // few distinct cells around an origin that moves, so that equal blocks and equal norms are common
            int n = 1 + random.nextInt(round % 10 == 0 ? 2000 : 60);
            int spread = 1 + random.nextInt(round % 3 == 0 ? 4 : 120);
            int ox = random.nextInt(7) - 3;
            int oy = random.nextInt(7) - 3;
            int[] cx = new int[n];
            int[] cy = new int[n];
            for (int j = 0; j < n; j++) {
                cx[j] = ox + random.nextInt(2 * spread + 1) - spread;
                cy[j] = oy + random.nextInt(2 * spread + 1) - spread;
            }
            assertThat(ShiftBlocks.densest(cx, cy, n)).as("round %d", round)
                    .isEqualTo(ShiftBlocks.densestBySort(cx, cy, n));
        }
    }

    @Test
    void symmetricCellsTieOnCountAndNormAndTheSmallerKeyWins() {
        // four single shifts at the same distance from the origin, far apart: every block holds one
        int[] cx = {5, -5, 0, 0};
        int[] cy = {0, 0, 5, -5};
        long expected = ShiftBlocks.key(-5, 0);
        assertThat(ShiftBlocks.densestBySort(cx, cy, 4)).isEqualTo(expected);
        assertThat(ShiftBlocks.densest(cx, cy, 4)).isEqualTo(expected);
        // cy = -5 and cy = 5 at cx = 0: the key compares cy's bits unsigned, so 5 comes before -5
        assertThat(ShiftBlocks.densest(new int[] {0, 0}, new int[] {-5, 5}, 2)).isEqualTo(ShiftBlocks.key(0, 5));
    }

    @Test
    void aSpanTooWideForTheGridTakesTheReference() {
        int[] cx = {-2_000_000, 1_500_000, 1_500_001, 7};
        int[] cy = {3, -1_000_000, -1_000_000, 7};
        assertThat(ShiftBlocks.densest(cx, cy, 4)).isEqualTo(ShiftBlocks.key(1_500_000, -1_000_000))
                .isEqualTo(ShiftBlocks.densestBySort(cx, cy, 4));
    }

    @Test
    void theGridIsLeftEmptyForTheNextCall() {
        int[] cx = {1, 1, 1, 9};
        int[] cy = {1, 1, 1, 9};
        assertThat(ShiftBlocks.densest(cx, cy, 4)).isEqualTo(ShiftBlocks.key(1, 1));
        // same span: a count left over from the call before would make (1, 1) win again
        assertThat(ShiftBlocks.densest(new int[] {1, 9, 9}, new int[] {1, 9, 9}, 3)).isEqualTo(ShiftBlocks.key(9, 9));
    }
}
