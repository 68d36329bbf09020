/**
 * The registration page: {@code registration-report.json}'s data as one HTML page that stands alone
 * (inline style and SVG, nothing loaded from elsewhere), for {@code addin:report} and the site.
 */
package dev.addinreg.report;
