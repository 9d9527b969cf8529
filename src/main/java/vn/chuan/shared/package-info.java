/**
 * Shared kernel: ordered scales, titles, categories, ethnic groups, Vietnamese text folding,
 * dates and tabular files. Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.chuan.shared;
