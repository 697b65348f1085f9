package org.parcelrecon.core.citizen;

/**
 * Which kind of citizen identifier a number is, decided by its digit count alone.
 *
 * <ul>
 *   <li>{@link #CCCD}: the 12-digit personal identification number (số định danh cá nhân), printed on the
 *       citizen identity card (CCCD, thẻ căn cước công dân) and, from 1 July 2024, on the identity card (thẻ căn
 *       cước). Its digits carry the province of birth registration, sex and birth year: see {@link CitizenIds}.</li>
 *   <li>{@link #CMND}: the old 9-digit identity-card number (chứng minh nhân dân). Only its form is checked:
 *       the meaning of its leading digits is not sourced (DOMAIN.md §1.2), so nothing is decoded from it.</li>
 * </ul>
 */
public enum CitizenIdKind {
    /** The 12-digit personal identification number (CCCD / thẻ căn cước). */
    CCCD,
    /** The old 9-digit identity-card number (CMND). */
    CMND
}
