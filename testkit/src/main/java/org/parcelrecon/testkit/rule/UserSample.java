package org.parcelrecon.testkit.rule;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.UserLink;

/**
 * A land user for a {@link ParcelSample}: the name, birth year and ID as the register wrote them, and the citizen
 * linking found (by default the same person, with probability 0.98). Immutable: each {@code with...} method
 * returns a new sample.
 * <pre>{@code
 * UserSample.linked("Nguyễn Văn An", 1962, "022062001234")            // register and registry agree
 * UserSample.linked("Nguyễn Văn An", 1962, "022062001234")
 *         .withName("NGUYEN VAN AN")                                   // written without diacritics; the
 *                                                                      // citizen keeps "Nguyễn Văn An"
 * UserSample.linked(...).withIdNumber("100123456")                    // the register has the old CMND
 * UserSample.linked(...).withMatchProbability(0.62).withRunnerUp(0.55) // linking was unsure
 * UserSample.unlinked("Trần Thị Hồng")                                 // not found in the registry
 * }</pre>
 *
 * <p>Thread-safe, being immutable.
 */
public final class UserSample {
    private final String name;
    private final OptionalInt birthYear;
    private final Optional<String> idNumber;
    private final Optional<Citizen> citizen;
    private final double matchProbability;
    private final OptionalDouble runnerUp;

    private UserSample(String name, OptionalInt birthYear, Optional<String> idNumber, Optional<Citizen> citizen,
                       double matchProbability, OptionalDouble runnerUp) {
        this.name = name;
        this.birthYear = birthYear;
        this.idNumber = idNumber;
        this.citizen = citizen;
        this.matchProbability = matchProbability;
        this.runnerUp = runnerUp;
    }

    /**
     * {@return a user the population registry knows: register and registry agree on name, birth year and 12-digit
     * number,
     * linked with probability 0.98}
     *
     * @param name the full name, e.g. {@code "Nguyễn Văn An"}
     * @param birthYear the four-digit birth year
     * @param cccd the 12-digit citizen ID number
     */
    public static UserSample linked(String name, int birthYear, String cccd) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cccd, "cccd");
        return new UserSample(name, OptionalInt.of(birthYear), Optional.of(cccd),
                Optional.of(Citizen.of(cccd, "CCCD", name, birthYear)), 0.98, OptionalDouble.empty());
    }

    /**
     * {@return a user with only a name, whom linking did not find}
     *
     * @param name the full name as the register writes it
     */
    public static UserSample unlinked(String name) {
        Objects.requireNonNull(name, "name");
        return new UserSample(name, OptionalInt.empty(), Optional.empty(), Optional.empty(), 0, OptionalDouble.empty());
    }

    /**
     * {@return this user with another name in the register; the linked citizen keeps theirs}
     *
     * @param written the name as the register wrote it, e.g. without diacritics
     */
    public UserSample withName(String written) {
        return new UserSample(Objects.requireNonNull(written, "written"), birthYear, idNumber, citizen,
                matchProbability, runnerUp);
    }

    /**
     * {@return this user with another birth year in the register; the linked citizen keeps theirs}
     *
     * @param year the four-digit year
     */
    public UserSample withBirthYear(int year) {
        return new UserSample(name, OptionalInt.of(year), idNumber, citizen, matchProbability, runnerUp);
    }

    /**
     * No birth year in the register.
     *
     * @return this user with a blank birth year
     */
    public UserSample withoutBirthYear() {
        return new UserSample(name, OptionalInt.empty(), idNumber, citizen, matchProbability, runnerUp);
    }

    /**
     * {@return this user with another ID number in the register}
     *
     * @param written any text: a CMND, scientific notation, separators
     */
    public UserSample withIdNumber(String written) {
        return new UserSample(name, birthYear, Optional.of(Objects.requireNonNull(written, "written")), citizen,
                matchProbability, runnerUp);
    }

    /**
     * No ID number in the register.
     *
     * @return this user with a blank ID number
     */
    public UserSample withoutIdNumber() {
        return new UserSample(name, birthYear, Optional.empty(), citizen, matchProbability, runnerUp);
    }

    /**
     * Linked to this citizen (with the current probability, 0.98 unless changed).
     *
     * @param linkedCitizen the citizen linking found
     * @return this user, linked to that citizen
     */
    public UserSample linkedTo(Citizen linkedCitizen) {
        return new UserSample(name, birthYear, idNumber, Optional.of(Objects.requireNonNull(linkedCitizen, "linkedCitizen")),
                matchProbability == 0 ? 0.98 : matchProbability, runnerUp);
    }

    /**
     * Not linked to any citizen.
     *
     * @return this user, whom linking did not find
     */
    public UserSample withoutLink() {
        return new UserSample(name, birthYear, idNumber, Optional.empty(), 0, OptionalDouble.empty());
    }

    /**
     * {@return this user, linked with another probability}
     *
     * @throws IllegalStateException if the user is not linked
     * @param probability the match probability, 0 to 1
     */
    public UserSample withMatchProbability(double probability) {
        if (citizen.isEmpty()) {
            throw new IllegalStateException("user " + name + " is not linked; call linkedTo(citizen) first");
        }
        return new UserSample(name, birthYear, idNumber, citizen, probability, runnerUp);
    }

    /**
     * {@return this user, whose link had a runner-up candidate}
     *
     * @param probability the runner-up's match probability, not above the best match's
     */
    public UserSample withRunnerUp(double probability) {
        if (citizen.isEmpty()) {
            throw new IllegalStateException("user " + name + " is not linked; call linkedTo(citizen) first");
        }
        return new UserSample(name, birthYear, idNumber, citizen, matchProbability, OptionalDouble.of(probability));
    }

    /** {@return the name as written} */
    public String name() {
        return name;
    }

    /** {@return the land user as evidence holds it} */
    public LandUser toLandUser() {
        LandUser.Builder b = LandUser.builder(name);
        birthYear.ifPresent(b::birthYear);
        idNumber.ifPresent(b::idNumber);
        if (citizen.isPresent()) {
            UserLink.Builder link = UserLink.builder(citizen.get(), matchProbability)
                    .explain("name", "exact after folding", 6.2)
                    .explain("birth_year", "exact", 3.1);
            runnerUp.ifPresent(link::runnerUpProbability);
            b.link(link.build());
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "UserSample[" + name + (citizen.isPresent() ? ", linked " + matchProbability : ", not linked") + "]";
    }
}
