/**
 * Reports from a PostgreSQL streaming replica (issue 25): when {@code chuan.datasource.replica.url} is set, the pages'
 * reads (every GET outside the import, login and health pages, in one read-only transaction) go to the replica, and
 * writes, and everything in a writing transaction, to the primary. An officer who just wrote reads from the replica only
 * once it has replayed their last commit (waiting up to {@code chuan.datasource.replica.max-wait}), else from the
 * primary. Without the property nothing here exists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "audit")
package vn.chuan.replica;
