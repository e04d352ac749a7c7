/** Maestro protocol: codec, parser and ServoBus implementation. */
package io.hebbian.firmware.maestro;
