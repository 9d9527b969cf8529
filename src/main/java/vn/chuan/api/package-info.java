/**
 * The REST API under {@code /api/v1}: the same data, validation and scope rules as the pages,
 * for other programs (one-stop and e-office systems, the national cadre database). Controllers
 * only translate JSON to the other modules' facades; every rule stays in those modules.
 */
package vn.chuan.api;
