package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void joinsTransitivelyAndKeepsOthersApart() {
        UnionFind uf = new UnionFind(6);
        uf.union(0, 3);
        uf.union(3, 5);
        uf.union(1, 2);
        uf.union(5, 0);
        assertThat(uf.find(0)).isEqualTo(uf.find(5)).isEqualTo(uf.find(3));
        assertThat(uf.find(1)).isEqualTo(uf.find(2)).isNotEqualTo(uf.find(0));
        assertThat(uf.find(4)).isEqualTo(4);
    }
}
