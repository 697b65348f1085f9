/**
 * Vietnamese person names as registers write them.
 *
 * <p>{@link org.parcelrecon.core.name.PersonNames#parse(String)} turns one register cell into a
 * {@link org.parcelrecon.core.name.NameCell}: every person it names as a
 * {@link org.parcelrecon.core.name.PersonName} (family name first, given name last), the titles that were removed
 * ({@code Ông}, {@code Hộ bà}, {@code Vợ chồng}), whether the cell names an organisation, and what could not be
 * read. Text is decoded from legacy encodings and normalised by {@link org.parcelrecon.core.text.VietnameseText}
 * first, so {@code "NguyÔn V¨n An"} (TCVN3) and {@code "NGUYEN VAN AN"} parse like {@code "Nguyễn Văn An"}.
 */
package org.parcelrecon.core.name;
