/**
 * API keys and what each may do.
 *
 * <p>A key is a random secret ({@link dev.assay.api.auth.KeyTokens}: 32 bytes from {@code
 * SecureRandom}, base64url, prefixed {@code ak_}) shown once when it is created; the {@link
 * dev.assay.api.auth.KeyStore} keeps only its SHA-256 hash, with its {@link
 * dev.assay.api.auth.Role} and scope, in {@code keys.json} under the data directory, written
 * atomically (a temporary file moved into place) under a file lock, so {@code assay keys create}
 * and {@code assay keys revoke} may run while the server does: the server notices the file changed
 * on the next request.
 *
 * <p>A request that presents a valid key becomes a {@link dev.assay.api.auth.Principal}, and the
 * principal alone answers the question "may this caller see or write an evaluation of this
 * candidate in this cohort?":
 *
 * <ul>
 *   <li>an admin may do everything;
 *   <li>an instructor may submit, read, search, report and export in the cohorts named on the key;
 *   <li>a student may submit and read only as the candidate named on the key, in the cohorts named
 *       on the key (or outside any cohort when the key names none).
 * </ul>
 */
package dev.assay.api.auth;
