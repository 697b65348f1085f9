package com.example.hostapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.write.RunWriter;

/** The whole run from Java, as the README shows it, with the host's own rule beside the built-in ones. */
class ReconcileFromJavaTest {
    @TempDir
    Path dir;

    private static String parcel(int plot, double x, double width, String landUse) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"P" + plot + "\",\"so_to\":12,\"so_thua\":" + plot
                + ",\"commune_code\":\"06652\",\"loai_dat\":\"" + landUse + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[" + x + ",0],[" + (x + width) + ",0],[" + (x + width) + ",10],[" + x + ",10],["
                + x + ",0]]]}}";
    }

    @Test
    void aRegisterItsMapAndThePopulationGiveAVerdictPerParcelWithTheHostsRule() throws IOException {
        Path register = Files.writeString(dir.resolve("register.csv"), """
                STT,Mã xã,Số tờ,Số thửa,Diện tích,Mục đích sử dụng,Chủ sử dụng,Năm sinh,Số CCCD
                1,06652,12,345,"120,0",ODT,Ông Nguyễn Văn An,1968,022068001234
                2,06652,12,346,80,LUC,Bà Trần Thị Hồng,1972,022172004518
                3,06652,12,,50,ODT,Lê Văn Tám,1970,
                """, StandardCharsets.UTF_8);
        Path map = Files.writeString(dir.resolve("map.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":"
                + "\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}},\"features\":["
                + parcel(345, 0, 12, "ODT") + "," + parcel(346, 12, 8, "LUC") + "," + parcel(347, 20, 9, "ODT") + "]}",
                StandardCharsets.UTF_8);
        Path population = Files.writeString(dir.resolve("population.csv"), """
                Số định danh,Họ và tên,Ngày sinh,Địa chỉ
                022068001234,Nguyễn Văn An,12/03/1968,"Tổ 3, Phường Hà Tu"
                022172004518,Trần Thị Hồng,1972-05-01,"Tổ 3, Phường Hà Tu"
                """, StandardCharsets.UTF_8);

        ReconcileSettings settings = ReconcileSettings.defaults()
                .withRules(List.of(new SmallRicePlotRule()));
        ReconcileInput input = ReconcileInput.register(register).withMap(map).withPopulation(population);
        ReconcileResult result;
        try (RunWriter out = RunWriter.open(dir.resolve("result"), settings.idDisclosure())) {
            result = Reconciler.of(settings).run(input, RunProgress.NONE, out);
            out.finish(result);
        }

        assertThat(result.registerRowsRead()).isEqualTo(3);
        assertThat(result.rejectedRegisterRows()).as("the row without a plot number").isEqualTo(1);
        assertThat(result.province().records()).as("two registered parcels and one nobody registered").isEqualTo(3);
        assertThat(result.province().count(Status.CLEAN)).isEqualTo(1);
        assertThat(result.province().count(Status.INCOMPLETE)).isEqualTo(1);
        assertThat(result.linkedPersons()).isEqualTo(2);
        String findings = Files.readString(dir.resolve("result/findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings).contains("SMALL_RICE_PLOT").contains("REGISTER_ROW_MISSING")
                .doesNotContain("022068001234");
        assertThat(dir.resolve("result/flagged.geojson")).exists();
    }
}
