/**
 * Vietnamese citizen identifiers: the 12-digit personal identification number (số định danh cá nhân, printed on
 * the CCCD and the thẻ căn cước) and the old 9-digit CMND.
 *
 * <p>Entry point: {@link org.parcelrecon.core.citizen.CitizenIds} ({@code parse}, {@code mask},
 * {@code birthProvince}). Results: {@link org.parcelrecon.core.citizen.CitizenId}, with its
 * {@link org.parcelrecon.core.citizen.CitizenIdKind}, decoded {@link org.parcelrecon.core.citizen.Gender} and
 * {@link org.parcelrecon.core.citizen.BirthProvince}, the {@link org.parcelrecon.core.citizen.IdRepair}s made and
 * the {@link org.parcelrecon.core.citizen.IdProblem}s found (stable {@link org.parcelrecon.core.citizen.IdProblemCode}s).
 *
 * <p>Layout of the 12-digit number (DOMAIN.md §1.1): digits 1-3 the province where the birth was registered
 * (Decree 137/2015/ND-CP; codes in Appendix 1 of Circular 07/2016/TT-BCA), digit 4 century and sex, digits 5-6
 * the birth year (Circular 07/2016/TT-BCA, replaced by Circular 59/2021/TT-BCA), digits 7-12 random; a unique
 * 12-digit number per Law on Identification 26/2023/QH15 Art. 12. No check digit is published.
 *
 * <p>The 2025 merger of 63 provinces into 34 did not change anyone's number: the prefix names the <em>old</em>
 * province of birth registration, and the new code of a merged province is often the old code of a different
 * province (Bắc Giang 024 and Bắc Ninh 027 became Bắc Ninh {@code 24}). Each
 * {@link org.parcelrecon.core.citizen.BirthProvince} carries its successor.
 *
 * <p>Data: {@code provinces.csv} in this package's resources, a verbatim copy of
 * {@code shared/data/admin/vn_provinces_63_before_2025-07-01.csv}; its header names the sources.
 *
 * <p>Personal data (Decree 13/2023/ND-CP): messages and {@code toString()} show masked numbers only.
 */
package org.parcelrecon.core.citizen;
