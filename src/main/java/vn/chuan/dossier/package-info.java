/**
 * The personnel file (hồ sơ cán bộ) beside the record the statistics count: the rest of the résumé
 * form 2C (Mẫu 2C-BNV/2008) — birthplace, home town, residence, religion, health, recruitment, Party
 * and army service, honours —, the family, work, training and salary histories, the scanned
 * documents, and who may see the sensitive parts (NĐ 13/2023). Printed as the 2C in PDF and Word.
 */
package vn.chuan.dossier;
