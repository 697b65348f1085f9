package org.parcelrecon.reconcile.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.UserLink;
import org.parcelrecon.matching.Table;
import org.parcelrecon.reconcile.read.PopulationReader;
import org.parcelrecon.reconcile.read.RegisterEntry;
import org.parcelrecon.reconcile.read.RegisterReader;

/** The register's land users linked to the population: the parcel's village tells namesakes apart. */
class LandUserLinkerTest {
    @TempDir
    Path dir;

    private static final String REGISTER = """
            commune_code,sheet,plot,address,user_name,birth_year
            06652,1,1,"Tổ 2, Khu 9, Phường Hà Tu",Nguyễn Văn Thành,1944
            06652,1,2,"Tổ 1, Khu 3, Phường Hà Tu",Nguyễn Văn Thành,1944
            """;

    private Table citizens() throws IOException {
        Path population = Files.writeString(dir.resolve("population.csv"), """
                citizen_id,full_name,birth_date,address
                022044466927,Nguyễn Văn Thành,1944-10-27,"Tổ 7, Khu 9, Phường Hà Tu, Tỉnh Quảng Ninh"
                022044000111,Nguyễn Văn Thành,1944-02-03,"Tổ 4, Khu 3, Phường Hà Tu, Tỉnh Quảng Ninh"
                """);
        return PopulationReader.defaults().read(population).citizens();
    }

    private static LandUserLinks link(Table citizens, boolean withAddresses) throws IOException {
        List<RegisterEntry> entries = RegisterReader.of(AdministrativeUnits.quangNinh(), LocalDate.of(2026, 1, 1))
                .read(new StringReader(REGISTER), "register.csv")
                .entries();
        LandUsers users = new LandUsers();
        List<String> addresses = List.of("Tổ 2, Khu 9, Phường Hà Tu", "Tổ 1, Khu 3, Phường Hà Tu");
        for (int i = 0; i < entries.size(); i++) {
            users.add(entries.get(i), withAddresses ? addresses.get(i) : null);
        }
        return LandUserLinker.of(AdministrativeUnits.quangNinh(), LinkingSettings.defaults().withTrain(false))
                .link(users, citizens, done -> { });
    }

    @Test
    void namesakesBornTheSameYearInOneCommuneAreToldApartByTheParcelsVillage() throws IOException {
        LandUserLinks links = link(citizens(), true);
        UserLink first = links.link(2, 0).orElseThrow();
        UserLink second = links.link(3, 0).orElseThrow();
        assertThat(first.citizen().idNumber()).isEqualTo("022044466927");   // Khu 9
        assertThat(second.citizen().idNumber()).isEqualTo("022044000111");  // Khu 3
        assertThat(first.matchProbability()).isGreaterThan(first.runnerUpProbability().orElseThrow());
        assertThat(second.matchProbability()).isGreaterThan(second.runnerUpProbability().orElseThrow());
    }

    @Test
    void withoutAddressesNeitherNamesakeIsPreferred() throws IOException {
        LandUserLinks links = link(citizens(), false);
        for (long line : new long[] {2, 3}) {
            // no link, or one whose runner-up is as likely: nothing tells the two citizens apart
            assertThat(links.link(line, 0).filter(l -> l.matchProbability() > l.runnerUpProbability().orElse(0)))
                    .isEmpty();
        }
    }
}
