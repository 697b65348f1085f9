/**
 * Numbers printed on a land-use right certificate (giấy chứng nhận, GCN): the issue serial (số phát hành) and the
 * book number (số vào sổ cấp GCN).
 *
 * <p>Entry point: {@link org.parcelrecon.core.certificate.CertificateSerials#parse(String)}, giving a
 * {@link org.parcelrecon.core.certificate.CertificateSerial} with its
 * {@link org.parcelrecon.core.certificate.CertificateSerialKind} or its
 * {@link org.parcelrecon.core.certificate.SerialProblem}s (stable
 * {@link org.parcelrecon.core.certificate.SerialProblemCode}s).
 *
 * <p>Known forms (DOMAIN.md §5): 2 letters + 6 digits on the 2009-2024 certificate (confidence S), 2 letters + 8
 * digits on the form from 1 August 2024 (U, one example), and book numbers with the prefixes CS, CH, BC, VP (U).
 * The primary texts (Circular 23/2014/TT-BTNMT, Circular 10/2024/TT-BTNMT) were not read; DOMAIN.md §8 names them
 * as what would settle the formats. Kinds are therefore hints for a person, and the parser refuses what it does
 * not understand rather than guess.
 *
 * <p>Serials are not personal data and are shown unmasked.
 */
package org.parcelrecon.core.certificate;
