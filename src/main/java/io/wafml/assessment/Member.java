package io.wafml.assessment;

/**
 * A person taking part in assessments: the Entra (AAD) object id, or the Teams user id when there is none, and a display
 * name; two members are the same person when their ids are equal, whatever their names.
 */
public record Member(String id, String name) {

    public Member {
        id = Texts.required(id, "member id", 200);
        name = name == null || name.isBlank() ? id : Texts.required(name, "member name", 200);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Member m && m.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
