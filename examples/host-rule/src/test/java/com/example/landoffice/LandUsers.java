package com.example.landoffice;

import org.parcelrecon.core.evidence.Citizen;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.UserLink;

/** A land user the population registry knows, for records whose users are not what a test is about. */
final class LandUsers {
    private LandUsers() {
    }

    static LandUser linked() {
        Citizen an = Citizen.of("022062001234", "CCCD", "Nguyễn Văn An", 1962);
        return LandUser.builder("Nguyễn Văn An").birthYear(1962).link(UserLink.builder(an, 0.97).build()).build();
    }
}
