package vn.chuan.people;

public record PersonId(long value) {
}
