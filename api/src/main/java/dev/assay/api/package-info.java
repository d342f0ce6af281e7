/**
 * The command line: {@code grade}, {@code grade-batch}, {@code calibrate}, {@code explain} and
 * {@code info}, built with picocli. Commands only parse, call the engine and print; bad input becomes
 * one line on stderr and exit status 2, through {@link dev.assay.api.BadInputException}.
 */
package dev.assay.api;
