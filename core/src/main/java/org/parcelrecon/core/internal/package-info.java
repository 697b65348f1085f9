/**
 * Helpers that several core packages share but that are not API: they may change in any release.
 * Host systems should not call them.
 */
package org.parcelrecon.core.internal;
