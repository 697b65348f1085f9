/**
 * What every reader of outside input shares: {@link org.parcelrecon.core.input.RejectedRow}, the one form in which a
 * row or feature left out is reported with its file, line and reason.
 */
package org.parcelrecon.core.input;
